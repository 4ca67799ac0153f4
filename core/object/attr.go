package object

import "unsafe"

// Instance is an instance of a user-defined class. For classes deriving
// from a built-in type other than object (list, dict, int, str, ...),
// Builtin holds the built-in payload the inherited methods operate on.
type Instance struct {
	Class *Type
	// dict is the instance __dict__ once one was asked for; until then
	// the attributes are values along keys (see instvalues.go).
	dict   *Dict
	keys   *instKeys
	values []Value
	// ext is the built-in payload and the __slots__ values, which a plain
	// instance has not: kept apart, an instance is 56 bytes before its
	// attributes' values instead of 104.
	ext *instanceExt
}

// instanceExt is the part of an instance of a subclass of a built-in type
// or of a class with __slots__.
type instanceExt struct {
	builtin Value   // the built-in payload of an instance of a subclass of a built-in type
	slots   []Value // the __slots__ values, read through MemberDescr
}

// Builtin is the built-in payload of an instance of a subclass of a
// built-in type (a list, dict, tuple...), Null otherwise.
func (o *Instance) Builtin() Value {
	if o.ext == nil {
		return Null
	}
	return o.ext.builtin
}

// Slots is the instance's __slots__ values (nil when its class has none).
func (o *Instance) Slots() []Value {
	if o.ext == nil {
		return nil
	}
	return o.ext.slots
}

// NewBuiltinInstance returns an instance of t, a class derived from a
// built-in type, around payload, with room for t's __slots__.
func NewBuiltinInstance(t *Type, payload Value) *Instance {
	if t.nslots > 0 {
		return newSlotted(t, payload)
	}
	return newExtInstance(t, payload, nil)
}

// newSlotted returns an instance of t with its ext and its __slots__
// values (up to 6) in one allocation.
func newSlotted(t *Type, payload Value) *Instance {
	switch t.nslots {
	case 1:
		return newSlottedWith[[1]Value](t, payload)
	case 2:
		return newSlottedWith[[2]Value](t, payload)
	case 3:
		return newSlottedWith[[3]Value](t, payload)
	case 4:
		return newSlottedWith[[4]Value](t, payload)
	case 5:
		return newSlottedWith[[5]Value](t, payload)
	case 6:
		return newSlottedWith[[6]Value](t, payload)
	}
	return newExtInstance(t, payload, make([]Value, t.nslots))
}

// slottedWith is an instance, its ext and its slots' array A.
type slottedWith[A any] struct {
	Instance
	x   instanceExt
	buf A
}

func newSlottedWith[A any](t *Type, payload Value) *Instance {
	p := &slottedWith[A]{}
	n := int(unsafe.Sizeof(p.buf) / unsafe.Sizeof(Value{}))
	p.Class, p.ext, p.x.builtin = t, &p.x, payload
	p.x.slots = unsafe.Slice((*Value)(unsafe.Pointer(&p.buf)), n)
	return &p.Instance
}

// newExtInstance returns an instance of t with its ext in the same
// allocation.
func newExtInstance(t *Type, payload Value, slots []Value) *Instance {
	p := &struct {
		Instance
		x instanceExt
	}{}
	p.Class, p.ext, p.x.builtin, p.x.slots = t, &p.x, payload, slots
	return &p.Instance
}

// MemberDescr is the descriptor of one name in __slots__: it reads and
// writes a fixed slot of the instance instead of the instance __dict__.
type MemberDescr struct {
	Name     string
	Owner    *Type
	Index    int
	ReadOnly bool // a READONLY member (struct sequence fields)
}

// Type returns MemberDescrType.
func (m *MemberDescr) Type() *Type { return MemberDescrType }

// DescrGet reads the slot.
func (m *MemberDescr) DescrGet(obj Value, typ *Type) (Value, error) {
	if obj.IsNull() {
		return FromObject(m), nil
	}
	inst, ok := obj.o.(*Instance)
	if !ok || !inst.Class.IsSubtype(m.Owner) {
		return Null, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, m.Owner.Name, TypeOf(obj).Name)
	}
	slots := inst.Slots()
	if m.Index >= len(slots) || slots[m.Index].IsNull() {
		// Concatenated, not Sprintf'd: pathlib's cached properties read
		// an unset slot and catch this once per path (Sprintf was half of
		// the exception's cost).
		return Null, NewException(AttributeError, NewStr("'"+inst.Class.Name+"' object has no attribute '"+m.Name+"'"))
	}
	return slots[m.Index], nil
}

