# One code object run against several globals and builtins dicts: PEP 509
# versions are process-wide, so a cache filled against one dict never
# answers for another.
src = """
def f():
    return x, len("ab")
"""
code = compile(src, "<shared>", "exec")
g1 = {"x": "one"}
g2 = {"x": "two"}
g3 = {"x": "three", "__builtins__": {"len": lambda s: "own len"}}
exec(code, g1)
exec(code, g2)
exec(code, g3)
f1, f2, f3 = g1["f"], g2["f"], g3["f"]
print(f1.__code__ is f2.__code__ is f3.__code__)
seen = set()
for i in range(1500):
    seen.add(f1())
    seen.add(f2())
    if i % 3 == 0:
        seen.add(f3())
print(sorted(seen, key=repr))
g1["x"] = "one again"
del g2["x"]
try:
    f2()
except NameError as e:
    print("NameError:", e)
print(f1(), f3())
g3["__builtins__"]["len"] = lambda s: "changed own len"
print(f3())
