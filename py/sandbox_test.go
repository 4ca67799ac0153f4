package py_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/pyvar/pyvar/py"
)

// TestSandbox runs hostile programs in a sandbox: each tries to reach the
// file system, the environment, processes or the network, directly or
// through introspection, and must end in the error named (or print that
// it found nothing). Pure computation and allowed modules work.
func TestSandbox(t *testing.T) {
	secret := t.TempDir() + "/secret.txt"
	os.WriteFile(secret, []byte("top secret"), 0o600)
	cases := []struct {
		name, src, want string // want: the error's type, or "out:" and what it prints
	}{
		{"open", "open(SECRET).read()", "PermissionError"},
		{"io.open", "import io\nio.open(SECRET).read()", "PermissionError"},
		{"_io.FileIO", "import _io\n_io.FileIO(SECRET)", "PermissionError"},
		{"FileIO fd", "import _io\n_io.FileIO(1, 'w').write(b'x')", "PermissionError"},
		{"os", "import os", "ModuleNotFoundError"},
		{"posix", "import posix", "ModuleNotFoundError"},
		{"socket", "import socket", "ModuleNotFoundError"},
		{"subprocess", "import subprocess", "ModuleNotFoundError"},
		{"__import__", "__import__('posix')", "ModuleNotFoundError"},
		{"importlib", "import importlib\nimportlib.import_module('posix')", "ModuleNotFoundError"},
		{"not allowed", "import json", "ModuleNotFoundError"},
		{"sys.path", "import sys\nsys.path.insert(0, DIR)\nimport secret", "ModuleNotFoundError"},
		{"stdout raw", "import sys\nb = sys.stdout.buffer\ntype(getattr(b, 'raw', b))(SECRET)", "PermissionError"},
		{"subclasses", `
found = []
seen = set()
todo = [().__class__.__base__]
while todo:
    c = todo.pop()
    if c in seen:
        continue
    seen.add(c)
    todo.extend(type.__subclasses__(c))
    if 'FileIO' in c.__name__ or 'wrap_close' in c.__name__ or c.__name__ == 'Popen':
        found.append(c)
for c in found:
    try:
        c(SECRET)
    except PermissionError:
        pass
    else:
        print('opened with', c)
print('done')
`, "out:done\n"},
		{"stderr fd", "import sys\nb = sys.stderr.buffer\ntype(getattr(b, 'raw', b))(2, 'w')", "PermissionError"},
		{"__globals__", "def f(): pass\nb = f.__globals__['__builtins__']\n(b['open'] if isinstance(b, dict) else b.open)(SECRET)", "PermissionError"},
		{"gi_frame", "def g():\n    yield 1\nx = g()\nnext(x)\nb = x.gi_frame.f_globals['__builtins__']\n(b['open'] if isinstance(b, dict) else b.open)(SECRET)", "PermissionError"},
		{"sys.modules", `
import sys
for name, m in list(sys.modules.items()):
    for attr in ('open', 'system', 'popen', 'environ', 'listdir', 'getenv'):
        f = getattr(m, attr, None)
        if f is None:
            continue
        try:
            r = f(SECRET) if attr in ('open', 'listdir') else f
            if attr == 'environ' or attr == 'getenv':
                print('env through', name)
            else:
                print('reached', name, attr, r)
        except PermissionError:
            pass
print('done')
`, "out:done\n"},
		{"exec builtins", "exec('open(SECRET)', {'__builtins__': {'open': open}, 'SECRET': SECRET})", "PermissionError"},
		{"exec import", "exec('import posix', {'__builtins__': __builtins__})", "ModuleNotFoundError"},
		{"re internals", "import re, sys\nassert re.enum.sys is sys\nsys.modules['posix']", "KeyError"},
		{"recursion", "def f(): f()\nf()", "RecursionError"},
		{"compute", "import re, math, itertools\nprint(sum(math.isqrt(i) for i in range(100)), re.sub('a+', '-', 'caaat'), list(itertools.islice(itertools.count(), 3)))", "out:615 c-t [0, 1, 2]\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			in, err := py.New(py.Options{Sandbox: true, Stdout: &out, Stderr: &out, AllowedModules: []string{"re", "math", "itertools", "sys", "io", "_io", "importlib"}})
			if err != nil {
				t.Fatal(err)
			}
			g := in.NewGlobals()
			g.Set("SECRET", secret)
			g.Set("DIR", strings.TrimSuffix(secret, "/secret.txt"))
			_, err = in.Exec(c.src, g)
			if want, ok := strings.CutPrefix(c.want, "out:"); ok {
				if err != nil || out.String() != want {
					t.Errorf("printed %q, err %v; want %q", out.String(), err, want)
				}
				return
			}
			var pe *py.Error
			if !errors.As(err, &pe) || pe.Type() != c.want {
				t.Errorf("err = %v (printed %q), want %s", err, out.String(), c.want)
			} else {
				t.Log(pe.Error())
			}
			if strings.Contains(out.String(), "top secret") {
				t.Errorf("the secret leaked: %q", out.String())
			}
		})
	}
}

// TestSandboxNoOtherInterpreters: classes another interpreter of the
// process made (here os._wrap_close, whose methods' globals hold os) are
// not among object's subclasses in a sandbox, nor anywhere else.
func TestSandboxNoOtherInterpreters(t *testing.T) {
	free, _ := py.New(py.Options{})
	if _, err := free.Exec("import os, subprocess\nclass Mine: pass", nil); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	box, _ := py.New(py.Options{Sandbox: true, Stdout: &out})
	_, err := box.Exec(`
class Local: pass
seen, todo, names = set(), [object], set()
while todo:
    c = todo.pop()
    if c in seen:
        continue
    seen.add(c)
    names.add(c.__name__)
    todo.extend(type.__subclasses__(c))
print('Local' in names, 'Mine' in names, '_wrap_close' in names, 'Popen' in names)
`, nil)
	if err != nil || out.String() != "True False False False\n" {
		t.Errorf("printed %q, err %v", out.String(), err)
	}
}
