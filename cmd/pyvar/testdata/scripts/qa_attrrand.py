class DataD:
    def __init__(self, n): self.n = n
    def __get__(self, i, o=None): return f'DataD.get({self.n}, {i is None})'
    def __set__(self, i, v): print('DataD.set', self.n, v)
    def __delete__(self, i): print('DataD.del', self.n)
class NonD:
    def __init__(self, n): self.n = n
    def __get__(self, i, o=None): return f'NonD.get({self.n}, {i is None})'
def show(f):
    try:
        print(repr(f()))
    except AttributeError as e:
        print('AttributeError', e)
    except Exception as e:
        print(type(e).__name__, e)
def case0():
    class P(object):
        x = 'P.x'
        @property
        def z(self): raise AttributeError('prop z fails')
    class Q(P):
        @property
        def x(self): return 'Q.prop.x'
        @property
        def y(self): return 'Q.prop.y'
        z = DataD('Q.z')
        def __getattr__(self, n): return 'Q.__getattr__(' + n + ')'
        __slots__ = ()
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'x')); show(lambda: q.x)
    show(lambda: setattr(Q, 'x', 'classattr')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: delattr(q, 'z')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'w')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 0')
case0()
def case1():
    class P(object):
        x = NonD('P.x')
        y = 'P.y'
        def __getattr__(self, n): return 'P.__getattr__(' + n + ')'
    class Q(P):
        x = DataD('Q.x')
        y = NonD('Q.y')
        z = 'Q.z'
        def __getattr__(self, n): return 'Q.__getattr__(' + n + ')'
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: delattr(q, 'z')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: delattr(q, 'w')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 1')
case1()
def case2():
    class P(object):
        y = NonD('P.y')
        z = NonD('P.z')
    class Q(P):
        x = 'Q.x'
        y = 'Q.y'
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: delattr(q, 'x')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(Q, 'y', 'classattr')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: hasattr(q, 'nothing'))
print('--- case 2')
case2()
def case3():
    class P(object):
        x = 'P.x'
        y = 'P.y'
    class Q(P):
        z = NonD('Q.z')
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: setattr(Q, 'x', 'classattr')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: delattr(q, 'y')); show(lambda: q.y)
    show(lambda: setattr(Q, 'y', 'classattr')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: delattr(q, 'w')); show(lambda: q.w)
    show(lambda: setattr(Q, 'w', 'classattr')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 3')
case3()
def case4():
    class P(object):
        x = DataD('P.x')
        y = NonD('P.y')
        z = 'P.z'
        def __getattr__(self, n): return 'P.__getattr__(' + n + ')'
    class Q(P):
        y = NonD('Q.y')
        z = DataD('Q.z')
        __slots__ = ()
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: setattr(Q, 'w', 'classattr')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 4')
case4()
def case5():
    class P(object):
        z = 'P.z'
    class Q(P):
        x = DataD('Q.x')
        y = NonD('Q.y')
        def __getattribute__(self, n):
            if n == 'y': raise AttributeError('ga blocks y')
            return object.__getattribute__(self, n)
        def __setattr__(self, n, v):
            print('Q.__setattr__', n, v)
            object.__setattr__(self, n, v)
        __slots__ = ()
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'x')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: delattr(q, 'y')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: setattr(Q, 'z', 'classattr')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'w')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 5')
case5()
def case6():
    class P(object):
        @property
        def y(self): return 'P.prop.y'
        z = 'P.z'
    class Q(P):
        x = 'Q.x'
        y = NonD('Q.y')
        z = 'Q.z'
        def __getattribute__(self, n):
            if n == 'y': raise AttributeError('ga blocks y')
            return object.__getattribute__(self, n)
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(Q, 'x', 'classattr')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: delattr(q, 'w')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 6')
case6()
def case7():
    class P(object):
        @property
        def x(self): return 'P.prop.x'
    class Q(P):
        x = 'Q.x'
        __slots__ = ()
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: setattr(Q, 'y', 'classattr')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: setattr(Q, 'w', 'classattr')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 7')
case7()
def case8():
    class P(object):
        x = 'P.x'
        y = NonD('P.y')
        z = DataD('P.z')
    class Q(P):
        x = DataD('Q.x')
        y = NonD('Q.y')
        z = NonD('Q.z')
        def __setattr__(self, n, v):
            print('Q.__setattr__', n, v)
            object.__setattr__(self, n, v)
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: delattr(q, 'w')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 8')
case8()
def case9():
    class P(object):
        x = NonD('P.x')
        @property
        def y(self): raise AttributeError('prop y fails')
        def __setattr__(self, n, v):
            print('P.__setattr__', n, v)
            object.__setattr__(self, n, v)
    class Q(P):
        x = DataD('Q.x')
        y = NonD('Q.y')
        z = 'Q.z'
        def __getattribute__(self, n):
            if n == 'y': raise AttributeError('ga blocks y')
            return object.__getattribute__(self, n)
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(Q, 'x', 'classattr')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(Q, 'y', 'classattr')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: hasattr(q, 'nothing'))
print('--- case 9')
case9()
def case10():
    class P(object):
        x = DataD('P.x')
        z = 'P.z'
        def __getattribute__(self, n):
            if n == 'y': raise AttributeError('ga blocks y')
            return object.__getattribute__(self, n)
    class Q(P):
        x = NonD('Q.x')
        z = NonD('Q.z')
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'x')); show(lambda: q.x)
    show(lambda: setattr(Q, 'x', 'classattr')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: delattr(q, 'y')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(Q, 'z', 'classattr')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: delattr(q, 'w')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 10')
case10()
def case11():
    class P(object):
        y = DataD('P.y')
        z = 'P.z'
        def __getattribute__(self, n):
            if n == 'y': raise AttributeError('ga blocks y')
            return object.__getattribute__(self, n)
    class Q(P):
        y = NonD('Q.y')
        z = 'Q.z'
        __slots__ = ()
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: setattr(Q, 'x', 'classattr')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: delattr(q, 'z')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: hasattr(q, 'nothing'))
print('--- case 11')
case11()
def case12():
    class P(object):
        y = 'P.y'
        z = 'P.z'
    class Q(P):
        y = DataD('Q.y')
        z = DataD('Q.z')
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'x')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: delattr(q, 'y')); show(lambda: q.y)
    show(lambda: setattr(Q, 'y', 'classattr')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'z')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(Q, 'w', 'classattr')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 12')
