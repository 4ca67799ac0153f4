# The UTF codecs of _codecs (utf-8/16/32/7), without Lib: results,
# consumed counts for incremental use, exact error ranges and messages.
import _codecs as C


def show(f, *args):
    try:
        r = f(*args)
    except (UnicodeError, TypeError, ValueError, LookupError, IndexError) as e:
        x = [type(e).__name__, str(e)]
        if isinstance(e, UnicodeError):
            x += [e.encoding, e.start, e.end, e.reason]
        print(f.__name__, 'raises', x)
    else:
        print(f.__name__, repr(r))


samples = ['', 'abc', 'h\xe9llo', '\u20ac99', 'a\U0001f600b', '\ud800', 'x\udc80y', '\ud83d\ude00']
for s in samples:
    for enc in ['utf_8', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be', 'utf_7']:
        f = getattr(C, enc + '_encode')
        for errors in [None, 'strict', 'surrogatepass', 'surrogateescape', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
            try:
                b, n = f(s, errors)
            except UnicodeEncodeError as e:
                print(enc, ascii(s), errors, 'E', e.start, e.end, e.reason, str(e))
                continue
            d = getattr(C, enc + '_decode')
            try:
                back = d(b, 'surrogatepass' if errors == 'surrogatepass' else 'strict', True)
            except UnicodeDecodeError as e:
                back = ('E', e.start, e.end, e.reason)
            print(enc, ascii(s), errors, b, n, ascii(back))

bad = [b'\x80', b'a\xc3', b'a\xc3(', b'\xe0\x80\x80', b'\xed\xa0\x80', b'\xed\xa0', b'\xf0\x90\x80',
       b'\xf0\x90\x80b', b'\xf4\x90\x80\x80', b'\xf5', b'\xff\xfe', b'ok\xc0\xafok', b'\xe2\x82']
for b in bad:
    for errors in ['strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace', 'surrogatepass']:
        for final in (True, False):
            try:
                print('utf8', b, errors, final, ascii(C.utf_8_decode(b, errors, final)))
            except UnicodeDecodeError as e:
                print('utf8', b, errors, final, 'E', e.start, e.end, e.reason)

wide = [b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00b', b'\x00\xd8', b'\x00\xd8a\x00', b'\x00\xdc',
        b'=\xd8\x00\xde', b'\x00\xd8\x00', b'a']
for b in wide:
    for errors in ['strict', 'replace', 'surrogatepass', 'backslashreplace']:
        for final in (True, False):
            for bo in (0, -1, 1):
                try:
                    print('utf16', b, errors, final, bo, ascii(C.utf_16_ex_decode(b, errors, bo, final)))
                except UnicodeDecodeError as e:
                    print('utf16', b, errors, final, bo, 'E', e.encoding, e.start, e.end, e.reason)
wide32 = [b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'\x00\xd8\x00\x00',
          b'\x00\x00\x11\x00', b'a\x00\x00', b'a\x00\x00\x00b']
for b in wide32:
    for errors in ['strict', 'replace', 'surrogatepass']:
        for final in (True, False):
            try:
                print('utf32', b, errors, final, ascii(C.utf_32_ex_decode(b, errors, 0, final)))
            except UnicodeDecodeError as e:
                print('utf32', b, errors, final, 'E', e.encoding, e.start, e.end, e.reason)

for b in [b'+AGEAYgBj-', b'a+AOk-b', b'+-', b'+', b'+A', b'+AG', b'+AGE', b'a\x80b', b'+AGEA-', b'+2D3eAA-', b'+2D0-', b'+!', b'~']:
    for final in (True, False):
        for errors in ['strict', 'replace']:
            try:
                print('utf7', b, final, errors, ascii(C.utf_7_decode(b, errors, final)))
            except UnicodeDecodeError as e:
                print('utf7', b, final, errors, 'E', e.start, e.end, e.reason)
for s in ['Hi Mom -\u263a-!', 'A\u2262\u0391.', '+', '~\\', 'a\U0001f600', '\ud800x', '1 + 1 = 2', 'x-y']:
    print('utf7 enc', ascii(s), C.utf_7_encode(s))

show(C.utf_8_encode, b'x')
show(C.utf_8_encode, 'x', 1)
show(C.utf_8_decode, 'x')
show(C.utf_8_decode)
show(C.utf_8_decode, b'x', None, True, 4)
show(C.utf_16_encode, 'x', None, 5)
show(C.utf_8_decode, bytearray(b'\xc3\xa9'))
