class AppError(Exception):
    pass

def f0():
    x = f1()

def f1():
    x = f2()

def f2():
    try:
        {}['key']
    except Exception as e:
        raise AppError('level 2')

print('start')
f0()
