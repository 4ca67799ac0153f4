package code

// The executed form of a code object. The VM does not run co_code itself
// but a copy of it, Exec, in which some pairs of instructions that often
// follow each other are marked as one internal superinstruction (as
// CPython 3.12's LOAD_FAST__LOAD_FAST): the first unit of the pair gets an
// internal opcode, keeps its own argument, and the VM reads the second
// unit's argument from the unit after it and skips it. Nothing else moves:
// the copy has co_code's units plus one (End), every instruction keeps its offset, the
// second unit of a pair keeps its own opcode (so a jump to it runs it
// alone), and dis, co_code, f_lasti, line numbers and tracebacks only ever
// see co_code. The internal opcodes are numbers CPython 3.10 does not use,
// never valid in co_code.

// Internal superinstructions: the two opcodes they stand for.
const (
	LOAD_FAST__LOAD_FAST   Opcode = 35
	LOAD_FAST__STORE_FAST  Opcode = 36
	STORE_FAST__LOAD_FAST  Opcode = 37
	STORE_FAST__STORE_FAST Opcode = 38
	LOAD_FAST__LOAD_CONST  Opcode = 39
	LOAD_CONST__LOAD_FAST  Opcode = 40
	LOAD_CONST__STORE_FAST Opcode = 41
	// A constant added to or subtracted from the value on the stack
	// (`n += 1`, `i - 1`): the second unit is BINARY_ or INPLACE_ADD
	// (SUBTRACT), which the VM reads when it needs the generic path.
	LOAD_CONST__ADD      Opcode = 42
	LOAD_CONST__SUBTRACT Opcode = 43
	// A global (or builtin) and a local: `len(x)`, `total + STEP`.
	LOAD_GLOBAL__LOAD_FAST Opcode = 44
	LOAD_FAST__LOAD_GLOBAL Opcode = 45
	// A comparison and the conditional jump on its result (`if a < b`,
	// `while i < n`): the second unit is POP_JUMP_IF_FALSE or _TRUE.
	COMPARE_OP__POP_JUMP Opcode = 46
	// The last instruction of a for loop's body and the back-edge after
	// it (JUMP_BACK_FOR_ITER): an expression statement's POP_TOP, a list
	// comprehension's LIST_APPEND.
	POP_TOP__JUMP_BACK     Opcode = 47
	LIST_APPEND__JUMP_BACK Opcode = 53
	// A local and an attribute of it (`self.x`): the VM tries the
	// attribute cache's instance hit, else runs the LOAD_ATTR alone.
	LOAD_FAST__LOAD_ATTR Opcode = 58

	// JUMP_BACK_FOR_ITER is a JUMP_ABSOLUTE back to a FOR_ITER (a for
	// loop's back-edge): the VM steps a range iterator there, without
	// FOR_ITER's dispatch. Not a pair: it replaces the JUMP_ABSOLUTE
	// alone, argument (and EXTENDED_ARG prefix) unchanged.
	JUMP_BACK_FOR_ITER Opcode = 48

	// badOpcode replaces a unit of co_code that carries one of the
	// internal numbers (code built by code() or replace() from bytes),
	// and a jump whose target is outside the code: it is no opcode at
	// all, and the VM raises as it does for any unknown one.
	badOpcode Opcode = 0
)

// End is the unit Quicken appends after the last one of co_code: no
// opcode (the VM raises if it ever runs it). With it, and with every jump
// target inside the code, the instruction index the VM reads next is
// always inside Exec, so the VM's dispatch reads it without a bounds
// check: execution can only reach End by running off the end of co_code
// or by an EXTENDED_ARG in the last unit, which the compiler never emits
// and Verify refuses.
const End = Unit(badOpcode)

