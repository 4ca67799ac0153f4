def t(expr):
    try:
        r = eval(expr)
        print(expr, "=", repr(r))
    except Exception as e:
        print(expr, "!", type(e).__name__, e)
d = {"a": 1, "b": 2}
L = [3, 1, 2]
s = "Hello, World"
for e in """d.get('a') d.get('z') d.get('z',0) d['z'] d.keys() d.values() d.items() list(d) d.copy() d.setdefault('c',3) d
d.pop('c') d.pop('zz') d.pop('zz',None) dict.fromkeys('ab') dict.fromkeys([1,2],0) d.popitem() d {}.popitem() d|{'x':9} {1:2}=={1:2} {1:2}=={1:3}
len(d) 'a'in(d) {1:'a',True:'b'} {0:1,0.0:2,False:3} dict(zip('ab',range(2))) {**d} d.update(q=1) d d.update([('r',2)]) d.update(5) sorted(d.items())
{}.keys()|{1} d.keys()&{'a','q'} d.keys()-{'a'} list(reversed(d)) d.__contains__('a') dict.__name__ {[]:1} d[[]]
L.append(4) L L.extend('ab') L L.insert(0,'z') L L.insert(-1,'y') L L.insert(100,'w') L L.remove('y') L L.remove('nope') L.pop() L.pop(0) L.pop(50) [].pop() L
L.index(2) L.index(99) L.count(1) L.reverse() L L.copy() L.clear() L [1,2]*2 [0]*-1 [1,2]+[3] [1,2]+(3,) [3,1,2].sort() sorted([3,1,2]) [1,[2]]==[1,[2]] [1,2]<[1,2,3]
[1,2,3][1:] [1,2,3][::-1] [1,2,3][::2] [1,2,3][5:] [1,2,3][-1] [1,2,3][3] list(range(10))[2:8:3] [1,2,3].index(2,0,1)
s.lower() s.upper() s.title() s.swapcase() s.capitalize() 'hELLO wORLD'.capitalize() s.casefold() s.split() s.split(',') s.split(',',1) 'a,b,,c'.split(',') '  a  b '.split() 'a b c'.rsplit(None,1) ''.split() ''.split(',')
s.strip('Hd') '  x '.strip() 'xxhixx'.lstrip('x') 'xxhixx'.rstrip('x') s.replace('l','L') s.replace('l','L',2) s.replace('','-') s.find('o') s.find('o',5) s.rfind('o') s.find('zz') s.index('zz') s.rindex('o') s.count('l') s.count('')
s.startswith('He') s.startswith(('x','H')) s.endswith('ld') s.startswith(1) ','.join(['a','b']) ','.join([1]) ''.join([]) s.partition(', ') s.rpartition('o') s.partition('zz') s.center(20,'*') s.ljust(15,'.') s.rjust(15) '42'.zfill(5) '-42'.zfill(5)
'abc'.isalpha() '123'.isdigit() '12a'.isalnum() '  '.isspace() 'Abc'.istitle() 'ABC'.isupper() 'abc'.islower() '½'.isnumeric() '½'.isdigit() '٣'.isdecimal() 'a_1'.isidentifier() '1a'.isidentifier() 'abc'.isascii() 'é'.isascii() ''.isalpha() '\\t'.isprintable()
'a\\tb'.expandtabs() 'a\\tb'.expandtabs(4) 'l1\\nl2\\r\\nl3'.splitlines() 'l1\\nl2\\n'.splitlines(True) 'ab'*3 'abc'[1] 'abc'[-4] 'abc'[::-1] 'abc'[1:100] 'a'<'b' 'abc'.encode() 'é'.encode('utf-8') 'é'.encode('ascii') b'\\xc3\\xa9'.decode() b'\\xff'.decode()
'{} {}'.format(1,2) '{1}{0}'.format('a','b') '{x}'.format(x=5) '{0[1]}'.format([1,2]) '{0.real}'.format(3) '{:>5}|{:<5}|{:^5}'.format(1,2,3) '{:05.1f}'.format(3.14159) '{'.format() '{0}'.format() '{:d}'.format('s') '{!r}'.format('q') '%s %d %r' % ('a',1,'b') '%5.2f|%-5d|%x|%o|%e' % (3.14159,42,255,8,12345.6789) '%(a)s' % {'a':1} '%s' % (1,2) '%d' % 'a' '%%' % () '%c' % 65
'abc'.removeprefix('a') 'abc'.removesuffix('c') 'a-b_c'.translate(str.maketrans('-_','  ')) str.maketrans({'a':'b'}) 'abc'.translate({97:None}) 'x'.join('abc') 'abc' in 'xabcx' '' in 'a' 1 in 'a'
(1,2).count(1) (1,2).index(2) (1,2,3)[1:] (1,)*3 ()+(1,) (1,2)<(1,3) tuple([1])==(1,) hash(())==hash(()) len((1,2,3)) (1,[2]) hash((1,[2]))
{1,2}|{3} {1,2}&{2,3} {1,2}-{2} {1,2}^{2,3} {1,2}<={1,2,3} {1,2}<{1,2} set().add(1) {1}.isdisjoint({2}) {1,2}.issuperset([1]) frozenset({1})|{2} {frozenset()} {1}.pop() set().pop() {1}.remove(2) {1}.discard(2) set([1,2])=={2,1} set() {1,2}.union([3],(4,)) {1,2,3}.intersection({2},{2,3}) set('ab').difference('a') {1}.symmetric_difference({2})""".split():
    t(e)
