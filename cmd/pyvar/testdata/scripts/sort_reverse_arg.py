# sort()/sorted() take reverse as a C int (Argument Clinic's "i"), not any
# truth value.
for r in [True, False, 0, 5, -1, None, '', [], 2.5, 2**70]:
    for f in (lambda: sorted([3, 1, 2], reverse=r), lambda: [3, 1, 2].sort(reverse=r) or 'sorted'):
        try:
            print(repr(r), f())
        except Exception as e:
            print(repr(r), type(e).__name__, e)
