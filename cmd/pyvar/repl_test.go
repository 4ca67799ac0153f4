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

// TestREPL types each testdata/repl/*.txt session into `pyvar -i` and into
// `python3.10 -q -i` and compares everything both print, prompts included.
func TestREPL(t *testing.T) {
	py := pyref.Require(t)
	sessions, err := filepath.Glob(filepath.Join("testdata", "repl", "*.txt"))
	if err != nil || len(sessions) == 0 {
		t.Fatalf("no REPL sessions: %v", err)
	}
	for _, file := range sessions {
		input, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			cmd := exec.Command(py, "-q", "-i")
			cmd.Stdin = bytes.NewReader(input)
			var wantOut, wantErr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &wantOut, &wantErr
			cmd.Env = append(os.Environ(), "PYTHONSTARTUP=")
			_ = cmd.Run()
			var gotOut, gotErr bytes.Buffer
			runMain([]string{"-q", "-i"}, bytes.NewReader(input), &gotOut, &gotErr)
			want := normalize(wantOut.String()+"\n### stderr\n"+wantErr.String(), "")
			got := normalize(gotOut.String()+"\n### stderr\n"+gotErr.String(), "")
			if got != want {
				t.Errorf("the session differs from CPython 3.10's\n%s", diff(want, got))
			}
		})
	}
}
