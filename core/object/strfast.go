package object

import (
	"strings"
	"unicode"
	"unsafe"
)

// The fast paths of the str type: ASCII character classes by table,
// results built in one allocation, and the methods' positional entries
// (MethodDescr.Fast0/1/2) that skip argument parsing.

// ASCII character classes, as CPython's _Py_ctype_table for the code
// points below 128 (which is what the Unicode database says for them).
const (
	cDigit = 1 << iota
	cLower
	cUpper
	cSpace // str.isspace: also the separators U+001C..U+001F
	cPrint
)

var asciiClass = func() (t [128]uint8) {
	for c := range t {
		switch {
		case c >= '0' && c <= '9':
			t[c] |= cDigit
		case c >= 'a' && c <= 'z':
			t[c] |= cLower
		case c >= 'A' && c <= 'Z':
			t[c] |= cUpper
		}
		if c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x20 {
			t[c] |= cSpace
		}
		if c >= 0x20 && c < 0x7f {
			t[c] |= cPrint
		}
	}
	return
}()

// strBuf16..strBuf96 hold a Str (32 bytes) and its bytes in one
// allocation of 48, 64, 80 or 128 bytes (Go's size classes).
type (
	strBuf16 struct {
		s Str
		b [16]byte
	}
	strBuf32 struct {
		s Str
		b [32]byte
	}
	strBuf48 struct {
		s Str
		b [48]byte
	}
	strBuf96 struct {
		s Str
		b [96]byte
	}
)

// newStrBuf returns a new Str and n bytes for its text, in one
// allocation when n is small; the caller fills b and calls setBuf.
func newStrBuf(n int) (*Str, []byte) {
	switch {
	case n <= 16:
		p := new(strBuf16)
		return &p.s, p.b[:n]
	case n <= 32:
		p := new(strBuf32)
		return &p.s, p.b[:n]
	case n <= 48:
		p := new(strBuf48)
		return &p.s, p.b[:n]
	case n <= 96:
		p := new(strBuf96)
		return &p.s, p.b[:n]
	}
	return new(Str), make([]byte, n)
}

// setBuf makes b (from newStrBuf, filled) the text of s.
func (s *Str) setBuf(b []byte) {
	if len(b) > 0 {
		s.S = unsafe.String(&b[0], len(b))
	}
}

// asciiStr returns an exact str of s, known to be ASCII: a shared
// one-character str, or a new one whose kind need not be computed again.
func asciiStr(s string) Value {
	if len(s) == 1 {
		return FromObject(asciiChars[s[0]])
	}
	return FromObject(&Str{S: s, x: asciiExt})
}

// sub returns the part s.S[i:j] as a str (s itself when it is all of it).
func (s *Str) sub(i, j int) Value {
	if i == 0 && j == len(s.S) {
		return FromObject(s)
	}
	if s.knownASCII() {
		return asciiStr(s.S[i:j])
	}
	return NewStr(s.S[i:j])
}

// asciiPredicate is a str predicate over ASCII text: every character has
// one of the classes in mask (with emptyFalse, an empty str is false).
// ok is false when s is not ASCII.
func asciiPredicate(s *Str, mask uint8) (r, ok bool) {
	if !s.isASCII() {
		return false, false
	}
	if mask == 0 { // isascii
		return true, true
	}
	for i := 0; i < len(s.S); i++ {
		if asciiClass[s.S[i]]&mask == 0 {
			return false, true
		}
	}
	return true, true
}

// asciiCase changes the case of ASCII text: toUpper, else to lower. The
// text is shared when nothing changes.
func asciiCase(s *Str, toUpper bool) Value {
	from, to := byte('A'), byte('a')
	if toUpper {
		from, to = 'a', 'A'
	}
	i := 0
	for i < len(s.S) && (s.S[i] < from || s.S[i] > from+25) {
		i++
	}
	if i == len(s.S) {
		if len(s.S) == 1 {
			return FromObject(asciiChars[s.S[0]])
		}
		return FromObject(&Str{S: s.S, x: asciiExt})
	}
	if len(s.S) == 1 {
		return FromObject(asciiChars[s.S[0]-from+to])
	}
	r, b := newStrBuf(len(s.S))
	copy(b, s.S[:i])
	for ; i < len(b); i++ {
		c := s.S[i]
		if c >= from && c <= from+25 {
			c = c - from + to
		}
		b[i] = c
	}
	r.setBuf(b)
	r.x = asciiExt
	return FromObject(r)
}

