package compile

import (
	"strings"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/syntax"
)

// Precedence levels of CPython's Python/ast_unparse.c, lowest first.
const (
	prTuple = iota
	prTest  // if-else, lambda
	prOr
	prAnd
	prNot
	prCmp
	prBor // the first of the binary operators
	prBxor
	prBand
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

// unparse renders an annotation the way `from __future__ import
// annotations` stores it (ast_unparse.c's expr_as_unicode at PR_TEST).
func unparse(e syntax.Expr) string {
	var b strings.Builder
	unparseExpr(&b, e, prTest)
	return b.String()
}

func openIf(b *strings.Builder, cond bool, s string) {
	if cond {
		b.WriteString(s)
	}
}

func constRepr(v syntax.ConstValue) string {
	if v.Kind == syntax.ConstEllipsis {
		return "..."
	}
	val, err := constValue(v)
	if err != nil {
		return "?"
	}
	s, err := object.Repr(val)
	if err != nil {
		return "?"
	}
	if v.Kind == syntax.ConstFloat || v.Kind == syntax.ConstComplex {
		s = strings.ReplaceAll(s, "inf", "1e309")
	}
	return s
}

func unparseExpr(b *strings.Builder, e syntax.Expr, level int) {
	switch e := e.(type) {
	case *syntax.BoolOp:
		op, pr := " or ", prOr
		if e.Op == syntax.And {
			op, pr = " and ", prAnd
		}
		openIf(b, level > pr, "(")
		for i, v := range e.Values {
			openIf(b, i > 0, op)
			unparseExpr(b, v, pr+1)
		}
		openIf(b, level > pr, ")")
	case *syntax.BinOp:
		pr := prArith
		rassoc := 0
		switch e.Op {
		case syntax.Mult, syntax.MatMult, syntax.Div, syntax.Modulo, syntax.FloorDiv:
			pr = prTerm
		case syntax.LShift, syntax.RShift:
			pr = prShift
		case syntax.BitOr:
			pr = prBor
		case syntax.BitXor:
			pr = prBxor
		case syntax.BitAnd:
			pr = prBand
		case syntax.Pow:
			pr, rassoc = prPower, 1
		}
		openIf(b, level > pr, "(")
		unparseExpr(b, e.Left, pr+rassoc)
		b.WriteString(" " + e.Op.Symbol() + " ")
		unparseExpr(b, e.Right, pr+1-rassoc)
		openIf(b, level > pr, ")")
	case *syntax.UnaryOp:
		op, pr := "", prFactor
		switch e.Op {
		case syntax.Invert:
			op = "~"
		case syntax.Not:
			op, pr = "not ", prNot
		case syntax.UAdd:
			op = "+"
		case syntax.USub:
			op = "-"
		}
		openIf(b, level > pr, "(")
		b.WriteString(op)
		unparseExpr(b, e.Operand, pr)
		openIf(b, level > pr, ")")
	case *syntax.Lambda:
		openIf(b, level > prTest, "(")
		if len(e.Args.Args)+len(e.Args.Posonlyargs) > 0 {
			b.WriteString("lambda ")
		} else {
			b.WriteString("lambda")
		}
		unparseArgs(b, e.Args)
		b.WriteString(": ")
		unparseExpr(b, e.Body, prTest)
		openIf(b, level > prTest, ")")
	case *syntax.IfExp:
		openIf(b, level > prTest, "(")
		unparseExpr(b, e.Body, prTest+1)
		b.WriteString(" if ")
		unparseExpr(b, e.Test, prTest+1)
		b.WriteString(" else ")
		unparseExpr(b, e.Orelse, prTest)
		openIf(b, level > prTest, ")")
	case *syntax.Dict:
		b.WriteString("{")
		for i := range e.Values {
			openIf(b, i > 0, ", ")
			if e.Keys[i] != nil {
				unparseExpr(b, e.Keys[i], prTest)
				b.WriteString(": ")
				unparseExpr(b, e.Values[i], prTest)
			} else {
				b.WriteString("**")
				unparseExpr(b, e.Values[i], prBor)
			}
		}
		b.WriteString("}")
	case *syntax.Set:
		b.WriteString("{")
		unparseList(b, e.Elts)
		b.WriteString("}")
	case *syntax.ListComp:
		b.WriteString("[")
		unparseExpr(b, e.Elt, prTest)
		unparseComps(b, e.Generators)
		b.WriteString("]")
	case *syntax.SetComp:
		b.WriteString("{")
		unparseExpr(b, e.Elt, prTest)
		unparseComps(b, e.Generators)
		b.WriteString("}")
	case *syntax.DictComp:
		b.WriteString("{")
		unparseExpr(b, e.Key, prTest)
		b.WriteString(": ")
		unparseExpr(b, e.Value, prTest)
		unparseComps(b, e.Generators)
		b.WriteString("}")
	case *syntax.GeneratorExp:
		b.WriteString("(")
		unparseExpr(b, e.Elt, prTest)
		unparseComps(b, e.Generators)
		b.WriteString(")")
	case *syntax.Await:
		openIf(b, level > prAwait, "(")
		b.WriteString("await ")
		unparseExpr(b, e.Value, prAtom)
		openIf(b, level > prAwait, ")")
	case *syntax.Yield:
		if e.Value == nil {
			b.WriteString("(yield)")
			return
		}
		b.WriteString("(yield ")
		unparseExpr(b, e.Value, prTest)
		b.WriteString(")")
	case *syntax.YieldFrom:
		b.WriteString("(yield from ")
		unparseExpr(b, e.Value, prTest)
		b.WriteString(")")
	case *syntax.Compare:
		openIf(b, level > prCmp, "(")
		unparseExpr(b, e.Left, prCmp+1)
		for i, op := range e.Ops {
			b.WriteString(" " + op.Symbol() + " ")
			unparseExpr(b, e.Comparators[i], prCmp+1)
		}
		openIf(b, level > prCmp, ")")
	case *syntax.Call:
		unparseExpr(b, e.Func, prAtom)
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*syntax.GeneratorExp); ok {
				unparseExpr(b, g, prTest)
				return
			}
		}
		b.WriteString("(")
		first := true
		for _, a := range e.Args {
			openIf(b, !first, ", ")
			first = false
			unparseExpr(b, a, prTest)
		}
		for _, k := range e.Keywords {
			openIf(b, !first, ", ")
			first = false
			if k.Arg == "" {
				b.WriteString("**")
			} else {
				b.WriteString(k.Arg + "=")
			}
			unparseExpr(b, k.Value, prTest)
		}
		b.WriteString(")")
	case *syntax.Constant:
		if e.Value.Kind != syntax.ConstEllipsis {
			b.WriteString(e.Kind)
		}
		b.WriteString(constRepr(e.Value))
	case *syntax.JoinedStr:
		unparseJoinedStr(b, e, false)
	case *syntax.FormattedValue:
		unparseFormattedValue(b, e)
	case *syntax.Attribute:
		unparseExpr(b, e.Value, prAtom)
		if k, ok := e.Value.(*syntax.Constant); ok && k.Value.Kind == syntax.ConstInt {
			b.WriteString(" .")
		} else {
			b.WriteString(".")
		}
		b.WriteString(e.Attr)
	case *syntax.Subscript:
		unparseExpr(b, e.Value, prAtom)
		b.WriteString("[")
		unparseExpr(b, e.Slice, prTuple)
		b.WriteString("]")
	case *syntax.Starred:
		b.WriteString("*")
		unparseExpr(b, e.Value, prBor)
	case *syntax.Slice:
		if e.Lower != nil {
			unparseExpr(b, e.Lower, prTest)
		}
		b.WriteString(":")
		if e.Upper != nil {
			unparseExpr(b, e.Upper, prTest)
		}
		if e.Step != nil {
			b.WriteString(":")
			unparseExpr(b, e.Step, prTest)
		}
	case *syntax.Name:
		b.WriteString(e.Id)
	case *syntax.List:
		b.WriteString("[")
		unparseList(b, e.Elts)
		b.WriteString("]")
	case *syntax.Tuple:
		if len(e.Elts) == 0 {
			b.WriteString("()")
			return
		}
		openIf(b, level > prTuple, "(")
		unparseList(b, e.Elts)
		openIf(b, len(e.Elts) == 1, ",")
		openIf(b, level > prTuple, ")")
	case *syntax.NamedExpr:
		openIf(b, level > prTuple, "(")
		unparseExpr(b, e.Target, prAtom)
		b.WriteString(" := ")
		unparseExpr(b, e.Value, prAtom)
		openIf(b, level > prTuple, ")")
	}
}

