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
print(a, Spam.a)
class Eggs:
    a = a + 1
    a = a + 1
print(a, Eggs.a)
def spam():
    a = a + 1
try:
    spam()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
a = 'global'
class Spam:
    a = 'class local'
    class Eggs:
        b = a
        a = 'local'
        a = a + '!'
print(a, Spam.a, Spam.Eggs.a, Spam.Eggs.b)
a = 100
class Spam:
    a = 101
    def __init__(self, some_num):
        self.a = a + some_num
eggs = Spam(1000)
print(eggs.a)
print(repr(Spam.__init__)[:31], repr(eggs.__init__)[:50])
print(eggs.__init__.__func__ is Spam.__init__, eggs.__init__.__self__ is eggs)
code = compile(r'''
a = 100
class Spam:
    a = 101
    def __init__(self, some_num):
        self.a = __class__.a + some_num
eggs = Spam(1000)
print(eggs.a)
print(Spam.__init__.__code__.co_freevars)
print(repr(Spam.__init__.__closure__)[:20])
print(Spam.__init__.__closure__[0].cell_contents is Spam)
''', '', 'exec')
exec(code)
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
f()
def f2():
    x = 'enclosing'
    class C:
        print(x)
        locals()['x'] = 'class local'
        print(x)
    class D:
        x = x if False else 'own'
        print(x)
f2()
g = {}
exec('f = lambda: spam', g)
g['spam'] = 'global spam'
print(g['f']())
g['__builtins__'] = {'spam': 'builtin spam'}
del g['spam']
try:
    print(g['f']())
except NameError as e:
    print("NameError", e)
g2 = {'__builtins__': {'spam': 'custom builtins'}}
exec('f = lambda: spam', g2)
print(g2['f']())
del g2['__builtins__']
print(g2['f']())
