# The built-in iterators' __reduce__/__setstate__ (pickle and copy use
# them, and itertools objects holding such iterators reduce to them).
def rt(it, n=1):
    for _ in range(n):
        next(it, None)
    rv = it.__reduce__()
    shown = rv[1:]
    if isinstance(rv[1][0], range):
        shown = 'range'  # pyvar's range iterators reduce from where they are
    elif any(type(a).__name__.endswith('iterator') or type(a).__name__ == 'method-wrapper' for a in rv[1]):
        shown = [type(a).__name__ for a in rv[1]] + list(rv[2:])
    print(type(it).__name__, rv[0].__name__, shown)
    obj = rv[0](*rv[1])
    if len(rv) > 2:
        obj.__setstate__(rv[2])
    print('  ', list(obj), list(it))
rt(iter([1, 2, 3]))
rt(iter([1]), 2)
rt(iter((1, 2, 3)))
rt(iter('abé'))
rt(iter(b'xyz'))
rt(iter({1: 'a', 2: 'b', 3: 'c'}))
rt(iter({1: 'a', 2: 'b'}.values()))
rt(iter({1: 'a', 2: 'b'}.items()))
rt(reversed({1: 'a', 2: 'b', 3: 'c'}))
rt(iter({5}))
rt(iter(range(10)), 3)
rt(iter(range(0, 2**70, 2**68)), 1)
rt(reversed([1, 2, 3]))
rt(reversed((1, 2, 3)))
rt(reversed('abc'), 3)
rt(enumerate('abc', 5))
rt(zip('ab', 'cd'))
rt(zip('ab', 'cd', strict=True))
rt(map(abs, [-1, -2, -3]))
rt(filter(None, [0, 1, 2]))
class S:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i
rt(iter(S()))
c = iter(iter([1, 2, 3, 0]).__next__, 0)
rt(c)
it = iter([1, 2])
it.__setstate__(-5)
print(list(it))
it = iter(range(5)); it.__setstate__(3); print(list(it))
it = iter('hello'); it.__setstate__(10); print(list(it))
try: iter([1]).__setstate__('x')
except TypeError as e: print(e)
