package vm

import (
	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// CallSelf calls fn with self prepended to args (object.SelfCaller): a
// method called from Go code (__init__ from type.__call__, a bound method
// object, a special method) allocates no argument slice.
func (fn *Function) CallSelf(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	return fn.interp.callBoundFunction(fn, self, args, kwnames)
}

// Call1 calls fn with one argument (object.OneArgCaller): the argument
// goes to callFunction in an array on the Go stack, which it copies into
// the frame and does not keep.
func (fn *Function) Call1(a object.Value) (object.Value, error) {
	buf := [1]object.Value{a}
	return fn.interp.callFunction(fn, buf[:], nil)
}

// CallSelf1 calls fn with self and one argument (object.SelfCaller1).
func (fn *Function) CallSelf1(self, a object.Value) (object.Value, error) {
	buf := [2]object.Value{self, a}
	return fn.interp.callFunction(fn, buf[:], nil)
}

// Call2 calls fn with two arguments (object.TwoArgCaller).
func (fn *Function) Call2(a, b object.Value) (object.Value, error) {
	buf := [2]object.Value{a, b}
	return fn.interp.callFunction(fn, buf[:], nil)
}

// CallSelf2 calls fn with self and two arguments (object.SelfCaller2).
func (fn *Function) CallSelf2(self, a, b object.Value) (object.Value, error) {
	buf := [3]object.Value{self, a, b}
	return fn.interp.callFunction(fn, buf[:], nil)
}

// AttrCacheAt returns the inline cache that the LOAD_ATTR, LOAD_METHOD or
// STORE_ATTR instruction at unit of co uses (shared by the instructions of
// the same kind on the same name), or nil when co never ran one or the
// instruction is of another kind.
func AttrCacheAt(co *code.Code, unit int) *object.AttrCache {
	if co.AttrCaches == nil {
		return nil
	}
	var kind int
	switch co.Code[unit].Op() {
	case code.LOAD_ATTR:
		kind = attrLoad
	case code.LOAD_METHOD:
		kind = attrMethod
	case code.STORE_ATTR:
		kind = attrStore
	default:
		return nil
	}
	arg := int(co.Code[unit].Arg())
	for u := unit - 1; u >= 0 && co.Code[u].Op() == code.EXTENDED_ARG; u-- {
		arg |= int(co.Code[u].Arg()) << (8 * (unit - u))
	}
	if 3*arg+kind >= len(co.AttrCaches) {
		return nil
	}
	return &co.AttrCaches[3*arg+kind]
}
