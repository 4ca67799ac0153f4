class AppError(Exception):
    pass

def f0():
    try:
        f1()
    except Exception as e:
        raise AppError('level 0')

def f1():
    try:
        f2()
    except Exception as e:
        raise AppError('level 1')

def f2():
    def gg():
        yield 1
        f3()
    list(gg())

def f3():
    try:
        f4()
    except Exception as e:
        raise AppError('level 3') from e

def f4():
    class K:
        def m(self):
            f5()
    K().m()

def f5():
    try:
        int('x')
    except Exception as e:
        raise AppError('level 5')

print('start')
f0()
