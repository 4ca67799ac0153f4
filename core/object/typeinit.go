package object

import (
	"reflect"
	"strings"
)

// Slot wrappers: the special methods of built-in types, stored in their
// namespaces so that subclasses, super() and explicit calls such as
// int.__add__(1, 2) find them. Each wrapper calls the same Go code the
// protocol functions use on built-in objects.

func (t *Type) addSlot(name string, fn func(self Value, args []Value, kwnames []string) (Value, error)) {
	md := &MethodDescr{Name: name, Owner: t, Fn: checkedSlot(name, fn), keepSelf: true}
	if doc, ok := slotMethodExceptions[t.Name+"."+name]; ok {
		md.Doc = doc
	} else if sd, ok := slotDocs[name]; ok {
		md.slot, md.Doc = true, sd.doc
		if d, ok := seqInplaceDocs[name]; ok && isSeqInplace(t) {
			md.Doc = d
		}
	}
	t.SetAttrString(name, FromObject(md))
}

func slotArgs(name string, args []Value, kwnames []string, n int) error {
	if err := NoKwargs(name, kwnames); err != nil {
		return err
	}
	if len(args) != n {
		return slotArityError(n, n, len(args))
	}
	return nil
}

// slotAccepts reports whether a numeric type's slot wrapper handles
// other: int's only ints, float's ints and floats, complex's all numbers.
// CPython's slots return NotImplemented for the rest, so that
// int.__eq__(1, 1.0) is NotImplemented and float's reflected slot runs.
func slotAccepts(t *Type, other Value) bool {
	k := numericKind(Unwrap(other))
	switch t.solid {
	case IntType:
		return k == numInt
	case FloatType:
		return k == numInt || k == numFloat
	case ComplexType:
		return k != notNumber
	}
	return true
}

func addCompareSlots(t *Type) {
	for op := CmpLt; op <= CmpGe; op++ {
		op := op
		name := compareNames[op].S
		t.addSlot(name, func(self Value, args []Value, kw []string) (Value, error) {
			if err := slotArgs(name, args, kw, 1); err != nil {
				return Null, err
			}
			if !slotAccepts(t, args[0]) {
				return NotImplemented, nil
			}
			return builtinCompare(self, args[0], op)
		})
	}
}

func addBinarySlots(t *Type, ops ...BinOp) {
	for _, op := range ops {
		op := op
		t.addSlot(binOpNames[op].S, func(self Value, args []Value, kw []string) (Value, error) {
			if err := slotArgs(binOpNames[op].S, args, kw, 1); err != nil {
				return Null, err
			}
			if !slotAccepts(t, args[0]) {
				return NotImplemented, nil
			}
			return builtinBinary(op, self, args[0])
		})
		t.addSlot(rbinOpNames[op].S, func(self Value, args []Value, kw []string) (Value, error) {
			if err := slotArgs(rbinOpNames[op].S, args, kw, 1); err != nil {
				return Null, err
			}
			if !slotAccepts(t, args[0]) {
				return NotImplemented, nil
			}
			return builtinBinary(op, args[0], self)
		})
	}
}

// addInplaceSlots gives a mutable built-in type the in-place operator
// slots (list.__iadd__, dict.__ior__, ...) that its subclasses' instances
// reach through the MRO; they return NotImplemented for operands the type
// does not take in place.
func addInplaceSlots(t *Type, ops ...BinOp) {
	for _, op := range ops {
		op := op
		name := ibinOpNames[op].S
		t.addSlot(name, func(self Value, args []Value, kw []string) (Value, error) {
			if err := slotArgs(name, args, kw, 1); err != nil {
				return Null, err
			}
			r, ok, err := builtinInplace(op, self, args[0])
			if !ok && err == nil {
				return NotImplemented, nil
			}
			return r, err
		})
	}
}

func addUnarySlots(t *Type, ops ...UnOp) {
	for _, op := range ops {
		op := op
		name := [...]*Str{strNeg, strPos, strInvert}[op].S
		t.addSlot(name, func(self Value, args []Value, kw []string) (Value, error) {
			if err := slotArgs(name, args, kw, 0); err != nil {
				return Null, err
			}
			r, _, err := builtinUnary(op, self)
			return r, err
		})
	}
}

func addCommonSlots(t *Type) {
	t.addSlot("__repr__", func(self Value, args []Value, kw []string) (Value, error) {
		s, err := builtinRepr(self)
		return NewStr(s), err
	})
	t.addSlot("__hash__", func(self Value, args []Value, kw []string) (Value, error) {
		h, err := builtinHash(self)
		return Int(h), err
	})
	addCompareSlots(t)
}

func addContainerSlots(t *Type, mutable bool) {
	t.addSlot("__len__", func(self Value, args []Value, kw []string) (Value, error) {
		n, _, err := builtinLen(self)
		return Int(int64(n)), err
	})
	t.addSlot("__iter__", func(self Value, args []Value, kw []string) (Value, error) {
		r, _, err := builtinIter(self)
		return r, err
	})
	t.addSlot("__contains__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__contains__", args, kw, 1); err != nil {
			return Null, err
		}
		r, ok, err := builtinContains(self, args[0])
		if !ok && err == nil {
			r, err = seqContainsValue(self, args[0])
		}
		return Bool(r), err
	})
	switch t {
	case SetType, FrozenSetType, dictKeysType, dictValuesType, dictItemsType:
		return
	}
	t.addSlot("__getitem__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__getitem__", args, kw, 1); err != nil {
			return Null, err
		}
		r, _, err := builtinGetItem(self, args[0])
		return r, err
	})
	// d[k] and d[k] = v on an instance of a subclass that does not
	// override them come here through CallMethodValue1/2: no slice.
	t.method("__getitem__").Fast1 = func(self, a Value) (Value, error) {
		r, _, err := builtinGetItem(self, a)
		return r, err
	}
	if mutable {
		t.addSlot("__setitem__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := slotArgs("__setitem__", args, kw, 2); err != nil {
				return Null, err
			}
			_, err := builtinSetItem(self, args[0], args[1])
			return None, err
		})
		t.method("__setitem__").Fast2 = func(self, a, b Value) (Value, error) {
			_, err := builtinSetItem(self, a, b)
			return None, err
		}
		t.addSlot("__delitem__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := slotArgs("__delitem__", args, kw, 1); err != nil {
				return Null, err
			}
			_, err := builtinSetItem(self, args[0], Null)
			return None, err
		})
	}
}

func seqContainsValue(seq, x Value) (bool, error) {
	items, err := ToSlice(Unwrap(seq))
	if err != nil {
		return false, err
	}
	return seqContains(items, x)
}

// addNewSlot stores t.__new__ as a built-in function bound to t, as
// CPython's tp_new_wrapper: __new__(cls, *args) checks cls and calls t.New.
func addNewSlot(t *Type) {
	t.SetAttrString("__new__", FromObject(&BuiltinFunction{Name: "__new__", Self: FromObject(t), owner: t,
		Fn: func(self Value, args []Value, kw []string) (Value, error) {
			owner := self.o.(*Type)
			if len(args)-len(kw) < 1 {
				return Null, Errorf(TypeError, "%s.__new__(): not enough arguments", owner.Name)
			}
			cls, ok := args[0].o.(*Type)
			if !ok {
				return Null, Errorf(TypeError, "%s.__new__(X): X is not a type object (%s)", owner.Name, TypeOf(args[0]).Name)
			}
			if !cls.IsSubtype(owner) {
				return Null, Errorf(TypeError, "%s.__new__(%s): %s is not a subtype of %s", owner.Name, cls.Name, cls.Name, owner.Name)
			}
			if sb, newFn := staticBase(cls); !sameNew(newFn, owner.New) {
				return Null, Errorf(TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", owner.Name, cls.Name, sb.Name)
			}
			return owner.New(cls, args[1:], kw)
		}}))
}

// staticBase is tp_new_wrapper's staticbase of cls: cls, or its first
// base, past the classes whose __new__ is written in Python; and the New
// that base has (its own, or inherited from its built-in base: nil when
// that type cannot be instantiated). Another type's __new__ applied to
// cls would make an object of the wrong layout, and is refused.
func staticBase(cls *Type) (*Type, func(*Type, []Value, []string) (Value, error)) {
	sb := cls
	for sb.Heap && sb.Base != nil && pythonNew(sb) {
		sb = sb.Base
	}
	for t := sb; t != nil; t = t.Base {
		if !t.Heap {
			return sb, t.New
		}
	}
	return sb, nil
}

// pythonNew reports whether heap class t gets __new__ from a class
// statement (its tp_new is slot_tp_new) rather than from a built-in type.
func pythonNew(t *Type) bool {
	for _, c := range t.MRO {
		if !c.Heap {
			return false
		}
		if _, ok := c.Dict.GetStr("__new__"); ok {
			return true
		}
	}
	return false
}

// sameNew reports whether a and b are the same New function.
func sameNew(a, b func(*Type, []Value, []string) (Value, error)) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return reflect.ValueOf(a).Pointer() == reflect.ValueOf(b).Pointer()
}

