def f(a):
    return [i for i in a if (j := i) for j in a]
