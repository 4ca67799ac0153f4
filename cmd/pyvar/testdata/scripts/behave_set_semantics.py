# Set iteration order is CPython's (same table, probing, dummies and
# resizes) for ints and, with PYTHONHASHSEED=0, strs, through every set
# operation; a set key is retried as a frozenset; subclasses may take
# keywords in __init__.
class R:
    x = 12345
    def _n(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.x >> 33
    def randint(self, a, b): return a + self._n() % (b - a + 1)
    def random(self): return self._n() / 2**31
    def choice(self, s): return s[self._n() % len(s)]
random = R()
out = []
def rs():
    k = random.choice(['int','str','mix','neg'])
    n = random.randint(0, 60)
    if k == 'int': return [random.randint(0, 200) for _ in range(n)]
    if k == 'neg': return [random.randint(-100, 10**12) for _ in range(n)]
    if k == 'str': return [''.join(random.choice('abcde') for _ in range(random.randint(0,4))) for _ in range(n)]
    return [random.choice([random.randint(0,50), str(random.randint(0,50)), random.random() < 0.1 and 1.5 or 2])for _ in range(n)]
for trial in range(15):
    a, b = rs(), rs()
    s = set(a); t = set(b)
    out.append(list(s))
    out.append(list(s | t)); out.append(list(s & t)); out.append(list(s - t)); out.append(list(s ^ t))
    u = set(s); u.update(b); out.append(list(u))
    u = set(s); u |= t; out.append(list(u))
    u = set(s); u &= t; out.append(list(u))
    u = set(s); u -= t; out.append(list(u))
    u = set(s); u ^= t; out.append(list(u))
    u = set(s); u.difference_update(b); out.append(list(u))
    u = set(s); u.intersection_update(b); out.append(list(u))
    u = set(s); u.symmetric_difference_update(b); out.append(list(u))
    out.append(list(s.union(b, a))); out.append(list(s.intersection(b))); out.append(list(s.difference(b))); out.append(list(s.symmetric_difference(b)))
    out.append(list(frozenset(a))); out.append(list({x for x in a}))
    out.append(list(set(dict.fromkeys(a)))); out.append(list(set(dict.fromkeys(a).keys())))
    u = set(s)
    for x in b:
        u.discard(x); u.add(x)
        if random.random() < 0.3 and u: u.pop()
    out.append(list(u))
    u = s.copy(); out.append(list(u))
    d = dict.fromkeys(a)
    out.append(list(d.keys() & b)); out.append(list(d.keys() | b)); out.append(list(d.keys() ^ set(b))); out.append(list(d.keys() - b))
    out.append(list(set(b) & d.keys())); out.append(list(set(b) | d.keys())); out.append(list(set(b) - d.keys()))
    u = set(s); u.intersection_update(b, a); out.append(list(u))
    u = set(s); u.difference_update(b, t); out.append(list(u))
    out.append(list(s.intersection(b, a))); out.append(list(s.difference(b, set(a))))
    out.append(list(s.difference(t))); out.append(list(s.difference(d)))
    u = set(s)
    for x in list(u)[::2]: u.remove(x)
    out.append(list(u)); u.clear(); u.update(a)
    while len(u) > 3: u.pop()
    out.append(list(u))
    u = set(s); u -= set(b[:3]); out.append(list(u))
    big = set(range(0, 400, 3)); big -= s; out.append(list(big)[:20])
    u = set(s); u -= big; out.append(list(u))
    u = frozenset(s) | frozenset(b); out.append(list(u))
    out.append(list(frozenset(s).union(b))); out.append(list(frozenset(s) & set(b)))
    out.append(s.isdisjoint(b)); out.append(s.isdisjoint(t)); out.append(list(s ^ set(a[::2])))
for o in out: print(o)

def t(f):
    try: print(f())
    except BaseException as e: print(type(e).__name__, e)
class S(set):
    def __init__(self, a, b=1): super().__init__(a); self.b = b
class F(frozenset):
    def __init__(self, a, b=1): self.b = b
class S2(set): pass
class F2(frozenset): pass
t(lambda: S([1], b=2))
t(lambda: S([1], 2).b)
t(lambda: F([1], b=2))
t(lambda: F([1], 2))
t(lambda: S2([1], b=2))
t(lambda: S2([1], 2))
t(lambda: F2([1], b=2))
t(lambda: set([1], b=2))
t(lambda: frozenset([1], b=2))
t(lambda: set([1], 2))
t(lambda: set.__new__(S2, 1, 2, 3, x=3))
t(lambda: frozenset.__new__(F2, [1,2], x=3))
t(lambda: {1} in {frozenset({1})})
t(lambda: S2([1]) in {frozenset({1})})
t(lambda: {frozenset({1})}.discard({1}))
def g():
    s = {frozenset({1}), 2}; s.remove({1}); return s
t(g)
def g():
    s = {2}; s.remove({1}); return s
t(g)
t(lambda: {2}.discard([1]))
class Clear:
    def __hash__(self): return 1
    def __eq__(self, o):
        cs.clear()
        return False
cs = set(range(2, 40))
cs.add(Clear())
t(lambda: (Clear() in cs, len(cs)))
cs = {Clear()}
t(lambda: (cs.add(Clear()), len(cs)))
