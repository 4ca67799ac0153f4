# sys.implementation.cache_tag names .pyc files; py_compile writes one
# (marshalled code, which marshal and importlib's sourceless loader read
# back), and _imp.source_hash is CPython's SipHash of the source.
import sys, os, marshal, tempfile, py_compile, importlib.util, importlib.machinery, _imp

tag = sys.implementation.cache_tag
print(isinstance(tag, str), tag.endswith("310"))
p = importlib.util.cache_from_source("/a/b/mod.py")
print(p == "/a/b/__pycache__/mod.%s.pyc" % tag)
print(importlib.util.source_from_cache(p))

def f(x, *, y=2):
    return [x * y for _ in range(2)], (1.5, b"b", None, ...), frozenset({3})
c = marshal.loads(marshal.dumps(f.__code__))
print(c.co_name, c.co_varnames, c.co_consts[0] is None or True)
g = type(f)(c, globals())
g.__kwdefaults__ = {"y": 2}
print(g(3), g(3, y=4))
print(marshal.loads(memoryview(marshal.dumps((1, "x", f.__code__))))[:2])

print(_imp.source_hash(1234, b"abc"), importlib.util.source_hash(b"x = 1\n"))
print(_imp.source_hash(key=-5, source=memoryview(b"")))

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "pycmod.py")
    with open(src, "w") as fh:
        fh.write("VALUE = [i * i for i in range(4)]\ndef hello():\n    return 'hello from ' + __name__\n")
    for mode in (py_compile.PycInvalidationMode.TIMESTAMP, py_compile.PycInvalidationMode.CHECKED_HASH):
        pyc = py_compile.compile(src, doraise=True, invalidation_mode=mode)
        print(pyc == importlib.util.cache_from_source(src), os.path.exists(pyc))
        loader = importlib.machinery.SourcelessFileLoader("pycmod", pyc)
        spec = importlib.util.spec_from_loader("pycmod", loader)
        mod = importlib.util.module_from_spec(spec)
        loader.exec_module(mod)
        print(mod.VALUE, mod.hello())
        # The source loader takes the cached code while the source is unchanged.
        sl = importlib.machinery.SourceFileLoader("pycmod", src)
        print(sl.get_code("pycmod").co_filename == src)
