package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/pyvar/pyvar/core/xid"
	"golang.org/x/text/unicode/norm"
)

// tokKind classifies a token as CPython's tokenizer does (operators and
// keywords are told apart by their text).
type tokKind uint8

const (
	tkEOF tokKind = iota // ENDMARKER
	tkName
	tkNumber
	tkString
	tkOp
	tkNewline
	tkIndent
	tkDedent
	tkError // a character no token starts with ('$', '?', '`', lone '!')
)

// token is one lexical token. Columns are 0-based UTF-8 byte offsets.
type token struct {
	kind                       tokKind
	val                        string // NFKC name, operator, number or raw string text
	line, col, endLine, endCol int
	level                      int  // bracket depth, for CPython's "forgot a comma" rule
	atEOF                      bool // implicit NEWLINE, DEDENT or ENDMARKER produced at end of input
}

// bracket remembers an open bracket for matching and for "was never closed".
type bracket struct {
	ch        byte
	line, col int
}

// Limits from CPython's tokenizer (MAXINDENT, MAXLEVEL).
const (
	maxIndent = 100
	maxLevel  = 200
)

// scanner is an on-demand tokenizer over decoded UTF-8 source with "\n"
// line endings. It follows CPython's tok_get: indentation is measured at the
// beginning of each logical line with tabs to the next multiple of 8 (col)
// and, to detect inconsistent tabs, with tabs counting 1 (altcol).
type scanner struct {
	filename   string
	src        []byte
	pos        int
	line       int
	lineStart  int
	lineStarts []int
	atBOL      bool
	indStack   []int
	altStack   []int
	pendin     int
	parens     []bracket
	lastKind   tokKind
	anyOnLine  bool // a token other than INDENT/DEDENT was emitted on this logical line
	eof        bool
	err        *Error // the tokenizer error, once one happened
	warn       Warner // where the tokenizer's warnings go (nil: nowhere)
	byteCols   bool   // the source is not valid UTF-8: report byte columns
}

func newScanner(filename string, src []byte) *scanner {
	s := &scanner{filename: filename, src: src, line: 1, atBOL: true, indStack: []int{0}, altStack: []int{0}, lastKind: tkNewline}
	s.byteCols = !utf8.Valid(src)
	s.lineStarts = append(s.lineStarts, 0)
	for i, c := range src {
		if c == '\n' {
			s.lineStarts = append(s.lineStarts, i+1)
		}
	}
	return s
}

// lineText returns source line n (1-based) including its "\n" if any.
func (s *scanner) lineText(n int) string {
	if n < 1 || n > len(s.lineStarts) {
		return ""
	}
	start := s.lineStarts[n-1]
	end := len(s.src)
	if n < len(s.lineStarts) {
		end = s.lineStarts[n]
	}
	return string(s.src[start:end])
}

// errorAt builds an Error at byte columns on a line, converting to CPython's
// 1-based character offsets.
func (s *scanner) errorAt(kind, msg string, line, col, endLine, endCol int) *Error {
	text := s.lineText(line)
	e := &Error{Kind: kind, Msg: msg, Filename: s.filename, Lineno: line, Text: strings.ToValidUTF8(text, "\ufffd"), EndLineno: endLine}
	e.Offset = s.offset(text, col) + 1
	if endLine == line {
		e.EndOffset = s.offset(text, endCol) + 1
	} else if endLine > 0 {
		e.EndOffset = s.offset(s.lineText(endLine), endCol) + 1
	}
	return e
}

// offset converts a byte column of a line into the 0-based column CPython
// reports: characters, except for source that is not valid UTF-8, which
// only compile() of bytes accepts, and which then counts bytes.
func (s *scanner) offset(text string, col int) int {
	if s.byteCols {
		return col
	}
	return charOffset(text, col)
}

// charOffset converts a byte column into a character count.
func charOffset(text string, col int) int {
	if col > len(text) {
		return col - len(text) + utf8.RuneCountInString(text)
	}
	if col < 0 {
		return col
	}
	return utf8.RuneCountInString(text[:col])
}

