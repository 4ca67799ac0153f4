# Numbers, strings and containers as everyday code uses them.
print(2 ** 100, -7 // 2, -7 % 3, 7 / 2, 1e16, 1.5e-7, 0.1 + 0.2, float("inf"), -0.0)
print(10 ** 20 // 3, (2 ** 64) % 1000, int("ff", 16), hex(255), bin(5), oct(8), abs(-3), round(2.675, 2))
print(True + True, 3 == 3.0, hash(1) == hash(1.0), divmod(-7, 2), pow(2, 10, 1000))
s = "Hello, World"
print(s.lower(), s.upper(), s.split(", "), s[::-1], s[1:5], s.find("o"), s.replace("l", "L", 2))
print(" x ".strip(), "a,b,,c".split(","), "-".join(["a", "b"]), "abc".startswith("ab"), s.count("l"))
print(f"{3.14159:.2f} {42:>5} {'left':<6}| {255:#x} {1234567:,} {0.25:%}", "%s=%d" % ("n", 5), "{0}-{1}".format("a", "b"))
name = "pyvar"
print(f"{name!r} {name.upper()} {len(name) * 2}")
items = [3, 1, 2]
items.append(0)
items.sort()
print(items, items.pop(), items, sorted(["b", "A", "c"], key=str.lower), list(reversed(items)))
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), d.get("z", 0), d.pop("a"), d, sorted(d.items()), len(d))
print({1, 2} | {3}, {1, 2} & {2}, (1, 2) + (3,), [0] * 3, 3 in [1, 2, 3], "x" not in "abc")
print(list(enumerate("ab", 1)), list(zip([1, 2], "ab")), list(map(abs, [-1, -2])), list(filter(None, [0, 1, 2])))
print(min([4, 2, 8]), max("apple", "pear", key=len), sum([1, 2, 3], 10), any([]), all([]))
print(repr("quote'd"), repr('both\'"'), str(None), [None, True, 1.0, "s"], (1,), ())
print(type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__, isinstance(True, int))
