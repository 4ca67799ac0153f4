package vm

import (
	"sync/atomic"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/opcache"
)

// The LOAD_GLOBAL cache lives in package opcache; the VM calls
// opcache.Enter each time a frame starts or resumes (CPython 3.9 counts
// co_opcache_flag there and builds the cache on the entry that reaches the
// threshold, so that run already uses it), Hit/Load at each LOAD_GLOBAL
// whose globals and builtins are exact dicts, and Generic otherwise.

type opcacheState struct {
	rt *opcache.Runtime
}

func (in *Interp) initOpcache() {
	st, err := opcache.ParseStrategy(in.opts.Opcache)
	if err != nil {
		st, _ = opcache.ParseStrategy("")
	}
	in.opcache.rt = opcache.NewRuntime(st, in.opts.OpcacheMinRuns)
	in.opcache.rt.SetCountLoops(in.opts.OpcacheCountLoops)
}

// OpcacheStats returns the LOAD_GLOBAL cache statistics of this interpreter.
func (in *Interp) OpcacheStats() opcache.Stats { return in.opcache.rt.Stats() }

// opcacheEnter is the frame-entry hook.
func (in *Interp) opcacheEnter(f *Frame) {
	c := opcache.Enter(in.opcache.rt, &f.Code.Cache, f.Code.Code)
	if c.Runs == 1 {
		// A new cache: name its code object for --opcache-stats.
		c.Name, c.Filename, c.Line = f.Code.Qualname, f.Code.Filename, f.Code.Firstlineno
	}
	f.oc = c
	if f.Code.Exec == nil {
		f.Code.Exec = code.Quicken(f.Code.Code)
	}
	if f.Code.AttrCaches == nil {
		// Allocated here, where every code object is first entered, so
		// that the attribute instructions index them without a check.
		in.newAttrCaches(f.Code)
	}
}

// loadGlobalSlow is LOAD_GLOBAL after a failed cache hit: the cache's Load
// when both namespaces are exact dicts, else the mapping protocol.
func (f *Frame) loadGlobalSlow(i, pc int) (object.Value, error) {
	if f.exactDicts {
		v, found, err := f.oc.Load(pc, f.Code.NameValues[i], f.Globals, f.Builtins)
		if err != nil {
			return object.Null, err
		}
		if !found {
			return object.Null, nameError(f.Code.Names[i])
		}
		return v, nil
	}
	f.oc.Generic(pc)
	return f.loadGlobalPlain(i)
}

// Eval-breaker requests (bits of Interp.breaker), checked at loop
// back-edges, frame entries and returns from built-in calls, like
// CPython's eval_breaker (whose check follows every CALL).
const (
	breakSample    = 1
	breakInterrupt = 2 // a signal is pending (see signals.go)
)

// RequestSample asks the eval loop to call Options.Sampler at the next
// back-edge or function entry (safe from any goroutine).
func (in *Interp) RequestSample() { in.setBreak(breakSample) }

// Interrupt delivers SIGINT: the running code raises KeyboardInterrupt
// (or runs the Python handler of SIGINT) at the next back-edge or function
// entry, or at once in an interruptible blocking call (for a SIGINT
// handler; safe from any goroutine).
func (in *Interp) Interrupt() { in.TripSignal(sigint) }

func (in *Interp) setBreak(bit int32) {
	for {
		old := atomic.LoadInt32(&in.breaker)
		if atomic.CompareAndSwapInt32(&in.breaker, old, old|bit) {
			return
		}
	}
}

// breakIn serves the eval breaker at instruction pc of frame f: it runs
// the sampler and the handlers of pending signals.
func (in *Interp) breakIn(f *Frame, pc int) error {
	bits := atomic.SwapInt32(&in.breaker, 0)
	if in.prof.p != nil {
		in.setBreak(breakProfile) // stays set while profiling (profile.go)
	}
	if pc < len(f.Code.Code) {
		// A sampler, a pending call, a signal handler's frame argument or
		// a goroutine that inspects the frames while this one yields the
		// execution lock reports this frame's line.
		f.Lasti = pc
	}
	if bits&breakSample != 0 && in.opts.Sampler != nil && pc < len(f.Code.Code) {
		in.opts.Sampler(&Sample{Frame: f, Op: f.Code.Code[pc].Op(), Native: in.native})
	}
	if bits&breakLife != 0 {
		in.runPending(false)
	}
	if bits&breakHandoff != 0 {
		in.yieldLock()
	}
	if bits&breakControl != 0 {
		if err := in.serveControl(); err != nil {
			return err
		}
	}
	if bits&breakInterrupt != 0 {
		return in.CheckSignals()
	}
	return nil
}

// Kinds of attribute instruction, the second index of Frame.attrCache.
const (
	attrLoad = iota
	attrMethod
	attrStore
)

// attrCache returns the inline cache of the attribute instruction of the
// given kind on name i (see object.AttrCache).
func (f *Frame) attrCache(i, kind int) *object.AttrCache {
	return &f.Code.AttrCaches[3*i+kind]
}

func (in *Interp) newAttrCaches(co *code.Code) []object.AttrCache {
	co.AttrCaches = make([]object.AttrCache, 3*len(co.Names))
	in.attrCodes = append(in.attrCodes, co)
	return co.AttrCaches
}

// SuperMethodCalls returns how many super().m() calls found m without
// making a super object (superMethod), for --opcache-stats.
func (in *Interp) SuperMethodCalls() uint64 { return in.superFast }

// AttrCacheStats sums the attribute inline caches of every code object
// this interpreter ran: instruction sites used, hits and misses.
func (in *Interp) AttrCacheStats() (sites int, hits, misses uint64) {
	for _, co := range in.attrCodes {
		for i := range co.AttrCaches {
			c := &co.AttrCaches[i]
			if c.Hits+c.Misses > 0 {
				sites++
				hits += uint64(c.Hits)
				misses += uint64(c.Misses)
			}
		}
	}
	return sites, hits, misses
}
