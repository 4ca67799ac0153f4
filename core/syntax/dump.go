package syntax

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Dump renders a tree exactly as CPython 3.10's
// ast.dump(node, include_attributes=True) does, so trees can be compared
// with the reference parser's.
func Dump(n Node) string {
	var d dumper
	d.node(n)
	return d.b.String()
}

type dumper struct{ b strings.Builder }

// field is one name=value pair; omit drops an absent optional field as
// ast.dump does for None.
type field struct {
	name string
	val  func()
	omit bool
}

func (d *dumper) call(name string, pos *Pos, fields ...field) {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	first := true
	sep := func() {
		if !first {
			d.b.WriteString(", ")
		}
		first = false
	}
	for _, f := range fields {
		if f.omit {
			continue
		}
		sep()
		d.b.WriteString(f.name)
		d.b.WriteByte('=')
		f.val()
	}
	if pos != nil {
		for _, a := range []struct {
			n string
			v int
		}{{"lineno", pos.Lineno}, {"col_offset", pos.ColOffset}, {"end_lineno", pos.EndLineno}, {"end_col_offset", pos.EndColOffset}} {
			sep()
			d.b.WriteString(a.n)
			d.b.WriteByte('=')
			d.b.WriteString(strconv.Itoa(a.v))
		}
	}
	d.b.WriteByte(')')
}

func (d *dumper) expr(name string, e Expr) field {
	return field{name: name, val: func() { d.node(e) }, omit: e == nil}
}

func (d *dumper) reqExpr(name string, e Expr) field {
	return field{name: name, val: func() {
		if e == nil {
			d.b.WriteString("None")
		} else {
			d.node(e)
		}
	}}
}

func (d *dumper) str(name, s string, optional bool) field {
	return field{name: name, val: func() { d.b.WriteString(pyRepr(s)) }, omit: optional && s == ""}
}

func (d *dumper) num(name string, v int) field {
	return field{name: name, val: func() { d.b.WriteString(strconv.Itoa(v)) }}
}

func (d *dumper) enum(name, v string) field {
	return field{name: name, val: func() { d.b.WriteString(v + "()") }}
}

func list[T any](d *dumper, name string, xs []T, each func(T)) field {
	return field{name: name, val: func() {
		d.b.WriteByte('[')
		for i, x := range xs {
			if i > 0 {
				d.b.WriteString(", ")
			}
			each(x)
		}
		d.b.WriteByte(']')
	}}
}

func (d *dumper) exprs(name string, xs []Expr) field {
	return list(d, name, xs, func(e Expr) {
		if e == nil {
			d.b.WriteString("None")
		} else {
			d.node(e)
		}
	})
}

func (d *dumper) stmts(name string, xs []Stmt) field {
	return list(d, name, xs, func(s Stmt) { d.node(s) })
}

func (d *dumper) pats(name string, xs []Pattern) field {
	return list(d, name, xs, func(s Pattern) { d.node(s) })
}

func (d *dumper) strs(name string, xs []string) field {
	return list(d, name, xs, func(s string) { d.b.WriteString(pyRepr(s)) })
}

func (d *dumper) args(a *Arguments) field {
	return field{name: "args", val: func() { d.node(a) }}
}

func (d *dumper) arg(name string, a *Arg) field {
	return field{name: name, val: func() { d.node(a) }, omit: a == nil}
}

func (d *dumper) kws(xs []*Keyword) field {
	return list(d, "keywords", xs, func(k *Keyword) { d.node(k) })
}

