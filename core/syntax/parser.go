package syntax

import (
	"fmt"
)

// Parse parses Python 3.10 source. Exec mode yields *Module, Eval
// *Expression, Single *Interactive. Errors are *Error.
func Parse(filename string, src []byte, mode Mode) (mod Mod, err error) {
	dec, derr := Decode(filename, src)
	if derr != nil {
		return nil, derr
	}
	p := &parser{s: newScanner(filename, dec), filename: filename}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				// A bug, not bad input: report it as a SyntaxError at the
				// current token rather than crash the caller.
				t := p.lastTok()
				mod, err = nil, &Error{Kind: "SyntaxError", Msg: fmt.Sprintf("internal error in parser: %v", r), Filename: filename,
					Lineno: t.line, Offset: t.col + 1, EndLineno: t.endLine, EndOffset: t.endCol + 1, Text: p.s.lineText(t.line)}
				return
			}
			mod, err = nil, p.finishError(e)
		}
	}()
	switch mode {
	case Exec:
		return p.fileInput(), nil
	case Eval:
		return p.evalInput(), nil
	case Single:
		return p.interactive(), nil
	case FuncTypeMode:
		return p.funcTypeInput(), nil
	}
	return nil, fmt.Errorf("syntax.Parse: unknown mode %d", mode)
}

// ParseExpr parses a single expression (mode Eval) and returns it.
func ParseExpr(filename string, src []byte) (Expr, error) {
	m, err := Parse(filename, src, Eval)
	if err != nil {
		return nil, err
	}
	return m.(*Expression).Body, nil
}

// parser is a recursive-descent parser over the scanner's tokens, which it
// pulls on demand and keeps so that bounded backtracking is cheap.
type parser struct {
	s        *scanner
	filename string
	toks     []token
	i        int
	depth    int
	scanErr  *Error
	// fstring is set while parsing the expression of an f-string replacement
	// field: the tokens come from a sub-scanner over that text.
	inFString bool
	// parens records expressions written in parentheses (for CPython's
	// target and '=' diagnostics, and AnnAssign's simple flag).
	parens map[Expr]bool
}

// maxDepth bounds recursion so that deeply nested input gives a SyntaxError
// instead of exhausting the Go stack (CPython: "too many nested parentheses"
// from the tokenizer, or a RecursionError in the parser).
const maxDepth = 3000

func (p *parser) at(i int) *token {
	for len(p.toks) <= i {
		if n := len(p.toks); n > 0 && p.toks[n-1].kind == tkEOF {
			return &p.toks[n-1]
		}
		if p.scanErr != nil {
			panic(p.scanErr)
		}
		p.fill()
	}
	return &p.toks[i]
}

func (p *parser) fill() {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Error); ok {
				e.fromScanner = true
				p.scanErr = e
			}
			panic(r)
		}
	}()
	p.toks = append(p.toks, p.s.next())
}

// lastTok is the furthest token scanned (for locating internal errors).
func (p *parser) lastTok() token {
	if len(p.toks) == 0 {
		return token{line: 1}
	}
	return p.toks[len(p.toks)-1]
}

func (p *parser) peek() *token       { return p.at(p.i) }
func (p *parser) peekN(k int) *token { return p.at(p.i + k) }
func (p *parser) advance() *token {
	t := p.at(p.i)
	if t.kind != tkEOF {
		p.i++
	}
	return t
}

// prev is the last consumed token, whose end ends the node being built.
func (p *parser) prev() *token { return &p.toks[p.i-1] }

func (p *parser) isOp(op string) bool {
	t := p.peek()
	return t.kind == tkOp && t.val == op
}

func (p *parser) isKw(kw string) bool {
	t := p.peek()
	return t.kind == tkName && t.val == kw
}

func (p *parser) acceptOp(op string) bool {
	if p.isOp(op) {
		p.i++
		return true
	}
	return false
}

func (p *parser) acceptKw(kw string) bool {
	if p.isKw(kw) {
		p.i++
		return true
	}
	return false
}

func (p *parser) expectOp(op string) *token {
	if !p.isOp(op) {
		if op == ":" {
			p.errorAtPrevEnd("expected ':'")
		}
		p.fail()
	}
	return p.advance()
}

func (p *parser) expectKw(kw string) *token {
	if !p.isKw(kw) {
		p.fail()
	}
	return p.advance()
}

// keywords are the hard keywords of Python 3.10.
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
	"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

func (p *parser) isName() bool {
	t := p.peek()
	return t.kind == tkName && !keywords[t.val]
}

func (p *parser) expectName() *token {
	if !p.isName() {
		p.fail()
	}
	return p.advance()
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		t := p.peek()
		p.errorTok(t, "too many nested parentheses")
	}
}

func (p *parser) leave() { p.depth-- }

// ---- errors ----

// fail raises CPython's generic error at the current token.
func (p *parser) fail() {
	t := p.peek()
	switch t.kind {
	case tkIndent:
		e := p.s.errorAt("IndentationError", "unexpected indent", t.line, t.col, t.line, -1)
		e.Offset = max(charOffset(e.Text, t.col), 1)
		e.EndOffset = -1
		p.raise(e)
	case tkDedent:
		e := p.s.errorAt("IndentationError", "unexpected unindent", t.line, t.col, t.line, -1)
		e.EndOffset = -1
		p.raise(e)
	case tkEOF:
		p.errorTok(t, "unexpected EOF while parsing")
	}
	p.errorTok(t, "invalid syntax")
}

