package object

import (
	"fmt"
	"strings"
)

// Callable is implemented by every object that can be called. Arguments
// come vectorcall style: the positional values followed by one value per
// keyword name in kwnames.
type Callable interface {
	Call(args []Value, kwnames []string) (Value, error)
}

// Descriptor is implemented by objects that customise how they are read
// as class attributes (CPython's tp_descr_get). obj is Null when the
// attribute is read from the class itself.
type Descriptor interface {
	DescrGet(obj Value, typ *Type) (Value, error)
}

// DataDescriptor is a Descriptor that also intercepts stores and deletes
// on instances (tp_descr_set); v is Null for a delete. Data descriptors
// take precedence over the instance __dict__.
type DataDescriptor interface {
	Descriptor
	DescrSet(obj Value, v Value) error
}

// MethodDescriptor marks callables that bind their first argument when read
// through an instance (Python functions, built-in method descriptors).
// LookupMethod returns them unbound so that a method call allocates no
// bound method (CPython's Py_TPFLAGS_METHOD_DESCRIPTOR).
type MethodDescriptor interface {
	Callable
	Descriptor
	IsMethodDescriptor()
}

// SelfCaller is implemented by callables that take self apart from the
// arguments (Python functions), so that calling a method joins them
// without a heap slice per call.
type SelfCaller interface {
	CallSelf(self Value, args []Value, kwnames []string) (Value, error)
}

// OneArgCaller is implemented by callables that can be called with one
// positional argument without an argument slice (Python functions, bound
// methods of them): a slice given to an interface method escapes to the
// heap, so Call(fn, []Value{x}, nil) from Go allocates one per call.
type OneArgCaller interface {
	Call1(a Value) (Value, error)
}

// SelfCaller1 is SelfCaller for a method called with one argument.
type SelfCaller1 interface {
	CallSelf1(self, a Value) (Value, error)
}

// Call1 is Call(fn, []Value{a}, nil), without the slice when fn is a
// OneArgCaller.
func Call1(fn, a Value) (Value, error) {
	if c, ok := fn.o.(OneArgCaller); ok {
		return c.Call1(a)
	}
	if bf, ok := fn.o.(*BuiltinFunction); ok && bf.Fast1 != nil && fn.IsObject() {
		return bf.Fast1(a) // sorted(key=abs), map(len, ...): no argument slice
	}
	return Call(fn, []Value{a}, nil)
}

// CallMethodValue1 is CallMethodValue(m, self, []Value{a}, nil), without
// the slice when m is a SelfCaller1 (a Python function).
func CallMethodValue1(m, self, a Value) (Value, error) {
	if sc, ok := m.o.(SelfCaller1); ok {
		return sc.CallSelf1(self, a)
	}
	if md, ok := m.o.(*MethodDescr); ok && md.Fast1 != nil {
		// A slot wrapper found on a built-in base (d[k] on a dict
		// subclass): no argument slice, which escaped to the heap.
		s, err := md.self(self)
		if err != nil {
			return Null, err
		}
		return md.Fast1(s, a)
	}
	return CallMethodValue(m, self, []Value{a}, nil)
}

// TwoArgCaller and SelfCaller2 are OneArgCaller and SelfCaller1 for two
// arguments (a property setter, __setitem__).
type (
	TwoArgCaller interface {
		Call2(a, b Value) (Value, error)
	}
	SelfCaller2 interface {
		CallSelf2(self, a, b Value) (Value, error)
	}
)

// Call2 is Call(fn, []Value{a, b}, nil), without the slice when fn is a
// TwoArgCaller.
func Call2(fn, a, b Value) (Value, error) {
	if c, ok := fn.o.(TwoArgCaller); ok {
		return c.Call2(a, b)
	}
	if bf, ok := fn.o.(*BuiltinFunction); ok && bf.Fast2 != nil && fn.IsObject() {
		return bf.Fast2(a, b)
	}
	return Call(fn, []Value{a, b}, nil)
}

