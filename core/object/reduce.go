package object

import (
	"sort"
	"strings"
)

// Pickling support of object (typeobject.c's reduce machinery):
// object.__reduce_ex__ and object.__reduce__, which copy and pickle call
// for instances that define neither, the __getnewargs__ of the immutable
// built-in types, type.__flags__ (copyreg reads it) and abstract classes
// (type.__abstractmethods__ and the refusal to instantiate them).

// ImportModule imports a module by absolute name; the VM sets it (the
// reduce machinery needs copyreg, as CPython's does).
var ImportModule func(name string) (Value, error)

func copyregAttr(name string) (Value, error) {
	if ImportModule == nil {
		return Null, Errorf(ImportError, "no import system to load copyreg")
	}
	m, err := ImportModule("copyreg")
	if err != nil {
		return Null, err
	}
	return GetAttrString(m, name)
}

var (
	strReduce       = Intern("__reduce__")
	strReduceEx     = Intern("__reduce_ex__")
	strGetnewargs   = Intern("__getnewargs__")
	strGetnewargsEx = Intern("__getnewargs_ex__")
	strGetstate     = Intern("__getstate__")
	strSlotnames    = Intern("__slotnames__")
)

// objectReduceSlot is object.__reduce__ itself, to tell when a class
// overrides it.
var objectReduceSlot *MethodDescr

func initReduce() {
	o := ObjectType
	o.addSlot("__reduce_ex__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__reduce_ex__", args, kw, 1); err != nil {
			return Null, err
		}
		proto, ok := args[0].AsInt()
		if !ok {
			return Null, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeOf(args[0]).Name)
		}
		if r := TypeOf(self).Lookup(strReduce); !r.IsNull() {
			if md, ok := r.o.(*MethodDescr); !ok || md != objectReduceSlot {
				bound, err := GetAttr(self, strReduce)
				if err != nil {
					return Null, err
				}
				return Call(bound, nil, nil)
			}
		}
		return commonReduce(self, int(proto))
	})
	o.addSlot("__reduce__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__reduce__", args, kw, 0); err != nil {
			return Null, err
		}
		return commonReduce(self, 0)
	})
	objectReduceSlot = o.Dict.mustGet("__reduce__").o.(*MethodDescr)

	getnewargs := func(t *Type, conv func(v Value) (Value, error)) {
		t.addSlot("__getnewargs__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := slotArgs("__getnewargs__", args, kw, 0); err != nil {
				return Null, err
			}
			v, err := conv(Unwrap(self))
			if err != nil {
				return Null, err
			}
			return TupleValue(v), nil
		})
	}
	same := func(v Value) (Value, error) { return v, nil }
	getnewargs(IntType, same)
	getnewargs(FloatType, same)
	getnewargs(StrType, same)
	getnewargs(BytesType, same)
	TupleType.Dict.mustSet("__getnewargs__", FromObject(&MethodDescr{Name: "__getnewargs__", Owner: TupleType, keepSelf: true,
		Fn: func(self Value, args []Value, kw []string) (Value, error) {
			if err := slotArgs("__getnewargs__", args, kw, 0); err != nil {
				return Null, err
			}
			t := Unwrap(self).o.(*Tuple)
			return TupleValue(TupleValue(t.Items...)), nil
		}}))
	ComplexType.addSlot("__getnewargs__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__getnewargs__", args, kw, 0); err != nil {
			return Null, err
		}
		c := Unwrap(self).o.(*Complex).V
		return TupleValue(Float(real(c)), Float(imag(c))), nil
	})
	for _, t := range []*Type{SetType, FrozenSetType} {
		t.addSlot("__reduce__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := slotArgs("__reduce__", args, kw, 0); err != nil {
				return Null, err
			}
			items := Unwrap(self).o.(*Set).Items()
			state := None
			if d := instanceDictIfAny(self); d != nil && d.Len() > 0 {
				state = FromObject(d)
			}
			return TupleValue(FromObject(TypeOf(self)), TupleValue(ListValue(items...)), state), nil
		})
	}
	ByteArrayType.addSlot("__reduce_ex__", func(self Value, args []Value, kw []string) (Value, error) {
		b := Unwrap(self).o.(*ByteArray).B
		state := None
		if d := instanceDictIfAny(self); d != nil && d.Len() > 0 {
			state = FromObject(d)
		}
		proto := int64(0)
		if len(args) > 0 {
			proto, _ = args[0].AsInt()
		}
		if proto < 3 {
			// Protocols 0-2 have no bytes type: latin-1 text and an encoding.
			rs := make([]rune, len(b))
			for i, c := range b {
				rs[i] = rune(c)
			}
			return TupleValue(FromObject(TypeOf(self)), TupleValue(NewStr(string(rs)), NewStr("latin-1")), state), nil
		}
		return TupleValue(FromObject(TypeOf(self)), TupleValue(NewBytes(append([]byte(nil), b...))), state), nil
	})
	ByteArrayType.Dict.mustSet("__reduce__", ByteArrayType.Dict.mustGet("__reduce_ex__"))

	TypeType.addGetter("__flags__", func(self Value) (Value, error) {
		return Int(typeFlags(self.o.(*Type))), nil
	})
	TypeType.addGetSet("__abstractmethods__", func(self Value) (Value, error) {
		t := self.o.(*Type)
		if t != TypeType {
			if v, ok := t.Dict.GetStr("__abstractmethods__"); ok {
				return v, nil
			}
		}
		return Null, Errorf(AttributeError, "__abstractmethods__")
	}, func(self, v Value) error {
		t := self.o.(*Type)
		if !t.Heap && t != TypeType {
			return Errorf(TypeError, "cannot set '__abstractmethods__' attribute of immutable type '%s'", t.Name)
		}
		if v.IsNull() {
			if ok, _ := t.Dict.Delete(NewStr("__abstractmethods__")); !ok {
				return Errorf(AttributeError, "__abstractmethods__")
			}
			t.abstract = false
			return nil
		}
		abstract, err := Truth(v)
		if err != nil {
			return err
		}
		t.Dict.Set(FromObject(Intern("__abstractmethods__")), v)
		t.abstract = abstract
		return nil
	})
}

