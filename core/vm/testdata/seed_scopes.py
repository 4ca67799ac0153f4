def f():
    def g():
        print(a)
    a = 'assigned'
    g()
    a = 'reassigned'
    g()

f()

def f():
    def g():
        nonlocal a
        a = 'reassigned'
    a = 'assigned'
    print(a)
    g()
    print(a)

f()

def get_counter(start=0):
    def count():
        nonlocal c
        c += 1
        return c

    c = start - 1
    return count

count = get_counter()
print(count())
print(count())

a = 1
d = 1

def f():
    b = 1
    def g():
        global d
        c = 1
        d = 1
        return a + b + c + d
    return g()
print(f())

import sys
print(globals() is sys.modules['__main__'].__dict__)

def top_bun(w):
    a = 1
    def spam_meat(y):
        nonlocal a
        a = a + y
        def bottom_bun(x):
            return a + x
        return bottom_bun
    return spam_meat(w)

print(top_bun.__code__.co_cellvars)
print(top_bun.__code__.co_freevars)
print(top_bun.__code__.co_consts[2].co_cellvars)
print(top_bun.__code__.co_consts[2].co_freevars)
print(top_bun.__code__.co_consts[2].co_consts[1].co_cellvars)
print(top_bun.__code__.co_consts[2].co_consts[1].co_freevars)
sandwich = top_bun(100)
print(len(sandwich.__closure__), type(sandwich.__closure__[0]).__name__, sandwich.__closure__[0].cell_contents)
print(sandwich.__code__.co_freevars, sandwich(5))
