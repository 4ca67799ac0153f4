package object

import (
	"strings"
)

// The codec registry and the text-encoding entry points of str.encode,
// bytes.decode and str(b, encoding), as CPython's Python/codecs.c and
// PyUnicode_AsEncodedString/PyUnicode_Decode do them: a few names go
// straight to the C codecs (here, Go); every other name is looked up
// through the search functions registered with codecs.register (the
// encodings package registers the first one when it is imported).

// CodecRegistry is one interpreter's codec state: CPython's
// interp->codec_search_path, codec_search_cache and codec_error_registry.
type CodecRegistry struct {
	searchPath []Value
	cache      map[string]Value
	errors     map[string]Value
	// Import, when set, imports the encodings package, whose import
	// registers the standard search function. It runs once, before the
	// first lookup (CPython imports encodings at startup).
	Import   func() error
	imported bool
}

var activeCodecs *CodecRegistry

func init() { activeCodecs = NewCodecRegistry() }

// SetActiveCodecs makes r the registry that str.encode and bytes.decode
// use: the running interpreter's (the VM sets it when an interpreter
// starts running code).
func SetActiveCodecs(r *CodecRegistry) {
	if r != nil {
		activeCodecs = r
	}
}

// ActiveCodecs returns the running interpreter's codec registry.
func ActiveCodecs() *CodecRegistry { return activeCodecs }

var errorHandlerNames = map[string]string{
	"strict": "strict_errors", "ignore": "ignore_errors", "replace": "replace_errors",
	"xmlcharrefreplace": "xmlcharrefreplace_errors", "backslashreplace": "backslashreplace_errors",
	"namereplace": "namereplace_errors", "surrogateescape": "surrogateescape",
	"surrogatepass": "surrogatepass",
}

// NewCodecRegistry returns a registry with the built-in error handlers.
func NewCodecRegistry() *CodecRegistry {
	r := &CodecRegistry{cache: map[string]Value{}, errors: map[string]Value{}}
	for name, fname := range errorHandlerNames {
		h, _ := BuiltinErrorHandler(name)
		fname := fname
		r.errors[name] = NewBuiltin(fname, func(_ Value, args []Value, kw []string) (Value, error) {
			if err := ExactlyOne(fname, args, kw); err != nil {
				return Null, err
			}
			return h(args[0])
		})
	}
	return r
}

// Register adds a search function (codecs.register).
func (r *CodecRegistry) Register(fn Value) error {
	if !IsCallable(fn) {
		return Errorf(TypeError, "argument must be callable")
	}
	if err := r.ensureImported(); err != nil {
		return err
	}
	r.searchPath = append(r.searchPath, fn)
	return nil
}

// ensureImported imports the encodings package once, so that its search
// function comes first, as it does in CPython, which imports it at startup.
func (r *CodecRegistry) ensureImported() error {
	if r.imported || r.Import == nil {
		return nil
	}
	r.imported = true
	if err := r.Import(); err != nil && !ExceptionMatches(err, ImportError) {
		return err
	}
	return nil
}

// Unregister removes a search function and clears the cache
// (codecs.unregister).
func (r *CodecRegistry) Unregister(fn Value) {
	for i, f := range r.searchPath {
		if f.Is(fn) {
			r.searchPath = append(r.searchPath[:i:i], r.searchPath[i+1:]...)
			r.cache = map[string]Value{}
			return
		}
	}
}

// Forget drops a cached lookup result (codecs._forget_codec).
func (r *CodecRegistry) Forget(encoding string) {
	delete(r.cache, NormalizeEncoding(encoding))
}

// RegisterError registers an error handler (codecs.register_error).
func (r *CodecRegistry) RegisterError(name string, fn Value) error {
	if !IsCallable(fn) {
		return Errorf(TypeError, "handler must be callable")
	}
	r.errors[name] = fn
	return nil
}

// LookupError returns the error handler registered under name.
func (r *CodecRegistry) LookupError(name string) (Value, error) {
	if h, ok := r.errors[name]; ok {
		return h, nil
	}
	return Null, Errorf(LookupError, "unknown error handler name '%s'", name)
}

// LookupErrorHandler looks name up in the active registry.
func LookupErrorHandler(name string) (Value, error) { return activeCodecs.LookupError(name) }

// NormalizeEncoding is CPython's _Py_normalize_encoding: lower-case ASCII
// letters and digits and '.', every run of other characters becoming one
// '_' between them.
func NormalizeEncoding(name string) string {
	var b strings.Builder
	punct := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			punct = false
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		} else {
			punct = true
		}
	}
	return b.String()
}

