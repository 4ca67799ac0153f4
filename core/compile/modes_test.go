package compile

import (
	"bytes"
	"os/exec"
	"testing"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/pyref"
	"github.com/pyvar/pyvar/core/syntax"
)

// TestModes compares eval and single (interactive) compilations with
// CPython 3.10's compile(src, "<m>", mode).
func TestModes(t *testing.T) {
	py := pyref.Require(t)
	cases := []struct {
		src  string
		mode syntax.Mode
		name string
	}{
		{"a + b * 2", syntax.Eval, "eval"},
		{"[x for x in y if x]", syntax.Eval, "eval"},
		{"lambda q: q", syntax.Eval, "eval"},
		{"x\n", syntax.Single, "single"},
		{"x = 1\n", syntax.Single, "single"},
		{"for i in r: i\n", syntax.Single, "single"},
		{"def f():\n    x\n", syntax.Single, "single"},
		{"if a:\n    b\nelse:\n    c\n", syntax.Single, "single"},
	}
	for _, tc := range cases {
		out, err := exec.Command(py, "-c", "import dis,sys; dis.dis(compile(sys.argv[1], '<m>', sys.argv[2]))", tc.src, tc.name).CombinedOutput()
		if err != nil {
			t.Fatalf("%q: %v\n%s", tc.src, err, out)
		}
		co, err := Compile([]byte(tc.src), "<m>", tc.mode, 0)
		if err != nil {
			t.Errorf("%q (%s): %v", tc.src, tc.name, err)
			continue
		}
		var b bytes.Buffer
		code.Dis(&b, co)
		if got, want := normalizeDis(b.String()), normalizeDis(string(out)); got != want {
			t.Errorf("%q (%s) differs:\n%s", tc.src, tc.name, lineDiff(want, got))
		}
	}
}
