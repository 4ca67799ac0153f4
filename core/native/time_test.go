package native_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/pyvar/pyvar/core/interp"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// runPy runs src in a fresh interpreter with the native modules; the
// interrupt function, when set, runs on its own goroutine meanwhile.
func runPy(t *testing.T, src string, during func(in *vm.Interp)) (string, error, time.Duration) {
	t.Helper()
	var out bytes.Buffer
	in := interp.New(vm.Options{Stdout: &out, Stderr: &out})
	co, err := interp.Compile([]byte(src), "<test>", "exec", 0)
	if err != nil {
		t.Fatal(err)
	}
	if during != nil {
		go during(in)
	}
	start := time.Now()
	_, err = in.RunCode(co, in.NewModuleGlobals("__main__"))
	return out.String(), err, time.Since(start)
}

// TestSleepInterrupt: Ctrl-C (SIGINT delivered through Interp.Interrupt)
// ends time.sleep at once with KeyboardInterrupt.
func TestSleepInterrupt(t *testing.T) {
	_, err, took := runPy(t, "import time\ntime.sleep(30)\n", func(in *vm.Interp) {
		time.Sleep(50 * time.Millisecond)
		in.Interrupt()
	})
	if !object.ExceptionMatches(err, object.KeyboardInterrupt) {
		t.Fatalf("got %v, want KeyboardInterrupt", err)
	}
	if took > 5*time.Second {
		t.Errorf("sleep took %v after the interrupt", took)
	}
}
