def gen(n):
    for i in range(n):
        yield i
    yield from range(3)
    x = yield
    return x

def send_loop():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
