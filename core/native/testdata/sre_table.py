# A broad table of regular expressions run through CPython's re (which
# drives _sre): each line is compared with CPython 3.10's output.
import re

def show(x):
    if isinstance(x, re.Match):
        return 'M(%r, %r, %r, %r)' % (x.regs, x.groups(), x.lastindex, x.lastgroup)
    if isinstance(x, list):
        return '[' + ', '.join(show(i) for i in x) + ']'
    return repr(x)

def run(label, f):
    try:
        r = show(f())
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
        if isinstance(e, re.error):
            r += ' (pos=%r lineno=%r colno=%r)' % (e.pos, e.lineno, e.colno)
    print(label, r)

F = {'': 0, 'I': re.I, 'M': re.M, 'S': re.S, 'X': re.X, 'A': re.A, 'L': re.L,
     'IM': re.I | re.M, 'MS': re.M | re.S, 'IA': re.I | re.A, 'IL': re.I | re.L}

CASES = [
    # literals, dot, anchors
    (r'abc', '', ['abc', 'xabcx', 'ab', '', 'abcabc']),
    (r'a.c', '', ['abc', 'a\nc', 'a.c']),
    (r'a.c', 'S', ['a\nc']),
    (r'^a', 'M', ['a\na\nb', 'ba']),
    (r'a$', 'M', ['a\na\nb', 'aa\n']),
    (r'^$', 'M', ['', '\n\n', 'a\n\nb']),
    (r'\Aab\Z', '', ['ab', 'ab\n']),
    (r'\bword\b', '', ['a word.', 'swordfish', 'word']),
    (r'\B..\B', '', ['abcdef', 'ab cd']),
    # classes and categories
    (r'[a-cx-z]+', '', ['abcxyzdef', 'mmm']),
    (r'[^0-9\s]+', '', ['ab 12 cd', '']),
    (r'\d+\.\d*', '', ['pi=3.14159, e=2.', 'x']),
    (r'\w+', '', ['héllo wörld_1 ²', '日本語 text']),
    (r'\w+', 'A', ['héllo wörld_1']),
    (r'\s+', '', ['a \t\n\x0b\x0c\r\x1c\x85\u2028b']),
    (r'[\w.+-]+@[\w-]+\.[\w.]+', '', ['contact: john.doe+x@ex-ample.co.uk, bad@x']),
    (r'[α-ωА-Яа-я]+', '', ['abc αβγ Привет']),
    (r'[^\x00-\x7f]+', '', ['abc ü日本 x']),
    (r'[\U0001F600-\U0001F64F]+', '', ['hi 😀😃!']),
    # quantifiers
    (r'a*', '', ['', 'aaa', 'baaa']),
    (r'a+?', '', ['aaa']),
    (r'a{2,3}', '', ['aaaa', 'a']),
    (r'a{2,}?', '', ['aaaa']),
    (r'(ab){2}', '', ['ababab']),
    (r'(a|b)*c', '', ['abac', 'abab']),
    (r'(a+)+$', '', ['aaaa', 'aaab']),
    (r'(\w+?)(\d*)$', '', ['abc123']),
    (r'<(.+?)>', '', ['<a><b><c>']),
    (r'<(.+)>', '', ['<a><b><c>']),
    # groups and names
    (r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)', '', ['on 2021-03-04 and 1999-12-31', '2021-3-4']),
    (r'(a)(b)?(c)', '', ['ac', 'abc']),
    (r'(?:x(y))+', '', ['xyxy']),
    (r'((a)|(b))+', '', ['ab', 'ba']),
    (r'(a)|(b)', '', ['b', 'a', 'c']),
    # backreferences and conditionals
    (r'(\w)\1', '', ['hello', 'abc']),
    (r'(?P<q>["\']).*?(?P=q)', '', ['say "hi" or \'bye\'']),
    (r'(\w+) \1', 'I', ['Hello HELLO', 'a b']),
    (r'(<)?\w+(?(1)>)', '', ['<a>', 'a', '<a']),
    (r'(?P<o>\()?\d+(?(o)\))', '', ['(12)', '34', '(5']),
    # lookarounds
    (r'\w+(?=!)', '', ['hi! there!', 'no']),
    (r'\w+(?!\d)', '', ['abc1 def']),
    (r'(?<=\$)\d+', '', ['cost: $42, $7']),
    (r'(?<!\$)\b\d+', '', ['cost: $42, 7']),
    (r'^(?=.*[A-Z])(?=.*\d).{8,}$', '', ['Passw0rdX', 'password']),
    # case-insensitive
    (r'straße', 'I', ['STRASSE', 'Straße', 'STRAẞE']),
    (r'[a-z]+', 'I', ['MiXeD Case']),
    (r'kelvin', 'I', ['\u212aELVIN']),
    (r'ſ', 'I', ['s', 'S']),
    (r'σ', 'I', ['Σ', 'ς']),
    (r'i', 'IA', ['İ', 'I']),
    (r'[é-ë]', 'I', ['É', 'Ë']),
    # verbose
    (r'''
        (\d{3})   # area
        [-.\s]?   # separator
        (\d{4})   # number
     ''', 'X', ['555-1234', '5551234', '555 1234']),
    # empty matches
    (r'', '', ['abc']),
    (r'x*', '', ['axbxxc']),
    (r'\b', '', ['ab cd']),
    (r'(?=a)', '', ['banana']),
    (r'a|', '', ['bab']),
    (r'^', 'M', ['a\nb\n']),
    (r'$', 'M', ['a\nb\n']),
]

