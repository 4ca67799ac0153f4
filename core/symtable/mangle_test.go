package symtable

import "testing"

func TestMangle(t *testing.T) {
	for _, c := range []struct{ private, name, want string }{
		{"", "__x", "__x"},
		{"C", "__x", "_C__x"},
		{"C", "__x__", "__x__"},
		{"C", "_x", "_x"},
		{"C", "x", "x"},
		{"_C", "__x", "_C__x"},
		{"__C", "__x", "_C__x"},
		{"___", "__x", "__x"},
		{"C", "__a.b", "__a.b"},
		{"C", "__", "__"},
		{"C", "___", "___"},
	} {
		if got := Mangle(c.private, c.name); got != c.want {
			t.Errorf("Mangle(%q, %q) = %q, want %q", c.private, c.name, got, c.want)
		}
	}
}
