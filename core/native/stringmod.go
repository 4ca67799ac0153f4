package native

import (
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _string: the parsers behind string.Formatter, as CPython's
// MarkupIterator and FieldNameIterator scan format strings.

func init() { register("_string", newStringModule) }

var formatterIterType = object.NewBuiltinType("formatteriterator", nil)
var fieldNameIterType = object.NewBuiltinType("fieldnameiterator", nil)

// formatterIter yields (literal, field_name, format_spec, conversion).
type formatterIter struct {
	s   []rune
	pos int
}

func (f *formatterIter) Type() *object.Type { return formatterIterType }

func (f *formatterIter) Next() (object.Value, bool, error) {
	s := f.s
	if f.pos >= len(s) {
		return object.Null, false, nil
	}
	start := f.pos
	var c rune
	markup := false
	for f.pos < len(s) {
		c = s[f.pos]
		f.pos++
		if c == '{' || c == '}' {
			markup = true
			break
		}
	}
	atEnd := f.pos >= len(s)
	n := f.pos - start
	if c == '}' && markup && (atEnd || s[f.pos] != '}') {
		return object.Null, false, object.Errorf(object.ValueError, "Single '}' encountered in format string")
	}
	if atEnd && c == '{' && markup {
		return object.Null, false, object.Errorf(object.ValueError, "Single '{' encountered in format string")
	}
	if !atEnd && markup {
		if s[f.pos] == c {
			f.pos++ // an escaped brace: literal text only
			markup = false
		} else {
			n--
		}
	}
	literal := object.NewStr(string(s[start : start+n]))
	if !markup {
		return tuple(literal, object.None, object.None, object.None), true, nil
	}
	name, spec, conv, err := f.parseField()
	if err != nil {
		return object.Null, false, err
	}
	convV := object.None
	if conv != 0 {
		convV = object.NewStr(string(conv))
	}
	return tuple(literal, object.NewStr(name), object.NewStr(spec), convV), true, nil
}

// parseField reads a replacement field after its '{'.
func (f *formatterIter) parseField() (name, spec string, conv rune, err error) {
	s := f.s
	start := f.pos
	var c rune
	for f.pos < len(s) {
		c = s[f.pos]
		f.pos++
		if c == '{' {
			return "", "", 0, object.Errorf(object.ValueError, "unexpected '{' in field name")
		}
		if c == '[' {
			for f.pos < len(s) && s[f.pos] != ']' {
				f.pos++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	name = string(s[start : f.pos-1])
	if f.pos == start || (c != '}' && c != ':' && c != '!') {
		if c == '}' && f.pos > start {
			return name, "", 0, nil
		}
		return "", "", 0, object.Errorf(object.ValueError, "expected '}' before end of string")
	}
	if c == '}' {
		return name, "", 0, nil
	}
	if c == '!' {
		if f.pos >= len(s) {
			return "", "", 0, object.Errorf(object.ValueError, "end of string while looking for conversion specifier")
		}
		conv = s[f.pos]
		f.pos++
		if f.pos < len(s) {
			c = s[f.pos]
			f.pos++
			if c == '}' {
				return name, "", conv, nil
			}
			if c != ':' {
				return "", "", 0, object.Errorf(object.ValueError, "expected ':' after conversion specifier")
			}
		}
	}
	specStart := f.pos
	count := 1
	for f.pos < len(s) {
		c = s[f.pos]
		f.pos++
		switch c {
		case '{':
			count++
		case '}':
			count--
			if count == 0 {
				return name, string(s[specStart : f.pos-1]), conv, nil
			}
		}
	}
	return "", "", 0, object.Errorf(object.ValueError, "unmatched '{' in format spec")
}

// fieldNameIter yields (is_attribute, key) for the rest of a field name.
type fieldNameIter struct {
	s   []rune
	pos int
}

func (f *fieldNameIter) Type() *object.Type { return fieldNameIterType }

func (f *fieldNameIter) Next() (object.Value, bool, error) {
	s := f.s
	if f.pos >= len(s) {
		return object.Null, false, nil
	}
	c := s[f.pos]
	f.pos++
	var name []rune
	isAttr := false
	switch c {
	case '.':
		isAttr = true
		start := f.pos
		for f.pos < len(s) && s[f.pos] != '.' && s[f.pos] != '[' {
			f.pos++
		}
		name = s[start:f.pos]
	case '[':
		start := f.pos
		for f.pos < len(s) && s[f.pos] != ']' {
			f.pos++
		}
		if f.pos >= len(s) {
			return object.Null, false, object.Errorf(object.ValueError, "Missing ']' in format string")
		}
		name = s[start:f.pos]
		f.pos++
	default:
		return object.Null, false, object.Errorf(object.ValueError, "Only '.' or '[' may follow ']' in format field specifier")
	}
	if len(name) == 0 {
		return object.Null, false, object.Errorf(object.ValueError, "Empty attribute in format string")
	}
	key := object.NewStr(string(name))
	if !isAttr {
		if n, ok, err := formatInteger(name); err != nil {
			return object.Null, false, err
		} else if ok {
			key = object.Int(n)
		}
	}
	return tuple(object.Bool(isAttr), key), true, nil
}

// formatInteger is get_integer: all decimal digits, or not an index.
func formatInteger(s []rune) (int64, bool, error) {
	if len(s) == 0 {
		return 0, false, nil
	}
	var n int64
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false, nil
		}
		if n > (1<<63-1-int64(r-'0'))/10 {
			return 0, false, object.Errorf(object.ValueError, "Too many decimal digits in format string")
		}
		n = n*10 + int64(r-'0')
	}
	return n, true, nil
}

func formatStrArg(v object.Value) (string, error) {
	s, ok := object.Unwrap(v).Object().(*object.Str)
	if !ok {
		return "", object.Errorf(object.TypeError, "expected str, got %s", object.TypeOf(v).Name)
	}
	return s.S, nil
}

func newStringModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("_string", "string helper module")
	defFunc(m, "formatter_parser", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("formatter_parser", args, kw); err != nil {
			return object.Null, err
		}
		s, err := formatStrArg(args[0])
		if err != nil {
			return object.Null, err
		}
		return object.FromObject(&formatterIter{s: []rune(s)}), nil
	})
	defFunc(m, "formatter_field_name_split", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("formatter_field_name_split", args, kw); err != nil {
			return object.Null, err
		}
		s, err := formatStrArg(args[0])
		if err != nil {
			return object.Null, err
		}
		r := []rune(s)
		i := 0
		for i < len(r) && r[i] != '.' && r[i] != '[' {
			i++
		}
		first := object.NewStr(string(r[:i]))
		n, ok, err := formatInteger(r[:i])
		if err != nil {
			return object.Null, err
		}
		if ok {
			first = object.Int(n)
		}
		return tuple(first, object.FromObject(&fieldNameIter{s: r, pos: i})), nil
	})
	return m, nil
}