// Lookup finds the CodecInfo of encoding (codecs.lookup).
func (r *CodecRegistry) Lookup(encoding string) (Value, error) {
	if err := r.ensureImported(); err != nil {
		return Null, err
	}
	key := NormalizeEncoding(encoding)
	if v, ok := r.cache[key]; ok {
		return v, nil
	}
	if len(r.searchPath) == 0 {
		if info, ok := builtinCodecInfo(key); ok {
			return info, nil
		}
		return Null, Errorf(LookupError, "unknown encoding: %s", encoding)
	}
	arg := NewStr(key)
	for _, fn := range r.searchPath {
		res, err := Call(fn, []Value{arg}, nil)
		if err != nil {
			return Null, err
		}
		if res.IsNone() {
			continue
		}
		if tupleLen(res) != 4 {
			return Null, Errorf(TypeError, "codec search functions must return 4-tuples")
		}
		r.cache[key] = res
		return res, nil
	}
	if info, ok := builtinCodecInfo(key); ok {
		return info, nil
	}
	return Null, Errorf(LookupError, "unknown encoding: %s", encoding)
}

func tupleLen(v Value) int {
	if t, ok := Unwrap(v).o.(*Tuple); ok {
		return len(t.Items)
	}
	return -1
}

// BuiltinCodecInfo, when set (by the _codecs module), returns a CodecInfo
// made of the Go codecs for a normalized name CPython implements in C, so
// that those encodings work when the encodings package cannot be imported
// (no CPython Lib). With the Lib, the registry's answers are the Lib's.
var BuiltinCodecInfo func(name string) (Value, bool)

func builtinCodecInfo(name string) (Value, bool) {
	if BuiltinCodecInfo == nil {
		return Null, false
	}
	return BuiltinCodecInfo(name)
}

// codecItem returns item i of a CodecInfo (a 4-tuple or a tuple subclass).
func codecItem(info Value, i int) Value {
	if t, ok := Unwrap(info).o.(*Tuple); ok && i < len(t.Items) {
		return t.Items[i]
	}
	return None
}

// LookupTextEncoding is _PyCodec_LookupTextEncoding: the codec, which
// must not be marked as a non-text encoding (alternate names the function
// to use instead in the error).
func LookupTextEncoding(encoding, alternate string) (Value, error) {
	info, err := activeCodecs.Lookup(encoding)
	if err != nil {
		return Null, err
	}
	if _, isTuple := info.o.(*Tuple); !isTuple {
		v, err := GetAttrString(info, "_is_text_encoding")
		if err != nil {
			if !ExceptionMatches(err, AttributeError) {
				return Null, err
			}
		} else {
			t, err := Truth(v)
			if err != nil {
				return Null, err
			}
			if !t {
				return Null, Errorf(LookupError, "'%s' is not a text encoding; use %s to handle arbitrary codecs", encoding, alternate)
			}
		}
	}
	return info, nil
}

// CallCodec calls a codec's encode or decode function (item 0 or 1 of a
// CodecInfo) on obj and checks the (result, length) pair it returns.
func CallCodec(info Value, encode bool, obj Value, errors string) (Value, error) {
	fn := codecItem(info, 1)
	what := "decoder"
	if encode {
		fn, what = codecItem(info, 0), "encoder"
	}
	args := []Value{obj}
	if errors != "" {
		args = append(args, NewStr(errors))
	}
	res, err := Call(fn, args, nil)
	if err != nil {
		return Null, err
	}
	t, ok := Unwrap(res).o.(*Tuple)
	if !ok || len(t.Items) != 2 {
		return Null, Errorf(TypeError, "%s must return a tuple (object, integer)", what)
	}
	return t.Items[0], nil
}

// wrapCodecError is _PyErr_TrySetFromCause: an exception the codec raised
// is replaced by one of the same type whose message names the operation
// and the codec, chained to the original, when that type can be made so
// (a plain exception class with no state beyond its args).
func wrapCodecError(err error, op, encoding string) error {
	e, ok := err.(*BaseException)
	if !ok || e.Ext != nil || (e.Dict != nil && e.Dict.Len() > 0) {
		return err
	}
	t := e.Class
	if t.New != nil && t.LookupString("__new__").o != BaseExceptionType.LookupString("__new__").o {
		return err
	}
	if t.LookupString("__init__").o != BaseExceptionType.LookupString("__init__").o {
		return err
	}
	msg, serr := StrOf(FromObject(e))
	if serr != nil {
		return err
	}
	w := NewException(t, NewStr(op+" with '"+encoding+"' codec failed ("+t.Name+": "+msg+")"))
	w.Cause = FromObject(e)
	w.Context = FromObject(e)
	w.Traceback = e.Traceback
	return w
}

// CodecEncode is codecs.encode(obj, encoding, errors): any codec, any
// object types.
func CodecEncode(obj Value, encoding, errors string) (Value, error) {
	info, err := activeCodecs.Lookup(encoding)
	if err != nil {
		return Null, err
	}
	r, err := CallCodec(info, true, obj, errors)
	if err != nil {
		return Null, wrapCodecError(err, "encoding", encoding)
	}
	return r, nil
}

// CodecDecode is codecs.decode(obj, encoding, errors).
func CodecDecode(obj Value, encoding, errors string) (Value, error) {
	info, err := activeCodecs.Lookup(encoding)
	if err != nil {
		return Null, err
	}
	r, err := CallCodec(info, false, obj, errors)
	if err != nil {
		return Null, wrapCodecError(err, "decoding", encoding)
	}
	return r, nil
}

