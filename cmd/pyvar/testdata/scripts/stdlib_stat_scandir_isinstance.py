# os.stat's nanosecond times (int arithmetic, big ints only past 2255),
# scandir/listdir with their getdents buffers reused across calls and
# iterators, and isinstance on exact built-ins against a class they are
# not (no __class__ lookup needed) and on objects that claim a class.
import os
import tempfile

d = tempfile.mkdtemp()
names = ["f%03d.txt" % i for i in range(300)] + ["g%d.py" % i for i in range(5)]
for n in names:
    with open(os.path.join(d, n), "w") as f:
        f.write("x")
os.utime(os.path.join(d, "f000.txt"), ns=(1_000_000_123, 1_700_000_000_987_654_321))
os.utime(os.path.join(d, "f001.txt"), ns=(-5_000_000_007, 0))
st = os.stat(os.path.join(d, "f000.txt"))
print(st.st_mtime_ns, st.st_atime_ns, type(st.st_mtime_ns).__name__, st.st_mtime == 1700000000.9876543, st[8] == 1700000000)
st = os.stat(os.path.join(d, "f001.txt"))
print(st.st_atime_ns, st.st_atime, st[7])
try:
    os.utime(os.path.join(d, "f002.txt"), ns=(0, 10_000_000_000 * 10**9 + 5))
    print(os.stat(os.path.join(d, "f002.txt")).st_mtime_ns)
except OSError as e:
    print("OSError")  # file systems that cannot store it
print(len(st), st.st_size, st[6], tuple(st)[6], st.n_sequence_fields)

# Many scandir iterators at once, some abandoned, some closed early.
its = [os.scandir(d) for _ in range(5)]
first = [next(it).name for it in its]
its[0].close()
with os.scandir(d) as it:
    got = sorted(e.name for e in it)
print(got == sorted(names), len(set(first)) >= 1)
rest = [sorted([e.name for e in it] + [f]) for it, f in zip(its[1:], first[1:])]
print(all(r == sorted(names) for r in rest), list(its[0]))
for _ in range(20):
    assert sorted(os.listdir(d)) == sorted(names)
    assert sorted(e.name for e in os.scandir(d)) == sorted(names)
    assert all(e.path == os.path.join(d, e.name) and e.is_file() for e in os.scandir(d))
print(sorted(os.listdir(os.fsencode(d)))[:2], [e.name for e in os.scandir(os.fsencode(d))][:0])
for n in names:
    os.unlink(os.path.join(d, n))
os.rmdir(d)

class S(str):
    @property
    def __class__(self):
        return bytes

class L(list):
    __class__ = dict

print(isinstance("x", bytes), isinstance(b"x", str), isinstance([], tuple), isinstance({}, list),
      isinstance(10**30, float), isinstance((), (list, dict)), isinstance("x", str), isinstance(10**30, int))
print(isinstance(S("x"), bytes), isinstance(S("x"), str), isinstance(L(), dict), isinstance(L(), list))

# An unset __slots__ attribute: the AttributeError pathlib's cached
# properties catch (message, args and name as CPython's).
class P:
    __slots__ = ("_str", "a")

p = P()
for _ in range(3):
    try:
        p._str
    except AttributeError as e:
        print(e, e.args, e.name)
p._str = "x"
print(p._str, getattr(p, "a", "default"), hasattr(p, "a"))
del p._str
print(hasattr(p, "_str"))