// stripSpace is str.strip() (left, right: which ends).
func stripSpace(s *Str, left, right bool) Value {
	i, j := 0, len(s.S)
	if left {
		for i < j && s.S[i] < 0x80 && asciiClass[s.S[i]]&cSpace != 0 {
			i++
		}
	}
	if right {
		for j > i && s.S[j-1] < 0x80 && asciiClass[s.S[j-1]]&cSpace != 0 {
			j--
		}
	}
	// A non-ASCII end may be Unicode whitespace: the general path.
	if left && i < j && s.S[i] >= 0x80 || right && j > i && s.S[j-1] >= 0x80 {
		t := s.S[i:j]
		if left {
			t = strings.TrimLeftFunc(t, pyIsSpace)
		}
		if right {
			t = strings.TrimRightFunc(t, pyIsSpace)
		}
		if len(t) == len(s.S) {
			return FromObject(s)
		}
		return NewStr(t)
	}
	return s.sub(i, j)
}

// stripCharsOf is str.strip(chars) for a str chars.
func stripCharsOf(s *Str, cs *Str, left, right bool) Value {
	i, j := 0, len(s.S)
	chars := cs.S
	if len(chars) <= 8 && cs.isASCII() {
		// A few ASCII characters (w.strip(".,")): byte tests, without the
		// set strings.Trim builds on each call. A byte of a multi-byte
		// character never equals one of them.
		if left {
			for i < j && inASCIISet(s.S[i], chars) {
				i++
			}
		}
		if right {
			for j > i && inASCIISet(s.S[j-1], chars) {
				j--
			}
		}
		return s.sub(i, j)
	}
	if left {
		i = j - len(strings.TrimLeft(s.S, chars))
	}
	if right {
		j = i + len(strings.TrimRight(s.S[i:], chars))
	}
	return s.sub(i, j)
}

// inASCIISet reports whether c is one of the few bytes of chars.
func inASCIISet(c byte, chars string) bool {
	for k := 0; k < len(chars); k++ {
		if chars[k] == c {
			return true
		}
	}
	return false
}

// splitASCIISpace is str.split() of ASCII text (maxsplit -1): the parts
// are allocated together.
func splitASCIISpace(s string) Value {
	n := 0
	for i := 0; i < len(s); {
		for i < len(s) && asciiClass[s[i]]&cSpace != 0 {
			i++
		}
		if i == len(s) {
			break
		}
		n++
		for i < len(s) && asciiClass[s[i]]&cSpace == 0 {
			i++
		}
	}
	return FromObject(&List{Items: splitParts(s, n, func(s string, i, _ int) (int, int) {
		for i < len(s) && asciiClass[s[i]]&cSpace != 0 {
			i++
		}
		j := i
		for j < len(s) && asciiClass[s[j]]&cSpace == 0 {
			j++
		}
		return i, j
	})})
}

// splitParts makes n strs of the ASCII text s, the k-th at next(s, i,
// k), i the end of the (k-1)-th: one allocation for all their headers.
func splitParts(s string, n int, next func(s string, i, k int) (int, int)) []Value {
	out := make([]Value, n)
	strs := make([]Str, n)
	i := 0
	for k := range n {
		a, b := next(s, i, k)
		if b-a == 1 {
			out[k] = FromObject(asciiChars[s[a]])
		} else {
			strs[k] = Str{S: s[a:b], x: asciiExt}
			out[k] = FromObject(&strs[k])
		}
		i = b
	}
	return out
}

