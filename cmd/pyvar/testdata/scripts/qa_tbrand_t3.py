class AppError(Exception):
    pass

def f0():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): return False
    with CM():
        f1()

def f1():
    try:
        f2()
    except Exception as e:
        raise AppError('level 1') from None

def f2():
    class K:
        def m(self):
            raise KeyError
    K().m()

print('start')
f0()
