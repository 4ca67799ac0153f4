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
        raise AppError('level 2')

def f3():
    try:
        [][3]
    except Exception as e:
        raise AppError('level 3')

print('start')
f0()
