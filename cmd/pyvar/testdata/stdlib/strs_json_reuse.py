# The scanner keeps its memo, stack and scratch between calls: a call from
# an object_hook while another runs, an error half way through, and a big
# document must leave nothing behind for the next call.
import json

dec = json.JSONDecoder()
print(dec.decode('{"a": [1, -2, 3.5, -0.25e2, 123456789012345678, -123456789012345678901234567890], "b": "x"}'))
print(dec.decode('[{"k": 1}, {"k": 2}, {"k": "é\\u00e9\\n"}]'))

# The memo shares equal keys within one call.
r = dec.decode('[{"key": 1}, {"key": 2}]')
print(list(r[0])[0] is list(r[1])[0])

# Re-entered from a hook, on the same decoder.
inner = []
def hook(d):
    if "nested" in d:
        inner.append(dh.decode(d["nested"]))
    return d
dh = json.JSONDecoder(object_hook=hook)
print(dh.decode('{"x": [1, 2, {"nested": "{\\"y\\": [3, 4, {\\"z\\": 5}]}"}], "w": {"v": 6}}'))
print(inner)
print(dh.decode('{"after": [7, 8]}'))

# An error part way, then good documents again.
for doc in ('{"a": [1, 2, {"b": }]}', '[1, 2', '{"a" 1}', '{"a": 1,}'):
    try:
        dec.decode(doc)
    except json.JSONDecodeError as e:
        print("error:", e)
print(dec.decode('{"a": [1, 2, {"b": 3}]}'))

# A document with many keys (the memo is not kept), then a small one.
big = json.dumps({"k%d" % i: [i, -i, i / 4] for i in range(3000)})
d = dec.decode(big)
print(len(d), d["k2999"], d["k17"])
print(dec.decode('{"k1": 1}'))

# Numbers at the edges of the small-int path, and custom parsers.
print(json.loads('[999999999999999999, -99999999999999999, 1000000000000000000, -999999999999999999, 0, -0, 1e3, 1E-2, 10.0]'))
print(json.loads('[1, 2.5, -3]', parse_int=lambda s: "i" + s, parse_float=lambda s: "f" + s))
print(json.loads('["\\u00e9t\\u00e9", 12, -7.5, {"\\u00e9": -1}]'))
print(json.loads('[-12, 3.25, "ü"]'))
