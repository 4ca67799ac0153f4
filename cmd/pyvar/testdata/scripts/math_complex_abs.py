# abs(complex) is C's hypot: glibc's algorithm, to the last bit.
s = 0
st = 3
out = []
for i in range(2000):
    st = (st * 1103515245 + 12345) % 2**31
    a = (st / 2**31 - 0.5) * 10 ** (i % 7 - 3)
    st = (st * 1103515245 + 12345) % 2**31
    b = (st / 2**31 - 0.5) * 10 ** (i % 5 - 2)
    out.append(abs(complex(a, b)))
print(out[:30])
print(hash(tuple(out)), abs(3+4j), abs(complex(1e308, 1e308)), abs(complex(float("inf"), float("nan"))), abs(complex(5e-324, 5e-324)), abs(complex(1e-320, 3e-320)))
