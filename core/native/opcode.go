package native

import (
	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _opcode: CPython's Modules/_opcode.c, the stack_effect that Lib's opcode
// and dis modules export, from the compiler's own table (code.StackEffect).

func init() { register("_opcode", newOpcode) }

func newOpcode(in *vm.Interp) (*object.Module, error) {
	m := newModule("_opcode", "Opcode support module.")
	defFunc(m, "stack_effect", stackEffect)
	return m, nil
}

// stackEffect is stack_effect(opcode, oparg=None, /, *, jump=None).
func stackEffect(args []object.Value, kw []string) (object.Value, error) {
	npos := len(args) - len(kw)
	if npos > 2 {
		return object.Null, object.Errorf(object.TypeError, "stack_effect() takes at most 2 positional arguments (%d given)", npos)
	}
	if npos < 1 {
		return object.Null, object.Errorf(object.TypeError, "stack_effect() missing required argument 'opcode' (pos 1)")
	}
	jump := object.None
	for i, k := range kw {
		if k != "jump" {
			return object.Null, object.Errorf(object.TypeError, "'%s' is an invalid keyword argument for stack_effect()", k)
		}
		jump = args[npos+i]
	}
	op, err := cLong(args[0])
	if err != nil {
		return object.Null, err
	}
	oparg := 0
	hasArg := npos > 1 && !args[1].IsNone()
	if hasArg {
		if oparg, err = cLong(args[1]); err != nil {
			return object.Null, err
		}
	}
	if op >= int(code.HaveArgument) {
		if !hasArg {
			return object.Null, object.Errorf(object.ValueError, "stack_effect: opcode requires oparg but oparg was not specified")
		}
	} else if hasArg {
		return object.Null, object.Errorf(object.ValueError, "stack_effect: opcode does not permit oparg but oparg was specified")
	}
	var effect int
	ok := op >= 0 && op < 256 && code.Opcode(op).Valid()
	if ok {
		switch {
		case jump.IsNone():
			// The larger of the two effects, as the compiler's stack
			// depth computation takes.
			e1, _ := code.StackEffect(code.Opcode(op), oparg, true)
			e2, _ := code.StackEffect(code.Opcode(op), oparg, false)
			effect = max(e1, e2)
			_, ok = code.StackEffect(code.Opcode(op), oparg, false)
		case jump.IsBool():
			effect, ok = code.StackEffect(code.Opcode(op), oparg, jump.RawBool())
		default:
			return object.Null, object.Errorf(object.ValueError, "stack_effect: jump must be False, True or None")
		}
	}
	if !ok {
		return object.Null, object.Errorf(object.ValueError, "invalid opcode or oparg")
	}
	return object.Int(int64(effect)), nil
}

// cLong converts an argument to a C int through __index__ (_PyLong_AsInt),
// with the OverflowErrors it raises past a C long and past a C int.
func cLong(v object.Value) (int, error) {
	if v.IsFloat() {
		return 0, object.Errorf(object.TypeError, "'float' object cannot be interpreted as an integer")
	}
	r, err := object.Index(v)
	if err != nil {
		return 0, err
	}
	n, ok := r.AsInt()
	if !ok {
		return 0, object.Errorf(object.OverflowError, "Python int too large to convert to C long")
	}
	if n != int64(int32(n)) {
		return 0, object.Errorf(object.OverflowError, "Python int too large to convert to C int")
	}
	return int(n), nil
}
