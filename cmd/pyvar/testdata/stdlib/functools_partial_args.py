# A partial's args tuple is one object: read twice, copied, or restored
# by __setstate__ from an exact tuple, it is the same tuple.
import copy
import functools
import pickle

f = functools.partial(print, ['asdf'], sep='-')
print(f.args is f.args, copy.copy(f).args is f.args)
g = copy.deepcopy(f)
print(g.args == f.args, g.args is f.args, g.args[0] is f.args[0])
h = pickle.loads(pickle.dumps(functools.partial(max, 1, 2)))
print(h.args, h(3))
t = (1, 2)
p = functools.partial(min)
p.__setstate__((min, t, {}, None))
print(p.args is t, p())
class T(tuple):
    pass
p.__setstate__((min, T((5, 4)), None, None))
print(type(p.args).__name__, p.args, p())
