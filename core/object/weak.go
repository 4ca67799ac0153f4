package object

import (
	"reflect"
	"unsafe"
	"weak"
)

// WeakObject is a weak reference to a heap Object, built on Go's weak
// pointers: Get returns the object while something else keeps it
// reachable and nil once Go's collector has found it unreachable (for an
// object with a finalizer, as soon as the finalizer is queued). Two
// WeakObjects made from the same live object are equal, so a WeakObject
// can key a map without keeping its object alive.
//
// An Object is an interface holding a pointer (see ObjectID); the weak
// pointer is to the pointee, and the interface's method table, which is
// not collected memory, is kept beside it to rebuild the interface.
type WeakObject struct {
	tab unsafe.Pointer
	p   weak.Pointer[byte]
}

type ifaceWords struct{ tab, data unsafe.Pointer }

// MakeWeak returns a weak reference to o, which must be a pointer to a
// non-empty value (every weakly referenceable type's objects are).
func MakeWeak(o Object) WeakObject {
	if o == nil {
		return WeakObject{}
	}
	if rt := reflect.TypeOf(o); rt.Kind() != reflect.Pointer || rt.Elem().Size() == 0 {
		panic("object.MakeWeak: " + rt.String() + " is not a pointer to a non-empty value")
	}
	w := (*ifaceWords)(unsafe.Pointer(&o))
	return WeakObject{tab: w.tab, p: weak.Make((*byte)(w.data))}
}

// Get returns the object, or nil once it has been collected.
func (w WeakObject) Get() Object {
	p := w.p.Value()
	if p == nil {
		return nil
	}
	var o Object
	iw := (*ifaceWords)(unsafe.Pointer(&o))
	iw.tab = w.tab
	iw.data = unsafe.Pointer(p)
	return o
}

// IsZero reports whether w was made from no object.
func (w WeakObject) IsZero() bool { return w == WeakObject{} }

// FirstWeakRef, set by the VM, returns the first weak reference to v (in
// CPython's list order), or None: the __weakref__ attribute.
var FirstWeakRef func(v Value) Value

func weakrefAttr(v Value) (Value, error) {
	if FirstWeakRef == nil {
		return None, nil
	}
	return FirstWeakRef(v), nil
}

// Weakrefable reports whether weakref.ref accepts instances of t (CPython:
// tp_weaklistoffset != 0).
func (t *Type) Weakrefable() bool { return t.weakrefable }

// SetWeakrefable marks a built-in type whose instances weak references may
// point to (functions, generators, code objects, the types of native
// modules that CPython gives a weak-reference list). Types made from it
// afterwards inherit the mark.
func (t *Type) SetWeakrefable() { t.weakrefable = true }

func init() {
	for _, t := range []*Type{TypeType, SetType, FrozenSetType, ModuleType, MethodType, BuiltinFunctionType, GenericAliasType} {
		t.weakrefable = true
	}
}

// setupWeakrefable decides whether a class's instances take weak
// references, as type_new does: a class adds a weak-reference slot unless
// it has __slots__ without '__weakref__', or its layout is variable-sized
// (int, tuple and bytes subclasses), where the slot is impossible.
func setupWeakrefable(t *Type, bases []*Type, slots []Value, hasSlots bool) error {
	for _, b := range bases {
		if b.weakrefable {
			t.weakrefable = true
		}
	}
	varSized := false
	switch t.solid {
	case IntType, BoolType, TupleType, BytesType:
		varSized = true
	}
	mayAdd := !t.weakrefable && !varSized
	if hasSlots && varSized && len(slots) > 0 {
		return Errorf(TypeError, "nonempty __slots__ not supported for subtype of '%s'", t.solid.Name)
	}
	if !hasSlots {
		t.weakrefable = t.weakrefable || mayAdd
		return nil
	}
	for _, s := range slots {
		if str, ok := s.o.(*Str); ok && str.S == "__weakref__" {
			if !mayAdd {
				return Errorf(TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
			}
			t.weakrefable, mayAdd = true, false
		}
	}
	return nil
}
