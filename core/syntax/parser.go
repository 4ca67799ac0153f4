package syntax

import (
	"bytes"
	"fmt"
	"strings"
)

// Parse parses Python 3.10 source. Exec mode yields *Module, Eval
// *Expression, Single *Interactive. Errors are *Error: Kind "SyntaxError",
// "IndentationError" or "TabError", "ValueError" for source containing NUL
// bytes (as compile() raises), "RecursionError" for nesting too deep to parse.
func Parse(filename string, src []byte, mode Mode) (mod Mod, err error) {
	return ParseWarn(filename, src, mode, nil)
}

// Warner receives the tokenizer's warnings (a DeprecationWarning for a
// number glued to a keyword, `0x1for x in y`), as CPython's parser_warn
// hands them to warnings.warn_explicit. It returns promote true when the
// warning was made an error, which becomes the SyntaxError CPython raises
// in its place, or an error to abort parsing with.
type Warner func(lineno int, category, msg string) (promote bool, err error)

// warnAbort carries a Warner's error out of the parser.
type warnAbort struct{ err error }

// ParseWarn is Parse with the tokenizer's warnings going to warn (nil
// discards them).
func ParseWarn(filename string, src []byte, mode Mode, warn Warner) (mod Mod, err error) {
	return parseWarn(filename, src, mode, warn, false)
}

// ParseTextWarn is ParseWarn for source that is already text (compile()
// of a str): its coding cookie, if any, is not applied.
func ParseTextWarn(filename string, src []byte, mode Mode, warn Warner) (mod Mod, err error) {
	return parseWarn(filename, src, mode, warn, true)
}

func parseWarn(filename string, src []byte, mode Mode, warn Warner, text bool) (mod Mod, err error) {
	if bytes.IndexByte(src, 0) >= 0 {
		// compile() raises ValueError for this before any parsing.
		return nil, &Error{Kind: "ValueError", Msg: "source code string cannot contain null bytes", Filename: filename}
	}
	var dec []byte
	if text {
		dec = normalizeNewlines(src)
	} else {
		var derr error
		if dec, derr = Decode(filename, src); derr != nil {
			return nil, derr
		}
	}
	p := &parser{s: newScanner(filename, dec), filename: filename, mode: mode}
	p.s.warn = warn
	p.toks = make([]token, 0, len(dec)/5+16)
	defer func() {
		if r := recover(); r != nil {
			if a, ok := r.(warnAbort); ok {
				mod, err = nil, a.err
				return
			}
			e, ok := r.(*Error)
			if !ok {
				// A bug, not bad input: report it as a SyntaxError at the
				// current token rather than crash the caller.
				t := p.lastTok()
				mod, err = nil, &Error{Kind: "SyntaxError", Msg: fmt.Sprintf("internal error in parser: %v", r), Filename: filename,
					Lineno: t.line, Offset: t.col + 1, EndLineno: t.endLine, EndOffset: t.endCol + 1, Text: p.s.lineText(t.line)}
				return
			}
			e = p.finishError(e)
			// CPython reports an unclosed bracket from the parser, whose exec
			// input has a newline appended.
			if mode == Exec && strings.HasSuffix(e.Msg, " was never closed") && !strings.HasSuffix(e.Text, "\n") {
				e.Text += "\n"
			}
			mod, err = nil, e
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
	mode     Mode
	filename string
	toks     []token
	i        int
	depth    int
	// fstring is set while parsing the expression of an f-string replacement
	// field: the tokens come from a sub-scanner over that text.
	inFString bool
	// parens records expressions written in parentheses (for CPython's
	// target and '=' diagnostics, and AnnAssign's simple flag).
	parens map[Expr]bool
	// disjStart[i] is 1 + the index of the first token of the outermost
	// disjunction that ends at token i (0: none), for fail's comma hint.
	disjStart []int32
	inFail    int  // nesting of juxtaposed's exploration
	noInvalid bool // parsing CPython's expression_without_invalid
	// maxTok is the furthest token the parse proper has looked at; like
	// CPython's first pass, generic errors are reported there. Lookahead
	// done only to choose a better message (probing > 0) does not count.
	maxTok  int
	probing int
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
		p.toks = append(p.toks, p.s.next())
	}
	if p.probing == 0 && i > p.maxTok {
		p.maxTok = i
	}
	return &p.toks[i]
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
		p.fail()
	}
	return p.advance()
}

// expectColon expects the ':' of a compound statement. Where CPython's
// grammar forces the token (def, try, finally, else) any other token gets
// "expected ':'"; elsewhere only a line end does.
func (p *parser) expectColon(forced bool) {
	if p.acceptOp(":") {
		return
	}
	t := p.peek()
	if forced {
		p.errorTok(t, "expected ':'")
	}
	if t.kind == tkNewline {
		p.raise(p.s.errorAt("SyntaxError", "expected ':'", t.line, t.col, t.line, t.col))
	}
	p.fail()
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
		p.raise(&Error{Kind: "RecursionError", Msg: "maximum recursion depth exceeded during compilation", Filename: p.filename, Lineno: t.line, Offset: t.col + 1, final: true})
	}
}

