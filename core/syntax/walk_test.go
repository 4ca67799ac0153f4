package syntax

import (
	"strings"
	"testing"
)

// TestInspect checks that Inspect reaches every node, in ASDL field order,
// and that returning false prunes a subtree.
func TestInspect(t *testing.T) {
	src := "@d\ndef f(a, *b, c=1, **k) -> r:\n    return [x for x in a if x]\nmatch m:\n    case {1: p, **q} | C(y=z):\n        pass\n"
	m, err := Parse("f.py", []byte(src), Exec)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	Inspect(m, func(n Node) bool {
		switch n := n.(type) {
		case *Name:
			names = append(names, n.Id)
		case *Arg:
			names = append(names, "arg:"+n.Arg)
		case *MatchAs:
			names = append(names, "as:"+n.Name)
		}
		return true
	})
	// The order of CPython's ast.NodeVisitor over the same tree.
	want := "arg:a arg:b arg:c arg:k x x a x d r m as:p C as:z"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("visit order:\n got %s\nwant %s", got, want)
	}
	count := 0
	Inspect(m, func(n Node) bool {
		count++
		_, isDef := n.(*FunctionDef)
		return !isDef
	})
	if count != 13 {
		t.Errorf("pruned walk visited %d nodes, want 13", count)
	}
}

func TestConstValue(t *testing.T) {
	m, err := ParseExpr("f.py", []byte("(12345678901234567890, 7, 1.5, 2j, 'é', b'\\xff', None, True, ...)"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range m.(*Tuple).Elts {
		got = append(got, ConstRepr(e.(*Constant).Value))
	}
	if s := strings.Join(got, " "); s != "12345678901234567890 7 1.5 2j 'é' b'\\xff' None True Ellipsis" {
		t.Errorf("got %s", s)
	}
	if v, ok := m.(*Tuple).Elts[1].(*Constant).Value.Int64(); !ok || v != 7 {
		t.Errorf("Int64: %d %v", v, ok)
	}
	if _, ok := m.(*Tuple).Elts[0].(*Constant).Value.Int64(); ok {
		t.Errorf("Int64 of a big int reported ok")
	}
}

func TestFloatRepr(t *testing.T) {
	for f, want := range map[float64]string{
		0.1: "0.1", 1e16: "1e+16", 1e15: "1000000000000000.0", 0.0001: "0.0001", 0.00001: "1e-05",
		1.5e300: "1.5e+300", 123456789012345678: "1.2345678901234568e+17", 2.5: "2.5", 100: "100.0",
	} {
		if got := FloatRepr(f); got != want {
			t.Errorf("FloatRepr(%v) = %s, want %s", f, got, want)
		}
	}
}
