package compile

import (
	"errors"
	"strconv"
	"testing"

	"github.com/pyvar/pyvar/core/syntax"
)

// compileErrors are sources CPython 3.10 rejects, with the message, line
// and 1-based offset of its SyntaxError (recorded from python3.10).
var compileErrors = []struct {
	src    string
	msg    string
	line   int
	offset int
}{
	{"return 1\n", "'return' outside function", 1, 1},
	{"class C:\n    return 2\n", "'return' outside function", 2, 5},
	{"yield 1\n", "'yield' outside function", 1, 1},
	{"x = [(yield) for i in y]\n", "'yield' inside list comprehension", 1, 7},
	{"break\n", "'break' outside loop", 1, 1},
	{"if x:\n    continue\n", "'continue' not properly in loop", 2, 5},
	{"def f():\n    while x:\n        def g():\n            break\n", "'break' outside loop", 4, 13},
	{"await x\n", "'await' outside function", 1, 1},
	{"def f():\n    await x\n", "'await' outside async function", 2, 5},
	{"__debug__ = 1\n", "cannot assign to __debug__", 1, 1},
	{"def f(__debug__): pass\n", "cannot assign to __debug__", 1, 1},
	{"f(__debug__=1)\n", "cannot assign to __debug__", 1, 1},
	{"del __debug__\n", "cannot delete __debug__", 1, 5},
	{"x.__debug__ = 1\n", "cannot assign to __debug__", 1, 1},
	{"f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8},
	{"try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", "default 'except:' must be last", 3, 1},
	{"async def f():\n    yield from x\n", "'yield from' inside async function", 2, 5},
	{"async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3, 5},
	{"def f():\n    async for x in y: pass\n", "'async for' outside async function", 2, 5},
	{"def f():\n    async with x: pass\n", "'async with' outside async function", 2, 5},
	{"def f():\n    return [x async for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 2, 12},
	{"a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1},
	{"match x:\n    case a:\n        pass\n    case b:\n        pass\n", "name capture 'a' makes remaining patterns unreachable", 2, 10},
	{"match x:\n    case _:\n        pass\n    case 1:\n        pass\n", "wildcard makes remaining patterns unreachable", 2, 10},
	{"match x:\n    case [a, a]:\n        pass\n", "multiple assignments to name 'a' in pattern", 2, 14},
	{"match x:\n    case {1: a, 1: b}:\n        pass\n", "mapping pattern checks duplicate key (1)", 2, 10},
	{"match x:\n    case a | [b]:\n        pass\n", "name capture 'a' makes remaining patterns unreachable", 2, 10},
	{"match x:\n    case C(x=1, x=2):\n        pass\n", "attribute name repeated in class pattern: x", 2, 19},
	{"x = 1\nfrom __future__ import division\n", "from __future__ imports must occur at the beginning of the file", 2, 1},
	{"from __future__ import braces\n", "not a chance", 1, 1},
	{"from __future__ import nope\n", "future feature nope is not defined", 1, 1},
	{"*a = b\n", "starred assignment target must be in a list or tuple", 1, 1},
	{"print(*a for a in b)\n", "iterable unpacking cannot be used in comprehension", 1, 7},
	{"for x0 in y:\n    for x1 in y:\n        for x2 in y:\n            for x3 in y:\n                for x4 in y:\n                    for x5 in y:\n                        for x6 in y:\n                            for x7 in y:\n                                for x8 in y:\n                                    for x9 in y:\n                                        for x10 in y:\n                                            for x11 in y:\n                                                for x12 in y:\n                                                    for x13 in y:\n                                                        for x14 in y:\n                                                            for x15 in y:\n                                                                for x16 in y:\n                                                                    for x17 in y:\n                                                                        for x18 in y:\n                                                                            for x19 in y:\n                                                                                for x20 in y:\n                                                                                    pass\n", "too many statically nested blocks", 21, 81},
}

// TestCompileErrors checks the message and position of every error the
// compiler (or the front end before it) raises.
func TestCompileErrors(t *testing.T) {
	for _, tc := range compileErrors {
		_, err := Compile([]byte(tc.src), "t.py", syntax.Exec, 0)
		var se *syntax.Error
		if !errors.As(err, &se) {
			t.Errorf("%q: want SyntaxError %q, got %v", tc.src, tc.msg, err)
			continue
		}
		if se.Msg != tc.msg || se.Lineno != tc.line || se.Offset != tc.offset {
			t.Errorf("%q: got %q at %d:%d, want %q at %d:%d", tc.src, se.Msg, se.Lineno, se.Offset, tc.msg, tc.line, tc.offset)
		}
	}
}

// TestWarnings checks the SyntaxWarnings CPython 3.10 issues while compiling.
func TestWarnings(t *testing.T) {
	tests := []struct {
		src  string
		want string
	}{
		{"x is 1\n", `t.py:1: SyntaxWarning: "is" with a literal. Did you mean "=="?`},
		{"if x is not 'a':\n    pass\n", `t.py:1: SyntaxWarning: "is not" with a literal. Did you mean "!="?`},
		{"assert (x, 'msg')\n", "t.py:1: SyntaxWarning: assertion is always true, perhaps remove parentheses?"},
		{"x is None\n", ""},
		{"a < b is ()\n", `t.py:1: SyntaxWarning: "is" with a literal. Did you mean "=="?`},
	}
	defer func() { Warn = nil }()
	for _, tc := range tests {
		var got string
		Warn = func(filename string, lineno int, category, msg string) {
			got = filename + ":" + strconv.Itoa(lineno) + ": " + category + ": " + msg
		}
		if _, err := Compile([]byte(tc.src), "t.py", syntax.Exec, 0); err != nil {
			t.Fatalf("%q: %v", tc.src, err)
		}
		if got != tc.want {
			t.Errorf("%q: got warning %q, want %q", tc.src, got, tc.want)
		}
	}
}