func (d *Dict) mustGet(name string) Value {
	v, _ := d.GetStr(name)
	return v
}

func (d *Dict) mustSet(name string, v Value) { d.SetStr(name, v) }

// instanceDictIfAny returns an instance's __dict__ without making one.
func instanceDictIfAny(v Value) *Dict {
	switch o := v.o.(type) {
	case *Instance:
		return o.DictIfAny()
	case *BaseException:
		return o.Dict
	}
	return nil
}

// CPython's type flags that Python code reads through __flags__.
const (
	tpflagsHeapType       = 1 << 9
	tpflagsBaseType       = 1 << 10
	tpflagsReady          = 1 << 12
	tpflagsHaveGC         = 1 << 14
	tpflagsIsAbstract     = 1 << 20
	tpflagsLongSubclass   = 1 << 24
	tpflagsListSubclass   = 1 << 25
	tpflagsTupleSubclass  = 1 << 26
	tpflagsBytesSubclass  = 1 << 27
	tpflagsStrSubclass    = 1 << 28
	tpflagsDictSubclass   = 1 << 29
	tpflagsBaseExcSubcls  = 1 << 30
	tpflagsTypeSubclass   = 1 << 31
	tpflagsImmutableType  = 1 << 8
	tpflagsMethodDescr    = 1 << 17
	tpflagsSequence       = 1 << 5
	tpflagsMapping        = 1 << 6
	tpflagsDisallowInstan = 1 << 7
)

