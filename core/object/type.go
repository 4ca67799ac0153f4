package object

import (
	"slices"
	"strings"
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/pyvar/pyvar/dict"
)

// Dict is a Python dict: the versioned table of package dict keyed and
// valued by Values. Globals, builtins, class namespaces and instance
// __dict__s are all *Dict.
type Dict struct {
	dict.Dict[Value, Value]
	class *Type // a dict subclass instance's class, nil for plain dicts
}

// NewDict returns an empty Python dict with room for about hint keys.
func NewDict(hint int) *Dict {
	return &Dict{Dict: *dict.New[Value, Value](hint)}
}

// Type returns DictType (or the dict subclass the dict was made for).
func (d *Dict) Type() *Type {
	if d.class != nil {
		return d.class
	}
	return DictType
}

// Type is a Python type object: a built-in type or a class.
type Type struct {
	Name     string  // __name__
	Qualname string  // __qualname__
	Bases    []*Type // __bases__
	MRO      []*Type // __mro__, the type itself first
	Dict     *Dict   // the namespace; the class body's namespace for classes
	Base     *Type   // tp_base: the first base, nil only for object
	Meta     *Type   // the metaclass; nil means type
	Heap     bool    // created by a class statement or type(name, bases, ns)
	Doc      string  // __doc__ of a built-in type

	// New is tp_new of a built-in type: it makes an instance of t, which
	// is the built-in type itself or a class derived from it.
	New func(t *Type, args []Value, kwnames []string) (Value, error)
	// Init is tp_init of a built-in type whose instances are filled in
	// after New (list, dict, set, BaseException); nil when New does it all.
	Init func(self Value, args []Value, kwnames []string) error
	// call1, when set, is a call of the built-in type itself (not a
	// subclass) with one positional argument (CPython's tp_vectorcall of
	// set): New and Init in one.
	call1 func(a Value) (Value, error)
	// GetAttro, when set, replaces the generic attribute lookup for
	// instances of this built-in type (modules, for instance).
	GetAttro func(v Value, name *Str) (Value, error)
	// SetAttro, when set, replaces the generic attribute store; val is
	// Null for a delete.
	SetAttro func(v Value, name *Str, val Value) error
	// ItemGet and ItemSet, when set on a Native type, do v[key] and
	// v[key] = val for the common cases of an exact instance (an array's
	// item at an int index) before the namespace's __getitem__ and
	// __setitem__, which are looked up along the MRO on every subscript
	// of a built-in type; ok false means "take the slot". They must give
	// what the slot would.
	ItemGet func(v, key Value) (r Value, ok bool)
	ItemSet func(v, key, val Value) (ok bool)

	// MatchFlags is Py_TPFLAGS_SEQUENCE or Py_TPFLAGS_MAPPING of a
	// built-in type (MatchSequence, MatchMapping): what MATCH_SEQUENCE and
	// MATCH_MAPPING test; classes inherit theirs along the MRO.
	MatchFlags uint8

	// Native marks a built-in type implemented outside this package (a
	// core/native module's type): its special methods are found in its
	// namespace, as a class's are, since the Go type switches here do not
	// know it. CPython 3.10 makes most such types heap types too.
	Native bool

	solid *Type // the built-in type whose layout instances use
	// excFamily is set on the built-in exception types whose __init__
	// sets more than args (excFamilyStopIteration...): excInitFields
	// finds a class's family in one pass over its MRO.
	excFamily uint8
	// excFams is excFamilies(t) plus bit 31, computed at start-up for the
	// built-in exception types (their MROs never change); 0 for others.
	excFams uint32
	hasDict bool // instances carry a __dict__
	// abstract is Py_TPFLAGS_IS_ABSTRACT: __abstractmethods__ is set and
	// not empty, so object.__new__ refuses to make instances.
	abstract bool
	final    bool // cannot be subclassed (bool, NoneType, range, ...)
	cache    *attrCache
	nslots   int       // __slots__ values per instance, bases' included
	instKeys *instKeys // the attribute names its instances share (instvalues.go)
	// weakrefable: instances take weak references (tp_weaklistoffset).
	weakrefable bool
	// finalize is set on classes whose MRO defines __del__: instances get
	// a Go finalizer when they are made (object.FinalizeHook).
	finalize bool
	// subs are the direct subclasses, in creation order (__subclasses__),
	// held weakly as CPython's tp_subclasses holds them: a class nobody
	// uses any more is freed even though its bases live on.
	subs []weak.Pointer[Type]
	// mroTuple is the tuple __mro__ last returned (mroValue).
	mroTuple *Tuple
	// owner is the interpreter that made the class (ThreadState.Owner);
	// nil for the types every interpreter shares.
	owner any
}

