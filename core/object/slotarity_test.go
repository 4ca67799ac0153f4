package object

import "testing"

func TestSlotArity(t *testing.T) {
	for _, tt := range []struct {
		name   string
		lo, hi int
		ok     bool
	}{
		{"__len__", 0, 0, true},
		{"__getitem__", 1, 1, true},
		{"__setitem__", 2, 2, true},
		{"__get__", 1, 2, true},
		{"__pow__", 1, 2, true},
		{"__rshift__", 1, 1, true},
		{"__rrshift__", 1, 1, true},
		{"__irshift__", 1, 1, true},
		{"__ror__", 1, 1, true},
		{"__iand__", 1, 1, true},
		{"__init__", 0, 0, false},
		{"__round__", 0, 0, false},
		{"rshift", 0, 0, false},
	} {
		lo, hi, ok := slotArity(tt.name)
		if lo != tt.lo || hi != tt.hi || ok != tt.ok {
			t.Errorf("slotArity(%q) = %d, %d, %v; want %d, %d, %v", tt.name, lo, hi, ok, tt.lo, tt.hi, tt.ok)
		}
	}
}
