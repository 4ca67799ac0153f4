package vm_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// TestSignals checks the path from TripSignal to Python code: with no
// handler SIGINT raises KeyboardInterrupt at the next back-edge, other
// signals are dropped, and an installed handler runs on the interpreter's
// goroutine with the frame that was running.
func TestSignals(t *testing.T) {
	run := func(in *vm.Interp, src string) error {
		co, err := compiler([]byte(src), "<sig>", "exec", 0)
		if err != nil {
			t.Fatal(err)
		}
		_, err = in.RunCode(co, in.NewModuleGlobals("__main__"))
		return err
	}
	var out bytes.Buffer
	in := vm.New(vm.Options{Stdout: &out, Compiler: compiler})
	in.TripSignal(10) // no handler: dropped
	if err := run(in, "for i in range(3): pass\n"); err != nil {
		t.Fatalf("SIGUSR1 without a handler: %v", err)
	}
	in.Interrupt()
	err := run(in, "for i in range(3): pass\n")
	if !object.ExceptionMatches(err, object.KeyboardInterrupt) {
		t.Fatalf("SIGINT: got %v, want KeyboardInterrupt", err)
	}
	if err := in.CheckSignals(); err != nil {
		t.Fatalf("signal handled twice: %v", err)
	}
	select {
	case <-in.SignalWake():
	default:
		t.Errorf("SignalWake got no token")
	}
	var got []int
	in.SetSignalHandler(func(sig int, frame object.Value) error {
		got = append(got, sig)
		if _, ok := frame.Object().(*vm.Frame); !ok && sig != 15 {
			t.Errorf("handler of %d: frame is %s", sig, object.TypeOf(frame).Name)
		}
		if sig == 12 {
			return object.Errorf(object.ValueError, "from handler")
		}
		return nil
	})
	in.TripSignal(10)
	in.TripSignal(12)
	in.TripSignal(15)
	err = run(in, "x = 0\nwhile x < 3: x += 1\n")
	if err == nil || !strings.Contains(err.Error(), "from handler") {
		t.Fatalf("handler error: got %v", err)
	}
	if err := in.CheckSignals(); err != nil { // 15 stayed pending; no frame runs now
		t.Fatal(err)
	}
	if want := []int{10, 12, 15}; len(got) != 3 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("handlers ran for %v, want %v", got, want)
	}
}
