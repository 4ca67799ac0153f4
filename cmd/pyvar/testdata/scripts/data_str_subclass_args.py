# Built-ins that take a str accept a str subclass (PyUnicode_Check), and
# keep the error a failing __iter__ or __index__ raised.
class S(str):
    pass


def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)


t("format", lambda: format(0, S('10')))
t("str.__format__", lambda: 'ab'.__format__(S('>5')))
t("object.__format__", lambda: object().__format__(S('')) == '')
t("fromhex", lambda: bytes.fromhex(S('41 42')))
t("bytearray.fromhex", lambda: bytearray.fromhex(S('41\t42\n')))
for s in ['1 2', ' 12 ', 'g1', '1g', '123', '12 3', '\x0b12', '\xe912', '12\xe9', '']:
    t("fromhex " + ascii(s), lambda: bytes.fromhex(s))
t("fromhex bytes", lambda: bytes.fromhex(b'41'))


class B(bytes):
    pass


class BA(bytearray):
    pass


t("B.fromhex", lambda: type(B.fromhex('41')).__name__)
t("BA.fromhex", lambda: BA.fromhex('41 42'))
t("type name", lambda: type(S('X'), (), {}).__name__)
t("cast", lambda: memoryview(b'ab').cast(S('B')).tolist())
t("getformat", lambda: float.__getformat__(S('double')))
t("complex", lambda: complex(S('1+2j')))
t("in", lambda: S('a') in 'abc')
t("compile", lambda: type(compile(S('1'), S('f'), S('eval'))).__name__)
t("compile buffer", lambda: eval(compile(memoryview(b'6*7'), 'f', 'eval')))
t("eval", lambda: eval(S('1+1')))
t("eval bytearray", lambda: eval(bytearray(b'2+2')))
t("exec memoryview", lambda: exec(memoryview(b'x = 1'), {}))
t("exec int", lambda: exec(1))
t("compile int", lambda: compile(1, 'f', 'exec'))
t("import", lambda: __import__(S('sys')).__name__)
t("import level", lambda: __import__('sys', level=-1))
t("maketrans dict", lambda: str.maketrans({S('a'): 1, 2: 'x'}))
t("maketrans long key", lambda: str.maketrans({'ab': 1}))
t("maketrans float key", lambda: str.maketrans({1.5: 1}))
t("maketrans 1 2", lambda: str.maketrans(1, 2))
t("maketrans 1 'a'", lambda: str.maketrans(1, 'a'))
t("maketrans z", lambda: str.maketrans('a', 'b', S('c')))
t("maketrans z int", lambda: str.maketrans('a', 'b', 3))
t("intern", lambda: __import__('sys').intern(S('a')))
t("intern int", lambda: __import__('sys').intern(1))
t("slots", lambda: type('A', (), {'__slots__': (S('a'),)})().__class__.__name__)
t("kwargs", lambda: dict(**{S('a'): 1}))
t("func kwargs", lambda: (lambda a: a)(**{S('a'): 1}))


class BadIter:
    def __iter__(self):
        raise KeyError('from __iter__')


t("zip bad", lambda: zip([], BadIter()))
t("zip int", lambda: zip([], 1))


class Len:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v


class BadIndex:
    def __index__(self):
        raise KeyError('from __index__')


for v in [4.5, -10, 2**63, -2**63 - 10, BadIndex(), True]:
    t("len %s" % type(v).__name__, lambda: len(Len(v)))
    t("bool %s" % type(v).__name__, lambda: bool(Len(v)))
