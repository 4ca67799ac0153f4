b = b"Hello, World"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b[0], b[-1], b[1:5], b[::-1], list(b[:3]), bytes(reversed(b[:3])), b * 2, b + b"!")
print(b.hex(), bytes.fromhex("48 65"), b.isalpha(), b"123".isdigit(), b"  x ".strip(), b"xxhixx".strip(b"x"), b.center(16, b"*"), b.ljust(14, b"."), b.zfill(14))
print(b.partition(b", "), b.rpartition(b"o"), b.join([b"a", b"b"]), b",".join([b"1", bytearray(b"2")]), b.index(b"W"), b"a\tb".expandtabs(4), b"l1\nl2\r\n".splitlines(), b"l1\nl2".splitlines(True))
print(b.decode(), b.decode("ascii"), str(b), repr(b), repr(b"\x00\xff'\""), repr(b'"'), repr(b"'"), bytes([0, 127, 128, 255]))
ba = bytearray(b"abc")
ba[0] = 65; ba += b"de"; ba.extend([70, 71]); ba.append(72); ba.insert(0, 33); del ba[1]; ba[1:3] = b"XYZ"
print(ba, len(ba), ba.pop(), ba.pop(0), ba, ba.find(b"Z"), ba.upper(), bytes(ba), ba.decode(), ba == b"XYZdeFG", ba.reverse(), ba)
print(ba, ba.count(b"e"), ba.copy(), ba.clear(), ba)
print(b"%s and %d and %x and %r" % (b"bytes", 5, 255, "x"), b"%5s|%-5s|" % (b"a", b"b"), b"%c%c" % (65, b"B"))
print(bytes(3), bytes("é", "utf-8"), bytes(range(65, 70)), bytes(bytearray(b"q")), bytearray(3), bytearray("é", "utf-8"))
print(b"a" < b"b", b"a" == bytearray(b"a"), b"ab" in b"xaby", 97 in b"abc", b"" in b"a", hash(b"ab") == hash(b"ab"), sorted([b"b", b"a"]), max(b"abc"), sum(b"\x01\x02"))
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "little"), b"\x01\x02".hex(), bytes.fromhex("ff00").hex(), list(bytearray(b"\x00\x01")), b"abc"[1:2] == b"b", type(b"ab"[0]).__name__, type(bytearray(b"a")[0:1]).__name__)
for bad in [lambda: b"a" + "b", lambda: bytes([256]), lambda: b"a".decode("ascii") + 1, lambda: bytearray(b"a").pop(5), lambda: b"\xff".decode("ascii")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
