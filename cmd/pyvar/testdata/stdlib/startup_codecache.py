# A module rewritten between two imports is imported as it is now: same
# size, the same instant (the timestamps cannot tell), the old times put
# back (cp -p), a file replaced by rename, a package's __init__.
import os, shutil, sys, tempfile

sys.dont_write_bytecode = True  # CPython's .pyc keeps times in seconds
d = tempfile.mkdtemp()
sys.path.insert(0, d)
p = os.path.join(d, "startup_mod.py")


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def fresh(name="startup_mod"):
    sys.modules.pop(name, None)
    return __import__(name).x


write(p, "x = 1\n")
print(fresh(), fresh())
write(p, "x = 2\n")
print(fresh())
st = os.stat(p)
write(p, "x = 3\n")
os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
print(fresh())
write(p + ".new", "x = 4\n")
os.replace(p + ".new", p)
print(fresh())
write(p, "x = 55\n")
print(fresh())
os.mkdir(os.path.join(d, "startup_pkg"))
write(os.path.join(d, "startup_pkg", "__init__.py"), "x = 'a'\n")
print(fresh("startup_pkg"))
write(os.path.join(d, "startup_pkg", "__init__.py"), "x = 'b'\n")
print(fresh("startup_pkg"))
shutil.rmtree(d)
