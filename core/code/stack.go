package code

// StackEffect returns how many values op with argument arg leaves on the
// stack minus how many it takes, as CPython 3.10's stack_effect. jump
// selects the effect when the instruction jumps (for FOR_ITER, the SETUP_*
// handlers and the conditional jumps that keep their operand); ok is false
// for an unknown opcode.
func StackEffect(op Opcode, arg int, jump bool) (effect int, ok bool) {
	switch op {
	case NOP, EXTENDED_ARG, ROT_TWO, ROT_THREE, ROT_FOUR, ROT_N,
		UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT,
		GET_ITER, GET_YIELD_FROM_ITER, GET_AITER, GET_AWAITABLE,
		SETUP_ANNOTATIONS, YIELD_VALUE, POP_BLOCK, DELETE_NAME, DELETE_GLOBAL,
		DELETE_FAST, DELETE_DEREF, LOAD_ATTR, JUMP_FORWARD, JUMP_ABSOLUTE,
		LIST_TO_TUPLE, COPY_DICT_WITHOUT_KEYS:
		return 0, true
	case POP_TOP, SET_ADD, LIST_APPEND, PRINT_EXPR, RETURN_VALUE, IMPORT_STAR,
		YIELD_FROM, STORE_NAME, DELETE_ATTR, STORE_GLOBAL, STORE_FAST, STORE_DEREF,
		COMPARE_OP, IS_OP, CONTAINS_OP, IMPORT_NAME, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE,
		LIST_EXTEND, SET_UPDATE, DICT_MERGE, DICT_UPDATE, MATCH_CLASS, GEN_START,
		BINARY_POWER, BINARY_MULTIPLY, BINARY_MATRIX_MULTIPLY, BINARY_MODULO, BINARY_ADD,
		BINARY_SUBTRACT, BINARY_SUBSCR, BINARY_FLOOR_DIVIDE, BINARY_TRUE_DIVIDE,
		INPLACE_FLOOR_DIVIDE, INPLACE_TRUE_DIVIDE, INPLACE_ADD, INPLACE_SUBTRACT,
		INPLACE_MULTIPLY, INPLACE_MATRIX_MULTIPLY, INPLACE_MODULO, BINARY_LSHIFT,
		BINARY_RSHIFT, BINARY_AND, BINARY_XOR, BINARY_OR, INPLACE_POWER, INPLACE_LSHIFT,
		INPLACE_RSHIFT, INPLACE_AND, INPLACE_XOR, INPLACE_OR:
		return -1, true
	case DUP_TOP, LOAD_BUILD_CLASS, LOAD_CONST, LOAD_NAME, IMPORT_FROM, LOAD_GLOBAL,
		LOAD_FAST, LOAD_CLOSURE, LOAD_DEREF, LOAD_CLASSDEREF, BEFORE_ASYNC_WITH,
		GET_ANEXT, LOAD_METHOD, LOAD_ASSERTION_ERROR, GET_LEN, MATCH_MAPPING,
		MATCH_SEQUENCE, WITH_EXCEPT_START:
		return 1, true
	case DUP_TOP_TWO, MATCH_KEYS:
		return 2, true
	case MAP_ADD, DELETE_SUBSCR, STORE_ATTR, JUMP_IF_NOT_EXC_MATCH:
		return -2, true
	case STORE_SUBSCR, POP_EXCEPT, RERAISE:
		return -3, true
	case END_ASYNC_FOR:
		return -7, true
	case UNPACK_SEQUENCE:
		return arg - 1, true
	case UNPACK_EX:
		return (arg & 0xFF) + (arg >> 8), true
	case FOR_ITER:
		if jump {
			return -1, true
		}
		return 1, true
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - arg, true
	case BUILD_MAP:
		return 1 - 2*arg, true
	case BUILD_CONST_KEY_MAP:
		return -arg, true
	case JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP:
		if jump {
			return 0, true
		}
		return -1, true
	case SETUP_FINALLY:
		if jump {
			return 6, true
		}
		return 0, true
	case SETUP_WITH:
		if jump {
			return 6, true
		}
		return 1, true
	case SETUP_ASYNC_WITH:
		if jump {
			return 5, true
		}
		return 0, true
	case RAISE_VARARGS:
		return -arg, true
	case CALL_FUNCTION:
		return -arg, true
	case CALL_METHOD:
		return -arg - 1, true
	case CALL_FUNCTION_KW:
		return -arg - 1, true
	case CALL_FUNCTION_EX:
		return -1 - b2i(arg&0x01 != 0), true
	case MAKE_FUNCTION:
		return -1 - b2i(arg&0x01 != 0) - b2i(arg&0x02 != 0) - b2i(arg&0x04 != 0) - b2i(arg&0x08 != 0), true
	case BUILD_SLICE:
		if arg == 3 {
			return -2, true
		}
		return -1, true
	case FORMAT_VALUE:
		if arg&0x04 == 0x04 {
			return -1, true
		}
		return 0, true
	}
	return 0, false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// IsJump reports whether op's argument is a jump target (dis's hasjrel and
// hasjabs, CPython's is_jump).
func (op Opcode) IsJump() bool { return opinfo[op].class&(ArgJrel|ArgJabs) != 0 }

// IsRelativeJump reports whether op's target is relative to the next
// instruction (hasjrel).
func (op Opcode) IsRelativeJump() bool { return opinfo[op].class&ArgJrel != 0 }