// Type returns the metaclass: every type is an instance of type or of a
// subclass of it.
func (t *Type) Type() *Type {
	if t.Meta != nil {
		return t.Meta
	}
	return TypeType
}

// attrCacheSize is the number of names a class remembers (two-way set
// associative by the name's address; names are interned, so pointers
// identify them).
const (
	attrCacheBits = 7
	attrCacheSize = 1 << attrCacheBits
)

// attrCache remembers where MRO lookups of a class found their name,
// like CPython's type attribute cache: the class on the MRO and the entry
// index in its namespace (or that no class defines the name). It is valid
// while the sum of the namespaces' KeysVersions is unchanged: they only
// grow, and move whenever keys are added or removed or entries move, so
// rebinding a class attribute (Task.count += 1) keeps the cache and the
// value itself is always read fresh from the entry.
type attrCache struct {
	sum   uint64
	epoch uint64 // classEpoch when sum was last checked
	// walk: a built-in type whose MRO or namespaces are not all set yet,
	// looked up without the cache (see validCache).
	walk    bool
	entries [attrCacheSize]attrCacheEntry
	// Every attribute read and write asks for __getattribute__ or
	// __setattr__ first: they get entries of their own, so that they never
	// evict (or are evicted by) the attribute names themselves.
	getattribute, setattr attrCacheEntry
	// newE and initE are __new__ and __init__ for type.__call__ (Type.call),
	// which looks both up on every instance creation.
	newE, initE attrCacheEntry
	// eqE and neE are __eq__ and __ne__ for == and != between instances
	// (identityEquality).
	eqE, neE attrCacheEntry
}

type attrCacheEntry struct {
	name *Str
	mro  int32 // index into MRO, -1: not found
	idx  int32 // entry index in that class's Dict
}

func (t *Type) mroVersion() uint64 {
	var sum uint64
	for _, c := range t.MRO {
		if c.Dict != nil {
			sum += c.Dict.KeysVersion()
		}
	}
	return sum
}

// Lookup finds name along t's MRO (CPython's _PyType_Lookup); it returns
// Null when no class on the MRO defines it. Every type caches the answers
// (attrCache), as CPython caches them by version tag for every type:
// without, a truth test of an io.StringIO walked four namespaces twice
// (__bool__, then __len__), about 2,000 instructions. Built-in types are
// shared by every interpreter of the process; their caches are only
// touched under the execution lock, as their namespaces are.
func (t *Type) Lookup(name *Str) Value {
	if !t.Heap {
		if name == strDoc {
			return t.lookupDoc()
		}
		builtinLookups++
		if c := t.validCache(); !c.walk {
			return t.lookupCached(c, name)
		}
		builtinLookupFills++
		return t.lookupWalk(name)
	}
	return t.lookupCached(t.validCache(), name)
}

// lookupWalk is Lookup without a cache.
func (t *Type) lookupWalk(name *Str) Value {
	key := FromObject(name)
	for _, c := range t.MRO {
		if c.Dict == nil {
			continue
		}
		if v, ok, _ := c.Dict.Get(key); ok {
			return v
		}
	}
	return Null
}

// builtinLookups counts Lookup calls on built-in types, and
// builtinLookupFills the ones their cache could not answer, for
// --opcache-stats (BuiltinLookupStats).
var builtinLookups, builtinLookupFills uint64

// BuiltinLookupStats returns how many MRO lookups on built-in types ran
// and how many of them had to walk the MRO (cache fills).
func BuiltinLookupStats() (lookups, fills uint64) { return builtinLookups, builtinLookupFills }