// CallMethodValue2 is CallMethodValue(m, self, []Value{a, b}, nil),
// without the slice when m is a SelfCaller2.
func CallMethodValue2(m, self, a, b Value) (Value, error) {
	if sc, ok := m.o.(SelfCaller2); ok {
		return sc.CallSelf2(self, a, b)
	}
	if md, ok := m.o.(*MethodDescr); ok && md.Fast2 != nil {
		s, err := md.self(self)
		if err != nil {
			return Null, err
		}
		return md.Fast2(s, a, b)
	}
	return CallMethodValue(m, self, []Value{a, b}, nil)
}

// DictHolder is implemented by objects that have an instance __dict__.
type DictHolder interface {
	InstanceDict() *Dict
}

// Call calls fn with vectorcall-style arguments.
func Call(fn Value, args []Value, kwnames []string) (Value, error) {
	if fn.IsObject() {
		if c, ok := fn.o.(Callable); ok {
			return c.Call(args, kwnames)
		}
		t := fn.o.Type()
		if t.viaNamespace() {
			if m := t.Lookup(strCall); !m.IsNull() {
				// __call__ may itself be an instance of this class:
				// count the level, as slot_tp_call does.
				if err := EnterRecursiveCall(" while calling a Python object"); err != nil {
					return Null, err
				}
				r, err := CallMethodValue(m, fn, args, kwnames)
				LeaveRecursiveCall()
				return r, err
			}
		}
	}
	return Null, Errorf(TypeError, "'%s' object is not callable", TypeOf(fn).Name)
}

// CallMethodValue calls the class attribute m (found on self's type) as a
// method of self: functions get self prepended, other descriptors are bound
// first.
func CallMethodValue(m, self Value, args []Value, kwnames []string) (Value, error) {
	if md, ok := m.o.(*MethodDescr); ok {
		// A built-in method or slot wrapper takes self apart from the
		// arguments: no argument slice to build.
		s, err := md.self(self)
		if err != nil {
			return Null, err
		}
		if len(kwnames) == 0 {
			switch len(args) {
			case 0:
				if md.Fast0 != nil {
					return md.Fast0(s)
				}
			case 1:
				if md.Fast1 != nil {
					return md.Fast1(s, args[0])
				}
			case 2:
				if md.Fast2 != nil {
					return md.Fast2(s, args[0], args[1])
				}
			}
		}
		return md.Fn(s, args, kwnames)
	}
	if sc, ok := m.o.(SelfCaller); ok {
		return sc.CallSelf(self, args, kwnames)
	}
	if _, ok := m.o.(MethodDescriptor); ok {
		full := make([]Value, len(args)+1)
		full[0] = self
		copy(full[1:], args)
		return Call(m, full, kwnames)
	}
	if d, ok := m.o.(Descriptor); ok {
		bound, err := d.DescrGet(self, TypeOf(self))
		if err != nil {
			return Null, err
		}
		return Call(bound, args, kwnames)
	}
	if inst, ok := m.o.(*Instance); ok {
		if g := inst.Class.Lookup(strGet); !g.IsNull() {
			bound, err := CallMethodValue(g, m, []Value{self, FromObject(TypeOf(self))}, nil)
			if err != nil {
				return Null, err
			}
			return Call(bound, args, kwnames)
		}
	}
	return Call(m, args, kwnames)
}

// CallMethod looks up name as a special method on v's type and calls it
// (CPython's lookup_maybe_method + call). found is false when the type does
// not define it.
func CallMethod(v Value, name *Str, args ...Value) (r Value, found bool, err error) {
	m := TypeOf(v).Lookup(name)
	if m.IsNull() {
		return Null, false, nil
	}
	r, err = CallMethodValue(m, v, args, nil)
	return r, true, err
}

// BuiltinFunction is a function implemented in Go: a builtins-module
// function (Self is Null or the module) or a built-in method bound to Self.
type BuiltinFunction struct {
	Name string
	Self Value
	Fn   func(self Value, args []Value, kwnames []string) (Value, error)
	Doc  string
	// owner is the type a bound built-in method came from.
	owner *Type
	// wrapper marks a bound slot wrapper ((1).__add__), CPython's
	// method-wrapper.
	wrapper bool
	// Fast1 and Fast2, when set, are the function called with exactly
	// one or two positional arguments and no keywords: the eval loop
	// calls them directly with the values on its stack, with no argument
	// slice (len, abs, isinstance, min and max of two). They must behave
	// exactly as Fn does for those arguments.
	Fast1 func(a Value) (Value, error)
	Fast2 func(a, b Value) (Value, error)
}

