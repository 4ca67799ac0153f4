package native

import (
	"fmt"
	"math"
	"sync"
	"time"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// The _thread module. pyvar runs Python code on one thread: the
// interpreter's state (frames, the exception being handled, the recursion
// counter) is not shared-safe, and a global lock around the eval loop
// would slow every program. So start_new_thread refuses with a clear
// RuntimeError, and everything else is real for that one thread: locks
// that block (interruptibly, with timeouts, a signal handler may release
// them), re-entrant locks with owners and counts, thread-local data, and
// what threading needs to import and run its single-thread uses (Lock,
// RLock, Condition, Event, Semaphore, local, current_thread).

func init() { register("_thread", newThreadModule) }

var (
	lockType  = object.NewBuiltinType("_thread.lock", nil)
	localType = object.NewBaseType("_thread._local", nil)

	exceptHookArgsType = object.NewStructSeqType("_thread._ExceptHookArgs", "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.",
		seqFields("exc_type", "exc_value", "exc_traceback", "thread"), 4, true)
)

// threadLock is a _thread.lock.
type threadLock struct {
	locked bool
	in     *vm.Interp
}

// Type returns _thread.lock.
func (l *threadLock) Type() *object.Type { return lockType }

// PyRepr is "<unlocked _thread.lock object at 0x...>".
func (l *threadLock) PyRepr() (string, error) {
	state := "unlocked"
	if l.locked {
		state = "locked"
	}
	return fmt.Sprintf("<%s _thread.lock object at %#x>", state, object.ObjectID(l)), nil
}

// rlock is a _thread.RLock.
type rlock struct {
	owner int64 // thread ident, 0 when unowned
	count int64
	typ   *object.Type
}

// Type returns _thread.RLock.
func (r *rlock) Type() *object.Type { return r.typ }

// mainIdent is the ident of the one thread: the main thread's id, which on
// Linux is the process id (what get_native_id gives for it in CPython).
// It is read once: pyvar never forks, and a getpid system call per
// RLock.acquire or threading.get_ident (2.5 us each in a sandbox that traps
// system calls) made logging four times slower than CPython, which asks
// pthread_self.
func mainIdent() int64 { return processID() }

var processID = sync.OnceValue(func() int64 { return int64(unix.Getpid()) })

// unsetTimeout is CPython's "no timeout" (-1 second).
const unsetTimeout = -1e9

// maxTimeoutMicros is PY_TIMEOUT_MAX.
const maxTimeoutMicros = math.MaxInt64 / 1000

// acquireArgs parses acquire(blocking=True, timeout=-1) as
// lock_acquire_parse_args does; it returns the timeout in nanoseconds (0:
// don't block, negative: forever).
func acquireArgs(args []object.Value, kw []string) (time.Duration, error) {
	var a [2]object.Value
	if err := parseTupleKw("acquire", args, kw, []string{"blocking", "timeout"}, a[:]); err != nil {
		return 0, err
	}
	blocking, err := boolArg(a[0], true)
	if err != nil {
		return 0, err
	}
	timeout := int64(unsetTimeout)
	if !a[1].IsNull() {
		if timeout, err = pyTimeFromSeconds(a[1], roundAway); err != nil {
			return 0, err
		}
	}
	if !blocking && timeout != unsetTimeout {
		return 0, object.Errorf(object.ValueError, "can't specify a timeout for a non-blocking call")
	}
	if timeout < 0 && timeout != unsetTimeout {
		return 0, object.Errorf(object.ValueError, "timeout value must be positive")
	}
	if !blocking {
		return 0, nil
	}
	if timeout == unsetTimeout {
		return -1, nil
	}
	if (timeout+999)/1000 >= maxTimeoutMicros {
		return 0, object.Errorf(object.OverflowError, "timeout value is too large")
	}
	return time.Duration(timeout), nil
}

// waitUntil blocks until ready() holds or the timeout passes (negative:
// never), running signal handlers as signals arrive: with one thread only
// a handler can make ready() true. It reports whether ready() held.
func waitUntil(in *vm.Interp, timeout time.Duration, ready func() bool) (bool, error) {
	if ready() {
		return true, nil
	}
	if timeout == 0 {
		return false, nil
	}
	var deadline <-chan time.Time
	if timeout > 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		deadline = t.C
	}
	if err := in.CheckSignals(); err != nil {
		return false, err
	}
	for !ready() {
		// Other interpreters run while this one waits.
		timedOut := false
		in.BlockingCall(func() {
			select {
			case <-deadline:
				timedOut = true
			case <-in.SignalWake():
			}
		})
		if timedOut {
			return ready(), nil
		}
		if err := in.CheckSignals(); err != nil {
			return false, err
		}
	}
	return true, nil
}

