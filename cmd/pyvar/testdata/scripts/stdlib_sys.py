# sys as the standard library reads it: version, flags, float/int/hash
# info, struct sequences, SimpleNamespace, hooks and getsizeof.
import sys

print(sys.version_info, sys.version_info[:2], sys.version_info >= (3, 10), sys.version_info.major)
print(hex(sys.hexversion), sys.api_version, sys.maxunicode, sys.maxsize, sys.byteorder, sys.platform)
print(sys.float_info)
print(sys.int_info, sys.hash_info)
print(sys.float_repr_style, sys.abiflags == '', sys.platlibdir, sys.pycache_prefix, sys.dont_write_bytecode)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.warnoptions, sys._xoptions, type(sys.stdlib_module_names).__name__, 'os' in sys.stdlib_module_names or 'sys' in sys.stdlib_module_names)
print(type(sys.implementation).__name__, sorted(vars(sys.implementation)))
print(sys.implementation.version == sys.version_info, sys.implementation.hexversion == sys.hexversion)
for k in ('debug', 'inspect', 'interactive', 'optimize', 'no_user_site', 'ignore_environment', 'verbose',
          'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
          'warn_default_encoding', 'int_max_str_digits'):
    print(k, getattr(sys.flags, k), end='; ')
print()
print(len(sys.flags), type(sys.flags).n_fields, type(sys.flags).n_sequence_fields, type(sys.flags).n_unnamed_fields)

# struct sequences are tuples
fi = sys.float_info
print(fi[0] == fi.max, fi[-1], fi[2:4], isinstance(fi, tuple), tuple(sys.version_info), list(sys.int_info))
print(sys.version_info == (3, 10, 13, 'final', 0), hash(sys.version_info) == hash((3, 10, 13, 'final', 0)))
print(type(sys.flags).__name__, type(sys.flags).__module__, sys.version_info.__reduce__()[1])
print(type(sys.float_info).__match_args__[:3])
for bad in (lambda: type(sys.flags)(), lambda: setattr(sys.flags, 'debug', 1),
            lambda: type('X', (type(sys.flags),), {}), lambda: sys.flags.nope):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
match sys.version_info:
    case (3, minor, *_):
        print('matched', minor)

# SimpleNamespace
NS = type(sys.implementation)
ns = NS(b=2, a=1)
print(ns, ns == NS(a=1, b=2), ns != NS(a=1), NS() == NS())
ns.c = [ns]
print(ns)
del ns.c
print(vars(ns), ns.__reduce__())
class Sub(NS):
    pass
print(Sub(x=1), Sub(x=1) == NS(x=1))
try:
    NS(1)
except TypeError as e:
    print(e)
try:
    hash(ns)
except TypeError as e:
    print(e)

# hooks
print(sys.excepthook is sys.__excepthook__, sys.unraisablehook is sys.__unraisablehook__,
      sys.breakpointhook is sys.__breakpointhook__, sys.displayhook is sys.__displayhook__)
print(sys.gettrace(), sys.getprofile())
def tracer(frame, event, arg):
    return tracer
sys.settrace(tracer); print(sys.gettrace() is tracer); sys.settrace(None); print(sys.gettrace())
sys.setprofile(tracer); print(sys.getprofile() is tracer); sys.setprofile(None)
print(sys.is_finalizing(), sys.call_tracing(max, (3, 4)), sys.intern('abc'), sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(firstiter=print)
print(sys.get_asyncgen_hooks().firstiter is print, sys.get_asyncgen_hooks().finalizer)
sys.set_asyncgen_hooks(None, None)
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print(e)
print(sys.audit('pyvar.test', 1), sys.getswitchinterval(), sys.get_int_max_str_digits())
events = []
sys.addaudithook(lambda ev, args: events.append((ev, args)) if ev.startswith('my.') else None)
sys.audit('my.event', 1, 'x')
print(events)
print(sys.unraisablehook.__name__, type(sys.getrefcount(ns)).__name__, sys._getframe().f_code.co_name)

# getsizeof
class C:
    pass
class Z:
    def __sizeof__(self):
        return 100
print([sys.getsizeof(v) for v in (0, 1, 2**40, -5, True, 1.0, None, '', 'abc', 'é', '€€', b'abc', (), (1, 2, 3), {}, {1: 1}, set(), object())])
print(sys.getsizeof(Z()), sys.getsizeof(1, 5))
try:
    sys.getsizeof(type('Neg', (), {'__sizeof__': lambda s: -1})())
except ValueError as e:
    print(e)

# a replaced excepthook sees the uncaught exception
def hook(t, v, tb):
    print('hook:', t.__name__, v, tb.tb_frame.f_code.co_name if tb else None, file=sys.stderr)
sys.excepthook = hook
def boom():
    raise KeyError('k')
boom()