case12()
def case13():
    class P(object):
        x = 'P.x'
        @property
        def z(self): return 'P.prop.z'
    class Q(P):
        x = 'Q.x'
        z = DataD('Q.z')
        def __getattr__(self, n): return 'Q.__getattr__(' + n + ')'
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(Q, 'z', 'classattr')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 13')
case13()
def case14():
    class P(object):
        z = NonD('P.z')
        __slots__ = ()
    class Q(P):
        @property
        def x(self): raise AttributeError('prop x fails')
        @property
        def y(self): raise AttributeError('prop y fails')
        def __getattribute__(self, n):
            if n == 'y': raise AttributeError('ga blocks y')
            return object.__getattribute__(self, n)
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: delattr(q, 'x')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(Q, 'z', 'classattr')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'w')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 14')
case14()
def case15():
    class P(object):
        y = NonD('P.y')
        z = 'P.z'
        def __getattr__(self, n): return 'P.__getattr__(' + n + ')'
        __slots__ = ()
    class Q(P):
        x = DataD('Q.x')
        y = 'Q.y'
        __slots__ = ()
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(Q, 'y', 'classattr')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: hasattr(q, 'nothing'))
print('--- case 15')
case15()
def case16():
    class P(object):
        x = 'P.x'
        @property
        def z(self): return 'P.prop.z'
    class Q(P):
        x = NonD('Q.x')
        y = NonD('Q.y')
        z = 'Q.z'
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'x')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(Q, 'y', 'classattr')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: hasattr(q, 'nothing'))
print('--- case 16')
case16()
def case17():
    class P(object):
        @property
        def x(self): return 'P.prop.x'
    class Q(P):
        z = 'Q.z'
        def __setattr__(self, n, v):
            print('Q.__setattr__', n, v)
            object.__setattr__(self, n, v)
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: delattr(q, 'x')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: setattr(Q, 'y', 'classattr')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'z')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: delattr(q, 'w')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 17')
case17()
def case18():
    class P(object):
        x = DataD('P.x')
        @property
        def y(self): raise AttributeError('prop y fails')
        z = NonD('P.z')
        def __getattr__(self, n): return 'P.__getattr__(' + n + ')'
        def __getattribute__(self, n):
            if n == 'y': raise AttributeError('ga blocks y')
            return object.__getattribute__(self, n)
        def __setattr__(self, n, v):
            print('P.__setattr__', n, v)
            object.__setattr__(self, n, v)
    class Q(P):
        x = NonD('Q.x')
        y = 'Q.y'
        def __getattribute__(self, n):
            if n == 'y': raise AttributeError('ga blocks y')
            return object.__getattribute__(self, n)
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 18')
case18()
def case19():
    class P(object):
        x = DataD('P.x')
        z = 'P.z'
    class Q(P):
        @property
        def x(self): return 'Q.prop.x'
        y = 'Q.y'
        z = NonD('Q.z')
        def __getattr__(self, n): return 'Q.__getattr__(' + n + ')'
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'x')); show(lambda: q.x)
    show(lambda: setattr(Q, 'x', 'classattr')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'z')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: hasattr(q, 'nothing'))
