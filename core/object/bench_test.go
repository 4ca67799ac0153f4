package object

import "testing"

func benchClass(b *testing.B) (Value, *Type) {
	A := &Type{}
	ns := NewDict(0)
	ns.SetStr("__module__", S("m"))
	ns.SetStr("get", fn("get", func(a []Value) (Value, error) { return a[0], nil }))
	ns.SetStr("k", Int(1))
	Base, _ := NewClass(nil, "Base", nil, ns)
	A, _ = NewClass(nil, "A", []*Type{Base}, NewDict(0))
	a, _ := Call(FromObject(A), nil, nil)
	SetAttr(a, Intern("x"), Int(5))
	return a, A
}

func BenchmarkGetAttrInstanceDict(b *testing.B) {
	a, _ := benchClass(b)
	name := Intern("x")
	for i := 0; i < b.N; i++ {
		GetAttr(a, name)
	}
}

func BenchmarkGetAttrClassAttr(b *testing.B) {
	a, _ := benchClass(b)
	name := Intern("k")
	for i := 0; i < b.N; i++ {
		GetAttr(a, name)
	}
}

func BenchmarkLookupMethod(b *testing.B) {
	a, _ := benchClass(b)
	name := Intern("get")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		LookupMethod(a, name)
	}
}

func BenchmarkSetAttr(b *testing.B) {
	a, _ := benchClass(b)
	name := Intern("x")
	for i := 0; i < b.N; i++ {
		SetAttr(a, name, Int(int64(i)))
	}
}

func BenchmarkListAppendMethod(b *testing.B) {
	l := L()
	name := Intern("append")
	b.ReportAllocs()
	args := make([]Value, 2)
	for i := 0; i < b.N; i++ {
		m, _, _ := LookupMethod(l, name)
		args[0], args[1] = l, Int(1)
		Call(m, args, nil)
		if i&1023 == 0 {
			l.o.(*List).Items = l.o.(*List).Items[:0]
		}
	}
}

func BenchmarkBinaryOpFloat(b *testing.B) {
	x := Float(1.5)
	for i := 0; i < b.N; i++ {
		x, _ = BinaryOp(Add, x, Int(1))
	}
}

func BenchmarkRichCompareStr(b *testing.B) {
	x, y := S("abc"), S("abd")
	for i := 0; i < b.N; i++ {
		RichCompare(x, y, CmpLt)
	}
}

func BenchmarkDictGetStr(b *testing.B) {
	d := D(S("a"), Int(1), S("b"), Int(2))
	k := FromObject(Intern("b"))
	for i := 0; i < b.N; i++ {
		GetItem(d, k)
	}
}

func BenchmarkPowFloat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		powFloat(1.2345, 1.5)
	}
}
