package vm_test

import (
	"bytes"
	"testing"

	"github.com/pyvar/pyvar/core/vm"
)

// TestDeepRecursion checks that recursion far beyond the default limit
// either completes or raises RecursionError, and never overflows the Go
// stack, whatever the limit is set to.
func TestDeepRecursion(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"100000 deep", "import sys\nsys.setrecursionlimit(100100)\ndef d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(100000))\n", "100000\n"},
		{"unbounded with a huge limit", "import sys\nsys.setrecursionlimit(10**9)\ndef f():\n    return f()\ntry:\n    f()\nexcept RecursionError as e:\n    print(e)\n", "maximum recursion depth exceeded\n"},
		{"default limit", "def f():\n    return f()\ntry:\n    f()\nexcept RecursionError as e:\n    print(e)\n", "maximum recursion depth exceeded\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			in := vm.New(vm.Options{Compiler: compiler, Stdout: &out})
			if err := in.RunSource([]byte(tc.src), "<string>"); err != nil {
				t.Fatal(vm.FormatException(err))
			}
			if got := out.String(); got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}
