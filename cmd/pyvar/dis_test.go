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
	var files []string
	for _, s := range all {
		files = append(files, filepath.Join(s.dir, s.file))
	}
	listings := cpythonDis(t, py, files)
	for _, s := range all {
		t.Run(s.name, func(t *testing.T) {
			file := filepath.Join(s.dir, s.file)
			want, ok := listings[file]
			if !ok {
				t.Skipf("CPython cannot disassemble it")
			}
			var got, stderr bytes.Buffer
			if code := runMain([]string{"dis", file}, strings.NewReader(""), &got, &stderr); code != 0 {
				t.Fatalf("pyvar dis exited %d: %s", code, stderr.String())
			}
			w, g := normalize(want, s.dir), normalize(got.String(), s.dir)
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

// disDriver does what `python3.10 -m dis FILE` does (compile the file's
// bytes under its name, then dis.dis) for each file named on stdin, in one
// process: one CPython start instead of one per script. A listing ends
// with an end mark; a file CPython cannot compile gives only an error mark.
const disDriver = `import dis, sys
for name in sys.stdin.read().splitlines():
    try:
        with open(name, 'rb') as f:
            code = compile(f.read(), name, 'exec')
    except BaseException:
        sys.stdout.write('\0ERR\0\n')
        continue
    dis.dis(code)
    sys.stdout.write('\0END\0\n')
`

// cpythonDis returns CPython 3.10's dis listing of each file it can
// compile, by file name.
func cpythonDis(t *testing.T, py string, files []string) map[string]string {
	t.Helper()
	cmd := exec.Command(py, "-c", disDriver)
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	var out bytes.Buffer
	cmd.Stdout = &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v", py, err)
	}
	listings := map[string]string{}
	var cur strings.Builder
	i := 0
	for _, line := range strings.SplitAfter(out.String(), "\n") {
		switch line {
		case "\x00END\x00\n":
			listings[files[i]] = cur.String()
			fallthrough
		case "\x00ERR\x00\n":
			cur.Reset()
			i++
			continue
		}
		cur.WriteString(line)
	}
	if i != len(files) {
		t.Fatalf("CPython's dis driver answered for %d of %d files", i, len(files))
	}
	return listings
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
