# class bodies: LOAD_NAME vs LOAD_CLASSDEREF vs LOAD_GLOBAL subtleties
x = "global"
def f1():
    x = "enclosing"
    class A:
        r1 = x          # LOAD_CLASSDEREF -> enclosing (not assigned in class)
    class B:
        r1 = x          # LOAD_NAME -> class ns, then GLOBAL (assigned later in class)
        x = "class"
        r2 = x
    class C:
        global x
        r1 = x          # LOAD_GLOBAL
    class D:
        exec("x = 'exec-set'")
        r1 = x          # CLASSDEREF checks class ns first -> exec-set
    return A.r1, B.r1, B.r2, C.r1, D.r1
print(f1())
def f2():
    y = "enc"
    class A:
        def m(self):
            return y
        y = "class-y"
    return A().m(), A.y
print(f2())
def f3():
    class A:
        z = "class z"
        def m(self):
            return z
    z = "enclosing z assigned after class"
    return A().m()
print(f3())
def f4():
    v = 1
    class A:
        v = v + 1 if False else 5
        w = [v for _ in range(1)]
    return A.v, A.w
print(f4())
# del in class body
def f5():
    n = "enc"
    class A:
        n = "cls"
        del n
        after = n
    return A.after
try:
    print(f5())
except NameError as e:
    print('NameError', e)
class TopDel:
    x = "cls"
    del x
    after = x
print(TopDel.after)
# names in class body starting with __ are mangled, but not dunder names
class Mg:
    __a = 1
    __b__ = 2
    c = __a + __b__
print(Mg.c, sorted(k for k in Mg.__dict__ if "a" in k or "b" in k))
# nonlocal in nested class method reaching function
def f6():
    counter = 0
    class A:
        def bump(self):
            nonlocal counter
            counter += 1
            return counter
    a = A(); a.bump(); a.bump()
    return counter
print(f6())
# class defined in loop captures loop var via closure
def f7():
    classes = []
    for i in range(3):
        class K:
            val = i
            def get(self): return i
        classes.append(K)
    return [k.val for k in classes], [k().get() for k in classes]
print(f7())
# class keyword args and __prepare__ namespace order
class Ordered:
    b = 1
    a = 2
    def z(self): pass
    c = 3
print([k for k in Ordered.__dict__ if not k.startswith("__")])
