# A counter closure outlives the frame that created its cell.
def make_counter(start):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


c1 = make_counter(10)
c2 = make_counter(100)
print(c1(), c1(), c1(5))
print(c2(), c1())
print(c1.__code__.co_freevars, make_counter.__code__.co_cellvars)
print(type(c1.__closure__[0]).__name__, c1.__closure__[0].cell_contents)
