package native_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

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

// TestStdinReadInterrupted checks that a signal interrupts a blocking
// sys.stdin.read() at once (KeyboardInterrupt, as CPython's read() fails
// with EINTR) and that no input is lost: what arrives later is the next
// read's.
func TestStdinReadInterrupted(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var out bytes.Buffer
	in := interp.New(vm.Options{Stdin: r, Stdout: &out, Stderr: &out})
	done := make(chan error, 1)
	go func() {
		done <- in.RunSource([]byte(`
import sys
try:
    sys.stdin.read()
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print(repr(sys.stdin.read()))
`), "<test>")
	}()
	time.Sleep(200 * time.Millisecond)
	in.TripSignal(2)
	time.Sleep(200 * time.Millisecond)
	w.WriteString("late\n")
	w.Close()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("sys.stdin.read() was not interrupted")
	}
	in.Finalize()
	if got, want := out.String(), "KeyboardInterrupt\n'late\\n'\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
