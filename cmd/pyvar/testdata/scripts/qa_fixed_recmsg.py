class A:
    def __str__(self): return str(self)
try:
    str(A())
except RecursionError as e:
    print('RecursionError', e)
def f(): return f()
try:
    f()
except RecursionError as e:
    print('RecursionError', e)
class B:
    def __getattr__(self, n): return self.x
try:
    B().y
except RecursionError as e:
    print('RecursionError', e)
