package code

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/pyref"
)

// TestStackEffect compares StackEffect with CPython 3.10's
// dis.stack_effect for every opcode, several arguments and both branches.
func TestStackEffect(t *testing.T) {
	py := pyref.Require(t)
	script := `
import dis, json
out = []
for op in range(256):
    name = dis.opname[op]
    if name.startswith('<'):
        continue
    for arg in ([0, 1, 2, 3, 5, 0x104] if op >= dis.HAVE_ARGUMENT else [None]):
        for jump in (False, True):
            try:
                out.append([op, arg or 0, jump, dis.stack_effect(op, arg, jump=jump)])
            except ValueError:
                pass
print(json.dumps(out))
`
	raw, err := exec.Command(py, "-c", script).Output()
	if err != nil {
		t.Fatal(err)
	}
	var rows [][4]any
	if err := json.Unmarshal(raw, &rows); err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		op := Opcode(r[0].(float64))
		arg := int(r[1].(float64))
		jump := r[2].(bool)
		want := int(r[3].(float64))
		got, ok := StackEffect(op, arg, jump)
		if !ok || got != want {
			t.Errorf("StackEffect(%v, %d, %v) = %d, %v; CPython says %d", op, arg, jump, got, ok, want)
		}
	}
	if len(rows) < 200 {
		t.Fatalf("only %d rows from CPython", len(rows))
	}
}

func unit(op Opcode, arg int) Unit { return MakeUnit(op, uint8(arg)) }

func TestVerify(t *testing.T) {
	one := object.Int(1)
	ok := &Code{Name: "ok", Stacksize: 1, Consts: []object.Value{one},
		Code: []Unit{unit(LOAD_CONST, 0), unit(RETURN_VALUE, 0)}, Lines: []int32{1, 1}}
	tests := []struct {
		name string
		co   *Code
		err  string
	}{
		{"valid", ok, ""},
		{"underflow", &Code{Name: "u", Stacksize: 1, Code: []Unit{unit(POP_TOP, 0), unit(RETURN_VALUE, 0)}, Lines: []int32{1, 1}}, "pops"},
		{"const index", &Code{Name: "c", Stacksize: 1, Code: []Unit{unit(LOAD_CONST, 3), unit(RETURN_VALUE, 0)}, Lines: []int32{1, 1}}, "out of range"},
		{"too deep", &Code{Name: "d", Stacksize: 1, Consts: []object.Value{one},
			Code: []Unit{unit(LOAD_CONST, 0), unit(LOAD_CONST, 0), unit(BINARY_ADD, 0), unit(RETURN_VALUE, 0)}, Lines: []int32{1, 1, 1, 1}}, "exceeds"},
		{"jump outside", &Code{Name: "j", Stacksize: 1, Code: []Unit{unit(JUMP_ABSOLUTE, 9)}, Lines: []int32{1}}, "out of range"},
		{"falls off", &Code{Name: "f", Stacksize: 1, Consts: []object.Value{one}, Code: []Unit{unit(LOAD_CONST, 0)}, Lines: []int32{1}}, "falls off"},
		{"lines", &Code{Name: "l", Stacksize: 1, Code: []Unit{unit(RETURN_VALUE, 0)}}, "line entries"},
	}
	for _, tc := range tests {
		err := Verify(tc.co)
		if tc.err == "" {
			if err != nil {
				t.Errorf("%s: unexpected error %v", tc.name, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%s: got %v, want an error containing %q", tc.name, err, tc.err)
		}
	}
}

// TestDisLayout checks the columns of a listing: line numbers, jump
// target markers, EXTENDED_ARG and the argument reprs.
func TestDisLayout(t *testing.T) {
	co := &Code{Name: "f", Filename: "x.py", Firstlineno: 1, Stacksize: 2,
		Consts:   []object.Value{object.None, object.NewStr("s")},
		Names:    []string{"g"},
		Varnames: []string{"a"},
		Code: []Unit{
			unit(LOAD_FAST, 0), unit(POP_JUMP_IF_FALSE, 4), unit(LOAD_GLOBAL, 0), unit(RETURN_VALUE, 0),
			unit(EXTENDED_ARG, 1), unit(LOAD_CONST, 1), unit(COMPARE_OP, 2), unit(RETURN_VALUE, 0),
		},
		Lines: []int32{1, 1, 2, 2, 1000, 1000, 1000, 1000},
	}
	var b bytes.Buffer
	Dis(&b, co)
	want := "   1           0 LOAD_FAST                0 (a)\n" +
		"               2 POP_JUMP_IF_FALSE        4 (to 8)\n" +
		"\n" +
		"   2           4 LOAD_GLOBAL              0 (g)\n" +
		"               6 RETURN_VALUE\n" +
		"\n" +
		"1000     >>    8 EXTENDED_ARG             1\n" +
		"              10 LOAD_CONST             257 (257)\n" +
		"              12 COMPARE_OP               2 (==)\n" +
		"              14 RETURN_VALUE\n"
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}