// sameMethod is meth_richcompare's equality: the same method of a type
// bound to the same object ([].append != [].append, l.append == l.append,
// int.from_bytes == int.from_bytes).
func (f *BuiltinFunction) sameMethod(g *BuiltinFunction) bool {
	if f == g {
		return true
	}
	return f.owner != nil && f.owner == g.owner && f.Name == g.Name && f.wrapper == g.wrapper && f.Self.Is(g.Self)
}

// NewBuiltin returns a builtins-style function Value.
func NewBuiltin(name string, fn func(self Value, args []Value, kwnames []string) (Value, error)) Value {
	return FromObject(&BuiltinFunction{Name: name, Fn: fn})
}

// Type returns BuiltinFunctionType (MethodWrapperType for bound slot
// wrappers).
func (f *BuiltinFunction) Type() *Type {
	if f.wrapper {
		return MethodWrapperType
	}
	return BuiltinFunctionType
}

// MethodWrapperType is the type of bound slot wrappers ((1).__add__).
var MethodWrapperType = newBuiltinType("method-wrapper", ObjectType)

// Call runs the Go function.
func (f *BuiltinFunction) Call(args []Value, kwnames []string) (Value, error) {
	return f.Fn(f.Self, args, kwnames)
}

// MethodDescr is a method of a built-in type stored in its namespace
// (list.append): calling it takes self as the first argument, reading it
// through an instance binds it.
type MethodDescr struct {
	Name  string
	Owner *Type
	Fn    func(self Value, args []Value, kwnames []string) (Value, error)
	Doc   string // __doc__; empty means None
	// keepSelf passes instances of subclasses as they are instead of
	// their built-in payload (object's and BaseException's methods).
	keepSelf bool
	slot     bool // a special method: repr says "slot wrapper"
	// Fast0, Fast1 and Fast2, when set, are the method called with no,
	// one or two positional arguments after self and no keywords: no
	// argument parsing, no slice (s.isdigit(), d.get(k, 0)). self is what
	// Fn receives (the payload). They must behave exactly as Fn does for
	// those arguments.
	Fast0 func(self Value) (Value, error)
	Fast1 func(self, a Value) (Value, error)
	Fast2 func(self, a, b Value) (Value, error)
}

// method returns the method descriptor name of built-in type t, for
// giving it fast entries.
func (t *Type) method(name string) *MethodDescr {
	return t.LookupString(name).o.(*MethodDescr)
}

// Type returns MethodDescrType, or WrapperDescrType for a slot wrapper
// (int.__add__), as CPython's types say.
func (m *MethodDescr) Type() *Type {
	if m.slot {
		return WrapperDescrType
	}
	return MethodDescrType
}

// IsMethodDescriptor marks MethodDescr as binding like a function.
func (m *MethodDescr) IsMethodDescriptor() {}

func (m *MethodDescr) self(v Value) (Value, error) {
	if v.IsObject() && !m.keepSelf {
		if _, ok := v.o.(*Instance); !ok && v.o.Type() == m.Owner {
			return v, nil // an exact built-in object: its own payload
		}
	}
	if !TypeOf(v).IsSubtype(m.Owner) {
		if m.slot {
			// A wrapper_descriptor words it differently.
			return Null, Errorf(TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
				m.Name, m.Owner.Name, TypeOf(v).Name)
		}
		return Null, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
			m.Name, m.Owner.Name, TypeOf(v).Name)
	}
	if m.keepSelf {
		return v, nil
	}
	return Unwrap(v), nil
}

