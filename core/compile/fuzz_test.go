package compile

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/pyvar/pyvar/core/syntax"
)

// FuzzCompile checks that everything the parser accepts compiles without
// a panic, and that every code object produced passes code.Verify.
func FuzzCompile(f *testing.F) {
	files, _ := filepath.Glob("testdata/corpus/*.py")
	more, _ := filepath.Glob("testdata/dis/*.py")
	for _, p := range append(files, more...) {
		f.Add(mustRead(f, p))
	}
	f.Add([]byte("x = 1\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := syntax.Parse("fuzz.py", src, syntax.Exec)
		if err != nil {
			return
		}
		co, err := CompileAST(mod, "fuzz.py", 0)
		var ie *InternalError
		if errors.As(err, &ie) {
			t.Fatalf("compiler panic: %s\n%s\nsource:\n%s", ie.Msg, ie.Stack, src)
		}
		if err != nil {
			var se *syntax.Error
			if !errors.As(err, &se) {
				t.Fatalf("error is not a *syntax.Error: %T %v", err, err)
			}
			return
		}
		if err := verifyAll(co); err != nil {
			t.Fatalf("Verify: %v\nsource:\n%s", err, src)
		}
	})
}
