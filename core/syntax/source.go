package syntax

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
)

// codingRE is PEP 263's coding declaration.
var codingRE = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// Decode turns source bytes into UTF-8 with "\n" line endings as CPython's
// tokenizer does: a UTF-8 BOM is dropped, a coding cookie on line 1 or 2
// selects the encoding (UTF-8 by default), and "\r\n" and "\r" become "\n".
func Decode(filename string, src []byte) ([]byte, error) {
	bom := bytes.HasPrefix(src, []byte("\xef\xbb\xbf"))
	if bom {
		src = src[3:]
	}
	enc := ""
	rest := src
	for i := 0; i < 2 && len(rest) > 0; i++ {
		line := rest
		if j := bytes.IndexByte(rest, '\n'); j >= 0 {
			line, rest = rest[:j], rest[j+1:]
		} else {
			rest = nil
		}
		if m := codingRE.FindSubmatch(line); m != nil {
			enc = string(m[1])
			break
		}
		// Only a blank or comment-only first line lets line 2 carry the cookie.
		if t := bytes.TrimLeft(line, " \t\f\r"); len(t) > 0 && t[0] != '#' {
			break
		}
	}
	if enc != "" {
		name := normEncoding(enc)
		if bom && !isUTF8Name(enc) {
			return nil, &Error{Kind: "SyntaxError", Msg: fmt.Sprintf("encoding problem: %s with BOM", enc), Filename: filename}
		}
		if name != "utf-8" {
			e := lookupEncoding(name)
			if e == nil {
				return nil, &Error{Kind: "SyntaxError", Msg: "unknown encoding: " + enc, Filename: filename, Offset: -1}
			}
			var out []byte
			var err error
			if cm, ok := e.(*charmap.Charmap); ok {
				out = decodeCharmap(cm, src)
			} else {
				out, err = e.NewDecoder().Bytes(src)
			}
			if err != nil {
				return nil, &Error{Kind: "SyntaxError", Msg: fmt.Sprintf("(unicode error) '%s' codec can't decode source", enc), Filename: filename}
			}
			src = out
		}
	}
	// Without a declared encoding CPython does not validate UTF-8 up front:
	// comments may hold any bytes, and string literals and identifiers are
	// checked when they are decoded (see utf8Problem).
	return normalizeNewlines(src), nil
}

// normalizeNewlines turns "\r\n" and "\r" into "\n".
func normalizeNewlines(src []byte) []byte {
	if bytes.IndexByte(src, '\r') >= 0 {
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
		src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	}
	return src
}

// isUTF8Name is CPython's get_normal_name test for UTF-8, which is all a
// BOM may be combined with.
func isUTF8Name(enc string) bool {
	e := strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
	return e == "utf-8" || strings.HasPrefix(e, "utf-8-")
}

// normEncoding canonicalises a codec name the way CPython's tokenizer
// (get_normal_name) and codec registry do for the common spellings.
func normEncoding(enc string) string {
	e := strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
	switch {
	case e == "utf-8" || strings.HasPrefix(e, "utf-8-") || e == "utf8":
		return "utf-8"
	case e == "latin-1" || e == "iso-8859-1" || e == "iso-latin-1" || strings.HasPrefix(e, "latin-1-") ||
		strings.HasPrefix(e, "iso-8859-1-") || strings.HasPrefix(e, "iso-latin-1-") || e == "latin1" || e == "l1":
		return "iso-8859-1"
	case e == "ascii" || e == "us-ascii":
		return "ascii"
	}
	return e
}

