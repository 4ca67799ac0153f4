package object

import (
	"fmt"
	"strconv"
	"strings"
)

// reprStack holds the containers whose repr is being computed, so that a
// list containing itself prints as [...] (CPython's Py_ReprEnter).
var reprStack []Object

func reprEnter(o Object) bool {
	for _, x := range reprStack {
		if x == o {
			return false
		}
	}
	reprStack = append(reprStack, o)
	return true
}

func reprLeave() {
	// Clear the slot: the stack's array must not keep the container alive.
	reprStack[len(reprStack)-1] = nil
	reprStack = reprStack[:len(reprStack)-1]
}

// Reprer is implemented by objects from other packages (functions, code,
// frames, modules) that know their own repr.
type Reprer interface {
	PyRepr() (string, error)
}

// Repr returns repr(v).
func Repr(v Value) (string, error) {
	r, s, err := reprOf(v)
	if err != nil || r.IsNull() {
		return s, err
	}
	return Unwrap(r).Object().(*Str).S, nil
}

// ReprValue is PyObject_Repr(v) as a value: an int's digits and a str's
// quoted text are made in one allocation, and what a __repr__ returned (a
// str or an instance of a subclass) is returned as it is.
func ReprValue(v Value) (Value, error) {
	if v.IsInt() {
		return IntStr(v.RawInt()), nil
	}
	if s, ok := v.Object().(*Str); ok {
		return strReprValue(s.S), nil
	}
	r, s, err := reprOf(v)
	if err != nil || !r.IsNull() {
		return r, err
	}
	return NewStr(s), nil
}

// reprOf is repr(v): the str value a __repr__ returned (r), or the text
// of the repr (s) when r is Null.
func reprOf(v Value) (r Value, s string, err error) {
	switch v.Kind() {
	case KindInt:
		return Null, strconv.FormatInt(int64(v.n), 10), nil
	case KindFloat:
		return Null, FloatRepr(v.RawFloat()), nil
	case KindBool:
		if v.n != 0 {
			return Null, "True", nil
		}
		return Null, "False", nil
	case KindNone:
		return Null, "None", nil
	case KindNull:
		return Null, "<NULL>", nil
	}
	if s, ok := v.o.(*Str); ok {
		return Null, StrRepr(s.S), nil
	}
	if err := EnterRecursiveCall(" while getting the repr of an object"); err != nil {
		return Null, "", err
	}
	defer LeaveRecursiveCall()
	t := v.o.Type()
	if t.viaNamespace() {
		m := t.Lookup(strRepr)
		r, err := CallMethodValue(m, v, nil, nil)
		if err != nil {
			return Null, "", err
		}
		// A str subclass's instance is a str too (PyUnicode_Check).
		if _, ok := Unwrap(r).Object().(*Str); !ok || !TypeOf(r).IsSubtype(StrType) {
			return Null, "", Errorf(TypeError, "__repr__ returned non-string (type %s)", TypeOf(r).Name)
		}
		return r, "", nil
	}
	s, err = builtinRepr(v)
	return Null, s, err
}

// builtinRepr is repr for objects of built-in types (no user __repr__).
func builtinRepr(v Value) (string, error) {
	if !v.IsObject() {
		return Repr(v)
	}
	switch o := v.o.(type) {
	case *Str:
		return StrRepr(o.S), nil
	case *BigInt:
		return intDecimal(v)
	case *List:
		return listRepr(o)
	case *Tuple:
		return tupleRepr(o)
	case *Dict:
		return dictRepr(o)
	case *Type:
		return typeRepr(o), nil
	case *BaseException:
		return excRepr(o)
	case *Method:
		return methodRepr(o)
	case *GenericAlias:
		return genericAliasRepr(o)
	case *Union:
		return o.repr()
	case *Instance:
		if st, ok := o.Builtin().o.(*Set); ok {
			return setReprNamed(st, o.Class.Name, true)
		}
		if ba, ok := o.Builtin().o.(*ByteArray); ok {
			return o.Class.Name + "(" + bytesRepr(ba.B) + ")", nil
		}
		if !o.Builtin().IsNull() {
			return builtinRepr(o.Builtin())
		}
	case *BuiltinFunction:
		if o.Self.IsNull() || o.owner == nil {
			if m, ok := o.Self.o.(*Module); ok {
				_ = m
			}
			if o.owner == nil {
				return "<built-in function " + o.Name + ">", nil
			}
		}
		if o.wrapper {
			return fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", o.Name, TypeOf(o.Self).Name, valueID(o.Self)), nil
		}
		if t, ok := o.Self.o.(*Type); ok {
			return fmt.Sprintf("<built-in method %s of type object at %#x>", o.Name, ObjectID(t)), nil
		}
		return fmt.Sprintf("<built-in method %s of %s object at %#x>", o.Name, TypeOf(o.Self).Name, valueID(o.Self)), nil
	case *MethodDescr:
		if o.slot {
			return fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", o.Name, o.Owner.Name), nil
		}
		return fmt.Sprintf("<method '%s' of '%s' objects>", o.Name, o.Owner.Name), nil
	case *ClassMethodDescr:
		return fmt.Sprintf("<method '%s' of '%s' objects>", o.Name, o.Owner.Name), nil
	case *MemberDescr:
		return fmt.Sprintf("<member '%s' of '%s' objects>", o.Name, o.Owner.Name), nil
	case *GetSetDescr:
		return fmt.Sprintf("<attribute '%s' of '%s' objects>", o.Name, o.Owner.Name), nil
	case *Cell:
		if o.Ref.IsNull() {
			return fmt.Sprintf("<cell at %#x: empty>", ObjectID(o)), nil
		}
		return fmt.Sprintf("<cell at %#x: %s object at %#x>", ObjectID(o), TypeOf(o.Ref).Name, valueID(o.Ref)), nil
	case Reprer:
		return o.PyRepr()
	}
	if r, ok, err := builtinReprOther(v); ok || err != nil {
		return r, err
	}
	return defaultRepr(v), nil
}

