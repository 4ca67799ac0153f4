# re's flags (an IntFlag), its module-level API and its debug output,
# which runs sre_parse's dump and sre_compile's disassembler.
import re

print(re.I, re.M | re.S, repr(re.A | re.I | re.X), re.U, re.L, ~re.I)
print(int(re.I | re.M), re.IGNORECASE is re.I, isinstance(re.M, int))
p = re.compile(r'(?i)a', re.M)
print(p.flags, repr(p), p.flags & re.I, p.flags & re.U)
print(re.compile(b'x', re.L).flags, re.compile('x', re.A).flags)
print(re.findall('^a', 'a\nA', re.I | re.M), re.split('x', 'aXbxc', flags=re.I), re.sub('a', '-', 'AaA', flags=re.I))
print(re.subn('a', '-', 'AaA', 2, re.I), re.fullmatch('a+', 'AAA', re.I).span(), re.search('b$', 'a\nb\nc', re.M).span())
print([m.span() for m in re.finditer('.', 'a\nb', re.S)])
print(re.escape('1.5*x+y?'), re.escape('naïve € $'), re.escape(b'a.b'))
re.purge()
print(re.compile('abc') is re.compile('abc'), re.compile('abc', re.I) is re.compile('abc'))
print(re.template('a').pattern, re.template('a').flags)
try:
    re.template('a*')
except re.error as e:
    print('error', e)
for bad in ['(', 'a{3', '[b-a]', '(?P<x>a)(?P=y)', 'x' * 3 + ')']:
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno, str(e))
print(re.compile(r'(?x) a  b # c', re.DEBUG).pattern)
re.compile(r'(?P<n>[a-c]+|\d)\1?(?=x)', re.DEBUG)
