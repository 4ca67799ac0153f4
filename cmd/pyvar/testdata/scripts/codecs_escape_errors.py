# The escape decoders and the UTF decoders under every error handler: the replacement, the resume position, the messages.
import codecs
for data in [b'a\\u12', b'\\U00110000x', b'\\x4', b'ok\\u0041\\N{DIGIT ONE}', b'\\u00zz', b'\\']:
    for fn in (codecs.unicode_escape_decode, codecs.raw_unicode_escape_decode):
        for err in ('strict', 'replace', 'ignore', 'backslashreplace'):
            try: print(fn.__name__, err, fn(data, err))
            except Exception as e: print(fn.__name__, err, type(e).__name__, e)
print(codecs.utf_8_decode(b'\xff\xfeab\xc3', 'replace'), codecs.utf_16_le_decode(b'\x00\xd8a\x00', 'replace'), codecs.utf_7_decode(b'+AGE-+!', 'replace'))
