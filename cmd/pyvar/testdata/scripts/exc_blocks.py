# Deeply nested try/with/except blocks: a frame keeps its first block-stack
# entries in itself and the rest (up to CPython's 20) apart.
import sys


class CM:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, t, v, tb):
        self.log.append("exit %s %s" % (self.name, t.__name__ if t else None))
        return self.name == "swallow"


def nested(depth, fail):
    log = []
    try:
        with CM("a", log):
            try:
                with CM("b", log):
                    try:
                        with CM("swallow", log):
                            try:
                                with CM("c", log):
                                    try:
                                        try:
                                            if fail:
                                                raise ValueError(depth)
                                            log.append("body")
                                        finally:
                                            log.append("finally 1")
                                    except KeyError:
                                        log.append("never")
                                    finally:
                                        log.append("finally 2")
                            finally:
                                log.append("finally 3")
                        log.append("after swallow")
                    except ValueError as e:
                        log.append("caught %r" % e)
            finally:
                log.append("finally 4")
    finally:
        log.append("finally 5")
    return log


print(nested(1, False))
print(nested(2, True))


def gen():
    try:
        try:
            try:
                try:
                    try:
                        try:
                            yield 1
                            yield 2
                        except ZeroDivisionError:
                            yield "zde"
                            raise KeyError("k")
                    finally:
                        yield "f5"
                finally:
                    yield "f4"
            except KeyError as e:
                yield "ke %s" % e
                yield sys.exc_info()[0].__name__
        finally:
            yield "f2"
    finally:
        yield "f1"


g = gen()
print(next(g), next(g))
print(g.throw(ZeroDivisionError))
print(list(g))


def deepest(n):
    # 19 nested try blocks, the exception raised at the bottom, caught at
    # each level and re-raised with a new type.
    src = ["def f():", "    out = []"]
    ind = "    "
    for i in range(n):
        src.append(ind + "try:")
        ind += "    "
    src.append(ind + "raise IndexError(0)")
    for i in reversed(range(n)):
        ind = ind[:-4]
        src.append(ind + "except Exception as e%d:" % i)
        src.append(ind + "    out.append((%d, type(e%d).__name__, str(e%d)))" % (i, i, i))
        if i:
            src.append(ind + "    raise KeyError(%d)" % i)
    src.append("    return out")
    ns = {}
    exec("\n".join(src), ns)
    return ns["f"]()


for row in deepest(19):
    print(row)
try:
    deepest(21)
except SyntaxError as e:
    print("SyntaxError", e.msg)
