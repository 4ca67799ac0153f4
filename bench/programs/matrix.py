# Integer and float matrices as lists of lists: multiplication with
# zip and sum, transposition, LU-free determinant by fractions-free
# elimination (Bareiss) on integers, and a small Gaussian solve on floats.
import time

N = 8


def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def bareiss_det(m):
    m = [row[:] for row in m]
    n = len(m)
    sign = 1
    prev = 1
    for k in range(n - 1):
        if m[k][k] == 0:
            for i in range(k + 1, n):
                if m[i][k] != 0:
                    m[k], m[i] = m[i], m[k]
                    sign = -sign
                    break
            else:
                return 0
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                m[i][j] = (m[i][j] * m[k][k] - m[i][k] * m[k][j]) // prev
        prev = m[k][k]
    return sign * m[-1][-1]


def solve(a, b):
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n + 1):
                m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def main(n):
    total = 0
    for r in range(n):
        size = 40
        a = [[(i * 3 + j * 7 + r) % 11 - 5 for j in range(size)] for i in range(size)]
        b = [[(i * j + r) % 7 - 3 for j in range(size)] for i in range(size)]
        c = matmul(a, b)
        total += sum(map(sum, c))
        total += bareiss_det([row[:14] for row in a[:14]]) % 1000003
        fa = [[float((i + 1) * (j + 2) % 17) + (i == j) * 20.0 for j in range(30)] for i in range(30)]
        x = solve(fa, [float(i) for i in range(30)])
        total += round(sum(x) * 1000)
    return total


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