// validCache returns t's attribute cache, emptied if any namespace on the
// MRO changed since it was filled.
func (t *Type) validCache() *attrCache {
	c := t.cache
	e := classEpoch.Load()
	if c != nil && c.epoch == e {
		return c
	}
	sum := t.mroVersion()
	if c == nil {
		c = &attrCache{}
		t.cache = c
	}
	if c.sum != sum {
		*c = attrCache{sum: sum}
	}
	if !t.Heap {
		// A built-in type still being set up (a namespace not made yet,
		// no MRO) is not cached: filling them in later would not move
		// classEpoch.
		c.walk = len(t.MRO) == 0
		for _, b := range t.MRO {
			if b.Dict == nil {
				c.walk = true
			}
		}
	}
	t.watchMRO()
	c.epoch = e
	return c
}

// classEpoch moves whenever the keys of a namespace on the MRO of a class
// whose attributes were cached change (the namespaces are watched, see
// watchMRO): while it stands still, every cache validated by the sum of
// its MRO's keys versions is still valid without summing them again, as
// CPython's per-type version tags spare it walking the MRO.
var classEpoch atomic.Uint64

// watchMRO makes every namespace on t's MRO move classEpoch.
func (t *Type) watchMRO() {
	for _, c := range t.MRO {
		if c.Dict != nil {
			c.Dict.WatchKeys(&classEpoch)
		}
	}
}

// lookupCached is Lookup through a cache that validCache returned.
func (t *Type) lookupCached(c *attrCache, name *Str) Value {
	// Two ways per set, chosen by Fibonacci hashing of the address
	// (allocation strides would leave most sets empty with plain low
	// bits). A class's hot names number a few dozen: direct-mapped, the
	// birthday paradox made pairs of them evict each other on every access.
	set := c.entries[(uint64(uintptr(unsafe.Pointer(name)))*0x9E3779B97F4A7C15)>>(64-attrCacheBits+1)<<1:]
	if set[1].name == name {
		return t.lookupEntry(&set[1], name)
	}
	if set[0].name != name && set[0].name != nil {
		set[1] = set[0] // the newer name takes way 0, the older moves over
		set[0].name = nil
	}
	return t.lookupEntry(&set[0], name)
}

// cachedEntry returns the entry that lookupCached(c, name) filled, or nil
// when another name has taken its place since.
func (t *Type) cachedEntry(c *attrCache, name *Str) *attrCacheEntry {
	t.lookupCached(c, name)
	set := c.entries[(uint64(uintptr(unsafe.Pointer(name)))*0x9E3779B97F4A7C15)>>(64-attrCacheBits+1)<<1:]
	for i := range 2 {
		if set[i].name == name {
			return &set[i]
		}
	}
	return nil
}

// lookupGetattribute is lookupCached(c, "__getattribute__").
func (t *Type) lookupGetattribute(c *attrCache) Value {
	return t.lookupEntry(&c.getattribute, strGetattribute)
}

// lookupSetattr is lookupCached(c, name) for "__setattr__" or "__delattr__".
func (t *Type) lookupSetattr(c *attrCache, name *Str) Value {
	if name == strSetattr {
		return t.lookupEntry(&c.setattr, name)
	}
	return t.lookupCached(c, name)
}

// lookupEntry is Lookup through the cache entry e, refilling it for name.
func (t *Type) lookupEntry(e *attrCacheEntry, name *Str) Value {
	if e.name == name {
		if e.mro < 0 {
			return Null
		}
		return t.MRO[e.mro].Dict.ValueAt(int(e.idx))
	}
	if !t.Heap {
		builtinLookupFills++
	}
	key := FromObject(name)
	for i, c := range t.MRO {
		if c.Dict == nil {
			continue
		}
		if idx, err := c.Dict.Lookup(key); err == nil && idx >= 0 {
			e.name, e.mro, e.idx = name, int32(i), int32(idx)
			return c.Dict.ValueAt(idx)
		}
	}
	e.name, e.mro = name, -1
	return Null
}

