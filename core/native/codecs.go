package native

import (
	"fmt"
	"strings"
	"sync"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
	"golang.org/x/text/unicode/runenames"
)

// _codecs: the codec registry (register, lookup, lookup_error,
// register_error, encode, decode) and the codecs CPython writes in C,
// which Lib/codecs.py and Lib/encodings/*.py wrap. The codecs themselves
// live in core/object, where str.encode and bytes.decode use them too.

func init() {
	register("_codecs", newCodecs)
	object.UnicodeName = unicodeName
	object.UnicodeLookup = unicodeLookup
	object.BuiltinCodecInfo = builtinCodecInfo
}

const codecsDoc = ""

// codecArgs reads the arguments of a positional-only codec function:
// its data (str or bytes-like as the codec wants), errors (str or None)
// and the optional extras.
type codecArgs struct {
	fname string
	args  []object.Value
}

func (c codecArgs) str(i int) (object.Value, error) {
	v := c.args[i]
	if _, ok := object.Unwrap(v).Object().(*object.Str); !ok {
		return object.Null, object.Errorf(object.TypeError, "%s() argument %d must be str, not %s", c.fname, i+1, object.TypeOf(v).Name)
	}
	return object.Unwrap(v), nil
}

// buffer reads a bytes-like argument; acceptStr lets a str through as
// its UTF-8 bytes (Argument Clinic's Py_buffer(accept={str, buffer})).
func (c codecArgs) buffer(i int, acceptStr bool) ([]byte, error) {
	v := c.args[i]
	if b, ok := object.BytesLike(v); ok {
		return b, nil
	}
	if s, ok := object.Unwrap(v).Object().(*object.Str); ok && acceptStr {
		b, err := object.EncodeUTF8(object.FromObject(s), "strict")
		return b, err
	}
	return nil, object.Errorf(object.TypeError, "a bytes-like object is required, not '%s'", object.TypeOf(v).Name)
}

func (c codecArgs) errors(i int) (string, error) {
	if i >= len(c.args) || c.args[i].IsNone() {
		return "strict", nil
	}
	s, ok := object.Unwrap(c.args[i]).Object().(*object.Str)
	if !ok {
		return "", object.Errorf(object.TypeError, "%s() argument %d must be str or None, not %s", c.fname, i+1, object.TypeOf(c.args[i]).Name)
	}
	return s.S, nil
}

func (c codecArgs) intArg(i int, def int) (int, error) {
	if i >= len(c.args) {
		return def, nil
	}
	n, err := object.AsIndex(c.args[i])
	if err != nil {
		return 0, err
	}
	return n, nil
}

func (c codecArgs) boolArg(i int, def bool) (bool, error) {
	if i >= len(c.args) {
		return def, nil
	}
	n, err := c.intArg(i, 0)
	return n != 0, err
}

func pair(a object.Value, n int) object.Value {
	return object.TupleValue(a, object.Int(int64(n)))
}

func strLen(v object.Value) int {
	n, _ := object.Len(v)
	return n
}

// encoderFunc and decoderFunc adapt the Go codecs to _codecs' signatures.
type encoderFunc func(s object.Value, errors string, extra []object.Value) ([]byte, error)
type decoderFunc func(data []byte, errors string, final bool) (string, int, error)

var strEncoders = map[string]encoderFunc{
	"utf_8":   func(s object.Value, e string, _ []object.Value) ([]byte, error) { return object.EncodeUTF8(s, e) },
	"latin_1": func(s object.Value, e string, _ []object.Value) ([]byte, error) { return object.EncodeLatin1(s, e) },
	"ascii":   func(s object.Value, e string, _ []object.Value) ([]byte, error) { return object.EncodeASCII(s, e) },
	"utf_7":   func(s object.Value, e string, _ []object.Value) ([]byte, error) { return object.EncodeUTF7(s, e) },
	"utf_16_le": func(s object.Value, e string, _ []object.Value) ([]byte, error) {
		return object.EncodeUTF16(s, e, -1)
	},
	"utf_16_be": func(s object.Value, e string, _ []object.Value) ([]byte, error) {
		return object.EncodeUTF16(s, e, 1)
	},
	"utf_32_le": func(s object.Value, e string, _ []object.Value) ([]byte, error) {
		return object.EncodeUTF32(s, e, -1)
	},
	"utf_32_be": func(s object.Value, e string, _ []object.Value) ([]byte, error) {
		return object.EncodeUTF32(s, e, 1)
	},
	"unicode_escape": func(s object.Value, _ string, _ []object.Value) ([]byte, error) {
		return object.EncodeUnicodeEscape(s.Object().(*object.Str)), nil
	},
	"raw_unicode_escape": func(s object.Value, _ string, _ []object.Value) ([]byte, error) {
		return object.EncodeRawUnicodeEscape(s.Object().(*object.Str)), nil
	},
}

