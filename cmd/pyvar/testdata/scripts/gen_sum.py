# sum(): the int and float fast paths give what BinaryOp gives (overflow into
# big ints, bools, subclasses with their own __add__, inf/-0.0), over
# lists, iterators and generators, and Argument Clinic's messages.
for src in ["sum()", "sum(iterable=[1])", "sum([1], 2, 3)", "sum([1], start=2, x=3)", "sum([1], 2, start=3)", "sum(start=3)"]:
    try: print(eval(src))
    except TypeError as e: print(src, e)
for src in ['sum([1], x=3)', 'sum([1], iterable=3)', 'sum(x=1, y=2)', 'sum([1], start=5)', 'sum([[1]], start=[0])']:
    try: print(eval(src))
    except TypeError as e: print(src, e)
import sys
class I(int):
    def __add__(self, o): return 100
    def __radd__(self, o): return 200
print(sum([1, 2, 3]), sum(x for x in range(10)), sum([True, True, 3]), sum([sys.maxsize, sys.maxsize, 1]))
print(sum([-sys.maxsize - 1, -1]), sum([0.1, 0.2, 0.3]), sum([1, 0.5, 2]), sum([0.5, 1, 2**70]))
print(sum([1, I(2)]), sum([I(2), 1]), sum([], 5), sum([1.5], start=2), sum(iter([2**64, -2**64, 3])))
print(sum([float('inf'), -float('inf')]), sum([-0.0, -0.0]), sum([], -0.0), sum([[1], [2]], []))
try: sum([1, 'a'])
except TypeError as e: print(e)
try: sum(['a'], '')
except TypeError as e: print(e)
try: sum(5)
except TypeError as e: print(e)
def g():
    yield 1
    raise ValueError("boom")
try: sum(g())
except ValueError as e: print(e)
try: sum()
except TypeError as e: print(e)
try: sum([1], 2, 3)
except TypeError as e: print(e)
