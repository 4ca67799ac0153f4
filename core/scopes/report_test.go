package scopes

import (
	"strings"
	"testing"
)

// TestReportFamilies checks the families read off pyvar's own code objects
// for the textbook cases, without needing CPython.
func TestReportFamilies(t *testing.T) {
	for _, c := range []struct {
		src      string
		qualname string
		want     map[string]string // name -> families joined with ","
	}{
		{"x = 1\nprint(x)\n", "<module>", map[string]string{"x": "NAME", "print": "NAME"}},
		{"def f(a):\n    b = a\n    return b, len\n", "f", map[string]string{"a": "FAST", "b": "FAST", "len": "GLOBAL"}},
		{"def f():\n    x = 1\n    def g():\n        return x\n    return g\n", "f", map[string]string{"x": "DEREF", "g": "FAST"}},
		{"def f():\n    x = 1\n    def g():\n        return x\n    return g\n", "f.<locals>.g", map[string]string{"x": "DEREF"}},
		{"def f():\n    x = 1\n    class C:\n        y = x\n    return C\n", "f.<locals>.C", map[string]string{"x": "CLASSDEREF", "y": "NAME", "__module__": "NAME", "__qualname__": "NAME", "__name__": "NAME"}},
		{"def f():\n    x = 1\n    class C:\n        x = x\n    return C\n", "f.<locals>.C", map[string]string{"x": "NAME", "__module__": "NAME", "__qualname__": "NAME", "__name__": "NAME"}},
		{"def f():\n    global g\n    g = 1\ng = 0\n", "<module>", map[string]string{"f": "NAME", "g": "GLOBAL"}},
		{"class C:\n    def m(self):\n        return super()\n", "C", map[string]string{"__class__": "DEREF", "__classcell__": "NAME", "m": "NAME", "__module__": "NAME", "__qualname__": "NAME", "__name__": "NAME"}},
		{"def f(xs):\n    return [x for x in xs]\n", "f.<locals>.<listcomp>", map[string]string{".0": "FAST", "x": "FAST"}},
		{"class C:\n    def __m(self):\n        return self.__x, __y\n", "C.__m", map[string]string{"self": "FAST", "_C__y": "GLOBAL"}},
	} {
		rec := ReportSource([]byte(c.src), "t.py", "t.py")
		if rec.Status != "ok" {
			t.Errorf("%q: %s %s", c.src, rec.Error, rec.Message)
			continue
		}
		var found *CodeRecord
		for i := range rec.Code {
			if rec.Code[i].Qualname == c.qualname {
				found = &rec.Code[i]
			}
		}
		if found == nil {
			t.Errorf("%q: no code object %s", c.src, c.qualname)
			continue
		}
		got := map[string]string{}
		for n, f := range found.Families {
			got[n] = strings.Join(f, ",")
		}
		for n, f := range c.want {
			if got[n] != f {
				t.Errorf("%q %s: %s families %q, want %q", c.src, c.qualname, n, got[n], f)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%q %s: families %v, want %v", c.src, c.qualname, got, c.want)
		}
	}
}

// TestReportRejects checks that scope errors give rejected records with CPython's message.
func TestReportRejects(t *testing.T) {
	for _, c := range []struct{ src, msg string }{
		{"def f(a):\n    global a\n", "name 'a' is parameter and global"},
		{"nonlocal x\n", "nonlocal declaration not allowed at module level"},
		{"def f():\n    from os import *\n", "import * only allowed at module level"},
	} {
		rec := ReportSource([]byte(c.src), "t.py", "t.py")
		if rec.Status != "rejected" || rec.Message != c.msg || rec.Error != "SyntaxError" {
			t.Errorf("%q: got %s %s %q, want rejected SyntaxError %q", c.src, rec.Status, rec.Error, rec.Message, c.msg)
		}
	}
}
