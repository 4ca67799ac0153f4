l = [3, 1, 2]
l.append(4); l.sort(); l[1:2] = [9, 9]; del l[0]
d = {"a": 1, "b": [1, 2]}
d.update(c=3); d.setdefault("e", {}); d |= {"f": 6}
s = {1, 2, 3} & {2, 3, 4} | frozenset([7])
t = tuple(l) + (None,)
print(l, d, sorted(s), t, d.keys() - {"a"}, list(d.items())[:2], t.count(9), l.index(9))
print([x * 2 for x in l if x], {k: v for k, v in d.items() if k < "c"}, {x % 3 for x in range(10)})
