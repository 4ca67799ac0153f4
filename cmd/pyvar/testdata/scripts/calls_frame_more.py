# What a frame keeps apart from its common fields (frameMore): non-dict
# f_locals and f_builtins, a dict-subclass globals, locals() of a function,
# and block stacks deeper than the frame's inline entries; each checked
# again after frames were recycled by ordinary calls.
import sys


def churn():
    def f(a, b=2):
        return a + b
    t = 0
    for i in range(50):
        t += f(i)
    return t


class Mapping:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]


class G(dict):
    def __missing__(self, k):
        return "missing:" + k


class B(dict):
    pass


for round in range(2):
    m = Mapping()
    exec("x = 1\ny = x + 1\ndel x", {}, m)
    print(sorted(m.d.items()), churn())
    g = G()
    exec("r = undefined_name\ndef f(): return other_name\nr2 = f()\nimport sys\nfg = sys._getframe().f_globals.__class__.__name__", g)
    print(g["fg"], type(g["f"].__globals__).__name__)
    print(g["r"], g["r2"], churn())
    b = B(len=lambda s: -1, __import__=__import__, type=type)
    genv = {"__builtins__": b}
    exec("r = len('abc')\nimport sys as s\nfb = type(s._getframe().f_builtins).__name__", genv)
    print(genv["r"], genv["fb"], churn())
    exec("def h(s):\n    return len(s), type(h.__builtins__).__name__\nr3 = [h('ab') for _ in 'abc']", genv)
    print(genv["r3"], genv["h"]("xyz"), churn())
    ft = type(churn)
    fg = ft(compile("lambda: (len('q'), missing_global)", "<fg>", "eval").co_consts[0], G(len=lambda s: 42))
    print(fg(), fg.__globals__.__class__.__name__, churn())
    mb = Mapping()
    mb.d["len"] = lambda s: -2
    mb.d["__import__"], mb.d["type"] = __import__, type
    genv = {"__builtins__": mb}
    try:
        exec("r = len('abc')\nfb = type(__import__('sys')._getframe().f_builtins).__name__", genv)
        print(genv["r"], genv["fb"])
    except Exception as e:
        print(type(e).__name__, e)
    print(churn())

    def loc(a):
        b = a * 2
        l1 = locals()
        c = b + 1
        l2 = locals()
        return sorted(l1), sorted(l2), l1 is l2

    print(loc(3), churn(), loc(4))

    def deep(n):
        out = []
        try:
            for i in range(2):
                try:
                    with open(__file__) as fh:
                        try:
                            try:
                                try:
                                    if n:
                                        raise ValueError(n)
                                    out.append("no raise")
                                finally:
                                    out.append("f5")
                            except ValueError as e:
                                out.append("caught %s" % e)
                        finally:
                            out.append("f3")
                finally:
                    out.append("f2")
        finally:
            out.append("f1")
        return out

    print(deep(0), churn())
    print(deep(1), churn())
    print(deep(0))

    class K:
        a = 1
        b = a + 1
        print(sorted(k for k in locals() if not k.startswith("__")))
    print(K.b, churn())
    print(type(sys._getframe().f_builtins).__name__, sys._getframe().f_locals is globals())
