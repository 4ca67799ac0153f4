package compile

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/pyref"
	"github.com/pyvar/pyvar/core/syntax"
)

// cpythonListings returns CPython 3.10's dis listing of each file.
func cpythonListings(t testing.TB, py string, files []string) map[string]string {
	t.Helper()
	var out bytes.Buffer
	cmd := exec.Command(py, append([]string{"testdata/cpython_dis.py"}, files...)...)
	// pyvar hashes str like CPython with PYTHONHASHSEED=0, so frozenset
	// constants print in the same order.
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	cmd.Stdout = &out
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("running CPython 3.10: %v\n%s", err, stderr.String())
	}
	m := map[string]string{}
	if err := json.Unmarshal(out.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	for k, v := range m {
		m[k] = normalizeDis(v)
	}
	return m
}

var headerRE = regexp.MustCompile(`^Disassembly of <code object (\S+) at`)

var nameOps = map[string]bool{}

func init() {
	for _, fam := range []string{"FAST", "NAME", "GLOBAL", "DEREF"} {
		for _, kind := range []string{"LOAD_", "STORE_", "DELETE_"} {
			nameOps[kind+fam] = true
		}
	}
	nameOps["LOAD_CLASSDEREF"] = true
	nameOps["LOAD_CLOSURE"] = true
}

// nameOpsByCode extracts, per code object of a listing, the sequence of
// "OPNAME name" for the variable opcodes: which opcode each name gets.
func nameOpsByCode(listing string) map[string][]string {
	res := map[string][]string{}
	cur := "<module>"
	for _, line := range strings.Split(listing, "\n") {
		if m := headerRE.FindStringSubmatch(line); m != nil {
			cur = m[1]
			for res[cur] != nil { // several code objects with one name
				cur += "'"
			}
			res[cur] = []string{}
			continue
		}
		f := strings.Fields(line)
		for i, w := range f {
			if nameOps[w] && i+2 < len(f) {
				res[cur] = append(res[cur], w+" "+f[i+2])
			}
		}
	}
	return res
}

// TestDifferential compiles every corpus file and compares with CPython
// 3.10: the whole listing, and separately the opcode chosen for each name
// in each code object.
func TestDifferential(t *testing.T) {
	py := pyref.Require(t)
	files, _ := filepath.Glob("testdata/corpus/*.py")
	want := cpythonListings(t, py, files)
	exact, namesOK := 0, 0
	for _, f := range files {
		src := mustRead(t, f)
		co, err := Compile(src, filepath.Base(f), syntax.Exec, 0)
		w := want[f]
		if strings.HasPrefix(w, "ERROR:") {
			if err == nil {
				t.Errorf("%s: CPython rejects it (%s), pyvar compiles it", f, w)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if err := verifyAll(co); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		var b bytes.Buffer
		code.Dis(&b, co)
		got := normalizeDis(b.String())
		if got == w {
			exact++
		} else {
			t.Logf("%s: listing differs from CPython 3.10:\n%s", f, lineDiff(w, got))
		}
		gn, wn := nameOpsByCode(got), nameOpsByCode(w)
		if equalNameOps(gn, wn) {
			namesOK++
		} else {
			for k, wv := range wn {
				if strings.Join(gn[k], ",") != strings.Join(wv, ",") {
					t.Errorf("%s: code object %s: name opcodes differ:\n  want %v\n  got  %v", f, k, wv, gn[k])
				}
			}
		}
	}
	t.Logf("corpus: %d files, %d listings identical to CPython 3.10, %d with identical name opcodes", len(files), exact, namesOK)
	if exact != len(files) {
		t.Errorf("%d of %d listings differ from CPython 3.10", len(files)-exact, len(files))
	}
}

func equalNameOps(a, b map[string][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range b {
		if strings.Join(a[k], ",") != strings.Join(v, ",") {
			return false
		}
	}
	return true
}

// verifyAll runs code.Verify on co and every nested code object.
func verifyAll(co *code.Code) error {
	if err := code.Verify(co); err != nil {
		return err
	}
	for _, k := range co.Consts {
		if sub, ok := k.Object().(*code.Code); ok {
			if err := verifyAll(sub); err != nil {
				return err
			}
		}
	}
	return nil
}
