def a():
    b()
def b():
    try:
        {}["k"]
    except KeyError:
        c()
def c():
    raise ValueError("in c")
print("start")
a()
