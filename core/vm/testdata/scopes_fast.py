def f(x):
    y = x
    return y

print(f(1), f('a'))

def g():
    a = 1
    def h():
        return a
    a = 2
    return h

print(g()())

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())
print(c.__closure__[0].cell_contents)

x = 'global'
def show():
    return x
def shadow():
    x = 'local'
    return x
print(show(), shadow())

def setg():
    global x
    x = 'changed'
setg()
print(x)

len = lambda s: 42
print(len([1, 2]))
del len
print(len([1, 2]))

def unbound():
    a += 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print(e)

def free_unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(e)
    w = 1
free_unbound()

def cell_unbound():
    def inner():
        return q
    print(q)
    q = 1
try:
    cell_unbound()
except UnboundLocalError as e:
    print(e)

def del_cell():
    z = 1
    def inner():
        return z
    del z
    try:
        inner()
    except NameError as e:
        print(e)
del_cell()

try:
    print(undefined_name)
except NameError as e:
    print(e)

gg = 1
del gg
try:
    gg
except NameError as e:
    print(e)

def delg():
    global gg
    del gg
try:
    delg()
except NameError as e:
    print(e)

for i in range(3):
    pass
print(i)
total = 0
for i in range(10):
    total += i
print(total)
