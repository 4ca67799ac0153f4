package object

import (
	"fmt"
	"strings"
)

// Codec error handling, as CPython's Python/codecs.c and the error paths
// of Objects/unicodeobject.c do it. A codec that meets input it cannot
// convert asks its error handler for a replacement and a position to
// resume at. The built-in handlers (strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, namereplace, surrogateescape,
// surrogatepass) are run here without building an exception unless they
// raise one; any other name is looked up in the interpreter's registry
// (codecs.register_error) and called with a UnicodeEncodeError or
// UnicodeDecodeError, as CPython calls it.

// errorKind identifies a built-in error handler.
type errorKind uint8

const (
	ehCustom errorKind = iota
	ehStrict
	ehIgnore
	ehReplace
	ehBackslash
	ehXMLRef
	ehName
	ehSurrogateEscape
	ehSurrogatePass
)

var errorKinds = map[string]errorKind{
	"strict": ehStrict, "ignore": ehIgnore, "replace": ehReplace,
	"backslashreplace": ehBackslash, "xmlcharrefreplace": ehXMLRef,
	"namereplace": ehName, "surrogateescape": ehSurrogateEscape,
	"surrogatepass": ehSurrogatePass,
}

func errorKindOf(name string) errorKind {
	if name == "" {
		return ehStrict
	}
	return errorKinds[name]
}

// replacement is what an error handler returns: a str (rs) or bytes (b,
// encoders only), and where to resume.
type replacement struct {
	rs      []rune
	b       []byte
	isBytes bool
	pos     int
}

// encodeErrors carries one encode call's error state: the source, its
// code points and the exception reused across handler calls (CPython's
// exceptionObject/errorHandler pair).
type encodeErrors struct {
	codec   string
	errors  string
	kind    errorKind
	src     Value  // the str being encoded (the exception's object)
	rs      []rune // its code points
	exc     *BaseException
	handler Value // the registered handler, for a custom name
}

func newEncodeErrors(codec, errors string, src Value, rs []rune) *encodeErrors {
	return &encodeErrors{codec: codec, errors: errors, kind: errorKindOf(errors), src: src, rs: rs}
}

// exception returns the UnicodeEncodeError for rs[start:end].
func (e *encodeErrors) exception(start, end int, reason string) *BaseException {
	if e.exc == nil {
		e.exc = NewException(UnicodeEncodeError, NewStr(e.codec), e.src, Int(int64(start)), Int(int64(end)), NewStr(reason))
		e.exc.Private = false // error handlers see it
		return e.exc
	}
	x := e.exc.Ext
	x.Start, x.End, x.Reason = Int(int64(start)), Int(int64(end)), NewStr(reason)
	return e.exc
}

// call runs the error handler over rs[start:end].
func (e *encodeErrors) call(reason string, start, end int) (replacement, error) {
	switch e.kind {
	case ehStrict:
		return replacement{}, e.exception(start, end, reason)
	case ehIgnore:
		return replacement{pos: end}, nil
	case ehReplace:
		rs := make([]rune, end-start)
		for i := range rs {
			rs[i] = '?'
		}
		return replacement{rs: rs, pos: end}, nil
	case ehBackslash:
		var b []rune
		for _, r := range e.rs[start:end] {
			b = appendBackslash(b, r)
		}
		return replacement{rs: b, pos: end}, nil
	case ehXMLRef:
		var b []rune
		for _, r := range e.rs[start:end] {
			b = append(b, []rune(fmt.Sprintf("&#%d;", r))...)
		}
		return replacement{rs: b, pos: end}, nil
	case ehName:
		var b []rune
		for _, r := range e.rs[start:end] {
			if name, ok := UnicodeName(r); ok {
				b = append(b, []rune(`\N{`+name+`}`)...)
			} else {
				b = appendBackslash(b, r)
			}
		}
		return replacement{rs: b, pos: end}, nil
	case ehSurrogateEscape:
		out := make([]byte, 0, end-start)
		for _, r := range e.rs[start:end] {
			if r < 0xDC80 || r > 0xDCFF {
				return replacement{}, e.exception(start, end, reason)
			}
			out = append(out, byte(r-0xDC00))
		}
		return replacement{b: out, isBytes: true, pos: end}, nil
	case ehSurrogatePass:
		b, ok := surrogatePassEncode(e.codec, e.rs[start:end])
		if !ok {
			return replacement{}, e.exception(start, end, reason)
		}
		return replacement{b: b, isBytes: true, pos: end}, nil
	}
	if e.handler.IsNull() {
		h, err := LookupErrorHandler(e.errors)
		if err != nil {
			return replacement{}, err
		}
		e.handler = h
	}
	exc := e.exception(start, end, reason)
	res, err := Call(e.handler, []Value{FromObject(exc)}, nil)
	if err != nil {
		return replacement{}, err
	}
	t, ok := res.o.(*Tuple)
	bad := Errorf(TypeError, "encoding error handler must return (str/bytes, int) tuple")
	if !ok || len(t.Items) != 2 {
		return replacement{}, bad
	}
	var r replacement
	switch o := Unwrap(t.Items[0]).o.(type) {
	case *Str:
		r.rs = decodeRunes(o.S)
	case *Bytes:
		r.b, r.isBytes = o.B, true
	default:
		return replacement{}, bad
	}
	pos, err := handlerPosition(t.Items[1], len(e.rs), bad)
	if err != nil {
		return replacement{}, err
	}
	r.pos = pos
	return r, nil
}