// DescrSet writes (or, with Null, clears) the slot.
func (m *MemberDescr) DescrSet(obj Value, v Value) error {
	inst, ok := obj.o.(*Instance)
	var slots []Value
	if ok {
		slots = inst.Slots()
	}
	if !ok || !inst.Class.IsSubtype(m.Owner) || m.Index >= len(slots) {
		return Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, m.Owner.Name, TypeOf(obj).Name)
	}
	if m.ReadOnly {
		return Errorf(AttributeError, "readonly attribute")
	}
	if v.IsNull() && slots[m.Index].IsNull() {
		return Errorf(AttributeError, "%s", m.Name)
	}
	slots[m.Index] = v
	return nil
}

// MemberDescrType is the type of __slots__ descriptors.
var MemberDescrType = newBuiltinType("member_descriptor", ObjectType)

// Type returns the instance's class.
func (i *Instance) Type() *Type { return i.Class }

// Unwrap returns the built-in payload of an instance of a class derived
// from a built-in type, or v itself.
func Unwrap(v Value) Value {
	if v.IsObject() {
		if i, ok := v.o.(*Instance); ok && !i.Builtin().IsNull() {
			return i.Builtin()
		}
	}
	return v
}

// TypeOf returns type(v).
func TypeOf(v Value) *Type {
	switch v.Kind() {
	case KindInt:
		return IntType
	case KindFloat:
		return FloatType
	case KindBool:
		return BoolType
	case KindNone:
		return NoneType
	case KindObject:
		return v.o.Type()
	}
	return NoneType
}

func instanceDict(v Value) *Dict {
	switch o := v.o.(type) {
	case *Instance:
		if !o.Class.hasDict && o.dict == nil {
			return nil
		}
		return o.InstanceDict()
	case *BaseException:
		return o.InstanceDict()
	case *Type:
		return o.Dict
	case DictHolder:
		return o.InstanceDict()
	}
	return nil
}

// isDataDescriptor reports whether a class attribute intercepts stores.
func isDataDescriptor(d Value) bool {
	switch o := d.o.(type) {
	case DataDescriptor:
		return true
	case *Instance:
		return !o.Class.Lookup(strSet).IsNull() || !o.Class.Lookup(strDelete).IsNull()
	}
	return false
}

// BindDescriptor applies a class attribute d's __get__ for obj (of type
// typ), if it has one, as _PyObject_LookupSpecial binds special methods.
func BindDescriptor(d, obj Value, typ *Type) (Value, error) {
	r, _, err := descrGet(d, obj, typ)
	return r, err
}

// descrGet applies a class attribute's __get__, if it has one.
func descrGet(d Value, obj Value, typ *Type) (Value, bool, error) {
	switch o := d.o.(type) {
	case Descriptor:
		r, err := o.DescrGet(obj, typ)
		return r, true, err
	case *Instance:
		if g := o.Class.Lookup(strGet); !g.IsNull() {
			inst := obj
			if inst.IsNull() {
				inst = None
			}
			r, err := CallMethodValue(g, d, []Value{inst, FromObject(typ)}, nil)
			return r, true, err
		}
	}
	return d, false, nil
}

// GetAttr returns getattr(v, name). An AttributeError it raises carries
// name and obj, as PyObject_GetAttr's set_attribute_error_context does.
func GetAttr(v Value, name *Str) (Value, error) {
	r, err := getAttr(v, name)
	if err != nil {
		if e, ok := err.(*BaseException); ok && e.Class == AttributeError && (e.Ext == nil || e.Ext.Name.IsNone() || e.Ext.Name.IsNull()) {
			e.SetAttributeContext(FromObject(name), v)
		}
	}
	return r, err
}

func getAttr(v Value, name *Str) (Value, error) {
	if t, ok := v.o.(*Type); ok {
		if t.Type() == TypeType {
			return typeGetAttr(t, name)
		}
	}
	t := TypeOf(v)
	if t.GetAttro != nil {
		return t.GetAttro(v, name)
	}
	if t.Heap {
		return heapGetAttr(v, t, name)
	}
	return GenericGetAttr(v, name)
}

// GetAttrString is GetAttr with a Go string.
func GetAttrString(v Value, name string) (Value, error) { return GetAttr(v, Intern(name)) }

