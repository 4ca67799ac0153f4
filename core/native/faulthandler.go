package native

// faulthandler: tracebacks written straight to a file descriptor, for
// programs that hang or die. dump_traceback prints the running frames;
// dump_traceback_later arms a watchdog goroutine that prints them (and
// may end the process) when a timeout passes, as regrtest's --timeout
// does; register prints them when a signal arrives; enable prints them
// when a fatal signal (SIGSEGV, SIGFPE, SIGABRT, SIGBUS, SIGILL) is sent to
// the process, then lets it die of that signal.
//
// CPython reads the thread states from its watchdog thread and signal
// handler without the GIL. Here the watchdog and the signal goroutine
// take the execution lock (vm.Interp.Inspect), so the interpreter is
// stopped at its next back-edge or function entry while they read its
// frames; when it is inside a long built-in call they wait at most
// inspectWait and then print that they could not. A Go fault in pyvar
// itself is a Python exception (SystemError), not a signal, so enable
// has nothing to print for it. register(chain=True) lets a handler
// installed with signal.signal run too (both subscribe); a default
// action of the signal is not taken while faulthandler holds it.

import (
	"fmt"
	"math"
	"os"
	gosignal "os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

func init() { register("faulthandler", newFaulthandlerModule) }

const faulthandlerDoc = "faulthandler module."

// inspectWait is how long a watchdog or signal dump waits for the
// interpreter to stop between two instructions.
const inspectWait = time.Second

// maxFrameDepth and maxStringLength are CPython's limits for a dump.
const (
	maxFrameDepth   = 100
	maxStringLength = 500
)

// fatalSignals are the signals enable() handles, with the names the dump
// gives them.
var fatalSignals = []struct {
	sig  syscall.Signal
	name string
}{
	{unix.SIGBUS, "Bus error"},
	{unix.SIGILL, "Illegal instruction"},
	{unix.SIGFPE, "Floating point exception"},
	{unix.SIGABRT, "Aborted"},
	{unix.SIGSEGV, "Segmentation fault"},
}

// faultState is one interpreter's faulthandler.
type faultState struct {
	in *vm.Interp

	fatalFD     int // enable()'s descriptor; -1: not enabled
	fatalAll    bool
	fatalFile   object.Value // kept alive as CPython keeps it
	fatalNotify chan os.Signal
	fatalStop   chan struct{}

	later *watchdog

	user map[int]*userSignal
}

// watchdog is dump_traceback_later's goroutine.
type watchdog struct {
	cancel chan struct{}
	done   chan struct{}
	file   object.Value
}

// userSignal is one register()ed signal.
type userSignal struct {
	in       *vm.Interp
	sig      int
	detached bool // displaced by signal.signal, or unregistered
	fd       int
	all      bool
	file     object.Value
	notify   chan os.Signal
	stop     chan struct{}
	done     chan struct{}
}

func newFaulthandlerModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("faulthandler", faulthandlerDoc)
	st := &faultState{in: in, fatalFD: -1, user: map[int]*userSignal{}}
	in.AtShutdown(st.shutdown)

	defFunc(m, "dump_traceback", func(args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := parseKw("dump_traceback", args, kw, []string{"file", "all_threads"}, 2, 0, a[:]); err != nil {
			return object.Null, err
		}
		all, err := intFlag(a[1], true)
		if err != nil {
			return object.Null, err
		}
		fd, _, err := st.fileno(a[0])
		if err != nil {
			return object.Null, err
		}
		dumpTraceback(fd, in.CurrentFrame(), threadHeader(all, true))
		return object.None, nil
	})
	defFunc(m, "enable", func(args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := parseKw("enable", args, kw, []string{"file", "all_threads"}, 2, 0, a[:]); err != nil {
			return object.Null, err
		}
		all, err := intFlag(a[1], true)
		if err != nil {
			return object.Null, err
		}
		fd, file, err := st.fileno(a[0])
		if err != nil {
			return object.Null, err
		}
		st.enable(fd, file, all)
		return object.None, nil
	})
	defFunc(m, "disable", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("faulthandler.disable", args, kw); err != nil {
			return object.Null, err
		}
		return object.Bool(st.disable()), nil
	})
	defFunc(m, "is_enabled", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("faulthandler.is_enabled", args, kw); err != nil {
			return object.Null, err
		}
		return object.Bool(st.fatalFD >= 0), nil
	})
	defFunc(m, "dump_traceback_later", func(args []object.Value, kw []string) (object.Value, error) {
		var a [4]object.Value
		if err := parseKw("dump_traceback_later", args, kw, []string{"timeout", "repeat", "file", "exit"}, 4, 1, a[:]); err != nil {
			return object.Null, err
		}
		us, err := timeoutMicros(a[0])
		if err != nil {
			return object.Null, err
		}
		repeat, err := intFlag(a[1], false)
		if err != nil {
			return object.Null, err
		}
		exit, err := intFlag(a[3], false)
		if err != nil {
			return object.Null, err
		}
		fd, file, err := st.fileno(a[2])
		if err != nil {
			return object.Null, err
		}
		st.cancelLater()
		st.later = st.startWatchdog(fd, file, us, repeat, exit)
		return object.None, nil
	})
	defFunc(m, "cancel_dump_traceback_later", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("faulthandler.cancel_dump_traceback_later", args, kw); err != nil {
			return object.Null, err
		}
		st.cancelLater()
		return object.None, nil
	})
	defFunc(m, "register", func(args []object.Value, kw []string) (object.Value, error) {
		var a [4]object.Value
		if err := parseKw("register", args, kw, []string{"signum", "file", "all_threads", "chain"}, 4, 1, a[:]); err != nil {
			return object.Null, err
		}
		sig, err := userSignum(a[0])
		if err != nil {
			return object.Null, err
		}
		all, err := intFlag(a[2], true)
		if err != nil {
			return object.Null, err
		}
		if _, err := intFlag(a[3], false); err != nil {
			return object.Null, err
		}
		fd, file, err := st.fileno(a[1])
		if err != nil {
			return object.Null, err
		}
		st.unregister(sig)
		st.user[sig] = st.startUserSignal(sig, fd, file, all)
		return object.None, nil
	})
	defFunc(m, "unregister", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("unregister", args, kw); err != nil {
			return object.Null, err
		}
		sig, err := userSignum(args[0])
		if err != nil {
			return object.Null, err
		}
		return object.Bool(st.unregister(sig)), nil
	})
	// CPython's test hooks that make the process die of a signal. Sent with
	// kill(2), so the Go runtime delivers them like a real fault to
	// enable()'s subscription.
	for _, h := range []struct {
		name string
		sig  syscall.Signal
	}{{"_sigsegv", unix.SIGSEGV}, {"_read_null", unix.SIGSEGV}, {"_sigabrt", unix.SIGABRT}, {"_sigfpe", unix.SIGFPE}} {
		defFunc(m, h.name, func(args []object.Value, kw []string) (object.Value, error) {
			if len(args) > 1 {
				return object.Null, object.Errorf(object.TypeError, "%s() takes at most 1 argument (%d given)", h.name, len(args))
			}
			if st.fatalFD >= 0 {
				st.fatal(h.sig, in.CurrentFrame())
			}
			DieOfSignal(h.sig)
			return object.None, nil
		})
	}
	return m, nil
}

