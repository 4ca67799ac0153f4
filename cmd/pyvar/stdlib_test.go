package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pyvar/pyvar/core/pyref"
)

// Stdlib script tests: testdata/stdlib/NAME.py (or NAME/main.py) are
// programs that import CPython 3.10's pure-Python standard library. They
// run once each against NAME.golden (CPython 3.10's output; -update rewrites
// it), with the Lib of the CPython 3.10 that pyref finds. Without one they
// are skipped, saying so: CI machines may have no CPython.

// referenceLib returns the Lib directory of the reference CPython 3.10, or
// skips the test.
func referenceLib(t *testing.T) string {
	t.Helper()
	py := pyref.Require(t)
	lib := filepath.Join(filepath.Dir(filepath.Dir(py)), "lib", "python3.10")
	if _, err := os.Stat(filepath.Join(lib, "os.py")); err != nil {
		t.Skipf("SKIPPING the stdlib scripts: no CPython 3.10 Lib beside %s", py)
	}
	return lib
}

func stdlibScripts(t *testing.T) []script {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("testdata", "stdlib"))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	var out []script
	for _, e := range entries {
		switch {
		case e.IsDir():
			if _, err := os.Stat(filepath.Join(root, e.Name(), "main.py")); err == nil {
				out = append(out, script{name: e.Name(), dir: filepath.Join(root, e.Name()), file: "main.py"})
			}
		case strings.HasSuffix(e.Name(), ".py"):
			out = append(out, script{name: strings.TrimSuffix(e.Name(), ".py"), dir: root, file: e.Name()})
		}
	}
	return out
}

func TestStdlibScripts(t *testing.T) {
	lib := referenceLib(t)
	t.Setenv("PYVARPATH", lib)
	py := ""
	if *update {
		py = pyref.Require(t)
	}
	for _, s := range stdlibScripts(t) {
		t.Run(s.name, func(t *testing.T) {
			if *update {
				if err := os.WriteFile(s.goldenPath(), []byte(runReference(t, py, s).golden()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(s.goldenPath())
			if err != nil {
				t.Fatalf("no golden file (run with -update and CPython 3.10 installed): %v", err)
			}
			start := time.Now()
			if got := runPyvar(s).golden(); got != string(want) {
				t.Errorf("pyvar output differs from CPython 3.10's (%s)\n%s", time.Since(start), diff(string(want), got))
			}
		})
	}
}
