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

import (
	"math"
	"unsafe"
)

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

// Value is a Python value, 24 bytes: an Object word and a payload word.
//
// The kind is not a field of its own: it is read from the Object
// interface. An object's Object is itself; a scalar's (None, bool, int,
// float) is a pointer to its kind's entry of kindTags, a static array the
// collector ignores, whose Type method answers the scalar's type. Null is
// the zero Value: a nil Object. Testing one kind is one comparison of the
// interface's data word with a link-time constant, as testing a kind byte
// was; Go's == on two Values still compares kinds (same tag pointer) and
// payloads, which package dict relies on. Every Value in a frame, list,
// tuple or dict entry is 8 bytes smaller than with a kind field (32
// bytes): memory traffic and, in a young program, fresh pages touched.
type Value struct {
	o Object
	n uint64
}

// kindTag is the Object of a scalar Value: its address is the kind.
type kindTag struct{ _ byte }

// kind is the kind this tag marks: its index in kindTags.
func (t *kindTag) kind() Kind {
	return Kind(uintptr(unsafe.Pointer(t)) - uintptr(unsafe.Pointer(&kindTags[0])))
}

// Type returns the Python type of the scalars of this kind.
func (t *kindTag) Type() *Type {
	switch t.kind() {
	case KindNone:
		return NoneType
	case KindBool:
		return BoolType
	case KindInt:
		return IntType
	case KindFloat:
		return FloatType
	}
	return nil
}

// kindTags mark the scalar kinds (see Value); entry 0 (Null) is unused.
var kindTags [KindObject]kindTag

// objectWords are the two words of an Object interface: its type (itab)
// word and its data word.
type objectWords struct {
	tab, data unsafe.Pointer
}

func (v *Value) words() *objectWords { return (*objectWords)(unsafe.Pointer(&v.o)) }

// scalar is a Value of scalar kind k with payload n.
func scalar(k Kind, n uint64) Value { return Value{o: &kindTags[k], n: n} }

// Object is implemented by every heap-allocated Python object.
type Object interface {
	// Type returns the object's Python type (its __class__).
	Type() *Type
}

// Singletons for the scalar constants.
var (
	Null  = Value{}
	None  = scalar(KindNone, 0)
	True  = scalar(KindBool, 1)
	False = scalar(KindBool, 0)
)

// Int returns a small int Value; it never allocates.
func Int(i int64) Value { return scalar(KindInt, uint64(i)) }

// Float returns a float Value; it never allocates.
func Float(f float64) Value { return scalar(KindFloat, math.Float64bits(f)) }

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
	return Value{o: o}
}

// Kind returns how the payload is stored.
func (v Value) Kind() Kind {
	if t, ok := v.o.(*kindTag); ok {
		return t.kind()
	}
	if v.o == nil {
		return KindNull
	}
	return KindObject
}

// is reports whether v is a scalar of kind k (KindNone to KindFloat).
// Comparing the interface with a concrete pointer is two comparisons
// with constants (type word, data word) on a Value that may stay in
// registers; reading the data word through unsafe would force v into
// memory first.
func (v Value) is(k Kind) bool { return v.o == &kindTags[k] }

// IsObject reports whether v holds a heap object.
func (v Value) IsObject() bool {
	_, scalar := v.o.(*kindTag)
	return v.o != nil && !scalar
}

// IsNull reports whether v is the absent value (an unbound slot).
func (v Value) IsNull() bool { return v.o == nil }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return v.is(KindNone) }

// IsInt reports whether v is a small int (bools are not included).
func (v Value) IsInt() bool { return v.is(KindInt) }

// IsFloat reports whether v is a float.
func (v Value) IsFloat() bool { return v.is(KindFloat) }

// IsBool reports whether v is True or False.
func (v Value) IsBool() bool { return v.is(KindBool) }

// AsInt returns the payload of a small int or bool; ok is false otherwise.
func (v Value) AsInt() (i int64, ok bool) {
	if v.is(KindInt) || v.is(KindBool) {
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

// Object returns the heap object of a KindObject Value; nil for Null.
//
// For a scalar it is the kind's tag (see Value): type assertions to a
// concrete object type fail on it and type switches take their default
// case, as they did on nil; its Type method answers the scalar's type.
func (v Value) Object() Object { return v.o }

// identical reports whether *v and *w are the same words: the same
// object, or the same scalar kind and payload. Go's == on two Values
// says the same through a runtime call when their type words are equal.
func (v *Value) identical(w *Value) bool {
	a, b := v.words(), w.words()
	return a.tab == b.tab && a.data == b.data && v.n == w.n
}

// Is reports Python identity (`a is b`). Scalars are compared by payload,
// as CPython's small-int and float caching would make most of them appear.
func (v Value) Is(w Value) bool {
	a, b := v.words(), w.words()
	if a.tab != b.tab || a.data != b.data {
		return false // different objects, or different kinds
	}
	return v.n == w.n || v.IsObject() // all Objects are pointers
}
