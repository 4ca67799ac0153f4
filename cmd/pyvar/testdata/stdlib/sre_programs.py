# Small programs of the kind people write with re: a tokenizer, a log
# parser, a template engine, a word counter, a CSV-ish splitter.
import re

# A tokenizer driven by one alternation of named groups (lastgroup).
TOKENS = [('NUMBER', r'\d+(?:\.\d*)?'), ('ASSIGN', r':='), ('END', r';'), ('ID', r'[A-Za-z_]\w*'),
          ('OP', r'[+\-*/()]'), ('NEWLINE', r'\n'), ('SKIP', r'[ \t]+'), ('MISMATCH', r'.')]
master = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKENS))

def tokenize(code):
    line, start = 1, 0
    for mo in master.finditer(code):
        kind, value = mo.lastgroup, mo.group()
        col = mo.start() - start
        if kind == 'NEWLINE':
            line, start = line + 1, mo.end()
            continue
        if kind == 'SKIP':
            continue
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        yield kind, value, line, col

for tok in tokenize('total := price * 1.5 + tax;\nif x := y - 3; $'):
    print(tok)

# A log parser with named groups and groupdict.
LOG = re.compile(r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<when>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+)[^"]*" (?P<status>\d{3}) (?P<size>\d+|-)')
lines = [
    '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326',
    '10.0.0.2 - - [10/Oct/2000:13:56:01 -0700] "POST /login HTTP/1.1" 302 -',
    'garbage line',
    '192.168.1.10 - - [11/Oct/2000:01:02:03 +0000] "GET /index.html HTTP/1.1" 404 512',
]
statuses = {}
for line in lines:
    m = LOG.match(line)
    if not m:
        print('unparsed:', line)
        continue
    d = m.groupdict()
    statuses[d['status']] = statuses.get(d['status'], 0) + 1
    print(d['ip'], d['method'], d['path'], d['status'], int(d['size']) if d['size'] != '-' else 0, m.span('path'))
print(sorted(statuses.items()))

# A template engine: sub with a callable and a dict.
def render(template, context):
    def repl(m):
        key, default = m.group(1), m.group(3)
        return str(context.get(key, default if default is not None else '?'))
    return re.sub(r'\{\{\s*(\w+)\s*(\|\s*(\w*))?\s*\}\}', repl, template)
print(render('Hello {{ name }}, you owe {{amount}} {{ currency | EUR }}. {{ missing }}', {'name': 'Ann', 'amount': 12}))

# Word frequencies, case-insensitively, with Unicode letters.
text = '''Ein Wort, zwei Wörter; ein Satz. EIN Satz? Straße und STRASSE sind nicht gleich.'''
counts = {}
for w in re.findall(r'\w+', text):
    counts[w.lower()] = counts.get(w.lower(), 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(re.findall(r'(?i)stra(?:ss|ß)e', text))

# Splitting with captured separators, maxsplit and empty matches.
print(re.split(r'\s*([,;])\s*', 'a , b;c ,d'))
print(re.split(r'\s*([,;])\s*', 'a , b;c ,d', maxsplit=2))
print(re.split(r'(?=[A-Z])', 'SplitCamelCaseWords'))
print(re.sub(r'(?<=[a-z])(?=[A-Z])', '_', 'camelCaseToSnake').lower())

# Validation with fullmatch and verbose patterns.
EMAIL = re.compile(r'''
    [\w.+-]+        # local part
    @
    (?:[\w-]+\.)+   # domain labels
    [A-Za-z]{2,}    # top-level domain
''', re.VERBOSE)
for addr in ['ann@example.com', 'bad@', 'x.y+z@sub.domain.org', 'no spaces@x.com']:
    print(addr, bool(EMAIL.fullmatch(addr)))

# Backreferences: doubled words and palindromes of 3 to 5 letters.
print(re.findall(r'\b(\w+)\s+\1\b', 'this is is a test test of the the code'))
print([w for w in ['level', 'hello', 'noon', 'abcba', 'abca'] if re.fullmatch(r'(\w)(\w)?\w?\2\1', w)])

# Escaping user input, and expand on a match.
needle = 'a+b (c)'
print(re.escape(needle), re.search(re.escape(needle), 'x a+b (c) y').span())
m = re.search(r'(?P<user>\w+)@(?P<host>[\w.]+)', 'mail: joe@host.org')
print(m.expand(r'\g<host>/~\1'), m.expand(r'<\g<0>>'))
print(repr(m), m.re.pattern, m.pos, m.endpos, m.regs)
