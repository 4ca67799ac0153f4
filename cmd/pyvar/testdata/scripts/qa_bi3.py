print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)), range(5).start, range(1, 9, 3).stop, range(0, 10, 3).step)
print(range(10)[2:8:2], range(10).index(3), range(10).count(3), 3 in range(0, 10, 2), len(range(-5)), list(range(5, 0, -2)))
try:
    range(10).index(11)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
print(type(iter(range(3))).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(set())).__name__)
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__)
print(repr(slice(1, 2, 3)), slice(5).stop, slice(1, None).start, slice(None, None, -1).indices(4))
print([1, 2, 3, 4][slice(1, 3)], "hello"[slice(None, None, 2)])
b = bytes([104, 105]); ba = bytearray(b"ab")
ba.append(99); ba.extend(b"de"); ba[0] = 65
print(b, ba, b[0], b[0:1], list(b), b.hex(), bytes.fromhex("6869"), b + b"!", b * 2, b"i" in b, 105 in b, len(ba), ba.decode())
print(b"a,b".split(b","), b" x ".strip(), b"abc".upper(), b"%d-%s" % (1, b"x"), b"abc".find(b"c"), b"ab".startswith(b"a"), bytes(range(3)))
try:
    b"a" + "b"
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b[0] = 1
except TypeError as e:
    print(e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (256).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
print((255).bit_length(), (10).bit_length(), (-1).bit_length(), (3).conjugate(), (7).numerator, (7).denominator, (2.5).as_integer_ratio(), (0.5).is_integer(), (3.0).is_integer())
print(float.fromhex("0x1.8p1"), (1.5).hex(), int.__new__(int, 5), bool.__new__(bool, 0) if False else None, complex(1, 2).real, (1j).imag)
print(sorted({3: "a", 1: "b"}), sorted("bca"), sorted((3, 1)), sorted({2, 1}), list(sorted([1, 2], reverse=True)))
print(all(x for x in [1, 1]), any([]), sum(range(101)), sum([1, 2], start=10), min("b", "a", key=str.upper), max([3, 1], key=lambda x: -x))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    max()
except TypeError as e:
    print(e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print(e)
print(list(map(pow, [2, 3], [2, 2])), list(zip(*[(1, "a"), (2, "b")])), dict(enumerate("ab")), list(enumerate("ab", 1)))
print(isinstance(range(1), object), hasattr([], "append"), getattr([], "nope", 5), type(NotImplemented).__name__, type(...).__name__)
print(callable(len), callable(None), callable(type), callable(lambda: 0))
print(ord("\n"), chr(10) == "\n", ascii("\x00"), repr("\x00\x1f\x7f"), repr("'\""), repr('"'), repr("'"))
print(hash("abc") == hash("abc"), hash(1) == 1, hash(-1) == -2, hash(1.5) == hash(1.5), hash(2**64) == hash(2**64 % (2**61 - 1)))
print(divmod(-7.5, 2), divmod(7, -2), 7 % -2, -7 % 2, 7.5 % -2, -0.0 % 1, round(-0.5), round(0.5), round(1.5), round(2.675, 2), round(-1.25, 1))
print(int(-0.9), int("-0"), int("+5"), abs(-5), abs(-5.5), abs(-0.0), abs(True), -True, +False, ~True, True + True, True * 3.0)
print(1 / 2, 4 / 2, 2 ** -2, (-8) ** (1 / 3) if False else None, 10 ** 20, 10.0 ** 20, 2 ** 0.5, 0 ** 0, 0.0 ** 0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    (-1) ** 0.5 + 1j
    print("ok")
except ValueError as e:
    print(e)
print(1e308 * 10, -1e308 * 10, float("inf") - float("inf"), 1e-320, 2.5e-324, 1.0 == 1, 0.1 * 3, 1.1 + 2.2, 3.0 * 1.1)
print(str(1.0), str(100.0), str(1e22), str(1e-7), str(123.456), repr(0.30000000000000004), str(-1.5e-10), 1e21, 1e15 + 0.3)
print(int(1e20), int(-1e20), float(2**1023) * 2 if False else None, 2**1023 * 2.0 if False else None, 17 // 5.0, 17.0 // -5, -17 // 5)
