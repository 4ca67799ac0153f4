class O: pass
for f in [lambda: setattr(O, 1, 2), lambda: getattr(O, 1), lambda: hasattr(O, 1), lambda: delattr(O, 1)]:
    try:
        f()
    except TypeError as e:
        print(e)
print(int("١٢٣"), float("١٢٣.٥"), int("１２"))
print(pow(-8, 1/3))
import sys
sys.exit(True)
