# iterators protocol and builtins consuming them
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)), tuple(Countdown(2)), set(Countdown(2)) == {0, 1})
print(dict(zip(Countdown(3), "abc")), list(enumerate(Countdown(2))), any(Countdown(2)), all(Countdown(2)), list(map(str, Countdown(2))))
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, "end"))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
e = enumerate("xy"); print(next(e), next(e), next(e, None))
class BadNext:
    def __iter__(self): return self
try:
    list(BadNext())
except TypeError as ex:
    print(ex)
class IterReturnsNonIter:
    def __iter__(self): return [1]
try:
    iter(IterReturnsNonIter())
except TypeError as ex:
    print(ex)
try:
    next(5)
except TypeError as ex:
    print(ex)
# iter(callable, sentinel)
vals = iter([3, 2, 1, 0, -1])
print(list(iter(lambda: next(vals), 0)))
# sorted with key raising
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as ex:
    print("ZeroDivisionError", ex)
# map with multiple, stops at shortest
print(list(map(lambda *a: sum(a), [1, 2, 3], [10, 20], [100, 200, 300])))
# filter with bool type
print(list(filter(bool, [0, 1, "", "x", None])))
# min/max key and default combos
print(min([], key=len, default="empty"), max(["aa", "b", "ccc"], key=len), min("zz", "a", "bbb", key=len))
# reversed on sequence protocol object
class SeqLen:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(SeqLen())))
# len of big containers
print(len(range(0, 10**10, 3)), len("x" * 1000), len(dict.fromkeys(range(100))))
# abs/round/divmod on bool
print(abs(False), round(True), divmod(True, 2), True / 2, True // 2)
# str() vs repr() of containers with strings
print(str(["a", 'b"c', "d'e"]), str({"k": "v"}), str(("t",)), repr("a\nb"), str("a\nb"))
# chr/ord round trip
print(all(ord(chr(i)) == i for i in range(0, 0x11000, 97)))
# hash consistency
print(hash("") == hash(""), hash(()) == hash(()), hash(0) == hash(0.0) == hash(False), hash(frozenset()) == hash(frozenset()))
# isinstance with nested tuples and bool
print(isinstance(True, (str, (list, (int,)))), isinstance([], (tuple, list)), isinstance(None, object), isinstance(int, object))
# type() one arg / three args errors
try:
    type()
except TypeError as ex:
    print(ex)
try:
    type("a", "b")
except TypeError as ex:
    print(ex)
# globals() keys at module start
print(sorted(k for k in globals() if k.startswith("__") and k in ("__name__", "__doc__", "__builtins__", "__spec__", "__loader__", "__package__", "__annotations__", "__file__")))
print(__doc__, __package__, __spec__)
