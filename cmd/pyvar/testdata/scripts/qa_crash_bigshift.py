try:
    1 << (2**70)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    range(2**70)[2**69]
    print(len(range(2**70)))
except OverflowError as e:
    print(type(e).__name__, e)
print(2**-2000 if False else 0.5**2000)
try:
    float(10**400)
except OverflowError as e:
    print(e)
try:
    2.0**10000
except OverflowError as e:
    print(e)
