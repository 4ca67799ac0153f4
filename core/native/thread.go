package native

import (
	"fmt"
	"math"
	"sync"
	"time"
	"weak"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// The _thread module. A thread is a goroutine that runs Python code
// under the VM's execution lock, as CPython's threads run under its GIL
// (vm.Interp.StartThread): locks block with the execution lock released,
// so the thread that will release them runs; re-entrant locks have owners
// and counts; _local keeps one __dict__ per thread.

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
	wake   lockWake
}

// lockWake wakes the threads waiting for a lock when it is released. It
// is touched only under the execution lock.
type lockWake struct{ ch chan struct{} }

// wait is the channel a waiter blocks on (made on first use).
func (w *lockWake) wait() <-chan struct{} {
	if w.ch == nil {
		w.ch = make(chan struct{})
	}
	return w.ch
}

// broadcast wakes every waiter; each checks the lock again.
func (w *lockWake) broadcast() {
	if w.ch != nil {
		close(w.ch)
		w.ch = nil
	}
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
	wake  lockWake
}

// Type returns _thread.RLock.
func (r *rlock) Type() *object.Type { return r.typ }

// mainIdent is the ident of the main thread: the process id on Linux
// (what get_native_id gives for it in CPython). It is read once: pyvar
// never forks, and a getpid system call per RLock.acquire or
// threading.get_ident (2.5 us each in a sandbox that traps system calls)
// made logging four times slower than CPython, which asks pthread_self.
func mainIdent() int64 { return processID() }

