package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/pyvar/pyvar/core/pyref"
)

// TestWritesToAClosedPipe runs programs whose stdout reader goes away
// (`pyvar prog.py | head -1`) and compares what they print to stderr and
// their exit status with CPython 3.10's: a print that reaches the pipe
// raises BrokenPipeError; output still buffered at exit is reported as
// "Exception ignored in: <stdout>" and the status is 120.
func TestWritesToAClosedPipe(t *testing.T) {
	py := pyref.Require(t)
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	programs := map[string]string{
		// The first line is flushed; once the reader is gone (stdin says
		// so), more output follows.
		"print raises":  "import sys\nprint('first', flush=True)\nsys.stdin.readline()\nprint('second', flush=True)\n",
		"flush at exit": "import sys\nprint('first', flush=True)\nsys.stdin.readline()\nprint('buffered')\n",
		"caught":        "import sys\nprint('first', flush=True)\nsys.stdin.readline()\ntry:\n    print('x', flush=True)\nexcept BrokenPipeError as e:\n    print('caught', e.errno, file=sys.stderr)\n    sys.stdout = None\n",
	}
	run := func(t *testing.T, argv []string, env []string) (string, int) {
		cmd := exec.Command(argv[0], argv[1:]...)
		cmd.Env = append(os.Environ(), env...)
		cmd.Env = append(cmd.Env, "PYTHONUNBUFFERED=")
		stdin, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if line, err := bufio.NewReader(stdout).ReadString('\n'); err != nil || line != "first\n" {
			t.Fatalf("first line %q, %v", line, err)
		}
		stdout.Close()
		stdin.Write([]byte("go\n"))
		stdin.Close()
		err = cmd.Wait()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		return stderr.String(), code
	}
	for name, src := range programs {
		t.Run(name, func(t *testing.T) {
			file := filepath.Join(dir, "prog.py")
			if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			wantErr, wantCode := run(t, []string{py, file}, nil)
			gotErr, gotCode := run(t, []string{self, file}, []string{"PYVAR_TEST_AS_MAIN=1"})
			wantErr = normalize(wantErr, dir)
			gotErr = normalize(gotErr, dir)
			if gotErr != wantErr || gotCode != wantCode {
				t.Errorf("pyvar: exit %d, stderr\n%s\nCPython 3.10: exit %d, stderr\n%s", gotCode, gotErr, wantCode, wantErr)
			}
		})
	}
}
