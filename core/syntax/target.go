package syntax

// invalidTarget returns the first sub-expression of e that cannot be
// assigned (ctx Store) or deleted (ctx Del), or nil, following CPython's
// _PyPegen_get_invalid_target.
func invalidTarget(e Expr, ctx ExprContext) Expr {
	switch x := e.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Tuple:
		for _, el := range x.Elts {
			if bad := invalidTarget(el, ctx); bad != nil {
				return bad
			}
		}
		return nil
	case *List:
		for _, el := range x.Elts {
			if bad := invalidTarget(el, ctx); bad != nil {
				return bad
			}
		}
		return nil
	case *Starred:
		if ctx == Del {
			return e
		}
		return invalidTarget(x.Value, ctx)
	}
	return e
}

// setContext sets ctx on a validated target and its sub-targets.
func setContext(e Expr, ctx ExprContext) {
	switch x := e.(type) {
	case *Name:
		x.Ctx = ctx
	case *Attribute:
		x.Ctx = ctx
	case *Subscript:
		x.Ctx = ctx
	case *Starred:
		x.Ctx = ctx
		setContext(x.Value, ctx)
	case *Tuple:
		x.Ctx = ctx
		for _, el := range x.Elts {
			setContext(el, ctx)
		}
	case *List:
		x.Ctx = ctx
		for _, el := range x.Elts {
			setContext(el, ctx)
		}
	}
}

// exprName is CPython's _PyPegen_get_expr_name: how messages name a node.
func exprName(e Expr) string {
	switch x := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch x.Value.Kind {
		case ConstNone:
			return "None"
		case ConstBool:
			if x.Value.Bool {
				return "True"
			}
			return "False"
		case ConstEllipsis:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// hereCandidate reports whether CPython's invalid_named_expression rule
// (`!(list|tuple|genexp|True|None|False) bitwise_or '=' ...`) applies to e.
func (p *parser) hereCandidate(e Expr) bool {
	switch x := e.(type) {
	case *List, *Tuple, *GeneratorExp:
		return false
	case *Constant:
		if x.Value.Kind == ConstNone || x.Value.Kind == ConstBool {
			return false
		}
	}
	return p.bitwiseLevel(e)
}

// bitwiseLevel reports whether e could have been produced by the
// bitwise_or rule (so is not a comparison, not/and/or, conditional, lambda,
// starred or walrus, unless parenthesized).
func (p *parser) bitwiseLevel(e Expr) bool {
	if p.isParenthesized(e) {
		return true
	}
	switch x := e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *Starred, *NamedExpr, *Yield, *YieldFrom:
		return false
	case *UnaryOp:
		return x.Op != Not
	case *List, *Tuple, *GeneratorExp:
		return false
	}
	return true
}
