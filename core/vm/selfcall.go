package vm

import "github.com/pyvar/pyvar/core/object"

// CallSelf calls fn with self prepended to args (object.SelfCaller): a
// method called from Go code (__init__ from type.__call__, a bound method
// object, a special method) allocates no argument slice.
func (fn *Function) CallSelf(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	return fn.interp.callBoundFunction(fn, self, args, kwnames)
}
