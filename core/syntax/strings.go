package syntax

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/runenames"
)

// strLit is one STRING token split into prefix flags and body.
type strLit struct {
	tok               *token
	raw, bytes, f, u  bool
	body              string // between the quotes
	bodyLine, bodyCol int    // where body starts
	quoteLen          int
}

func splitString(t *token) strLit {
	s := strLit{tok: t}
	v := t.val
	i := 0
	for ; v[i] != '"' && v[i] != '\''; i++ {
		switch v[i] | 0x20 {
		case 'r':
			s.raw = true
		case 'b':
			s.bytes = true
		case 'f':
			s.f = true
		case 'u':
			s.u = v[i] == 'u' // only a lowercase u sets Constant.Kind, as in CPython
		}
	}
	q := 1
	if len(v)-i >= 6 && v[i+1] == v[i] && v[i+2] == v[i] {
		q = 3
	}
	s.quoteLen = q
	s.body = v[i+q : len(v)-q]
	s.bodyLine, s.bodyCol = t.line, t.col+i+q
	return s
}

// strings parses one or more adjacent string literals (implicit
// concatenation) into a Constant or, when an f-string is among them, a
// JoinedStr whose parts all carry the position of the whole run, as in
// CPython 3.10.
func (p *parser) strings() Expr {
	first := p.peek()
	var lits []strLit
	for p.peek().kind == tkString {
		lits = append(lits, splitString(p.advance()))
	}
	pos := p.posFrom(first)
	anyF := false
	for _, l := range lits {
		anyF = anyF || l.f
	}
	// Literals are processed in order, as CPython does, so the first
	// problem in source order is the one reported.
	var b strings.Builder
	j := &joiner{pos: pos, values: []Expr{}}
	for _, l := range lits {
		if l.bytes != lits[0].bytes {
			p.errorTok(p.peek(), "cannot mix bytes and nonbytes literals")
		}
		switch {
		case l.f:
			p.fstring(j, l, l.body, 0, l.bodyLine, l.bodyCol, 0, false)
		case anyF:
			j.lit.WriteString(p.decodeLit(l))
		default:
			b.WriteString(p.decodeLit(l))
		}
	}
	if lits[0].bytes {
		return &Constant{Pos: pos, Value: BytesValue(b.String())}
	}
	if !anyF {
		kind := ""
		if lits[0].u {
			kind = "u"
		}
		return &Constant{Pos: pos, Value: StrValue(b.String()), Kind: kind}
	}
	j.flush()
	return &JoinedStr{Pos: pos, Values: j.values}
}

// joiner accumulates the parts of a JoinedStr, merging adjacent literals.
type joiner struct {
	pos    Pos
	values []Expr
	lit    strings.Builder
}

func (j *joiner) flush() {
	if j.lit.Len() > 0 {
		j.values = append(j.values, &Constant{Pos: j.pos, Value: StrValue(j.lit.String())})
		j.lit.Reset()
	}
}

func (p *parser) decodeLit(l strLit) string {
	if l.bytes {
		for i := 0; i < len(l.body); i++ {
			if l.body[i] >= 0x80 {
				p.errorTok(p.peek(), "bytes can only contain ASCII literal characters")
			}
		}
	}
	if !l.bytes {
		if msg := utf8Problem(l.body); msg != "" {
			p.errorTok(p.peek(), msg)
		}
	}
	if l.raw {
		return l.body
	}
	var bad byte
	s, err := decodeEscapes(l.body, l.bytes, &bad)
	if err != "" {
		p.errorTok(p.peek(), err)
	}
	p.warnInvalidEscape(bad, l.tok)
	return s
}

