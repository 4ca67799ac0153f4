a = "Hello"
b = "Goodbye"
import mylibrary
print(globals()['a'])
print(mylibrary.func()['a'])
from mylibrary import func
print(func()['b'])
import foo
print(foo.outer_call())
def terminal_call():
    return 'main'
print(foo.outer_call(), terminal_call())
print(vars(mylibrary) is mylibrary.__dict__, mylibrary.__name__, type(mylibrary.__builtins__).__name__)
