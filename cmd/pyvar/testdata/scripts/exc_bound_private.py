# `except E as name` whose body only reads data attributes of a built-in
# exception (e.args, e.errno...) gives the traceback's frames back when the
# clause ends, as an unbound clause does. Every other use of the name, and
# every way Python can reach the local, must keep the frames as they were.
import gc
import sys


def inner(v):
    local_in = v + 1
    return {}[local_in]


def outer(v):
    local_out = v * 10
    return inner(local_out)


def churn(n):
    # calls that would reuse any frame wrongly given back
    t = 0
    for i in range(n):
        try:
            outer(i)
        except KeyError as e:
            t += e.args[0]
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


kept = []


def check(label):
    churn(40)
    e = kept.pop()
    print(label, type(e).__name__, e.args, summary(e.__traceback__))


# 1. attribute reads only: results unchanged
print(churn(30))


def reads(v):
    try:
        outer(v)
    except KeyError as e:
        a, c, x = e.args, e.__context__, e.__cause__
        return a, c, x, e.__suppress_context__, e.__class__.__name__


print(reads(1))


def oserr():
    try:
        open("/nonexistent/genexc/file")
    except OSError as err:
        return err.errno, err.strerror, err.filename


print(oserr())


# 2. the name escapes: kept in a list, passed to a call, returned
def escape_list(v):
    try:
        outer(v)
    except KeyError as e:
        kept.append(e)


escape_list(2)
check("list")


def escape_call(v):
    try:
        outer(v)
    except KeyError as e:
        kept.append(e.args and e)


escape_call(3)
check("and")


def escape_return(v):
    try:
        outer(v)
    except KeyError as e:
        return e


kept.append(escape_return(4))
check("return")


# 3. the local reached through the frame
def via_locals(v):
    try:
        outer(v)
    except KeyError as e:
        d = locals()
        n = e.args
    kept.append(d["e"])


via_locals(5)
check("locals")


def via_f_locals(v):
    try:
        outer(v)
    except KeyError as e:
        kept.append(sys._getframe().f_locals["e"])
        n = e.args


via_f_locals(6)
check("f_locals")


def via_exec(v):
    try:
        outer(v)
    except KeyError as e:
        exec("kept.append(e)")
        n = e.args


via_exec(7)
check("exec")


def via_referents(v):
    try:
        outer(v)
    except KeyError as e:
        for o in gc.get_referents(sys._getframe()):
            if isinstance(o, KeyError):
                kept.append(o)
                break
        n = e.args


via_referents(8)
check("referents")


def via_exc_info(v):
    try:
        outer(v)
    except KeyError as e:
        kept.append(sys.exc_info()[1])
        n = e.args


via_exc_info(9)
check("exc_info")


# 4. attributes that give the exception or its traceback away
def via_traceback(v):
    try:
        outer(v)
    except KeyError as e:
        tb = e.__traceback__
    kept.append(KeyError("tb"))
    kept[-1].__traceback__ = tb


via_traceback(10)
check("traceback")


def via_method(v):
    try:
        outer(v)
    except KeyError as e:
        m = e.with_traceback
    kept.append(m(m.__self__.__traceback__))


via_method(11)
check("method")


# 5. a new exception in the body: the caught one becomes its context
def in_body(v):
    try:
        outer(v)
    except KeyError as e:
        n = e.args[0] + "x"


try:
    in_body(12)
except TypeError as t:
    kept.append(t.__context__)
check("context")


# 6. a generator suspended inside the clause
def gen(v):
    try:
        outer(v)
    except KeyError as e:
        yield e.args
        yield e.args


g = gen(13)
print(next(g))
kept.append(g.gi_frame.f_locals["e"])
check("gen f_locals")
print(next(g), next(g, "end"))

g = gen(14)
next(g)
for o in gc.get_referents(g.gi_frame):
    if isinstance(o, KeyError):
        kept.append(o)
        break
check("gen referents")


# 7. a class of our own (its attribute reads could run Python code)
class Err(KeyError):
    @property
    def info(self):
        kept.append(self)
        return "info"


def own_class(v):
    try:
        raise Err(v)
    except Err as e:
        return e.args, e.info


print(own_class(15))
check("own class")


# 8. a name that is the function's first local
def first_local(e):
    try:
        outer(e)
    except KeyError as e:
        return e.args


print(first_local(16), churn(10))
