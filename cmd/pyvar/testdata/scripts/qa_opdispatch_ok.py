def case0():
    class A(object):
        def __add__(self, other): return 'A.__add__'
        def __rsub__(self, other): return NotImplemented
        def __mul__(self, other): return NotImplemented
        def __floordiv__(self, other): return 'A.__floordiv__'
        def __imod__(self, other): return 'A.__imod__'
        def __rpow__(self, other): return NotImplemented
        def __rxor__(self, other): return NotImplemented
        def __ixor__(self, other): return 'A.__ixor__'
        def __imatmul__(self, other): return 'A.__imatmul__'
        def __lt__(self, other): return 'A.__lt__'
    class B(object):
        def __iadd__(self, other): return 'B.__iadd__'
        def __rmul__(self, other): return 'B.__rmul__'
        def __truediv__(self, other): return NotImplemented
        def __floordiv__(self, other): return 'B.__floordiv__'
        def __ifloordiv__(self, other): return NotImplemented
        def __imod__(self, other): return 'B.__imod__'
        def __pow__(self, other): return 'B.__pow__'
        def __rpow__(self, other): return 'B.__rpow__'
        def __ilshift__(self, other): return NotImplemented
        def __rand__(self, other): return NotImplemented
        def __ror__(self, other): return NotImplemented
        def __xor__(self, other): return 'B.__xor__'
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case0()
def case2():
    class A(object):
        def __rsub__(self, other): return 'A.__rsub__'
        def __mul__(self, other): return 'A.__mul__'
        def __rtruediv__(self, other): return 'A.__rtruediv__'
        def __floordiv__(self, other): return NotImplemented
        def __rfloordiv__(self, other): return 'A.__rfloordiv__'
        def __imod__(self, other): return NotImplemented
        def __pow__(self, other): return NotImplemented
        def __rpow__(self, other): return 'A.__rpow__'
        def __lshift__(self, other): return 'A.__lshift__'
        def __rlshift__(self, other): return 'A.__rlshift__'
        def __or__(self, other): return 'A.__or__'
        def __ror__(self, other): return 'A.__ror__'
        def __rxor__(self, other): return NotImplemented
        def __ge__(self, other): return 'A.__ge__'
    class B(object):
        def __radd__(self, other): return 'B.__radd__'
        def __sub__(self, other): return 'B.__sub__'
        def __rtruediv__(self, other): return 'B.__rtruediv__'
        def __itruediv__(self, other): return 'B.__itruediv__'
        def __pow__(self, other): return 'B.__pow__'
        def __rpow__(self, other): return NotImplemented
        def __lshift__(self, other): return NotImplemented
        def __rlshift__(self, other): return 'B.__rlshift__'
        def __ilshift__(self, other): return NotImplemented
        def __rand__(self, other): return 'B.__rand__'
        def __rxor__(self, other): return 'B.__rxor__'
        def __rmatmul__(self, other): return 'B.__rmatmul__'
        def __lt__(self, other): return 'B.__lt__'
        def __ge__(self, other): return NotImplemented
        def __eq__(self, other): return 'B.__eq__'
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case2()
def case3():
    class A(object):
        def __isub__(self, other): return 'A.__isub__'
        def __truediv__(self, other): return 'A.__truediv__'
        def __rmod__(self, other): return NotImplemented
        def __rlshift__(self, other): return NotImplemented
        def __ilshift__(self, other): return 'A.__ilshift__'
        def __and__(self, other): return NotImplemented
        def __or__(self, other): return 'A.__or__'
        def __rxor__(self, other): return NotImplemented
        def __ixor__(self, other): return 'A.__ixor__'
        def __rmatmul__(self, other): return 'A.__rmatmul__'
        def __imatmul__(self, other): return 'A.__imatmul__'
        def __lt__(self, other): return 'A.__lt__'
    class B(object):
        def __rmul__(self, other): return NotImplemented
        def __floordiv__(self, other): return NotImplemented
        def __rfloordiv__(self, other): return NotImplemented
        def __imod__(self, other): return 'B.__imod__'
        def __pow__(self, other): return 'B.__pow__'
        def __ipow__(self, other): return NotImplemented
        def __rlshift__(self, other): return 'B.__rlshift__'
        def __rand__(self, other): return 'B.__rand__'
        def __ror__(self, other): return 'B.__ror__'
        def __ixor__(self, other): return NotImplemented
        def __rmatmul__(self, other): return 'B.__rmatmul__'
        def __lt__(self, other): return 'B.__lt__'
        def __le__(self, other): return 'B.__le__'
        def __ge__(self, other): return 'B.__ge__'
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case3()
def case4():
    class A(object):
        def __add__(self, other): return 'A.__add__'
        def __rsub__(self, other): return 'A.__rsub__'
        def __truediv__(self, other): return 'A.__truediv__'
        def __itruediv__(self, other): return 'A.__itruediv__'
        def __rfloordiv__(self, other): return 'A.__rfloordiv__'
        def __ifloordiv__(self, other): return 'A.__ifloordiv__'
        def __ipow__(self, other): return NotImplemented
        def __lshift__(self, other): return 'A.__lshift__'
        def __iand__(self, other): return 'A.__iand__'
        def __ror__(self, other): return 'A.__ror__'
        def __ior__(self, other): return 'A.__ior__'
        def __rxor__(self, other): return 'A.__rxor__'
        def __lt__(self, other): return NotImplemented
        def __le__(self, other): return NotImplemented
        def __eq__(self, other): return NotImplemented
    class B(object):
        def __sub__(self, other): return 'B.__sub__'
        def __rsub__(self, other): return 'B.__rsub__'
        def __mul__(self, other): return NotImplemented
        def __imul__(self, other): return 'B.__imul__'
        def __imod__(self, other): return 'B.__imod__'
        def __lshift__(self, other): return 'B.__lshift__'
        def __iand__(self, other): return 'B.__iand__'
        def __or__(self, other): return 'B.__or__'
        def __matmul__(self, other): return 'B.__matmul__'
        def __imatmul__(self, other): return 'B.__imatmul__'
        def __lt__(self, other): return NotImplemented
        def __ge__(self, other): return 'B.__ge__'
        def __ne__(self, other): return 'B.__ne__'
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case4()
def case6():
    class A(object):
        def __sub__(self, other): return 'A.__sub__'
        def __rsub__(self, other): return 'A.__rsub__'
        def __rmul__(self, other): return NotImplemented
        def __mod__(self, other): return 'A.__mod__'
        def __rmod__(self, other): return 'A.__rmod__'
        def __pow__(self, other): return 'A.__pow__'
        def __rpow__(self, other): return NotImplemented
        def __lshift__(self, other): return NotImplemented
        def __rlshift__(self, other): return 'A.__rlshift__'
        def __and__(self, other): return NotImplemented
        def __iand__(self, other): return 'A.__iand__'
        def __ixor__(self, other): return NotImplemented
        def __matmul__(self, other): return 'A.__matmul__'
        def __rmatmul__(self, other): return NotImplemented
        def __lt__(self, other): return 'A.__lt__'
        def __le__(self, other): return 'A.__le__'
        def __gt__(self, other): return 'A.__gt__'
    class B(object):
        def __add__(self, other): return 'B.__add__'
        def __iadd__(self, other): return 'B.__iadd__'
        def __isub__(self, other): return 'B.__isub__'
        def __imul__(self, other): return 'B.__imul__'
        def __rtruediv__(self, other): return 'B.__rtruediv__'
        def __mod__(self, other): return 'B.__mod__'
        def __imod__(self, other): return 'B.__imod__'
        def __pow__(self, other): return NotImplemented
        def __rpow__(self, other): return 'B.__rpow__'
        def __imatmul__(self, other): return 'B.__imatmul__'
        def __lt__(self, other): return NotImplemented
        def __gt__(self, other): return 'B.__gt__'
        def __eq__(self, other): return 'B.__eq__'
        def __ne__(self, other): return 'B.__ne__'
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case6()
def case7():
    class A(object):
        def __add__(self, other): return 'A.__add__'
        def __iadd__(self, other): return NotImplemented
        def __sub__(self, other): return 'A.__sub__'
        def __rsub__(self, other): return NotImplemented
        def __itruediv__(self, other): return 'A.__itruediv__'
        def __imod__(self, other): return 'A.__imod__'
        def __ipow__(self, other): return NotImplemented
        def __rlshift__(self, other): return NotImplemented
        def __rand__(self, other): return NotImplemented
        def __iand__(self, other): return 'A.__iand__'
        def __rxor__(self, other): return NotImplemented
        def __ixor__(self, other): return 'A.__ixor__'
        def __matmul__(self, other): return NotImplemented
        def __imatmul__(self, other): return 'A.__imatmul__'
        def __lt__(self, other): return 'A.__lt__'
        def __gt__(self, other): return NotImplemented
    class B(object):
        def __radd__(self, other): return NotImplemented
        def __rmul__(self, other): return NotImplemented
        def __imul__(self, other): return 'B.__imul__'
        def __pow__(self, other): return NotImplemented
        def __ror__(self, other): return 'B.__ror__'
        def __imatmul__(self, other): return 'B.__imatmul__'
        def __gt__(self, other): return 'B.__gt__'
        def __eq__(self, other): return 'B.__eq__'
        def __ne__(self, other): return 'B.__ne__'
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case7()
def case8():
    class A(object):
        def __sub__(self, other): return 'A.__sub__'
        def __rsub__(self, other): return 'A.__rsub__'
        def __mul__(self, other): return NotImplemented
        def __truediv__(self, other): return 'A.__truediv__'
        def __rtruediv__(self, other): return NotImplemented
        def __itruediv__(self, other): return 'A.__itruediv__'
        def __floordiv__(self, other): return NotImplemented
        def __rfloordiv__(self, other): return NotImplemented
        def __rpow__(self, other): return NotImplemented
        def __lshift__(self, other): return NotImplemented
        def __ilshift__(self, other): return 'A.__ilshift__'
        def __and__(self, other): return NotImplemented
        def __iand__(self, other): return 'A.__iand__'
        def __or__(self, other): return 'A.__or__'
        def __xor__(self, other): return NotImplemented
        def __ixor__(self, other): return NotImplemented
        def __imatmul__(self, other): return 'A.__imatmul__'
        def __le__(self, other): return NotImplemented
        def __gt__(self, other): return 'A.__gt__'
        def __ge__(self, other): return NotImplemented
        def __eq__(self, other): return NotImplemented
        def __ne__(self, other): return 'A.__ne__'
    class B(A):
        def __add__(self, other): return 'B.__add__'
        def __sub__(self, other): return 'B.__sub__'
        def __rmul__(self, other): return NotImplemented
        def __imul__(self, other): return 'B.__imul__'
        def __rmod__(self, other): return 'B.__rmod__'
        def __rpow__(self, other): return 'B.__rpow__'
        def __lshift__(self, other): return NotImplemented
        def __rlshift__(self, other): return NotImplemented
        def __iand__(self, other): return NotImplemented
        def __matmul__(self, other): return 'B.__matmul__'
        def __imatmul__(self, other): return 'B.__imatmul__'
        def __lt__(self, other): return 'B.__lt__'
        def __le__(self, other): return 'B.__le__'
        def __gt__(self, other): return 'B.__gt__'
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case8()
def case9():
    class A(object):
        def __radd__(self, other): return 'A.__radd__'
        def __iadd__(self, other): return NotImplemented
        def __isub__(self, other): return 'A.__isub__'
        def __mul__(self, other): return 'A.__mul__'
        def __mod__(self, other): return 'A.__mod__'
        def __pow__(self, other): return 'A.__pow__'
        def __rlshift__(self, other): return 'A.__rlshift__'
        def __ror__(self, other): return 'A.__ror__'
        def __rmatmul__(self, other): return NotImplemented
        def __le__(self, other): return NotImplemented
        def __gt__(self, other): return NotImplemented
        def __ge__(self, other): return 'A.__ge__'
    class B(object):
        def __isub__(self, other): return 'B.__isub__'
        def __truediv__(self, other): return NotImplemented
        def __floordiv__(self, other): return NotImplemented
        def __ifloordiv__(self, other): return 'B.__ifloordiv__'
        def __mod__(self, other): return NotImplemented
        def __rlshift__(self, other): return 'B.__rlshift__'
        def __and__(self, other): return 'B.__and__'
        def __or__(self, other): return NotImplemented
        def __ixor__(self, other): return 'B.__ixor__'
        def __imatmul__(self, other): return 'B.__imatmul__'
        def __lt__(self, other): return 'B.__lt__'
        def __le__(self, other): return 'B.__le__'
        def __eq__(self, other): return NotImplemented
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case9()
def case12():
    class A(object):
        def __radd__(self, other): return 'A.__radd__'
        def __isub__(self, other): return NotImplemented
        def __mul__(self, other): return 'A.__mul__'
        def __rmul__(self, other): return 'A.__rmul__'
        def __imul__(self, other): return 'A.__imul__'
        def __ifloordiv__(self, other): return NotImplemented
        def __imod__(self, other): return 'A.__imod__'
        def __lshift__(self, other): return 'A.__lshift__'
        def __rlshift__(self, other): return 'A.__rlshift__'
        def __and__(self, other): return 'A.__and__'
        def __iand__(self, other): return 'A.__iand__'
        def __ror__(self, other): return 'A.__ror__'
        def __ior__(self, other): return 'A.__ior__'
        def __ixor__(self, other): return 'A.__ixor__'
        def __matmul__(self, other): return 'A.__matmul__'
        def __rmatmul__(self, other): return 'A.__rmatmul__'
        def __imatmul__(self, other): return 'A.__imatmul__'
        def __lt__(self, other): return 'A.__lt__'
        def __le__(self, other): return 'A.__le__'
        def __gt__(self, other): return NotImplemented
    class B(object):
        def __radd__(self, other): return 'B.__radd__'
        def __rsub__(self, other): return NotImplemented
        def __rfloordiv__(self, other): return 'B.__rfloordiv__'
        def __mod__(self, other): return 'B.__mod__'
        def __rmod__(self, other): return 'B.__rmod__'
        def __lshift__(self, other): return 'B.__lshift__'
        def __rlshift__(self, other): return NotImplemented
        def __rand__(self, other): return NotImplemented
        def __iand__(self, other): return NotImplemented
        def __ror__(self, other): return 'B.__ror__'
        def __xor__(self, other): return 'B.__xor__'
        def __rxor__(self, other): return 'B.__rxor__'
        def __imatmul__(self, other): return NotImplemented
        def __lt__(self, other): return NotImplemented
        def __eq__(self, other): return 'B.__eq__'
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case12()
def case15():
    class A(object):
        def __add__(self, other): return 'A.__add__'
        def __sub__(self, other): return 'A.__sub__'
        def __isub__(self, other): return 'A.__isub__'
        def __mul__(self, other): return NotImplemented
        def __floordiv__(self, other): return NotImplemented
        def __rmod__(self, other): return NotImplemented
        def __imod__(self, other): return NotImplemented
        def __pow__(self, other): return 'A.__pow__'
        def __ipow__(self, other): return 'A.__ipow__'
        def __rlshift__(self, other): return 'A.__rlshift__'
        def __ilshift__(self, other): return 'A.__ilshift__'
        def __and__(self, other): return NotImplemented
        def __rand__(self, other): return 'A.__rand__'
        def __ror__(self, other): return 'A.__ror__'
        def __xor__(self, other): return 'A.__xor__'
        def __lt__(self, other): return 'A.__lt__'
        def __le__(self, other): return NotImplemented
        def __ge__(self, other): return 'A.__ge__'
        def __eq__(self, other): return 'A.__eq__'
    class B(object):
        def __radd__(self, other): return NotImplemented
        def __rmod__(self, other): return 'B.__rmod__'
        def __imod__(self, other): return 'B.__imod__'
        def __rpow__(self, other): return 'B.__rpow__'
        def __iand__(self, other): return 'B.__iand__'
        def __rxor__(self, other): return 'B.__rxor__'
        def __ixor__(self, other): return 'B.__ixor__'
        def __lt__(self, other): return 'B.__lt__'
        def __gt__(self, other): return 'B.__gt__'
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case15()
def case17():
    class A(object):
        def __rmul__(self, other): return NotImplemented
        def __imul__(self, other): return 'A.__imul__'
        def __truediv__(self, other): return 'A.__truediv__'
        def __rfloordiv__(self, other): return 'A.__rfloordiv__'
        def __mod__(self, other): return NotImplemented
        def __lshift__(self, other): return NotImplemented
        def __and__(self, other): return 'A.__and__'
        def __rand__(self, other): return 'A.__rand__'
        def __iand__(self, other): return 'A.__iand__'
        def __rxor__(self, other): return 'A.__rxor__'
        def __ixor__(self, other): return 'A.__ixor__'
        def __rmatmul__(self, other): return 'A.__rmatmul__'
        def __imatmul__(self, other): return NotImplemented
        def __lt__(self, other): return NotImplemented
        def __le__(self, other): return 'A.__le__'
    class B(object):
        def __radd__(self, other): return NotImplemented
        def __sub__(self, other): return 'B.__sub__'
        def __rsub__(self, other): return 'B.__rsub__'
        def __rmul__(self, other): return NotImplemented
        def __truediv__(self, other): return 'B.__truediv__'
        def __pow__(self, other): return 'B.__pow__'
        def __rand__(self, other): return 'B.__rand__'
        def __ror__(self, other): return NotImplemented
        def __ge__(self, other): return 'B.__ge__'
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case17()
def case18():
    class A(object):
        def __radd__(self, other): return 'A.__radd__'
        def __sub__(self, other): return 'A.__sub__'
        def __rsub__(self, other): return NotImplemented
        def __imul__(self, other): return NotImplemented
        def __floordiv__(self, other): return 'A.__floordiv__'
        def __ifloordiv__(self, other): return 'A.__ifloordiv__'
        def __mod__(self, other): return 'A.__mod__'
        def __rmod__(self, other): return NotImplemented
        def __ilshift__(self, other): return NotImplemented
        def __iand__(self, other): return NotImplemented
        def __ror__(self, other): return 'A.__ror__'
        def __lt__(self, other): return 'A.__lt__'
        def __ne__(self, other): return 'A.__ne__'
    class B(object):
        def __add__(self, other): return NotImplemented
        def __iadd__(self, other): return 'B.__iadd__'
        def __rsub__(self, other): return 'B.__rsub__'
        def __isub__(self, other): return 'B.__isub__'
        def __mul__(self, other): return 'B.__mul__'
        def __imul__(self, other): return 'B.__imul__'
        def __truediv__(self, other): return 'B.__truediv__'
        def __rtruediv__(self, other): return NotImplemented
        def __itruediv__(self, other): return 'B.__itruediv__'
        def __floordiv__(self, other): return 'B.__floordiv__'
        def __imod__(self, other): return 'B.__imod__'
        def __rpow__(self, other): return NotImplemented
        def __lshift__(self, other): return 'B.__lshift__'
        def __and__(self, other): return NotImplemented
        def __or__(self, other): return NotImplemented
        def __ror__(self, other): return 'B.__ror__'
        def __ior__(self, other): return 'B.__ior__'
        def __rmatmul__(self, other): return 'B.__rmatmul__'
        def __le__(self, other): return 'B.__le__'
        def __gt__(self, other): return NotImplemented
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case18()
def case20():
    class A(object):
        def __radd__(self, other): return 'A.__radd__'
        def __rsub__(self, other): return 'A.__rsub__'
        def __isub__(self, other): return 'A.__isub__'
        def __rmul__(self, other): return 'A.__rmul__'
        def __truediv__(self, other): return NotImplemented
        def __rtruediv__(self, other): return 'A.__rtruediv__'
        def __ifloordiv__(self, other): return NotImplemented
        def __mod__(self, other): return 'A.__mod__'
        def __imod__(self, other): return 'A.__imod__'
        def __ilshift__(self, other): return 'A.__ilshift__'
        def __rand__(self, other): return 'A.__rand__'
        def __or__(self, other): return NotImplemented
        def __ior__(self, other): return NotImplemented
        def __xor__(self, other): return 'A.__xor__'
        def __matmul__(self, other): return NotImplemented
        def __lt__(self, other): return 'A.__lt__'
        def __le__(self, other): return 'A.__le__'
        def __ge__(self, other): return 'A.__ge__'
        def __eq__(self, other): return NotImplemented
    class B(object):
        def __imul__(self, other): return NotImplemented
        def __imod__(self, other): return 'B.__imod__'
        def __pow__(self, other): return 'B.__pow__'
        def __ipow__(self, other): return NotImplemented
        def __and__(self, other): return 'B.__and__'
        def __xor__(self, other): return 'B.__xor__'
        def __rxor__(self, other): return NotImplemented
        def __matmul__(self, other): return NotImplemented
        def __ge__(self, other): return 'B.__ge__'
        def __eq__(self, other): return 'B.__eq__'
        def __ne__(self, other): return 'B.__ne__'
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case20()
def case22():
    class A(object):
        def __radd__(self, other): return NotImplemented
        def __iadd__(self, other): return NotImplemented
        def __rsub__(self, other): return 'A.__rsub__'
        def __mul__(self, other): return 'A.__mul__'
        def __itruediv__(self, other): return 'A.__itruediv__'
        def __rmod__(self, other): return NotImplemented
        def __rpow__(self, other): return 'A.__rpow__'
        def __ilshift__(self, other): return NotImplemented
        def __ixor__(self, other): return 'A.__ixor__'
        def __imatmul__(self, other): return NotImplemented
        def __ne__(self, other): return 'A.__ne__'
    class B(object):
        def __iadd__(self, other): return 'B.__iadd__'
        def __rsub__(self, other): return NotImplemented
        def __isub__(self, other): return 'B.__isub__'
        def __mul__(self, other): return 'B.__mul__'
        def __truediv__(self, other): return 'B.__truediv__'
        def __imod__(self, other): return NotImplemented
        def __rpow__(self, other): return 'B.__rpow__'
        def __rand__(self, other): return NotImplemented
        def __iand__(self, other): return 'B.__iand__'
        def __ror__(self, other): return 'B.__ror__'
        def __ior__(self, other): return 'B.__ior__'
        def __xor__(self, other): return 'B.__xor__'
        def __rxor__(self, other): return 'B.__rxor__'
        def __imatmul__(self, other): return 'B.__imatmul__'
        def __lt__(self, other): return 'B.__lt__'
        def __eq__(self, other): return 'B.__eq__'
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case22()
def case24():
    class A(object):
        def __add__(self, other): return NotImplemented
        def __radd__(self, other): return NotImplemented
        def __floordiv__(self, other): return 'A.__floordiv__'
        def __rmod__(self, other): return 'A.__rmod__'
        def __rpow__(self, other): return 'A.__rpow__'
        def __lshift__(self, other): return 'A.__lshift__'
        def __rlshift__(self, other): return NotImplemented
        def __ilshift__(self, other): return NotImplemented
        def __ror__(self, other): return 'A.__ror__'
        def __rxor__(self, other): return NotImplemented
        def __rmatmul__(self, other): return 'A.__rmatmul__'
        def __lt__(self, other): return NotImplemented
    class B(object):
        def __sub__(self, other): return NotImplemented
        def __rmul__(self, other): return 'B.__rmul__'
        def __imul__(self, other): return 'B.__imul__'
        def __floordiv__(self, other): return 'B.__floordiv__'
        def __rfloordiv__(self, other): return 'B.__rfloordiv__'
        def __mod__(self, other): return NotImplemented
        def __rmod__(self, other): return 'B.__rmod__'
        def __ilshift__(self, other): return 'B.__ilshift__'
        def __rand__(self, other): return 'B.__rand__'
        def __matmul__(self, other): return NotImplemented
        def __rmatmul__(self, other): return 'B.__rmatmul__'
        def __eq__(self, other): return NotImplemented
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case24()
def case25():
    class A(object):
        def __add__(self, other): return 'A.__add__'
        def __radd__(self, other): return 'A.__radd__'
        def __sub__(self, other): return NotImplemented
        def __isub__(self, other): return 'A.__isub__'
        def __rtruediv__(self, other): return NotImplemented
        def __floordiv__(self, other): return NotImplemented
        def __pow__(self, other): return NotImplemented
        def __lshift__(self, other): return NotImplemented
        def __ilshift__(self, other): return 'A.__ilshift__'
        def __rand__(self, other): return 'A.__rand__'
        def __or__(self, other): return 'A.__or__'
        def __rxor__(self, other): return 'A.__rxor__'
        def __rmatmul__(self, other): return 'A.__rmatmul__'
        def __imatmul__(self, other): return 'A.__imatmul__'
        def __lt__(self, other): return NotImplemented
        def __le__(self, other): return NotImplemented
        def __gt__(self, other): return 'A.__gt__'
        def __ge__(self, other): return 'A.__ge__'
    class B(object):
        def __add__(self, other): return 'B.__add__'
        def __radd__(self, other): return 'B.__radd__'
        def __isub__(self, other): return NotImplemented
        def __truediv__(self, other): return NotImplemented
        def __mod__(self, other): return 'B.__mod__'
        def __lshift__(self, other): return 'B.__lshift__'
        def __and__(self, other): return NotImplemented
        def __ior__(self, other): return NotImplemented
        def __xor__(self, other): return NotImplemented
        def __matmul__(self, other): return 'B.__matmul__'
        def __ge__(self, other): return 'B.__ge__'
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case25()
def case27():
    class A(object):
        def __iadd__(self, other): return 'A.__iadd__'
        def __isub__(self, other): return NotImplemented
        def __mul__(self, other): return 'A.__mul__'
        def __imul__(self, other): return 'A.__imul__'
        def __truediv__(self, other): return 'A.__truediv__'
        def __rfloordiv__(self, other): return 'A.__rfloordiv__'
        def __mod__(self, other): return NotImplemented
        def __rmod__(self, other): return 'A.__rmod__'
        def __lshift__(self, other): return 'A.__lshift__'
        def __iand__(self, other): return 'A.__iand__'
        def __xor__(self, other): return 'A.__xor__'
        def __ixor__(self, other): return 'A.__ixor__'
        def __lt__(self, other): return 'A.__lt__'
        def __le__(self, other): return NotImplemented
        def __ge__(self, other): return NotImplemented
        def __ne__(self, other): return 'A.__ne__'
    class B(object):
        def __radd__(self, other): return NotImplemented
        def __sub__(self, other): return 'B.__sub__'
        def __rmul__(self, other): return NotImplemented
        def __truediv__(self, other): return 'B.__truediv__'
        def __floordiv__(self, other): return 'B.__floordiv__'
        def __ifloordiv__(self, other): return 'B.__ifloordiv__'
        def __mod__(self, other): return 'B.__mod__'
        def __ilshift__(self, other): return NotImplemented
        def __rand__(self, other): return NotImplemented
        def __or__(self, other): return 'B.__or__'
        def __ior__(self, other): return 'B.__ior__'
        def __matmul__(self, other): return 'B.__matmul__'
        def __rmatmul__(self, other): return 'B.__rmatmul__'
        def __imatmul__(self, other): return NotImplemented
        def __gt__(self, other): return 'B.__gt__'
        def __ge__(self, other): return 'B.__ge__'
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case27()
def case29():
    class A(object):
        def __radd__(self, other): return 'A.__radd__'
        def __sub__(self, other): return 'A.__sub__'
        def __rmul__(self, other): return 'A.__rmul__'
        def __floordiv__(self, other): return NotImplemented
        def __rfloordiv__(self, other): return 'A.__rfloordiv__'
        def __ifloordiv__(self, other): return NotImplemented
        def __pow__(self, other): return 'A.__pow__'
        def __ipow__(self, other): return NotImplemented
        def __rlshift__(self, other): return NotImplemented
        def __ilshift__(self, other): return 'A.__ilshift__'
        def __and__(self, other): return 'A.__and__'
        def __or__(self, other): return NotImplemented
        def __xor__(self, other): return 'A.__xor__'
        def __ixor__(self, other): return 'A.__ixor__'
        def __matmul__(self, other): return 'A.__matmul__'
        def __rmatmul__(self, other): return NotImplemented
        def __lt__(self, other): return 'A.__lt__'
        def __le__(self, other): return 'A.__le__'
        def __ge__(self, other): return NotImplemented
    class B(object):
        def __rtruediv__(self, other): return 'B.__rtruediv__'
        def __mod__(self, other): return NotImplemented
        def __imod__(self, other): return 'B.__imod__'
        def __pow__(self, other): return 'B.__pow__'
        def __ipow__(self, other): return 'B.__ipow__'
        def __rlshift__(self, other): return NotImplemented
        def __iand__(self, other): return NotImplemented
        def __xor__(self, other): return NotImplemented
        def __imatmul__(self, other): return NotImplemented
        def __gt__(self, other): return 'B.__gt__'
        def __eq__(self, other): return NotImplemented
    a, b = A(), B()
    try: print('a', '+', 'b', a + b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', 'b', a - b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', 'b', a * b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', 'b', a / b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', 'b', a // b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', 'b', a % b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', 'b', a ** b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', 'b', a << b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', 'b', a & b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', 'b', a | b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', 'b', a ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', 'b', a @ b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', 'b', a < b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', 'b', a <= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', 'b', a > b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', 'b', a >= b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', 'b', a == b)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', 'b', a != b)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('b', '+', 'a', b + a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '-', 'a', b - a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '*', 'a', b * a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '/', 'a', b / a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '//', 'a', b // a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '%', 'a', b % a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '**', 'a', b ** a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<<', 'a', b << a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '&', 'a', b & a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '|', 'a', b | a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '^', 'a', b ^ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '@', 'a', b @ a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<', 'a', b < a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '<=', 'a', b <= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>', 'a', b > a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '>=', 'a', b >= a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '==', 'a', b == a)
    except TypeError as e: print('TypeError', e)
    try: print('b', '!=', 'a', b != a)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x += a
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x -= a
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x *= a
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = b
    try:
        x /= a
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('a', '+', '1', a + 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '-', '1', a - 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '*', '1', a * 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '/', '1', a / 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '//', '1', a // 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '%', '1', a % 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '**', '1', a ** 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<<', '1', a << 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '&', '1', a & 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '|', '1', a | 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '^', '1', a ^ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '@', '1', a @ 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<', '1', a < 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '<=', '1', a <= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>', '1', a > 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '>=', '1', a >= 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '==', '1', a == 1)
    except TypeError as e: print('TypeError', e)
    try: print('a', '!=', '1', a != 1)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x += 1
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x -= 1
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x *= 1
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = a
    try:
        x /= 1
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    try: print('1', '+', 'b', 1 + b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '-', 'b', 1 - b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '*', 'b', 1 * b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '/', 'b', 1 / b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '//', 'b', 1 // b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '%', 'b', 1 % b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '**', 'b', 1 ** b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<<', 'b', 1 << b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '&', 'b', 1 & b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '|', 'b', 1 | b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '^', 'b', 1 ^ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '@', 'b', 1 @ b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<', 'b', 1 < b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '<=', 'b', 1 <= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>', 'b', 1 > b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '>=', 'b', 1 >= b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '==', 'b', 1 == b)
    except TypeError as e: print('TypeError', e)
    try: print('1', '!=', 'b', 1 != b)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x += b
        print('aug', '+', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x -= b
        print('aug', '-', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x *= b
        print('aug', '*', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
    x = 1
    try:
        x /= b
        print('aug', '/', x if isinstance(x, str) else type(x).__name__)
    except TypeError as e: print('TypeError', e)
case29()
