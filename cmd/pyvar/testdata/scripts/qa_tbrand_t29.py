class AppError(Exception):
    pass

def f0():
    try:
        f1()
    except Exception as e:
        raise AppError('level 0') from e

def f1():
    class K:
        def m(self):
            f2()
    K().m()

def f2():
    try:
        f3()
    finally:
        pass

def f3():
    try:
        f4()
    except Exception as e:
        raise AppError('level 3') from e

def f4():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): return False
    with CM():
        f5()

def f5():
    class K:
        def m(self):
            undefined_name
    K().m()

print('start')
f0()