// threadIdent is the running thread's ident (threading.get_ident).
func threadIdent(in *vm.Interp) int64 { return in.CurrentThread().Ident() }

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
// never), with the execution lock released so that other threads run; it
// wakes when wake is broadcast (the lock was released) and, in the main
// thread, runs signal handlers as signals arrive (a handler may make
// ready() true too). It reports whether ready() held.
func waitUntil(in *vm.Interp, timeout time.Duration, wake *lockWake, ready func() bool) (bool, error) {
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
	var signals <-chan struct{}
	if in.CurrentThread().IsMain() {
		signals = in.SignalWake() // signal handlers run in the main thread only
	}
	for !ready() {
		// Other threads and interpreters run while this one waits.
		timedOut := false
		released := wake.wait()
		in.BlockingCall(func() {
			select {
			case <-deadline:
				timedOut = true
			case <-signals:
			case <-released:
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
	for _, name := range []string{"allocate_lock", "allocate"} {
		noargs(name, func() (object.Value, error) { return newLock(), nil })
	}
	// _set_sentinel's lock is released when the running thread ends
	// (threading's Thread.join waits for it).
	noargs("_set_sentinel", func() (object.Value, error) {
		l := &threadLock{in: in}
		in.CurrentThread().AtExit(func() {
			if l.locked {
				l.locked = false
				l.wake.broadcast()
			}
		})
		return object.FromObject(l), nil
	})
	noargs("get_ident", func() (object.Value, error) { return object.Int(threadIdent(in)), nil })
	noargs("get_native_id", func() (object.Value, error) { return object.Int(threadIdent(in)), nil })
	noargs("_count", func() (object.Value, error) { return object.Int(int64(len(in.Threads()) - 1)), nil })
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
			fn := args[0]
			fargs := object.Unwrap(args[1]).Object().(*object.Tuple).Items
			var kwargs object.Value
			if len(args) == 3 {
				kwargs = args[2]
			}
			if in.Finalizing() {
				return object.Null, object.Errorf(object.RuntimeError, "can't create new thread at interpreter shutdown")
			}
			t := in.StartThread(func() error {
				_, err := callArgsKwargs(fn, fargs, kwargs)
				return err
			}, func(err error) {
				in.WriteUnraisable(err, "Exception ignored in thread started by", fn)
			})
			return object.Int(t.Ident()), nil
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
	name := fmt.Sprint(threadIdent(in))
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
	lockType.SetWeakrefable() // CPython's locks, RLocks and _locals have a weak-reference list
	localType.SetWeakrefable()
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
		ok, err := waitUntil(l.in, timeout, &l.wake, func() bool { return !l.locked })
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
		l.wake.broadcast()
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
		l := lock(self)
		l.locked = false
		l.wake.broadcast()
		return object.None, nil
	})

	// _local: an object whose __dict__ is the running thread's.
	localType.SetHasDict()
	localType.SetNew(func(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
		if len(args) > 0 && (t == localType || t.LookupString("__init__").Is(object.ObjectType.LookupString("__init__"))) {
			return object.Null, object.Errorf(object.TypeError, "Initialization arguments are not supported")
		}
		st := &localState{dicts: map[*vm.Thread]*object.Dict{}, args: append([]object.Value(nil), args...), kw: kw}
		self := object.WrapBuiltin(t, object.FromObject(st))
		if !t.Heap {
			self = object.FromObject(object.NewBuiltinInstance(t, object.FromObject(st)))
		}
		d := object.NewDict(0)
		self.Object().(*object.Instance).SetInstanceDict(d)
		if in := vm.Current(); in != nil {
			th := in.CurrentThread()
			st.dicts[th] = d
			st.forgetAtExit(th)
		}
		return self, nil
	}, nil)
	// The exact type reads and writes through GetAttro/SetAttro; a
	// subclass finds the slots below on its MRO.
	localType.GetAttro = func(v object.Value, name *object.Str) (object.Value, error) {
		if _, err := localAttrArgs("__getattribute__", v, []object.Value{object.FromObject(name)}, nil, 1); err != nil {
			return object.Null, err
		}
		return object.GenericGetAttr(v, name)
	}
	localType.SetAttro = func(v object.Value, name *object.Str, val object.Value) error {
		if _, err := localAttrArgs("__setattr__", v, []object.Value{object.FromObject(name), val}, nil, 2); err != nil {
			return err
		}
		if name.S == "__dict__" {
			return object.Errorf(object.AttributeError, "'%s' object attribute '__dict__' is read-only", object.TypeOf(v).Name)
		}
		return object.GenericSetAttr(v, name, val)
	}
	localType.AddSlot("__getattribute__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		name, err := localAttrArgs("__getattribute__", self, args, kw, 1)
		if err != nil {
			return object.Null, err
		}
		return object.GenericGetAttr(self, name)
	})
	localType.AddSlot("__setattr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		name, err := localAttrArgs("__setattr__", self, args, kw, 2)
		if err != nil {
			return object.Null, err
		}
		if name.S == "__dict__" {
			return object.Null, object.Errorf(object.AttributeError, "'%s' object attribute '__dict__' is read-only", object.TypeOf(self).Name)
		}
		return object.None, object.GenericSetAttr(self, name, args[1])
	})
	localType.AddSlot("__delattr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		name, err := localAttrArgs("__delattr__", self, args, kw, 1)
		if err != nil {
			return object.Null, err
		}
		if name.S == "__dict__" {
			return object.Null, object.Errorf(object.AttributeError, "'%s' object attribute '__dict__' is read-only", object.TypeOf(self).Name)
		}
		return object.None, object.GenericSetAttr(self, name, object.Null)
	})
}

// localState is a _local's dicts, one per thread that used it, and the
// arguments it was made with (__init__ runs with them in each new
// thread, as in CPython): the built-in payload of the instance, so that
// nothing else keeps them alive.
type localState struct {
	dicts map[*vm.Thread]*object.Dict
	args  []object.Value
	kw    []string
}

// Type returns _thread._local.
func (st *localState) Type() *object.Type { return localType }