func fixedOrder(f func([]byte, string, *int, bool) (string, int, error), bo int) decoderFunc {
	return func(data []byte, errors string, final bool) (string, int, error) {
		b := bo
		return f(data, errors, &b, final)
	}
}

var byteDecoders = map[string]decoderFunc{
	"utf_8":     object.DecodeUTF8,
	"utf_7":     object.DecodeUTF7,
	"utf_16":    fixedOrder(object.DecodeUTF16, 0),
	"utf_16_le": fixedOrder(object.DecodeUTF16, -1),
	"utf_16_be": fixedOrder(object.DecodeUTF16, 1),
	"utf_32":    fixedOrder(object.DecodeUTF32, 0),
	"utf_32_le": fixedOrder(object.DecodeUTF32, -1),
	"utf_32_be": fixedOrder(object.DecodeUTF32, 1),
	"latin_1": func(data []byte, _ string, _ bool) (string, int, error) {
		return object.DecodeLatin1(data), len(data), nil
	},
	"ascii": func(data []byte, errors string, _ bool) (string, int, error) {
		s, err := object.DecodeASCII(data, errors)
		return s, len(data), err
	},
	"unicode_escape":     object.DecodeUnicodeEscape,
	"raw_unicode_escape": object.DecodeRawUnicodeEscape,
}

// finalDefault is the default of a decoder's final argument: True for
// the codecs that were stateless before 3.10, False for the UTFs.
var finalDefault = map[string]bool{"latin_1": true, "ascii": true, "unicode_escape": true, "raw_unicode_escape": true}

// acceptsStr lists the decoders whose data may be a str.
var acceptsStr = map[string]bool{"unicode_escape": true, "raw_unicode_escape": true}

func newCodecs(in *vm.Interp) (*object.Module, error) {
	m := newModule("_codecs", codecsDoc)
	reg := in.Codecs()
	defFunc(m, "register", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("register", args, kw); err != nil {
			return object.Null, err
		}
		return object.None, reg.Register(args[0])
	})
	defFunc(m, "unregister", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("unregister", args, kw); err != nil {
			return object.Null, err
		}
		reg.Unregister(args[0])
		return object.None, nil
	})
	strArg := func(fname string, v object.Value, pos int) (string, error) {
		s, ok := object.Unwrap(v).Object().(*object.Str)
		if !ok {
			return "", object.Errorf(object.TypeError, "%s() argument %d must be str, not %s", fname, pos, object.TypeOf(v).Name)
		}
		return s.S, nil
	}
	defFunc(m, "lookup", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("lookup", args, kw); err != nil {
			return object.Null, err
		}
		enc, err := strArg("lookup", args[0], 1)
		if err != nil {
			return object.Null, err
		}
		return reg.Lookup(enc)
	})
	for _, name := range []string{"encode", "decode"} {
		name := name
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			var a [3]object.Value
			if err := object.ParseArgs(name, args, kw, []string{"obj", "encoding", "errors"}, 3, 1, a[:]); err != nil {
				return object.Null, err
			}
			enc, errs := "utf-8", "strict"
			if !a[1].IsNull() {
				s, err := strArg(name, a[1], 2)
				if err != nil {
					return object.Null, err
				}
				enc = s
			}
			if !a[2].IsNull() {
				s, err := strArg(name, a[2], 3)
				if err != nil {
					return object.Null, err
				}
				errs = s
			}
			if name == "encode" {
				return object.CodecEncode(a[0], enc, errs)
			}
			return object.CodecDecode(a[0], enc, errs)
		})
	}
	defFunc(m, "lookup_error", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("lookup_error", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		name, err := strArg("lookup_error", args[0], 1)
		if err != nil {
			return object.Null, err
		}
		return reg.LookupError(name)
	})
	defFunc(m, "register_error", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("register_error", args, kw, 2, 2); err != nil {
			return object.Null, err
		}
		name, err := strArg("register_error", args[0], 1)
		if err != nil {
			return object.Null, err
		}
		return object.None, reg.RegisterError(name, args[1])
	})
	for _, name := range codecOrder {
		if name == "utf_16" || name == "utf_32" {
			defUTFWide(m, name)
		}
		if enc, ok := strEncoders[name]; ok {
			defEncoder(m, name, enc)
		}
		if dec, ok := byteDecoders[name]; ok {
			defDecoder(m, name, dec)
		}
	}
	defCharmap(m)
	order := []string{"register", "unregister", "lookup", "encode", "decode", "escape_encode", "escape_decode"}
	for _, n := range codecOrder {
		order = append(order, n+"_encode")
		switch n {
		case "utf_16", "utf_16_be", "utf_32", "utf_32_be":
			continue // CPython lists the encoders of a family, then its decoders
		case "utf_16_le":
			order = append(order, "utf_16_be_encode", "utf_16_decode", "utf_16_le_decode", "utf_16_be_decode", "utf_16_ex_decode")
			continue
		case "utf_32_le":
			order = append(order, "utf_32_be_encode", "utf_32_decode", "utf_32_le_decode", "utf_32_be_decode", "utf_32_ex_decode")
			continue
		}
		order = append(order, n+"_decode")
	}
	order = append(order, "charmap_encode", "charmap_decode", "charmap_build", "readbuffer_encode", "register_error", "lookup_error")
	reorderModule(m, order)
	return m, nil
}

