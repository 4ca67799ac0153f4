package py_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pyvar/pyvar/py"
)

// TestConcurrentInterpreters runs 8 interpreters in 8 goroutines, each
// recursing to its own limit, writing to its own stdout, sleeping and
// setting its own recursion limit and int digit limit: none sees another's
// state (each gets exactly its own RecursionError depth and output).
func TestConcurrentInterpreters(t *testing.T) {
	const n = 8
	src := `
import sys, time
def down(k):
    return down(k + 1)
depths = []
for round in range(3):
    try:
        down(0)
    except RecursionError as e:
        depths.append(str(e))
    time.sleep(0.001)
    print(ID, round, sys.getrecursionlimit(), sys.get_int_max_str_digits())
    sys.stdout.flush()
def depth():
    try:
        return 1 + depth()
    except RecursionError:
        return 1
print('depth', depth())
print('repr', repr([[ID] * 3] * 2), b'%d' % ID)
`
	var wg sync.WaitGroup
	outs := make([]bytes.Buffer, n)
	errs := make([]error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			in, err := py.New(py.Options{Stdout: &outs[i], Stderr: &outs[i], RecursionLimit: 100 + 50*i})
			if err != nil {
				errs[i] = err
				return
			}
			defer in.Close()
			g := in.NewGlobals()
			g.Set("ID", i)
			if _, err := in.Exec(fmt.Sprintf("import sys\nsys.set_int_max_str_digits(%d)\n", 1000+i), g); err != nil {
				errs[i] = err
				return
			}
			_, errs[i] = in.Exec(src, g)
		}(i)
	}
	wg.Wait()
	for i := 0; i < n; i++ {
		if errs[i] != nil {
			t.Fatalf("interpreter %d: %v", i, errs[i])
		}
		limit := 100 + 50*i
		var want strings.Builder
		for r := 0; r < 3; r++ {
			fmt.Fprintf(&want, "%d %d %d %d\n", i, r, limit, 1000+i)
		}
		// depth() starts one frame below the module: it counts up to the
		// limit minus the module frame.
		fmt.Fprintf(&want, "depth %d\n", limit-1)
		fmt.Fprintf(&want, "repr [[%d, %d, %d], [%d, %d, %d]] b'%d'\n", i, i, i, i, i, i, i)
		if got := outs[i].String(); got != want.String() {
			t.Errorf("interpreter %d printed\n%s\nwant\n%s", i, got, want.String())
		}
	}
}

// TestInterruptDoesNotLeak: an Interrupt while no code runs, or one that
// arrives during a builtin call that ends the run, never reaches the
// next run.
func TestInterruptDoesNotLeak(t *testing.T) {
	in, _ := py.New(py.Options{NoStdlib: true})
	in.Interrupt() // idle: dropped
	if _, err := in.Exec("x = sum(range(1000))", nil); err != nil {
		t.Fatalf("run after an idle Interrupt: %v", err)
	}
	g := in.NewGlobals()
	g.Set("poke", py.Func(func(in *py.Interp, args []py.Value, kw map[string]py.Value) (any, error) {
		in.Interrupt() // pending when the run ends: no checkpoint follows
		return nil, nil
	}))
	in.Exec("poke()", g)
	for i := 0; i < 3; i++ {
		if _, err := in.Exec("for i in range(10000): pass", nil); err != nil {
			t.Fatalf("run %d after an interrupted run: %v", i, err)
		}
	}
	// An Interrupt during a run does raise.
	go func() {
		time.Sleep(20 * time.Millisecond)
		in.Interrupt()
	}()
	_, err := in.Exec("while True: pass", nil)
	var pe *py.Error
	if !errors.As(err, &pe) || pe.Type() != "KeyboardInterrupt" {
		t.Fatalf("Interrupt during a run: %v", err)
	}
}