func (d *dumper) node(n Node) {
	switch n := n.(type) {
	case *Module:
		d.call("Module", nil, d.stmts("body", n.Body), list(d, "type_ignores", n.TypeIgnores, func(t *TypeIgnore) {
			d.call("TypeIgnore", nil, d.num("lineno", t.Lineno), d.str("tag", t.Tag, false))
		}))
	case *Interactive:
		d.call("Interactive", nil, d.stmts("body", n.Body))
	case *Expression:
		d.call("Expression", nil, d.reqExpr("body", n.Body))
	case *FunctionType:
		d.call("FunctionType", nil, d.exprs("argtypes", n.Argtypes), d.reqExpr("returns", n.Returns))
	case *FunctionDef:
		d.call("FunctionDef", &n.Pos, d.str("name", n.Name, false), d.args(n.Args), d.stmts("body", n.Body), d.exprs("decorator_list", n.DecoratorList), d.expr("returns", n.Returns), d.str("type_comment", n.TypeComment, true))
	case *AsyncFunctionDef:
		d.call("AsyncFunctionDef", &n.Pos, d.str("name", n.Name, false), d.args(n.Args), d.stmts("body", n.Body), d.exprs("decorator_list", n.DecoratorList), d.expr("returns", n.Returns), d.str("type_comment", n.TypeComment, true))
	case *ClassDef:
		d.call("ClassDef", &n.Pos, d.str("name", n.Name, false), d.exprs("bases", n.Bases), d.kws(n.Keywords), d.stmts("body", n.Body), d.exprs("decorator_list", n.DecoratorList))
	case *Return:
		d.call("Return", &n.Pos, d.expr("value", n.Value))
	case *Delete:
		d.call("Delete", &n.Pos, d.exprs("targets", n.Targets))
	case *Assign:
		d.call("Assign", &n.Pos, d.exprs("targets", n.Targets), d.reqExpr("value", n.Value), d.str("type_comment", n.TypeComment, true))
	case *AugAssign:
		d.call("AugAssign", &n.Pos, d.reqExpr("target", n.Target), d.enum("op", pyOpName(n.Op)), d.reqExpr("value", n.Value))
	case *AnnAssign:
		d.call("AnnAssign", &n.Pos, d.reqExpr("target", n.Target), d.reqExpr("annotation", n.Annotation), d.expr("value", n.Value), d.num("simple", b2i(n.Simple)))
	case *For:
		d.call("For", &n.Pos, d.reqExpr("target", n.Target), d.reqExpr("iter", n.Iter), d.stmts("body", n.Body), d.stmts("orelse", n.Orelse), d.str("type_comment", n.TypeComment, true))
	case *AsyncFor:
		d.call("AsyncFor", &n.Pos, d.reqExpr("target", n.Target), d.reqExpr("iter", n.Iter), d.stmts("body", n.Body), d.stmts("orelse", n.Orelse), d.str("type_comment", n.TypeComment, true))
	case *While:
		d.call("While", &n.Pos, d.reqExpr("test", n.Test), d.stmts("body", n.Body), d.stmts("orelse", n.Orelse))
	case *If:
		d.call("If", &n.Pos, d.reqExpr("test", n.Test), d.stmts("body", n.Body), d.stmts("orelse", n.Orelse))
	case *With:
		d.call("With", &n.Pos, list(d, "items", n.Items, func(w *WithItem) { d.node(w) }), d.stmts("body", n.Body), d.str("type_comment", n.TypeComment, true))
	case *AsyncWith:
		d.call("AsyncWith", &n.Pos, list(d, "items", n.Items, func(w *WithItem) { d.node(w) }), d.stmts("body", n.Body), d.str("type_comment", n.TypeComment, true))
	case *Match:
		d.call("Match", &n.Pos, d.reqExpr("subject", n.Subject), list(d, "cases", n.Cases, func(c *MatchCase) { d.node(c) }))
	case *Raise:
		d.call("Raise", &n.Pos, d.expr("exc", n.Exc), d.expr("cause", n.Cause))
	case *Try:
		d.call("Try", &n.Pos, d.stmts("body", n.Body), list(d, "handlers", n.Handlers, func(h *ExceptHandler) { d.node(h) }), d.stmts("orelse", n.Orelse), d.stmts("finalbody", n.Finalbody))
	case *Assert:
		d.call("Assert", &n.Pos, d.reqExpr("test", n.Test), d.expr("msg", n.Msg))
	case *Import:
		d.call("Import", &n.Pos, list(d, "names", n.Names, func(a *Alias) { d.node(a) }))
	case *ImportFrom:
		d.call("ImportFrom", &n.Pos, d.str("module", n.Module, true), list(d, "names", n.Names, func(a *Alias) { d.node(a) }), d.num("level", n.Level))
	case *Global:
		d.call("Global", &n.Pos, d.strs("names", n.Names))
	case *Nonlocal:
		d.call("Nonlocal", &n.Pos, d.strs("names", n.Names))
	case *ExprStmt:
		d.call("Expr", &n.Pos, d.reqExpr("value", n.Value))
	case *Pass:
		d.call("Pass", &n.Pos)
	case *Break:
		d.call("Break", &n.Pos)
	case *Continue:
		d.call("Continue", &n.Pos)
	case *BoolOp:
		d.call("BoolOp", &n.Pos, d.enum("op", n.Op.String()), d.exprs("values", n.Values))
	case *NamedExpr:
		d.call("NamedExpr", &n.Pos, d.reqExpr("target", n.Target), d.reqExpr("value", n.Value))
	case *BinOp:
		d.call("BinOp", &n.Pos, d.reqExpr("left", n.Left), d.enum("op", pyOpName(n.Op)), d.reqExpr("right", n.Right))
	case *UnaryOp:
		d.call("UnaryOp", &n.Pos, d.enum("op", n.Op.String()), d.reqExpr("operand", n.Operand))
	case *Lambda:
		d.call("Lambda", &n.Pos, d.args(n.Args), d.reqExpr("body", n.Body))
	case *IfExp:
		d.call("IfExp", &n.Pos, d.reqExpr("test", n.Test), d.reqExpr("body", n.Body), d.reqExpr("orelse", n.Orelse))
	case *Dict:
		d.call("Dict", &n.Pos, d.exprs("keys", n.Keys), d.exprs("values", n.Values))
	case *Set:
		d.call("Set", &n.Pos, d.exprs("elts", n.Elts))
	case *ListComp:
		d.call("ListComp", &n.Pos, d.reqExpr("elt", n.Elt), d.comps(n.Generators))
	case *SetComp:
		d.call("SetComp", &n.Pos, d.reqExpr("elt", n.Elt), d.comps(n.Generators))
	case *DictComp:
		d.call("DictComp", &n.Pos, d.reqExpr("key", n.Key), d.reqExpr("value", n.Value), d.comps(n.Generators))
	case *GeneratorExp:
		d.call("GeneratorExp", &n.Pos, d.reqExpr("elt", n.Elt), d.comps(n.Generators))
	case *Await:
		d.call("Await", &n.Pos, d.reqExpr("value", n.Value))
	case *Yield:
		d.call("Yield", &n.Pos, d.expr("value", n.Value))
	case *YieldFrom:
		d.call("YieldFrom", &n.Pos, d.reqExpr("value", n.Value))
	case *Compare:
		d.call("Compare", &n.Pos, d.reqExpr("left", n.Left), list(d, "ops", n.Ops, func(o CmpOp) { d.b.WriteString(o.String() + "()") }), d.exprs("comparators", n.Comparators))
	case *Call:
		d.call("Call", &n.Pos, d.reqExpr("func", n.Func), d.exprs("args", n.Args), d.kws(n.Keywords))
	case *FormattedValue:
		d.call("FormattedValue", &n.Pos, d.reqExpr("value", n.Value), d.num("conversion", n.Conversion), d.expr("format_spec", n.FormatSpec))
	case *JoinedStr:
		d.call("JoinedStr", &n.Pos, d.exprs("values", n.Values))
	case *Constant:
		d.call("Constant", &n.Pos, field{name: "value", val: func() { d.b.WriteString(ConstRepr(n.Value)) }}, d.str("kind", n.Kind, true))
	case *Attribute:
		d.call("Attribute", &n.Pos, d.reqExpr("value", n.Value), d.str("attr", n.Attr, false), d.enum("ctx", n.Ctx.String()))
	case *Subscript:
		d.call("Subscript", &n.Pos, d.reqExpr("value", n.Value), d.reqExpr("slice", n.Slice), d.enum("ctx", n.Ctx.String()))
	case *Starred:
		d.call("Starred", &n.Pos, d.reqExpr("value", n.Value), d.enum("ctx", n.Ctx.String()))
	case *Name:
		d.call("Name", &n.Pos, d.str("id", n.Id, false), d.enum("ctx", n.Ctx.String()))
	case *List:
		d.call("List", &n.Pos, d.exprs("elts", n.Elts), d.enum("ctx", n.Ctx.String()))
	case *Tuple:
		d.call("Tuple", &n.Pos, d.exprs("elts", n.Elts), d.enum("ctx", n.Ctx.String()))
	case *Slice:
		d.call("Slice", &n.Pos, d.expr("lower", n.Lower), d.expr("upper", n.Upper), d.expr("step", n.Step))
	case *Comprehension:
		d.call("comprehension", nil, d.reqExpr("target", n.Target), d.reqExpr("iter", n.Iter), d.exprs("ifs", n.Ifs), d.num("is_async", b2i(n.IsAsync)))
	case *ExceptHandler:
		d.call("ExceptHandler", &n.Pos, d.expr("type", n.Type), d.str("name", n.Name, true), d.stmts("body", n.Body))
	case *Arguments:
		argl := func(name string, xs []*Arg) field { return list(d, name, xs, func(a *Arg) { d.node(a) }) }
		d.call("arguments", nil, argl("posonlyargs", n.Posonlyargs), argl("args", n.Args), d.arg("vararg", n.Vararg), argl("kwonlyargs", n.Kwonlyargs), d.exprs("kw_defaults", n.KwDefaults), d.arg("kwarg", n.Kwarg), d.exprs("defaults", n.Defaults))
	case *Arg:
		d.call("arg", &n.Pos, d.str("arg", n.Arg, false), d.expr("annotation", n.Annotation), d.str("type_comment", n.TypeComment, true))
	case *Keyword:
		d.call("keyword", &n.Pos, d.str("arg", n.Arg, true), d.reqExpr("value", n.Value))
	case *Alias:
		d.call("alias", &n.Pos, d.str("name", n.Name, false), d.str("asname", n.Asname, true))
	case *WithItem:
		d.call("withitem", nil, d.reqExpr("context_expr", n.ContextExpr), d.expr("optional_vars", n.OptionalVars))
	case *MatchCase:
		d.call("match_case", nil, field{name: "pattern", val: func() { d.node(n.Pattern) }}, d.expr("guard", n.Guard), d.stmts("body", n.Body))
	case *MatchValue:
		d.call("MatchValue", &n.Pos, d.reqExpr("value", n.Value))
	case *MatchSingleton:
		d.call("MatchSingleton", &n.Pos, field{name: "value", val: func() { d.b.WriteString(ConstRepr(n.Value)) }})
	case *MatchSequence:
		d.call("MatchSequence", &n.Pos, d.pats("patterns", n.Patterns))
	case *MatchMapping:
		d.call("MatchMapping", &n.Pos, d.exprs("keys", n.Keys), d.pats("patterns", n.Patterns), d.str("rest", n.Rest, true))
	case *MatchClass:
		d.call("MatchClass", &n.Pos, d.reqExpr("cls", n.Cls), d.pats("patterns", n.Patterns), d.strs("kwd_attrs", n.KwdAttrs), d.pats("kwd_patterns", n.KwdPatterns))
	case *MatchStar:
		d.call("MatchStar", &n.Pos, d.str("name", n.Name, true))
	case *MatchAs:
		d.call("MatchAs", &n.Pos, field{name: "pattern", val: func() { d.node(n.Pattern) }, omit: n.Pattern == nil}, d.str("name", n.Name, true))
	case *MatchOr:
		d.call("MatchOr", &n.Pos, d.pats("patterns", n.Patterns))
	case nil:
		d.b.WriteString("None")
	default:
		d.b.WriteString("?")
	}
}

