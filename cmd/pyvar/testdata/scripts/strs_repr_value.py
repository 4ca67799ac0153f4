# repr() and f"{x!r}" build an int's or a plain str's repr in one
# allocation, and return what a __repr__ returned as it is.
class S(str):
    pass

class A:
    def __repr__(self):
        return S("a-repr")

class B:
    def __repr__(self):
        return 5

class C:
    def __repr__(self):
        return "plain"

for x in (0, 7, -7, 10, 12345678901234, -2**63, 2**64, 3.5, True, None, "", "a", "ab c", "it's", 'say "hi"', "both ' and \"",
          "back\\slash", "tab\there", "nl\n", "\x7f", "é", "日本", "\udc80", S("sub")):
    r = repr(x)
    print(type(r).__name__, r, f"{x!r}", "%r" % (x,), len(r))

a = A()
print(type(repr(a)).__name__, repr(a), type(f"{a!r}").__name__, f"{a!r}", "%r" % (a,), repr([a, a]), str((a,)))
print(type(repr(C())).__name__, repr(C()), f"<{C()!r}>")
for f in (lambda: repr(B()), lambda: f"{B()!r}", lambda: "%r" % (B(),), lambda: repr([B()])):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(repr(repr("x")), repr(str(42)) == "'42'", repr(-0), repr(100000))
