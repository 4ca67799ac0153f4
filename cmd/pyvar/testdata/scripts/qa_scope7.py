# exec/eval interplay with function scopes and class scopes
def f():
    x = 1
    exec("x = 2")
    return x, locals()["x"]
print(f())
def g():
    exec("y = 5")
    return locals().get("y")
print(g())
def h():
    d = {}
    exec("z = 1\ndef inner():\n    return z", d)
    return d["inner"]()
print(h())
class C:
    exec("attr = 'from exec'")
    v = attr
print(C.attr, C.v)
def k():
    q = 10
    return eval("q * 2"), eval("[q for _ in range(2)]") if False else eval("q + 1")
print(k())
def m():
    w = 3
    def inner():
        return eval("w")
    try:
        return inner()
    except NameError as e:
        return str(e)
print(m())
def n():
    w = 3
    def inner():
        w
        return eval("w")
    return inner()
print(n())
gl = {"x": "gl"}
lo = {"x": "lo"}
print(eval("x", gl, lo), eval("x", gl), eval("(lambda: x)()", gl, lo), eval("[x for _ in 'a']", gl, lo))
exec("def ff(): return x\nr = ff()", gl, lo)
print(lo["r"])
exec("class K:\n    x = 'K'\n    y = x\nr2 = K.y", gl, lo)
print(lo["r2"])
