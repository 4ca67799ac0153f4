package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pyvar/pyvar/core/pyref"
	"github.com/pyvar/pyvar/core/stdlib"
)

// Stdlib script tests: testdata/stdlib/NAME.py (or NAME/main.py) are
// programs that import CPython 3.10's pure-Python standard library. They
// run once each against NAME.golden (CPython 3.10's output; -update rewrites
// it), with the Lib pyvar finds by itself (package core/stdlib). Without one
// they are skipped, saying so: CI machines may have no CPython.

// requireLib skips the test when pyvar finds no CPython 3.10 Lib.
func requireLib(t *testing.T) stdlib.Lib {
	t.Helper()
	lib := stdlib.Find("")
	if !lib.Found() {
		t.Skipf("SKIPPING the stdlib scripts: pyvar finds no CPython 3.10 Lib (looked at %s)", strings.Join(lib.Looked, ", "))
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
	requireLib(t)
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

// TestWithoutStdlib: with no CPython Lib anywhere, pyvar still starts, its
// built-in modules import, and a stdlib import fails saying where pyvar
// looked and how to point it at a Lib.
func TestWithoutStdlib(t *testing.T) {
	empty := t.TempDir()
	t.Setenv("PYVAR_STDLIB", filepath.Join(empty, "nope"))
	t.Setenv("PYENV_ROOT", empty)
	t.Setenv("PATH", empty)
	var stdout, stderr bytes.Buffer
	src := "import sys, math, time\nprint(sys.prefix == '', sys.path)\nimport collections\n"
	code := runMain([]string{"-c", src}, strings.NewReader(""), &stdout, &stderr)
	if code != 1 || stdout.String() != "True ['']\n" {
		t.Errorf("exit %d, stdout %q; want 1 and \"True ['']\\n\"", code, stdout.String())
	}
	for _, want := range []string{"ModuleNotFoundError: No module named 'collections'", "PYVAR_STDLIB=" + filepath.Join(empty, "nope"),
		"python3.10 on the PATH (none)", "--stdlib DIR"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr %q does not mention %q", stderr.String(), want)
		}
	}
	// --stdlib names the Lib explicitly.
	lib := filepath.Join(empty, "lib")
	os.MkdirAll(filepath.Join(lib, "collections"), 0o755)
	os.WriteFile(filepath.Join(lib, "os.py"), nil, 0o644)
	os.WriteFile(filepath.Join(lib, "collections", "__init__.py"), []byte("x = 42\n"), 0o644)
	stdout.Reset()
	stderr.Reset()
	code = runMain([]string{"--stdlib", lib, "-c", "import sys, collections; print(collections.x, sys.path[-1] == sys.prefix + '/lib')"},
		strings.NewReader(""), &stdout, &stderr)
	if code != 0 || stdout.String() != "42 True\n" {
		t.Errorf("--stdlib: exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
}