for pat, fl, subjects in CASES:
    flags = F[fl]
    p = re.compile(pat, flags)
    print('PATTERN', repr(pat), fl, p.groups, sorted(p.groupindex.items()), repr(p))
    for s in subjects:
        run('  match %r' % s, lambda: p.match(s))
        run('  fullmatch %r' % s, lambda: p.fullmatch(s))
        run('  search %r' % s, lambda: p.search(s))
        run('  findall %r' % s, lambda: p.findall(s))
        run('  finditer %r' % s, lambda: list(p.finditer(s)))
        run('  split %r' % s, lambda: p.split(s))
        run('  split1 %r' % s, lambda: p.split(s, 1))
        run('  sub %r' % s, lambda: p.sub('<\\g<0>>', s))
        run('  subfn %r' % s, lambda: p.sub(lambda m: '[%s]' % m.group(0).upper(), s))
        run('  subn2 %r' % s, lambda: p.subn('#', s, 2))
        run('  pos %r' % s, lambda: (p.search(s, 1), p.match(s, 1, len(s) - 1), p.findall(s, 1, len(s) - 1)))

# bytes patterns
for pat, fl, subjects in [
    (rb'\w+', '', [b'abc \xe9t\xe9 _1']),
    (rb'[\x80-\xff]+', '', [b'ab\x80\xffcd']),
    (rb'(a)\1', 'I', [b'aA Aa']),
    (rb'abc', 'IL', [b'ABC', b'aBc']),
    (rb'\w+', 'L', [b'ab\xe9']),
    (rb'\s+', '', [b'a \x85\xa0\tb']),
    (rb'(?P<k>\w+)=(?P<v>\w*)', '', [b'a=1&b=&c=3']),
]:
    p = re.compile(pat, F[fl])
    print('BYTES', repr(pat), fl, repr(p))
    for s in subjects:
        run('  search %r' % s, lambda: p.search(s))
        run('  findall %r' % s, lambda: p.findall(s))
        run('  split %r' % s, lambda: p.split(s))
        run('  sub %r' % s, lambda: p.sub(rb'<\g<0>>', s))
        run('  bytearray %r' % s, lambda: p.findall(bytearray(s)))

# Match object API
m = re.search(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'Hi: Jane Doe.')
run('group', lambda: (m.group(), m.group(1), m.group('last'), m.group(0, 'first', 2), m[1], m['first']))
run('groups', lambda: (m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0)))
run('spans', lambda: (m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('opt'), m.regs))
run('attrs', lambda: (m.pos, m.endpos, m.lastindex, m.lastgroup, m.re.pattern, m.string))
run('expand', lambda: m.expand(r'\2, \g<first> \g<0>'))
run('repr', lambda: repr(m))
run('long repr', lambda: repr(re.match('.*', 'x' * 100)))
run('copy', lambda: (m.__copy__() is m, m.__deepcopy__({}) is m))
run('bad group', lambda: m.group(4))
run('bad name', lambda: m.group('nope'))
run('bad start', lambda: m.start(-1))
run('unhashable', lambda: m.group([]))
run('bool', lambda: m.group(True))
run('lastindex', lambda: [re.match(p, 'ab').lastindex for p in ['(a)b', '((a)b)', '(a)(b)', 'ab']])
run('lastgroup', lambda: [re.match(p, 'ab').lastgroup for p in ['(?P<x>a)b', '(?P<x>(a)b)', '(a)(?P<y>b)', 'ab']])
run('match type', lambda: (type(m).__qualname__, type(m).__module__, re.Match is type(m), type(re.compile('x')).__qualname__))

