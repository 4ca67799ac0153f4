# _random.Random: CPython's Mersenne Twister, seeding, state and errors.
import _random

r = _random.Random(5)
print(r.random(), r.getrandbits(100), r.getrandbits(32), r.getrandbits(33), r.getrandbits(1), r.getrandbits(0))
for seed in [0, 1, -1, 2**32 - 1, 2**32, 2**100 + 7, -(2**64), 12345, True, 1.5, -0.0, 'abc', b'xy', (1, 2), None]:
    r.seed(seed)
    vals = [r.random() for _ in range(3)]
    if seed is None or isinstance(seed, (str, bytes, tuple)):
        vals = [0 <= v < 1 for v in vals]  # str/bytes/tuple hashes vary; None is entropy
    print(repr(seed), vals, r.getrandbits(64).bit_length() <= 64)

r.seed(42)
bits = [r.getrandbits(k) for k in (1, 7, 31, 32, 33, 63, 64, 65, 127, 128, 129, 1000)]
print(bits)
s = r.getstate()
print(type(s), len(s), s[-1], s[:3])
a = [r.random() for _ in range(700)]  # crosses a twist
r.setstate(s)
print(a == [r.random() for _ in range(700)])
r2 = _random.Random()
r2.setstate(s)
print(r2.random() == a[0])

class MyRandom(_random.Random):
    def __init__(self, x, extra=None):
        self.extra = extra
    def random(self):
        return 2 * super().random()
m = MyRandom(5, extra='e')
print(m.extra, m.random(), isinstance(m, _random.Random), type(m).__name__)
class Plain(_random.Random):
    pass
p = Plain(7)
p.attr = 1
print(p.random(), p.attr)
print(Plain(x=3) is not None)  # subclasses may take keywords in __new__

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: _random.Random(1, 2))
err(lambda: _random.Random(x=1))
err(lambda: r.getrandbits(-1))
err(lambda: r.getrandbits(2.0))
err(lambda: r.getrandbits())
err(lambda: r.setstate([]))
err(lambda: r.setstate(()))
err(lambda: r.setstate((1,) * 624 + (625,)))
err(lambda: r.setstate((-1,) * 625))
err(lambda: r.setstate((1.5,) * 625))
err(lambda: r.setstate((2**64,) * 625))
err(lambda: r.seed(1, 2))
err(lambda: r.seed([]))
err(lambda: r.random(1))
err(lambda: r.getstate(1))
print(_random.Random.__doc__)
print(_random.__doc__)
print(sorted(k for k in dir(_random.Random) if not k.startswith('_')))
