# array comparisons go item by item with ==, without the identity
# shortcut (NaN items are never equal); fromunicode on an array exporting
# a buffer raises BufferError.
import array

nan = float('nan')
for tc in 'fd':
    a = array.array(tc, [nan]); b = array.array(tc, [nan])
    print(tc, a == b, a != b, a < b, a <= b, a > b, a >= b, a == a, a != a)
    c = array.array(tc, [1.0, nan, 3.0]); d = array.array(tc, [1.0, nan, 2.0])
    print(c == d, c != d, c < d, c > d, c <= d)
x = array.array('i', [1, 2, 3])
for y in [array.array('i', [1, 2]), array.array('i', [1, 2, 4]), array.array('b', [1, 2, 3]), array.array('d', [1.0, 2.0, 3.0]), array.array('i')]:
    print(x == y, x != y, x < y, x <= y, x > y, x >= y)
print(array.array('i') == array.array('i'), array.array('u', 'ab') < array.array('u', 'b'))
print(x.__eq__([1, 2, 3]), x == [1, 2, 3])

u = array.array('u', 'ab')
m = memoryview(u)
for f in [lambda: u.fromunicode('c'), lambda: u.fromunicode('')]:
    try:
        print('ok', f())
    except BufferError as e:
        print('BufferError:', e)
m.release()
u.fromunicode('cd')
print(u)
