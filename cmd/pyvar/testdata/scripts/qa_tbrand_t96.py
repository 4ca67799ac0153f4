class AppError(Exception):
    pass

def f0():
    class K:
        def m(self):
            f1()
    K().m()

def f1():
    g = lambda: f2()
    g()

def f2():
    try:
        f3()
    except Exception as e:
        raise AppError('level 2')

def f3():
    try:
        raise AppError('bottom', 42)
    except Exception as e:
        raise AppError('level 3') from e

print('start')
f0()