// fail aborts scanning with a tokenizer error located at [col, endCol) of the current line.
func (s *scanner) fail(kind, msg string, col, endCol int) {
	s.raise(s.errorAt(kind, msg, s.line, col, s.line, endCol))
}

// raise records a tokenizer error, which stays the scanner's answer from
// then on, and aborts the scan.
func (s *scanner) raise(e *Error) {
	e.fromScanner = true
	s.err = e
	panic(e)
}

func (s *scanner) col() int { return s.pos - s.lineStart }

func (s *scanner) peekc(k int) int {
	if s.pos+k < len(s.src) {
		return int(s.src[s.pos+k])
	}
	return -1
}

func (s *scanner) newline() {
	s.line++
	s.lineStart = s.pos
}

func (s *scanner) tok(kind tokKind, val string, line, col int) token {
	t := token{kind: kind, val: val, line: line, col: col, endLine: s.line, endCol: s.col(), level: len(s.parens)}
	s.lastKind = kind
	if kind != tkIndent && kind != tkDedent && kind != tkNewline {
		s.anyOnLine = true
	}
	return t
}

// next returns the next token, panicking with *Error on a tokenizer error.
func (s *scanner) next() token {
	if s.err != nil {
		panic(s.err)
	}
	if s.atBOL {
		s.atBOL = false
		s.indentation()
	}
	if s.pendin != 0 {
		if s.pendin > 0 {
			s.pendin--
			return s.tok(tkIndent, "", s.line, s.col())
		}
		s.pendin++
		return s.tok(tkDedent, "", s.line, s.col())
	}
	for {
		commentCol := -1
		// Skip whitespace and comments.
		for s.pos < len(s.src) {
			c := s.src[s.pos]
			if c == ' ' || c == '\t' || c == '\f' || c == '\r' {
				s.pos++
				continue
			}
			if c == '#' {
				commentCol = s.col()
				for s.pos < len(s.src) && s.src[s.pos] != '\n' {
					s.pos++
				}
				continue
			}
			if c == '\\' {
				if s.pos+1 < len(s.src) && s.src[s.pos+1] == '\n' {
					if s.pos+2 >= len(s.src) {
						s.pos++
						s.eofInContinuation()
					}
					s.pos += 2
					s.newline()
					continue
				}
				if s.pos+1 >= len(s.src) {
					s.pos++
					s.eofInContinuation()
				}
				s.pos++
				s.fail("SyntaxError", "unexpected character after line continuation character", s.col(), s.col())
			}
			break
		}
		if s.pos >= len(s.src) {
			return s.atEOF(commentCol)
		}
		c := s.src[s.pos]
		line, col := s.line, s.col()
		switch {
		case c == '\n':
			s.pos++
			if len(s.parens) > 0 || !s.anyOnLine {
				s.newline()
				if len(s.parens) == 0 {
					s.atBOL = true
					return s.next()
				}
				continue
			}
			// CPython's NEWLINE spans any comment before it, up to the '\n'.
			t := token{kind: tkNewline, line: line, col: col, endLine: line, endCol: col}
			if commentCol >= 0 {
				t.col = commentCol
			}
			s.newline()
			s.atBOL = true
			s.anyOnLine = false
			s.lastKind = tkNewline
			return t
		case isIdentStart(c):
			return s.nameOrString(line, col)
		case c >= '0' && c <= '9' || c == '.' && s.peekc(1) >= '0' && s.peekc(1) <= '9':
			return s.number(line, col)
		case c == '"' || c == '\'':
			return s.str(line, col, s.pos)
		}
		return s.operator(line, col)
	}
}

// indentation measures the indentation of a new line and queues INDENT or
// DEDENT tokens, raising IndentationError/TabError like CPython.
func (s *scanner) indentation() {
	col, alt, contCol := 0, 0, 0
	p := s.pos
	for p < len(s.src) {
		switch s.src[p] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/8 + 1) * 8
			alt++
		case '\f':
			col, alt = 0, 0
		case '\\':
			// Indentation cannot be split over physical lines: the first
			// backslash continuation after some whitespace fixes it.
			if p+1 >= len(s.src) || s.src[p+1] != '\n' {
				goto done
			}
			if contCol == 0 {
				contCol = col
			}
			if p+2 >= len(s.src) {
				s.pos = p + 1
				s.eofInContinuation()
			}
			p += 2
			s.pos = p
			s.newline()
			continue
		default:
			goto done
		}
		p++
	}