// parseTupleKw is PyArg_ParseTupleAndKeywords for optional parameters
// only, with its messages.
func parseTupleKw(fname string, args []object.Value, kw []string, names []string, out []object.Value) error {
	n := len(args) - len(kw)
	if len(args) > len(names) {
		return object.Errorf(object.TypeError, "%s() takes at most %d argument%s (%d given)", fname, len(names), plural(len(names)), len(args))
	}
	for i := range out {
		out[i] = object.Null
	}
	copy(out, args[:n])
	for j, k := range kw {
		idx := -1
		for i, name := range names {
			if name == k {
				idx = i
			}
		}
		if idx < 0 {
			return object.Errorf(object.TypeError, "'%s' is an invalid keyword argument for %s()", k, fname)
		}
		if idx < n {
			return object.Errorf(object.TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, idx+1)
		}
		out[idx] = args[n+j]
	}
	return nil
}

func newThreadModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("_thread", "This module provides primitive operations to write multi-threaded programs.\n"+
		"The 'threading' module provides a more convenient interface.")
	setAttr(m, "LockType", object.FromObject(lockType))
	setAttr(m, "RLock", object.FromObject(newRLockType(in)))
	setAttr(m, "_local", object.FromObject(localType))
	setAttr(m, "_ExceptHookArgs", object.FromObject(exceptHookArgsType))
	setAttr(m, "error", object.FromObject(object.RuntimeError))
	setAttr(m, "TIMEOUT_MAX", object.Float(float64(maxTimeoutMicros/1000000)))
	newLock := func() object.Value { return object.FromObject(&threadLock{in: in}) }
	noargs := func(name string, fn func() (object.Value, error)) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoArgs("_thread."+name, args, kw); err != nil {
				return object.Null, err
			}
			return fn()
		})
	}
	for _, name := range []string{"allocate_lock", "allocate", "_set_sentinel"} {
		noargs(name, func() (object.Value, error) { return newLock(), nil })
	}
	noargs("get_ident", func() (object.Value, error) { return object.Int(mainIdent()), nil })
	noargs("get_native_id", func() (object.Value, error) { return object.Int(int64(unix.Getpid())), nil })
	noargs("_count", func() (object.Value, error) { return object.Int(0), nil })
	for _, name := range []string{"exit", "exit_thread"} {
		noargs(name, func() (object.Value, error) { return object.Null, object.NewException(object.SystemExit) })
	}
	stackSize := int64(0)
	defFunc(m, "stack_size", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("stack_size", kw); err != nil {
			return object.Null, err
		}
		if err := parseTupleCount("stack_size", len(args), 0, 1); err != nil {
			return object.Null, err
		}
		// No argument means 0 (the default size), as in CPython.
		old, n := stackSize, int64(0)
		if len(args) == 1 {
			var err error
			if n, err = asSsize(args[0]); err != nil {
				return object.Null, err
			}
		}
		switch {
		case n < 0:
			return object.Null, object.Errorf(object.ValueError, "size must be 0 or a positive value")
		case n != 0 && n < 0x8000:
			return object.Null, object.Errorf(object.ValueError, "size not valid: %d bytes", n)
		}
		stackSize = n
		return object.Int(old), nil
	})
	startThread := func(name string) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoKwargs(name, kw); err != nil {
				return object.Null, err
			}
			if len(args) < 2 || len(args) > 3 {
				return object.Null, object.Errorf(object.TypeError, "%s expected at least 2 arguments, got %d", name, len(args))
			}
			if !object.IsCallable(args[0]) {
				return object.Null, object.Errorf(object.TypeError, "first arg must be callable")
			}
			if _, ok := object.Unwrap(args[1]).Object().(*object.Tuple); !ok {
				return object.Null, object.Errorf(object.TypeError, "2nd arg must be a tuple")
			}
			if len(args) == 3 {
				if _, ok := object.Unwrap(args[2]).Object().(*object.Dict); !ok {
					return object.Null, object.Errorf(object.TypeError, "optional 3rd arg must be a dictionary")
				}
			}
			return object.Null, object.Errorf(object.RuntimeError, "can't start new thread: pyvar runs Python code on one thread only")
		})
	}
	startThread("start_new_thread")
	startThread("start_new")
	defFunc(m, "interrupt_main", func(args []object.Value, kw []string) (object.Value, error) {
		var a [1]object.Value
		if err := parseKw("interrupt_main", args, kw, []string{"signum"}, 1, 0, a[:]); err != nil {
			return object.Null, err
		}
		sig := 2
		if !a[0].IsNull() {
			var err error
			if sig, err = cIntArgClinic(a[0]); err != nil {
				return object.Null, err
			}
		}
		if sig < 1 || sig >= vm.NSig {
			return object.Null, object.Errorf(object.ValueError, "signal number out of range")
		}
		// The signal is handled before the call returns, as CPython's
		// eval loop does after a call.
		in.TripSignal(sig)
		return object.None, in.CheckSignals()
	})
	defFunc(m, "_excepthook", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("_thread._excepthook", args, kw); err != nil {
			return object.Null, err
		}
		return threadExcepthook(in, args[0])
	})
	return m, nil
}

