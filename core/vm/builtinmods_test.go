package vm

import (
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/object"
)

// TestBuiltinModuleNamesMatchTheDoc keeps Options.Modules' doc true: with
// no native modules, sys.builtin_module_names is the VM's own three.
func TestBuiltinModuleNamesMatchTheDoc(t *testing.T) {
	in := New(Options{})
	sys, ok, _ := in.Modules.Get(object.NewStr("sys"))
	if !ok {
		t.Fatal("no sys module")
	}
	v, err := object.GetAttrString(sys, "builtin_module_names")
	if err != nil {
		t.Fatal(err)
	}
	r, err := object.Repr(v)
	if err != nil {
		t.Fatal(err)
	}
	if want := "('_imp', 'builtins', 'sys')"; r != want {
		t.Errorf("sys.builtin_module_names = %s, want %s (update Options.Modules' doc too)", r, want)
	}
	if strings.Contains(r, "'dis'") || strings.Contains(r, "'gc'") {
		t.Errorf("dis and gc are not the VM's own built-ins")
	}
}