// warnInvalidEscape is warn_invalid_escape_sequence: CPython 3.10 issues a
// DeprecationWarning for the first unknown escape of a literal ('\d'),
// a SyntaxError when the warning is made an error.
// The warning and the error are located at the literal's token t.
func (p *parser) warnInvalidEscape(bad byte, t *token) {
	if bad == 0 || p.s.warn == nil {
		return
	}
	msg := fmt.Sprintf("invalid escape sequence '\\%c'", bad)
	promote, err := p.s.warn(t.line, "DeprecationWarning", msg)
	if err != nil {
		panic(warnAbort{err})
	}
	if promote {
		p.errorTok(t, msg)
	}
}

// decodeEscapes interprets backslash escapes of a str (or bytes) literal.
// It returns CPython's message on a malformed escape, and sets *bad to the
// character after the first unknown escape (kept as written), if ASCII.
func decodeEscapes(s string, isBytes bool, bad *byte) (string, string) {
	if strings.IndexByte(s, '\\') < 0 {
		return s, ""
	}
	var b strings.Builder
	codec := "unicodeescape"
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(s) {
			b.WriteByte('\\')
			break
		}
		c = s[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			b.WriteByte(c)
		case 'a':
			b.WriteByte(7)
		case 'b':
			b.WriteByte(8)
		case 'f':
			b.WriteByte(12)
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte(11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				v = v*8 + int(s[i]-'0')
				i++
			}
			if isBytes {
				b.WriteByte(byte(v))
			} else {
				writeRune(&b, rune(v))
			}
		case 'x':
			v, ok := hexDigits(s, i, 2)
			if !ok {
				if isBytes {
					return "", fmt.Sprintf("(value error) invalid \\x escape at position %d", start)
				}
				return "", fmt.Sprintf("(unicode error) '%s' codec can't decode bytes in position %d-%d: truncated \\xXX escape", codec, start, i+hexPrefix(s, i, 2)-1)
			}
			i += 2
			if isBytes {
				b.WriteByte(byte(v))
			} else {
				writeRune(&b, rune(v))
			}
		case 'u', 'U', 'N':
			if isBytes {
				if *bad == 0 {
					*bad = c
				}
				b.WriteByte('\\')
				b.WriteByte(c)
				continue
			}
			if c == 'N' {
				end := strings.IndexByte(s[i:], '}')
				if i >= len(s) || s[i] != '{' || end < 0 {
					last := i - 1
					if i < len(s) && s[i] == '{' {
						last = len(s) - 1
					}
					return "", fmt.Sprintf("(unicode error) '%s' codec can't decode bytes in position %d-%d: malformed \\N character escape", codec, start, min(len(s)-1, last))
				}
				r, ok := lookupRuneName(s[i+1 : i+end])
				if !ok {
					return "", fmt.Sprintf("(unicode error) '%s' codec can't decode bytes in position %d-%d: unknown Unicode character name", codec, start, i+end)
				}
				i += end + 1
				writeRune(&b, r)
				continue
			}
			n := 4
			if c == 'U' {
				n = 8
			}
			v, ok := hexDigits(s, i, n)
			if !ok {
				return "", fmt.Sprintf("(unicode error) '%s' codec can't decode bytes in position %d-%d: truncated \\%cXXXX%s escape", codec, start, i+hexPrefix(s, i, n)-1, c, strings.Repeat("XXXX", n/4-1))
			}
			if v > 0x10FFFF {
				return "", fmt.Sprintf("(unicode error) '%s' codec can't decode bytes in position %d-%d: illegal Unicode character", codec, start, i+n-1)
			}
			i += n
			writeRune(&b, rune(v))
		default:
			if *bad == 0 && c < utf8.RuneSelf {
				*bad = c
			}
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String(), ""
}

// hexPrefix counts the hex digits (at most n) at s[i:].
func hexPrefix(s string, i, n int) int {
	k := 0
	for k < n && i+k < len(s) && isHex(int(s[i+k])) {
		k++
	}
	return k
}

func hexDigits(s string, i, n int) (int, bool) {
	if i+n > len(s) {
		return 0, false
	}
	v, err := strconv.ParseUint(s[i:i+n], 16, 32)
	if err != nil || strings.ContainsAny(s[i:i+n], "+-_") {
		return 0, false
	}
	return int(v), true
}

// writeRune writes r as UTF-8, or as a WTF-8 three-byte sequence for a
// lone surrogate, which Python str can hold.
func writeRune(b *strings.Builder, r rune) {
	if r >= 0xD800 && r <= 0xDFFF {
		b.WriteByte(byte(0xE0 | r>>12))
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}

var (
	runeNamesOnce sync.Once
	runeNames     map[string]rune
)

// lookupRuneName resolves a \N{...} name (case-insensitively, as CPython).
func lookupRuneName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	if r, ok := nameAliases[name]; ok {
		return r, true
	}
	if h, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		v, err := strconv.ParseUint(h, 16, 32)
		if err == nil && (len(h) == 4 || len(h) == 5) {
			return rune(v), true
		}
		return 0, false
	}
	if syl, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		return hangulSyllable(syl)
	}
	runeNamesOnce.Do(func() {
		runeNames = make(map[string]rune, 40000)
		for r := rune(0); r <= 0x10FFFF; r++ {
			if r >= 0xD800 && r <= 0xDFFF || r >= 0x3400 && r <= 0x4DBF || r >= 0x4E00 && r <= 0x9FFF ||
				r >= 0xAC00 && r <= 0xD7A3 || r >= 0xE000 && r <= 0xF8FF || r >= 0xF0000 || r >= 0x20000 && r <= 0x3134F {
				continue
			}
			if n := runenames.Name(r); n != "" && n[0] != '<' {
				runeNames[n] = r
			}
		}
	})
	r, ok := runeNames[name]
	return r, ok
}

