package code

import "testing"

func TestQuicken(t *testing.T) {
	u := MakeUnit
	tests := []struct {
		name     string
		in, want []Unit
	}{
		{"load store", []Unit{u(LOAD_FAST, 1), u(STORE_FAST, 2)},
			[]Unit{u(LOAD_FAST__STORE_FAST, 1), u(STORE_FAST, 2)}},
		{"pairs do not overlap", []Unit{u(LOAD_FAST, 1), u(LOAD_FAST, 2), u(LOAD_FAST, 3), u(STORE_FAST, 4)},
			[]Unit{u(LOAD_FAST__LOAD_FAST, 1), u(LOAD_FAST, 2), u(LOAD_FAST__STORE_FAST, 3), u(STORE_FAST, 4)}},
		{"every pair", []Unit{u(STORE_FAST, 1), u(LOAD_FAST, 2), u(STORE_FAST, 3), u(STORE_FAST, 4),
			u(LOAD_FAST, 5), u(LOAD_CONST, 6), u(LOAD_CONST, 7), u(LOAD_FAST, 8), u(LOAD_CONST, 9), u(STORE_FAST, 10)},
			[]Unit{u(STORE_FAST__LOAD_FAST, 1), u(LOAD_FAST, 2), u(STORE_FAST__STORE_FAST, 3), u(STORE_FAST, 4),
				u(LOAD_FAST__LOAD_CONST, 5), u(LOAD_CONST, 6), u(LOAD_CONST__LOAD_FAST, 7), u(LOAD_FAST, 8),
				u(LOAD_CONST__STORE_FAST, 9), u(STORE_FAST, 10)}},
		{"after EXTENDED_ARG", []Unit{u(EXTENDED_ARG, 1), u(LOAD_FAST, 2), u(STORE_FAST, 3)},
			[]Unit{u(EXTENDED_ARG, 1), u(LOAD_FAST, 2), u(STORE_FAST, 3)}},
		{"FOR_ITER keeps its STORE_FAST", []Unit{u(FOR_ITER, 2), u(STORE_FAST, 1), u(LOAD_FAST, 1), u(STORE_FAST, 2)},
			[]Unit{u(FOR_ITER, 2), u(STORE_FAST, 1), u(LOAD_FAST__STORE_FAST, 1), u(STORE_FAST, 2)}},
		{"INPLACE_ADD keeps its STORE_FAST", []Unit{u(INPLACE_ADD, 0), u(STORE_FAST, 1), u(LOAD_FAST, 1)},
			[]Unit{u(INPLACE_ADD, 0), u(STORE_FAST, 1), u(LOAD_FAST, 1)}},
		{"internal numbers in co_code are no opcode", []Unit{u(LOAD_FAST__STORE_FAST, 1), u(STORE_FAST, 2)},
			[]Unit{u(badOpcode, 1), u(STORE_FAST, 2)}},
		{"constant added", []Unit{u(LOAD_DEREF, 0), u(LOAD_CONST, 1), u(INPLACE_ADD, 0), u(STORE_FAST, 2), u(LOAD_FAST, 2)},
			[]Unit{u(LOAD_DEREF, 0), u(LOAD_CONST__ADD, 1), u(INPLACE_ADD, 0), u(STORE_FAST, 2), u(LOAD_FAST, 2)}},
		{"constant subtracted", []Unit{u(LOAD_CONST, 1), u(BINARY_SUBTRACT, 0), u(STORE_FAST, 2), u(LOAD_FAST, 2)},
			[]Unit{u(LOAD_CONST__SUBTRACT, 1), u(BINARY_SUBTRACT, 0), u(STORE_FAST, 2), u(LOAD_FAST, 2)}},
		{"globals and locals", []Unit{u(LOAD_GLOBAL, 0), u(LOAD_FAST, 1), u(LOAD_FAST, 2), u(LOAD_GLOBAL, 1)},
			[]Unit{u(LOAD_GLOBAL__LOAD_FAST, 0), u(LOAD_FAST, 1), u(LOAD_FAST__LOAD_GLOBAL, 2), u(LOAD_GLOBAL, 1)}},
		{"a for loop's back-edge", []Unit{u(GET_ITER, 0), u(FOR_ITER, 2), u(STORE_FAST, 0), u(JUMP_ABSOLUTE, 1), u(JUMP_ABSOLUTE, 5), u(RETURN_VALUE, 0)},
			[]Unit{u(GET_ITER, 0), u(FOR_ITER, 2), u(STORE_FAST, 0), u(JUMP_BACK_FOR_ITER, 1), u(JUMP_ABSOLUTE, 5), u(RETURN_VALUE, 0)}},
		{"a long back-edge", append(append(make([]Unit, 257), u(FOR_ITER, 0)), u(EXTENDED_ARG, 1), u(JUMP_ABSOLUTE, 1)),
			append(append(make([]Unit, 257), u(FOR_ITER, 0)), u(EXTENDED_ARG, 1), u(JUMP_BACK_FOR_ITER, 1))},
		{"comparisons and jumps", []Unit{u(COMPARE_OP, 0), u(POP_JUMP_IF_FALSE, 0), u(COMPARE_OP, 2), u(POP_JUMP_IF_TRUE, 5), u(COMPARE_OP, 3), u(JUMP_IF_FALSE_OR_POP, 0)},
			[]Unit{u(COMPARE_OP__POP_JUMP, 0), u(POP_JUMP_IF_FALSE, 0), u(COMPARE_OP__POP_JUMP, 2), u(POP_JUMP_IF_TRUE, 5), u(COMPARE_OP, 3), u(JUMP_IF_FALSE_OR_POP, 0)}},
		{"a comparison after an add", []Unit{u(BINARY_ADD, 0), u(COMPARE_OP, 0), u(POP_JUMP_IF_FALSE, 0)},
			[]Unit{u(BINARY_ADD, 0), u(COMPARE_OP__POP_JUMP, 0), u(POP_JUMP_IF_FALSE, 0)}},
		{"a for loop's last statement", []Unit{u(GET_ITER, 0), u(FOR_ITER, 4), u(STORE_FAST, 0), u(LOAD_FAST, 0), u(POP_TOP, 0), u(JUMP_ABSOLUTE, 1),
			u(FOR_ITER, 3), u(STORE_FAST, 0), u(LIST_APPEND, 2), u(JUMP_ABSOLUTE, 6), u(POP_TOP, 0), u(JUMP_ABSOLUTE, 2), u(RETURN_VALUE, 0)},
			[]Unit{u(GET_ITER, 0), u(FOR_ITER, 4), u(STORE_FAST, 0), u(LOAD_FAST, 0), u(POP_TOP__JUMP_BACK, 0), u(JUMP_BACK_FOR_ITER, 1),
				u(FOR_ITER, 3), u(STORE_FAST, 0), u(LIST_APPEND__JUMP_BACK, 2), u(JUMP_BACK_FOR_ITER, 6), u(POP_TOP, 0), u(JUMP_ABSOLUTE, 2), u(RETURN_VALUE, 0)}},
		{"an attribute of a local", []Unit{u(LOAD_FAST, 0), u(LOAD_ATTR, 1), u(LOAD_FAST, 0), u(LOAD_METHOD, 2)},
			[]Unit{u(LOAD_FAST__LOAD_ATTR, 0), u(LOAD_ATTR, 1), u(LOAD_FAST, 0), u(LOAD_METHOD, 2)}},
		{"p[:k + 1] = p[k::-1]", []Unit{u(LOAD_FAST, 0), u(LOAD_FAST, 1), u(LOAD_CONST, 0), u(LOAD_CONST, 1), u(BUILD_SLICE, 3), u(BINARY_SUBSCR, 0),
			u(LOAD_FAST, 0), u(LOAD_CONST, 0), u(LOAD_FAST, 1), u(LOAD_CONST, 2), u(BINARY_ADD, 0), u(BUILD_SLICE, 2), u(STORE_SUBSCR, 0)},
			[]Unit{u(LOAD_FAST__LOAD_FAST, 0), u(LOAD_FAST, 1), u(LOAD_CONST, 0), u(LOAD_CONST, 1), u(BUILD_SLICE, 3|SliceTemp), u(BINARY_SUBSCR, 0),
				u(LOAD_FAST__LOAD_CONST, 0), u(LOAD_CONST, 0), u(LOAD_FAST__LOAD_CONST, 1), u(LOAD_CONST, 2), u(BINARY_ADD, 0), u(BUILD_SLICE, 2|SliceTemp), u(STORE_SUBSCR, 0)}},
		{"a slice stored in between is no temporary", []Unit{u(LOAD_FAST, 0), u(LOAD_CONST, 0), u(LOAD_CONST, 0), u(BUILD_SLICE, 2), u(BINARY_SUBSCR, 0),
			u(DUP_TOP, 0), u(STORE_FAST, 2), u(LOAD_FAST, 0), u(LOAD_CONST, 0), u(LOAD_CONST, 0), u(BUILD_SLICE, 2), u(STORE_SUBSCR, 0)},
			[]Unit{u(LOAD_FAST__LOAD_CONST, 0), u(LOAD_CONST, 0), u(LOAD_CONST, 0), u(BUILD_SLICE, 2), u(BINARY_SUBSCR, 0),
				u(DUP_TOP, 0), u(STORE_FAST__LOAD_FAST, 2), u(LOAD_FAST, 0), u(LOAD_CONST, 0), u(LOAD_CONST, 0), u(BUILD_SLICE, 2), u(STORE_SUBSCR, 0)}},
		{"a jump into the statement", []Unit{u(LOAD_FAST, 0), u(LOAD_CONST, 0), u(LOAD_CONST, 0), u(BUILD_SLICE, 2), u(BINARY_SUBSCR, 0),
			u(LOAD_FAST, 0), u(LOAD_CONST, 0), u(LOAD_CONST, 0), u(BUILD_SLICE, 2), u(STORE_SUBSCR, 0), u(JUMP_ABSOLUTE, 6)},
			[]Unit{u(LOAD_FAST__LOAD_CONST, 0), u(LOAD_CONST, 0), u(LOAD_CONST, 0), u(BUILD_SLICE, 2), u(BINARY_SUBSCR, 0),
				u(LOAD_FAST__LOAD_CONST, 0), u(LOAD_CONST, 0), u(LOAD_CONST, 0), u(BUILD_SLICE, 2), u(STORE_SUBSCR, 0), u(JUMP_ABSOLUTE, 6)}},
		{"the slice is the container, not the value", []Unit{u(LOAD_FAST, 1), u(LOAD_FAST, 0), u(LOAD_CONST, 0), u(LOAD_CONST, 0), u(BUILD_SLICE, 2), u(BINARY_SUBSCR, 0),
			u(LOAD_CONST, 0), u(LOAD_CONST, 0), u(BUILD_SLICE, 2), u(STORE_SUBSCR, 0)},
			[]Unit{u(LOAD_FAST__LOAD_FAST, 1), u(LOAD_FAST, 0), u(LOAD_CONST, 0), u(LOAD_CONST, 0), u(BUILD_SLICE, 2), u(BINARY_SUBSCR, 0),
				u(LOAD_CONST, 0), u(LOAD_CONST, 0), u(BUILD_SLICE, 2), u(STORE_SUBSCR, 0)}},
		{"a SliceTemp mark in co_code is dropped", []Unit{u(LOAD_FAST, 0), u(LOAD_CONST, 0), u(LOAD_CONST, 0), u(BUILD_SLICE, 3|SliceTemp), u(BINARY_SUBSCR, 0)},
			[]Unit{u(LOAD_FAST__LOAD_CONST, 0), u(LOAD_CONST, 0), u(LOAD_CONST, 0), u(BUILD_SLICE, 2), u(BINARY_SUBSCR, 0)}},
		{"nothing to pair", []Unit{u(LOAD_GLOBAL, 0), u(RETURN_VALUE, 0)},
			[]Unit{u(LOAD_GLOBAL, 0), u(RETURN_VALUE, 0)}},
		{"jumps outside the code are no opcode", []Unit{u(JUMP_ABSOLUTE, 4), u(JUMP_FORWARD, 2), u(FOR_ITER, 0), u(SETUP_FINALLY, 0)},
			[]Unit{u(badOpcode, 4), u(badOpcode, 2), u(FOR_ITER, 0), u(badOpcode, 0)}},
		{"a long jump outside", []Unit{u(EXTENDED_ARG, 1), u(JUMP_ABSOLUTE, 0), u(RETURN_VALUE, 0)},
			[]Unit{u(EXTENDED_ARG, 1), u(badOpcode, 0), u(RETURN_VALUE, 0)}},
	}
	for _, tt := range tests {
		in := append([]Unit(nil), tt.in...)
		got := Quicken(tt.in)
		if len(got) != len(tt.want)+1 || got[len(got)-1] != End {
			t.Fatalf("%s: %d units, want %d and End", tt.name, len(got), len(tt.want))
		}
		got = got[:len(tt.want)]
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: unit %d = %v %d, want %v %d", tt.name, i, got[i].Op(), got[i].Arg(), tt.want[i].Op(), tt.want[i].Arg())
			}
			if tt.in[i] != in[i] {
				t.Errorf("%s: Quicken changed its input at %d", tt.name, i)
			}
		}
	}
	for _, p := range superPairs {
		if p.super.Valid() || !IsSuper(p.super) || SuperName(p.super) != p.name {
			t.Errorf("%v: a CPython opcode, or misnamed", SuperName(p.super))
		}
	}
}
