package vm

import (
	"sync/atomic"

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
}

// OpcacheStats returns the LOAD_GLOBAL cache statistics of this interpreter.
func (in *Interp) OpcacheStats() opcache.Stats { return in.opcache.rt.Stats() }

// opcacheEnter is the frame-entry hook.
func (in *Interp) opcacheEnter(f *Frame) {
	f.oc = opcache.Enter(in.opcache.rt, &f.Code.Cache, f.Code.Code)
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

// RequestSample asks the eval loop to call Options.Sampler at the next
// back-edge or function entry (an eval breaker; safe from any goroutine).
func (in *Interp) RequestSample() { atomic.StoreInt32(&in.sampleFlag, 1) }

// sample runs the sampler for frame f at its current instruction.
func (in *Interp) sample(f *Frame, pc int) {
	atomic.StoreInt32(&in.sampleFlag, 0)
	if in.opts.Sampler != nil {
		f.Lasti = pc
		in.opts.Sampler(f, f.Code.Code[pc].Op())
	}
}
