package object

import (
	"fmt"
	"testing"
)

// TestNoPanics calls every attribute of every built-in type's namespace on
// a sample instance (and on the type) with assorted argument lists. Errors
// are fine; a Go panic is a bug, since it must never reach a user.
func TestNoPanics(t *testing.T) {
	mkClass := func() Value {
		c, _ := NewClass(nil, "C", nil, dictOf("__module__", S("m")))
		return FromObject(c)
	}
	samples := []Value{Int(3), Float(2.5), True, None, S("abc"), S("héllo"), NewBytes([]byte("ab")),
		FromObject(&ByteArray{B: []byte("xy")}), T(Int(1), S("a")), L(Int(2), Int(1)), D(S("k"), Int(1)),
		FromObject(mustSet(Int(1), Int(2))), mustGet(NewSet(true, Int(5))), NewRange(0, 5, 1), NewSlice(Int(1), None, None),
		NewComplex(1 + 2i), big10("123456789012345678901234567890"), NotImplemented, Ellipsis,
		FromObject(NewException(ValueError, S("x"))), FromObject(&Cell{}), mkClass(), FromObject(IntType),
		FromObject(&Property{Fget: None, Fset: None, Fdel: None, Doc: None}), FromObject(NewModule("m"))}
	calls := 0
	argLists := [][]Value{nil, {Int(1)}, {S("a")}, {Int(1), Int(2)}, {None, None, None}, {L()}, {Int(-1)},
		{S("a"), S("b")}, {Float(0.5)}, {T()}, {D()}}
	for _, s := range samples {
		ty := TypeOf(s)
		for _, c := range ty.MRO {
			for i := 0; i < c.Dict.EntriesLen(); i++ {
				k, _, live := c.Dict.EntryAt(i)
				if !live {
					continue
				}
				name := k.o.(*Str)
				for _, recv := range []Value{s, FromObject(ty)} {
					func() {
						defer func() {
							if r := recover(); r != nil {
								t.Errorf("panic in %s.%s: %v", ty.Name, name.S, r)
							}
						}()
						attr, err := GetAttr(recv, name)
						if err != nil || !IsCallable(attr) {
							return
						}
						calls++
						for _, args := range argLists {
							Call(attr, append([]Value(nil), args...), nil)
							if len(args) > 0 {
								Call(attr, append([]Value(nil), args...), []string{"key"})
							}
						}
					}()
				}
			}
		}
		// The protocols themselves.
		for _, o := range samples {
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("panic in a protocol on %s, %s: %v", ty.Name, TypeOf(o).Name, r)
					}
				}()
				for op := Add; op <= DivMod; op++ {
					if op == Pow || op == LShift {
						continue
					}
					BinaryOp(op, s, o)
					InplaceOp(op, s, o)
				}
				for op := CmpLt; op <= CmpGe; op++ {
					RichCompare(s, o, op)
				}
				GetItem(s, o)
				Contains(s, o)
				Format(s, fmt.Sprint(""))
				Repr(s)
				StrOf(s)
				Hash(s)
				Len(s)
				Truth(s)
				GetIter(s)
			}()
		}
	}
	if calls < 500 {
		t.Errorf("only %d attributes exercised", calls)
	}
}
