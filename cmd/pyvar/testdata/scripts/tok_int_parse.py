# int(str) of plain decimal digits takes a fast path; everything around it
# must still follow CPython's rules and messages.
cases = ["0", "7", "0123", "000000000000000000", "123456789012345678",
         "1234567890123456789", "99999999999999999999999", "1_000", " 12 ",
         "+5", "-5", "\uff11\uff12", "12a", "", " ", "_1", "1__0", "0b1",
         "\u0661\u0662", "9" * 18, "-" + "9" * 18]
for s in cases:
    try:
        print(repr(s), int(s), type(int(s)).__name__)
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s, b in [("0123", 10), ("0123", 0), ("123", 0), ("ff", 16), ("777", 8), ("12", 3)]:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, "ValueError", e)
try:
    int(x="5")
except TypeError as e:
    print("TypeError", e)
print(int(), int(True), int(-3.9), int(b"42"), int(bytearray(b" 17 ")))


class MyInt(int):
    pass


m = MyInt("42")
print(type(m).__name__, m, MyInt("0007") + 1)

# pairs built by BUILD_TUPLE
a, b = "op", "+"
pairs = [(a, b), (b, a), (1, None), ((a, b), (1, 2))]
print(pairs, (a, b) in ((("op", "+")), ("op", "-")), (a, b) == ("op", "+"))
x = 3
t = (x, x + 1)
print(t, len(t), t[1], hash(t) == hash((3, 4)))
