package symtable

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pyvar/pyvar/core/syntax"
)

// BenchmarkBuild measures both passes over the differential corpus (parsed
// once, outside the timing).
func BenchmarkBuild(b *testing.B) {
	files, _ := filepath.Glob("testdata/corpus/*.py")
	var mods []syntax.Mod
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		if m, err := syntax.Parse(p, src, syntax.Exec); err == nil {
			mods = append(mods, m)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, m := range mods {
			Build(m, "bench.py")
		}
	}
}
