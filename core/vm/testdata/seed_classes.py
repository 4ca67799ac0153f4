a = 1

class Foo1:
    a += 1

    def __init__(self):
        global a
        self.local_a = a + 1

    class Foo2:
        a += 100

        def __init__(self):
            global a
            self.local_a = a + 1

f = Foo1()
g = Foo1.Foo2()
print(a, Foo1.a, Foo1.Foo2.a, f.local_a, g.local_a)

class Spam:
    a = a + 1
assert a == 1 and Spam.a == 2

class Eggs:
    a = a + 1
    a = a + 1
assert a == 1 and Eggs.a == 3

def spam():
    a = a + 1
try:
    spam()
except UnboundLocalError as e:
    print(e)

a = 'global'
class Spam:
    a = 'class local'
    class Eggs:
        b = a
        a = 'local'
        a = a + '!'

assert a == 'global'
assert Spam.a == 'class local'
assert Spam.Eggs.a == 'local!'
assert Spam.Eggs.b == 'global'
print(Spam.Eggs.a, Spam.Eggs.b)

class Foo1:
    global a
    a = 'set by Foo1'
    class Foo2:
        global a
        a = a + ' and Foo2'
print(a)

a = 100
class Spam:
    a = 101
    def __init__(self, some_num):
        self.a = a + some_num
s = Spam(1000)
print(s.a, s.__init__.__func__ is Spam.__init__, s.__init__.__self__ is s)

code = compile(r'''
a = 100
class Spam:
    a = 101
    def __init__(self, some_num):
        self.a = __class__.a + some_num
eggs = Spam(1000)
print(eggs.a)
''', '', 'exec')
exec(code)
Spam = globals()['Spam']
print(Spam.__init__.__code__.co_freevars)
print(Spam.__init__.__closure__[0].cell_contents is Spam)

def f():
    x = 'nonlocal 1'
    class C:
        nonlocal x
        print(x)
        x = 'nonlocal 2'
        print(x)
        x = 'nonlocal 3'
        print(x)
        locals()['x'] = 'local'
        print(x)
        del locals()['x']
        print(x)
    return x
print(f())

def g():
    x = 'enclosing'
    class C:
        y = x
        locals()['x'] = 'class ns'
        z = x
    return C.y, C.z
print(g())
