package native

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/pyvar/pyvar/core/object"
)

// File-system names: the conversions of posixmodule.c's path_t converter,
// os.fspath, and the file-system encoding (UTF-8 with surrogateescape,
// CPython's on Linux under a UTF-8 locale).

// fsEncode is os.fsencode for a str: its UTF-8 bytes, the surrogates
// \udc80-\udcff standing for the bytes 0x80-0xff they escape. Other lone
// surrogates cannot be encoded.
func fsEncode(s string) (string, error) {
	if !strings.Contains(s, "\xed") {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+2 < len(s) && s[i] == 0xED && s[i+1] >= 0xA0 && s[i+1] <= 0xBF {
			r := 0xD000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			if r < 0xDC80 || r > 0xDCFF {
				pos := int64(utf8.RuneCountInString(s[:i]))
				return "", object.NewException(object.UnicodeEncodeError, object.NewStr("utf-8"), object.NewStr(s),
					object.Int(pos), object.Int(pos+1), object.NewStr("surrogates not allowed"))
			}
			b.WriteByte(byte(r - 0xDC00))
			i += 3
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String(), nil
}

// fsDecode is os.fsdecode for bytes: UTF-8, each byte that is not part of
// a valid sequence becoming the surrogate \udc80-\udcff.
func fsDecode(b string) string {
	if utf8.ValidString(b) {
		return b
	}
	var out strings.Builder
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRuneInString(b[i:])
		if r == utf8.RuneError && n <= 1 {
			c := 0xDC00 + rune(b[i])
			out.WriteByte(0xED)
			out.WriteByte(byte(0x80 | (c>>6)&0x3F))
			out.WriteByte(byte(0x80 | c&0x3F))
			i++
			continue
		}
		out.WriteString(b[i : i+n])
		i += n
	}
	return out.String()
}

// fspath is os.fspath: str and bytes as they are, else __fspath__'s
// result, which must be one of them.
func fspath(v object.Value) (object.Value, error) {
	switch object.Unwrap(v).Object().(type) {
	case *object.Str, *object.Bytes:
		if v.Kind() == object.KindObject {
			return v, nil
		}
	}
	t := object.TypeOf(v)
	m := t.LookupString("__fspath__")
	if m.IsNull() {
		return object.Null, object.Errorf(object.TypeError, "expected str, bytes or os.PathLike object, not %s", t.Name)
	}
	r, err := object.CallMethodValue(m, v, nil, nil)
	if err != nil {
		return object.Null, err
	}
	switch object.Unwrap(r).Object().(type) {
	case *object.Str, *object.Bytes:
		return r, nil
	}
	return object.Null, object.Errorf(object.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", t.Name, object.TypeOf(r).Name)
}

// osPath is posixmodule.c's path_t: a file-system path or, where the
// function allows it, an open file descriptor.
type osPath struct {
	name   string       // the path's bytes (file-system encoding)
	bytes  bool         // given as bytes (results come back as bytes)
	fd     int          // the descriptor when isFD
	isFD   bool         // an int was given
	none   bool         // None was given (nullable paths)
	object object.Value // what error messages show as the file name
}

// pathOpts says what a path argument may be.
type pathOpts struct {
	fname    string // the function, for messages
	argname  string // the parameter ("path", "src", ...)
	nullable bool   // None allowed
	allowFD  bool   // an int is a file descriptor
}

// pathArg converts a path argument as path_converter does, with its
// messages.
func pathArg(v object.Value, o pathOpts) (*osPath, error) {
	if v.IsNone() && o.nullable {
		return &osPath{none: true, name: ".", object: object.None}, nil
	}
	if o.allowFD && (v.IsInt() || v.IsBool() || isIndexable(v)) {
		fd, err := fdArg(v)
		if err != nil {
			return nil, err
		}
		return &osPath{fd: fd, isFD: true, object: v}, nil
	}
	u := object.Unwrap(v)
	var res object.Value
	orig := v // what OSError's filename is: the argument itself, or what __fspath__ returned
	switch u.Object().(type) {
	case *object.Str, *object.Bytes:
		if v.Kind() == object.KindObject {
			res = v
		}
	}
	if res.IsNull() {
		want := "string, bytes or os.PathLike"
		switch {
		case o.allowFD && o.nullable:
			want = "string, bytes, os.PathLike, integer or None"
		case o.allowFD:
			want = "string, bytes, os.PathLike or integer"
		case o.nullable:
			want = "string, bytes, os.PathLike or None"
		}
		t := object.TypeOf(v)
		if m := t.LookupString("__fspath__"); !m.IsNull() {
			r, err := object.CallMethodValue(m, v, nil, nil)
			if err != nil {
				return nil, err
			}
			switch object.Unwrap(r).Object().(type) {
			case *object.Str, *object.Bytes:
				res, orig = r, r
			default:
				return nil, object.Errorf(object.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", t.Name, object.TypeOf(r).Name)
			}
		} else if object.IsBuffer(v) {
			// A bytes-like object (bytearray, memoryview): CPython
			// accepts it with a DeprecationWarning.
			if err := object.Warn(object.DeprecationWarning, fmt.Sprintf("%s: %s should be %s, not %s", o.fname, o.argname, want, t.Name), 1); err != nil {
				return nil, err
			}
			b, err := object.AsBytes(v)
			if err != nil {
				return nil, err
			}
			res = object.NewBytes(append([]byte(nil), b...))
		} else {
			return nil, object.Errorf(object.TypeError, "%s: %s should be %s, not %s", o.fname, o.argname, want, t.Name)
		}
	}
	switch s := object.Unwrap(res).Object().(type) {
	case *object.Str:
		name, err := fsEncode(s.S)
		if err != nil {
			return nil, err
		}
		if strings.IndexByte(name, 0) >= 0 {
			return nil, object.Errorf(object.ValueError, "embedded null byte")
		}
		return &osPath{name: name, object: orig}, nil
	case *object.Bytes:
		if strings.IndexByte(string(s.B), 0) >= 0 {
			return nil, object.Errorf(object.ValueError, "%s: embedded null character in %s", o.fname, o.argname)
		}
		return &osPath{name: string(s.B), bytes: true, object: orig}, nil
	}
	return nil, object.Errorf(object.TypeError, "%s: %s should be a path", o.fname, o.argname)
}

// isIndexable reports PyIndex_Check: an int-like object with __index__.
func isIndexable(v object.Value) bool {
	if v.IsInt() || v.IsBool() {
		return true
	}
	if v.Kind() != object.KindObject {
		return false
	}
	if _, big := object.ToBigInt(v); big {
		return true
	}
	if _, ok := object.Unwrap(v).Object().(*object.Str); ok {
		return false
	}
	return !object.TypeOf(v).LookupString("__index__").IsNull()
}

// fdArg is _fd_converter: an index that fits a C int.
func fdArg(v object.Value) (int, error) {
	if object.TypeOf(v).IsSubtype(object.FloatType) {
		return 0, object.Errorf(object.TypeError, "integer argument expected, got float")
	}
	r, err := object.Index(v)
	if err != nil {
		return 0, err
	}
	n, ok := r.AsInt()
	if !ok {
		if b, _ := object.ToBigInt(r); b != nil && b.Sign() < 0 {
			return 0, object.Errorf(object.OverflowError, "fd is less than minimum")
		}
		return 0, object.Errorf(object.OverflowError, "fd is greater than maximum")
	}
	if n > math.MaxInt32 {
		return 0, object.Errorf(object.OverflowError, "fd is greater than maximum")
	}
	if n < math.MinInt32 {
		return 0, object.Errorf(object.OverflowError, "fd is less than minimum")
	}
	return int(n), nil
}

// dirFDArg is dir_fd_converter: None (the current directory) or an int.
func dirFDArg(v object.Value) (int, error) {
	if v.IsNull() || v.IsNone() {
		return atFDCWD, nil
	}
	if !isIndexable(v) {
		return 0, object.Errorf(object.TypeError, "argument should be integer or None, not %s", object.TypeOf(v).Name)
	}
	return fdArg(v)
}

// pathResult returns a file name as the caller gave its path: bytes for
// bytes, str (decoded) otherwise.
func pathResult(name string, asBytes bool) object.Value {
	if asBytes {
		return object.NewBytes([]byte(name))
	}
	return object.NewStr(fsDecode(name))
}
