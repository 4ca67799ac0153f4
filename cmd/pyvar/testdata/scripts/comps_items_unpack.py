# for k, v in d.items(): the pair goes to the stack without a tuple
d = {i: str(i) for i in range(10)}
for k, v in d.items():
    print(k, v, end="; ")
print()
try:
    for k, v in d.items():
        d[k + 100] = v
except RuntimeError as e:
    print("RuntimeError", e)
d = {i: i for i in range(5)}
try:
    for k, v in d.items():
        del d[k]; d[k + 50] = 1
except RuntimeError as e:
    print("RuntimeError", e)
for k, v in {}.items():
    print("never")
it = iter({1: 2, 3: 4}.items())
for k, v in it:
    print(k, v)
print(list(it))
try:
    for a, b, c in {1: 2}.items():
        pass
except ValueError as e:
    print("ValueError", e)
for (k, v) in {"a": [1], "b": (2,)}.items():
    print(k, v)
print([(v, k) for k, v in {"x": 1, "y": 2}.items()])
