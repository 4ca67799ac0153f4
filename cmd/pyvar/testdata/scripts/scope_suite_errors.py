# The scope errors CPython reports at compile time, through compile().
cases = [
    "nonlocal x",
    "def f():\n    nonlocal x\n",
    "def f(x):\n    global x\n",
    "def f(x):\n    nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def f():\n    from os import *\n",
    "def f(a, a):\n    pass\n",
    "return 1",
    "yield 1",
    "break",
    "def f():\n    continue\n",
    "[(yield x) for x in range(3)]",
    "class C:\n    nonlocal x\n",
    "def f():\n    class C:\n        nonlocal undefined_anywhere\n",
    "[i := 0 for i in range(3)]",
    "def f():\n    [x for x in range(3) if (y := x)]\n    return y\n",
    "lambda: (yield)",
    "__debug__ = 1",
    "f() = 1",
    "del f()",
    "a + 1 = 2",
]
for src in cases:
    try:
        compile(src, "case.py", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno})")
