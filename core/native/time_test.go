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

// TestSleepSignalHandler: a Python SIGINT handler that does not raise
// runs during time.sleep, which then sleeps on (PEP 475); one that raises
// ends the sleep with its exception.
func TestSleepSignalHandler(t *testing.T) {
	src := `import _signal, time
hits = []
_signal.signal(_signal.SIGINT, lambda s, f: hits.append(s))
t0 = time.monotonic()
time.sleep(0.3)
print(hits, time.monotonic() - t0 >= 0.29)
def stop(s, f):
    raise RuntimeError('stop')
_signal.signal(_signal.SIGINT, stop)
try:
    time.sleep(30)
except RuntimeError as e:
    print(e)
_signal.signal(_signal.SIGINT, _signal.default_int_handler)
`
	out, err, took := runPy(t, src, func(in *vm.Interp) {
		time.Sleep(100 * time.Millisecond)
		in.Interrupt()
		time.Sleep(400 * time.Millisecond)
		in.Interrupt()
	})
	if err != nil {
		t.Fatal(err)
	}
	if out != "[2] True\nstop\n" {
		t.Errorf("got %q", out)
	}
	if took > 5*time.Second {
		t.Errorf("took %v", took)
	}
}
