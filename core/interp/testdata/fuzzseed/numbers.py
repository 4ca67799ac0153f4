print(10 ** 30 // 7, (10 ** 30) % -7, pow(3, 200, 1000), pow(2, -1, 7), (-8) ** (1 / 3))
print(1e308 * 10, -1e308 * 10, 0.1 + 0.2, 1 / 3, float.fromhex("0x1.8p1"), (2.5).as_integer_ratio())
print(int(3.99), int(-3.99), round(-2.5), round(0.125, 2), divmod(-7.5, 2), 7 // -2, complex(1, 2) * 1j)
print(True + True, int.bit_length(2 ** 100), (1).__add__(2), 3 .real, 0o17, 0b1010_1010, 1_000_000)
print(format(1234567.891, ",.2f"), format(255, "#x"), format(0.5, "%"), "{:e}".format(12345.678))
import math
print(math.inf > 10 ** 400, math.isclose(1.0, 1.0 + 1e-10), math.copysign(1, -0.0), math.floor(-0.5))