func (p *parser) leave() { p.depth-- }

// ---- errors ----

// fail raises CPython's generic error at the current token.
func (p *parser) fail() {
	t := p.peek()
	if p.maxTok > p.i && p.maxTok < len(p.toks) {
		t = &p.toks[p.maxTok]
	}
	if t.kind == tkEOF {
		// CPython's ENDMARKER has no column.
		e := p.tokError("SyntaxError", "invalid syntax", t)
		e.Offset, e.EndOffset = 0, 0
		e.generic = true
		p.raise(e)
	}
	if t.kind == tkIndent || t.kind == tkDedent {
		e := p.s.errorAt("IndentationError", "unexpected indent", t.line, t.col, t.line, -1)
		if t.kind == tkDedent {
			e.Msg = "unexpected unindent"
		} else {
			e.Offset = p.s.offset(e.Text, t.col)
		}
		e.EndOffset = -1
		e.final = true
		e.generic = true
		p.raise(e)
	}
	p.juxtaposed()
	e := p.tokError("SyntaxError", "invalid syntax", t)
	e.generic = true
	p.raise(e)
}

// probe runs f the way CPython's second pass explores an alternative: a
// generic failure backtracks (false), a specific error is final and
// propagates. Only error paths call it, where the input is known invalid.
func (p *parser) probe(f func()) (ok bool) {
	save, depth := p.i, p.depth
	defer func() {
		if r := recover(); r != nil {
			e, isErr := r.(*Error)
			if !isErr || e.fromScanner || !e.generic {
				panic(r)
			}
			p.i, p.depth = save, depth
			ok = false
		}
	}()
	f()
	return true
}

// juxtaposed emulates CPython's invalid_expression rule at a generic
// error: when a disjunction ends right before the failing token and an
// expression can be parsed from it, inside brackets that reads as a missing
// comma. Parsing ahead also lets an unclosed bracket reach EOF and be
// reported as CPython's second pass does.
func (p *parser) juxtaposed() {
	if p.noInvalid || p.inFail >= 100 || p.i == 0 || !p.startsExpr() || p.isOp("*") {
		return
	}
	p.inFail++
	p.probing++
	defer func() { p.inFail--; p.probing-- }()
	save := p.i
	name := p.prev()
	// invalid_expression: a disjunction followed by an expression, the
	// latter parsed with CPython's invalid rules off (so failures only
	// backtrack, and a primary whose trailer fails still counts as its atom).
	if p.i-1 < len(p.disjStart) && p.disjStart[p.i-1] != 0 {
		fi := int(p.disjStart[p.i-1]) - 1
		first := &p.toks[fi]
		skip := first.kind == tkName && (first.val == "match" || first.val == "case" || first.val == "_" ||
			first.val == "print" || first.val == "exec" || p.toks[fi+1].kind == tkString)
		if !skip {
			var b Expr
			p.noInvalid = true
			ok := p.try(func() { b = p.expression() }) || p.try(func() { b = p.disjunction() }) || p.try(func() { b = p.atom() })
			p.noInvalid = false
			if ok && p.prev().level > 0 {
				end := b.Position()
				p.raise(p.s.errorAt("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", first.line, first.col, end.EndLineno, end.EndColOffset))
			}
			p.i = save
		}
	}
	// invalid_legacy_expression: NAME star_expressions, explored with the
	// invalid rules on (errors inside propagate) whatever the name; the
	// message itself is for print and exec only.
	startsHere := p.i-1 < len(p.disjStart) && p.disjStart[p.i-1] == int32(p.i) // the NAME alone was parsed as an expression
	if name.kind == tkName && !keywords[name.val] && !p.isOp("(") && startsHere {
		// As a PEG alternative, an expression whose trailer fails still
		// parses as its atom.
		if (p.probe(func() { p.starExpressions() }) || p.try(func() { p.atom() })) && (name.val == "print" || name.val == "exec") {
			end := p.prev()
			p.raise(p.s.errorAt("SyntaxError", fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", name.val, name.val),
				name.line, name.col, end.endLine, end.endCol))
		}
		p.i = save
	}
}

// markDisjunction records that a disjunction-level expression started at
// token index start ends at the last consumed token.
func (p *parser) markDisjunction(start int) {
	end := p.i - 1
	if end < 0 {
		return
	}
	for len(p.disjStart) <= end {
		p.disjStart = append(p.disjStart, 0)
	}
	p.disjStart[end] = int32(start + 1)
}