func unparseList(b *strings.Builder, es []syntax.Expr) {
	for i, x := range es {
		openIf(b, i > 0, ", ")
		unparseExpr(b, x, prTest)
	}
}

func unparseComps(b *strings.Builder, gens []*syntax.Comprehension) {
	for _, g := range gens {
		if g.IsAsync {
			b.WriteString(" async for ")
		} else {
			b.WriteString(" for ")
		}
		unparseExpr(b, g.Target, prTuple)
		b.WriteString(" in ")
		unparseExpr(b, g.Iter, prTest+1)
		for _, cond := range g.Ifs {
			b.WriteString(" if ")
			unparseExpr(b, cond, prTest+1)
		}
	}
}

func unparseArg(b *strings.Builder, a *syntax.Arg) {
	b.WriteString(a.Arg)
	if a.Annotation != nil {
		b.WriteString(": ")
		unparseExpr(b, a.Annotation, prTest)
	}
}

func unparseArgs(b *strings.Builder, a *syntax.Arguments) {
	first := true
	sep := func() {
		if !first {
			b.WriteString(", ")
		}
		first = false
	}
	npos := len(a.Posonlyargs)
	all := append(append([]*syntax.Arg{}, a.Posonlyargs...), a.Args...)
	for i, arg := range all {
		sep()
		unparseArg(b, arg)
		if di := i - len(all) + len(a.Defaults); di >= 0 {
			b.WriteString("=")
			unparseExpr(b, a.Defaults[di], prTest)
		}
		if npos > 0 && i+1 == npos {
			b.WriteString(", /")
		}
	}
	if a.Vararg != nil || len(a.Kwonlyargs) > 0 {
		sep()
		b.WriteString("*")
		if a.Vararg != nil {
			unparseArg(b, a.Vararg)
		}
	}
	for i, arg := range a.Kwonlyargs {
		sep()
		unparseArg(b, arg)
		if di := i - len(a.Kwonlyargs) + len(a.KwDefaults); di >= 0 && a.KwDefaults[di] != nil {
			b.WriteString("=")
			unparseExpr(b, a.KwDefaults[di], prTest)
		}
	}
	if a.Kwarg != nil {
		sep()
		b.WriteString("**")
		unparseArg(b, a.Kwarg)
	}
}

