# binascii: base64, uu, hex, quoted-printable, crc32 and crc_hqx on a
# table of inputs (and seeded pseudo-random ones), with CPython 3.10's errors.
import binascii

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__module__, type(e).__name__ + ':', e)
    else:
        print('ok', r)

# A small LCG so the inputs are the same on every run and both sides.
state = 12345
def rnd(n):
    global state
    out = bytearray()
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2**31
        out.append(state >> 16 & 0xff)
    return bytes(out)

samples = [b'', b'a', b'ab', b'abc', b'abcd', b'\x00\xff', b'hello world\n', b'=\t \r\n.', bytes(range(256))]
samples += [rnd(n) for n in (1, 2, 3, 7, 45, 46, 100)]
text = [b'line one\nline two  \n', b'tabs\tand spaces \t\n', b'.\n', b'a.\r\nb\r\n', b'x' * 100 + b'\n', b'=' * 30, b'caf\xc3\xa9', b'end with space ', b'_under_score_', b'a\rb', b'\x00\x01 \x7f']
for d in samples:
    e = binascii.b2a_base64(d)
    print(e, binascii.a2b_base64(e) == d, binascii.b2a_base64(d, newline=False)[-2:], binascii.crc32(d), binascii.crc_hqx(d, 0), binascii.crc_hqx(d, 0xffff))
    h = binascii.hexlify(d)
    print(h[:40], binascii.unhexlify(h) == d, binascii.b2a_hex(d, '-')[:20], binascii.hexlify(d, b':', -3)[:30], binascii.a2b_hex(h.decode()) == d)
    if len(d) <= 45:
        u = binascii.b2a_uu(d)
        print(u, binascii.a2b_uu(u) == d, binascii.b2a_uu(d, backtick=True))
for d in samples + text:
    for qt in (False, True):
        for it in (True, False):
            for hd in (False, True):
                q = binascii.b2a_qp(d, qt, it, hd)
                print(q, binascii.a2b_qp(q, hd) == d)
print(binascii.crc32(b'hello', 0xffffffff), binascii.crc32(b'hello', -1), binascii.crc32(b'hello', 2**40 + 5), binascii.crc_hqx(b'hello', 2**20 + 3), binascii.crc32(memoryview(b'abc')), binascii.crc32(bytearray(b'abc')))

for s in [b'YWJj', b'YWJj\n', b'Y W J j', b'YW=Jj', b'YWI=', b'YWI', b'YQ==', b'YQ=', b'YQ', b'Y', b'YWJjZ', b'YWJjZA===', b'!!YW!Jj', b'YQ==YWJj', 'YWJj', b'', b'====', b'YQ=\n=']:
    err(lambda: binascii.a2b_base64(s))
for s in [b'#86)C\n', b'!80``\n', b'', b' \n', b'#86)C  \n', b'#86)Cx\n', b'#8\x01)C\n', b'$86)C', '#86)C\n', b'#86)C``\n']:
    err(lambda: binascii.a2b_uu(s))
for s in [b'=41=42', b'a=\nb', b'a=\r\nb', b'a==b', b'a=4', b'a=zz', b'a_b', b'=', b'a=\rxx\nb', 'x=41']:
    print(binascii.a2b_qp(s), binascii.a2b_qp(s, header=True))
err(lambda: binascii.a2b_base64('é'))
err(lambda: binascii.a2b_base64(3))
err(lambda: binascii.b2a_base64('abc'))
err(lambda: binascii.b2a_uu(b'x' * 46))
err(lambda: binascii.unhexlify(b'abc'))
err(lambda: binascii.unhexlify(b'zz'))
err(lambda: binascii.hexlify(b'ab', 'xy'))
err(lambda: binascii.hexlify(b'ab', 1))
err(lambda: binascii.crc32('abc'))
err(lambda: binascii.crc32(b'abc', 1.5))
err(lambda: binascii.crc_hqx(b'abc'))
err(lambda: binascii.b2a_base64(b'a', True))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception), binascii.Error.__module__)
