import builtins
G = 1
def read_g():
    return G
def read_len(x):
    return len(x)
out = []
for i in range(3000):
    if i == 1500:
        G = 2
    if i == 2000:
        globals()["G"] = 3
    if i == 2500:
        del G
        G = 4
    out.append(read_g())
print(out[1499], out[1500], out[2000], out[2500], out[-1])
res = []
for i in range(3000):
    if i == 1200:
        len = lambda x: "shadowed"
    if i == 1800:
        del len
    if i == 2200:
        builtins.len = lambda x: "builtin replaced"
    if i == 2600:
        builtins.len = _orig_len if "_orig_len" in dir() else builtins.len
    res.append(read_len([1]))
    if i == 0:
        _orig_len = builtins.len
builtins.len = _orig_len
print(res[1199], res[1200], res[1800], res[2200], res[2600], res[-1])
def maybe_missing():
    return MISSING
errs = []
for i in range(2500):
    if i == 1100:
        MISSING = "now defined"
    if i == 1700:
        del MISSING
    try:
        errs.append(maybe_missing())
    except NameError as e:
        errs.append(str(e))
print(errs[0], errs[1100], errs[1700], errs[-1])
ns1 = {"V": "ns1"}
ns2 = {"V": "ns2"}
code = compile("def f():\n    return V\n", "<c>", "exec")
exec(code, ns1); exec(code, ns2)
vals = [ns1["f"]() if i % 2 else ns2["f"]() for i in range(3000)]
print(vals[-2:], vals.count("ns1"))
ns2["__builtins__"] = {"V": "from custom builtins"}
del ns2["V"]
print(ns2["f"]())
