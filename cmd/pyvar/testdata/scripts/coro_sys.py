# sys.set_coroutine_origin_tracking_depth (cr_origin) and the async
# generator hooks (firstiter at the first asend/anext, get/set errors).
import sys
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(2)
async def f(): pass
def mk(): return f()
c = mk()
print([(o[1], o[2]) for o in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(0)
c = f(); print(c.cr_origin); c.close()
try: sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e: print(e)
print(tuple(sys.get_asyncgen_hooks()))
calls = []
def fi(g): calls.append(('first', g.__name__))
def fin(g): calls.append(('fin', g.__name__))
sys.set_asyncgen_hooks(fi, fin)
print(tuple(sys.get_asyncgen_hooks()) == (fi, fin))
async def ag(): yield 1
a = ag()
x = a.asend(None)
try: x.send(None)
except StopIteration as e: print("SI", e.value)
print(calls)
try: sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e: print(e)
try: sys.set_asyncgen_hooks(finalizer=1)
except TypeError as e: print(e)
sys.set_asyncgen_hooks(None, None)
print(tuple(sys.get_asyncgen_hooks()))
h = sys.get_asyncgen_hooks()
print(repr(h), type(h).__name__, h.firstiter, h.finalizer, len(h))
sys.set_asyncgen_hooks(finalizer=fin)
h = sys.get_asyncgen_hooks()
print(h.firstiter, h.finalizer is fin)
sys.set_asyncgen_hooks(*h)
print(sys.get_asyncgen_hooks().finalizer is fin)
try:
    sys.set_asyncgen_hooks(1, 2, 3)
except TypeError as e:
    print(e)
try:
    sys.set_coroutine_origin_tracking_depth(1.5)
except TypeError as e:
    print(e)
