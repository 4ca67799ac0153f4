package compile

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/pyref"
	"github.com/pyvar/pyvar/core/syntax"
)

// codeFields are the co_* fields compared with CPython 3.10.
type codeFields struct {
	Name            string   `json:"name"`
	Argcount        int      `json:"argcount"`
	Posonlyargcount int      `json:"posonlyargcount"`
	Kwonlyargcount  int      `json:"kwonlyargcount"`
	Nlocals         int      `json:"nlocals"`
	Stacksize       int      `json:"stacksize"`
	Flags           int      `json:"flags"`
	Firstlineno     int      `json:"firstlineno"`
	Varnames        []string `json:"varnames"`
	Cellvars        []string `json:"cellvars"`
	Freevars        []string `json:"freevars"`
	Names           []string `json:"names"`
	Nconsts         int      `json:"nconsts"`
}

func fieldsOf(co *code.Code, out []codeFields) []codeFields {
	out = append(out, codeFields{co.Name, co.Argcount, co.Posonlyargcount, co.Kwonlyargcount, co.Nlocals,
		co.Stacksize, co.Flags, co.Firstlineno, co.Varnames, co.Cellvars, co.Freevars, co.Names, len(co.Consts)})
	for _, k := range co.Consts {
		if sub, ok := k.Object().(*code.Code); ok {
			out = fieldsOf(sub, out)
		}
	}
	return out
}

// TestCodeFields compares the co_* fields of every code object of the
// corpus and golden files (stack size, flags, argument counts, name
// tuples, first line) with CPython 3.10's.
func TestCodeFields(t *testing.T) {
	py := pyref.Require(t)
	files, _ := filepath.Glob("testdata/corpus/*.py")
	more, _ := filepath.Glob("testdata/dis/*.py")
	files = append(files, more...)
	var out bytes.Buffer
	cmd := exec.Command(py, append([]string{"testdata/cpython_fields.py"}, files...)...)
	cmd.Stdout = &out
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	var want map[string][]codeFields
	if err := json.Unmarshal(out.Bytes(), &want); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		co, err := Compile(mustRead(t, f), filepath.Base(f), syntax.Exec, 0)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		got := fieldsOf(co, nil)
		w := want[f]
		if len(got) != len(w) {
			t.Errorf("%s: %d code objects, CPython has %d", f, len(got), len(w))
			continue
		}
		for i := range w {
			n++
			if !reflect.DeepEqual(got[i], w[i]) {
				t.Errorf("%s: code object %s:\n  got  %+v\n  want %+v", f, w[i].Name, got[i], w[i])
			}
		}
	}
	t.Logf("%d code objects compared", n)
}
