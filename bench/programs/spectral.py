# Spectral-norm style power iteration: an infinite matrix defined by a
# function, matrix-vector products in nested loops, and float reductions.
import time

N = 300


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v, n):
    return [sum(a(i, j) * v[j] for j in range(n)) for i in range(n)]


def mul_atv(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out.append(s)
    return out


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def main(n):
    u = [1.0] * n
    for _ in range(5):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return "%.9f" % ((vbv / vv) ** 0.5)


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
