d = {1: 1}
try:
    for k in d:
        del d[k]
        d[k + 1] = 1
except RuntimeError as e: print(e)
print(d)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k] = 5
except RuntimeError as e: print(e)
print(d)
d = dict.fromkeys(range(40))
try:
    for k in d:
        del d[k]; d[k + 100] = 0
except RuntimeError as e: print(e)
print(len(d))
