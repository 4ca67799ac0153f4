package syntax

import (
	"fmt"
	"strings"
)

// statement parses one line's worth of statements: a compound statement or
// `simple_stmts` (simple statements separated by ';').
func (p *parser) statement() []Stmt {
	t := p.peek()
	switch t.kind {
	case tkIndent, tkDedent, tkError:
		p.fail()
	case tkOp:
		if t.val == "@" {
			return []Stmt{p.decorated()}
		}
	case tkName:
		switch t.val {
		case "def":
			return []Stmt{p.funcDef(nil, nil)}
		case "class":
			return []Stmt{p.classDef(nil)}
		case "if":
			return []Stmt{p.ifStmt()}
		case "while":
			return []Stmt{p.whileStmt()}
		case "for":
			return []Stmt{p.forStmt(nil)}
		case "with":
			return []Stmt{p.withStmt(nil)}
		case "try":
			return []Stmt{p.tryStmt()}
		case "async":
			switch n := p.peekN(1); {
			case n.kind == tkName && n.val == "def":
				p.advance()
				return []Stmt{p.funcDef(nil, t)}
			case n.kind == tkName && n.val == "for":
				p.advance()
				return []Stmt{p.forStmt(t)}
			case n.kind == tkName && n.val == "with":
				p.advance()
				return []Stmt{p.withStmt(t)}
			}
			p.advance()
			p.fail()
		case "match":
			if s := p.matchStmt(); s != nil {
				return []Stmt{s}
			}
			// invalid_match_stmt: `match subject` ending the line is
			// "expected ':'" once it is no simple statement either.
			if colon := p.matchWithoutColon(); colon != nil {
				save := p.i
				if p.try(func() { p.simpleStmts() }) {
					p.i = save
					break
				}
				p.errorTok(colon, "expected ':'")
			}
		}
	}
	return p.simpleStmts()
}

// simpleStmts is `';'.simple_stmt+ [';'] NEWLINE`.
func (p *parser) simpleStmts() []Stmt {
	var out []Stmt
	for {
		out = append(out, p.simpleStmt())
		if !p.acceptOp(";") {
			break
		}
		if p.peek().kind == tkNewline {
			break
		}
	}
	if p.peek().kind != tkNewline {
		p.fail()
	}
	p.advance()
	return out
}

func (p *parser) simpleStmt() Stmt {
	t := p.peek()
	if t.kind == tkName {
		switch t.val {
		case "pass":
			p.advance()
			return &Pass{p.posFrom(t)}
		case "break":
			p.advance()
			return &Break{p.posFrom(t)}
		case "continue":
			p.advance()
			return &Continue{p.posFrom(t)}
		case "return":
			p.advance()
			r := &Return{}
			if p.startsExpr() {
				r.Value = p.starExpressions()
			}
			r.Pos = p.posFrom(t)
			return r
		case "raise":
			p.advance()
			r := &Raise{}
			if p.startsExpr() {
				r.Exc = p.expression()
				if p.acceptKw("from") {
					r.Cause = p.expression()
				}
			}
			r.Pos = p.posFrom(t)
			return r
		case "global", "nonlocal":
			p.advance()
			var names []string
			for {
				names = append(names, p.expectName().val)
				if !p.acceptOp(",") {
					break
				}
			}
			if t.val == "global" {
				return &Global{p.posFrom(t), names}
			}
			return &Nonlocal{p.posFrom(t), names}
		case "del":
			return p.delStmt()
		case "assert":
			p.advance()
			a := &Assert{Test: p.expression()}
			if p.acceptOp(",") {
				a.Msg = p.expression()
			}
			a.Pos = p.posFrom(t)
			return a
		case "import":
			return p.importName()
		case "from":
			return p.importFrom()
		}
	}
	return p.exprOrAssign()
}

var augOps = map[string]Operator{
	"+=": Add, "-=": Sub, "*=": Mult, "@=": MatMult, "/=": Div, "%=": Modulo, "&=": BitAnd, "|=": BitOr,
	"^=": BitXor, "<<=": LShift, ">>=": RShift, "**=": Pow, "//=": FloorDiv,
}