print('--- case 19')
case19()
def case20():
    class P(object):
        x = DataD('P.x')
        @property
        def z(self): return 'P.prop.z'
        def __getattr__(self, n): return 'P.__getattr__(' + n + ')'
        __slots__ = ()
    class Q(P):
        @property
        def x(self): return 'Q.prop.x'
        @property
        def z(self): return 'Q.prop.z'
        def __getattribute__(self, n):
            if n == 'y': raise AttributeError('ga blocks y')
            return object.__getattribute__(self, n)
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(Q, 'z', 'classattr')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: delattr(q, 'w')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 20')
case20()
def case21():
    class P(object):
        @property
        def z(self): return 'P.prop.z'
        def __getattr__(self, n): return 'P.__getattr__(' + n + ')'
    class Q(P):
        x = NonD('Q.x')
        z = 'Q.z'
        def __getattr__(self, n): return 'Q.__getattr__(' + n + ')'
        def __getattribute__(self, n):
            if n == 'y': raise AttributeError('ga blocks y')
            return object.__getattribute__(self, n)
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: delattr(q, 'x')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: hasattr(q, 'nothing'))
print('--- case 21')
case21()
def case22():
    class P(object):
        x = NonD('P.x')
        @property
        def y(self): return 'P.prop.y'
        z = NonD('P.z')
        def __getattr__(self, n): return 'P.__getattr__(' + n + ')'
    class Q(P):
        x = 'Q.x'
        z = NonD('Q.z')
        def __getattr__(self, n): return 'Q.__getattr__(' + n + ')'
        def __getattribute__(self, n):
            if n == 'y': raise AttributeError('ga blocks y')
            return object.__getattribute__(self, n)
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: setattr(Q, 'x', 'classattr')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(Q, 'z', 'classattr')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 22')
case22()
def case23():
    class P(object):
        x = NonD('P.x')
        y = DataD('P.y')
        def __getattribute__(self, n):
            if n == 'y': raise AttributeError('ga blocks y')
            return object.__getattribute__(self, n)
    class Q(P):
        def __getattr__(self, n): return 'Q.__getattr__(' + n + ')'
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: delattr(q, 'x')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: delattr(q, 'y')); show(lambda: q.y)
    show(lambda: setattr(Q, 'y', 'classattr')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 23')
case23()
def case24():
    class P(object):
        z = NonD('P.z')
    class Q(P):
        x = NonD('Q.x')
        z = DataD('Q.z')
        def __getattr__(self, n): return 'Q.__getattr__(' + n + ')'
        def __setattr__(self, n, v):
            print('Q.__setattr__', n, v)
            object.__setattr__(self, n, v)
        __slots__ = ()
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: setattr(Q, 'x', 'classattr')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: delattr(q, 'y')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: hasattr(q, 'nothing'))
print('--- case 24')
case24()
def case25():
    class P(object):
        x = 'P.x'
        y = DataD('P.y')
    class Q(P):
        x = DataD('Q.x')
        def __getattr__(self, n): return 'Q.__getattr__(' + n + ')'
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(Q, 'x', 'classattr')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: delattr(q, 'y')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: setattr(Q, 'z', 'classattr')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: setattr(Q, 'w', 'classattr')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 25')
case25()
def case26():
    class P(object):
        @property
        def x(self): return 'P.prop.x'
        @property
        def y(self): return 'P.prop.y'
        def __setattr__(self, n, v):
            print('P.__setattr__', n, v)
            object.__setattr__(self, n, v)
    class Q(P):
        x = 'Q.x'
        z = DataD('Q.z')
        def __getattr__(self, n): return 'Q.__getattr__(' + n + ')'
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: hasattr(q, 'nothing'))
print('--- case 26')
case26()
def case27():
    class P(object):
        x = NonD('P.x')
        def __getattr__(self, n): return 'P.__getattr__(' + n + ')'
    class Q(P):
        y = 'Q.y'
        def __setattr__(self, n, v):
            print('Q.__setattr__', n, v)
            object.__setattr__(self, n, v)
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: setattr(Q, 'y', 'classattr')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(Q, 'z', 'classattr')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 27')
case27()
def case28():
    class P(object):
        @property
        def x(self): return 'P.prop.x'
        y = NonD('P.y')
        @property
        def z(self): raise AttributeError('prop z fails')
    class Q(P):
        x = DataD('Q.x')
        z = DataD('Q.z')
        def __getattr__(self, n): return 'Q.__getattr__(' + n + ')'
        def __setattr__(self, n, v):
            print('Q.__setattr__', n, v)
            object.__setattr__(self, n, v)
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'x')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: delattr(q, 'y')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'z')); show(lambda: q.z)
    show(lambda: setattr(Q, 'z', 'classattr')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: setattr(Q, 'w', 'classattr')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 28')
case28()
def case29():
    class P(object):
        z = NonD('P.z')
    class Q(P):
        @property
        def y(self): return 'Q.prop.y'
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: setattr(Q, 'y', 'classattr')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'w')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 29')
case29()
def case30():
    class P(object):
        @property
        def x(self): raise AttributeError('prop x fails')
        @property
        def y(self): raise AttributeError('prop y fails')
        z = 'P.z'
        def __getattr__(self, n): return 'P.__getattr__(' + n + ')'
    class Q(P):
        @property
        def y(self): return 'Q.prop.y'
        @property
        def z(self): return 'Q.prop.z'
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'z')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: hasattr(q, 'nothing'))
print('--- case 30')
case30()
def case31():
    class P(object):
        @property
        def y(self): raise AttributeError('prop y fails')
        __slots__ = ()
    class Q(P):
        x = NonD('Q.x')
        y = DataD('Q.y')
        z = NonD('Q.z')
        def __getattr__(self, n): return 'Q.__getattr__(' + n + ')'
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: setattr(Q, 'y', 'classattr')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: hasattr(q, 'nothing'))
print('--- case 31')
case31()
def case32():
    class P(object):
        x = NonD('P.x')
        @property
        def z(self): raise AttributeError('prop z fails')
        def __getattr__(self, n): return 'P.__getattr__(' + n + ')'
    class Q(P):
        x = 'Q.x'
        y = 'Q.y'
        z = 'Q.z'
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: setattr(Q, 'y', 'classattr')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: setattr(Q, 'z', 'classattr')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: hasattr(q, 'nothing'))
print('--- case 32')
case32()
def case33():
    class P(object):
        y = NonD('P.y')
        z = 'P.z'
    class Q(P):
        @property
        def x(self): return 'Q.prop.x'
        y = DataD('Q.y')
        z = NonD('Q.z')
        def __setattr__(self, n, v):
            print('Q.__setattr__', n, v)
            object.__setattr__(self, n, v)
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: delattr(q, 'z')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: delattr(q, 'w')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 33')
case33()
def case34():
    class P(object):
        x = DataD('P.x')
        z = NonD('P.z')
    class Q(P):
        x = DataD('Q.x')
        def __getattr__(self, n): return 'Q.__getattr__(' + n + ')'
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'y')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 34')
case34()
def case35():
    class P(object):
        x = DataD('P.x')
        y = DataD('P.y')
        def __getattr__(self, n): return 'P.__getattr__(' + n + ')'
    class Q(P):
        @property
        def x(self): raise AttributeError('prop x fails')
        @property
        def y(self): return 'Q.prop.y'
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'z')); show(lambda: q.z)
    show(lambda: setattr(Q, 'z', 'classattr')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'w')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 35')
