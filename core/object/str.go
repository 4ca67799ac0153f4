package object

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Str is a Python str, stored as UTF-8. Its hash is computed once and
// cached, as CPython caches ob_shash: names used as dict keys are hashed on
// every lookup. Indexing is by code point: ASCII strings index bytes
// directly, others decode to a cached rune slice on first use.
type Str struct {
	S string
	// hash is the cached hash, 0 until computed (a str whose hash is 0,
	// the empty one, computes it each time).
	hash uint64
	// x holds the kind and the rarely set parts; nil while the kind is
	// unknown. The common cases point at shared read-only strExts, so a
	// str is 32 bytes (a size class of its own) instead of 48.
	x *strExt
}

// strExt is a str's kind and what few strs need. The ones in strKinds are
// shared and never written: a str that needs its own (runes, tail) gets a
// new one.
type strExt struct {
	kind uint8 // 0 unknown, 1 ASCII, 2 non-ASCII
	// interned is set on the *Str that Intern keeps for its text.
	interned bool
	runes    *[]rune // code points of a non-ASCII string, decoded on first use
	// tail, when set, is the byte buffer S was built in, with spare
	// capacity after it: this string may append there (see concatStr).
	tail []byte
}

// strKinds are the shared strExts, by interned and kind.
var strKinds = [2][3]strExt{
	{{kind: 0}, {kind: 1}, {kind: 2}},
	{{kind: 0, interned: true}, {kind: 1, interned: true}, {kind: 2, interned: true}},
}

// asciiExt and nonASCIIExt mark new strs whose kind is known.
var (
	asciiExt    = &strKinds[0][1]
	nonASCIIExt = &strKinds[0][2]
)

// kindExt returns the shared strExt of a new str of kind k (nil: unknown).
func kindExt(k uint8) *strExt {
	if k == 0 {
		return nil
	}
	return &strKinds[0][k]
}

// kind is the str's kind as far as known (Str.x).
func (s *Str) kind() uint8 {
	if x := s.x; x != nil {
		return x.kind
	}
	return 0
}

// knownASCII reports whether s is known to be ASCII (without finding out).
func (s *Str) knownASCII() bool {
	x := s.x
	return x != nil && x.kind == 1
}

// setExt gives s its own strExt with s's kind and interned flag and the
// given runes and tail.
func (s *Str) setExt(runes *[]rune, tail []byte) {
	var k uint8
	var in bool
	if x := s.x; x != nil {
		k, in = x.kind, x.interned
	}
	if runes == nil && tail == nil {
		s.x = &strKinds[b2i(in)][k]
		if !in && k == 0 {
			s.x = nil
		}
		return
	}
	s.x = &strExt{kind: k, interned: in, runes: runes, tail: tail}
}

// concatStr is str + str. Like CPython's in-place unicode_concatenate,
// it makes `s += x` loops linear: a result of a concatenation keeps its
// buffer's spare capacity, and the next concatenation onto it appends in
// place. Bytes are only ever written past the end of every string sharing
// the buffer, and the right to append passes to the new string, so no
// existing str changes.
func concatStr(x, y *Str) Value {
	switch {
	case len(y.S) == 0:
		return FromObject(x)
	case len(x.S) == 0:
		return FromObject(y)
	}
	k := concatKind(x.kind(), y.kind())
	if xx := x.x; xx != nil && xx.tail != nil {
		if t := xx.tail; len(t) == len(x.S) && cap(t)-len(t) >= len(y.S) {
			nb := append(t, y.S...)
			x.setExt(xx.runes, nil)
			return FromObject(&Str{S: unsafe.String(&nb[0], len(nb)), x: &strExt{kind: k, tail: nb}})
		}
	}
	total := len(x.S) + len(y.S)
	if total < 64 {
		r, b := newStrBuf(total)
		copy(b[copy(b, x.S):], y.S)
		r.setBuf(b)
		r.x = kindExt(k)
		return FromObject(r)
	}
	nb := make([]byte, total, total*2)
	copy(nb, x.S)
	copy(nb[len(x.S):], y.S)
	return FromObject(&Str{S: unsafe.String(&nb[0], total), x: &strExt{kind: k, tail: nb}})
}

