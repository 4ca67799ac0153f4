package native

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pyvar/pyvar/core/object"
)

// The incremental XML tokenizer under pyexpat. Input arrives in chunks
// (Parse(data, isfinal)); the tokenizer reports every construct it has
// whole and keeps the rest for the next chunk, as expat does, so handlers
// run while a document is still being fed (ElementTree's iterparse and
// XMLPullParser depend on that).

// xmlPos is a position in the document: expat's 1-based line, 0-based
// column in characters, and byte index in the input.
type xmlPos struct {
	line, col int
	off       int64
}

// Input encodings the tokenizer reads itself, and the rest (through
// Python's codecs).
const (
	encUndecided = iota
	encUTF8
	encLatin1
	encUTF16LE
	encUTF16BE
	encCodec
)

type xmlOpen struct {
	raw    string // the tag's name as written
	nsMark int    // len(nsBindings) before the tag's declarations
}

type xmlNS struct{ prefix, uri string }

// xmlAttDef is an attribute's declaration in an ATTLIST.
type xmlAttDef struct {
	name, value string
	hasDefault  bool // value is the default (#FIXED or a literal)
	tokenized   bool // not CDATA: its value's spaces are collapsed
}

// expatTokenizer is the parse state of an expatParser.
type expatTokenizer struct {
	buf     []byte // UTF-8 text not yet tokenized
	pos     xmlPos // position of buf[0]
	cur     xmlPos // position of the construct being reported
	curRaw  string
	errCode int
	errPos  xmlPos

	started, finished, inCallback, forceUTF8 bool
	failed                                   error

	enc       int
	codec     string
	raw       []byte // input bytes not yet decoded (a partial UTF-16 unit)
	unitBytes int    // input bytes per character for byte indexes (0: UTF-8's own)

	declDone    bool // past the point where an XML declaration may appear
	inCDATA     bool // inside <![CDATA[, whose text is reported as it comes
	standalone  int  // the XML declaration's: 1 yes, 0 no, -1 absent
	rootSeen    bool
	rootClosed  bool
	doctypeSeen bool
	stack       []xmlOpen
	nsBindings  []xmlNS
	entities    map[string]string
	attlists    map[string][]xmlAttDef // ATTLIST declarations by element name
	external    map[string][2]string   // external general entities: system and public ids
	externalDTD bool                   // undefined entities are skipped, not errors
	expanding   int                    // depth of entity expansion
}

const xmlNamespaceURI = "http://www.w3.org/XML/1998/namespace"

// feed decodes data into the buffer.
func (p *expatParser) feed(data []byte) error {
	if p.enc == encUndecided {
		if len(data) == 0 && len(p.raw) == 0 {
			p.enc = encUTF8
			return nil
		}
		p.raw = append(p.raw, data...)
		data, p.raw = p.raw, nil
		if err := p.decideEncoding(&data); err != nil {
			return err
		}
	}
	switch p.enc {
	case encUTF8:
		p.buf = append(p.buf, data...)
	case encLatin1:
		for _, b := range data {
			p.buf = utf8.AppendRune(p.buf, rune(b))
		}
	case encUTF16LE, encUTF16BE:
		s, rest := utf16ToUTF8(append(p.raw, data...), p.enc == encUTF16BE)
		p.raw = append([]byte(nil), rest...)
		p.buf = append(p.buf, s...)
	case encCodec:
		if len(data) > 0 {
			s, err := p.decodeWith(p.codec, data)
			if err != nil {
				return err
			}
			p.buf = append(p.buf, s...)
		}
	}
	return nil
}

// decideEncoding picks the input's encoding from ParserCreate's argument,
// a str input, or the first bytes (a byte order mark); an XML
// declaration may still switch an undeclared UTF-8 stream to another
// encoding (switchEncoding).
func (p *expatParser) decideEncoding(data *[]byte) error {
	d := *data
	if p.forceUTF8 {
		p.enc = encUTF8
		return nil
	}
	if p.encoding != "" {
		return p.useEncoding(p.encoding, data, p.pos)
	}
	switch {
	case bytes.HasPrefix(d, []byte{0xEF, 0xBB, 0xBF}):
		p.enc = encUTF8
		*data = d[3:]
		p.pos = xmlPos{line: 1, col: 1, off: 3}
	case bytes.HasPrefix(d, []byte{0xFF, 0xFE}):
		p.enc, p.unitBytes = encUTF16LE, 2
		*data = d[2:]
		p.pos = xmlPos{line: 1, col: 1, off: 2}
	case bytes.HasPrefix(d, []byte{0xFE, 0xFF}):
		p.enc, p.unitBytes = encUTF16BE, 2
		*data = d[2:]
		p.pos = xmlPos{line: 1, col: 1, off: 2}
	case len(d) >= 2 && d[0] != 0 && d[1] == 0:
		p.enc, p.unitBytes = encUTF16LE, 2
	case len(d) >= 2 && d[0] == 0 && d[1] != 0:
		p.enc, p.unitBytes = encUTF16BE, 2
	default:
		p.enc = encUTF8
	}
	return nil
}

// useEncoding sets the encoding named name for data.
func (p *expatParser) useEncoding(name string, data *[]byte, at xmlPos) error {
	switch strings.ToLower(strings.ReplaceAll(name, "_", "-")) {
	case "utf-8", "utf8":
		p.enc = encUTF8
		if bytes.HasPrefix(*data, []byte{0xEF, 0xBB, 0xBF}) {
			*data = (*data)[3:]
		}
	case "iso-8859-1", "latin-1", "latin1", "iso8859-1", "l1", "us-ascii", "ascii":
		p.enc, p.unitBytes = encLatin1, 1
	case "utf-16", "utf16":
		d := *data
		switch {
		case bytes.HasPrefix(d, []byte{0xFE, 0xFF}) || len(d) >= 2 && d[0] == 0:
			p.enc = encUTF16BE
		default:
			p.enc = encUTF16LE
		}
		if bytes.HasPrefix(d, []byte{0xFF, 0xFE}) || bytes.HasPrefix(d, []byte{0xFE, 0xFF}) {
			*data = d[2:]
		}
		p.unitBytes = 2
	case "utf-16le":
		p.enc, p.unitBytes = encUTF16LE, 2
	case "utf-16be":
		p.enc, p.unitBytes = encUTF16BE, 2
	default:
		if _, err := p.decodeWith(name, nil); err != nil {
			return p.expatError(xeUnknownEncoding, at)
		}
		p.enc, p.codec, p.unitBytes = encCodec, name, 1
	}
	return nil
}