// codecOrder is the order in which CPython's _codecs defines its codec
// functions.
var codecOrder = []string{"utf_8", "utf_7", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be",
	"unicode_escape", "raw_unicode_escape", "latin_1", "ascii"}

func defEncoder(m *object.Module, name string, enc encoderFunc) {
	{
		fname := name + "_encode"
		defFunc(m, fname, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.PositionalOnly(fname, args, kw, 1, 2); err != nil {
				return object.Null, err
			}
			c := codecArgs{fname, args}
			s, err := c.str(0)
			if err != nil {
				return object.Null, err
			}
			errs, err := c.errors(1)
			if err != nil {
				return object.Null, err
			}
			b, err := enc(s, errs, nil)
			if err != nil {
				return object.Null, err
			}
			return pair(object.NewBytes(b), strLen(s)), nil
		})
	}
}

// defUTFWide defines utf_16/utf_32's encode, decode and ex_decode.
func defUTFWide(m *object.Module, name string) {
	size := 16
	if name == "utf_32" {
		size = 32
	}
	{
		fname := fmt.Sprintf("utf_%d_encode", size)
		defFunc(m, fname, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.PositionalOnly(fname, args, kw, 1, 3); err != nil {
				return object.Null, err
			}
			c := codecArgs{fname, args}
			s, err := c.str(0)
			if err != nil {
				return object.Null, err
			}
			errs, err := c.errors(1)
			if err != nil {
				return object.Null, err
			}
			bo, err := c.intArg(2, 0)
			if err != nil {
				return object.Null, err
			}
			var b []byte
			if size == 16 {
				b, err = object.EncodeUTF16(s, errs, bo)
			} else {
				b, err = object.EncodeUTF32(s, errs, bo)
			}
			if err != nil {
				return object.Null, err
			}
			return pair(object.NewBytes(b), strLen(s)), nil
		})
		fname2 := fmt.Sprintf("utf_%d_ex_decode", size)
		defFunc(m, fname2, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.PositionalOnly(fname2, args, kw, 1, 4); err != nil {
				return object.Null, err
			}
			c := codecArgs{fname2, args}
			data, err := c.buffer(0, false)
			if err != nil {
				return object.Null, err
			}
			errs, err := c.errors(1)
			if err != nil {
				return object.Null, err
			}
			bo, err := c.intArg(2, 0)
			if err != nil {
				return object.Null, err
			}
			final, err := c.boolArg(3, false)
			if err != nil {
				return object.Null, err
			}
			var s string
			var n int
			if size == 16 {
				s, n, err = object.DecodeUTF16(data, errs, &bo, final)
			} else {
				s, n, err = object.DecodeUTF32(data, errs, &bo, final)
			}
			if err != nil {
				return object.Null, err
			}
			return object.TupleValue(object.NewStr(s), object.Int(int64(n)), object.Int(int64(bo))), nil
		})
	}
}

