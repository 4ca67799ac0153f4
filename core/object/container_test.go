package object

import "testing"

func TestListMethods(t *testing.T) {
	l := NewList(Int(3), Int(1), Int(2))
	lv := FromObject(l)
	steps := []struct {
		name string
		do   func() (Value, error)
		want string // repr of the result, then of the list
	}{
		{"append", func() (Value, error) { return meth(lv, "append", Int(4)) }, "None [3, 1, 2, 4]"},
		{"append2", func() (Value, error) { return meth(lv, "append") }, "TypeError: list.append() takes exactly one argument (0 given) [3, 1, 2, 4]"},
		{"pop", func() (Value, error) { return meth(lv, "pop") }, "4 [3, 1, 2]"},
		{"pop0", func() (Value, error) { return meth(lv, "pop", Int(0)) }, "3 [1, 2]"},
		{"pop9", func() (Value, error) { return meth(lv, "pop", Int(9)) }, "IndexError: pop index out of range [1, 2]"},
		{"popargs", func() (Value, error) { return meth(lv, "pop", Int(1), Int(2)) }, "TypeError: pop expected at most 1 argument, got 2 [1, 2]"},
		{"insert", func() (Value, error) { return meth(lv, "insert", Int(0), Int(9)) }, "None [9, 1, 2]"},
		{"insert-1", func() (Value, error) { return meth(lv, "insert", Int(-1), Int(8)) }, "None [9, 1, 8, 2]"},
		{"insert100", func() (Value, error) { return meth(lv, "insert", Int(100), Int(7)) }, "None [9, 1, 8, 2, 7]"},
		{"remove", func() (Value, error) { return meth(lv, "remove", Int(9)) }, "None [1, 8, 2, 7]"},
		{"remove99", func() (Value, error) { return meth(lv, "remove", Int(99)) }, "ValueError: list.remove(x): x not in list [1, 8, 2, 7]"},
		{"index", func() (Value, error) { return meth(lv, "index", Int(2)) }, "2 [1, 8, 2, 7]"},
		{"index9", func() (Value, error) { return meth(lv, "index", Int(9)) }, "ValueError: 9 is not in list [1, 8, 2, 7]"},
		{"count", func() (Value, error) { return meth(lv, "count", Int(8)) }, "1 [1, 8, 2, 7]"},
		{"extend", func() (Value, error) { return meth(lv, "extend", S("ab")) }, "None [1, 8, 2, 7, 'a', 'b']"},
		{"sortmixed", func() (Value, error) { return meth(lv, "sort") }, "TypeError: '<' not supported between instances of 'str' and 'int' [1, 2, 7, 8, 'a', 'b']"}, // as CPython: sorted up to the failing comparison
		{"delslice", func() (Value, error) { return Null, DelItem(lv, NewSlice(Int(4), None, None)) }, "<NULL> [1, 2, 7, 8]"},
		{"sort", func() (Value, error) { return meth(lv, "sort") }, "None [1, 2, 7, 8]"},
		{"reverse", func() (Value, error) { return meth(lv, "reverse") }, "None [8, 7, 2, 1]"},
		{"setslice", func() (Value, error) {
			return Null, SetItem(lv, NewSlice(Int(1), Int(3), None), L(Int(0), Int(0), Int(0)))
		}, "<NULL> [8, 0, 0, 0, 1]"},
		{"extslice", func() (Value, error) { return Null, SetItem(lv, NewSlice(None, None, Int(2)), L(Int(5))) }, "ValueError: attempt to assign sequence of size 1 to extended slice of size 3 [8, 0, 0, 0, 1]"},
		{"delstep", func() (Value, error) { return Null, DelItem(lv, NewSlice(None, None, Int(2))) }, "<NULL> [0, 0]"},
		{"setidx", func() (Value, error) { return Null, SetItem(lv, Int(100), Int(1)) }, "IndexError: list assignment index out of range [0, 0]"},
		{"getidx", func() (Value, error) { return GetItem(lv, Int(-3)) }, "IndexError: list index out of range [0, 0]"},
		{"getstr", func() (Value, error) { return GetItem(lv, S("a")) }, "TypeError: list indices must be integers or slices, not str [0, 0]"},
		{"iadd", func() (Value, error) { return InplaceOp(Add, lv, T(Int(3))) }, "[0, 0, 3] [0, 0, 3]"},
		{"imul", func() (Value, error) { return InplaceOp(Mul, lv, Int(2)) }, "[0, 0, 3, 0, 0, 3] [0, 0, 3, 0, 0, 3]"},
		{"clear", func() (Value, error) { return meth(lv, "clear") }, "None []"},
		{"popempty", func() (Value, error) { return meth(lv, "pop") }, "IndexError: pop from empty list []"},
	}
	for _, st := range steps {
		r := show(st.do())
		ls, _ := Repr(lv)
		if got := r + " " + ls; got != st.want {
			t.Errorf("%s: got %s, want %s", st.name, got, st.want)
		}
	}
}

