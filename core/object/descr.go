package object

import "fmt"

// StaticMethod wraps a function so that it does not bind.
type StaticMethod struct {
	Func Value
	Dict *Dict
}

// Type returns StaticMethodType.
func (s *StaticMethod) Type() *Type { return StaticMethodType }

// DescrGet returns the function itself.
func (s *StaticMethod) DescrGet(obj Value, typ *Type) (Value, error) { return s.Func, nil }

// InstanceDict returns the __dict__ (where functools_wraps copied the
// function's __name__, __doc__, ...).
func (s *StaticMethod) InstanceDict() *Dict {
	if s.Dict == nil {
		s.Dict = NewDict(0)
	}
	return s.Dict
}

// Call calls the function (staticmethods are callable since 3.10).
func (s *StaticMethod) Call(args []Value, kwnames []string) (Value, error) {
	return Call(s.Func, args, kwnames)
}

// ClassMethod wraps a function so that it binds to the class.
type ClassMethod struct {
	Func Value
	Dict *Dict
}

// Type returns ClassMethodType.
func (c *ClassMethod) Type() *Type { return ClassMethodType }

// DescrGet binds the function to the class; a wrapped descriptor (a
// property, another classmethod) is asked to bind to the class instead,
// as CPython 3.10's cm_descr_get chains.
func (c *ClassMethod) DescrGet(obj Value, typ *Type) (Value, error) {
	if typ == nil {
		typ = TypeOf(obj)
	}
	// CPython 3.10.13's cm_descr_get: the wrapped descriptor's __get__
	// gets the class as both instance and owner.
	if r, ok, err := descrGet(c.Func, FromObject(typ), typ); ok || err != nil {
		return r, err
	}
	return NewMethod(c.Func, FromObject(typ)), nil
}

// InstanceDict returns the __dict__.
func (c *ClassMethod) InstanceDict() *Dict {
	if c.Dict == nil {
		c.Dict = NewDict(0)
	}
	return c.Dict
}

// functoolsWraps copies the wrapped callable's __module__, __name__,
// __qualname__, __doc__ and __annotations__ onto a new staticmethod or
// classmethod (CPython 3.10's functools_wraps in sm_init and cm_init);
// an attribute the callable lacks is skipped.
func functoolsWraps(wrapper, wrapped Value) error {
	for _, name := range []string{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"} {
		n := Intern(name)
		v, err := GetAttr(wrapped, n)
		if err != nil {
			if ExceptionMatches(err, AttributeError) {
				continue
			}
			return err
		}
		if err := SetAttr(wrapper, n, v); err != nil {
			return err
		}
	}
	return nil
}

// Property is the property descriptor.
type Property struct {
	Fget, Fset, Fdel, Doc Value
	class                 *Type
	name                  Value
	getterDoc             bool // Doc came from Fget's __doc__ (CPython's getter_doc)
}

// Type returns PropertyType (or the subclass it was made for).
func (p *Property) Type() *Type {
	if p.class != nil {
		return p.class
	}
	return PropertyType
}

// DescrGet calls the getter, or the __get__ a subclass of property
// defines instead.
func (p *Property) DescrGet(obj Value, typ *Type) (Value, error) {
	if p.class != nil {
		if g := p.class.Lookup(strGet); !isPropertySlot(g) {
			inst, owner := obj, None
			if inst.IsNull() {
				inst = None
			}
			if typ != nil {
				owner = FromObject(typ)
			}
			return CallMethodValue(g, FromObject(p), []Value{inst, owner}, nil)
		}
	}
	return p.get(obj)
}

// isPropertySlot reports whether v is one of property's own slot wrappers
// (a subclass that defines __get__, __set__ or __delete__ overrides it).
func isPropertySlot(v Value) bool {
	md, ok := v.o.(*MethodDescr)
	return ok && md.Owner == PropertyType
}

// get is property's own __get__: the getter called with obj.
func (p *Property) get(obj Value) (Value, error) {
	if obj.IsNull() {
		return FromObject(p), nil
	}
	if p.Fget.IsNone() || p.Fget.IsNull() {
		return Null, Errorf(AttributeError, "unreadable attribute%s", p.nameSuffix())
	}
	return Call1(p.Fget, obj)
}

