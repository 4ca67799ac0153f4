# classmethod and staticmethod have __init__ (abc.abstractclassmethod calls
# super().__init__(f)); their subclasses take any arguments to __new__, and
# a subclass of staticmethod is callable.
import abc
class C(abc.ABC):
    @abc.abstractclassmethod
    def f(cls): return cls
    @abc.abstractstaticmethod
    def g(): return 1
print(C.f.__isabstractmethod__, C.__abstractmethods__ == {'f', 'g'})
class MyCM(classmethod):
    def __init__(self, func, tag):
        super().__init__(func)
        self.tag = tag
try:
    MyCM(len, 't')
except TypeError as e:
    print('TypeError', e)
cm = classmethod(len)
cm.__init__(abs)
print(cm.__func__)
for bad in [(), (1, 2)]:
    try:
        cm.__init__(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    staticmethod(len).__init__(len, x=1)
except TypeError as e:
    print('TypeError', e)
m = MyCM(len, 't')
print(m.tag, m.__func__)
class K:
    h = MyCM(lambda cls: cls.__name__, 'x')
print(K.h())
class Plain(staticmethod):
    pass
print(Plain(abs).__func__, Plain(abs)(-2) if hasattr(Plain(abs), '__call__') else 'no call')
