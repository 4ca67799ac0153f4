# Exceptions the VM alone holds (made by built-ins or by raising a built-in
# class, caught by a clause that does not bind them) give their traceback's
# frames back for reuse when dropped. Every way Python can come to hold
# such an exception must keep its frames as they were.
import sys


def lookup(d, k, tag):
    marker = tag * 2
    try:
        return d[k]
    except KeyError:
        return marker


def churn(n):
    # calls that would reuse any frame wrongly given back
    t = 0
    for i in range(n):
        t += len(lookup({}, i, "c"))
    return t


def summary(tb):
    out = []
    while tb is not None:
        f = tb.tb_frame
        loc = {}
        if f.f_code.co_name != "<module>":
            loc = {k: v for k, v in f.f_locals.items() if isinstance(v, (int, str))}
        out.append((f.f_code.co_name, tb.tb_lineno, sorted(loc.items())))
        tb = tb.tb_next
    return out


# 1. caught without a name, dropped: frames reused, results unchanged
print([lookup({"a": 1}, k, t) for k, t in (("a", "x"), ("b", "y"), ("c", "z"))])
print(churn(50))


# 2. bound with "as": the traceback keeps its frames and their locals
def inner(v):
    local_in = v + 1
    return {}[local_in]


def outer(v):
    local_out = v * 10
    return inner(local_out)


def keep_as():
    try:
        outer(4)
    except KeyError as e:
        return e


e = keep_as()
churn(50)
print(summary(e.__traceback__))


# 3. sys.exc_info() inside the handler
def keep_exc_info():
    try:
        outer(5)
    except KeyError:
        return sys.exc_info()[2]


tb = keep_exc_info()
churn(50)
print(summary(tb))


# 4. a bare raise caught again inside the handler, then bound outside
def reraise_inside():
    try:
        outer(6)
    except KeyError:
        try:
            raise
        except KeyError:
            pass
        raise


try:
    reraise_inside()
except KeyError as e4:
    churn(50)
    print(summary(e4.__traceback__))


# 5. the exception becomes the __context__ of another one
def chained():
    try:
        outer(7)
    except KeyError:
        raise ValueError("second")


try:
    chained()
except ValueError as e5:
    ctx = e5.__context__
churn(50)
print(type(ctx).__name__, summary(ctx.__traceback__))


# 6. __exit__ sees it
class Keep:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.tb = tb
        return True


k = Keep()
with k:
    outer(8)
churn(50)
print(summary(k.tb))


# 7. raise of a built-in class, caught and dropped, in a loop, then kept
def stop(n):
    here = n
    if n:
        raise StopIteration
    raise IndexError


for i in range(1, 5):
    try:
        stop(i)
    except StopIteration:
        pass
try:
    stop(0)
except IndexError as e7:
    churn(50)
    print(summary(e7.__traceback__))


# 8. finally with a return drops the exception; a finally that re-raises keeps it
def fin_return():
    x = "fr"
    try:
        outer(9)
    finally:
        return x


def fin_reraise():
    y = "fx"
    try:
        outer(10)
    finally:
        y = "fy"


print(fin_return(), churn(10))
try:
    fin_reraise()
except KeyError as e8:
    churn(50)
    print(summary(e8.__traceback__))


# 9. a generator that catches what close() throws into it, and one that
# catches the exception its own frame raised
def gen():
    g_local = "g"
    try:
        yield 1
    except GeneratorExit:
        pass


g = gen()
next(g)
g.close()


def gen2():
    for i in range(3):
        try:
            {}[i]
        except KeyError:
            yield i


print(list(gen2()), churn(10))


# 10. frames kept by f_back of a kept frame
def getframe_then_raise():
    f = sys._getframe()
    try:
        {}[0]
    except KeyError:
        pass
    return f


fr = getframe_then_raise()
churn(50)
print(fr.f_code.co_name, fr.f_locals.get("f") is fr)


# 11. nested handlers: an inner dropped exception and an outer bound one
def nested():
    a = "n"
    try:
        {}[1]
    except KeyError:
        try:
            [][2]
        except IndexError:
            pass
        return sys.exc_info()[1]


ex = nested()
churn(50)
print(type(ex).__name__, summary(ex.__traceback__))
print(sys.exc_info())


# 12. a generator re-raising (bare raise) what its caller is handling
def g_reraise():
    try:
        raise
    except KeyError:
        yield "caught"


def case12():
    c = "c12"
    try:
        outer(12)
    except KeyError:
        print(list(g_reraise()))
        raise


try:
    case12()
except KeyError as e12:
    churn(50)
    print(summary(e12.__traceback__))


# 13. StopIteration raised by a Python __next__ ends a for loop
class Count:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Count(3)), sum(x for x in Count(4)), churn(10))


# 14. raise E(...) of a class built without Python code, then bound or dropped
class Plain(Exception):
    pass


class Keeper(Exception):
    kept = []

    def __init__(self, *args):
        super().__init__(*args)
        Keeper.kept.append(self)


class Meta(type):
    made = []

    def __call__(cls, *args):
        r = super().__call__(*args)
        Meta.made.append(r)
        return r


class WithMeta(Exception, metaclass=Meta):
    pass


saved = []


def saving(cls, v):
    e = cls(v)
    saved.append(e)
    return e


def raiser(kind, v):
    deep_local = ("r", v)
    if kind == 0:
        raise ValueError(v)
    if kind == 1:
        raise Plain(v)
    if kind == 2:
        raise Keeper(v)
    if kind == 3:
        raise WithMeta(v)
    raise saving(Plain, v)


for kind in range(5):
    for v in range(3):
        try:
            raiser(kind, v)
        except Exception:
            pass
    churn(20)
for e in Keeper.kept[:1] + Meta.made[:1] + saved[:1]:
    print(type(e).__name__, e.args, summary(e.__traceback__))
try:
    raiser(1, 9)
except Plain as e14:
    churn(20)
    print(summary(e14.__traceback__))


# 15. getattr's default, hasattr and next's default over Python code that
# raises, one of them keeping what it raised
class Lazy:
    seen = []

    def __getattr__(self, name):
        if name == "keep":
            err = AttributeError(name)
            Lazy.seen.append(err)
            raise err
        raise AttributeError(name)


lz = Lazy()
print(getattr(lz, "x", "dflt"), hasattr(lz, "y"), getattr(lz, "keep", None), churn(20))
print(Lazy.seen[0].args)
c = Count(1)
print(next(c, "a"), next(c, "b"), next(c, "c"), churn(10))
calls = []


def produce():
    calls.append(1)
    if len(calls) > 3:
        raise StopIteration
    return len(calls)


print(list(iter(produce, 99)), churn(10))
