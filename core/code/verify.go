package code

import "fmt"

// Verify checks that co is well formed: every opcode is known, operands
// index existing constants, names, locals and cells, jump targets fall
// inside the code, and along every path the stack depth never goes below
// zero nor above Stacksize (handlers entered by SETUP_* included).
func Verify(co *Code) error {
	_, err := verify(co, co.Stacksize)
	return err
}

// StackNeeded checks co as Verify does, without the Stacksize bound, and
// returns the deepest the value stack gets.
func StackNeeded(co *Code) (int, error) {
	return verify(co, -1)
}

// verify is Verify with a stack bound (limit < 0: none); it returns the
// largest depth reached.
func verify(co *Code, limit int) (int, error) {
	n := len(co.Code)
	if n == 0 {
		return 0, fmt.Errorf("%s: empty code", co.Name)
	}
	if len(co.Lines) != n {
		return 0, fmt.Errorf("%s: %d line entries for %d code units", co.Name, len(co.Lines), n)
	}
	type decoded struct {
		op  Opcode
		arg int
	}
	ins := make([]decoded, n)
	ext := 0
	for i, u := range co.Code {
		op := u.Op()
		if !op.Valid() {
			return 0, fmt.Errorf("%s: offset %d: unknown opcode %d", co.Name, 2*i, op)
		}
		arg := int(u.Arg()) | ext
		if op == EXTENDED_ARG {
			ext = arg << 8
		} else {
			ext = 0
		}
		ins[i] = decoded{op, arg}
		ncells := len(co.Cellvars) + len(co.Freevars)
		cl := op.Class()
		bad := false
		switch {
		case op == EXTENDED_ARG:
		case cl&ArgConst != 0:
			bad = arg >= len(co.Consts)
		case cl&ArgName != 0:
			bad = arg >= len(co.Names)
		case cl&ArgLocal != 0:
			bad = arg >= len(co.Varnames)
		case cl&ArgFree != 0:
			bad = arg >= ncells
		case cl&ArgCompare != 0:
			bad = arg >= len(compareOps)
		case cl&ArgJabs != 0:
			bad = arg >= n
		case cl&ArgJrel != 0:
			bad = i+1+arg >= n
		}
		if bad {
			return 0, fmt.Errorf("%s: offset %d: %s argument %d out of range", co.Name, 2*i, op, arg)
		}
	}
	if ext != 0 {
		return 0, fmt.Errorf("%s: code ends with EXTENDED_ARG", co.Name)
	}
	depth := make([]int, n)
	for i := range depth {
		depth[i] = -1
	}
	start := 0
	if n > 0 && ins[0].op == GEN_START {
		start = 1
	}
	var work []int
	maxDepth := 0
	set := func(i, d int) error {
		if d < 0 {
			return fmt.Errorf("%s: offset %d: stack underflow", co.Name, 2*i)
		}
		if limit >= 0 && d > limit {
			return fmt.Errorf("%s: offset %d: stack depth %d exceeds co_stacksize %d", co.Name, 2*i, d, limit)
		}
		maxDepth = max(maxDepth, d)
		if i >= n {
			return fmt.Errorf("%s: execution falls off the end of the code", co.Name)
		}
		if depth[i] == -1 {
			depth[i] = d
			work = append(work, i)
		}
		return nil
	}
	if err := set(0, start); err != nil {
		return 0, err
	}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[i]
		in := ins[i]
		eff, ok := StackEffect(in.op, in.arg, false)
		if !ok {
			return 0, fmt.Errorf("%s: offset %d: no stack effect for %s", co.Name, 2*i, in.op)
		}
		// Check what the instruction pops before it pushes.
		if pops := popsOf(in.op, in.arg); d-pops < 0 {
			return 0, fmt.Errorf("%s: offset %d: %s pops %d from a stack of %d", co.Name, 2*i, in.op, pops, d)
		}
		if in.op.IsJump() {
			je, _ := StackEffect(in.op, in.arg, true)
			t := in.arg
			if in.op.IsRelativeJump() {
				t = i + 1 + in.arg
			}
			if err := set(t, d+je); err != nil {
				return 0, err
			}
		}
		switch in.op {
		case JUMP_ABSOLUTE, JUMP_FORWARD, RETURN_VALUE, RAISE_VARARGS, RERAISE:
			continue
		}
		if err := set(i+1, d+eff); err != nil {
			return 0, err
		}
	}
	return maxDepth, nil
}

// popsOf is a lower bound of what op takes from the stack before pushing.
func popsOf(op Opcode, arg int) int {
	switch op {
	case POP_TOP, RETURN_VALUE, STORE_NAME, STORE_FAST, STORE_GLOBAL, STORE_DEREF, GET_ITER,
		POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, UNARY_NOT, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT,
		YIELD_VALUE, LOAD_ATTR, LOAD_METHOD, IMPORT_STAR, PRINT_EXPR, DUP_TOP, FOR_ITER:
		return 1
	case ROT_TWO, DUP_TOP_TWO, STORE_ATTR, COMPARE_OP, IS_OP, CONTAINS_OP, BINARY_SUBSCR, IMPORT_NAME:
		return 2
	case ROT_THREE, STORE_SUBSCR, POP_EXCEPT, RERAISE:
		return 3
	case ROT_FOUR:
		return 4
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING, RAISE_VARARGS, CALL_FUNCTION:
		return arg
	case CALL_METHOD:
		return arg + 2
	case CALL_FUNCTION_KW:
		return arg + 2
	case BUILD_MAP:
		return 2 * arg
	}
	if e, ok := StackEffect(op, arg, false); ok && e < 0 {
		return -e
	}
	return 0
}