func heapGetAttr(v Value, t *Type, name *Str) (Value, error) {
	var r Value
	var err error
	c := t.validCache()
	ga := t.lookupGetattribute(c)
	if md, ok := ga.o.(*MethodDescr); ok && md.Owner == ObjectType || ga.IsNull() {
		r, err = genericGetAttr(v, t, t.lookupCached(c, name), name)
	} else if md, ok := ga.o.(*MethodDescr); ok && md.Owner == TypeType {
		r, err = typeGetAttr(v.o.(*Type), name)
	} else {
		r, err = CallMethodValue1(ga, v, FromObject(name))
	}
	if err != nil && ExceptionMatches(err, AttributeError) {
		if g := t.Lookup(strGetattr); !g.IsNull() {
			return CallMethodValue1(g, v, FromObject(name))
		}
	}
	return r, err
}

// getAttrFailed finishes a read of an instance of the heap type t whose
// object.__getattribute__ failed with err, as GetAttr does: __getattr__
// on AttributeError, then the error's name and obj.
func getAttrFailed(v Value, t *Type, name *Str, err error) (Value, error) {
	r := Null
	if ExceptionMatches(err, AttributeError) {
		if g := t.Lookup(strGetattr); !g.IsNull() {
			r, err = CallMethodValue1(g, v, FromObject(name))
		}
	}
	if err != nil {
		if e, ok := err.(*BaseException); ok && e.Class == AttributeError && (e.Ext == nil || e.Ext.Name.IsNone() || e.Ext.Name.IsNull()) {
			e.SetAttributeContext(FromObject(name), v)
		}
	}
	return r, err
}

// GenericGetAttr is object.__getattribute__: data descriptors on the type,
// then the instance __dict__, then other class attributes.
func GenericGetAttr(v Value, name *Str) (Value, error) {
	t := TypeOf(v)
	return genericGetAttr(v, t, t.Lookup(name), name)
}

// genericGetAttr is GenericGetAttr with the type and its attribute d
// (Null if none) already looked up.
func genericGetAttr(v Value, t *Type, d Value, name *Str) (Value, error) {
	r, found, err := genericLookup(v, t, d, name)
	if !found && err == nil {
		if o, ok := v.o.(*Instance); ok && name == strDict && o.Class.hasDict && v.IsObject() {
			// A native type with a dict but no __dict__ attribute
			// (SetHasDict: _thread._local) answers it itself.
			return FromObject(o.InstanceDict()), nil
		}
		return Null, Errorf(AttributeError, "'%s' object has no attribute '%s'", t.Name, name.S)
	}
	return r, err
}

// genericLookup is genericGetAttr reporting a missing attribute as found
// false rather than as an AttributeError it would have to build.
func genericLookup(v Value, t *Type, d Value, name *Str) (Value, bool, error) {
	if !d.IsNull() && isDataDescriptor(d) {
		// A data descriptor without __get__ leaves the read to the
		// instance dict (then returns itself).
		if r, ok, err := descrGet(d, v, t); ok || err != nil {
			return r, err == nil, err
		}
	}
	if v.IsObject() {
		if o, ok := v.o.(*Instance); ok {
			if r, ok, err := o.lookupAttr(name); err != nil || ok {
				return r, ok, err
			}
		} else if dict := instanceDict(v); dict != nil {
			if r, ok, err := dict.Get(FromObject(name)); err != nil || ok {
				return r, ok, err
			}
		}
	}
	if !d.IsNull() {
		r, _, err := descrGet(d, v, t)
		return r, err == nil, err
	}
	return Null, false, nil
}

// typeGetAttr is type.__getattribute__: the metaclass's data descriptors,
// then the class MRO (binding descriptors with a Null instance), then the
// metaclass's other attributes.
func typeGetAttr(t *Type, name *Str) (Value, error) {
	r, found, err := typeLookup(t, name)
	if !found && err == nil {
		return Null, Errorf(AttributeError, "type object '%s' has no attribute '%s'", t.Name, name.S)
	}
	return r, err
}

// typeLookup is typeGetAttr reporting a missing attribute as found false.
func typeLookup(t *Type, name *Str) (Value, bool, error) {
	meta := t.Type()
	md := meta.Lookup(name)
	if !md.IsNull() && isDataDescriptor(md) {
		if r, ok, err := descrGet(md, FromObject(t), meta); ok || err != nil {
			return r, err == nil, err
		}
	}
	if a := t.Lookup(name); !a.IsNull() {
		r, _, err := descrGet(a, Null, t)
		return r, err == nil, err
	}
	if !md.IsNull() {
		r, _, err := descrGet(md, FromObject(t), meta)
		return r, err == nil, err
	}
	// A metaclass's __getattr__ is not type.__getattribute__'s to call:
	// heapGetAttr and lookupAttr call it once the lookup failed (as
	// slot_tp_getattr_hook does), and type.__getattribute__(C, name)
	// called directly never does.
	return Null, false, nil
}

