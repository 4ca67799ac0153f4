# sys.unraisablehook receives what __del__ and weakref callbacks raise; a
# failing hook is reported in their place. __weakref__ is the first reference.
import _weakref as weakref, gc, sys
class C: pass
c = C()
print(c.__weakref__)
r = weakref.ref(c, lambda r: None)
print(c.__weakref__ is r)
r0 = weakref.ref(c)
print(c.__weakref__ is r0)

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.err_msg, type(args.object).__name__, args.exc_traceback is not None))
sys.unraisablehook = hook
class D:
    def __del__(self):
        raise KeyError('from del')
d = D()
del d
gc.collect()
e = C()
re = weakref.ref(e, lambda r: [][1])
del e
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print(seen)
def bad_hook(args):
    raise OSError('hook failed')
sys.unraisablehook = bad_hook
d = D()
del d
gc.collect()
print('end')
