package scopes

import (
	"strings"
	"testing"
)

// TestExplain checks that the explanation names the deciding lines.
func TestExplain(t *testing.T) {
	src := `a = 1
def f():
    x = 1
    def g():
        return x + a
    return g
class C:
    a = a + 1
    def m(self):
        return a
def h():
    global b
    b = 2
`
	var out strings.Builder
	if err := ExplainSource(&out, []byte(src), "t.py"); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"  function f (line 2):\n",
		"    x: cell (bound at 3; read by nested g at 5) -> LOAD_CLOSURE, STORE_DEREF\n",
		"    x: free (read at 5; bound in f) -> LOAD_DEREF\n",
		"    a: global implicit (read at 5, never bound in g) -> LOAD_GLOBAL\n",
		"  class C (line 7):\n",
		"    a: name in the class namespace (bound at 8, read at 8; methods cannot see it; reads use LOAD_NAME: the class namespace, then globals, then builtins) -> LOAD_NAME, STORE_NAME\n",
		"    a: global implicit (read at 10, never bound in m) -> LOAD_GLOBAL\n",
		"    b: global explicit (declared global in h at line 12, so module code uses *_GLOBAL too) -> (no instruction)\n",
		"    b: global explicit (declared global at line 12; bound at 13) -> STORE_GLOBAL\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("explanation lacks %q\ngot:\n%s", want, got)
		}
	}
	out.Reset()
	nested := "def f():\n    y = 1\n    class D:\n        z = y\n        y = 2\n    def g():\n        n = 0\n        def h():\n            nonlocal n\n            n += 1\n        return h\n"
	if err := ExplainSource(&out, []byte(nested), "t.py"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"never f's y) -> LOAD_NAME, STORE_NAME\n",
		"    n: cell (bound at 7; read by nested h at 10) -> LOAD_CLOSURE, STORE_DEREF\n",
		"    n: free (declared nonlocal at line 9; bound at 10, read at 10) -> LOAD_DEREF, STORE_DEREF\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("explanation lacks %q\ngot:\n%s", want, out.String())
		}
	}
	out.Reset()
	if err := ExplainSource(&out, []byte("def f(a):\n    global a\n"), "bad.py"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "name 'a' is parameter and global") {
		t.Errorf("a scope error is not explained: %s", out.String())
	}
}