// advance consumes n bytes of the buffer, moving the position over them.
func (p *expatParser) advance(n int) {
	p.pos = p.posAfter(p.pos, p.buf[:n])
	p.buf = p.buf[n:]
}

// posAfter is the position after text b that starts at pos.
func (p *expatParser) posAfter(pos xmlPos, b []byte) xmlPos {
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '\n':
			if i == 0 || b[i-1] != '\r' {
				pos.line++
				pos.col = 0
			}
		case c == '\r':
			pos.line++
			pos.col = 0
		case c&0xC0 != 0x80:
			pos.col++
		}
		if p.unitBytes == 0 {
			pos.off++
		} else if c&0xC0 != 0x80 {
			pos.off += int64(p.unitBytes)
			if p.unitBytes == 2 && c >= 0xF0 {
				pos.off += 2
			}
		}
	}
	return pos
}

// at is the position of the byte i bytes into the buffer.
func (p *expatParser) at(i int) xmlPos { return p.posAfter(p.pos, p.buf[:i]) }

func (p *expatParser) errAt(code, i int) error { return p.expatError(code, p.at(i)) }

// run tokenizes what the buffer holds; with final, the document ends
// with it.
func (p *expatParser) run(final bool) error {
	for len(p.buf) > 0 {
		p.cur = p.pos
		var n int
		var err error
		switch {
		case p.inCDATA:
			n, err = p.cdataText(final)
		case p.buf[0] == '<':
			n, err = p.markup(final)
		case len(p.stack) > 0:
			n, err = p.content(final)
		default:
			n, err = p.outside(final)
		}
		if err != nil {
			return err
		}
		if n < 0 {
			if !final {
				return nil
			}
			return p.incomplete()
		}
		p.advance(n)
	}
	if final {
		if len(p.raw) > 0 {
			// Half a UTF-16 unit is left.
			return p.expatError(xeUnclosedToken, p.pos)
		}
		if p.inCDATA {
			return p.expatError(xeUnclosedCdata, p.pos)
		}
		if err := p.flushText(); err != nil {
			return err
		}
		if !p.rootSeen || len(p.stack) > 0 {
			return p.expatError(xeNoElements, p.pos)
		}
	}
	return nil
}

// incomplete is the error of a construct the final chunk leaves open.
func (p *expatParser) incomplete() error {
	b := p.buf
	switch {
	case b[0] == '&':
		if i := bytes.IndexByte(b, ';'); i < 0 {
			return p.errAt(xeInvalidToken, p.nameEnd(b, 1))
		}
	}
	if !utf8.FullRune(b) {
		return p.errAt(xePartialChar, 0)
	}
	return p.expatError(xeUnclosedToken, p.pos)
}

// outside handles text in the prolog or after the root element: only
// white space may be there.
func (p *expatParser) outside(final bool) (int, error) {
	b := p.buf
	i := 0
	for i < len(b) && isXMLSpace(b[i]) {
		i++
	}
	if i > 0 {
		p.declDone = true
		return i, p.defaultText(string(b[:i]))
	}
	if p.rootClosed {
		if b[0] == '&' {
			return 0, p.errAt(xeInvalidToken, 0)
		}
		return 0, p.errAt(xeJunkAfterDoc, 0)
	}
	r, _ := utf8.DecodeRune(b)
	if isNameStart(r) {
		end := p.nameEnd(b, 0)
		if end == len(b) && !final {
			return -1, nil
		}
		if end < len(b) && !isXMLSpace(b[end]) {
			return 0, p.errAt(xeInvalidToken, end)
		}
		return 0, p.errAt(xeSyntax, 0)
	}
	if strings.IndexByte("[]()|,%", b[0]) >= 0 {
		return 0, p.errAt(xeSyntax, 0)
	}
	return 0, p.errAt(xeInvalidToken, 0)
}

// markup handles a construct starting with '<'; -1: incomplete.
func (p *expatParser) markup(final bool) (int, error) {
	b := p.buf
	if len(b) < 2 {
		return -1, nil
	}
	switch b[1] {
	case '?':
		return p.pi()
	case '!':
		switch {
		case bytes.HasPrefix(b, []byte("<!--")):
			p.declDone = true
			return p.comment()
		case len(b) < 9 && bytes.HasPrefix([]byte("<![CDATA["), b) || len(b) < 9 && bytes.HasPrefix([]byte("<!DOCTYPE"), b) || len(b) < 4:
			return -1, nil
		case bytes.HasPrefix(b, []byte("<![CDATA[")):
			if len(p.stack) == 0 {
				if p.rootClosed {
					return 0, p.errAt(xeJunkAfterDoc, 0)
				}
				return 0, p.errAt(xeInvalidToken, 2)
			}
			return p.cdata()
		case bytes.HasPrefix(b, []byte("<!DOCTYPE")):
			switch {
			case len(p.stack) > 0:
				return 0, p.errAt(xeInvalidToken, 2)
			case p.rootClosed:
				return 0, p.errAt(xeJunkAfterDoc, 0)
			case p.doctypeSeen:
				return 0, p.errAt(xeSyntax, 0)
			}
			p.declDone = true
			return p.doctypeDecl()
		}
		if p.rootClosed && len(p.stack) == 0 {
			return 0, p.errAt(xeJunkAfterDoc, 0)
		}
		if len(p.stack) == 0 {
			return 0, p.errAt(xeSyntax, 0)
		}
		return 0, p.errAt(xeInvalidToken, 2)
	case '/':
		p.declDone = true
		if len(p.stack) == 0 {
			if p.rootClosed {
				return 0, p.errAt(xeJunkAfterDoc, 0)
			}
			return 0, p.errAt(xeInvalidToken, 1)
		}
		return p.endTag()
	}
	p.declDone = true
	if p.rootClosed && len(p.stack) == 0 {
		return 0, p.errAt(xeJunkAfterDoc, 0)
	}
	return p.startTag()
}