// decodeCharmap decodes a single-byte encoding; bytes the charmap leaves
// undefined (the C1 range of ISO-8859 tables) map to the same code point,
// as Python's codecs do.
func decodeCharmap(cm *charmap.Charmap, src []byte) []byte {
	out := make([]byte, 0, len(src))
	for _, b := range src {
		r := cm.DecodeByte(b)
		if r == utf8.RuneError && b >= 0x80 && b < 0xA0 {
			r = rune(b)
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

func lookupEncoding(name string) encoding.Encoding {
	switch name {
	case "iso-8859-1":
		return charmap.ISO8859_1
	case "ascii":
		return asciiEncoding{}
	}
	// Python's codec registry ignores case and treats '-' and '_' alike.
	for _, n := range []string{name, strings.ReplaceAll(name, "-", "_")} {
		if e, err := htmlindex.Get(n); err == nil && e != nil {
			return e
		}
		if e, err := ianaindex.IANA.Encoding(n); err == nil && e != nil {
			return e
		}
	}
	if strings.HasPrefix(name, "cp") {
		if e, err := ianaindex.IANA.Encoding("windows-" + name[2:]); err == nil && e != nil {
			return e
		}
	}
	return nil
}

// asciiEncoding accepts only 7-bit bytes.
type asciiEncoding struct{ encoding.Encoding }

func (asciiEncoding) NewDecoder() *encoding.Decoder {
	return &encoding.Decoder{Transformer: asciiChecker{}}
}

type asciiChecker struct{}

func (asciiChecker) Transform(dst, src []byte, atEOF bool) (int, int, error) {
	n := copy(dst, src)
	for i := 0; i < n; i++ {
		if src[i] >= 0x80 {
			return i, i, fmt.Errorf("non-ascii byte")
		}
	}
	if n < len(src) {
		return n, n, errShortDst
	}
	return n, n, nil
}

func (asciiChecker) Reset() {}

var errShortDst = fmt.Errorf("short destination buffer")

// utf8Problem describes the first invalid UTF-8 sequence of b as
// Python's UTF-8 codec does ("can't decode byte 0xf6 in position 1: invalid
// start byte"), or returns "" when b is valid.
func utf8Problem(b string) string {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		if r, size := utf8.DecodeRuneInString(b[i:]); r != utf8.RuneError || size > 1 {
			i += size
			continue
		}
		reason, end := "invalid start byte", i
		need := 0
		lo, hi := byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 1
		case c >= 0xE0 && c <= 0xEF:
			need = 2
			if c == 0xE0 {
				lo = 0xA0
			} else if c == 0xED {
				hi = 0x9F
			}
		case c >= 0xF0 && c <= 0xF4:
			need = 3
			if c == 0xF0 {
				lo = 0x90
			} else if c == 0xF4 {
				hi = 0x8F
			}
		}
		if need > 0 {
			reason = "invalid continuation byte"
			k := 1
			for ; k <= need && i+k < len(b); k++ {
				cc := b[i+k]
				if k == 1 && (cc < lo || cc > hi) || k > 1 && (cc < 0x80 || cc > 0xBF) {
					break
				}
			}
			if i+k >= len(b) && k <= need {
				reason = "unexpected end of data"
			}
			end = i + k - 1
		}
		if end == i {
			return fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", c, i, reason)
		}
		return fmt.Sprintf("(unicode error) 'utf-8' codec can't decode bytes in position %d-%d: %s", i, end, reason)
	}
	return ""
}

// CheckScript applies the check CPython makes only when it runs a file as
// the main script (python file.py): without a BOM or coding cookie the
// whole file, comments included, must be UTF-8. The error has no position
// (CPython prints just the message, and names line N+1 for a bad byte on
// line N). Imports and compile() skip this check; Parse then reports bad
// bytes where they are decoded.
func CheckScript(filename string, src []byte) error {
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) || utf8.Valid(src) {
		return nil
	}
	rest := src
	for i := 0; i < 2 && len(rest) > 0; i++ {
		line := rest
		if j := bytes.IndexByte(rest, '\n'); j >= 0 {
			line, rest = rest[:j], rest[j+1:]
		} else {
			rest = nil
		}
		if codingRE.Match(line) {
			return nil
		}
		if t := bytes.TrimLeft(line, " \t\f\r"); len(t) > 0 && t[0] != '#' {
			break
		}
	}
	line := 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return &Error{Kind: "SyntaxError", Filename: filename, Offset: -1,
				Msg: fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://python.org/dev/peps/pep-0263/ for details", src[i], filename, line+1)}
		}
		if r == '\n' {
			line++
		}
		i += size
	}
	return nil
}
