# gc.collect() returns only once every link of a dropped chain of objects
# with __del__ (each link freed by the one before it, one Go collection
# per link) and a generator suspended in a try block that a link held have
# been finalized.
import gc

seen = []


class Link:
    def __init__(self, name, nxt=None):
        self.name = name
        self.nxt = nxt

    def __del__(self):
        seen.append(self.name)


def gen(tag):
    try:
        yield 1
    finally:
        seen.append(tag)


def chain(n, prefix):
    head = None
    for i in range(n):
        head = Link(prefix + str(i), head)
    return head


for rnd in range(3):
    c = chain(8, "a")
    g = gen("g")
    next(g)
    c.nxt.nxt.gen = g
    del g, c
    gc.collect()
    print(rnd, sorted(seen))
    seen.clear()

keep = chain(3, "k")
c = chain(20, "b")
del c
gc.collect()
print(len(seen), sorted(seen)[:3])
