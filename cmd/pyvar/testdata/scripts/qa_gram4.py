# more statement forms: try/except/else/finally nesting, while-else with break in try, nested functions in loops, global in loops
def search(items, target):
    i = 0
    while i < len(items):
        try:
            if items[i] == target:
                break
        finally:
            i += 1
    else:
        return "not found"
    return f"found at {i - 1}"
print(search([1, 2, 3], 2), search([1, 2, 3], 9))
def nested_tries():
    out = []
    try:
        try:
            out.append("t1")
            raise ValueError
        except KeyError:
            out.append("wrong")
        else:
            out.append("else1")
        finally:
            out.append("fin1")
    except ValueError:
        out.append("outer caught")
    else:
        out.append("else2")
    finally:
        out.append("fin2")
    return out
print(nested_tries())
def gen_with_finally_return():
    for i in range(3):
        try:
            yield i
        finally:
            if i == 1:
                return
print(list(gen_with_finally_return()))
count = 0
for i in range(5):
    def bump():
        global count
        count += i
    bump()
print(count)
# lambda in loop with default capture and closures over loop var in comprehension scope
funcs = {name: (lambda n=name: n.upper()) for name in ["a", "b"]}
print({k: v() for k, v in funcs.items()})
# conditional function definitions
flag = True
if flag:
    def chosen(): return "first"
else:
    def chosen(): return "second"
print(chosen())
# while with complex conditions and walrus
data = iter([3, 1, 4, 1, 5, 9, 2, 6])
evens = []
while (n := next(data, None)) is not None:
    if n % 2: continue
    evens.append(n)
print(evens)
# for loop over modified dict keys copy
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2: del d[k]
print(d)
# for-else with continue
for i in range(3):
    if i == 1: continue
else:
    print("for-else reached", i)
# try-finally in generator closed early via break
def resource():
    try:
        yield "r1"
        yield "r2"
    finally:
        print("resource released")
r = resource()
for v in r:
    print(v)
    break
r.close()
# multiple except clauses same handler order and bare except
def classify(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return "TV " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except:
        return "bare"
print([classify(e) for e in (TypeError(), ValueError(), ZeroDivisionError(), KeyError(), SystemExit())])
