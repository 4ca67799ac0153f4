# A one-way constraint network in the deltablue spirit: variables with
# strengths, constraint objects with polymorphic satisfy/execute methods,
# planning by walking the network, and chains of equality constraints.
import time

N = 100

REQUIRED, STRONG, MEDIUM, WEAK = 0, 1, 2, 3


class Variable:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAK
        self.stay = True
        self.mark = 0

    def add(self, c):
        self.constraints.append(c)


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def is_satisfied(self):
        raise NotImplementedError

    def stronger(self, other):
        return self.strength < other


class Unary(Constraint):
    def __init__(self, v, strength):
        super().__init__(strength)
        self.output = v
        self.satisfied = False
        v.add(self)

    def is_satisfied(self):
        return self.satisfied

    def inputs_known(self, mark):
        return True

    def choose(self, mark):
        self.satisfied = self.output.mark != mark and self.stronger(self.output.walk_strength)

    def execute(self):
        pass

    def recalculate(self):
        self.output.walk_strength = self.strength
        self.output.stay = True


class Edit(Unary):
    def __init__(self, v, strength, value):
        super().__init__(v, strength)
        self.new_value = value

    def execute(self):
        self.output.value = self.new_value


class Equal(Constraint):
    def __init__(self, a, b, strength, scale=1, offset=0):
        super().__init__(strength)
        self.a = a
        self.b = b
        self.scale = scale
        self.offset = offset
        self.forward = None
        a.add(self)
        b.add(self)

    def is_satisfied(self):
        return self.forward is not None

    def choose(self, mark):
        if self.a.mark == mark:
            self.forward = True if self.b.mark != mark and self.stronger(self.b.walk_strength) else None
        elif self.b.mark == mark:
            self.forward = False if self.stronger(self.a.walk_strength) else None
        elif self.a.walk_strength > self.b.walk_strength:
            self.forward = False if self.stronger(self.a.walk_strength) else None
        else:
            self.forward = True if self.stronger(self.b.walk_strength) else None

    def input(self):
        return self.a if self.forward else self.b

    def output(self):
        return self.b if self.forward else self.a

    def execute(self):
        if self.forward:
            self.b.value = self.a.value * self.scale + self.offset
        else:
            self.a.value = (self.b.value - self.offset) // self.scale

    def recalculate(self):
        inp, out = self.input(), self.output()
        out.walk_strength = max(self.strength, inp.walk_strength)
        out.stay = inp.stay


class Planner:
    def __init__(self):
        self.mark = 0

    def new_mark(self):
        self.mark += 1
        return self.mark

    def propagate(self, sources):
        mark = self.new_mark()
        todo = list(sources)
        order = []
        while todo:
            c = todo.pop()
            c.choose(mark)
            if not c.is_satisfied():
                continue
            out = c.output if isinstance(c, Unary) else c.output()
            out.mark = mark
            c.recalculate()
            order.append(c)
            for other in out.constraints:
                if other is not c and isinstance(other, Equal):
                    todo.append(other)
        for c in order:
            c.execute()
        return len(order)


def chain(n, planner):
    vs = [Variable("v%d" % i, 0) for i in range(n)]
    for i in range(n - 1):
        Equal(vs[i], vs[i + 1], REQUIRED, 1, 1)
    total = 0
    for step in range(20):
        e = Edit(vs[0], STRONG, step * 3)
        total += planner.propagate([e])
        total += vs[-1].value
        vs[0].constraints.remove(e)
    return total


def projection(n, planner):
    src = [Variable("s%d" % i, i) for i in range(n)]
    dst = [Variable("d%d" % i, 0) for i in range(n)]
    for s, d in zip(src, dst):
        Equal(s, d, REQUIRED, 3, 7)
    total = 0
    for k in range(10):
        edits = [Edit(s, STRONG, s.value + k) for s in src[::5]]
        total += planner.propagate(edits)
        total += sum(d.value for d in dst)
        for e in edits:
            e.output.constraints.remove(e)
    return total


def main(n):
    planner = Planner()
    total = 0
    for i in range(n):
        total += chain(60 + i, planner) + projection(80, planner)
    return total


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