func typeFlags(t *Type) int64 {
	f := int64(tpflagsReady)
	if t.haveGC() {
		f |= tpflagsHaveGC
	}
	if t.Heap {
		f |= tpflagsHeapType
	} else {
		f |= tpflagsImmutableType
	}
	if !t.final {
		f |= tpflagsBaseType
	}
	if t.abstract {
		f |= tpflagsIsAbstract
	}
	if t.New == nil && !t.Heap {
		f |= tpflagsDisallowInstan
	}
	for _, s := range []struct {
		base *Type
		flag int64
	}{{IntType, tpflagsLongSubclass}, {ListType, tpflagsListSubclass}, {TupleType, tpflagsTupleSubclass},
		{BytesType, tpflagsBytesSubclass}, {StrType, tpflagsStrSubclass}, {DictType, tpflagsDictSubclass},
		{BaseExceptionType, tpflagsBaseExcSubcls}, {TypeType, tpflagsTypeSubclass}} {
		if t.IsSubtype(s.base) {
			f |= s.flag
		}
	}
	// Py_TPFLAGS_SEQUENCE/MAPPING: the first class on the MRO with one
	// (built-in types, and ABCs given theirs by _abc from __abc_tpflags__
	// or by registration).
	for _, c := range t.MRO {
		if c.MatchFlags != 0 {
			f |= int64(c.MatchFlags) & (tpflagsSequence | tpflagsMapping)
			break
		}
	}
	return f
}

// abstractError is object.__new__'s refusal of an abstract class.
func abstractError(t *Type) error {
	v, _ := t.Dict.GetStr("__abstractmethods__")
	items, err := ToSlice(v)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(items))
	for _, x := range items {
		s, err := StrOf(x)
		if err != nil {
			return err
		}
		names = append(names, s)
	}
	sort.Strings(names)
	return Errorf(TypeError, "Can't instantiate abstract class %s with abstract method%s %s",
		t.Name, plural(len(names)), strings.Join(names, ", "))
}

// commonReduce is _common_reduce: protocol 2 and above build the
// __newobj__ form here, older ones ask copyreg._reduce_ex.
func commonReduce(self Value, proto int) (Value, error) {
	if proto >= 2 {
		return reduceNewobj(self)
	}
	fn, err := copyregAttr("_reduce_ex")
	if err != nil {
		return Null, err
	}
	return Call(fn, []Value{self, Int(int64(proto))}, nil)
}

// reduceNewobj is reduce_newobj: (copyreg.__newobj__, (cls, *args),
// state, listitems, dictitems), or __newobj_ex__ when __getnewargs_ex__
// gives keywords.
func reduceNewobj(obj Value) (Value, error) {
	t := TypeOf(obj)
	if t.New == nil {
		return Null, Errorf(TypeError, "cannot pickle '%s' object", t.Name)
	}
	args, kwargs, err := getNewArguments(obj)
	if err != nil {
		return Null, err
	}
	hasArgs := args != nil
	var newobj, newargs Value
	if kwargs == nil || kwargs.Len() == 0 {
		if newobj, err = copyregAttr("__newobj__"); err != nil {
			return Null, err
		}
		items := []Value{FromObject(t)}
		if args != nil {
			items = append(items, args.Items...)
		}
		newargs = TupleValue(items...)
	} else {
		if newobj, err = copyregAttr("__newobj_ex__"); err != nil {
			return Null, err
		}
		if args == nil {
			args = NewTuple()
		}
		newargs = TupleValue(FromObject(t), FromObject(args), FromObject(kwargs))
	}
	isList, isDict := t.IsSubtype(ListType), t.IsSubtype(DictType)
	state, err := objectGetState(obj, !hasArgs && !isList && !isDict)
	if err != nil {
		return Null, err
	}
	listitems, dictitems := None, None
	if isList {
		if listitems, err = GetIter(obj); err != nil {
			return Null, err
		}
	}
	if isDict {
		items, _, err := CallMethod(obj, Intern("items"))
		if err != nil {
			return Null, err
		}
		if dictitems, err = GetIter(items); err != nil {
			return Null, err
		}
	}
	return TupleValue(newobj, newargs, state, listitems, dictitems), nil
}

