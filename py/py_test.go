package py_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
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
	// An Interrupt during a run does raise. It is sent from another
	// goroutine once the run has begun (sent before, it would be an idle
	// one, dropped, and the loop would never end).
	g.Set("started", py.Func(func(in *py.Interp, args []py.Value, kw map[string]py.Value) (any, error) {
		go func() {
			time.Sleep(5 * time.Millisecond)
			in.Interrupt()
		}()
		return nil, nil
	}))
	_, err := in.Exec("started()\nwhile True: pass", g)
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
		{"sum", "sum(range(10 ** 13))"},
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

// TestInterpretersCallEachOther: a BlockingFunc of one interpreter runs
// code of another (which may call back), from goroutines running both at
// once, without deadlock.
func TestInterpretersCallEachOther(t *testing.T) {
	a, _ := py.New(py.Options{NoStdlib: true})
	b, _ := py.New(py.Options{NoStdlib: true})
	gb := b.NewGlobals()
	if _, err := b.Exec("def square(x):\n    return x * x\n", gb); err != nil {
		t.Fatal(err)
	}
	square, _ := gb.Get("square")
	ga := a.NewGlobals()
	ga.Set("remote", a.NewBlockingFunc("remote", func(_ *py.Interp, args []py.Value, kw map[string]py.Value) (any, error) {
		return b.Call(square, args[0])
	}))
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i := range errs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			in, _ := py.New(py.Options{NoStdlib: true})
			v, err := in.Eval("sum(i * i for i in range(200000))", nil)
			if err == nil && v.String() != "2666646666700000" {
				err = fmt.Errorf("got %v", v)
			}
			errs[i] = err
		}(i)
	}
	v, err := a.Eval("sum(remote(i) for i in range(1000))", ga)
	wg.Wait()
	if err != nil || v.String() != "332833500" {
		t.Fatalf("got %v, %v", v, err)
	}
	for _, err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// TestConversions round-trips Go values through Python.
func TestConversions(t *testing.T) {
	in, _ := py.New(py.Options{NoStdlib: true})
	g := in.NewGlobals()
	big, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	for _, c := range []struct {
		in   any
		repr string
	}{
		{nil, "None"}, {true, "True"}, {42, "42"}, {uint8(7), "7"}, {2.5, "2.5"}, {"héllo", "'héllo'"},
		{[]byte("a\x00"), "b'a\\x00'"}, {[]any{1, "x", nil}, "[1, 'x', None]"}, {py.Tuple{1, 2}, "(1, 2)"},
		{map[string]any{"k": []int{1, 2}}, "{'k': [1, 2]}"}, {big, "123456789012345678901234567890"},
		{map[int]string{3: "c"}, "{3: 'c'}"},
	} {
		v, err := py.ValueOf(c.in)
		if err != nil || v.String() != c.repr || fmt.Sprintf("%#v", v) != c.repr {
			t.Errorf("ValueOf(%#v) = %v, %v; want %s", c.in, v, err, c.repr)
			continue
		}
		// Through Python and back.
		g.Set("x", v)
		r, err := in.Eval("x", g)
		if err != nil {
			t.Fatal(err)
		}
		back, err := py.ToGo(r)
		if err != nil {
			t.Errorf("ToGo(%v): %v", r, err)
		}
		if again, _ := py.ValueOf(back); again.String() != c.repr {
			t.Errorf("round trip of %s gave %#v", c.repr, back)
		}
	}
	if _, err := py.ValueOf(struct{ A int }{1}); err == nil {
		t.Errorf("ValueOf(struct) converted without FromStruct")
	}
	var m map[string]int
	v, _ := in.Eval("{'a': 1, 'b': 2}", nil)
	if err := py.Decode(v, &m); err != nil || m["b"] != 2 {
		t.Errorf("Decode map: %v %v", m, err)
	}
	var s []string
	v, _ = in.Eval("('a', 'b')", nil)
	if err := py.Decode(v, &s); err != nil || len(s) != 2 {
		t.Errorf("Decode tuple: %v %v", s, err)
	}
	var n int8
	v, _ = in.Eval("1000", nil)
	if err := py.Decode(v, &n); err == nil {
		t.Errorf("Decode 1000 into int8 succeeded")
	}
}

