# dict semantics under mutation, views, comparison
d = dict(a=1, b=2, c=3)
keys = d.keys(); vals = d.values(); items = d.items()
d["d"] = 4; del d["a"]
print(list(keys), list(vals), list(items), len(keys))
print(keys == {"b", "c", "d"}, keys & {"b", "x"}, keys | {"z"} == {"b", "c", "d", "z"}, keys - {"b"} == {"c", "d"}, keys ^ {"b", "q"} == {"c", "d", "q"})
print(("b", 2) in items, ("b", 3) in items, 2 in vals, "b" in keys, keys.isdisjoint(["x"]))
print(repr(keys), repr(vals), repr(items))
print(vals == vals, d.values() == d.values(), d.keys() == d.keys(), d.items() == d.items())
print({1: 2} == {1: 2.0}, {1: 2} == {1.0: 2}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} == {}, {1: []} == {1: []})
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(e)
# key order after update/overwrite
o = {}
o["x"] = 1; o["y"] = 2; o["x"] = 3
print(o, list(o))
o.update({"y": 5, "z": 6}); print(o)
# pop default & setdefault return
print(o.pop("y"), o.pop("nope", "dflt"), o.setdefault("x", 99), o.setdefault("w"), o)
# dict from keyword and mapping object with keys()
class MappingLike:
    def keys(self): return ["m", "n"]
    def __getitem__(self, k): return k.upper()
print(dict(MappingLike()), {**MappingLike()})
# iterating while replacing values is fine
for k in o:
    o[k] = 0
print(o)
# dict with unhashable key error messages
for bad in ([], {}, set()):
    try:
        {bad: 1}
    except TypeError as e:
        print(e)
try:
    {}.setdefault([], 1)
except TypeError as e:
    print(e)
# dict comprehension with duplicate keys keeps last value, first position
print({k % 3: k for k in range(6)})
# nested dict repr and large dict ordering
big = {i: str(i) for i in range(20)}
for i in range(0, 20, 2):
    del big[i]
big[0] = "again"
print(list(big)[:5], list(big)[-2:], len(big))
# get with unhashable
try:
    {}.get([])
except TypeError as e:
    print(e)
# popitem empties in LIFO order
pi = dict.fromkeys("abc", 0)
print([pi.popitem() for _ in range(3)])
try:
    pi.popitem()
except KeyError as e:
    print("KeyError", e)
# bool of dict, in with values
print(bool({}), bool({0: 0}), 0 in {0: 1}, 1 in {0: 1})
# dict copy is shallow
orig = {"l": [1]}; cp = orig.copy(); cp["l"].append(2); cp["n"] = 1; print(orig, cp)
# dict() with kwargs overrides
print(dict({"a": 1}, a=2), dict([("a", 1), ("a", 2)]))
# __eq__ of values called
class Loud:
    def __eq__(self, o):
        print("Loud.__eq__"); return True
print({1: Loud()} == {1: Loud()})