// intFlag is PyArg's "i" for a flag: absent gives def.
func intFlag(v object.Value, def bool) (bool, error) {
	if v.IsNull() {
		return def, nil
	}
	n, err := cIntArgClinic(v)
	return n != 0, err
}

// timeoutMicros converts dump_traceback_later's timeout as
// _PyTime_FromSecondsObject (rounding up) and _PyTime_AsMicroseconds do.
func timeoutMicros(v object.Value) (int64, error) {
	ns, err := pyTimeFromSeconds(v, math.Ceil)
	if err != nil {
		return 0, err
	}
	us := ns / 1000
	if ns%1000 > 0 {
		us++
	}
	if us <= 0 {
		return 0, object.Errorf(object.ValueError, "timeout must be greater than 0")
	}
	return us, nil
}

// userSignum checks register()'s and unregister()'s signal number.
func userSignum(v object.Value) (int, error) {
	sig, err := cIntArgClinic(v)
	if err != nil {
		return 0, err
	}
	for _, f := range fatalSignals {
		if sig == int(f.sig) {
			return 0, object.Errorf(object.RuntimeError, "signal %d cannot be registered, use enable() instead", sig)
		}
	}
	if sig < 1 || sig >= vm.NSig {
		return 0, object.Errorf(object.ValueError, "signal number out of range")
	}
	return sig, nil
}

