package native_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/pyvar/pyvar/core/interp"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// TestThreadsRun: threads run Python code under the execution lock, each
// with its own ident, frames and exception state; a lock wait lets the
// holder run; join waits for the end; an uncaught exception is reported
// as unraisable and ends only its thread.
func TestThreadsRun(t *testing.T) {
	src := `import _thread, sys
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
done.acquire()
res = []
def work(n, tag):
    try:
        raise ValueError(tag)
    except ValueError:
        s = 0
        for i in range(n):
            with lock:
                s += i
        res.append((tag, s, sys.exc_info()[1].args[0], _thread.get_ident() != main))
    if len(res) == 3:
        done.release()
main = _thread.get_ident()
for tag in "abc":
    _thread.start_new_thread(work, (20000,), {"tag": tag})
done.acquire()
print(sorted(res), sys.exc_info()[0])
def bad():
    1/0
sys.unraisablehook = lambda u: res.append(u.exc_type.__name__) or done.release()
_thread.start_new_thread(bad, ())
done.acquire()
print(res[-1], _thread._count() >= 0)
`
	out, err, _ := runPy(t, src, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "[('a', 199990000, 'a', True), ('b', 199990000, 'b', True), ('c', 199990000, 'c', True)] None\nZeroDivisionError True\n"
	if out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

// TestLockAcquireInterrupt: a lock that nobody will release blocks until
// Ctrl-C, which raises KeyboardInterrupt at once; a timeout ends the wait
// with False.
func TestLockAcquireInterrupt(t *testing.T) {
	src := "import _thread\nl = _thread.allocate_lock()\nl.acquire()\nprint(l.acquire(timeout=0.05))\nl.acquire()\n"
	out, err, took := runPy(t, src, func(in *vm.Interp) {
		time.Sleep(300 * time.Millisecond)
		in.Interrupt()
	})
	if !object.ExceptionMatches(err, object.KeyboardInterrupt) {
		t.Fatalf("got %v, want KeyboardInterrupt", err)
	}
	if out != "False\n" {
		t.Errorf("timed acquire printed %q, want False", out)
	}
	if took > 5*time.Second {
		t.Errorf("acquire took %v after the interrupt", took)
	}
}

// TestBlockingCallsInterrupt: select, poll, epoll and os.read on an empty
// pipe and waitpid wait until Ctrl-C, which raises KeyboardInterrupt at once.
func TestBlockingCallsInterrupt(t *testing.T) {
	for _, call := range []string{
		"select.select([r], [], [])",
		"p = select.poll(); p.register(r); p.poll()",
		"e = select.epoll(); e.register(r); e.poll()",
		"posix.read(r, 10)",
		"a, b = _socket.socketpair(); a.recv(10)",
		"s = _socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(); s._accept()",
	} {
		src := "import select, posix, _socket\nr, w = posix.pipe()\n" + call + "\n"
		_, err, took := runPy(t, src, func(in *vm.Interp) {
			time.Sleep(100 * time.Millisecond)
			in.Interrupt()
		})
		if !object.ExceptionMatches(err, object.KeyboardInterrupt) {
			t.Errorf("%s: got %v, want KeyboardInterrupt", call, err)
		}
		if took > 5*time.Second {
			t.Errorf("%s took %v after the interrupt", call, took)
		}
	}
}

// TestEmbedderWhileThreadRuns: a Python thread still running after the
// run that started it returned does not make the embedder's next calls
// run without the execution lock (checked under -race), and the thread
// finishes its work.
func TestEmbedderWhileThreadRuns(t *testing.T) {
	var out bytes.Buffer
	in := interp.New(vm.Options{Stdout: &out, Stderr: &out})
	src := "import _thread\ndone = _thread.allocate_lock()\ndone.acquire()\nacc = []\n" +
		"def work():\n    for i in range(200000):\n        acc.append(i)\n    done.release()\n" +
		"_thread.start_new_thread(work, ())\n"
	if err := in.RunSource([]byte(src), "<test>"); err != nil {
		t.Fatal(err)
	}
	g := in.MainGlobals()
	for range 20 {
		if err := in.Locked(func() error {
			v, _, err := g.Get(object.NewStr("acc"))
			if err == nil {
				_ = len(v.Object().(*object.List).Items)
			}
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	if err := in.RunSource([]byte("done.acquire()\nprint(len(acc), acc[-1])\n"), "<test>"); err != nil {
		t.Fatal(err)
	}
	in.Finalize()
	if got := out.String(); got != "200000 199999\n" {
		t.Errorf("got %q", got)
	}
}
