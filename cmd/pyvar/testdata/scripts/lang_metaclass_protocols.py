# A metaclass's protocol methods apply to its classes: [], len, iter, in, bool, call, repr, |, ==.
class M(type):
    def __len__(cls): return 3
    def __iter__(cls): return iter('abc')
    def __contains__(cls, x): return x == 1
    def __setitem__(cls, k, v): print('set', k, v)
    def __delitem__(cls, k): print('del', k)
    def __bool__(cls): return False
    def __getitem__(cls, k): return k * 2
    def __call__(cls, *a): return ('called', a)
    def __repr__(cls): return '<M class>'
    def __or__(cls, o): return 'or'
    def __eq__(cls, o): return 'eq'
    __hash__ = type.__hash__
class C(metaclass=M): pass
print(len(C), list(C), 1 in C, 2 in C, bool(C), 'x' if C else 'y', C[4], C(1, 2), repr(C), C | int, C == 1)
C[1] = 2
del C[3]
for bad in (lambda: type[1], lambda: int['x'], lambda: len(int), lambda: list(int)):
    try:
        bad()
    except TypeError as e:
        print(e)
class N(type): pass
class D(metaclass=N): pass
try:
    D[1]
except TypeError as e:
    print(e)
print(int[1] if False else list[int], bool(D), str(C), f'{C}')