func addInitSlot(t *Type) {
	t.addSlot("__init__", func(self Value, args []Value, kw []string) (Value, error) {
		return None, t.Init(self, args, kw)
	})
}

// The values of Type.MatchFlags (as collections.abc's __abc_tpflags__
// spells them).
const (
	MatchSequence = 1 << 5
	MatchMapping  = 1 << 6
)

func init() {
	for _, t := range []*Type{ListType, TupleType, RangeType, MemoryViewType} {
		t.MatchFlags = MatchSequence
	}
	DictType.MatchFlags, MappingProxyType.MatchFlags = MatchMapping, MatchMapping
	initObjectType()
	initTypeType()
	initNumberTypes()
	initContainerTypes()
	initExceptionTypes()
	initMiscTypes()
	initStrType()
	initBytesMethods()
	initGenericAlias()
	initUnion()
	initLengthHints()
	initIterReduce()
	initReduce()
	initDescriptorSlots()
	initBuiltinDocs()
}

func initObjectType() {
	o := ObjectType
	o.New = objectNew
	addNewSlot(o)
	o.addSlot("__init__", objectInit)
	o.addSlot("__repr__", func(self Value, args []Value, kw []string) (Value, error) {
		return NewStr(defaultRepr(self)), nil
	})
	o.addSlot("__str__", func(self Value, args []Value, kw []string) (Value, error) {
		s, err := Repr(self)
		return NewStr(s), err
	})
	o.addSlot("__hash__", func(self Value, args []Value, kw []string) (Value, error) {
		if !self.IsObject() {
			h, err := Hash(self)
			return Int(h), err
		}
		return Int(int64(identityHash(self.o))), nil
	})
	o.addSlot("__format__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("__format__", args, kw); err != nil {
			return Null, err
		}
		spec, ok := Unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeError, "__format__() argument must be str, not %s", argTypeName(args[0]))
		}
		if spec.S != "" {
			if TypeOf(self).Heap && !Unwrap(self).Is(self) {
				s, err := builtinFormat(Unwrap(self), spec.S)
				return NewStr(s), err
			}
			return Null, Errorf(TypeError, "unsupported format string passed to %s.__format__", TypeOf(self).Name)
		}
		s, err := StrOf(self)
		return NewStr(s), err
	})
	for op := CmpLt; op <= CmpGe; op++ {
		op := op
		o.addSlot(compareNames[op].S, func(self Value, args []Value, kw []string) (Value, error) {
			if err := slotArgs(compareNames[op].S, args, kw, 1); err != nil {
				return Null, err
			}
			switch op {
			case CmpEq:
				if self.Is(args[0]) {
					return True, nil
				}
			case CmpNe:
				// object.__ne__ inverts __eq__ unless it is NotImplemented.
				r, err := callCompareSlot(TypeOf(self).Lookup(compareNames[CmpEq]), self, args[0])
				if err != nil || r.o == notImplemented {
					return r, err
				}
				t, err := Truth(r)
				return Bool(!t), err
			}
			return NotImplemented, nil
		})
	}
	o.addSlot("__getattribute__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__getattribute__", args, kw, 1); err != nil {
			return Null, err
		}
		name, ok := args[0].o.(*Str)
		if !ok {
			return Null, Errorf(TypeError, "attribute name must be string, not '%s'", TypeOf(args[0]).Name)
		}
		if t, isType := self.o.(*Type); isType && self.IsObject() {
			return typeGetAttr(t, name)
		}
		r, err := GenericGetAttr(self, name)
		if e, ok := err.(*BaseException); ok && e.Class == AttributeError && (e.Ext == nil || e.Ext.Name.IsNone() || e.Ext.Name.IsNull()) {
			// PyObject_GenericGetAttr sets name and obj itself.
			e.SetAttributeContext(args[0], self)
		}
		return r, err
	})
	o.addSlot("__setattr__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__setattr__", args, kw, 2); err != nil {
			return Null, err
		}
		name, ok := args[0].o.(*Str)
		if !ok {
			return Null, Errorf(TypeError, "attribute name must be string, not '%s'", TypeOf(args[0]).Name)
		}
		if t, isType := self.o.(*Type); isType && self.IsObject() {
			return None, typeSetAttr(t, name, args[1])
		}
		return None, GenericSetAttr(self, name, args[1])
	})
	o.addSlot("__delattr__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__delattr__", args, kw, 1); err != nil {
			return Null, err
		}
		name, ok := args[0].o.(*Str)
		if !ok {
			return Null, Errorf(TypeError, "attribute name must be string, not '%s'", TypeOf(args[0]).Name)
		}
		if t, isType := self.o.(*Type); isType && self.IsObject() {
			return None, typeSetAttr(t, name, Null)
		}
		return None, GenericSetAttr(self, name, Null)
	})
	o.SetAttrString("__init_subclass__", FromObject(&ClassMethodDescr{Name: "__init_subclass__", Owner: o,
		Fn: func(cls Value, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 {
				return Null, Errorf(TypeError, "%s.__init_subclass__() takes no keyword arguments", cls.o.(*Type).Name)
			}
			if len(args) > 0 {
				return Null, Errorf(TypeError, "%s.__init_subclass__() takes no arguments (%d given)", cls.o.(*Type).Name, len(args))
			}
			return None, nil
		}}))
	o.addGetSet("__class__", func(self Value) (Value, error) { return FromObject(TypeOf(self)), nil },
		func(self, v Value) error { return setClass(self, v) })
	o.SetAttrString("__subclasshook__", FromObject(&ClassMethodDescr{Name: "__subclasshook__", Owner: o,
		Fn: func(cls Value, args []Value, kw []string) (Value, error) {
			return NotImplemented, nil
		}}))
	o.SetAttrString("__doc__", NewStr("The base class of the class hierarchy."))
	o.addSlot("__sizeof__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("object.__sizeof__", args, kw); err != nil {
			return Null, err
		}
		return Int(basicSize(self)), nil
	})
	o.addSlot("__dir__", func(self Value, args []Value, kw []string) (Value, error) {
		return Dir(self)
	})
}

// instanceDictGetSet is __dict__ on classes whose instances have one
// (subtype_dict and subtype_setdict): a built-in base's own __dict__
// comes first (a module's, an exception's); else the instance dict, which
// may be replaced by a dict or deleted (a new one is made on next use).
var instanceDictGetSet = &GetSetDescr{Name: "__dict__", Owner: ObjectType, instDict: true,
	Get: func(self Value) (Value, error) {
		if d := builtinDictDescr(TypeOf(self)); d != nil {
			return d.DescrGet(self, TypeOf(self))
		}
		if d := instanceDict(self); d != nil && self.IsObject() {
			return FromObject(d), nil
		}
		return Null, Errorf(AttributeError, "'%s' object has no attribute '__dict__'", TypeOf(self).Name)
	},
	Set: func(self, v Value) error {
		if d := builtinDictDescr(TypeOf(self)); d != nil {
			return d.DescrSet(self, v)
		}
		var d *Dict
		if !v.IsNull() {
			if !TypeOf(v).IsSubtype(DictType) {
				return Errorf(TypeError, "__dict__ must be set to a dictionary, not a '%s'", TypeOf(v).Name)
			}
			// A dict subclass's own dict is the one attributes go to.
			if d, _ = Unwrap(v).o.(*Dict); d == nil {
				return Errorf(TypeError, "__dict__ must be set to a dictionary, not a '%s'", TypeOf(v).Name)
			}
		}
		switch o := self.o.(type) {
		case *Instance:
			o.SetInstanceDict(d)
		default:
			return Errorf(AttributeError, "'%s' object has no attribute '__dict__'", TypeOf(self).Name)
		}
		return nil
	}}

