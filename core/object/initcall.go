package object

// InitFor is the first half of type.__call__ for the calls the VM finishes
// itself, by running __init__ in its own eval loop: when calling t runs
// type.__call__ (no metaclass __call__), object.__new__ (BaseException.__new__
// for exception classes) and an __init__ of t's own, it returns that
// __init__ (as found on the class: a function to be called with the new
// instance first). ok is false for every other
// class, which is called as usual.
func (t *Type) InitFor() (init Value, ok bool) {
	if !t.Heap || t.Meta != nil && t.Meta.Heap || t.abstract {
		return Null, false
	}
	newOwner := ObjectType
	switch t.solid {
	case ObjectType, nil:
	case BaseExceptionType:
		// An exception class: BaseException.__new__ stores the args.
		newOwner = BaseExceptionType
	default:
		return Null, false
	}
	c := t.validCache()
	newv := t.lookupEntry(&c.newE, nameNew)
	if bf, isBF := newv.o.(*BuiltinFunction); !isBF || bf.owner != newOwner || bf.Name != "__new__" {
		return Null, false
	}
	initv := t.lookupEntry(&c.initE, strInit)
	if md, isMD := initv.o.(*MethodDescr); isMD && md.Owner == ObjectType {
		return Null, false
	}
	return initv, true
}

// NewForInit makes the instance type.__call__ makes with object.__new__
// (or BaseException.__new__, which keeps args), for a class InitFor
// accepted; the caller runs __init__ on it with the same args.
func (t *Type) NewForInit(args []Value) Value {
	if t.solid == BaseExceptionType {
		v, _ := BaseExceptionType.New(t, args, nil)
		return v
	}
	inst := newInstance(t)
	newFinalizable(t, inst)
	return FromObject(inst)
}

// ExcBuiltInGo reports whether calling exception class t (an instance of
// it is at hand) runs Go code only (built-in __new__ and __init__, under a built-in metaclass): the
// instance the call returns is then known to no one but its caller.
func (t *Type) ExcBuiltInGo() bool {
	if !t.Heap {
		return true
	}
	init, ok := t.InitFor()
	if !ok {
		return false
	}
	md, isMD := init.o.(*MethodDescr)
	return isMD && !md.Owner.Heap
}
