package main

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/pyref"
)

// TestDisDifferential disassembles every script-test program with pyvar and
// with `python3.10 -m dis` and compares, code object by code object, the
// opcode each name access gets: the five families (and LOAD_CLOSURE) with
// their argument. Whole listings are compared too, and reported as a count,
// so a layout difference shows without failing on what CPython's optimizer
// does differently.
func TestDisDifferential(t *testing.T) {
	if testing.Short() {
		t.Skip("differential test skipped in -short mode")
	}
	py := pyref.Require(t)
	exact := 0
	all := scripts(t)
	for _, s := range all {
		t.Run(s.name, func(t *testing.T) {
			file := filepath.Join(s.dir, s.file)
			cmd := exec.Command(py, "-m", "dis", file)
			var want bytes.Buffer
			cmd.Stdout = &want
			if err := cmd.Run(); err != nil {
				t.Skipf("CPython cannot disassemble it: %v", err)
			}
			var got, stderr bytes.Buffer
			if code := runMain([]string{"dis", file}, strings.NewReader(""), &got, &stderr); code != 0 {
				t.Fatalf("pyvar dis exited %d: %s", code, stderr.String())
			}
			w, g := normalize(want.String(), s.dir), normalize(got.String(), s.dir)
			if w == g {
				exact++
			}
			wn, gn := nameOps(w), nameOps(g)
			if wn != gn {
				t.Errorf("name opcodes differ from CPython 3.10's\n%s", diff(wn, gn))
			}
		})
	}
	t.Logf("%d of %d listings are identical to python3.10 -m dis", exact, len(all))
}

var (
	nameOpRE = regexp.MustCompile(`\b((?:LOAD|STORE|DELETE)_(?:FAST|DEREF|GLOBAL|NAME)|LOAD_CLASSDEREF|LOAD_CLOSURE)\s+\d+ \((.*)\)`)
	headerRE = regexp.MustCompile(`^Disassembly of <code object (\S+) at`)
)

// nameOps reduces a listing to one line per code object: its name, then
// each name access in order as OPNAME(name).
func nameOps(listing string) string {
	var b strings.Builder
	b.WriteString("<module>:")
	for _, line := range strings.Split(listing, "\n") {
		if m := headerRE.FindStringSubmatch(line); m != nil {
			b.WriteString("\n" + m[1] + ":")
			continue
		}
		if m := nameOpRE.FindStringSubmatch(line); m != nil {
			b.WriteString(" " + m[1] + "(" + m[2] + ")")
		}
	}
	return b.String() + "\n"
}
