# Every way a cached LOAD_GLOBAL can go stale, checked after the functions
# have run more than 1024 times (CPython 3.9's threshold for the opcache).
import builtins

x = 1


def get_x():
    return x


def call_len():
    return len("abc")


def warm(n=1100):
    for _ in range(n):
        get_x()
        call_len()


warm()
print("warm:", get_x(), call_len())

x = 2  # rebinding a global
print("rebound:", get_x())
warm()
print("rebound, warm:", get_x())

len = lambda s: 42  # a global shadows the builtin
print("shadowed:", call_len())
warm()
del len  # and is deleted again
print("unshadowed:", call_len())
warm()

orig_len = builtins.len
builtins.len = lambda s: -1  # the builtin itself changes
print("builtin changed:", call_len())
warm()
builtins.len = orig_len
print("builtin restored:", call_len())

del x  # a global deleted between two hits
try:
    get_x()
except NameError as e:
    print("NameError:", e)
x = 3
print("rebound after del:", get_x())
warm()

for i in range(5):  # a value changing on every call
    x = i * 10
    print("loop:", get_x(), end=" ")
print()

globals()["x"] = "via globals()"
print("globals() store:", get_x())
globals().update(x="via update")
print("update:", get_x())
globals().pop("x")
try:
    get_x()
except NameError as e:
    print("after pop:", e)
globals().setdefault("x", "via setdefault")
print("setdefault:", get_x())