// nameEnd is the index after the XML name starting at i (i itself when
// there is none).
func (p *expatParser) nameEnd(b []byte, i int) int {
	first := true
	for i < len(b) {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && !utf8.FullRune(b[i:]) {
			return i
		}
		if first && !isNameStart(r) || !first && !isNameChar(r) {
			return i
		}
		first = false
		i += n
	}
	return i
}

func isXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isNameStart(r rune) bool {
	return r == ':' || r == '_' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 0xC0 && r != 0xD7 && r != 0xF7 && (unicode.IsLetter(r) || r >= 0x2070 && r <= 0xFFFD || r >= 0x10000)
}

func isNameChar(r rune) bool {
	return isNameStart(r) || r == '-' || r == '.' || r >= '0' && r <= '9' || r == 0xB7 || r >= 0x300 && r <= 0x36F || r >= 0x203F && r <= 0x2040 || r >= 0x80 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))
}

func isXMLChar(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// checkChars reports the first byte of b that is not an XML character
// (or part of a bad UTF-8 sequence): its index, or -1.
func checkChars(b []byte) int {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 || !isXMLChar(r) {
			return i
		}
		i += n
	}
	return -1
}

// pi handles <?target data?> and the XML declaration.
func (p *expatParser) pi() (int, error) {
	b := p.buf
	end := bytes.Index(b[2:], []byte("?>"))
	if end < 0 {
		if ne := p.nameEnd(b, 2); ne == 2 && len(b) > 2 {
			return 0, p.errAt(xeInvalidToken, 2)
		}
		return -1, nil
	}
	end += 2
	n := end + 2
	ne := p.nameEnd(b, 2)
	if ne == 2 {
		return 0, p.errAt(xeInvalidToken, 2)
	}
	target := string(b[2:ne])
	if strings.EqualFold(target, "xml") {
		if target != "xml" || p.declDone || p.pos.off > 3 || (p.pos.off > 0 && p.enc == encUTF8 && p.pos.col != 1) {
			return 0, p.errAt(xeMisplacedDecl, 0)
		}
		p.declDone = true
		return n, p.xmlDeclaration(b[ne:end], string(b[:n]))
	}
	p.declDone = true
	data := b[ne:end]
	if len(data) > 0 {
		if !isXMLSpace(data[0]) {
			return 0, p.errAt(xeInvalidToken, ne)
		}
		data = bytes.TrimLeft(data, " \t\r\n")
	}
	if bad := checkChars(data); bad >= 0 {
		return 0, p.errAt(xeInvalidToken, end-len(data)+bad)
	}
	p.curRaw = string(b[:n])
	return n, p.simple(hProcessingInstruction, p.curRaw, target, normalizeNewlines(string(data)))
}

// xmlDeclaration parses the pseudo-attributes of <?xml ...?>.
func (p *expatParser) xmlDeclaration(body []byte, raw string) error {
	var version, encoding string
	standalone := -1
	encAt := 0
	i := 0
	base := 5 // index of body in the buffer
	bad := func() error { return p.errAt(xeXMLDecl, base+i) }
	seen := 0
	for {
		j := i
		for j < len(body) && isXMLSpace(body[j]) {
			j++
		}
		if j == len(body) {
			break
		}
		if j == i {
			return bad()
		}
		i = j
		ne := p.nameEnd(body, i)
		name := string(body[i:ne])
		j = ne
		for j < len(body) && isXMLSpace(body[j]) {
			j++
		}
		if j == len(body) || body[j] != '=' {
			return bad()
		}
		j++
		for j < len(body) && isXMLSpace(body[j]) {
			j++
		}
		if j == len(body) || body[j] != '"' && body[j] != '\'' {
			return bad()
		}
		q := bytes.IndexByte(body[j+1:], body[j])
		if q < 0 {
			return bad()
		}
		valAt := j + 1
		val := string(body[j+1 : j+1+q])
		switch {
		case name == "version" && seen == 0:
			version = val
			seen = 1
		case name == "encoding" && seen == 1:
			encoding, encAt = val, base+valAt
			seen = 2
		case name == "standalone" && seen >= 1 && seen < 3:
			switch val {
			case "yes":
				standalone = 1
			case "no":
				standalone = 0
			default:
				return bad()
			}
			seen = 3
		default:
			return bad()
		}
		i = j + 2 + q
	}
	if seen == 0 {
		return bad()
	}
	p.curRaw = raw
	p.standalone = standalone
	if err := p.xmlDecl(version, encoding, standalone, raw); err != nil {
		return err
	}
	if encoding != "" {
		return p.declaredEncoding(encoding, encAt)
	}
	return nil
}

// declaredEncoding applies an XML declaration's encoding to the rest of
// the input when nothing else decided it.
func (p *expatParser) declaredEncoding(name string, at int) error {
	lower := strings.ToLower(name)
	if p.encoding != "" || p.forceUTF8 {
		return nil
	}
	wide := strings.HasPrefix(lower, "utf-16") || strings.HasPrefix(lower, "utf16")
	if p.unitBytes == 2 {
		if !wide {
			return p.errAt(xeIncorrectEnc, at)
		}
		return nil
	}
	if wide {
		return p.errAt(xeIncorrectEnc, at)
	}
	if lower == "utf-8" || lower == "utf8" {
		return nil
	}
	// The declaration itself is ASCII: re-read what follows it.
	end := bytes.Index(p.buf, []byte("?>")) + 2
	rest := append([]byte(nil), p.buf[end:]...)
	p.buf = p.buf[:end]
	if err := p.useEncoding(name, &rest, p.at(at)); err != nil {
		return err
	}
	return p.feed(rest)
}

// comment handles <!-- ... -->.
func (p *expatParser) comment() (int, error) {
	b := p.buf
	i := bytes.Index(b[4:], []byte("--"))
	if i < 0 {
		return -1, nil
	}
	i += 4
	if i+2 >= len(b) {
		return -1, nil
	}
	if b[i+2] != '>' {
		return 0, p.errAt(xeInvalidToken, i+2)
	}
	if bad := checkChars(b[4:i]); bad >= 0 {
		return 0, p.errAt(xeInvalidToken, 4+bad)
	}
	n := i + 3
	p.curRaw = string(b[:n])
	return n, p.simple(hComment, p.curRaw, normalizeNewlines(string(b[4:i])))
}

func (p *expatParser) cdataStart() error {
	if p.has(hStartCdataSection) {
		return p.call(hStartCdataSection)
	}
	return p.defaultText("<![CDATA[")
}

