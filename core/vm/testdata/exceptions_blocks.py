def f():
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return str(u)
print(f())
try:
    raise KeyError(1)
except KeyError as err:
    pass
try:
    err
except NameError as n:
    print(n)
def loops():
    out = []
    for i in range(6):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        except ValueError as e:
            if e.args[0] == 3:
                continue
            if e.args[0] == 5:
                break
            out.append(-i)
        else:
            out.append('else')
        finally:
            out.append('f')
    return out
print(loops())
def nested_try():
    try:
        try:
            raise TypeError("a")
        except TypeError:
            raise ValueError("b")
        finally:
            print("inner finally")
    except ValueError as e:
        print("caught", e, "context", repr(e.__context__))
nested_try()
def gen_in_try():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("gen finally")
g = gen_in_try()
print(next(g))
g.close()
def while_else(n):
    i = 0
    while i < n:
        if i == 10:
            break
        i += 1
    else:
        return "completed"
    return "broke"
print(while_else(3), while_else(20))
def deep_blocks():
    r = []
    for a in range(2):
        for b in range(2):
            try:
                with open_ctx(r, f"{a}{b}"):
                    try:
                        if b:
                            raise IndexError
                    except IndexError:
                        r.append("idx")
                        continue
            finally:
                r.append("fin")
    return r
class open_ctx:
    def __init__(self, r, n): self.r, self.n = r, n
    def __enter__(self): self.r.append("in" + self.n)
    def __exit__(self, *a): self.r.append("out" + self.n)
print(deep_blocks())
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
    for _ in range(5):
        inc()
    return count
print(counter())
def exc_in_genexp():
    try:
        return sum(1 / x for x in [1, 0])
    except ZeroDivisionError as e:
        return "zde " + str(e)
print(exc_in_genexp())
x = [1, 2, 3]
x[1:2] = [7, 8]
del x[0]
print(x)
d = {'a': {'b': 1}}
d['a']['b'] += 5
print(d)
class A:
    pass
a = A()
a.v = [1]
a.v += [2]
a.n = 1
a.n += 1
print(a.v, a.n)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print(e, t)
s = "abc"
print(s[::-1], s[1:], s[-1])
