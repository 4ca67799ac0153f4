package compile

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/syntax"
)

// konst is an entry of co_consts while compiling: a literal value (possibly
// a folded tuple), a frozenset made by folding `x in {1, 2}`, or a nested
// code object.
type konst struct {
	v       syntax.ConstValue
	frozen  bool // v is a ConstTuple holding a frozenset's items
	code    *code.Code
	codeKey string // the identity of code for co_consts (see codeKey)
}

// key is what makes two constants the same entry of co_consts, as
// _PyCode_ConstantKey: the type matters (1, 1.0 and True differ), so does
// the sign of a float zero; code objects are equal only to themselves.
func (k konst) key() string {
	var b strings.Builder
	if k.code != nil {
		// Equal code objects are one constant, as in CPython (a loop
		// condition compiled twice holds one genexpr, not two).
		return k.codeKey
	}
	if k.frozen {
		// A frozenset is equal to any other with the same items.
		items := make([]string, len(k.v.Tuple))
		for i, e := range k.v.Tuple {
			var eb strings.Builder
			constKey(&eb, e)
			items[i] = eb.String()
		}
		sort.Strings(items)
		b.WriteString("fz{")
		b.WriteString(strings.Join(items, ","))
		b.WriteString("}")
		return b.String()
	}
	constKey(&b, k.v)
	return b.String()
}

var nanSerial int

func constKey(b *strings.Builder, v syntax.ConstValue) {
	switch v.Kind {
	case syntax.ConstNone:
		b.WriteString("N")
	case syntax.ConstBool:
		if v.Bool {
			b.WriteString("T")
		} else {
			b.WriteString("F")
		}
	case syntax.ConstEllipsis:
		b.WriteString("E")
	case syntax.ConstInt:
		b.WriteString("i")
		b.WriteString(v.Int.String())
	case syntax.ConstFloat:
		b.WriteString("f")
		b.WriteString(strconv.FormatUint(math.Float64bits(v.Float), 16))
		if math.IsNaN(v.Float) {
			// NaN equals nothing, so CPython never merges two NaN constants.
			nanSerial++
			b.WriteString("#" + strconv.Itoa(nanSerial))
		}
	case syntax.ConstComplex:
		b.WriteString("c")
		b.WriteString(strconv.FormatUint(math.Float64bits(real(v.Complex)), 16))
		b.WriteString(",")
		b.WriteString(strconv.FormatUint(math.Float64bits(imag(v.Complex)), 16))
	case syntax.ConstStr:
		b.WriteString("s")
		b.WriteString(strconv.Itoa(len(v.Str)))
		b.WriteString(":")
		b.WriteString(v.Str)
	case syntax.ConstBytes:
		b.WriteString("b")
		b.WriteString(strconv.Itoa(len(v.Str)))
		b.WriteString(":")
		b.WriteString(v.Str)
	case syntax.ConstTuple:
		b.WriteString("(")
		for _, e := range v.Tuple {
			constKey(b, e)
			b.WriteString(",")
		}
		b.WriteString(")")
	default:
		b.WriteString("?")
	}
}

// value converts a constant to the runtime value the VM loads.
func (k konst) value() (object.Value, error) {
	if k.code != nil {
		return object.FromObject(k.code), nil
	}
	if k.frozen {
		items, err := constValues(k.v.Tuple)
		if err != nil {
			return object.Null, err
		}
		return object.NewSet(true, items...)
	}
	return constValue(k.v)
}

func constValues(vs []syntax.ConstValue) ([]object.Value, error) {
	out := make([]object.Value, len(vs))
	for i, e := range vs {
		v, err := constValue(e)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// constValue converts a literal to a runtime value. Strings that look like
// identifiers are interned, as CPython interns them, so that dict lookups
// with them hit the identity fast path.
func constValue(v syntax.ConstValue) (object.Value, error) {
	switch v.Kind {
	case syntax.ConstNone:
		return object.None, nil
	case syntax.ConstBool:
		return object.Bool(v.Bool), nil
	case syntax.ConstEllipsis:
		return object.Ellipsis, nil
	case syntax.ConstInt:
		if v.Int.IsInt64() {
			return object.Int(v.Int.Int64()), nil
		}
		return object.NewBigInt(v.Int), nil
	case syntax.ConstFloat:
		return object.Float(v.Float), nil
	case syntax.ConstComplex:
		return object.NewComplex(v.Complex), nil
	case syntax.ConstStr:
		if isIdentifierLike(v.Str) {
			return object.FromObject(object.Intern(v.Str)), nil
		}
		return object.NewStr(v.Str), nil
	case syntax.ConstBytes:
		return newBytes([]byte(v.Str))
	case syntax.ConstTuple:
		items, err := constValues(v.Tuple)
		if err != nil {
			return object.Null, err
		}
		return object.FromObject(object.NewTuple(items...)), nil
	}
	return object.Null, fmt.Errorf("unknown constant kind %d", v.Kind)
}

// isIdentifierLike is CPython's all_name_chars: only [A-Za-z0-9_].
func isIdentifierLike(s string) bool {
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if !(ch == '_' || ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z') {
			return false
		}
	}
	return true
}

// truthy reports the truth value of a constant (PyObject_IsTrue).
func truthy(k konst) bool {
	if k.code != nil {
		return true
	}
	v := k.v
	switch v.Kind {
	case syntax.ConstNone:
		return false
	case syntax.ConstBool:
		return v.Bool
	case syntax.ConstInt:
		return v.Int.Sign() != 0
	case syntax.ConstFloat:
		return v.Float != 0
	case syntax.ConstComplex:
		return v.Complex != 0
	case syntax.ConstStr, syntax.ConstBytes:
		return v.Str != ""
	case syntax.ConstTuple:
		return len(v.Tuple) != 0
	}
	return true
}

// codeKey is what makes two code objects equal: their fields and the
// keys of their constants.
func codeKey(co *code.Code, consts []konst) string {
	var b strings.Builder
	fmt.Fprintf(&b, "code(%s,%d,%d,%d,%d,%d,%d,", co.Name, co.Argcount, co.Posonlyargcount, co.Kwonlyargcount,
		co.Nlocals, co.Flags, co.Firstlineno)
	for _, u := range co.Code {
		fmt.Fprintf(&b, "%x.", uint16(u))
	}
	for _, l := range co.Lines {
		fmt.Fprintf(&b, "%d.", l)
	}
	for _, list := range [][]string{co.Names, co.Varnames, co.Freevars, co.Cellvars} {
		fmt.Fprintf(&b, "%q;", list)
	}
	for _, k := range consts {
		b.WriteString(k.key())
		b.WriteString(",")
	}
	b.WriteString(")")
	return b.String()
}
