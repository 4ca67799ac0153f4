print(type(reversed([])).__name__, list(reversed([1,2,3])), type(reversed((1,))).__name__, type(reversed(range(3))).__name__, type(reversed("ab")).__name__)
class C:
    __contains__ = None
    def __iter__(self): return iter([1])
try: 1 in C()
except TypeError as e: print(e)