// raise aborts the parse with e. In exec mode CPython parses the source
// with a newline appended, so the error's line always ends with one.
func (p *parser) raise(e *Error) {
	if p.mode == Exec && e.Text != "" && e.Text[len(e.Text)-1] != '\n' {
		e.Text += "\n"
	}
	panic(e)
}

func (p *parser) errorTok(t *token, msg string) {
	p.raise(p.tokError("SyntaxError", msg, t))
}

// tokError locates an error at t. CPython's INDENT and DEDENT tokens have
// no column, so it reports the tokenizer's position instead: the column of
// the next token, without the usual +1, and no end.
func (p *parser) tokError(kind, msg string, t *token) *Error {
	e := p.s.errorAt(kind, msg, t.line, t.col, t.endLine, t.endCol)
	if (t.kind == tkDedent || t.kind == tkIndent) && !t.atEOF {
		e.Offset = p.s.offset(e.Text, t.col)
		e.EndOffset = -1
	}
	// In eval and single input CPython's implicit final NEWLINE has no
	// position at all.
	if t.kind == tkNewline && t.atEOF && p.mode != Exec {
		e.Offset, e.EndOffset = 0, 0
	}
	return e
}

// errorNode reports msg over the extent of a node.
func (p *parser) errorNode(n Located, msg string) {
	pos := n.Position()
	p.raise(p.s.errorAt("SyntaxError", msg, pos.Lineno, pos.ColOffset, pos.EndLineno, pos.EndColOffset))
}

func (p *parser) errorRange(a, b *Pos, msg string) {
	p.raise(p.s.errorAt("SyntaxError", msg, a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset))
}

// finishError applies CPython's rule that, after a parser error, the rest
// of the file is tokenized and a tokenizer error found there is reported
// instead, except indentation and line-continuation problems (which CPython's
// tokenizer does not raise itself); a bracket still open at EOF wins only if
// it was opened on a line before the furthest token the parser read.
func (p *parser) finishError(e *Error) *Error {
	if e.fromScanner || e.final || p.inFString {
		return e
	}
	next := p.s.err
	if next == nil {
		func() {
			defer func() {
				if r := recover(); r != nil {
					if se, ok := r.(*Error); ok {
						next = se
					}
				}
			}()
			for {
				if t := p.s.next(); t.kind == tkEOF {
					return
				}
			}
		}()
	}
	if next == nil {
		return e
	}
	switch {
	case strings.HasSuffix(next.Msg, " was never closed"):
		if last := p.toks[len(p.toks)-1]; next.Lineno < last.line {
			return next
		}
	case next.Kind != "SyntaxError", next.Msg == "unexpected EOF while parsing",
		next.Msg == "unexpected character after line continuation character":
	default:
		return next
	}
	return e
}

// ---- positions ----

func (p *parser) posFrom(t *token) Pos {
	e := p.prev()
	return Pos{t.line, t.col, e.endLine, e.endCol}
}

func (p *parser) posFromNode(n Located) Pos {
	pa := n.Position()
	e := p.prev()
	return Pos{pa.Lineno, pa.ColOffset, e.endLine, e.endCol}
}

// prevPos is the extent of the last consumed token.
func (p *parser) prevPos() *Pos {
	t := p.prev()
	return &Pos{t.line, t.col, t.endLine, t.endCol}
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
	p.requireInput()
	e := p.expressions()
	for p.peek().kind == tkNewline {
		p.advance()
	}
	if p.peek().kind != tkEOF {
		p.fail()
	}
	return &Expression{Body: e}
}

// requireInput raises CPython's error for eval or single input without any
// token: "invalid syntax" at offset 0 (line 0 for empty source).
func (p *parser) requireInput() {
	if t := p.peek(); t.kind == tkNewline || t.kind == tkEOF {
		line := t.line
		if len(p.s.src) == 0 {
			line = 0
		}
		p.raise(&Error{Kind: "SyntaxError", Msg: "invalid syntax", Filename: p.filename, Lineno: line, EndLineno: line, Text: p.s.lineText(line), final: true})
	}
}

func (p *parser) interactive() *Interactive {
	p.requireInput()
	m := &Interactive{Body: p.statement()}
	switch m.Body[0].(type) {
	case *FunctionDef, *AsyncFunctionDef, *ClassDef, *If, *For, *AsyncFor, *While, *With, *AsyncWith, *Try, *Match:
		for p.peek().kind == tkNewline {
			p.advance()
		}
		if p.peek().kind != tkEOF {
			p.fail()
		}
		return m
	}
	end := p.prev()
	for p.peek().kind == tkNewline {
		p.advance()
	}
	if p.peek().kind != tkEOF {
		p.errorTok(end, "multiple statements found while compiling a single statement")
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