func (d *dumper) comps(xs []*Comprehension) field {
	return list(d, "generators", xs, func(c *Comprehension) { d.node(c) })
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func pyOpName(o Operator) string { return o.String() }

// ConstRepr renders a constant as Python's repr() does.
func ConstRepr(c ConstValue) string {
	switch c.Kind {
	case ConstNone:
		return "None"
	case ConstBool:
		if c.Bool {
			return "True"
		}
		return "False"
	case ConstEllipsis:
		return "Ellipsis"
	case ConstInt:
		return c.Int.String()
	case ConstFloat:
		return FloatRepr(c.Float)
	case ConstComplex:
		re, im := real(c.Complex), imag(c.Complex)
		if re == 0 && !math.Signbit(re) {
			return complexPart(im) + "j"
		}
		sign := "+"
		if im < 0 || im == 0 && math.Signbit(im) || math.IsNaN(im) && math.Signbit(im) {
			sign = "-"
			im = -im
		}
		return "(" + complexPart(re) + sign + complexPart(im) + "j)"
	case ConstStr:
		return pyRepr(c.Str)
	case ConstBytes:
		return bytesRepr(c.Str)
	case ConstTuple:
		parts := make([]string, len(c.Tuple))
		for i, e := range c.Tuple {
			parts[i] = ConstRepr(e)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return "?"
}

// complexPart formats a component of a complex repr: like float repr but
// without ".0" for integral values.
func complexPart(f float64) string {
	s := FloatRepr(f)
	return strings.TrimSuffix(s, ".0")
}

// FloatRepr formats f as Python's float.__repr__: the shortest digits that
// round-trip, positional for exponents in [-4, 16), scientific otherwise.
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	mant, expS, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expS)
	neg := strings.HasPrefix(mant, "-")
	mant = strings.TrimPrefix(mant, "-")
	digits := strings.Replace(mant, ".", "", 1)
	var out string
	if exp >= -4 && exp < 16 {
		if exp < 0 {
			out = "0." + strings.Repeat("0", -exp-1) + digits
		} else if len(digits) <= exp+1 {
			out = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
		} else {
			out = digits[:exp+1] + "." + digits[exp+1:]
		}
	} else {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		sign := "+"
		if exp < 0 {
			sign = "-"
			exp = -exp
		}
		es := strconv.Itoa(exp)
		if len(es) < 2 {
			es = "0" + es
		}
		out = m + "e" + sign + es
	}
	if neg {
		out = "-" + out
	}
	return out
}

// pyRepr renders a str as Python's repr(), decoding WTF-8 surrogates.
func pyRepr(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 && i+2 < len(s) && s[i] == 0xED {
			r = rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			size = 3
		}
		i += size
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x` + hex2(int(r)))
		case r < 0x7f:
			b.WriteRune(r)
		case isPrintable(r):
			b.WriteRune(r)
		case r <= 0xff:
			b.WriteString(`\x` + hex2(int(r)))
		case r <= 0xffff:
			b.WriteString(`\u` + hexN(int(r), 4))
		default:
			b.WriteString(`\U` + hexN(int(r), 8))
		}
	}
	b.WriteByte(q)
	return b.String()
}

// isPrintable is Python 3.10's str.isprintable for one character.
func isPrintable(r rune) bool {
	lo, hi := 0, len(py310Printable)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < py310Printable[m][0]:
			hi = m
		case r > py310Printable[m][1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

func bytesRepr(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte('b')
	b.WriteByte(q)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == q || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			b.WriteString(`\x` + hex2(int(c)))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}

func hex2(v int) string { return hexN(v, 2) }

func hexN(v, n int) string {
	s := strconv.FormatInt(int64(v), 16)
	return strings.Repeat("0", max(0, n-len(s))) + s
}
