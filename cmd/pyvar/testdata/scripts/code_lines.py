# co_lines(), co_linetable and co_lnotab agree with CPython 3.10 for code
# with long jumps in lines and offsets, lines without a number, and
# replace()d and reconstructed code objects.


def show(co, depth=0):
    print("  " * depth + co.co_name, co.co_firstlineno, co.co_linetable.hex(), co.co_lnotab.hex())
    print("  " * depth + " ", list(co.co_lines()))
    for c in co.co_consts:
        if type(c) is type(co):
            show(c, depth + 1)


src = '''
def simple(a):
    return a + 1

def branches(x):
    if x:
        y = 1
    else:
        y = 2
    for i in range(3):
        try:
            y += i
        except Exception:
            pass
        finally:
            y -= 1
    return y

def far():
    a = 1
''' + "\n" * 300 + '''
    b = 2
''' + "\n" * 200 + '''
    return a + b

def back():
    return (1,
            2) if x else [
        3,
        4]

def long_line():
    return [''' + ", ".join(str(i) for i in range(200)) + ''']

async def coro():
    async with x as y:
        await y
    async for z in y:
        pass

class K:
    def m(self):
        return [i for i in range(3)]
'''

co = compile(src, "<src>", "exec")
show(co)

def findlinestarts(code):
    """dis.findlinestarts of 3.10."""
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line

for c in co.co_consts:
    if type(c) is type(co):
        print(c.co_name, list(findlinestarts(c)))

# replace() keeps or sets the line table
f = co.co_consts[0]
g = f.replace(co_firstlineno=100)
print(g.co_firstlineno, list(g.co_lines()))
h = f.replace(co_linetable=bytes([4, 1, 4, 1]))
print(list(h.co_lines()), h.co_lnotab.hex())
print(f.replace(co_linetable=b"").co_lnotab, list(f.replace(co_linetable=b"").co_lines()))
