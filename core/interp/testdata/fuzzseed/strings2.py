s = "  The quick brown fox  "
print(s.strip().title(), s.count("o"), s.replace("o", "0", 1), s.partition("quick"), s.rsplit(None, 1))
print("-".join(["a", "b"]), "abc".center(9, "*"), "x".zfill(4), "AbC".swapcase(), "a,b,,c".split(","))
print("é".encode("latin-1"), b"\xc3\xa9".decode(), "abc".translate({97: "A"}), str.maketrans("a", "b"))
print("%(a)s %(b)05.1f" % {"a": "x", "b": 2}, "%c%c" % (65, "B"), "%-5s|%+d|%x|%o|%e" % ("l", 3, 255, 8, 0.5))
print("abc" < "abd", "a" in "cat", "cat".startswith(("x", "c")), "Straße".upper(), "ǅ".lower(), len("😀"))
print(repr("quote'\"\n\x00\u1234"), ascii("ü"), "{!a}".format("ü"), "a\u0300".isalpha(), "١٢".isdigit())
