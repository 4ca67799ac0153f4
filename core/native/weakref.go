package native

// _weakref: weak references (ref and its subclasses, the proxies) on the
// VM's weak-reference machinery (vm.WeakRef, core/vm/weakref.go): a
// reference never keeps its referent alive, ref() returns None once Go's
// collector has freed the referent, and callbacks run on the interpreter's
// goroutine when the VM finds the referent dead (at gc.collect(), and at
// the eval loop's safe points after a collection).

import (
	"fmt"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// The _weakref types. ReferenceType may be subclassed (weakref.KeyedRef,
// WeakMethod); instances of subclasses wrap a *vm.WeakRef payload.
var (
	ReferenceType     = object.NewBaseType("weakref.ReferenceType", nil)
	ProxyType         = object.NewBaseType("weakref.ProxyType", nil)
	CallableProxyType = object.NewBaseType("weakref.CallableProxyType", nil)
)

func init() { register("_weakref", newWeakrefModule) }

func newWeakrefModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("_weakref", "Weak-reference support module.")
	setAttr(m, "ref", object.FromObject(ReferenceType))
	setAttr(m, "ReferenceType", object.FromObject(ReferenceType))
	setAttr(m, "ProxyType", object.FromObject(ProxyType))
	setAttr(m, "CallableProxyType", object.FromObject(CallableProxyType))
	defFunc(m, "getweakrefcount", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("_weakref.getweakrefcount", args, kw); err != nil {
			return object.Null, err
		}
		return object.Int(int64(len(in.WeakRefsOf(args[0])))), nil
	})
	defFunc(m, "getweakrefs", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("_weakref.getweakrefs", args, kw); err != nil {
			return object.Null, err
		}
		return object.FromObject(object.NewList(in.WeakRefsOf(args[0])...)), nil
	})
	defFunc(m, "proxy", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("proxy", kw); err != nil {
			return object.Null, err
		}
		ob, cb, err := refArgs("proxy", args)
		if err != nil {
			return object.Null, err
		}
		if cb.IsNone() {
			if w := in.BasicWeakRef(ob, true); w != nil {
				return object.FromObject(w), nil
			}
		}
		t := ProxyType
		if object.IsCallable(ob) {
			t = CallableProxyType
		}
		w, err := in.NewWeakRef(t, ob, cb, true, cb.IsNone())
		if err != nil {
			return object.Null, err
		}
		return object.FromObject(w), nil
	})
	defFunc(m, "_remove_dead_weakref", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("_remove_dead_weakref", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("_remove_dead_weakref", len(args), 2, 2); err != nil {
			return object.Null, err
		}
		d, ok := args[0].Object().(*object.Dict)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s", object.TypeOf(args[0]).Name)
		}
		v, found, err := d.Get(args[1])
		if err != nil {
			return object.Null, err
		}
		if !found {
			return object.None, nil // already gone: CPython ignores the KeyError
		}
		w, isRef := object.Unwrap(v).Object().(*vm.WeakRef)
		if !isRef || w.Proxy {
			return object.Null, object.Errorf(object.TypeError, "not a weakref")
		}
		if w.Referent().IsNull() {
			if _, err := d.Delete(args[1]); err != nil {
				return object.Null, err
			}
		}
		return object.None, nil
	})
	return m, nil
}

// refArgs unpacks (object[, callback]) as parse_weakref_init_args does.
func refArgs(fname string, args []object.Value) (ob, cb object.Value, err error) {
	switch {
	case len(args) < 1:
		return object.Null, object.Null, object.Errorf(object.TypeError, "%s expected at least 1 argument, got %d", fname, len(args))
	case len(args) > 2:
		return object.Null, object.Null, object.Errorf(object.TypeError, "%s expected at most 2 arguments, got %d", fname, len(args))
	}
	cb = object.None
	if len(args) == 2 {
		cb = args[1]
	}
	return args[0], cb, nil
}

// weakOf returns the payload of a ref or proxy (or of a ref subclass's
// instance).
func weakOf(v object.Value) *vm.WeakRef {
	w, _ := object.Unwrap(v).Object().(*vm.WeakRef)
	return w
}

