package native_test

import (
	"strings"
	"testing"
	"time"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// TestStartNewThreadRefused: pyvar runs Python code on one thread, so
// starting one is a clear RuntimeError (threading.Thread.start too).
func TestStartNewThreadRefused(t *testing.T) {
	_, err, _ := runPy(t, "import _thread\n_thread.start_new_thread(print, ())\n", nil)
	if !object.ExceptionMatches(err, object.RuntimeError) || !strings.Contains(err.Error(), "can't start new thread") {
		t.Fatalf("got %v, want RuntimeError: can't start new thread", err)
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
