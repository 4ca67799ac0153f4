package symtable

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/syntax"
)

func build(t *testing.T, src string) (*Table, error) {
	t.Helper()
	mod, err := syntax.Parse("t.py", []byte(src), syntax.Exec)
	if err != nil {
		t.Fatalf("parse %q: %v", src, err)
	}
	return Build(mod, "t.py")
}

// find returns the block reached by a path of block names ("f/g").
func find(top *Table, path string) *Table {
	t := top
	if path == "" {
		return t
	}
	for _, name := range strings.Split(path, "/") {
		var next *Table
		for _, c := range t.Children {
			if c.Name == name {
				next = c
				break
			}
		}
		if next == nil {
			return nil
		}
		t = next
	}
	return t
}

func TestScopes(t *testing.T) {
	for _, c := range []struct {
		src   string
		block string
		want  string // "name=scope ..."
	}{
		{"x = 1\nprint(x)\n", "", "x=local print=global implicit"},
		{"def f(a, *b, c, **d):\n    e = a\n    return g\n", "f", "a=local c=local b=local d=local e=local g=global implicit"},
		{"def f():\n    x = 1\n    def g():\n        return x\n", "f", "x=cell g=local"},
		{"def f():\n    x = 1\n    def g():\n        return x\n", "f/g", "x=free"},
		{"def f():\n    x = 1\n    def g():\n        def h():\n            return x\n", "f/g", "h=local x=free"},
		{"def f():\n    x = 1\n    class C:\n        y = x\n", "f/C", "y=local x=free"},
		{"def f():\n    x = 1\n    class C:\n        x = x\n        def m(self):\n            return x\n", "f/C", "x=local m=local"},
		{"def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n", "f", "x=cell C=local"},
		{"x = 1\nclass C:\n    x = 2\n    def m(self):\n        return x\n", "C/m", "self=local x=global implicit"},
		{"def f():\n    global x\n    x = 1\n", "", "f=local x=global explicit"},
		{"def f():\n    global x\n    def g():\n        return x\n", "f/g", "x=global implicit"},
		{"def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n", "f/g", "x=free"},
		{"def f(xs):\n    return [x for x in xs]\n", "f/listcomp", ".0=local x=local"},
		{"def f(xs):\n    return [y := x for x in xs]\n", "f", "xs=local y=cell"},
		{"def f(xs):\n    return [y := x for x in xs]\n", "f/listcomp", ".0=local x=local y=free"},
		{"[y := x for x in range(3)]\n", "", "range=global implicit y=global explicit"},
		{"class C:\n    def m(self):\n        return super()\n", "C/m", "self=local super=global implicit __class__=free"},
		{"class C:\n    __x = 1\n    def m(self):\n        return __y\n", "C", "_C__x=local m=local"},
		{"class C:\n    def m(self):\n        return __y\n", "C/m", "self=local _C__y=global implicit"},
		{"import a.b.c\nimport d.e as f\nfrom g import h as i\n", "", "a=local f=local i=local"},
		{"def f():\n    try:\n        pass\n    except E as e:\n        pass\n", "f", "E=global implicit e=local"},
		{"def f(p):\n    match p:\n        case [a, *b] if a:\n            pass\n        case {'k': c, **d}:\n            pass\n", "f", "p=local a=local b=local c=local d=local"},
		{"def f():\n    x: int\n    (y): int = 1\n", "f", "x=local int=global implicit y=local"},
		{"from __future__ import annotations\ndef f():\n    T = 1\n    def g(a: T): pass\n", "f", "T=local g=local"},
		{"def f():\n    T = 1\n    def g(a: T):\n        return T\n", "f", "T=cell g=local"},
	} {
		top, err := build(t, c.src)
		if err != nil {
			t.Errorf("%q: %v", c.src, err)
			continue
		}
		b := find(top, c.block)
		if b == nil {
			t.Errorf("%q: no block %q", c.src, c.block)
			continue
		}
		var got []string
		for _, n := range b.Names {
			got = append(got, fmt.Sprintf("%s=%s", n, b.Symbols[n].Scope))
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q block %q:\n got %s\nwant %s", c.src, c.block, g, c.want)
		}
	}
}

