package syntax

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// probeOp reports whether the token k ahead is op, without counting as
// part of the parse for error locations.
func (p *parser) probeOp(k int, op string) bool {
	p.probing++
	defer func() { p.probing-- }()
	t := p.peekN(k)
	return t.kind == tkOp && t.val == op
}

// startsExpr reports whether the current token can begin an expression.
func (p *parser) startsExpr() bool {
	t := p.peek()
	switch t.kind {
	case tkNumber, tkString:
		return true
	case tkName:
		if !keywords[t.val] {
			return true
		}
		switch t.val {
		case "True", "False", "None", "lambda", "not", "await":
			return true
		}
	case tkOp:
		switch t.val {
		case "(", "[", "{", "-", "+", "~", "...", "*":
			return true
		}
	}
	return false
}

// starExpressions is `star_expression (',' star_expression)* [',']`.
func (p *parser) starExpressions() Expr {
	start := p.peek()
	e := p.starExpression()
	if !p.isOp(",") {
		return e
	}
	elts := []Expr{e}
	for p.acceptOp(",") {
		if !p.startsExpr() {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Pos: p.posFrom(start), Elts: elts, Ctx: Load}
}

func (p *parser) starExpression() Expr {
	if t := p.peek(); p.acceptOp("*") {
		si := p.i
		v := p.bitwiseOr()
		p.markDisjunction(si)
		return &Starred{Pos: p.posFrom(t), Value: v, Ctx: Load}
	}
	return p.expression()
}

func (p *parser) starNamedExpression() Expr {
	if t := p.peek(); p.acceptOp("*") {
		si := p.i
		v := p.bitwiseOr()
		p.markDisjunction(si)
		return &Starred{Pos: p.posFrom(t), Value: v, Ctx: Load}
	}
	return p.namedExpression()
}

// namedExpression is `NAME ':=' expression | expression !':='`, with
// CPython's messages for '=' written where ':=' or '==' was meant.
func (p *parser) namedExpression() Expr {
	if t := p.peek(); p.isName() && p.peekN(1).kind == tkOp && p.peekN(1).val == ":=" {
		p.advance()
		p.advance()
		v := p.expression()
		return &NamedExpr{Pos: p.posFrom(t), Target: &Name{Pos: Pos{t.line, t.col, t.endLine, t.endCol}, Id: t.val, Ctx: Store}, Value: v}
	}
	e := p.expression()
	p.checkNamedFollow(e)
	return e
}

func (p *parser) checkNamedFollow(e Expr) {
	if p.isOp(":=") {
		p.errorNode(e, "cannot use assignment expressions with "+exprName(e))
	}
	if !p.isOp("=") {
		return
	}
	save := p.i
	var b Expr
	p.probing++
	defer func() { p.probing-- }()
	p.advance()
	if p.try(func() { b = p.bitwiseOr() }) && !p.isOp("=") && !p.isOp(":=") {
		if _, ok := e.(*Name); ok && !p.isParenthesized(e) {
			p.errorRange(e.Position(), b.Position(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
		if p.hereCandidate(e) {
			p.errorNode(e, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e)))
		}
	}
	p.i = save
}

// expression is `disjunction 'if' disjunction 'else' expression | disjunction | lambdef`.
func (p *parser) expression() Expr {
	p.enter()
	defer p.leave()
	if p.isKw("lambda") {
		return p.lambdef()
	}
	start := p.peek()
	si := p.i
	d := p.disjunction()
	// Only a disjunction parsed as an expression can be CPython's 'a' in
	// the "forgot a comma" rule (not comprehension iterables, say).
	p.markDisjunction(si)
	if p.inFail > 0 && !p.noInvalid && p.startsExpr() && !p.isOp("*") {
		// Exploring an error like CPython's second pass, whose invalid
		// rules run at every expression: a juxtaposition here counts.
		p.juxtaposed()
	}
	if !p.acceptKw("if") {
		return d
	}
	var test Expr
	if !p.probe(func() { test = p.disjunction() }) {
		// In CPython's PEG parser a failing trailer backtracks, so its
		// "expected 'else'" rule may see just the atom before it.
		save := p.i
		p.probing++
		ok := p.try(func() { test = p.atom() }) && !p.isKw("else") && !p.isOp(":")
		p.probing--
		if ok {
			p.errorRange(d.Position(), test.Position(), "expected 'else' after 'if' expression")
		}
		p.i = save
		test = p.disjunction()
	}
	if !p.isKw("else") {
		if !p.isOp(":") {
			p.errorRange(d.Position(), test.Position(), "expected 'else' after 'if' expression")
		}
		p.fail()
	}
	p.advance()
	orelse := p.expression()
	return &IfExp{Pos: p.posFrom(start), Test: test, Body: d, Orelse: orelse}
}

func (p *parser) disjunction() Expr {
	start := p.peek()
	e := p.conjunction()
	if !p.isKw("or") {
		return e
	}
	vals := []Expr{e}
	for p.acceptKw("or") {
		vals = append(vals, p.conjunction())
	}
	return &BoolOp{Pos: p.posFrom(start), Op: Or, Values: vals}
}

func (p *parser) conjunction() Expr {
	start := p.peek()
	e := p.inversion()
	if !p.isKw("and") {
		return e
	}
	vals := []Expr{e}
	for p.acceptKw("and") {
		vals = append(vals, p.inversion())
	}
	return &BoolOp{Pos: p.posFrom(start), Op: And, Values: vals}
}

func (p *parser) inversion() Expr {
	if t := p.peek(); p.acceptKw("not") {
		p.enter()
		defer p.leave()
		v := p.inversion()
		return &UnaryOp{Pos: p.posFrom(t), Op: Not, Operand: v}
	}
	return p.comparison()
}

func (p *parser) compOp() CmpOp {
	t := p.peek()
	switch t.kind {
	case tkOp:
		switch t.val {
		case "==":
			return Eq
		case "!=":
			return NotEq
		case "<":
			return Lt
		case "<=":
			return LtE
		case ">":
			return Gt
		case ">=":
			return GtE
		}
	case tkName:
		switch t.val {
		case "in":
			return In
		case "is":
			if n := p.peekN(1); n.kind == tkName && n.val == "not" {
				return IsNot
			}
			return Is
		case "not":
			if n := p.peekN(1); n.kind == tkName && n.val == "in" {
				return NotIn
			}
		}
	}
	return 0
}

func (p *parser) comparison() Expr {
	start := p.peek()
	e := p.bitwiseOr()
	op := p.compOp()
	if op == 0 {
		return e
	}
	c := &Compare{Left: e}
	for ; op != 0; op = p.compOp() {
		p.advance()
		if op == IsNot || op == NotIn {
			p.advance()
		}
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.bitwiseOr())
	}
	c.Pos = p.posFrom(start)
	return c
}

// binary parses a left-associative level of binary operators; opOf maps
// an operator token of this level to its Operator (0 if not one).
func (p *parser) binary(opOf func(string) Operator, next func() Expr) Expr {
	start := p.peek()
	e := next()
	for {
		t := p.peek()
		if t.kind != tkOp {
			return e
		}
		op := opOf(t.val)
		if op == 0 {
			return e
		}
		p.advance()
		r := next()
		e = &BinOp{Pos: p.posFrom(start), Left: e, Op: op, Right: r}
	}
}

func orOp(s string) Operator {
	if s == "|" {
		return BitOr
	}
	return 0
}

func xorOp(s string) Operator {
	if s == "^" {
		return BitXor
	}
	return 0
}

func andOp(s string) Operator {
	if s == "&" {
		return BitAnd
	}
	return 0
}

func shiftOp(s string) Operator {
	switch s {
	case "<<":
		return LShift
	case ">>":
		return RShift
	}
	return 0
}

func sumOp(s string) Operator {
	switch s {
	case "+":
		return Add
	case "-":
		return Sub
	}
	return 0
}

func termOp(s string) Operator {
	switch s {
	case "*":
		return Mult
	case "/":
		return Div
	case "//":
		return FloorDiv
	case "%":
		return Modulo
	case "@":
		return MatMult
	}
	return 0
}

func (p *parser) bitwiseOr() Expr  { return p.binary(orOp, p.bitwiseXor) }
func (p *parser) bitwiseXor() Expr { return p.binary(xorOp, p.bitwiseAnd) }
func (p *parser) bitwiseAnd() Expr { return p.binary(andOp, p.shiftExpr) }
func (p *parser) shiftExpr() Expr  { return p.binary(shiftOp, p.sum) }
func (p *parser) sum() Expr        { return p.binary(sumOp, p.term) }
func (p *parser) term() Expr       { return p.binary(termOp, p.factor) }

func (p *parser) factor() Expr {
	t := p.peek()
	if t.kind == tkOp {
		var op UnaryOperator
		switch t.val {
		case "+":
			op = UAdd
		case "-":
			op = USub
		case "~":
			op = Invert
		}
		if op != 0 {
			p.enter()
			defer p.leave()
			p.advance()
			v := p.factor()
			return &UnaryOp{Pos: p.posFrom(t), Op: op, Operand: v}
		}
	}
	return p.power()
}

func (p *parser) power() Expr {
	start := p.peek()
	e := p.awaitPrimary()
	if !p.acceptOp("**") {
		return e
	}
	r := p.factor()
	return &BinOp{Pos: p.posFrom(start), Left: e, Op: Pow, Right: r}
}

func (p *parser) awaitPrimary() Expr {
	if t := p.peek(); p.acceptKw("await") {
		v := p.primary()
		return &Await{Pos: p.posFrom(t), Value: v}
	}
	return p.primary()
}

// primary parses an atom followed by attribute, call and subscript trailers.
func (p *parser) primary() Expr {
	start := p.peek()
	e := p.atom()
	for {
		t := p.peek()
		if t.kind != tkOp {
			return e
		}
		switch t.val {
		case ".":
			p.advance()
			name := p.expectName()
			e = &Attribute{Pos: p.posFrom(start), Value: e, Attr: name.val, Ctx: Load}
		case "(":
			p.advance()
			args, kws := p.callArgsGen(t)
			p.expectOp(")")
			e = &Call{Pos: p.posFrom(start), Func: e, Args: args, Keywords: kws}
		case "[":
			p.advance()
			s := p.slices()
			p.expectOp("]")
			e = &Subscript{Pos: p.posFrom(start), Value: e, Slice: s, Ctx: Load}
		default:
			return e
		}
	}
}

func (p *parser) slices() Expr {
	start := p.peek()
	s := p.slice()
	if !p.isOp(",") {
		return s
	}
	elts := []Expr{s}
	for p.acceptOp(",") {
		if p.isOp("]") {
			break
		}
		elts = append(elts, p.slice())
	}
	if !p.isOp("]") {
		p.missingComma(elts[len(elts)-1])
	}
	return &Tuple{Pos: p.posFrom(start), Elts: elts, Ctx: Load}
}

func (p *parser) slice() Expr {
	start := p.peek()
	var lower Expr
	if !p.isOp(":") {
		lower = p.namedExpression()
		if !p.isOp(":") {
			if !p.isOp(",") && !p.isOp("]") {
				p.missingComma(lower)
			}
			return lower
		}
	}
	p.advance()
	s := &Slice{Lower: lower}
	if p.startsExpr() {
		s.Upper = p.expression()
	}
	if p.acceptOp(":") && p.startsExpr() {
		s.Step = p.expression()
	}
	s.Pos = p.posFrom(start)
	return s
}

// callArgs parses the arguments of a call or class header up to ')'.
func (p *parser) callArgs() ([]Expr, []*Keyword) { return p.callArgsGen(nil) }

// callArgsGen parses call arguments; open is the '(' token, used to place a
// lone generator-expression argument, which CPython extends to the parens.
func (p *parser) callArgsGen(open *token) ([]Expr, []*Keyword) {
	args, kws := []Expr{}, []*Keyword{}
	var lastDouble *Keyword
	sawKeyword := false
	var firstArg, lastArg *Pos
	posErr := ""
	defer func() {
		if posErr != "" {
			p.errorTok(p.peek(), posErr)
		}
	}()
	for !p.isOp(")") {
		t := p.peek()
		var last Expr
		switch {
		case p.acceptOp("*"):
			if lastDouble != nil || !p.startsExpr() {
				if len(args)+len(kws) > 0 {
					p.errorRange(firstArg, lastArg, "iterable argument unpacking follows keyword argument unpacking")
				}
				p.fail()
			}
			v := p.expression()
			s := &Starred{Pos: p.posFrom(t), Value: v, Ctx: Load}
			if p.isCompFor() {
				p.errorNode(s, "iterable unpacking cannot be used in comprehension")
			}
			args = append(args, s)
			last = s
		case p.acceptOp("**"):
			v := p.expression()
			lastDouble = &Keyword{Pos: p.posFrom(t), Value: v}
			kws = append(kws, lastDouble)
			last = v
		case t.kind == tkName && (t.val == "True" || t.val == "False" || t.val == "None") && p.probeOp(1, "="):
			p.errorTok(t, "cannot assign to "+t.val)
		case p.isName() && p.peekN(1).kind == tkOp && p.peekN(1).val == "=":
			p.advance()
			eq := p.advance()
			v := p.expression()
			if p.isCompFor() {
				// invalid_kwarg: f(a = i for i in x)
				p.errorRange(&Pos{t.line, t.col, t.endLine, t.endCol}, &Pos{eq.line, eq.col, eq.endLine, eq.endCol},
					"invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			kws = append(kws, &Keyword{Pos: p.posFrom(t), Arg: t.val, Value: v})
			sawKeyword = true
			last = v
		default:
			var e Expr
			if p.isName() && p.peekN(1).kind == tkOp && p.peekN(1).val == ":=" {
				e = p.namedExpression()
			} else {
				e = p.expression()
			}
			if p.isCompFor() {
				if open == nil {
					// A class header takes no bare generator argument; only
					// CPython's second pass, seeing a ',' after it, says why.
					save := p.i
					p.probing++
					comma := p.try(func() { p.generators() }) && p.isOp(",")
					p.probing--
					if comma {
						p.errorRange(e.Position(), p.prevPos(), "Generator expression must be parenthesized")
					}
					p.i = save
					p.fail()
				}
				gens := p.generators()
				g := &GeneratorExp{Pos: p.posFromNode(e), Elt: e, Generators: gens}
				if open != nil && len(args) == 0 && len(kws) == 0 && p.isOp(")") {
					g.Pos = Pos{open.line, open.col, p.peek().endLine, p.peek().endCol}
				} else if open == nil || len(args) > 0 || len(kws) > 0 || p.isOp(",") {
					p.peekN(1) // CPython's rule reads past the ',' (a tokenizer error there wins)
					p.errorNode(&GeneratorExp{Pos: p.posFromNode(e)}, "Generator expression must be parenthesized")
				}
				e = g
			} else if p.isOp("=") {
				p.advance()
				v := p.expression()
				p.errorRange(e.Position(), v.Position(), `expression cannot contain assignment, perhaps you meant "=="?`)
			}
			if lastDouble != nil && posErr == "" {
				posErr = "positional argument follows keyword argument unpacking"
			} else if sawKeyword && posErr == "" {
				posErr = "positional argument follows keyword argument"
			}
			args = append(args, e)
			last = e
		}
		if firstArg == nil {
			firstArg = &Pos{}
			*firstArg = p.posFrom(t)
		}
		lastArg = &Pos{}
		*lastArg = p.posFrom(t)
		if !p.acceptOp(",") {
			if !p.isOp(")") {
				p.missingComma(last)
			}
			break
		}
	}
	return args, kws
}

// missingComma reports a missing separator after element e; fail applies
// CPython's "Perhaps you forgot a comma?" rule.
func (p *parser) missingComma(e Expr) { p.fail() }

// generators parses the `for ... in ... if ...` clauses of a comprehension.
func (p *parser) generators() []*Comprehension {
	var gens []*Comprehension
	for {
		c := &Comprehension{Ifs: []Expr{}}
		if p.isKw("async") {
			p.advance()
			c.IsAsync = true
		}
		if !p.acceptKw("for") {
			break
		}
		c.Target = p.starTargets()
		if bad := invalidTarget(c.Target, Store); bad != nil {
			p.errorNode(bad, "cannot assign to "+exprName(bad))
		}
		setContext(c.Target, Store)
		p.expectKw("in")
		c.Iter = p.disjunction()
		for p.acceptKw("if") {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
		if !p.isKw("for") && !(p.isKw("async") && p.peekN(1).kind == tkName && p.peekN(1).val == "for") {
			break
		}
	}
	return gens
}

func (p *parser) isCompFor() bool {
	return p.isKw("for") || p.isKw("async") && p.peekN(1).kind == tkName && p.peekN(1).val == "for"
}

// starTargets parses assignment targets of for loops and comprehensions;
// parsing at bitwise_or level stops before `in`.
func (p *parser) starTargets() Expr {
	start := p.peek()
	e := p.starTarget()
	if !p.isOp(",") {
		return e
	}
	elts := []Expr{e}
	for p.acceptOp(",") {
		if !p.startsExpr() {
			break
		}
		elts = append(elts, p.starTarget())
	}
	return &Tuple{Pos: p.posFrom(start), Elts: elts, Ctx: Store}
}

func (p *parser) starTarget() Expr {
	if t := p.peek(); p.acceptOp("*") {
		v := p.bitwiseOr()
		return &Starred{Pos: p.posFrom(t), Value: v, Ctx: Store}
	}
	si := p.i
	e := p.bitwiseOr()
	p.markDisjunction(si)
	return e
}

func (p *parser) yieldExpr() Expr {
	t := p.expectKw("yield")
	if p.acceptKw("from") {
		v := p.expression()
		return &YieldFrom{Pos: p.posFrom(t), Value: v}
	}
	y := &Yield{}
	if p.startsExpr() {
		y.Value = p.starExpressions()
	}
	y.Pos = p.posFrom(t)
	return y
}

func (p *parser) lambdef() Expr {
	t := p.advance()
	args := p.parameters(":", false)
	p.expectOp(":")
	body := p.expression()
	return &Lambda{Pos: p.posFrom(t), Args: args, Body: body}
}

// parameters parses a def (closer ")", annotations allowed) or lambda
// (closer ":") parameter list with CPython's ordering rules.
func (p *parser) parameters(closer string, annotations bool) *Arguments {
	a := &Arguments{Posonlyargs: []*Arg{}, Args: []*Arg{}, Kwonlyargs: []*Arg{}, KwDefaults: []Expr{}, Defaults: []Expr{}}
	star, slash, defaultAfterSlash := false, false, false
	param := func(allowStar bool) *Arg {
		t := p.expectName()
		arg := &Arg{Arg: t.val}
		if annotations && p.acceptOp(":") {
			arg.Annotation = p.expression()
		}
		arg.Pos = p.posFrom(t)
		return arg
	}
	for !p.isOp(closer) {
		t := p.peek()
		switch {
		case p.isOp("/"):
			if slash || star || len(a.Args) == 0 {
				p.fail()
			}
			p.advance()
			slash = true
			a.Posonlyargs, a.Args = a.Args, []*Arg{}
		case p.isOp("*"):
			if star {
				p.fail()
			}
			p.advance()
			star = true
			if p.isOp(",") || p.isOp(closer) {
				n := p.peek()
				if p.isOp(closer) || p.peekN(1).kind == tkOp && (p.peekN(1).val == closer || p.peekN(1).val == "**") {
					if closer == ":" {
						// CPython reports at the last token its rule read.
						if !p.isOp(closer) {
							n = p.peekN(1)
						}
						p.errorTok(n, "named arguments must follow bare *")
					}
					p.errorTok(t, "named arguments must follow bare *")
				}
			} else {
				a.Vararg = param(true)
			}
		case p.acceptOp("**"):
			a.Kwarg = param(false)
			p.acceptOp(",")
			if !p.isOp(closer) {
				p.fail()
			}
			return a
		default:
			arg := param(false)
			var def Expr
			if p.acceptOp("=") {
				def = p.expression()
			}
			if star {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				if def != nil {
					a.Defaults = append(a.Defaults, def)
					if slash {
						defaultAfterSlash = true
					}
				} else if len(a.Defaults) > 0 {
					if defaultAfterSlash {
						p.fail()
					}
					p.errorNode(arg, "non-default argument follows default argument")
				}
				a.Args = append(a.Args, arg)
			}
		}
		if !p.acceptOp(",") {
			break
		}
	}
	return a
}

// ---- atoms ----

func (p *parser) atom() Expr {
	t := p.peek()
	switch t.kind {
	case tkName:
		switch t.val {
		case "True", "False":
			p.advance()
			return &Constant{Pos: p.posFrom(t), Value: BoolValue(t.val == "True")}
		case "None":
			p.advance()
			return &Constant{Pos: p.posFrom(t), Value: NoneValue()}
		}
		if keywords[t.val] {
			p.fail()
		}
		p.advance()
		return &Name{Pos: p.posFrom(t), Id: t.val, Ctx: Load}
	case tkNumber:
		p.advance()
		return &Constant{Pos: p.posFrom(t), Value: p.number(t)}
	case tkString:
		return p.strings()
	case tkOp:
		switch t.val {
		case "(":
			return p.parenAtom()
		case "[":
			return p.listAtom()
		case "{":
			return p.braceAtom()
		case "...":
			p.advance()
			return &Constant{Pos: p.posFrom(t), Value: EllipsisValue()}
		}
	}
	p.fail()
	return nil
}

func (p *parser) markParen(e Expr) {
	if p.parens == nil {
		p.parens = map[Expr]bool{}
	}
	p.parens[e] = true
}

func (p *parser) isParenthesized(e Expr) bool { return p.parens[e] }

func (p *parser) parenAtom() Expr {
	open := p.advance()
	p.enter()
	defer p.leave()
	if p.acceptOp(")") {
		t := &Tuple{Pos: p.posFrom(open), Elts: []Expr{}, Ctx: Load}
		p.markParen(t)
		return t
	}
	if p.isKw("yield") {
		y := p.yieldExpr()
		p.expectOp(")")
		p.markParen(y)
		return y
	}
	if t := p.peek(); p.isOp("**") {
		// invalid_group
		p.advance()
		p.probing++
		ok := p.try(func() { p.expression() }) && p.isOp(")")
		p.probing--
		if ok {
			p.errorTok(t, "cannot use double starred expression here")
		}
		p.i = p.i - 1
		for p.toks[p.i].line != t.line || p.toks[p.i].col != t.col {
			p.i--
		}
		p.fail()
	}
	first := p.starNamedExpression()
	if p.isCompFor() {
		if _, ok := first.(*Starred); ok {
			p.errorNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.generators()
		p.expectOp(")")
		return &GeneratorExp{Pos: p.posFrom(open), Elt: first, Generators: gens}
	}
	if p.acceptOp(")") {
		if _, ok := first.(*Starred); ok {
			p.errorNode(first, "cannot use starred expression here")
		}
		p.markParen(first)
		return first
	}
	elts := []Expr{first}
	p.elements(&elts, ")")
	t := &Tuple{Pos: p.posFrom(open), Elts: elts, Ctx: Load}
	p.markParen(t)
	return t
}

// elements parses the rest of a comma-separated display after its first
// element, through the closing bracket.
func (p *parser) elements(elts *[]Expr, closer string) {
	for {
		if closer != ")" && p.isCompFor() {
			first, last := (*elts)[0], (*elts)[len(*elts)-1]
			if len(*elts) == 1 {
				last := p.prev() // the trailing ','
				p.raise(p.s.errorAt("SyntaxError", "did you forget parentheses around the comprehension target?",
					first.Position().Lineno, first.Position().ColOffset, last.endLine, last.endCol))
			}
			p.errorRange(first.Position(), last.Position(), "did you forget parentheses around the comprehension target?")
		}
		if !p.acceptOp(",") {
			if !p.isOp(closer) {
				p.missingComma((*elts)[len(*elts)-1])
			}
			break
		}
		if p.isOp(closer) {
			break
		}
		*elts = append(*elts, p.starNamedExpression())
	}
	p.expectOp(closer)
}

func (p *parser) listAtom() Expr {
	open := p.advance()
	p.enter()
	defer p.leave()
	if p.acceptOp("]") {
		return &List{Pos: p.posFrom(open), Elts: []Expr{}, Ctx: Load}
	}
	first := p.starNamedExpression()
	if p.isCompFor() {
		if _, ok := first.(*Starred); ok {
			p.errorNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.generators()
		p.expectOp("]")
		return &ListComp{Pos: p.posFrom(open), Elt: first, Generators: gens}
	}
	elts := []Expr{first}
	p.elements(&elts, "]")
	return &List{Pos: p.posFrom(open), Elts: elts, Ctx: Load}
}

func (p *parser) braceAtom() Expr {
	open := p.advance()
	p.enter()
	defer p.leave()
	if p.acceptOp("}") {
		return &Dict{Pos: p.posFrom(open), Keys: []Expr{}, Values: []Expr{}}
	}
	var key Expr
	if star := p.peek(); p.acceptOp("**") {
		v := p.bitwiseOr()
		if p.isCompFor() {
			p.errorTok(star, "dict unpacking cannot be used in dict comprehension")
		}
		return p.dictRest(open, nil, v)
	}
	key = p.starNamedExpression()
	if colon := p.peek(); p.acceptOp(":") {
		if p.isOp("}") || p.isOp(",") {
			p.errorTok(colon, "expression expected after dictionary key and ':'")
		}
		if _, ok := key.(*Starred); ok {
			p.errorNode(key, "cannot use a starred expression in a dictionary key")
		}
		v := p.dictValue()
		if p.isCompFor() {
			gens := p.generators()
			p.expectOp("}")
			return &DictComp{Pos: p.posFrom(open), Key: key, Value: v, Generators: gens}
		}
		return p.dictRest(open, key, v)
	}
	if p.isCompFor() {
		if _, ok := key.(*Starred); ok {
			p.errorNode(key, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.generators()
		p.expectOp("}")
		return &SetComp{Pos: p.posFrom(open), Elt: key, Generators: gens}
	}
	elts := []Expr{key}
	p.elements(&elts, "}")
	return &Set{Pos: p.posFrom(open), Elts: elts}
}

// dictValue is the value of a key: value pair; a starred value is
// CPython's invalid_kvpair error.
func (p *parser) dictValue() Expr {
	if star := p.peek(); p.isOp("*") {
		p.errorTok(star, "cannot use a starred expression in a dictionary value")
	}
	return p.expression()
}

func (p *parser) dictRest(open *token, k, v Expr) Expr {
	d := &Dict{Keys: []Expr{k}, Values: []Expr{v}}
	for {
		if !p.acceptOp(",") {
			if !p.isOp("}") {
				p.missingComma(v)
			}
			break
		}
		if p.isOp("}") {
			break
		}
		if p.acceptOp("**") {
			k, v = nil, p.bitwiseOr()
		} else {
			k = p.expression()
			if !p.isOp(":") {
				// CPython: line of the key's start, column of its end.
				kp := k.Position()
				e := p.s.errorAt("SyntaxError", "':' expected after dictionary key", kp.EndLineno, kp.EndColOffset-1, kp.EndLineno, -1)
				e.Lineno, e.Text, e.EndOffset = kp.Lineno, p.s.lineText(kp.Lineno), 0
				p.raise(e)
			}
			colon := p.expectOp(":")
			if p.isOp("}") || p.isOp(",") {
				p.errorTok(colon, "expression expected after dictionary key and ':'")
			}
			v = p.dictValue()
		}
		d.Keys = append(d.Keys, k)
		d.Values = append(d.Values, v)
	}
	p.expectOp("}")
	d.Pos = p.posFrom(open)
	return d
}

// number converts a NUMBER token into its value.
func (p *parser) number(t *token) ConstValue {
	s := strings.ReplaceAll(t.val, "_", "")
	last := s[len(s)-1] | 0x20
	if last == 'j' {
		f, _ := strconv.ParseFloat(s[:len(s)-1], 64)
		return ConstValue{Kind: ConstComplex, Complex: complex(0, f)}
	}
	if len(s) > 1 && s[0] == '0' && (s[1]|0x20 == 'x' || s[1]|0x20 == 'o' || s[1]|0x20 == 'b') {
		base := map[byte]int{'x': 16, 'o': 8, 'b': 2}[s[1]|0x20]
		n, ok := new(big.Int).SetString(s[2:], base)
		if !ok {
			p.errorTok(t, "invalid number literal")
		}
		return IntValue(n)
	}
	if strings.ContainsAny(s, ".eE") {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && f == 0 && !strings.Contains(err.Error(), "range") {
			p.errorTok(t, "invalid number literal")
		}
		return ConstValue{Kind: ConstFloat, Float: f}
	}
	if IntMaxStrDigits > 0 && len(s) > IntMaxStrDigits {
		// PyLong_FromString's ValueError, turned into a SyntaxError
		// with no column.
		e := p.s.errorAt("SyntaxError", fmt.Sprintf("Exceeds the limit (%d) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", IntMaxStrDigits, len(s)), t.line, t.col, t.line, t.col)
		e.Offset, e.EndOffset = 0, 0
		p.raise(e)
	}
	n, ok := new(big.Int).SetString(s, 10)
	if !ok {
		p.errorTok(t, "invalid number literal")
	}
	return IntValue(n)
}

// IntMaxStrDigits is sys.get_int_max_str_digits() (0: no limit), which
// decimal int literals obey as int(str) does; core/interp sets it from
// object.IntMaxStrDigits before each compile.
var IntMaxStrDigits = 4300
