# complex(): strings with underscores, signs and lone j, signed zeros kept
# through subclasses, pow with a modulus, grouping in format, exact
# comparison with ints, and the errno rules of complex **.
tests = ["complex('1+1j')", "complex(' ( 1+1j ) ')", "complex('1e500')", "complex('-1e500j')", "complex('1_0j')", "complex('1.5_5j')", "complex('(1+2j)')", "complex('j')", "complex('-j')", "complex('+1.5e-3J')", "complex('nan')", "complex('-infj')", "complex('1\\x00')",
 "complex(0.0, -0.0)", "complex(-0.0, -0.0)", "complex(float('inf'), -0.0)", "complex(1, -0.0).imag", "complex(-0.0, 1).real",
 "pow(1j, 2, 3)", "pow(1j, 2, None)", "format(1.5e20+3j, ',.2f')", "format(1234.5+1j, '_')", "format(3j, '^40,.2f')",
 "complex(2**53+1) == 2**53+1", "2**53+1 == complex(2**53+1)", "complex(2**53) == 2**53", "complex(1e300) == 10**300", "complex(float(2**60)) < 1"]
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '->', type(e).__name__, e)
import math
class complex2(complex): pass
for x in (0.0, float('inf'), float('nan')):
    y = -0.0
    print(repr(complex(x, y)), repr(complex2(x, y)), repr(complex(complex2(x, y))), repr(complex2(complex(x, y))))
    print(math.copysign(1, complex(complex2(x, y)).imag), math.copysign(1, complex2(complex(x, y)).imag))
for s in ["1_0j", "1.5_5j", "1e1_0j", "(1+2j)", " 1 ", "1+1_0j", "-1_0.5e-1_0-2_3j", "1__0j", "1_j", "0x1j", "1e+j", ".j", "j.", "1.j", "1.e1j", "-.5j", "+.5-.5j", "1e10-1e-10j", "3-J", "infj", "-infj", "nan+nanj", "inf-infj", "1+infj", "(1)", "((1))", "( 1+1j )", "\u0663+\u0664j"]:
    try: print(s, repr(complex(s)))
    except Exception as e: print(s, type(e).__name__, e)
c = complex(9223372036854775807, 9223372036854775807)
for a, e in [(c, complex(1e308,1e308)), (complex(1e308,1e308), c), (2j, complex(1e300, 1e300)), (1+1j, complex(1e308, 0)), (1+1j, 1e308), (0.5+0.5j, 1e308)]:
  try: print(a ** e)
  except Exception as x: print(type(x).__name__, x)
# NaNs hash by identity where there is an object (3.10's _Py_HashDouble).
class F(float):
    pass
a, b = F('nan'), F('nan')
print(hash(a) == object.__hash__(a), hash(a) != hash(b), len({a, b}), hash(F(1.5)) == hash(1.5))
z = complex(float('nan'), 1)
print(hash(z) == hash(z), hash(z) != hash(complex(float('nan'), 1)), hash(complex(1.5, 2)) == hash(complex(1.5, 2)))