// threadExcepthook is _thread._excepthook: "Exception in thread NAME:"
// and the traceback on sys.stderr, nothing for SystemExit.
func threadExcepthook(in *vm.Interp, arg object.Value) (object.Value, error) {
	if object.TypeOf(arg) != exceptHookArgsType {
		return object.Null, object.Errorf(object.TypeError, "_thread.excepthook argument type must be ExceptHookArgs")
	}
	excType, excValue, thread := object.StructSeqItem(arg, 0), object.StructSeqItem(arg, 1), object.StructSeqItem(arg, 3)
	if t, ok := excType.Object().(*object.Type); ok && t.IsSubtype(object.SystemExit) {
		return object.None, nil
	}
	sys, err := importModule(in, "sys")
	if err != nil {
		return object.Null, err
	}
	file, err := object.GetAttrString(sys, "stderr")
	if err != nil || file.IsNone() {
		if thread.IsNone() {
			return object.None, nil
		}
		if file, err = object.GetAttrString(thread, "_stderr"); err != nil || file.IsNone() {
			return object.None, nil
		}
	}
	name := fmt.Sprint(mainIdent())
	if !thread.IsNone() {
		if n, err := object.GetAttrString(thread, "name"); err == nil {
			if s, err := object.StrOf(n); err == nil {
				name = s
			}
		}
	}
	text := "Exception in thread " + name + ":\n"
	if e, ok := excValue.Object().(*object.BaseException); ok {
		text += vm.FormatException(e)
	} else if !excType.IsNone() {
		s, _ := object.StrOf(excType)
		text += s + "\n"
	}
	if _, err := object.CallMethodByName(file, "write", object.NewStr(text)); err != nil {
		return object.Null, err
	}
	if _, err := object.CallMethodByName(file, "flush"); err != nil && !object.ExceptionMatches(err, object.AttributeError) {
		return object.Null, err
	}
	return object.None, nil
}

func init() {
	lockType.Qualname = "lock"
	lockType.New = nil
	localType.Qualname = "_local"
	lockType.Doc = "A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().  Methods are:\n\n" +
		"acquire() -- lock the lock, possibly blocking until it can be obtained\n" +
		"release() -- unlock of the lock\nlocked() -- test whether the lock is currently locked\n\n" +
		"A lock is not owned by the thread that locked it; another thread may\n" +
		"unlock it.  A thread attempting to lock a lock that it has already locked\n" +
		"will block until another thread unlocks it.  Deadlocks may ensue."
	lockType.SetAttrString("__doc__", object.NewStr(lockType.Doc))

	lock := func(self object.Value) *threadLock { return object.Unwrap(self).Object().(*threadLock) }
	acquire := func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		l := lock(self)
		timeout, err := acquireArgs(args, kw)
		if err != nil {
			return object.Null, err
		}
		ok, err := waitUntil(l.in, timeout, func() bool { return !l.locked })
		if err != nil {
			return object.Null, err
		}
		if ok {
			l.locked = true
		}
		return object.Bool(ok), nil
	}
	release := func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		l := lock(self)
		if !l.locked {
			return object.Null, object.Errorf(object.RuntimeError, "release unlocked lock")
		}
		l.locked = false
		return object.None, nil
	}
	for _, n := range []string{"acquire", "acquire_lock", "__enter__"} {
		lockType.AddMethod(n, acquire)
	}
	for _, n := range []string{"release", "release_lock"} {
		name := n
		lockType.AddMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoArgs(name, args, kw); err != nil {
				return object.Null, err
			}
			return release(self, args, kw)
		})
	}
	lockType.AddMethod("__exit__", release)
	for _, n := range []string{"locked", "locked_lock"} {
		name := n
		lockType.AddMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoArgs(name, args, kw); err != nil {
				return object.Null, err
			}
			return object.Bool(lock(self).locked), nil
		})
	}
	lockType.AddMethod("_at_fork_reinit", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("_at_fork_reinit", args, kw); err != nil {
			return object.Null, err
		}
		lock(self).locked = false
		return object.None, nil
	})

	// _local: with one thread, a plain object with a __dict__.
	localType.SetHasDict()
	localType.SetNew(func(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
		if len(args) > 0 && (t == localType || t.LookupString("__init__").Is(object.ObjectType.LookupString("__init__"))) {
			return object.Null, object.Errorf(object.TypeError, "Initialization arguments are not supported")
		}
		inst := &object.Instance{Class: t}
		inst.SetInstanceDict(object.NewDict(0))
		return object.FromObject(inst), nil
	}, nil)
}

