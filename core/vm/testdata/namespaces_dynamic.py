class Loc:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
l = Loc()
exec("a = 1\nb = a + 1\ndel a", {}, l)
print(l.d)
try:
    exec("print(zz)", {}, l)
except NameError as e:
    print(e)
import builtins
g = {'__builtins__': builtins}
exec("r = len('abc')", g)
print(g['r'])
def f():
    exec("q = 5")
    return 'q' in locals()
print(f())
print(eval("__name__"), eval("__name__", {}))
x = 10
def h():
    return eval("x + 1")
print(h())
def k():
    y = 3
    return eval("y * 2")
print(k())
class Mangle:
    __secret = 'm'
    def get(self):
        return self.__secret, __class__.__name__
print(Mangle().get())
for n in range(3):
    tmp = n
del tmp
print('tmp' in globals())
def gen_locals():
    a = 1
    yield locals()
    b = 2
    yield locals()
print([sorted(d) for d in gen_locals()])
def cls_in_func():
    v = 1
    class Inner:
        w = v
        def m(self):
            return v
    v = 2
    return Inner.w, Inner().m()
print(cls_in_func())
print(vars().get('n'), type(vars()).__name__)
try:
    vars(5)
except TypeError as e:
    print(e)
print(dir()[:3])
class WithDir:
    def __dir__(self):
        return ['b', 'a']
print(dir(WithDir()))
