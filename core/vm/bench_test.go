package vm_test

import (
	"io"
	"testing"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// benchLoop compiles src (which reads the global n) and runs it once with
// n = b.N, reporting ns per loop iteration.
func benchLoop(b *testing.B, src string) {
	co, err := compiler([]byte(src), "<bench>", "exec", 0)
	if err != nil {
		b.Fatal(err)
	}
	in := vm.New(vm.Options{Compiler: compiler, Stdout: io.Discard, Stderr: io.Discard})
	g := in.NewModuleGlobals("__main__")
	g.Set(object.NewStr("n"), object.Int(int64(b.N)))
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := in.RunCode(co, g); err != nil {
		b.Fatal(vm.FormatException(err))
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/iter")
}

// BenchmarkFastLoop is the seed's loop in a function: FOR_ITER over a
// range and STORE_FAST, no allocation per iteration.
func BenchmarkFastLoop(b *testing.B) {
	benchLoop(b, "def f(n):\n    for i in range(n):\n        pass\nf(n)\n")
}

// BenchmarkNameLoop is the same loop at module level (STORE_NAME into the
// globals dict).
func BenchmarkNameLoop(b *testing.B) {
	benchLoop(b, "for i in range(n):\n    pass\n")
}

// BenchmarkAddLoop is `t = t + i` in a function (BINARY_ADD fast path).
func BenchmarkAddLoop(b *testing.B) {
	benchLoop(b, "def f(n):\n    t = 0\n    for i in range(n):\n        t = t + i\n    return t\nf(n)\n")
}

// BenchmarkGlobalLoop reads a module global in a function loop (LOAD_GLOBAL
// through the opcache).
func BenchmarkGlobalLoop(b *testing.B) {
	benchLoop(b, "g = 1\ndef f(n):\n    for i in range(n):\n        g\nf(n)\n")
}

// BenchmarkCallLoop calls a Python function per iteration.
func BenchmarkCallLoop(b *testing.B) {
	benchLoop(b, "def h(x):\n    return x\ndef f(n):\n    for i in range(n):\n        h(i)\nf(n)\n")
}

// BenchmarkMethodLoop calls a method per iteration (LOAD_METHOD/CALL_METHOD:
// no bound-method allocation).
func BenchmarkMethodLoop(b *testing.B) {
	benchLoop(b, "class A:\n    def m(self, x):\n        return x\ndef f(n):\n    a = A()\n    for i in range(n):\n        a.m(i)\nf(n)\n")
}
