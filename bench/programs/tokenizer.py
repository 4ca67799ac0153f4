# A hand-written lexer and recursive-descent evaluator for arithmetic
# expressions: character classification, str indexing, dispatch on token
# kinds, and a small AST of tuples.
import time

N = 40


def tokenize(src):
    tokens = []
    i, n = 0, len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif ch in "+-*/%()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("bad character %r" % ch)
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        t = self.tokens[self.pos]
        self.pos += 1
        return t

    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            node = (op, node, self.factor())
        return node

    def factor(self):
        kind, val = self.take()
        if kind == "num":
            return ("num", val)
        if kind == "name":
            return ("var", val)
        if val == "(":
            node = self.expr()
            self.take()
            return node
        if val == "-":
            return ("neg", self.factor())
        raise SyntaxError("unexpected %r" % (val,))


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    a = evaluate(node[1], env)
    b = evaluate(node[2], env)
    if kind == "+":
        return a + b
    if kind == "-":
        return a - b
    if kind == "*":
        return a * b
    if kind == "/":
        return a // b if b else 0
    return a % b if b else 0


def make_source(k):
    parts = []
    for i in range(60):
        parts.append("(x_%d * %d + %d)" % (i % 5, i + k, (i * 7) % 13))
        parts.append("-+*%"[i % 4])
    parts.append("17")
    return " ".join(parts)


def main(n):
    env = {"x_%d" % i: i + 2 for i in range(5)}
    total = 0
    for k in range(n):
        src = make_source(k)
        for rep in range(6):
            tree = Parser(tokenize(src)).expr()
            total = (total + evaluate(tree, env)) % 1000000007
    return total


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