// concatKind is the kind (Str.kind) of the concatenation of strs of kinds
// a and b: ASCII when both are, non-ASCII when either is, else unknown.
func concatKind(a, b uint8) uint8 {
	if a == 2 || b == 2 {
		return 2
	}
	return a & b
}

// NewStr returns a str Value.
func NewStr(s string) Value { return FromObject(&Str{S: s}) }

// Type returns StrType.
func (s *Str) Type() *Type { return StrType }

// Hash returns the cached string hash.
func (s *Str) Hash() uint64 {
	if s.hash == 0 {
		s.hash = hashString(s.S, s.isASCII())
	}
	return s.hash
}

func (s *Str) isASCII() bool {
	if x := s.x; x != nil && x.kind != 0 {
		return x.kind == 1
	}
	return s.findKind()
}

// findKind works out and records s's kind; it reports whether s is ASCII.
func (s *Str) findKind() bool {
	k := uint8(2)
	if isASCIIString(s.S) {
		k = 1
	}
	switch x := s.x; {
	case x == nil:
		s.x = &strKinds[0][k]
	case x.runes != nil || x.tail != nil: // s's own
		x.kind = k
	case x.interned:
		s.x = &strKinds[1][k]
	default:
		s.x = &strKinds[0][k]
	}
	return k == 1
}

func (s *Str) runeSlice() []rune {
	if x := s.x; x != nil && x.runes != nil {
		return *x.runes
	}
	s.isASCII()
	rs := decodeRunes(s.S)
	var tail []byte
	if s.x != nil {
		tail = s.x.tail
	}
	s.setExt(&rs, tail)
	return rs
}

// IsASCII reports whether every code point of s is below 128, when its
// bytes are its code points (cached, like the kind of a CPython str).
func (s *Str) IsASCII() bool { return s.isASCII() }

// Runes returns the code points of s, lone surrogates included, decoded
// on first use and cached; callers must not modify the slice.
func (s *Str) Runes() []rune { return s.runeSlice() }

// Substring returns the code points start..end of s (0 <= start <= end
// <= Len()) as an exact str: s itself when that is all of it.
func (s *Str) Substring(start, end int) Value {
	if s.isASCII() {
		if start == 0 && end == len(s.S) {
			return FromObject(s)
		}
		if end-start == 1 {
			return FromObject(asciiChars[s.S[start]])
		}
		return NewStr(s.S[start:end])
	}
	rs := s.runeSlice()
	if start == 0 && end == len(rs) {
		return FromObject(s)
	}
	return NewStr(runesToString(rs[start:end]))
}

// Len returns the length in code points.
func (s *Str) Len() int {
	if s.isASCII() {
		return len(s.S)
	}
	return len(s.runeSlice())
}

// asciiChars are the one-character ASCII strings, shared like CPython's
// latin-1 singletons so that iterating and indexing ASCII text allocates
// nothing.
var asciiChars [128]*Str

func init() {
	for i := range asciiChars {
		asciiChars[i] = &Str{S: string(rune(i)), x: asciiExt}
	}
}

func charStr(r rune) Value {
	if r < 128 {
		return FromObject(asciiChars[r])
	}
	return NewStr(string(appendRune(nil, r)))
}

