s = '\udcff'
print(len(s), repr(s), ascii(s), hex(ord(s)))
t = 'a\ud800b'
print(len(t), repr(t), [hex(ord(c)) for c in t])
try:
    s.encode()
except UnicodeEncodeError as e:
    print(e)
print(repr(chr(0xdc80)), len(chr(0xd800) + chr(0xdc00)))
