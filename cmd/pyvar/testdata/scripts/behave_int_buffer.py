import array
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))
t("mv", lambda: int(memoryview(b'123')[1:3]))
t("mv nul", lambda: int(memoryview(b'123\x00')[1:3]))
t("mv A", lambda: int(memoryview(b'123A')[1:3]))
t("mv bad", lambda: int(memoryview(b'12x')))
t("array", lambda: int(array.array("B", b"42")))
t("mv base", lambda: int(memoryview(b'ff'), 16))
