package object

import (
	"fmt"
)

// The one-byte codecs (latin-1, ascii, charmap) and the escape codecs
// (unicode_escape, raw_unicode_escape, and bytes' escape_encode/decode).

// EncodeLatin1 is str.encode('latin-1', errors).
func EncodeLatin1(src Value, errors string) ([]byte, error) {
	return encodeUCS1(src, errors, 0x100)
}

// EncodeASCII is str.encode('ascii', errors).
func EncodeASCII(src Value, errors string) ([]byte, error) {
	return encodeUCS1(src, errors, 0x80)
}

// encodeUCS1 is CPython's unicode_encode_ucs1: code points below limit
// are one byte each; runs of others go to the error handler together.
func encodeUCS1(src Value, errors string, limit rune) ([]byte, error) {
	s := Unwrap(src).o.(*Str)
	if s.isASCII() {
		return []byte(s.S), nil
	}
	codec, reason := "latin-1", "ordinal not in range(256)"
	if limit == 0x80 {
		codec, reason = "ascii", "ordinal not in range(128)"
	}
	rs := s.runeSlice()
	out := make([]byte, 0, len(rs))
	var e *encodeErrors
	for i := 0; i < len(rs); {
		if rs[i] < limit {
			out = append(out, byte(rs[i]))
			i++
			continue
		}
		end := i + 1
		for end < len(rs) && rs[end] >= limit {
			end++
		}
		if e == nil {
			e = newEncodeErrors(codec, errors, src, rs)
		}
		start := i
		if e.kind == ehSurrogateEscape {
			for start < end && rs[start] >= 0xDC80 && rs[start] <= 0xDCFF {
				out = append(out, byte(rs[start]-0xDC00))
				start++
			}
			if start == end {
				i = end
				continue
			}
		}
		rep, err := e.call(reason, start, end)
		if err != nil {
			return nil, err
		}
		if rep.isBytes {
			out = append(out, rep.b...)
		} else {
			for _, c := range rep.rs {
				if c >= limit {
					return nil, e.exception(start, end, reason)
				}
				out = append(out, byte(c))
			}
		}
		i = rep.pos
	}
	return out, nil
}

// DecodeLatin1 decodes ISO-8859-1: every byte is its code point.
func DecodeLatin1(data []byte) string {
	for _, c := range data {
		if c >= 0x80 {
			return latin1(data)
		}
	}
	return string(data)
}

// DecodeASCII decodes ASCII; bytes from 0x80 are errors, one at a time.
func DecodeASCII(data []byte, errors string) (string, error) {
	i := 0
	for i < len(data) && data[i] < 0x80 {
		i++
	}
	if i == len(data) {
		return string(data), nil
	}
	out := append(make([]byte, 0, len(data)), data[:i]...)
	e := newDecodeErrors("ascii", errors, data)
	for i < len(data) {
		if c := data[i]; c < 0x80 {
			out = append(out, c)
			i++
			continue
		}
		rs, pos, nd, err := e.call("ordinal not in range(128)", i, i+1)
		if err != nil {
			return "", err
		}
		data = nd
		for _, r := range rs {
			out = appendRune(out, r)
		}
		i = pos
	}
	return string(out), nil
}

// EncodingMap is the encoding table codecs.charmap_build makes from a
// 256-character decoding table (CPython's EncodingMap).
type EncodingMap struct {
	m              map[rune]byte
	count2, count3 int
}

// EncodingMapType is the type of charmap_build's tables.
var EncodingMapType = newBuiltinType("EncodingMap", ObjectType)

func init() {
	EncodingMapType.final = true
	EncodingMapType.addMethod("size", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("size", args, kw); err != nil {
			return Null, err
		}
		m := self.o.(*EncodingMap)
		return Int(int64(32 + 16*m.count2 + 128*m.count3 + 8)), nil
	})
}

// Type returns EncodingMapType.
func (m *EncodingMap) Type() *Type { return EncodingMapType }

// CharmapBuild is codecs.charmap_build(decoding_table): an EncodingMap
// when the table is one CPython's compact form holds, else a dict
// {code point: byte}.
func CharmapBuild(table string) Value {
	rs := decodeRunes(table)
	needDict := len(rs) != 256 || rs[0] != 0
	var l1, l2 [1 << 11]bool
	count2, count3 := 0, 0
	for i := 1; !needDict && i < len(rs); i++ {
		c := rs[i]
		if c == 0 || c > 0xFFFF {
			needDict = true
			break
		}
		if c == 0xFFFE {
			continue
		}
		if !l1[c>>11] {
			l1[c>>11] = true
			count2++
		}
		if !l2[c>>7] {
			l2[c>>7] = true
			count3++
		}
	}
	if count2 >= 0xFF || count3 >= 0xFF {
		needDict = true
	}
	if needDict {
		d := NewDict(len(rs))
		for i, c := range rs {
			d.Set(Int(int64(c)), Int(int64(i)))
		}
		return FromObject(d)
	}
	m := &EncodingMap{m: make(map[rune]byte, 256), count2: count2, count3: count3}
	for i, c := range rs {
		if c != 0xFFFE {
			m.m[c] = byte(i)
		}
	}
	return FromObject(m)
}

