# __build_class__ keeps the bases a class statement gave (__orig_bases__)
# when __mro_entries__ replaces them, also for a class made inside a
# function whose body is a single expression (its frame reused the caller's
# value stack, where the bases were).
class Entry:
    def __init__(self, name):
        self.name = name
    def __mro_entries__(self, bases):
        return (object,)
    def __repr__(self):
        return 'Entry(%s)' % self.name

class Base:
    pass

def make_one():
    class C(Entry('a')): ...
    return C

def make_two():
    class D(Base, Entry('b')):
        x = 1
    return D

def make_plain():
    class E(Base): ...
    return E

for make in (make_one, make_two, make_plain):
    cls = make()
    print(cls.__name__, cls.__bases__, cls.__dict__.get('__orig_bases__', 'none'))

# __prepare__ and the metaclass see the bases after __mro_entries__, and the
# tuples they keep do not change afterwards.
seen = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        seen.append(bases)
        return {}
    def __new__(mcls, name, bases, ns):
        seen.append(bases)
        return super().__new__(mcls, name, bases, ns)

def make_meta():
    class F(Base, Entry('c'), metaclass=Meta): ...
    return F
F = make_meta()
print(seen, F.__orig_bases__)
