package native

import (
	"os"
	gosignal "os/signal"
	"strconv"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// The _signal module. The Go runtime owns the process's signal handlers:
// a signal with a Python handler is routed to a goroutine (os/signal's
// Notify), which writes the wake-up fd and trips the interpreter's eval
// breaker (vm.TripSignal); the Python handler then runs on the
// interpreter's goroutine at the next check, or at once in a blocking
// call, as CPython runs its handlers from PyErr_CheckSignals. SIG_IGN and
// SIG_DFL become signal.Ignore and signal.Reset. SIGINT starts with
// default_int_handler (KeyboardInterrupt), SIGPIPE and SIGXFSZ with
// SIG_IGN, as in CPython.

func init() { register("_signal", newSignalModule) }

// signalModule is one interpreter's _signal module.
type signalModule struct {
	in          *vm.Interp
	handlers    [vm.NSig]object.Value // SIG_DFL (0), SIG_IGN (1) or a callable
	defInt      object.Value          // default_int_handler
	notify      chan os.Signal        // signals routed to this interpreter
	wakeupFD    int                   // set_wakeup_fd's descriptor, -1 when none
	itimerError *object.Type
}

var (
	sigDFL = object.Int(0)
	sigIGN = object.Int(1)
)

// strsignalText is glibc's strsignal for 1..31.
var strsignalText = [...]string{1: "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap",
	"Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault",
	"User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault", "Child exited", "Continued",
	"Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition",
	"CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired", "Profiling timer expired",
	"Window changed", "I/O possible", "Power failure", "Bad system call"}

// validSignal reports whether sig is one the C library lets a program
// handle (1-64 except glibc's own 32 and 33).
func validSignal(sig int) bool { return sig >= 1 && sig < vm.NSig && sig != 32 && sig != 33 }

func signalArg(v object.Value) (int, error) {
	sig, err := cIntArgClinic(v)
	if err != nil {
		return 0, err
	}
	if sig < 1 || sig >= vm.NSig {
		return 0, object.Errorf(object.ValueError, "signal number out of range")
	}
	return sig, nil
}

func newSignalModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("_signal", "This module provides mechanisms to use signal handlers in Python.\n\n"+
		"signal() sets a handler (a callable, SIG_IGN or SIG_DFL) for a signal and getsignal()\n"+
		"returns it; raise_signal(), alarm(), setitimer() and set_wakeup_fd() send and observe\n"+
		"signals; default_int_handler raises KeyboardInterrupt.")
	sm := &signalModule{in: in, wakeupFD: -1}
	for i := range sm.handlers {
		sm.handlers[i] = sigDFL
	}
	defFunc(m, "default_int_handler", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("default_int_handler", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("default_int_handler", len(args), 2, 2); err != nil {
			return object.Null, err
		}
		return object.Null, object.NewException(object.KeyboardInterrupt)
	})
	sm.defInt, _ = m.Dict.GetStr("default_int_handler")
	sm.handlers[syscall.SIGINT] = sm.defInt
	sm.handlers[syscall.SIGPIPE] = sigIGN
	sm.handlers[syscall.SIGXFSZ] = sigIGN
	for _, s := range []syscall.Signal{syscall.SIGINT, syscall.SIGPIPE, syscall.SIGXFSZ} {
		claimSignal(int(s), true) // not SIG_DFL from the start
	}
	in.SetSignalHandler(sm.run)

	setAttr(m, "SIG_DFL", sigDFL)
	setAttr(m, "SIG_IGN", sigIGN)
	setAttr(m, "NSIG", object.Int(vm.NSig))
	setAttr(m, "SIG_BLOCK", object.Int(0))
	setAttr(m, "SIG_UNBLOCK", object.Int(1))
	setAttr(m, "SIG_SETMASK", object.Int(2))
	setAttr(m, "ITIMER_REAL", object.Int(0))
	setAttr(m, "ITIMER_VIRTUAL", object.Int(1))
	setAttr(m, "ITIMER_PROF", object.Int(2))
	for _, s := range []struct {
		name string
		n    int
	}{{"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3}, {"SIGILL", 4}, {"SIGTRAP", 5}, {"SIGABRT", 6}, {"SIGIOT", 6},
		{"SIGBUS", 7}, {"SIGFPE", 8}, {"SIGKILL", 9}, {"SIGUSR1", 10}, {"SIGSEGV", 11}, {"SIGUSR2", 12},
		{"SIGPIPE", 13}, {"SIGALRM", 14}, {"SIGTERM", 15}, {"SIGCHLD", 17}, {"SIGCLD", 17}, {"SIGCONT", 18},
		{"SIGSTOP", 19}, {"SIGTSTP", 20}, {"SIGTTIN", 21}, {"SIGTTOU", 22}, {"SIGURG", 23}, {"SIGXCPU", 24},
		{"SIGXFSZ", 25}, {"SIGVTALRM", 26}, {"SIGPROF", 27}, {"SIGWINCH", 28}, {"SIGIO", 29}, {"SIGPOLL", 29},
		{"SIGPWR", 30}, {"SIGSYS", 31}, {"SIGRTMIN", 34}, {"SIGRTMAX", 64}} {
		setAttr(m, s.name, object.Int(int64(s.n)))
	}
	itimerError, err := object.NewClass(nil, "itimer_error", []*object.Type{object.OSError}, object.NewDict(1))
	if err != nil {
		return nil, err
	}
	itimerError.Dict.SetStr("__module__", object.NewStr("signal"))
	sm.itimerError = itimerError
	setAttr(m, "ItimerError", object.FromObject(itimerError))

	defFunc(m, "signal", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("signal", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("signal", len(args), 2, 2); err != nil {
			return object.Null, err
		}
		sig, err := signalArg(args[0])
		if err != nil {
			return object.Null, err
		}
		return sm.setHandler(sig, args[1])
	})
	defFunc(m, "getsignal", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("_signal.getsignal", args, kw); err != nil {
			return object.Null, err
		}
		sig, err := signalArg(args[0])
		if err != nil {
			return object.Null, err
		}
		return sm.handlers[sig], nil
	})
	defFunc(m, "strsignal", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("_signal.strsignal", args, kw); err != nil {
			return object.Null, err
		}
		sig, err := signalArg(args[0])
		if err != nil {
			return object.Null, err
		}
		switch {
		case sig < len(strsignalText):
			return object.NewStr(strsignalText[sig]), nil
		case sig >= 34:
			return object.NewStr("Real-time signal " + strconv.Itoa(sig-34)), nil
		}
		return object.None, nil
	})
	defFunc(m, "valid_signals", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("_signal.valid_signals", args, kw); err != nil {
			return object.Null, err
		}
		var sigs []object.Value
		for s := 1; s < vm.NSig; s++ {
			if validSignal(s) {
				sigs = append(sigs, object.Int(int64(s)))
			}
		}
		return object.NewSet(false, sigs...)
	})
	defFunc(m, "raise_signal", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("raise_signal", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("raise_signal", len(args), 1, 1); err != nil {
			return object.Null, err
		}
		sig, err := cIntArgClinic(args[0])
		if err != nil {
			return object.Null, err
		}
		return object.None, sm.raise(sig)
	})
	defFunc(m, "pthread_kill", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("pthread_kill", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("pthread_kill", len(args), 2, 2); err != nil {
			return object.Null, err
		}
		ident, err := cLongArg(args[0])
		if err != nil {
			return object.Null, err
		}
		sig, err := cIntArgClinic(args[1])
		if err != nil {
			return object.Null, err
		}
		if ident != mainIdent() {
			return object.Null, errnoError(syscall.ESRCH)
		}
		return object.None, sm.raise(sig)
	})
	defFunc(m, "set_wakeup_fd", func(args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := parseKw("set_wakeup_fd", args, kw, []string{"fd", "warn_on_full_buffer"}, 1, 1, a[:]); err != nil {
			return object.Null, err
		}
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		if _, err := boolArg(a[1], true); err != nil {
			return object.Null, err
		}
		if fd != -1 {
			var st unix.Stat_t
			if err := unix.Fstat(fd, &st); err != nil {
				return object.Null, osErrorOf(err)
			}
			fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
			if err != nil {
				return object.Null, osErrorOf(err)
			}
			if fl&unix.O_NONBLOCK == 0 {
				return object.Null, object.Errorf(object.ValueError, "the fd %d must be in non-blocking mode", fd)
			}
		}
		old := sm.wakeupFD
		sm.wakeupFD = fd
		if fd != -1 {
			// The wake-up byte is written when the signal arrives, from the
			// goroutine that receives it: SIGINT must come that way too.
			sm.route(int(syscall.SIGINT))
		}
		return object.Int(int64(old)), nil
	})
	defFunc(m, "siginterrupt", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("siginterrupt", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("siginterrupt", len(args), 2, 2); err != nil {
			return object.Null, err
		}
		if _, err := signalArg(args[0]); err != nil {
			return object.Null, err
		}
		if _, err := cIntArgClinic(args[1]); err != nil {
			return object.Null, err
		}
		// Blocking calls here always wake for a signal and carry on
		// (PEP 475), whatever the flag says.
		return object.None, nil
	})
	defFunc(m, "alarm", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("alarm", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("alarm", len(args), 1, 1); err != nil {
			return object.Null, err
		}
		secs, err := cIntArgClinic(args[0])
		if err != nil {
			return object.Null, err
		}
		old, err := unix.Alarm(uint(secs))
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Int(int64(old)), nil
	})
	defFunc(m, "pause", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("_signal.pause", args, kw); err != nil {
			return object.Null, err
		}
		<-in.SignalWake()
		return object.None, in.CheckSignals()
	})
	timerArgs := func(fname string, args []object.Value, kw []string, min, max int) (int, error) {
		if err := object.NoKwargs(fname, kw); err != nil {
			return 0, err
		}
		if err := object.CheckPositional(fname, len(args), min, max); err != nil {
			return 0, err
		}
		return cIntArgClinic(args[0])
	}
	itimerValue := func(it unix.Itimerval) object.Value {
		f := func(tv unix.Timeval) object.Value { return object.Float(float64(tv.Sec) + float64(tv.Usec)/1e6) }
		return object.TupleValue(f(it.Value), f(it.Interval))
	}
	defFunc(m, "setitimer", func(args []object.Value, kw []string) (object.Value, error) {
		which, err := timerArgs("setitimer", args, kw, 2, 3)
		if err != nil {
			return object.Null, err
		}
		tv := func(v object.Value) (unix.Timeval, error) {
			f, err := object.ToFloat(v)
			if err != nil {
				return unix.Timeval{}, err
			}
			sec := int64(f)
			usec := int64((f - float64(sec)) * 1e6)
			if f > 0 && sec == 0 && usec == 0 {
				usec = 1
			}
			return unix.Timeval{Sec: sec, Usec: usec}, nil
		}
		var it unix.Itimerval
		if it.Value, err = tv(args[1]); err != nil {
			return object.Null, err
		}
		if len(args) == 3 {
			if it.Interval, err = tv(args[2]); err != nil {
				return object.Null, err
			}
		}
		old, err := unix.Setitimer(unix.ItimerWhich(which), it)
		if err != nil {
			e := osErrorOf(err).(*object.BaseException)
			e.Class = sm.itimerError
			return object.Null, e
		}
		return itimerValue(old), nil
	})
	defFunc(m, "getitimer", func(args []object.Value, kw []string) (object.Value, error) {
		which, err := timerArgs("getitimer", args, kw, 1, 1)
		if err != nil {
			return object.Null, err
		}
		it, err := unix.Getitimer(unix.ItimerWhich(which))
		if err != nil {
			e := osErrorOf(err).(*object.BaseException)
			e.Class = sm.itimerError
			return object.Null, e
		}
		return itimerValue(it), nil
	})
	return m, nil
}