func strGetItem(s *Str, key Value) (Value, error) {
	if key.IsInt() && s.knownASCII() {
		// An ASCII str indexed by an int: a shared one-character str.
		i := int64(key.n)
		if i < 0 {
			i += int64(len(s.S))
		}
		if uint64(i) < uint64(len(s.S)) {
			return FromObject(asciiChars[s.S[i]]), nil
		}
	}
	if sl, ok := key.o.(*Slice); ok {
		n := s.Len()
		start, stop, step, length, err := sl.Indices(n)
		if err != nil {
			return Null, err
		}
		if s.isASCII() {
			if step == 1 {
				if length == 0 {
					return NewStr(""), nil
				}
				return NewStr(s.S[start:stop]), nil
			}
			b := make([]byte, length)
			for i := range b {
				b[i] = s.S[start+i*step]
			}
			return NewStr(string(b)), nil
		}
		rs := s.runeSlice()
		if step == 1 {
			if length == 0 {
				return NewStr(""), nil
			}
			return NewStr(runesToString(rs[start:stop])), nil
		}
		out := make([]rune, length)
		for i := range out {
			out[i] = rs[start+i*step]
		}
		return NewStr(runesToString(out)), nil
	}
	if !IndexCheck(key) {
		return Null, Errorf(TypeError, "string indices must be integers")
	}
	i, err := seqIndex(key, s.Len(), "string")
	if err != nil {
		return Null, err
	}
	if s.isASCII() {
		return FromObject(asciiChars[s.S[i]]), nil
	}
	return charStr(s.runeSlice()[i]), nil
}

func strContains(s, sub string) bool { return strings.Contains(s, sub) }

func cmpStrings(a, b string, op CompareOp) bool {
	return cmpResult(strings.Compare(a, b), op)
}

// strReprValue is repr(s) as a new str: text without quotes, backslashes
// or characters to escape is quoted in one allocation.
func strReprValue(s string) Value {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '\\' || c == '\'' {
			return NewStr(StrRepr(s))
		}
	}
	r, b := newStrBuf(len(s) + 2)
	b[0] = '\''
	copy(b[1:], s)
	b[len(b)-1] = '\''
	r.setBuf(b)
	r.x = asciiExt
	return FromObject(r)
}

// StrRepr returns the Python repr of a string: single quotes unless the
// text contains a single quote and no double quote, with non-printable
// characters escaped.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c == '\t':
				b.WriteString(`\t`)
			case c < 0x20 || c == 0x7f:
				fmt.Fprintf(&b, `\x%02x`, c)
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, n := decodeRune(s[i:])
		if r == utf8.RuneError && n == 1 {
			fmt.Fprintf(&b, `\udc%02x`, s[i])
			i++
			continue
		}
		i += n
		switch {
		case isPrintable(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// isPrintable is Python's str.isprintable for one character.
func isPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	return unicode.IsPrint(r)
}

func strNew(t *Type, args []Value, kwnames []string) (Value, error) {
	if t == StrType && len(args) == 1 && len(kwnames) == 0 {
		return StrValue(args[0]) // str(x)
	}
	var a [3]Value
	if err := ParseArgs("str", args, kwnames, []string{"object", "encoding", "errors"}, 3, 0, a[:]); err != nil {
		return Null, err
	}
	var r Value
	switch {
	case a[0].IsNull():
		r = NewStr("")
	case !a[1].IsNull() || !a[2].IsNull():
		// Argument Clinic checks encoding and errors first.
		enc, errs, err := encodingArgs("str", a[1], a[2])
		if err != nil {
			return Null, err
		}
		b, ok := bytesOf(Unwrap(a[0]))
		if !ok {
			if _, isStr := a[0].o.(*Str); isStr {
				return Null, Errorf(TypeError, "decoding str is not supported")
			}
			return Null, Errorf(TypeError, "decoding to str: need a bytes-like object, %s found", TypeOf(a[0]).Name)
		}
		r, err = DecodeString(b, a[0], enc, errs)
		if err != nil {
			return Null, err
		}
	default:
		if s, ok := a[0].o.(*Str); ok && t == StrType {
			return FromObject(s), nil
		}
		s, err := StrOf(a[0])
		if err != nil {
			return Null, err
		}
		r = NewStr(s)
	}
	return wrapBuiltin(t, r), nil
}

// asciiDigits replaces Unicode decimal digits (category Nd) by their ASCII
// equivalents and Unicode spaces by ' ', as int() and float() accept any
// decimal digits (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII).
func asciiDigits(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case unicode.Is(unicode.Nd, r):
			// Decimal digits come in runs of ten starting at a zero.
			start := r
			for unicode.Is(unicode.Nd, start-1) {
				start--
			}
			b.WriteByte(byte('0' + (r-start)%10))
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