// superPairs lists the superinstructions with the pair each stands for.
var superPairs = [...]struct {
	first, second, super Opcode
	name                 string
}{
	{LOAD_FAST, LOAD_FAST, LOAD_FAST__LOAD_FAST, "LOAD_FAST__LOAD_FAST"},
	{LOAD_FAST, STORE_FAST, LOAD_FAST__STORE_FAST, "LOAD_FAST__STORE_FAST"},
	{STORE_FAST, LOAD_FAST, STORE_FAST__LOAD_FAST, "STORE_FAST__LOAD_FAST"},
	{STORE_FAST, STORE_FAST, STORE_FAST__STORE_FAST, "STORE_FAST__STORE_FAST"},
	{LOAD_FAST, LOAD_CONST, LOAD_FAST__LOAD_CONST, "LOAD_FAST__LOAD_CONST"},
	{LOAD_CONST, LOAD_FAST, LOAD_CONST__LOAD_FAST, "LOAD_CONST__LOAD_FAST"},
	{LOAD_CONST, STORE_FAST, LOAD_CONST__STORE_FAST, "LOAD_CONST__STORE_FAST"},
	{LOAD_CONST, BINARY_ADD, LOAD_CONST__ADD, "LOAD_CONST__ADD"},
	{LOAD_CONST, INPLACE_ADD, LOAD_CONST__ADD, "LOAD_CONST__ADD"},
	{LOAD_CONST, BINARY_SUBTRACT, LOAD_CONST__SUBTRACT, "LOAD_CONST__SUBTRACT"},
	{LOAD_CONST, INPLACE_SUBTRACT, LOAD_CONST__SUBTRACT, "LOAD_CONST__SUBTRACT"},
	{LOAD_GLOBAL, LOAD_FAST, LOAD_GLOBAL__LOAD_FAST, "LOAD_GLOBAL__LOAD_FAST"},
	{LOAD_FAST, LOAD_GLOBAL, LOAD_FAST__LOAD_GLOBAL, "LOAD_FAST__LOAD_GLOBAL"},
	{COMPARE_OP, POP_JUMP_IF_FALSE, COMPARE_OP__POP_JUMP, "COMPARE_OP__POP_JUMP"},
	{COMPARE_OP, POP_JUMP_IF_TRUE, COMPARE_OP__POP_JUMP, "COMPARE_OP__POP_JUMP"},
	{POP_TOP, JUMP_BACK_FOR_ITER, POP_TOP__JUMP_BACK, "POP_TOP__JUMP_BACK"},
	{LIST_APPEND, JUMP_BACK_FOR_ITER, LIST_APPEND__JUMP_BACK, "LIST_APPEND__JUMP_BACK"},
	{LOAD_FAST, LOAD_ATTR, LOAD_FAST__LOAD_ATTR, "LOAD_FAST__LOAD_ATTR"},
}

var superOf [256][256]Opcode

// superName names the internal opcodes (for Exec's listing in tests and
// `pyvar dis --opcache`).
var superName = map[Opcode]string{}

func init() {
	for _, p := range superPairs {
		superOf[p.first][p.second] = p.super
		superName[p.super] = p.name
	}
	superName[JUMP_BACK_FOR_ITER] = "JUMP_BACK_FOR_ITER"
}

// IsSuper reports whether op is one of the internal opcodes (the
// superinstructions and JUMP_BACK_FOR_ITER).
func IsSuper(op Opcode) bool { return superName[op] != "" }

// SuperName is the name of an internal superinstruction ("" for others).
func SuperName(op Opcode) string { return superName[op] }

// peeksNext are the opcodes whose fast path in the VM looks at the unit
// after them for a STORE_FAST and does it too (FOR_ITER over a range, an
// int add or subtraction): a STORE_FAST there is left as it is.
func peeksNext(op Opcode) bool {
	switch op {
	case FOR_ITER, BINARY_ADD, INPLACE_ADD, BINARY_SUBTRACT, INPLACE_SUBTRACT:
		return true
	}
	return false
}

