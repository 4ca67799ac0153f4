package object

import (
	"strings"
	"testing"
)

func TestMRO(t *testing.T) {
	A := mustClass(t, "A", nil)
	B := mustClass(t, "B", []*Type{A})
	X := mustClass(t, "X", nil)
	Y := mustClass(t, "Y", nil)
	Z := mustClass(t, "Z", []*Type{X, Y})
	K1 := mustClass(t, "K1", []*Type{A, B}[1:])
	O := mustClass(t, "O", []*Type{Z, K1})
	names := func(c *Type) string {
		var s []string
		for _, m := range c.MRO {
			s = append(s, m.Name)
		}
		return strings.Join(s, " ")
	}
	if got := names(Z); got != "Z X Y object" {
		t.Errorf("Z mro = %s", got)
	}
	if got := names(O); got != "O Z X Y K1 B A object" {
		t.Errorf("O mro = %s", got)
	}
	bad := []struct {
		bases []*Type
		want  string
	}{
		{[]*Type{A, B}, "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B"},
		{[]*Type{A, A}, "TypeError: duplicate base class A"},
		{[]*Type{BoolType}, "TypeError: type 'bool' is not an acceptable base type"},
		{[]*Type{IntType, StrType}, "TypeError: multiple bases have instance lay-out conflict"},
	}
	for _, tt := range bad {
		_, err := NewClass(nil, "C", tt.bases, NewDict(0))
		if got := show(Null, err); got != tt.want {
			t.Errorf("class C%v: %s, want %s", tt.bases, got, tt.want)
		}
	}
	mro, _ := meth(FromObject(B), "mro")
	if got := show(mro, nil); got != "[<class '__main__.B'>, <class '__main__.A'>, <class 'object'>]" {
		t.Errorf("B.mro() = %s", got)
	}
}

