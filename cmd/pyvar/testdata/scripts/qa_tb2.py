class Boom(Exception):
    pass
def gen():
    yield 1
    raise Boom("from gen")
for x in gen():
    print(x)