// Jamo short names of the Hangul syllable algorithm (Unicode ch. 3.12).
var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// hangulSyllable finds the syllable named "HANGUL SYLLABLE "+syl.
func hangulSyllable(syl string) (rune, bool) {
	for l, ls := range jamoL {
		if !strings.HasPrefix(syl, ls) {
			continue
		}
		for v, vs := range jamoV {
			if !strings.HasPrefix(syl[len(ls):], vs) {
				continue
			}
			for t, ts := range jamoT {
				if syl[len(ls)+len(vs):] == ts {
					return rune(0xAC00 + (l*21+v)*28 + t), true
				}
			}
		}
	}
	return 0, false
}

// fstring parses an f-string body from index i into j and returns where it
// stopped: the end of body, or (in a format spec) the '}' closing the
// field. line/col locate body[0] in the source; depth counts nested specs.
func (p *parser) fstring(j *joiner, l strLit, body string, i, line, col, depth int, spec bool) int {
	litStart := i
	flushRaw := func(end int) {
		if end > litStart {
			seg := body[litStart:end]
			if msg := utf8Problem(seg); msg != "" {
				p.errorTok(p.peek(), msg)
			}
			if !l.raw {
				var bad byte
				d, err := decodeEscapes(seg, false, &bad)
				if err != "" {
					p.errorTok(p.peek(), err)
				}
				p.warnInvalidEscape(bad, l.tok)
				seg = d
			}
			j.lit.WriteString(seg)
		}
	}
	for i < len(body) {
		c := body[i]
		switch {
		case c == '\\' && !l.raw && i+1 < len(body):
			if body[i+1] == 'N' && i+2 < len(body) && body[i+2] == '{' {
				end := strings.IndexByte(body[i:], '}')
				if end < 0 {
					i = len(body) // unterminated \N{: the rest is literal (and malformed)
					continue
				}
				i += end + 1
				continue
			}
			if body[i+1] == '{' || body[i+1] == '}' {
				if body[i+1] == '{' {
					p.warnInvalidEscape('{', l.tok) // as fstring_find_literal
				}
				i++ // "\{": the backslash stays literal and the brace is a brace
				continue
			}
			i += 2
		case c == '{':
			// Doubled braces are literal only outside format specs.
			if !spec && i+1 < len(body) && body[i+1] == '{' {
				flushRaw(i + 1)
				i += 2
				litStart = i
				continue
			}
			flushRaw(i)
			i = p.fstringField(j, l, body, i, line, col, depth)
			litStart = i
		case c == '}':
			if spec {
				flushRaw(i)
				return i
			}
			if i+1 < len(body) && body[i+1] == '}' {
				flushRaw(i + 1)
				i += 2
				litStart = i
				continue
			}
			p.errorTok(p.peek(), "f-string: single '}' is not allowed")
		default:
			i++
		}
	}
	flushRaw(len(body))
	return len(body)
}