// exprOrAssign parses an expression statement, assignment, annotated or
// augmented assignment: the expression is parsed first and then checked
// and converted into a target when '=', ':' or an augmented operator follows.
func (p *parser) exprOrAssign() Stmt {
	start := p.peek()
	var e Expr
	if p.isKw("yield") {
		e = p.yieldExpr()
	} else {
		e = p.starExpressions()
	}
	t := p.peek()
	if t.kind != tkOp {
		p.badExprStmt(e)
	}
	switch {
	case t.val == "=":
		targets := []Expr{e}
		eq := p.i
		for p.acceptOp("=") {
			if !p.isKw("yield") && !p.startsExpr() {
				// CPython's invalid_assignment matches `targets =` alone.
				for _, tg := range targets {
					if bad := invalidTarget(tg, Store); bad != nil && !isYield(tg) {
						p.errorNode(bad, "cannot assign to "+exprName(bad))
					}
				}
				p.fail()
			}
			var v Expr
			parseValue := func() {
				if p.isKw("yield") {
					v = p.yieldExpr()
				} else {
					v = p.starExpressions()
				}
			}
			if !p.probe(parseValue) {
				// CPython still blames an invalid first target ("cannot
				// assign to function call here...") when the value fails.
				p.hereHint(targets[0], eq, true)
				parseValue() // fails again with the original error
			}
			targets = append(targets, v)
		}
		value := targets[len(targets)-1]
		targets = targets[:len(targets)-1]
		for _, tg := range targets {
			if isYield(tg) && !p.isParenthesized(tg) {
				p.errorNode(tg, "assignment to yield expression not possible")
			}
		}
		for _, tg := range targets {
			if bad := invalidTarget(tg, Store); bad != nil {
				p.hereHint(targets[0], eq, false)
				p.errorNode(bad, "cannot assign to "+exprName(bad))
			}
		}
		for _, tg := range targets {
			setContext(tg, Store)
		}
		return &Assign{Pos: p.posFrom(start), Targets: targets, Value: value}
	case t.val == ":":
		simple := false
		switch e.(type) {
		case *Name:
			simple = !(start.kind == tkOp && start.val == "(")
		case *Attribute, *Subscript:
		case *Starred:
			p.fail()
		default:
			// CPython's first pass never reads past the ':' of an invalid
			// target; the specific messages need an annotation after it.
			save := p.i
			p.probing++
			p.advance()
			ok := p.startsExpr() && !p.isOp("*") && p.try(func() { p.expression() })
			p.probing--
			p.i = save
			if ok {
				switch e.(type) {
				case *Tuple:
					p.errorNode(e, "only single target (not tuple) can be annotated")
				case *List:
					p.errorNode(e, "only single target (not list) can be annotated")
				}
				p.errorNode(e, "illegal target for annotation")
			}
			p.fail()
		}
		p.advance()
		ann := p.expression()
		setContext(e, Store)
		a := &AnnAssign{Target: e, Annotation: ann, Simple: simple}
		if p.acceptOp("=") {
			if p.isKw("yield") {
				a.Value = p.yieldExpr()
			} else {
				a.Value = p.starExpressions()
			}
		}
		a.Pos = p.posFrom(start)
		return a
	case augOps[t.val] != 0:
		switch e.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			p.errorNode(e, fmt.Sprintf("'%s' is an illegal expression for augmented assignment", exprName(e)))
		}
		p.advance()
		setContext(e, Store)
		a := &AugAssign{Target: e, Op: augOps[t.val]}
		if p.isKw("yield") {
			a.Value = p.yieldExpr()
		} else {
			a.Value = p.starExpressions()
		}
		a.Pos = p.posFrom(start)
		return a
	case t.val == ";":
	default:
		p.badExprStmt(e)
	}
	return &ExprStmt{Pos: p.posFrom(start), Value: e}
}

