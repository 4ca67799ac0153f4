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

# Sized iterables: list(), tuple(), sorted(), unpacking and extend reserve the
# announced length first, so a huge one fails at once.
sized = ["list(range(2**62))", "[*range(2**62)]", "sorted(range(2**62))", "tuple(range(2**62))",
         "print(*range(2**62))", "[].extend(range(2**62))", "list(iter(range(2**62)))",
         "'a'.ljust(2**62)", "'a'.center(2**40)", "'a'.rjust(2**40, '*')", "'-1'.zfill(2**40)", "b'a'.ljust(2**62)",
         "(1).to_bytes(2**62, 'big')", "(1).to_bytes(2**40, 'little')", "(-1).to_bytes(2**40, 'big', signed=True)",
         "__import__('struct').pack('9999999999999x')"]
for src in sized:
    try:
        eval(src)
        print(src, "allocated")
    except MemoryError as e:
        print(src, "->", type(e).__name__, repr(str(e)))
for src in ["list(range(2**64))", "tuple(range(-2**64, 0))"]:
    try:
        eval(src)
    except OverflowError as e:
        print(src, "->", type(e).__name__, e)


class Hint:
    def __iter__(self):
        return iter([1, 2])

    def __length_hint__(self):
        print("hint asked")
        return 2**62


try:
    list(Hint())
except MemoryError:
    print("list(Hint()) -> MemoryError")
print(list(zip(Hint(), "ab")))
print(len(bytes(1000)), len([0] * 1000), len("ab" * 1000))
