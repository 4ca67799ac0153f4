package vm

import (
	"github.com/pyvar/pyvar/core/object"
)

// builtinBuildClass is __build_class__(func, name, *bases, metaclass=?,
// **kwds) as in CPython 3.10: the metaclass is the explicit one or that of
// the bases (the most derived wins), __prepare__ makes the namespace, the
// class body runs with that namespace as f_locals and returns the
// __class__ cell (or None), and the metaclass is called to make the class.
func (in *Interp) builtinBuildClass(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 2 {
		return object.Null, object.Errorf(object.TypeError, "__build_class__: not enough arguments")
	}
	fn, ok := args[0].Object().(*Function)
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "__build_class__: func must be a function")
	}
	nameV := args[1]
	if _, ok := nameV.Object().(*object.Str); !ok {
		return object.Null, object.Errorf(object.TypeError, "__build_class__: name is not a string")
	}
	// args may be the caller's value stack, which the class body's frame
	// can reuse: keep the bases for __orig_bases__ in a slice of their own.
	origBases := append([]object.Value(nil), args[2:npos]...)
	bases, err := updateBases(origBases)
	if err != nil {
		return object.Null, err
	}
	var meta object.Value
	var kwVals []object.Value
	var kwNames []string
	for i, k := range kwnames {
		if k == "metaclass" {
			meta = args[npos+i]
			continue
		}
		kwNames = append(kwNames, k)
		kwVals = append(kwVals, args[npos+i])
	}
	isClass := true
	if meta.IsNull() {
		if len(bases) == 0 {
			meta = object.FromObject(object.TypeType)
		} else {
			meta = object.FromObject(object.TypeOf(bases[0]))
		}
	} else {
		_, isClass = meta.Object().(*object.Type)
	}
	if isClass {
		if meta, err = calculateMetaclass(meta.Object().(*object.Type), bases); err != nil {
			return object.Null, err
		}
	}
	basesTuple := object.FromObject(object.NewTuple(bases...))
	var ns object.Value
	prep, err := object.GetAttrString(meta, "__prepare__")
	if err != nil {
		if !object.ExceptionMatches(err, object.AttributeError) {
			return object.Null, err
		}
		ns = object.FromObject(object.NewDict(8))
	} else {
		pargs := append([]object.Value{nameV, basesTuple}, kwVals...)
		if ns, err = in.call(prep, pargs, kwNames); err != nil {
			return object.Null, err
		}
		if !isMapping(ns) {
			mname := "<metaclass>"
			if t, ok := meta.Object().(*object.Type); ok {
				mname = t.Name
			}
			return object.Null, object.Errorf(object.TypeError, "%s.__prepare__() must return a mapping, not %s",
				mname, object.TypeOf(ns).Name)
		}
	}
	cell, err := in.runClassBody(fn, ns)
	if err != nil {
		return object.Null, err
	}
	if len(bases) != len(origBases) || !sameValues(bases, origBases) {
		if err := object.SetItem(ns, object.NewStr("__orig_bases__"), object.FromObject(object.NewTuple(origBases...))); err != nil {
			return object.Null, err
		}
	}
	cargs := append([]object.Value{nameV, basesTuple, ns}, kwVals...)
	cls, err := in.call(meta, cargs, kwNames)
	if err != nil {
		return object.Null, err
	}
	if c, ok := cell.Object().(*object.Cell); ok {
		if _, isType := cls.Object().(*object.Type); isType && !c.Ref.Is(cls) {
			if c.Ref.IsNull() {
				cr, _ := object.Repr(cls)
				return object.Null, object.Errorf(object.RuntimeError,
					"__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?", object.StrRepr(nameV.Object().(*object.Str).S), cr)
			}
			cr, _ := object.Repr(c.Ref)
			clr, _ := object.Repr(cls)
			return object.Null, object.Errorf(object.TypeError, "__class__ set to %s defining %s as %s", cr, object.StrRepr(nameV.Object().(*object.Str).S), clr)
		}
	}
	return cls, nil
}

func sameValues(a, b []object.Value) bool {
	for i := range a {
		if !a[i].Is(b[i]) {
			return false
		}
	}
	return true
}

// updateBases applies __mro_entries__ (PEP 560) to non-class bases.
func updateBases(bases []object.Value) ([]object.Value, error) {
	var out []object.Value
	changed := false
	for i, b := range bases {
		if _, ok := b.Object().(*object.Type); ok {
			if changed {
				out = append(out, b)
			}
			continue
		}
		m, err := object.GetAttrString(b, "__mro_entries__")
		if err != nil {
			if object.ExceptionMatches(err, object.AttributeError) {
				if changed {
					out = append(out, b)
				}
				continue
			}
			return nil, err
		}
		r, err := object.Call(m, []object.Value{object.FromObject(object.NewTuple(bases...))}, nil)
		if err != nil {
			return nil, err
		}
		t, ok := r.Object().(*object.Tuple)
		if !ok {
			return nil, object.Errorf(object.TypeError, "__mro_entries__ must return a tuple")
		}
		if !changed {
			out = append(out, bases[:i]...)
			changed = true
		}
		out = append(out, t.Items...)
	}
	if !changed {
		return bases, nil
	}
	return out, nil
}

