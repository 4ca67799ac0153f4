package vm

import (
	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// What the gc module can tell about the object graph. CPython asks each
// container type to visit what it refers to (tp_traverse) and keeps every
// container in a list; Go's collector keeps no such list and exposes no
// traversal, so pyvar follows the references it knows for its own types
// (best effort: a native module's type that keeps values in Go fields it
// does not expose is a leaf), and "all objects" means all objects reachable
// from the interpreter's roots.

// Referents returns the objects v refers to directly (gc.get_referents),
// in an order close to CPython's traversal.
func Referents(v object.Value) []object.Value {
	var out []object.Value
	add := func(vs ...object.Value) {
		for _, x := range vs {
			if !x.IsNull() {
				out = append(out, x)
			}
		}
	}
	addDict := func(d *object.Dict) {
		if d != nil {
			add(object.FromObject(d))
		}
	}
	if !v.IsObject() {
		return nil
	}
	switch o := v.Object().(type) {
	case *object.List:
		for i := len(o.Items) - 1; i >= 0; i-- { // list_traverse goes backwards
			add(o.Items[i])
		}
	case *object.Tuple:
		for i := len(o.Items) - 1; i >= 0; i-- {
			add(o.Items[i])
		}
	case *object.Dict:
		strKeys := true
		for i := 0; i < o.EntriesLen(); i++ {
			if k, _, live := o.EntryAt(i); live {
				if _, ok := k.Object().(*object.Str); !ok {
					strKeys = false
				}
			}
		}
		for i := 0; i < o.EntriesLen(); i++ {
			k, val, live := o.EntryAt(i)
			if !live {
				continue
			}
			if !strKeys {
				add(k)
			}
			add(val)
		}
	case *object.Set:
		add(o.Items()...)
	case *object.Instance:
		add(object.FromObject(o.Class))
		addDict(o.DictIfAny())
		add(o.Slots()...)
		if !o.Builtin().IsNull() {
			add(Referents(o.Builtin())...)
		}
	case *object.Type:
		if o.Heap {
			addDict(o.Dict)
			for _, b := range o.MRO {
				add(object.FromObject(b))
			}
		}
	case *Function:
		add(object.FromObject(o.Code))
		addDict(o.Globals)
		add(o.Module)
		if o.Defaults != nil {
			add(object.FromObject(o.Defaults))
		}
		addDict(o.Kwdefaults())
		add(o.Doc())
		addDict(o.Dict())
		for _, c := range o.Closure {
			add(object.FromObject(c))
		}
		addDict(o.Annotations())
	case *object.Method:
		add(o.Func, o.Self)
	case *object.Cell:
		add(o.Ref)
	case *object.Module:
		addDict(o.Dict)
	case *Generator:
		if o.Frame != nil {
			add(object.FromObject(o.Frame))
		}
		add(object.FromObject(o.Code))
	case *Frame:
		if o.Back != nil {
			add(object.FromObject(o.Back))
		}
		add(object.FromObject(o.Code))
		addDict(o.Globals)
		add(o.Locals())
		end := o.stackBase
		if o.genFrame && !o.running && o.sp <= len(o.Localsplus) {
			end = o.sp // a suspended generator's stack is exact
		}
		add(o.Localsplus[:min(end, len(o.Localsplus))]...)
		for _, v := range o.Localsplus[:min(end, len(o.Localsplus))] {
			switch a := v.Object().(type) {
			case *asyncGenASend:
				a.escaped = true // seen from Python: never reused (getANext)
			case *object.BaseException:
				a.Private = false // a handled exception, or one caughtExc left private
			}
		}
	case *object.BaseException:
		add(object.FromObject(o.Args))
		if o.Traceback != nil {
			add(object.FromObject(o.Traceback))
		}
		add(o.Context, o.Cause)
		addDict(o.Dict)
	case *object.Traceback:
		if o.Next != nil {
			add(object.FromObject(o.Next))
		}
		if o.Frame != nil {
			add(object.FromObject(o.Frame))
		}
	case *WeakRef:
		add(o.Callback)
	case *code.Code:
		add(o.Consts...)
	}
	return out
}

// IsTracked is gc.is_tracked: whether CPython's collector would track v.
// Atoms (numbers, strings, bytes, None) and objects of static types that
// cannot hold references are not; tuples and dicts are when they hold
// something that may be tracked (CPython untracks the others lazily, at
// creation for dicts and at the first collection for tuples).
func IsTracked(v object.Value) bool {
	if v.Kind() != object.KindObject {
		return false
	}
	switch o := v.Object().(type) {
	case *object.Str, *object.Bytes, *code.Code, *object.Range, *object.Slice:
		return false
	case *object.Tuple:
		// CPython untracks a tuple of atoms at the first collection.
		for _, it := range o.Items {
			if mayBeTracked(it) {
				return true
			}
		}
		return false
	case *object.Dict:
		if o.Type() != object.DictType {
			return true
		}
		for i := 0; i < o.EntriesLen(); i++ {
			if k, val, live := o.EntryAt(i); live && (mayBeTracked(k) || mayBeTracked(val)) {
				return true
			}
		}
		return false
	case *object.Type:
		return o.Heap
	case *object.Instance:
		return o.Class.Heap || !o.Builtin().IsNull()
	}
	t := object.TypeOf(v)
	switch t {
	case object.ObjectType, object.IntType, object.FloatType, object.ComplexType, object.BoolType,
		object.NoneType, object.NotImplementedType, object.EllipsisType:
		return false
	}
	return true
}

// mayBeTracked is _PyObject_GC_MAY_BE_TRACKED.
func mayBeTracked(v object.Value) bool {
	if v.Kind() != object.KindObject {
		return false
	}
	if _, ok := v.Object().(*object.Dict); ok {
		return true // a dict is a GC type even while it is untracked
	}
	return IsTracked(v)
}

// ReachableObjects returns the tracked objects reachable from the
// interpreter's roots (sys.modules, builtins, the running frames, the
// objects waiting for their finalizers), each once: gc.get_objects.
func (in *Interp) ReachableObjects() []object.Value {
	seen := map[uint64]bool{}
	var out, stack []object.Value
	push := func(v object.Value) {
		if v.Kind() != object.KindObject {
			return
		}
		id := object.ObjectID(v.Object())
		if seen[id] {
			return
		}
		seen[id] = true
		stack = append(stack, v)
	}
	push(object.FromObject(in.Modules))
	push(object.FromObject(in.Builtins))
	if in.sysModule != nil {
		push(object.FromObject(in.sysModule))
	}
	for f := in.frame; f != nil; f = f.Back {
		push(object.FromObject(f))
	}
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if IsTracked(v) {
			out = append(out, v)
		}
		for _, r := range Referents(v) {
			push(r)
		}
	}
	return out
}