// TestCancel stops programs busy in Python loops and in long built-in
// operations soon after the context is cancelled. The bound is generous
// (the design target is 10 ms); the test reports the latency it saw.
func TestCancel(t *testing.T) {
	progs := []struct{ name, src string }{
		{"loop", "while True: pass"},
		{"catching", "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass\n"},
		{"sort", "xs = [(i * 7919) % 1000003 for i in range(300000)]\nwhile True:\n    sorted(xs * 8)\n"},
		{"bigint", "x = 3 ** 2000000\nwhile True:\n    y = x * x\n"},
		{"strmul", "while True:\n    s = 'ab' * 50000000\n"},
		{"regex", "import re\nwhile True:\n    re.match(r'(a+)+b', 'a' * 40)\n"},
		{"sleep", "import time\ntime.sleep(60)"},
		{"finally", "try:\n    while True: pass\nfinally:\n    while True: pass\n"},
	}
	for _, p := range progs {
		t.Run(p.name, func(t *testing.T) {
			in, err := py.New(py.Options{})
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			var at time.Time
			go func() {
				time.Sleep(100 * time.Millisecond)
				at = time.Now()
				cancel()
			}()
			_, err = in.ExecContext(ctx, p.name+".py", p.src, nil)
			lat := time.Since(at)
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("err = %v, want one wrapping context.Canceled", err)
			}
			t.Logf("stopped %v after cancel", lat)
			if lat > 500*time.Millisecond {
				t.Errorf("took %v to stop", lat)
			}
			// The interpreter runs normally afterwards.
			if v, err := in.Eval("6 * 7", nil); err != nil || v.String() != "42" {
				t.Errorf("after cancel: %v %v", v, err)
			}
		})
	}
}

func TestStepLimit(t *testing.T) {
	in, _ := py.New(py.Options{NoStdlib: true, MaxSteps: 10000})
	if _, err := in.Exec("for i in range(100): pass", nil); err != nil {
		t.Fatalf("small program: %v", err)
	}
	// Catching the RuntimeError does not help: the program is stopped.
	_, err := in.Exec("def f(n):\n    return f(n+1) if n < 50 else 0\nwhile True:\n    try:\n        f(0)\n    except Exception:\n        pass\n", nil)
	if !errors.Is(err, py.ErrStepLimit) {
		t.Fatalf("err = %v", err)
	}
	if in.Steps() <= 10000 || in.Steps() > 10010 {
		t.Errorf("steps = %d", in.Steps())
	}
	// Each run has its own budget.
	if _, err := in.Exec("for i in range(100): pass", nil); err != nil {
		t.Fatalf("next run: %v", err)
	}
}

func TestMemoryLimit(t *testing.T) {
	in, _ := py.New(py.Options{NoStdlib: true, MaxMemory: 16 << 20})
	for _, src := range []string{
		"b'x' * (200 << 20)",
		"bytearray(200 << 20)",
		"[None] * (50 << 20)",
		"'ab' * (100 << 20)",
		"(10 ** 100) ** (1 << 22)",
		"xs = []\nwhile True:\n    xs.append('x' * 1000)\n",
		"d = {}\ni = 0\nwhile True:\n    d[i] = [i] * 10\n    i += 1\n",
	} {
		t0 := time.Now()
		_, err := in.Exec(src, nil)
		t.Logf("%v: %q", time.Since(t0), src)
		var pe *py.Error
		if !errors.As(err, &pe) || pe.Type() != "MemoryError" {
			t.Errorf("%q: err = %v, want MemoryError", src, err)
		}
	}
	// MemoryError can be caught; the memory is freed and work goes on.
	v, err := in.Eval("[len(bytes(1000)) for i in range(3)]", nil)
	if err != nil || v.String() != "[1000, 1000, 1000]" {
		t.Errorf("after MemoryError: %v %v", v, err)
	}
}

// TestReadmeExample checks that the README's embedding program is the
// body of Example, which go test runs.
func TestReadmeExample(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	ex, err := os.ReadFile("example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	body := func(src, start string) string {
		i := strings.Index(src, start)
		if i < 0 {
			return ""
		}
		src = src[i+len(start):]
		j := strings.Index(src, "\n}\n")
		if j < 0 {
			return ""
		}
		return strings.TrimSpace(src[:j])
	}
	_, sec, _ := strings.Cut(string(readme), "## Embedding pyvar in Go")
	want := body(sec, "func main() {")
	got := body(string(ex), "func Example() {")
	got, _, _ = strings.Cut(got, "\t// Output:")
	if want == "" || strings.TrimSpace(got) != want {
		t.Errorf("README program and Example differ:\nREADME:\n%s\nExample:\n%s", want, got)
	}
}
