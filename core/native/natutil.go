package native

import (
	"strings"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// Helpers shared by the native modules: argument parsing with the wording
// of CPython's argument parsers, type set-up, and guarded iteration.

// shortName is CPython's _PyType_Name: the type's tp_name after its last
// dot, what the reprs of built-in objects print ("deque", or the subclass's
// own name).
func shortName(t *object.Type) string {
	n := t.Name
	if i := strings.LastIndexByte(n, '.'); i >= 0 {
		return n[i+1:]
	}
	return n
}

// newIterType makes a subclassable native iterator type (a C iterator with
// Py_TPFLAGS_BASETYPE) whose payload implements object.Iterator; its New
// (set from an init function, as it usually names the type) wraps the
// payload with object.WrapBuiltin.
func newIterType(name string) *object.Type {
	t := object.NewBaseType(name, nil)
	t.AddIteratorSlots()
	return t
}

// newFinalType makes a native type that classes cannot derive from (a C
// type without Py_TPFLAGS_BASETYPE: functools.KeyWrapper, ...); its special
// methods are found in its namespace, as for any native type.
func newFinalType(name string, base *object.Type) *object.Type {
	t := object.NewBaseType(name, base)
	t.SetFinal()
	return t
}

// newFinalIterType makes a native iterator type that classes cannot derive
// from (itertools._tee, the deque iterators).
func newFinalIterType(name string) *object.Type {
	t := newFinalType(name, nil)
	t.AddIteratorSlots()
	return t
}

// posOnlyNew checks the arguments of an Argument Clinic __new__ whose
// parameters are all positional-only: keywords are refused for the exact
// type only (a subclass's are ignored, as in CPython), and the positional
// count must be within [min, max] (max < 0: no limit). It returns the
// positional arguments.
func posOnlyNew(fname string, t, exact *object.Type, args []object.Value, kw []string, min, max int) ([]object.Value, error) {
	if t == exact && len(kw) > 0 {
		return nil, object.Errorf(object.TypeError, "%s() takes no keyword arguments", fname)
	}
	args = args[:len(args)-len(kw)]
	if err := object.CheckPositional(fname, len(args), min, max); err != nil {
		return nil, err
	}
	return args, nil
}

// parseKw binds vectorcall arguments to named parameters with the checks
// and messages of CPython's keyword parsers (_PyArg_UnpackKeywords and
// PyArg_ParseTupleAndKeywords): the first npos names may come by
// position, the first nreq are required, the rest are keyword-only; out
// gets Null for absent ones.
func parseKw(fname string, args []object.Value, kw []string, names []string, npos, nreq int, out []object.Value) error {
	nargs := len(args) - len(kw)
	maxargs := len(names)
	if nargs+len(kw) > maxargs {
		kwd := ""
		if nargs == 0 {
			kwd = "keyword "
		}
		return object.Errorf(object.TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, maxargs, kwd, plural(maxargs), nargs+len(kw))
	}
	if nargs > npos {
		if npos == 0 {
			return object.Errorf(object.TypeError, "%s() takes no positional arguments", fname)
		}
		how := "exactly"
		if nreq < npos {
			how = "at most"
		}
		return object.Errorf(object.TypeError, "%s() takes %s %d positional argument%s (%d given)", fname, how, npos, plural(npos), nargs)
	}
	for i := range out {
		out[i] = object.Null
	}
	copy(out, args[:nargs])
	used := 0
	for i := nargs; i < maxargs; i++ {
		for j, k := range kw {
			if k == names[i] {
				out[i] = args[nargs+j]
				used++
				break
			}
		}
		if out[i].IsNull() && i < nreq {
			return object.Errorf(object.TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	if used < len(kw) {
		for _, k := range kw {
			for i := 0; i < nargs; i++ {
				if names[i] == k {
					return object.Errorf(object.TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, i+1)
				}
			}
		}
		for _, k := range kw {
			found := false
			for _, n := range names {
				if n == k {
					found = true
				}
			}
			if !found {
				return object.Errorf(object.TypeError, "'%s' is an invalid keyword argument for %s()", k, fname)
			}
		}
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// asSsize converts an argument as the "n" format unit does
// (PyNumber_Index, then PyLong_AsSsize_t): a TypeError for non-integers,
// OverflowError past the C ssize_t range.
func asSsize(v object.Value) (int64, error) {
	if v.IsInt() {
		return v.RawInt(), nil
	}
	r, err := object.Index(v)
	if err != nil {
		return 0, err
	}
	n, ok := r.AsInt()
	if !ok {
		return 0, object.Errorf(object.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return n, nil
}

// asSsizeExact is PyLong_AsSsize_t: only ints (no __index__), with
// CPython's "an integer is required" for anything else.
func asSsizeExact(v object.Value) (int64, error) {
	if n, ok := v.AsInt(); ok {
		return n, nil
	}
	if _, big := object.ToBigInt(object.Unwrap(v)); big && isIntType(v) {
		return 0, object.Errorf(object.OverflowError, "Python int too large to convert to C ssize_t")
	}
	if isIntType(v) {
		if n, ok := object.Unwrap(v).AsInt(); ok {
			return n, nil
		}
	}
	return 0, object.Errorf(object.TypeError, "an integer is required")
}

// isIntType reports PyLong_Check: v is an int or bool, or an instance of
// a subclass of int.
func isIntType(v object.Value) bool {
	return object.TypeOf(v).IsSubtype(object.IntType)
}

// iterNext advances a Python iterator from Go code that may itself be
// advanced by another Go iterator (a chain of chains, islice of map, ...):
// the nesting counts against the recursion limit, so that a deep tower
// raises RecursionError instead of exhausting the Go stack.
func iterNext(it object.Value) (object.Value, bool, error) {
	if err := object.EnterRecursiveCall(""); err != nil {
		return object.Null, false, err
	}
	v, ok, err := object.Next(it)
	object.LeaveRecursiveCall()
	return v, ok, err
}

// callGuarded calls fn from Go code that a chain of such calls may nest
// (a partial of a partial subclass of ...): the nesting counts against
// the recursion limit. A Python function counts its own frame, as in
// CPython, so it is called directly.
func callGuarded(fn object.Value, args []object.Value, kw []string) (object.Value, error) {
	if f, ok := fn.Object().(*vm.Function); ok {
		return f.Call(args, kw)
	}
	if err := object.EnterRecursiveCall(" while calling a Python object"); err != nil {
		return object.Null, err
	}
	r, err := object.Call(fn, args, kw)
	object.LeaveRecursiveCall()
	return r, err
}

// stateTuple checks a __setstate__ argument the way the C methods do
// (PyTuple_Check, then PyArg_ParseTuple with min..max items) and returns
// its items.
func stateTuple(state object.Value, min, max int) ([]object.Value, error) {
	t, ok := object.Unwrap(state).Object().(*object.Tuple)
	if !ok || state.Kind() != object.KindObject {
		return nil, object.Errorf(object.TypeError, "state is not a tuple")
	}
	n := len(t.Items)
	if n < min || n > max {
		how := "exactly"
		want := min
		switch {
		case min == max:
		case n < min:
			how = "at least"
		default:
			how, want = "at most", max
		}
		return nil, object.Errorf(object.TypeError, "function takes %s %d argument%s (%d given)", how, want, plural(want), n)
	}
	return t.Items, nil
}

// numberCheck is PyNumber_Check: ints, floats, complex numbers and
// objects with __index__, __int__ or __float__.
func numberCheck(v object.Value) bool {
	switch v.Kind() {
	case object.KindInt, object.KindBool, object.KindFloat:
		return true
	case object.KindObject:
	default:
		return false
	}
	t := object.TypeOf(v)
	if t.IsSubtype(object.IntType) || t.IsSubtype(object.FloatType) || t.IsSubtype(object.ComplexType) {
		return true
	}
	for _, n := range [...]string{"__index__", "__int__", "__float__"} {
		if !t.LookupString(n).IsNull() {
			return true
		}
	}
	return false
}

// addClassGetItem gives t the __class_getitem__ of PEP 585 (t[int] is a
// types.GenericAlias).
func addClassGetItem(t *object.Type) {
	t.AddClassMethod("__class_getitem__", func(cls object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("__class_getitem__", args, kw); err != nil {
			return object.Null, err
		}
		return object.NewGenericAlias(cls, args[0]), nil
	})
}

// typeValue returns t as a Value.
func typeValue(t *object.Type) object.Value { return object.FromObject(t) }

// noArgs is the METH_NOARGS check with CPython's message.
func noArgs(name string, args []object.Value, kw []string) error {
	return object.NoArgs(name, args, kw)
}

// funcPosOnly checks the arguments of a module function whose parameters
// are positional-only: keywords are refused in the vectorcall wording
// ("itertools.tee() takes no keyword arguments", naming the module), the
// count in Argument Clinic's ("tee expected at most 2 arguments, got 3").
func funcPosOnly(module, name string, args []object.Value, kw []string, min, max int) error {
	if len(kw) > 0 {
		return object.NoKwargs(module+"."+name, kw)
	}
	if len(args) < min || (max >= 0 && len(args) > max) {
		return object.CheckPositional(name, len(args), min, max)
	}
	return nil
}

// argTypeName is how CPython's argument errors name an argument's type:
// "None" for None itself, the type's name otherwise.
func argTypeName(v object.Value) string {
	if v.IsNone() {
		return "None"
	}
	return object.TypeOf(v).Name
}

// exactlyOne is object.ExactlyOne for a qualified name built only when the
// check fails (the name is qual + "." + name).
func exactlyOne(qual, name string, args []object.Value, kw []string) error {
	if len(args) == 1 && len(kw) == 0 {
		return nil
	}
	return object.ExactlyOne(qual+"."+name, args, kw)
}

// noArgsQ is object.NoArgs for a qualified name built only on failure.
func noArgsQ(qual, name string, args []object.Value, kw []string) error {
	if len(args) == 0 && len(kw) == 0 {
		return nil
	}
	return object.NoArgs(qual+"."+name, args, kw)
}

// call1 calls fn(a) from a loop: a Python function copies its arguments
// into its frame, so for it the argument array stays on the Go stack
// instead of costing an allocation per call.
func call1(fn, a object.Value) (object.Value, error) {
	if f, ok := fn.Object().(*vm.Function); ok {
		buf := [1]object.Value{a}
		return f.Call(buf[:], nil)
	}
	return object.Call(fn, []object.Value{a}, nil)
}

// call2 is call1 for fn(a, b).
func call2(fn, a, b object.Value) (object.Value, error) {
	if f, ok := fn.Object().(*vm.Function); ok {
		buf := [2]object.Value{a, b}
		return f.Call(buf[:], nil)
	}
	return object.Call(fn, []object.Value{a, b}, nil)
}
