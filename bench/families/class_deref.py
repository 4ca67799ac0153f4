# Class body inside a function: a free variable of the class body is read
# with LOAD_CLASSDEREF (the class namespace first, then the cell).
N = 2000000


def make():
    step = 3

    class Acc:
        total = 0
        for i in range(N):
            total = total + step
        del i

    return Acc.total


print(make())
