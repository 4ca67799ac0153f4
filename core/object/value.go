// Package object defines pyvar's runtime values: the Value word that the VM
// moves around, the built-in types and their methods, cells and exceptions.
//
// A Value is a small struct, not an interface: ints that fit in 64 bits,
// floats, bools and None live in its payload word and never allocate, which
// is what lets a `for i in range(n)` loop run without garbage. Everything
// else (str, tuple, list, dict, instances, functions, big ints, ...) is a heap
// Object referenced from the struct. The zero Value is Null, CPython's NULL:
// an unbound fast local or an empty cell, never a Python-visible object.
//
// Dispatch follows one rule: objects of built-in types are handled by Go
// type switches on their concrete pointer types (fast paths for small ints,
// floats, str, list, tuple, dict), while instances of classes (heap types)
// go through the special-method names found on their MRO, as CPython's
// slot_* functions do. Built-in types also carry their special methods in
// their namespaces as slot wrappers, so subclasses, super() and explicit
// calls (int.__add__(1, 2)) reach the same Go code. An instance of a class
// deriving from a built-in type is an *Instance whose Builtin field holds
// the built-in payload; exceptions are *BaseException for all classes.
// Class attribute lookups are cached per class and validated by the
// KeysVersion of every namespace on the MRO (CPython's type attribute cache).
package object

import "math"

// Kind tells how a Value's payload is to be read.
type Kind uint8

// The kinds of Value. Only KindObject uses the o field.
const (
	KindNull   Kind = iota // no value (unbound slot); the zero Value
	KindNone               // None
	KindBool               // False/True in n (0 or 1)
	KindInt                // an int that fits in int64, in n
	KindFloat              // a float64, its bits in n
	KindObject             // a heap object in o
)

// Value is a Python value. See the package comment for its layout.
type Value struct {
	o Object
	n uint64
	k Kind
}

// Object is implemented by every heap-allocated Python object.
type Object interface {
	// Type returns the object's Python type (its __class__).
	Type() *Type
}

// Singletons for the scalar constants.
var (
	Null  = Value{}
	None  = Value{k: KindNone}
	True  = Value{k: KindBool, n: 1}
	False = Value{k: KindBool, n: 0}
)

// Int returns a small int Value; it never allocates.
func Int(i int64) Value { return Value{k: KindInt, n: uint64(i)} }

// Float returns a float Value; it never allocates.
func Float(f float64) Value { return Value{k: KindFloat, n: math.Float64bits(f)} }

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// FromObject wraps a heap object. A nil Object gives Null.
func FromObject(o Object) Value {
	if o == nil {
		return Null
	}
	return Value{k: KindObject, o: o}
}

// Kind returns how the payload is stored.
func (v Value) Kind() Kind { return v.k }

// IsNull reports whether v is the absent value (an unbound slot).
func (v Value) IsNull() bool { return v.k == KindNull }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return v.k == KindNone }

// IsInt reports whether v is a small int (bools are not included).
func (v Value) IsInt() bool { return v.k == KindInt }

// IsFloat reports whether v is a float.
func (v Value) IsFloat() bool { return v.k == KindFloat }

// IsBool reports whether v is True or False.
func (v Value) IsBool() bool { return v.k == KindBool }

// AsInt returns the payload of a small int or bool; ok is false otherwise.
func (v Value) AsInt() (i int64, ok bool) {
	if v.k == KindInt || v.k == KindBool {
		return int64(v.n), true
	}
	return 0, false
}

// RawInt returns the payload of a Value known to be KindInt or KindBool.
func (v Value) RawInt() int64 { return int64(v.n) }

// RawFloat returns the payload of a Value known to be KindFloat.
func (v Value) RawFloat() float64 { return math.Float64frombits(v.n) }

// SetRawFloat replaces the payload of a Value known to be KindFloat (its
// other fields are already right): one store where assigning Float(f)
// writes the whole Value.
func (v *Value) SetRawFloat(f float64) { v.n = math.Float64bits(f) }

// RawBool returns the payload of a Value known to be KindBool.
func (v Value) RawBool() bool { return v.n != 0 }

// Object returns the heap object of a KindObject Value, or nil.
func (v Value) Object() Object { return v.o }

// Is reports Python identity (`a is b`). Scalars are compared by payload,
// as CPython's small-int and float caching would make most of them appear.
func (v Value) Is(w Value) bool {
	if v.k != w.k {
		return false
	}
	if v.k == KindObject {
		return sameObject(&v.o, &w.o) // all Objects are pointers
	}
	return v.n == w.n
}
