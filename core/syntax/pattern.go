package syntax

import "fmt"

// matchStmt parses a match statement. `match` is a soft keyword: if the
// line does not read `match <subject>: NEWLINE`, nil is returned and the
// caller parses the line as ordinary statements.
func (p *parser) matchStmt() Stmt {
	start := p.peek()
	save := p.i
	var subject Expr
	ok := p.try(func() {
		p.advance()
		subject = p.matchSubject()
		if !p.isOp(":") || p.peekN(1).kind != tkNewline {
			p.fail()
		}
	})
	if !ok {
		p.i = save
		return nil
	}
	p.advance() // ':'
	p.advance() // NEWLINE
	if t := p.peek(); t.kind != tkIndent {
		e := p.s.errorAt("IndentationError", fmt.Sprintf("expected an indented block after 'match' statement on line %d", start.line), t.line, t.col, t.endLine, t.endCol)
		p.raise(e)
	}
	p.advance()
	m := &Match{Subject: subject}
	for {
		t := p.peek()
		if t.kind == tkDedent || t.kind == tkEOF {
			break
		}
		if t.kind != tkName || t.val != "case" {
			p.fail()
		}
		p.advance()
		c := &MatchCase{Pattern: p.patterns()}
		if p.acceptKw("if") {
			c.Guard = p.namedExpression()
		}
		p.expectColon(false)
		c.Body = p.block("'case' statement", t.line)
		m.Cases = append(m.Cases, c)
	}
	if len(m.Cases) == 0 {
		p.fail()
	}
	if p.peek().kind == tkDedent {
		p.advance()
	}
	m.Pos = p.endPos(start)
	return m
}

// matchWithoutColon reports, without consuming anything, the line end
// after `match subject_expr` (nil when the line goes on or there is no
// such prefix): invalid_match_stmt's `"match" subject_expr NEWLINE`.
func (p *parser) matchWithoutColon() (next *token) {
	save := p.i
	p.try(func() {
		p.advance()
		p.matchSubject()
		if t := p.peek(); t.kind == tkNewline {
			next = t
		}
	})
	p.i = save
	return next
}

