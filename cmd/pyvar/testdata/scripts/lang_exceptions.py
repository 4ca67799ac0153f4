# try/except/else/finally in every order, raise, re-raise, context.
def classify(v):
    try:
        r = 10 // v
    except ZeroDivisionError as e:
        return "zero: " + str(e)
    except TypeError:
        return "type"
    else:
        return "ok %d" % r
    finally:
        print("finally for", repr(v))


print(classify(2), classify(0), classify("s"))

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("during")
except ValueError as e:
    print(repr(e), repr(e.__context__))

try:
    raise IndexError
except (KeyError, IndexError) as e:
    print("tuple match", type(e).__name__, e.args)


def reraise():
    try:
        [][1]
    except IndexError:
        raise


try:
    reraise()
except IndexError as e:
    print("reraised:", e)

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
    finally:
        print("loop finally", i)

try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)

errors = [int("x") if False else 0]
for bad in ("int('x')", "[].pop()", "{}['k']", "None.attr", "1 + 'a'", "undefined", "(1).foo"):
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
