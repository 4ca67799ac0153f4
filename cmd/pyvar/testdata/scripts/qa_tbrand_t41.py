class AppError(Exception):
    pass

def f0():
    class K:
        def m(self):
            f1()
    K().m()

def f1():
    try:
        f2()
    except Exception as e:
        raise AppError('level 1')

def f2():
    try:
        f3()
    except Exception as e:
        raise AppError('level 2') from None

def f3():
    g = lambda: f4()
    g()

def f4():
    try:
        assert False, 'assertion msg'
    finally:
        pass

print('start')
f0()
