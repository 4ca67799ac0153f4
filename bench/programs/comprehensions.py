# Comprehensions: list, dict, set and nested comprehensions with
# conditions, building and transforming tables of data.
import time

N = 40


def main(n):
    total = 0
    for r in range(n):
        xs = [i * 7 % 1000 for i in range(5000)]
        evens = [x for x in xs if x % 2 == 0]
        total += len(evens)
        sq = {x: x * x for x in xs if x % 3}
        total += len(sq) + sq[1]
        uniq = {x % 97 for x in xs}
        total += len(uniq)
        grid = [[(i * j) % 10 for j in range(60)] for i in range(60)]
        total += sum(sum(row) for row in grid)
        transposed = [[row[i] for row in grid] for i in range(60)]
        total += transposed[3][7]
        flat = [v for row in grid for v in row if v > 5]
        total += len(flat)
        inv = {v: k for k, v in sq.items()}
        total += len(inv)
        names = ["item%d" % i for i in range(1000)]
        lookup = {name: i for i, name in enumerate(names)}
        total += sum(lookup[name] for name in names[::10])
        pairs = [(a, b) for a in range(40) for b in range(a, 40) if (a + b) % 5 == 0]
        total += len(pairs)
    return total


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
