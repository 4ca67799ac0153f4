def kw(**k): pass
try:
    kw(**{1: 2})
except TypeError as e:
    print(e)
try:
    dict(**{1: 2})
except TypeError as e:
    print(e)
