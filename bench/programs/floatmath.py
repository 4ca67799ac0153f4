# Float math in the n-body style: a small planetary system integrated with
# per-pair forces, with ** -1.5 and ** 0.5, math functions and float division.
import math
import time

N = 20000


def make_system():
    bodies = []
    for i in range(6):
        r = 1.0 + i * 0.7
        angle = i * 1.1
        v = (1.0 / r) ** 0.5
        bodies.append([r * math.cos(angle), r * math.sin(angle), 0.01 * i,
                       -v * math.sin(angle), v * math.cos(angle), 0.0,
                       1.0 if i == 0 else 0.001 * i])
    return bodies


def advance(bodies, steps, dt):
    n = len(bodies)
    pairs = [(bodies[i], bodies[j]) for i in range(n - 1) for j in range(i + 1, n)]
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            mag = dt * (dx * dx + dy * dy + dz * dz + 0.01) ** -1.5
            bm = b[6] * mag
            am = a[6] * mag
            a[3] -= dx * bm
            a[4] -= dy * bm
            a[5] -= dz * bm
            b[3] += dx * am
            b[4] += dy * am
            b[5] += dz * am
        for body in bodies:
            body[0] += dt * body[3]
            body[1] += dt * body[4]
            body[2] += dt * body[5]


def energy(bodies):
    e = 0.0
    for i, a in enumerate(bodies):
        e += 0.5 * a[6] * (a[3] ** 2 + a[4] ** 2 + a[5] ** 2)
        for b in bodies[i + 1:]:
            d = math.sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2 + 0.01)
            e -= a[6] * b[6] / d
    return e


def main(n):
    bodies = make_system()
    advance(bodies, n, 0.001)
    e = energy(bodies)
    s = sum(math.hypot(b[0], b[1]) for b in bodies)
    return "%.6f" % (e + s)


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
