# Closure counter: the counter lives in a cell (LOAD_DEREF/STORE_DEREF).
N = 3000000


def make_counter():
    count = 0

    def bump():
        nonlocal count
        for i in range(N):
            count += 1
        return count

    return bump


print(make_counter()())
