# array.array: pickling (by _array_reconstructor, found as array's), its
# iterators' __reduce__/__setstate__, weak references, and resizing while
# a buffer is exported (BufferError).
import array, pickle, weakref, copy

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

print(array._array_reconstructor.__module__, array._array_reconstructor.__name__)
for tc, init in [('b', [1, -2, 3]), ('d', [1.5, -2.0]), ('u', 'abc'), ('Q', [2**64 - 1]), ('i', [])]:
    a = array.array(tc, init)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.loads(pickle.dumps(a, proto))
        assert b == a and b.typecode == tc, (tc, proto)
    print(tc, pickle.loads(pickle.dumps(a)), copy.deepcopy(a) == a)

a = array.array('h', [10, 20, 30, 40])
it = iter(a)
print(it.__reduce__()[1:], next(it), it.__reduce__()[1:])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it2 = pickle.loads(pickle.dumps(it, proto))
    print(proto, list(it2), end='; ')
print()
print(list(it), it.__reduce__()[1:])
it = iter(a)
it.__setstate__(2); print(list(it))
it = iter(a)
it.__setstate__(-5); print(list(it))
it = iter(a)
it.__setstate__(99); print(list(it))
err(lambda: iter(a).__setstate__('x'))
r = reversed(array.array('b', [1, 2, 3]))
print(list(pickle.loads(pickle.dumps(r))))

w = weakref.ref(a)
print(w() is a, weakref.proxy(a)[1])
class A(array.array):
    pass
print(weakref.ref(A('b', [1]))() is None or True)

a = array.array('i', [1, 2, 3])
m = memoryview(a)
err(lambda: a.fromlist([4]))
err(lambda: a.fromlist([]))
err(lambda: a.fromlist(a.tolist()))
err(lambda: a.append(1))
err(lambda: a.extend([1]))
err(lambda: a.frombytes(a.tobytes()))
err(lambda: a.pop())
m.release()
a.fromlist([4, 5])
print(a)
err(lambda: a.fromlist([6, 'x']))
print(a)
