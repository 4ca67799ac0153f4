# A small n-body simulation: float arithmetic, lists, tuple unpacking.
import time

N = 20000


def make_bodies():
    # (x, y, z, vx, vy, vz, mass) for a sun and four planets, in made-up units
    specs = [
        (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 39.47),
        (4.84, -1.16, -0.10, 0.606, 2.81, -0.02, 0.037),
        (8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.011),
        (12.89, -15.11, -0.22, 1.08, 0.868, -0.01, 0.0017),
        (15.37, -25.91, 0.17, 0.979, 0.594, -0.034, 0.002),
    ]
    return [list(s) for s in specs]


def energy(bodies):
    e = 0.0
    for i, a in enumerate(bodies):
        e += 0.5 * a[6] * (a[3] * a[3] + a[4] * a[4] + a[5] * a[5])
        for b in bodies[i + 1:]:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            e -= a[6] * b[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, steps, dt):
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
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


bodies = make_bodies()
t0 = time.perf_counter()
advance(bodies, N, 0.001)
elapsed = time.perf_counter() - t0
print("result", round(energy(bodies) * 1e6), elapsed, N)