// LookupAttr is CPython's _PyObject_LookupAttr: getattr(v, name) with a
// missing attribute reported as Null and a nil error. On the generic paths
// (object.__getattribute__ and type.__getattribute__ without a
// __getattr__ to consult) no AttributeError is built at all: getattr(x,
// name, default), hasattr and the io module's probes used to build and
// format one per miss, 1 us against CPython's 0.1.
func LookupAttr(v Value, name *Str) (Value, error) {
	r, found, err := lookupAttr(v, name)
	if err != nil {
		if ExceptionMatches(err, AttributeError) {
			Drop(err)
			return Null, nil
		}
		return Null, err
	}
	if !found {
		return Null, nil
	}
	return r, nil
}

func lookupAttr(v Value, name *Str) (Value, bool, error) {
	if t, ok := v.o.(*Type); ok && t.Type() == TypeType {
		return typeLookup(t, name)
	}
	t := TypeOf(v)
	switch {
	case t.GetAttro != nil:
	case !t.Heap:
		return genericLookup(v, t, t.Lookup(name), name)
	default:
		c := t.validCache()
		ga := t.lookupGetattribute(c)
		if md, ok := ga.o.(*MethodDescr); ga.IsNull() || ok && md.Owner == ObjectType {
			r, found, err := genericLookup(v, t, t.lookupCached(c, name), name)
			if found || err != nil && !ExceptionMatches(err, AttributeError) {
				return r, found, err
			}
			return lookupAttrHook(v, t, name)
		}
		if md, ok := ga.o.(*MethodDescr); ok && md.Owner == TypeType && v.IsObject() {
			if vt, ok := v.o.(*Type); ok {
				// A class whose metaclass is a class (ABCMeta,
				// typing's _ProtocolMeta): no AttributeError built
				// for a miss either.
				r, found, err := typeLookup(vt, name)
				if found || err != nil && !ExceptionMatches(err, AttributeError) {
					return r, found, err
				}
				return lookupAttrHook(v, t, name)
			}
		}
	}
	r, err := GetAttr(v, name)
	return r, err == nil, err
}

// lookupAttrHook finishes lookupAttr on an instance of the class t whose
// __getattribute__ did not find name: t's __getattr__, if any.
func lookupAttrHook(v Value, t *Type, name *Str) (Value, bool, error) {
	if g := t.Lookup(strGetattr); !g.IsNull() {
		r, err := CallMethodValue1(g, v, FromObject(name))
		return r, err == nil, err
	}
	return Null, false, nil
}

// LookupMethod is CPython's _PyObject_GetMethod: when name resolves to a
// function-like attribute of v's type not shadowed by the instance, it is
// returned with unbound true and the caller passes v as the first
// argument; otherwise fn is the ordinary attribute value.
func LookupMethod(v Value, name *Str) (fn Value, unbound bool, err error) {
	t := TypeOf(v)
	if t.GetAttro != nil || (v.IsObject() && isType(v)) {
		r, err := GetAttr(v, name)
		return r, false, err
	}
	var d Value
	if t.Heap {
		c := t.validCache()
		ga := t.lookupGetattribute(c)
		if md, ok := ga.o.(*MethodDescr); !ok || md.Owner != ObjectType {
			r, err := GetAttr(v, name)
			return r, false, err
		}
		d = t.lookupCached(c, name)
	} else {
		d = t.Lookup(name)
	}
	if !d.IsNull() {
		if _, ok := d.o.(MethodDescriptor); ok {
			if v.IsObject() {
				if o, ok := v.o.(*Instance); ok {
					if r, ok, err := o.lookupAttr(name); err != nil || ok {
						return r, false, err
					}
				} else if dict := instanceDict(v); dict != nil {
					if r, ok, err := dict.Get(FromObject(name)); err != nil || ok {
						return r, false, err
					}
				}
			}
			return d, true, nil
		}
	}
	r, err := genericGetAttrChecked(v, t, d, name)
	return r, false, err
}

