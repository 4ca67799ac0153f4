print(hash("a"), hash("c"), hash("abc"), hash(b"a"), hash((1, "a")))
s = set(); s.add(0); s.add("a"); s.add("c"); s.add(-1); print(list(s))
s2 = {"a", "c"}; print(list(s2))
s3 = set(); s3.add("c"); s3.add("a"); print(list(s3))
