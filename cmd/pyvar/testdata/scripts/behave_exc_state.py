# BaseException.__reduce__ and __setstate__, with ImportError's and
# OSError's own reductions.
def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)

e = ValueError(1, 2)
t(lambda: e.__reduce__())
e.x = 5
t(lambda: e.__reduce__())
t(lambda: e.__reduce_ex__(2))
t(lambda: e.__setstate__({'y': 3}) or (e.x, e.y))
t(lambda: e.__setstate__(None))
t(lambda: e.__setstate__(5))
t(lambda: e.__setstate__({1: 2}))
t(lambda: ImportError('m', name='n', path='p').__reduce__())
t(lambda: ImportError('m').__reduce__())
t(lambda: ModuleNotFoundError('m', name='n').__reduce__())
t(lambda: OSError(2, 'no', 'f').__reduce__())
t(lambda: OSError(2, 'no', 'f', None, 'g').__reduce__())
t(lambda: OSError(2).__reduce__())
t(lambda: KeyError(2).__reduce__())
t(lambda: SyntaxError('x', ('f', 1, 2, 'l')).__reduce__())
t(lambda: UnicodeDecodeError('utf-8', b'x', 0, 1, 'bad').__reduce__())
t(lambda: StopIteration(3).__reduce__())
t(lambda: BaseException.__reduce__(Exception()))
cls, args, *state = ImportError('m', name='n').__reduce__()
r = cls(*args)
r.__setstate__(*state)
print(repr(r), r.name, r.path)
