# _heapq and _bisect: CPython's test_heapq and test_bisect, on the native
# modules directly (no Lib needed).
import _heapq as heapq
import _bisect as bisect


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


class LCG:
    def __init__(self, seed):
        self.x = seed

    def random(self):
        self.x = (self.x * 1103515245 + 12345) % 2**31
        return self.x / 2**31


rnd = LCG(42)


def check_invariant(heap):
    for pos, item in enumerate(heap):
        if pos:
            parentpos = (pos - 1) >> 1
            assert heap[parentpos] <= item, (pos, heap)


def check_max_invariant(heap):
    for pos, item in enumerate(heap):
        if pos:
            parentpos = (pos - 1) >> 1
            assert heap[parentpos] >= item


# push/pop
heap = []
data = []
check_invariant(heap)
for i in range(256):
    item = rnd.random()
    data.append(item)
    heapq.heappush(heap, item)
    check_invariant(heap)
results = []
while heap:
    item = heapq.heappop(heap)
    check_invariant(heap)
    results.append(item)
data_sorted = data[:]
data_sorted.sort()
print('push/pop sorted:', data_sorted == results)
check_invariant(results)
show('push none', lambda: heapq.heappush([]))
show('push none2', lambda: heapq.heappush(None, None))
show('pop none', lambda: heapq.heappop(None))
show('pop empty', lambda: heapq.heappop([]))

# heapify
for size in list(range(30)) + [20000]:
    heap = [rnd.random() for dummy in range(size)]
    heapq.heapify(heap)
    check_invariant(heap)
print('heapify ok')
show('heapify none', lambda: heapq.heapify(None))
h = [5, 3, 8, 1, 9, 2, 7]
heapq.heapify(h)
print(h)
h = list(range(3000, 0, -1))
heapq.heapify(h)
print(h[:12], h[-5:])

# naive nbest, heapsort
data = [int(rnd.random() * 2000) for i in range(1000)]
heap = []
for item in data:
    heapq.heappush(heap, item)
    if len(heap) > 10:
        heapq.heappop(heap)
heap.sort()
print(heap == sorted(data)[-10:])
heap = data[:10]
heapq.heapify(heap)
for item in data[10:]:
    if item > heap[0]:
        heapq.heapreplace(heap, item)
print(sorted(heap) == sorted(data)[-10:])
heap = data[:10]
heapq.heapify(heap)
for item in data[10:]:
    heapq.heappushpop(heap, item)
print(sorted(heap) == sorted(data)[-10:])
for trial in range(100):
    size = int(rnd.random() * 50)
    data = [int(rnd.random() * 25) for i in range(size)]
    if trial & 1:
        heap = data[:]
        heapq.heapify(heap)
    else:
        heap = []
        for item in data:
            heapq.heappush(heap, item)
    heap_sorted = [heapq.heappop(heap) for i in range(size)]
    assert heap_sorted == sorted(data)
print('heapsort ok')

# heappushpop, heapreplace
h = []
x = heapq.heappushpop(h, 10)
print(h, x)
h = [10]
x = heapq.heappushpop(h, 10.0)
print(h, x, type(h[0]), type(x))
h = [10]
x = heapq.heappushpop(h, 9)
print(h, x)
h = [10]
x = heapq.heappushpop(h, 11)
print(h, x)
show('replace empty', lambda: heapq.heapreplace([], None))
show('replace none', lambda: heapq.heapreplace(None, None))
show('replace 1 arg', lambda: heapq.heapreplace([]))
h = [1, 3, 2]
print(heapq.heapreplace(h, 5), h)
show('pushpop none', lambda: heapq.heappushpop(None, 1))
show('push kw', lambda: heapq.heappush([], item=1))

# max variants
for size in range(30):
    heap = [rnd.random() for dummy in range(size)]
    heapq._heapify_max(heap)
    check_max_invariant(heap)
h = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(h)
print(h, heapq._heappop_max(h), h, heapq._heapreplace_max(h, 0), h)
show('pop max empty', lambda: heapq._heappop_max([]))
show('replace max empty', lambda: heapq._heapreplace_max([], 1))
show('heapify max int', lambda: heapq._heapify_max(1))

