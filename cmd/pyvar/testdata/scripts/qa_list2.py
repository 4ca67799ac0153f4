l = [5, 3, 8, 1]
l.sort(); print(l)
l.sort(key=lambda x: -x); print(l)
l.sort(reverse=True, key=str); print(l)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
# sort stability with reverse
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(sorted(pairs, key=lambda p: p[0], reverse=True))
# list mutation during sort
ml = [3, 2, 1]
def bad_key(x):
    ml.append(x)
    return x
try:
    ml.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e)
# slicing assignment variants
a = list(range(6))
a[1:3] = ["x"]; print(a)
a[::-1] = a[:]; print(a)
a[len(a):] = [9, 9]; print(a)
a[:0] = ["start"]; print(a)
b = [1, 2, 3]; b[1:1] = b; print(b)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(e)
# del slices
c = list(range(10)); del c[::2]; print(c); del c[1:3]; print(c); del c[:]; print(c)
# negative indices and errors
d = [1, 2, 3]
print(d[-1], d[-3])
try:
    d[-4]
except IndexError as e:
    print(e)
try:
    d[3] = 1
except IndexError as e:
    print(e)
try:
    del d[5]
except IndexError as e:
    print(e)
# list methods edge
e = [1, 2, 1, 2]
print(e.index(2, 2), e.count(2), e.index(1, -2))
e.remove(2); print(e)
e.insert(-100, 0); e.insert(100, 99); print(e)
print(e.pop(-1), e)
try:
    e.pop(100)
except IndexError as ex:
    print(ex)
try:
    [].pop()
except IndexError as ex:
    print(ex)
# extend with self and generators
f = [1, 2]; f.extend(f); print(f)
f.extend(x * 10 for x in range(2)); print(f)
f += "ab"; print(f)
try:
    f = f + "ab"
except TypeError as ex:
    print(ex)
# multiplication with references
g = [[]] * 2; g[0].append(1); print(g)
print([1] * 3, 3 * [0], [] * 5, [1, 2] * -2)
# comparisons
print([1, 2] < [1, 2, 0], [2] > [1, 9], [1, [2]] == [1, [2]], [] < [0], [1, "a"] == [1, "a"])
try:
    [1] < ["a"]
except TypeError as ex:
    print(ex)
# list() of various
print(list("ab"), list((1,)), list({1: 2}), list(range(3)), list(x for x in "xy"), list({}.items()))
# clear/copy/reverse return None
h = [1, 2]
print(h.reverse(), h, h.copy() is h, h.clear(), h)
# nested list repr with strings and None
print([None, True, "s", 1.0, [], {}, ()])
# index out of range in slicing never errors
print([1, 2, 3][10:20], [1, 2, 3][-10:1])
# sort with None key, mixed numbers
print(sorted([3, 1.5, 2, True]), sorted([0.1, -1, 10**20]))