func defDecoder(m *object.Module, name string, dec decoderFunc) {
	{
		fname := name + "_decode"
		finalDef, strOK := finalDefault[name], acceptsStr[name]
		maxArgs := 3
		if name == "latin_1" || name == "ascii" {
			maxArgs = 2
		}
		defFunc(m, fname, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.PositionalOnly(fname, args, kw, 1, maxArgs); err != nil {
				return object.Null, err
			}
			c := codecArgs{fname, args}
			data, err := c.buffer(0, strOK)
			if err != nil {
				return object.Null, err
			}
			errs, err := c.errors(1)
			if err != nil {
				return object.Null, err
			}
			final, err := c.boolArg(2, finalDef)
			if err != nil {
				return object.Null, err
			}
			s, n, err := dec(data, errs, final)
			if err != nil {
				return object.Null, err
			}
			return pair(object.NewStr(s), n), nil
		})
	}
}

func defCharmap(m *object.Module) {
	defFunc(m, "charmap_encode", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("charmap_encode", args, kw, 1, 3); err != nil {
			return object.Null, err
		}
		c := codecArgs{"charmap_encode", args}
		s, err := c.str(0)
		if err != nil {
			return object.Null, err
		}
		errs, err := c.errors(1)
		if err != nil {
			return object.Null, err
		}
		mapping := object.None
		if len(args) > 2 {
			mapping = args[2]
		}
		b, err := object.EncodeCharmap(s, errs, mapping)
		if err != nil {
			return object.Null, err
		}
		return pair(object.NewBytes(b), strLen(s)), nil
	})
	defFunc(m, "charmap_decode", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("charmap_decode", args, kw, 1, 3); err != nil {
			return object.Null, err
		}
		c := codecArgs{"charmap_decode", args}
		data, err := c.buffer(0, false)
		if err != nil {
			return object.Null, err
		}
		errs, err := c.errors(1)
		if err != nil {
			return object.Null, err
		}
		mapping := object.None
		if len(args) > 2 {
			mapping = args[2]
		}
		s, err := object.DecodeCharmap(data, errs, mapping)
		if err != nil {
			return object.Null, err
		}
		return pair(object.NewStr(s), len(data)), nil
	})
	defFunc(m, "charmap_build", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("charmap_build", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		s, err := codecArgs{"charmap_build", args}.str(0)
		if err != nil {
			return object.Null, err
		}
		return object.CharmapBuild(s.Object().(*object.Str).S), nil
	})
	defFunc(m, "escape_encode", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("escape_encode", args, kw, 1, 2); err != nil {
			return object.Null, err
		}
		b, ok := object.Unwrap(args[0]).Object().(*object.Bytes)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "escape_encode() argument 1 must be bytes, not %s", object.TypeOf(args[0]).Name)
		}
		if _, err := (codecArgs{"escape_encode", args}).errors(1); err != nil {
			return object.Null, err
		}
		return pair(object.NewBytes(object.EscapeEncode(b.B)), len(b.B)), nil
	})
	defFunc(m, "escape_decode", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("escape_decode", args, kw, 1, 2); err != nil {
			return object.Null, err
		}
		c := codecArgs{"escape_decode", args}
		data, err := c.buffer(0, true)
		if err != nil {
			return object.Null, err
		}
		errs := ""
		if len(args) > 1 && !args[1].IsNone() {
			if errs, err = c.errors(1); err != nil {
				return object.Null, err
			}
		}
		out, err := object.EscapeDecode(data, errs)
		if err != nil {
			return object.Null, err
		}
		return pair(object.NewBytes(out), len(data)), nil
	})
	defFunc(m, "readbuffer_encode", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("readbuffer_encode", args, kw, 1, 2); err != nil {
			return object.Null, err
		}
		c := codecArgs{"readbuffer_encode", args}
		data, err := c.buffer(0, true)
		if err != nil {
			return object.Null, err
		}
		if _, err := c.errors(1); err != nil {
			return object.Null, err
		}
		return pair(object.NewBytes(append([]byte(nil), data...)), len(data)), nil
	})
}