# comparison errors
class NotComparable:
    pass


show('push uncomparable', lambda: heapq.heappush([NotComparable()], NotComparable()))
show('heapify mixed', lambda: heapq.heapify([1, 'a', 2]))


class CmpErr:
    def __eq__(self, other):
        raise ZeroDivisionError

    __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __eq__


s = [CmpErr(), CmpErr(), CmpErr()]
for f in (heapq.heapify, heapq.heappop):
    show(f.__name__ + ' cmp err', lambda: f(s))
for f in (heapq.heappush, heapq.heapreplace, heapq.heappushpop):
    show(f.__name__ + ' cmp err', lambda: f(s, 10))


class EvilClass(int):
    def __lt__(self, o):
        heap.clear()
        return NotImplemented


heap = []
heapq.heappush(heap, EvilClass(0))
show('push mutating', lambda: heapq.heappushpop(heap, 1))
heap = [EvilClass(0), 3, 4]
show('pop mutating', lambda: heapq.heappop(heap))


class SideEffectLT:
    def __init__(self, value, heap):
        self.value = value
        self.heap = heap

    def __lt__(self, other):
        self.heap[:] = []
        return self.value < other.value


heap = []
heap.extend(SideEffectLT(i, heap) for i in range(200))
show('heapify resize', lambda: heapq.heapify(heap))
heap = []
heap.extend(SideEffectLT(i, heap) for i in range(200))
show('pop resize', lambda: heapq.heappop(heap))
heap = []
heap.extend(SideEffectLT(i, heap) for i in range(200))
show('push resize', lambda: heapq.heappush(heap, SideEffectLT(5, heap)))


class LtCounter:
    calls = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        LtCounter.calls.append((self.v, other.v))
        return self.v < other.v


h = [LtCounter(v) for v in [5, 2, 8, 1, 9, 3]]
heapq.heapify(h)
print([x.v for x in h], LtCounter.calls)
LtCounter.calls.clear()
heapq.heappop(h)
heapq.heappush(h, LtCounter(0))
print([x.v for x in h], LtCounter.calls)
print(sorted(n for n in dir(heapq) if not n.startswith('__')), heapq.heappush.__name__)

# bisect
precomputed = [
    (bisect.bisect_right, [], 1, 0), (bisect.bisect_right, [1], 0, 0), (bisect.bisect_right, [1], 1, 1),
    (bisect.bisect_right, [1], 2, 1), (bisect.bisect_right, [1, 1], 0, 0), (bisect.bisect_right, [1, 1], 1, 2),
    (bisect.bisect_right, [1, 1], 2, 2), (bisect.bisect_right, [1, 2], 1.5, 1), (bisect.bisect_right, [1, 2, 3, 4], 2.5, 2),
    (bisect.bisect_right, [1, 2, 2, 2, 3], 2, 4), (bisect.bisect_left, [], 1, 0), (bisect.bisect_left, [1], 1, 0),
    (bisect.bisect_left, [1, 1], 1, 0), (bisect.bisect_left, [1, 2, 2, 2, 3], 2, 1), (bisect.bisect_left, [1, 2, 3], 5, 3),
    (bisect.bisect_left, [1, 2, 3], 0, 0), (bisect.bisect_left, [1.0, 2.0], 2, 1)]
print(all(func(data, elem) == expected for func, data, elem, expected in precomputed))
for func, data, elem, expected in precomputed:
    assert func(data, elem) == expected
    assert func(tuple(data), elem) == expected
    assert func(range(0) if not data else data, elem) == expected