func TestSortStableKeyReverse(t *testing.T) {
	b := PureBuiltins()
	lenFn := b["len"]
	words := L(S("bb"), S("a"), S("ccc"), S("dd"), S("e"))
	got := show(Call(b["sorted"], []Value{words, lenFn}, []string{"key"}))
	if got != "['a', 'e', 'bb', 'dd', 'ccc']" {
		t.Errorf("sorted by len = %s", got)
	}
	got = show(Call(b["sorted"], []Value{words, lenFn, True}, []string{"key", "reverse"}))
	if got != "['ccc', 'bb', 'dd', 'a', 'e']" {
		t.Errorf("sorted by len reversed = %s", got)
	}
	got = show(Call(b["sorted"], []Value{words, Int(1)}, []string{"x"}))
	if got != "TypeError: 'x' is an invalid keyword argument for sort()" {
		t.Errorf("sorted(x=1) = %s", got)
	}
}

func TestDictMethods(t *testing.T) {
	d := D(S("a"), Int(1), S("b"), Int(2))
	b := PureBuiltins()
	tests := []struct {
		do   func() (Value, error)
		want string
	}{
		{func() (Value, error) { return GetItem(d, S("z")) }, "KeyError: 'z'"},
		{func() (Value, error) { return meth(d, "get", S("z")) }, "None"},
		{func() (Value, error) { return meth(d, "get", S("z"), Int(0)) }, "0"},
		{func() (Value, error) { return meth(d, "get") }, "TypeError: get expected at least 1 argument, got 0"},
		{func() (Value, error) { return meth(d, "keys") }, "dict_keys(['a', 'b'])"},
		{func() (Value, error) { return meth(d, "values") }, "dict_values([1, 2])"},
		{func() (Value, error) { return meth(d, "items") }, "dict_items([('a', 1), ('b', 2)])"},
		{func() (Value, error) { return RichCompare(d, D(S("b"), Int(2), S("a"), Int(1)), CmpEq) }, "True"},
		{func() (Value, error) { return meth(d, "setdefault", S("c"), L()) }, "[]"},
		{func() (Value, error) { return meth(d, "pop", S("c")) }, "[]"},
		{func() (Value, error) { return meth(d, "pop", S("c")) }, "KeyError: 'c'"},
		{func() (Value, error) { return meth(d, "pop", S("c"), Int(5)) }, "5"},
		{func() (Value, error) { return Call(b["dict"], []Value{L(T(S("x"), Int(1))), Int(2)}, []string{"y"}) }, "{'x': 1, 'y': 2}"},
		{func() (Value, error) { return Call(b["dict"], []Value{Int(1)}, nil) }, "TypeError: 'int' object is not iterable"},
		{func() (Value, error) { return Call(b["dict"], []Value{L(Int(1))}, nil) }, "TypeError: cannot convert dictionary update sequence element #0 to a sequence"},
		{func() (Value, error) { return Call(b["dict"], []Value{L(T(Int(1), Int(2), Int(3)))}, nil) }, "ValueError: dictionary update sequence element #0 has length 3; 2 is required"},
		{func() (Value, error) { return meth(FromObject(DictType), "fromkeys", S("ab"), Int(0)) }, "{'a': 0, 'b': 0}"},
		{func() (Value, error) { return BinaryOp(Or, d, D(S("z"), Int(0))) }, "{'a': 1, 'b': 2, 'z': 0}"},
		{func() (Value, error) { r, _ := meth(d, "keys"); return BinaryOp(Sub, r, FromObject(mustSet(S("a")))) }, "{'b'}"},
		{func() (Value, error) { return D(L(), Int(1)), SetItem(FromObject(NewDict(0)), L(), Int(1)) }, "TypeError: unhashable type: 'list'"},
		{func() (Value, error) { return D(Int(1), Int(2), Float(1), Int(3), True, Int(4)), nil }, "{1: 4}"},
		{func() (Value, error) { return meth(d, "popitem") }, "('b', 2)"},
		{func() (Value, error) { return meth(FromObject(NewDict(0)), "popitem") }, "KeyError: 'popitem(): dictionary is empty'"},
	}
	for i, tt := range tests {
		if got := show(tt.do()); got != tt.want {
			t.Errorf("case %d: got %s, want %s", i, got, tt.want)
		}
	}
}

func mustSet(items ...Value) *Set {
	v, _ := NewSet(false, items...)
	return v.o.(*Set)
}