// defaultRepr is object.__repr__: <module.Class object at 0x...>.
func defaultRepr(v Value) string {
	return fmt.Sprintf("<%s object at %#x>", TypeOf(v).FullName(), valueID(v))
}

// valueID returns id(v). Scalars have no address; they get a stable
// number derived from their payload.
func valueID(v Value) uint64 {
	if v.IsObject() {
		return ObjectID(v.o)
	}
	return uint64(v.Kind())<<60 ^ v.n
}

// ID returns id(v).
func ID(v Value) Value {
	id := valueID(v)
	if id > 1<<62 {
		return newBigFromUint(id)
	}
	return Int(int64(id))
}

// StrOf returns str(v).
func StrOf(v Value) (string, error) {
	r, s, err := strOf(v)
	if err != nil || r.IsNull() {
		return s, err
	}
	return Unwrap(r).o.(*Str).S, nil
}

// strOf is PyObject_Str: either the str (or str subclass instance) that
// v is or that its __str__ returned, r, or else the text s.
func strOf(v Value) (r Value, s string, err error) {
	if !v.IsObject() {
		s, err = Repr(v)
		return Null, s, err
	}
	switch o := v.o.(type) {
	case *Str:
		return v, "", nil
	case *BaseException:
		if !o.Class.Heap {
			s, err = excStr(o)
			return Null, s, err
		}
	}
	if err := EnterRecursiveCall(" while getting the str of an object"); err != nil {
		return Null, "", err
	}
	defer LeaveRecursiveCall()
	t := v.o.Type()
	if t.viaNamespace() {
		m := t.Lookup(strStr)
		r, err := CallMethodValue(m, v, nil, nil)
		if err != nil {
			return Null, "", err
		}
		if _, ok := Unwrap(r).o.(*Str); !ok || !TypeOf(r).IsSubtype(StrType) {
			return Null, "", Errorf(TypeError, "__str__ returned non-string (type %s)", TypeOf(r).Name)
		}
		return r, "", nil
	}
	s, err = builtinStr(v)
	return Null, s, err
}

// builtinStr is str() of a built-in object without user methods.
func builtinStr(v Value) (string, error) {
	switch o := v.o.(type) {
	case *Str:
		return o.S, nil
	case *MappingProxy:
		// mappingproxy's str is its mapping's; only repr names it.
		return StrOf(o.mapping())
	case *BaseException:
		return excStr(o)
	case *Instance:
		if !o.Builtin().IsNull() {
			return builtinStr(o.Builtin())
		}
	}
	return Repr(v)
}

// ASCII returns ascii(v): repr with non-ASCII characters escaped.
func ASCII(v Value) (string, error) {
	r, err := Repr(v)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, c := range r {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			fmt.Fprintf(&b, "\\x%02x", c)
		case c < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", c)
		default:
			fmt.Fprintf(&b, "\\U%08x", c)
		}
	}
	return b.String(), nil
}

// Format returns format(v, spec).
func Format(v Value, spec string) (string, error) {
	t := TypeOf(v)
	if t.viaNamespace() {
		m := t.Lookup(strFormat)
		r, err := CallMethodValue(m, v, []Value{NewStr(spec)}, nil)
		if err != nil {
			return "", err
		}
		s, ok := r.o.(*Str)
		if !ok {
			return "", Errorf(TypeError, "__format__ must return a str, not %s", TypeOf(r).Name)
		}
		return s.S, nil
	}
	return builtinFormat(v, spec)
}

// Singleton objects other than None.
type singleton struct {
	t    *Type
	name string
}

// Type returns the Python type of singleton.
func (s *singleton) Type() *Type { return s.t }

var (
	notImplemented = &singleton{NotImplementedType, "NotImplemented"}
	ellipsis       = &singleton{EllipsisType, "Ellipsis"}
	// NotImplemented is the value binary special methods return to let the
	// other operand try.
	NotImplemented = FromObject(notImplemented)
	// Ellipsis is `...`.
	Ellipsis = FromObject(ellipsis)
)

// IsNotImplemented reports whether v is NotImplemented.
func IsNotImplemented(v Value) bool { return v.o == notImplemented }

// ReprEnter is Py_ReprEnter for reprs written outside this package: it
// reports false when o's repr is already being computed further up (the
// caller then prints "[...]" or its own marker); a true result must be
// paired with ReprLeave.
func ReprEnter(o Object) bool { return reprEnter(o) }

// ReprLeave is Py_ReprLeave: it undoes the last successful ReprEnter.
func ReprLeave() { reprLeave() }

// AddReprSlot gives a built-in type its own __repr__ wrapper, as CPython's
// types with a tp_repr have one in their __dict__ (f.__repr__() is
// "<function f at ...>", not object.__repr__'s text).
func (t *Type) AddReprSlot() {
	t.addSlot("__repr__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__repr__", args, kw, 0); err != nil {
			return Null, err
		}
		s, err := builtinRepr(self)
		return NewStr(s), err
	})
}