// builtinDictDescr is get_builtin_base_with_dict's __dict__ descriptor:
// that of the nearest built-in base of t whose instances have a dict of
// their own making (module, BaseException), or nil.
func builtinDictDescr(t *Type) DataDescriptor {
	if !t.Heap {
		return nil
	}
	for _, b := range t.MRO {
		if b.Heap || !b.hasDict && b != TypeType {
			continue
		}
		if d := b.Lookup(strDict); !d.IsNull() && !isInstanceDictDescr(d) {
			if dd, ok := d.o.(DataDescriptor); ok {
				return dd
			}
		}
		return nil
	}
	return nil
}

// isInstanceDictDescr reports whether d reads and writes the instance
// dict itself (instanceDictGetSet or a copy of it).
func isInstanceDictDescr(d Value) bool {
	g, ok := d.o.(*GetSetDescr)
	return ok && g.instDict
}

// newInstanceDictDescr is the __dict__ attribute of class t, whose
// instances have a dict: object itself has none, as in CPython, so that
// '__dict__' is not in dir(1).
func newInstanceDictDescr(t *Type) *GetSetDescr {
	return &GetSetDescr{Name: "__dict__", Owner: t, instDict: true,
		Get: instanceDictGetSet.Get, Set: instanceDictGetSet.Set}
}

// excDictGetSet is BaseException.__dict__: replaceable by a dict, never
// deleted.
var excDictGetSet = &GetSetDescr{Name: "__dict__", Owner: BaseExceptionType,
	Get: func(self Value) (Value, error) { return FromObject(instanceDict(self)), nil },
	Set: func(self, v Value) error {
		if v.IsNull() {
			return Errorf(TypeError, "cannot delete __dict__")
		}
		d, ok := v.o.(*Dict)
		if !ok {
			return Errorf(TypeError, "__dict__ must be set to a dictionary, not a '%s'", TypeOf(v).Name)
		}
		self.o.(*BaseException).Dict = d
		return nil
	}}

func initTypeType() {
	t := TypeType
	t.New = typeNew
	addNewSlot(t)
	t.addSlot("__init__", func(self Value, args []Value, kw []string) (Value, error) { return None, nil })
	t.addSlot("__repr__", func(self Value, args []Value, kw []string) (Value, error) {
		return NewStr(typeRepr(self.o.(*Type))), nil
	})
	t.addSlot("__call__", func(self Value, args []Value, kw []string) (Value, error) {
		ty, ok := self.o.(*Type)
		if !ok {
			return Null, Errorf(TypeError, "descriptor '__call__' requires a 'type' object but received a '%s'", TypeOf(self).Name)
		}
		return ty.call(args, kw)
	})
	t.addSlot("mro", func(self Value, args []Value, kw []string) (Value, error) {
		ty, ok := self.o.(*Type)
		if !ok {
			return Null, Errorf(TypeError, "descriptor 'mro' requires a 'type' object but received a '%s'", TypeOf(self).Name)
		}
		mro := ty.MRO
		if ty.Heap {
			// mro_implementation: C3 of the current bases, whatever
			// MRO (custom, or none yet) the class has.
			var err error
			if mro, err = c3(ty, ty.Bases); err != nil {
				return Null, err
			}
		}
		items := make([]Value, len(mro))
		for i, c := range mro {
			items[i] = FromObject(c)
		}
		return FromObject(NewList(items...)), nil
	})
	t.addSlot("__subclasscheck__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__subclasscheck__", args, kw, 1); err != nil {
			return Null, err
		}
		c, ok := args[0].o.(*Type)
		if !ok {
			return Null, Errorf(TypeError, "issubclass() arg 1 must be a class")
		}
		return Bool(c.IsSubtype(self.o.(*Type))), nil
	})
	t.addSlot("__instancecheck__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__instancecheck__", args, kw, 1); err != nil {
			return Null, err
		}
		return Bool(TypeOf(args[0]).IsSubtype(self.o.(*Type))), nil
	})
	// type's own attribute protocol, so that a metaclass deriving from
	// type (ABCMeta) finds it before object's and classes keep binding
	// their descriptors (classmethods, properties) as types do.
	t.addSlot("__getattribute__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__getattribute__", args, kw, 1); err != nil {
			return Null, err
		}
		ty, ok := self.o.(*Type)
		if !ok {
			return Null, Errorf(TypeError, "descriptor '__getattribute__' requires a 'type' object but received a '%s'", TypeOf(self).Name)
		}
		name, ok := args[0].o.(*Str)
		if !ok {
			return Null, Errorf(TypeError, "attribute name must be string, not '%s'", TypeOf(args[0]).Name)
		}
		return typeGetAttr(ty, name)
	})
	for _, del := range []bool{false, true} {
		del := del
		mname, n := "__setattr__", 2
		if del {
			mname, n = "__delattr__", 1
		}
		t.addSlot(mname, func(self Value, args []Value, kw []string) (Value, error) {
			if err := slotArgs(mname, args, kw, n); err != nil {
				return Null, err
			}
			ty, ok := self.o.(*Type)
			if !ok {
				return Null, Errorf(TypeError, "descriptor '%s' requires a 'type' object but received a '%s'", mname, TypeOf(self).Name)
			}
			name, ok := args[0].o.(*Str)
			if !ok {
				return Null, Errorf(TypeError, "attribute name must be string, not '%s'", TypeOf(args[0]).Name)
			}
			val := Null
			if !del {
				val = args[1]
			}
			return None, typeSetAttr(ty, name, val)
		})
	}
	t.addClassMethod("__prepare__", func(cls Value, args []Value, kw []string) (Value, error) {
		return FromObject(NewDict(0)), nil
	})
	t.addGetSet("__name__", func(self Value) (Value, error) {
		ty := self.o.(*Type)
		if !ty.Heap {
			return NewStr(ty.Name[strings.LastIndexByte(ty.Name, '.')+1:]), nil
		}
		return NewStr(ty.Name), nil
	},
		func(self, v Value) error {
			ty := self.o.(*Type)
			s, ok := Unwrap(v).o.(*Str)
			if !ty.Heap {
				return Errorf(TypeError, "cannot set '__name__' attribute of immutable type '%s'", ty.Name)
			}
			if v.IsNull() {
				return Errorf(TypeError, "cannot delete '__name__' attribute of immutable type '%s'", ty.Name)
			}
			if !ok {
				return Errorf(TypeError, "can only assign string to %s.__name__, not '%s'", ty.Name, TypeOf(v).Name)
			}
			if err := checkTypeName(v); err != nil {
				return err
			}
			ty.Name = s.S
			return nil
		})
	t.addGetSet("__qualname__", func(self Value) (Value, error) { return NewStr(self.o.(*Type).Qualname), nil },
		func(self, v Value) error {
			ty := self.o.(*Type)
			s, ok := Unwrap(v).o.(*Str)
			if !ty.Heap {
				return Errorf(TypeError, "cannot set '__qualname__' attribute of immutable type '%s'", ty.Name)
			}
			if v.IsNull() {
				return Errorf(TypeError, "cannot delete '__qualname__' attribute of immutable type '%s'", ty.Name)
			}
			if !ok {
				return Errorf(TypeError, "can only assign string to %s.__qualname__, not '%s'", ty.Name, TypeOf(v).Name)
			}
			ty.Qualname = s.S
			return nil
		})
	t.addGetSet("__module__", func(self Value) (Value, error) {
		ty := self.o.(*Type)
		if ty.Heap {
			if m, ok := ty.Dict.GetStr("__module__"); ok {
				return m, nil
			}
			return Null, Errorf(AttributeError, "__module__")
		}
		return NewStr(ty.ModuleName()), nil
	}, func(self, v Value) error {
		ty := self.o.(*Type)
		if !ty.Heap {
			return Errorf(TypeError, "cannot set '__module__' attribute of immutable type '%s'", ty.Name)
		}
		ty.Dict.SetStr("__module__", v)
		return nil
	})
	// type_get_text_signature: the signature CPython 3.10 keeps in the
	// built-in types' internal docs (inspect.signature of a class without
	// __init__ or __new__ falls back to object's "()"); None for the rest.
	t.addGetter("__text_signature__", func(self Value) (Value, error) {
		ty := self.o.(*Type)
		if sig, ok := typeTextSignatures[ty]; ok {
			return NewStr(sig), nil
		}
		// A class docstring in the internal form "Name(sig)\n--\n\n...".
		if d, ok := ty.Dict.GetStr("__doc__"); ok {
			if doc, ok := d.Object().(*Str); ok && strings.HasPrefix(doc.S, ty.Name+"(") {
				if end := strings.Index(doc.S, ")\n--\n\n"); end >= 0 {
					return NewStr(doc.S[len(ty.Name) : end+1]), nil
				}
			}
		}
		return None, nil
	})
	t.addGetSet("__doc__", func(self Value) (Value, error) {
		ty := self.o.(*Type)
		if d, ok := ty.Dict.GetStr("__doc__"); ok {
			// type_get_doc: a descriptor there (even a class with
			// __get__) is asked with no instance.
			r, _, err := descrGet(d, Null, ty)
			return r, err
		}
		if ty.Doc != "" {
			return NewStr(ty.Doc), nil
		}
		return None, nil
	}, func(self, v Value) error {
		// type_set_doc: classes only (collections.namedtuple and selectors
		// set the __doc__ of the classes they make).
		ty := self.o.(*Type)
		if !ty.Heap {
			return Errorf(TypeError, "cannot set '__doc__' attribute of immutable type '%s'", ty.Name)
		}
		if v.IsNull() {
			return Errorf(TypeError, "cannot delete '__doc__' attribute of immutable type '%s'", ty.Name)
		}
		ty.Dict.SetStr("__doc__", v)
		return nil
	})
	t.addGetSet("__bases__", func(self Value) (Value, error) {
		ty := self.o.(*Type)
		items := make([]Value, len(ty.Bases))
		for i, c := range ty.Bases {
			items[i] = FromObject(c)
		}
		return FromObject(NewTuple(items...)), nil
	}, func(self, v Value) error { return self.o.(*Type).setBases(v) })
	t.addGetter("__base__", func(self Value) (Value, error) {
		ty := self.o.(*Type)
		if ty.Base == nil {
			return None, nil
		}
		return FromObject(ty.Base), nil
	})
	t.addGetter("__mro__", func(self Value) (Value, error) {
		ty := self.o.(*Type)
		if ty.MRO == nil {
			return None, nil // while its mro() runs
		}
		return FromObject(ty.mroValue()), nil
	})
	t.addGetter("__dict__", func(self Value) (Value, error) {
		return NewMappingProxy(self.o.(*Type).Dict), nil
	})
	t.addSlot("__subclasses__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("type.__subclasses__", args, kw); err != nil {
			return Null, err
		}
		subs := self.o.(*Type).SubclassesSeen()
		items := make([]Value, len(subs))
		for i, c := range subs {
			items[i] = FromObject(c)
		}
		return FromObject(NewList(items...)), nil
	})
}