// cdata handles the start of <![CDATA[ ... ]]>; cdataText the rest.
func (p *expatParser) cdata() (int, error) {
	if err := p.cdataStart(); err != nil {
		return 0, err
	}
	p.inCDATA = true
	return 9, nil
}

// cdataText reports a CDATA section's text as far as it has come, and its
// end.
func (p *expatParser) cdataText(final bool) (int, error) {
	b := p.buf
	i := bytes.Index(b, []byte("]]>"))
	if i < 0 {
		end := len(b)
		if !final {
			end = settledEnd(b)
			if end == 0 {
				return -1, nil
			}
		}
		if bad := checkChars(b[:end]); bad >= 0 {
			return 0, p.errAt(xeInvalidToken, bad)
		}
		if err := p.chars(string(b[:end]), 0, false); err != nil {
			return 0, err
		}
		if final {
			return 0, p.expatError(xeUnclosedCdata, p.at(len(b)))
		}
		return end, nil
	}
	if bad := checkChars(b[:i]); bad >= 0 {
		return 0, p.errAt(xeInvalidToken, bad)
	}
	if err := p.chars(string(b[:i]), 0, false); err != nil {
		return 0, err
	}
	p.inCDATA = false
	if p.has(hEndCdataSection) {
		return i + 3, p.call(hEndCdataSection)
	}
	return i + 3, p.defaultText("]]>")
}

// content handles character data and references inside the root element.
func (p *expatParser) content(final bool) (int, error) {
	b := p.buf
	if b[0] == '&' {
		return p.reference(final)
	}
	end := 0
	for end < len(b) && b[end] != '<' && b[end] != '&' {
		end++
	}
	if end == len(b) && !final {
		end = settledEnd(b)
		if end == 0 {
			return -1, nil
		}
	}
	if i := bytes.Index(b[:end], []byte("]]>")); i >= 0 {
		return 0, p.errAt(xeInvalidToken, i+2)
	}
	if bad := checkChars(b[:end]); bad >= 0 {
		if !utf8.FullRune(b[bad:end]) && end == len(b) {
			return 0, p.errAt(xePartialChar, bad)
		}
		return 0, p.errAt(xeInvalidToken, bad)
	}
	return end, p.chars(string(b[:end]), 0, true)
}

// settledEnd is how much of text b, which more input may continue, can be
// reported now: all but a trailing CR (its LF may follow), "]" or "]]"
// (a "]]>" may follow) and a partial character.
func settledEnd(b []byte) int {
	end := len(b)
	for end > 0 && (b[end-1] == '\r' || b[end-1] == ']' || b[end-1]&0x80 != 0 && !utf8.FullRune(b[lastRuneStart(b[:end]):end])) {
		if b[end-1]&0x80 != 0 {
			end = lastRuneStart(b[:end])
		} else {
			end--
		}
	}
	return end
}

func lastRuneStart(b []byte) int {
	i := len(b) - 1
	for i > 0 && b[i]&0xC0 == 0x80 {
		i--
	}
	return i
}

// chars reports character data s (found i bytes into the buffer) with
// newlines normalized; unless buffer_text is set, each newline is a piece
// of its own, as expat delivers them.
func (p *expatParser) chars(s string, i int, _ bool) error {
	if p.enc != encUTF8 {
		// expat converts other encodings through a buffer of 1024
		// bytes of UTF-8, and reports what each conversion gives.
		for len(s) > expatDataBuf {
			cut := expatDataBuf
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
			if err := p.charsLines(s[:cut]); err != nil {
				return err
			}
			s = s[cut:]
		}
	}
	return p.charsLines(s)
}

// expatDataBuf is the size of expat's conversion buffer (INIT_DATA_BUF_SIZE).
const expatDataBuf = 1024

func (p *expatParser) charsLines(s string) error {
	for len(s) > 0 {
		j := strings.IndexAny(s, "\r\n")
		switch {
		case j < 0:
			return p.charData(s, s)
		case j > 0:
			if err := p.charData(s[:j], s[:j]); err != nil {
				return err
			}
			s = s[j:]
		default:
			n := 1
			if s[0] == '\r' && len(s) > 1 && s[1] == '\n' {
				n = 2
			}
			if err := p.charData("\n", s[:n]); err != nil {
				return err
			}
			s = s[n:]
		}
	}
	return nil
}

// reference handles &name; and &#n; in content.
func (p *expatParser) reference(final bool) (int, error) {
	b := p.buf
	r, n, err := p.refAt(b, 0, final)
	if err != nil || n < 0 {
		return n, err
	}
	raw := string(b[:n])
	p.curRaw = raw
	if r.char {
		return n, p.charData(r.text, raw)
	}
	if r.external {
		return n, p.externalRef(r.name, raw)
	}
	if !r.defined {
		return n, p.skippedEntity(r.name, raw)
	}
	if _, ok := predefinedEntity(r.name); ok {
		return n, p.charData(r.text, raw)
	}
	if !p.expandEntities() {
		return n, p.defaultText(raw)
	}
	return n, p.expandText(r.name, r.text)
}

// expandText reports an internal entity's replacement text as content:
// its character data and references (markup inside an entity is reported
// as text).
func (p *expatParser) expandText(name, text string) error {
	if p.expanding > 32 {
		return p.expatError(xeRecursiveEntity, p.cur)
	}
	p.expanding++
	defer func() { p.expanding-- }()
	for len(text) > 0 {
		i := strings.IndexByte(text, '&')
		if i < 0 {
			return p.chars(text, 0, true)
		}
		if i > 0 {
			if err := p.chars(text[:i], 0, true); err != nil {
				return err
			}
		}
		j := strings.IndexByte(text[i:], ';')
		if j < 0 {
			return p.chars(text[i:], 0, true)
		}
		ref := text[i+1 : i+j]
		if ref == name {
			return p.expatError(xeRecursiveEntity, p.cur)
		}
		if v, ok := predefinedEntity(ref); ok {
			if err := p.charData(v, "&"+ref+";"); err != nil {
				return err
			}
		} else if v, ok := p.entities[ref]; ok {
			if err := p.expandText(ref, v); err != nil {
				return err
			}
		} else if !p.externalDTD {
			return p.expatError(xeUndefinedEntity, p.cur)
		}
		text = text[i+j+1:]
	}
	return nil
}