done:
	if p >= len(s.src) || s.src[p] == '#' || s.src[p] == '\n' || s.src[p] == '\r' && (p+1 >= len(s.src) || s.src[p+1] == '\n') {
		s.pos = p
		return // blank line: does not affect indentation
	}
	if contCol != 0 {
		col, alt = contCol, contCol
	}
	if len(s.parens) > 0 {
		return
	}
	s.pos = p
	top := len(s.indStack) - 1
	switch {
	case col == s.indStack[top]:
		if alt != s.altStack[top] {
			s.pos = p
			s.tabError()
		}
	case col > s.indStack[top]:
		if len(s.indStack) >= maxIndent {
			s.pos = p
			s.fail("IndentationError", "too many levels of indentation", 0, s.col())
		}
		if alt <= s.altStack[top] {
			s.pos = p
			s.tabError()
		}
		s.indStack = append(s.indStack, col)
		s.altStack = append(s.altStack, alt)
		s.pendin++
	default:
		for top > 0 && col < s.indStack[top] {
			s.pendin--
			top--
		}
		s.indStack = s.indStack[:top+1]
		s.altStack = s.altStack[:top+1]
		if col != s.indStack[top] {
			s.pos = p
			e := s.errorAt("IndentationError", "unindent does not match any outer indentation level", s.line, s.col(), s.line, -1)
			e.Offset = utf8.RuneCountInString(strings.TrimSuffix(e.Text, "\n")) + 1
			e.EndOffset = -1
			s.raise(e)
		}
		if alt != s.altStack[top] {
			s.pos = p
			s.tabError()
		}
	}
}

// eofInContinuation reports a backslash continuation at the end of input:
// inside brackets it is the bracket that was never closed.
func (s *scanner) eofInContinuation() {
	if len(s.parens) > 0 {
		s.atEOF(-1)
	}
	e := s.errorAt("SyntaxError", "unexpected EOF while parsing", s.line, s.col(), s.line, -1)
	e.EndOffset = -1
	s.raise(e)
}

func (s *scanner) tabError() {
	e := s.errorAt("TabError", "inconsistent use of tabs and spaces in indentation", s.line, 0, s.line, -1)
	e.EndOffset = 0
	s.raise(e)
}

// atEOF emits the implicit NEWLINE, the closing DEDENTs and ENDMARKER.
func (s *scanner) atEOF(commentCol int) token {
	if len(s.parens) > 0 {
		b := s.parens[len(s.parens)-1]
		e := s.errorAt("SyntaxError", fmt.Sprintf("'%c' was never closed", b.ch), b.line, b.col, b.line, 0)
		e.EndOffset = 0
		s.raise(e)
	}
	if s.anyOnLine {
		s.anyOnLine = false
		s.lastKind = tkNewline
		t := token{kind: tkNewline, line: s.line, col: s.col(), endLine: s.line, endCol: s.col(), atEOF: true}
		if commentCol >= 0 {
			t.col = commentCol
		}
		return t
	}
	// CPython places DEDENT and ENDMARKER at EOF at the end of the last
	// line rather than on a new empty line.
	line, col := s.line, s.col()
	if line > 1 && col == 0 && len(s.src) > 0 && s.src[len(s.src)-1] == '\n' {
		line--
		col = len(s.lineText(line)) - 1
	}
	kind := tkEOF
	if len(s.indStack) > 1 {
		s.indStack = s.indStack[:len(s.indStack)-1]
		s.altStack = s.altStack[:len(s.altStack)-1]
		kind = tkDedent
	} else {
		s.eof = true
	}
	s.lastKind = kind
	return token{kind: kind, line: line, col: col, endLine: line, endCol: col, level: len(s.parens), atEOF: true}
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
}

func isIdentChar(c int) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9' || c >= 0x80
}