func unparseJoinedStr(b *strings.Builder, e *syntax.JoinedStr, isFormatSpec bool) {
	var body strings.Builder
	for _, v := range e.Values {
		unparseFStringElement(&body, v, isFormatSpec)
	}
	if isFormatSpec {
		b.WriteString(body.String())
		return
	}
	b.WriteString("f")
	b.WriteString(constRepr(syntax.StrValue(body.String())))
}

func unparseFStringElement(b *strings.Builder, e syntax.Expr, isFormatSpec bool) {
	switch e := e.(type) {
	case *syntax.Constant:
		s := strings.ReplaceAll(e.Value.Str, "{", "{{")
		b.WriteString(strings.ReplaceAll(s, "}", "}}"))
	case *syntax.JoinedStr:
		unparseJoinedStr(b, e, isFormatSpec)
	case *syntax.FormattedValue:
		unparseFormattedValue(b, e)
	}
}

func unparseFormattedValue(b *strings.Builder, e *syntax.FormattedValue) {
	var inner strings.Builder
	unparseExpr(&inner, e.Value, prTest+1)
	s := inner.String()
	if strings.HasPrefix(s, "{") {
		b.WriteString("{ ")
	} else {
		b.WriteString("{")
	}
	b.WriteString(s)
	switch e.Conversion {
	case syntax.ConvASCII:
		b.WriteString("!a")
	case syntax.ConvRepr:
		b.WriteString("!r")
	case syntax.ConvStr:
		b.WriteString("!s")
	}
	if e.FormatSpec != nil {
		b.WriteString(":")
		unparseFStringElement(b, e.FormatSpec, true)
	}
	b.WriteString("}")
}