func initNumberTypes() {
	IntType.New = intNew
	BoolType.New = func(t *Type, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("bool", args, kw, 0, 1); err != nil {
			return Null, err
		}
		if len(args) == 0 {
			return False, nil
		}
		b, err := Truth(args[0])
		return Bool(b), err
	}
	FloatType.New = floatNew
	ComplexType.New = complexNew
	allBin := []BinOp{Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, DivMod}
	for _, t := range []*Type{IntType, FloatType, ComplexType} {
		addNewSlot(t)
		addCommonSlots(t)
		if t == ComplexType {
			// complex has no //, % or divmod in 3.10: no slots at all,
			// so that hasattr(1j, '__mod__') is false.
			addBinarySlots(t, Add, Sub, Mul, TrueDiv, Pow)
		} else {
			addBinarySlots(t, allBin...)
		}
		addUnarySlots(t, Neg, Pos)
		t.addSlot("__bool__", func(self Value, args []Value, kw []string) (Value, error) {
			b, _ := builtinTruth(self)
			return Bool(b), nil
		})
		t.addSlot("__abs__", func(self Value, args []Value, kw []string) (Value, error) { return Abs(Unwrap(self)) })
		t.addSlot("__format__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := ExactlyOne("__format__", args, kw); err != nil {
				return Null, err
			}
			spec, ok := Unwrap(args[0]).o.(*Str)
			if !ok {
				return Null, Errorf(TypeError, "__format__() argument must be str, not %s", argTypeName(args[0]))
			}
			s, err := builtinFormat(self, spec.S)
			return NewStr(s), err
		})
	}
	addBinarySlots(IntType, LShift, RShift, And, Or, Xor)
	addUnarySlots(IntType, Invert)
	addNewSlot(BoolType)
	for _, name := range []string{"__and__", "__or__", "__xor__", "__rand__", "__ror__", "__rxor__"} {
		name := name
		op := map[string]BinOp{"__and__": And, "__or__": Or, "__xor__": Xor, "__rand__": And, "__ror__": Or, "__rxor__": Xor}[name]
		BoolType.addSlot(name, func(self Value, args []Value, kw []string) (Value, error) {
			if err := slotArgs(name, args, kw, 1); err != nil {
				return Null, err
			}
			if self.IsBool() && args[0].IsBool() {
				r, _ := intBinary(op, int64(self.n), int64(args[0].n))
				return Bool(r.n != 0), nil
			}
			return builtinBinary(op, self, args[0])
		})
	}
	BoolType.addSlot("__repr__", func(self Value, args []Value, kw []string) (Value, error) {
		s, err := Repr(self)
		return NewStr(s), err
	})
	initIntMethods()
	initFloatMethods()
}

func initContainerTypes() {
	for _, t := range []*Type{StrType, BytesType, ByteArrayType, TupleType, ListType, DictType, SetType,
		FrozenSetType, RangeType, dictKeysType, dictValuesType, dictItemsType, MappingProxyType} {
		mutable := t == ListType || t == DictType || t == ByteArrayType
		addCommonSlots(t)
		addContainerSlots(t, mutable)
	}
	for _, t := range []*Type{StrType, BytesType, ByteArrayType, TupleType, ListType} {
		addBinarySlots(t, Add, Mul)
		// Concatenation is sq_concat: no reflected __radd__.
		t.Dict.Delete(FromObject(rbinOpNames[Add]))
	}
	addBinarySlots(StrType, Mod)
	addBinarySlots(BytesType, Mod)
	addBinarySlots(ByteArrayType, Mod)
	for _, t := range []*Type{SetType, FrozenSetType, dictKeysType, dictItemsType} {
		addBinarySlots(t, And, Or, Sub, Xor)
	}
	addBinarySlots(DictType, Or)
	addInplaceSlots(DictType, Or)
	addBinarySlots(MappingProxyType, Or)
	addInplaceSlots(MappingProxyType, Or)
	addInplaceSlots(ListType, Add, Mul)
	addInplaceSlots(ByteArrayType, Add, Mul)
	addInplaceSlots(SetType, Or, And, Sub, Xor)
	TupleType.New = tupleNew
	ListType.New = func(t *Type, args []Value, kw []string) (Value, error) {
		return wrapBuiltin(t, FromObject(NewList())), nil
	}
	ListType.Init = func(self Value, args []Value, kw []string) error {
		if err := PositionalOnly("list", args, kw, 0, 1); err != nil {
			return err
		}
		l := Unwrap(self).o.(*List)
		clear(l.Items) // the old items must not stay reachable
		l.Items = l.Items[:0]
		if len(args) == 1 {
			return l.Extend(args[0])
		}
		return nil
	}
	DictType.New = func(t *Type, args []Value, kw []string) (Value, error) {
		return wrapBuiltin(t, FromObject(NewDict(0))), nil
	}
	DictType.Init = func(self Value, args []Value, kw []string) error {
		npos := len(args) - len(kw)
		if err := CheckPositional("dict", npos, 0, 1); err != nil {
			return err
		}
		d := Unwrap(self).o.(*Dict)
		if npos == 1 {
			if err := d.Update(args[0]); err != nil {
				return err
			}
		}
		for i, k := range kw {
			if err := d.Set(FromObject(Intern(k)), args[npos+i]); err != nil {
				return err
			}
		}
		return nil
	}
	RangeType.New = rangeNew
	SliceType.New = func(t *Type, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("slice", args, kw, 1, 3); err != nil {
			return Null, err
		}
		switch len(args) {
		case 1:
			return NewSlice(None, args[0], None), nil
		case 2:
			return NewSlice(args[0], args[1], None), nil
		}
		return NewSlice(args[0], args[1], args[2]), nil
	}
	for _, t := range []*Type{StrType, BytesType, ByteArrayType, TupleType, ListType, DictType, SetType, FrozenSetType, RangeType, SliceType} {
		addNewSlot(t)
		if t.Init != nil {
			addInitSlot(t)
		}
	}
	initListMethods()
	initDictMethods()
	initFastMethods()
	initTupleMethods()
	initRangeSlice()
}

