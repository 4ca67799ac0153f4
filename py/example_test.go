package py_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/pyvar/pyvar/py"
)

// The program of the README's "Embedding pyvar in Go" (TestReadmeExample
// keeps them identical).
func Example() {
	in, err := py.New(py.Options{Stdout: os.Stdout})
	if err != nil {
		panic(err)
	}
	defer in.Close()

	// A Go module Python can import, with a Go function.
	in.RegisterModule("host", map[string]any{
		"greeting": "hello",
		"shout": py.Func(func(in *py.Interp, args []py.Value, kw map[string]py.Value) (any, error) {
			var s string
			if err := py.UnpackArgs("shout", args, kw, "s", &s); err != nil {
				return nil, err
			}
			return strings.ToUpper(s) + "!", nil
		}),
	})
	g, err := in.Exec(`
import host
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(host.shout(host.greeting), fib(20))
`, nil)
	if err != nil {
		panic(err)
	}
	fib, _ := g.Get("fib")
	r, err := in.Call(fib, 30)
	fmt.Println(r, err) // 832040 <nil>
	// Output:
	// HELLO! 6765
	// 832040 <nil>
}

func ExampleInterp_Eval() {
	in, _ := py.New(py.Options{NoStdlib: true})
	v, err := in.Eval("{'sum': sum(range(10)), 'words': 'a b c'.split()}", nil)
	fmt.Println(v, err)
	var out struct {
		Sum   int      `py:"sum"`
		Words []string `py:"words"`
	}
	fmt.Println(py.Decode(v, &out), out.Sum, out.Words)
	// Output:
	// {'sum': 45, 'words': ['a', 'b', 'c']} <nil>
	// <nil> 45 [a b c]
}

func ExampleError() {
	in, _ := py.New(py.Options{NoStdlib: true})
	_, err := in.Exec("def f(x):\n    return 1 / x\nf(0)\n", nil)
	var pe *py.Error
	if errors.As(err, &pe) {
		fmt.Println(pe.Type())
		fmt.Print(pe.Traceback())
	}
	// Output:
	// ZeroDivisionError
	// Traceback (most recent call last):
	//   File "<string>", line 3, in <module>
	//   File "<string>", line 2, in f
	// ZeroDivisionError: division by zero
}

func ExampleInterp_ExecContext() {
	in, _ := py.New(py.Options{NoStdlib: true})
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := in.ExecContext(ctx, "spin.py", "while True:\n    try:\n        pass\n    except BaseException:\n        pass\n", nil)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	// Output:
	// KeyboardInterrupt: context deadline exceeded true
}

func ExampleOptions_maxSteps() {
	in, _ := py.New(py.Options{NoStdlib: true, MaxSteps: 1000})
	_, err := in.Exec("n = 0\nwhile True:\n    n += 1\n", nil)
	fmt.Println(err, errors.Is(err, py.ErrStepLimit))
	// Output:
	// RuntimeError: step limit exceeded (1000 steps) true
}

func ExampleFromStruct() {
	type Point struct {
		X, Y  int
		Label string `py:"label"`
	}
	in, _ := py.New(py.Options{NoStdlib: true})
	g := in.NewGlobals()
	p, _ := py.FromStruct(Point{1, 2, "origin"})
	g.Set("p", p)
	v, _ := in.Eval("p['X'] + p['Y'], p['label'].upper()", g)
	fmt.Printf("%v %#v\n", v, p)
	// Output:
	// (3, 'ORIGIN') {'X': 1, 'Y': 2, 'label': 'origin'}
}
