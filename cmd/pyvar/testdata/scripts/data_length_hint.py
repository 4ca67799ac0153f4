# __length_hint__ when an iterable is gathered into a list or tuple:
# list.extend ignores a hint that overflows the new length (it may lie),
# list(), tuple(), sorted() and slice assignment honour it (a huge one is
# a MemoryError) and pass on its errors.
import sys


class CI:
    def __init__(self, hint, items=()):
        self.hint = hint
        self.items = list(items)

    def __iter__(self):
        return self

    def __next__(self):
        if self.items:
            return self.items.pop(0)
        raise StopIteration

    def __length_hint__(self):
        return self.hint


def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)


def extend(a, it):
    a.extend(it)
    return a


def setslice(a, s, it):
    a[s] = it
    return a


for h in [sys.maxsize, sys.maxsize - 2, 2**62, 3, 0, -1, 2**63, 'x', None, NotImplemented]:
    print("hint", h)
    t(" list.extend", lambda: extend([1, 2, 3], CI(h, [9])))
    t(" list()", lambda: list(CI(h, [9])))
    t(" tuple()", lambda: tuple(CI(h, [9])))
    t(" sorted", lambda: sorted(CI(h, [9])))
    t(" set", lambda: set(CI(h, [9])))
    t(" slice assign", lambda: setslice([1, 2], slice(0, 1), CI(h, [9])))
    t(" list +=", lambda: extend([1], CI(h, [9])))
    t(" unpack", lambda: [*CI(h, [9])])
    t(" map", lambda: list(map(abs, CI(h, [-9]))))
t("slice int", lambda: setslice([1, 2], slice(0, 1), 5))
t("ext slice int", lambda: setslice([1, 2], slice(0, 2, 2), 5))
t("slice gen", lambda: setslice([1, 2, 3], slice(1, 2), (x for x in 'ab')))
t("slice self", lambda: (lambda a: setslice(a, slice(1, None), a))([1, 2]))
