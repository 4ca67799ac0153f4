strs = ["", "a", "abc", "  a b  ", "a,b,,c", "Hello World", "ßtraße", "x\ty\nz\r\nw", "aaa", "١٢٣", "½", "e\u0301", "AbC dEf-gH_iJ 2x"]
calls = [
    lambda s: s.split(), lambda s: s.split(","), lambda s: s.split(",", 1), lambda s: s.rsplit(None, 1), lambda s: s.rsplit("a"),
    lambda s: s.strip("a"), lambda s: s.lstrip(" a"), lambda s: s.partition("b"), lambda s: s.rpartition("a"), lambda s: s.center(7, "*"),
    lambda s: s.ljust(5), lambda s: s.rjust(6, "-"), lambda s: s.zfill(6), lambda s: s.find("b", 1, 3), lambda s: s.rfind("a"),
    lambda s: s.count("a", 1), lambda s: s.replace("a", "XY"), lambda s: s.replace("", "."), lambda s: s.expandtabs(4), lambda s: s.splitlines(True),
    lambda s: s.splitlines(), lambda s: s.startswith(("a", "H"), 1), lambda s: s.endswith("c", 0, 3), lambda s: s.isalnum(), lambda s: s.isdecimal(),
    lambda s: s.isnumeric(), lambda s: s.isdigit(), lambda s: s.isspace(), lambda s: s.isprintable(), lambda s: s.isidentifier(),
    lambda s: s.title(), lambda s: s.swapcase(), lambda s: s.capitalize(), lambda s: s.index("a"), lambda s: s.rindex("b"),
    lambda s: "-".join(s), lambda s: "{:^9}|{!r:>12}".format(s, s), lambda s: s * 2, lambda s: s[::-2], lambda s: s[1:-1],
    lambda s: repr(s), lambda s: ascii(s), lambda s: len(s), lambda s: sorted(s), lambda s: s.encode("utf-8"),
    lambda s: s.casefold(), lambda s: s < "b", lambda s: s.translate({97: "A", 98: None}), lambda s: s.removeprefix("a"), lambda s: s.istitle(),
    lambda s: "%5s|%-6r|" % (s, s), lambda s: s.strip(), lambda s: s.rstrip("\n"), lambda s: s.isupper(), lambda s: s.islower(),
    lambda s: list(reversed(s)), lambda s: s.find(""), lambda s: s.rfind(""), lambda s: s.count(""), lambda s: s.split(" "),
]
for s in strs:
    out = []
    for c in calls:
        try:
            out.append(repr(c(s)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(s), " | ".join(out))