func init() {
	t := ReferenceType
	t.Doc = ""
	t.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		npos := len(args) - len(kw)
		ob, cb, err := refArgs("__new__", args[:npos])
		if err != nil {
			return object.Null, err
		}
		in := vm.Current()
		if in == nil {
			return object.Null, object.Errorf(object.RuntimeError, "weak references need a running interpreter")
		}
		basic := cls == ReferenceType && cb.IsNone()
		if basic {
			if w := in.BasicWeakRef(ob, false); w != nil {
				return object.FromObject(w), nil
			}
		}
		w, err := in.NewWeakRef(ReferenceType, ob, cb, false, basic)
		if err != nil {
			return object.Null, err
		}
		self := object.WrapBuiltin(cls, object.FromObject(w))
		w.Self = self.Object()
		return self, nil
	}, func(self object.Value, args []object.Value, kw []string) error {
		if err := object.NoKwargs("ref", kw); err != nil {
			return err
		}
		_, _, err := refArgs("__init__", args)
		return err
	})
	t.AddSlot("__call__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if len(kw) > 0 {
			return object.Null, object.Errorf(object.TypeError, "__call__() takes at most 0 keyword arguments (%d given)", len(kw))
		}
		if len(args) > 0 {
			return object.Null, object.Errorf(object.TypeError, "__call__() takes at most 0 arguments (%d given)", len(args))
		}
		w := weakOf(self)
		r := w.Referent()
		if in := vm.Current(); in != nil {
			r = in.CallWeakRef(w)
		}
		if r.IsNull() {
			return object.None, nil
		}
		return r, nil
	})
	t.AddSlot("__hash__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		w := weakOf(self)
		if w.Hashed {
			return object.Int(w.Hash), nil
		}
		r := w.Referent()
		if r.IsNull() {
			return object.Null, object.Errorf(object.TypeError, "weak object has gone away")
		}
		h, err := object.Hash(r)
		if err != nil {
			return object.Null, err
		}
		w.Hash, w.Hashed = h, true
		return object.Int(h), nil
	})
	for _, op := range []object.CompareOp{object.CmpLt, object.CmpLe, object.CmpEq, object.CmpNe, object.CmpGt, object.CmpGe} {
		name := [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}[op]
		t.AddSlot(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := object.ExactlyOne(name, args, kw); err != nil {
				return object.Null, err
			}
			a, b := weakOf(self), weakOf(args[0])
			if (op != object.CmpEq && op != object.CmpNe) || b == nil || b.Proxy {
				return object.NotImplemented, nil
			}
			ra, rb := a.Referent(), b.Referent()
			if ra.IsNull() || rb.IsNull() {
				same := a == b
				return object.Bool(same == (op == object.CmpEq)), nil
			}
			return object.RichCompare(ra, rb, op)
		})
	}
	t.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		w := weakOf(self)
		r := w.Referent()
		if r.IsNull() {
			return object.NewStr(fmt.Sprintf("<weakref at %#x; dead>", object.ObjectID(self.Object()))), nil
		}
		s := fmt.Sprintf("<weakref at %#x; to '%s' at %#x", object.ObjectID(self.Object()), object.TypeOf(r).Name, object.ObjectID(r.Object()))
		name, err := object.GetAttrString(r, "__name__")
		if err != nil && !object.ExceptionMatches(err, object.AttributeError) {
			return object.Null, err
		}
		if n, ok := name.Object().(*object.Str); err == nil && ok {
			s += " (" + n.S + ")"
		}
		return object.NewStr(s + ">"), nil
	})
	t.AddGetter("__callback__", func(self object.Value) (object.Value, error) {
		cb := weakOf(self).Callback
		if cb.IsNull() {
			return object.None, nil
		}
		return cb, nil
	})
	t.AddClassMethod("__class_getitem__", func(cls object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("__class_getitem__", args, kw); err != nil {
			return object.Null, err
		}
		return object.NewGenericAlias(cls, args[0]), nil
	})
	initProxyTypes()
}