// Call calls the method with args[0] as self.
func (m *MethodDescr) Call(args []Value, kwnames []string) (Value, error) {
	if len(kwnames) == 0 && len(args) > 0 && args[0].IsObject() && !m.keepSelf {
		// An exact built-in object (s.lower(), l.append(x)): its own
		// payload, as self would say, without the call.
		if self := args[0]; self.o.Type() == m.Owner {
			if _, ok := self.o.(*Instance); !ok {
				switch len(args) {
				case 1:
					if m.Fast0 != nil {
						return m.Fast0(self)
					}
				case 2:
					if m.Fast1 != nil {
						return m.Fast1(self, args[1])
					}
				case 3:
					if m.Fast2 != nil {
						return m.Fast2(self, args[1], args[2])
					}
				}
				return m.Fn(self, args[1:], nil)
			}
		}
	}
	if len(args)-len(kwnames) < 1 {
		return Null, Errorf(TypeError, "unbound method %s.%s() needs an argument", m.Owner.Qualname, m.Name)
	}
	self, err := m.self(args[0])
	if err != nil {
		return Null, err
	}
	if len(kwnames) == 0 {
		switch len(args) {
		case 1:
			if m.Fast0 != nil {
				return m.Fast0(self)
			}
		case 2:
			if m.Fast1 != nil {
				return m.Fast1(self, args[1])
			}
		case 3:
			if m.Fast2 != nil {
				return m.Fast2(self, args[1], args[2])
			}
		}
	}
	return m.Fn(self, args[1:], kwnames)
}

// DescrGet binds the method to obj.
func (m *MethodDescr) DescrGet(obj Value, typ *Type) (Value, error) {
	if obj.IsNull() {
		return FromObject(m), nil
	}
	self, err := m.self(obj)
	if err != nil {
		return Null, err
	}
	return FromObject(&BuiltinFunction{Name: m.Name, Self: self, Fn: m.Fn, owner: m.Owner, wrapper: m.slot}), nil
}

// ClassMethodDescr is a class method of a built-in type (dict.fromkeys):
// the function receives the class as self.
type ClassMethodDescr struct {
	Name  string
	Owner *Type
	Fn    func(cls Value, args []Value, kwnames []string) (Value, error)
	Doc   string // __doc__; empty means None
}

// Type returns ClassMethodDescrType.
func (m *ClassMethodDescr) Type() *Type { return ClassMethodDescrType }

// DescrGet binds to the class (or the instance's class).
func (m *ClassMethodDescr) DescrGet(obj Value, typ *Type) (Value, error) {
	if typ == nil {
		typ = TypeOf(obj)
	}
	return FromObject(&BuiltinFunction{Name: m.Name, Self: FromObject(typ), Fn: m.Fn, owner: m.Owner, Doc: m.Doc}), nil
}

// GetSetDescr is a computed attribute of a built-in type (complex.real,
// BaseException.args). Set is nil for read-only attributes; it receives
// Null for a delete.
type GetSetDescr struct {
	Name  string
	Owner *Type
	Get   func(self Value) (Value, error)
	Set   func(self Value, v Value) error
	Doc   string // __doc__; empty means None
	// readonly marks what CPython declares as a READONLY member
	// (property.fget, ...): a store fails with its "readonly attribute".
	readonly bool
	// instDict marks the __dict__ descriptors that read and write the
	// instance dict itself (instanceDictGetSet and its per-class copies).
	instDict bool
}

// Type returns GetSetDescrType, or MemberDescrType for what CPython
// declares as a READONLY member.
func (g *GetSetDescr) Type() *Type {
	if g.readonly {
		return MemberDescrType
	}
	return GetSetDescrType
}

// DescrGet computes the attribute.
func (g *GetSetDescr) DescrGet(obj Value, typ *Type) (Value, error) {
	if obj.IsNull() {
		return FromObject(g), nil
	}
	if !TypeOf(obj).IsSubtype(g.Owner) {
		return Null, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
			g.Name, g.Owner.Name, TypeOf(obj).Name)
	}
	return g.Get(obj)
}

// DescrSet stores or deletes the attribute.
func (g *GetSetDescr) DescrSet(obj Value, v Value) error {
	if !TypeOf(obj).IsSubtype(g.Owner) {
		return Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
			g.Name, g.Owner.Name, TypeOf(obj).Name)
	}
	if g.Set == nil {
		if g.readonly {
			return Errorf(AttributeError, "readonly attribute")
		}
		if v.IsNull() {
			return Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", g.Name, g.Owner.Name)
		}
		return Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", g.Name, g.Owner.Name)
	}
	return g.Set(obj, v)
}

