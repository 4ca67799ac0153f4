# exception behaviors from test_exceptions situations
e = Exception(1, 2)
e.args = ("new",)
print(e, e.args)
e.args = [1]
print(type(e.args).__name__, e.args)
print(repr(ValueError("a", )), repr(BaseException()), str(BaseException("x")))
print(ZeroDivisionError.__bases__, ArithmeticError.__mro__[1:], OSError.__bases__, UnicodeDecodeError.__mro__[1].__name__)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as u:
    print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
try:
    "é".encode("ascii")
except UnicodeEncodeError as u:
    print(u.encoding, repr(u.object), u.start, u.end, u.reason)
ue = UnicodeDecodeError("utf-8", b"ab", 0, 1, "bad")
print(str(ue))
se = SyntaxError("msg", ("f.py", 3, 4, "text\n"))
print(se.msg, se.filename, se.lineno, se.offset, se.text, str(se), se.args)
print(str(SyntaxError("only msg")), SyntaxError().msg)
ie = ImportError("nope", name="mod", path="/p")
print(ie.name, ie.path, ie.msg, str(ie))
ke = KeyError("k")
print(str(ke), str(KeyError("a", "b")), str(KeyError()), str(KeyError(None)))
ae = AttributeError("a")
print(ae.args)
ne = NameError("n")
print(ne.args)
x = StopIteration(1, 2)
print(x.value, x.args)
print(isinstance(StopAsyncIteration(), Exception), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(FileExistsError, OSError), issubclass(TimeoutError, OSError), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(issubclass(UnboundLocalError, NameError), issubclass(Warning, Exception), issubclass(DeprecationWarning, Warning), issubclass(BrokenPipeError, ConnectionError))
for cls in [FloatingPointError, OverflowError, AssertionError, BufferError, EOFError, LookupError, MemoryError, ReferenceError, SystemError, TypeError, UserWarning, BytesWarning, ResourceWarning]:
    print(cls.__name__, cls.__bases__[0].__name__)
# exception in except clause type expression
def raiser():
    raise ValueError("inner")
try:
    try:
        raise KeyError
    except raiser():
        pass
except ValueError as e:
    print("expr raised", e, type(e.__context__).__name__)
# nested try with re-raise preserves context
try:
    try:
        raise KeyError("a")
    except KeyError as k:
        try:
            raise ValueError("b")
        except ValueError:
            pass
        raise
except KeyError as again:
    print("again", again, again.__context__)
# context is not self-referential
try:
    try:
        raise ValueError("loop")
    except ValueError as v:
        raise v
except ValueError as v2:
    print(v2.__context__)
# __context__ set automatically through function calls
def inner():
    raise TypeError("in inner")
try:
    try:
        {}[1]
    except KeyError:
        inner()
except TypeError as t:
    print(type(t.__context__).__name__)
# with_traceback
try:
    raise ValueError("tb").with_traceback(None)
except ValueError as v:
    print(v.__traceback__.tb_lineno > 0)
# except clause with finally + generator interplay
def gen():
    try:
        yield 1
    except Exception as ex:
        yield "gen caught " + type(ex).__name__
g = gen(); next(g); print(g.throw(IndexError))
# exception var scoping within function
def scope():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(scope())
# raising non-exception class instances
class NotExc: pass
try:
    raise NotExc
except TypeError as t:
    print(t)
try:
    raise NotExc()
except TypeError as t:
    print(t)
# exception subclass with custom __init__ that doesn't call super
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
try:
    raise NoSuper(5)
except NoSuper as n:
    print(n.args, n.x, str(n), repr(n))
class KwErr(Exception):
    def __init__(self, a, *, b=0):
        super().__init__(a, b)
print(KwErr(1, b=2).args)
try:
    ValueError(x=1)
except TypeError as t:
    print(t)
# BaseException not caught by except Exception
try:
    try:
        raise SystemExit(0)
    except Exception:
        print("wrong")
except BaseException as b:
    print("base", type(b).__name__)
# GeneratorExit is BaseException
print(issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, Exception))
# finally overriding exception with another
def fo():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    fo()
except KeyError as k:
    print(k, repr(k.__context__))
# return in try cancelled by exception in finally
def rf():
    try:
        return 1
    finally:
        1 / 0
try:
    rf()
except ZeroDivisionError as z:
    print("zde", z)
# continue in finally (allowed in 3.8+)
def cf():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
        finally:
            out.append(i)
            continue
    return out
print(cf())
