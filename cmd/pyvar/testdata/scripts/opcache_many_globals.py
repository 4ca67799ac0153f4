# A function with 300 distinct global loads: CPython 3.9's opcache covers
# the first 254 (255 in fact) and the rest run uncached; all must be right.
names = ["g%d" % i for i in range(300)]
for i, n in enumerate(names):
    globals()[n] = i
src = "def total():\n    return " + " + ".join(names) + "\n"
exec(src)


def run(k):
    s = 0
    for _ in range(k):
        s += total()
    return s


s = run(1100)
print(s, s // 1100 == sum(range(300)))
g299 = 1000
g0 = -5
g253 = 0
g254 = 0
print(total(), run(3))
del g100
try:
    total()
except NameError as e:
    print("NameError:", e)
