package interp

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/compile"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/stdlib"
	"github.com/pyvar/pyvar/core/syntax"
	"github.com/pyvar/pyvar/core/vm"
)

// TestASTRoundTrip parses stdlib files, turns each tree into _ast objects
// and back, and checks that the result compiles to exactly the code the
// source compiles to. PYVAR_STDLIB_AST=1 runs it over the whole Lib.
func TestASTRoundTrip(t *testing.T) {
	lib := stdlib.Find("")
	if !lib.Found() {
		t.Skip("no CPython 3.10 Lib found")
	}
	files := []string{"typing.py", "argparse.py", "dataclasses.py", "enum.py", "ast.py", "asyncio/tasks.py",
		"json/decoder.py", "re.py", "string.py", "test/test_grammar.py", "test/test_patma.py", "test/test_fstring.py"}
	if os.Getenv("PYVAR_STDLIB_AST") != "" {
		files = nil
		filepath.Walk(lib.Dir, func(p string, info os.FileInfo, err error) error {
			if err == nil && strings.HasSuffix(p, ".py") && !strings.Contains(p, "site-packages") && !strings.Contains(p, "lib2to3/tests/data") && !strings.Contains(p, "/bad") {
				rel, _ := filepath.Rel(lib.Dir, p)
				files = append(files, rel)
			}
			return nil
		})
	}
	in := New(vm.Options{Stdout: os.Stdout})
	conv, err := newASTConv(in)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		path := filepath.Join(lib.Dir, f)
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		tree, err := syntax.Parse(path, src, syntax.Exec)
		if err != nil {
			continue // files that are meant not to parse
		}
		want, err := compile.Compile(src, path, syntax.Exec, 0)
		if err != nil {
			continue
		}
		py, err := conv.toPy(reflect.ValueOf(tree))
		if err != nil {
			t.Fatalf("%s: to _ast: %v", f, err)
		}
		co, ok, err := compileAST(in, py, path, "exec", 0)
		if err != nil || !ok {
			t.Fatalf("%s: compile(_ast tree): %v", f, err)
		}
		if msg := sameCode(want, co); msg != "" {
			t.Errorf("%s: %s", f, msg)
		}
		n++
	}
	t.Logf("%d files round-tripped", n)
}

// sameCode compares what the compiler produced, constants by repr.
func sameCode(a, b *code.Code) string {
	if !reflect.DeepEqual(a.Code, b.Code) || !reflect.DeepEqual(a.Names, b.Names) || !reflect.DeepEqual(a.Lines, b.Lines) ||
		!reflect.DeepEqual(a.Varnames, b.Varnames) || a.Flags != b.Flags || len(a.Consts) != len(b.Consts) {
		return a.Qualname + ": code differs"
	}
	for i := range a.Consts {
		if ac, ok := a.Consts[i].Object().(*code.Code); ok {
			if msg := sameCode(ac, b.Consts[i].Object().(*code.Code)); msg != "" {
				return msg
			}
			continue
		}
		ra, _ := object.Repr(a.Consts[i])
		rb, _ := object.Repr(b.Consts[i])
		if ra != rb {
			return a.Qualname + ": constant " + ra + " vs " + rb
		}
	}
	return ""
}
