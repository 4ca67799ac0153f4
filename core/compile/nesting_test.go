package compile

import (
	"runtime"
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/syntax"
)

// compileBytes is the memory compiling src allocates.
func compileBytes(t *testing.T, src string) uint64 {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	if _, err := Compile([]byte(src), "<nest>", syntax.Exec, 0); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestNestingLinear checks that the memory a compile takes grows with
// the nesting depth of lambdas and functions no faster than the code
// objects do: doubling the depth doubles the source and the bytecode, and
// quadruples only the total length of the qualnames (f.<locals>.f...,
// as in CPython). Code keys that held every nested code's key grew with
// the cube (x5 to x8 here).
func TestNestingLinear(t *testing.T) {
	lambdas := func(n int) string { return "f = " + strings.Repeat("lambda: ", n) + "1\n" }
	defs := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(strings.Repeat(" ", i) + "def f():\n")
			b.WriteString(strings.Repeat(" ", i+1) + "x = 'k'\n")
		}
		b.WriteString(strings.Repeat(" ", n) + "return 1\n")
		return b.String()
	}
	for _, tt := range []struct {
		name string
		src  func(int) string
		n    int
	}{{"lambda", lambdas, 400}, {"def", defs, 45}} {
		small, big := compileBytes(t, tt.src(tt.n)), compileBytes(t, tt.src(2*tt.n))
		if ratio := float64(big) / float64(small); ratio > 4.5 {
			t.Errorf("%s: depth %d allocates %d bytes, depth %d %d (x%.1f, want at most 4)", tt.name, tt.n, small, 2*tt.n, big, ratio)
		} else {
			t.Logf("%s: x%.2f", tt.name, ratio)
		}
	}
}