case35()
def case36():
    class P(object):
        x = 'P.x'
        @property
        def y(self): return 'P.prop.y'
        @property
        def z(self): return 'P.prop.z'
    class Q(P):
        x = 'Q.x'
        @property
        def y(self): return 'Q.prop.y'
        z = DataD('Q.z')
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: delattr(q, 'z')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(q, 'w', 'inst'))
    show(lambda: q.w); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: hasattr(q, 'nothing'))
print('--- case 36')
case36()
def case37():
    class P(object):
        @property
        def x(self): return 'P.prop.x'
        y = DataD('P.y')
    class Q(P):
        @property
        def x(self): raise AttributeError('prop x fails')
        y = 'Q.y'
        def __setattr__(self, n, v):
            print('Q.__setattr__', n, v)
            object.__setattr__(self, n, v)
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: setattr(q, 'x', 'inst'))
    show(lambda: q.x); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'x')); show(lambda: q.x)
    show(lambda: setattr(Q, 'x', 'classattr')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(Q, 'z', 'classattr')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 37')
case37()
def case38():
    class P(object):
        x = DataD('P.x')
        y = NonD('P.y')
        def __getattr__(self, n): return 'P.__getattr__(' + n + ')'
    class Q(P):
        x = DataD('Q.x')
        z = DataD('Q.z')
        def __getattr__(self, n): return 'Q.__getattr__(' + n + ')'
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: delattr(q, 'x')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'y')); show(lambda: q.y)
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: delattr(q, 'z')); show(lambda: q.z)
    show(lambda: setattr(Q, 'z', 'classattr')); show(lambda: q.z)
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: setattr(Q, 'w', 'classattr')); show(lambda: q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 38')
case38()
def case39():
    class P(object):
        @property
        def y(self): raise AttributeError('prop y fails')
        z = DataD('P.z')
    class Q(P):
        x = 'Q.x'
        y = DataD('Q.y')
        z = NonD('Q.z')
    q = Q()
    show(lambda: q.x); show(lambda: Q.x)
    show(lambda: delattr(q, 'x')); show(lambda: q.x)
    show(lambda: q.y); show(lambda: Q.y)
    show(lambda: setattr(q, 'y', 'inst'))
    show(lambda: q.y); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.z); show(lambda: Q.z)
    show(lambda: setattr(q, 'z', 'inst'))
    show(lambda: q.z); show(lambda: vars(q) if hasattr(q, '__dict__') else 'nodict')
    show(lambda: q.w); show(lambda: Q.w)
    show(lambda: hasattr(q, 'nothing'))
print('--- case 39')
case39()
