# everyday program: inventory, text stats, algorithms
from math import sqrt
class Item:
    __slots__ = ("name", "price", "qty")
    def __init__(self, name, price, qty=1):
        self.name, self.price, self.qty = name, price, qty
    def total(self): return self.price * self.qty
    def __repr__(self): return f"Item({self.name!r}, {self.price:.2f}, qty={self.qty})"
class Inventory:
    def __init__(self): self._items = {}
    def add(self, item):
        if item.name in self._items:
            self._items[item.name].qty += item.qty
        else:
            self._items[item.name] = item
        return self
    def __iter__(self): return iter(sorted(self._items.values(), key=lambda i: (-i.total(), i.name)))
    def __len__(self): return len(self._items)
    def __contains__(self, name): return name in self._items
    def value(self): return round(sum(i.total() for i in self), 2)
inv = Inventory()
inv.add(Item("apple", 0.5, 10)).add(Item("pear", 0.75, 4)).add(Item("apple", 0.5, 2)).add(Item("melon", 3.2))
print(len(inv), "apple" in inv, inv.value())
for it in inv:
    print(f"{it.name:<8}{it.qty:>4}{it.total():>8.2f}")
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top, len(words), len(set(words)))
print(" ".join(w.capitalize() for w in text.splitlines()[0].split()[:4]))
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(sqrt(n)) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(sieve) if p]
print(primes(60))
def queens(n):
    sols = []
    def place(row, cols, d1, d2, acc):
        if row == n:
            sols.append(acc)
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc + [c])
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols
print(len(queens(6)), queens(6)[0])
memo = {}
def fib(n):
    if n in memo: return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(90), [fib(i) for i in range(10)])
def flatten(x):
    for e in x:
        if isinstance(e, (list, tuple)):
            yield from flatten(e)
        else:
            yield e
print(list(flatten([1, [2, (3, [4, 5]), 6], [[7]]])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], sum(map(sum, matrix)), max(max(r) for r in matrix))
def binsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x: lo = mid + 1
        else: hi = mid
    return lo
data = sorted([5, 1, 9, 3, 7])
print(data, [binsearch(data, v) for v in (0, 3, 6, 10)])
print("{:>10}|{:^10}|{:<10}|".format("right", "center", "left"))
print(sorted("hello world".replace(" ", "")), "".join(sorted(set("mississippi"))))
