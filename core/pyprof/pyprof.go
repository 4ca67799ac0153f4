// Package pyprof builds pprof profiles of a Python program run by pyvar, so
// `go tool pprof -http=: FILE` shows the Python program's own flame graph:
// each sample is the Python call stack (function, file, line) with the
// opcode that was executing as the leaf frame.
//
// Sampling works like CPython's eval breaker: a ticker sets a flag every
// period; the eval loop checks it only at backward jumps and function entry
// and then hands the current frame to Record. A sample is therefore taken at
// the next safe point after each tick, and weighs one period of CPU time.
package pyprof

import (
	"io"
	"strconv"
	"sync"
	"time"

	"github.com/google/pprof/profile"
)

// Frame is one level of a Python call stack.
type Frame struct {
	Func      string // co_qualname of the code object
	File      string // co_filename
	Line      int    // the line executing in this frame
	StartLine int    // co_firstlineno
}

// Recorder accumulates samples. It is safe for the eval loop to call Record
// while another goroutine owns the ticker.
type Recorder struct {
	Period time.Duration

	mu     sync.Mutex
	start  time.Time
	counts map[string]*entry
	order  []*entry
}

type entry struct {
	stack []Frame // innermost first
	op    string
	count int64
}

// New returns a recorder sampling every period.
func New(period time.Duration) *Recorder {
	return &Recorder{Period: period, start: time.Now(), counts: map[string]*entry{}}
}

// Record adds one sample: stack is innermost first, op the executing opcode.
func (r *Recorder) Record(stack []Frame, op string) {
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
// samples/count and cpu/nanoseconds, one function per Python code object,
// one location per (function, line), and a pseudo-function per opcode.
func (r *Recorder) Profile() *profile.Profile {
	r.mu.Lock()
	defer r.mu.Unlock()
	p := &profile.Profile{
		SampleType: []*profile.ValueType{{Type: "samples", Unit: "count"}, {Type: "cpu", Unit: "nanoseconds"}},
		PeriodType: &profile.ValueType{Type: "cpu", Unit: "nanoseconds"},
		Period:     r.Period.Nanoseconds(),
		TimeNanos:  r.start.UnixNano(),

		DurationNanos: time.Since(r.start).Nanoseconds(),
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
		s := &profile.Sample{Value: []int64{e.count, e.count * r.Period.Nanoseconds()}}
		if e.op != "" && len(e.stack) > 0 {
			inner := e.stack[0]
			s.Location = append(s.Location, location(function(e.op, inner.File, 0), inner.Line))
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
