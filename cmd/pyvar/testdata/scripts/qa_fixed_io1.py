import sys
try:
    s = input("prompt> ")
except EOFError as e:
    print("EOFError", e)
print(sys.stdin.read() == "", repr(sys.stdin.readline()))
print("a", "b", file=sys.stdout, sep="|")
sys.stdout.write("no newline")
sys.stdout.write("\n")
print("stderr line", file=sys.stderr)
sys.stderr.write("raw stderr\n")
print(sys.stdout.isatty() if hasattr(sys.stdout, "isatty") else "n/a")
print(end="")
print("unicode: é ü 😀 \u2028x")
print("tab\tand\rcarriage")
print(b"bytes print", bytearray(b"ba"))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
w = W()
print("to custom", 1, file=w)
print(w.parts)
old = sys.stdout
sys.stdout = w
print("redirected")
sys.stdout = old
print(w.parts[-2:])
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError", e)