// fileno is faulthandler_get_fileno: an int is the descriptor itself;
// None means sys.stderr; a file object gives its fileno() and is flushed
// (a failing flush is ignored). file is what must be kept alive.
func (st *faultState) fileno(v object.Value) (fd int, file object.Value, err error) {
	if !v.IsNull() && !v.IsNone() && object.TypeOf(v).IsSubtype(object.IntType) {
		n, err := cIntArgClinic(v)
		if err != nil {
			return 0, object.Null, err
		}
		if n < 0 {
			return 0, object.Null, object.Errorf(object.ValueError, "file is not a valid file descripter")
		}
		return n, object.Null, nil
	}
	if v.IsNull() || v.IsNone() {
		e, ok := st.in.SysDict().GetStr("stderr")
		if !ok {
			return 0, object.Null, object.Errorf(object.RuntimeError, "unable to get sys.stderr")
		}
		if e.IsNone() {
			return 0, object.Null, object.Errorf(object.RuntimeError, "sys.stderr is None")
		}
		v = e
	}
	r, err := callMethod(v, "fileno")
	if err != nil {
		return 0, object.Null, err
	}
	fd = -1
	if object.TypeOf(r).IsSubtype(object.IntType) {
		if n, ok := r.AsInt(); ok && n >= 0 && n <= math.MaxInt32 {
			fd = int(n)
		}
	}
	if fd < 0 {
		return 0, object.Null, object.Errorf(object.RuntimeError, "file.fileno() is not a valid file descriptor")
	}
	callMethod(v, "flush") // its error is dropped, as CPython drops it
	return fd, v, nil
}

// threadHeader is the line that opens a dump: CPython names the thread
// when it dumps all threads ("Current thread" when it is the one that
// asked, "Thread" from the watchdog), else just "Stack".
func threadHeader(all, current bool) string {
	switch {
	case !all:
		return "Stack (most recent call first):\n"
	case current:
		return fmt.Sprintf("Current thread 0x%016x (most recent call first):\n", mainIdent())
	}
	return fmt.Sprintf("Thread 0x%016x (most recent call first):\n", mainIdent())
}

// dumpTraceback writes the frames from f outwards in faulthandler's
// format, ASCII-escaped and bounded as _Py_DumpTraceback bounds them.
func dumpTraceback(fd int, f *vm.Frame, header string) {
	var b strings.Builder
	b.WriteString(header)
	if f == nil {
		b.WriteString("  <no Python frame>\n")
	}
	for depth := 0; f != nil; f, depth = f.Back, depth+1 {
		if depth >= maxFrameDepth {
			b.WriteString("  ...\n")
			break
		}
		b.WriteString(`  File "`)
		writeDumpASCII(&b, f.Code.Filename)
		b.WriteString(`", line `)
		if n := dumpLine(f); n >= 0 {
			fmt.Fprintf(&b, "%d", n)
		} else {
			b.WriteString("???")
		}
		b.WriteString(" in ")
		writeDumpASCII(&b, f.Code.Name)
		b.WriteByte('\n')
	}
	writeFD(fd, b.String())
}

