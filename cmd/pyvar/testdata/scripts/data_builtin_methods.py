# Methods of built-in types that CPython 3.10 has: bytes.istitle and the
# ASCII-only case predicates, bytearray.remove/__alloc__, int.__ceil__,
# __floor__ and as_integer_ratio, range.__bool__ for any length,
# property.__isabstractmethod__, float.fromhex of a str subclass.
def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)


for b in [b'Hello World', b'hello', b'', b'A B', b'1A', b'AB', b'Ab Cd', b'aB', b'\xc3\x89', b'\xc3\x89t\xc3\xa9']:
    t("preds %r" % b, lambda: [b.istitle(), b.isupper(), b.islower(), bytearray(b).istitle(), b.isalpha()])
t("isdigit arg", lambda: b'1'.isdigit(1))
t("istitle arg", lambda: bytearray(b'1').istitle(1))
ba = bytearray(b'abcb')
t("remove", lambda: (ba.remove(ord('b')), ba))
t("remove missing", lambda: ba.remove(ord('z')))
t("remove big", lambda: ba.remove(256))
t("remove str", lambda: ba.remove('a'))
t("remove no args", lambda: ba.remove())
t("alloc", lambda: (bytearray().__alloc__(), bytearray(b'ab').__alloc__() >= 3))
m = memoryview(ba)
t("remove exported", lambda: ba.remove(ord('a')))
m.release()


class I(int):
    pass


for v in [0, 7, -3, True, I(5), 2**100]:
    t("int %r" % v, lambda: [v.__ceil__(), v.__floor__(), v.as_integer_ratio(), type(v.__floor__()).__name__])
t("ratio arg", lambda: (1).as_integer_ratio(2))
t("range bool", lambda: [bool(range(0)), bool(range(3)), range(1).__bool__(), bool(range(10**30)),
                         bool(range(5, 0, -1)), bool(range(-10**30, 0, 10**29)), bool(range(10**30, 0))])


class S(str):
    pass


t("fromhex S", lambda: float.fromhex(S('0x1p1')))
t("fromhex int", lambda: float.fromhex(1))


def abstract(f):
    f.__isabstractmethod__ = True
    return f


t("property abstract", lambda: [property().__isabstractmethod__, property(abstract(lambda s: 0)).__isabstractmethod__,
                                property(None, abstract(lambda s, v: 0)).__isabstractmethod__,
                                staticmethod(abstract(len)).__isabstractmethod__ if False else None])
t("property abstract error", lambda: property(type('X', (), {'__isabstractmethod__': property(lambda s: 1 / 0)})()).__isabstractmethod__)
