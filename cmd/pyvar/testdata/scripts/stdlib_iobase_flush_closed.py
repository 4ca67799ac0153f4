# IOBase.flush() checks the __IOBase_closed marker: an exact _io object
# can only hold it in its own __dict__ (the fast path), a subclass or a
# Python IOBase anywhere on its MRO.
import io, _io
for cls in (io.StringIO, io.BytesIO):
    s = cls(); s.close()
    try:
        print(cls.__name__, s.flush())
    except ValueError as e:
        print(cls.__name__, "ValueError", e)
s = io.StringIO(); s.x = 1
print(s.flush())
s.__IOBase_closed = True
try: print(s.flush())
except ValueError as e: print("ValueError", e)
del s.__IOBase_closed
print(s.flush(), s.x)
class S(io.StringIO):
    pass
s = S(); s.__IOBase_closed = True
try: print(s.flush())
except ValueError as e: print("ValueError", e)
class R(io.RawIOBase):
    pass
r = R(); print(r.flush(), r.closed); r.close(); print(r.closed)
try: r.flush()
except ValueError as e: print("ValueError", e)
try:
    io.StringIO.__IOBase_closed = True
except TypeError as e:
    print("TypeError", e)
print(io.StringIO().flush())
