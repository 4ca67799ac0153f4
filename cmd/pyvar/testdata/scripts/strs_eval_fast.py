# The eval loop's str fast paths (COMPARE_OP, CONTAINS_OP, BINARY_SUBSCR)
# against the general paths: every operator, non-ASCII text, strs built at
# run time, subclasses that override, and the errors.
words = ["", "a", "b", "ab", "abc", "é", "ée", "\U0001f600", "a\x00", "B", "".join(["a", "b"])]
ops = [
    lambda x, y: x < y, lambda x, y: x <= y, lambda x, y: x == y,
    lambda x, y: x != y, lambda x, y: x > y, lambda x, y: x >= y,
]
rows = []
for x in words:
    for y in words:
        rows.append("".join("1" if op(x, y) else "0" for op in ops))
print(" ".join(rows))
print(["x" in w for w in words], ["" in w for w in words], [w in "xabcé" for w in words])
print(["é" in w for w in words], ["\x00" in w for w in words], ["bc" in w for w in words])

s = "-".join(["tok", "en", "izer"])
print([s[i] for i in range(-len(s), len(s))])
u = "héllo wörld" + str(len(s))
print([u[i] for i in range(-len(u), len(u))])
for bad in (len(s), -len(s) - 1, 10**20):
    try:
        s[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError", e)
print(s[True], s[False])
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
print("a" == 1, "a" != None, 1 == "a")


class S(str):
    def __eq__(self, other):
        return "S.__eq__"

    def __lt__(self, other):
        return "S.__lt__"

    def __contains__(self, item):
        return item == "zz"

    def __getitem__(self, i):
        return "S[%r]" % (i,)


class R(str):
    def __gt__(self, other):
        return "R.__gt__"


t = S("abc")
print(t == "abc", "abc" == t, t < "b", "b" > t, "zz" in t, "a" in t, t[0], "x" in S("x"))
print("abc" < R("b"), R("b") > "abc", "a" in R("abc"), R("abc")[1], type(R("abc")[1]))
k = "num"
hits = 0
for w in ["num", "n" + "um", "var", "nu", "numb"]:
    if w == k:
        hits += 1
    if w != "num":
        hits += 10
print(hits)
