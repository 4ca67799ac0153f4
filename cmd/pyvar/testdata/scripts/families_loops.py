# The range loop's back-edge steps the iterator itself (JUMP_ABSOLUTE into
# FOR_ITER) and UNARY_NEGATIVE negates small ints inline: the edges of both.
def loops():
    out = []
    for i in range(3):
        out.append(i)
    for i in range(10, 0, -3):
        out.append(i)
    for i in range(0):
        out.append("never")
    else:
        out.append("empty else")
    for i in range(5):
        if i == 3:
            break
    else:
        out.append("not reached")
    out.append(i)
    total = 0
    for i in range(4):
        for j in range(i):
            total += j
    out.append(total)
    for i in range(2**62, 2**62 + 3):
        x = i
        out.append(x - 2**62)
    it = iter(range(3))
    for a in it:
        for b in it:  # the same iterator, advanced by the inner loop
            out.append((a, b))
    k = 0
    for _ in range(3):
        k += 1
        z = k  # a loop target that is not STORE_FAST next
    out.append(z)
    return out


print(loops())
for n in range(3):
    m = n
print(m)


def neg(v):
    return -v


for v in (0, 1, -1, 2**63 - 1, -2**63, -2**63 + 1, 2**64, True, False, 1.5, -0.0, 3j):
    print(repr(v), repr(neg(v)))
try:
    neg("x")
except TypeError as e:
    print("TypeError:", e)
i = 5
print(-i, -(-i), --i)


def adds():
    # BINARY_ADD/INPLACE_ADD of small ints hand the sum to a following
    # STORE_FAST directly; overflow and other types take the general path.
    t = 2**62
    t += 2**62
    u = 1
    u += 2
    v = u + 4
    w = 1.5
    w += 1
    s = "a"
    s += "b"
    return t, u, v, w, s, u + v


print(adds())


class NS:
    # name slots: STORE_NAME of the same value, a changed one, and a rebinding
    # to another type, in a class body and at module level
    a = 1
    a = 1
    a = 2
    for i in range(3):
        a = a + i
    a = "x"
    del i


print(NS.a)
g = None
for g in (None, None, 1, 1.0, 1, True):
    h = g
print(g, h)
