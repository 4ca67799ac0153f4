def f(p):
    with open(p) as fh, open(p) as g:
        data = fh.read()
    with open(p):
        return data
