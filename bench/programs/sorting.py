# Sorting: list.sort and sorted on ints, floats, strings and tuples, with
# key functions, reverse, stability, and partially ordered inputs.
import time

N = 12


def data(n, seed):
    s = seed
    out = []
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(s % 10000)
    return out


class Record:
    def __init__(self, name, score, age):
        self.name = name
        self.score = score
        self.age = age


def main(n):
    total = 0
    for r in range(n):
        xs = data(20000, r)
        a = sorted(xs)
        total += a[0] + a[-1] + a[len(a) // 2]
        b = sorted(xs, reverse=True)
        total += b[10]
        fl = [x / 7.0 for x in xs]
        fl.sort()
        total += int(fl[100])
        words = ["w%d" % x for x in xs[:5000]]
        words.sort()
        total += len(words[0]) + len(words[-1])
        pairs = [(x % 100, i) for i, x in enumerate(xs[:8000])]
        pairs.sort()
        total += pairs[500][1]
        recs = [Record("n%d" % (x % 300), x % 97, x % 50) for x in xs[:5000]]
        recs.sort(key=lambda rec: rec.score)
        recs.sort(key=lambda rec: rec.age, reverse=True)
        total += recs[0].score + recs[-1].age + recs[2500].score
        almost = list(range(10000))
        almost[5000], almost[5001] = almost[5001], almost[5000]
        almost.sort()
        total += almost[5000]
        by_len = sorted(words, key=len)
        total += len(by_len[-1])
    return total


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