// fastCodec names the codecs str.encode and bytes.decode run without the
// registry, as PyUnicode_AsEncodedString and PyUnicode_Decode do.
func fastCodec(encoding string) string {
	if encoding == "utf-8" || encoding == "" {
		return "utf-8"
	}
	lower := NormalizeEncoding(encoding)
	if strings.HasPrefix(lower, "utf") {
		rest := strings.TrimPrefix(lower[3:], "_")
		switch rest {
		case "8":
			return "utf-8"
		case "16":
			return "utf-16"
		case "32":
			return "utf-32"
		}
		return ""
	}
	switch lower {
	case "ascii", "us_ascii":
		return "ascii"
	case "latin1", "latin_1", "iso_8859_1", "iso8859_1":
		return "latin-1"
	}
	return ""
}

// EncodeString is str.encode(encoding, errors) (PyUnicode_AsEncodedString):
// it returns bytes.
func EncodeString(s Value, encoding, errors string) (Value, error) {
	var b []byte
	var err error
	switch fastCodec(encoding) {
	case "utf-8":
		b, err = EncodeUTF8(s, errors)
	case "utf-16":
		b, err = EncodeUTF16(s, errors, 0)
	case "utf-32":
		b, err = EncodeUTF32(s, errors, 0)
	case "ascii":
		b, err = EncodeASCII(s, errors)
	case "latin-1":
		b, err = EncodeLatin1(s, errors)
	default:
		info, lerr := LookupTextEncoding(encoding, "codecs.encode()")
		if lerr != nil {
			return Null, lerr
		}
		v, cerr := CallCodec(info, true, s, errors)
		if cerr != nil {
			return Null, wrapCodecError(cerr, "encoding", encoding)
		}
		switch o := Unwrap(v).o.(type) {
		case *Bytes:
			return NewBytes(o.B), nil
		case *ByteArray:
			return NewBytes(append([]byte(nil), o.B...)), nil
		}
		return Null, Errorf(TypeError, "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", encoding, TypeOf(v).Name)
	}
	if err != nil {
		return Null, err
	}
	return NewBytes(b), nil
}

// DecodeString is bytes.decode(encoding, errors) (PyUnicode_Decode); obj
// is the bytes-like object data comes from, passed to registry codecs.
func DecodeString(data []byte, obj Value, encoding, errors string) (Value, error) {
	var s string
	var err error
	switch fastCodec(encoding) {
	case "utf-8":
		s, _, err = DecodeUTF8(data, errors, true)
	case "utf-16":
		bo := 0
		s, _, err = DecodeUTF16(data, errors, &bo, true)
	case "utf-32":
		bo := 0
		s, _, err = DecodeUTF32(data, errors, &bo, true)
	case "ascii":
		s, err = DecodeASCII(data, errors)
	case "latin-1":
		s = DecodeLatin1(data)
	default:
		info, lerr := LookupTextEncoding(encoding, "codecs.decode()")
		if lerr != nil {
			return Null, lerr
		}
		if obj.IsNull() {
			obj = NewBytes(data)
		}
		v, cerr := CallCodec(info, false, obj, errors)
		if cerr != nil {
			return Null, wrapCodecError(cerr, "decoding", encoding)
		}
		if str, ok := v.o.(*Str); ok {
			return FromObject(str), nil
		}
		if _, ok := Unwrap(v).o.(*Str); ok && TypeOf(v).IsSubtype(StrType) {
			return NewStr(Unwrap(v).o.(*Str).S), nil
		}
		return Null, Errorf(TypeError, "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", encoding, TypeOf(v).Name)
	}
	if err != nil {
		return Null, err
	}
	return NewStr(s), nil
}

// BytesLike returns the contents of a bytes-like object (bytes,
// bytearray, or anything exporting a buffer), ok false for others. The
// slice is the object's live memory when it is contiguous.
func BytesLike(v Value) ([]byte, bool) {
	switch o := Unwrap(v).o.(type) {
	case *Bytes:
		return o.B, true
	case *ByteArray:
		return o.B, true
	}
	if !IsBuffer(v) {
		return nil, false
	}
	b, err := AsBytes(v)
	return b, err == nil
}

// WritableBytes returns the live memory of a writable, contiguous
// bytes-like object (bytearray, a writable memoryview, array.array), as
// readinto's target.
func WritableBytes(v Value) ([]byte, bool) {
	if b, ok := Unwrap(v).o.(*ByteArray); ok {
		return b.B, true
	}
	if !IsBuffer(v) {
		return nil, false
	}
	buf, err := GetBuffer(v, true)
	if err != nil {
		return nil, false
	}
	defer buf.Release()
	if buf.ReadOnly || !buf.Contiguous() {
		return nil, false
	}
	return buf.Buf[buf.Offset : buf.Offset+buf.Len()], true
}
