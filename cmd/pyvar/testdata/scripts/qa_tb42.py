import sys
def g():
    try:
        yield 1
    finally:
        print("gen cleanup")
it = g(); next(it)
try:
    sys.exit("message to stderr")
except SystemExit as e:
    print("caught", e.code)
    it.close()
    raise SystemExit(0)
