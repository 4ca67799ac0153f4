# type() vs type.__new__() argument-count messages, and type_new handing the work
# to the most derived metaclass's own __new__ (bpo-44232).
class M(type): pass
class N(type, metaclass=M): pass
for f, a in ((type, (5,)), (type, (1, 2)), (type, ()), (M, (5,)), (N, (5,)), (M, (1, 2)), (type, (1,2,3,4)), (M, ())):
    try:
        f(*a)
    except TypeError as e:
        print(f.__name__, len(a), e)
try:
    type.__new__(type, 5)
except TypeError as e:
    print(e)
class ModelBase(type):
    def __new__(cls, name, bases, attrs):
        super_new = super().__new__
        new_class = super_new(cls, name, bases, {})
        if name != "Model":
            raise RuntimeWarning(f"{name=}")
        return new_class
class Model(metaclass=ModelBase):
    pass
try:
    type("SouthPonies", (Model,), {})
except RuntimeWarning as e:
    print("RuntimeWarning", e)