// handlerPosition checks the position an error handler returned: negative
// counts from the end, and it must fall within the input.
func handlerPosition(v Value, n int, bad error) (int, error) {
	if !v.IsInt() && !v.IsBool() {
		if _, big := v.o.(*BigInt); big {
			return 0, Errorf(IndexError, "position %s from error handler out of bounds", mustStr(v))
		}
		return 0, bad
	}
	pos := int(v.RawInt())
	if pos < 0 {
		pos += n
	}
	if pos < 0 || pos > n {
		return 0, Errorf(IndexError, "position %d from error handler out of bounds", v.RawInt())
	}
	return pos, nil
}

func mustStr(v Value) string {
	s, _ := StrOf(v)
	return s
}

// decodeErrors is encodeErrors' counterpart for decoders: positions are
// byte offsets into data.
type decodeErrors struct {
	codec   string
	errors  string
	kind    errorKind
	data    []byte
	obj     Value // bytes of data, made on the first exception
	exc     *BaseException
	handler Value
}

func newDecodeErrors(codec, errors string, data []byte) *decodeErrors {
	return &decodeErrors{codec: codec, errors: errors, kind: errorKindOf(errors), data: data}
}

func (e *decodeErrors) exception(start, end int, reason string) *BaseException {
	if e.exc == nil {
		if e.obj.IsNull() {
			e.obj = NewBytes(append([]byte(nil), e.data...))
		}
		e.exc = NewException(UnicodeDecodeError, NewStr(e.codec), e.obj, Int(int64(start)), Int(int64(end)), NewStr(reason))
		e.exc.Private = false // error handlers see it
		return e.exc
	}
	x := e.exc.Ext
	x.Start, x.End, x.Reason = Int(int64(start)), Int(int64(end)), NewStr(reason)
	return e.exc
}

// call runs the error handler over data[start:end]. A custom handler may
// replace the exception's object; the new input is returned in data.
// handle calls the error handler for data[start:end], appends the
// replacement it gives to out, and returns out, the input to go on with
// (a handler may replace it) and the position to resume at.
func (e *decodeErrors) handle(out []byte, reason string, start, end int) ([]byte, []byte, int, error) {
	rs, pos, data, err := e.call(reason, start, end)
	if err != nil {
		return out, data, 0, err
	}
	for _, r := range rs {
		out = appendRune(out, r)
	}
	return out, data, pos, nil
}

func (e *decodeErrors) call(reason string, start, end int) (rs []rune, pos int, data []byte, err error) {
	data = e.data
	switch e.kind {
	case ehStrict:
		return nil, 0, data, e.exception(start, end, reason)
	case ehIgnore:
		return nil, end, data, nil
	case ehReplace:
		return []rune{0xFFFD}, end, data, nil
	case ehBackslash:
		var b []rune
		for _, c := range data[start:end] {
			b = appendBackslash(b, rune(c))
		}
		return b, end, data, nil
	case ehSurrogateEscape:
		n := 0
		for _, c := range data[start:end] {
			if c < 128 {
				break
			}
			rs = append(rs, 0xDC00+rune(c))
			n++
		}
		if n == 0 {
			return nil, 0, data, e.exception(start, end, reason)
		}
		return rs, start + n, data, nil
	case ehSurrogatePass:
		r, n, ok := surrogatePassDecode(e.codec, data[start:])
		if !ok {
			return nil, 0, data, e.exception(start, end, reason)
		}
		return []rune{r}, start + n, data, nil
	case ehXMLRef, ehName:
		return nil, 0, data, Errorf(TypeError, "don't know how to handle UnicodeDecodeError in error callback")
	}
	if e.handler.IsNull() {
		h, err := LookupErrorHandler(e.errors)
		if err != nil {
			return nil, 0, data, err
		}
		e.handler = h
	}
	exc := e.exception(start, end, reason)
	res, err := Call(e.handler, []Value{FromObject(exc)}, nil)
	if err != nil {
		return nil, 0, data, err
	}
	bad := Errorf(TypeError, "decoding error handler must return (str, int) tuple")
	t, ok := res.o.(*Tuple)
	if !ok || len(t.Items) != 2 {
		return nil, 0, data, bad
	}
	s, ok := Unwrap(t.Items[0]).o.(*Str)
	if !ok {
		return nil, 0, data, bad
	}
	// The handler may have replaced the input (CPython re-reads it).
	if x := exc.Ext; x != nil {
		if _, isBytes := Unwrap(x.Object).o.(*Bytes); !isBytes {
			// Not ignored: resuming at the handler's position over the old
			// input could loop forever (exc.object = 42; return (s, 0)).
			return nil, 0, data, Errorf(TypeError, "exception attribute object must be bytes")
		}
		if b, ok := BytesLike(x.Object); ok && (len(b) != len(e.data) || (len(b) > 0 && &b[0] != &e.data[0])) {
			e.data, e.obj = b, x.Object
			data = b
		}
	}
	pos, err = handlerPosition(t.Items[1], len(data), bad)
	if err != nil {
		return nil, 0, data, err
	}
	return decodeRunes(s.S), pos, data, nil
}

