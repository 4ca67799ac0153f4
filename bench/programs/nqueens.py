# N-queens search: count solutions by backtracking with sets, and by
# bit masks; enumerate the first solutions as tuples.
import time

N = 9


def solve_sets(n):
    cols, diag1, diag2 = set(), set(), set()
    count = 0

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)
    place(0)
    return count


def solve_bits(n, row=0, cols=0, d1=0, d2=0):
    if row == n:
        return 1
    total = 0
    free = ~(cols | d1 | d2) & ((1 << n) - 1)
    while free:
        bit = free & -free
        free ^= bit
        total += solve_bits(n, row + 1, cols | bit, ((d1 | bit) << 1) & ((1 << n) - 1), (d2 | bit) >> 1)
    return total


def solutions(n):
    def extend(partial):
        row = len(partial)
        if row == n:
            yield tuple(partial)
            return
        for c in range(n):
            if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(partial)):
                partial.append(c)
                yield from extend(partial)
                partial.pop()
    yield from extend([])


def main(n):
    total = solve_sets(n) + solve_bits(n + 1)
    for i, sol in enumerate(solutions(n)):
        total += sum(sol) * (i + 1)
        if i > 40:
            break
    return total


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