// DescrSet calls the setter or deleter, or the __set__ or __delete__ a
// subclass of property defines instead.
func (p *Property) DescrSet(obj Value, v Value) error {
	if p.class != nil {
		if v.IsNull() {
			if d := p.class.Lookup(Intern("__delete__")); !isPropertySlot(d) {
				_, err := CallMethodValue(d, FromObject(p), []Value{obj}, nil)
				return err
			}
		} else if st := p.class.Lookup(Intern("__set__")); !isPropertySlot(st) {
			_, err := CallMethodValue(st, FromObject(p), []Value{obj, v}, nil)
			return err
		}
	}
	return p.set(obj, v)
}

// set is property's own __set__ (v set) and __delete__ (v Null).
func (p *Property) set(obj Value, v Value) error {
	if v.IsNull() {
		if p.Fdel.IsNone() || p.Fdel.IsNull() {
			return Errorf(AttributeError, "can't delete attribute%s", p.nameSuffix())
		}
		_, err := Call1(p.Fdel, obj)
		return err
	}
	if p.Fset.IsNone() || p.Fset.IsNull() {
		return Errorf(AttributeError, "can't set attribute%s", p.nameSuffix())
	}
	_, err := Call2(p.Fset, obj, v)
	return err
}

// nameSuffix is " 'name'" once __set_name__ told the property its name.
func (p *Property) nameSuffix() string {
	if s, ok := p.name.o.(*Str); ok {
		return " '" + s.S + "'"
	}
	return ""
}

func propertyNew(t *Type, args []Value, kwnames []string) (Value, error) {
	var a [4]Value
	if err := ParseArgs("property", args, kwnames, []string{"fget", "fset", "fdel", "doc"}, 4, 0, a[:]); err != nil {
		return Null, err
	}
	p := &Property{Fget: None, Fset: None, Fdel: None, Doc: None}
	for i, f := range []*Value{&p.Fget, &p.Fset, &p.Fdel, &p.Doc} {
		if !a[i].IsNull() {
			*f = a[i]
		}
	}
	p.docFromGetter()
	if t.Heap {
		p.class = t
	}
	return FromObject(p), nil
}

// docFromGetter takes the getter's __doc__ when no doc was given, as
// property_init does.
func (p *Property) docFromGetter() {
	if p.Doc.IsNone() && !p.Fget.IsNone() {
		if d, err := GetAttr(p.Fget, strDoc); err == nil {
			p.Doc = d
			p.getterDoc = true
		}
	}
}

// copyWith is property_copy: getter(), setter() or deleter() make a copy
// with one function replaced; a doc that came from the old getter is taken
// afresh from the new one.
func (p *Property) copyWith(which int, f Value) Value {
	q := *p
	switch which {
	case 0:
		q.Fget = f
	case 1:
		q.Fset = f
	case 2:
		q.Fdel = f
	}
	if p.getterDoc && !q.Fget.IsNone() {
		q.Doc, q.getterDoc = None, false
		q.docFromGetter()
	}
	return FromObject(&q)
}

// Super is super(type, obj): attribute lookup that starts after type in
// obj's MRO.
type Super struct {
	This    *Type
	Obj     Value
	ObjType *Type
}

// Type returns SuperType.
func (s *Super) Type() *Type { return SuperType }

// NewSuper is super(typ, obj) for the two-argument form; the VM supplies
// typ (the __class__ cell) and obj (the first argument) for the
// zero-argument form.
func NewSuper(typ *Type, obj Value) (Value, error) {
	s := &Super{This: typ, Obj: obj}
	if obj.IsNull() || obj.IsNone() {
		s.Obj = Null
		return FromObject(s), nil
	}
	if ot, ok := obj.o.(*Type); ok && ot.IsSubtype(typ) {
		s.ObjType = ot
	} else if TypeOf(obj).IsSubtype(typ) {
		s.ObjType = TypeOf(obj)
	} else if ct := classAttrType(obj); ct != nil && ct != TypeOf(obj) && ct.IsSubtype(typ) {
		// supercheck's last try: a proxy whose __class__ claims the type.
		s.ObjType = ct
	} else {
		return Null, Errorf(TypeError, "super(type, obj): obj must be an instance or subtype of type")
	}
	return FromObject(s), nil
}