func tupleNew(t *Type, args []Value, kw []string) (Value, error) {
	if err := PositionalOnly("tuple", args, kw, 0, 1); err != nil {
		return Null, err
	}
	if len(args) == 0 {
		return wrapBuiltin(t, FromObject(emptyTuple)), nil
	}
	if tu, ok := args[0].o.(*Tuple); ok && t == TupleType {
		return FromObject(tu), nil
	}
	if l, ok := args[0].o.(*List); ok {
		// tuple(list): the items copied once, into a tuple of one
		// allocation.
		nt := MakeTuple(len(l.Items))
		copy(nt.Items, l.Items)
		return wrapBuiltin(t, FromObject(nt)), nil
	}
	if _, ok := args[0].o.(NoLengthHint); ok && args[0].IsObject() {
		nt, err := collectTuple(args[0])
		if err != nil {
			return Null, err
		}
		return wrapBuiltin(t, FromObject(nt)), nil
	}
	items, err := ToSlice(args[0])
	if err != nil {
		return Null, err
	}
	return wrapBuiltin(t, FromObject(NewTuple(items...))), nil
}

func initExceptionTypes() {
	b := BaseExceptionType
	for i, r := range []*Type{StopIteration, SystemExit, SyntaxError, ImportError, AttributeError, NameError,
		OSError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError} {
		r.excFamily = uint8(excFamilyStopIteration + i)
	}
	defer func() {
		for _, t := range allExceptionTypes {
			t.excFams = excFamilies(t) | 1<<31
		}
	}()
	b.New = func(t *Type, args []Value, kw []string) (Value, error) {
		v, err := excNew(t, args, kw)
		if err == nil {
			e := v.o.(*BaseException)
			excInitFields(e, e.Args.Items, nil, nil)
		}
		return v, err
	}
	b.Init = func(self Value, args []Value, kw []string) error {
		e, ok := self.o.(*BaseException)
		if !ok {
			return Errorf(TypeError, "descriptor '__init__' requires a 'BaseException' object")
		}
		return excInit(e, args, kw)
	}
	for _, t := range allExceptionTypes {
		t.New = b.New
		t.Init = b.Init
		if t != b {
			// Every exception type has its own tp_init slot wrapper.
			t.addSlot("__init__", func(self Value, args []Value, kw []string) (Value, error) {
				return None, b.Init(self, args, kw)
			})
		}
	}
	addNewSlot(b)
	b.addSlot("__init__", func(self Value, args []Value, kw []string) (Value, error) {
		return None, b.Init(self, args, kw)
	})
	b.addSlot("__repr__", func(self Value, args []Value, kw []string) (Value, error) {
		s, err := excRepr(self.o.(*BaseException))
		return NewStr(s), err
	})
	b.addSlot("__str__", func(self Value, args []Value, kw []string) (Value, error) {
		s, err := excStr(self.o.(*BaseException))
		return NewStr(s), err
	})
	b.addSlot("with_traceback", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("BaseException.with_traceback", args, kw); err != nil {
			return Null, err
		}
		e := self.o.(*BaseException)
		switch tb := args[0].o.(type) {
		case *Traceback:
			e.Traceback = tb
		default:
			if !args[0].IsNone() {
				return Null, Errorf(TypeError, "__traceback__ must be a traceback or None")
			}
			e.Traceback = nil
		}
		return self, nil
	})
	b.addMethod("__reduce__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("__reduce__", args, kw); err != nil {
			return Null, err
		}
		return excReduce(self.o.(*BaseException))
	})
	b.addMethod("__setstate__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("__setstate__", args, kw); err != nil {
			return Null, err
		}
		if args[0].IsNone() {
			return None, nil
		}
		d, ok := args[0].o.(*Dict)
		if !ok {
			return Null, Errorf(TypeError, "state is not a dictionary")
		}
		for i := 0; i < d.EntriesLen(); i++ {
			k, v, live := d.EntryAt(i)
			if !live {
				continue
			}
			name, ok := k.o.(*Str)
			if !ok {
				return Null, Errorf(TypeError, "attribute name must be string, not '%s'", TypeOf(k).Name)
			}
			if err := SetAttr(self, name, v); err != nil {
				return Null, err
			}
		}
		return None, nil
	})
	for _, t := range []*Type{ImportError, OSError} {
		t.addMethod("__reduce__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := NoArgs("__reduce__", args, kw); err != nil {
				return Null, err
			}
			return excReduce(self.o.(*BaseException))
		})
	}
	b.SetAttrString("__dict__", FromObject(excDictGetSet))
	exc := func(self Value) *BaseException { return self.o.(*BaseException) }
	b.addGetSet("args", func(self Value) (Value, error) {
		if exc(self).Args == nil {
			return FromObject(emptyTuple), nil
		}
		return FromObject(exc(self).Args), nil
	}, func(self, v Value) error {
		if v.IsNull() {
			return Errorf(TypeError, "args may not be deleted")
		}
		items, err := ToSlice(v)
		if err != nil {
			return err
		}
		exc(self).Args = NewTuple(items...)
		return nil
	})
	b.addGetSet("__traceback__", func(self Value) (Value, error) {
		if tb := exc(self).Traceback; tb != nil {
			return FromObject(tb), nil
		}
		return None, nil
	}, func(self, v Value) error {
		if tb, ok := v.o.(*Traceback); ok {
			exc(self).Traceback = tb
			return nil
		}
		if v.IsNone() {
			exc(self).Traceback = nil
			return nil
		}
		return Errorf(TypeError, "__traceback__ must be a traceback or None")
	})
	chain := func(name string, field func(e *BaseException) *Value) {
		b.addGetSet(name, func(self Value) (Value, error) {
			if v := *field(exc(self)); !v.IsNull() {
				return v, nil
			}
			return None, nil
		}, func(self, v Value) error {
			if v.IsNull() {
				return Errorf(TypeError, "%s may not be deleted", name)
			}
			if _, ok := v.o.(*BaseException); !ok && !v.IsNone() {
				return Errorf(TypeError, "exception cause must be None or derive from BaseException")
			}
			*field(exc(self)) = v
			if name == "__cause__" {
				exc(self).SuppressContext = true
			}
			return nil
		})
	}
	chain("__cause__", func(e *BaseException) *Value { return &e.Cause })
	chain("__context__", func(e *BaseException) *Value { return &e.Context })
	b.addGetSet("__suppress_context__", func(self Value) (Value, error) {
		return Bool(exc(self).SuppressContext), nil
	}, func(self, v Value) error {
		t, err := Truth(v)
		exc(self).SuppressContext = t
		return err
	})
	value := func(t *Type, name string) {
		t.addGetSet(name, func(self Value) (Value, error) {
			if v := exc(self).Value; !v.IsNull() {
				return v, nil
			}
			return None, nil
		}, func(self, v Value) error { exc(self).Value = v; return nil })
	}
	value(StopIteration, "value")
	value(SystemExit, "code")
	field := func(t *Type, name string, f func(x *ExceptionFields) *Value) {
		t.addGetSet(name, func(self Value) (Value, error) {
			if x := exc(self).Ext; x != nil && !f(x).IsNull() {
				return *f(x), nil
			}
			return None, nil
		}, func(self, v Value) error {
			e := exc(self)
			if e.Ext == nil {
				e.Ext = &ExceptionFields{}
			}
			*f(e.Ext) = v
			return nil
		})
	}
	field(SyntaxError, "msg", func(x *ExceptionFields) *Value { return &x.Msg })
	field(SyntaxError, "filename", func(x *ExceptionFields) *Value { return &x.Filename })
	field(SyntaxError, "lineno", func(x *ExceptionFields) *Value { return &x.Lineno })
	field(SyntaxError, "offset", func(x *ExceptionFields) *Value { return &x.Offset })
	field(SyntaxError, "text", func(x *ExceptionFields) *Value { return &x.Text })
	field(SyntaxError, "end_lineno", func(x *ExceptionFields) *Value { return &x.EndLineno })
	field(SyntaxError, "end_offset", func(x *ExceptionFields) *Value { return &x.EndOffset })
	field(SyntaxError, "print_file_and_line", func(x *ExceptionFields) *Value { return &x.PrintFileAndLine })
	field(ImportError, "msg", func(x *ExceptionFields) *Value { return &x.Msg })
	field(ImportError, "name", func(x *ExceptionFields) *Value { return &x.Name })
	field(ImportError, "path", func(x *ExceptionFields) *Value { return &x.Path })
	field(AttributeError, "name", func(x *ExceptionFields) *Value { return &x.Name })
	field(AttributeError, "obj", func(x *ExceptionFields) *Value { return &x.Object })
	field(NameError, "name", func(x *ExceptionFields) *Value { return &x.Name })
	field(OSError, "errno", func(x *ExceptionFields) *Value { return &x.Errno })
	field(OSError, "strerror", func(x *ExceptionFields) *Value { return &x.Strerror })
	field(OSError, "filename", func(x *ExceptionFields) *Value { return &x.Filename })
	field(OSError, "filename2", func(x *ExceptionFields) *Value { return &x.Filename2 })
	for _, t := range []*Type{UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError} {
		field(t, "encoding", func(x *ExceptionFields) *Value { return &x.Encoding })
		field(t, "object", func(x *ExceptionFields) *Value { return &x.Object })
		field(t, "start", func(x *ExceptionFields) *Value { return &x.Start })
		field(t, "end", func(x *ExceptionFields) *Value { return &x.End })
		field(t, "reason", func(x *ExceptionFields) *Value { return &x.Reason })
	}
	TracebackType.addGetSet("tb_next", func(self Value) (Value, error) {
		if n := self.o.(*Traceback).Next; n != nil {
			return FromObject(n), nil
		}
		return None, nil
	}, func(self, v Value) error {
		// Writable since 3.7 (unittest trims its own frames this way).
		tb := self.o.(*Traceback)
		if v.IsNull() {
			return Errorf(TypeError, "can't delete tb_next attribute")
		}
		if v.IsNone() {
			tb.Next = nil
			return nil
		}
		next, ok := v.o.(*Traceback)
		if !ok {
			return Errorf(TypeError, "expected traceback object, got '%s'", TypeOf(v).Name)
		}
		for c := next; c != nil; c = c.Next {
			if c == tb {
				return Errorf(ValueError, "traceback loop detected")
			}
		}
		tb.Next = next
		return nil
	})
	TracebackType.addGetter("tb_lineno", func(self Value) (Value, error) { return Int(int64(self.o.(*Traceback).Lineno)), nil })
	// Traceback.Lasti counts code units; tb_lasti is a byte offset, as
	// f_lasti is (dis.distb marks the instruction at it).
	TracebackType.addGetter("tb_lasti", func(self Value) (Value, error) { return Int(int64(2 * self.o.(*Traceback).Lasti)), nil })
	TracebackType.addGetter("tb_frame", func(self Value) (Value, error) {
		if f := self.o.(*Traceback).Frame; f != nil {
			return FromObject(f), nil
		}
		return None, nil
	})
}

