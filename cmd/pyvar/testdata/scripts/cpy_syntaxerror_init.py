# SyntaxError(msg, info): info is any sequence of 4 or 6 items, as SyntaxError_init parses it.
for a in [('bad.py', 1, 2), ('bad.py', 1, 2, 4, 5, 6, 7), ('bad.py', 1, 2, 'abcdefg', 1), [1, 2, 3, 4], ('f', 1, 2, 't', 1, 2), 5]:
    try:
        e = SyntaxError('bad bad', a)
        print(e.args, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
    except Exception as e:
        print(type(e).__name__, e)
