package native

// gc: the interface to the collector. pyvar's memory is reclaimed by Go's
// collector, not by reference counts and generations; this module drives
// the VM's lifetime machinery (core/vm/lifecycle.go): collect() runs Go's
// collector and then, on the interpreter's goroutine, the __del__ methods,
// generator closes and weak-reference callbacks of what it freed, until
// nothing more dies. The introspection functions are approximations, each
// docstring says how.

import (
	"fmt"
	"runtime/metrics"
	"time"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

func init() { register("gc", newGCModule) }

const gcDoc = `This module provides access to the garbage collector for reference cycles.

enable() -- Enable automatic garbage collection.
disable() -- Disable automatic garbage collection.
isenabled() -- Returns true if automatic collection is enabled.
collect() -- Do a full collection right now.
get_count() -- Return the current collection counts.
get_stats() -- Return list of dictionaries containing per-generation stats.
set_debug() -- Set debugging flags.
get_debug() -- Get debugging flags.
set_threshold() -- Set the collection thresholds.
get_threshold() -- Return the current the collection thresholds.
get_objects() -- Return a list of all objects tracked by the collector.
is_tracked() -- Returns true if a given object is tracked.
is_finalized() -- Returns true if a given object has been already finalized.
get_referrers() -- Return the list of objects that refer to an object.
get_referents() -- Return the list of objects that an object refers to.
freeze() -- Freeze all tracked objects and ignore them for future collections.
unfreeze() -- Unfreeze all objects in the permanent generation.
get_freeze_count() -- Return the number of objects in the permanent generation.
`

// The gc.DEBUG_* flags.
const (
	gcDebugStats         = 1
	gcDebugCollectable   = 2
	gcDebugUncollectable = 4
	gcDebugSaveAll       = 32
	gcDebugLeak          = gcDebugCollectable | gcDebugUncollectable | gcDebugSaveAll
)

// gcState is one interpreter's gc module state.
type gcState struct {
	enabled     bool
	debug       int64
	threshold   [3]int64
	collections int64 // full collections run by collect()
	collected   int64 // objects they found dead
	frozen      int
	lastAllocs  uint64 // Go heap allocations at the last collect()
	lastCycles  uint64 // Go collections at the last collect()
	collecting  bool
}

func gcIntArg(fname string, v object.Value) (int64, error) {
	i, err := object.Index(v)
	if err != nil {
		return 0, err
	}
	n, ok := i.AsInt()
	if !ok || !i.IsInt() {
		return 0, object.Errorf(object.OverflowError, "Python int too large to convert to C int")
	}
	return n, nil
}

// gcMetrics reads the Go collector's counters: heap objects allocated and
// collections completed since the program started.
func gcMetrics() (allocs, cycles uint64) {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:objects"}, {Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	if s[0].Value.Kind() == metrics.KindUint64 {
		allocs = s[0].Value.Uint64()
	}
	if s[1].Value.Kind() == metrics.KindUint64 {
		cycles = s[1].Value.Uint64()
	}
	return allocs, cycles
}

func newGCModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("gc", gcDoc)
	st := &gcState{enabled: true, threshold: [3]int64{700, 10, 10}}
	st.lastAllocs, st.lastCycles = gcMetrics()
	garbage := object.NewList()
	callbacks := object.NewList()
	setAttr(m, "garbage", object.FromObject(garbage))
	setAttr(m, "callbacks", object.FromObject(callbacks))
	for name, v := range map[string]int64{"DEBUG_STATS": gcDebugStats, "DEBUG_COLLECTABLE": gcDebugCollectable,
		"DEBUG_UNCOLLECTABLE": gcDebugUncollectable, "DEBUG_SAVEALL": gcDebugSaveAll, "DEBUG_LEAK": gcDebugLeak} {
		setAttr(m, name, object.Int(v))
	}

	info := func(gen, collected int64) object.Value {
		d := object.NewDict(3)
		d.Set(object.NewStr("generation"), object.Int(gen))
		d.Set(object.NewStr("collected"), object.Int(collected))
		d.Set(object.NewStr("uncollectable"), object.Int(0))
		return object.FromObject(d)
	}
	runCallbacks := func(phase string, inf object.Value) {
		for _, cb := range append([]object.Value(nil), callbacks.Items...) {
			if _, err := object.Call(cb, []object.Value{object.NewStr(phase), inf}, nil); err != nil {
				in.WriteUnraisable(err, "", cb)
			}
		}
	}
	collect := func(gen int64) int64 {
		if st.collecting {
			return 0 // a collection from a finalizer or callback: CPython answers 0 too
		}
		st.collecting = true
		defer func() { st.collecting = false }()
		runCallbacks("start", info(gen, 0))
		start := time.Now()
		if st.debug&gcDebugStats != 0 {
			in.WriteStderr(fmt.Sprintf("gc: collecting generation %d...\n", gen))
		}
		n := int64(in.Collect())
		st.collections++
		st.collected += n
		st.lastAllocs, st.lastCycles = gcMetrics()
		if st.debug&gcDebugStats != 0 {
			in.WriteStderr(fmt.Sprintf("gc: done, %d unreachable, 0 uncollectable, %.4fs elapsed\n", n, time.Since(start).Seconds()))
		}
		runCallbacks("stop", info(gen, n))
		return n
	}

	defFunc(m, "collect", func(args []object.Value, kw []string) (object.Value, error) {
		var out [1]object.Value
		if err := object.ParseArgs("collect", args, kw, []string{"generation"}, 1, 0, out[:]); err != nil {
			return object.Null, err
		}
		gen := int64(2)
		if !out[0].IsNull() {
			var err error
			if gen, err = gcIntArg("collect", out[0]); err != nil {
				return object.Null, err
			}
			if gen < 0 || gen > 2 {
				return object.Null, object.Errorf(object.ValueError, "invalid generation")
			}
		}
		return object.Int(collect(gen)), nil
	})
	setFuncDoc(m, "collect", `Run the garbage collector.

With no arguments, run a full collection.  The optional argument
may be an integer specifying which generation to collect.  A ValueError
is raised if the generation number is invalid.

The number of unreachable objects is returned.

pyvar: every generation runs Go's full collection and then the finalizers
and weak-reference callbacks of what it freed; the number returned counts
the objects with a __del__, a suspended generator or weak references that
died (Go does not count the rest).`)

	noArgFunc := func(name, doc string, fn func() object.Value) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoArgs(name, args, kw); err != nil {
				return object.Null, err
			}
			return fn(), nil
		})
		setFuncDoc(m, name, doc)
	}
	noArgFunc("enable", "Enable automatic garbage collection.", func() object.Value { st.enabled = true; return object.None })
	noArgFunc("disable", `Disable automatic garbage collection.

pyvar: Go's collector keeps reclaiming memory (as CPython's reference
counting does while its collector is disabled); only the flag changes.`, func() object.Value { st.enabled = false; return object.None })
	noArgFunc("isenabled", "Returns true if automatic garbage collection is enabled.", func() object.Value { return object.Bool(st.enabled) })
	noArgFunc("get_debug", "Get the garbage collection debugging flags.", func() object.Value { return object.Int(st.debug) })
	noArgFunc("get_threshold", "Return the current collection thresholds.", func() object.Value {
		return object.FromObject(object.NewTuple(object.Int(st.threshold[0]), object.Int(st.threshold[1]), object.Int(st.threshold[2])))
	})
	noArgFunc("get_count", `Return a three-tuple of the current collection counts.

pyvar: the Go heap objects allocated since the last collect(), the Go
collections run since then, and 0 (Go's collector has no generations).`, func() object.Value {
		allocs, cycles := gcMetrics()
		return object.FromObject(object.NewTuple(object.Int(int64(allocs-st.lastAllocs)), object.Int(int64(cycles-st.lastCycles)), object.Int(0)))
	})
	noArgFunc("get_stats", `Return a list of dictionaries containing per-generation statistics.

pyvar: the oldest generation counts the collect() calls and what they found
dead; the younger ones stay at zero.`, func() object.Value {
		var gens []object.Value
		for g := 0; g < 3; g++ {
			d := object.NewDict(3)
			var c, n int64
			if g == 2 {
				c, n = st.collections, st.collected
			}
			d.Set(object.NewStr("collections"), object.Int(c))
			d.Set(object.NewStr("collected"), object.Int(n))
			d.Set(object.NewStr("uncollectable"), object.Int(0))
			gens = append(gens, object.FromObject(d))
		}
		return object.FromObject(object.NewList(gens...))
	})
	noArgFunc("freeze", `Freeze all current tracked objects and ignore them for future collections.

This can be used before a POSIX fork() call to make the gc copy-on-write friendly.
Note: collection before a POSIX fork() call may free pages for future allocation
which can cause copy-on-write.

pyvar: records how many objects are reachable (get_freeze_count); Go's
collector still scans them.`, func() object.Value {
		st.frozen += len(in.ReachableObjects())
		return object.None
	})
	noArgFunc("unfreeze", `Unfreeze all objects in the permanent generation.

Put all objects in the permanent generation back into oldest generation.`, func() object.Value { st.frozen = 0; return object.None })
	noArgFunc("get_freeze_count", "Return the number of objects in the permanent generation.", func() object.Value { return object.Int(int64(st.frozen)) })

	defFunc(m, "set_debug", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("gc.set_debug", args, kw); err != nil {
			return object.Null, err
		}
		n, err := gcIntArg("set_debug", args[0])
		if err != nil {
			return object.Null, err
		}
		st.debug = n
		return object.None, nil
	})
	setFuncDoc(m, "set_debug", `Set the garbage collection debugging flags.

  flags
    An integer that can have the following bits turned on:
      DEBUG_STATS - Print statistics during collection.
      DEBUG_COLLECTABLE - Print collectable objects found.
      DEBUG_UNCOLLECTABLE - Print unreachable but uncollectable objects
        found.
      DEBUG_SAVEALL - Save objects to gc.garbage rather than freeing them.
      DEBUG_LEAK - Debug leaking programs (everything but STATS).

Debugging information is written to sys.stderr.

pyvar: DEBUG_STATS is honoured; the others are accepted but Go frees what
it collects, so nothing is printed or saved.`)
	defFunc(m, "set_threshold", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("set_threshold", kw); err != nil {
			return object.Null, err
		}
		if len(args) < 1 {
			return object.Null, object.Errorf(object.TypeError, "set_threshold() takes at least 1 argument (0 given)")
		}
		if len(args) > 3 {
			return object.Null, object.Errorf(object.TypeError, "set_threshold() takes at most 3 arguments (%d given)", len(args))
		}
		var t [3]int64
		copy(t[:], st.threshold[:])
		for i, a := range args {
			n, err := gcIntArg("set_threshold", a)
			if err != nil {
				return object.Null, err
			}
			t[i] = n
		}
		st.threshold = t
		return object.None, nil
	})
	setFuncDoc(m, "set_threshold", `set_threshold(threshold0, [threshold1, threshold2]) -> None

Sets the collection thresholds.  Setting threshold0 to zero disables
collection.

pyvar: the thresholds are recorded; Go's collector paces itself (GOGC).`)
	defFunc(m, "get_objects", func(args []object.Value, kw []string) (object.Value, error) {
		var out [1]object.Value
		if err := object.ParseArgs("get_objects", args, kw, []string{"generation"}, 1, 0, out[:]); err != nil {
			return object.Null, err
		}
		if !out[0].IsNull() && !out[0].IsNone() {
			g, err := gcIntArg("get_objects", out[0])
			if err != nil {
				return object.Null, err
			}
			if g >= 3 {
				return object.Null, object.Errorf(object.ValueError, "generation parameter must be less than the number of available generations (3)")
			}
			if g < 0 {
				return object.Null, object.Errorf(object.ValueError, "generation parameter cannot be negative")
			}
		}
		return object.FromObject(object.NewList(in.ReachableObjects()...)), nil
	})
	setFuncDoc(m, "get_objects", `Return a list of objects tracked by the collector (excluding the list returned).

  generation
    Generation to extract the objects from.

If generation is not None, return only the objects tracked by the collector
that are in that generation.

pyvar: an approximation. Go keeps no list of objects, so this returns the
objects that CPython would track and that are reachable from sys.modules,
the builtins and the running frames, following get_referents(); every
generation gives the same list.`)
	defFunc(m, "get_referents", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("get_referents", kw); err != nil {
			return object.Null, err
		}
		var out []object.Value
		for _, a := range args {
			out = append(out, vm.Referents(a)...)
		}
		return object.FromObject(object.NewList(out...)), nil
	})
	setFuncDoc(m, "get_referents", `get_referents(*objs) -> list
Return the list of objects that are directly referred to by objs.

pyvar: best effort; the references of pyvar's own types are followed, a
native type's Go fields are not.`)
	defFunc(m, "get_referrers", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("get_referrers", kw); err != nil {
			return object.Null, err
		}
		want := map[uint64]bool{}
		for _, a := range args {
			if a.Kind() == object.KindObject {
				want[object.ObjectID(a.Object())] = true
			}
		}
		var out []object.Value
		for _, o := range in.ReachableObjects() {
			for _, r := range vm.Referents(o) {
				if r.Kind() == object.KindObject && want[object.ObjectID(r.Object())] {
					out = append(out, o)
					break
				}
			}
		}
		return object.FromObject(object.NewList(out...)), nil
	})
	setFuncDoc(m, "get_referrers", `get_referrers(*objs) -> list
Return the list of objects that directly refer to any of objs.

pyvar: searches the objects of get_objects() (an approximation, see there).`)
	defFunc(m, "is_tracked", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("gc.is_tracked", args, kw); err != nil {
			return object.Null, err
		}
		return object.Bool(vm.IsTracked(args[0])), nil
	})
	setFuncDoc(m, "is_tracked", `Returns true if the object is tracked by the garbage collector.

Simple atomic objects will return false.`)
	defFunc(m, "is_finalized", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("gc.is_finalized", args, kw); err != nil {
			return object.Null, err
		}
		return object.Bool(in.IsFinalized(args[0])), nil
	})
	setFuncDoc(m, "is_finalized", "Returns true if the object has been already finalized by the GC.")
	return m, nil
}