// getNewArguments is _PyObject_GetNewArguments.
func getNewArguments(obj Value) (*Tuple, *Dict, error) {
	t := TypeOf(obj)
	if m := t.Lookup(strGetnewargsEx); !m.IsNull() {
		r, err := CallMethodValue(m, obj, nil, nil)
		if err != nil {
			return nil, nil, err
		}
		tu, ok := r.o.(*Tuple)
		if !ok {
			return nil, nil, Errorf(TypeError, "__getnewargs_ex__ should return a tuple, not '%s'", TypeOf(r).Name)
		}
		if len(tu.Items) != 2 {
			return nil, nil, Errorf(ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %d", len(tu.Items))
		}
		a, ok := Unwrap(tu.Items[0]).o.(*Tuple)
		if !ok {
			return nil, nil, Errorf(TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", TypeOf(tu.Items[0]).Name)
		}
		k, ok := Unwrap(tu.Items[1]).o.(*Dict)
		if !ok {
			return nil, nil, Errorf(TypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", TypeOf(tu.Items[1]).Name)
		}
		return a, k, nil
	}
	if m := t.Lookup(strGetnewargs); !m.IsNull() {
		r, err := CallMethodValue(m, obj, nil, nil)
		if err != nil {
			return nil, nil, err
		}
		tu, ok := Unwrap(r).o.(*Tuple)
		if !ok {
			return nil, nil, Errorf(TypeError, "__getnewargs__ should return a tuple, not '%s'", TypeOf(r).Name)
		}
		return tu, nil, nil
	}
	return nil, nil, nil
}

// objectGetState is _PyObject_GetState: __getstate__() when defined, else
// the instance __dict__ (or None) paired with the __slots__ values. With
// required, an object whose state lives outside both cannot be pickled.
func objectGetState(obj Value, required bool) (Value, error) {
	// _PyObject_LookupAttr: a missing __getstate__ (the usual case in
	// 3.10, where object has none) builds no AttributeError.
	if gs, err := LookupAttr(obj, strGetstate); err != nil {
		return Null, err
	} else if !gs.IsNull() {
		return Call(gs, nil, nil)
	}
	t := TypeOf(obj)
	inst, isInst := obj.o.(*Instance)
	if required {
		hidden := !isInst || (!inst.Builtin().IsNull() && !inst.Builtin().Is(obj))
		if _, isExc := obj.o.(*BaseException); isExc {
			hidden = false
		}
		if hidden && t != ObjectType {
			return Null, Errorf(TypeError, "cannot pickle '%s' object", t.Name)
		}
	}
	// CPython's instance dict pointer is NULL until an attribute is set;
	// pyvar may make the dict earlier, so an empty one counts as none.
	state := None
	if d := instanceDictIfAny(obj); d != nil && d.Len() > 0 {
		state = FromObject(d)
	}
	names, err := slotNames(t)
	if err != nil {
		return Null, err
	}
	if len(names) > 0 {
		slots := NewDict(len(names))
		for _, n := range names {
			s, ok := Unwrap(n).o.(*Str)
			if !ok {
				continue
			}
			v, err := GetAttr(obj, Intern(s.S))
			if err != nil {
				if ExceptionMatches(err, AttributeError) {
					continue
				}
				return Null, err
			}
			slots.Set(n, v)
		}
		if slots.Len() > 0 {
			state = TupleValue(state, FromObject(slots))
		}
	}
	return state, nil
}

// slotNames is _PyType_GetSlotNames: cls.__slotnames__, computed and
// cached by copyreg._slotnames.
func slotNames(t *Type) ([]Value, error) {
	if t.Dict != nil {
		if v, ok := t.Dict.GetStr("__slotnames__"); ok {
			if l, ok := v.o.(*List); ok {
				return l.Items, nil
			}
			if v.IsNone() {
				return nil, nil
			}
			return nil, Errorf(TypeError, "%s.__slotnames__ should be a list or None, not %s", t.Name, TypeOf(v).Name)
		}
	}
	if !t.Heap {
		return nil, nil
	}
	fn, err := copyregAttr("_slotnames")
	if err != nil {
		return nil, err
	}
	r, err := Call(fn, []Value{FromObject(t)}, nil)
	if err != nil {
		return nil, err
	}
	if l, ok := r.o.(*List); ok {
		return l.Items, nil
	}
	if r.IsNone() {
		return nil, nil
	}
	return nil, Errorf(TypeError, "copyreg._slotnames didn't return a list or None")
}

// AddDescriptorSlots gives a built-in type whose objects are descriptors
// the __get__ (and, for data descriptors, __set__ and __delete__) that
// Python code reads (enum and inspect look for __get__ to tell
// descriptors from values; wrappers call it explicitly).
func AddDescriptorSlots(t *Type, data bool) {
	t.addSlot("__get__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("__get__", args, kw, 1, 2); err != nil {
			return Null, err
		}
		obj := args[0]
		var typ *Type
		if len(args) == 2 && !args[1].IsNone() {
			typ, _ = args[1].o.(*Type)
		}
		if obj.IsNone() {
			if typ == nil {
				return Null, Errorf(TypeError, "__get__(None, None) is invalid")
			}
			obj = Null
		}
		d, ok := Unwrap(self).o.(Descriptor)
		if !ok {
			return Null, Errorf(TypeError, "'%s' object is not a descriptor", TypeOf(self).Name)
		}
		return d.DescrGet(obj, typ)
	})
	if !data {
		return
	}
	t.addSlot("__set__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__set__", args, kw, 2); err != nil {
			return Null, err
		}
		return None, self.o.(DataDescriptor).DescrSet(args[0], args[1])
	})
	t.addSlot("__delete__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__delete__", args, kw, 1); err != nil {
			return Null, err
		}
		return None, self.o.(DataDescriptor).DescrSet(args[0], Null)
	})
}

