package object

import "testing"

func TestExceptionStrRepr(t *testing.T) {
	b := PureBuiltins()
	mk := func(t *Type, args ...Value) Value { v, _ := Call(FromObject(t), args, nil); return v }
	strOf := func(v Value) string { s, err := StrOf(v); return show(S(s), err) }
	se := mk(SyntaxError, S("invalid syntax"), T(S("f.py"), Int(3), Int(4), S("x = = 1\n"), Int(3), Int(5)))
	ie, _ := Call(FromObject(ImportError), []Value{S("no"), S("x")}, []string{"name"})
	tests := []struct{ got, want string }{
		{strOf(mk(KeyError, S("a"))), `"'a'"`},
		{show(mk(KeyError, S("a")), nil), "KeyError('a')"},
		{strOf(mk(KeyError)), "''"},
		{strOf(mk(KeyError, S("a"), S("b"))), `"('a', 'b')"`},
		{show(mk(Exception), nil), "Exception()"},
		{show(mk(Exception, Int(1), Int(2)), nil), "Exception(1, 2)"},
		{strOf(mk(Exception, Int(1), Int(2))), "'(1, 2)'"},
		{strOf(mk(ValueError, S("bad"))), "'bad'"},
		{strOf(mk(OSError, Int(2), S("No such file or directory"), S("x"))), `"[Errno 2] No such file or directory: 'x'"`},
		{show(mk(OSError, Int(2), S("No such file or directory"), S("x")), nil), "FileNotFoundError(2, 'No such file or directory')"},
		{strOf(se), "'invalid syntax (f.py, line 3)'"},
		{show(GetAttrString(se, "end_offset")), "5"},
		{show(GetAttrString(se, "msg")), "'invalid syntax'"},
		{strOf(ie), "'no'"},
		{show(GetAttrString(ie, "name")), "'x'"},
		{show(mk(StopIteration, Int(5)), nil), "StopIteration(5)"},
		{show(GetAttrString(mk(StopIteration, Int(5)), "value")), "5"},
		{show(GetAttrString(mk(StopIteration), "value")), "None"},
		{show(GetAttrString(mk(SystemExit, Int(3)), "code")), "3"},
		{show(GetAttrString(mk(SystemExit, Int(1), Int(2)), "code")), "(1, 2)"},
		{show(GetAttrString(mk(ValueError, Int(1)), "args")), "(1,)"},
		{show(GetAttrString(mk(ValueError), "__cause__")), "None"},
		{strOf(mk(UnicodeDecodeError, S("utf-8"), NewBytes([]byte{0xff}), Int(0), Int(1), S("invalid start byte"))), `"'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"`},
		{show(Call(b["repr"], []Value{mk(ZeroDivisionError, S("division by zero"))}, nil)), `"ZeroDivisionError('division by zero')"`},
		{show(Call(FromObject(ValueError), []Value{Int(1)}, []string{"x"})), "TypeError: ValueError() takes no keyword arguments"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %s, want %s", i, tt.got, tt.want)
		}
	}
}

func TestUserExceptions(t *testing.T) {
	E := mustClass(t, "E", []*Type{Exception})
	F := mustClass(t, "F", []*Type{E}, "__init__", fn("__init__", func(a []Value) (Value, error) {
		if _, err := CallMethodValue(Exception.LookupString("__init__"), a[0], a[1:], nil); err != nil {
			return Null, err
		}
		return None, SetAttr(a[0], Intern("a"), a[1])
	}))
	G := mustClass(t, "G", []*Type{Exception}, "__str__", fn("__str__", func(a []Value) (Value, error) { return S("custom"), nil }))
	f, err := Call(FromObject(F), []Value{Int(1), Int(2)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	e := f.o.(*BaseException)
	g, _ := Call(FromObject(G), []Value{Int(1)}, nil)
	tests := []struct{ got, want string }{
		{show(f, nil), "F(1, 2)"},
		{show(GetAttrString(f, "a")), "1"},
		{show(GetAttrString(f, "args")), "(1, 2)"},
		{e.Error(), "F: (1, 2)"},
		{show(IsInstanceV(f, Exception)), "True"},
		{show(g, nil), "G(1)"},
		{g.o.(*BaseException).Error(), "G: custom"},
		{show(GetAttrString(f, "__dict__")), "{'a': 1}"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %s, want %s", i, tt.got, tt.want)
		}
	}
	if !ExceptionMatches(e, E) || ExceptionMatches(e, ValueError) {
		t.Errorf("ExceptionMatches wrong for F")
	}
	if got := Errorf(TypeError, "x %d", 1).Error(); got != "TypeError: x 1" {
		t.Errorf("Errorf = %s", got)
	}
}

func TestRecursionLimit(t *testing.T) {
	a := L()
	for i := 0; i < 5000; i++ {
		a = L(a)
	}
	if got := show(Call(PureBuiltins()["repr"], []Value{a}, nil)); got != "RecursionError: maximum recursion depth exceeded while getting the repr of an object" {
		t.Errorf("repr of deep list: %s", got)
	}
	b := L()
	for i := 0; i < 5000; i++ {
		b = L(b)
	}
	if got := show(RichCompare(a, b, CmpEq)); got != "RecursionError: maximum recursion depth exceeded in comparison" {
		t.Errorf("== of deep lists: %s", got)
	}
	if RecursionDepth != 0 {
		t.Errorf("RecursionDepth = %d after the errors", RecursionDepth)
	}
}
