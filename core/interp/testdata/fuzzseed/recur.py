def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15))
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("recursion", e)
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError:
    print("repr recursion")
t = ()
for _ in range(50):
    t = (t,)
print(len(str(t)), hash(t) == hash(t))
