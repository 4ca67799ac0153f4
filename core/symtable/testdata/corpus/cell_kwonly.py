def foo(*, a=17):
    def bar():
        return a + 5
    return bar() + 3
def foo2(a, /, b, *, c):
    return lambda: (a, b, c)
