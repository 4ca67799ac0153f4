for e in ['xmlcharrefreplace', 'backslashreplace', 'replace', 'ignore']:
    print(e, 'é✓😀x'.encode('ascii', e), 'é✓'.encode('latin-1', e))
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf16']:
    b = 'aé😀'.encode(enc)
    print(enc, b, b.decode(enc))
print(b'\xffab'.decode('utf-8', 'backslashreplace'), repr(b'\xffab'.decode('utf-8', 'surrogateescape')), b'\xffab'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape') if 0 else 1)
try: b'a'.decode('utf-16')
except UnicodeDecodeError as e: print(e)