// nameOrString scans an identifier, or a string literal with a prefix.
func (s *scanner) nameOrString(line, col int) token {
	start := s.pos
	// String prefixes: at most one of each of b/r/u/f, u alone, b and f exclusive.
	var sawB, sawR, sawU, sawF bool
	for p := s.pos; p < len(s.src); p++ {
		c := s.src[p] | 0x20
		if c == 'b' && !sawB && !sawU && !sawF {
			sawB = true
		} else if c == 'r' && !sawR && !sawU {
			sawR = true
		} else if c == 'u' && !sawB && !sawR && !sawU && !sawF {
			sawU = true
		} else if c == 'f' && !sawF && !sawB && !sawU {
			sawF = true
		} else {
			if (s.src[p] == '"' || s.src[p] == '\'') && p > s.pos {
				s.pos = p
				return s.str(line, col, start)
			}
			break
		}
	}
	ascii := true
	for s.pos < len(s.src) && isIdentChar(int(s.src[s.pos])) {
		if s.src[s.pos] >= 0x80 {
			ascii = false
		}
		s.pos++
	}
	name := string(s.src[start:s.pos])
	if !ascii {
		name = s.checkIdentifier(name, col)
	}
	return s.tok(tkName, name, line, col)
}

// checkIdentifier validates a non-ASCII identifier (PEP 3131) and returns
// its NFKC form.
func (s *scanner) checkIdentifier(name string, col int) string {
	if msg := utf8Problem(name); msg != "" {
		// CPython (decoding bytes) points at the end of the identifier.
		e := s.errorAt("SyntaxError", msg, s.line, col, s.line, col)
		e.Offset, e.EndOffset = col+len(name), -1
		s.raise(e)
	}
	n := norm.NFKC.String(name)
	off := col
	for i, r := range name {
		ok := xid.IsContinue(r)
		if i == 0 {
			ok = xid.IsStart(r) || r == '_'
		}
		if !ok && !isXIDContinueString(norm.NFKC.String(string(r))) {
			s.pos = s.lineStart + off
			s.fail("SyntaxError", invalidCharMsg(r), off, off+utf8.RuneLen(r))
		}
		off += utf8.RuneLen(r)
	}
	for i, r := range n {
		if i == 0 && !xid.IsStart(r) && r != '_' || i > 0 && !xid.IsContinue(r) {
			s.fail("SyntaxError", invalidCharMsg(r), col, col)
		}
	}
	return n
}

// invalidCharMsg is CPython's message for a character no token may contain.
func invalidCharMsg(r rune) string {
	if !isPrintable(r) {
		return fmt.Sprintf("invalid non-printable character U+%04X", r)
	}
	return fmt.Sprintf("invalid character '%c' (U+%04X)", r, r)
}

func isXIDContinueString(s string) bool {
	for _, r := range s {
		if !xid.IsContinue(r) {
			return false
		}
	}
	return true
}

func isDigit(c int) bool { return c >= '0' && c <= '9' }

