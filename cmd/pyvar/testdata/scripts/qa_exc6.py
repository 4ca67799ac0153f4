# exceptions hierarchy introspection and instance creation variants
names = [n for n in dir(__builtins__) if isinstance(getattr(__builtins__, n), type) and issubclass(getattr(__builtins__, n), BaseException)]
print(len(names))
for n in sorted(names):
    cls = getattr(__builtins__, n)
    if n.startswith("Unicode") and n != "UnicodeError": continue
    try:
        inst = cls("m")
        s = str(inst)
    except Exception as e:
        s = "ctor fails: " + type(e).__name__
    print(n, [b.__name__ for b in cls.__mro__[1:]], repr(s)[:40])
