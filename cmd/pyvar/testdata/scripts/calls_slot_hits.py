# LOAD_ATTR and STORE_ATTR of __slots__ members through the sites' caches
# (as _pydecimal's Decimal: self._exp, self._int): every change to the
# class, the member or the instance is seen.


class Dec:
    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __init__(self, sign, i, e):
        self._sign = sign
        self._int = i
        self._exp = e
        self._special = False


class SubDec(Dec):
    __slots__ = ("extra",)


class WithDict(Dec):
    pass


def read(d):
    try:
        return (d._sign, d._int, d._exp, d._special)
    except AttributeError as e:
        return ("AttributeError", str(e))


def store(d, v):
    try:
        d._exp = v
        return "stored"
    except (AttributeError, TypeError) as e:
        return (type(e).__name__, str(e))


out = []
a = Dec(0, "12", -2)
saved = Dec._exp
for step in range(16):
    if step == 2:
        del a._int  # an empty slot: AttributeError from the read
    elif step == 3:
        a._int = "34"
    elif step == 4:
        a = SubDec(1, "5", 3)  # another class at the same sites
    elif step == 5:
        a = WithDict(0, "6", 0)
        a.free = 1
    elif step == 6:
        Dec._exp = property(lambda self: "prop exp", lambda self, v: None)  # the member is replaced
        a = Dec(0, "7", 1)
    elif step == 7:
        Dec._exp = saved  # and comes back
    elif step == 8:
        a = SubDec(0, "8", 2)
        SubDec._exp = 99  # a plain class attribute shadows the member for the subclass
    elif step == 9:
        del SubDec._exp
        a = Dec.__new__(Dec)  # no slot set at all
    elif step == 10:
        a = Dec(1, "9", 9)
    elif step == 11:
        class Other:
            __slots__ = ("_sign", "_int", "_exp", "_special")
        a = Other()
        a._sign, a._int, a._exp, a._special = 2, "x", 5, True
    elif step == 12:
        class Dec2(Dec):
            pass
        class Dec3(Dec):
            pass
        a = Dec2(0, "10", 10)
        a.__class__ = Dec3  # same layout, another class
    elif step == 13:
        Dec._exp = saved
        a = WithDict(1, "11", 11)
    out.append((step, type(a).__name__, read(a), store(a, step * 100), read(a)))

# A read-only member is never stored through the cache.
import os
st = os.stat(".")
def store_mode(s, v):
    try:
        s.st_mode = v
        return "stored"
    except AttributeError as e:
        return ("AttributeError", str(e))
for i in range(10):
    r = store_mode(st, i)
out.append(r)

# The member of one class used on an instance of an unrelated class through
# a class attribute assigned from it.
class Holder:
    __slots__ = ("x",)
class Thief:
    __slots__ = ("y",)
Thief.x = Holder.x
h, t = Holder(), Thief()
h.x = 1
def get_x(o):
    try:
        return o.x
    except (AttributeError, TypeError) as e:
        return (type(e).__name__, str(e))
def set_x(o, v):
    try:
        o.x = v
        return "stored"
    except (AttributeError, TypeError) as e:
        return (type(e).__name__, str(e))
for i in range(10):
    r = (get_x(h), set_x(h, i), get_x(t), set_x(t, i))
out.append(r)

for x in out:
    print(x)

# Properties at the same kind of site (data descriptors that are not
# members), on a slot class and on a plain one, read and set.
class P:
    __slots__ = ("_v",)
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x
class Q:
    def __init__(self):
        self._w = 0
    w = property(lambda self: self._w)
p, q = P(), Q()
r = []
for i in range(12):
    p.v = i
    r.append((p.v, q.w, p._v))
print(r[-3:])