// builtinGetattr is builtins.getattr itself (pickle checks identity).
func builtinGetattr() (Value, error) {
	if ImportModule == nil {
		return Null, Errorf(ImportError, "no import system")
	}
	b, err := ImportModule("builtins")
	if err != nil {
		return Null, err
	}
	return GetAttrString(b, "getattr")
}

// initCallableReduce: built-in functions pickle by name, bound methods
// and method descriptors as getattr(owner, name), as meth_reduce and
// descr_reduce do.
func initCallableReduce() {
	for _, t := range []*Type{BuiltinFunctionType, MethodWrapperType} {
		t.addSlot("__reduce__", func(self Value, args []Value, kw []string) (Value, error) {
			f := self.o.(*BuiltinFunction)
			if (f.Self.IsNull() || f.Self.IsNone()) && f.owner != nil {
				// A built-in static method (bytes.maketrans): CPython's
				// m_self is its type.
				ga, err := builtinGetattr()
				if err != nil {
					return Null, err
				}
				return TupleValue(ga, TupleValue(FromObject(f.owner), NewStr(f.Name))), nil
			}
			if _, isMod := f.Self.o.(*Module); f.Self.IsNull() || f.Self.IsNone() || isMod {
				return NewStr(f.Name), nil
			}
			ga, err := builtinGetattr()
			if err != nil {
				return Null, err
			}
			return TupleValue(ga, TupleValue(f.Self, NewStr(f.Name))), nil
		})
	}
	// A bound method pickles as getattr(self, name) (method_reduce).
	MethodType.addSlot("__reduce__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__reduce__", args, kw, 0); err != nil {
			return Null, err
		}
		m := self.o.(*Method)
		name, err := GetAttrString(m.Func, "__name__")
		if err != nil {
			return Null, err
		}
		ga, err := builtinGetattr()
		if err != nil {
			return Null, err
		}
		return TupleValue(ga, TupleValue(m.Self, name)), nil
	})
	// Ellipsis and NotImplemented pickle by name (ellipsis_reduce,
	// notimplemented_reduce).
	for _, s := range []struct {
		t    *Type
		name string
	}{{EllipsisType, "Ellipsis"}, {NotImplementedType, "NotImplemented"}} {
		name := s.name
		s.t.addSlot("__reduce__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := slotArgs("__reduce__", args, kw, 0); err != nil {
				return Null, err
			}
			return NewStr(name), nil
		})
	}
	for _, t := range []*Type{MethodDescrType, WrapperDescrType} {
		t.addSlot("__reduce__", func(self Value, args []Value, kw []string) (Value, error) {
			d := self.o.(*MethodDescr)
			ga, err := builtinGetattr()
			if err != nil {
				return Null, err
			}
			return TupleValue(ga, TupleValue(FromObject(d.Owner), NewStr(d.Name))), nil
		})
	}
}

