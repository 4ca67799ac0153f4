package native

// atexit: functions run when the interpreter ends (vm.Interp.Finalize runs
// them, last registered first, after an uncaught exception and on
// sys.exit() too).

import (
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

func init() { register("atexit", newAtexitModule) }

const atexitDoc = `allow programmer to define multiple exit functions to be executed
upon normal program termination.

Two public functions, register and unregister, are defined.
`

func newAtexitModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("atexit", atexitDoc)
	defFunc(m, "register", func(args []object.Value, kw []string) (object.Value, error) {
		if len(args)-len(kw) < 1 {
			return object.Null, object.Errorf(object.TypeError, "register() takes at least 1 argument (0 given)")
		}
		fn := args[0]
		if !object.IsCallable(fn) {
			return object.Null, object.Errorf(object.TypeError, "the first argument must be callable")
		}
		in.AtexitRegister(fn, append([]object.Value(nil), args[1:]...), append([]string(nil), kw...))
		return fn, nil
	})
	defFunc(m, "unregister", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("atexit.unregister", args, kw); err != nil {
			return object.Null, err
		}
		return object.None, in.AtexitUnregister(args[0])
	})
	defFunc(m, "_run_exitfuncs", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("_run_exitfuncs", args, kw); err != nil {
			return object.Null, err
		}
		in.RunAtexit()
		return object.None, nil
	})
	defFunc(m, "_clear", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("_clear", args, kw); err != nil {
			return object.Null, err
		}
		in.AtexitClear()
		return object.None, nil
	})
	defFunc(m, "_ncallbacks", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("_ncallbacks", args, kw); err != nil {
			return object.Null, err
		}
		return object.Int(int64(in.AtexitCount())), nil
	})
	return m, nil
}
