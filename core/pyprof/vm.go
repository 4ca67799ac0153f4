package pyprof

import (
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// angles protects names such as <module> and f.<locals>.<lambda>: pprof
// strips anything in angle brackets as C++ template arguments, so they are
// written with single guillemets instead (‹module›).
var angles = strings.NewReplacer("<", "\u2039", ">", "\u203a")

// Sampler returns the hook to install as vm.Options.Sampler: it records the
// stack it is given, innermost first, built-in calls in their place, and
// charges it the time since the previous sample.
func (r *Recorder) Sampler() func(s *vm.Sample) {
	var stack []Frame
	names := map[any]string{} // code objects and built-ins, named once
	return func(s *vm.Sample) {
		now := time.Now()
		r.mu.Lock()
		d := now.Sub(r.last)
		r.last = now
		r.mu.Unlock()
		stack = stack[:0]
		native := len(s.Native) - 1
		for f := s.Frame; f != nil; f = f.Back {
			// The built-ins this frame called come above it.
			for ; native >= 0 && s.Native[native].Caller == f; native-- {
				stack = append(stack, Frame{Func: builtinName(names, s.Native[native].Callable)})
			}
			co := f.Code
			name, ok := names[co]
			if !ok {
				name = funcName(f)
				names[co] = name
			}
			stack = append(stack, Frame{Func: name, File: co.Filename, Line: f.LineNumber(), StartLine: co.Firstlineno})
		}
		r.RecordTime(stack, s.Op.String(), d)
	}
}

// funcName is `module.qualname (file:line)`, as flame graphs show it.
func funcName(f *vm.Frame) string {
	co := f.Code
	name := co.Qualname
	if name == "" {
		name = co.Name // module code: CPython 3.10 has no co_qualname
	}
	if f.Globals != nil {
		if m, ok := f.Globals.GetStr("__name__"); ok {
			if s, ok := m.Object().(*object.Str); ok {
				name = s.S + "." + name
			}
		}
	}
	return angles.Replace(name) + " (" + filepath.Base(co.Filename) + ":" + strconv.Itoa(co.Firstlineno) + ")"
}

// builtinName is `builtins.sorted`, `list.sort`: the module or type, then
// the name.
func builtinName(names map[any]string, v object.Value) string {
	key := any(v.Object())
	if n, ok := names[key]; ok {
		return n
	}
	n := "<built-in>"
	if q, err := object.GetAttrString(v, "__qualname__"); err == nil {
		if s, ok := q.Object().(*object.Str); ok {
			n = s.S
		}
	}
	if !strings.Contains(n, ".") {
		if m, err := object.GetAttrString(v, "__module__"); err == nil {
			if s, ok := m.Object().(*object.Str); ok {
				n = s.S + "." + n
			}
		}
	}
	n = angles.Replace(n)
	names[key] = n
	return n
}

// Start raises the interpreter's sample request every period until the
// returned function is called; the time until the first sample counts
// from here.
func (r *Recorder) Start(in *vm.Interp) (stop func()) {
	r.mu.Lock()
	r.last = time.Now()
	r.mu.Unlock()
	done := make(chan struct{})
	t := time.NewTicker(r.Period)
	go func() {
		for {
			select {
			case <-t.C:
				in.RequestSample()
			case <-done:
				return
			}
		}
	}()
	return func() { t.Stop(); close(done) }
}
