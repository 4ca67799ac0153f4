package compile

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/pyref"
	"github.com/pyvar/pyvar/core/syntax"
)

var update = flag.Bool("update", false, "rewrite the golden .dis files from CPython 3.10's `python -m dis`")

var addrRE = regexp.MustCompile(`at 0x[0-9a-f]+`)

// normalizeDis replaces object addresses, which differ from run to run.
func normalizeDis(s string) string { return addrRE.ReplaceAllString(s, "at 0x...") }

// disString compiles src and returns its disassembly with addresses normalised.
func disString(t testing.TB, src []byte, filename string) string {
	t.Helper()
	co, err := Compile(src, filename, syntax.Exec, 0)
	if err != nil {
		t.Fatalf("%s: %v", filename, err)
	}
	var b bytes.Buffer
	code.Dis(&b, co)
	return normalizeDis(b.String())
}

// cpythonDis runs `python3.10 -m dis name` in dir.
func cpythonDis(t testing.TB, py, dir, name string) string {
	t.Helper()
	cmd := exec.Command(py, "-m", "dis", name)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("python3.10 -m dis %s: %v\n%s", name, err, out)
	}
	return normalizeDis(string(out))
}

// TestGoldenDis compares the disassembly of testdata/dis/*.py with the
// listings CPython 3.10 printed for them.
func TestGoldenDis(t *testing.T) {
	files, _ := filepath.Glob("testdata/dis/*.py")
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	var py string
	if *update {
		py = pyref.Require(t)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			golden := strings.TrimSuffix(f, ".py") + ".dis"
			if *update {
				if err := os.WriteFile(golden, []byte(cpythonDis(t, py, "testdata/dis", name)), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update with CPython 3.10 installed)", err)
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := disString(t, src, name)
			if got != string(want) {
				t.Errorf("dis of %s differs from CPython 3.10's:\n%s", name, lineDiff(string(want), got))
			}
		})
	}
}

// lineDiff shows the first differing lines of want and got.
func lineDiff(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + itoa(i+1) + ":\n  want: " + wl + "\n  got:  " + gl + "\n")
			shown++
			if shown >= 8 {
				b.WriteString("  ...\n")
				break
			}
		}
	}
	return b.String()
}

func itoa(i int) string { return strconv.Itoa(i) }

func mustRead(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
