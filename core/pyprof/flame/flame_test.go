package flame

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/google/pprof/profile"
	"github.com/pyvar/pyvar/core/pyprof"
)

// parsed is what r writes, read back by the pprof library.
func parsed(t *testing.T, r *pyprof.Recorder) *profile.Profile {
	t.Helper()
	var buf bytes.Buffer
	if err := r.Write(&buf); err != nil {
		t.Fatal(err)
	}
	p, err := profile.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSVGDrawsEveryFrame(t *testing.T) {
	r := pyprof.New(time.Millisecond)
	r.OpcodeLeaf = true
	mod := pyprof.Frame{Func: "<module>", File: "fib.py", Line: 9, StartLine: 1}
	fib := pyprof.Frame{Func: "fib", File: "fib.py", Line: 4, StartLine: 1}
	for i := 0; i < 3; i++ {
		r.Record([]pyprof.Frame{fib, mod}, "BINARY_ADD")
	}
	r.Record([]pyprof.Frame{mod}, "CALL_FUNCTION")
	var buf bytes.Buffer
	if err := SVG(&buf, parsed(t, r), "fib"); err != nil {
		t.Fatal(err)
	}
	svg := buf.String()
	for _, want := range []string{"<svg", "&lt;module&gt;", "fib fib.py:4 (75.0%)", "BINARY_ADD", "CALL_FUNCTION fib.py:9 (25.0%)", "</svg>"} {
		if !strings.Contains(svg, want) {
			t.Errorf("the flame graph lacks %q", want)
		}
	}
	if err := SVG(&buf, parsed(t, pyprof.New(time.Millisecond)), "empty"); err == nil {
		t.Error("an empty profile should be an error, not an empty picture")
	}
}
