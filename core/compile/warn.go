package compile

import "github.com/pyvar/pyvar/core/syntax"

// Warn, when set, receives the SyntaxWarnings CPython 3.10's compiler
// issues (`x is 1`, `assert (a, b)`); category is "SyntaxWarning". The
// command line prints them as CPython does:
// `file:line: SyntaxWarning: msg`. Nil discards them.
var Warn func(filename string, lineno int, category, msg string)

// Warner receives the compiler's warnings of one compilation, as CPython's
// compiler hands them to warnings.warn_explicit. It returns promote true
// when the warning was turned into an error, which the compiler then
// raises as a SyntaxError at the warning's place (compiler_warn), or a
// non-nil err to abort with that error instead.
type Warner func(filename string, lineno int, category, msg string) (promote bool, err error)

// warnAbort carries a Warner's error out of the compiler.
type warnAbort struct{ err error }

func (c *compiler) warn(msg string) {
	if c.warner != nil {
		promote, err := c.warner(c.filename, c.u.lineno, "SyntaxWarning", msg)
		if err != nil {
			panic(warnAbort{err})
		}
		if promote {
			c.errorf("%s", msg)
		}
		return
	}
	if Warn != nil {
		Warn(c.filename, c.u.lineno, "SyntaxWarning", msg)
	}
}

// isArgOK is check_is_arg: an operand of `is` may be a literal only if it
// is a singleton (None, True, False, ...).
func (c *compiler) isArgOK(e syntax.Expr) bool {
	k, ok := c.folded(e).(*syntax.Constant)
	if !ok {
		return true
	}
	switch k.Value.Kind {
	case syntax.ConstNone, syntax.ConstBool, syntax.ConstEllipsis:
		return true
	}
	return false
}

// checkCompare warns about `is` and `is not` with a literal operand.
func (c *compiler) checkCompare(e *syntax.Compare) {
	left := c.isArgOK(e.Left)
	for i, op := range e.Ops {
		right := c.isArgOK(e.Comparators[i])
		if (op == syntax.Is || op == syntax.IsNot) && (!left || !right) {
			if op == syntax.Is {
				c.warn(`"is" with a literal. Did you mean "=="?`)
			} else {
				c.warn(`"is not" with a literal. Did you mean "!="?`)
			}
			return
		}
		left = right
	}
}

// inferType is infer_type: the name of the type an expression's value
// surely has, or "" when the expression does not say.
func inferType(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List, *syntax.ListComp:
		return "list"
	case *syntax.Dict, *syntax.DictComp:
		return "dict"
	case *syntax.Set, *syntax.SetComp:
		return "set"
	case *syntax.GeneratorExp:
		return "generator"
	case *syntax.Lambda:
		return "function"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "str"
	case *syntax.Slice:
		return "slice"
	case *syntax.Constant:
		switch e.Value.Kind {
		case syntax.ConstNone:
			return "NoneType"
		case syntax.ConstBool:
			return "bool"
		case syntax.ConstEllipsis:
			return "ellipsis"
		case syntax.ConstInt:
			return "int"
		case syntax.ConstFloat:
			return "float"
		case syntax.ConstComplex:
			return "complex"
		case syntax.ConstStr:
			return "str"
		case syntax.ConstBytes:
			return "bytes"
		case syntax.ConstTuple:
			return "tuple"
		}
	}
	return ""
}

// checkCaller is check_caller: calling a display or a literal is surely a
// missing comma between two items (`[(1, 2) (3, 4)]`).
func (c *compiler) checkCaller(e syntax.Expr) {
	e = c.folded(e)
	switch e.(type) {
	case *syntax.Constant, *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.Dict, *syntax.DictComp,
		*syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.JoinedStr, *syntax.FormattedValue:
		c.warn("'" + inferType(e) + "' object is not callable; perhaps you missed a comma?")
	}
}

// checkSubscripter is check_subscripter: subscripting what has no
// __getitem__ (`[{1, 2} [i, j]]`).
func (c *compiler) checkSubscripter(e syntax.Expr) {
	e = c.folded(e)
	switch e := e.(type) {
	case *syntax.Constant:
		switch e.Value.Kind {
		case syntax.ConstNone, syntax.ConstEllipsis, syntax.ConstInt, syntax.ConstFloat, syntax.ConstComplex, syntax.ConstBool:
		default:
			return
		}
	case *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.Lambda:
	default:
		return
	}
	c.warn("'" + inferType(e) + "' object is not subscriptable; perhaps you missed a comma?")
}

// checkIndex is check_index: a sequence indexed by what surely is no
// integer or slice (`[(1, 2) [i, j]]`).
func (c *compiler) checkIndex(e, s syntax.Expr) {
	e, s = c.folded(e), c.folded(s)
	it := inferType(s)
	if it == "" || it == "int" || it == "bool" || it == "slice" {
		return
	}
	switch e := e.(type) {
	case *syntax.Constant:
		switch e.Value.Kind {
		case syntax.ConstStr, syntax.ConstBytes, syntax.ConstTuple:
		default:
			return
		}
	case *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.JoinedStr, *syntax.FormattedValue:
	default:
		return
	}
	c.warn(inferType(e) + " indices must be integers or slices, not " + it + "; perhaps you missed a comma?")
}