func appendBackslash(b []rune, r rune) []rune {
	const hex = "0123456789abcdef"
	switch {
	case r < 0x100:
		return append(b, '\\', 'x', rune(hex[r>>4]), rune(hex[r&15]))
	case r < 0x10000:
		return append(b, '\\', 'u', rune(hex[r>>12]), rune(hex[r>>8&15]), rune(hex[r>>4&15]), rune(hex[r&15]))
	}
	b = append(b, '\\', 'U')
	for sh := 28; sh >= 0; sh -= 4 {
		b = append(b, rune(hex[r>>uint(sh)&15]))
	}
	return b
}

// UnicodeName returns the Unicode name of r (namereplace, \N{...}); it is
// set by a package that has the name database (nil: no names known).
var UnicodeName = func(r rune) (string, bool) { return "", false }

// UnicodeLookup returns the code point a Unicode character name stands for
// (\N{...} escapes), set with UnicodeName.
var UnicodeLookup = func(name string) (rune, bool) { return 0, false }

// standardUTF tells which UTF a codec name is, for surrogatepass: the unit
// size (1 UTF-8, 2 UTF-16, 4 UTF-32) and byte order; ok false for others.
func standardUTF(codec string) (size int, big bool, ok bool) {
	e := strings.ToLower(codec)
	switch {
	case strings.HasPrefix(e, "utf-8"), strings.HasPrefix(e, "utf8"):
		return 1, false, e == "utf-8" || e == "utf8"
	case strings.HasPrefix(e, "utf-16"), strings.HasPrefix(e, "utf16"):
		size = 2
		e = strings.TrimPrefix(strings.TrimPrefix(e, "utf-16"), "utf16")
	case strings.HasPrefix(e, "utf-32"), strings.HasPrefix(e, "utf32"):
		size = 4
		e = strings.TrimPrefix(strings.TrimPrefix(e, "utf-32"), "utf32")
	default:
		return 0, false, false
	}
	switch e {
	case "":
		return size, false, true
	case "-le", "le":
		return size, false, true
	case "-be", "be":
		return size, true, true
	}
	return 0, false, false
}

func surrogatePassEncode(codec string, rs []rune) ([]byte, bool) {
	size, big, ok := standardUTF(codec)
	if !ok {
		return nil, false
	}
	var out []byte
	for _, r := range rs {
		if r < 0xD800 || r > 0xDFFF {
			return nil, false
		}
		switch size {
		case 1:
			out = append(out, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
		case 2:
			if big {
				out = append(out, byte(r>>8), byte(r))
			} else {
				out = append(out, byte(r), byte(r>>8))
			}
		case 4:
			if big {
				out = append(out, 0, 0, byte(r>>8), byte(r))
			} else {
				out = append(out, byte(r), byte(r>>8), 0, 0)
			}
		}
	}
	return out, true
}

func surrogatePassDecode(codec string, b []byte) (rune, int, bool) {
	size, big, ok := standardUTF(codec)
	if !ok {
		return 0, 0, false
	}
	var r rune
	n := 3
	switch size {
	case 1:
		if len(b) < 3 || b[0]&0xF0 != 0xE0 || b[1]&0xC0 != 0x80 || b[2]&0xC0 != 0x80 {
			return 0, 0, false
		}
		r = rune(b[0]&0x0F)<<12 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F)
	case 2:
		if len(b) < 2 {
			return 0, 0, false
		}
		n = 2
		if big {
			r = rune(b[0])<<8 | rune(b[1])
		} else {
			r = rune(b[1])<<8 | rune(b[0])
		}
	case 4:
		if len(b) < 4 {
			return 0, 0, false
		}
		n = 4
		if big {
			r = rune(b[0])<<24 | rune(b[1])<<16 | rune(b[2])<<8 | rune(b[3])
		} else {
			r = rune(b[3])<<24 | rune(b[2])<<16 | rune(b[1])<<8 | rune(b[0])
		}
	}
	if r < 0xD800 || r > 0xDFFF {
		return 0, 0, false
	}
	return r, n, true
}

