package code

import (
	"bytes"
	"slices"
	"testing"
)

// lines builds a Lines slice from (count, line) runs.
func lines(runs ...int) []int32 {
	var out []int32
	for i := 0; i+1 < len(runs); i += 2 {
		for k := 0; k < runs[i]; k++ {
			out = append(out, int32(runs[i+1]))
		}
	}
	return out
}

func TestLineTable(t *testing.T) {
	tests := []struct {
		name   string
		first  int
		lines  []int32
		table  []byte // as CPython 3.10's assembler writes it
		lnotab []byte
	}{
		{"one line", 1, lines(4, 1), []byte{8, 0}, nil},
		{"next line", 1, lines(2, 2, 3, 3), []byte{4, 1, 6, 1}, []byte{0, 1, 4, 1}},
		{"no line", 1, lines(1, -1, 2, 2), []byte{2, 0x80, 4, 1}, []byte{2, 1}},
		{"line jump", 1, lines(1, 1, 1, 300), []byte{2, 0, 0, 127, 0, 127, 2, 45}, []byte{2, 127, 0, 127, 0, 45}},
		{"backwards", 300, lines(1, 300, 1, 1), []byte{2, 0, 0, 0x81, 0, 0x81, 2, 0xd3}, []byte{2, 0x80, 0, 0x80, 0, 0xd5}},
		{"long range", 1, lines(200, 2), []byte{254, 1, 146, 0}, []byte{0, 1}},
		{"long range without line", 1, lines(200, -1), []byte{254, 0x80, 146, 0x80}, nil},
	}
	for _, tt := range tests {
		co := &Code{Firstlineno: tt.first, Lines: tt.lines, Code: make([]Unit, len(tt.lines))}
		got := LineTable(co)
		if !bytes.Equal(got, tt.table) {
			t.Errorf("%s: LineTable = %x, want %x", tt.name, got, tt.table)
		}
		if back := LinesFromTable(got, tt.first, len(tt.lines)); !slices.Equal(back, tt.lines) {
			t.Errorf("%s: LinesFromTable = %v, want %v", tt.name, back, tt.lines)
		}
		if ln := Lnotab(got, tt.first); !bytes.Equal(ln, tt.lnotab) {
			t.Errorf("%s: Lnotab = %x, want %x", tt.name, ln, tt.lnotab)
		}
	}
}
