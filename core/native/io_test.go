package native_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/pyvar/pyvar/core/interp"
	"github.com/pyvar/pyvar/core/pyref"
	"github.com/pyvar/pyvar/core/vm"
)

// TestOpen runs testdata/files_script.txt (open() in text and binary
// modes, iteration, append, errors, a file left open) in a fresh directory
// with pyvar and with CPython 3.10, and compares the outputs and the file
// contents left behind.
func TestOpen(t *testing.T) {
	py := pyref.Require(t)
	src, err := os.ReadFile("testdata/files_script.txt")
	if err != nil {
		t.Fatal(err)
	}
	runIn := func(dir string, f func(script string) string) (string, string) {
		script := filepath.Join(dir, "files.py")
		os.WriteFile(script, src, 0o644)
		out := f(script)
		left, _ := os.ReadFile(filepath.Join(dir, "unclosed.txt"))
		return out, string(left)
	}
	wantOut, wantLeft := runIn(t.TempDir(), func(script string) string {
		cmd := exec.Command(py, script)
		cmd.Dir = filepath.Dir(script)
		out, _ := cmd.CombinedOutput()
		return string(out)
	})
	gotOut, gotLeft := runIn(t.TempDir(), func(script string) string {
		wd, _ := os.Getwd()
		defer os.Chdir(wd)
		os.Chdir(filepath.Dir(script))
		var out bytes.Buffer
		in := interp.New(vm.Options{Stdout: &out, Stderr: &out})
		in.HandleExit(in.RunFile(script))
		in.Finalize()
		return out.String()
	})
	if gotOut != wantOut {
		t.Errorf("output differs\n--- pyvar\n%s--- CPython\n%s", gotOut, wantOut)
	}
	if gotLeft != wantLeft {
		t.Errorf("unclosed file holds %q, CPython left %q", gotLeft, wantLeft)
	}
}
