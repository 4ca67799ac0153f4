import_ok = True
lists = [[], [1], [3, 1, 2], [1, "a"], [[1], [0]], [1.5, -2, True], list(range(10))]
lcalls = [
    lambda l: l.index(1), lambda l: l.count(1), lambda l: l[::-1], lambda l: l[1:3], lambda l: l[-2:], lambda l: l * 2,
    lambda l: sorted(l), lambda l: sorted(l, reverse=True), lambda l: max(l), lambda l: min(l, default=None), lambda l: sum(l) if all(isinstance(x, (int, float)) for x in l) else "skip",
    lambda l: list(enumerate(l)), lambda l: list(zip(l, l[1:])), lambda l: l == sorted(l), lambda l: l < [2], lambda l: [x for x in l if x],
    lambda l: (l.copy().pop() if l else None), lambda l: (lambda c: (c.insert(1, "X"), c)[1])(l.copy()), lambda l: (lambda c: (c.remove(1), c)[1])(l.copy()),
    lambda l: (lambda c: (c.reverse(), c)[1])(l.copy()), lambda l: (lambda c: (c.extend("xy"), c)[1])(l.copy()), lambda l: (lambda c: (c.__setitem__(slice(0, 2), [9]), c)[1])(l.copy()),
    lambda l: (lambda c: (c.__delitem__(slice(None, None, 2)), c)[1])(l.copy()), lambda l: tuple(l), lambda l: set(map(str, l)), lambda l: dict.fromkeys(map(str, l)),
    lambda l: repr(l), lambda l: str(l), lambda l: len(l), lambda l: 1 in l, lambda l: l + [None], lambda l: any(l), lambda l: all(l), lambda l: list(reversed(l)),
    lambda l: hash(tuple(map(str, l))), lambda l: l.index("a"), lambda l: (lambda c: (c.sort(key=str), c)[1])(l.copy()),
]
for l in lists:
    out = []
    for c in lcalls:
        try: out.append(repr(c(l)))
        except Exception as e: out.append(type(e).__name__ + ":" + str(e))
    print(repr(l), " | ".join(out))
dicts = [{}, {"a": 1}, {"b": 2, "a": 1, 3: [4]}, {1: 1, True: 2, 1.0: 3}, dict(zip("xyz", range(3)))]
dcalls = [
    lambda d: list(d), lambda d: list(d.items()), lambda d: d.get("a"), lambda d: d.get("zz", 0), lambda d: "a" in d, lambda d: len(d),
    lambda d: repr(d), lambda d: d == {"a": 1}, lambda d: dict(d, q=9), lambda d: {**d, "a": 0}, lambda d: d | {"n": 1}, lambda d: sorted(d.items(), key=str),
    lambda d: (lambda c: (c.pop("a", None), c)[1])(d.copy()), lambda d: (lambda c: (c.popitem() if c else None, c)[1])(d.copy()), lambda d: (lambda c: (c.setdefault("s", []).append(1), c)[1])(d.copy()),
    lambda d: (lambda c: (c.update([("u", 1)], v=2), c)[1])(d.copy()), lambda d: (lambda c: (c.clear(), c)[1])(d.copy()), lambda d: list(d.keys() & {"a", "x"}), lambda d: d.keys() - {"a"},
    lambda d: list(reversed(d)), lambda d: d["missing"], lambda d: list(d.values()), lambda d: {k: v for k, v in d.items() if k != "a"}, lambda d: dict(sorted(d.items(), key=lambda kv: str(kv[0]))),
    lambda d: max(d, key=str, default=None), lambda d: str(d.items()), lambda d: d.keys() == {"a"}, lambda d: bool(d),
]
for d in dicts:
    out = []
    for c in dcalls:
        try: out.append(repr(c(d)))
        except Exception as e: out.append(type(e).__name__ + ":" + str(e))
    print(repr(d), " | ".join(out))
sets = [set(), {1}, {3, 1, 2}, {"a", "b", "c"}, {(1, 2), (0,)}, frozenset({5, 4}), set(range(20, 0, -3))]
scalls = [
    lambda s: sorted(s, key=str), lambda s: repr(s), lambda s: s | {9}, lambda s: s & {1, 2}, lambda s: s - {1}, lambda s: s ^ {1, 100}, lambda s: s <= {1, 2, 3},
    lambda s: s.union([7]), lambda s: s.isdisjoint({1}), lambda s: len(s), lambda s: 1 in s, lambda s: list(s), lambda s: frozenset(s) == s,
    lambda s: (lambda c: (c.add(0), c)[1])(set(s)), lambda s: (lambda c: (c.discard(1), c)[1])(set(s)), lambda s: (lambda c: (c.pop() if c else None, c)[1])(set(s)),
    lambda s: (lambda c: (c.intersection_update({1, 2, 3}), c)[1])(set(s)), lambda s: (lambda c: (c.symmetric_difference_update([1, 50]), c)[1])(set(s)), lambda s: s.copy(), lambda s: {x for x in s if x},
]
for s in sets:
    out = []
    for c in scalls:
        try: out.append(repr(c(s)))
        except Exception as e: out.append(type(e).__name__ + ":" + str(e))
    print(repr(s), " | ".join(out))
