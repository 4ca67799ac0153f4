# dict lookups: a user __hash__ returning a Py_ssize_t is the hash itself,
# str-subclass keys and equal non-str keys, __eq__ that mutates the dict,
# views as sets (either side of the operator), .mapping, isdisjoint, repr
# of a dict holding its own view.
def t(name, f):
    try:
        print(name, f())
    except BaseException as e:
        print(name, type(e).__name__, e)

class S:
    def __hash__(self): return hash("abc")
    def __eq__(self, o): print("  S.eq", type(o).__name__); return o == "abc"
d = {S(): 1}
t("str finds S", lambda: d.get("abc"))
t("hash(S) == hash(str)", lambda: hash(S()) == hash("abc"))

class SS(str):
    def __hash__(self): return hash(str(self))
    def __eq__(self, o): print("  SS.eq"); return str(self) == o
t("SS stored", lambda: {SS("k"): 1}.get("k"))
t("SS probe", lambda: {"k": 1}.get(SS("k")))
t("SS in", lambda: SS("k") in {"k": 1})

class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for h in (-1, -2, 2**61, 2**63 - 1, -2**63, 2**63, 2**64 + 5, True):
    print("hash", h, hash(H(h)))

# __eq__ inserting keys does not restart the lookup for ever.
class Ins:
    n = 0
    def __hash__(self): return 7
    def __eq__(self, o):
        Ins.n += 1
        if Ins.n < 50:
            di[Ins.n * 1000 + 7] = 1
        return False
di = {Ins(): 1}
t("eq inserts", lambda: (Ins() in di, Ins.n, len(di)))

class Clr:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        dd.clear()
        return False
dd = {Clr(1): 1}
t("eq clears", lambda: (dd.__setitem__(Clr(2), 2), len(dd)))

d = {1: 'a', 2: 'b', 3: 'c'}
k, it = d.keys(), d.items()
t("set == keys", lambda: {1, 2, 3} == k)
t("keys == set", lambda: k == {3, 2, 1})
t("frozenset != keys", lambda: frozenset({1}) != k)
t("set < keys", lambda: {1} < k)
t("keys >= set", lambda: k >= {1, 5})
t("set | keys", lambda: sorted({9} | k))
t("keys | list", lambda: sorted(k | [7]))
t("set - keys", lambda: {1, 9} - k)
t("keys - set", lambda: k - {1})
t("frozenset & keys", lambda: frozenset({1, 9}) & k)
t("keys & list", lambda: k & [2, 9])
t("set ^ keys", lambda: sorted({1, 9} ^ k))
t("items & set", lambda: it & {(1, 'a'), (2, 'x')})
t("set & items", lambda: {(1, 'a')} & it)
t("items | keys", lambda: len(it | k))
t("keys == items", lambda: k == it)
t("values | set", lambda: d.values() | {1})
t("keys & 1", lambda: k & 1)
t("mapping", lambda: (k.mapping, d.values().mapping, it.mapping == d, type(k.mapping).__name__))
t("mapping ro", lambda: k.mapping.__setitem__(5, 5))
t("isdisjoint", lambda: (k.isdisjoint([4, 5]), k.isdisjoint({1}), it.isdisjoint([(1, 'a')]),
                         it.isdisjoint({(1, 'b')}), k.isdisjoint(k), {}.keys().isdisjoint({}.keys())))
t("isdisjoint(1)", lambda: k.isdisjoint(1))
rd = {}
rd[1] = rd.values()
rd[2] = rd.keys()
rd[3] = rd.items()
t("self view repr", lambda: repr(rd))

class R:
    def __repr__(self):
        rl.clear()
        return 'R'
rl = [R(), R(), R()]
t("shrinking list repr", lambda: repr(rl))
t("setdefault", lambda: ({}.setdefault(1, 2), {1: 3}.setdefault(1, 2), {}.setdefault(1)))
