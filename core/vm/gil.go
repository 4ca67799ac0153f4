package vm

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"time"

	"github.com/pyvar/pyvar/core/object"
)

// The execution lock.
//
// Package object keeps the running interpreter's thread state (the
// recursion counter, the repr guard, the codec registry, ...) in
// package-level variables, and built-in types and interned strings are
// shared by every interpreter of the process. So that any number of
// interpreters can live in one process and be used from any number of
// goroutines, Python code runs under one process-wide execution lock, as
// CPython's interpreters share its GIL: an interpreter takes it when it
// starts running code (protect), loads its thread state into package
// object's variables (object.LoadThreadState), and saves them back when
// it lets go (object.SaveThreadState).
//
// The lock is handed over, as CPython's GIL is:
//   - periodically: an interpreter that has waited a switch interval
//     (sys.getswitchinterval, 5 ms) trips the holder's eval breaker, and
//     the holder yields at its next back-edge, function entry or Poll;
//   - around blocking calls: time.sleep and the Go functions an embedder
//     registers run without it (BlockingCall).
//
// The cost: one uncontended channel operation and a few stores when a run
// starts and ends (about 100 ns), nothing per instruction; interpreters in
// different goroutines do not run Python code in parallel. An Interp
// itself must be used by one goroutine at a time (its methods that run
// code are not reentrant from other goroutines); Interrupt, Cancel and
// RequestSample are safe from any goroutine.

// execToken is the lock: whoever received the one token holds it.
var execToken = func() chan struct{} {
	c := make(chan struct{}, 1)
	c <- struct{}{}
	return c
}()

// lockHolder is the interpreter holding the lock, for a waiter to ask it
// to yield.
var lockHolder atomic.Pointer[Interp]

// Eval-breaker bits of the execution lock and of run control.
const (
	breakHandoff = 8  // another interpreter waits for the execution lock
	breakControl = 16 // cancelled, or a step or memory budget is being counted
)

// acquire takes the execution lock for in's main thread.
func (in *Interp) acquire() { in.acquireAs(in.main) }

// acquireAs takes the execution lock for thread t of in and loads its
// thread state.
func (in *Interp) acquireAs(t *Thread) {
	select {
	case <-execToken:
	default:
		timer := time.NewTimer(in.switchDuration())
		select {
		case <-execToken:
			timer.Stop()
		case <-timer.C:
			if h := lockHolder.Load(); h != nil {
				h.setBreak(breakHandoff)
			}
			<-execToken
		}
	}
	if t != in.main && in.life != nil && in.life.shutdown {
		// A daemon thread after the interpreter shut down stops here,
		// as CPython's exit in PyEval_RestoreThread.
		execToken <- struct{}{}
		runtime.Goexit()
	}
	lockHolder.Store(in)
	in.held = true
	object.LoadThreadState(&in.ts)
	in.switchTo(t)
	t.holds.Store(true)
	object.CurrentModuleName = in.curModuleName
	object.ImportModule = in.importAbsFn
	lastInterp.Store(in)
	current = in
}

// release saves in's thread state and lets the execution lock go.
func (in *Interp) release() {
	in.thread.holds.Store(false)
	object.SaveThreadState(&in.ts)
	current = nil
	in.held = false
	lockHolder.Store(nil)
	execToken <- struct{}{}
}

func (in *Interp) switchDuration() time.Duration {
	d := time.Duration(in.switchInterval * float64(time.Second))
	if d <= 0 {
		d = 5 * time.Millisecond
	}
	return d
}

// yieldLock lets a waiting interpreter run, then takes the lock back.
func (in *Interp) yieldLock() {
	if !in.held {
		return
	}
	prev, t := current, in.thread
	in.release()
	runtime.Gosched()
	in.acquireAs(t)
	current = prev
}

// BlockingCall runs fn without the execution lock, so that other
// interpreters run while fn blocks (a sleep, I/O, an embedder's Go
// function). fn must not touch Python objects other interpreters could
// reach, nor package object's running state; it may run code in this or
// another interpreter through their own entry points. Called without the
// lock (no code running), it just calls fn.
func (in *Interp) BlockingCall(fn func()) {
	if !in.held {
		fn()
		return
	}
	prev, t := current, in.thread
	in.release()
	defer func() {
		in.acquireAs(t)
		current = prev
	}()
	fn()
}