// forgetAtExit drops the thread's dict when the thread ends.
func (st *localState) forgetAtExit(th *vm.Thread) {
	// Weakly: a thread that outlives the _local (the main thread, a
	// pool's worker) must not keep it and what its dicts hold alive.
	wp := weak.Make(st)
	th.AtExit(func() {
		if st := wp.Value(); st != nil {
			delete(st.dicts, th)
		}
	})
}

// localAttrArgs checks an attribute slot's arguments (the name and, for
// __setattr__, the value) and makes the running thread's dict the
// instance's __dict__, running __init__ first in a thread new to it.
func localAttrArgs(fname string, self object.Value, args []object.Value, kw []string, n int) (*object.Str, error) {
	if len(kw) > 0 || len(args) != n {
		return nil, object.Errorf(object.TypeError, "expected %d argument%s, got %d", n, plural(n), len(args))
	}
	name, ok := args[0].Object().(*object.Str)
	if !ok {
		return nil, object.Errorf(object.TypeError, "attribute name must be string, not '%s'", object.TypeOf(args[0]).Name)
	}
	inst, ok := self.Object().(*object.Instance)
	if !ok {
		return name, nil
	}
	st, _ := inst.Builtin().Object().(*localState)
	in := vm.Current()
	if st == nil || in == nil {
		return name, nil
	}
	th := in.CurrentThread()
	if d := st.dicts[th]; d != nil {
		inst.SetInstanceDict(d)
		return name, nil
	}
	d := object.NewDict(0)
	st.dicts[th] = d
	st.forgetAtExit(th)
	inst.SetInstanceDict(d)
	if init := object.TypeOf(self).LookupString("__init__"); !init.Is(object.ObjectType.LookupString("__init__")) {
		if _, err := object.CallMethodValue(init, self, append([]object.Value(nil), st.args...), st.kw); err != nil {
			return nil, err
		}
		// Another thread may have used the object while __init__ ran
		// (a thread switch inside it): make this thread's dict current
		// again.
		inst.SetInstanceDict(d)
	}
	return name, nil
}

// newRLockType makes _thread.RLock for one interpreter: its locks wait
// on that interpreter's signals.
func newRLockType(in *vm.Interp) *object.Type {
	rlockType := object.NewBaseType("_thread.RLock", nil)
	rlockType.Qualname = "RLock"
	rlockType.SetWeakrefable()
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
		me := threadIdent(in)
		if r.count > 0 && r.owner == me {
			if r.count == math.MaxInt64 {
				return object.Null, object.Errorf(object.OverflowError, "Internal lock count overflowed")
			}
			r.count++
			return object.True, nil
		}
		ok, err := waitUntil(in, timeout, &r.wake, func() bool { return r.count == 0 })
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
		if r.count == 0 || r.owner != threadIdent(in) {
			return object.Null, object.Errorf(object.RuntimeError, "cannot release un-acquired lock")
		}
		r.count--
		if r.count == 0 {
			r.owner = 0
			r.wake.broadcast()
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
		return object.Bool(r.count > 0 && r.owner == threadIdent(in)), nil
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
		r.wake.broadcast()
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
		if _, err := waitUntil(in, -1, &r.wake, func() bool { return r.count == 0 }); err != nil {
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

// callArgsKwargs calls fn(*args, **kwargs) (kwargs a dict or Null).
func callArgsKwargs(fn object.Value, args []object.Value, kwargs object.Value) (object.Value, error) {
	d, _ := object.Unwrap(kwargs).Object().(*object.Dict)
	if d == nil || d.Len() == 0 {
		return object.Call(fn, append([]object.Value(nil), args...), nil)
	}
	all := append(make([]object.Value, 0, len(args)+d.Len()), args...)
	var names []string
	for _, k := range d.Keys() {
		s, ok := k.Object().(*object.Str)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "keywords must be strings")
		}
		v, _, err := d.Get(k)
		if err != nil {
			return object.Null, err
		}
		all = append(all, v)
		names = append(names, s.S)
	}
	return object.Call(fn, all, names)
}
