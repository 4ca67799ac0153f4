package object

import "testing"

func TestStructSeq(t *testing.T) {
	st := NewStructSeqType("mod.point", "point(x, y)", []StructSeqField{{Name: "x"}, {}, {Name: "y"}, {Name: "z"}}, 3, true)
	p := NewStructSeq(st, Int(1), Int(2), Int(3), S("zz"))
	attr := func(v Value, name string) (Value, error) { return GetAttrString(v, name) }
	mk := func(args ...Value) (Value, error) { return Call(FromObject(st), args, nil) }
	n, _ := Len(p)
	item1, _ := GetItem(p, Int(1))
	z, _ := attr(p, "z")
	cases := []struct{ got, want string }{
		{show(p, nil), "mod.point(x=1, y=2, z=3)"},
		{show(Int(int64(n)), nil), "3"},
		{show(item1, nil), "2"},
		{show(z, nil), "'zz'"},
		{show(attr(p, "y")), "3"},
		{show(attr(FromObject(st), "n_unnamed_fields")), "1"},
		{show(attr(FromObject(st), "__match_args__")), "('x', 'y')"},
		{show(CallMethodByName(p, "__reduce__")), "(<class 'mod.point'>, ((1, 2, 3), {'z': 'zz'}))"},
		{show(mk(L(Int(1), Int(2), Int(3)))), "mod.point(x=1, y=2, z=3)"},
		{show(mk(T(Int(1), Int(2), Int(3)), D(S("z"), Int(9)))), "mod.point(x=1, y=2, z=3)"},
		{show(mk(Int(1))), "TypeError: constructor requires a sequence"},
		{show(mk(T(Int(1)))), "TypeError: mod.point() takes an at least 3-sequence (1-sequence given)"},
		{show(mk(T(Int(1), Int(1), Int(1), Int(1), Int(1)))), "TypeError: mod.point() takes an at most 4-sequence (5-sequence given)"},
		{show(mk(T(Int(1), Int(1), Int(1)), None)), "TypeError: mod.point() takes a dict as second arg, if any"},
		{show(mk()), "TypeError: structseq() missing required argument 'sequence' (pos 1)"},
		{show(None, SetAttr(p, Intern("x"), Int(5))), "AttributeError: readonly attribute"},
		{show(None, SetAttr(p, Intern("w"), Int(5))), "AttributeError: 'mod.point' object has no attribute 'w'"},
		{show(RichCompare(p, T(Int(1), Int(2), Int(3)), CmpEq)), "True"},
		{show(attr(FromObject(st), "__mro__")), "(<class 'mod.point'>, <class 'tuple'>, <class 'object'>)"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("%d: got %s, want %s", i, c.got, c.want)
		}
	}
	z2, _ := mk(T(Int(1), Int(2), Int(3)), D(S("z"), Int(9)))
	if v, _ := attr(z2, "z"); show(v, nil) != "9" {
		t.Errorf("hidden field from dict: %s", show(v, nil))
	}
	if show(StructSeqItem(p, 3), nil) != "'zz'" {
		t.Errorf("StructSeqItem: %s", show(StructSeqItem(p, 3), nil))
	}
	fixed := NewStructSeqType("mod.flags", "", []StructSeqField{{Name: "a"}}, 1, false)
	if _, err := Call(FromObject(fixed), []Value{T(Int(1))}, nil); show(None, err) != "TypeError: cannot create 'mod.flags' instances" {
		t.Errorf("not constructible: %s", show(None, err))
	}
	if _, err := NewClass(nil, "Sub", []*Type{st}, NewDict(0)); show(None, err) != "TypeError: type 'mod.point' is not an acceptable base type" {
		t.Errorf("subclass: %s", show(None, err))
	}
}
