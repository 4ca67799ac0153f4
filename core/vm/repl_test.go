package vm_test

import (
	"bytes"
	"testing"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// TestInteractive runs statements one at a time in mode "single" in the
// persistent __main__ namespace, as a REPL does: expression statements echo
// their repr (PRINT_EXPR) and set builtins._.
func TestInteractive(t *testing.T) {
	var out bytes.Buffer
	in := vm.New(vm.Options{Compiler: compiler, Stdout: &out})
	g := in.MainGlobals()
	for _, line := range []string{"x = 2", "x * 21", "None", "'s'", "_ + 1 if isinstance(_, int) else _", "def f(): return 7", "f()"} {
		co, err := compiler([]byte(line+"\n"), "<stdin>", "single", 0)
		if err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		if _, err := in.RunCode(co, g); err != nil {
			t.Fatalf("%s: %s", line, vm.FormatException(err))
		}
	}
	if got, want := out.String(), "42\n's'\n's'\n7\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if v, ok, _ := in.Builtins.Get(object.NewStr("_")); !ok || v.RawInt() != 7 {
		t.Fatalf("builtins._ = %v", v)
	}
}
