package object

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"weak"

	"github.com/pyvar/pyvar/core/xid"
)

// CurrentModuleName, when set by the VM, names the module whose code is
// running; type(name, bases, ns) uses it for a missing __module__.
var CurrentModuleName func() string

// Call is type.__call__: __new__ makes the object, and when it is an
// instance of t, __init__ initialises it.
func (t *Type) Call(args []Value, kwnames []string) (Value, error) {
	if t.Meta != nil && t.Meta.Heap {
		if c := t.Meta.Lookup(strCall); !c.IsNull() {
			if md, ok := c.o.(*MethodDescr); !ok || md.Owner != TypeType {
				return CallMethodValue(c, FromObject(t), args, kwnames)
			}
		}
	}
	return t.call(args, kwnames)
}

// call is type.__call__ itself, without looking for a metaclass __call__.
func (t *Type) call(args []Value, kwnames []string) (Value, error) {
	if t == TypeType {
		if len(args) == 1 && len(kwnames) == 0 {
			return FromObject(TypeOf(args[0])), nil
		}
		if n := len(args) - len(kwnames); n != 1 && n != 3 {
			return Null, Errorf(TypeError, "type() takes 1 or 3 arguments")
		}
	}
	if !t.Heap {
		if t.call1 != nil && len(args) == 1 && len(kwnames) == 0 {
			return t.call1(args[0])
		}
		if t.New == nil {
			return Null, Errorf(TypeError, "cannot create '%s' instances", t.Name)
		}
		obj, err := t.New(t, args, kwnames)
		if err != nil || t.Init == nil || !TypeOf(obj).IsSubtype(t) {
			return obj, err
		}
		return obj, t.Init(obj, args, kwnames)
	}
	c := t.validCache()
	newv := t.lookupEntry(&c.newE, nameNew)
	if bf, ok := newv.o.(*BuiltinFunction); ok && bf.owner == ObjectType && bf.Name == "__new__" && !t.abstract && (t.solid == ObjectType || t.solid == nil) {
		// object.__new__ and whatever __init__ the class has, found through
		// the class's cache (valid while no namespace on the MRO changed):
		// objectNew's own lookups for its excess-argument test are the two
		// entries here.
		initv := t.lookupEntry(&c.initE, strInit)
		md, ok := initv.o.(*MethodDescr)
		initIsObject := ok && md.Owner == ObjectType
		if len(args) == 0 || !initIsObject {
			inst := newInstance(t)
			newFinalizable(t, inst)
			obj := FromObject(inst)
			if initIsObject {
				return obj, nil
			}
			return obj, callInit(initv, obj, args, kwnames)
		}
	}
	var obj Value
	var err error
	if bf, ok := newv.o.(*BuiltinFunction); ok && bf.owner != nil && bf.Name == "__new__" {
		obj, err = bf.owner.New(t, args, kwnames)
	} else {
		if sm, ok := newv.o.(*StaticMethod); ok {
			newv = sm.Func
		} else if _, ok := newv.o.(MethodDescriptor); !ok {
			// slot_tp_new reads type.__new__: a classmethod (or any
			// descriptor) binds to the class first.
			if b, ok, err := descrGet(newv, Null, t); err != nil {
				return Null, err
			} else if ok {
				newv = b
			}
		}
		full := make([]Value, len(args)+1)
		full[0] = FromObject(t)
		copy(full[1:], args)
		obj, err = Call(newv, full, kwnames)
	}
	if err != nil {
		return Null, err
	}
	ot := TypeOf(obj)
	if !ot.IsSubtype(t) {
		return obj, nil
	}
	initv := ot.Lookup(strInit)
	if md, ok := initv.o.(*MethodDescr); ok && md.Owner == ObjectType {
		return obj, nil // object_new already checked excess arguments
	}
	if err := callInit(initv, obj, args, kwnames); err != nil {
		return Null, err
	}
	return obj, nil
}

