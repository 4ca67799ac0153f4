# list.sort notices any change made to the list while it sorts, even one
# that is undone before the sort ends.
from functools import cmp_to_key

def attempt(label, lst, **kw):
    try:
        lst.sort(**kw)
        print(label, 'sorted', lst)
    except ValueError as e:
        print(label, 'ValueError', e, lst)

L = [3, 1, 2]
def append_pop(x, y):
    L.append(0)
    L.pop()
    return (x > y) - (x < y)
attempt('append+pop', L, key=cmp_to_key(append_pop))

M = [3, 1, 2]
def clear_key(x):
    M.clear()
    return x
attempt('clear', M, key=clear_key)

N = [5, 4]
def seen(x):
    print('during sort the list looks like', N, len(N))
    try:
        N.pop()
    except IndexError as e:
        print('IndexError', e)
    return x
attempt('looks empty', N, key=seen)

P = [2, 1]
def refill(x):
    P[:] = [9, 9, 9]
    return x
attempt('refill', P, key=refill)

attempt('untouched', [3, 2, 1])
attempt('empty', [], key=lambda x: x)