// TestGoFunctionErrors: Raise gives the built-in exception, UnpackArgs
// CPython's TypeErrors, and SystemExit's status is reported.
func TestGoFunctionErrors(t *testing.T) {
	in, _ := py.New(py.Options{NoStdlib: true})
	in.RegisterModule("m", map[string]any{
		"f": py.Func(func(in *py.Interp, args []py.Value, kw map[string]py.Value) (any, error) {
			var a int
			var b string
			if err := py.UnpackArgs("f", args, kw, "a", &a, "b?", &b); err != nil {
				return nil, err
			}
			if a < 0 {
				return nil, py.Raise("ValueError", "negative: %d", a)
			}
			return fmt.Sprint(a, b), nil
		}),
	})
	for src, want := range map[string]string{
		"import m\nm.f(1, b='x')": "",
		"import m\nm.f()":         "TypeError: f() missing required argument 'a' (pos 1)",
		"import m\nm.f('x')":      "TypeError: f() argument 'a' must be int, not str",
		"import m\nm.f(1, c=2)":   "TypeError: f() got an unexpected keyword argument 'c'",
		"import m\nm.f(-1)":       "ValueError: negative: -1",
		"import m\ntry:\n    m.f(-1)\nexcept ValueError as e:\n    raise SystemExit(3)": "SystemExit: 3",
	} {
		_, err := in.Exec(src, nil)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != want {
			t.Errorf("%q: got %q, want %q", src, got, want)
		}
		var pe *py.Error
		if errors.As(err, &pe) && pe.Type() == "SystemExit" {
			if code, ok := pe.ExitCode(); !ok || code != 3 {
				t.Errorf("ExitCode = %d, %v", code, ok)
			}
		}
	}
}

// TestCompilerWarningsPerInterpreter: a SyntaxWarning goes to the stderr
// of the interpreter whose code it is about.
func TestCompilerWarningsPerInterpreter(t *testing.T) {
	var e1, e2 bytes.Buffer
	a, _ := py.New(py.Options{Stderr: &e1})
	b, _ := py.New(py.Options{Stderr: &e2})
	if _, err := a.ExecContext(context.Background(), "w.py", "x = 1\nif x is 1:\n    pass\n", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Exec("y = 2", nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(e1.String(), "w.py:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?") || e2.Len() != 0 {
		t.Errorf("stderr a %q, b %q", e1.String(), e2.String())
	}
}

// TestBlockingReleasesLock: while one interpreter waits for input (or a
// lock, or a sleep), another runs.
func TestBlockingReleasesLock(t *testing.T) {
	for _, c := range []struct{ name, src string }{
		{"stdin", "import sys\nline = sys.stdin.readline()"},
		{"lock", "import _thread\nl = _thread.allocate_lock()\nl.acquire()\nl.acquire(timeout=0.3)"},
		{"sleep", "import time\ntime.sleep(0.3)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			pr, pw := io.Pipe()
			a, _ := py.New(py.Options{Stdin: pr})
			done := make(chan error, 1)
			go func() {
				_, err := a.Exec(c.src, nil)
				done <- err
			}()
			time.Sleep(50 * time.Millisecond)
			b, _ := py.New(py.Options{NoStdlib: true})
			got := make(chan string, 1)
			go func() {
				v, err := b.Eval("sum(range(100000))", nil)
				got <- fmt.Sprint(v, err)
			}()
			select {
			case s := <-got:
				if s != "4999950000 <nil>" {
					t.Errorf("b: %s", s)
				}
			case <-time.After(5 * time.Second):
				t.Errorf("b did not run while a waited")
			}
			go pw.Write([]byte("hi\n"))
			if err := <-done; err != nil {
				t.Errorf("a: %v", err)
			}
		})
	}
}
