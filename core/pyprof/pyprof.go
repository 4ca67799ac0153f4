// Package pyprof builds pprof profiles of a Python program run by pyvar, so
// `go tool pprof -http=: FILE` shows the Python program's own flame graph:
// each sample is the Python call stack, every Python function named
// `module.qualname (file:line)` (line being where it starts) with the line
// executing in it, and the calls of built-in functions in progress as
// frames of their own (`builtins.sorted`, `list.sort`).
//
// Sampling is by time, like CPython's eval breaker serves signals: a ticker
// raises a request every period; the eval loop serves it at its next check
// (a loop back-edge, a function entry, or the return of a built-in call)
// and hands over the stack there. Each sample weighs the wall time elapsed
// since the previous one, so a built-in that runs for a second without
// reaching a check is charged that second when it returns, and the
// functions' totals add up to the run's wall time.
//
// The executing opcode is recorded as the sample label "opcode" (pprof
// -tagfocus/-tags); with OpcodeLeaf it is also a leaf frame of its own.
package pyprof

import (
	"io"
	"strconv"
	"sync"
	"time"

	"github.com/google/pprof/profile"
)

// Frame is one level of a call stack.
type Frame struct {
	Func      string // module.qualname of the code object, or the built-in's name
	File      string // co_filename ("" for a built-in)
	Line      int    // the line executing in this frame
	StartLine int    // co_firstlineno
}

// Recorder accumulates samples. It is safe for the eval loop to call Record
// while another goroutine owns the ticker.
type Recorder struct {
	Period time.Duration
	// OpcodeLeaf adds the executing opcode as the innermost frame of each
	// sample (it is always the "opcode" label).
	OpcodeLeaf bool

	mu     sync.Mutex
	start  time.Time
	last   time.Time // when the previous sample was taken
	counts map[string]*entry
	order  []*entry
}

type entry struct {
	stack []Frame // innermost first
	op    string
	count int64
	nanos int64
}

// New returns a recorder sampling every period.
func New(period time.Duration) *Recorder {
	now := time.Now()
	return &Recorder{Period: period, start: now, last: now, counts: map[string]*entry{}}
}

// Record adds one sample of one period: stack is innermost first, op the
// executing opcode.
func (r *Recorder) Record(stack []Frame, op string) { r.RecordTime(stack, op, r.Period) }

// RecordTime adds one sample that weighs d.
func (r *Recorder) RecordTime(stack []Frame, op string, d time.Duration) {
	key := op
	for _, f := range stack {
		key += "\x00" + f.Func + "\x00" + f.File + "\x00" + strconv.Itoa(f.Line)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	e := r.counts[key]
	if e == nil {
		e = &entry{stack: append([]Frame(nil), stack...), op: op}
		r.counts[key] = e
		r.order = append(r.order, e)
	}
	e.count++
	e.nanos += d.Nanoseconds()
}

// Samples returns how many samples were recorded.
func (r *Recorder) Samples() int64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	var n int64
	for _, e := range r.order {
		n += e.count
	}
	return n
}

// Profile converts the samples to a pprof profile: sample types
// samples/count and wall/nanoseconds (the default), one function per Python
// code object or built-in, one location per (function, line).
func (r *Recorder) Profile() *profile.Profile {
	r.mu.Lock()
	defer r.mu.Unlock()
	p := &profile.Profile{
		SampleType:        []*profile.ValueType{{Type: "samples", Unit: "count"}, {Type: "wall", Unit: "nanoseconds"}},
		DefaultSampleType: "wall",
		PeriodType:        &profile.ValueType{Type: "wall", Unit: "nanoseconds"},
		Period:            r.Period.Nanoseconds(),
		TimeNanos:         r.start.UnixNano(),
		DurationNanos:     time.Since(r.start).Nanoseconds(),
	}
	funcs := map[[3]string]*profile.Function{}
	locs := map[[4]string]*profile.Location{}
	function := func(name, file string, start int) *profile.Function {
		k := [3]string{name, file, strconv.Itoa(start)}
		if f := funcs[k]; f != nil {
			return f
		}
		f := &profile.Function{ID: uint64(len(p.Function) + 1), Name: name, SystemName: name, Filename: file, StartLine: int64(start)}
		funcs[k] = f
		p.Function = append(p.Function, f)
		return f
	}
	location := func(fn *profile.Function, line int) *profile.Location {
		k := [4]string{fn.Name, fn.Filename, strconv.Itoa(int(fn.StartLine)), strconv.Itoa(line)}
		if l := locs[k]; l != nil {
			return l
		}
		l := &profile.Location{ID: uint64(len(p.Location) + 1), Line: []profile.Line{{Function: fn, Line: int64(line)}}}
		locs[k] = l
		p.Location = append(p.Location, l)
		return l
	}
	for _, e := range r.order {
		s := &profile.Sample{Value: []int64{e.count, e.nanos}}
		if e.op != "" {
			s.Label = map[string][]string{"opcode": {e.op}}
			if r.OpcodeLeaf && len(e.stack) > 0 {
				inner := e.stack[0]
				s.Location = append(s.Location, location(function(e.op, inner.File, 0), inner.Line))
			}
		}
		for _, f := range e.stack {
			s.Location = append(s.Location, location(function(f.Func, f.File, f.StartLine), f.Line))
		}
		p.Sample = append(p.Sample, s)
	}
	return p
}

// Write writes the profile in pprof's gzipped protobuf format.
func (r *Recorder) Write(w io.Writer) error { return r.Profile().Write(w) }
