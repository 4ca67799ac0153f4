package vm

import (
	"github.com/pyvar/pyvar/core/object"
)

// The sys functions of the coroutine machinery: where coroutines were
// created (cr_origin) and the async generator hooks event loops install.

func (in *Interp) initSysCoroutines(d *object.Dict) {
	fn := func(name string, f func(args []object.Value, kwnames []string) (object.Value, error)) {
		setStr(d, name, object.NewBuiltin(name, func(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
			return f(args, kwnames)
		}))
	}
	fn("set_coroutine_origin_tracking_depth", func(args []object.Value, kwnames []string) (object.Value, error) {
		var out [1]object.Value
		if err := object.ParseArgs("set_coroutine_origin_tracking_depth", args, kwnames, []string{"depth"}, 1, 1, out[:]); err != nil {
			return object.Null, err
		}
		n, err := object.AsIndex(out[0])
		if err != nil {
			return object.Null, err
		}
		if n < 0 {
			return object.Null, object.Errorf(object.ValueError, "depth must be >= 0")
		}
		in.coroOriginDepth = n
		return object.None, nil
	})
	fn("get_coroutine_origin_tracking_depth", func(args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoArgs("get_coroutine_origin_tracking_depth", args, kwnames); err != nil {
			return object.Null, err
		}
		return object.Int(int64(in.coroOriginDepth)), nil
	})
	fn("set_asyncgen_hooks", func(args []object.Value, kwnames []string) (object.Value, error) {
		var out [2]object.Value
		if n := len(args); n > 2 {
			// PyArg_ParseTupleAndKeywords with no function name.
			return object.Null, object.Errorf(object.TypeError, "function takes at most 2 arguments (%d given)", n)
		}
		if err := object.ParseArgs("set_asyncgen_hooks", args, kwnames, []string{"firstiter", "finalizer"}, 2, 0, out[:]); err != nil {
			return object.Null, err
		}
		// CPython 3.10 checks and sets the finalizer first.
		for _, h := range []struct {
			v    object.Value
			name string
			dst  *object.Value
		}{{out[1], "finalizer", &in.AsyncgenFinalizer}, {out[0], "firstiter", &in.AsyncgenFirstIter}} {
			switch {
			case h.v.IsNull():
			case h.v.IsNone():
				*h.dst = object.Null
			case !object.IsCallable(h.v):
				return object.Null, object.Errorf(object.TypeError, "callable %s expected, got %s", h.name, object.TypeOf(h.v).Name)
			default:
				*h.dst = h.v
			}
		}
		return object.None, nil
	})
	fn("get_asyncgen_hooks", func(args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoArgs("get_asyncgen_hooks", args, kwnames); err != nil {
			return object.Null, err
		}
		return object.NewStructSeq(asyncgenHooksType, orNone(in.AsyncgenFirstIter), orNone(in.AsyncgenFinalizer)), nil
	})
}