func initMiscTypes() {
	// The singletons' types return their one instance and take no
	// arguments (EllipsisType is named so in the message only).
	for _, sg := range []struct {
		t    *Type
		name string
		v    Value
	}{{NoneType, "NoneType", None}, {EllipsisType, "EllipsisType", Ellipsis}, {NotImplementedType, "NotImplementedType", NotImplemented}} {
		sg := sg
		sg.t.SetNew(func(t *Type, args []Value, kw []string) (Value, error) {
			if len(args) > 0 {
				return Null, Errorf(TypeError, "%s takes no arguments", sg.name)
			}
			return sg.v, nil
		}, nil)
	}
	NoneType.addSlot("__repr__", func(self Value, args []Value, kw []string) (Value, error) { return NewStr("None"), nil })
	NoneType.addSlot("__bool__", func(self Value, args []Value, kw []string) (Value, error) { return False, nil })
	NotImplementedType.addSlot("__repr__", func(self Value, args []Value, kw []string) (Value, error) {
		return NewStr("NotImplemented"), nil
	})
	NotImplementedType.addSlot("__bool__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__bool__", args, kw, 0); err != nil {
			return Null, err
		}
		return True, notImplementedTruth()
	})
	EllipsisType.addSlot("__repr__", func(self Value, args []Value, kw []string) (Value, error) { return NewStr("Ellipsis"), nil })
	MethodType.New = func(t *Type, args []Value, kw []string) (Value, error) {
		if err := NoKwargs("method", kw); err != nil {
			return Null, err
		}
		if len(args) != 2 {
			return Null, Errorf(TypeError, "method expected 2 arguments, got %d", len(args))
		}
		if !IsCallable(args[0]) {
			return Null, Errorf(TypeError, "first argument must be callable")
		}
		if args[1].IsNone() {
			return Null, Errorf(TypeError, "self must not be None")
		}
		return NewMethod(args[0], args[1]), nil
	}
	addNewSlot(MethodType)
	// staticmethod and classmethod: cm_new/sm_new are the generic __new__
	// for subclasses (their __init__ may take other arguments and call
	// super().__init__(f)), and cm_init/sm_init (re)bind the function.
	for _, base := range []*Type{StaticMethodType, ClassMethodType} {
		base := base
		wrapper := func(f Value) Object {
			if base == StaticMethodType {
				return &StaticMethod{Func: f}
			}
			return &ClassMethod{Func: f}
		}
		base.New = func(t *Type, args []Value, kw []string) (Value, error) {
			if t != base {
				return wrapBuiltin(t, FromObject(wrapper(None))), nil
			}
			if err := PositionalOnly(base.Name, args, kw, 1, 1); err != nil {
				return Null, err
			}
			w := wrapBuiltin(t, FromObject(wrapper(args[0])))
			return w, functoolsWraps(w, args[0])
		}
		base.addSlot("__init__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := PositionalOnly(base.Name, args, kw, 1, 1); err != nil {
				return Null, err
			}
			switch d := Unwrap(self).o.(type) {
			case *StaticMethod:
				d.Func = args[0]
			case *ClassMethod:
				d.Func = args[0]
			}
			return None, functoolsWraps(self, args[0])
		})
	}
	wrappedFunc := func(self Value) (Value, error) {
		switch d := Unwrap(self).o.(type) {
		case *StaticMethod:
			return d.Func, nil
		case *ClassMethod:
			return d.Func, nil
		}
		return None, nil
	}
	// types.MethodType(function, instance), as weakref.WeakMethod rebuilds
	// the bound method it refers to.
	MethodType.New = func(t *Type, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeError, "method() takes no keyword arguments")
		}
		if len(args) != 2 {
			return Null, Errorf(TypeError, "method expected 2 arguments, got %d", len(args))
		}
		if !IsCallable(args[0]) {
			return Null, Errorf(TypeError, "first argument must be callable")
		}
		if args[1].IsNone() {
			return Null, Errorf(TypeError, "self must not be None")
		}
		return NewMethod(args[0], args[1]), nil
	}
	for _, t := range []*Type{StaticMethodType, ClassMethodType} {
		t.addGetter("__func__", wrappedFunc)
		t.addGetter("__wrapped__", wrappedFunc)
		t.addGetter("__isabstractmethod__", func(self Value) (Value, error) {
			f, _ := wrappedFunc(self)
			b, err := isAbstract(f)
			return Bool(b), err
		})
		t.addGetSet("__dict__", func(self Value) (Value, error) {
			return FromObject(instanceDict(self)), nil
		}, func(self, v Value) error {
			d, ok := v.o.(*Dict)
			if !ok {
				return Errorf(TypeError, "__dict__ must be set to a dictionary, not a '%s'", TypeOf(v).Name)
			}
			switch o := self.o.(type) {
			case *StaticMethod:
				o.Dict = d
			case *ClassMethod:
				o.Dict = d
			case *Instance:
				o.SetInstanceDict(d)
			}
			return nil
		})
		addNewSlot(t)
	}
	PropertyType.New = propertyNew
	addNewSlot(PropertyType)
	prop := func(self Value) *Property { return self.o.(*Property) }
	PropertyType.addGetter("__isabstractmethod__", func(self Value) (Value, error) {
		p := prop(self)
		for _, f := range []Value{p.Fget, p.Fset, p.Fdel} {
			if b, err := isAbstract(f); b || err != nil {
				return Bool(b), err
			}
		}
		return False, nil
	})
	PropertyType.addReadonlyMember("fget", func(self Value) (Value, error) { return prop(self).Fget, nil })
	PropertyType.addReadonlyMember("fset", func(self Value) (Value, error) { return prop(self).Fset, nil })
	PropertyType.addReadonlyMember("fdel", func(self Value) (Value, error) { return prop(self).Fdel, nil })
	PropertyType.addGetSet("__doc__", func(self Value) (Value, error) { return prop(self).Doc, nil },
		func(self, v Value) error { prop(self).Doc = v; return nil })
	for i, name := range []string{"getter", "setter", "deleter"} {
		i := i
		PropertyType.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
			if err := ExactlyOne(name, args, kw); err != nil {
				return Null, err
			}
			return prop(self).copyWith(i, args[0]), nil
		})
	}
	PropertyType.addSlot("__set_name__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoKwargs("__set_name__", kw); err != nil {
			return Null, err
		}
		if len(args) != 2 {
			return Null, Errorf(TypeError, "__set_name__() takes 2 positional arguments but %d were given", len(args))
		}
		prop(self).name = args[1]
		return None, nil
	})
	PropertyType.addSlot("__get__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("__get__", args, kw, 1, 2); err != nil {
			return Null, err
		}
		obj := args[0]
		if obj.IsNone() {
			obj = Null
		}
		return prop(self).get(obj)
	})
	PropertyType.addSlot("__set__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__set__", args, kw, 2); err != nil {
			return Null, err
		}
		return None, prop(self).set(args[0], args[1])
	})
	// super(...) is made whole by tp_new; a subclass's instance is made
	// empty and filled by super.__init__, as CPython's super_init does.
	SuperType.New = func(t *Type, args []Value, kw []string) (Value, error) {
		if t == SuperType {
			return superNew(t, args, kw)
		}
		return wrapBuiltin(t, FromObject(&Super{})), nil
	}
	SuperType.GetAttro = superGetAttr
	addNewSlot(SuperType)
	sup := func(self Value) (*Super, error) {
		if s, ok := Unwrap(self).o.(*Super); ok {
			return s, nil
		}
		return nil, Errorf(TypeError, "descriptor requires a 'super' object but received a '%s'", TypeOf(self).Name)
	}
	SuperType.addSlot("__init__", func(self Value, args []Value, kw []string) (Value, error) {
		s, err := sup(self)
		if err != nil {
			return Null, err
		}
		v, err := superNew(SuperType, args, kw)
		if err != nil {
			return Null, err
		}
		*s = *v.o.(*Super)
		return None, nil
	})
	SuperType.addSlot("__getattribute__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__getattribute__", args, kw, 1); err != nil {
			return Null, err
		}
		name, ok := args[0].o.(*Str)
		if !ok {
			return Null, Errorf(TypeError, "attribute name must be string, not '%s'", TypeOf(args[0]).Name)
		}
		if _, err := sup(self); err != nil {
			return Null, err
		}
		return superGetAttr(self, name)
	})
	SuperType.addSlot("__get__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("__get__", args, kw, 1, 2); err != nil {
			return Null, err
		}
		s, err := sup(self)
		if err != nil {
			return Null, err
		}
		obj := args[0]
		if obj.IsNull() || obj.IsNone() || !s.Obj.IsNull() {
			return self, nil
		}
		if t := TypeOf(self); t != SuperType {
			// super_descr_get: a subclass rebinds by calling itself.
			return Call(FromObject(t), []Value{FromObject(s.This), obj}, nil)
		}
		return NewSuper(s.This, obj)
	})
	SuperType.addGetter("__thisclass__", func(self Value) (Value, error) {
		if s := Unwrap(self).o.(*Super); s.This != nil {
			return FromObject(s.This), nil
		}
		return None, nil
	})
	SuperType.addGetter("__self_class__", func(self Value) (Value, error) {
		if s := Unwrap(self).o.(*Super); s.ObjType != nil {
			return FromObject(s.ObjType), nil
		}
		return None, nil
	})
	SuperType.addGetter("__self__", func(self Value) (Value, error) {
		if s := Unwrap(self).o.(*Super); !s.Obj.IsNull() {
			return s.Obj, nil
		}
		return None, nil
	})
	ModuleType.GetAttro = moduleGetAttr
	// module.__new__ makes an empty module (any arguments are for
	// __init__); module.__init__(name, doc=None) names it.
	ModuleType.New = func(t *Type, args []Value, kw []string) (Value, error) {
		m := &Module{Dict: NewDict(0)}
		if t != ModuleType {
			m.Class = t
		}
		return FromObject(m), nil
	}
	ModuleType.Init = func(self Value, args []Value, kw []string) error {
		var a [2]Value
		if err := ParseArgs("module", args, kw, []string{"name", "doc"}, 2, 1, a[:]); err != nil {
			return err
		}
		name, ok := a[0].o.(*Str)
		if !ok {
			return Errorf(TypeError, "module() argument 'name' must be str, not %s", TypeOf(a[0]).Name)
		}
		m, ok := self.o.(*Module)
		if !ok {
			return Errorf(TypeError, "descriptor '__init__' requires a 'module' object but received a '%s'", TypeOf(self).Name)
		}
		doc := a[1]
		if doc.IsNull() {
			doc = None
		}
		m.Name = name.S
		m.Dict.SetStr("__name__", a[0])
		m.Dict.SetStr("__doc__", doc)
		m.Dict.SetStr("__package__", None)
		m.Dict.SetStr("__loader__", None)
		m.Dict.SetStr("__spec__", None)
		return nil
	}
	addNewSlot(ModuleType)
	addInitSlot(ModuleType)
	ModuleType.addSlot("__getattribute__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__getattribute__", args, kw, 1); err != nil {
			return Null, err
		}
		name, ok := args[0].o.(*Str)
		if !ok {
			return Null, Errorf(TypeError, "attribute name must be string, not '%s'", TypeOf(args[0]).Name)
		}
		if _, ok := self.o.(*Module); !ok {
			return Null, Errorf(TypeError, "descriptor '__getattribute__' requires a 'module' object but received a '%s'", TypeOf(self).Name)
		}
		return moduleGetAttr(self, name)
	})
	ModuleType.addReadonlyMember("__dict__", func(self Value) (Value, error) { return FromObject(self.o.(*Module).Dict), nil })
	for _, name := range []string{"__doc__", "__name__", "__qualname__", "__module__"} {
		name := name
		MethodType.addGetter(name, func(self Value) (Value, error) { return GetAttrString(self.o.(*Method).Func, name) })
	}
	MethodType.addGetter("__func__", func(self Value) (Value, error) { return self.o.(*Method).Func, nil })
	MethodType.addGetter("__self__", func(self Value) (Value, error) { return self.o.(*Method).Self, nil })
	MethodType.GetAttro = func(v Value, name *Str) (Value, error) {
		r, err := GenericGetAttr(v, name)
		if err != nil && ExceptionMatches(err, AttributeError) {
			return GetAttr(v.o.(*Method).Func, name)
		}
		return r, err
	}
	MethodWrapperType.final = true
	MethodWrapperType.addGetter("__name__", func(self Value) (Value, error) { return NewStr(self.o.(*BuiltinFunction).Name), nil })
	MethodWrapperType.addGetter("__self__", func(self Value) (Value, error) { return self.o.(*BuiltinFunction).Self, nil })
	MethodWrapperType.addGetter("__doc__", func(self Value) (Value, error) {
		// The slot wrapper's doc, as wrapper_doc reads the descriptor's.
		f := self.o.(*BuiltinFunction)
		if f.Doc != "" {
			return NewStr(f.Doc), nil
		}
		if f.owner != nil {
			if d, ok := f.owner.Dict.GetStr(f.Name); ok {
				return GetAttrString(d, "__doc__")
			}
		}
		return None, nil
	})
	MethodWrapperType.addGetter("__objclass__", func(self Value) (Value, error) {
		if o := self.o.(*BuiltinFunction).owner; o != nil {
			return FromObject(o), nil
		}
		return Null, Errorf(AttributeError, "'method-wrapper' object has no attribute '__objclass__'")
	})
	MethodWrapperType.addGetter("__qualname__", func(self Value) (Value, error) {
		f := self.o.(*BuiltinFunction)
		return NewStr(f.owner.Name + "." + f.Name), nil
	})
	BuiltinFunctionType.addGetter("__name__", func(self Value) (Value, error) { return NewStr(self.o.(*BuiltinFunction).Name), nil })
	BuiltinFunctionType.addGetter("__qualname__", func(self Value) (Value, error) {
		f := self.o.(*BuiltinFunction)
		if f.owner != nil {
			return NewStr(f.owner.Name + "." + f.Name), nil
		}
		return NewStr(f.Name), nil
	})
	BuiltinFunctionType.addGetter("__self__", func(self Value) (Value, error) {
		if s := self.o.(*BuiltinFunction).Self; !s.IsNull() {
			return s, nil
		}
		return None, nil
	})
	BuiltinFunctionType.addGetter("__doc__", func(self Value) (Value, error) {
		f := self.o.(*BuiltinFunction)
		if f.Doc != "" {
			return NewStr(f.Doc), nil
		}
		// A method bound from a type's slot or method descriptor shares
		// the descriptor's doc.
		if f.owner != nil && !f.Self.IsNull() {
			if d, ok := f.owner.Dict.GetStr(f.Name); ok && d.o != self.o {
				if _, isFn := d.o.(*BuiltinFunction); !isFn {
					return GetAttrString(d, "__doc__")
				}
			}
		}
		return None, nil
	})
	BuiltinFunctionType.addGetter("__module__", func(self Value) (Value, error) {
		f := self.o.(*BuiltinFunction)
		if m, ok := f.Self.o.(*Module); ok {
			return NewStr(m.Name), nil
		}
		if f.owner == nil && (f.Self.IsNull() || f.Self.IsNone()) {
			return NewStr("builtins"), nil
		}
		return None, nil
	})
	for _, t := range []*Type{MethodDescrType, WrapperDescrType, ClassMethodDescrType} {
		t.addGetter("__name__", func(self Value) (Value, error) {
			switch d := self.o.(type) {
			case *MethodDescr:
				return NewStr(d.Name), nil
			case *ClassMethodDescr:
				return NewStr(d.Name), nil
			}
			return None, nil
		})
	}
	GetSetDescrType.addGetter("__doc__", func(self Value) (Value, error) { return docValue(self.o.(*GetSetDescr).Doc), nil })
	ClassMethodDescrType.addGetter("__doc__", func(self Value) (Value, error) { return docValue(self.o.(*ClassMethodDescr).Doc), nil })
	for _, t := range []*Type{MethodDescrType, WrapperDescrType} {
		t.addGetter("__qualname__", func(self Value) (Value, error) {
			d := self.o.(*MethodDescr)
			return NewStr(d.Owner.Name + "." + d.Name), nil
		})
		t.addGetter("__doc__", func(self Value) (Value, error) { return docValue(self.o.(*MethodDescr).Doc), nil })
		t.addGetter("__text_signature__", func(self Value) (Value, error) {
			if d := self.o.(*MethodDescr); d.slot {
				if sd, ok := slotDocs[d.Name]; ok && sd.sig != "" {
					return NewStr(sd.sig), nil
				}
			}
			return None, nil
		})
		t.addGetter("__objclass__", func(self Value) (Value, error) { return FromObject(self.o.(*MethodDescr).Owner), nil })
		t.addSlot("__get__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := PositionalOnly("__get__", args, kw, 1, 2); err != nil {
				return Null, err
			}
			obj := args[0]
			if obj.IsNone() {
				obj = Null
			}
			return self.o.(*MethodDescr).DescrGet(obj, nil)
		})
	}
	// Every callable built-in type has __call__ (inspect takes the type
	// of all.__call__ as the method-wrapper type).
	for _, t := range []*Type{BuiltinFunctionType, MethodWrapperType, MethodType, MethodDescrType, WrapperDescrType,
		ClassMethodDescrType, StaticMethodType} {
		AddCallSlot(t)
	}
	CellType.New = func(t *Type, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("cell", args, kw, 0, 1); err != nil {
			return Null, err
		}
		c := &Cell{}
		if len(args) == 1 {
			c.Ref = args[0]
		}
		return FromObject(c), nil
	}
	CellType.addGetSet("cell_contents", func(self Value) (Value, error) {
		c := self.o.(*Cell)
		if c.Ref.IsNull() {
			return Null, Errorf(ValueError, "Cell is empty")
		}
		return c.Ref, nil
	}, func(self, v Value) error {
		self.o.(*Cell).Ref = v
		return nil
	})
	addCompareSlots(CellType)
	EnumerateType.New = enumerateNew
	ZipType.New = zipNew
	MapType.New = mapNew
	FilterType.New = filterNew
	ReversedType.New = reversedNew
	for _, t := range []*Type{EnumerateType, ZipType, MapType, FilterType, ReversedType, StaticMethodType, ClassMethodType, PropertyType, SuperType} {
		if t.Lookup(nameNew).IsNull() || t.Dict.Len() == 0 || true {
			addNewSlot(t)
		}
	}
	iterTypes := []*Type{EnumerateType, ZipType, MapType, FilterType, ReversedType, strIteratorType,
		bytesIteratorType, callIteratorType, listIteratorType, tupleIteratorType, rangeIteratorType,
		longRangeIteratorType, dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType,
		setIteratorType, seqIteratorType, listReverseIteratorType, dictRevKeyIteratorType, dictRevValueIteratorType, dictRevItemIteratorType}
	for _, t := range iterTypes {
		t.AddIteratorSlots()
	}
	for _, t := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType, IntType, FloatType, StrType,
		BytesType, ByteArrayType, ComplexType, BaseExceptionType, TypeType, ObjectType} {
		_ = t
	}
}