func (p *parser) matchSubject() Expr {
	start := p.peek()
	e := p.starNamedExpression()
	if !p.isOp(",") {
		if _, ok := e.(*Starred); ok {
			p.fail()
		}
		return e
	}
	elts := []Expr{e}
	for p.acceptOp(",") {
		if !p.startsExpr() {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return &Tuple{Pos: p.posFrom(start), Elts: elts, Ctx: Load}
}

// patterns is `open_sequence_pattern | pattern`.
func (p *parser) patterns() Pattern {
	start := p.peek()
	pat := p.maybeStarPattern()
	if !p.isOp(",") {
		if _, ok := pat.(*MatchStar); ok {
			p.fail()
		}
		return pat
	}
	pats := []Pattern{pat}
	for p.acceptOp(",") {
		if p.isOp(":") || p.isKw("if") {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{Pos: p.posFrom(start), Patterns: pats}
}

func (p *parser) maybeStarPattern() Pattern {
	t := p.peek()
	if !p.acceptOp("*") {
		return p.pattern()
	}
	n := p.expectName()
	name := n.val
	if name == "_" {
		name = ""
	}
	return &MatchStar{Pos: p.posFrom(t), Name: name}
}

// pattern is `or_pattern ['as' NAME]`.
func (p *parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	start := p.peek()
	or := p.orPattern()
	if !p.acceptKw("as") {
		return or
	}
	n := p.peek()
	if n.kind == tkName && n.val == "_" {
		p.errorTok(n, "cannot use '_' as a target")
	}
	if !p.isName() {
		p.errorTok(n, "invalid pattern target")
	}
	p.advance()
	return &MatchAs{Pos: p.posFrom(start), Pattern: or, Name: n.val}
}

func (p *parser) orPattern() Pattern {
	start := p.peek()
	first := p.closedPattern()
	if !p.isOp("|") {
		return first
	}
	pats := []Pattern{first}
	for p.acceptOp("|") {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{Pos: p.posFrom(start), Patterns: pats}
}

func (p *parser) closedPattern() Pattern {
	t := p.peek()
	switch t.kind {
	case tkNumber:
		e := p.literalNumber()
		return &MatchValue{Pos: startPos(e), Value: e}
	case tkString:
		// f-strings parse here; the compiler rejects them, as CPython's does.
		e := p.strings()
		return &MatchValue{Pos: startPos(e), Value: e}
	case tkName:
		switch t.val {
		case "None":
			p.advance()
			return &MatchSingleton{Pos: p.posFrom(t), Value: NoneValue()}
		case "True", "False":
			p.advance()
			return &MatchSingleton{Pos: p.posFrom(t), Value: BoolValue(t.val == "True")}
		}
		if keywords[t.val] {
			p.fail()
		}
		p.advance()
		var e Expr = &Name{Pos: p.posFrom(t), Id: t.val, Ctx: Load}
		dotted := false
		for p.acceptOp(".") {
			n := p.expectName()
			e = &Attribute{Pos: p.posFrom(t), Value: e, Attr: n.val, Ctx: Load}
			dotted = true
		}
		if p.isOp("(") {
			return p.classPattern(e)
		}
		if dotted {
			return &MatchValue{Pos: startPos(e), Value: e}
		}
		if t.val == "_" {
			return &MatchAs{Pos: p.posFrom(t)}
		}
		return &MatchAs{Pos: p.posFrom(t), Name: t.val}
	case tkOp:
		switch t.val {
		case "-":
			e := p.literalNumber()
			return &MatchValue{Pos: startPos(e), Value: e}
		case "(":
			p.advance()
			if p.acceptOp(")") {
				return &MatchSequence{Pos: p.posFrom(t), Patterns: []Pattern{}}
			}
			first := p.maybeStarPattern()
			if p.acceptOp(")") {
				if _, ok := first.(*MatchStar); ok {
					p.errorNode(first, "invalid syntax")
				}
				return first
			}
			pats := []Pattern{first}
			for p.acceptOp(",") {
				if p.isOp(")") {
					break
				}
				pats = append(pats, p.maybeStarPattern())
			}
			p.expectOp(")")
			return &MatchSequence{Pos: p.posFrom(t), Patterns: pats}
		case "[":
			p.advance()
			pats := []Pattern{}
			for !p.isOp("]") {
				pats = append(pats, p.maybeStarPattern())
				if !p.acceptOp(",") {
					break
				}
			}
			p.expectOp("]")
			return &MatchSequence{Pos: p.posFrom(t), Patterns: pats}
		case "{":
			return p.mappingPattern()
		}
	}
	p.fail()
	return nil
}

// literalNumber is `signed_number | complex_number` in patterns.
func (p *parser) literalNumber() Expr {
	t := p.peek()
	var e Expr
	neg := p.acceptOp("-")
	n := p.peek()
	if n.kind != tkNumber {
		p.fail()
	}
	p.advance()
	num := &Constant{Pos: p.posFrom(n), Value: p.number(n)}
	e = num
	if neg {
		e = &UnaryOp{Pos: p.posFrom(t), Op: USub, Operand: num}
	}
	if !p.isOp("+") && !p.isOp("-") {
		return e
	}
	if num.Value.Kind == ConstComplex {
		p.errorNode(num, "real number required in complex literal")
	}
	op := Add
	if p.advance().val == "-" {
		op = Sub
	}
	it := p.peek()
	if it.kind != tkNumber {
		p.fail()
	}
	p.advance()
	im := &Constant{Pos: p.posFrom(it), Value: p.number(it)}
	if im.Value.Kind != ConstComplex {
		p.errorNode(im, "imaginary number required in complex literal")
	}
	return &BinOp{Pos: p.posFrom(t), Left: e, Op: op, Right: im}
}

func (p *parser) classPattern(cls Expr) Pattern {
	p.advance()
	c := &MatchClass{Cls: cls, Patterns: []Pattern{}, KwdAttrs: []string{}, KwdPatterns: []Pattern{}}
	for !p.isOp(")") {
		t := p.peek()
		if p.isName() && p.peekN(1).kind == tkOp && p.peekN(1).val == "=" {
			p.advance()
			p.advance()
			c.KwdAttrs = append(c.KwdAttrs, t.val)
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(c.KwdAttrs) > 0 {
				p.errorNode(pat, "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.acceptOp(",") {
			break
		}
	}
	p.expectOp(")")
	c.Pos = p.posFromNode(cls)
	return c
}

func (p *parser) mappingPattern() Pattern {
	t := p.advance()
	m := &MatchMapping{Keys: []Expr{}, Patterns: []Pattern{}}
	for !p.isOp("}") {
		if p.acceptOp("**") {
			if p.isKw("_") {
				p.fail()
			}
			m.Rest = p.expectName().val
			p.acceptOp(",")
			break
		}
		k := p.peek()
		var key Expr
		switch {
		case k.kind == tkNumber || k.kind == tkOp && k.val == "-":
			key = p.literalNumber()
		case k.kind == tkString:
			key = p.strings()
			if _, ok := key.(*JoinedStr); ok {
				p.errorNode(key, "patterns may only match literals and attribute lookups")
			}
		case k.kind == tkName && (k.val == "None" || k.val == "True" || k.val == "False"):
			key = p.atom()
		case p.isName():
			p.advance()
			key = &Name{Pos: p.posFrom(k), Id: k.val, Ctx: Load}
			if !p.isOp(".") {
				p.fail()
			}
			for p.acceptOp(".") {
				n := p.expectName()
				key = &Attribute{Pos: p.posFrom(k), Value: key, Attr: n.val, Ctx: Load}
			}
		default:
			p.fail()
		}
		p.expectOp(":")
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.acceptOp(",") {
			break
		}
	}
	p.expectOp("}")
	m.Pos = p.posFrom(t)
	return m
}