// splitSep is str.split(sep) (maxsplit -1) of a non-empty separator.
func splitSep(s *Str, sep string) Value {
	n := strings.Count(s.S, sep) + 1
	if !s.isASCII() {
		parts := strings.Split(s.S, sep)
		out := make([]Value, len(parts))
		for i, p := range parts {
			out[i] = NewStr(p)
		}
		return FromObject(&List{Items: out})
	}
	return FromObject(&List{Items: splitParts(s.S, n, func(t string, i, k int) (int, int) {
		if k > 0 {
			i += len(sep)
		}
		j := strings.Index(t[i:], sep)
		if j < 0 {
			return i, len(t)
		}
		return i, i + j
	})})
}

// affixMatch is str.startswith(p)/endswith(p) for a str or tuple p, over
// the whole of s.
func affixMatch(name string, s *Str, p Value, suffix bool) (Value, error) {
	test := func(q string) bool {
		if suffix {
			return strings.HasSuffix(s.S, q)
		}
		return strings.HasPrefix(s.S, q)
	}
	switch q := Unwrap(p).o.(type) {
	case *Str:
		return Bool(test(q.S)), nil
	case *Tuple:
		for _, c := range q.Items {
			cs, ok := Unwrap(c).o.(*Str)
			if !ok {
				return Null, Errorf(TypeError, "tuple for %s must only contain str, not %s", name, TypeOf(c).Name)
			}
			if test(cs.S) {
				return True, nil
			}
		}
		return False, nil
	}
	return Null, Errorf(TypeError, "%s first arg must be str or a tuple of str, not %s", name, TypeOf(p).Name)
}

// initStrFast gives str's common methods their positional entries.
func initStrFast(t *Type) {
	pred := func(name string, mask uint8) {
		m := t.method(name)
		slow := m.Fn
		m.Fast0 = func(self Value) (Value, error) {
			s := self.o.(*Str)
			if len(s.S) == 1 && s.S[0] < 0x80 { // ch.isdigit()
				return Bool(asciiClass[s.S[0]]&mask != 0 || mask == 0), nil
			}
			if len(s.S) > 0 {
				if r, ok := asciiPredicate(s, mask); ok {
					return Bool(r), nil
				}
			}
			return slow(self, nil, nil)
		}
	}
	pred("isdigit", cDigit)
	pred("isdecimal", cDigit)
	pred("isnumeric", cDigit)
	pred("isalpha", cLower|cUpper)
	pred("isalnum", cLower|cUpper|cDigit)
	pred("isspace", cSpace)
	pred("isascii", 0)
	pred("isprintable", cPrint)
	caseMethod := func(name string, toUpper bool) {
		m := t.method(name)
		slow := m.Fn
		m.Fast0 = func(self Value) (Value, error) {
			if s := self.o.(*Str); s.isASCII() {
				return asciiCase(s, toUpper), nil
			}
			return slow(self, nil, nil)
		}
	}
	caseMethod("lower", false)
	caseMethod("upper", true)
	strip := func(name string, left, right bool) {
		m := t.method(name)
		m.Fast0 = func(self Value) (Value, error) { return stripSpace(self.o.(*Str), left, right), nil }
		slow := m.Fn
		m.Fast1 = func(self, chars Value) (Value, error) {
			if c, ok := chars.o.(*Str); ok {
				return stripCharsOf(self.o.(*Str), c, left, right), nil
			}
			return slow(self, []Value{chars}, nil)
		}
	}
	strip("strip", true, true)
	strip("lstrip", true, false)
	strip("rstrip", false, true)
	split := t.method("split")
	split.Fast0 = func(self Value) (Value, error) {
		if s := self.o.(*Str); s.isASCII() {
			return splitASCIISpace(s.S), nil
		}
		return FromObject(NewList(splitWhitespace(self.o.(*Str).S, -1, false)...)), nil
	}
	slowSplit := split.Fn
	split.Fast1 = func(self, sep Value) (Value, error) {
		if c, ok := sep.o.(*Str); ok && c.S != "" {
			return splitSep(self.o.(*Str), c.S), nil
		}
		return slowSplit(self, []Value{sep}, nil)
	}
	t.method("startswith").Fast1 = func(self, p Value) (Value, error) {
		return affixMatch("startswith", self.o.(*Str), p, false)
	}
	t.method("endswith").Fast1 = func(self, p Value) (Value, error) {
		return affixMatch("endswith", self.o.(*Str), p, true)
	}
	splitlines := t.method("splitlines")
	slowLines := splitlines.Fn
	splitlines.Fast0 = func(self Value) (Value, error) {
		if s := self.o.(*Str); s.isASCII() {
			return splitlinesASCII(s.S), nil
		}
		return slowLines(self, nil, nil)
	}
	t.method("join").Fast1 = func(self, it Value) (Value, error) { return strJoin(self.o.(*Str), it) }
	encode := t.method("encode")
	slowEncode := encode.Fn
	// s.encode() and s.encode("utf-8"/"ascii") of text that needs no
	// error handler: its bytes as they are.
	encode.Fast0 = func(self Value) (Value, error) {
		if s := self.o.(*Str); s.isASCII() || surrogateAt(s.S, 0) < 0 {
			return NewBytes([]byte(s.S)), nil
		}
		return slowEncode(self, nil, nil)
	}
	encode.Fast1 = func(self, enc Value) (Value, error) {
		s := self.o.(*Str)
		if e, ok := enc.o.(*Str); ok {
			switch fastCodec(e.S) {
			case "utf-8":
				if s.isASCII() || surrogateAt(s.S, 0) < 0 {
					return NewBytes([]byte(s.S)), nil
				}
			case "ascii":
				if s.isASCII() {
					return NewBytes([]byte(s.S)), nil
				}
			}
		}
		return slowEncode(self, []Value{enc}, nil)
	}
}