func TestInstancesAndDescriptors(t *testing.T) {
	initFn := fn("__init__", func(a []Value) (Value, error) {
		return None, SetAttr(a[0], Intern("v"), a[1])
	})
	get := fn("get", func(a []Value) (Value, error) { return GetAttrString(a[0], "v") })
	stat := FromObject(&StaticMethod{Func: fn("s", func(a []Value) (Value, error) { return BinaryOp(Mul, a[0], Int(2)) })})
	cls := FromObject(&ClassMethod{Func: fn("c", func(a []Value) (Value, error) { return GetAttrString(a[0], "__name__") })})
	prop, _ := Call(FromObject(PropertyType), []Value{fn("p", func(a []Value) (Value, error) {
		v, _ := GetAttrString(a[0], "v")
		return BinaryOp(Add, v, Int(100))
	})}, nil)
	A := mustClass(t, "A", nil, "__init__", initFn, "get", get, "s", stat, "c", cls, "p", prop, "x", Int(1))
	a, err := Call(FromObject(A), []Value{Int(5)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	attr := func(v Value, name string) string { return show(GetAttrString(v, name)) }
	callm := func(v Value, name string, args ...Value) string { return show(meth(v, name, args...)) }
	tests := []struct{ got, want string }{
		{attr(a, "v"), "5"},
		{attr(a, "x"), "1"},
		{attr(a, "p"), "105"},
		{callm(a, "get"), "5"},
		{callm(a, "s", Int(3)), "6"},
		{callm(FromObject(A), "s", Int(4)), "8"},
		{callm(a, "c"), "'A'"},
		{attr(a, "nope"), "AttributeError: 'A' object has no attribute 'nope'"},
		{attr(FromObject(A), "nope"), "AttributeError: type object 'A' has no attribute 'nope'"},
		{show(Null, SetAttr(a, Intern("p"), Int(1))), "AttributeError: can't set attribute 'p'"},
		{attr(a, "__dict__"), "{'v': 5}"},
		{attr(FromObject(A), "__name__"), "'A'"},
		{attr(FromObject(A), "__module__"), "'__main__'"},
		{attr(FromObject(A), "__doc__"), "None"},
		{attr(FromObject(A), "__bases__"), "(<class 'object'>,)"},
		{attr(FromObject(ObjectType), "__bases__"), "()"},
		{attr(FromObject(ObjectType), "__base__"), "None"},
		{show(Null, SetItem(mustGet(GetAttrString(FromObject(A), "__dict__")), S("y"), Int(1))), "TypeError: 'mappingproxy' object does not support item assignment"},
		{show(Null, SetAttr(FromObject(IntType), Intern("x"), Int(1))), "TypeError: cannot set 'x' attribute of immutable type 'int'"},
		{show(Null, SetAttr(Int(1), Intern("x"), Int(1))), "AttributeError: 'int' object has no attribute 'x'"},
		{show(Null, SetAttr(L(), Intern("append"), Int(1))), "AttributeError: 'list' object attribute 'append' is read-only"},
		{attr(FromObject(NewInstanceOf(ObjectType)), "x"), "AttributeError: 'object' object has no attribute 'x'"},
		{show(Null, SetAttr(FromObject(A), Intern("__doc__"), S("doc"))), "<NULL>"},
		{attr(FromObject(A), "__doc__"), "'doc'"},
		{show(Null, SetAttr(FromObject(IntType), Intern("__doc__"), S("doc"))), "TypeError: cannot set '__doc__' attribute of immutable type 'int'"},
		{show(Null, DelAttr(FromObject(A), Intern("__doc__"))), "TypeError: cannot delete '__doc__' attribute of immutable type 'A'"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %s, want %s", i, tt.got, tt.want)
		}
	}
	m, unbound, err := LookupMethod(a, Intern("get"))
	if err != nil || !unbound || m.o.(*pyFunc).name != "get" {
		t.Errorf("LookupMethod(get) = %v %v %v, want the plain function unbound", m, unbound, err)
	}
	bm, _ := GetAttrString(a, "get")
	if got, _ := GetAttrString(bm, "__self__"); !got.Is(a) {
		t.Errorf("bound method __self__ is not the instance")
	}
	n := testing.AllocsPerRun(100, func() { LookupMethod(a, Intern("get")) })
	if n != 0 {
		t.Errorf("LookupMethod allocates %.1f times", n)
	}
}

func mustGet(v Value, err error) Value { return v }

// NewInstanceOf makes a bare instance (object() and friends) for tests.
func NewInstanceOf(t *Type) *Instance { return &Instance{Class: t} }

func TestSpecialMethods(t *testing.T) {
	getx := func(v Value) Value { r, _ := GetAttrString(v, "x"); return r }
	var V *Type
	mk := func(x Value) Value { r, _ := Call(FromObject(V), []Value{x}, nil); return r }
	V = mustClass(t, "V", nil,
		"__init__", fn("__init__", func(a []Value) (Value, error) { return None, SetAttr(a[0], Intern("x"), a[1]) }),
		"__add__", fn("__add__", func(a []Value) (Value, error) {
			o := a[1]
			if TypeOf(o) == V {
				o = getx(o)
			}
			r, err := BinaryOp(Add, getx(a[0]), o)
			return mk(r), err
		}),
		"__radd__", fn("__radd__", func(a []Value) (Value, error) { r, err := BinaryOp(Add, a[1], getx(a[0])); return mk(r), err }),
		"__mul__", fn("__mul__", func(a []Value) (Value, error) { return NotImplemented, nil }),
		"__lt__", fn("__lt__", func(a []Value) (Value, error) { return RichCompare(getx(a[0]), getx(a[1]), CmpLt) }),
		"__eq__", fn("__eq__", func(a []Value) (Value, error) {
			if TypeOf(a[1]) != V {
				return NotImplemented, nil
			}
			return RichCompare(getx(a[0]), getx(a[1]), CmpEq)
		}),
		"__len__", fn("__len__", func(a []Value) (Value, error) { return getx(a[0]), nil }),
		"__getitem__", fn("__getitem__", func(a []Value) (Value, error) {
			if c, _ := RichCompare(a[1], getx(a[0]), CmpGe); c.RawBool() {
				return Null, NewException(IndexError, a[1])
			}
			return BinaryOp(Mul, a[1], a[1])
		}),
		"__repr__", fn("__repr__", func(a []Value) (Value, error) { r, _ := Repr(getx(a[0])); return S("V(" + r + ")"), nil }),
		"__call__", fn("__call__", func(a []Value) (Value, error) { return T(a[1:]...), nil }),
	)
	v := mk(Int(3))
	b := PureBuiltins()
	tests := []struct{ got, want string }{
		{show(BinaryOp(Add, v, Int(1))), "V(4)"},
		{show(BinaryOp(Add, Int(1), v)), "V(4)"},
		{show(BinaryOp(Add, v, v)), "V(6)"},
		{show(BinaryOp(Mul, v, Int(2))), "TypeError: unsupported operand type(s) for *: 'V' and 'int'"},
		{show(RichCompare(mk(Int(1)), mk(Int(2)), CmpLt)), "True"},
		{show(RichCompare(mk(Int(2)), mk(Int(1)), CmpGt)), "True"},
		{show(RichCompare(mk(Int(1)), mk(Int(2)), CmpLe)), "TypeError: '<=' not supported between instances of 'V' and 'V'"},
		{show(RichCompare(mk(Int(1)), mk(Int(1)), CmpNe)), "False"},
		{show(RichCompare(v, Int(3), CmpEq)), "False"},
		{show(Call(b["len"], []Value{v}, nil)), "3"},
		{show(Call(b["list"], []Value{v}, nil)), "[0, 1, 4]"},
		{show(Call(v, []Value{Int(1), Int(2)}, nil)), "(1, 2)"},
		{show(Call(b["hash"], []Value{v}, nil)), "TypeError: unhashable type: 'V'"},
		{show(Call(b["sorted"], []Value{L(mk(Int(3)), mk(Int(1)), mk(Int(2)))}, nil)), "[V(1), V(2), V(3)]"},
		{show(Call(b["callable"], []Value{v}, nil)), "True"},
		{show(Call(Int(1), nil, nil)), "TypeError: 'int' object is not callable"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %s, want %s", i, tt.got, tt.want)
		}
	}
}

func TestSubclassBuiltins(t *testing.T) {
	ML := mustClass(t, "MyList", []*Type{ListType})
	ml, err := Call(FromObject(ML), []Value{L(Int(1), Int(2))}, nil)
	if err != nil {
		t.Fatal(err)
	}
	meth(ml, "append", Int(3))
	MI := mustClass(t, "MyInt", []*Type{IntType})
	mi, _ := Call(FromObject(MI), []Value{Int(5)}, nil)
	MD := mustClass(t, "MyDict", []*Type{DictType},
		"__missing__", fn("__missing__", func(a []Value) (Value, error) { return BinaryOp(Mul, a[1], Int(2)) }))
	md, _ := Call(FromObject(MD), []Value{Int(1)}, []string{"a"})
	b := PureBuiltins()
	tests := []struct{ got, want string }{
		{show(ml, nil), "[1, 2, 3]"},
		{show(Call(b["len"], []Value{ml}, nil)), "3"},
		{show(GetItem(ml, Int(0))), "1"},
		{show(BinaryOp(Add, ml, L(Int(4)))), "[1, 2, 3, 4]"},
		{show(RichCompare(ml, L(Int(1), Int(2), Int(3)), CmpEq)), "True"},
		{show(IsInstanceV(ml, ListType)), "True"},
		{show(BinaryOp(Add, mi, Int(1))), "6"},
		{show(mi, nil), "5"},
		{show(Call(b["hash"], []Value{mi}, nil)), "5"},
		{show(GetItem(md, S("zz"))), "'zzzz'"},
		{show(GetItem(md, S("a"))), "1"},
		{fmtStr(Format(mi, "03")), "'005'"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %s, want %s", i, tt.got, tt.want)
		}
	}
}

func fmtStr(s string, err error) string { return show(S(s), err) }

func IsInstanceV(v Value, t *Type) (Value, error) {
	r, err := IsInstance(v, FromObject(t))
	return Bool(r), err
}

func TestObjectInitErrors(t *testing.T) {
	A := mustClass(t, "A", nil)
	I := mustClass(t, "I", nil, "__init__", fn("__init__", func(a []Value) (Value, error) {
		return CallMethodValue(ObjectType.LookupString("__init__"), a[0], a[1:], nil)
	}))
	R := mustClass(t, "R", nil, "__init__", fn("__init__", func(a []Value) (Value, error) { return Int(1), nil }))
	tests := []struct{ got, want string }{
		{show(Call(FromObject(A), []Value{Int(1)}, nil)), "TypeError: A() takes no arguments"},
		{show(Call(FromObject(I), []Value{Int(1)}, nil)), "TypeError: object.__init__() takes exactly one argument (the instance to initialize)"},
		{show(Call(FromObject(R), nil, nil)), "TypeError: __init__() should return None, not 'int'"},
		{show(Call(FromObject(TypeType), []Value{Int(1), Int(2)}, nil)), "TypeError: type() takes 1 or 3 arguments"},
		{show(Call(FromObject(TypeType), []Value{S("X"), Int(1), D()}, nil)), "TypeError: type.__new__() argument 2 must be tuple, not int"},
		{show(Call(FromObject(TypeType), []Value{Int(1)}, nil)), "<class 'int'>"},
		{show(Call(FromObject(NoneType), nil, nil)), "None"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %s, want %s", i, tt.got, tt.want)
		}
	}
}

func TestSlots(t *testing.T) {
	A := mustClass(t, "A", nil, "__slots__", T(S("x"), S("y")))
	a, _ := Call(FromObject(A), nil, nil)
	B := mustClass(t, "B", []*Type{A})
	b, _ := Call(FromObject(B), nil, nil)
	tests := []struct{ got, want string }{
		{show(None, SetAttr(a, Intern("x"), Int(1))), "None"},
		{show(GetAttrString(a, "x")), "1"},
		{show(GetAttrString(a, "y")), "AttributeError: 'A' object has no attribute 'y'"},
		{show(None, SetAttr(a, Intern("z"), Int(1))), "AttributeError: 'A' object has no attribute 'z'"},
		{show(GetAttrString(a, "__dict__")), "AttributeError: 'A' object has no attribute '__dict__'"},
		{show(GetAttrString(FromObject(A), "x")), "<member 'x' of 'A' objects>"},
		{show(None, SetAttr(b, Intern("z"), Int(3))), "None"},
		{show(GetAttrString(b, "__dict__")), "{'z': 3}"},
		{show(None, DelAttr(a, Intern("x"))), "None"},
		{show(None, DelAttr(a, Intern("x"))), "AttributeError: x"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %s, want %s", i, tt.got, tt.want)
		}
	}
	_, err := NewClass(nil, "D", nil, dictOf("__slots__", T(S("x")), "x", Int(1)))
	if got := show(Null, err); got != "ValueError: 'x' in __slots__ conflicts with class variable" {
		t.Errorf("slot conflict: %s", got)
	}
}

func dictOf(kv ...any) *Dict {
	d := NewDict(0)
	for i := 0; i+1 < len(kv); i += 2 {
		d.SetStr(kv[i].(string), kv[i+1].(Value))
	}
	return d
}

// TestAttrCacheInvalidation checks that cached class lookups see every
// change of a namespace on the MRO: rebinding, adding, deleting.
func TestAttrCacheInvalidation(t *testing.T) {
	A := mustClass(t, "A", nil, "x", Int(1))
	B := mustClass(t, "B", []*Type{A})
	b, _ := Call(FromObject(B), nil, nil)
	steps := []struct {
		do   func() error
		want string
	}{
		{func() error { return nil }, "1"},
		{func() error { return SetAttr(FromObject(A), Intern("x"), Int(2)) }, "2"},
		{func() error { return SetAttr(FromObject(B), Intern("x"), Int(3)) }, "3"},
		{func() error { return DelAttr(FromObject(B), Intern("x")) }, "2"},
		{func() error { return DelAttr(FromObject(A), Intern("x")) }, "AttributeError: 'B' object has no attribute 'x'"},
		{func() error { return SetAttr(FromObject(A), Intern("x"), Int(4)) }, "4"},
		{func() error { return SetAttr(b, Intern("x"), Int(5)) }, "5"},
	}
	for i, st := range steps {
		if err := st.do(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if got := show(GetAttrString(b, "x")); got != st.want {
			t.Errorf("step %d: b.x = %s, want %s", i, got, st.want)
		}
	}
}