// charmapLookup maps one code point through an encoding mapping: the
// bytes, or ok false when it maps to nothing.
func charmapLookup(mapping Value, r rune) (b []byte, ok bool, err error) {
	if m, isMap := mapping.o.(*EncodingMap); isMap {
		c, ok := m.m[r]
		return []byte{c}, ok, nil
	}
	v, err := GetItem(mapping, Int(int64(r)))
	if err != nil {
		if ExceptionMatches(err, LookupError) {
			return nil, false, nil
		}
		return nil, false, err
	}
	switch {
	case v.IsNone():
		return nil, false, nil
	case v.IsInt():
		n := v.RawInt()
		if n < 0 || n > 255 {
			return nil, false, Errorf(TypeError, "character mapping must be in range(256)")
		}
		return []byte{byte(n)}, true, nil
	}
	if bb, ok := Unwrap(v).o.(*Bytes); ok {
		return bb.B, true, nil
	}
	if _, big := v.o.(*BigInt); big {
		return nil, false, Errorf(TypeError, "character mapping must be in range(256)")
	}
	return nil, false, Errorf(TypeError, "character mapping must return integer, bytes or None, not %s", TypeOf(v).Name)
}

// EncodeCharmap is codecs.charmap_encode(str, errors, mapping): None means
// latin-1.
func EncodeCharmap(src Value, errors string, mapping Value) ([]byte, error) {
	if mapping.IsNull() || mapping.IsNone() {
		return EncodeLatin1(src, errors)
	}
	s := Unwrap(src).o.(*Str)
	rs := strRunes(s)
	out := make([]byte, 0, len(rs))
	var e *encodeErrors
	const reason = "character maps to <undefined>"
	for i := 0; i < len(rs); {
		b, ok, err := charmapLookup(mapping, rs[i])
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, b...)
			i++
			continue
		}
		end := i + 1
		for end < len(rs) {
			_, ok, err := charmapLookup(mapping, rs[end])
			if err != nil {
				return nil, err
			}
			if ok {
				break
			}
			end++
		}
		if e == nil {
			e = newEncodeErrors("charmap", errors, src, rs)
		}
		rep, err := e.call(reason, i, end)
		if err != nil {
			return nil, err
		}
		if rep.isBytes {
			out = append(out, rep.b...)
		} else {
			for _, c := range rep.rs {
				b, ok, err := charmapLookup(mapping, c)
				if err != nil {
					return nil, err
				}
				if !ok {
					return nil, e.exception(i, end, reason)
				}
				out = append(out, b...)
			}
		}
		i = rep.pos
	}
	return out, nil
}

// DecodeCharmap is codecs.charmap_decode(data, errors, mapping): a str
// table (U+FFFE for unmapped bytes), a mapping of byte values, or None
// for latin-1.
func DecodeCharmap(data []byte, errors string, mapping Value) (string, error) {
	if mapping.IsNull() || mapping.IsNone() {
		return DecodeLatin1(data), nil
	}
	var table []rune
	if s, ok := mapping.o.(*Str); ok {
		table = strRunes(s)
	}
	out := make([]byte, 0, len(data))
	var e *decodeErrors
	const reason = "character maps to <undefined>"
	for i := 0; i < len(data); {
		c := data[i]
		if table != nil {
			if int(c) < len(table) && table[c] != 0xFFFE {
				out = appendRune(out, table[c])
				i++
				continue
			}
		} else {
			v, err := GetItem(mapping, Int(int64(c)))
			mapped := false
			switch {
			case err != nil:
				if !ExceptionMatches(err, LookupError) {
					return "", err
				}
			case v.IsNone():
			case v.IsInt() || v.IsBool():
				n := v.RawInt()
				if n < 0 || n > 0x10FFFF {
					return "", Errorf(TypeError, "character mapping must be in range(0x110000)")
				}
				if n != 0xFFFE {
					out = appendRune(out, rune(n))
					mapped = true
				}
			default:
				s, ok := Unwrap(v).o.(*Str)
				if !ok {
					if _, big := v.o.(*BigInt); big {
						return "", Errorf(TypeError, "character mapping must be in range(0x110000)")
					}
					return "", Errorf(TypeError, "character mapping must return integer, None or str")
				}
				if s.S != "\uFFFE" {
					out = append(out, s.S...)
					mapped = true
				}
			}
			if mapped {
				i++
				continue
			}
		}
		if e == nil {
			e = newDecodeErrors("charmap", errors, data)
		}
		var err error
		if out, data, i, err = e.handle(out, reason, i, i+1); err != nil {
			return "", err
		}
	}
	return string(out), nil
}

