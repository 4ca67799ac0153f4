# generator frames and exceptions: tracebacks through generators uncaught
def producer():
    yield 1
    raise LookupError("producer failed")
def consumer():
    total = 0
    for v in producer():
        total += v
    return total
def wrapper():
    return consumer()
try:
    wrapper()
except LookupError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
def deleg():
    yield from producer()
try:
    list(deleg())
except LookupError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
# generator's gi_frame.f_back while running
import sys
def whoami():
    f = sys._getframe()
    yield f.f_code.co_name, f.f_back.f_code.co_name
    yield f.f_back is None or f.f_back.f_code.co_name
g = whoami()
def driver(): return next(g)
print(driver())
print(next(g))
# generator frame locals update across yields
def stepper():
    a = 1
    yield
    a = 2
    b = 3
    yield
st = stepper(); next(st); print(st.gi_frame.f_locals); next(st); print(st.gi_frame.f_locals)
# throw() traceback includes generator frame
def thrown():
    yield
try:
    t = thrown(); next(t); t.throw(ValueError("thrown in"))
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
list(deleg())