// dumpLine is f's line. A frame stopped at a loop's back-edge, which
// may have no line of its own, reports the statement the jump ends.
func dumpLine(f *vm.Frame) int {
	n := f.LineNumber()
	for i := f.Lasti - 1; n < 0 && i >= 0 && i < len(f.Code.Lines); i-- {
		n = int(f.Code.Lines[i])
	}
	return n
}

// writeDumpASCII is _Py_DumpASCII: printable ASCII as is, the rest as
// \xHH, \uHHHH or \UHHHHHHHH, cut at maxStringLength characters.
func writeDumpASCII(b *strings.Builder, s string) {
	n := 0
	for _, r := range s {
		if n == maxStringLength {
			b.WriteString("...")
			return
		}
		n++
		switch {
		case r >= ' ' && r < 0x7f:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(b, `\u%04x`, r)
		default:
			fmt.Fprintf(b, `\U%08x`, r)
		}
	}
}

// writeFD writes s to fd, as CPython's dump does with write(2): errors
// are ignored (the process may be dying).
func writeFD(fd int, s string) {
	p := []byte(s)
	for len(p) > 0 {
		n, err := unix.Write(fd, p)
		if err == unix.EINTR {
			continue
		}
		if err != nil || n <= 0 {
			return
		}
		p = p[n:]
	}
}

// formatTimeout is the watchdog's header: "Timeout (H:MM:SS.ffffff)!",
// without the fraction when it is zero.
func formatTimeout(us int64) string {
	sec, frac := us/1e6, us%1e6
	h, m, s := sec/3600, sec/60%60, sec%60
	if frac != 0 {
		return fmt.Sprintf("Timeout (%d:%02d:%02d.%06d)!\n", h, m, s, frac)
	}
	return fmt.Sprintf("Timeout (%d:%02d:%02d)!\n", h, m, s)
}

// startWatchdog runs dump_traceback_later's timer.
func (st *faultState) startWatchdog(fd int, file object.Value, us int64, repeat, exit bool) *watchdog {
	w := &watchdog{cancel: make(chan struct{}), done: make(chan struct{}), file: file}
	header := formatTimeout(us)
	go func() {
		defer close(w.done)
		t := time.NewTimer(time.Duration(us) * time.Microsecond)
		defer t.Stop()
		for {
			select {
			case <-w.cancel:
				return
			case <-t.C:
			}
			cancelled := false
			st.in.Inspect(inspectWait, func(f *vm.Frame, timedOut bool) {
				select {
				case <-w.cancel: // while this waited for the lock
					cancelled = true
					return
				default:
				}
				writeFD(fd, header)
				if timedOut {
					writeFD(fd, threadHeader(true, false)+"  <the interpreter did not stop within 1 second: in a built-in call>\n")
				} else {
					dumpTraceback(fd, f, threadHeader(true, false))
				}
				if exit {
					os.Exit(1) // _exit(1): no clean-up, the program hangs
				}
			})
			if !repeat || cancelled {
				return
			}
			t.Reset(time.Duration(us) * time.Microsecond)
		}
	}()
	return w
}

// cancelLater stops the watchdog, if any, and waits for it to end.
func (st *faultState) cancelLater() {
	if w := st.later; w != nil {
		st.later = nil
		close(w.cancel)
		// The watchdog may be waiting for the execution lock this
		// goroutine holds: let it go while waiting.
		st.in.BlockingCall(func() { <-w.done })
	}
}

// startUserSignal subscribes to sig and dumps the frames each time it
// arrives.
func (st *faultState) startUserSignal(sig, fd int, file object.Value, all bool) *userSignal {
	u := &userSignal{in: st.in, sig: sig, fd: fd, all: all, file: file, notify: make(chan os.Signal, 1), stop: make(chan struct{}), done: make(chan struct{})}
	gosignal.Notify(u.notify, syscall.Signal(sig))
	st.in.WatchSignal(sig, true)
	claimSignal(sig, true)
	userDumps.Lock()
	userDumps.bySig[sig] = u
	userDumps.Unlock()
	go func() {
		defer close(u.done)
		for {
			select {
			case <-u.stop:
				return
			case <-u.notify:
			}
			st.in.Inspect(inspectWait, func(f *vm.Frame, timedOut bool) {
				if timedOut {
					writeFD(fd, threadHeader(all, true)+"  <the interpreter did not stop within 1 second: in a built-in call>\n")
					return
				}
				dumpTraceback(fd, f, threadHeader(all, true))
			})
			st.in.SignalServed(sig)
		}
	}()
	return u
}