// fstringField parses the replacement field starting at body[open] == '{'
// and returns the index after its closing '}'.
func (p *parser) fstringField(j *joiner, l strLit, body string, open, line, col, depth int) int {
	if depth >= 2 {
		p.errorTok(p.peek(), "f-string: expressions nested too deeply")
	}
	i := open + 1
	var nest []byte
	var quote byte
	quoteLen := 0
	debug := false
	exprEnd := -1
scan:
	for ; i < len(body); i++ {
		c := body[i]
		if c == '\\' {
			p.errorTok(p.peek(), "f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote && (quoteLen == 1 || i+2 < len(body) && body[i+1] == quote && body[i+2] == quote) {
				i += quoteLen - 1
				quote = 0
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote, quoteLen = c, 1
			if i+2 < len(body) && body[i+1] == c && body[i+2] == c {
				quoteLen = 3
				i += 2
			}
		case '[', '(', '{':
			if len(nest) >= maxLevel {
				p.errorTok(p.peek(), "f-string: too many nested parenthesis")
			}
			nest = append(nest, c)
		case '#':
			p.errorTok(p.peek(), "f-string expression part cannot include '#'")
		case ']', ')', '}':
			if len(nest) == 0 {
				if c == '}' {
					exprEnd = i
					break scan
				}
				p.errorTok(p.peek(), fmt.Sprintf("f-string: unmatched '%c'", c))
			}
			o := nest[len(nest)-1]
			if o == '(' && c != ')' || o == '[' && c != ']' || o == '{' && c != '}' {
				p.errorTok(p.peek(), fmt.Sprintf("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, o))
			}
			nest = nest[:len(nest)-1]
		case '!', ':', '=':
			if len(nest) > 0 {
				continue
			}
			next := byte(0)
			if i+1 < len(body) {
				next = body[i+1]
			}
			if c == '!' && next == '=' || c == '=' && next == '=' {
				i++
				continue
			}
			if c == '=' {
				if prev := body[i-1]; prev == '<' || prev == '>' || prev == '!' || prev == '=' {
					continue
				}
				debug = true
			}
			exprEnd = i
			break scan
		}
	}
	if quote != 0 {
		p.errorTok(p.peek(), "f-string: unterminated string")
	}
	if exprEnd < 0 {
		if len(nest) > 0 {
			p.errorTok(p.peek(), fmt.Sprintf("f-string: unmatched '%c'", nest[len(nest)-1]))
		}
		p.errorTok(p.peek(), "f-string: expecting '}'")
	}
	text := body[open+1 : exprEnd]
	if strings.Trim(text, " \t\n\r\f\v") == "" {
		p.errorTok(p.peek(), "f-string: empty expression not allowed")
	}
	// Locate '{' in the source: expressions keep their true positions.
	eline, ecol := line, col
	if nl := strings.LastIndexByte(body[:open], '\n'); nl >= 0 {
		eline += strings.Count(body[:open], "\n")
		ecol = open - nl - 1
	} else {
		ecol += open
	}
	value := p.fstringExpr(l, text, eline, ecol)
	i = exprEnd
	fv := &FormattedValue{Pos: j.pos, Value: value, Conversion: ConvNone}
	if debug {
		i++
		for i < len(body) && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\f' || body[i] == '\r') {
			i++
		}
		j.lit.WriteString(body[open+1 : i])
	}
	if i < len(body) && body[i] == '!' {
		i++
		if i >= len(body) {
			p.errorTok(p.peek(), "f-string: expecting '}'")
		}
		switch body[i] {
		case 's', 'r', 'a':
			fv.Conversion = int(body[i])
		default:
			p.errorTok(p.peek(), "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		i++
		if i >= len(body) || body[i] != ':' && body[i] != '}' {
			p.errorTok(p.peek(), "f-string: expecting '}'")
		}
	}
	if i < len(body) && body[i] == ':' {
		tp := l.tok
		sj := &joiner{pos: Pos{tp.line, tp.col, tp.endLine, tp.endCol}, values: []Expr{}}
		i = p.fstring(sj, l, body, i+1, line, col, depth+1, true)
		sj.flush()
		fv.FormatSpec = &JoinedStr{Pos: sj.pos, Values: sj.values}
	}
	if i >= len(body) || body[i] != '}' {
		p.errorTok(p.peek(), "f-string: expecting '}'")
	}
	if debug && fv.Conversion == ConvNone && fv.FormatSpec == nil {
		fv.Conversion = ConvRepr
	}
	j.flush()
	j.values = append(j.values, fv)
	return i + 1
}

// fstringExpr parses the text of a replacement field as CPython 3.10 does:
// wrapped in parentheses and parsed as star_expressions, by a sub-parser
// whose positions are shifted onto the '{' at (line, col).
func (p *parser) fstringExpr(l strLit, text string, line, col int) Expr {
	src := "(" + text + ")"
	sub := &parser{s: newScanner(p.filename, []byte(src)), filename: p.filename, inFString: true}
	sub.s.line = 1
	var e Expr
	func() {
		defer func() {
			if r := recover(); r != nil {
				if se, ok := r.(*Error); ok {
					if se.fromScanner && strings.HasSuffix(se.Msg, "was never closed") {
						p.errorTok(p.peek(), "f-string: expecting '}'")
					}
					// Tokenizer errors keep their message; parser errors are
					// prefixed once, as CPython's f-string sub-parser does.
					if !se.fromScanner && !strings.HasPrefix(se.Msg, "f-string: ") {
						se.Msg = "f-string: " + se.Msg
					}
					se.Lineno += line - 1
					se.EndLineno += line - 1
					se.Filename = p.filename
					se.Text = "(" + text + ")\n"
					panic(se)
				}
				panic(r)
			}
		}()
		e = sub.starExpressions()
		for sub.peek().kind == tkNewline {
			sub.advance()
		}
		if sub.peek().kind != tkEOF {
			sub.fail()
		}
	}()
	// CPython shifts a token's columns only when the token ends on the
	// first line of the field; a multi-line string starting there keeps
	// its unshifted start column.
	var multi map[[2]int]bool
	for _, t := range sub.toks {
		if t.endLine != t.line {
			if multi == nil {
				multi = map[[2]int]bool{}
			}
			multi[[2]int{t.line, t.col}] = true
		}
	}
	shiftPositions(e, line, col, multi)
	return e
}

// shiftPositions moves the nodes of a sub-parse onto their place in the
// source: line 1 columns are offset by col, later lines keep their columns.
func shiftPositions(root Node, line, col int, multi map[[2]int]bool) {
	Inspect(root, func(n Node) bool {
		if l, ok := n.(Located); ok {
			pos := l.Position()
			if pos.Lineno == 1 && !multi[[2]int{pos.Lineno, pos.ColOffset}] {
				pos.ColOffset += col
			}
			if pos.EndLineno == 1 {
				pos.EndColOffset += col
			}
			pos.Lineno += line - 1
			pos.EndLineno += line - 1
		}
		return true
	})
}
