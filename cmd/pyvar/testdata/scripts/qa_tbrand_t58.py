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
    try:
        f3()
    except Exception as e:
        raise AppError('level 2')

def f3():
    x = f4()

def f4():
    try:
        f5()
    except Exception as e:
        raise AppError('level 4')

def f5():
    def gg():
        yield 1
        undefined_name
    list(gg())

print('start')
f0()
