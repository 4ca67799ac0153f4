names = ["Ⅻ", "℘x", "℮", "x·", "·x", "ͺ", "ﬁ", "a⁀b", "ｘ", "_1", "1_", "", "a b", "ǅ", "ᢅ", "〇", "ᵃ"]
for n in names:
    print(repr(n), n.isidentifier())
ns = {}
exec("Ⅻ = 12\nﬁx = 1\nprint(Ⅻ, fix)", ns)
print(sorted(k for k in ns if k != "__builtins__"))
for bad in ["a·b = 1", "x = ·y", "€ = 1", "a\u037a = 1"]:
    try:
        compile(bad, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.offset)
    else:
        print("compiled", repr(bad))
class C:
    pass
try:
    type("Ⅻ", (), {"__slots__": ["℘"]})
    print("slots ok")
    type("X", (), {"__slots__": ["1a"]})
except TypeError as e:
    print("TypeError", e)
