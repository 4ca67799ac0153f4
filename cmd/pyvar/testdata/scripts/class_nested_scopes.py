# A nested class does not see the enclosing class's names: it reads the
# global, then its own binding once it has one.
label = "global"


class Outer:
    label = "outer class"

    class Inner:
        seen = label
        label = "inner"
        label = label + "!"


print(label, Outer.label, Outer.Inner.label, Outer.Inner.seen)


class Methods:
    label = "class attribute"

    def read(self):
        return label

    def read_attr(self):
        return self.label, Methods.label, type(self).label


print(Methods().read(), Methods().read_attr())

try:
    class NoEnclosingFunction:
        exec("nonlocal label")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
