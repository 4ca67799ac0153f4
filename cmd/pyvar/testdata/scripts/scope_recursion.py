# Deep recursion raises RecursionError instead of crashing the interpreter.
import sys


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("caught:", e)

print(sys.getrecursionlimit())


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(900))
