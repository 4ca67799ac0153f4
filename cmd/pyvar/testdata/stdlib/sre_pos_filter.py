# search skips the positions where the characters after the first cannot
# begin a match (every match consumes one character from a known set at
# each of its first offsets: literals, sets, alternatives of the same
# width, fixed repeats), and the positions too close to the end for the
# shortest such prefix; zero-width operations are stepped over.
import random
import re

patterns = [
    rb'agggtaaa|tttaccct', rb'[cgt]gggtaaa|tttaccc[acg]', rb'agggtaa[cgt]|[acg]ttaccct',
    'ab|cd', 'a(b|c)d', 'a(?:bc|de)f', 'a(?:bc|d)f', 'a(?:b|)c', 'x{3}y', 'x{2,3}y', 'x{0}y',
    '(?=ab)a.', 'a(?!b).', '(?<=a)bc', r'\bab\b', '^ab', 'ab$', r'a\Z', 'a.c', 'a[^b]c',
    '(?i)ab', '(?i)ſt', '(?i)kx', 'é[éa]', '\u212a|k', '(a)(b)\\1', 'a(?P<x>b)(?P=x)',
    'ab*c', 'a+b', '(?:ab){2}', '(?:a|bc)d', '(ab)|(ac)', '(?s)a.b', 'a\nb', '(?m)^ab',
]
subjects = ['', 'a', 'ab', 'abab', 'xxxyy xxy xy', 'aéa éé', 'KkK\u212ax ſt ST', 'abcabdacdab\nab',
            'abbbc ac abc aabc', 'a\nb a\rb', 'ababab abab', 'ſtst', 'ab' * 20 + 'a']
for p in patterns:
    for s in subjects:
        if isinstance(p, bytes):
            s = s.encode('latin-1', 'replace')
        rx = re.compile(p)
        spans = [m.span() for m in rx.finditer(s)]
        window = [rx.search(s, pos, end) for pos, end in ((1, len(s)), (0, len(s) - 1), (2, 3))]
        print(p, repr(s), spans, [m.span() if m else None for m in window], len(rx.findall(s)),
              rx.sub('-' if isinstance(s, str) else b'-', s)[:30])
rng = random.Random(7)
ATOMS = ['a', 'c', 'g', 't', 'A', '[ac]', '[^a]', '.', r'\w', r'\d', '[cgt]', 'ſ', 'k', 'é', r'\s', '[a-c]']
def atom(d):
    r = rng.random()
    if d < 3 and r < 0.15:
        return '(' + seq(d+1) + ')'
    if d < 3 and r < 0.25:
        return '(?:' + '|'.join(seq(d+1) for _ in range(rng.randint(2, 4))) + ')'
    if r < 0.3:
        return rng.choice(['^', '$', r'\b', r'\B', '(?=a)', '(?!c)', '(?<=g)', '(?<!t)', r'\A', r'\Z'])
    a = rng.choice(ATOMS)
    r = rng.random()
    if r < 0.1: a += '*'
    elif r < 0.15: a += '+'
    elif r < 0.2: a += '?'
    elif r < 0.27: a += '{%d}' % rng.randint(0, 3)
    elif r < 0.32: a += '{%d,%d}' % (rng.randint(0, 2), rng.randint(2, 4))
    elif r < 0.35: a += '*?'
    return a
def seq(d):
    return ''.join(atom(d) for _ in range(rng.randint(1, 5)))
def pattern():
    if rng.random() < 0.5:
        return '|'.join(seq(0) for _ in range(rng.randint(2, 4)))
    return seq(0)
subjects = ['', 'a', 'acgt' * 5, 'tttaccctagggtaaa', 'ACGTacgtſKk\u212a é\n ag', 'gattaca agg gtaaa\ncc', ''.join(rng.choice('acgt') for _ in range(60)), 'xyz', 'ag', 'a\nc']
out = []
for i in range(150):
    p = pattern()
    flags = rng.choice([0, 0, re.I, re.M, re.S])
    try:
        rx = re.compile(p, flags)
    except re.error as e:
        continue
    for s in subjects:
        try:
            r = [m.span() for m in rx.finditer(s)]
            r2 = [m.span() if m else None for m in (rx.search(s, 2), rx.search(s, 1, len(s) - 1))]
            b = None
            try:
                rb = re.compile(p.encode('latin-1'), flags)
                sb = s.encode('latin-1')
                b = [m.span() for m in rb.finditer(sb)]
            except (UnicodeEncodeError, re.error, ValueError):
                pass
        except Exception as e:
            r = type(e).__name__
            r2 = b = None
        out.append((p, flags, s, r, r2, b))
for o in out:
    print(repr(o))
