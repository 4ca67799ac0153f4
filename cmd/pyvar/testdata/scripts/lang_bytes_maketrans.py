# bytes.maketrans and bytearray.maketrans (base64 builds its tables with them).
t = bytes.maketrans(b'abc', bytearray(b'xyz'))
print(len(t), t[97:100], b'aabbcc'.translate(t), bytearray.maketrans(b'', b'')[:3], type(bytearray.maketrans(b'a', b'b')).__name__)
for bad in ((b'a', b'bc'), ('a', b'b'), (b'a',)):
    try:
        bytes.maketrans(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b'hello'.maketrans(b'l', b'L')[108])
