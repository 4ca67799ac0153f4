for s in ["", "a", "abc", "héllo", "✓x", "😀", "hello world, this is long"]:
    print(repr(s), hash(s))
print({'b', 'a', 'c', 'apple', 'zebra'}, hash(b'xyz'), hash(b''), hash(("a", 1)))
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words), {w: len(w) for w in set(words)})
print(frozenset("abcdef"), set("hello") & set("world"), set("hello") | set("world"), set("hello") - set("l"))