ok = True
for i in range(60):
    data = sorted(int(rnd.random() * 20) for j in range(i))
    elem = int(rnd.random() * 22) - 1
    ip = bisect.bisect_left(data, elem)
    if ip < len(data) and not elem <= data[ip]:
        ok = False
    if ip > 0 and not data[ip - 1] < elem:
        ok = False
    ip = bisect.bisect_right(data, elem)
    if ip < len(data) and not elem < data[ip]:
        ok = False
    if ip > 0 and not data[ip - 1] <= elem:
        ok = False
    for lo in range(4):
        for hi in range(3, 8):
            hi = min(len(data), hi)
            ip = bisect.bisect_left(data, elem, lo, hi)
            if not lo <= ip <= hi:
                ok = False
print('random bisects ok:', ok)
print(bisect.bisect_left(range(100), 42, 0, 100), bisect.bisect_right(range(10), 5, hi=-1), bisect.bisect_right([1, 2, 3], 2, 0, -5))
show('lo neg', lambda: bisect.bisect_left([1, 2, 3], 5, -1, 3))
show('lo neg right', lambda: bisect.bisect_right([1, 2, 3], 5, -1, 3))
show('insort lo neg', lambda: bisect.insort_left([1, 2, 3], 5, -1, 3))
show('lo str', lambda: bisect.bisect_left([1, 2, 3], 5, 'a'))
show('hi str', lambda: bisect.bisect_left([1, 2, 3], 5, 0, 'a'))
show('hi float', lambda: bisect.bisect_left([1, 2, 3], 5, 0, 2.0))
show('hi big', lambda: bisect.bisect_left([1, 2, 3], 5, 0, 2**70))
show('lo big', lambda: bisect.bisect_left([1, 2, 3], 5, 2**70))
show('hi oob', lambda: bisect.bisect_left([1, 2, 3], 5, 0, 10))
show('not seq', lambda: bisect.bisect_left(10, 10))
show('not seq hi', lambda: bisect.bisect_left(10, 10, 0, 5))
show('dict', lambda: bisect.bisect_left({1: 2}, 1, 0, 1))
show('no args', lambda: bisect.bisect_left())
show('5 pos', lambda: bisect.bisect_left([], 1, 0, 0, None))
show('by name and pos', lambda: bisect.bisect_left([], 1, x=1))
show('bad kw', lambda: bisect.bisect_left([], 1, foo=1))
show('uncomparable', lambda: bisect.bisect_left([1, 2], 'a'))
print(bisect.bisect_left(a=[1, 2, 3], x=2, lo=0, hi=3), bisect.bisect_right([1, 2, 3], x=2, hi=None))

# insort
data = []
for i in range(200):
    digit = int(rnd.random() * 10)
    if digit in (2, 6):
        f = bisect.insort_left
    else:
        f = bisect.insort_right
    f(data, digit)
print(data == sorted(data), len(data))


class List(list):
    data = []

    def insert(self, index, item):
        self.data.insert(index, item)


lst = List()
bisect.insort_left(lst, 10)
bisect.insort_right(lst, 5)
print(lst, List.data)
show('insort tuple', lambda: bisect.insort_right((), 1))

# key=
data = [('a', 3), ('b', 1), ('c', 4), ('d', 1), ('e', 5)]
data.sort(key=lambda r: r[1])
keys = [r[1] for r in data]
print(data)
for x in range(7):
    assert bisect.bisect_left(data, x, key=lambda r: r[1]) == bisect.bisect_left(keys, x)
    assert bisect.bisect_right(data, x, key=lambda r: r[1]) == bisect.bisect_right(keys, x)
print('key bisects ok')
bisect.insort_left(data, ('f', 1), key=lambda r: r[1])
bisect.insort_right(data, ('g', 1), key=lambda r: r[1])
bisect.insort(data, ('h', 9), key=lambda r: r[1]) if hasattr(bisect, 'insort') else bisect.insort_right(data, ('h', 9), key=lambda r: r[1])
print(data)
show('key raises', lambda: bisect.bisect_left([1, 2], 1, key=lambda v: 1 / 0))
show('key not callable', lambda: bisect.bisect_left([1, 2], 1, key=5))
print(bisect.bisect_left([1, 2], 1, key=None), bisect.insort_left([], 1, key=None))
print(sorted(n for n in dir(bisect) if not n.startswith('__')))
