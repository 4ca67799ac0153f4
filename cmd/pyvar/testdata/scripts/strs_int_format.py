# str(int) writes its digits straight into the new str, and format() of a
# small int in decimal skips big.Int: every width, sign, grouping and fill.
import sys
vals = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, -1, -9, -10, -11, -99, -100, -12345, 2**31, -2**31, 2**62, 2**63-1, -2**63, -2**63+1, 2**63, -2**63-1, 10**17, 10**18, 10**19-1, 10**19, -10**18]
for v in vals:
    print(str(v), f"{v}", "%d" % v, f"{v:>25}", f"{v:<25}|", f"{v:^25}|", f"{v:+d}", f"{v: }", f"{v:,}", f"{v:_}", f"{v:025}", f"{v:=+25}", f"{v:*>30,}", format(v, "d"), format(v, ""), f"{v:x}", f"{v:#b}"[:12])
for spec in ["5", ">5", "05", "+05", ",d", "_", "0=10", "x<8", "é^9", "1000", "0", "1d", "3"]:
    print(repr(format(42, spec)), repr(format(-42, spec)), repr(format(True, spec)) if "é" not in spec else "")
for bad in ["5.2", ".2d", "c+", ",x", "5.2d"]:
    try:
        print(format(7, bad))
    except ValueError as e:
        print("ValueError:", e)
class I(int): pass
print(format(I(5), "4"), f"{I(-3):>6}", str(I(12)))
print(format(5, "99999999999999999999") if False else "skip")
try:
    format(5, "99999999999999999999")
except (ValueError, MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
