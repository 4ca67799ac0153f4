# Special methods are looked up on the type, bypassing __getattribute__,
# but a descriptor there is still bound (its __get__ runs, and its errors
# propagate): with, bytes(), reversed(), list()'s __length_hint__, ...
import math
def run_context(manager):
    with manager:
        pass
def iden(self): return self
def hello(self): return b"hello"
def empty_seq(self): return []
def zero(self): return 0
def complex_num(self): return 1j
def stop(self): raise StopIteration
def return_true(self, thing=None): return True
def swallow(*args): pass
def format_impl(self, spec): return "hello"
specials = [
    ("__bytes__", bytes, hello, {}),
    ("__reversed__", reversed, empty_seq, {}),
    ("__length_hint__", list, zero, {"__iter__": iden, "__next__": stop}),
    ("__instancecheck__", lambda o: isinstance(int, o), return_true, {}),
    ("__subclasscheck__", lambda o: issubclass(int, o), return_true, {}),
    ("__enter__", run_context, iden, {"__exit__": swallow}),
    ("__exit__", run_context, swallow, {"__enter__": iden}),
    ("__complex__", complex, complex_num, {}),
    ("__format__", format, format_impl, {}),
    ("__floor__", math.floor, zero, {}),
    ("__trunc__", math.trunc, zero, {}),
    ("__trunc__", int, zero, {}),
    ("__ceil__", math.ceil, zero, {}),
    ("__dir__", dir, empty_seq, {}),
    ("__round__", round, zero, {}),
]
class SpecialDescr:
    def __init__(self, impl): self.impl = impl
    def __get__(self, obj, owner):
        record.append(1)
        return self.impl.__get__(obj, owner)
class MyException(Exception): pass
class ErrDescr:
    def __get__(self, obj, owner): raise MyException
for name, runner, impl, env in specials:
    record = []
    X = type("X", (), dict(env))
    setattr(X, name, SpecialDescr(impl))
    try:
        runner(X())
        print(name, record)
    except Exception as e:
        print(name, "error", type(e).__name__, e)
    X = type("X", (), dict(env))
    setattr(X, name, ErrDescr())
    try:
        runner(X())
        print(name, "no error")
    except MyException:
        print(name, "MyException")
    except Exception as e:
        print(name, "other", type(e).__name__, e)
