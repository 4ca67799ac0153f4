# Word count: str methods, dict get/set, sorting with a key.
import time

N = 30000

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu "
         "nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_text(n):
    lines = []
    for i in range(n):
        words = [WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(12)]
        lines.append(" ".join(words).upper() if i % 5 == 0 else " ".join(words))
    return "\n".join(lines)


def count(text):
    counts = {}
    for line in text.splitlines():
        for word in line.strip().lower().split():
            counts[word] = counts.get(word, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return top


text = make_text(N)
t0 = time.perf_counter()
top = count(text)
elapsed = time.perf_counter() - t0
checksum = sum(c * (i + 1) for i, (w, c) in enumerate(top)) + len(top[0][0])
print("result", checksum, elapsed, N)
