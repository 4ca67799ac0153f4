# Recursion: the Takeuchi function, a binary tree built and walked
# recursively, and a recursive Ackermann at small arguments.
import time

N = 3


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def make_tree(depth):
    if depth == 0:
        return None
    return (make_tree(depth - 1), depth, make_tree(depth - 1))


def tree_sum(t):
    if t is None:
        return 0
    left, v, right = t
    return tree_sum(left) + v + tree_sum(right)


def tree_height(t):
    if t is None:
        return 0
    return 1 + max(tree_height(t[0]), tree_height(t[2]))


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)


def main(n):
    total = 0
    for i in range(n):
        total += tak(18, 12, 6)
        t = make_tree(14)
        total += tree_sum(t) + tree_height(t)
        total += ack(2, 300 + i)
        moves = []
        hanoi(14, "a", "b", "c", moves)
        total += len(moves)
    return total


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
