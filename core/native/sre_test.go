package native_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pyvar/pyvar/core/interp"
	"github.com/pyvar/pyvar/core/pyref"
	"github.com/pyvar/pyvar/core/vm"
)

// The _sre module is compared with CPython 3.10 through CPython's own re,
// sre_parse and sre_compile: testdata/sre_table.py runs on both and every
// line must agree.

// Until pyvar imports the real enum, functools and copyreg (they need
// much of the stdlib), re is loaded over these stand-ins, which give it
// just what it uses from them (and memoryview's cast to words, until
// pyvar has memoryview).
var sreStubs = map[string]string{
	"enum.py": `
import builtins
if not hasattr(builtins, 'memoryview'):
    # sre_compile reads its big charsets' block indices through
    # memoryview(b).cast('I'); this stands in until pyvar has memoryview.
    class _Words:
        itemsize = 4
        def __init__(self, b):
            self.b = b
        def __len__(self):
            return len(self.b) // 4
        def tolist(self):
            return [int.from_bytes(self.b[i:i + 4], 'little') for i in range(0, len(self.b), 4)]
    class _View:
        def __init__(self, b):
            self.b = bytes(b)
        def cast(self, fmt):
            return _Words(self.b)
    builtins.memoryview = _View

class _FlagType(type):
    def __new__(mcls, name, bases, ns):
        cls = type.__new__(mcls, name, bases, dict(ns))
        cls.__members__ = {}
        for k, v in ns.items():
            if not k.startswith('_') and type(v) is int:
                m = int.__new__(cls, v)
                m._name_, m._value_ = k, v
                setattr(cls, k, m)
                cls.__members__[k] = m
        return cls
class IntFlag(int, metaclass=_FlagType):
    @property
    def value(self):
        return int(self)
`,
	"functools.py": `
def lru_cache(maxsize=128, typed=False):
    return lambda f: f
`,
	"copyreg.py": `
def pickle(*args):
    pass
`,
}

// runPyvarScript runs src in a fresh interpreter with path before the
// script's directory entries, returning its stdout and stderr.
func runPyvarScript(t *testing.T, src []byte, path []string) (string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	in := interp.New(vm.Options{Stdout: &out, Stderr: &errb, Path: path})
	if err := in.RunSource(src, "<test>"); err != nil {
		errb.WriteString(vm.FormatException(err))
	}
	in.Finalize()
	return out.String(), errb.String()
}

func TestReTableAgainstCPython(t *testing.T) { compareReScript(t, "sre_table.py") }

// TestReRandomAgainstCPython runs 400 random patterns (and what sre_parse
// says about the invalid ones) through re on both interpreters.
func TestReRandomAgainstCPython(t *testing.T) { compareReScript(t, "sre_random.py") }

// compareReScript runs testdata/name under CPython 3.10 and pyvar and
// reports the lines that differ.
func compareReScript(t *testing.T, name string) {
	py := pyref.Require(t)
	lib := filepath.Join(filepath.Dir(filepath.Dir(py)), "lib", "python3.10")
	if _, err := os.Stat(filepath.Join(lib, "sre_compile.py")); err != nil {
		t.Skipf("SKIPPING: no CPython 3.10 Lib beside %s", py)
	}
	src, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "-c", string(src))
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8")
	want, err := cmd.Output()
	if err != nil {
		t.Fatalf("CPython: %v", err)
	}

	got, stderr := runPyvarScript(t, src, []string{lib})
	if strings.Contains(stderr, "Error") && !strings.Contains(got, "PATTERN") {
		// re itself did not import: use the stand-ins.
		stubs := t.TempDir()
		for name, body := range sreStubs {
			if err := os.WriteFile(filepath.Join(stubs, name), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("re does not import with the real Lib yet; using stand-ins for enum, functools and copyreg")
		got, stderr = runPyvarScript(t, src, []string{stubs, lib})
	}
	wantLines := strings.Split(string(want), "\n")
	gotLines := strings.Split(got, "\n")
	bad := 0
	for i, w := range wantLines {
		g := "<missing>"
		if i < len(gotLines) {
			g = gotLines[i]
		}
		if g != w {
			bad++
			if bad <= 40 {
				t.Errorf("line %d:\n got %s\nwant %s", i+1, g, w)
			}
		}
	}
	if len(gotLines) > len(wantLines) {
		t.Errorf("pyvar printed %d extra lines", len(gotLines)-len(wantLines))
	}
	if stderr != "" {
		t.Errorf("stderr:\n%s", stderr)
	}
	t.Logf("%d lines compared with CPython 3.10, %d differ", len(wantLines), bad)
}

// TestReInterruptible checks that Ctrl-C (SIGINT) stops a catastrophic
// backtracking match with KeyboardInterrupt, as CPython's PyErr_CheckSignals
// polling in SRE(match) does.
func TestReInterruptible(t *testing.T) {
	// (?:a+)+b, written as the code words sre_compile produces.
	src := []byte(`
import _sre
p = _sre.compile('(?:a+)+b', 0, [24, 10, 1, 4294967295, 25, 6, 1, 4294967295, 17, 97, 1, 19, 17, 98, 1], 0, {}, ())
try:
    p.search('b' + 'a' * 64)  # without a b, search knows at once
except KeyboardInterrupt:
    print('interrupted')
`)
	var out, errb bytes.Buffer
	in := interp.New(vm.Options{Stdout: &out, Stderr: &errb})
	done := make(chan error, 1)
	go func() { done <- in.RunSource(src, "<test>") }()
	time.Sleep(200 * time.Millisecond)
	in.TripSignal(2)
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("%v\n%s", err, errb.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the match was not interrupted")
	}
	in.Finalize() // sys.stdout is block-buffered over a Go writer
	if out.String() != "interrupted\n" {
		t.Errorf("got %q", out.String())
	}
}
