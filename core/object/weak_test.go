package object

import (
	"runtime"
	"testing"
)

func TestWeakObject(t *testing.T) {
	for _, mk := range []func() Object{
		func() Object { return &Instance{Class: ObjectType} },
		func() Object { return NewList(Int(1)) },
		func() Object { return NewTuple(Int(1), Int(2)) },
	} {
		o := mk()
		w := MakeWeak(o)
		if got := w.Get(); got != o {
			t.Fatalf("Get() = %v, want the object itself", got)
		}
		if MakeWeak(o) != w {
			t.Errorf("two weak references to one object differ")
		}
		if w.IsZero() || !(WeakObject{}).IsZero() {
			t.Errorf("IsZero is wrong")
		}
		runtime.KeepAlive(o)
		o = nil
		runtime.GC()
		if got := w.Get(); got != nil {
			t.Errorf("Get() after collection = %v, want nil", got)
		}
	}
}

func TestWeakrefable(t *testing.T) {
	mk := func(name string, bases []*Type, slots ...string) (*Type, error) {
		ns := NewDict(0)
		if slots != nil {
			var vs []Value
			for _, s := range slots {
				vs = append(vs, NewStr(s))
			}
			ns.Set(NewStr("__slots__"), FromObject(NewTuple(vs...)))
		}
		return NewClass(nil, name, bases, ns)
	}
	plain, _ := mk("Plain", nil)
	slotted, _ := mk("Slotted", nil, "a")
	slottedW, _ := mk("SlottedW", nil, "a", "__weakref__")
	fromSlotted, _ := mk("FromSlotted", []*Type{slotted})
	intSub, _ := mk("I", []*Type{IntType})
	tupleSub, _ := mk("T", []*Type{TupleType})
	strSub, _ := mk("S", []*Type{StrType})
	for _, tc := range []struct {
		t    *Type
		want bool
	}{
		{ObjectType, false}, {IntType, false}, {ListType, false}, {SetType, true}, {TypeType, true},
		{plain, true}, {slotted, false}, {slottedW, true}, {fromSlotted, true},
		{intSub, false}, {tupleSub, false}, {strSub, true},
	} {
		if got := tc.t.Weakrefable(); got != tc.want {
			t.Errorf("%s: Weakrefable() = %v, want %v", tc.t.Name, got, tc.want)
		}
	}
	if _, err := mk("Bad", []*Type{IntType}, "__weakref__"); err == nil {
		t.Errorf("__slots__ with __weakref__ on an int subclass: no error")
	}
}
