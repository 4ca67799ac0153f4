# A class body inside a function reads the function's variables through
# LOAD_CLASSDEREF: its own namespace first, then the cell.
def make(flavour):
    size = 3

    class Cup:
        contents = flavour
        volume = size * 100

        def describe(self):
            return flavour + " x" + str(size)

    size = 4
    return Cup


Cup = make("tea")
print(Cup.contents, Cup.volume, Cup().describe())


def shadowing():
    v = "from the function"

    class Reader:
        first = v
        v = "from the class"
        second = v

    return Reader.first, Reader.second, v


print(shadowing())


def dynamic_local():
    w = "cell"

    class C:
        locals()["w"] = "namespace"
        got = w

    return C.got


print(dynamic_local())
