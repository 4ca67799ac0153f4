# Which classes have a __dict__ attribute, and where it lives: object has
# none, so '__dict__' is not in dir(1); classes whose instances carry a
# dict have their own.
import builtins, collections, functools, itertools, types

kinds = sorted((t for t in vars(builtins).values()
                if isinstance(t, type) and t.__module__ == 'builtins' and not issubclass(t, BaseException)),
               key=lambda t: t.__name__)
kinds += [BaseException, ValueError, collections.OrderedDict, collections.deque, collections.defaultdict,
          functools.partial, itertools.chain, types.SimpleNamespace, types.FunctionType, types.ModuleType]
for t in kinds:
    print(t.__name__, '__dict__' in t.__dict__, '__dict__' in dir(t))

print('__dict__' in dir(1), '__dict__' in dir(object()), '__dict__' in dir('s'))


class Plain:
    pass


class Slotted:
    __slots__ = ('x',)


class SlottedWithDict:
    __slots__ = ('x', '__dict__')


class SubDict(dict):
    pass


class SubNS(types.SimpleNamespace):
    pass


class SubExc(ValueError):
    pass


for cls in (Plain, Slotted, SlottedWithDict, SubDict, SubNS, SubExc):
    o = cls()
    try:
        o.attr = 1
        print(cls.__name__, '__dict__' in vars(cls), o.__dict__)
    except AttributeError as e:
        print(cls.__name__, '__dict__' in vars(cls), 'AttributeError:', e)

ns = types.SimpleNamespace(a=1)
ns.__dict__['b'] = 2
print(ns, ns.__dict__)
od = collections.OrderedDict(k=1)
od.extra = 3
print(od.__dict__, vars(od))


def f():
    pass


f.tag = 'x'
print(f.__dict__, vars(f))
try:
    object().__dict__
except AttributeError as e:
    print('AttributeError:', e)
try:
    vars(1)
except TypeError as e:
    print('TypeError:', e)
import threading
l = threading.local(); l.a = 1
print(l.__dict__, '__dict__' in dir(l), '__dict__' in dir(type(l)))
class L(threading.local): pass
m = L(); m.b = 2; print(m.__dict__, '__dict__' in dir(m), '__dict__' in vars(L))
l.__dict__['c'] = 3; print(l.c)
