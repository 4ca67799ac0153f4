package vm

import (
	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// A Sample is what Options.Sampler receives: where the program is when the
// eval loop serves a sample request.
type Sample struct {
	Frame *Frame      // the innermost Python frame
	Op    code.Opcode // the opcode Frame is executing (a CALL after a built-in returned)
	// Native are the calls of built-in functions and methods in progress,
	// outermost first, each with the Python frame that made it: a sample
	// taken as a built-in returns, or inside Python code a built-in called
	// back (sorted's key), has them on its stack.
	Native []NativeCall
}

// NativeCall is a call of a built-in function or method in progress.
type NativeCall struct {
	Caller   *Frame       // the Python frame that made the call
	Callable object.Value // the built-in function or method descriptor
}

// callNative calls a built-in while a Sampler is installed: a sample
// request pending when the call starts is served first (the time until
// then was spent before it); the call is on in.native while it runs; and a
// request that arrives meanwhile is served as it returns, with the
// built-in on the stack, so the time it took is charged to it.
func (in *Interp) callNative(callable object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	if in.breakPending() {
		if err := in.breakAfterCall(); err != nil {
			return object.Null, err
		}
	}
	n := len(in.native)
	in.native = append(in.native, NativeCall{Caller: in.frame, Callable: callable})
	defer func() { in.native = in.native[:n] }()
	if in.prof.p != nil {
		in.profileCCall(callable)
	}
	r, err := object.Call(callable, args, kwnames)
	if in.prof.p != nil {
		in.profileCReturn(callable, err != nil)
	}
	if in.breakPending() && err == nil {
		if err = in.breakAfterCall(); err != nil {
			return object.Null, err
		}
	}
	return r, err
}

// breakAfterCall serves the eval breaker as a built-in call returns to
// the current frame (or, under a Sampler, also as it starts), at its CALL
// instruction: a Ctrl-C during a long built-in (sorted of millions)
// interrupts that statement, as in CPython.
func (in *Interp) breakAfterCall() error {
	f := in.frame
	if f == nil || f.Lasti < 0 {
		return nil
	}
	return in.breakIn(f, f.Lasti)
}
