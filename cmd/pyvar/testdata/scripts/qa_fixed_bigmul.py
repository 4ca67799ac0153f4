print(len(str(3**20000)))
print('a'*10**6 == 'a'*10**6)
try:
    'a' * (10**20)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    [0] * (2**62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
