# io.StringIO writes that append (the fast path) mixed with seeks, writes
# in the middle and past the end, newline modes, non-ASCII text and lone
# surrogates; the argument checks of its methods.
import io

f = io.StringIO()
for w in ["abc", "", "héllo\n", "\U0001f600x", "\ud800", "tail"]:
    print(f.write(w), f.tell())
print(repr(f.getvalue()), len(f.getvalue()))
f.seek(2)
print(f.write("ZZ"), f.tell(), repr(f.getvalue()))
f.seek(0, 2)
print(f.write("end"), f.tell())
f.seek(f.tell() + 3)
print(f.write("pad"), repr(f.getvalue()[-12:]))
f.seek(0)
print(repr(f.read(5)), repr(f.readline()), f.tell())
print(f.write("!"), repr(f.getvalue()[:12]))

for nl in [None, "", "\n", "\r", "\r\n"]:
    g = io.StringIO(newline=nl)
    g.write("a\nb\r\nc\rd")
    g.write("\n")
    print(repr(nl), repr(g.getvalue()), g.tell())

g = io.StringIO("initial")
g.write("AB")
print(repr(g.getvalue()), g.tell())
g.seek(0, 2)
g.write("+more")
print(repr(g.getvalue()))

for call in [lambda: f.write(), lambda: f.write("a", "b"), lambda: f.getvalue(1),
             lambda: f.write(s="x"), lambda: f.tell(0), lambda: f.write(1), lambda: f.seek()]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
f.close()
try:
    f.write("x")
except ValueError as e:
    print("ValueError", e)
