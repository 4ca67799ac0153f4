# sorted() (list.sort's arguments), built-in functions called from Go with one or
# two arguments (key=abs, map(divmod, ...)) and tuple(list).
print(sorted([3, -1, 2], key=abs), sorted([3, 1, 2], reverse=True), sorted("bca"), sorted((3, 1), key=None))
print(sorted([1, -2, 3], key=abs, reverse=1), sorted({3: 1, 1: 2}), sorted([[2], [1]], key=len))
for bad in [dict(foo=1), dict(key=1, reverse=2, x=3)]:
    try:
        sorted([1, 2], **bad)
    except TypeError as e:
        print("TypeError", e)
try:
    sorted([1, 2], abs)
except TypeError as e:
    print("TypeError", e)
try:
    sorted()
except TypeError as e:
    print("TypeError", e)
print(list(map(abs, [-1, 2])), list(map(divmod, [7, 8], [2, 3])), max([-5, 3], key=abs), min("ab", "c", key=len))
import functools
print(functools.reduce(max, [3, 9, 2]), list(filter(callable, [len, 1])))
print(tuple([1, 2, 3]), tuple([]), tuple(list("ab")))
class T(tuple): pass
print(T([1, 2]), type(T([1, 2])).__name__)
l = [1, 2]
t = tuple(l)
l.append(3)
print(t, l)
