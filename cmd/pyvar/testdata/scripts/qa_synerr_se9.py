def g():
    yield 1
class C:
    yield 2
