# The encoder builds in a scratch buffer and stack that a call gives back
# for the next one: nested dicts, a default() that encodes in turn, errors
# half way through, sort_keys, and large documents must leave nothing behind.
import json

d = {"b": 1, "a": [1, 2, {"z": None, "y": True, "x": {"w": 1.5}}], "c": {"k": "v"}}
print(json.dumps(d))
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, separators=(",", ":"), sort_keys=True))

class P:
    def __init__(self, n):
        self.n = n
def default(o):
    # Encodes in turn while the outer call holds its scratch.
    inner = json.dumps({"inner": o.n, "more": {"deep": [o.n, o.n]}}, sort_keys=True)
    return {"p": o.n, "s": inner}
print(json.dumps({"x": P(1), "y": [P(2), {"z": P(3)}], "w": 4}, default=default))
print(json.dumps({"after": [1, 2, {"a": "b"}]}))

# Errors part way: a bad key, a circular reference, default raising.
for obj, kw in (({"a": 1, 2j: 3}, {}), ({"a": {"b": set()}}, {}), ({"a": {"b": P(5)}}, {"default": lambda o: 1 / 0})):
    try:
        json.dumps(obj, **kw)
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
c = {"k": 1}
c["self"] = c
try:
    json.dumps(c)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({"ok": {"again": [1.0, -2, "é\n"]}}, ensure_ascii=False), json.dumps({"ok": "é"}))
print(json.dumps({1: "a", 2.5: "b", None: "c", True: "d", "e": {3: 4}}, sort_keys=False))
print(json.dumps({"a": 1, (1, 2): 3, "b": 2}, skipkeys=True))

# A large document, then small ones.
big = {"k%04d" % i: {"v": [i, str(i), i / 8], "n": None} for i in range(3000)}
s = json.dumps(big)
print(len(s), s[:60], s[-40:])
print(json.dumps({"small": {"one": 1}}), json.dumps([]), json.dumps({}), json.dumps("x"))
print(json.dumps(d, indent=2, sort_keys=True))
