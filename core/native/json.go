package native

import (
	"unsafe"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _json: the accelerators of json's decoder and encoder, with the
// semantics and messages of CPython 3.10's Modules/_json.c: scanstring,
// encode_basestring(_ascii), the scanner type (make_scanner, behind
// JSONDecoder.scan_once) and the encoder type (make_encoder, behind a
// one-shot JSONEncoder.iterencode without indent). The scanner is in
// json_scan.go, the encoder in json_encode.go.

func init() { register("_json", newJSONModule) }

// jsonState is one interpreter's _json: its two types and the string
// encoders that make_encoder recognises for its fast path.
type jsonState struct {
	in                  *vm.Interp
	scannerT, encoderT  *object.Type
	encAscii, encUnicde object.Value
	encFree             *jsonEncScratch // see getEncScratch
}

func jsonStrArg(v object.Value) (*object.Str, error) {
	s, ok := object.Unwrap(v).Object().(*object.Str)
	if !ok {
		return nil, object.Errorf(object.TypeError, "first argument must be a string, not %s", object.TypeOf(v).Name)
	}
	return s, nil
}

// decodeError makes json.decoder.JSONDecodeError(msg, s, pos), CPython's
// raise_errmsg.
func (st *jsonState) decodeError(msg string, s object.Value, pos int) error {
	mod, err := st.in.ImportModule("json.decoder")
	if err != nil {
		return err
	}
	cls, err := object.GetAttr(mod, object.Intern("JSONDecodeError"))
	if err != nil {
		return err
	}
	e, err := object.Call(cls, []object.Value{object.NewStr(msg), s, object.Int(int64(pos))}, nil)
	if err != nil {
		return err
	}
	if be, ok := e.Object().(*object.BaseException); ok {
		return be
	}
	return object.Errorf(object.TypeError, "exceptions must derive from BaseException")
}

// appendJSONString appends s as a JSON string literal to b; ascii escapes
// every code point outside printable ASCII (encode_basestring_ascii),
// otherwise only '"', '\\' and control characters are escaped and the
// rest, lone surrogates included, is copied as is.
func appendJSONString(b []byte, s *object.Str, ascii bool) []byte {
	const hex = "0123456789abcdef"
	u := func(b []byte, c rune) []byte {
		return append(b, '\\', 'u', hex[c>>12&15], hex[c>>8&15], hex[c>>4&15], hex[c&15])
	}
	esc := func(b []byte, c byte) []byte {
		switch c {
		case '"':
			return append(b, '\\', '"')
		case '\\':
			return append(b, '\\', '\\')
		case '\n':
			return append(b, '\\', 'n')
		case '\r':
			return append(b, '\\', 'r')
		case '\t':
			return append(b, '\\', 't')
		case '\b':
			return append(b, '\\', 'b')
		case '\f':
			return append(b, '\\', 'f')
		}
		return u(b, rune(c))
	}
	b = append(b, '"')
	if ascii && !s.IsASCII() {
		for _, c := range s.Runes() {
			switch {
			case c < ' ' || c == '"' || c == '\\':
				b = esc(b, byte(c))
			case c <= '~':
				b = append(b, byte(c))
			case c >= 0x10000:
				c -= 0x10000
				b = u(b, 0xd800|(c>>10)&0x3ff)
				b = u(b, 0xdc00|c&0x3ff)
			default:
				b = u(b, c)
			}
		}
		return append(b, '"')
	}
	// Byte-wise: UTF-8 continuation and lead bytes are >= 0x80 and copied.
	str := s.S
	start := 0
	for i := 0; i < len(str); i++ {
		c := str[i]
		if c >= ' ' && c != '"' && c != '\\' && (c < 0x7f || !ascii) {
			continue
		}
		b = append(b, str[start:i]...)
		b = esc(b, c)
		start = i + 1
	}
	b = append(b, str[start:]...)
	return append(b, '"')
}

func newJSONModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("_json", "json speedups\n")
	st := &jsonState{in: in}
	for _, enc := range []struct {
		name  string
		ascii bool
	}{{"encode_basestring_ascii", true}, {"encode_basestring", false}} {
		enc := enc
		defFunc(m, enc.name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.ExactlyOne(enc.name, args, kw); err != nil {
				return object.Null, err
			}
			s, err := jsonStrArg(args[0])
			if err != nil {
				return object.Null, err
			}
			b := appendJSONString(make([]byte, 0, len(s.S)+2), s, enc.ascii)
			return object.NewStr(unsafe.String(&b[0], len(b))), nil
		})
	}
	st.encAscii, _ = m.Dict.GetStr("encode_basestring_ascii")
	st.encUnicde, _ = m.Dict.GetStr("encode_basestring")
	defFunc(m, "scanstring", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("scanstring", args, kw, 2, 3); err != nil {
			return object.Null, err
		}
		end, err := object.ArgSsize(args[1])
		if err != nil {
			return object.Null, err
		}
		strict := true
		if len(args) == 3 {
			if strict, err = object.Truth(args[2]); err != nil {
				return object.Null, err
			}
		}
		s, err := jsonStrArg(args[0])
		if err != nil {
			return object.Null, err
		}
		var out object.Value
		if s.IsASCII() {
			out, end, err = scanString(jsonBytes(s), end, strict, args[0], s, st, nil)
		} else {
			out, end, err = scanString(s.Runes(), end, strict, args[0], s, st, nil)
		}
		if err != nil {
			return object.Null, err
		}
		return tuple(out, object.Int(int64(end))), nil
	})
	st.makeScannerType()
	st.makeEncoderType()
	setAttr(m, "make_scanner", typeValue(st.scannerT))
	setAttr(m, "make_encoder", typeValue(st.encoderT))
	return m, nil
}

// jsonBytes is the text of an ASCII str as bytes, without copying: its
// byte indexes are its code point indexes. Never written to.
func jsonBytes(s *object.Str) []byte {
	if len(s.S) == 0 {
		return nil
	}
	return unsafe.Slice(unsafe.StringData(s.S), len(s.S))
}
