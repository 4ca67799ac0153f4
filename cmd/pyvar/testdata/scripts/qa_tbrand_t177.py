class AppError(Exception):
    pass

def f0():
    def gg():
        yield 1
        f1()
    list(gg())

def f1():
    g = lambda: f2()
    g()

def f2():
    try:
        undefined_name
    except Exception as e:
        raise AppError('level 2')

print('start')
f0()