// callInit calls the __init__ found on obj's class, which must return None.
func callInit(initv, obj Value, args []Value, kwnames []string) error {
	r, err := CallMethodValue(initv, obj, args, kwnames)
	if err != nil {
		return err
	}
	if !r.IsNone() {
		return Errorf(TypeError, "__init__() should return None, not '%s'", TypeOf(r).Name)
	}
	return nil
}

// overrides reports whether t's MRO resolves name to something other than
// object's own slot.
func overrides(t *Type, name *Str) bool {
	v := t.Lookup(name)
	if md, ok := v.o.(*MethodDescr); ok && md.Owner == ObjectType {
		return false
	}
	if bf, ok := v.o.(*BuiltinFunction); ok && bf.owner == ObjectType {
		return false
	}
	return !v.IsNull()
}

// objectNew is object.__new__: it makes the instance layout of t's solid
// base and checks for excess arguments as CPython's object_new does.
func objectNew(t *Type, args []Value, kwnames []string) (Value, error) {
	if t.abstract {
		return Null, abstractError(t)
	}
	if len(args) > 0 {
		if overrides(t, nameNew) {
			return Null, Errorf(TypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if !overrides(t, strInit) {
			return Null, Errorf(TypeError, "%s() takes no arguments", t.Name)
		}
	}
	if s := t.solid; s != ObjectType && s != nil && s.New != nil {
		// A native type that set no __new__ of its own inherited this one:
		// like a C type without tp_new, it cannot be instantiated (calling
		// its New would be this function again, forever).
		if reflect.ValueOf(s.New).Pointer() == objectNewPC {
			return Null, Errorf(TypeError, "cannot create '%s' instances", s.Name)
		}
		return s.New(t, nil, nil)
	}
	inst := newInstance(t)
	newFinalizable(t, inst)
	return FromObject(inst), nil
}

// objectNewPC identifies objectNew among the New functions types inherit
// (set in init: objectNew itself reads it).
var objectNewPC uintptr

func init() { objectNewPC = reflect.ValueOf(objectNew).Pointer() }

// objectInit is object.__init__.
func objectInit(self Value, args []Value, kwnames []string) (Value, error) {
	if len(args) > 0 {
		t := TypeOf(self)
		if overrides(t, strInit) {
			return Null, Errorf(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if !overrides(t, nameNew) {
			return Null, Errorf(TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", t.Name)
		}
	}
	return None, nil
}

// wrapBuiltin returns a built-in payload as an instance of t, which is the
// built-in type itself or a class derived from it.
func wrapBuiltin(t *Type, v Value) Value {
	if t.Heap {
		inst := NewBuiltinInstance(t, v)
		newFinalizable(t, inst)
		return FromObject(inst)
	}
	return v
}

// NewClass creates a class as type(name, bases, ns) does. ns becomes the
// class namespace.
func NewClass(meta *Type, name string, bases []*Type, ns *Dict) (*Type, error) {
	return NewClassKw(meta, name, bases, ns, nil, nil)
}

// NewClassKw is NewClass with the class keywords (other than metaclass)
// that are passed on to __init_subclass__.
func NewClassKw(meta *Type, name string, bases []*Type, ns *Dict, kwargs []Value, kwnames []string) (*Type, error) {
	if meta == nil {
		meta = TypeType
	}
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for i, b := range bases {
		if b.final {
			return nil, Errorf(TypeError, "type '%s' is not an acceptable base type", b.Name)
		}
		for _, c := range bases[:i] {
			if c == b {
				return nil, Errorf(TypeError, "duplicate base class %s", b.Name)
			}
		}
	}
	// The most derived metaclass wins; the others must be its bases.
	winner := meta
	for _, b := range bases {
		bm := b.Type()
		if winner.IsSubtype(bm) {
			continue
		}
		if bm.IsSubtype(winner) {
			winner = bm
			continue
		}
		return nil, Errorf(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	solid, base, err := bestBase(bases)
	if err != nil {
		return nil, err
	}
	t := &Type{Name: name, Qualname: name, Bases: bases, Base: base, Dict: ns, Heap: true,
		solid: solid, hasDict: true, New: nil}
	if winner != TypeType {
		t.Meta = winner
	}
	if t.Dict == nil {
		t.Dict = NewDict(8)
	}
	deferred, err := setupSlots(t, bases, ns)
	if err != nil {
		return nil, err
	}
	mro, err := c3(t, bases)
	if err != nil {
		return nil, err
	}
	t.MRO = mro
	for _, b := range bases {
		b.addSub(t)
	}
	for _, b := range mro {
		if !b.Heap {
			t.New = b.New
			break
		}
	}
	if q, ok, _ := ns.Get(FromObject(strQualname)); ok {
		s, isStr := q.o.(*Str)
		if !isStr {
			return nil, Errorf(TypeError, "type __qualname__ must be a str, not %s", TypeOf(q).Name)
		}
		t.Qualname = s.S
		ns.Delete(FromObject(strQualname))
	}
	if _, ok, _ := ns.Get(FromObject(strModule)); !ok && CurrentModuleName != nil {
		ns.Set(FromObject(strModule), NewStr(CurrentModuleName()))
	}
	addDictWeakref(t, bases, ns)
	t.finalize = !t.Lookup(strDel).IsNull()
	if _, ok, _ := ns.Get(FromObject(strDoc)); !ok {
		ns.Set(FromObject(strDoc), None)
	}
	if v, ok, _ := ns.Get(FromObject(nameNew)); ok {
		if isPlainFunction(v) {
			ns.Set(FromObject(nameNew), FromObject(&StaticMethod{Func: v}))
		}
	}
	for _, n := range []*Str{strInitSubclass, Intern("__class_getitem__")} {
		if v, ok, _ := ns.Get(FromObject(n)); ok && isPlainFunction(v) {
			ns.Set(FromObject(n), FromObject(&ClassMethod{Func: v}))
		}
	}
	// __eq__ without __hash__ makes instances unhashable.
	if _, ok, _ := ns.Get(FromObject(compareNames[CmpEq])); ok {
		if _, ok, _ := ns.Get(FromObject(strHash)); !ok {
			ns.Set(FromObject(strHash), None)
		}
	}
	if cell, ok, _ := ns.Get(FromObject(strClassCell)); ok {
		c, isCell := cell.o.(*Cell)
		if !isCell {
			return nil, Errorf(TypeError, "__classcell__ must be a nonlocal cell, not %s", typeRepr(TypeOf(cell)))
		}
		c.Ref = FromObject(t)
		ns.Delete(FromObject(strClassCell))
	}
	// Slots named __qualname__ or __classcell__ get their descriptors
	// once the class has taken those entries out of the namespace.
	for _, md := range deferred {
		ns.Set(FromObject(Intern(md.Name)), FromObject(md))
	}
	if err := customMRO(t); err != nil {
		return nil, err
	}
	// __set_name__ on the attributes that define it.
	// Over a snapshot (a __set_name__ may change the class), and an error
	// becomes the cause of a RuntimeError naming the attribute, as 3.10's
	// set_names does.
	var pairs []Value
	for i := 0; i < ns.EntriesLen(); i++ {
		if k, v, live := ns.EntryAt(i); live && v.IsObject() {
			pairs = append(pairs, k, v)
		}
	}
	for i := 0; i < len(pairs); i += 2 {
		k, v := pairs[i], pairs[i+1]
		if m := TypeOf(v).Lookup(strSetName); !m.IsNull() {
			if _, err := CallMethodValue(m, v, []Value{FromObject(t), k}, nil); err != nil {
				cause := AsException(err)
				kr, rerr := Repr(k)
				if rerr != nil {
					return nil, rerr
				}
				w := NewException(RuntimeError, NewStr(fmt.Sprintf("Error calling __set_name__ on '%s' instance %s in '%s'", TypeOf(v).Name, kr, t.Name)))
				w.Cause, w.Context = FromObject(cause), FromObject(cause)
				return nil, w
			}
		}
	}
	// super(t, t).__init_subclass__(**kwargs), whose supercheck fails
	// when a custom mro() left t out of its own MRO.
	self := slices.Index(t.MRO, t)
	if self < 0 {
		return nil, Errorf(TypeError, "super(type, obj): obj must be an instance or subtype of type")
	}
	for _, c := range t.MRO[self+1:] {
		v, ok, _ := c.Dict.Get(FromObject(strInitSubclass))
		if !ok {
			continue
		}
		bound, _, err := descrGet(v, Null, t)
		if err != nil {
			return nil, err
		}
		if _, err := Call(bound, kwargs, kwnames); err != nil {
			return nil, err
		}
		break
	}
	return t, nil
}

// addDictWeakref gives the first class of a hierarchy that has instance
// dicts its own __dict__ and __weakref__ attributes, as type_new does (they
// show in C.__dict__).
func addDictWeakref(t *Type, bases []*Type, ns *Dict) {
	if _, hasSlots, _ := ns.Get(FromObject(Intern("__slots__"))); hasSlots {
		return
	}
	baseDict, heapBase := false, false
	for _, b := range bases {
		// A base whose dict has no __dict__ attribute (_thread._local)
		// leaves the class to add one, as a tp_dictoffset of 0 does.
		if b.hasDict && !b.Lookup(strDict).IsNull() {
			baseDict = true
		}
		if b.Heap {
			heapBase = true
		}
	}
	// As add_getset, which uses PyDict_SetDefault: a __dict__ or
	// __weakref__ the class body defines stays.
	if _, own, _ := ns.Get(FromObject(strDict)); !baseDict && !own {
		ns.Set(FromObject(strDict), FromObject(newInstanceDictDescr(t)))
	}
	switch t.solid {
	case SetType, FrozenSetType, TypeType:
		return
	}
	if _, own, _ := ns.Get(FromObject(Intern("__weakref__"))); !heapBase && !own {
		ns.Set(FromObject(Intern("__weakref__")), FromObject(&GetSetDescr{Name: "__weakref__", Owner: t,
			Get: weakrefAttr}))
	}
}

// mangle is _Py_Mangle: a private name (__x, not __x__) inside class
// cls becomes _cls__x, the class name stripped of leading underscores.
func mangle(cls, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	c := strings.TrimLeft(cls, "_")
	if c == "" {
		return name
	}
	return "_" + c + name
}

// setupSlots handles __slots__: one MemberDescr per name, and no instance
// __dict__ unless a base has one or '__dict__' is listed.
func setupSlots(t *Type, bases []*Type, ns *Dict) (deferred []*MemberDescr, err error) {
	for _, b := range bases {
		t.nslots = max(t.nslots, b.nslots)
	}
	sv, ok, _ := ns.Get(FromObject(Intern("__slots__")))
	if !ok {
		return nil, setupWeakrefable(t, bases, nil, false)
	}
	var names []Value
	if s, isStr := sv.o.(*Str); isStr {
		names = []Value{FromObject(s)}
	} else {
		if names, err = ToSlice(sv); err != nil {
			return nil, err
		}
	}
	if err := setupWeakrefable(t, bases, names, true); err != nil {
		return nil, err
	}
	hasDict := false
	for _, b := range bases {
		if b.hasDict {
			hasDict = true
		}
	}
	// As type_new: the names are checked (and private ones mangled)
	// against the namespace first, then their descriptors are added in
	// sorted order; a name listed twice gets two slots, the last one
	// visible (datetime's __slots__ repeats _hashcode).
	var slotNames []string
	addDict := false
	for _, n := range names {
		s, isStr := Unwrap(n).o.(*Str)
		if !isStr {
			return nil, Errorf(TypeError, "__slots__ items must be strings, not '%s'", TypeOf(n).Name)
		}
		if !xid.IsIdentifier(s.S) {
			return nil, Errorf(TypeError, "__slots__ must be identifiers")
		}
		switch s.S {
		case "__dict__":
			// Only the best base's own dict counts (type_new's
			// may_add_dict), not a dict another base brings.
			if t.Base != nil && t.Base.hasDict || addDict {
				return nil, Errorf(TypeError, "__dict__ slot disallowed: we already got one")
			}
			addDict = true
			hasDict = true
			continue
		case "__weakref__":
			ns.Set(FromObject(Intern("__weakref__")), FromObject(&GetSetDescr{Name: "__weakref__", Owner: t,
				Get: func(Value) (Value, error) { return None, nil }}))
			continue
		}
		name := mangle(t.Name, s.S)
		// The namespace's __qualname__ and __classcell__ are taken out
		// of it, so they do not conflict.
		if _, exists, _ := ns.Get(FromObject(Intern(name))); exists && name != "__qualname__" && name != "__classcell__" {
			return nil, Errorf(ValueError, "'%s' in __slots__ conflicts with class variable", s.S)
		}
		slotNames = append(slotNames, name)
	}
	if addDict {
		ns.Set(FromObject(strDict), FromObject(newInstanceDictDescr(t)))
	}
	sort.Strings(slotNames)
	for _, name := range slotNames {
		md := &MemberDescr{Name: name, Owner: t, Index: t.nslots}
		if _, exists, _ := ns.Get(FromObject(Intern(name))); exists {
			deferred = append(deferred, md)
		} else {
			ns.Set(FromObject(Intern(name)), FromObject(md))
		}
		t.nslots++
	}
	t.hasDict = hasDict
	return deferred, nil
}

// isPlainFunction reports whether v is a function that would bind as a
// method (so that __new__ must be made static).
func isPlainFunction(v Value) bool {
	_, ok := v.o.(MethodDescriptor)
	return ok
}

// bestBase finds the base whose built-in layout every other base's layout
// extends (CPython's best_base), and the layout itself.
func bestBase(bases []*Type) (solid, base *Type, err error) {
	for _, b := range bases {
		s := b.solid
		if s == nil {
			s = ObjectType
		}
		switch {
		case solid == nil || solid.IsSubtype(s):
			if solid == nil {
				solid, base = s, b
			}
		case s.IsSubtype(solid):
			solid, base = s, b
		default:
			return nil, nil, Errorf(TypeError, "multiple bases have instance lay-out conflict")
		}
	}
	return solid, base, nil
}

// customMRO calls a metaclass's own mro() (mro_internal), once the class
// is otherwise made, and installs what it returns after mro_check's
// checks. While mro() runs the class has no MRO (__mro__ is None), as in
// CPython; an MRO installed meanwhile (mro() assigned __bases__) wins.
func customMRO(t *Type) error {
	if !hasCustomMRO(t) {
		return nil
	}
	t.MRO, t.cache = nil, nil
	_, _, err := t.mroInternal()
	return err
}

// hasCustomMRO reports whether t's metaclass overrides type.mro.
func hasCustomMRO(t *Type) bool {
	if t.Meta == nil {
		return false
	}
	m := t.Meta.Lookup(strMro)
	md, ok := m.o.(*MethodDescr)
	return !m.IsNull() && !(ok && md.Owner == TypeType)
}

// mroInvoke is mro_invoke: the MRO t should have, from its metaclass's
// mro() (checked as mro_check does) or C3 of its bases.
func mroInvoke(t *Type) ([]*Type, error) {
	if !hasCustomMRO(t) {
		return c3(t, t.Bases)
	}
	r, err := CallMethodValue(t.Meta.Lookup(strMro), FromObject(t), nil, nil)
	if err != nil {
		return nil, err
	}
	items, err := ToSlice(r)
	if err != nil {
		return nil, err
	}
	mro := make([]*Type, len(items))
	for i, v := range items {
		c, ok := v.o.(*Type)
		if !ok || !v.IsObject() {
			return nil, Errorf(TypeError, "mro() returned a non-class ('%s')", TypeOf(v).Name)
		}
		if s := c.solid; s != nil && t.solid != nil && !t.solid.IsSubtype(s) {
			return nil, Errorf(TypeError, "mro() returned base with unsuitable layout ('%s')", c.Name)
		}
		mro[i] = c
	}
	return mro, nil
}

// sameMRO reports whether a and b are the same MRO slice (not merely equal
// ones): an MRO is replaced, never changed in place, so this tells
// whether a reentrant mro() installed a new one.
func sameMRO(a, b []*Type) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0]) && (a == nil) == (b == nil)
}

// mroInternal is mro_internal: it computes and installs t's MRO, unless a
// reentrant call (mro() assigning __bases__) installed one meanwhile
// (installed false). old is the MRO it replaced.
func (t *Type) mroInternal() (installed bool, old []*Type, err error) {
	old = t.MRO
	mro, err := mroInvoke(t)
	if err != nil {
		return false, nil, err
	}
	if !sameMRO(t.MRO, old) {
		return false, nil, nil
	}
	t.MRO = mro
	t.cache = nil // the answers were found along the old MRO
	// The attribute caches' first-way check trusts an unchanged epoch
	// (AttrCache.wayFor): a new MRO must move it.
	classEpoch.Add(1)
	t.finalize = !t.Lookup(strDel).IsNull()
	return true, old, nil
}

// mroUndo is what setBases restores when a new MRO fails below.
type mroUndo struct {
	cls           *Type
	newMRO, oldMR []*Type
}

// mroHierarchy is mro_hierarchy: new MROs for t and, unless a reentrant
// call did it, for every class below it, each recorded in undo.
func (t *Type) mroHierarchy(undo *[]mroUndo) error {
	installed, old, err := t.mroInternal()
	if err != nil || !installed {
		return err
	}
	*undo = append(*undo, mroUndo{t, t.MRO, old})
	for _, s := range t.Subclasses() {
		if err := s.mroHierarchy(undo); err != nil {
			return err
		}
	}
	return nil
}

// setBases is type_set_bases: C.__bases__ = (...) on a class, checked as
// CPython checks it, then the MRO of the class and of every class below
// it recomputed (all restored if one fails).
func (t *Type) setBases(v Value) error {
	if !t.Heap {
		return Errorf(TypeError, "cannot set '__bases__' attribute of immutable type '%s'", t.Name)
	}
	if v.IsNull() {
		return Errorf(TypeError, "cannot delete '__bases__' attribute of immutable type '%s'", t.Name)
	}
	tup, ok := v.o.(*Tuple)
	if !ok || !v.IsObject() {
		return Errorf(TypeError, "can only assign tuple to %s.__bases__, not %s", t.Name, TypeOf(v).Name)
	}
	if len(tup.Items) == 0 {
		return Errorf(TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t.Name)
	}
	bases := make([]*Type, len(tup.Items))
	for i, b := range tup.Items {
		bt, ok := b.o.(*Type)
		if !ok || !b.IsObject() {
			return Errorf(TypeError, "%s.__bases__ must be tuple of classes, not '%s'", t.Name, TypeOf(b).Name)
		}
		// The tp_base chain too: a reentrant assignment (from mro()) has
		// set it before the MROs that IsSubtype reads.
		if bt.IsSubtype(t) || bt.MRO != nil && bt.baseChainSubtype(t) {
			return Errorf(TypeError, "a __bases__ item causes an inheritance cycle")
		}
		if bt.final {
			return Errorf(TypeError, "type '%s' is not an acceptable base type", bt.Name)
		}
		for _, c := range bases[:i] {
			if c == bt {
				return Errorf(TypeError, "duplicate base class %s", bt.Name)
			}
		}
		bases[i] = bt
	}
	solid, base, err := bestBase(bases)
	if err != nil {
		return err
	}
	if solid != t.solid && !(solid == nil && t.solid == ObjectType) && !(t.solid == nil && solid == ObjectType) {
		return Errorf(TypeError, "__bases__ assignment: '%s' object layout differs from '%s'", base.Name, t.Base.Name)
	}
	if err := compatibleForAssignment(t.Base, base, "__bases__"); err != nil {
		return err
	}
	oldBases, oldBase := t.Bases, t.Base
	t.Bases, t.Base = bases, base
	var undo []mroUndo
	if err := t.mroHierarchy(&undo); err != nil {
		for i := len(undo) - 1; i >= 0; i-- {
			// Not over a newer MRO a reentrant call installed.
			if u := undo[i]; sameMRO(u.cls.MRO, u.newMRO) {
				u.cls.MRO, u.cls.cache = u.oldMR, nil
				u.cls.finalize = !u.cls.Lookup(strDel).IsNull()
			}
		}
		if sameBases(t.Bases, bases) {
			t.Bases, t.Base = oldBases, oldBase
		}
		return err
	}
	// Unless a reentrant assignment replaced the bases meanwhile (and
	// did this itself).
	if sameBases(t.Bases, bases) {
		for _, b := range oldBases {
			b.subs = slices.DeleteFunc(b.subs, func(w weak.Pointer[Type]) bool { return w.Value() == t })
		}
		for _, b := range bases {
			b.addSub(t)
		}
	}
	return nil
}

// sameBases reports whether a and b are the same __bases__ slice.
func sameBases(a, b []*Type) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// c3 computes the C3 linearisation of a class with the given bases.
func c3(t *Type, bases []*Type) ([]*Type, error) {
	seqs := make([][]*Type, 0, len(bases)+1)
	for _, b := range bases {
		if b.MRO == nil {
			return nil, Errorf(TypeError, "Cannot extend an incomplete type '%s'", b.Name)
		}
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	out := []*Type{t}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return out, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs[:len(seqs)-1] {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, Errorf(TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// typeNew is type.__new__(meta, name, bases, ns) and the one-argument form.
func typeNew(meta *Type, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos != 3 {
		return Null, Errorf(TypeError, "type.__new__() takes exactly 3 arguments (%d given)", npos)
	}
	name, ok := Unwrap(args[0]).o.(*Str)
	if !ok {
		return Null, Errorf(TypeError, "type.__new__() argument 1 must be str, not %s", TypeOf(args[0]).Name)
	}
	if err := checkTypeName(args[0]); err != nil {
		return Null, err
	}
	bt, ok := args[1].o.(*Tuple)
	if !ok {
		return Null, Errorf(TypeError, "type.__new__() argument 2 must be tuple, not %s", TypeOf(args[1]).Name)
	}
	src, ok := Unwrap(args[2]).o.(*Dict)
	if !ok {
		return Null, Errorf(TypeError, "type.__new__() argument 3 must be dict, not %s", TypeOf(args[2]).Name)
	}
	// Like type_new, the class gets a copy (the argument may be a dict
	// subclass returned by __prepare__).
	ns := src.CopyDict()
	// type_new_set_doc reads a str __doc__ as UTF-8.
	if d, ok := ns.GetStr("__doc__"); ok {
		if _, isStr := Unwrap(d).o.(*Str); isStr {
			if _, err := EncodeUTF8(d, "strict"); err != nil {
				return Null, err
			}
		}
	}
	bases := make([]*Type, len(bt.Items))
	for i, b := range bt.Items {
		bty, ok := b.o.(*Type)
		if !ok {
			// CPython computes the metaclass first: type(base) is no
			// subclass of type.
			return Null, Errorf(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		bases[i] = bty
	}
	// type_new hands the work to the most derived metaclass of the bases
	// when that one has its own __new__ (bpo-44232).
	winner := meta
	for _, b := range bases {
		if bm := b.Type(); bm.IsSubtype(winner) {
			winner = bm
		}
	}
	if winner != meta && winner.IsSubtype(meta) {
		nv := winner.Lookup(nameNew)
		if bf, ok := nv.o.(*BuiltinFunction); !ok || bf.owner != TypeType {
			if sm, ok := nv.o.(*StaticMethod); ok {
				nv = sm.Func
			}
			full := append([]Value{FromObject(winner)}, args...)
			return Call(nv, full, kwnames)
		}
	}
	t, err := NewClassKw(meta, name.S, bases, ns, args[npos:], kwnames)
	if err != nil {
		return Null, err
	}
	return FromObject(t), nil
}

func typeRepr(t *Type) string {
	return fmt.Sprintf("<class '%s'>", t.FullName())
}

// setClass is object.__class__'s setter (object_set_class): only between
// classes (or ModuleType and its subclasses) whose instances have the
// same layout.
func setClass(self, v Value) error {
	if v.IsNull() {
		return Errorf(TypeError, "can't delete __class__ attribute")
	}
	nt, ok := v.o.(*Type)
	if !ok || !v.IsObject() {
		return Errorf(TypeError, "__class__ must be set to a class, not '%s' object", TypeOf(v).Name)
	}
	ot := TypeOf(self)
	if !(nt.IsSubtype(ModuleType) && ot.IsSubtype(ModuleType)) && (!nt.Heap || !ot.Heap) {
		return Errorf(TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if err := compatibleForAssignment(ot, nt, "__class__"); err != nil {
		return err
	}
	switch o := self.o.(type) {
	case *Instance:
		o.Class = nt
	case *Module:
		o.Class = nt
		if nt == ModuleType {
			o.Class = nil
		}
	default:
		return Errorf(TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	return nil
}

// compatibleForAssignment is CPython's compatible_for_assignment: old and
// new instances must have the same layout, which is that of the nearest
// bases that add something to it (slots, a __dict__, weak references),
// unless those are siblings that add the same.
func compatibleForAssignment(old, nt *Type, attr string) error {
	nb, ob := layoutBase(nt), layoutBase(old)
	if nb != ob && (nb.Base != ob.Base || !sameSlotsAdded(nb, ob)) {
		return Errorf(TypeError, "%s assignment: '%s' object layout differs from '%s'", attr, nt.Name, old.Name)
	}
	return nil
}

// layoutBase walks t's tp_base chain past the classes that add nothing
// to their base's instance layout.
func layoutBase(t *Type) *Type {
	for t.Heap && t.Base != nil && !addsLayout(t) {
		t = t.Base
	}
	return t
}

// addsLayout reports whether instances of the class t carry more than
// those of its base: slots, a __dict__ or weak references.
func addsLayout(t *Type) bool {
	b := t.Base
	return t.nslots != b.nslots || t.hasDict != b.hasDict || t.weakrefable != b.weakrefable
}

// sameSlotsAdded is CPython's same_slots_added for two classes with the
// same base: they add the same __dict__, weak reference and named slots.
func sameSlotsAdded(a, b *Type) bool {
	if !a.Heap || !b.Heap || a.hasDict != b.hasDict || a.weakrefable != b.weakrefable || a.nslots != b.nslots {
		return false
	}
	an, bn := ownSlotNames(a), ownSlotNames(b)
	if len(an) != len(bn) {
		return false
	}
	for i := range an {
		if an[i] != bn[i] {
			return false
		}
	}
	return true
}

// ownSlotNames are the names of the slots the class t adds, in slot order
// (sorted, as type_new adds them).
func ownSlotNames(t *Type) []string {
	var names []string
	for i := 0; i < t.Dict.EntriesLen(); i++ {
		_, v, live := t.Dict.EntryAt(i)
		if md, ok := v.o.(*MemberDescr); ok && live && md.Owner == t {
			names = append(names, md.Name)
		}
	}
	sort.Strings(names)
	return names
}

// checkTypeName is what CPython asks of a class name (tp_name is a C
// string in UTF-8): no NUL and no lone surrogate.
func checkTypeName(v Value) error {
	if strings.IndexByte(Unwrap(v).o.(*Str).S, 0) >= 0 {
		return Errorf(ValueError, "type name must not contain null characters")
	}
	_, err := EncodeUTF8(v, "strict")
	return err
}