// Inspect runs fn on the calling goroutine, which is not in's, while in
// runs no Python code: it takes the execution lock, asking its holder to
// yield at its next back-edge or function entry, so fn sees in's frames
// (innermost first) at a consistent point. fn may read frames, line numbers
// and code objects and write to file descriptors; it must not run code or
// change objects. It waits at most wait for the lock; when the holder does
// not yield in time (a long built-in call), fn gets nil and timedOut.
// faulthandler's watchdog and user signals print tracebacks through it, as
// CPython's read the thread states from their own threads.
func (in *Interp) Inspect(wait time.Duration, fn func(f *Frame, timedOut bool)) {
	select {
	case <-execToken:
	default:
		// The holder may yield and take the lock back before this
		// goroutine waits for it: ask again every millisecond.
		timer := time.NewTimer(wait)
		defer timer.Stop()
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
	wait:
		for {
			if h := lockHolder.Load(); h != nil {
				h.setBreak(breakHandoff)
			}
			select {
			case <-execToken:
				break wait
			case <-tick.C:
			case <-timer.C:
				fn(nil, true)
				return
			}
		}
	}
	defer func() { execToken <- struct{}{} }()
	fn(in.frame, false)
}

// Locked runs fn holding the execution lock with in's thread state
// loaded, for Go code that reads or builds Python objects of in (reprs,
// conversions) outside a run. A Go panic in fn becomes a SystemError.
func (in *Interp) Locked(fn func() error) error {
	_, err := in.protect(func() (object.Value, error) { return object.Null, fn() })
	return err
}

// control is an interpreter's run control: cancellation and the step and
// memory budgets (see SetStepLimit, SetMemoryLimit, Cancel).
type control struct {
	cancel    atomic.Pointer[error] // why the run is cancelled; nil: it is not
	steps     int64                 // checkpoints passed since the step limit was set
	stepLimit int64                 // 0: no limit
	memLimit  uint64                // 0: no limit (bytes of heap growth)
	memBase   uint64                // the heap when the limit was set
	memLive   uint64                // the heap after the last collection checkMemory made
	memTick   int
}

// ErrStepLimit is what a run that exhausted its step budget returns
// (wrapped; errors.Is finds it).
var ErrStepLimit = errors.New("step limit exceeded")

// sticky reports whether the control bit must stay set (a budget counts
// every checkpoint).
func (c *control) sticky() bool { return c.stepLimit > 0 || c.memLimit > 0 }

// Cancel stops the running code of in, from any goroutine: at its next
// back-edge, function entry or Poll in a long built-in operation (sorting,
// str * n, big-int arithmetic, regex matching), and at once in an
// interruptible blocking call, KeyboardInterrupt(why) is raised. Python
// code may see it (except, finally) but cannot go on: every checkpoint
// after it raises it again until ClearCancel. why (a context's Err) is
// what CancelErr reports.
func (in *Interp) Cancel(why error) {
	if why == nil {
		why = errors.New("cancelled")
	}
	in.ctl.cancel.Store(&why)
	in.setBreak(breakControl)
	select {
	case in.signals.wake <- struct{}{}:
	default:
	}
}

// CancelErr returns why the interpreter was cancelled, or nil.
func (in *Interp) CancelErr() error {
	if p := in.ctl.cancel.Load(); p != nil {
		return *p
	}
	return nil
}

// ClearCancel ends a cancellation and drops a pending Interrupt, so that
// neither reaches the next run.
func (in *Interp) ClearCancel() {
	in.ctl.cancel.Store(nil)
	in.signals.pending[sigint].Store(false)
	for {
		old := atomic.LoadInt32(&in.breaker)
		nb := old &^ breakInterrupt
		if !in.ctl.sticky() {
			nb &^= breakControl
		}
		if atomic.CompareAndSwapInt32(&in.breaker, old, nb) {
			break
		}
	}
	for {
		select {
		case <-in.signals.wake:
			continue
		default:
		}
		break
	}
}

// SetStepLimit limits the steps the interpreter takes from now on to n
// (0: no limit) and resets the count. A step is a checkpoint of the eval
// loop: a jump backwards (one loop iteration) or a frame entry (a call,
// a generator resumed); the code between two steps is straight-line, so
// the instructions run stay within n times the longest function's length.
// Past the limit, RuntimeError("step limit exceeded") is raised at every
// checkpoint. Counting costs about 10 ns per step while a limit is set.
func (in *Interp) SetStepLimit(n int64) {
	in.ctl.stepLimit, in.ctl.steps = n, 0
	in.armControl()
}