// SuperLookup is the lookup of super(typ, obj).name before the result is
// bound, for LOAD_METHOD on a zero-argument super() (the VM calls the
// attribute with obj first, without making the super object or a bound
// method): it returns the attribute found on the MRO of obj's type after
// typ and that type. ok is false where super would do anything else (obj
// a class or not an instance of typ, the name __class__, nothing found):
// the caller then makes the super object.
func SuperLookup(typ *Type, obj Value, name *Str) (attr Value, objType *Type, ok bool, err error) {
	if name == strClass || obj.IsNull() || obj.IsNone() {
		return Null, nil, false, nil
	}
	if ot, isType := obj.o.(*Type); isType && obj.IsObject() && ot.IsSubtype(typ) {
		return Null, nil, false, nil
	}
	ot := TypeOf(obj)
	mro := ot.MRO
	i := 0
	for i < len(mro) && mro[i] != typ {
		i++
	}
	if i == len(mro) {
		return Null, nil, false, nil // not an instance of typ (or a class whose mro() runs)
	}
	key := FromObject(name)
	for _, c := range mro[i+1:] {
		if r, found, err := c.Dict.Get(key); err != nil {
			return Null, nil, false, err
		} else if found {
			return r, ot, true, nil
		}
	}
	return Null, nil, false, nil
}

// classAttrType is obj.__class__ when that is a type, else nil (an error
// reading it is dropped, as supercheck drops it).
func classAttrType(obj Value) *Type {
	c, err := GetAttr(obj, strClass)
	if err != nil {
		return nil
	}
	t, _ := c.o.(*Type)
	return t
}

// DescrGet is super_descr_get: an unbound super (super(C)) stored on a
// class binds to the instance it is read through.
func (s *Super) DescrGet(obj Value, typ *Type) (Value, error) {
	if obj.IsNull() || obj.IsNone() || !s.Obj.IsNull() {
		return FromObject(s), nil
	}
	return NewSuper(s.This, obj)
}

func superNew(t *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("super", kwnames); err != nil {
		return Null, err
	}
	if len(args) == 0 {
		return Null, Errorf(RuntimeError, "super(): no arguments")
	}
	if len(args) > 2 {
		return Null, Errorf(TypeError, "super() takes at most 2 arguments (%d given)", len(args))
	}
	typ, ok := args[0].o.(*Type)
	if !ok {
		return Null, Errorf(TypeError, "super() argument 1 must be type, not %s", TypeOf(args[0]).Name)
	}
	obj := Null
	if len(args) == 2 {
		obj = args[1]
	}
	return NewSuper(typ, obj)
}

func superGetAttr(v Value, name *Str) (Value, error) {
	s := Unwrap(v).o.(*Super)
	if s.ObjType != nil && name != strClass {
		mro := s.ObjType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.This {
			i++
		}
		key := FromObject(name)
		for _, c := range mro[min(i+1, len(mro)):] {
			if r, ok, err := c.Dict.Get(key); err != nil {
				return Null, err
			} else if ok {
				obj := s.Obj
				if obj.Is(FromObject(s.ObjType)) {
					obj = Null
				}
				res, _, err := descrGet(r, obj, s.ObjType)
				return res, err
			}
		}
	}
	return GenericGetAttr(v, name)
}

func superRepr(s *Super) (string, bool, error) {
	if s.This == nil {
		return "<super: <class 'NULL'>, NULL>", true, nil
	}
	if s.ObjType != nil {
		return fmt.Sprintf("<super: <class '%s'>, <%s object>>", s.This.Name, s.ObjType.Name), true, nil
	}
	return fmt.Sprintf("<super: <class '%s'>, NULL>", s.This.Name), true, nil
}

// Module is a module object: a name and its globals dict. The VM fills
// it; object only knows how to read and write its attributes.
type Module struct {
	Name string
	Dict *Dict
	// Initializing is set by the VM while the module's code runs, for
	// the circular-import wording of AttributeError.
	Initializing bool
	// Class is the module's class when it is a subclass of ModuleType
	// (made by one, or given by __class__ assignment); nil for
	// ModuleType itself.
	Class *Type
}

