class AppError(Exception):
    pass

def f0():
    g = lambda: f1()
    g()

def f1():
    try:
        f2()
    finally:
        pass

def f2():
    class K:
        def m(self):
            f3()
    K().m()

def f3():
    try:
        f4()
    finally:
        pass

def f4():
    try:
        f5()
    except Exception as e:
        raise AppError('level 4') from None

def f5():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): return False
    with CM():
        None.attr

print('start')
f0()
