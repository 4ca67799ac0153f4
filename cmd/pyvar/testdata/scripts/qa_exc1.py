for e in [Exception(), Exception("a"), Exception("a", 2), ValueError(1), KeyError("k"), KeyError(), KeyError(1, 2),
          OSError(2, "nf"), OSError(2, "nf", "file.txt"), FileNotFoundError(2, "No such file", "x"), StopIteration(5),
          SystemExit(3), UnicodeError("u"), IndexError(), AttributeError("attr"), BaseException("b")]:
    print(type(e).__name__, repr(e), str(e), e.args)
e = OSError(2, "nf", "f")
print(e.errno, e.strerror, e.filename, type(e).__name__)
print(type(OSError(2, "x")).__name__, IOError is OSError, EnvironmentError is OSError)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
try:
    {}["missing"]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    [][1]
except IndexError as e:
    print(repr(e))
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(e))
try:
    1 % 0
except ZeroDivisionError as e:
    print(repr(e))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(repr(e))
try:
    int("abc")
except ValueError as e:
    print(repr(e))
try:
    undefined_name
except NameError as e:
    print(repr(e), e.args)

# chaining
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError("inner")
    except ValueError as v:
        raise TypeError("outer") from v
except TypeError as e:
    print(repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer") from None
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise TypeError("x") from 5
except TypeError as e:
    print("TypeError", e)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise int
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e))

# bare raise
def reraise():
    try:
        raise KeyError("again")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)

# except var deleted
try:
    raise ValueError("gone")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(e)

# finally semantics
def f1():
    try:
        return "try"
    finally:
        print("finally runs")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            print("fin", i)
    return i
print(f3())
def f4():
    try:
        raise ValueError("swallowed")
    finally:
        return "returned"
print(f4())
def f5():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke", i
print(f5())
def f6():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    else:
        return "else"
    finally:
        print("f6 finally")
print(f6())
def f7():
    try:
        pass
    except Exception:
        print("no")
    else:
        print("else ran")
    finally:
        print("finally ran")
f7()

# exception in except with context
def ctx():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError as v:
            return v.__context__
print(repr(ctx()))

# attributes
e = ValueError("m")
e.custom = 1
print(e.custom, e.__traceback__, e.with_traceback(None) is e)
try:
    raise e
except ValueError as ee:
    print(ee.__traceback__ is not None, type(ee.__traceback__).__name__, ee.__traceback__.tb_lineno)

class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __str__(self):
        return f"MyErr<{self.args[0]},{self.b}>"
try:
    raise MyErr(1, 2)
except Exception as e:
    print(e, repr(e), e.args)
class E2(Exception): pass
print(repr(E2()), repr(E2(1, 2)), str(E2("x")), str(E2()), str(E2(1, 2)))

# isinstance chains of except clauses
for exc in [KeyError, IndexError, ZeroDivisionError, ArithmeticError, LookupError]:
    try:
        raise exc()
    except (IndexError, ZeroDivisionError) as e:
        print("tuple", type(e).__name__)
    except LookupError as e:
        print("lookup", type(e).__name__)
    except Exception as e:
        print("exc", type(e).__name__)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print("TypeError", e)
print(issubclass(KeyError, LookupError), KeyError.__mro__)
print(BaseException.__subclasses__ is not None, issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
print(sys_exit_ok := issubclass(SystemExit, BaseException))
