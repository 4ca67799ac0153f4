package compile

import "github.com/pyvar/pyvar/core/syntax"

// Warn, when set, receives the SyntaxWarnings CPython 3.10's compiler
// issues (`x is 1`, `assert (a, b)`); category is "SyntaxWarning". The
// command line prints them as CPython does:
// `file:line: SyntaxWarning: msg`. Nil discards them.
var Warn func(filename string, lineno int, category, msg string)

func (c *compiler) warn(msg string) {
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
