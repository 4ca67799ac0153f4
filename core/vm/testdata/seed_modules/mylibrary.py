a = 10
b = 20
def func():
    return globals()
