# issue 11: round() with huge ndigits, float.__getformat__, math.pow domain errors.
for a in [(1.5, 2**100), (1.5, -2**100), (-1.5, -2**100), (5, 2**100), (2.5, 2**63), (2.5, -2**63), (123.456, -2), (1.5, None), (True, 2**70)]:
    try:
        print(a, repr(round(*a)))
    except Exception as e:
        print(a, type(e).__name__, e)
for x in ['double', 'float', 'x', 3]:
    try:
        print(float.__getformat__(x))
    except Exception as e:
        print(type(e).__name__, e)
import math
for a in [(0.0, -1.0), (-0.0, -1.5), (0.0, -2), (-8.0, 1/3), (2.0, 10000.0), (-2.0, 10001.0), (1e-300, -2.0)]:
    try:
        print(a, math.pow(*a))
    except Exception as e:
        print(a, type(e).__name__, e)
vals = [1.23456789e-30, 5e-324, 1.5e-300, 0.1, 2.675, 1e-25 * 3.3333, 123.456, -9.87654321e-40]
for x in vals:
    print([round(x, n) for n in (22, 23, 25, 30, 35, 45, 100, 300, 323, 324, 400)])