// Type returns ModuleType or the ModuleType subclass of the module.
func (m *Module) Type() *Type {
	if m.Class != nil {
		return m.Class
	}
	return ModuleType
}

// InstanceDict returns the module's globals.
func (m *Module) InstanceDict() *Dict { return m.Dict }

// NewModule returns a module with __name__ (and __doc__ None) set.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict(8)}
	m.Dict.SetStr("__name__", NewStr(name))
	m.Dict.SetStr("__doc__", None)
	m.Dict.SetStr("__package__", None)
	m.Dict.SetStr("__loader__", None)
	m.Dict.SetStr("__spec__", None)
	return m
}

// PyRepr returns <module 'name'>.
func (m *Module) PyRepr() (string, error) {
	// importlib._bootstrap._module_repr: the loader's module_repr, then the
	// spec, then __file__, then the loader.
	name := "'?'"
	if n, ok := m.Dict.GetStr("__name__"); ok {
		if r, err := Repr(n); err == nil {
			name = r
		}
	}
	loader, _ := m.Dict.GetStr("__loader__")
	if !loader.IsNull() && !loader.IsNone() {
		if mr, err := GetAttr(loader, Intern("module_repr")); err == nil {
			if r, err := Call(mr, []Value{FromObject(m)}, nil); err == nil {
				if s, ok := r.o.(*Str); ok {
					return s.S, nil
				}
			}
		}
	}
	if spec, ok := m.Dict.GetStr("__spec__"); ok && !spec.IsNone() {
		return moduleReprFromSpec(spec)
	}
	if f, ok := m.Dict.GetStr("__file__"); ok {
		r, err := Repr(f)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("<module %s from %s>", name, r), nil
	}
	if loader.IsNull() || loader.IsNone() {
		return fmt.Sprintf("<module %s>", name), nil
	}
	r, err := Repr(loader)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("<module %s (%s)>", name, r), nil
}

// moduleReprFromSpec is importlib's _module_repr_from_spec.
func moduleReprFromSpec(spec Value) (string, error) {
	attr := func(n string) Value {
		v, err := GetAttrString(spec, n)
		if err != nil {
			return None
		}
		return v
	}
	name, origin, loader := attr("name"), attr("origin"), attr("loader")
	nr := "'?'"
	if !name.IsNone() {
		r, err := Repr(name)
		if err != nil {
			return "", err
		}
		nr = r
	}
	if origin.IsNone() {
		if loader.IsNone() {
			return fmt.Sprintf("<module %s>", nr), nil
		}
		r, err := Repr(loader)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("<module %s (%s)>", nr, r), nil
	}
	hasLoc, err := Truth(attr("has_location"))
	if err != nil {
		return "", err
	}
	if hasLoc {
		r, err := Repr(origin)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("<module %s from %s>", nr, r), nil
	}
	s, err := StrOf(origin)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("<module %s (%s)>", nr, s), nil
}

func moduleGetAttr(v Value, name *Str) (Value, error) {
	m := v.o.(*Module)
	if r, ok, err := m.Dict.Get(FromObject(name)); err != nil || ok {
		return r, err
	}
	if name.S == "__annotations__" {
		// 3.10 makes a module's annotations dict on first use.
		d := FromObject(NewDict(0))
		m.Dict.SetStr("__annotations__", d)
		return d, nil
	}
	r, err := GenericGetAttr(v, name)
	if err != nil && ExceptionMatches(err, AttributeError) {
		if ga, ok := m.Dict.GetStr("__getattr__"); ok {
			return Call(ga, []Value{FromObject(name)}, nil)
		}
		if m.Initializing {
			return Null, Errorf(AttributeError, "partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)", m.Name, name.S)
		}
		if n, ok := m.Dict.GetStr("__name__"); !ok || TypeOf(n) != StrType {
			return Null, Errorf(AttributeError, "module has no attribute '%s'", name.S)
		}
		return Null, Errorf(AttributeError, "module '%s' has no attribute '%s'", m.Name, name.S)
	}
	return r, err
}
