# del of each kind: DELETE_NAME, DELETE_GLOBAL, DELETE_FAST, DELETE_DEREF.
m = 1
del m
try:
    m
except NameError as e:
    print("module:", e)

g = 2


def del_global():
    global g
    del g


del_global()
print("g" in globals())
try:
    del_global()
except NameError as e:
    print("global:", e)


def del_fast():
    v = 3
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "fast: " + str(e)


print(del_fast())


def del_deref():
    c = 4

    def read():
        return c

    del c
    try:
        return read()
    except NameError as e:
        return "deref: " + str(e)


print(del_deref())


def del_twice():
    w = 5
    del w
    del w


try:
    del_twice()
except UnboundLocalError as e:
    print("twice:", e)

items = [1, 2, 3, 4]
del items[1], items[-1]
print(items)
