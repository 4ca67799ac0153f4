package object

// InitFor is the first half of type.__call__ for the calls the VM finishes
// itself, by running __init__ in its own eval loop: when calling t runs
// type.__call__ (no metaclass __call__), object.__new__ and an __init__
// of t's own, it returns that __init__ (as found on the class: a function
// to be called with the new instance first). ok is false for every other
// class, which is called as usual.
func (t *Type) InitFor() (init Value, ok bool) {
	if !t.Heap || t.Meta != nil && t.Meta.Heap || t.abstract || t.solid != ObjectType && t.solid != nil {
		return Null, false
	}
	c := t.validCache()
	newv := t.lookupEntry(&c.newE, nameNew)
	if bf, isBF := newv.o.(*BuiltinFunction); !isBF || bf.owner != ObjectType || bf.Name != "__new__" {
		return Null, false
	}
	initv := t.lookupEntry(&c.initE, strInit)
	if md, isMD := initv.o.(*MethodDescr); isMD && md.Owner == ObjectType {
		return Null, false
	}
	return initv, true
}

// NewForInit makes the instance type.__call__ makes with object.__new__,
// for a class InitFor accepted; the caller runs __init__ on it.
func (t *Type) NewForInit() Value {
	inst := newInstance(t)
	if t.nslots > 0 {
		inst.Slots = make([]Value, t.nslots)
	}
	newFinalizable(t, inst)
	return FromObject(inst)
}
