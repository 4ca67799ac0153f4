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

# hash, bit_length and comparisons of big ints against small ones (the
# hash's reduction modulo 2**61 - 1 word by word, every sign)
import random
r = random.Random(3)
vals = [2**61 - 1, 2**61, 2**61 - 2, 2**64 - 1, 2**64, 2**122 - 1, (2**61 - 1) * 12345, 2**63, -2**63, -2**63 - 1, 2**200 - 1]
for b in (64, 65, 100, 128, 129, 300, 1000, 5000):
    for _ in range(100):
        vals.append(r.getrandbits(b))
        vals.append(-r.getrandbits(b))
acc = 0
for v in vals:
    acc = (acc * 31 + hash(v)) % (2**64)
    acc = (acc * 7 + v.bit_length() + (v > 5) + 2 * (v < -5) + 4 * (5 >= v) + 8 * (v == 2**70) + 16 * (v != -3)) % (2**64)
print(acc)
print(hash(-(2**61 - 1) * 3 - 1), hash(2**61 - 1), hash(-(2**61)), hash(2**64 + 5), hash(-2**64 - 5))
print((-1).bit_length(), (-2**63).bit_length(), True.bit_length(), (2**63).bit_length(), (-2**100).bit_length(), (0).bit_length())
x = 2**70
print(x > 1, x < 1, -x < 1, -x > -1, 1 < x, 1 > -x, x == 2**70, x != 2**70 + 1, max(3, x) == x, min(-x, 3) == -x)
print(x + 5, x * 3, x % 1000003, (x * 7) // 3, x - 2**70, x & 0xff, x | 1, x >> 3, -x >> 3)
print(2**127 * 2, 2**127 + 2**127, (2**128 - 1) * (2**128 - 1), -(2**127) - 2**127)
