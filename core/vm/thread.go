package vm

import (
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/pyvar/pyvar/core/object"
)

// Python threads.
//
// A thread of an interpreter is a goroutine that runs Python code under
// the execution lock (gil.go), as CPython's threads run under its GIL.
// What belongs to one thread (its frames, the exception it handles, its
// contextvars context, its trace and profile functions, its recursion
// counter) lives in the Interp's threadVars and package object's
// ThreadLocal while that thread holds the lock; when another thread of the
// same interpreter takes the lock, acquireAs saves them into the thread
// that ran last and loads the new one's. The swap is lazy: a thread that
// lets the lock go and takes it back with nobody in between swaps nothing.
// The lock changes hands at the switch interval (sys.setswitchinterval),
// in blocking calls (time.sleep, lock waits, I/O) and when a thread ends.

// threadVars are the fields of an Interp that belong to the running
// thread.
type threadVars struct {
	frame   *Frame
	excInfo *excItem // the exception being handled (sys.exc_info), a stack
	// Context is the thread's contextvars.Context (CPython's
	// tstate->context): Null until _contextvars first needs one, which
	// owns what it holds.
	Context                object.Value
	traceFunc, profileFunc object.Value // what sys.settrace/setprofile stored (the trace function is never called)
	thrown                 bool         // the error eval is given was thrown into a generator: already chained
	warnBusy               bool         // WarnExplicit is running (no warnings about warnings)
	// native are the built-in calls in progress, kept only while a
	// Sampler is installed (see Sample).
	native []NativeCall
}

// Thread is one Python thread of an interpreter.
type Thread struct {
	in    *Interp
	ident int64 // threading.get_ident()
	vars  threadVars
	local object.ThreadLocal
	// excBase is the bottom of the thread's exception stack (nothing
	// being handled).
	excBase excItem
	// goid is the goroutine that runs the thread (0 for the main thread,
	// which runs on whichever goroutine calls into the interpreter).
	goid int64
	// done is closed when the thread has finished.
	done chan struct{}
	// holds is whether this thread holds the execution lock, for protect
	// to tell a nested call from one that must wait (atomic: other
	// goroutines of the interpreter read it).
	holds atomic.Bool
	// waitingFor is the module whose import by another thread this one
	// waits for (waitForInit), for the deadlock check.
	waitingFor *object.Module
	// atExit are run (holding the lock) when the thread finishes: the
	// _thread module releases the thread's sentinel locks and drops its
	// thread-local data.
	atExit []func()
}

// nextIdent numbers threads after the main thread (whose ident is the
// process id, as CPython's get_native_id gives on Linux).
var nextIdent atomic.Int64

// mainThreadIdent is the main thread's ident: the process id (what
// CPython's get_native_id gives the main thread on Linux), read once.
var mainThreadIdent = sync.OnceValue(func() int64 { return int64(os.Getpid()) })

func (in *Interp) newThread() *Thread {
	t := &Thread{in: in, done: make(chan struct{})}
	t.excBase.exc = object.None
	t.vars.excInfo = &t.excBase
	t.vars.Context = object.Null
	return t
}

// Ident is the thread's identifier (threading.get_ident).
func (t *Thread) Ident() int64 { return t.ident }

// SetIdent sets the thread's identifier (the _thread module numbers them).
func (t *Thread) SetIdent(id int64) { t.ident = id }

// Done is closed when the thread has finished.
func (t *Thread) Done() <-chan struct{} { return t.done }

// AtExit registers fn to run when the thread finishes, holding the lock.
func (t *Thread) AtExit(fn func()) { t.atExit = append(t.atExit, fn) }

// IsMain reports whether t is its interpreter's main thread.
func (t *Thread) IsMain() bool { return t == t.in.main }

// CurrentThread is the thread running code (the caller's, when called
// from code holding the lock).
func (in *Interp) CurrentThread() *Thread { return in.thread }

// MainThread is the interpreter's main thread.
func (in *Interp) MainThread() *Thread { return in.main }

// Threads returns the interpreter's threads alive, the main thread first.
func (in *Interp) Threads() []*Thread {
	threadsMu.Lock()
	defer threadsMu.Unlock()
	return append([]*Thread(nil), in.threads...)
}