func predefinedEntity(name string) (string, bool) {
	switch name {
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "amp":
		return "&", true
	case "quot":
		return "\"", true
	case "apos":
		return "'", true
	}
	return "", false
}

type xmlRef struct {
	char, defined, external bool
	name, text              string
}

// refAt parses the reference starting at b[i] ('&'): its length, or -1
// when b ends inside it and more input may come.
func (p *expatParser) refAt(b []byte, i int, final bool) (xmlRef, int, error) {
	start := i
	i++
	if i >= len(b) {
		return xmlRef{}, -1, nil
	}
	if b[i] == '#' {
		i++
		hex := i < len(b) && b[i] == 'x'
		if hex {
			i++
		}
		j := i
		for j < len(b) && (b[j] >= '0' && b[j] <= '9' || hex && (b[j]|0x20 >= 'a' && b[j]|0x20 <= 'f')) {
			j++
		}
		if j == len(b) {
			return xmlRef{}, -1, nil
		}
		if j == i || b[j] != ';' {
			return xmlRef{}, 0, p.errAt(xeInvalidToken, j)
		}
		base := 10
		if hex {
			base = 16
		}
		v, err := strconv.ParseUint(string(b[i:j]), base, 32)
		if err != nil || !isXMLChar(rune(v)) {
			return xmlRef{}, 0, p.errAt(xeBadCharRef, start)
		}
		return xmlRef{char: true, text: string(rune(v))}, j + 1 - start, nil
	}
	ne := p.nameEnd(b, i)
	if ne == len(b) {
		return xmlRef{}, -1, nil
	}
	if ne == i || b[ne] != ';' {
		return xmlRef{}, 0, p.errAt(xeInvalidToken, ne)
	}
	name := string(b[i:ne])
	n := ne + 1 - start
	if v, ok := predefinedEntity(name); ok {
		return xmlRef{defined: true, name: name, text: v}, n, nil
	}
	if v, ok := p.entities[name]; ok {
		return xmlRef{defined: true, name: name, text: v}, n, nil
	}
	if _, ok := p.external[name]; ok {
		return xmlRef{name: name, external: true}, n, nil
	}
	if p.externalDTD {
		return xmlRef{name: name}, n, nil
	}
	return xmlRef{}, 0, p.errAt(xeUndefinedEntity, start)
}

// startTag handles <name attr="value" ...> and <name .../>.
func (p *expatParser) startTag() (int, error) {
	b := p.buf
	ne := p.nameEnd(b, 1)
	if ne == 1 {
		if len(b) > 1 && !utf8.FullRune(b[1:]) {
			return -1, nil
		}
		return 0, p.errAt(xeInvalidToken, 1)
	}
	name := string(b[1:ne])
	var attrs []string // name, value pairs
	var attrAt []int
	i := ne
	empty := false
	for {
		j := i
		for j < len(b) && isXMLSpace(b[j]) {
			j++
		}
		if j == len(b) {
			return -1, nil
		}
		if b[j] == '>' {
			i = j + 1
			break
		}
		if b[j] == '/' {
			if j+1 == len(b) {
				return -1, nil
			}
			if b[j+1] != '>' {
				return 0, p.errAt(xeInvalidToken, j+1)
			}
			i, empty = j+2, true
			break
		}
		if j == i {
			return 0, p.errAt(xeInvalidToken, j)
		}
		an := p.nameEnd(b, j)
		if an == len(b) {
			return -1, nil
		}
		if an == j {
			return 0, p.errAt(xeInvalidToken, j)
		}
		aname := string(b[j:an])
		k := an
		for k < len(b) && isXMLSpace(b[k]) {
			k++
		}
		if k == len(b) {
			return -1, nil
		}
		if b[k] != '=' {
			return 0, p.errAt(xeInvalidToken, k)
		}
		k++
		for k < len(b) && isXMLSpace(b[k]) {
			k++
		}
		if k == len(b) {
			return -1, nil
		}
		if b[k] != '"' && b[k] != '\'' {
			return 0, p.errAt(xeInvalidToken, k)
		}
		val, vend, err := p.attrValue(b, k)
		if err != nil || vend < 0 {
			return vend, err
		}
		for x := 0; x < len(attrs); x += 2 {
			if attrs[x] == aname {
				return 0, p.errAt(xeDuplicateAttr, j)
			}
		}
		attrs = append(attrs, aname, val)
		attrAt = append(attrAt, j)
		i = vend
	}
	raw := string(b[:i])
	p.curRaw = raw
	if p.attlists != nil {
		attrs = p.applyAttlist(name, attrs)
	}
	open := xmlOpen{raw: name, nsMark: len(p.nsBindings)}
	elemName := name
	if p.ns {
		var err error
		if elemName, attrs, err = p.namespaces(name, attrs); err != nil {
			return 0, err
		}
	}
	if !p.rootSeen && !p.doctypeSeen && p.foreignDTD {
		if err := p.externalSubset("", ""); err != nil {
			return 0, err
		}
	}
	p.rootSeen = true
	p.stack = append(p.stack, open)
	if err := p.startElement(elemName, attrs, raw); err != nil {
		return 0, err
	}
	if empty {
		p.cur = p.at(i)
		if err := p.closeElement(elemName, ""); err != nil {
			return 0, err
		}
	}
	return i, nil
}

// attrValue reads the quoted value at b[k]: the normalized value and the
// index after the closing quote (-1: incomplete).
func (p *expatParser) attrValue(b []byte, k int) (string, int, error) {
	q := b[k]
	var out strings.Builder
	i := k + 1
	for {
		if i >= len(b) {
			return "", -1, nil
		}
		c := b[i]
		switch {
		case c == q:
			return out.String(), i + 1, nil
		case c == '<':
			return "", 0, p.errAt(xeInvalidToken, i)
		case c == '&':
			r, n, err := p.refAt(b, i, false)
			if err != nil || n < 0 {
				return "", n, err
			}
			if r.external {
				return "", 0, p.errAt(16, i)
			}
			switch {
			case r.char:
				out.WriteString(r.text)
			case !r.defined:
			case r.name == "lt" || r.name == "gt" || r.name == "amp" || r.name == "quot" || r.name == "apos":
				out.WriteString(r.text)
			default:
				out.WriteString(strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(r.text))
			}
			i += n
		case c == '\r':
			out.WriteByte(' ')
			i++
			if i < len(b) && b[i] == '\n' {
				i++
			}
		case c == '\t' || c == '\n':
			out.WriteByte(' ')
			i++
		default:
			if bad := checkChars(b[i : i+1]); c < 0x80 && bad >= 0 {
				return "", 0, p.errAt(xeInvalidToken, i)
			}
			if c >= 0x80 {
				r, n := utf8.DecodeRune(b[i:])
				if r == utf8.RuneError && n <= 1 {
					if !utf8.FullRune(b[i:]) {
						return "", -1, nil
					}
					return "", 0, p.errAt(xeInvalidToken, i)
				}
				out.Write(b[i : i+n])
				i += n
				continue
			}
			out.WriteByte(c)
			i++
		}
	}
}

