import sys
try:
    sys.exit([1, 2])
finally:
    print("finally before exit")