func isHex(c int) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// number scans a numeric literal with CPython's checks on underscores,
// leading zeros and what may follow a number.
func (s *scanner) number(line, col int) token {
	start := s.pos
	c := s.peekc(0)
	radix := func(kind string, ok func(int) bool) {
		s.pos += 2
		c := s.peekc(0)
		for {
			if c == '_' {
				s.pos++
				c = s.peekc(0)
			}
			if !ok(c) {
				if isDigit(c) && kind != "hexadecimal" {
					s.fail("SyntaxError", fmt.Sprintf("invalid digit '%c' in %s literal", c, kind), s.col(), s.col()+1)
				}
				s.fail("SyntaxError", fmt.Sprintf("invalid %s literal", kind), s.col()-1, s.col()-1)
			}
			for ok(c) {
				s.pos++
				c = s.peekc(0)
			}
			if c != '_' {
				break
			}
		}
		if isDigit(c) && kind != "hexadecimal" {
			s.fail("SyntaxError", fmt.Sprintf("invalid digit '%c' in %s literal", c, kind), s.col(), s.col()+1)
		}
		s.endOfNumber(kind)
	}
	if c == '0' {
		switch s.peekc(1) | 0x20 {
		case 'x':
			radix("hexadecimal", isHex)
			return s.tok(tkNumber, string(s.src[start:s.pos]), line, col)
		case 'o':
			radix("octal", func(c int) bool { return c >= '0' && c <= '7' })
			return s.tok(tkNumber, string(s.src[start:s.pos]), line, col)
		case 'b':
			radix("binary", func(c int) bool { return c == '0' || c == '1' })
			return s.tok(tkNumber, string(s.src[start:s.pos]), line, col)
		}
		nonzero := false
		for s.peekc(0) == '0' {
			s.pos++
			if s.peekc(0) == '_' {
				s.pos++
				if !isDigit(s.peekc(0)) {
					s.fail("SyntaxError", "invalid decimal literal", s.col()-1, s.col()-1)
				}
			}
		}
		if isDigit(s.peekc(0)) {
			nonzero = true
			s.decimalTail()
		}
		switch c := s.peekc(0); {
		case c == '.' || c|0x20 == 'e' || c|0x20 == 'j':
		case nonzero:
			e := s.errorAt("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line, col, line, s.col()+1)
			e.EndOffset = s.offset(s.lineText(line), col) + 2
			s.raise(e)
		default:
			s.endOfNumber("decimal")
			return s.tok(tkNumber, string(s.src[start:s.pos]), line, col)
		}
	} else if c != '.' {
		s.decimalTail()
	}
	kind := "decimal"
	if s.peekc(0) == '.' {
		s.pos++
		if isDigit(s.peekc(0)) {
			s.decimalTail()
		}
	}
	if s.peekc(0)|0x20 == 'e' {
		save := s.pos
		s.pos++
		if c := s.peekc(0); c == '+' || c == '-' {
			s.pos++
			if !isDigit(s.peekc(0)) {
				s.fail("SyntaxError", "invalid decimal literal", s.col()-1, s.col()-1)
			}
		} else if !isDigit(c) {
			s.pos = save
			s.endOfNumber("decimal")
			return s.tok(tkNumber, string(s.src[start:s.pos]), line, col)
		}
		s.decimalTail()
	}
	if s.peekc(0)|0x20 == 'j' {
		s.pos++
		kind = "imaginary"
	}
	s.endOfNumber(kind)
	return s.tok(tkNumber, string(s.src[start:s.pos]), line, col)
}

func (s *scanner) decimalTail() {
	for {
		for isDigit(s.peekc(0)) {
			s.pos++
		}
		if s.peekc(0) != '_' {
			return
		}
		s.pos++
		if !isDigit(s.peekc(0)) {
			s.fail("SyntaxError", "invalid decimal literal", s.col()-1, s.col()-1)
		}
	}
}

// endOfNumber is verify_end_of_number: a number glued to what follows
// it is an error, except before the keywords that may follow a number in
// valid code (and, else, for, if, in, is, not, or), where CPython 3.10
// only issues a DeprecationWarning.
func (s *scanner) endOfNumber(kind string) {
	c := s.peekc(0)
	if !isIdentChar(c) {
		return
	}
	// and/else/for/not/or must end there (CPython's lookahead); if, in
	// and is need only their second letter.
	word := func(w string) bool {
		end := s.pos + len(w)
		return end <= len(s.src) && string(s.src[s.pos:end]) == w && !isIdentChar(s.peekc(len(w)))
	}
	kw := false
	switch c {
	case 'a':
		kw = word("and")
	case 'e':
		kw = word("else")
	case 'f':
		kw = word("for")
	case 'i':
		c2 := s.peekc(1)
		kw = c2 == 'f' || c2 == 'n' || c2 == 's'
	case 'o':
		kw = word("or")
	case 'n':
		kw = word("not")
	}
	msg := "invalid " + kind + " literal"
	if kw {
		if s.warn == nil {
			return
		}
		promote, err := s.warn(s.line, "DeprecationWarning", msg)
		if err != nil {
			panic(warnAbort{err})
		}
		if !promote {
			return
		}
	}
	s.fail("SyntaxError", msg, s.col()-1, s.col()-1)
}

// str scans a string literal whose prefix starts at byte offset start and
// whose opening quote is at s.pos.
func (s *scanner) str(line, col, start int) token {
	q := s.src[s.pos]
	triple := s.peekc(1) == int(q) && s.peekc(2) == int(q)
	if triple {
		s.pos += 3
	} else {
		s.pos++
	}
	for {
		if s.pos >= len(s.src) {
			if triple {
				eofLine := s.line
				if len(s.src) > 0 && s.src[len(s.src)-1] == '\n' {
					eofLine--
				}
				e := s.errorAt("SyntaxError", fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", eofLine), line, col, line, col)
				e.Text = strings.TrimSuffix(e.Text, "\n")
				s.raise(e)
			}
			s.unterminated(line, col)
		}
		c := s.src[s.pos]
		switch {
		case c == '\\':
			s.pos++
			if s.pos < len(s.src) {
				if s.src[s.pos] == '\n' {
					s.pos++
					s.newline()
				} else {
					s.pos++
				}
			}
			continue
		case c == '\n':
			if !triple {
				s.unterminated(line, col)
			}
			s.pos++
			s.newline()
			continue
		case c == q:
			if !triple {
				s.pos++
				return s.tok(tkString, string(s.src[start:s.pos]), line, col)
			}
			if s.peekc(1) == int(q) && s.peekc(2) == int(q) {
				s.pos += 3
				return s.tok(tkString, string(s.src[start:s.pos]), line, col)
			}
		}
		s.pos++
	}
}

func (s *scanner) unterminated(line, col int) {
	at := s.line
	if s.pos >= len(s.src) && len(s.src) > 0 && s.src[len(s.src)-1] == '\n' {
		at--
	}
	e := s.errorAt("SyntaxError", fmt.Sprintf("unterminated string literal (detected at line %d)", at), line, col, line, col)
	e.Text = strings.TrimSuffix(e.Text, "\n")
	s.raise(e)
}

const ops1 = "%&()*+,-./:;<=>@[]^{|}~"

// opLen returns the length of the longest operator at the start of rest
// (0 if none): the 3-, 2- and 1-character operators of CPython's token.c.
func opLen(rest []byte) int {
	c := rest[0]
	var c1, c2 byte
	if len(rest) > 1 {
		c1 = rest[1]
	}
	if len(rest) > 2 {
		c2 = rest[2]
	}
	switch c {
	case '*', '/', '<', '>':
		if c1 == c { // ** // << >>
			if c2 == '=' {
				return 3
			}
			return 2
		}
		if c1 == '=' || c == '<' && c1 == '>' {
			return 2
		}
	case '.':
		if c1 == '.' && c2 == '.' {
			return 3
		}
	case '-':
		if c1 == '=' || c1 == '>' {
			return 2
		}
	case '!', '%', '&', '+', ':', '=', '@', '^', '|':
		if c1 == '=' {
			return 2
		}
		if c == '!' {
			return 0
		}
	}
	if strings.IndexByte(ops1, c) >= 0 {
		return 1
	}
	return 0
}

func (s *scanner) operator(line, col int) token {
	rest := s.src[s.pos:]
	if n := opLen(rest); n > 1 {
		s.pos += n
		return s.tok(tkOp, string(rest[:n]), line, col)
	}
	c := rest[0]
	if strings.IndexByte(ops1, c) < 0 {
		if c >= 0x80 {
			r, size := utf8.DecodeRune(rest)
			s.fail("SyntaxError", invalidCharMsg(r), col, col+size)
		}
		s.pos++
		return s.tok(tkError, string(c), line, col)
	}
	s.pos++
	switch c {
	case '(', '[', '{':
		if len(s.parens) >= maxLevel {
			s.fail("SyntaxError", "too many nested parentheses", col, col+1)
		}
		s.parens = append(s.parens, bracket{c, line, col})
	case ')', ']', '}':
		if len(s.parens) == 0 {
			s.fail("SyntaxError", fmt.Sprintf("unmatched '%c'", c), col, col)
		}
		open := s.parens[len(s.parens)-1]
		if want := map[byte]byte{'(': ')', '[': ']', '{': '}'}[open.ch]; want != c {
			msg := fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
			if open.line != line {
				msg += fmt.Sprintf(" on line %d", open.line)
			}
			s.fail("SyntaxError", msg, col, col)
		}
		s.parens = s.parens[:len(s.parens)-1]
	}
	return s.tok(tkOp, string(c), line, col)
}