// calculateMetaclass picks the most derived metaclass among meta and the
// types of the bases (CPython's _PyType_CalculateMetaclass).
func calculateMetaclass(meta *object.Type, bases []object.Value) (object.Value, error) {
	winner := meta
	for _, b := range bases {
		bt := object.TypeOf(b)
		if winner.IsSubtype(bt) {
			continue
		}
		if bt.IsSubtype(winner) {
			winner = bt
			continue
		}
		return object.Null, object.Errorf(object.TypeError,
			"metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return object.FromObject(winner), nil
}

// runClassBody runs a class body function with ns as its f_locals and the
// function's globals, builtins and closure; it returns what the body
// returns (the __class__ cell, or None).
func (in *Interp) runClassBody(fn *Function, ns object.Value) (object.Value, error) {
	co := fn.Code
	f := in.newFrame(co, fn.Globals, fn.Builtins, fn.BuiltinsV())
	if gm := fn.globalsMap(); !gm.IsNull() {
		f.ext().globalsMap, f.exactDicts = gm, false
	}
	f.setLocals(ns)
	if d, ok := ns.Object().(*object.Dict); ok && d.Type() == object.DictType {
		f.LocalsDict = d
	}
	if len(co.Cellvars)+len(co.Freevars) > 0 {
		f.initCells(fn.Closure)
	}
	r, _, err := in.eval(f, nil)
	in.releaseFrame(f)
	return r, err
}

// superMethod is `super().name` or `super(C, obj).name` followed by a
// call (CALL_FUNCTION 0 or 2 of the built-in super, args, then LOAD_METHOD
// name) in one step, as CPython
// 3.12's LOAD_SUPER_ATTR: when super would find a Python function (or a
// built-in method descriptor that applies to the instance), it returns
// that function and self for CALL_METHOD, and no super object or bound
// method is made. ok is false for every other case, which runs the two
// instructions as usual (and raises their errors).
func (in *Interp) superMethod(args []object.Value, name *object.Str) (meth, self object.Value, ok bool) {
	var typ *object.Type
	var obj object.Value
	if len(args) == 2 {
		// super(C, obj): SuperLookup refuses an obj that is not an
		// instance of C, for the super object to raise as it does.
		if typ, ok = args[0].Object().(*object.Type); !ok {
			return meth, self, false
		}
		obj = args[1]
	} else {
		var err error
		if typ, obj, err = in.superArgs(); err != nil {
			return meth, self, false
		}
	}
	attr, ot, found, err := object.SuperLookup(typ, obj, name)
	if err != nil || !found {
		return meth, self, false
	}
	switch a := attr.Object().(type) {
	case *Function:
	case *object.MethodDescr:
		if !ot.IsSubtype(a.Owner) {
			return meth, self, false
		}
	default:
		return meth, self, false
	}
	in.superFast++
	return attr, obj, true
}

// superArgs finds zero-argument super()'s type and instance in the calling
// frame: the __class__ free variable and the first argument (which may
// live in a cell), with CPython 3.10's RuntimeError messages.
func (in *Interp) superArgs() (*object.Type, object.Value, error) {
	f := in.callerFrame()
	if f == nil {
		return nil, object.Null, object.Errorf(object.RuntimeError, "super(): no current frame")
	}
	co := f.Code
	if co.Argcount == 0 {
		return nil, object.Null, object.Errorf(object.RuntimeError, "super(): no arguments")
	}
	obj := f.Localsplus[0]
	if obj.IsNull() {
		for i, a := range co.Cell2Arg {
			if a == 0 {
				obj = f.cell(i).Ref
				break
			}
		}
	}
	if obj.IsNull() {
		return nil, object.Null, object.Errorf(object.RuntimeError, "super(): arg[0] deleted")
	}
	for i, name := range co.Freevars {
		if name != "__class__" {
			continue
		}
		c := f.cell(len(co.Cellvars) + i)
		if c.Ref.IsNull() {
			return nil, object.Null, object.Errorf(object.RuntimeError, "super(): empty __class__ cell")
		}
		t, ok := c.Ref.Object().(*object.Type)
		if !ok {
			return nil, object.Null, object.Errorf(object.RuntimeError, "super(): __class__ is not a type (%s)", object.TypeOf(c.Ref).Name)
		}
		return t, obj, nil
	}
	return nil, object.Null, object.Errorf(object.RuntimeError, "super(): __class__ cell not found")
}
