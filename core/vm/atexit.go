package vm

import (
	"github.com/pyvar/pyvar/core/object"
)

// atexitEntry is one atexit.register call. A slot emptied by unregister
// stays in the list (fn Null), as in CPython 3.10, where _ncallbacks still
// counts it.
type atexitEntry struct {
	fn      object.Value
	args    []object.Value // positionals, then keyword values
	kwnames []string
}

// AtexitRegister adds fn(*args, **kwargs) to the functions run at exit.
func (in *Interp) AtexitRegister(fn object.Value, args []object.Value, kwnames []string) {
	in.life.atexit = append(in.life.atexit, atexitEntry{fn: fn, args: args, kwnames: kwnames})
}

// AtexitUnregister removes every registration of a function equal to fn.
func (in *Interp) AtexitUnregister(fn object.Value) error {
	for i := range in.life.atexit {
		e := &in.life.atexit[i]
		if e.fn.IsNull() {
			continue
		}
		eq, err := object.Equal(e.fn, fn)
		if err != nil {
			return err
		}
		if eq && i < len(in.life.atexit) {
			*e = atexitEntry{}
		}
	}
	return nil
}

// AtexitCount is atexit._ncallbacks().
func (in *Interp) AtexitCount() int { return len(in.life.atexit) }

// AtexitClear is atexit._clear().
func (in *Interp) AtexitClear() { in.life.atexit = nil }

// RunAtexit calls the registered functions, last registered first, and
// forgets them; their exceptions, SystemExit included, are reported as
// unraisable ("Exception ignored in atexit callback"), as CPython 3.10
// does. Functions registered meanwhile are not run.
func (in *Interp) RunAtexit() {
	entries := in.life.atexit
	in.life.atexit = nil
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		if e.fn.IsNull() {
			continue
		}
		if _, err := in.call(e.fn, e.args, e.kwnames); err != nil {
			in.WriteUnraisable(err, "Exception ignored in atexit callback", e.fn)
		}
	}
}