# Pattern object API
p = re.compile(r'(?P<a>a)(b)', re.I)
run('pattern attrs', lambda: (p.pattern, p.flags, p.groups, dict(p.groupindex)))
run('pattern repr', lambda: [repr(re.compile(x, f)) for x, f in [('a', 0), ('a', re.I | re.M), (b'a', 0), (b'a', re.L), ('a' * 300, 0), ('a', re.A | re.S | re.X)]])
run('pattern eq', lambda: (re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') == re.compile(b'a'), hash(re.compile('xy')) == hash(re.compile('xy'))))
run('pattern copy', lambda: (p.__copy__() is p, p.__deepcopy__(None) is p))
run('class getitem', lambda: (re.Pattern[str], re.Match[bytes]))
run('scanner', lambda: (lambda sc: [sc.match(), sc.match(), sc.search(), sc.search(), sc.search()])(re.compile(r'\d').scanner('12a3')))
run('finditer pos', lambda: [x.span() for x in re.finditer(r'\w', 'abcdef', 0) if x] + [x.span() for x in re.compile(r'\w').finditer('abcdef', 2, 4)])

# Errors
for bad in [r'(', r')', r'[a', r'a**', r'(?P<1>x)', r'(?P<a>x)(?P<a>y)', r'\1', r'(?<=a+)b', r'a{2,1}',
            r'[z-a]', r'(?z)', r'\p', 'x{99999999999}', r'(?P=nope)', r'(a)(?(3)b)', '\n(\n', r'(?<!a|bc)',
            r'[\d-z]', r'(?i', r'a++', r'(?#unterminated']:
    run('error %r' % bad, lambda: re.compile(bad))
run('str on bytes', lambda: re.compile('a').match(b'a'))
run('bytes on str', lambda: re.compile(b'a').match('a'))
run('not a string', lambda: re.compile('a').match(42))
run('bad pos', lambda: re.compile('a').match('a', 'x'))
run('bad template', lambda: re.sub('(a)', r'\2', 'a'))
run('bad template name', lambda: re.sub('(a)', r'\g<x>', 'a'))
run('sub returns int', lambda: re.sub('a', lambda m: 1, 'a'))
run('sub returns None', lambda: re.sub('a', lambda m: None, 'bab'))
run('locale str', lambda: re.compile('a', re.L))
run('ascii bytes', lambda: re.compile(b'a', re.A))

# module-level helpers
run('escape', lambda: (re.escape('a.b*c?[x]'), re.escape(b'a-b')))
run('split groups', lambda: re.split(r'(,)(\s)?', 'a, b,c'))
run('split empty', lambda: (re.split(r'\b', 'ab cd'), re.split(r'x*', 'axbc'), re.split(r'^$', '', flags=re.M)))
run('sub empty', lambda: (re.sub('x*', '-', 'abxd'), re.sub(r'\b', '|', 'ab cd'), re.subn('', '.', 'ab')))
run('sub templates', lambda: (re.sub(r'(\w)(\w)', r'\2\1', 'abcd'), re.sub(r'(?P<c>\w)', r'\g<c>\g<c>', 'ab'), re.sub('a', r'\n\t\\', 'xa')))
run('sub count', lambda: (re.sub('a', 'b', 'aaaa', count=2), re.subn('a', 'b', 'aaaa', 3)))
run('findall groups', lambda: (re.findall(r'(\w)(\d)?', 'a1b'), re.findall(r'(a)|b', 'ab')))
run('fullmatch', lambda: (re.fullmatch(r'a|ab', 'ab'), re.fullmatch(r'a*?', 'aa')))
run('reversed group', lambda: (re.search(r'(ab|a)*?b', 'ab').span(1), re.search(r'(ab|a)*?b', 'ab').group(1), re.findall(r'(ab|a)*?b', 'ab')))
run('maxrepeat', lambda: re.compile(r'a{4294967295}'))

# Limits: nesting deeper than the recursion limit, many alternatives,
# big repeats, many groups.
def kind(f):
    try:
        return f()
    except RecursionError:
        return 'RecursionError'
run('deep groups', lambda: kind(lambda: re.compile('(' * 1000 + 'a' + ')' * 1000)))
run('deep non-capturing', lambda: kind(lambda: re.compile('(?:' * 1000 + 'a' + ')' * 1000)))
run('many alternatives', lambda: re.compile('|'.join('w%d' % i for i in range(2000))).findall('w1 w1999 w2000 x'))
run('big repeats', lambda: re.fullmatch('a{1000}b{2,500}', 'a' * 1000 + 'b' * 400).span())
run('many groups', lambda: (re.match('(a)' * 200, 'a' * 200).lastindex, re.compile('(a)' * 200).groups))
run('long subject', lambda: (len(re.findall(r'\w+', 'word ' * 20000)), re.search(r'(ab|cd)*e', 'ab' * 5000 + 'e').span()))

# Subjects of other types: str subclasses, bytearray, lone surrogates,
# non-BMP text.
class S(str):
    pass
run('str subclass', lambda: (lambda m: (m.group(), type(m.group()).__name__, type(m.string).__name__, m.group(0, 1)))(re.match(r'(a)bc', S('abc'))))
run('str subclass sub', lambda: (re.sub('x', '-', S('axb')), type(re.sub('x', '-', S('ab'))).__name__, re.split('b', S('abc'))))
run('bytearray subject', lambda: (re.match(rb'(a)b', bytearray(b'abc')).group(0, 1), re.sub(rb'b', b'B', bytearray(b'abc')), re.findall(rb'.', bytearray(b'ab'))))
run('surrogates', lambda: (re.findall('[\ud800-\udfff]', 'a\ud800b\udfffc'), re.sub('\udc80', '?', 'x\udc80y'), re.split('b', '\ud83d b \ude00')))
run('non-BMP', lambda: (re.findall(r'\w', 'a𝐀😀b'), re.sub(r'.', lambda m: '%x' % ord(m.group()), '😀é'), re.search('😀+', 'ab😀😀c').span()))
run('mixed widths', lambda: (re.sub('é', 'e', 'café crème'), re.subn(r'\s', '\u2003', 'a b c'), re.split(r'(\W)', 'ça va?')))
run('sub types', lambda: re.sub('a', b'x', 'a'))
run('sub bytes types', lambda: re.sub(b'a', 'x', b'a'))
run('sub callable bytes', lambda: re.sub(b'a', lambda m: bytearray(b'Z'), b'bab'))
run('template escapes', lambda: (re.sub('(a)', r'[\1\g<1>\\n]', 'xa'), re.sub(b'(a)', rb'<\1>', b'a')))
run('identity', lambda: (lambda s: (re.sub('x', 'y', s) is s, re.match('.*', s).group() is s))('abc'))

# Keyword arguments and argument errors.
p = re.compile(r'(?P<w>\w)(\d)?')
m = p.match('a1')
for label, f in [
    ('kw match', lambda: (p.match(string='xa', pos=1), p.search('ab', endpos=1), p.fullmatch(string='a'))),
    ('kw sub', lambda: (p.sub(repl='-', string='a1b', count=1), p.subn(string='ab', repl='.'), p.split(string='a1b2', maxsplit=1))),
    ('kw findall', lambda: (p.findall(string='a1b', pos=1), [x.span() for x in p.finditer(string='ab', endpos=1)], p.scanner(string='a').match())),
    ('kw groups', lambda: (m.groups(default='-'), re.match('(a)(b)?', 'a').groups(default=0), m.groupdict(default=1), m.expand(template=r'\1'))),
    ('no args', lambda: p.match()),
    ('too many', lambda: p.match('a', 1, 2, 3)),
    ('bad kw', lambda: p.search('a', where=1)),
    ('dup arg', lambda: p.search('a', string='b')),
    ('group kw', lambda: m.group(1, x=2)),
    ('span args', lambda: m.span(1, 2)),
    ('start kw', lambda: m.start(group=1)),
    ('copy args', lambda: p.__copy__(1)),
    ('deepcopy args', lambda: p.__deepcopy__()),
    ('scanner args', lambda: p.scanner('a').search(1)),
    ('sub bad count', lambda: p.sub('x', 'a', 'b')),
    ('split bad', lambda: p.split(1)),
    ('endpos big', lambda: (p.search('a1', 0, 2**62), p.match('a1', -5))),
    ('endpos huge', lambda: p.search('a', 0, 2**70)),
    ('group huge', lambda: m.group(2**70)),
    ('group neg huge', lambda: m.group(-2**70)),
    ('group index', lambda: (m.group(True), m.span(False))),
    ('compile types', lambda: re.compile(1)),
    ('pattern type', lambda: (type(p).__qualname__, type(p).__module__)),
    ('match hash', lambda: hash(m) == hash(m)),
    ('eq other', lambda: (p == 1, p != 1, p == p)),
]:
    run(label, f)
import _sre
for label, f in [
    ('sre consts', lambda: (_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize(), _sre.copyright)),
    ('sre case', lambda: ([_sre.ascii_iscased(c) for c in (65, 97, 48, 0xe9, -1)], [_sre.unicode_iscased(c) for c in (65, 0xe9, 0xdf, 0x3c2, 0x2160, 48)])),
    ('sre lower', lambda: ([_sre.ascii_tolower(c) for c in (65, 0xc9, 97)], [_sre.unicode_tolower(c) for c in (65, 0xc9, 0x130, 0x212a, 0x1e9e, 0x10400, -1, 2**31 - 1)])),
    ('sre bad char', lambda: _sre.ascii_tolower('a')),
    ('sre big char', lambda: _sre.unicode_iscased(2**40)),
    ('sre compile code type', lambda: _sre.compile('a', 0, (1,), 0, {}, ())),
    ('sre compile groupindex type', lambda: _sre.compile('a', 0, [1], 0, [], ())),
    ('sre compile indexgroup type', lambda: _sre.compile('a', 0, [1], 0, {}, [])),
    ('sre compile code item', lambda: _sre.compile('a', 0, ['x'], 0, {}, ())),
    ('sre compile negative', lambda: _sre.compile('a', 0, [-1], 0, {}, ())),
    ('sre compile wide', lambda: _sre.compile('a', 0, [2**32], 0, {}, ())),
    ('sre compile huge', lambda: _sre.compile('a', 0, [2**64], 0, {}, ())),
    ('sre compile invalid', lambda: _sre.compile('a', 0, [17, 97], 0, {}, ())),
    ('sre compile bad mark', lambda: _sre.compile('a', 0, [18, 2, 1], 0, {}, ())),
    ('sre compile pattern type', lambda: _sre.compile(1, 0, [1], 0, {}, ())),
    ('sre compile none', lambda: _sre.compile(None, 0, [17, 97, 1], 0, {}, ()).match('ab')),
    ('sre compile args', lambda: _sre.compile('a', 0, [1])),
]:
    run(label, f)
sc = re.compile('(a)').scanner('aa')
m = re.match('(a)', 'a')
for label, f in [
    ('scanner kw', lambda: (sc.search(x=1), sc.match(y=2))),
    ('scanner args', lambda: sc.match(1)),
    ('end kw', lambda: m.end(group=1)),
    ('groups args', lambda: m.groups(1, 2)),
    ('groupdict args', lambda: m.groupdict(1, 2)),
    ('expand args', lambda: m.expand()),
    ('match copy args', lambda: m.__copy__(1)),
    ('match deepcopy args', lambda: (m.__deepcopy__(), )),
    ('match deepcopy args2', lambda: m.__deepcopy__(1, 2)),
    ('deepcopy kw', lambda: re.compile('a').__deepcopy__(memo=1)),
    ('copy kw', lambda: re.compile('a').__copy__(x=1)),
    ('getitem args', lambda: m.__getitem__()),
    ('class getitem args', lambda: re.Pattern.__class_getitem__()),
    ('eq args', lambda: re.compile('a').__eq__()),
    ('start args', lambda: m.start(1, 2)),
]:
    run(label, f)
import array
run('memoryview subject', lambda: (re.findall(rb'.', memoryview(b'abc')), re.match(rb'(a)', memoryview(b'ab')).group(1), type(re.match(rb'.*', memoryview(b'ab')).string).__name__))
run('array subject', lambda: (re.findall(rb'\x01', array.array('i', [1, 2])), re.match(rb'.*', array.array('b', [65, 66])).group()))
run('strided memoryview', lambda: re.findall(rb'.', memoryview(b'abcd')[::2]))
run('memoryview sub', lambda: (re.sub(rb'a', b'x', memoryview(b'aba')), re.split(rb'b', memoryview(b'aba')), re.sub(rb'a', memoryview(b'y'), b'aba')))
run('memoryview pattern', lambda: re.compile(memoryview(b'a')))
def resize_in_sub():
    ba = bytearray(b'abab')
    def f(m):
        ba.extend(b'x')
        return b'-'
    return re.sub(b'a', f, ba)
run('resize during sub', resize_in_sub)
def write_in_sub():
    ba = bytearray(b'abab')
    def f(m):
        ba[2] = 0x7a
        return b'-'
    return (re.sub(b'a', f, ba), ba)
run('write during sub', write_in_sub)
def resize_during_finditer():
    ba = bytearray(b'abab')
    it = re.finditer(b'a', ba)
    next(it)
    try:
        ba.append(1)
    except BufferError as e:
        r = str(e)
    list(it)
    ba.append(2)
    return r, ba
run('resize during finditer', resize_during_finditer)
