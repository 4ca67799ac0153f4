package pyprof

import (
	"strings"
	"time"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/vm"
)

// angles protects names such as <module> and f.<locals>.<lambda>: pprof
// strips anything in angle brackets as C++ template arguments, so they are
// written with single guillemets instead (‹module›).
var angles = strings.NewReplacer("<", "\u2039", ">", "\u203a")

// Sampler returns the hook to install as vm.Options.Sampler: it records the
// frame chain it is given, innermost first, with the executing opcode.
func (r *Recorder) Sampler() func(f *vm.Frame, op code.Opcode) {
	var stack []Frame
	return func(f *vm.Frame, op code.Opcode) {
		stack = stack[:0]
		for ; f != nil; f = f.Back {
			co := f.Code
			name := co.Qualname
			if name == "" {
				name = co.Name // module code: CPython 3.10 has no co_qualname
			}
			stack = append(stack, Frame{Func: angles.Replace(name), File: co.Filename, Line: f.LineNumber(), StartLine: co.Firstlineno})
		}
		r.Record(stack, op.String())
	}
}

// Start raises the interpreter's sample request every period until the
// returned function is called.
func (r *Recorder) Start(in *vm.Interp) (stop func()) {
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