// Steps returns the steps counted since SetStepLimit (only while a step
// or memory limit is set).
func (in *Interp) Steps() int64 { return in.ctl.steps }

// SetMemoryLimit bounds the memory the interpreter's code may take to n
// bytes (0: no limit): one allocation a program sizes (bytes(n), s * n,
// [x] * n, big-int powers) larger than n raises MemoryError at once, and
// the Go heap's growth since this call is sampled every 256 steps (after
// a collection, to count only live objects) and raises MemoryError past n.
// The heap is the process's: with several interpreters running, their
// growth is counted together.
func (in *Interp) SetMemoryLimit(n int64) {
	if n < 0 {
		n = 0
	}
	in.ctl.memLimit, in.ctl.memBase, in.ctl.memLive = uint64(n), heapBytes(), 0
	in.ts.AllocLimit = uint64(n)
	if in.held {
		object.SetAllocLimit(uint64(n))
	}
	in.armControl()
}

func (in *Interp) armControl() {
	if in.ctl.sticky() {
		in.setBreak(breakControl)
	}
}

var heapSample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}

// heapBytes is the memory the Go heap's objects occupy (live or not yet
// swept).
func heapBytes() uint64 {
	metrics.Read(heapSample)
	if heapSample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return heapSample[0].Value.Uint64()
}

// serveControl runs at a checkpoint whose control bit was set: it raises
// the cancellation, counts a step, samples the heap.
func (in *Interp) serveControl() error {
	c := &in.ctl
	if err := in.cancelled(); err != nil {
		return err
	}
	if !c.sticky() {
		return nil
	}
	in.setBreak(breakControl)
	if c.stepLimit > 0 {
		c.steps++
		if c.steps > c.stepLimit {
			return object.Errorf(object.RuntimeError, "step limit exceeded (%d steps)", c.stepLimit)
		}
	}
	if c.memLimit > 0 {
		c.memTick++
		if c.memTick >= 256 {
			c.memTick = 0
			if err := in.checkMemory(); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkMemory raises MemoryError when the heap grew past the limit.
func (in *Interp) checkMemory() error {
	c := &in.ctl
	h := heapBytes()
	if h <= c.memBase || h-c.memBase <= c.memLimit || h < c.memLive+c.memLimit/4 {
		// Under the limit, or too little allocated since the last
		// collection found the live heap under it to be worth another.
		return nil
	}
	runtime.GC()
	h = heapBytes()
	c.memLive = h
	if h > c.memBase && h-c.memBase > c.memLimit {
		return object.Errorf(object.MemoryError, "memory limit of %d bytes exceeded", c.memLimit)
	}
	return nil
}

// cancelled returns the KeyboardInterrupt of a cancellation (and keeps the
// control bit set so that the next checkpoint raises it again), or nil.
func (in *Interp) cancelled() error {
	p := in.ctl.cancel.Load()
	if p == nil {
		return nil
	}
	in.setBreak(breakControl)
	return object.NewException(object.KeyboardInterrupt, object.NewStr(fmt.Sprint(*p)))
}

// poll is the interpreter's object.Poll: long built-in operations call it
// to yield the execution lock and to stop on a cancellation or an
// interrupt.
func (in *Interp) poll() error {
	b := atomic.LoadInt32(&in.breaker)
	if b&(breakHandoff|breakControl|breakInterrupt) == 0 {
		return nil
	}
	if b&breakHandoff != 0 {
		in.clearBreak(breakHandoff)
		in.yieldLock()
	}
	if b&breakControl != 0 {
		if err := in.cancelled(); err != nil {
			return err
		}
	}
	if b&breakInterrupt != 0 {
		return in.CheckSignals()
	}
	return nil
}

func (in *Interp) clearBreak(bit int32) {
	for {
		old := atomic.LoadInt32(&in.breaker)
		if old&bit == 0 || atomic.CompareAndSwapInt32(&in.breaker, old, old&^bit) {
			return
		}
	}
}

// breakPending reports whether an eval-breaker request is set. The
// breaker is set from other goroutines (Interrupt, Cancel, a waiter for
// the execution lock), so it is read atomically (a plain load on amd64
// and arm64).
func (in *Interp) breakPending() bool { return atomic.LoadInt32(&in.breaker) != 0 }
