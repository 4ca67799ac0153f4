package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/pyref"
)

// TestSubprocessScripts runs testdata/subproc/NAME.py in a process of its
// own (this test binary acting as pyvar): programs that act on the whole
// process, such as closing every descriptor, which cannot run inside the
// test binary. Their output must match NAME.golden, written by CPython 3.10
// under -update.
func TestSubprocessScripts(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join("testdata", "subproc", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		golden := strings.TrimSuffix(f, ".py") + ".golden"
		t.Run(name, func(t *testing.T) {
			argv := []string{self, filepath.Base(f)}
			env := []string{"PYVAR_TEST_AS_MAIN=1"}
			if *update {
				argv = []string{pyref.Require(t), filepath.Base(f)}
				env = []string{"PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1"}
			}
			cmd := exec.Command(argv[0], argv[1:]...)
			cmd.Dir = filepath.Dir(f)
			cmd.Env = append(os.Environ(), env...)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			runErr := cmd.Run()
			dir, err := filepath.Abs(filepath.Dir(f))
			if err != nil {
				t.Fatal(err)
			}
			got := normalize(stdout.String(), dir)
			if stderr.Len() > 0 {
				got += "### stderr\n" + normalize(stderr.String(), dir)
			}
			if runErr != nil {
				got += "### exit: " + runErr.Error() + "\n"
			}
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("no golden file (run with -update and CPython 3.10 installed): %v", err)
			}
			if got != string(want) {
				t.Errorf("output differs from CPython 3.10's\n%s", diff(string(want), got))
			}
		})
	}
}
