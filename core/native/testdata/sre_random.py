# Random patterns (a fixed linear congruential sequence, so both
# interpreters see the same ones) through re's whole API.
import re

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

def atom(depth, groups):
    k = rnd(16)
    if depth > 3:
        return 'abc'[rnd(3)]
    if k < 2:
        groups[0] += 1
        return '(' + alt(depth + 1, groups) + ')'
    if k == 2:
        return '(?:' + alt(depth + 1, groups) + ')'
    if k == 3:
        return ['(?=', '(?!'][rnd(2)] + alt(depth + 1, groups) + ')'
    if k == 4:
        return ['(?<=', '(?<!'][rnd(2)] + ['a', 'b', 'ab', '(a)', '[ab]c', '.'][rnd(6)] + ')'
    if k == 5 and groups[0]:
        return '\\%d' % (1 + rnd(groups[0]))
    if k == 6 and groups[0]:
        s = '(?(%d)%s' % (1 + rnd(groups[0]), seq(depth + 1, groups))
        if rnd(2):
            s += '|' + seq(depth + 1, groups)
        return s + ')'
    if k == 7:
        return ['.', '[ab]', '[^a]', r'\w', r'\W', r'\b', r'\B', '^', '$', r'\A', r'\Z', '[a-c]', r'\d', r'\s'][rnd(14)]
    if k == 8:
        return ['é', 'É', 'ß', 'K', 'ſ', '\u212a', 'σ'][rnd(7)]
    return 'abcA\n'[rnd(5)]

def quantified(depth, groups):
    a = atom(depth, groups)
    k = rnd(10)
    if k == 0: a += '*'
    elif k == 1: a += '+'
    elif k == 2: a += '?'
    elif k == 3:
        m = rnd(3)
        a += '{%d,%d}' % (m, m + rnd(3))
    else:
        return a
    if rnd(3) == 0:
        a += '?'
    return a

def seq(depth, groups):
    return ''.join(quantified(depth, groups) for _ in range(rnd(4) + 1))

def alt(depth, groups):
    s = seq(depth, groups)
    while rnd(4) == 0:
        s += '|' + seq(depth, groups)
    return s

def show(x):
    if isinstance(x, re.Match):
        return 'M%r' % (x.regs,)
    if isinstance(x, list):
        return '[' + ', '.join(show(i) for i in x) + ']'
    return repr(x)

FLAGS = [0, 0, 0, re.I, re.M, re.S, re.I | re.M, re.A | re.I]
for i in range(400):
    groups = [0]
    pat = alt(0, groups)
    flags = FLAGS[rnd(len(FLAGS))]
    subjects = [''.join('aabbcA\néßkK'[rnd(11)] for _ in range(rnd(9))) for _ in range(3)]
    try:
        p = re.compile(pat, flags)
    except re.error as e:
        print(i, repr(pat), 'error', e.msg, e.pos)
        continue
    out = []
    for s in subjects:
        try:
            out.append((show(p.search(s)), show(p.fullmatch(s)), show(p.findall(s)),
                        show(p.sub('<\\g<0>>', s)), show(p.split(s)), show([m.span() for m in p.finditer(s)])))
        except Exception as e:
            out.append('%s: %s' % (type(e).__name__, e))
    print(i, repr(pat), int(flags), out)