// namespaces applies the tag's xmlns declarations and resolves its
// element and attribute names to "uri<sep>local" (with "<sep>prefix" when
// namespace_prefixes is set).
func (p *expatParser) namespaces(name string, attrs []string) (string, []string, error) {
	kept := attrs[:0:0]
	for i := 0; i < len(attrs); i += 2 {
		a, v := attrs[i], attrs[i+1]
		var prefix string
		switch {
		case a == "xmlns":
		case strings.HasPrefix(a, "xmlns:"):
			prefix = a[6:]
			if v == "" {
				return "", nil, p.expatError(xeUndeclPrefix, p.cur)
			}
		default:
			kept = append(kept, a, v)
			continue
		}
		p.nsBindings = append(p.nsBindings, xmlNS{prefix, v})
		if err := p.namespaceDecl(true, prefix, v); err != nil {
			return "", nil, err
		}
	}
	resolve := func(n string, isAttr bool) (string, error) {
		prefix, local, found := strings.Cut(n, ":")
		if !found {
			if isAttr {
				return n, nil
			}
			prefix, local = "", n
		}
		uri, ok := p.lookupNS(prefix)
		if !ok {
			if prefix == "" {
				return n, nil
			}
			return "", p.expatError(xeUnboundPrefix, p.cur)
		}
		if uri == "" {
			return local, nil
		}
		if p.nsPrefixes && prefix != "" {
			return uri + p.nsSep + local + p.nsSep + prefix, nil
		}
		return uri + p.nsSep + local, nil
	}
	elem, err := resolve(name, false)
	if err != nil {
		return "", nil, err
	}
	for i := 0; i < len(kept); i += 2 {
		if kept[i], err = resolve(kept[i], true); err != nil {
			return "", nil, err
		}
	}
	return elem, kept, nil
}

func (p *expatParser) lookupNS(prefix string) (string, bool) {
	for i := len(p.nsBindings) - 1; i >= 0; i-- {
		if p.nsBindings[i].prefix == prefix {
			return p.nsBindings[i].uri, true
		}
	}
	if prefix == "xml" {
		return xmlNamespaceURI, true
	}
	return "", prefix == ""
}

// endTag handles </name>.
func (p *expatParser) endTag() (int, error) {
	b := p.buf
	ne := p.nameEnd(b, 2)
	if ne == len(b) {
		return -1, nil
	}
	if ne == 2 {
		return 0, p.errAt(xeInvalidToken, 2)
	}
	j := ne
	for j < len(b) && isXMLSpace(b[j]) {
		j++
	}
	if j == len(b) {
		return -1, nil
	}
	if b[j] != '>' {
		return 0, p.errAt(xeInvalidToken, j)
	}
	name := string(b[2:ne])
	top := p.stack[len(p.stack)-1]
	if top.raw != name {
		return 0, p.errAt(xeTagMismatch, 2)
	}
	raw := string(b[:j+1])
	p.curRaw = raw
	elem := name
	if p.ns {
		// Resolve before the tag's bindings go.
		prefix, local, found := strings.Cut(name, ":")
		if !found {
			prefix, local = "", name
		}
		if uri, _ := p.lookupNS(prefix); uri != "" {
			elem = uri + p.nsSep + local
			if p.nsPrefixes && prefix != "" {
				elem += p.nsSep + prefix
			}
		}
	}
	return j + 1, p.closeElement(elem, raw)
}

// closeElement reports the end of the innermost element and its
// namespace scope.
func (p *expatParser) closeElement(elem, raw string) error {
	top := p.stack[len(p.stack)-1]
	p.stack = p.stack[:len(p.stack)-1]
	if len(p.stack) == 0 {
		p.rootClosed = true
	}
	if err := p.endElement(elem, raw); err != nil {
		return err
	}
	for len(p.nsBindings) > top.nsMark {
		ns := p.nsBindings[len(p.nsBindings)-1]
		p.nsBindings = p.nsBindings[:len(p.nsBindings)-1]
		if err := p.namespaceDecl(false, ns.prefix, ""); err != nil {
			return err
		}
	}
	return nil
}