// newRLockType makes _thread.RLock for one interpreter: its locks wait
// on that interpreter's signals.
func newRLockType(in *vm.Interp) *object.Type {
	rlockType := object.NewBaseType("_thread.RLock", nil)
	rlockType.Qualname = "RLock"
	rlockType.SetNew(func(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
		return object.WrapBuiltin(t, object.FromObject(&rlock{typ: rlockType})), nil
	}, nil)
	rl := func(self object.Value) (*rlock, error) {
		r, ok := object.Unwrap(self).Object().(*rlock)
		if !ok {
			return nil, object.Errorf(object.TypeError, "descriptor requires a '_thread.RLock' object but received a '%s'", object.TypeOf(self).Name)
		}
		return r, nil
	}
	rlockType.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		r, err := rl(self)
		if err != nil {
			return object.Null, err
		}
		state := "unlocked"
		if r.count > 0 {
			state = "locked"
		}
		return object.NewStr(fmt.Sprintf("<%s %s object owner=%d count=%d at %#x>", state, object.TypeOf(self).Name, r.owner, r.count, object.ObjectID(self.Object()))), nil
	})
	racquire := func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		r, err := rl(self)
		if err != nil {
			return object.Null, err
		}
		timeout, err := acquireArgs(args, kw)
		if err != nil {
			return object.Null, err
		}
		me := mainIdent()
		if r.count > 0 && r.owner == me {
			if r.count == math.MaxInt64 {
				return object.Null, object.Errorf(object.OverflowError, "Internal lock count overflowed")
			}
			r.count++
			return object.True, nil
		}
		ok, err := waitUntil(in, timeout, func() bool { return r.count == 0 })
		if err != nil {
			return object.Null, err
		}
		if ok {
			r.owner, r.count = me, 1
		}
		return object.Bool(ok), nil
	}
	rrelease := func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		r, err := rl(self)
		if err != nil {
			return object.Null, err
		}
		if r.count == 0 || r.owner != mainIdent() {
			return object.Null, object.Errorf(object.RuntimeError, "cannot release un-acquired lock")
		}
		r.count--
		if r.count == 0 {
			r.owner = 0
		}
		return object.None, nil
	}
	rlockType.AddMethod("acquire", racquire)
	rlockType.AddMethod("__enter__", racquire)
	rlockType.AddMethod("release", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("release", args, kw); err != nil {
			return object.Null, err
		}
		return rrelease(self, args, kw)
	})
	rlockType.AddMethod("__exit__", rrelease)
	rlockType.AddMethod("_is_owned", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		r, err := rl(self)
		if err != nil {
			return object.Null, err
		}
		return object.Bool(r.count > 0 && r.owner == mainIdent()), nil
	})
	rlockType.AddMethod("_release_save", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		r, err := rl(self)
		if err != nil {
			return object.Null, err
		}
		if r.count == 0 {
			return object.Null, object.Errorf(object.RuntimeError, "cannot release un-acquired lock")
		}
		state := object.TupleValue(object.Int(r.count), object.Int(r.owner))
		r.count, r.owner = 0, 0
		return state, nil
	})
	rlockType.AddMethod("_acquire_restore", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		r, err := rl(self)
		if err != nil {
			return object.Null, err
		}
		if err := object.ExactlyOne("_acquire_restore", args, kw); err != nil {
			return object.Null, err
		}
		t, ok := object.Unwrap(args[0]).Object().(*object.Tuple)
		if !ok || len(t.Items) != 2 {
			return object.Null, object.Errorf(object.TypeError, "_acquire_restore() argument 1 must be 2-item sequence, not %s", object.TypeOf(args[0]).Name)
		}
		count, err := cLongArg(t.Items[0])
		if err != nil {
			return object.Null, err
		}
		owner, err := cLongArg(t.Items[1])
		if err != nil {
			return object.Null, err
		}
		if _, err := waitUntil(in, -1, func() bool { return r.count == 0 }); err != nil {
			return object.Null, err
		}
		r.count, r.owner = count, owner
		return object.None, nil
	})
	rlockType.AddMethod("_at_fork_reinit", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		r, err := rl(self)
		if err != nil {
			return object.Null, err
		}
		r.count, r.owner = 0, 0
		return object.None, nil
	})

	return rlockType
}
