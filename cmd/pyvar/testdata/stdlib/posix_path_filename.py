# An OSError's filename is the path argument itself (a str subclass, bytes,
# bytearray, memoryview), or what __fspath__ returned, as CPython's
# path_converter keeps it (test_os.OSErrorTests); a bytes-like path works
# with a DeprecationWarning naming the function and the parameter.
import os, pathlib, warnings
warnings.simplefilter('always')
import sys
sys.stderr = sys.stdout

class S(str):
    pass

missing = '/nonexistent-pyvar-dir/x'
for p in [missing, S(missing), missing.encode(), pathlib.Path(missing), bytearray(missing.encode()),
          memoryview(missing.encode())]:
    for f, args in [(os.stat, ()), (os.chdir, ()), (os.open, (os.O_RDONLY,)), (os.listdir, ()),
                    (os.rename, ('dst',)), (os.unlink, ())]:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            try:
                f(p, *args)
            except OSError as e:
                print(f.__name__, type(p).__name__, type(e).__name__, type(e.filename).__name__,
                      e.filename is p, [str(x.message) for x in w])
