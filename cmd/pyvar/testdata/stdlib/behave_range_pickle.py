import pickle, copy
r = range(2, 2**70, 3)
print(r.__reduce__(), pickle.loads(pickle.dumps(r)) == r, copy.copy(range(5)))
it = reversed(range(5)); next(it)
print(list(pickle.loads(pickle.dumps(it))))
e = enumerate(range(3), 2**64)
next(e)
print(list(pickle.loads(pickle.dumps(e))))
