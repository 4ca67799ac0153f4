print("{a}-{b[0]}".format_map({"a": 1, "b": [2]}))
class D(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{x} {y}".format_map(D(x=1)))
try: "{}".format_map({})
except Exception as e: print(type(e).__name__, e)
print(complex(1.5), complex(2, 3) + 1, (1+2j).real, (1+2j).imag, (1+2j).conjugate(), abs(1j), 2j * 2j, (3+4j) / (1-1j))
print(repr(complex(0, -0.0)), repr(-1j), repr(complex(-0.0, 1)), 1j == 1j, hash(1+0j) == hash(1))
for f in [1.0, 3.0, 0.1, -2.5, 0.0, -0.0, 1e-320, float("inf"), 1e300]:
    print(f.hex(), float.fromhex(f.hex()) == f)
