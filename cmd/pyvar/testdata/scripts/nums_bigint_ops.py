# Big-int arithmetic: floor division with one-word quotients (every sign,
# exact multiples and their neighbours), small // big, and the operations
# that give back an operand (x + 0, x * 1, x // 1, 0 * x).
import random

rng = random.Random(12)
checks = 0
for bits in (65, 128, 200, 1000, 5000):
    for _ in range(200):
        v = rng.getrandbits(bits) | (1 << (bits - 1))
        q = rng.choice([0, 1, 2, 9, rng.getrandbits(rng.randrange(1, 64)), (1 << 63) - 1, 1 << 63, (1 << 64) - 1, 1 << 64])
        for u in (q * v, q * v + 1, q * v - 1, q * v + v - 1, q * v + rng.getrandbits(bits) % v):
            if u < 0:
                continue
            for su, sv in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
                a, b = su * u, sv * v
                fq = a // b
                assert fq * b + a % b == a, (a, b)
                assert divmod(a, b) == (fq, a % b)
                assert 0 <= (a - fq * b) * sv < v or a - fq * b == 0, (a, b)
                checks += 1
print("floordiv checks", checks)

big = 3 ** 100
print(big // (3 ** 99), big // (3 ** 99 + 1), -big // (3 ** 99), -big // (3 ** 99 + 1))
print(big // -(3 ** 99), (big + 1) // -(3 ** 99), big // (2 * big), -big // (2 * big))
for small in (0, 1, -1, 7, -7, 2 ** 63 - 1, -2 ** 63, True, False):
    print(small, small // big, small // -big, small % big == small or small % big)
x = 10 ** 30
for r in (x + 0, 0 + x, x - 0, x * 1, 1 * x, x * 0, 0 * x, x // 1, x | 0, 0 ^ x, x * True, True * x, x + False):
    print(type(r).__name__, r)
print(type(-x + 0).__name__, -x + 0, -x * 1, 0 - x, -x // 1)
class I(int):
    pass
print(type(I(5) * x).__name__, type(x + I(0)).__name__, x + I(0), x * I(1))
try:
    x // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
