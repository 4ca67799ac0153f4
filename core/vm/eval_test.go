package vm

import (
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// loopFunc is `def f(n): for i in range(n): pass; return i`.
func loopFunc() *code.Code {
	a := &asm{}
	a.L(2).op(code.LOAD_GLOBAL, 0).op(code.LOAD_FAST, 0).op(code.CALL_FUNCTION, 1).op(code.GET_ITER).
		label("loop").jmp(code.FOR_ITER, "end").op(code.STORE_FAST, 1).jmp(code.JUMP_ABSOLUTE, "loop").
		label("end").L(3).op(code.LOAD_FAST, 1).op(code.RETURN_VALUE)
	return a.code(codeSpec{name: "f", argcount: 1, flags: code.CoOptimized | code.CoNewlocals,
		varnames: []string{"n", "i"}, names: []string{"range"}, consts: []object.Value{object.None}})
}

// callModule is `f = <fn>; return f(args...)` as module code.
func callModule(fn *code.Code, args ...object.Value) *code.Code {
	a := &asm{}
	consts := []object.Value{codeVal(fn), str(fn.Name)}
	a.L(1).op(code.LOAD_CONST, 0).op(code.LOAD_CONST, 1).op(code.MAKE_FUNCTION, 0).op(code.STORE_NAME, 0).
		op(code.LOAD_NAME, 0)
	for _, v := range args {
		a.op(code.LOAD_CONST, len(consts))
		consts = append(consts, v)
	}
	a.op(code.CALL_FUNCTION, len(args)).op(code.RETURN_VALUE)
	return a.code(codeSpec{names: []string{fn.Name}, consts: consts})
}

func reprOf(t *testing.T, v object.Value) string {
	t.Helper()
	s, err := object.Repr(v)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return s
}

func TestEval(t *testing.T) {
	tests := []struct {
		name string
		co   func() *code.Code
		want string // repr of the result, or "!Type: message" for an error
	}{
		{"fast loop", func() *code.Code { return callModule(loopFunc(), object.Int(10)) }, "9"},
		{"unbound local", func() *code.Code { return callModule(loopFunc(), object.Int(0)) },
			"!UnboundLocalError: local variable 'i' referenced before assignment"},
		{"name error", func() *code.Code {
			a := &asm{}
			a.L(1).op(code.LOAD_NAME, 0).op(code.RETURN_VALUE)
			return a.code(codeSpec{names: []string{"spam"}})
		}, "!NameError: name 'spam' is not defined"},
		{"global error", func() *code.Code {
			a := &asm{}
			a.L(1).op(code.LOAD_GLOBAL, 0).op(code.RETURN_VALUE)
			return callModule(a.code(codeSpec{name: "g", flags: code.CoOptimized, names: []string{"spam"}}))
		}, "!NameError: name 'spam' is not defined"},
		{"int add overflow", func() *code.Code {
			a := &asm{}
			a.L(1).op(code.LOAD_CONST, 0).op(code.LOAD_CONST, 1).op(code.BINARY_ADD).op(code.RETURN_VALUE)
			return a.code(codeSpec{consts: []object.Value{object.Int(1<<63 - 1), object.Int(1)}})
		}, "9223372036854775808"},
		{"try except", func() *code.Code {
			// try: spam  except NameError: r = 1  ; return r
			a := &asm{}
			a.L(1).jmp(code.SETUP_FINALLY, "handler").L(2).op(code.LOAD_NAME, 0).op(code.POP_TOP).op(code.POP_BLOCK).
				op(code.LOAD_CONST, 0).op(code.RETURN_VALUE).
				label("handler").L(3).op(code.DUP_TOP).op(code.LOAD_NAME, 1).jmp(code.JUMP_IF_NOT_EXC_MATCH, "reraise").
				op(code.POP_TOP).op(code.POP_TOP).op(code.POP_TOP).L(4).op(code.LOAD_CONST, 1).op(code.STORE_NAME, 2).
				op(code.POP_EXCEPT).op(code.LOAD_NAME, 2).op(code.RETURN_VALUE).
				label("reraise").op(code.RERAISE, 0)
			return a.code(codeSpec{names: []string{"spam", "NameError", "r"}, consts: []object.Value{object.None, object.Int(1)}})
		}, "1"},
		{"extended arg jump", func() *code.Code {
			a := &asm{}
			a.L(1).jmp(code.JUMP_ABSOLUTE, "end")
			for i := 0; i < 300; i++ {
				a.op(code.NOP)
			}
			a.label("end").op(code.LOAD_CONST, 0).op(code.RETURN_VALUE)
			return a.code(codeSpec{consts: []object.Value{object.Int(7)}})
		}, "7"},
		{"closure", func() *code.Code {
			// def outer(): x = 5; def inner(): return x; return inner()
			ia := &asm{}
			ia.L(3).op(code.LOAD_DEREF, 0).op(code.RETURN_VALUE)
			inner := ia.code(codeSpec{name: "inner", flags: code.CoOptimized | code.CoNested, freevars: []string{"x"}})
			oa := &asm{}
			oa.L(2).op(code.LOAD_CONST, 1).op(code.STORE_DEREF, 0).
				op(code.LOAD_CLOSURE, 0).op(code.BUILD_TUPLE, 1).op(code.LOAD_CONST, 2).op(code.LOAD_CONST, 3).
				op(code.MAKE_FUNCTION, 8).op(code.STORE_FAST, 0).op(code.LOAD_FAST, 0).op(code.CALL_FUNCTION, 0).op(code.RETURN_VALUE)
			outer := oa.code(codeSpec{name: "outer", flags: code.CoOptimized, varnames: []string{"inner"}, cellvars: []string{"x"},
				consts: []object.Value{object.None, object.Int(5), codeVal(inner), str("outer.<locals>.inner")}})
			return callModule(outer)
		}, "5"},
		{"free var unbound", func() *code.Code {
			ia := &asm{}
			ia.L(3).op(code.LOAD_DEREF, 0).op(code.RETURN_VALUE)
			inner := ia.code(codeSpec{name: "inner", flags: code.CoOptimized | code.CoNested, freevars: []string{"x"}})
			oa := &asm{}
			oa.L(2).op(code.LOAD_CLOSURE, 0).op(code.BUILD_TUPLE, 1).op(code.LOAD_CONST, 1).op(code.LOAD_CONST, 2).
				op(code.MAKE_FUNCTION, 8).op(code.CALL_FUNCTION, 0).op(code.RETURN_VALUE)
			outer := oa.code(codeSpec{name: "outer", flags: code.CoOptimized, cellvars: []string{"x"},
				consts: []object.Value{object.None, codeVal(inner), str("outer.<locals>.inner")}})
			return callModule(outer)
		}, "!NameError: free variable 'x' referenced before assignment in enclosing scope"},
		{"generator", func() *code.Code {
			// def g(): yield 1; yield 2 ; module: return list-ish sum via for loop
			ga := &asm{}
			ga.L(1).op(code.GEN_START, 0).L(2).op(code.LOAD_CONST, 1).op(code.YIELD_VALUE).op(code.POP_TOP).
				L(3).op(code.LOAD_CONST, 2).op(code.YIELD_VALUE).op(code.POP_TOP).op(code.LOAD_CONST, 0).op(code.RETURN_VALUE)
			gen := ga.code(codeSpec{name: "g", flags: code.CoOptimized | code.CoGenerator,
				consts: []object.Value{object.None, object.Int(1), object.Int(2)}})
			ma := &asm{}
			ma.L(1).op(code.LOAD_CONST, 1).op(code.STORE_NAME, 1).
				op(code.LOAD_CONST, 0).op(code.LOAD_CONST, 2).op(code.MAKE_FUNCTION, 0).op(code.CALL_FUNCTION, 0).op(code.GET_ITER).
				label("loop").jmp(code.FOR_ITER, "end").op(code.LOAD_NAME, 1).op(code.BINARY_ADD).op(code.STORE_NAME, 1).
				jmp(code.JUMP_ABSOLUTE, "loop").label("end").op(code.LOAD_NAME, 1).op(code.RETURN_VALUE)
			return ma.code(codeSpec{names: []string{"g", "t"}, consts: []object.Value{codeVal(gen), object.Int(0), str("g")}})
		}, "3"},
		{"recursion", func() *code.Code {
			// def f(): return f()
			fa := &asm{}
			fa.L(2).op(code.LOAD_GLOBAL, 0).op(code.CALL_FUNCTION, 0).op(code.RETURN_VALUE)
			f := fa.code(codeSpec{name: "f", flags: code.CoOptimized, names: []string{"f"}})
			return callModule(f)
		}, "!RecursionError: maximum recursion depth exceeded"},
		{"missing args", func() *code.Code {
			return callModule(loopFunc())
		}, "!TypeError: f() missing 1 required positional argument: 'n'"},
		{"too many args", func() *code.Code {
			return callModule(loopFunc(), object.Int(1), object.Int(2))
		}, "!TypeError: f() takes 1 positional argument but 2 were given"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := testInterp(t)
			r, _, err := run(t, in, tc.co())
			if strings.HasPrefix(tc.want, "!") {
				if err == nil {
					t.Fatalf("got %s, want error %s", reprOf(t, r), tc.want[1:])
				}
				if got := object.AsException(err).Error(); got != tc.want[1:] {
					t.Fatalf("error %q, want %q", got, tc.want[1:])
				}
				return
			}
			if err != nil {
				t.Fatalf("error: %v\n%s", err, FormatException(err))
			}
			if got := reprOf(t, r); got != tc.want {
				t.Fatalf("got %s, want %s", got, tc.want)
			}
		})
	}
}

func TestTracebackFormat(t *testing.T) {
	in := testInterp(t)
	fa := &asm{}
	fa.L(3).op(code.LOAD_GLOBAL, 0).op(code.RETURN_VALUE)
	f := fa.code(codeSpec{name: "f", flags: code.CoOptimized, names: []string{"spam"}})
	_, _, err := run(t, in, callModule(f))
	want := "Traceback (most recent call last):\n  File \"<test>\", line 1, in <module>\n  File \"<test>\", line 3, in f\nNameError: name 'spam' is not defined\n"
	if got := FormatException(err); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func BenchmarkFastLoopAsm(b *testing.B) {
	in := testInterp(b)
	n := int64(b.N)
	b.ReportAllocs()
	b.ResetTimer()
	_, _, err := run(b, in, callModule(loopFunc(), object.Int(n)))
	if err != nil {
		b.Fatal(err)
	}
}
