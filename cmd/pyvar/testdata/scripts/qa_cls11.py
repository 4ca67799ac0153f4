class P:
    def __str__(self): return "P-str"
print(format(P()), f"{P()}", "{}".format(P()), format(P(), ""))
try:
    format(P(), "x")
except TypeError as e:
    print(e)
try:
    f"{P():>5}"
except TypeError as e:
    print(e)
class R:
    pass
try:
    round(R())
except TypeError as e:
    print(e)
try:
    bytes(R())
except TypeError as e:
    print(e)
try:
    complex(R())
except TypeError as e:
    print(e)
try:
    float(R())
except TypeError as e:
    print(e)
try:
    int(R())
except TypeError as e:
    print(e)
try:
    iter(R())
except TypeError as e:
    print(e)
try:
    reversed(R())
except TypeError as e:
    print(e)
try:
    R() < R()
except TypeError as e:
    print(e)
try:
    abs(R())
except TypeError as e:
    print(e)
try:
    R()[0]
except TypeError as e:
    print(e)
try:
    R()[0] = 1
except TypeError as e:
    print(e)
try:
    del R()[0]
except TypeError as e:
    print(e)
try:
    1 in R()
except TypeError as e:
    print(e)
try:
    len(R())
except TypeError as e:
    print(e)
try:
    hash(R()) and R()()
except TypeError as e:
    print(e)
try:
    with R():
        pass
except AttributeError as e:
    print("AttributeError", e)
try:
    for _ in R(): pass
except TypeError as e:
    print(e)
try:
    a, b = R()
except TypeError as e:
    print(e)
try:
    [*R()]
except TypeError as e:
    print(e)
try:
    print(*R())
except TypeError as e:
    print(e)
try:
    dict(**R())
except TypeError as e:
    print(e)
try:
    {**R()}
except TypeError as e:
    print(e)
try:
    "%d" % R()
except TypeError as e:
    print(e)
try:
    [1, 2][R()]
except TypeError as e:
    print(e)
try:
    range(R())
except TypeError as e:
    print(e)
try:
    "abc" * R()
except TypeError as e:
    print(e)
