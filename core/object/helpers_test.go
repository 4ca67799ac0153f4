package object

import (
	"math/big"
	"testing"
)

// show renders a result as the tests expect it: the repr of a value, or
// "TypeName: message" for a Python exception.
func show(v Value, err error) string {
	if err != nil {
		e := AsException(err)
		s, _ := StrOf(FromObject(e))
		return e.Class.Name + ": " + s
	}
	r, err := Repr(v)
	if err != nil {
		return "repr failed: " + err.Error()
	}
	return r
}

func S(s string) Value { return NewStr(s) }

func big10(s string) Value {
	x, _ := new(big.Int).SetString(s, 10)
	return NewBigInt(x)
}

func L(items ...Value) Value { return FromObject(NewList(items...)) }

func T(items ...Value) Value { return FromObject(NewTuple(items...)) }

func D(kv ...Value) Value {
	d := NewDict(0)
	for i := 0; i+1 < len(kv); i += 2 {
		d.Set(kv[i], kv[i+1])
	}
	return FromObject(d)
}

// meth calls recv.name(*args).
func meth(recv Value, name string, args ...Value) (Value, error) {
	return CallMethodByName(recv, name, args...)
}

// pyFunc stands in for the VM's Python functions in tests: a callable
// that binds like a function.
type pyFunc struct {
	name string
	fn   func(args []Value, kwnames []string) (Value, error)
}

var pyFuncType = NewBuiltinType("function", nil)

func (f *pyFunc) Type() *Type { return pyFuncType }

func (f *pyFunc) Call(args []Value, kwnames []string) (Value, error) { return f.fn(args, kwnames) }

func (f *pyFunc) IsMethodDescriptor() {}

func (f *pyFunc) DescrGet(obj Value, typ *Type) (Value, error) {
	if obj.IsNull() {
		return FromObject(f), nil
	}
	return NewMethod(FromObject(f), obj), nil
}

func fn(name string, f func(args []Value) (Value, error)) Value {
	return FromObject(&pyFunc{name: name, fn: func(args []Value, kw []string) (Value, error) { return f(args) }})
}

func mustClass(t *testing.T, name string, bases []*Type, attrs ...any) *Type {
	t.Helper()
	ns := NewDict(0)
	ns.SetStr("__module__", S("__main__"))
	for i := 0; i+1 < len(attrs); i += 2 {
		ns.SetStr(attrs[i].(string), attrs[i+1].(Value))
	}
	c, err := NewClass(nil, name, bases, ns)
	if err != nil {
		t.Fatalf("class %s: %v", name, err)
	}
	return c
}