// hereHint raises CPython's invalid_named_expression messages for an
// invalid assignment statement: they look at the first target (the last
// element of an unparenthesized tuple) and the bitwise_or after the first
// '=' (token index eq), which must not be followed by '=' or ':='.
// With onlyInvalid (the value itself failed to parse) only the message for
// an invalid target applies, as CPython's second pass finds.
func (p *parser) hereHint(target Expr, eq int, onlyInvalid bool) {
	last := target
	if t, ok := target.(*Tuple); ok && !p.isParenthesized(target) && len(t.Elts) > 0 {
		last = t.Elts[len(t.Elts)-1]
	}
	if _, ok := last.(*Starred); ok {
		return
	}
	if onlyInvalid && invalidTarget(last, Store) != last {
		return
	}
	save := p.i
	p.probing++
	p.i = eq + 1
	var b Expr
	// As in a PEG parser, a bitwise_or whose tail fails still parses as a
	// shorter expression.
	ok := (p.try(func() { b = p.bitwiseOr() }) || p.try(func() { b = p.atom() })) && !p.isOp("=") && !p.isOp(":=")
	p.probing--
	p.i = save
	if !ok {
		return
	}
	if _, ok := last.(*Name); ok && !p.isParenthesized(last) && !onlyInvalid {
		p.errorRange(last.Position(), b.Position(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	if p.hereCandidate(last) {
		p.errorNode(last, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(last)))
	}
}

func isYield(e Expr) bool {
	switch e.(type) {
	case *Yield, *YieldFrom:
		return true
	}
	return false
}

// badExprStmt reports what follows an expression statement that cannot
// follow it, with CPython's special messages for Python 2 print/exec.
func (p *parser) badExprStmt(e Expr) {
	t := p.peek()
	if t.kind == tkNewline {
		return
	}
	if n, ok := e.(*Name); ok && (n.Id == "print" || n.Id == "exec") && p.startsExpr() {
		save := p.i
		p.probing++
		defer func() { p.probing-- }()
		if p.try(func() { p.starExpressions() }) {
			last := p.prev()
			p.raise(p.s.errorAt("SyntaxError", fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id),
				n.Lineno, n.ColOffset, last.endLine, last.endCol))
		}
		p.i = save
	}
	p.fail()
}

func (p *parser) delStmt() Stmt {
	start := p.advance()
	var targets []Expr
	for {
		if !p.startsExpr() {
			if len(targets) == 0 {
				p.fail()
			}
			break
		}
		if p.isOp("*") {
			e := p.starExpression()
			p.errorNode(e, "cannot delete starred")
		}
		e := p.expression()
		if bad := invalidTarget(e, Del); bad != nil {
			p.errorNode(bad, "cannot delete "+exprName(bad))
		}
		setContext(e, Del)
		targets = append(targets, e)
		if !p.acceptOp(",") {
			break
		}
	}
	if t := p.peek(); t.kind != tkNewline && !(t.kind == tkOp && t.val == ";") {
		p.fail()
	}
	return &Delete{Pos: p.posFrom(start), Targets: targets}
}

func (p *parser) dottedName() string {
	var b strings.Builder
	b.WriteString(p.expectName().val)
	for p.acceptOp(".") {
		b.WriteByte('.')
		b.WriteString(p.expectName().val)
	}
	return b.String()
}

func (p *parser) importName() Stmt {
	start := p.advance()
	var names []*Alias
	for {
		t := p.peek()
		a := &Alias{Name: p.dottedName()}
		if p.acceptKw("as") {
			a.Asname = p.expectName().val
		}
		a.Pos = p.posFrom(t)
		names = append(names, a)
		if !p.acceptOp(",") {
			break
		}
	}
	return &Import{Pos: p.posFrom(start), Names: names}
}

func (p *parser) importFrom() Stmt {
	start := p.advance()
	s := &ImportFrom{}
	for {
		if p.acceptOp(".") {
			s.Level++
		} else if p.acceptOp("...") {
			s.Level += 3
		} else {
			break
		}
	}
	if s.Level == 0 || !p.isKw("import") {
		s.Module = p.dottedName()
	}
	p.expectKw("import")
	if t := p.peek(); p.acceptOp("*") {
		s.Names = []*Alias{{Pos: p.posFrom(t), Name: "*"}}
		s.Pos = p.posFrom(start)
		return s
	}
	paren := p.acceptOp("(")
	for {
		t := p.peek()
		a := &Alias{Name: p.expectName().val}
		if p.acceptKw("as") {
			a.Asname = p.expectName().val
		}
		a.Pos = p.posFrom(t)
		s.Names = append(s.Names, a)
		if !p.isOp(",") {
			break
		}
		p.advance()
		if paren && p.isOp(")") {
			break
		}
		if !paren && p.peek().kind == tkNewline {
			p.errorTok(p.peek(), "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expectOp(")")
	}
	s.Pos = p.posFrom(start)
	return s
}

// ---- compound statements ----

// endPos spans from start to the last token consumed other than NEWLINE,
// INDENT and DEDENT (so a trailing ';' counts, as in CPython).
func (p *parser) endPos(start *token) Pos {
	for i := p.i - 1; i >= 0; i-- {
		if t := &p.toks[i]; t.kind != tkNewline && t.kind != tkIndent && t.kind != tkDedent {
			return Pos{start.line, start.col, t.endLine, t.endCol}
		}
	}
	return Pos{start.line, start.col, start.endLine, start.endCol}
}

// block parses the indented block (or same-line simple statements) after a
// compound statement's ':'; what names the statement for CPython's
// "expected an indented block after ..." message.
func (p *parser) block(what string, line int) []Stmt {
	if p.peek().kind != tkNewline {
		if p.peek().kind == tkEOF {
			p.fail()
		}
		return p.simpleStmts()
	}
	p.advance()
	if t := p.peek(); t.kind != tkIndent {
		msg := "expected an indented block"
		if what != "" {
			msg = fmt.Sprintf("expected an indented block after %s on line %d", what, line)
		}
		e := p.tokError("IndentationError", msg, t)
		if t.atEOF {
			e.EndOffset = -1
		}
		p.raise(e)
	}
	p.advance()
	var body []Stmt
	for {
		t := p.peek()
		if t.kind == tkDedent || t.kind == tkEOF {
			break
		}
		if t.kind == tkNewline {
			p.advance()
			continue
		}
		body = append(body, p.statement()...)
	}
	if p.peek().kind == tkDedent {
		p.advance()
	}
	return body
}

func (p *parser) decorated() Stmt {
	var decos []Expr
	for p.acceptOp("@") {
		decos = append(decos, p.namedExpression())
		if p.peek().kind != tkNewline {
			p.fail()
		}
		p.advance()
	}
	t := p.peek()
	switch {
	case p.isKw("def"):
		return p.funcDef(decos, nil)
	case p.isKw("class"):
		return p.classDef(decos)
	case p.isKw("async") && p.peekN(1).kind == tkName && p.peekN(1).val == "def":
		p.advance()
		return p.funcDef(decos, t)
	}
	p.fail()
	return nil
}

func (p *parser) funcDef(decos []Expr, async *token) Stmt {
	def := p.expectKw("def")
	start := def
	if async != nil {
		start = async
	}
	name := p.expectName().val
	p.expectOp("(")
	args := p.parameters(")", true)
	p.expectOp(")")
	var returns Expr
	if p.acceptOp("->") {
		returns = p.expression()
	}
	p.expectColon(true)
	body := p.block("function definition", def.line)
	if decos == nil {
		decos = []Expr{}
	}
	if async != nil {
		return &AsyncFunctionDef{Pos: p.endPos(start), Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns}
	}
	return &FunctionDef{Pos: p.endPos(start), Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns}
}

func (p *parser) classDef(decos []Expr) Stmt {
	start := p.expectKw("class")
	c := &ClassDef{Name: p.expectName().val, Bases: []Expr{}, Keywords: []*Keyword{}, DecoratorList: decos}
	if p.acceptOp("(") {
		c.Bases, c.Keywords = p.callArgs()
		p.expectOp(")")
	}
	p.expectColon(false)
	c.Body = p.block("class definition", start.line)
	if c.DecoratorList == nil {
		c.DecoratorList = []Expr{}
	}
	c.Pos = p.endPos(start)
	return c
}

func (p *parser) ifStmt() Stmt {
	start := p.advance() // 'if' or 'elif'
	s := &If{Test: p.namedExpression(), Orelse: []Stmt{}}
	p.expectColon(false)
	s.Body = p.block(fmt.Sprintf("'%s' statement", start.val), start.line)
	if p.isKw("elif") {
		s.Orelse = []Stmt{p.ifStmt()}
	} else if p.isKw("else") {
		e := p.advance()
		p.expectColon(true)
		s.Orelse = p.block("'else' statement", e.line)
	}
	s.Pos = p.endPos(start)
	return s
}

// elseBlock parses an optional `else: block`.
func (p *parser) elseBlock() []Stmt {
	if !p.isKw("else") {
		return []Stmt{}
	}
	e := p.advance()
	p.expectColon(true)
	return p.block("'else' statement", e.line)
}

func (p *parser) whileStmt() Stmt {
	start := p.advance()
	s := &While{Test: p.namedExpression()}
	p.expectColon(false)
	s.Body = p.block("'while' statement", start.line)
	s.Orelse = p.elseBlock()
	s.Pos = p.endPos(start)
	return s
}

func (p *parser) forStmt(async *token) Stmt {
	f := p.expectKw("for")
	start := f
	if async != nil {
		start = async
	}
	target := p.starTargets()
	if bad := invalidTarget(target, Store); bad != nil {
		p.errorNode(bad, "cannot assign to "+exprName(bad))
	}
	setContext(target, Store)
	p.expectKw("in")
	iter := p.starExpressions()
	p.expectColon(false)
	body := p.block("'for' statement", f.line)
	orelse := p.elseBlock()
	if async != nil {
		return &AsyncFor{Pos: p.endPos(start), Target: target, Iter: iter, Body: body, Orelse: orelse}
	}
	return &For{Pos: p.endPos(start), Target: target, Iter: iter, Body: body, Orelse: orelse}
}

func (p *parser) withStmt(async *token) Stmt {
	w := p.expectKw("with")
	start := w
	if async != nil {
		start = async
	}
	var items []*WithItem
	parsed := false
	if p.isOp("(") {
		save := p.i
		newlineAt := -1
		parsed = p.try(func() {
			p.advance()
			items = nil
			for {
				items = append(items, p.withItem())
				if !p.acceptOp(",") || p.isOp(")") {
					break
				}
			}
			p.expectOp(")")
			if !p.isOp(":") {
				if p.peek().kind == tkNewline {
					newlineAt = p.i
				}
				p.fail()
			}
		})
		if !parsed {
			if newlineAt >= 0 {
				// invalid_with_stmt: a parenthesized item list then NEWLINE.
				p.i = newlineAt
				p.expectColon(false)
			}
			p.i = save
		}
	}
	if !parsed {
		items = nil
		for {
			items = append(items, p.withItem())
			if !p.acceptOp(",") {
				break
			}
		}
	}
	p.expectColon(false)
	body := p.block("'with' statement", w.line)
	if async != nil {
		return &AsyncWith{Pos: p.endPos(start), Items: items, Body: body}
	}
	return &With{Pos: p.endPos(start), Items: items, Body: body}
}

func (p *parser) withItem() *WithItem {
	it := &WithItem{ContextExpr: p.expression()}
	if p.acceptKw("as") {
		t := p.starTarget()
		if bad := invalidTarget(t, Store); bad != nil {
			p.errorNode(bad, "cannot assign to "+exprName(bad))
		}
		setContext(t, Store)
		it.OptionalVars = t
		if !p.isOp(",") && !p.isOp(")") && !p.isOp(":") && p.peek().kind != tkNewline {
			p.fail()
		}
	}
	return it
}

// try runs f and reports whether it completed; a parser error inside f is
// swallowed (the caller backtracks), a tokenizer error is not.
func (p *parser) try(f func()) (ok bool) {
	save, depth := p.i, p.depth
	defer func() {
		if r := recover(); r != nil {
			e, isErr := r.(*Error)
			if !isErr || e.fromScanner {
				panic(r)
			}
			p.i, p.depth = save, depth
			ok = false
		}
	}()
	f()
	return true
}

func (p *parser) tryStmt() Stmt {
	start := p.advance()
	p.expectColon(true)
	s := &Try{Body: p.block("'try' statement", start.line), Handlers: []*ExceptHandler{}, Orelse: []Stmt{}, Finalbody: []Stmt{}}
	for p.isKw("except") {
		et := p.advance()
		h := &ExceptHandler{}
		if t := p.peek(); t.kind == tkNewline {
			p.errorTok(t, "expected ':'") // invalid_except_stmt: bare except
		}
		if !p.isOp(":") {
			h.Type = p.expression()
			if p.isOp(",") {
				p.advance()
				e := p.expression()
				for p.acceptOp(",") {
					if !p.startsExpr() {
						break
					}
					e = p.expression()
				}
				if p.isOp(":") || p.isKw("as") {
					p.errorRange(h.Type.Position(), e.Position(), "multiple exception types must be parenthesized")
				}
				p.fail()
			}
			if p.acceptKw("as") {
				h.Name = p.expectName().val
			}
		}
		p.expectColon(false)
		h.Body = p.block("'except' statement", et.line)
		h.Pos = p.endPos(et)
		s.Handlers = append(s.Handlers, h)
	}
	if len(s.Handlers) > 0 {
		s.Orelse = p.elseBlock()
	}
	if p.isKw("finally") {
		f := p.advance()
		p.expectColon(true)
		s.Finalbody = p.block("'finally' statement", f.line)
	}
	if len(s.Handlers) == 0 && len(s.Finalbody) == 0 {
		t := p.peek()
		p.errorTok(t, "expected 'except' or 'finally' block")
	}
	s.Pos = p.endPos(start)
	return s
}
