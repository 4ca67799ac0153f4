import functools

def deco(fn):
    return fn

@deco
@functools.lru_cache(maxsize=None)
def f(x):
    return x

@deco
class C:
    @staticmethod
    def s():
        pass
    @property
    def p(self):
        return 1
