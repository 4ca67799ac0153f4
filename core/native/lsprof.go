package native

import (
	"math"
	"time"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _lsprof: the profiler behind cProfile. A Profiler installs itself as
// the interpreter's vm.Profiler while enabled and times every call and
// return it is told of, as CPython's lsprof.c does: per function (a code
// object, or a built-in named by a string) the number of calls and
// recursive calls, the total time and the time spent in the function
// itself, and per caller the same for each callee (subcalls).

func init() { register("_lsprof", newLsprofModule) }

type lspEntry struct {
	user                    object.Value // the code object, or a built-in's name
	tt, it                  int64
	callcount, reccallcount int64
	recursionLevel          int64
	calls                   map[*lspEntry]*lspSubEntry
	callOrder               []*lspSubEntry
}

type lspSubEntry struct {
	callee                  *lspEntry
	tt, it                  int64
	callcount, reccallcount int64
	recursionLevel          int64
}

type lspContext struct {
	t0, subt int64
	previous *lspContext
	entry    *lspEntry
}

type lsProfiler struct {
	typ      *object.Type
	in       *vm.Interp
	self     object.Value // the Python object (a cProfile.Profile is a subclass)
	entries  map[any]*lspEntry
	order    []*lspEntry
	current  *lspContext
	subcalls bool
	builtins bool
	enabled  bool
	timer    object.Value
	timeunit float64
	start    time.Time
}

func (p *lsProfiler) Type() *object.Type { return p.typ }

// now is call_timer: the default timer counts nanoseconds; a timer
// function's result is taken as seconds (or, with a timeunit, as a count
// of timeunits).
func (p *lsProfiler) now() int64 {
	if p.timer.IsNull() {
		return int64(time.Since(p.start))
	}
	r, err := object.Call(p.timer, nil, nil)
	if err == nil {
		var t int64
		if t, err = p.timerValue(r); err == nil {
			return t
		}
	}
	p.in.WriteUnraisable(err, "", p.timer)
	return 0
}

func (p *lsProfiler) timerValue(r object.Value) (int64, error) {
	if p.timeunit > 0 {
		// _PyTime_FromNanosecondsObject: an int.
		if u := object.Unwrap(r); u.IsInt() || u.IsBool() {
			return u.RawInt(), nil
		}
		if b, ok := object.ToBigInt(r); ok && object.TypeOf(r) != object.FloatType {
			if !b.IsInt64() {
				return 0, object.Errorf(object.OverflowError, "timestamp too large to convert to C _PyTime_t")
			}
			return b.Int64(), nil
		}
		return 0, object.Errorf(object.TypeError, "expected int, got %s", object.TypeOf(r).Name)
	}
	// _PyTime_FromSecondsObject with ROUND_FLOOR.
	if u := object.Unwrap(r); u.IsFloat() {
		f := u.RawFloat()
		if f != f {
			return 0, object.Errorf(object.ValueError, "Invalid value NaN (not a number)")
		}
		ns := math.Floor(f * 1e9)
		if !(ns >= math.MinInt64 && ns < math.MaxInt64) {
			return 0, object.Errorf(object.OverflowError, "timestamp too large to convert to C _PyTime_t")
		}
		return int64(ns), nil
	}
	f, err := asDouble(r)
	if err != nil {
		return 0, err
	}
	if b, ok := object.ToBigInt(r); ok {
		if !b.IsInt64() || b.Int64() > math.MaxInt64/1000000000 || b.Int64() < math.MinInt64/1000000000 {
			return 0, object.Errorf(object.OverflowError, "timestamp too large to convert to C _PyTime_t")
		}
		return b.Int64() * 1000000000, nil
	}
	return int64(math.Floor(f * 1e9)), nil
}

func (p *lsProfiler) entryFor(key any, user func() object.Value) *lspEntry {
	e := p.entries[key]
	if e == nil {
		e = &lspEntry{user: user()}
		p.entries[key] = e
		p.order = append(p.order, e)
	}
	return e
}

// enter is ptrace_enter_call.
func (p *lsProfiler) enter(e *lspEntry) {
	ctx := &lspContext{entry: e, previous: p.current}
	p.current = ctx
	e.recursionLevel++
	if p.subcalls && ctx.previous != nil {
		caller := ctx.previous.entry
		s := caller.calls[e]
		if s == nil {
			if caller.calls == nil {
				caller.calls = map[*lspEntry]*lspSubEntry{}
			}
			s = &lspSubEntry{callee: e}
			caller.calls[e] = s
			caller.callOrder = append(caller.callOrder, s)
		}
		s.recursionLevel++
	}
	ctx.t0 = p.now()
}

// leave is ptrace_leave_call: the innermost context ends, charged to e
// (nil: an entry never entered, which only pops the context).
func (p *lsProfiler) leave(e *lspEntry) {
	ctx := p.current
	if ctx == nil {
		return
	}
	if e == nil {
		p.current = ctx.previous
		return
	}
	p.stop(ctx, e)
}

// stop is Stop: the context's times go to its entry and to the caller's
// subentry for it.
func (p *lsProfiler) stop(ctx *lspContext, e *lspEntry) {
	tt := p.now() - ctx.t0
	it := tt - ctx.subt
	if ctx.previous != nil {
		ctx.previous.subt += tt
	}
	p.current = ctx.previous
	if e.recursionLevel--; e.recursionLevel == 0 {
		e.tt += tt
	} else {
		e.reccallcount++
	}
	e.it += it
	e.callcount++
	if p.subcalls && ctx.previous != nil {
		if s := ctx.previous.entry.calls[e]; s != nil {
			if s.recursionLevel--; s.recursionLevel == 0 {
				s.tt += tt
			} else {
				s.reccallcount++
			}
			s.it += it
			s.callcount++
		}
	}
}

// flushUnmatched ends the contexts still open when profiling stops.
func (p *lsProfiler) flushUnmatched() {
	for ctx := p.current; ctx != nil; ctx = p.current {
		if ctx.entry != nil {
			p.stop(ctx, ctx.entry)
		} else {
			p.current = ctx.previous
		}
	}
}

// The vm.Profiler events.

func (p *lsProfiler) Call(f *vm.Frame) {
	co := f.Code
	p.enter(p.entryFor(co, func() object.Value { return object.FromObject(co) }))
}

func (p *lsProfiler) Return(f *vm.Frame) {
	if p.current == nil {
		return
	}
	p.leave(p.entries[f.Code])
}

func (p *lsProfiler) CCall(callable object.Value) {
	if !p.builtins {
		return
	}
	if name, ok := builtinLabel(callable); ok {
		p.enter(p.entryFor(name, func() object.Value { return object.NewStr(name) }))
	}
}

func (p *lsProfiler) CReturn(callable object.Value, _ bool) {
	if !p.builtins || p.current == nil {
		return
	}
	if name, ok := builtinLabel(callable); ok {
		p.leave(p.entries[name])
	}
}

// builtinLabel is normalizeUserObj's name of a built-in function or
// method ("<built-in method builtins.len>", "<method 'append' of 'list'
// objects>"); ok is false for callables CPython does not report (slot
// wrappers, method-wrappers).
func builtinLabel(callable object.Value) (string, bool) {
	switch c := callable.Object().(type) {
	case *object.MethodDescr:
		if object.TypeOf(callable) != object.MethodDescrType {
			return "", false
		}
		return "<method '" + c.Name + "' of '" + c.Owner.Name + "' objects>", true
	case *object.BuiltinFunction:
		if object.TypeOf(callable) != object.BuiltinFunctionType {
			return "", false
		}
		if c.Self.IsNull() || c.Self.IsNone() {
			return "<" + c.Name + ">", true
		}
		if m, ok := c.Self.Object().(*object.Module); ok {
			if n, ok, _ := m.Dict.Get(object.NewStr("__name__")); ok {
				if s, ok := object.Unwrap(n).Object().(*object.Str); ok {
					return "<built-in method " + s.S + "." + c.Name + ">", true
				}
			}
			return "<built-in method " + c.Name + ">", true
		}
		if d := object.TypeOf(c.Self).LookupString(c.Name); !d.IsNull() {
			if r, err := object.Repr(d); err == nil {
				return r, true
			}
		}
		return "<built-in method " + c.Name + ">", true
	}
	return "", false
}

func newLsprofModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("_lsprof", "Fast profiler")
	entryT := object.NewStructSeqType("_lsprof.profiler_entry", "", []object.StructSeqField{
		{Name: "code", Doc: "code object or built-in function name"},
		{Name: "callcount", Doc: "how many times this was called"},
		{Name: "reccallcount", Doc: "how many times called recursively"},
		{Name: "totaltime", Doc: "total time in this entry"},
		{Name: "inlinetime", Doc: "inline time in this entry (not in subcalls)"},
		{Name: "calls", Doc: "details of the calls"},
	}, 6, true)
	subT := object.NewStructSeqType("_lsprof.profiler_subentry", "", []object.StructSeqField{
		{Name: "code", Doc: "called code object or built-in function name"},
		{Name: "callcount", Doc: "how many times this is called"},
		{Name: "reccallcount", Doc: "how many times this is called recursively"},
		{Name: "totaltime", Doc: "total time spent in this call"},
		{Name: "inlinetime", Doc: "inline time (not in further subcalls)"},
	}, 5, true)
	setAttr(m, "profiler_entry", object.FromObject(entryT))
	setAttr(m, "profiler_subentry", object.FromObject(subT))

	profT := object.NewBaseType("_lsprof.Profiler", nil)
	profT.Doc = "Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n" +
		"    Builds a profiler object using the specified timer function.\n" +
		"    The default timer is a fast built-in one based on real time.\n" +
		"    For custom timer functions returning integers, timeunit can\n" +
		"    be a float specifying a scale (i.e. how long each integer unit\n" +
		"    is, in seconds).\n"
	self := func(v object.Value) *lsProfiler { return object.Unwrap(v).Object().(*lsProfiler) }
	truth := func(v object.Value) (bool, error) { return object.Truth(v) }
	profT.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		p := &lsProfiler{typ: profT, in: in, entries: map[any]*lspEntry{}, subcalls: true, builtins: true, start: time.Now()}
		v := object.WrapBuiltin(cls, object.FromObject(p))
		p.self = v
		return v, nil
	}, func(v object.Value, args []object.Value, kw []string) error {
		var a [4]object.Value
		if err := object.ParseArgs("Profiler", args, kw, []string{"timer", "timeunit", "subcalls", "builtins"}, 4, 0, a[:]); err != nil {
			return err
		}
		p := self(v)
		var err error
		if !a[1].IsNull() {
			if p.timeunit, err = asDouble(a[1]); err != nil {
				return err
			}
		}
		if !a[2].IsNull() {
			if p.subcalls, err = truth(a[2]); err != nil {
				return err
			}
		}
		if !a[3].IsNull() {
			if p.builtins, err = truth(a[3]); err != nil {
				return err
			}
		}
		if !a[0].IsNull() && !a[0].IsNone() {
			p.timer = a[0]
		}
		return nil
	})
	profT.AddMethod("enable", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs("enable", args, kw, []string{"subcalls", "builtins"}, 2, 0, a[:]); err != nil {
			return object.Null, err
		}
		p := self(v)
		var err error
		if !a[0].IsNull() {
			if p.subcalls, err = truth(a[0]); err != nil {
				return object.Null, err
			}
		}
		if !a[1].IsNull() {
			if p.builtins, err = truth(a[1]); err != nil {
				return object.Null, err
			}
		}
		in.SetProfiler(p, p.self)
		p.enabled = true
		return object.None, nil
	})
	profT.AddMethod("disable", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("Profiler.disable", args, kw); err != nil {
			return object.Null, err
		}
		p := self(v)
		p.enabled = false
		in.SetProfiler(nil, object.Null) // whichever profiler is set, as CPython
		p.flushUnmatched()
		return object.None, nil
	})
	profT.AddMethod("clear", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("Profiler.clear", args, kw); err != nil {
			return object.Null, err
		}
		p := self(v)
		p.entries, p.order, p.current = map[any]*lspEntry{}, nil, nil
		return object.None, nil
	})
	profT.AddMethod("getstats", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if len(args) > 0 || len(kw) > 0 { // Argument Clinic's wording
			return object.Null, object.Errorf(object.TypeError, "getstats() takes no arguments")
		}
		p := self(v)
		factor := 1e-9
		if !p.timer.IsNull() && p.timeunit != 0 {
			factor = p.timeunit
		}
		var out []object.Value
		for _, e := range p.order {
			if e.callcount == 0 {
				continue
			}
			calls := object.None
			if len(e.callOrder) > 0 {
				subs := make([]object.Value, len(e.callOrder))
				for i, s := range e.callOrder {
					subs[i] = object.NewStructSeq(subT, s.callee.user, object.Int(s.callcount), object.Int(s.reccallcount),
						object.Float(factor*float64(s.tt)), object.Float(factor*float64(s.it)))
				}
				calls = object.FromObject(object.NewList(subs...))
			}
			out = append(out, object.NewStructSeq(entryT, e.user, object.Int(e.callcount), object.Int(e.reccallcount),
				object.Float(factor*float64(e.tt)), object.Float(factor*float64(e.it)), calls))
		}
		return object.FromObject(object.NewList(out...)), nil
	})
	setAttr(m, "Profiler", object.FromObject(profT))
	return m, nil
}
