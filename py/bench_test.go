package py_test

import (
	"testing"

	"github.com/pyvar/pyvar/py"
)

// BenchmarkCallPython is a Go->Python call: Interp.Call of a one-line
// Python function with an int argument (conversion of the argument and
// the result included).
func BenchmarkCallPython(b *testing.B) {
	in, _ := py.New(py.Options{NoStdlib: true})
	g, err := in.Exec("def f(x):\n    return x + 1\n", nil)
	if err != nil {
		b.Fatal(err)
	}
	f, _ := g.Get("f")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := in.Call(f, i); err != nil {
			b.Fatal(err)
		}
	}
}

// incArgs is the Go function both call benchmarks give Python: it takes
// an int and returns it plus one.
func incArgs(in *py.Interp, args []py.Value, kw map[string]py.Value) (any, error) {
	var x int
	if err := py.UnpackArgs("inc", args, kw, "x", &x); err != nil {
		return nil, err
	}
	return x + 1, nil
}

// benchCallGo runs b.N calls of inc from a Python loop.
func benchCallGo(b *testing.B, in *py.Interp, inc any) {
	g := in.NewGlobals()
	g.Set("inc", inc)
	g.Set("N", b.N)
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := in.Exec("def main():\n    for i in range(N):\n        inc(i)\nmain()\n", g); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkCallGo is a Python->Go call: a Python loop calling a Go Func
// that takes an int and returns it plus one, per call (the loop's own
// cost included, as in starlark-go's equivalent).
func BenchmarkCallGo(b *testing.B) {
	in, _ := py.New(py.Options{NoStdlib: true})
	benchCallGo(b, in, py.Func(incArgs))
}

// BenchmarkCallGoBlocking is BenchmarkCallGo for a NewBlockingFunc, which
// releases and retakes the execution lock around each call.
func BenchmarkCallGoBlocking(b *testing.B) {
	in, _ := py.New(py.Options{NoStdlib: true})
	benchCallGo(b, in, in.NewBlockingFunc("inc", incArgs))
}

// BenchmarkExecSmall is the cost of a whole small run (compile included).
func BenchmarkExecSmall(b *testing.B) {
	in, _ := py.New(py.Options{NoStdlib: true})
	g := in.NewGlobals()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := in.Exec("x = 1 + 2", g); err != nil {
			b.Fatal(err)
		}
	}
}
