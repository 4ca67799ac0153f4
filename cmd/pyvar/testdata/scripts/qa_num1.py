vals = [0.1, 0.2, 0.3, 1/3, 2/3, 1e-10, 1.5e300, 123456789.0, 1234567890123456789.0, 0.000123, 9.999999999999999e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 100.0, 1e16, 1e17, 12345678901234567.0, 0.1 + 0.7, 3.141592653589793, 2.718281828459045, -0.0, 1e-7, 0.0001, 0.00001]
for v in vals:
    print(repr(v), str(v), f"{v:g}", f"{v:.3e}", f"{v:.10f}" if abs(v) < 1e20 else "-", f"{v:r}" if False else "", round(v, 3), v.hex() if False else "")
x = 1.0
for i in range(30):
    x = x * 1.7 + 0.3
    print(repr(x), end=" ")
print()
ints = [0, 1, -1, 255, 2**31, 2**63 - 1, -2**63, 2**64, 10**18, 3**40, -(7**30)]
for n in ints:
    print(n, hex(n), oct(n), bin(n)[:20], f"{n:,}", f"{n:_x}", f"{n:>25}", f"{n:+e}", n.bit_length(), float(n), n // 7, n % 7, -n // 7, divmod(n, -9))
print(int("123" * 10), int("-" + "9" * 40) // 10**30, 2**200 // 3**50, (2**200) % (3**50), pow(3, 200, 10**9 + 7), pow(2, 10**5, 97))
print(7 // 0.5, 7 % 0.5, 2**0.5 * 2**0.5, float("0.1") * 3, 1e16 + 1, int(1e16) + 1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(round(1.005, 2), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1e15 + 0.5), round(123.456, -1), round(-123.456, -2), round(5, -1), round(15, -1), round(25, -1))
print(int(2.5), int(-2.5), float("  1.5e+3  "), float("-.5"), float("5."), float("inf") > 10**400, -float("inf") < -10**400, float("nan") != float("nan"))
print(1 == 1.0, 2**53 == 2.0**53, 2**53 + 1 == 2.0**53 + 1, 10**400 > 1e308, hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(float("inf")))
print(3 * 1.1, 1.1 * 3, 0.1 * 0.1, 1 - 0.9, 100 * 1.15, 4.35 * 100, 1.23456789e-5, 1.5e-5 * 2)
print(float.__repr__(1.5), int.__repr__(5), (1.5).__round__(), (2.5).__round__(0), (7).__floordiv__(2), (7).__rtruediv__(2), (5).__pow__(2))
print(complex(1.5, -2), complex("3-4j"), abs(complex(3, 4)), (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), 1j ** 2, complex(0, 0) == 0, repr(complex(-0.0, -0.0)), repr(1e20j), repr(complex(1, float("nan"))))
