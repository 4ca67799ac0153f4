# A decode error handler that replaces exc.object: with bytes, decoding goes
# on over the new input; with anything else it is a TypeError (this used to
# loop forever, resuming at position 0 of the old input).
import codecs
def replacing(exc):
    if isinstance(exc, UnicodeDecodeError):
        exc.object = 42
        return ("\u4242", 0)
    raise TypeError("x")
codecs.register_error("test.replacing", replacing)
def mutating(exc):
    if isinstance(exc, UnicodeDecodeError):
        exc.object = b""
        return ("\u4242", 0)
    raise TypeError("x")
codecs.register_error("test.mutating", mutating)
import sys
for enc, data in [("ascii", b"\xff"), ("utf-7", b"++"), ("utf-8", b"\xff"), ("utf-16", b"\xff"), ("utf-32", b"\xff"), ("unicode-escape", b"\\u123g"), ("raw-unicode-escape", b"\\u123g")]:
    for h in ("test.replacing", "test.mutating"):
        print(enc, h, end=" ", flush=True)
        try:
            print(repr(data.decode(enc, h)))
        except TypeError as e:
            print("TypeError")