// setHandler is signal.signal: it installs handler for sig and returns
// the previous one.
func (sm *signalModule) setHandler(sig int, handler object.Value) (object.Value, error) {
	isInt := func(v object.Value, n int64) bool {
		i, ok := object.Unwrap(v).AsInt()
		return ok && i == n && object.TypeOf(v).IsSubtype(object.IntType)
	}
	var kind int // 0: default, 1: ignore, 2: Python handler
	switch {
	case isInt(handler, 1):
		kind = 1
	case isInt(handler, 0):
		kind = 0
	case object.IsCallable(handler):
		kind = 2
	default:
		return object.Null, object.Errorf(object.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
	}
	if !validSignal(sig) || sig == int(syscall.SIGKILL) || sig == int(syscall.SIGSTOP) {
		return object.Null, errnoError(syscall.EINVAL)
	}
	if err := sm.in.CheckSignals(); err != nil {
		return object.Null, err
	}
	displaceUserDump(sig)
	s := syscall.Signal(sig)
	if wasClaimed := !isInt(sm.handlers[sig], 0); wasClaimed != (kind != 0) {
		claimSignal(sig, kind != 0)
	}
	switch kind {
	case 0:
		gosignal.Reset(s)
		resubscribeDefault(s)
		if sig == int(syscall.SIGINT) {
			// Ctrl-C now ends the process, as SIG_DFL does.
		}
	case 1:
		gosignal.Ignore(s)
	case 2:
		sm.route(sig)
	}
	old := sm.handlers[sig]
	sm.handlers[sig] = handler
	return old, nil
}

// route makes the OS deliver sig to this interpreter's goroutine.
func (sm *signalModule) route(sig int) {
	if sm.notify == nil {
		sm.notify = make(chan os.Signal, 16)
		go func(ch <-chan os.Signal, in *vm.Interp) {
			for s := range ch {
				n := int(s.(syscall.Signal))
				if fd := sm.wakeupFD; fd >= 0 {
					unix.Write(fd, []byte{byte(n)})
				}
				in.TripSignal(n)
			}
		}(sm.notify, sm.in)
	}
	gosignal.Notify(sm.notify, syscall.Signal(sig))
}

// run is the interpreter's signal handler hook: it calls the Python
// handler of sig with the signal number and the running frame.
func (sm *signalModule) run(sig int, frame object.Value) error {
	h := sm.handlers[sig]
	if h.IsNull() || !object.IsCallable(h) {
		return nil // SIG_IGN or SIG_DFL: nothing for Python to do
	}
	_, err := object.Call(h, []object.Value{object.Int(int64(sig)), frame}, nil)
	return err
}

// raise is raise_signal: a signal with a Python handler is tripped here
// and handled before returning, as CPython's raise() then
// PyErr_CheckSignals do; others go to the process for the OS to act on
// (the default action, or nothing when ignored).
func (sm *signalModule) raise(sig int) error {
	if sig < 0 || sig >= vm.NSig {
		return errnoError(syscall.EINVAL)
	}
	if sig == 0 {
		return nil
	}
	if object.IsCallable(sm.handlers[sig]) {
		if fd := sm.wakeupFD; fd >= 0 {
			unix.Write(fd, []byte{byte(sig)})
		}
		sm.in.TripSignal(sig)
		return sm.in.CheckSignals()
	}
	if err := unix.Tgkill(unix.Getpid(), unix.Gettid(), syscall.Signal(sig)); err != nil {
		return osErrorOf(err)
	}
	// A default action that stops the process may take a moment.
	time.Sleep(time.Millisecond)
	return sm.in.CheckSignals()
}