// lookupDoc is Lookup(__doc__) on a built-in type: its own tp_doc (None
// when it has none), never a base's, since PyType_Ready puts it in every
// type's dict.
func (t *Type) lookupDoc() Value {
	if v, ok := t.Dict.GetStr("__doc__"); ok {
		return v
	}
	return docValue(t.Doc)
}

// identityEquality reports whether == and != on instances of class t
// compare identity: t inherits both __eq__ and __ne__ from object (found
// through t's attribute cache, so a class or base that defines either
// later is seen).
func (t *Type) identityEquality() bool {
	if !t.Heap {
		return false
	}
	c := t.validCache()
	eq, _ := t.lookupEntry(&c.eqE, compareNames[CmpEq]).o.(*MethodDescr)
	ne, _ := t.lookupEntry(&c.neE, compareNames[CmpNe]).o.(*MethodDescr)
	return eq != nil && eq.Owner == ObjectType && ne != nil && ne.Owner == ObjectType
}

// mroValue is __mro__: the same tuple every time while the MRO holds the
// same classes, as CPython's tp_mro is one tuple (typing's protocol checks
// read cls.__mro__ on every isinstance).
func (t *Type) mroValue() *Tuple {
	if tup := t.mroTuple; tup != nil && len(tup.Items) == len(t.MRO) {
		same := true
		for i, c := range t.MRO {
			if tup.Items[i].o != Object(c) {
				same = false
				break
			}
		}
		if same {
			return tup
		}
	}
	items := make([]Value, len(t.MRO))
	for i, c := range t.MRO {
		items[i] = FromObject(c)
	}
	t.mroTuple = NewTuple(items...)
	return t.mroTuple
}

// LookupString is Lookup with a Go string.
func (t *Type) LookupString(name string) Value { return t.Lookup(Intern(name)) }

// IsSubtype reports whether t is base or derives from it.
func (t *Type) IsSubtype(base *Type) bool {
	if t == base {
		return true
	}
	if t.MRO == nil {
		// A class whose mro() is running: its tp_base chain.
		return t.baseChainSubtype(base)
	}
	for _, c := range t.MRO {
		if c == base {
			return true
		}
	}
	return false
}

// baseChainSubtype is type_is_subtype_base_chain: base is t or on its
// tp_base chain.
func (t *Type) baseChainSubtype(base *Type) bool {
	for c := t; c != nil; c = c.Base {
		if c == base {
			return true
		}
	}
	return false
}

// FullName returns the name used in messages and reprs: the qualified name,
// prefixed by the module unless it is builtins.
func (t *Type) FullName() string {
	mod := t.ModuleName()
	if mod == "" || mod == "builtins" {
		return t.Qualname
	}
	return mod + "." + t.Qualname
}

// ModuleName returns __module__ as a Go string.
func (t *Type) ModuleName() string {
	if t.Heap && t.Dict != nil {
		if v, ok, _ := t.Dict.Get(FromObject(Intern("__module__"))); ok {
			if s, ok := v.o.(*Str); ok {
				return s.S
			}
		}
		return "builtins"
	}
	if i := strings.LastIndexByte(t.Name, '.'); i >= 0 {
		return t.Name[:i]
	}
	return "builtins"
}

// SetAttrString stores a value in a type's namespace (built-in setup).
func (t *Type) SetAttrString(name string, v Value) {
	if t.Dict == nil {
		t.Dict = NewDict(8)
	}
	t.Dict.Set(FromObject(Intern(name)), v)
}

func newRootType(name string) *Type {
	t := &Type{Name: name, Qualname: name, Dict: NewDict(16)}
	t.MRO = []*Type{t}
	t.solid = t
	return t
}

// NewBuiltinType makes a type implemented in Go (functions, generators,
// frames, code objects) deriving from base (object when nil). Its
// attributes are added to its Dict as MethodDescr/GetSetDescr values.
func NewBuiltinType(name string, base *Type) *Type {
	if base == nil {
		base = ObjectType
	}
	t := newBuiltinType(name, base)
	t.final = true
	return t
}

