print({3, 1, 2}, set([10, 5, 8, 1, 100, 33, 17]), {-1, -2, 5})
s = set(range(20, 0, -1)); print(s)
s = {1, 2, 3, 100, 9, 17}; s.discard(1); s.add(33); s.add(1); print(s)
print({1, 2, 3} | {5, 4}, {1, 2, 3, 8} & {8, 2, 9}, {1, 2, 3} - {2}, {1, 2, 3} ^ {3, 4, 9})
print(frozenset([5, 3, 1]), {(1, 2), (0, 1)}, {1.5, 0.5, 2.0}, {True, 0, 2})
s = {5, 6, 7, 8, 9}
while s: print(s.pop(), end=' ')
print()
s = set(range(100)); s -= set(range(0, 100, 3)); print(len(s), sorted(s)[:5], list(s)[:10])
x = {1, 2}; x |= {30, 9}; x &= {2, 30, 9}; x ^= {9, 77}; print(x)
print({1, 2}.union([3], (9, 8)), {1, 2, 3}.intersection([2, 3], {3}), {1, 2, 3}.difference([1], {2}), {1,2}.symmetric_difference([2, 3]))
s = {1}
try:
    for k in s: s.add(k + 1)
except RuntimeError as e: print(e)
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset([(1, 2)])))
print({x * 7 % 64 for x in range(40)})
print(list({"a"}) , {None} == {None})
d = {frozenset([1]): 'x'}; print(d[frozenset({1})], {1} in {frozenset([1])})