func (p *parser) raise(e *Error) {
	if e.Text != "" && e.Text[len(e.Text)-1] != '\n' {
		e.Text += "\n"
	}
	panic(e)
}

func (p *parser) errorTok(t *token, msg string) {
	p.raise(p.s.errorAt("SyntaxError", msg, t.line, t.col, t.endLine, t.endCol))
}

// errorAtPrevEnd reports msg just after the previous token, as CPython does
// for "expected ':'".
func (p *parser) errorAtPrevEnd(msg string) {
	t := p.prev()
	p.raise(p.s.errorAt("SyntaxError", msg, t.endLine, t.endCol, t.endLine, t.endCol))
}

// errorNode reports msg over the extent of a node.
func (p *parser) errorNode(n Located, msg string) {
	pos := n.Position()
	p.raise(p.s.errorAt("SyntaxError", msg, pos.Lineno, pos.ColOffset, pos.EndLineno, pos.EndColOffset))
}

func (p *parser) errorRange(a, b *Pos, msg string) {
	p.raise(p.s.errorAt("SyntaxError", msg, a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset))
}

// finishError applies CPython's rule that a tokenizer error found later in
// the file overrides a generic parser error, and that a bracket left open
// on an earlier line is reported instead.
func (p *parser) finishError(e *Error) *Error {
	if e.fromScanner || p.inFString {
		return e
	}
	if p.scanErr != nil {
		return e
	}
	func() {
		defer func() {
			if r := recover(); r != nil {
				if se, ok := r.(*Error); ok {
					if se.Msg[0] == '\'' && len(se.Msg) > 17 && se.Msg[len(se.Msg)-17:] == " was never closed" {
						if se.Lineno < e.Lineno {
							e = se
						}
						return
					}
					e = se
				}
			}
		}()
		for n := 0; n < 1<<30; n++ {
			if t := p.s.next(); t.kind == tkEOF {
				return
			}
		}
	}()
	return e
}

// ---- positions ----

func (p *parser) posFrom(t *token) Pos {
	e := p.prev()
	return Pos{t.line, t.col, e.endLine, e.endCol}
}

func spanPos(a, b Located) Pos {
	pa, pb := a.Position(), b.Position()
	return Pos{pa.Lineno, pa.ColOffset, pb.EndLineno, pb.EndColOffset}
}

func (p *parser) posFromNode(n Located) Pos {
	pa := n.Position()
	e := p.prev()
	return Pos{pa.Lineno, pa.ColOffset, e.endLine, e.endCol}
}

func startPos(n Located) Pos { return *n.Position() }

// ---- top level ----

func (p *parser) fileInput() *Module {
	m := &Module{}
	for p.peek().kind != tkEOF {
		if p.peek().kind == tkNewline {
			p.advance()
			continue
		}
		m.Body = append(m.Body, p.statement()...)
	}
	if m.Body == nil {
		m.Body = []Stmt{}
	}
	m.TypeIgnores = []*TypeIgnore{}
	return m
}

func (p *parser) evalInput() *Expression {
	e := p.expressions()
	for p.peek().kind == tkNewline {
		p.advance()
	}
	if p.peek().kind != tkEOF {
		p.fail()
	}
	return &Expression{Body: e}
}

func (p *parser) interactive() *Interactive {
	m := &Interactive{}
	for p.peek().kind == tkNewline {
		p.advance()
	}
	if p.peek().kind == tkEOF {
		m.Body = []Stmt{}
		return m
	}
	m.Body = p.statement()
	for p.peek().kind == tkNewline {
		p.advance()
	}
	if p.peek().kind != tkEOF {
		p.errorTok(p.peek(), "multiple statements found while compiling a single statement")
	}
	return m
}

func (p *parser) funcTypeInput() *FunctionType {
	ft := &FunctionType{Argtypes: []Expr{}}
	p.expectOp("(")
	for !p.isOp(")") {
		if p.acceptOp("*") || p.acceptOp("**") {
			ft.Argtypes = append(ft.Argtypes, p.expression())
		} else {
			ft.Argtypes = append(ft.Argtypes, p.expression())
		}
		if !p.acceptOp(",") {
			break
		}
	}
	p.expectOp(")")
	p.expectOp("->")
	ft.Returns = p.expression()
	for p.peek().kind == tkNewline {
		p.advance()
	}
	if p.peek().kind != tkEOF {
		p.fail()
	}
	return ft
}

// expressions is eval_input's `expressions`: expression (',' expression)* [','].
func (p *parser) expressions() Expr {
	start := p.peek()
	e := p.expression()
	if !p.isOp(",") {
		return e
	}
	elts := []Expr{e}
	for p.acceptOp(",") {
		if !p.startsExpr() {
			break
		}
		elts = append(elts, p.expression())
	}
	return &Tuple{Pos: p.posFrom(start), Elts: elts, Ctx: Load}
}