// switchTo makes t the thread whose state is loaded, saving the state of
// the one that ran before. The caller holds the lock and has loaded
// package object's state (object.LoadThreadState) of the interpreter.
func (in *Interp) switchTo(t *Thread) {
	old := in.thread
	if old == t {
		return
	}
	old.vars = in.threadVars
	object.SaveThreadState(&in.ts)
	old.local = in.ts.ThreadLocal
	in.ts.ThreadLocal = t.local
	object.LoadThreadState(&in.ts)
	in.threadVars = t.vars
	in.thread = t
}

// StartThread runs fn on a new thread of the interpreter: a goroutine that
// takes the execution lock as that thread and calls fn. fn's error is the
// thread's uncaught exception: report is called with it (still holding the
// lock) unless it is a SystemExit, which ends a thread quietly. A Go panic
// in fn becomes a SystemError given to report. The caller holds the lock;
// the new thread runs once the caller lets it go.
func (in *Interp) StartThread(fn func() error, report func(error)) *Thread {
	t := in.newThread()
	t.ident = nextIdent.Add(1) + 1<<32
	threadsMu.Lock()
	in.threads = append(in.threads, t)
	threadsMu.Unlock()
	started := make(chan struct{})
	go func() {
		t.goid = goroutineID()
		close(started)
		in.acquireAs(t)
		if in.life.shutdown {
			in.release()
			return
		}
		err := in.runThread(fn)
		if err != nil && !object.ExceptionMatches(err, object.SystemExit) {
			in.runThread(func() error { report(err); return nil })
		}
		in.finishThread(t)
		in.release()
		close(t.done)
	}()
	<-started
	return t
}

// runThread calls fn as the body of a thread, turning a Go panic into a
// SystemError.
func (in *Interp) runThread(fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = object.Errorf(object.SystemError, "internal error in a thread: %v", p)
		}
	}()
	return fn()
}

// finishThread runs t's exit functions and forgets it.
func (in *Interp) finishThread(t *Thread) {
	for _, fn := range t.atExit {
		in.runThread(func() error { fn(); return nil })
	}
	t.atExit = nil
	threadsMu.Lock()
	for i, u := range in.threads {
		if u == t {
			in.threads = append(in.threads[:i], in.threads[i+1:]...)
			break
		}
	}
	threadsMu.Unlock()
}

// goroutineID is the calling goroutine's number, read from its stack
// trace's first line ("goroutine 18 [running]:"). It costs about a
// microsecond; only the lock's entry points (protect) ask it.
func goroutineID() int64 {
	var buf [40]byte
	n := runtime.Stack(buf[:], false)
	b := buf[:n]
	const prefix = "goroutine "
	if len(b) < len(prefix) {
		return -1
	}
	b = b[len(prefix):]
	i := 0
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	id, err := strconv.ParseInt(string(b[:i]), 10, 64)
	if err != nil {
		return -1
	}
	return id
}

// callerThread is the thread of in that the calling goroutine runs, or
// nil when it runs none of in's threads but the main one (whose
// goroutine is whichever calls into the interpreter).
func (in *Interp) callerThread() *Thread {
	threadsMu.Lock()
	defer threadsMu.Unlock()
	if len(in.threads) <= 1 {
		return nil
	}
	id := goroutineID()
	for _, t := range in.threads {
		if t.goid == id && t.goid != 0 {
			return t
		}
	}
	return nil
}

// threadsMu guards nothing of Python's: it orders the reads of
// in.threads by goroutines not holding the lock (callerThread from
// protect) against StartThread and finishThread.
var threadsMu sync.Mutex

// Finalizing reports whether the interpreter is shutting down
// (sys.is_finalizing).
func (in *Interp) Finalizing() bool { return in.finalizing }

// waitForThreads is CPython's wait_for_thread_shutdown: when threading was
// imported, threading._shutdown() waits for the threads that are not
// daemons. An exception it raises is reported as unraisable.
func (in *Interp) waitForThreads() {
	m, ok, _ := in.Modules.Get(object.FromObject(object.Intern("threading")))
	if !ok {
		return
	}
	fn, err := object.GetAttrString(m, "_shutdown")
	if err != nil {
		return
	}
	if _, err := object.Call(fn, nil, nil); err != nil {
		in.WriteUnraisable(err, "", fn)
	}
}