// BuiltinErrorHandler is the Python-visible function of a built-in error
// handler (codecs.lookup_error('strict') is strict_errors): it takes a
// UnicodeError and returns (replacement, position) or raises.
func BuiltinErrorHandler(name string) (func(exc Value) (Value, error), bool) {
	kind, ok := errorKinds[name]
	if !ok {
		return nil, false
	}
	return func(excv Value) (Value, error) { return runBuiltinHandler(kind, excv) }, true
}

func runBuiltinHandler(kind errorKind, excv Value) (Value, error) {
	exc, ok := excv.o.(*BaseException)
	if kind == ehStrict {
		if !ok {
			return Null, Errorf(TypeError, "codec must pass exception instance")
		}
		return Null, exc
	}
	var cls *Type
	if ok {
		switch {
		case exc.Class.IsSubtype(UnicodeEncodeError):
			cls = UnicodeEncodeError
		case exc.Class.IsSubtype(UnicodeDecodeError):
			cls = UnicodeDecodeError
		case exc.Class.IsSubtype(UnicodeTranslateError):
			cls = UnicodeTranslateError
		}
	}
	wrong := func() (Value, error) {
		return Null, Errorf(TypeError, "don't know how to handle %s in error callback", TypeOf(excv).Name)
	}
	if cls == nil || exc.Ext == nil {
		return wrong()
	}
	x := exc.Ext
	start, serr := excPos(x.Start, "start")
	end, eerr := excPos(x.End, "end")
	if serr != nil {
		return Null, serr
	}
	if eerr != nil {
		return Null, eerr
	}
	result := func(s string, pos int) (Value, error) {
		return FromObject(NewTuple(NewStr(s), Int(int64(pos)))), nil
	}
	switch cls {
	case UnicodeEncodeError, UnicodeTranslateError:
		src, ok := x.Object.o.(*Str)
		if !ok {
			return Null, Errorf(TypeError, "object attribute must be unicode")
		}
		rs := decodeRunes(src.S)
		start, end = clampRange(start, end, len(rs))
		enc := ""
		if cls == UnicodeEncodeError {
			enc, _ = StrOf(x.Encoding)
		}
		if cls == UnicodeTranslateError && (kind == ehXMLRef || kind == ehName || kind == ehSurrogateEscape || kind == ehSurrogatePass) {
			return wrong()
		}
		if kind == ehReplace {
			if cls == UnicodeTranslateError {
				return result(strings.Repeat("\uFFFD", max(end-start, 0)), end)
			}
			return result(strings.Repeat("?", max(end-start, 0)), end)
		}
		e := &encodeErrors{codec: enc, kind: kind, src: x.Object, rs: rs, exc: exc}
		r, err := e.call(mustStr(x.Reason), start, end)
		if err != nil {
			return Null, err
		}
		if r.isBytes {
			return FromObject(NewTuple(NewBytes(r.b), Int(int64(r.pos)))), nil
		}
		return result(runesToString(r.rs), r.pos)
	default:
		data, ok := BytesLike(x.Object)
		if !ok {
			return Null, Errorf(TypeError, "object attribute must be bytes")
		}
		start, end = clampRange(start, end, len(data))
		enc, _ := StrOf(x.Encoding)
		e := &decodeErrors{codec: enc, kind: kind, data: data, obj: x.Object, exc: exc}
		rs, pos, _, err := e.call(mustStr(x.Reason), start, end)
		if err != nil {
			return Null, err
		}
		return result(runesToString(rs), pos)
	}
}

func excPos(v Value, what string) (int, error) {
	i, ok := v.AsInt()
	if !ok {
		return 0, Errorf(TypeError, "%s attribute must be int", what)
	}
	return int(i), nil
}

// clampRange applies CPython's PyUnicode*Error_GetStart/End clamping.
func clampRange(start, end, n int) (int, int) {
	if start < 0 {
		start = 0
	}
	if start >= n {
		start = max(n-1, 0)
	}
	if end < 1 {
		end = 1
	}
	if end > n {
		end = n
	}
	return start, end
}
