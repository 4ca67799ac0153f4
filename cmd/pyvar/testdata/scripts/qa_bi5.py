calls = ["abs()", "abs(1, 2)", "all()", "all(1)", "any(1, 2)", "ascii()", "bin('a')", "callable()", "chr()", "chr('a')", "chr(1.5)",
 "compile()", "delattr(1)", "dir(1, 2)", "divmod(1)", "divmod('a', 1)", "eval(1)", "exec(1)", "filter()", "filter(None)", "filter(None, 1)",
 "getattr()", "getattr(1)", "hasattr(1)", "hash()", "hash(1, 2)", "hex()", "hex(1.5)", "id()", "isinstance(1)", "issubclass(int)", "iter()", "iter(1, 2, 3)",
 "len()", "map(abs)", "map()", "max()", "max(1)", "max(1, 2, key=1)", "min([], key=len)", "next()", "oct('7')", "ord()", "ord(1)", "pow()", "pow(1)", "pow(1, 2, 3, 4)", "pow(2.0, 2, 2)",
 "repr()", "round()", "round('a')", "round(1.5, 'a')", "setattr(1, 'a')", "sorted()", "sorted(1)", "sorted([], 1)", "sum(1)", "sum([], [], [])", "type(1, 2)", "vars(1, 2)",
 "format()", "format(1, 2)", "int(1, 2)", "int('1', 2, 3)", "int('1', base=40)", "float(1, 2)", "float([])", "bool(1, 2)", "list(1, 2)", "tuple(1)",
 "dict(1, 2)", "set(1)", "frozenset(1, 2)", "range()", "range(1, 2, 3, 4)", "range('a')", "slice()", "enumerate()", "enumerate(1)", "reversed()", "reversed(1, 2)", "bytes('a')", "bytes(-1)",
 "complex('x')", "object(1)", "property(1, 2, 3, 4, 5)", "staticmethod()", "classmethod(1, 2)", "super(1)", "open()" if False else "abs(x=1)",
 "len(x=[1])", "sorted([1], reverse=1, key=None)", "print(end=1)", "print(file=1)", "isinstance(1, (int, 1))", "issubclass(int, (int, 1))", "getattr(1, 'real', 2, 3)", "min(1, 2, default=3)", "max(key=len)"]
for c in calls:
    try:
        r = eval(c)
        print(c, "=", repr(r))
    except Exception as e:
        print(c, "!", type(e).__name__, e)
