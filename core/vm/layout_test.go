package vm

import (
	"testing"
	"unsafe"
)

// TestObjectSizes pins the sizes of the objects a running program makes
// by the million: a nested def, lambda, comprehension or generator
// expression makes a function each time it runs. Each bound is a Go
// allocation size class; crossing one costs every such function.
func TestObjectSizes(t *testing.T) {
	for _, c := range []struct {
		name      string
		size, max uintptr
	}{
		{"Function", unsafe.Sizeof(Function{}), 160},
		{"Function with one cell", unsafe.Sizeof(funcCells1{}), 160},
		{"Function with two cells", unsafe.Sizeof(funcCells2{}), 176},
	} {
		if c.size > c.max {
			t.Errorf("%s is %d bytes, more than %d", c.name, c.size, c.max)
		}
		t.Logf("%s: %d bytes", c.name, c.size)
	}
}
