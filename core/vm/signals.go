package vm

import (
	"sync/atomic"
	"time"

	"github.com/pyvar/pyvar/core/object"
)

// Signals reach Python code the way CPython's do: a Go goroutine (the C
// signal handler's stand-in) only records that a signal arrived and trips
// the eval breaker; the handlers run later on the interpreter's own
// goroutine, at the next back-edge or frame entry, or at once when a
// blocking call (time.sleep, a lock, select) wakes on SignalWake and calls
// CheckSignals, as PyErr_CheckSignals does in C.

// NSig is one more than the highest signal number (Linux's _NSIG).
const NSig = 65

// signalState is the interpreter's share of the signal machinery.
type signalState struct {
	pending [NSig]atomic.Bool
	wake    chan struct{} // one token: some signal tripped since the last drain
	// handler runs the Python-level handler of sig (the _signal module's);
	// nil means the default: SIGINT raises KeyboardInterrupt, others are
	// dropped.
	handler func(sig int, frame object.Value) error
	// Signals a native module serves on its own goroutine (faulthandler's
	// dumps): how many subscribe, and how many times each was served.
	watchers [NSig]atomic.Int32
	served   [NSig]atomic.Uint64
}

// WatchSignal records that a native module's goroutine serves sig
// (on) or no longer does, so that a kill() of the process itself waits for
// it (AwaitServed), as CPython's C handlers finish before kill returns.
func (in *Interp) WatchSignal(sig int, on bool) {
	if sig <= 0 || sig >= NSig {
		return
	}
	if on {
		in.signals.watchers[sig].Add(1)
	} else {
		in.signals.watchers[sig].Add(-1)
	}
}

// SignalServed is called by a watcher's goroutine when it has served sig.
func (in *Interp) SignalServed(sig int) {
	if sig > 0 && sig < NSig {
		in.signals.served[sig].Add(1)
	}
}

// ServedCount is how many times sig was served, 0 when no native module
// watches it (then there is nothing to wait for).
func (in *Interp) ServedCount(sig int) (n uint64, watched bool) {
	if sig <= 0 || sig >= NSig || in.signals.watchers[sig].Load() <= 0 {
		return 0, false
	}
	return in.signals.served[sig].Load(), true
}

// AwaitServed waits, without the execution lock, until sig has been
// served more than before times, or wait has passed.
func (in *Interp) AwaitServed(sig int, before uint64, wait time.Duration) {
	in.BlockingCall(func() {
		for deadline := time.Now().Add(wait); in.signals.served[sig].Load() == before && time.Now().Before(deadline); {
			time.Sleep(50 * time.Microsecond)
		}
	})
}

const sigint = 2

// TripSignal records that signal sig arrived and asks the interpreter to
// run its handler soon; it is safe from any goroutine. Signals out of
// range are ignored.
func (in *Interp) TripSignal(sig int) {
	if sig <= 0 || sig >= NSig {
		return
	}
	in.signals.pending[sig].Store(true)
	in.setBreak(breakInterrupt)
	select {
	case in.signals.wake <- struct{}{}:
	default:
	}
}

// SignalWake returns a channel that receives a token when a signal trips:
// a blocking call selects on it beside its own event and then calls
// CheckSignals (a token may be stale; CheckSignals then does nothing).
func (in *Interp) SignalWake() <-chan struct{} { return in.signals.wake }

// SignalPending reports whether signal sig arrived and its handler has
// not run yet (a native kill() to the process itself waits for its own
// signal to arrive this way before it runs the handler).
func (in *Interp) SignalPending(sig int) bool {
	return sig > 0 && sig < NSig && in.signals.pending[sig].Load()
}

// SetSignalHandler installs the function that runs a tripped signal's
// Python handler (the _signal module does this at import); nil restores
// the default behaviour.
func (in *Interp) SetSignalHandler(fn func(sig int, frame object.Value) error) {
	in.signals.handler = fn
}

// CheckSignals runs the handlers of the signals that arrived since the
// last check, on the calling (interpreter) goroutine, and returns the
// first exception one of them raised; the signals after it stay pending,
// as in CPython. Long-running Go code calls it to stay interruptible.
func (in *Interp) CheckSignals() error {
	if err := in.cancelled(); err != nil {
		return err
	}
	if in.thread != in.main {
		// Handlers run in the main thread only; the breaker stays set
		// for it while signals wait.
		for sig := 1; sig < NSig; sig++ {
			if in.signals.pending[sig].Load() {
				in.setBreak(breakInterrupt)
				break
			}
		}
		return nil
	}
	for sig := 1; sig < NSig; sig++ {
		if !in.signals.pending[sig].Swap(false) {
			continue
		}
		if err := in.runSignalHandler(sig); err != nil {
			// Leave the breaker set if more signals wait.
			for s := sig + 1; s < NSig; s++ {
				if in.signals.pending[s].Load() {
					in.setBreak(breakInterrupt)
					break
				}
			}
			return err
		}
	}
	return nil
}

func (in *Interp) runSignalHandler(sig int) error {
	if in.signals.handler == nil {
		if sig == sigint {
			return object.NewException(object.KeyboardInterrupt)
		}
		return nil
	}
	frame := object.None
	if f := in.frame; f != nil {
		for g := f; g != nil; g = g.Back {
			g.pin()
		}
		frame = object.FromObject(f)
	}
	return in.signals.handler(sig, frame)
}
