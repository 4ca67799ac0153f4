# Text processing: build a pseudo-random corpus, then count words with
# dicts and str methods (split, lower, strip, startswith, join, replace).
import time

N = 40

WORDS = ("the quick brown fox jumps over lazy dog while seven wizards quietly "
         "hex jinx vexed bumbling nymphs and Zebras Graze Past Acres of wheat").split()


def corpus(lines, seed):
    out = []
    s = seed
    for i in range(lines):
        words = []
        for j in range(8 + i % 5):
            s = (s * 69069 + 1) & 0xFFFFFFFF
            w = WORDS[s % len(WORDS)]
            if s % 7 == 0:
                w = w.upper()
            if s % 11 == 0:
                w = w + ","
            words.append(w)
        out.append("  " + " ".join(words) + ".  ")
    return "\n".join(out)


def count(text):
    freq = {}
    first = {}
    lengths = 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        for word in line.split():
            w = word.lower().strip(".,")
            freq[w] = freq.get(w, 0) + 1
            if w.startswith("q") or w.endswith("s"):
                first.setdefault(w[0], []).append(w)
            lengths += len(w)
    return freq, first, lengths


def main(n):
    total = 0
    for i in range(n):
        text = corpus(300, i)
        freq, first, lengths = count(text)
        top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        total += lengths + sum(c for _, c in top) + len(first)
        title = text[:200].replace("fox", "cat").title()
        total += title.count("Cat") + len(title.split(","))
    return total


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
