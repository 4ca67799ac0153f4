package object

import "unsafe"

// Compact instance attributes, after CPython's key-sharing dictionaries
// (PEP 412) as 3.11 lays them out: a class keeps one append-only list of
// the attribute names its instances have set (instKeys), and an instance
// keeps only its values, values[i] being the attribute keys.names[i] (Null
// where the instance has no such attribute). `A(i)` with three attribute
// stores allocates one values array of 32 bytes per attribute instead of a
// versioned dict (its header and an 80-byte entry per attribute), and the
// attribute inline caches read and write values[i] directly.
//
// Python code never sees the difference: the first time anything asks for
// the instance's __dict__ (vars(), obj.__dict__, pickling, copy, gc
// referents, a delete), the values are moved into a real dict, in the
// instance's insertion order, and the instance uses that dict from then on,
// so the dict's identity is stable and mutations through it are seen by
// attribute access. The order is kept by construction: an instance may only
// set a new attribute whose index lies after all of its present ones;
// anything else (an attribute set out of the class's order, a delete, more
// than instKeysMax names on the class) moves it to a dict first.

// instKeysMax is how many attribute names a class shares among its
// instances (CPython's SHARED_KEYS_MAX_SIZE); further names go to dicts.
const instKeysMax = 30

// instKeys is a class's shared attribute names. It only grows, so an index
// into it stays valid for every instance that uses it, and an instance
// that changes class (__class__ assignment) keeps its keys.
type instKeys struct {
	names []*Str
}

// newInstance returns a new instance of t with room for the attributes
// its instances have had so far, in the same allocation, sized to them
// (up to 8): bytes cost as much as instructions here, since a program's
// fresh heap pages are touched for the first time.
func newInstance(t *Type) *Instance {
	if t.nslots > 0 {
		return newSlotsInstance(t)
	}
	return newValuesInstance(t)
}

// newSlotsInstance is newInstance for a class with __slots__.
func newSlotsInstance(t *Type) *Instance {
	if !t.hasDict {
		inst := newSlotted(t, Null)
		inst.keys = t.instKeys
		return inst
	}
	inst := newValuesInstance(t)
	inst.ext = &instanceExt{slots: make([]Value, t.nslots)}
	return inst
}

// newValuesInstance is newInstance for a class without __slots__.
func newValuesInstance(t *Type) *Instance {
	k := t.instKeys
	if k != nil && t.hasDict {
		switch len(k.names) {
		case 0:
		case 1:
			return newInstanceWith[[1]Value](t, k)
		case 2:
			return newInstanceWith[[2]Value](t, k)
		case 3:
			return newInstanceWith[[3]Value](t, k)
		case 4:
			return newInstanceWith[[4]Value](t, k)
		case 5:
			return newInstanceWith[[5]Value](t, k)
		case 6:
			return newInstanceWith[[6]Value](t, k)
		case 7:
			return newInstanceWith[[7]Value](t, k)
		case 8:
			return newInstanceWith[[8]Value](t, k)
		}
	}
	return &Instance{Class: t, keys: k}
}

// instanceWith is an instance and its values' array in one allocation.
type instanceWith[A any] struct {
	Instance
	buf A
}

// newInstanceWith allocates an instance of t with its values in an A, an
// array of Values.
func newInstanceWith[A any](t *Type, k *instKeys) *Instance {
	p := &instanceWith[A]{}
	n := int(unsafe.Sizeof(p.buf) / unsafe.Sizeof(Value{}))
	p.Class, p.keys, p.values = t, k, unsafe.Slice((*Value)(unsafe.Pointer(&p.buf)), n)[:0]
	return &p.Instance
}

// find returns name's index in k, or -1.
func (k *instKeys) find(name *Str) int {
	for i, n := range k.names {
		if n == name {
			return i
		}
	}
	for i, n := range k.names {
		if n.S == name.S {
			return i
		}
	}
	return -1
}

// keysFor returns the shared keys of t's instances, making them.
func (t *Type) keysFor() *instKeys {
	if t.instKeys == nil {
		t.instKeys = &instKeys{}
	}
	return t.instKeys
}

// lookupAttr returns the instance attribute name, if the instance has it.
// The instance's class must have a __dict__ (hasDict).
func (i *Instance) lookupAttr(name *Str) (Value, bool, error) {
	if i.dict != nil {
		return i.dict.Get(FromObject(name))
	}
	if i.keys != nil {
		if j := i.keys.find(name); j >= 0 && j < len(i.values) && !i.values[j].IsNull() {
			return i.values[j], true, nil
		}
	}
	return Null, false, nil
}

// storeAttr sets the instance attribute name (the class has a __dict__).
func (i *Instance) storeAttr(name *Str, val Value) error {
	if i.dict == nil {
		k := i.keys
		if k == nil {
			k = i.Class.keysFor()
			i.keys = k
		}
		j := k.find(name)
		if j < 0 && len(k.names) < instKeysMax {
			// A new name for the class: it goes last, after everything
			// this instance has.
			k.names = append(k.names, name)
			j = len(k.names) - 1
		}
		if j >= 0 && i.storeAt(j, val) {
			return nil
		}
		i.materialize()
	}
	return i.dict.Set(FromObject(name), val)
}

// storeAt sets values[j] if that keeps the instance's insertion order: the
// attribute exists, or every attribute the instance has comes before j.
func (i *Instance) storeAt(j int, val Value) bool {
	if j < len(i.values) {
		if !i.values[j].IsNull() {
			i.values[j] = val
			return true
		}
		for _, v := range i.values[j+1:] {
			if !v.IsNull() {
				return false
			}
		}
		i.values[j] = val
		return true
	}
	if j >= cap(i.values) {
		n := max(len(i.keys.names), j+1, 4)
		vs := make([]Value, len(i.values), n)
		copy(vs, i.values)
		i.values = vs
	}
	for len(i.values) < j {
		i.values = append(i.values, Null)
	}
	i.values = append(i.values, val)
	return true
}

// deleteAttr removes the instance attribute name; ok is false when the
// instance has none.
func (i *Instance) deleteAttr(name *Str) (bool, error) {
	if i.dict == nil {
		if i.keys == nil || i.keys.find(name) < 0 {
			return false, nil
		}
		i.materialize()
	}
	return i.dict.Delete(FromObject(name))
}

// materialize moves the instance's values into a dict, which is its
// __dict__ from then on.
func (i *Instance) materialize() {
	n := 0
	for _, v := range i.values {
		if !v.IsNull() {
			n++
		}
	}
	d := NewDict(n)
	for j, v := range i.values {
		if !v.IsNull() {
			d.Set(FromObject(i.keys.names[j]), v) // str keys: cannot fail
		}
	}
	i.dict, i.keys, i.values = d, nil, nil
}

// InstanceDict returns the instance __dict__, made if need be.
func (i *Instance) InstanceDict() *Dict {
	if i.dict == nil {
		i.materialize()
	}
	return i.dict
}

// DictIfAny returns the instance __dict__, or nil when the instance has
// never had an attribute (nor a dict).
func (i *Instance) DictIfAny() *Dict {
	if i.dict == nil && len(i.values) > 0 {
		i.materialize()
	}
	return i.dict
}

// SetInstanceDict replaces the instance __dict__ (obj.__dict__ = d).
func (i *Instance) SetInstanceDict(d *Dict) {
	i.dict, i.keys, i.values = d, nil, nil
}