func TestDictChangedDuringIteration(t *testing.T) {
	d := D(Int(1), Int(1))
	it, _ := GetIter(d)
	k, _, _ := Next(it)
	SetItem(d, Int(2), Int(2))
	_, _, err := Next(it)
	if got := show(k, err); got != "RuntimeError: dictionary changed size during iteration" {
		t.Errorf("got %s", got)
	}
}

func TestSetOps(t *testing.T) {
	s := FromObject(mustSet(Int(1), Int(2), Int(3)))
	tests := []struct {
		do   func() (Value, error)
		want string
	}{
		{func() (Value, error) { return BinaryOp(Or, s, FromObject(mustSet(Int(4)))) }, "{1, 2, 3, 4}"},
		{func() (Value, error) { return BinaryOp(And, s, FromObject(mustSet(Int(1), Int(9)))) }, "{1}"},
		{func() (Value, error) { return BinaryOp(Sub, s, FromObject(mustSet(Int(1)))) }, "{2, 3}"},
		{func() (Value, error) { return BinaryOp(Xor, s, FromObject(mustSet(Int(1), Int(9)))) }, "{2, 3, 9}"},
		{func() (Value, error) { return RichCompare(s, s, CmpLt) }, "False"},
		{func() (Value, error) { return RichCompare(s, s, CmpLe) }, "True"},
		{func() (Value, error) {
			return meth(s, "issubset", FromObject(&Range{Start: Int(0), Stop: Int(10), Step: Int(1)}))
		}, "True"},
		{func() (Value, error) { return meth(s, "union", L(Int(9))) }, "{1, 2, 3, 9}"},
		{func() (Value, error) { return meth(s, "remove", Int(7)) }, "KeyError: 7"},
		{func() (Value, error) { r, err := Contains(s, L()); return Bool(r), err }, "TypeError: unhashable type: 'list'"},
		{func() (Value, error) { return NewSet(true, Int(1)) }, "frozenset({1})"},
		{func() (Value, error) { return Call(FromObject(SetType), nil, nil) }, "set()"},
		{func() (Value, error) { return meth(FromObject(newSet(false)), "pop") }, "KeyError: 'pop from an empty set'"},
	}
	for i, tt := range tests {
		if got := show(tt.do()); got != tt.want {
			t.Errorf("case %d: got %s, want %s", i, got, tt.want)
		}
	}
}

func TestRange(t *testing.T) {
	b := PureBuiltins()
	rng := func(args ...Value) Value { r, _ := Call(b["range"], args, nil); return r }
	list := func(v Value) (Value, error) { return Call(b["list"], []Value{v}, nil) }
	tests := []struct {
		do   func() (Value, error)
		want string
	}{
		{func() (Value, error) { return list(rng(Int(10), Int(0), Int(-3))) }, "[10, 7, 4, 1]"},
		{func() (Value, error) { return GetItem(rng(Int(0), Int(10), Int(2)), Int(2)) }, "4"},
		{func() (Value, error) { return GetItem(rng(Int(10)), Int(-1)) }, "9"},
		{func() (Value, error) { return GetItem(rng(Int(10)), NewSlice(Int(2), Int(8), Int(2))) }, "range(2, 8, 2)"},
		{func() (Value, error) { return GetItem(rng(Int(3)), Int(5)) }, "IndexError: range object index out of range"},
		{func() (Value, error) { n, err := Len(rng(Int(0), Int(100), Int(7))); return Int(int64(n)), err }, "15"},
		{func() (Value, error) { r, err := Contains(rng(Int(0), Int(10), Int(2)), Int(5)); return Bool(r), err }, "False"},
		{func() (Value, error) { return RichCompare(rng(Int(5)), rng(Int(0), Int(5)), CmpEq) }, "True"},
		{func() (Value, error) { return Call(b["range"], []Value{Int(1), Int(2), Int(0)}, nil) }, "ValueError: range() arg 3 must not be zero"},
		{func() (Value, error) { return Call(b["range"], nil, nil) }, "TypeError: range expected at least 1 argument, got 0"},
		{func() (Value, error) {
			return list(rng(big10("18446744073709551616"), big10("18446744073709551619")))
		}, "[18446744073709551616, 18446744073709551617, 18446744073709551618]"},
		{func() (Value, error) { return list(FromObject(rng(Int(1), Int(4)).o.(*Range).reversed())) }, "[3, 2, 1]"},
	}
	for i, tt := range tests {
		if got := show(tt.do()); got != tt.want {
			t.Errorf("case %d: got %s, want %s", i, got, tt.want)
		}
	}
}

