# type.__annotations__ and module.__annotations__ as 3.10 makes them: own dict, created on first use.
class A:
    x: int
class B(A): pass
print(B.__annotations__, 'B has', '__annotations__' in B.__dict__, A.__annotations__)
print(int.__dict__.get('__annotations__'))
try:
    print(int.__annotations__)
except AttributeError as e:
    print(e)
m = type(__builtins__ if isinstance(__builtins__, type(A)) else __import__('sys'))('m')
print(m.__annotations__, '__annotations__' in m.__dict__)
B.__annotations__ = {'y': 1}; print(B.__annotations__); del B.__annotations__
try:
    del B.__annotations__
except AttributeError as e:
    print(e)
print(type.__dict__['__annotations__'], B.__annotations__)
def f(a: int): pass
print(f.__annotations__, __annotations__)
