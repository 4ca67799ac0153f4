vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1e308, -1e308, 5e-324, float("inf"), float("-inf"), float("nan"), 1, -1, 0, 2**53, 2**53 + 1, 2**1000, -2**1000, True, False]
out = []
for a in vals:
    for b in vals:
        out.append("".join("1" if r else "0" for r in (a < b, a <= b, a == b, a != b, a > b, a >= b)))
print(len(out))
for i in range(0, len(out), 20):
    print(" ".join(out[i:i + 20]))
def loop():
    acc = 0
    x = 0.0
    for i in range(2000):
        x += 0.1
        if x > 100.0: acc += 1
        if x == 50.0: acc += 1000
        if x != x: acc += 10**6
        if -x < -150.0: acc += 1
    return acc, x
print(loop())