// numericDigit are the characters whose Unicode Numeric_Type is Digit
// (superscripts, circled digits, ...): str.isdigit is true for them as
// for the decimal digits (Nd), which is all unicode.IsDigit knows.
// Unicode 13.0, CPython 3.10's database.
var numericDigit = &unicode.RangeTable{
	R16: []unicode.Range16{
		{0xB2, 0xB3, 1}, {0xB9, 0xB9, 1}, {0x1369, 0x1371, 1}, {0x19DA, 0x19DA, 1}, {0x2070, 0x2070, 1},
		{0x2074, 0x2079, 1}, {0x2080, 0x2089, 1}, {0x2460, 0x2468, 1}, {0x2474, 0x247C, 1}, {0x2488, 0x2490, 1},
		{0x24EA, 0x24EA, 1}, {0x24F5, 0x24FD, 1}, {0x24FF, 0x24FF, 1}, {0x2776, 0x277E, 1}, {0x2780, 0x2788, 1},
		{0x278A, 0x2792, 1},
	},
	R32: []unicode.Range32{
		{0x10A40, 0x10A43, 1}, {0x10E60, 0x10E68, 1}, {0x11052, 0x1105A, 1}, {0x1F100, 0x1F10A, 1},
	},
}

// pyIsDigit is str.isdigit for one character.
func pyIsDigit(r rune) bool { return unicode.IsDigit(r) || unicode.Is(numericDigit, r) }

// IntStr is str(n) of a small int: a shared one-character str for a
// digit, else one allocation for the object and its text.
func IntStr(n int64) Value {
	if n >= 0 && n < 10 {
		return FromObject(asciiChars['0'+n])
	}
	// The digits are written straight into the new str, last first.
	u := uint64(n)
	nd := 1
	if n < 0 {
		u = uint64(-n) // -MinInt64 wraps to 1<<63, its magnitude
		nd++
	}
	for t := u; t >= 10; t /= 10 {
		nd++
	}
	r, b := newStrBuf(nd)
	i := len(b)
	for u >= 10 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	b[i-1] = byte('0' + u)
	if n < 0 {
		b[0] = '-'
	}
	r.setBuf(b)
	r.x = asciiExt
	return FromObject(r)
}

// StrValue is PyObject_Str(v): an exact str is itself, a small int is
// formatted without a Go string in between, and what __str__ returned (a
// str or an instance of a subclass) is returned as it is.
func StrValue(v Value) (Value, error) {
	if v.IsInt() {
		return IntStr(int64(v.n)), nil
	}
	r, s, err := strOf(v)
	if err != nil || !r.IsNull() {
		return r, err
	}
	return NewStr(s), nil
}