func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// doctypeDecl handles <!DOCTYPE name ExternalID? [subset]? >: its
// handlers, its entity and notation declarations, and its tokens for the
// default handler.
func (p *expatParser) doctypeDecl() (int, error) {
	b := p.buf
	end := doctypeEnd(b)
	if end < 0 {
		return -1, nil
	}
	p.doctypeSeen = true
	toks := dtdTokens(string(b[:end]))
	report := !p.has(hStartDoctypeDecl)
	def := func(t string) error {
		if report {
			return p.defaultText(t)
		}
		return nil
	}
	// Header: <!DOCTYPE, name, external id, up to '[' or '>'.
	var words []string
	var wordAt []int
	k, off := 0, 0
	// tok moves the current position to toks[k] and past it.
	tok := func(k int) string {
		p.cur = p.at(off)
		off += len(toks[k])
		return toks[k]
	}
	for ; k < len(toks); k++ {
		if toks[k] == "[" || toks[k] == ">" {
			break
		}
		at := off
		t := tok(k)
		if err := def(t); err != nil {
			return 0, err
		}
		if t[0] != ' ' && t[0] != '\t' && t[0] != '\n' && t[0] != '\r' {
			words = append(words, t)
			wordAt = append(wordAt, at)
		}
	}
	if len(words) < 2 {
		return 0, p.errAt(xeSyntax, 0)
	}
	name := words[1]
	var sysid, pubid string
	if len(words) >= 4 && words[2] == "SYSTEM" {
		sysid = unquote(words[3])
	} else if len(words) >= 5 && words[2] == "PUBLIC" {
		pubid, sysid = unquote(words[3]), unquote(words[4])
	}
	if sysid != "" {
		p.externalDTD = true
	}
	internal := k < len(toks) && toks[k] == "["
	p.curRaw = string(b[:end])
	if sysid != "" {
		p.cur = p.at(wordAt[len(wordAt)-1])
		if err := p.notStandalone(); err != nil {
			return 0, err
		}
	}
	if err := p.doctype(true, name, sysid, pubid, internal); err != nil {
		return 0, err
	}
	for ; k < len(toks); k++ {
		t := tok(k)
		if err := def(t); err != nil {
			return 0, err
		}
		switch {
		case strings.HasPrefix(t, "<!ENTITY"), strings.HasPrefix(t, "<!NOTATION"), strings.HasPrefix(t, "<!ATTLIST"), strings.HasPrefix(t, "<!ELEMENT"):
			// Collect the declaration's words up to its '>'.
			decl := []string{t}
			for k+1 < len(toks) && toks[k] != ">" {
				k++
				if err := def(tok(k)); err != nil {
					return 0, err
				}
				if c := toks[k][0]; c != ' ' && c != '\t' && c != '\n' && c != '\r' {
					decl = append(decl, toks[k])
				}
			}
			if err := p.markupDecl(decl); err != nil {
				return 0, err
			}
		case strings.HasPrefix(t, "<!--"):
			if p.has(hComment) {
				if err := p.call(hComment, optStr(t[4:len(t)-3])); err != nil {
					return 0, err
				}
			}
		case t[0] == '%':
			p.externalDTD = true
			if err := p.notStandalone(); err != nil {
				return 0, err
			}
		}
	}
	if sysid != "" {
		if err := p.externalSubset(sysid, pubid); err != nil {
			return 0, err
		}
	}
	return end, p.doctype(false, "", "", "", false)
}

// markupDecl records an <!ENTITY ...> or <!NOTATION ...> declaration
// given as its words (the keyword first, '>' last).
func (p *expatParser) markupDecl(w []string) error {
	if len(w) > 0 && w[len(w)-1] == ">" {
		w = w[:len(w)-1]
	}
	if w[0] == "<!ATTLIST" {
		return p.attlistDecl(w[1:])
	}
	if w[0] == "<!ELEMENT" {
		return p.elementDecl(w[1:])
	}
	if w[0] == "<!NOTATION" {
		if len(w) >= 4 && w[2] == "SYSTEM" {
			return p.notationDecl(w[1], unquote(w[3]), "")
		}
		if len(w) >= 4 && w[2] == "PUBLIC" {
			sys := ""
			if len(w) >= 5 {
				sys = unquote(w[4])
			}
			return p.notationDecl(w[1], sys, unquote(w[3]))
		}
		return nil
	}
	param := len(w) > 1 && w[1] == "%"
	if param {
		w = append(w[:1:1], w[2:]...)
	}
	if len(w) < 3 {
		return nil
	}
	name := w[1]
	if w[2] != "SYSTEM" && w[2] != "PUBLIC" {
		value := expandCharRefs(unquote(w[2]))
		if !param {
			if _, dup := p.entities[name]; !dup {
				if p.entities == nil {
					p.entities = map[string]string{}
				}
				p.entities[name] = value
			}
		}
		return p.entityDecl(name, param, value, true, "", "", "")
	}
	var sysid, pubid, notation string
	rest := w[3:]
	if w[2] == "PUBLIC" && len(rest) > 0 {
		pubid, rest = unquote(rest[0]), rest[1:]
	}
	if len(rest) > 0 {
		sysid, rest = unquote(rest[0]), rest[1:]
	}
	if len(rest) >= 2 && rest[0] == "NDATA" {
		notation = rest[1]
	}
	if !param && notation == "" {
		if _, dup := p.entities[name]; !dup {
			if p.external == nil {
				p.external = map[string][2]string{}
			}
			if _, dup := p.external[name]; !dup {
				p.external[name] = [2]string{sysid, pubid}
			}
		}
	}
	return p.entityDecl(name, param, "", false, sysid, pubid, notation)
}

// attlistDecl records an ATTLIST's attribute types and defaults (w: the
// element name, then the declarations' words).
func (p *expatParser) attlistDecl(w []string) error {
	if len(w) == 0 {
		return nil
	}
	elem := w[0]
	for i := 1; i < len(w); {
		def := xmlAttDef{name: w[i]}
		i++
		if i >= len(w) {
			return nil
		}
		typ := w[i]
		switch typ {
		case "(", "NOTATION":
			def.tokenized = true
			start := i
			for i < len(w) && w[i] != ")" {
				i++
			}
			i++
			typ = strings.Join(w[start:min(i, len(w))], "")
			if strings.HasPrefix(typ, "NOTATION") {
				typ = "NOTATION" + typ[8:]
			}
		default:
			def.tokenized = typ != "CDATA"
			i++
		}
		if i >= len(w) {
			return nil
		}
		required := false
		switch w[i] {
		case "#REQUIRED", "#IMPLIED":
			required = w[i] == "#REQUIRED"
			i++
		case "#FIXED":
			required = true // expat reports a fixed value as required
			i++
			if i < len(w) {
				def.value, def.hasDefault = expandCharRefs(unquote(w[i])), true
				i++
			}
		default:
			def.value, def.hasDefault = expandCharRefs(unquote(w[i])), true
			i++
		}
		if def.tokenized {
			def.value = strings.Join(strings.Fields(def.value), " ")
		}
		if p.attlists == nil {
			p.attlists = map[string][]xmlAttDef{}
		}
		known := false
		for _, d := range p.attlists[elem] {
			known = known || d.name == def.name
		}
		if !known {
			p.attlists[elem] = append(p.attlists[elem], def)
		}
		if err := p.attlistHandler(elem, def.name, typ, def.value, def.hasDefault, required); err != nil {
			return err
		}
	}
	return nil
}

// elementDecl reports <!ELEMENT name model> to ElementDeclHandler, the
// model as pyexpat's (type, quantifier, name, children) tuples.
func (p *expatParser) elementDecl(w []string) error {
	if len(w) < 2 || !p.has(hElementDecl) {
		return nil
	}
	m, _ := parseContentModel(w[1:], 0)
	return p.call(hElementDecl, p.name(w[0]), m.value(p))
}

