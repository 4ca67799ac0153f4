import sys
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit sees", a[0].__name__)
        return False
try:
    with CM():
        sys.exit(4)
finally:
    print("finally runs")