// addMethod installs a built-in method on t.
func (t *Type) addMethod(name string, fn func(self Value, args []Value, kwnames []string) (Value, error)) {
	md := &MethodDescr{Name: name, Owner: t, Fn: fn}
	if sd, ok := slotDocs[name]; ok {
		if _, isMethod := slotMethodExceptions[t.Name+"."+name]; !isMethod {
			md.slot, md.Doc = true, sd.doc
		}
	}
	t.SetAttrString(name, FromObject(md))
}

// addRawMethod installs a method that sees subclass instances unwrapped.
func (t *Type) addRawMethod(name string, fn func(self Value, args []Value, kwnames []string) (Value, error)) {
	t.SetAttrString(name, FromObject(&MethodDescr{Name: name, Owner: t, Fn: fn, keepSelf: true}))
}

func (t *Type) addClassMethod(name string, fn func(cls Value, args []Value, kwnames []string) (Value, error)) {
	t.SetAttrString(name, FromObject(&ClassMethodDescr{Name: name, Owner: t, Fn: fn}))
}

func (t *Type) addGetter(name string, get func(self Value) (Value, error)) {
	t.SetAttrString(name, FromObject(&GetSetDescr{Name: name, Owner: t, Get: get}))
}

// AddReadonlyMember is AddGetter for what CPython declares as a READONLY
// member: a member_descriptor whose stores fail with "readonly attribute".
func (t *Type) AddReadonlyMember(name string, get func(self Value) (Value, error)) {
	t.addReadonlyMember(name, get)
}

// addReadonlyMember is addGetter for a READONLY member of CPython's type.
func (t *Type) addReadonlyMember(name string, get func(self Value) (Value, error)) {
	t.SetAttrString(name, FromObject(&GetSetDescr{Name: name, Owner: t, Get: get, readonly: true}))
}

func (t *Type) addGetSet(name string, get func(self Value) (Value, error), set func(self, v Value) error) {
	t.SetAttrString(name, FromObject(&GetSetDescr{Name: name, Owner: t, Get: get, Set: set}))
}

// Argument checking with CPython's messages. Builtins written with
// METH_O, METH_VARARGS and Argument Clinic word their errors differently;
// each helper reproduces one of those wordings.

