# Integer permutations in the fannkuch style: flip prefixes of every
# permutation of 1..n, counting flips, with list slicing and reversal.
import time

N = 8


def flips(perm):
    p = perm[:]
    count = 0
    first = p[0]
    while first:
        p[:first + 1] = p[first::-1]
        count += 1
        first = p[0]
    return count


def permutations_of(n):
    perm = list(range(n))
    count = [0] * n
    yield perm[:]
    i = 0
    while i < n:
        if count[i] < i:
            if i % 2 == 0:
                perm[0], perm[i] = perm[i], perm[0]
            else:
                perm[count[i]], perm[i] = perm[i], perm[count[i]]
            yield perm[:]
            count[i] += 1
            i = 0
        else:
            count[i] = 0
            i += 1


def main(n):
    best = 0
    checksum = 0
    for idx, p in enumerate(permutations_of(n)):
        f = flips(p)
        if f > best:
            best = f
        checksum += f if idx % 2 == 0 else -f
    return best * 100000 + checksum


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