// unregister stops the dump on sig; it reports whether there was one.
func (st *faultState) unregister(sig int) bool {
	u, ok := st.user[sig]
	if !ok {
		return false
	}
	delete(st.user, sig)
	u.detach()
	close(u.stop)
	st.in.BlockingCall(func() { <-u.done })
	return true
}

// userDumps are the register()ed signals of the process: installing a
// handler with signal.signal displaces faulthandler's, as sigaction
// replaces the C handler in CPython (regrtest registers SIGALRM and
// SIGUSR1, and test_signal then installs its own handlers for them).
var userDumps = struct {
	sync.Mutex
	bySig map[int]*userSignal
}{bySig: map[int]*userSignal{}}

// detach stops u's subscription; its goroutine stays until unregister.
func (u *userSignal) detach() {
	if u.detached {
		return
	}
	u.detached = true
	userDumps.Lock()
	if userDumps.bySig[u.sig] == u {
		delete(userDumps.bySig, u.sig)
	}
	userDumps.Unlock()
	u.in.WatchSignal(u.sig, false)
	claimSignal(u.sig, false)
	gosignal.Stop(u.notify)
}

// displaceUserDump is called by signal.signal before it installs a
// handler for sig.
func displaceUserDump(sig int) {
	userDumps.Lock()
	u := userDumps.bySig[sig]
	userDumps.Unlock()
	if u != nil {
		u.detach()
	}
}

// enable subscribes to the fatal signals: on one, the frames are dumped
// and the process dies of it.
func (st *faultState) enable(fd int, file object.Value, all bool) {
	st.fatalFD, st.fatalFile, st.fatalAll = fd, file, all
	if st.fatalNotify != nil {
		return
	}
	st.fatalNotify = make(chan os.Signal, 1)
	st.fatalStop = make(chan struct{})
	for _, f := range fatalSignals {
		gosignal.Notify(st.fatalNotify, f.sig)
		claimSignal(int(f.sig), true)
	}
	notify, stop := st.fatalNotify, st.fatalStop
	go func() {
		for {
			select {
			case <-stop:
				return
			case s := <-notify:
				sig := s.(syscall.Signal)
				st.in.Inspect(inspectWait, func(f *vm.Frame, timedOut bool) {
					st.fatal(sig, f)
					DieOfSignal(sig)
				})
			}
		}
	}()
}

// fatal writes the dump of a fatal signal, from frame f outwards.
func (st *faultState) fatal(sig syscall.Signal, f *vm.Frame) {
	name := "Segmentation fault"
	for _, f := range fatalSignals {
		if f.sig == sig {
			name = f.name
		}
	}
	fd, all := st.fatalFD, st.fatalAll
	writeFD(fd, "Fatal Python error: "+name+"\n\n")
	dumpTraceback(fd, f, threadHeader(all, true))
}

// disable stops the fatal-signal dump; it reports whether it was on.
func (st *faultState) disable() bool {
	if st.fatalFD < 0 {
		return false
	}
	st.fatalFD, st.fatalFile = -1, object.Null
	gosignal.Stop(st.fatalNotify)
	for _, f := range fatalSignals {
		claimSignal(int(f.sig), false)
	}
	close(st.fatalStop)
	st.fatalNotify, st.fatalStop = nil, nil
	return true
}

// shutdown ends the watchdog and the signal subscriptions with the
// interpreter (faulthandler_fini).
func (st *faultState) shutdown() {
	st.cancelLater()
	for sig := range st.user {
		st.unregister(sig)
	}
	st.disable()
}
