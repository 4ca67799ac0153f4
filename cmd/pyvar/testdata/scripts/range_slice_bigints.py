# range slicing and slice.indices with ints beyond 64 bits, and slices
# that pickle and copy.
import copy
import pickle

big = 2**100
for r in [range(10), range(-5, 50, 7), range(big), range(big, -big, -3)]:
    for s in [slice(None, None, big), slice(-big, big, 3), slice(None, None, -big),
              slice(3, None, -2), slice(big, -big, -1), slice(1, 2**64, 2**63)]:
        got = r[s]
        print(r, s, got, bool(got), got[-1] if got else None)

print(slice(-big, big, 7).indices(big))
print(slice(None, None, -1).indices(big + 5))
for bad in [slice(None, None, 0), slice('a', None)]:
    try:
        range(10)[bad]
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

s = slice(1, [2], 'x')
print(s.__reduce__())
print(pickle.loads(pickle.dumps(s)), copy.copy(s) is s, copy.deepcopy(s))
print(pickle.loads(pickle.dumps(slice(None, big, -1), protocol=0)))
try:
    s.__reduce__(1)
except TypeError as e:
    print('TypeError', e)
