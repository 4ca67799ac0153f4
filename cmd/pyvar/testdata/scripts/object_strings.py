def show(src):
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
s = "Hello, World"
u = "héllo wörld ✓"
for src in ['s[0]', 's[-1]', 's[100]', 's["x"]', 's[2:5]', 's[::-1]', 's[::2]', 's[-3:]', 'u[1]', 'u[::-1]', 'u[2:6]', 'len(u)',
 's.upper()', 's.lower()', 's.swapcase()', 's.title()', '"hello world".capitalize()', '"HELLO".casefold()',
 's.split()', 's.split(",")', 's.split(", ", 1)', '"a  b  c ".split()', '"  a b c  ".split(None, 1)', '"a,b,,c".split(",")', '"".split()', '"".split(",")', '"a b c".rsplit(None, 1)', '"a,b,c".rsplit(",", 1)', 's.split("")',
 '"  x  ".strip()', '"xxhixx".strip("x")', '"  x  ".lstrip()', '"  x  ".rstrip()', '"abcba".strip("ab")',
 '",".join(["a", "b"])', '",".join([])', '",".join([1])', '",".join(1)', '"".join("abc")',
 's.replace("l", "L")', 's.replace("l", "L", 2)', 's.replace("", "-")',
 's.startswith("Hell")', 's.startswith(("x", "He"))', 's.endswith("ld")', 's.startswith("World", 7)', 's.startswith(1)',
 's.find("o")', 's.find("o", 5)', 's.rfind("o")', 's.find("z")', 's.index("z")', 's.rindex("l")', 'u.find("w")', 'u.index("✓")',
 's.count("l")', 's.count("")', '"aaaa".count("aa")',
 '"123".isdigit()', '"12a".isdigit()', '"abc".isalpha()', '"ab1".isalnum()', '"  ".isspace()', '"".isspace()', '"Ab".isupper()', '"AB".isupper()', '"ab".islower()', '"Hello World".istitle()', '"_x1".isidentifier()', '"1x".isidentifier()', '"é".isascii()',
 '"42".zfill(5)', '"-42".zfill(5)', '"abc".center(9)', '"abc".center(8, "*")', '"ab".center(7)', '"abc".ljust(6, "-")', '"abc".rjust(6)', '"x".center()',
 '"a\\nb\\r\\nc".splitlines()', '"a\\nb\\n".splitlines(True)', '"".splitlines()',
 '"a=b=c".partition("=")', '"abc".partition("x")', '"a=b=c".rpartition("=")', '"abc".rpartition("x")',
 '"héllo".encode()', '"abc".encode("ascii")', '"é".encode("ascii")', '"é".encode("latin-1")',
 '"{} {}".format(1, 2)', '"{1} {0}".format(1, 2)', '"{x}".format(x=5)', '"{:>5}|{:<5}|{:^5}".format(1, 2, 3)', '"{:05.2f}".format(3.14159)', '"{:,}".format(1234567)', '"{:_}".format(1234567)', '"{:x} {:X} {:o} {:b} {:#x} {:#b}".format(255, 255, 8, 5, 255, 5)', '"{!r} {!s}".format("a", "b")', '"{0[1]} {1[k]}".format([1,2], {"k": 3})', '"{:e}".format(12345.678)', '"{:g}".format(0.0001)', '"{:g}".format(1e-5)', '"{:%}".format(0.25)', '"{:.3}".format(3.14159)', '"{:10.3f}|".format(-3.14159)', '"{:+d}".format(5)', '"{: d}".format(5)', '"{:=+8d}".format(-42)', '"{:*^10}".format("hi")', '"{{}}".format()', '"{}{}".format(1)', '"{".format(1)', '"}".format(1)', '"{0}{}".format(1,2)', '"{:.2s}".format("abc")', '"{:c}".format(65)', '"{:08.3f}".format(-1.5)', '"{:,.2f}".format(1234567.891)', '"{:.0f}".format(2.5)', '"{:.1f}".format(0.25)', '"{:.2e}".format(0)', '"{:g}".format(123456789)', '"{:G}".format(1e20)', '"{}".format(1e100)', '"{:.3g}".format(1e-10)', '"{:n}".format(1234)', '"{:5}".format(True)', '"{}".format(True)', '"{:d}".format(True)',
 'format(3.5)', 'format(10, "b")', 'format("x", "<3")', 'format(1, "q")', 'format("a", "d")', 'format(1.5, "d")', 'format([1], "")', 'format(object(), "x")' if 0 else '1',
 '"%s %d %f" % ("a", 1, 1.5)', '"%5.2f|%-5d|%05d" % (3.14159, 42, 42)', '"%x %X %o %#x %#o" % (255, 255, 8, 255, 8)', '"%r" % "a"', '"%c%c" % (65, "b")', '"%%"  % ()', '"%(a)s-%(b)d" % {"a": "x", "b": 2}', '"%s" % [1, 2]', '"%s %s" % (1,)', '"%d" % "x"', '"%s" % (1, 2)', '"a" % (1,)', '"%.3s" % "abcdef"', '"%e" % 12345.678', '"%g" % 0.00001', '"%+d % d" % (5, 5)', '"%*d" % (5, 42)', '"%i" % 3.9', '"%x" % 3.9',
 '"abc" < "abd"', '"abc" == "abc"', '"a" * 3', '3 * "ab"', '"a" * -1', '"a" + 1', '"ab" in "cabd"', '1 in "abc"', 'repr("a\\nb\'c")', 'repr("a\\"b\'c")', 'repr("\\x00\\x7f\\x80é\\u2028\\t")', 'repr("😀")', 'str(1.0)', 'str(None)', 'str([1, "a"])', 'ascii("é😀")', 'ord("é")', 'ord("ab")', 'chr(233)', 'chr(-1)', 'chr(0x110000)',
 '"a-b_c d".title()', '"they\'re".title()', '"ab".removeprefix("a")', '"ab".removesuffix("b")', '"a\\tb".expandtabs()', '"abc".translate(str.maketrans("ab", "xy", "c"))', 'sorted("bca")', 'list("héllo")', 'hash("a") == hash("a")', '"x".join(["a","b","c"])', 'str(b"ab")', 'str(b"ab", "ascii")', 'b"abc".decode()', 'b"\\xff".decode()', 'bytes([1,2,3])', 'bytes(3)', 'bytes("é", "utf-8")', 'b"ab" + b"c"', 'b"abc"[1]', 'b"abc"[1:]', 'bytearray(b"ab")', 'b"a" * 3', 'b"abc".hex()', 'bytes.fromhex("6162")', 'b"ab" == b"ab"', 'b"%d" % 1' if 0 else '1', 'list(b"ab")', 'len(b"abc")', 'b"b" in b"abc"', '98 in b"abc"', 'repr(b"\\x00\'\\n")']:
    show(src)