// Quicken returns the executed form of units (see above): a copy in which
// each pair listed in superPairs, taken from left to right without
// overlap, starts with its superinstruction. A unit after EXTENDED_ARG,
// and a STORE_FAST after an instruction that peeks at its successor,
// start no pair.
func Quicken(units []Unit) []Unit {
	ex := make([]Unit, len(units)+1)
	copy(ex, units)
	ex[len(units)] = End
	for i, u := range units {
		if IsSuper(u.Op()) {
			ex[i] = MakeUnit(badOpcode, u.Arg())
		} else if u.Op() == BUILD_SLICE && u.Arg()&SliceTemp != 0 {
			// Code built from bytes must not carry the SliceTemp mark
			// (the VM's promise that nothing sees the list); CPython
			// builds a two-item slice for any argument but 3.
			ex[i] = MakeUnit(BUILD_SLICE, 2)
		} else if u.Op() == MAKE_FUNCTION && u.Arg()&FuncTemp != 0 {
			// Nor FuncTemp (CPython's MAKE_FUNCTION ignores the bit).
			ex[i] = MakeUnit(MAKE_FUNCTION, u.Arg()&^FuncTemp)
		}
	}
	fullArgs(units, func(i int, u Unit, arg int) {
		if u.Op().IsJump() && jumpDest(i, u, arg) >= len(units) {
			ex[i] = MakeUnit(badOpcode, u.Arg())
			return
		}
		if u.Op() == JUMP_ABSOLUTE && arg < i && units[arg].Op() == FOR_ITER {
			ex[i] = MakeUnit(JUMP_BACK_FOR_ITER, u.Arg())
		}
	})
	markSliceTemps(units, ex)
	markFuncTemps(units, ex)
	for i := 0; i+1 < len(units); i++ {
		if i > 0 {
			if prev := units[i-1].Op(); prev == EXTENDED_ARG || peeksNext(prev) && units[i].Op() == STORE_FAST {
				continue
			}
		}
		if s := superOf[ex[i].Op()][ex[i+1].Op()]; s != 0 {
			ex[i] = MakeUnit(s, ex[i].Arg())
			i++ // the second unit starts no pair
		}
	}
	return ex
}

// SliceTemp marks, in Exec, the argument of the two BUILD_SLICE units of
// `x[a:b] = y[c:d:e]` whose right-hand list goes straight from the
// slice to the slice assignment (fannkuch's `p[:k+1] = p[k::-1]`): the
// producer's (BUILD_SLICE before BINARY_SUBSCR) and the consumer's
// (BUILD_SLICE 2 before STORE_SUBSCR). Between them only loads,
// attribute loads and arithmetic run, on values above the list, and no
// jump lands: the list is on the value stack alone all along, so once
// an exact list has copied its items in, the list is garbage and the VM
// may reuse it for the next such slice (Interp's slice temporaries).
const SliceTemp = 0x80

func markSliceTemps(units, ex []Unit) {
	var target []bool
	for i, u := range units {
		if i+1 < len(units) && u.Op() == BUILD_SLICE && units[i+1].Op() == BINARY_SUBSCR &&
			(i == 0 || units[i-1].Op() != EXTENDED_ARG) {
			if target == nil {
				target = jumpTargets(units)
			}
			if j := sliceTempConsumer(units, target, i+2); j >= 0 {
				ex[i] = MakeUnit(BUILD_SLICE, u.Arg()|SliceTemp)
				ex[j] = MakeUnit(BUILD_SLICE, units[j].Arg()|SliceTemp)
			}
		}
	}
}

// sliceTempConsumer follows the value stack from unit i, where the
// producer's list is on top, and returns the consumer BUILD_SLICE's
// index, or -1.
func sliceTempConsumer(units []Unit, target []bool, i int) int {
	above := 0 // values pushed above the list
	for ; i+1 < len(units) && !target[i]; i++ {
		u := units[i]
		switch op := u.Op(); op {
		case LOAD_FAST, LOAD_CONST, LOAD_GLOBAL, LOAD_DEREF, LOAD_NAME:
			above++
		case LOAD_ATTR, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT:
			if above < 1 {
				return -1
			}
		case BINARY_ADD, BINARY_SUBTRACT, BINARY_MULTIPLY, BINARY_FLOOR_DIVIDE,
			BINARY_TRUE_DIVIDE, BINARY_MODULO, BINARY_POWER, BINARY_LSHIFT,
			BINARY_RSHIFT, BINARY_AND, BINARY_OR, BINARY_XOR, BINARY_SUBSCR:
			if above < 2 {
				return -1
			}
			above--
		case BUILD_SLICE:
			n := int(u.Arg())
			if n != 2 && n != 3 {
				return -1
			}
			if n == 2 && above == 3 && units[i+1].Op() == STORE_SUBSCR && !target[i+1] {
				return i
			}
			if above < n {
				return -1
			}
			above -= n - 1
		default:
			return -1
		}
	}
	return -1
}