// genericGetAttrChecked finishes LookupMethod's fallback: the generic
// lookup with d known, plus __getattr__ and the AttributeError context.
func genericGetAttrChecked(v Value, t *Type, d Value, name *Str) (Value, error) {
	if t.GetAttro != nil || !t.Heap && t != TypeOf(v) {
		return GetAttr(v, name)
	}
	r, err := genericGetAttr(v, t, d, name)
	if err != nil && ExceptionMatches(err, AttributeError) {
		if t.Heap {
			if g := t.Lookup(strGetattr); !g.IsNull() {
				return CallMethodValue1(g, v, FromObject(name))
			}
		}
		if e, ok := err.(*BaseException); ok && e.Class == AttributeError {
			e.SetAttributeContext(FromObject(name), v)
		}
	}
	return r, err
}

func isType(v Value) bool {
	_, ok := v.o.(*Type)
	return ok
}

// SetAttr does setattr(v, name, val).
func SetAttr(v Value, name *Str, val Value) error { return setAttr(v, name, val) }

// DelAttr does delattr(v, name).
func DelAttr(v Value, name *Str) error { return setAttr(v, name, Null) }

func setAttr(v Value, name *Str, val Value) error {
	t := TypeOf(v)
	if t.SetAttro != nil {
		return t.SetAttro(v, name, val)
	}
	if t.Heap {
		mname := strSetattr
		if val.IsNull() {
			mname = strDelattr
		}
		c := t.validCache()
		m := t.lookupSetattr(c, mname)
		if md, ok := m.o.(*MethodDescr); !ok || (md.Owner != ObjectType && md.Owner != TypeType) {
			args := []Value{FromObject(name), val}
			if val.IsNull() {
				args = args[:1]
			}
			_, err := CallMethodValue(m, v, args, nil)
			return err
		}
		if _, isType := v.o.(*Type); !isType {
			return genericSetAttr(v, t, t.lookupCached(c, name), name, val)
		}
	}
	if ty, ok := v.o.(*Type); ok {
		return typeSetAttr(ty, name, val)
	}
	return GenericSetAttr(v, name, val)
}

// GenericSetAttr is object.__setattr__ (and __delattr__ when val is Null).
func GenericSetAttr(v Value, name *Str, val Value) error {
	t := TypeOf(v)
	return genericSetAttr(v, t, t.Lookup(name), name, val)
}

func genericSetAttr(v Value, t *Type, d Value, name *Str, val Value) error {
	if !d.IsNull() {
		switch o := d.o.(type) {
		case DataDescriptor:
			return o.DescrSet(v, val)
		case *Instance:
			mname := strSet
			args := []Value{v, val}
			if val.IsNull() {
				mname, args = strDelete, args[:1]
			}
			if m := o.Class.Lookup(mname); !m.IsNull() {
				_, err := CallMethodValue(m, d, args, nil)
				return err
			}
		}
	}
	var dict *Dict
	if v.IsObject() {
		if o, ok := v.o.(*Instance); ok {
			if o.dict == nil && o.Class.hasDict {
				if val.IsNull() {
					if ok, err := o.deleteAttr(name); err != nil || ok {
						return err
					}
					return Errorf(AttributeError, "%s", name.S)
				}
				return o.storeAttr(name, val)
			}
			dict = o.dict
		} else {
			dict = instanceDict(v)
		}
	}
	if dict == nil {
		if !d.IsNull() {
			return Errorf(AttributeError, "'%s' object attribute '%s' is read-only", t.Name, name.S)
		}
		return Errorf(AttributeError, "'%s' object has no attribute '%s'", t.Name, name.S)
	}
	if val.IsNull() {
		ok, err := dict.Delete(FromObject(name))
		if err != nil {
			return err
		}
		if !ok {
			return Errorf(AttributeError, "%s", name.S)
		}
		return nil
	}
	return dict.Set(FromObject(name), val)
}

func typeSetAttr(t *Type, name *Str, val Value) error {
	if !t.Heap {
		return Errorf(TypeError, "cannot set '%s' attribute of immutable type '%s'", name.S, t.Name)
	}
	meta := t.Type()
	if d := meta.Lookup(name); !d.IsNull() {
		if dd, ok := d.o.(DataDescriptor); ok {
			return dd.DescrSet(FromObject(t), val)
		}
	}
	if name.S == "__del__" {
		defer updateFinalize(t)
	}
	if val.IsNull() {
		ok, err := t.Dict.Delete(FromObject(name))
		if err != nil {
			return err
		}
		if !ok {
			return Errorf(AttributeError, "%s", name.S)
		}
		return nil
	}
	return t.Dict.Set(FromObject(name), val)
}

// HasAttr reports hasattr(v, name): only AttributeError means false.
func HasAttr(v Value, name *Str) (bool, error) {
	r, err := LookupAttr(v, name)
	return !r.IsNull(), err
}
