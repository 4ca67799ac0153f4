package symtable

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pyvar/pyvar/core/syntax"
)

// FuzzBuild checks that whatever the parser accepts, Build neither panics
// nor returns an error without a position, and that every block it builds
// can be found again with TableFor.
func FuzzBuild(f *testing.F) {
	files, _ := filepath.Glob("testdata/corpus/*.py")
	for _, p := range files {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := syntax.Parse("fuzz.py", src, syntax.Exec)
		if err != nil {
			return
		}
		top, err := Build(mod, "fuzz.py")
		if err != nil {
			se, ok := err.(*syntax.Error)
			if !ok || se.Lineno <= 0 || se.Offset < 0 || se.Msg == "" {
				t.Fatalf("error without a position: %#v", err)
			}
			return
		}
		var walk func(b *Table)
		walk = func(b *Table) {
			if top.TableFor(b.Node) != b {
				t.Fatalf("TableFor lost block %s at line %d", b.Name, b.Lineno)
			}
			for _, n := range b.Names {
				if b.Symbols[n].Scope == ScopeUnknown {
					t.Fatalf("%s: symbol %s has no scope", b.Name, n)
				}
			}
			for _, c := range b.Children {
				walk(c)
			}
		}
		walk(top)
	})
}