const hexDigits = "0123456789abcdef"

// EncodeUnicodeEscape is the unicode_escape encoder (never fails).
func EncodeUnicodeEscape(s *Str) []byte {
	out := make([]byte, 0, len(s.S)+8)
	for i := 0; i < len(s.S); {
		r, n := decodeRune(s.S[i:])
		i += n
		switch {
		case r >= 0x10000:
			out = append(out, '\\', 'U')
			for sh := 28; sh >= 0; sh -= 4 {
				out = append(out, hexDigits[r>>uint(sh)&15])
			}
		case r >= 0x100:
			out = append(out, '\\', 'u', hexDigits[r>>12], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
		case r == '\\':
			out = append(out, '\\', '\\')
		case r == '\t':
			out = append(out, '\\', 't')
		case r == '\n':
			out = append(out, '\\', 'n')
		case r == '\r':
			out = append(out, '\\', 'r')
		case r < ' ' || r >= 0x7F:
			out = append(out, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
		default:
			out = append(out, byte(r))
		}
	}
	return out
}

// EncodeRawUnicodeEscape is the raw_unicode_escape encoder.
func EncodeRawUnicodeEscape(s *Str) []byte {
	out := make([]byte, 0, len(s.S))
	for i := 0; i < len(s.S); {
		r, n := decodeRune(s.S[i:])
		i += n
		switch {
		case r >= 0x10000:
			out = append(out, '\\', 'U')
			for sh := 28; sh >= 0; sh -= 4 {
				out = append(out, hexDigits[r>>uint(sh)&15])
			}
		case r >= 0x100:
			out = append(out, '\\', 'u', hexDigits[r>>12], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
		default:
			out = append(out, byte(r))
		}
	}
	return out
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// DecodeUnicodeEscape is the unicode_escape decoder. The first invalid
// escape (kept as is) is reported through Warn as a DeprecationWarning.
func DecodeUnicodeEscape(data []byte, errors string, final bool) (string, int, error) {
	out := make([]byte, 0, len(data))
	var e *decodeErrors
	firstInvalid := -1
	i := 0
	for i < len(data) {
		c := data[i]
		i++
		if c != '\\' {
			out = appendRune(out, rune(c))
			continue
		}
		start := i - 1
		var reason string
		incomplete := false
		if i >= len(data) {
			reason, incomplete = "\\ at end of string", true
		} else {
			c = data[i]
			i++
			count := 0
			switch c {
			case '\n':
				continue
			case '\\', '\'', '"':
				out = append(out, c)
				continue
			case 'b':
				out = append(out, '\b')
				continue
			case 'f':
				out = append(out, '\f')
				continue
			case 't':
				out = append(out, '\t')
				continue
			case 'n':
				out = append(out, '\n')
				continue
			case 'r':
				out = append(out, '\r')
				continue
			case 'v':
				out = append(out, '\v')
				continue
			case 'a':
				out = append(out, '\a')
				continue
			case '0', '1', '2', '3', '4', '5', '6', '7':
				r := rune(c - '0')
				for k := 0; k < 2 && i < len(data) && data[i] >= '0' && data[i] <= '7'; k++ {
					r = r<<3 + rune(data[i]-'0')
					i++
				}
				out = appendRune(out, r)
				continue
			case 'x':
				count, reason = 2, "truncated \\xXX escape"
			case 'u':
				count, reason = 4, "truncated \\uXXXX escape"
			case 'U':
				count, reason = 8, "truncated \\UXXXXXXXX escape"
			case 'N':
				reason = "malformed \\N character escape"
				if i >= len(data) {
					incomplete = true
					break
				}
				if data[i] == '{' {
					i++
					nameStart := i
					for i < len(data) && data[i] != '}' {
						i++
					}
					if i >= len(data) {
						incomplete = true
						break
					}
					if i > nameStart {
						name := string(data[nameStart:i])
						i++
						if r, ok := UnicodeLookup(name); ok {
							out = appendRune(out, r)
							continue
						}
						reason = "unknown Unicode character name"
					}
				}
			default:
				if firstInvalid < 0 {
					firstInvalid = i - 1
				}
				out = append(out, '\\')
				out = appendRune(out, rune(c))
				continue
			}
			if count > 0 {
				r, next, short, bad := readHexEscape(data, i, count)
				i, incomplete = next, incomplete || short
				if !incomplete && !bad {
					if r <= 0x10FFFF {
						out = appendRune(out, r)
						continue
					}
					reason = "illegal Unicode character"
				}
			}
		}
		if incomplete && !final {
			return string(out), start, nil
		}
		if e == nil {
			e = newDecodeErrors("unicodeescape", errors, data)
		}
		var err error
		if out, data, i, err = e.handle(out, reason, start, i); err != nil {
			return "", 0, err
		}
	}
	if firstInvalid >= 0 {
		if err := Warn(DeprecationWarning, fmt.Sprintf("invalid escape sequence '\\%c'", data[firstInvalid]), 1); err != nil {
			return "", 0, err
		}
	}
	return string(out), len(data), nil
}

// readHexEscape reads up to count hex digits of an escape from data[i:]: the
// code point, where reading stopped, and whether the input ended first
// (incomplete) or a non-hex byte came (bad).
func readHexEscape(data []byte, i, count int) (r rune, next int, incomplete, bad bool) {
	for ; count > 0; count-- {
		if i >= len(data) {
			return r, i, true, false
		}
		d := hexVal(data[i])
		if d < 0 {
			return r, i, false, true
		}
		r = r<<4 + rune(d)
		i++
	}
	return r, i, false, false
}

// DecodeRawUnicodeEscape is the raw_unicode_escape decoder: only \u and
// \U escapes after an odd number of backslashes are interpreted.
func DecodeRawUnicodeEscape(data []byte, errors string, final bool) (string, int, error) {
	out := make([]byte, 0, len(data))
	var e *decodeErrors
	i := 0
	for i < len(data) {
		c := data[i]
		i++
		if c != '\\' || (i >= len(data) && final) {
			out = appendRune(out, rune(c))
			continue
		}
		start := i - 1
		if i >= len(data) {
			return string(out), start, nil
		}
		c = data[i]
		i++
		count := 0
		var reason string
		switch c {
		case 'u':
			count, reason = 4, "truncated \\uXXXX escape"
		case 'U':
			count, reason = 8, "truncated \\UXXXXXXXX escape"
		default:
			out = append(out, '\\')
			out = appendRune(out, rune(c))
			continue
		}
		r, next, incomplete, bad := readHexEscape(data, i, count)
		i = next
		if !incomplete && !bad {
			if r <= 0x10FFFF {
				out = appendRune(out, r)
				continue
			}
			reason = "\\Uxxxxxxxx out of range"
		}
		if incomplete && !final {
			return string(out), start, nil
		}
		if e == nil {
			e = newDecodeErrors("rawunicodeescape", errors, data)
		}
		var err error
		if out, data, i, err = e.handle(out, reason, start, i); err != nil {
			return "", 0, err
		}
	}
	return string(out), len(data), nil
}

// EscapeEncode is codecs.escape_encode: bytes as a bytes literal's body.
func EscapeEncode(data []byte) []byte {
	out := make([]byte, 0, len(data))
	for _, c := range data {
		switch {
		case c == '\\' || c == '\'':
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < ' ' || c >= 0x7F:
			out = append(out, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
		default:
			out = append(out, c)
		}
	}
	return out
}

// EscapeDecode is codecs.escape_decode: a bytes literal's escapes (errors
// applies to bad \x escapes: strict, replace or ignore).
func EscapeDecode(data []byte, errors string) ([]byte, error) {
	out := make([]byte, 0, len(data))
	firstInvalid := -1
	for i := 0; i < len(data); {
		c := data[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		i++
		if i == len(data) {
			return nil, Errorf(ValueError, "Trailing \\ in string")
		}
		c = data[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 't':
			out = append(out, '\t')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 'v':
			out = append(out, '\v')
		case 'a':
			out = append(out, '\a')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < len(data) && data[i] >= '0' && data[i] <= '7'; k++ {
				v = v<<3 + int(data[i]-'0')
				i++
			}
			out = append(out, byte(v))
		case 'x':
			if i+1 < len(data) {
				d1, d2 := hexVal(data[i]), hexVal(data[i+1])
				if d1 >= 0 && d2 >= 0 {
					out = append(out, byte(d1<<4|d2))
					i += 2
					break
				}
			}
			switch errors {
			case "", "strict":
				return nil, Errorf(ValueError, "invalid \\x escape at position %d", i-2)
			case "replace":
				out = append(out, '?')
			case "ignore":
			default:
				return nil, Errorf(ValueError, "decoding error; unknown error handling code: %s", errors)
			}
			if i < len(data) && hexVal(data[i]) >= 0 {
				i++
			}
		default:
			if firstInvalid < 0 {
				firstInvalid = i - 1
			}
			out = append(out, '\\')
			i--
		}
	}
	if firstInvalid >= 0 {
		if err := Warn(DeprecationWarning, fmt.Sprintf("invalid escape sequence '\\%c'", data[firstInvalid]), 1); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Warn issues a warning of the given category (PyErr_WarnEx); the module
// that implements warnings sets it. Until then warnings are dropped.
var Warn = func(category *Type, msg string, stacklevel int) error { return nil }
