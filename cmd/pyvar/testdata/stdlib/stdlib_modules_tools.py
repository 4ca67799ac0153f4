# A small program per tool-oriented module of the list (argparse,
# logging, unittest, doctest, inspect, tempfile, pathlib, glob, shutil,
# contextlib, io, os, re, random, weakref, warnings, asyncio), printing
# what CPython 3.10 prints.
import argparse, asyncio, contextlib, doctest, glob, inspect, io, logging, os, pathlib, random, re
import shutil, sys, tempfile, unittest, warnings, weakref

ap = argparse.ArgumentParser(prog="tool", description="demo")
ap.add_argument("files", nargs="*")
ap.add_argument("-n", "--count", type=int, default=3, help="how many")
ap.add_argument("--mode", choices=["a", "b"], default="a")
ap.add_argument("-v", action="count", default=0)
print(ap.parse_args(["x", "y", "-n", "5", "-vv", "--mode", "b"]))
print(ap.format_help())
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        ap.parse_args(["--mode", "c"])
    except SystemExit as e:
        print("exit", e.code)
print(err.getvalue())

stream = io.StringIO()
log = logging.getLogger("demo")
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(handler)
log.setLevel(logging.INFO)
log.debug("hidden"); log.info("shown %d", 1); log.warning("careful"); log.getChild("sub").error("child")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
print(stream.getvalue().splitlines()[:6])

class T(unittest.TestCase):
    def test_ok(self): self.assertEqual(sum([1, 2]), 3)
    def test_fail(self): self.assertIn(4, [1, 2])
    @unittest.skip("why")
    def test_skip(self): pass
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
out = io.StringIO()
res = unittest.TextTestRunner(stream=out, verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(res.testsRun, len(res.failures), len(res.skipped), res.wasSuccessful())
print("\n".join(l for l in out.getvalue().splitlines() if l.startswith(("FAIL", "AssertionError"))))

def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> square(-2)
    5
    """
    return x * x
dout = io.StringIO()
with contextlib.redirect_stdout(dout):
    r = doctest.run_docstring_examples(square, {"square": square}, name="square")
print(dout.getvalue().replace(__file__, "FILE"))

def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    "doc"
    return ""
sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.parameters["b"].annotation, inspect.getdoc(f), inspect.isfunction(f))
print(inspect.getsource(square).splitlines()[0], [n for n, _ in inspect.getmembers(T) if n.startswith("test")])
print(inspect.getfullargspec(f).kwonlyargs, inspect.unwrap(f) is f, inspect.isclass(T), inspect.getmodule(f).__name__)

with tempfile.TemporaryDirectory() as td:
    root = pathlib.Path(td)
    (root / "pkg" / "sub").mkdir(parents=True)
    for name in ["a.txt", "b.py", "pkg/c.py", "pkg/sub/d.txt"]:
        (root / name).write_text(name.upper() + "\n")
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*.py")))
    print(sorted(os.path.relpath(p, td) for p in glob.glob(os.path.join(td, "**", "*.txt"), recursive=True)))
    shutil.copytree(root / "pkg", root / "copy")
    shutil.move(str(root / "a.txt"), str(root / "copy" / "moved.txt"))
    print(sorted(os.listdir(root / "copy")), (root / "copy" / "moved.txt").read_text().strip())
    shutil.rmtree(root / "pkg")
    print(sorted(os.listdir(td)), os.path.exists(root / "pkg"))
    with tempfile.NamedTemporaryFile("w+", dir=td, suffix=".log", delete=False) as tf:
        tf.write("line1\nline2\n")
    print(os.path.basename(tf.name).endswith(".log"), open(tf.name).read().split())
    st = os.stat(tf.name)
    print(st.st_size, oct(st.st_mode & 0o777 & ~0o022), pathlib.Path(tf.name).suffix, pathlib.PurePosixPath("/a/b/c.tar.gz").suffixes)
print(os.path.join("a", "b", "..", "c"), os.path.normpath("a/./b/../c"), os.path.splitext("x.tar.gz"), os.sep, os.getcwd() == os.path.abspath("."))

print(re.sub(r"(\w+)@(\w+)\.com", r"\2:\1", "mail bob@example.com and amy@test.com"), re.findall(r"\d+", "a1b22c333"))
m = re.match(r"(?P<y>\d{4})-(?P<m>\d\d)", "2024-05-01")
print(m.groupdict(), m.span("m"), re.split(r"[,;]\s*", "a, b;c"), re.fullmatch(r"[a-z]+", "abc") is not None)
random.seed(2024)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 5), random.uniform(1, 2))
xs = list(range(10)); random.shuffle(xs); print(xs, random.gauss(0, 1), random.getrandbits(70))

class Node:
    pass
n = Node(); r = weakref.ref(n); wd = weakref.WeakValueDictionary(); wd["n"] = n
print(r() is n, len(wd)); del n
import gc; gc.collect()
print(r(), len(wd))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("old api", DeprecationWarning)
    warnings.warn("plain")
print([(x.category.__name__, str(x.message)) for x in w])

async def worker(name, turns, q):
    for _ in range(turns):  # sleep(0) yields: an order that no timing changes
        await asyncio.sleep(0)
    await q.put(name)
    return name.upper()
async def main():
    q = asyncio.Queue()
    res = await asyncio.gather(worker("b", 3, q), worker("a", 1, q))
    order = [await q.get() for _ in range(2)]
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        order.append("timeout")
    return res, order
print(asyncio.run(main()))

@contextlib.contextmanager
def tag(name):
    print("<%s>" % name); yield name; print("</%s>" % name)
with tag("p") as t, contextlib.suppress(KeyError):
    print("inside", t); {}["x"]
with contextlib.ExitStack() as stack:
    stack.callback(print, "callback ran")
    print("in stack")
b = io.BytesIO(); b.write(b"abc\ndef"); b.seek(0); print(b.readline(), b.read(), io.StringIO("x\ny").readlines())
import pathlib
print(compile("x = 1", pathlib.PurePosixPath("dir/mod.py"), "exec").co_filename)