// TestRangeIteratorDoesNotAllocate checks that stepping a range iterator
// allocates nothing.
func TestRangeIteratorDoesNotAllocate(t *testing.T) {
	it, _ := GetIter(NewRange(0, 1<<40, 1))
	n := testing.AllocsPerRun(1000, func() { Next(it) })
	if n != 0 {
		t.Errorf("range iterator Next allocates %.1f times", n)
	}
	l := L(Int(1), Int(2))
	n = testing.AllocsPerRun(1000, func() {
		GetItem(l, Int(1))
		SetItem(l, Int(0), Int(5))
		Len(l)
	})
	if n != 0 {
		t.Errorf("list indexing allocates %.1f times", n)
	}
}

func TestIterators(t *testing.T) {
	b := PureBuiltins()
	list := func(fn string, args []Value, kw ...string) string {
		it, err := Call(b[fn], args, kw)
		if err != nil {
			return show(it, err)
		}
		return show(Call(b["list"], []Value{it}, nil))
	}
	tests := []struct{ got, want string }{
		{list("enumerate", []Value{S("ab"), Int(1)}), "[(1, 'a'), (2, 'b')]"},
		{list("zip", []Value{L(Int(1), Int(2), Int(3)), S("ab")}), "[(1, 'a'), (2, 'b')]"},
		{list("zip", nil), "[]"},
		{list("zip", []Value{S("ab"), S("cde"), True}, "strict"), "ValueError: zip() argument 2 is longer than argument 1"},
		{list("zip", []Value{Int(1)}), "TypeError: 'int' object is not iterable"},
		{list("map", []Value{b["abs"], L(Int(-1), Int(2))}), "[1, 2]"},
		{list("filter", []Value{None, L(Int(0), Int(1), S(""), S("a"))}), "[1, 'a']"},
		{list("reversed", []Value{L(Int(1), Int(2))}), "[2, 1]"},
		{list("reversed", []Value{FromObject(mustSet())}), "TypeError: 'set' object is not reversible"},
		{list("iter", []Value{Int(5)}), "TypeError: 'int' object is not iterable"},
		{show(Call(b["next"], []Value{L()}, nil)), "TypeError: 'list' object is not an iterator"},
		{show(Call(b["max"], []Value{L()}, nil)), "ValueError: max() arg is an empty sequence"},
		{show(Call(b["max"], []Value{L(), Int(5)}, []string{"default"})), "5"},
		{show(Call(b["min"], []Value{S("bca")}, nil)), "'a'"},
		{show(Call(b["sum"], []Value{L(Int(1), Int(2)), Int(10)}, nil)), "13"},
		{show(Call(b["sum"], []Value{L(), S("")}, nil)), "TypeError: sum() can't sum strings [use ''.join(seq) instead]"},
		{show(Call(b["all"], []Value{L()}, nil)), "True"},
		{show(Call(b["any"], []Value{L(Int(0))}, nil)), "False"},
		{show(Call(b["len"], []Value{Int(5)}, nil)), "TypeError: object of type 'int' has no len()"},
		{show(Call(b["len"], []Value{Int(5), Int(6)}, nil)), "TypeError: len() takes exactly one argument (2 given)"},
		{show(Call(b["abs"], []Value{Int(5)}, []string{"x"})), "TypeError: abs() takes no keyword arguments"},
		{show(Call(b["getattr"], []Value{Int(1)}, nil)), "TypeError: getattr expected at least 2 arguments, got 1"},
		{show(Call(b["chr"], []Value{Int(-1)}, nil)), "ValueError: chr() arg not in range(0x110000)"},
		{show(Call(b["ord"], []Value{S("ab")}, nil)), "TypeError: ord() expected a character, but string of length 2 found"},
		{show(Call(b["ascii"], []Value{S("é😀")}, nil)), `"'\\xe9\\U0001f600'"`},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %s, want %s", i, tt.got, tt.want)
		}
	}
}

func TestContainerReprs(t *testing.T) {
	l := NewList(Int(1))
	l.Append(FromObject(l))
	d := NewDict(0)
	d.SetStr("x", FromObject(d))
	tests := []struct {
		v    Value
		want string
	}{
		{FromObject(l), "[1, [...]]"},
		{FromObject(d), "{'x': {...}}"},
		{T(Int(1)), "(1,)"},
		{T(), "()"},
		{FromObject(mustSet()), "set()"},
		{L(S("a"), None, Float(1.5), True), "['a', None, 1.5, True]"},
		{NewSlice(Int(1), Int(2), Null), "slice(1, 2, None)"},
		{NewComplex(1 - 2i), "(1-2j)"},
		{NewComplex(2i), "2j"},
		{NotImplemented, "NotImplemented"},
		{Ellipsis, "Ellipsis"},
		{FromObject(IntType), "<class 'int'>"},
		{FromObject(KeyError), "<class 'KeyError'>"},
	}
	for _, tt := range tests {
		if got := show(tt.v, nil); got != tt.want {
			t.Errorf("repr = %s, want %s", got, tt.want)
		}
	}
}
