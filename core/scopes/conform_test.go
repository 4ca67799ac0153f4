package scopes

import (
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/pyref"
)

// TestConformSample runs the conformance comparison over the sample
// programs in testdata: every file CPython 3.10 accepts must compile, every
// file it rejects must be rejected, and every name of every code object must
// get the same set of opcode families.
func TestConformSample(t *testing.T) {
	py, err := pyref.Find("3.10")
	if err != nil {
		t.Skipf("CPython 3.10 is not installed, conformance comparison skipped: %v", err)
	}
	var out strings.Builder
	s, err := Conform(&out, py, "", []string{"testdata"}, 50)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(strings.TrimSpace(out.String()))
	if s.Files < 8 || s.Rejected < 3 || s.Names < 200 {
		t.Errorf("the sample was not fully graded: %+v", s)
	}
	if !s.OK() {
		t.Errorf("pyvar disagrees with CPython 3.10:\n%s", out.String())
	}
}