func initDescriptorSlots() {
	initCallableReduce()
	for _, t := range []*Type{ModuleType, BuiltinFunctionType, MethodType, CellType, MethodDescrType, WrapperDescrType,
		MethodWrapperType, StaticMethodType} {
		t.AddReprSlot()
	}
	// type.__annotations__ (3.10): a class's own annotations, an empty
	// dict made and kept on first use, never a base class's.
	TypeType.addGetSet("__annotations__", func(self Value) (Value, error) {
		t := self.o.(*Type)
		if v, ok := t.Dict.GetStr("__annotations__"); ok {
			if d, ok := v.o.(Descriptor); ok {
				return d.DescrGet(Null, t)
			}
			return v, nil
		}
		if !t.Heap {
			return Null, Errorf(AttributeError, "type object '%s' has no attribute '__annotations__'", t.Name)
		}
		d := FromObject(NewDict(0))
		t.Dict.SetStr("__annotations__", d)
		return d, nil
	}, func(self, v Value) error {
		t := self.o.(*Type)
		if !t.Heap {
			return Errorf(TypeError, "cannot set '__annotations__' attribute of immutable type '%s'", t.Name)
		}
		if v.IsNull() {
			if ok, _ := t.Dict.Delete(NewStr("__annotations__")); !ok {
				return Errorf(AttributeError, "__annotations__")
			}
			return nil
		}
		t.Dict.SetStr("__annotations__", v)
		return nil
	})
	GetSetDescrType.addGetter("__name__", func(self Value) (Value, error) { return NewStr(self.o.(*GetSetDescr).Name), nil })
	GetSetDescrType.addGetter("__qualname__", func(self Value) (Value, error) {
		d := self.o.(*GetSetDescr)
		return NewStr(d.Owner.Qualname + "." + d.Name), nil
	})
	GetSetDescrType.addGetter("__objclass__", func(self Value) (Value, error) { return FromObject(self.o.(*GetSetDescr).Owner), nil })
	// A member_descriptor is a __slots__ MemberDescr or a read-only
	// member of a built-in type (a GetSetDescr marked readonly).
	member := func(self Value) (name string, owner *Type) {
		switch d := self.o.(type) {
		case *MemberDescr:
			return d.Name, d.Owner
		case *GetSetDescr:
			return d.Name, d.Owner
		}
		return "?", ObjectType
	}
	MemberDescrType.addGetter("__name__", func(self Value) (Value, error) {
		name, _ := member(self)
		return NewStr(name), nil
	})
	MemberDescrType.addGetter("__qualname__", func(self Value) (Value, error) {
		name, owner := member(self)
		return NewStr(owner.Qualname + "." + name), nil
	})
	MemberDescrType.addGetter("__objclass__", func(self Value) (Value, error) {
		_, owner := member(self)
		return FromObject(owner), nil
	})
	for _, t := range []*Type{StaticMethodType, ClassMethodType, ClassMethodDescrType} {
		AddDescriptorSlots(t, false)
	}
	for _, t := range []*Type{GetSetDescrType, MemberDescrType} {
		AddDescriptorSlots(t, true)
	}
	PropertyType.addSlot("__delete__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__delete__", args, kw, 1); err != nil {
			return Null, err
		}
		return None, self.o.(*Property).set(args[0], Null)
	})
}

// AddCallSlot gives a built-in callable type the __call__ slot wrapper
// Python code can read and call (f.__call__(x)).
func AddCallSlot(t *Type) {
	t.addSlot("__call__", func(self Value, args []Value, kw []string) (Value, error) {
		// The payload: an instance of a subclass that keeps this
		// __call__ would find it again through Call (class S(staticmethod)).
		return Call(Unwrap(self), args, kw)
	})
}
