def f(x):
    return x
    print('dead')

def g():
    if 0:
        print('never')
    while 1:
        pass

def h():
    raise ValueError
    x = 2