// NoKwargs fails when keywords were passed: "f() takes no keyword arguments".
func NoKwargs(fname string, kwnames []string) error {
	if len(kwnames) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// ExactlyOne is the METH_O check: "f() takes exactly one argument (N given)".
func ExactlyOne(fname string, args []Value, kwnames []string) error {
	if err := NoKwargs(fname, kwnames); err != nil {
		return err
	}
	if len(args) != 1 {
		return Errorf(TypeError, "%s() takes exactly one argument (%d given)", fname, len(args))
	}
	return nil
}

// NoArgs is the METH_NOARGS check: "f() takes no arguments (N given)".
func NoArgs(fname string, args []Value, kwnames []string) error {
	if err := NoKwargs(fname, kwnames); err != nil {
		return err
	}
	if len(args) != 0 {
		return Errorf(TypeError, "%s() takes no arguments (%d given)", fname, len(args))
	}
	return nil
}

// ParseTupleOnly is PositionalOnly with PyArg_ParseTuple's messages, for
// the methods that parse their arguments with it ("O|OO:find"): "find()
// takes at least 1 argument (0 given)".
func ParseTupleOnly(fname string, args []Value, kwnames []string, min, max int) error {
	if err := NoKwargs(fname, kwnames); err != nil {
		return err
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	k, how := min, "at least"
	if n > max {
		k, how = max, "at most"
	}
	if min == max {
		how = "exactly"
	}
	s := "s"
	if k == 1 {
		s = ""
	}
	return Errorf(TypeError, "%s() takes %s %d argument%s (%d given)", fname, how, k, s, n)
}

// CheckPositional is Argument Clinic's check for positional-only
// parameters: "f expected at most 1 argument, got 2".
func CheckPositional(fname string, n, min, max int) error {
	plural := func(k int) string {
		if k == 1 {
			return ""
		}
		return "s"
	}
	if n < min {
		if min == max {
			return Errorf(TypeError, "%s expected %d argument%s, got %d", fname, min, plural(min), n)
		}
		return Errorf(TypeError, "%s expected at least %d argument%s, got %d", fname, min, plural(min), n)
	}
	if max >= 0 && n > max {
		if min == max {
			return Errorf(TypeError, "%s expected %d argument%s, got %d", fname, max, plural(max), n)
		}
		return Errorf(TypeError, "%s expected at most %d argument%s, got %d", fname, max, plural(max), n)
	}
	return nil
}

// PositionalOnly combines NoKwargs and CheckPositional.
func PositionalOnly(fname string, args []Value, kwnames []string, min, max int) error {
	if err := NoKwargs(fname, kwnames); err != nil {
		return err
	}
	return CheckPositional(fname, len(args), min, max)
}

// ParseArgs binds vectorcall arguments to the named parameters of a
// built-in, filling out (len(out) == len(names)) and leaving absent
// optional parameters Null. The first npos names may be given by position,
// the first nreq are required; names starting with '$' are keyword-only
// (the '$' is not part of the name).
func ParseArgs(fname string, args []Value, kwnames []string, names []string, npos, nreq int, out []Value) error {
	npass := len(args) - len(kwnames)
	if npass > npos {
		if npos == 0 {
			return Errorf(TypeError, "%s() takes no positional arguments", fname)
		}
		return Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", fname, npos, plural(npos), npass)
	}
	for i := range out {
		out[i] = Null
	}
	copy(out, args[:npass])
	for j, k := range kwnames {
		idx := -1
		for i, n := range names {
			if n == k || (len(n) > 0 && n[0] == '$' && n[1:] == k) {
				idx = i
				break
			}
		}
		if idx < 0 {
			return Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", k, fname)
		}
		if idx < npass {
			return Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, idx+1)
		}
		out[idx] = args[npass+j]
	}
	for i := 0; i < nreq; i++ {
		if out[i].IsNull() {
			return Errorf(TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return nil
}

func plural(k int) string {
	if k == 1 {
		return ""
	}
	return "s"
}

// Method is a bound method: a function read through an instance
// (CPython's PyMethodObject, with __func__ and __self__).
type Method struct {
	Func Value
	Self Value
}

// Type returns MethodType.
func (m *Method) Type() *Type { return MethodType }

// Call calls Func with Self prepended.
func (m *Method) Call(args []Value, kwnames []string) (Value, error) {
	if sc, ok := m.Func.o.(SelfCaller); ok {
		return sc.CallSelf(m.Self, args, kwnames)
	}
	full := make([]Value, len(args)+1)
	full[0] = m.Self
	copy(full[1:], args)
	return Call(m.Func, full, kwnames)
}

// Call1 calls the method with one argument (OneArgCaller).
func (m *Method) Call1(a Value) (Value, error) {
	if sc, ok := m.Func.o.(SelfCaller1); ok {
		return sc.CallSelf1(m.Self, a)
	}
	return m.Call([]Value{a}, nil)
}

// NewMethod binds fn to self.
func NewMethod(fn, self Value) Value { return FromObject(&Method{Func: fn, Self: self}) }

func methodRepr(m *Method) (string, error) {
	// method_repr: __qualname__, else __name__, else "?".
	name := "?"
	for _, attr := range []string{"__qualname__", "__name__"} {
		n, err := GetAttr(m.Func, Intern(attr))
		if err != nil {
			if !ExceptionMatches(err, AttributeError) {
				return "", err
			}
			continue
		}
		if s, ok := Unwrap(n).o.(*Str); ok {
			name = s.S
		}
		break
	}
	r, err := Repr(m.Self)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("<bound method %s of %s>", name, r), nil
}

// The exported forms of the installers above, for built-in types defined
// outside this package (core/vm's frames, core/native's modules).

// AddMethod installs a built-in method; self arrives as the built-in
// payload even when the receiver is an instance of a subclass.
func (t *Type) AddMethod(name string, fn func(self Value, args []Value, kwnames []string) (Value, error)) {
	t.addMethod(name, fn)
}

// AddRawMethod installs a method that receives subclass instances as they
// are (for methods that must see the instance's own attributes).
func (t *Type) AddRawMethod(name string, fn func(self Value, args []Value, kwnames []string) (Value, error)) {
	t.addRawMethod(name, fn)
}

// AddSlot installs a special method (__len__, __iter__, ...) whose repr
// says "slot wrapper", as CPython's do; like AddRawMethod, self arrives as
// it is (use Unwrap for the payload).
func (t *Type) AddSlot(name string, fn func(self Value, args []Value, kwnames []string) (Value, error)) {
	t.addSlot(name, fn)
}

// checkedSlot wraps a native special method so that, called from Python
// (a.__delitem__()), it checks its argument count as CPython's slot
// wrappers do, and fn may index its arguments.
func checkedSlot(name string, fn func(self Value, args []Value, kwnames []string) (Value, error)) func(self Value, args []Value, kwnames []string) (Value, error) {
	lo, hi, ok := slotArity(name)
	if !ok {
		return fn
	}
	return func(self Value, args []Value, kwnames []string) (Value, error) {
		if n := len(args) - len(kwnames); n < lo || n > hi {
			return Null, slotArityError(lo, hi, n)
		}
		return fn(self, args, kwnames)
	}
}

// slotArity is how many arguments after self the slot wrapper of a
// special method takes.
func slotArity(name string) (lo, hi int, ok bool) {
	switch name {
	case "__len__", "__iter__", "__next__", "__hash__", "__repr__", "__str__", "__bool__", "__neg__",
		"__pos__", "__abs__", "__invert__", "__int__", "__float__", "__index__", "__await__", "__aiter__", "__anext__":
		return 0, 0, true
	case "__getitem__", "__delitem__", "__contains__", "__getattribute__", "__getattr__", "__delattr__", "__delete__",
		"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__":
		return 1, 1, true
	case "__setitem__", "__setattr__", "__set__":
		return 2, 2, true
	case "__get__", "__pow__", "__rpow__":
		return 1, 2, true
	}
	if isBinaryOpSlot(name) {
		return 1, 1, true
	}
	return 0, 0, false
}

// isBinaryOpSlot reports whether name is a binary operator's method or
// its reflected or in-place form (__add__, __radd__, __iadd__, ...).
func isBinaryOpSlot(name string) bool {
	base, ok := strings.CutPrefix(name, "__")
	if base, ok = strings.CutSuffix(base, "__"); !ok {
		return false
	}
	for _, op := range [...]string{"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod",
		"lshift", "rshift", "and", "or", "xor", "pow"} {
		if base == op || base == "r"+op || base == "i"+op {
			return true
		}
	}
	return false
}

// slotArityError is the message of CPython's check_num_args (one exact
// count) or PyArg_UnpackTuple with an empty name (the others).
func slotArityError(lo, hi, n int) error {
	switch {
	case lo == hi && lo <= 1:
		return Errorf(TypeError, "expected %d argument%s, got %d", lo, plural(lo), n)
	case lo == hi:
		return Errorf(TypeError, " expected %d argument%s, got %d", lo, plural(lo), n)
	case n < lo:
		return Errorf(TypeError, " expected at least %d argument%s, got %d", lo, plural(lo), n)
	}
	return Errorf(TypeError, " expected at most %d argument%s, got %d", hi, plural(hi), n)
}

// AddClassMethod installs a built-in class method (dict.fromkeys).
func (t *Type) AddClassMethod(name string, fn func(cls Value, args []Value, kwnames []string) (Value, error)) {
	t.addClassMethod(name, fn)
}

// AddGetter installs a read-only attribute.
func (t *Type) AddGetter(name string, get func(self Value) (Value, error)) {
	t.addGetter(name, get)
}

// AddGetSet installs a read-write attribute; set receives Null on delete.
func (t *Type) AddGetSet(name string, get func(self Value) (Value, error), set func(self, v Value) error) {
	t.addGetSet(name, get, set)
}
