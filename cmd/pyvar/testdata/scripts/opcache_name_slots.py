# LOAD_NAME, STORE_NAME, STORE_GLOBAL and LOAD_CLASSDEREF remember where
# they found their name; every change of the namespace must still be seen.
x = 0
for i in range(6):
    x = x + i
    if i == 2:
        del x          # the entry goes away: the slots must not write into it
        x = 100
    if i == 3:
        globals()["fresh%d" % i] = i   # new keys move the keys version
print(x, fresh3)

# A name that is first missing from the class body, then bound there.
v = "module"
class C:
    seen = []
    for i in range(4):
        seen.append(v)
        if i == 1:
            v = "class"
    del i
print(C.seen, v)

# LOAD_CLASSDEREF: the class namespace first, then the cell.
def outer():
    w = "cell"
    class D:
        got = []
        for i in range(5):
            got.append(w)
            if i == 1:
                locals()["w"] = "class"    # the class namespace shadows the cell
            if i == 3:
                locals().pop("w")
        del i
    return D.got
print(outer())

# STORE_GLOBAL into a dict that changes under it.
n = 0
def bump(k):
    global n
    for i in range(k):
        n += 1
        if i == 5:
            del globals()["n"]
            n = 1000
        if i == 7:
            globals().pop("fresh3")
print(bump(10), n)

# The same code object run in different namespaces.
code = compile("for i in range(3):\n    t = t + i\n", "<s>", "exec")
a, b = {"t": 0}, {"t": 10, "pad": 1}
for ns in (a, b, a, b):
    exec(code, ns)
print(a["t"], b["t"])

# A class body whose namespace is not a dict: no slots, same answers.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class NS(dict):
            def __setitem__(self, k, val):
                dict.__setitem__(self, k, val * 2 if k == "z" else val)
        return NS()
class E(metaclass=Meta):
    z = 1
    for i in range(3):
        z = z + 1
print(E.z)
try:
    exec("del nope")
except NameError as e:
    print(e)