func TestBlockFacts(t *testing.T) {
	top, err := build(t, "class C:\n    def m(self):\n        return __class__\ndef g():\n    yield 1\nasync def h(*a, **k):\n    return [x async for x in a]\nl = (lambda: 1)\n")
	if err != nil {
		t.Fatal(err)
	}
	c, m, g, h := find(top, "C"), find(top, "C/m"), find(top, "g"), find(top, "h")
	if !c.NeedsClassClosure || c.Kind != ClassBlock || m.Kind != FunctionBlock {
		t.Errorf("class C: NeedsClassClosure %v kind %v", c.NeedsClassClosure, c.Kind)
	}
	if !g.IsGenerator || g.IsCoroutine || !h.IsCoroutine || !h.HasVarargs || !h.HasVarkeywords || !h.ReturnsValue {
		t.Errorf("g/h flags wrong: %+v %+v", g, h)
	}
	lc := find(top, "h/listcomp")
	if lc == nil || !lc.IsCoroutine || lc.Comprehension != ListComprehension || !lc.IsNested {
		t.Errorf("async listcomp: %+v", lc)
	}
	if strings.Join(h.Varnames, ",") != "a,k" {
		t.Errorf("h varnames %v", h.Varnames)
	}
	if top.TableFor(c.Node) != c || top.TableFor(lc.Node) != lc {
		t.Errorf("TableFor does not find the blocks")
	}
	if got := m.Freevars(); strings.Join(got, ",") != "__class__" {
		t.Errorf("m freevars %v", got)
	}
}

func TestErrors(t *testing.T) {
	for _, c := range []struct {
		src  string
		want string // "msg @line:offset"
	}{
		{"nonlocal x\n", "nonlocal declaration not allowed at module level @1:1"},
		{"def f():\n    nonlocal y\n", "no binding for nonlocal 'y' found @2:5"},
		{"x = 1\ndef f():\n    nonlocal x\n", "no binding for nonlocal 'x' found @3:5"},
		{"class C:\n    nonlocal x\n", "no binding for nonlocal 'x' found @2:5"},
		{"def f(a):\n    global a\n", "name 'a' is parameter and global @2:5"},
		{"def g():\n    def f(a):\n        nonlocal a\n", "name 'a' is parameter and nonlocal @3:9"},
		{"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration @3:5"},
		{"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration @3:5"},
		{"def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n", "name 'x' is used prior to nonlocal declaration @5:9"},
		{"def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n", "name 'x' is nonlocal and global @4:9"},
		{"def f():\n    global x\n    x: int = 1\n", "annotated name 'x' can't be global @3:5"},
		{"def f():\n    from os import *\n", "import * only allowed at module level @2:20"},
		{"def f(a, b, a):\n    pass\n", "duplicate argument 'a' in function definition @1:13"},
		{"x = [y for y in (z := [1])]\n", "assignment expression cannot be used in a comprehension iterable expression @1:18"},
		{"def f(a):\n    return [i for i in a if (j := i) for j in a]\n", "comprehension inner loop cannot rebind assignment expression target 'j' @2:42"},
		{"def f(a):\n    return [(i := 0) for i in a]\n", "assignment expression cannot rebind comprehension iteration variable 'i' @2:14"},
		{"class C:\n    x = [(y := 1) for i in range(3)]\n", "assignment expression within a comprehension cannot be used in a class body @2:11"},
		{"def f():\n    return [(yield x) for x in range(3)]\n", "'yield' inside list comprehension @2:14"},
		{"def f():\n    return ((yield x) for x in range(3))\n", "'yield' inside generator expression @2:14"},
		{"from __future__ import braces\n", "not a chance @1:1"},
		{"from __future__ import nope\n", "future feature nope is not defined @1:1"},
	} {
		_, err := build(t, c.src)
		se, ok := err.(*syntax.Error)
		if !ok {
			t.Errorf("%q: got %v, want SyntaxError %s", c.src, err, c.want)
			continue
		}
		if got := fmt.Sprintf("%s @%d:%d", se.Msg, se.Lineno, se.Offset); got != c.want || se.Kind != "SyntaxError" {
			t.Errorf("%q:\n got %s %s\nwant %s", c.src, se.Kind, got, c.want)
		}
	}
}

func TestRecursionLimit(t *testing.T) {
	src := "x = y" + strings.Repeat(".a", 5000) + "\n"
	_, err := build(t, src)
	re, ok := err.(*RecursionError)
	if !ok || re.Lineno != 1 || re.Error() != "maximum recursion depth exceeded during compilation" {
		t.Fatalf("got %v, want RecursionError at line 1", err)
	}
	if _, err := build(t, "x = y"+strings.Repeat(".a", 2000)+"\n"); err != nil {
		t.Fatalf("2000 attributes deep: %v", err)
	}
}