// newBuiltinType makes a built-in type deriving from base (object when nil).
func newBuiltinType(name string, base *Type) *Type {
	// A dotted name is tp_name ("itertools.chain"): messages use all of
	// it, __module__ the part before the last dot, __qualname__ the rest.
	t := &Type{Name: name, Qualname: name[strings.LastIndexByte(name, '.')+1:], Dict: NewDict(8)}
	if base != nil {
		t.Base = base
		t.Bases = []*Type{base}
		t.MRO = append([]*Type{t}, base.MRO...)
		t.solid = base.solid
		t.hasDict = base.hasDict
		t.weakrefable = base.weakrefable
		if t.New == nil {
			t.New = base.New
		}
	} else {
		t.MRO = []*Type{t}
	}
	if t.solid == nil || base == ObjectType {
		t.solid = t
	}
	return t
}

// Built-in types referenced across the runtime. They are completed (methods,
// MRO) by the init functions of the files that implement them.
var (
	ObjectType = newRootType("object")
	TypeType   = newBuiltinType("type", ObjectType)

	IntType              = newBuiltinType("int", ObjectType)
	BoolType             = newBuiltinType("bool", IntType)
	FloatType            = newBuiltinType("float", ObjectType)
	ComplexType          = newBuiltinType("complex", ObjectType)
	StrType              = newBuiltinType("str", ObjectType)
	BytesType            = newBuiltinType("bytes", ObjectType)
	ByteArrayType        = newBuiltinType("bytearray", ObjectType)
	TupleType            = newBuiltinType("tuple", ObjectType)
	ListType             = newBuiltinType("list", ObjectType)
	DictType             = newBuiltinType("dict", ObjectType)
	SetType              = newBuiltinType("set", ObjectType)
	FrozenSetType        = newBuiltinType("frozenset", ObjectType)
	NoneType             = newBuiltinType("NoneType", ObjectType)
	NotImplementedType   = newBuiltinType("NotImplementedType", ObjectType)
	EllipsisType         = newBuiltinType("ellipsis", ObjectType)
	RangeType            = newBuiltinType("range", ObjectType)
	SliceType            = newBuiltinType("slice", ObjectType)
	CellType             = newBuiltinType("cell", ObjectType)
	ModuleType           = newBuiltinType("module", ObjectType)
	MethodType           = newBuiltinType("method", ObjectType)
	BuiltinFunctionType  = newBuiltinType("builtin_function_or_method", ObjectType)
	MethodDescrType      = newBuiltinType("method_descriptor", ObjectType)
	WrapperDescrType     = newBuiltinType("wrapper_descriptor", ObjectType)
	GetSetDescrType      = newBuiltinType("getset_descriptor", ObjectType)
	ClassMethodDescrType = newBuiltinType("classmethod_descriptor", ObjectType)
	StaticMethodType     = newBuiltinType("staticmethod", ObjectType)
	ClassMethodType      = newBuiltinType("classmethod", ObjectType)
	PropertyType         = newBuiltinType("property", ObjectType)
	SuperType            = newBuiltinType("super", ObjectType)
	MappingProxyType     = newBuiltinType("mappingproxy", ObjectType)
)

func init() {
	for _, t := range []*Type{BoolType, NoneType, NotImplementedType, EllipsisType, RangeType,
		SliceType, CellType, MethodType, BuiltinFunctionType, MethodDescrType, WrapperDescrType,
		GetSetDescrType, ClassMethodDescrType, MappingProxyType} {
		t.final = true
	}
	ModuleType.hasDict = true
}

// NewBaseType makes a built-in type, implemented outside this package,
// that classes may derive from (collections.deque, _random.Random, the _io
// classes). Its New receives the class being instantiated and returns
// WrapBuiltin(t, payload), so that instances of subclasses carry the Go
// payload that the type's methods receive as self.
func NewBaseType(name string, base *Type) *Type {
	if base == nil {
		base = ObjectType
	}
	t := newBuiltinType(name, base)
	t.Native = true
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		t.Qualname = name[i+1:] // name is tp_name: "module.Qualname"
	}
	return t
}

