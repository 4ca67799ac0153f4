# Allocations larger than the machine raise MemoryError, which a program can
# catch, instead of ending the interpreter.
cases = ["bytes(2**62)", "bytearray(2**62)", "bytes(2**40)", "bytearray(2**40)",
         "b'x' * 2**40", "[0] * 2**40", "'a' * 2**40", "(1,) * 2**40", "[None, None] * 2**61"]
for src in cases:
    try:
        eval(src)
        print(src, "allocated")
    except MemoryError as e:
        print(src, "->", type(e).__name__, repr(str(e)))
print(len(bytes(1000)), len([0] * 1000), len("ab" * 1000))
