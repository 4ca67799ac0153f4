package vm

import (
	"bytes"
	"errors"
	"runtime"
	"testing"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/compile"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/syntax"
)

func testCompiler(src []byte, filename, mode string, flags int) (*code.Code, error) {
	m := syntax.Exec
	if mode == "eval" {
		m = syntax.Eval
	}
	co, err := compile.Compile(src, filename, m, flags)
	var se *syntax.Error
	if errors.As(err, &se) {
		return nil, NewSyntaxError(se.Kind, se.Msg, se.Filename, se.Lineno, se.Offset, se.Text, se.EndLineno, se.EndOffset)
	}
	return co, err
}

// TestFinalizerCost checks who pays for finalization: instances of a class
// without __del__ get no finalizer and no registry entry, those of a class
// with one do, and gc.collect() (Collect) runs each __del__ once.
func TestFinalizerCost(t *testing.T) {
	tests := []struct {
		name        string
		src         string
		outstanding int64 // finalizers registered after the program
		registry    int
		afterDrop   string // output once `keep` is dropped and collected
	}{
		{"plain class", "class C: pass\nkeep = [C() for i in range(500)]\n", 0, 0, ""},
		{"with __del__", "class C:\n    def __del__(self): print('del')\nkeep = [C() for i in range(3)]\n", 3, 3, "del\ndel\ndel\n"},
		{"inherited __del__", "class B:\n    def __del__(self): print('del')\nclass C(B): pass\nkeep = C()\n", 1, 1, "del\n"},
		{"generator without try", "def g():\n    yield 1\nkeep = g()\nnext(keep)\n", 0, 0, ""},
		{"generator in try", "def g():\n    try:\n        yield 1\n    finally:\n        print('finally')\nkeep = g()\nnext(keep)\n", 1, 1, "finally\n"},
		// Coroutines awaited at once never get a finalizer; unstarted ones
		// get theirs when the young list (256) fills.
		{"awaited coroutines", coroRun + "keep = [run(c()) for i in range(1000)]\n", 0, 0, ""},
		{"unstarted coroutines", coroRun + "keep = [c() for i in range(300)]\n", youngLimit, youngLimit, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			in := New(Options{Stdout: &out, Stderr: &errOut, Compiler: testCompiler})
			if err := in.RunSource([]byte(tc.src), "<test>"); err != nil {
				t.Fatal(err)
			}
			if got := in.life.outstanding.Load(); got != tc.outstanding {
				t.Errorf("finalizers registered: got %d, want %d", got, tc.outstanding)
			}
			if got := len(in.life.registry); got != tc.registry {
				t.Errorf("registry: got %d entries, want %d", got, tc.registry)
			}
			in.mainGlobals().Delete(object.NewStr("keep"))
			in.protect(func() (object.Value, error) { in.Collect(); return object.None, nil })
			if out.String() != tc.afterDrop {
				t.Errorf("after the collection: got %q, want %q", out.String(), tc.afterDrop)
			}
			out.Reset()
			in.Finalize()
			if out.String() != "" {
				t.Errorf("finalized twice: %q", out.String())
			}
		})
	}
}

// coroRun defines a coroutine function c and run(co), which drives one to
// its end.
const coroRun = "async def c():\n    return 1\ndef run(co):\n    try:\n        co.send(None)\n    except StopIteration as e:\n        return e.value\n"

// TestWeakTableOnlyForReferents checks that the weak-reference table holds
// only objects that have weak references, and forgets them when they die.
func TestWeakTableOnlyForReferents(t *testing.T) {
	in := New(Options{Compiler: testCompiler})
	if err := in.RunSource([]byte("class C: pass\nobjs = [C() for i in range(100)]\n"), "<test>"); err != nil {
		t.Fatal(err)
	}
	if n := len(in.life.weak.lists); n != 0 {
		t.Fatalf("weak table has %d lists before any weak reference", n)
	}
	objs, _ := getStr(in.mainGlobals(), "objs")
	items := objs.Object().(*object.List).Items
	var refs []*WeakRef
	for _, o := range items[:10] {
		w, err := in.NewWeakRef(object.ObjectType, o, object.None, false, false)
		if err != nil {
			t.Fatal(err)
		}
		refs = append(refs, w)
	}
	if n := len(in.life.weak.lists); n != 10 {
		t.Fatalf("weak table: got %d lists, want 10", n)
	}
	in.mainGlobals().Delete(object.NewStr("objs"))
	objs, items = object.Null, nil
	in.protect(func() (object.Value, error) { return object.Int(int64(in.Collect())), nil })
	if n := len(in.life.weak.lists); n != 0 {
		t.Errorf("weak table keeps %d lists of dead referents", n)
	}
	for i, w := range refs {
		if !w.Referent().IsNull() {
			t.Errorf("ref %d still answers its referent", i)
		}
	}
	runtime.KeepAlive(refs)
}
