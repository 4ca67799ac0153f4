# dict(iterable of pairs) and update() reserve from sized built-in sources
keys = ["k%d" % i for i in range(300)]
d = dict(zip(keys, range(1000)))
print(len(d), d["k0"], d["k299"], list(d)[-2:])
d = dict(zip(range(5), keys))
print(d)
d = dict(enumerate(keys))
print(len(d), d[0], d[299])
d = dict([(i % 10, i) for i in range(200)])    # duplicates
print(d)
d = dict(tuple((i, -i) for i in range(50)))
print(len(d), d[49])
d = dict(zip(keys, iter(range(20))))
print(len(d), list(d.items())[-1])
it = zip(range(100), range(100))
next(it); next(it)
d = dict(it)
print(len(d), min(d), max(d))
d = {}
d.update(zip(range(40), range(40)))
d.update(zip(range(20, 60), range(40)))
print(len(d), d[59], d[20])
class L(list):
    def __len__(self):
        print("len called")
        return 1000
print(dict(L([(1, 2), (3, 4)])))
try:
    dict([(1, 2)] * 20 + [(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)
try:
    dict(zip(range(20), [[1]] * 5, range(20)))
except ValueError as e:
    print("ValueError", e)
try:
    dict(zip([[1]] * 20, range(20)))
except TypeError as e:
    print("TypeError", e)