// SetInstanceDict gives the instances of a native type an instance
// __dict__ (CPython's tp_dictoffset), as collections.OrderedDict's have.
func (t *Type) SetInstanceDict() { t.giveInstanceDict() }

// SetFinal makes a native type one that classes cannot derive from (a
// type without Py_TPFLAGS_BASETYPE, such as re.Pattern).
func (t *Type) SetFinal() { t.final = true }

// SetHasDict gives the instances of a native type a __dict__ (CPython's
// tp_dictoffset, as _thread._local has), but no __dict__ attribute on the
// type: instance.__dict__ is then the type's own getattr's business, as
// local_getattro's; its New makes them with &Instance{Class: cls, Dict:
// NewDict(0)}.
func (t *Type) SetHasDict() { t.hasDict = true }

// giveInstanceDict marks a native type's instances as having a __dict__
// and gives the type the __dict__ attribute that reaches it, unless it
// defines its own.
func (t *Type) giveInstanceDict() {
	t.hasDict = true
	if _, own, _ := t.Dict.Get(FromObject(strDict)); !own {
		t.Dict.Set(FromObject(strDict), FromObject(newInstanceDictDescr(t)))
	}
}

// viaNamespace reports whether the protocols (len, iter, +, repr, ...)
// find v's special methods by name on its MRO: for classes and native
// types; the core built-in types are dispatched by Go type switches.
func (t *Type) viaNamespace() bool { return t.Heap || t.Native }

// WrapBuiltin returns a built-in payload as an instance of t: the payload
// itself when t is the built-in type, an *Instance holding it when t is a
// class derived from it.
func WrapBuiltin(t *Type, v Value) Value { return wrapBuiltin(t, v) }

// SetNew installs tp_new (and tp_init, when init is not nil) on a native
// type, with the __new__ and __init__ entries in its namespace that
// classes deriving from it reach through their MRO.
func (t *Type) SetNew(newFn func(t *Type, args []Value, kwnames []string) (Value, error), init func(self Value, args []Value, kwnames []string) error) {
	t.New = newFn
	addNewSlot(t)
	if init != nil {
		t.Init = init
		addInitSlot(t)
	}
}

// AddMember gives the instances of native type t one more value slot,
// read and written through a member descriptor called name (a T_OBJECT
// PyMemberDef, such as defaultdict.default_factory), and returns the
// slot's index. Instances of such a type are *Instance values even for t
// itself: its New makes NewBuiltinInstance(cls, payload), whose slots
// are cls.NumSlots(), and classes deriving from it put their own
// __slots__ after these. The type's layout is then its own (CPython's
// extra ivars), so it becomes its own solid base.
func (t *Type) AddMember(name string) int {
	i := t.nslots
	t.nslots++
	t.solid = t
	t.SetAttrString(name, FromObject(&MemberDescr{Name: name, Owner: t, Index: i}))
	return i
}

// NumSlots returns how many slot values instances of t carry: the members
// of native bases and the __slots__ of classes.
func (t *Type) NumSlots() int { return t.nslots }

// addSub records the new direct subclass s. The subclasses that have been
// collected are dropped when the list is full (so at amortized constant
// cost: object has every class as a subclass).
func (t *Type) addSub(s *Type) {
	if len(t.subs) == cap(t.subs) {
		t.subs = slices.DeleteFunc(t.subs, func(w weak.Pointer[Type]) bool { return w.Value() == nil })
	}
	t.subs = append(t.subs, weak.Make(s))
	if s.owner == nil {
		s.owner = owner
	}
}

// SubclassesSeen returns the live direct subclasses of t that the running
// interpreter may see (__subclasses__): the shared types and its own
// classes, never another interpreter's.
func (t *Type) SubclassesSeen() []*Type {
	subs := t.Subclasses()
	return slices.DeleteFunc(subs, func(s *Type) bool { return s.owner != nil && s.owner != owner })
}

// Subclasses returns the live direct subclasses of t, in creation order.
func (t *Type) Subclasses() []*Type {
	out := make([]*Type, 0, len(t.subs))
	for _, w := range t.subs {
		if s := w.Value(); s != nil {
			out = append(out, s)
		}
	}
	return out
}
