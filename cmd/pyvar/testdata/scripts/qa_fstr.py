x, y, name = 3, 4.5, "Ada"
items = [1, 2]
d = {"k": "v"}
print(f"{x}{y}{name}", f"{x!r:>4}", f"{name!r}", f"{name!s:^9}", f"{name!a}", f"{'é'!a}")
print(f"{x + y = }", f"{x=!s}", f"{name=:>6}", f"{items[0]=}", f"{d['k']=}", f"{ x = }")
print(f"{x:{'>'}{x + 2}}", f"{y:.{x}f}", f"{3.14159:{'.2f'}}", f"{x:0{x}d}")
print(f"{'{'}{'}'}", f"{{x}}", f"{{{x}}}", f"{x}{{", f"}}{x}")
print(f"{[i * 2 for i in items]}", f"{ {i: i for i in items} }", f"{(lambda v: v + 1)(x)}", f"{x if x > 2 else 0}")
print(f"{'nested {}'.format(f'{x}')}", f"{f'{x}'}")
print(f"{x:#06x}|{255:X}|{x:b}|{1e6:,.1f}|{-y:+.2e}|{y:%}|{x:<5}|{x:^5}|{x:=+5}|{'s':*>4}")
print(f"""{
x
}""", f"{x}" f"{y}" "plain" f"{name}")
print(F"{x}", rf"\t{x}", fr"\n{name}", Rf"{x}\d")
class Fmt:
    def __format__(self, spec): return f"<{spec}>"
print(f"{Fmt()}", f"{Fmt():abc}", f"{Fmt():{x}}", f"{Fmt()!r:.6}")
try:
    f"{x:z}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{name:d}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{y:d}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{undefined_in_fstring}"
except NameError as e:
    print("NameError", e)
def closure():
    v = "cell"
    def inner():
        return f"{v}"
    return inner()
print(closure())
class C:
    a = 1
    s = f"{a}"
print(C.s)
print(f"{'a' 'b'}", f"{3!r}", f"{None}", f"{True:d}", f"{1==1}", f"{x,y}", f"{(x, y)}", f"{*items,}")