// xmlModel is a content model node (XML_Content).
type xmlModel struct {
	typ, quant int
	name       string
	children   []xmlModel
}

func (m xmlModel) value(p *expatParser) object.Value {
	kids := make([]object.Value, len(m.children))
	for i, c := range m.children {
		kids[i] = c.value(p)
	}
	name := object.None
	if m.name != "" {
		name = p.name(m.name)
	}
	return object.TupleValue(object.Int(int64(m.typ)), object.Int(int64(m.quant)), name, object.TupleValue(kids...))
}

// parseContentModel parses the model at w[i]: EMPTY, ANY, (#PCDATA|...)*
// or a group of names, with their quantifiers.
func parseContentModel(w []string, i int) (xmlModel, int) {
	quant := func(m *xmlModel, i int) int {
		if i < len(w) {
			switch w[i] {
			case "?":
				m.quant = 1
				return i + 1
			case "*":
				m.quant = 2
				return i + 1
			case "+":
				m.quant = 3
				return i + 1
			}
		}
		return i
	}
	if i >= len(w) {
		return xmlModel{}, i
	}
	switch w[i] {
	case "EMPTY":
		return xmlModel{typ: 1}, i + 1
	case "ANY":
		return xmlModel{typ: 2}, i + 1
	case "(":
		m := xmlModel{typ: 6}
		i++
		for i < len(w) && w[i] != ")" {
			switch w[i] {
			case "|":
				if m.typ != 3 {
					m.typ = 5
				}
				i++
			case ",":
				i++
			case "#PCDATA":
				m.typ = 3
				i++
			default:
				var c xmlModel
				c, i = parseContentModel(w, i)
				m.children = append(m.children, c)
			}
		}
		i = quant(&m, i+1)
		if m.typ == 3 && len(m.children) == 0 {
			m.quant = 0
		}
		return m, i
	}
	c := xmlModel{typ: 4, name: w[i]}
	return c, quant(&c, i+1)
}

// applyAttlist normalizes the values of tokenized attributes and adds the
// declared defaults of the element's missing attributes.
func (p *expatParser) applyAttlist(elem string, attrs []string) []string {
	defs := p.attlists[elem]
	for _, d := range defs {
		found := false
		for i := 0; i < len(attrs); i += 2 {
			if attrs[i] == d.name {
				found = true
				if d.tokenized {
					attrs[i+1] = collapseSpaces(strings.Trim(attrs[i+1], " "))
				}
			}
		}
		if !found && d.hasDefault && !p.specified {
			attrs = append(attrs, d.name, d.value)
		}
	}
	return attrs
}

// collapseSpaces replaces runs of spaces by one.
func collapseSpaces(s string) string {
	for strings.Contains(s, "  ") {
		s = strings.ReplaceAll(s, "  ", " ")
	}
	return s
}

// expandCharRefs replaces the character references of an entity value.
func expandCharRefs(s string) string {
	if !strings.Contains(s, "&#") {
		return s
	}
	var out strings.Builder
	for {
		i := strings.Index(s, "&#")
		if i < 0 {
			out.WriteString(s)
			return out.String()
		}
		j := strings.IndexByte(s[i:], ';')
		if j < 0 {
			out.WriteString(s)
			return out.String()
		}
		out.WriteString(s[:i])
		ref := s[i+2 : i+j]
		base := 10
		if strings.HasPrefix(ref, "x") {
			base, ref = 16, ref[1:]
		}
		if v, err := strconv.ParseUint(ref, base, 32); err == nil && isXMLChar(rune(v)) {
			out.WriteRune(rune(v))
		} else {
			out.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// doctypeEnd is the index after the DOCTYPE declaration's closing '>',
// or -1 when b ends first.
func doctypeEnd(b []byte) int {
	depth := 0
	for i := 9; i < len(b); i++ {
		switch c := b[i]; c {
		case '"', '\'':
			j := bytes.IndexByte(b[i+1:], c)
			if j < 0 {
				return -1
			}
			i += j + 1
		case '[':
			depth++
		case ']':
			depth--
		case '<':
			if bytes.HasPrefix(b[i:], []byte("<!--")) {
				j := bytes.Index(b[i+4:], []byte("-->"))
				if j < 0 {
					return -1
				}
				i += j + 6
			} else if bytes.HasPrefix(b[i:], []byte("<?")) {
				j := bytes.Index(b[i+2:], []byte("?>"))
				if j < 0 {
					return -1
				}
				i += j + 3
			}
		case '>':
			if depth <= 0 {
				return i + 1
			}
		}
	}
	return -1
}

// dtdTokens splits a DOCTYPE declaration the way expat's prolog tokenizer
// hands it to a default handler: keywords with their "<!", white-space
// runs, names, literals, brackets, '>' and whole comments and PIs.
func dtdTokens(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := s[i]
		j := i + 1
		switch {
		case isXMLSpace(c):
			for j < len(s) && isXMLSpace(s[j]) {
				j++
			}
		case c == '"' || c == '\'':
			j = i + 1 + strings.IndexByte(s[i+1:], c) + 1
		case strings.HasPrefix(s[i:], "<!--"):
			j = i + 4 + strings.Index(s[i+4:], "-->") + 3
		case strings.HasPrefix(s[i:], "<?"):
			j = i + 2 + strings.Index(s[i+2:], "?>") + 2
		case strings.HasPrefix(s[i:], "<!"):
			j = i + 2
			for j < len(s) && s[j] >= 'A' && s[j] <= 'Z' {
				j++
			}
		case strings.IndexByte("[]>()|,*?+", c) >= 0:
		case c == '%':
			if k := strings.IndexByte(s[i:], ';'); k > 0 && !strings.ContainsAny(s[i:i+k], " \t\r\n") {
				j = i + k + 1
			}
		default:
			for j < len(s) && !isXMLSpace(s[j]) && strings.IndexByte("[]>()|,*?+\"'<", s[j]) < 0 {
				j++
			}
		}
		toks = append(toks, s[i:j])
		i = j
	}
	return toks
}

// context is the text of the construct being reported, for
// GetInputContext.
func (p *expatParser) context() string { return p.curRaw }
