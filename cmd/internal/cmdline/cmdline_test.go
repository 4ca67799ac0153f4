package cmdline

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestConvention(t *testing.T) {
	for _, tt := range []struct {
		args           []string
		done           bool
		code           int
		stdout, stderr string
	}{
		{[]string{"-h"}, true, 0, "usage: tool [-x] FILE\n\nDoes things.\n\noptions:\n  -x\tan option\n", ""},
		{[]string{"--help"}, true, 0, "usage: tool [-x] FILE\n", ""},
		{[]string{"--bogus"}, true, 2, "", "unknown option -bogus\nusage: tool [-x] FILE\nTry `tool -h' for more information.\n"},
		{[]string{"-x", "f"}, false, 0, "", ""},
	} {
		c := New("tool", "[-x] FILE", "Does things.")
		c.Flags.Bool("x", false, "an option")
		var out, errb bytes.Buffer
		done, code := c.Parse(tt.args, &out, &errb)
		if done != tt.done || code != tt.code || !strings.HasPrefix(out.String(), tt.stdout) || errb.String() != tt.stderr {
			t.Errorf("%v: done %v code %d stdout %q stderr %q", tt.args, done, code, out.String(), errb.String())
		}
	}
}

func TestCantOpen(t *testing.T) {
	dir := t.TempDir()
	_, err := os.Open(filepath.Join(dir, "nofile.py"))
	got := CantOpen("pyvar dis", filepath.Join(dir, "nofile.py"), err)
	want := "pyvar dis: can't open file '" + filepath.Join(dir, "nofile.py") + "': [Errno 2] No such file or directory"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	_, err = os.ReadFile(dir)
	if got := Errno(err); got != "[Errno 21] Is a directory" {
		t.Errorf("Errno of reading a directory = %q", got)
	}
}