// AddIteratorSlots gives a type whose payload implements Iterator the
// __iter__ (self) and __next__ slots, which subclasses, next() on them and
// explicit calls reach; the protocols call the payload's Next directly.
func (t *Type) AddIteratorSlots() {
	t.addSlot("__iter__", func(self Value, args []Value, kw []string) (Value, error) { return self, nil })
	t.addSlot("__next__", func(self Value, args []Value, kw []string) (Value, error) {
		it, ok := Unwrap(self).o.(Iterator)
		if !ok {
			return Null, Errorf(TypeError, "'%s' object is not an iterator", TypeOf(self).Name)
		}
		v, ok, err := it.Next()
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, NewException(StopIteration)
		}
		return v, nil
	})
}

// docValue is a built-in's docstring: None when it has none.
func docValue(doc string) Value {
	if doc == "" {
		return None
	}
	return NewStr(doc)
}

// excReduce is BaseException.__reduce__ (type, args[, state]), with
// ImportError's name and path in the state and OSError's filenames back
// in the arguments, as CPython's ImportError_reduce and OSError_reduce.
func excReduce(e *BaseException) (Value, error) {
	args := FromObject(emptyTuple)
	if e.Args != nil {
		args = FromObject(e.Args)
	}
	var state *Dict
	if e.Dict != nil && e.Dict.Len() > 0 {
		state = e.Dict.CopyDict()
	}
	if x := e.Ext; x != nil {
		switch {
		case e.Class.IsSubtype(ImportError):
			for _, f := range []struct {
				name string
				v    Value
			}{{"name", x.Name}, {"path", x.Path}} {
				if !f.v.IsNull() && !f.v.IsNone() {
					if state == nil {
						state = NewDict(0)
					}
					state.SetStr(f.name, f.v)
				}
			}
		case e.Class.IsSubtype(OSError):
			if !x.Filename.IsNull() && !x.Filename.IsNone() && e.Args != nil && len(e.Args.Items) == 2 {
				items := []Value{e.Args.Items[0], e.Args.Items[1], x.Filename}
				if !x.Filename2.IsNull() && !x.Filename2.IsNone() {
					items = append(items, None, x.Filename2)
				}
				args = TupleValue(items...)
			}
		}
	}
	if state == nil {
		return TupleValue(FromObject(e.Class), args), nil
	}
	return TupleValue(FromObject(e.Class), args, FromObject(state)), nil
}

// isAbstract is _PyObject_IsAbstract: whether v's __isabstractmethod__ is
// true (false when v has none).
func isAbstract(v Value) (bool, error) {
	if v.IsNull() {
		return false, nil
	}
	r, err := GetAttr(v, Intern("__isabstractmethod__"))
	if err != nil {
		if ExceptionMatches(err, AttributeError) {
			return false, nil
		}
		return false, err
	}
	return Truth(r)
}

// typeTextSignatures are the built-in types whose __text_signature__ is not
// None in CPython 3.10.
var typeTextSignatures = map[*Type]string{
	ObjectType:     "()",
	ComplexType:    "(real=0, imag=0)",
	EnumerateType:  "(iterable, start=0)",
	FloatType:      "(x=0, /)",
	ListType:       "(iterable=(), /)",
	MemoryViewType: "(object)",
	PropertyType:   "(fget=None, fset=None, fdel=None, doc=None)",
	ReversedType:   "(sequence, /)",
	TupleType:      "(iterable=(), /)",
}