// FuncTemp marks, in Exec, the argument of a MAKE_FUNCTION whose function
// goes straight to the CALL_FUNCTION 1 of a comprehension or generator
// expression: `MAKE_FUNCTION; <outermost iterable>; GET_ITER;
// CALL_FUNCTION 1`, with only loads, attribute loads, subscripts,
// slices, arithmetic and calls in the iterable and no jump landing in
// between (so no yield: nothing suspends the frame while the function is
// on its stack, where a suspended generator's gi_frame would show it).
// The function is on the value stack alone until that call, and the
// frame the call makes keeps its code, namespaces and cells but not the
// function, so after the call the function is garbage and the VM may
// reuse it for the next such MAKE_FUNCTION (Interp's spare functions).
// Only functions without defaults, keyword defaults or annotations are
// marked (flags 0 or 8, a closure).
const FuncTemp = 0x80

func markFuncTemps(units, ex []Unit) {
	var target []bool
	for i, u := range units {
		if u.Op() != MAKE_FUNCTION || u.Arg()&^0x08 != 0 || i > 0 && units[i-1].Op() == EXTENDED_ARG {
			continue
		}
		if target == nil {
			target = jumpTargets(units)
		}
		if funcTempCall(units, target, i+1) {
			ex[i] = MakeUnit(MAKE_FUNCTION, u.Arg()|FuncTemp)
		}
	}
}

// funcTempCall follows the value stack from unit i, where the new
// function is on top, and reports whether it reaches the GET_ITER and
// CALL_FUNCTION 1 that call it on the iterable with nothing else above.
func funcTempCall(units []Unit, target []bool, i int) bool {
	above := 0 // values pushed above the function
	for ; i+1 < len(units) && !target[i]; i++ {
		u := units[i]
		switch op := u.Op(); op {
		case LOAD_FAST, LOAD_CONST, LOAD_GLOBAL, LOAD_DEREF, LOAD_NAME:
			above++
		case LOAD_ATTR, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT:
			if above < 1 {
				return false
			}
		case LOAD_METHOD:
			if above < 1 {
				return false
			}
			above++
		case BINARY_ADD, BINARY_SUBTRACT, BINARY_MULTIPLY, BINARY_FLOOR_DIVIDE,
			BINARY_TRUE_DIVIDE, BINARY_MODULO, BINARY_POWER, BINARY_LSHIFT,
			BINARY_RSHIFT, BINARY_AND, BINARY_OR, BINARY_XOR, BINARY_SUBSCR:
			if above < 2 {
				return false
			}
			above--
		case BUILD_SLICE, BUILD_TUPLE, BUILD_LIST:
			n := int(u.Arg())
			if above < n || n > 3 && op == BUILD_SLICE {
				return false
			}
			above -= n - 1
		case CALL_FUNCTION:
			n := int(u.Arg())
			if above < n+1 {
				return false
			}
			above -= n
		case CALL_METHOD:
			n := int(u.Arg())
			if above < n+2 {
				return false
			}
			above -= n + 1
		case GET_ITER:
			return above == 1 && units[i+1] == MakeUnit(CALL_FUNCTION, 1) && !target[i+1]
		default:
			return false
		}
	}
	return false
}

// jumpTargets marks the units some jump lands on.
func jumpTargets(units []Unit) []bool {
	t := make([]bool, len(units)+1)
	fullArgs(units, func(i int, u Unit, arg int) {
		if u.Op().IsJump() {
			if d := jumpDest(i, u, arg); d >= 0 && d < len(t) {
				t[d] = true
			}
		}
	})
	return t
}

// fullArgs calls fn for each unit but EXTENDED_ARG, with its argument
// extended by the EXTENDED_ARG units before it.
func fullArgs(units []Unit, fn func(i int, u Unit, arg int)) {
	ext := 0
	for i, u := range units {
		arg := ext | int(u.Arg())
		if u.Op() == EXTENDED_ARG {
			ext = arg << 8
			continue
		}
		ext = 0
		fn(i, u, arg)
	}
}

// jumpDest is the unit the jump u at i with full argument arg lands on.
func jumpDest(i int, u Unit, arg int) int {
	if u.Op().IsRelativeJump() {
		return arg + i + 1
	}
	return arg
}
