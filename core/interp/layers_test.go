package interp

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLayers keeps the design's picture true: imports flow one way,
// syntax -> symtable -> compile -> vm, and the VM never reaches the front
// end (exec, eval and import get the compiler from this package instead).
func TestLayers(t *testing.T) {
	const mod = "github.com/pyvar/pyvar/"
	forbidden := map[string][]string{
		"dict":          {"core/"},
		"core/syntax":   {"core/symtable", "core/compile", "core/code", "core/object", "core/vm", "dict", "opcache"},
		"core/symtable": {"core/compile", "core/code", "core/object", "core/vm", "dict", "opcache"},
		"core/object":   {"core/syntax", "core/symtable", "core/compile", "core/code", "core/vm", "opcache"},
		"opcache":       {"core/syntax", "core/symtable", "core/compile", "core/code", "core/vm"},
		"core/code":     {"core/syntax", "core/symtable", "core/compile", "core/vm"},
		"core/compile":  {"core/vm"},
		"core/vm":       {"core/syntax", "core/symtable", "core/compile", "core/interp", "core/native"},
		"core/native":   {"core/syntax", "core/symtable", "core/compile", "core/interp"},
	}
	for pkg, bad := range forbidden {
		out, err := exec.Command("go", "list", "-deps", mod+pkg).Output()
		if err != nil {
			t.Fatalf("go list -deps %s: %v", pkg, err)
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, b := range bad {
				if dep == mod+b || strings.HasPrefix(dep, mod+b+"/") || (strings.HasSuffix(b, "/") && strings.HasPrefix(dep, mod+b)) {
					t.Errorf("%s imports %s (directly or not): the layers must not point that way", pkg, strings.TrimPrefix(dep, mod))
				}
			}
		}
	}
}
