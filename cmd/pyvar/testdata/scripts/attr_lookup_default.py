# getattr(obj, name, default) and hasattr must treat exactly the
# AttributeErrors of a lookup as "missing", wherever they come from, and let
# every other exception through.


class Plain:
    cls_attr = 1


class WithProperty:
    @property
    def missing(self):
        raise AttributeError("from the property")

    @property
    def broken(self):
        raise KeyError("not an attribute error")

    @property
    def fine(self):
        return "fine"


class WithGetattr:
    calls = 0

    def __getattr__(self, name):
        WithGetattr.calls += 1
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)


class WithGetattribute:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)


class Meta(type):
    def __getattr__(cls, name):
        if name == "meta_dyn":
            return "from the metaclass"
        raise AttributeError(name)


class WithMeta(metaclass=Meta):
    pass


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


p = Plain()
p.inst = 2
cases = [
    (p, "inst"), (p, "cls_attr"), (p, "nope"), (Plain, "cls_attr"), (Plain, "nope"),
    (WithProperty(), "missing"), (WithProperty(), "fine"), (WithProperty(), "nope"),
    (WithGetattr(), "dyn_x"), (WithGetattr(), "other"),
    (WithGetattribute(), "secret"), (WithGetattribute(), "nope"),
    (WithMeta, "meta_dyn"), (WithMeta, "nope"), (WithMeta, "__name__"),
    (Slotted(), "a"), (Slotted(), "b"), (Slotted(), "c"),
    (1, "real"), (1, "nope"), ("s", "upper"), (None, "nope"), (int, "from_bytes"), (int, "nope"),
]
for obj, name in cases:
    print(type(obj).__name__, name, getattr(obj, name, "<default>"), hasattr(obj, name))
print("__getattr__ calls:", WithGetattr.calls)

for obj, name in [(WithProperty(), "broken")]:
    for probe in (lambda: getattr(obj, name, None), lambda: hasattr(obj, name)):
        try:
            probe()
        except KeyError as e:
            print("KeyError passes through:", e)

try:
    getattr(p, "nope")
except AttributeError as e:
    print("two-argument getattr:", e)
try:
    getattr(p, 1, None)
except TypeError as e:
    print(e)
