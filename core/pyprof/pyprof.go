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
	"compress/gzip"
	"io"
	"strconv"
	"sync"
	"time"
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

// Write writes the samples as a pprof profile, gzipped protobuf (see
// encode.go): sample types samples/count and wall/nanoseconds (the
// default), one function per Python code object or built-in, one location
// per (function, line).
func (r *Recorder) Write(w io.Writer) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	var e encoder
	e.strings = map[string]int64{"": 0}
	e.table = []string{""}
	funcs := map[[3]string]uint64{}
	locs := map[[4]string]uint64{}
	var fnBuf, locBuf, sampleBuf []byte
	function := func(name, file string, start int) uint64 {
		k := [3]string{name, file, strconv.Itoa(start)}
		if id := funcs[k]; id != 0 {
			return id
		}
		id := uint64(len(funcs) + 1)
		funcs[k] = id
		var m []byte
		m = appendVarintField(m, 1, id)
		m = appendVarintField(m, 2, uint64(e.str(name)))
		m = appendVarintField(m, 3, uint64(e.str(name)))
		m = appendVarintField(m, 4, uint64(e.str(file)))
		m = appendVarintField(m, 5, uint64(start))
		fnBuf = appendBytesField(fnBuf, 5, m)
		return id
	}
	location := func(fn uint64, k3 [3]string, line int) uint64 {
		k := [4]string{k3[0], k3[1], k3[2], strconv.Itoa(line)}
		if id := locs[k]; id != 0 {
			return id
		}
		id := uint64(len(locs) + 1)
		locs[k] = id
		var ln []byte
		ln = appendVarintField(ln, 1, fn)
		ln = appendVarintField(ln, 2, uint64(line))
		var m []byte
		m = appendVarintField(m, 1, id)
		m = appendBytesField(m, 4, ln)
		locBuf = appendBytesField(locBuf, 4, m)
		return id
	}
	frame := func(name, file string, start, line int) uint64 {
		return location(function(name, file, start), [3]string{name, file, strconv.Itoa(start)}, line)
	}
	for _, en := range r.order {
		var ids []uint64
		if en.op != "" && r.OpcodeLeaf && len(en.stack) > 0 {
			inner := en.stack[0]
			ids = append(ids, frame(en.op, inner.File, 0, inner.Line))
		}
		for _, f := range en.stack {
			ids = append(ids, frame(f.Func, f.File, f.StartLine, f.Line))
		}
		var m, packed []byte
		for _, id := range ids {
			packed = appendVarint(packed, id)
		}
		m = appendBytesField(m, 1, packed)
		m = appendBytesField(m, 2, appendVarint(appendVarint(nil, uint64(en.count)), uint64(en.nanos)))
		if en.op != "" {
			var l []byte
			l = appendVarintField(l, 1, uint64(e.str("opcode")))
			l = appendVarintField(l, 2, uint64(e.str(en.op)))
			m = appendBytesField(m, 3, l)
		}
		sampleBuf = appendBytesField(sampleBuf, 2, m)
	}
	var p []byte
	p = appendBytesField(p, 1, e.valueType("samples", "count"))
	p = appendBytesField(p, 1, e.valueType("wall", "nanoseconds"))
	p = append(p, sampleBuf...)
	p = append(p, locBuf...)
	p = append(p, fnBuf...)
	p = appendVarintField(p, 9, uint64(r.start.UnixNano()))
	p = appendVarintField(p, 10, uint64(time.Since(r.start).Nanoseconds()))
	p = appendBytesField(p, 11, e.valueType("wall", "nanoseconds"))
	p = appendVarintField(p, 12, uint64(r.Period.Nanoseconds()))
	p = appendVarintField(p, 14, uint64(e.str("wall")))
	for _, s := range e.table {
		p = appendBytesField(p, 6, []byte(s))
	}
	zw := gzip.NewWriter(w)
	if _, err := zw.Write(p); err != nil {
		return err
	}
	return zw.Close()
}
