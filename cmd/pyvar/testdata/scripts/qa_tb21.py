def f():
    x = {"a": [1, 2]}
    return x["a"][5]
f()
