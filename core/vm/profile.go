package vm

import "github.com/pyvar/pyvar/core/object"

// Profiler receives the events sys.setprofile's callback gets in
// CPython, from a profiler written in Go (_lsprof): the start and end of
// every Python frame (a call, a generator's resume; its return, yield or
// exception) and the calls of built-in functions and methods made from
// Python code.
//
// Nothing on the eval loop's fast paths looks for it. While one is
// installed a bit of the eval breaker stays set, so that calls take the
// paths that check the breaker (enterInlineSlow, eval's entry, resume
// without inlining), which report the calls; the frames they start are
// marked escaped, so that their returns take leaveInline's cold branch,
// which reports them. Built-in calls go through callNative, as under a
// Sampler. Events are not reported while a callback runs (the profiler's
// timer may be Python code).
type Profiler interface {
	Call(f *Frame)
	Return(f *Frame)
	CCall(callable object.Value)
	// CReturn ends a CCall; raised tells that the built-in raised.
	CReturn(callable object.Value, raised bool)
}

// breakProfile keeps the eval breaker set while a Profiler is installed.
const breakProfile = 32

type profileState struct {
	p       Profiler
	inEvent bool // a callback is running
	sampler bool // Options.Sampler was set for the profiler (a no-op)
}

// SetProfiler installs p (nil removes the profiler); obj is what
// sys.getprofile() returns meanwhile. The frames running now are marked
// escaped, so that their returns are reported too, as CPython reports the
// return of every frame once a profiler is set.
func (in *Interp) SetProfiler(p Profiler, obj object.Value) {
	in.prof.p = p
	in.profileFunc = obj
	if p == nil {
		in.clearBreak(breakProfile)
		if in.prof.sampler {
			in.opts.Sampler, in.prof.sampler = nil, false
		}
		return
	}
	if in.opts.Sampler == nil {
		// Built-in calls take callNative when a Sampler is set; this one
		// is never asked for a sample (no RequestSample).
		in.opts.Sampler, in.prof.sampler = func(*Sample) {}, true
	}
	for f := in.frame; f != nil; f = f.Back {
		f.escaped = true
	}
	in.setBreak(breakProfile)
}

// CurrentProfiler returns the installed Profiler, or nil.
func (in *Interp) CurrentProfiler() Profiler { return in.prof.p }

// profileCall reports the start of frame f; the frame is marked escaped
// so that leaveInline reports its return.
func (in *Interp) profileCall(f *Frame) {
	p := in.prof.p
	if p == nil || in.prof.inEvent {
		return
	}
	f.escaped = true
	in.prof.inEvent = true
	p.Call(f)
	in.prof.inEvent = false
}

// profileReturn reports the end of frame f.
func (in *Interp) profileReturn(f *Frame) {
	p := in.prof.p
	if p == nil || in.prof.inEvent {
		return
	}
	in.prof.inEvent = true
	p.Return(f)
	in.prof.inEvent = false
}

func (in *Interp) profileCCall(callable object.Value) {
	p := in.prof.p
	if p == nil || in.prof.inEvent {
		return
	}
	in.prof.inEvent = true
	p.CCall(callable)
	in.prof.inEvent = false
}

func (in *Interp) profileCReturn(callable object.Value, raised bool) {
	p := in.prof.p
	if p == nil || in.prof.inEvent {
		return
	}
	in.prof.inEvent = true
	p.CReturn(callable, raised)
	in.prof.inEvent = false
}

// pyProfile serves sys.setprofile(func): func(frame, event, arg) is
// called for "call" and "return" (arg None: the return value is not at
// hand where returns are reported), "c_call", "c_return" and
// "c_exception" (arg the built-in). An exception the function raises
// cannot reach the running code from where the events are reported: the
// function is removed, as CPython removes it, and the exception is
// reported as unraisable.
type pyProfile struct {
	in *Interp
	fn object.Value
}

func (p *pyProfile) event(f *Frame, ev string, arg object.Value) {
	if f == nil {
		return
	}
	for g := f; g != nil; g = g.Back {
		g.pin() // frames handed to Python, as sys._getframe's
	}
	if _, err := object.Call(p.fn, []object.Value{object.FromObject(f), object.NewStr(ev), arg}, nil); err != nil {
		p.in.SetProfiler(nil, object.Null)
		p.in.WriteUnraisable(err, "", p.fn)
	}
}

func (p *pyProfile) Call(f *Frame)               { p.event(f, "call", object.None) }
func (p *pyProfile) Return(f *Frame)             { p.event(f, "return", object.None) }
func (p *pyProfile) CCall(callable object.Value) { p.event(p.in.frame, "c_call", callable) }
func (p *pyProfile) CReturn(c object.Value, raised bool) {
	if raised {
		p.event(p.in.frame, "c_exception", c)
	} else {
		p.event(p.in.frame, "c_return", c)
	}
}
