package native

import (
	"strconv"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _json: the string scanner and encoders that json's pure-Python decoder
// and encoder use when present (scanstring, encode_basestring,
// encode_basestring_ascii), with the messages of CPython's C versions.
// json falls back to its Python scanner and iterencode for the rest.

func init() { register("_json", newJSONModule) }

func jsonStr(v object.Value) ([]rune, error) {
	s, ok := object.Unwrap(v).Object().(*object.Str)
	if !ok {
		return nil, object.Errorf(object.TypeError, "first argument must be a string, not %s", object.TypeOf(v).Name)
	}
	return s.Runes(), nil
}

// jsonEscape encodes s as a JSON string literal; ascii escapes every
// code point outside printable ASCII.
func jsonEscape(s []rune, ascii bool) []rune {
	const hex = "0123456789abcdef"
	out := make([]rune, 0, len(s)+2)
	out = append(out, '"')
	u := func(c rune) {
		out = append(out, '\\', 'u', rune(hex[c>>12&15]), rune(hex[c>>8&15]), rune(hex[c>>4&15]), rune(hex[c&15]))
	}
	for _, c := range s {
		switch c {
		case '"':
			out = append(out, '\\', '"')
		case '\\':
			out = append(out, '\\', '\\')
		case '\n':
			out = append(out, '\\', 'n')
		case '\r':
			out = append(out, '\\', 'r')
		case '\t':
			out = append(out, '\\', 't')
		case '\b':
			out = append(out, '\\', 'b')
		case '\f':
			out = append(out, '\\', 'f')
		default:
			switch {
			case c < ' ':
				u(c)
			case !ascii || c <= '~':
				out = append(out, c)
			case c >= 0x10000:
				c -= 0x10000
				u(0xd800 | (c>>10)&0x3ff)
				u(0xdc00 | c&0x3ff)
			default:
				u(c)
			}
		}
	}
	return append(out, '"')
}

func newJSONModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("_json", "json speedups\n")
	decodeError := func(msg string, s []rune, pos int) error {
		mod, err := in.ImportModule("json.decoder")
		if err != nil {
			return err
		}
		cls, err := object.GetAttr(mod, object.Intern("JSONDecodeError"))
		if err != nil {
			return err
		}
		e, err := object.Call(cls, []object.Value{object.NewStr(msg), object.NewStrFromRunes(s), object.Int(int64(pos))}, nil)
		if err != nil {
			return err
		}
		if be, ok := e.Object().(*object.BaseException); ok {
			return be
		}
		return object.Errorf(object.TypeError, "exceptions must derive from BaseException")
	}
	for _, enc := range []struct {
		name  string
		ascii bool
	}{{"encode_basestring_ascii", true}, {"encode_basestring", false}} {
		enc := enc
		defFunc(m, enc.name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.ExactlyOne(enc.name, args, kw); err != nil {
				return object.Null, err
			}
			s, err := jsonStr(args[0])
			if err != nil {
				return object.Null, err
			}
			return object.NewStrFromRunes(jsonEscape(s, enc.ascii)), nil
		})
	}
	defFunc(m, "scanstring", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("scanstring", args, kw, 2, 3); err != nil {
			return object.Null, err
		}
		s, err := jsonStr(args[0])
		if err != nil {
			return object.Null, err
		}
		end, err := object.AsIndex(args[1])
		if err != nil {
			return object.Null, err
		}
		strict := true
		if len(args) == 3 {
			if strict, err = object.Truth(args[2]); err != nil {
				return object.Null, err
			}
		}
		out, end, err := scanString(s, end, strict, decodeError)
		if err != nil {
			return object.Null, err
		}
		return tuple(object.NewStrFromRunes(out), object.Int(int64(end))), nil
	})
	return m, nil
}

// scanString is CPython's scanstring_unicode: the string whose opening
// quote is at end-1, and the index after its closing quote.
func scanString(s []rune, end int, strict bool, fail func(string, []rune, int) error) ([]rune, int, error) {
	if end < 0 || end > len(s) {
		return nil, 0, object.Errorf(object.ValueError, "end is out of bounds")
	}
	begin := end - 1
	var out []rune
	for {
		next := end
		var c rune
		for ; next < len(s); next++ {
			c = s[next]
			if c == '"' || c == '\\' {
				break
			}
			if c <= 0x1f && strict {
				return nil, 0, fail("Invalid control character at", s, next)
			}
		}
		if next >= len(s) {
			return nil, 0, fail("Unterminated string starting at", s, begin)
		}
		out = append(out, s[end:next]...)
		next++
		if c == '"' {
			return out, next, nil
		}
		if next == len(s) {
			return nil, 0, fail("Unterminated string starting at", s, begin)
		}
		c = s[next]
		if c != 'u' {
			end = next + 1
			switch c {
			case '"', '\\', '/':
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			default:
				return nil, 0, fail("Invalid \\escape", s, end-2)
			}
			out = append(out, c)
			continue
		}
		next++
		end = next + 4
		if end >= len(s) {
			return nil, 0, fail("Invalid \\uXXXX escape", s, next-1)
		}
		hex4 := func(at int) (rune, bool) {
			v, err := strconv.ParseUint(string(s[at:at+4]), 16, 32)
			for _, d := range s[at : at+4] {
				if !(d >= '0' && d <= '9' || d >= 'a' && d <= 'f' || d >= 'A' && d <= 'F') {
					return 0, false
				}
			}
			return rune(v), err == nil
		}
		c, ok := hex4(next)
		if !ok {
			return nil, 0, fail("Invalid \\uXXXX escape", s, end-5)
		}
		next = end
		if c >= 0xd800 && c <= 0xdbff && end+6 < len(s) && s[next] == '\\' && s[next+1] == 'u' {
			c2, ok := hex4(next + 2)
			if !ok {
				return nil, 0, fail("Invalid \\uXXXX escape", s, end+1)
			}
			if c2 >= 0xdc00 && c2 <= 0xdfff {
				c = 0x10000 + (c-0xd800)<<10 + (c2 - 0xdc00)
				end += 6
			}
		}
		out = append(out, c)
	}
}
