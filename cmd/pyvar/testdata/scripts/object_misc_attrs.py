class P:
    @property
    def x(self): return 1
p = P()
try: p.x = 2
except AttributeError as e: print(e)
try: del p.x
except AttributeError as e: print(e)
class C:
    def m(self):
        'doc of m'
    def n(self): pass
print(C().m.__doc__, C().n.__doc__, C().m.__name__, C().m.__qualname__, C().m.__module__, [].append.__qualname__, str.join.__qualname__)
class D(C): pass
d = D(); s = super(D, d); print(s.__self_class__, s.__self__ is d, s.__thisclass__)
dd = {1: 2, 3: 4}
print(type(reversed(dd)).__name__, list(reversed(dd)), list(reversed(dd.values())), list(reversed(dd.items())), type(reversed({}.items())).__name__, list(reversed(dd.keys())))
print(int('١٢٣'), float('١٢٣.٥'), int('１２'), int(' \u2003 7 '))
class V:
    def __pow__(self, o, m=None): return ('pow', o, m)
print(pow(V(), 2, 5), V() ** 3)
