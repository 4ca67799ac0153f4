i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 10:
        break
else:
    print("never")
for a, (b, *c) in [(1, (2, 3, 4)), (5, (6,))]:
    print(a, b, c)
match {"k": [1, 2, 3]}:
    case {"k": [1, *rest]} if rest:
        print("matched", rest)
    case _:
        print("no")
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit", a[0]); return True
with CM() as c, CM():
    raise RuntimeError
if (n := len("abc")) > 2 and 1 < n <= 3 != 4:
    print(n)