// builtinCodecInfo is object.BuiltinCodecInfo: a plain (encode, decode,
// None, None) tuple over the Go codecs, for a pyvar without CPython's
// Lib (with it, the encodings package answers lookups).
func builtinCodecInfo(name string) (object.Value, bool) {
	aliases := map[string]string{
		"utf8": "utf_8", "u8": "utf_8", "utf": "utf_8", "utf_8": "utf_8",
		"latin1": "latin_1", "latin_1": "latin_1", "iso8859_1": "latin_1", "iso_8859_1": "latin_1", "l1": "latin_1", "8859": "latin_1", "cp819": "latin_1",
		"ascii": "ascii", "us_ascii": "ascii", "646": "ascii",
		"utf16": "utf_16", "utf_16": "utf_16", "utf_16le": "utf_16_le", "utf_16_le": "utf_16_le", "utf_16be": "utf_16_be", "utf_16_be": "utf_16_be",
		"utf32": "utf_32", "utf_32": "utf_32", "utf_32le": "utf_32_le", "utf_32_le": "utf_32_le", "utf_32be": "utf_32_be", "utf_32_be": "utf_32_be",
		"utf7": "utf_7", "utf_7": "utf_7", "unicode_escape": "unicode_escape", "raw_unicode_escape": "raw_unicode_escape",
	}
	canon, ok := aliases[name]
	if !ok {
		return object.Null, false
	}
	dec := byteDecoders[canon]
	enc := strEncoders[canon]
	switch canon {
	case "utf_16", "utf_32":
		size := 16
		if canon == "utf_32" {
			size = 32
		}
		enc = func(s object.Value, e string, _ []object.Value) ([]byte, error) {
			if size == 16 {
				return object.EncodeUTF16(s, e, 0)
			}
			return object.EncodeUTF32(s, e, 0)
		}
	}
	encode := object.NewBuiltin("encode", func(_ object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("encode", args, kw, 1, 2); err != nil {
			return object.Null, err
		}
		c := codecArgs{"encode", args}
		s, err := c.str(0)
		if err != nil {
			return object.Null, err
		}
		errs, err := c.errors(1)
		if err != nil {
			return object.Null, err
		}
		b, err := enc(s, errs, nil)
		if err != nil {
			return object.Null, err
		}
		return pair(object.NewBytes(b), strLen(s)), nil
	})
	decode := object.NewBuiltin("decode", func(_ object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("decode", args, kw, 1, 2); err != nil {
			return object.Null, err
		}
		c := codecArgs{"decode", args}
		data, err := c.buffer(0, acceptsStr[canon])
		if err != nil {
			return object.Null, err
		}
		errs, err := c.errors(1)
		if err != nil {
			return object.Null, err
		}
		s, n, err := dec(data, errs, true)
		if err != nil {
			return object.Null, err
		}
		return pair(object.NewStr(s), n), nil
	})
	return object.TupleValue(encode, decode, object.None, object.None), true
}

// Unicode character names, from golang.org/x/text's table (Unicode 15;
// CPython 3.10's database is Unicode 13, so characters added since have
// names here and not there). Ideographs and Hangul syllables are named by
// rule, as unicodedata names them.

func unicodeName(r rune) (string, bool) {
	if r >= 0xAC00 && r <= 0xD7A3 {
		return hangulName(r), true
	}
	n := runenames.Name(r)
	if n == "" {
		return "", false
	}
	if n[0] == '<' {
		switch {
		case strings.HasPrefix(n, "<CJK Ideograph"):
			return fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%X", r), true
		case strings.HasPrefix(n, "<Tangut Ideograph"):
			return fmt.Sprintf("TANGUT IDEOGRAPH-%X", r), true
		}
		return "", false
	}
	return n, true
}

var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

func hangulName(r rune) string {
	s := int(r - 0xAC00)
	return "HANGUL SYLLABLE " + jamoL[s/(21*28)] + jamoV[s%(21*28)/28] + jamoT[s%28]
}

var (
	nameIndexOnce sync.Once
	nameIndex     map[string]rune
)

func unicodeLookup(name string) (rune, bool) {
	name = strings.ToUpper(name)
	for _, p := range []string{"CJK UNIFIED IDEOGRAPH-", "TANGUT IDEOGRAPH-"} {
		if strings.HasPrefix(name, p) {
			var r rune
			if _, err := fmt.Sscanf(name[len(p):], "%X", &r); err == nil {
				if n, ok := unicodeName(r); ok && n == name {
					return r, true
				}
			}
			return 0, false
		}
	}
	if strings.HasPrefix(name, "HANGUL SYLLABLE ") {
		for r := rune(0xAC00); r <= 0xD7A3; r++ {
			if hangulName(r) == name {
				return r, true
			}
		}
		return 0, false
	}
	// The reverse table is built once per process, on first use.
	nameIndexOnce.Do(func() {
		nameIndex = make(map[string]rune, 40000)
		for r := rune(0); r <= 0x10FFFF; r++ {
			if r == 0xAC00 {
				r = 0xD7A4
			}
			if n := runenames.Name(r); n != "" && n[0] != '<' {
				nameIndex[n] = r
			}
		}
	})
	r, ok := nameIndex[name]
	return r, ok
}