// ConcatStrs is the concatenation of parts, which are all exact strs
// (BUILD_STRING), in one allocation.
func ConcatStrs(parts []Value) Value {
	n := 0
	kind := uint8(1)
	for _, p := range parts {
		s := p.o.(*Str)
		n += len(s.S)
		kind = concatKind(kind, s.kind())
	}
	if n == 0 {
		return NewStr("")
	}
	r, b := newStrBuf(n)
	k := 0
	for _, p := range parts {
		k += copy(b[k:], p.o.(*Str).S)
	}
	r.setBuf(b)
	r.x = kindExt(kind)
	return FromObject(r)
}

// strConcatFast is a + b of two exact strs (both KindObject), before the operator's general
// dispatch (neither has a reflected __radd__ to try).
func strConcatFast(a, b Value) (Value, bool) {
	if x, ok := a.o.(*Str); ok {
		if y, ok := b.o.(*Str); ok {
			return concatStr(x, y), true
		}
	}
	return Null, false
}

// isASCIILineBreak reports whether c ends a line for str.splitlines.
func isASCIILineBreak(c byte) bool {
	return c == '\n' || c == '\r' || c == '\v' || c == '\f' || c >= 0x1c && c <= 0x1e
}

// lineBreakAt returns the index of the first ASCII line break in s at or
// after i, or len(s). It tests eight bytes at a time: every line break is
// below 0x1f, and in ASCII text (no byte above 0x7f) a word holds a byte
// below 0x1f exactly when (w - 0x1f1f...) &^ w has a high bit set.
func lineBreakAt(s string, i int) int {
	for i+8 <= len(s) {
		t := s[i : i+8]
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		if (w-0x1f1f1f1f1f1f1f1f)&^w&0x8080808080808080 == 0 {
			i += 8
			continue
		}
		for end := i + 8; i < end; i++ {
			if isASCIILineBreak(s[i]) {
				return i
			}
		}
	}
	for ; i < len(s); i++ {
		if isASCIILineBreak(s[i]) {
			return i
		}
	}
	return len(s)
}

// splitlinesASCII is str.splitlines() of ASCII text: the lines without
// their ends, allocated together.
func splitlinesASCII(s string) Value {
	n := 0
	for i := lineBreakAt(s, 0); i < len(s); i = lineBreakAt(s, i+1) {
		n++
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
	}
	if len(s) > 0 && !isASCIILineBreak(s[len(s)-1]) {
		n++ // a last line without an end
	}
	return FromObject(&List{Items: splitParts(s, n, func(s string, i, k int) (int, int) {
		if k > 0 { // step over the previous line's end
			if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			i++
		}
		return i, lineBreakAt(s, i)
	})})
}

// CompareStr is a rich comparison of two exact strs (what RichCompare
// answers for them), for the eval loop's COMPARE_OP: == and != compare the
// texts directly, lengths first, without the ordering comparison.
func CompareStr(x, y *Str, op CompareOp) bool {
	switch op {
	case CmpEq:
		return x == y || x.S == y.S
	case CmpNe:
		return x != y && x.S != y.S
	}
	return cmpStrings(x.S, y.S, op)
}

// StrContains is `x in c` for two exact strs (CONTAINS_OP's fast path);
// a one-byte x is looked for byte-wise.
func StrContains(c, x *Str) bool {
	if len(x.S) == 1 {
		return strings.IndexByte(c.S, x.S[0]) >= 0
	}
	return strings.Contains(c.S, x.S)
}

// StrIndex is s[i] of an exact str whose characters are known to be ASCII
// and an index within it (negative counts from the end): the shared
// one-character str. ok is false otherwise (the general path then raises
// or decodes).
func StrIndex(s *Str, i int64) (Value, bool) {
	if !s.knownASCII() {
		return Null, false
	}
	if i < 0 {
		i += int64(len(s.S))
	}
	if uint64(i) >= uint64(len(s.S)) {
		return Null, false
	}
	return FromObject(asciiChars[s.S[i]]), true
}
