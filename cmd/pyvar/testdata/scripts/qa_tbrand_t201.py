class AppError(Exception):
    pass

def f0():
    class K:
        def m(self):
            f1()
    K().m()

def f1():
    g = lambda: 1 / 0
    g()

print('start')
f0()
