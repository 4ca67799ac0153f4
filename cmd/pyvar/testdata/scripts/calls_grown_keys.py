# A method or class attribute read through instances whose class's shared
# attribute names grew after the site's cache was filled (an attribute set
# outside __init__, as go's Square.reset() does): the reads stay right when
# an instance later shadows the name, in any of the ways it can.


class Square:
    kind = "square"

    def __init__(self, pos):
        self.pos = pos

    def reset(self):
        self.color = 0
        self.used = False

    def m(self):
        return ("m", self.pos)

    def cm(self):
        return "cm"


def call_m(o):
    return o.m()


def read_kind(o):
    return o.kind


def read_cm(o):
    return o.cm


out = []
squares = [Square(i) for i in range(4)]
for step in range(12):
    s = squares[step % 4]
    if step == 2:
        squares[1].reset()  # the class's keys grow
    elif step == 4:
        squares[2].extra = 1  # and grow again
    elif step == 6:
        squares[3].m = lambda: "own m"  # an instance shadows the method
        squares[3].kind = "own kind"
        squares[3].cm = "own cm"
    elif step == 8:
        del squares[3].m  # shadowing ends
        del squares[3].kind
    elif step == 9:
        squares[0].__dict__["m"] = lambda: "dict m"  # through __dict__
    r = [call_m(s), read_kind(s)]
    f = read_cm(s)
    r.append(f() if callable(f) else f)
    out.append((step, s.pos, r))

# A new instance after the keys grew, with the shadowing name set late.
t = Square(9)
out.append(call_m(t))
t.reset()
out.append((call_m(t), read_kind(t)))
t.m = lambda: "late m"
t.kind = "late"
out.append((call_m(t), read_kind(t)))
for x in out:
    print(x)
