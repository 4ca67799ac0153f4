package object

import "unsafe"

// Inline caches for LOAD_ATTR, STORE_ATTR and LOAD_METHOD on instances of
// classes, in the spirit of CPython 3.11's specialised attribute
// instructions. A site remembers the class it last saw and what the
// generic lookup found there; the next access on an instance of the same
// class takes the remembered path after one check: the class is the same
// object and the sum of the KeysVersions along its MRO (the class
// attribute cache's validity test, see attrCache) is unchanged. Adding,
// deleting or moving any name on any class of the MRO (a descriptor
// defined later, __getattribute__ or __setattr__ assigned, a base's
// namespace changed) changes the sum; __class__ assignment changes the
// class; the instance's __dict__ is read afresh every time, so replacing it
// is seen too. Whatever the cache does not cover goes the generic way and
// counts as a miss.

// AttrCache is one attribute instruction's cache: up to attrWays classes,
// the first inline and the others allocated when a site sees a second
// class (a scheduler's run() site sees four Task classes).
type AttrCache struct {
	w0   attrWay
	more *[attrWays - 1]attrWay
	// backoff counts the misses since the last hit: a site that sees more
	// classes than it has ways keeps the ones it has until 8 misses in a
	// row, rather than refilling (and missing) on every access.
	backoff uint8
	next    uint8 // the way of more that a full site replaces next
	// Hits and Misses count the accesses that took the cached path and
	// those that did not (including the first).
	Hits, Misses uint32
}

// attrWays is how many classes one site remembers.
const attrWays = 4

// attrWay is what one class's access found.
type attrWay struct {
	typ *Type
	sum uint64
	// epoch is classEpoch when sum was last found valid (the sum is only
	// recomputed when the epoch moved).
	epoch uint64
	// mro is the class's MRO when the entry was filled: assigning
	// __bases__ installs a new one, and a reordered MRO keeps the sum.
	mro0 **Type
	// keys and idx: where an instance of the class kept the attribute in
	// its values (cacheDictAttr, cacheDictSet), a hint checked on every
	// use; for cacheMethod and cacheClassAttr, keys whose first klen
	// names do not include the attribute, so an instance with those keys
	// cannot shadow the class's; for a __slots__ member's cacheDataDescr
	// and cacheDataDescrSet ways (builtin is the member), klen is the
	// member's slot.
	keys *instKeys
	klen int32
	kind uint8
	// noGetattr: the class had no __getattr__ when a cacheDataDescr way
	// was filled (an AttributeError from the getter then needs no
	// fallback); the sum keeps it true.
	noGetattr bool
	mro       int32 // cacheMethod, cacheClassAttr: where the value is, as in attrCacheEntry
	idx       int32
	builtin   Value // cacheBuiltinMethod: the method descriptor; cacheMethod: the method
	// cacheModuleAttr: the module's namespace (sum is its KeysVersion);
	// cacheMethod: the namespace holding the method
	mdict *Dict
}

const (
	cacheNone     = iota
	cacheDictAttr // LOAD_ATTR: the instance's own attribute; no class on the MRO defines the name
	cacheMethod   // LOAD_METHOD: a method descriptor on the class, not shadowed by the instance
	cacheDictSet  // STORE_ATTR: into the instance; no class on the MRO defines the name
	// LOAD_ATTR: a plain class attribute (no __get__), not shadowed by the
	// instance
	cacheClassAttr
	// LOAD_METHOD on a built-in type (its namespace never changes):
	// the method descriptor itself
	cacheBuiltinMethod
	// LOAD_ATTR: a data descriptor of Go's (property, __slots__ member,
	// getset) on the class, which takes precedence over the instance
	cacheDataDescr
	// LOAD_ATTR, and LOAD_METHOD of what does not bind as a method: a
	// non-data descriptor of Go's on the class (a function read as a bound
	// method, classmethod, staticmethod), not shadowed by the instance
	cacheClassDescr
	// STORE_ATTR: a data descriptor of Go's on the class (property setter,
	// __slots__ member)
	cacheDataDescrSet
	// LOAD_ATTR and LOAD_METHOD on a class itself (C.x, C.method) whose
	// metaclass is type and where type defines no such name: the class
	// attribute, through its __get__ with no instance as type.__getattribute__
	// does
	cacheTypeAttr
	// LOAD_ATTR and LOAD_METHOD on a module (math.sqrt): the entry of
	// the module's namespace (first way only), valid while its keys
	// version stands, as the LOAD_GLOBAL cache's keys strategy
	cacheModuleAttr
)

// way returns the way filled for instance o's class, if it is still
// valid, or nil.
func (c *AttrCache) way(o *Instance) *attrWay {
	if w := c.way0(o.Class); w != nil {
		return w
	}
	return c.wayFor(o.Class)
}

// way0 is wayFor's common hit, small enough to be inlined: the first way,
// still valid under the same epoch. A new MRO (assigned __bases__) moves
// the epoch too, so wayFor's check of the MRO's identity is not needed
// here. nil means: ask wayFor.
func (c *AttrCache) way0(t *Type) *attrWay {
	if w := &c.w0; w.typ == t && classEpoch.Load() == w.epoch {
		return w
	}
	return nil
}

func (c *AttrCache) wayFor(t *Type) *attrWay {
	w := &c.w0
	if w.typ != t {
		w = nil
		if c.more != nil {
			for i := range c.more {
				if c.more[i].typ == t {
					w = &c.more[i]
					break
				}
			}
		}
		if w == nil {
			return nil
		}
	}
	if unsafe.SliceData(t.MRO) != w.mro0 {
		return nil
	}
	if e := classEpoch.Load(); e != w.epoch {
		if t.mroVersion() != w.sum {
			return nil
		}
		w.epoch = e
	}
	return w
}

// hit counts a cached access.
func (c *AttrCache) hit() {
	c.Hits++
	c.backoff = 0
}

// set fills a way for e.typ: the one it had, else an empty one, else (after
// the backoff) the next in turn.
func (c *AttrCache) set(e attrWay) {
	e.mro0 = unsafe.SliceData(e.typ.MRO)
	if c.w0.typ == nil || c.w0.typ == e.typ {
		c.w0 = e
		return
	}
	if c.more == nil {
		c.more = new([attrWays - 1]attrWay)
	}
	for i := range c.more {
		if w := &c.more[i]; w.typ == nil || w.typ == e.typ {
			*w = e
			return
		}
	}
	if c.backoff < 8 {
		return
	}
	c.backoff = 0
	c.more[c.next] = e
	c.next = (c.next + 1) % uint8(len(c.more))
}

// miss counts an access that took the generic path.
func (c *AttrCache) miss() {
	c.Misses++
	if c.backoff < 255 {
		c.backoff++
	}
}

// Kind names what the first way caches, for `pyvar dis --opcache`.
func (c *AttrCache) Kind() string { return c.w0.kindName() }

func (w *attrWay) kindName() string {
	switch w.kind {
	case cacheDictAttr:
		return "instance attribute"
	case cacheMethod:
		return "method"
	case cacheDictSet:
		return "instance attribute store"
	case cacheClassAttr:
		return "class attribute"
	case cacheBuiltinMethod:
		return "built-in method"
	case cacheDataDescr:
		return "data descriptor"
	case cacheClassDescr:
		return "class descriptor"
	case cacheDataDescrSet:
		return "data descriptor store"
	case cacheTypeAttr:
		return "class's own attribute"
	case cacheModuleAttr:
		return "module attribute"
	}
	return "empty"
}

// Type is the class the first way was filled for (nil when empty).
func (c *AttrCache) Type() *Type { return c.w0.typ }

// Ways describes each filled way ("method of Task"), for
// `pyvar dis --opcache`.
func (c *AttrCache) Ways() []string {
	var out []string
	add := func(w *attrWay) {
		if w.typ != nil {
			out = append(out, w.kindName()+" of "+w.typ.Name)
		}
	}
	add(&c.w0)
	if c.more != nil {
		for i := range c.more {
			add(&c.more[i])
		}
	}
	return out
}

// genericClass returns v's class and its class attribute cache when v is
// an instance whose class reads (or, for set, writes) attributes with
// object's own __getattribute__ (__setattr__), so the entry may be filled.
func genericClass(v Value, set bool) (*Type, *attrCache) {
	o, ok := v.o.(*Instance)
	if !ok || !o.Class.Heap || o.Class.GetAttro != nil || o.Class.SetAttro != nil {
		return nil, nil
	}
	t := o.Class
	c := t.validCache()
	var m Value
	if set {
		m = t.lookupSetattr(c, strSetattr)
	} else {
		m = t.lookupGetattribute(c)
	}
	if md, ok := m.o.(*MethodDescr); !ok || md.Owner != ObjectType {
		return nil, nil
	}
	return t, c
}

// shadowed reports whether instance o has its own attribute name, which
// hides the class's; w may know that o's keys cannot hold it. Keys that
// grew since w was filled (an instance of the class set an attribute no
// instance had before: a Board's reset() after its __init__) are checked
// once and w takes them, so that the hits (InstanceMethodHit,
// ClassAttrHit) apply again; without that every later access took this
// path and searched the keys.
func (w *attrWay) shadowed(o *Instance, name *Str) (bool, error) {
	if o.dict == nil {
		k := o.keys
		if k == nil || k == w.keys && len(k.names) == int(w.klen) {
			return false, nil
		}
		j := k.find(name)
		if j < 0 {
			w.keys, w.klen = k, int32(len(k.names))
			return false, nil
		}
		return j < len(o.values) && !o.values[j].IsNull(), nil
	}
	_, found, err := o.lookupAttr(name)
	return found, err
}

// noShadow fills w's keys and klen when o's keys do not hold name.
func (w *attrWay) noShadow(o *Instance, name *Str) {
	if o.dict == nil && o.keys != nil && o.keys.find(name) < 0 {
		w.keys, w.klen = o.keys, int32(len(o.keys.names))
	}
}

// typeClassMethod is LOAD_METHOD of a classmethod on the class itself
// (C.cm(x), cls.cm(x)) through a cacheTypeAttr way of c valid for t: the
// classmethod binds its function to the class, which is the receiver, so
// the function is returned as a method of the receiver (LOAD_METHOD's
// unbound form): no bound method is made, and CALL_METHOD runs a Python
// function in its own eval loop. Only for functions that bind as methods
// (not a method descriptor of a built-in type, whose __get__ checks the
// class); ok is false otherwise.
func (c *AttrCache) typeClassMethod(t *Type) (Value, bool) {
	if t.Meta != nil && t.Meta != TypeType {
		return Null, false
	}
	w := c.wayFor(t)
	if w == nil || w.kind != cacheTypeAttr {
		return Null, false
	}
	cm, ok := t.MRO[w.mro].Dict.ValueAt(int(w.idx)).o.(*ClassMethod)
	if !ok {
		return Null, false
	}
	if _, isMD := cm.Func.o.(*MethodDescr); isMD || !isMethodDescriptor(cm.Func) {
		return Null, false
	}
	c.hit()
	return cm.Func, true
}

// typeAttrCached reads C.name through a cacheTypeAttr way of c, if one is
// valid for the class t; ok is false when the generic path must run.
func (c *AttrCache) typeAttrCached(t *Type, name *Str) (r Value, ok bool, err error) {
	if t.Meta != nil && t.Meta != TypeType {
		return Null, false, nil
	}
	w := c.wayFor(t)
	if w == nil || w.kind != cacheTypeAttr {
		return Null, false, nil
	}
	c.hit()
	r, _, err = descrGet(t.MRO[w.mro].Dict.ValueAt(int(w.idx)), Null, t)
	if err != nil {
		if e, ok := err.(*BaseException); ok && e.Class == AttributeError && (e.Ext == nil || e.Ext.Name.IsNone() || e.Ext.Name.IsNull()) {
			e.SetAttributeContext(FromObject(name), FromObject(t))
		}
	}
	return r, true, err
}

// fillTypeAttr fills a cacheTypeAttr way after a generic read of C.name
// succeeded, when type.__getattribute__ would find it on the class.
func (c *AttrCache) fillTypeAttr(t *Type, name *Str) {
	if !t.Heap || t.Meta != nil && t.Meta != TypeType || !TypeType.Lookup(name).IsNull() {
		return
	}
	ac := t.validCache()
	if e := t.cachedEntry(ac, name); e != nil && e.mro >= 0 {
		w := attrWay{typ: t, sum: ac.sum, epoch: ac.epoch, kind: cacheTypeAttr, mro: e.mro, idx: e.idx,
			mdict: t.MRO[e.mro].Dict}
		if d := w.mdict.ValueAt(int(e.idx)); isPlainClassAttr(d) {
			// ClassAttrHit's witness: a value of this Go type (or a
			// scalar) is returned as it is.
			w.builtin = d
		}
		c.set(w)
	}
}

// moduleAttrCached reads m.name through the first way of c.
func (c *AttrCache) moduleAttrCached(m *Module) (Value, bool) {
	if w := &c.w0; w.kind == cacheModuleAttr && w.mdict == m.Dict && m.Dict.KeysVersion() == w.sum {
		c.hit()
		return m.Dict.ValueAt(int(w.idx)), true
	}
	return Null, false
}

// fillModuleAttr fills the first way after a read of m.name that found it
// in the module's namespace (moduleGetAttr looks there first).
func (c *AttrCache) fillModuleAttr(m *Module, name *Str) {
	if m.Dict == nil {
		return
	}
	if idx, err := m.Dict.Lookup(FromObject(name)); err == nil && idx >= 0 {
		c.w0 = attrWay{typ: ModuleType, kind: cacheModuleAttr, mdict: m.Dict, sum: m.Dict.KeysVersion(), idx: int32(idx)}
	}
}

// wayOf returns the way filled for class t, without checking that it is
// still valid (way0 and wayFor do).
func (c *AttrCache) wayOf(t *Type) *attrWay {
	if c.w0.typ == t {
		return &c.w0
	}
	if m := c.more; m != nil {
		for i := range m {
			if m[i].typ == t {
				return &m[i]
			}
		}
	}
	return nil
}

// The three hits below are the attribute instructions' common cases:
// leaf functions without a frame, so that the eval loop
// pays a plain call for them (it is too large for Go to inline anything
// but trivial functions into it) and calls the full path (GetAttrCached,
// LookupMethodCached, SetAttrCached) only when they answer false. Each
// counts its hit as the full path would.

// InstanceAttrHit is LOAD_ATTR of an attribute instance v keeps in its
// values, as a way of the site found it (CPython 3.11's
// LOAD_ATTR_INSTANCE_VALUE); ok is false when the full path must run.
func (c *AttrCache) InstanceAttrHit(v Value) (r Value, ok bool) {
	o, isInst := v.o.(*Instance)
	if !isInst {
		return Value{}, false
	}
	w := c.wayOf(o.Class)
	if w == nil || w.kind != cacheDictAttr || o.keys != w.keys || classEpoch.Load() != w.epoch {
		return Value{}, false
	}
	if j := uint(w.idx); j < uint(len(o.values)) {
		r = o.values[j]
	}
	if r.IsNull() {
		return Value{}, false
	}
	c.Hits++
	c.backoff = 0
	return r, true
}

// ClassAttrHit is LOAD_ATTR of a class attribute (self.kind) that instance
// v cannot shadow (no __dict__, keys without the name: shadowed's test),
// read afresh from the class's namespace, as a way of the site found it;
// ok is false when the full path must run. The value was plain when the
// way was filled (isPlainClassAttr): a value of the same Go type still is,
// and scalars always are (tested without a call, so that this stays a
// leaf function, tried after InstanceAttrHit).
func (c *AttrCache) ClassAttrHit(v Value) (r Value, ok bool) {
	o, isInst := v.o.(*Instance)
	if !isInst {
		// C.X, cls.X: a plain attribute of a class whose metaclass is
		// type, through the site's first way (typeAttrCached's hit
		// without its descriptor call). An epoch that moved leaves the
		// check of the MRO's keys to the full path.
		t, isType := v.o.(*Type)
		if !isType {
			return Value{}, false
		}
		w := &c.w0
		if w.typ != t || w.kind != cacheTypeAttr || t.Meta != nil && t.Meta != TypeType ||
			unsafe.SliceData(t.MRO) != w.mro0 || classEpoch.Load() != w.epoch {
			return Value{}, false
		}
		p := w.mdict.ValueRef(int(w.idx))
		if p == nil || p.IsNull() || p.IsObject() && !sameType(&p.o, &w.builtin.o) {
			return Value{}, false
		}
		c.Hits++
		c.backoff = 0
		return *p, true
	}
	w := c.wayOf(o.Class)
	if w != nil && w.kind == cacheDataDescr {
		// A __slots__ member (self._exp on a slot class, CPython 3.11's
		// LOAD_ATTR_SLOT): the member found when the way was filled, read
		// afresh from the class's namespace, gives its slot. An empty slot
		// (the AttributeError) and anything else take the full path.
		if w.mdict == nil || classEpoch.Load() != w.epoch {
			return Value{}, false
		}
		p := w.mdict.ValueRef(int(w.idx))
		if p == nil || !sameObject(&p.o, &w.builtin.o) || o.ext == nil {
			return Value{}, false
		}
		if j := uint(w.klen); j < uint(len(o.ext.slots)) {
			r = o.ext.slots[j]
		}
		if r.IsNull() {
			return Value{}, false
		}
		c.Hits++
		c.backoff = 0
		return r, true
	}
	if w == nil || w.kind != cacheClassAttr || o.keys != w.keys || o.dict != nil || classEpoch.Load() != w.epoch ||
		w.keys != nil && len(w.keys.names) != int(w.klen) {
		return Value{}, false
	}
	p := w.mdict.ValueRef(int(w.idx))
	if p == nil || p.IsNull() || p.IsObject() && !sameType(&p.o, &w.builtin.o) {
		return Value{}, false
	}
	c.Hits++
	c.backoff = 0
	return *p, true
}

// InstanceMethodHit is LOAD_METHOD of a method of instance v's class that
// the instance does not shadow, as a way of the site found it; ok is false
// when the full path must run. The class's entry is read afresh (C.m =
// other keeps the keys) and must still be the method found. It also answers
// the built-in method way (an exact list, dict, str... whose type's method
// the site cached), which needs no instance at all.
func (c *AttrCache) InstanceMethodHit(v Value) (m Value, ok bool) {
	o, isInst := v.o.(*Instance)
	if !isInst {
		// A built-in type's method (l.append(x), d.get(k)): the
		// LookupMethodCached hit, without its call from the eval loop.
		if c.w0.kind == cacheBuiltinMethod && v.IsObject() {
			if _, isStr := v.o.(*Str); isStr && c.w0.typ == StrType || !isStr && c.w0.typ == v.o.Type() && noInstanceDict(v) {
				c.hit()
				return c.w0.builtin, true
			}
		}
		return Value{}, false
	}
	w := c.wayOf(o.Class)
	if w == nil || w.kind != cacheMethod || o.dict != nil || classEpoch.Load() != w.epoch {
		return Value{}, false
	}
	if k := o.keys; k != nil && (k != w.keys || len(k.names) != int(w.klen)) {
		return Value{}, false
	}
	p := w.mdict.ValueRef(int(w.idx))
	if p == nil || !sameObject(&p.o, &w.builtin.o) {
		return Value{}, false
	}
	c.Hits++
	c.backoff = 0
	return *p, true
}

// InstanceStoreHit is STORE_ATTR of an attribute instance v already has in
// its values, or of the next one in its keys' order when its values have
// room, as a way of the site found it (CPython 3.11's
// STORE_ATTR_INSTANCE_VALUE); false when the full path must run.
func (c *AttrCache) InstanceStoreHit(v, val Value) bool {
	o, isInst := v.o.(*Instance)
	if !isInst {
		return false
	}
	w := c.wayOf(o.Class)
	// Shared keys (o.keys == w.keys, not nil) mean no __dict__ yet.
	if w == nil || w.kind != cacheDictSet || o.keys != w.keys || classEpoch.Load() != w.epoch {
		return false
	}
	j := uint(w.idx)
	if j < uint(len(o.values)) {
		if o.values[j].IsNull() {
			return false
		}
		o.values[j] = val
	} else if j == uint(len(o.values)) && j < uint(cap(o.values)) {
		// A new attribute right after the instance's last one (an
		// __init__ setting its attributes in the class's order): the
		// insertion order holds, and newInstance left room for it.
		o.values = append(o.values, val)
	} else {
		return false
	}
	c.Hits++
	c.backoff = 0
	return true
}

// SlotStoreHit is STORE_ATTR of a __slots__ member (self._exp = x on a
// slot class, CPython 3.11's STORE_ATTR_SLOT), as a way of the site found
// it: the member, read afresh from the class's namespace, must be the one
// found then. False when the full path must run (tried after
// InstanceStoreHit, which plain instances take).
func (c *AttrCache) SlotStoreHit(v, val Value) bool {
	o, isInst := v.o.(*Instance)
	if !isInst {
		return false
	}
	w := c.wayOf(o.Class)
	if w == nil || w.kind != cacheDataDescrSet || w.mdict == nil || classEpoch.Load() != w.epoch || o.ext == nil {
		return false
	}
	p := w.mdict.ValueRef(int(w.idx))
	if p == nil || !sameObject(&p.o, &w.builtin.o) {
		return false
	}
	j := uint(w.klen)
	if j >= uint(len(o.ext.slots)) {
		return false
	}
	o.ext.slots[j] = val
	c.Hits++
	c.backoff = 0
	return true
}

// slotMember makes w, a data descriptor's way, also a __slots__ member's
// (ClassAttrHit, SlotStoreHit) when d is one: the member as the witness,
// the namespace holding it, and its slot's index in klen.
func (w *attrWay) slotMember(d Value, ns *Dict) {
	if m, ok := d.o.(*MemberDescr); ok && w.typ.IsSubtype(m.Owner) {
		w.builtin, w.mdict, w.klen = d, ns, int32(m.Index)
	}
}

func isDataDescr(d Value) bool {
	_, ok := d.o.(DataDescriptor)
	return ok
}

// sameType reports whether a and b hold values of the same Go type (their
// interface type words are equal), without a runtime call; false when a
// is nil.
func sameType(a, b *Object) bool {
	pa := (*[2]unsafe.Pointer)(unsafe.Pointer(a))
	pb := (*[2]unsafe.Pointer)(unsafe.Pointer(b))
	return pa[0] == pb[0] && pa[0] != nil
}

// sameObject reports whether a and b hold the same pointer of the same
// type (identity for the pointer-shaped objects a class namespace holds),
// without the runtime call of interface ==; false for anything else.
func sameObject(a, b *Object) bool {
	pa := (*[2]unsafe.Pointer)(unsafe.Pointer(a))
	pb := (*[2]unsafe.Pointer)(unsafe.Pointer(b))
	return pa[0] == pb[0] && pa[1] == pb[1] && pa[0] != nil
}

// GetAttrCached is GetAttr(v, name) through the site's cache c.
func GetAttrCached(v Value, name *Str, c *AttrCache) (Value, error) {
	if o, ok := v.o.(*Instance); ok {
		w := c.way0(o.Class)
		if w == nil {
			w = c.wayFor(o.Class)
		}
		if w != nil {
			switch w.kind {
			case cacheDictAttr:
				if o.keys == w.keys && uint(w.idx) < uint(len(o.values)) {
					if r := o.values[w.idx]; !r.IsNull() {
						c.hit()
						return r, nil
					}
				}
				if r, found, err := o.lookupAttr(name); found || err != nil {
					c.hit()
					return r, err
				}
			case cacheClassAttr:
				shadowed, err := w.shadowed(o, name)
				if err != nil {
					return Null, err
				}
				// Read afresh: C.x = other keeps the keys, and may bind a descriptor.
				if d := o.Class.MRO[w.mro].Dict.ValueAt(int(w.idx)); !shadowed && isPlainClassAttr(d) {
					c.hit()
					return d, nil
				}
			case cacheDataDescr:
				if dd, ok := o.Class.MRO[w.mro].Dict.ValueAt(int(w.idx)).o.(DataDescriptor); ok {
					c.hit()
					r, err := dd.DescrGet(v, o.Class)
					if err != nil {
						return getAttrFailed(v, o.Class, name, err)
					}
					return r, nil
				}
			case cacheClassDescr:
				shadowed, err := w.shadowed(o, name)
				if err != nil {
					return Null, err
				}
				if nd, ok := nonDataDescr(o.Class.MRO[w.mro].Dict.ValueAt(int(w.idx))); ok && !shadowed {
					c.hit()
					r, err := nd.DescrGet(v, o.Class)
					if err != nil {
						return getAttrFailed(v, o.Class, name, err)
					}
					return r, nil
				}
			}
		}
	} else {
		if m, ok := v.o.(*Module); ok {
			if r, ok := c.moduleAttrCached(m); ok {
				return r, nil
			}
			c.miss()
			r, err := GetAttr(v, name)
			if err == nil && c.refill() {
				c.fillModuleAttr(m, name)
			}
			return r, err
		}
		if t, ok := v.o.(*Type); ok {
			if r, ok, err := c.typeAttrCached(t, name); ok {
				return r, err
			}
			c.miss()
			r, err := GetAttr(v, name)
			if err == nil && c.refill() {
				c.fillTypeAttr(t, name)
			}
			return r, err
		}
	}
	c.miss()
	r, err := GetAttr(v, name)
	if err == nil && c.refill() {
		if t, ac := genericClass(v, false); t != nil {
			o := v.o.(*Instance)
			e := t.cachedEntry(ac, name)
			var d Value
			if e != nil && e.mro >= 0 {
				d = t.MRO[e.mro].Dict.ValueAt(int(e.idx))
			}
			_, isData := d.o.(DataDescriptor)
			switch {
			case e == nil:
			case e.mro < 0:
				w := attrWay{typ: t, sum: ac.sum, epoch: ac.epoch, kind: cacheDictAttr, idx: -1}
				if o.dict == nil && o.keys != nil {
					w.keys, w.idx = o.keys, int32(o.keys.find(name))
				}
				c.set(w)
			case isData:
				// e points into the class's lookup cache, where looking up
				// __getattr__ may overwrite it (Go need not read e's fields
				// before that call): copy them first.
				w := attrWay{typ: t, sum: ac.sum, epoch: ac.epoch, kind: cacheDataDescr, mro: e.mro, idx: e.idx}
				w.slotMember(d, t.MRO[e.mro].Dict)
				w.noGetattr = t.lookupCached(ac, strGetattr).IsNull()
				c.set(w)
			case isNonDataDescr(d):
				w := attrWay{typ: t, sum: ac.sum, epoch: ac.epoch, kind: cacheClassDescr, mro: e.mro, idx: e.idx}
				w.noShadow(o, name)
				c.set(w)
			case isPlainClassAttr(d):
				w := attrWay{typ: t, sum: ac.sum, epoch: ac.epoch, kind: cacheClassAttr, mro: e.mro, idx: e.idx,
					mdict: t.MRO[e.mro].Dict, builtin: d}
				w.noShadow(o, name)
				c.set(w)
			}
		}
	}
	return r, err
}

// refill reports whether a missed site may be refilled now: it has an
// empty way, or it has missed 8 times in a row.
func (c *AttrCache) refill() bool {
	if c.w0.typ == nil || c.backoff >= 8 {
		return true
	}
	if c.more == nil {
		return true
	}
	for i := range c.more {
		if c.more[i].typ == nil {
			return true
		}
	}
	return false
}

// nonDataDescr returns d as a Descriptor when it is one of Go's that is
// not a data descriptor (the instance __dict__ comes first).
func nonDataDescr(d Value) (Descriptor, bool) {
	nd, ok := d.o.(Descriptor)
	if !ok {
		return nil, false
	}
	if _, isData := d.o.(DataDescriptor); isData {
		return nil, false
	}
	return nd, true
}

func isMD(d Descriptor) bool {
	_, ok := d.(MethodDescriptor)
	return ok
}

func isNonDataDescr(d Value) bool {
	_, ok := nonDataDescr(d)
	return ok
}

// isPlainClassAttr reports whether a class attribute is returned as it is
// when read through an instance: no __get__. Instances of classes are
// left to the generic path, which asks their class.
func isPlainClassAttr(d Value) bool {
	switch d.o.(type) {
	case Descriptor, *Instance:
		return false
	}
	return true
}

// LookupMethodCached is LookupMethod(v, name) through the site's cache c.
func LookupMethodCached(v Value, name *Str, c *AttrCache) (Value, bool, error) {
	if c.w0.kind == cacheBuiltinMethod {
		// A built-in type's method (s.isdigit(), l.append(x)): the
		// cheapest hit, tested before the type assertions below.
		if v.IsObject() {
			if _, isStr := v.o.(*Str); c.w0.typ == v.o.Type() && (isStr || noInstanceDict(v)) {
				c.hit()
				return c.w0.builtin, true, nil
			}
		} else if c.w0.typ == TypeOf(v) {
			c.hit()
			return c.w0.builtin, true, nil
		}
	}
	if o, ok := v.o.(*Instance); ok {
		w := c.way0(o.Class)
		if w == nil {
			w = c.wayFor(o.Class)
		}
		if w != nil && w.kind == cacheMethod {
			shadowed, err := w.shadowed(o, name)
			if err != nil {
				return Null, false, err
			}
			// The entry's value is read afresh: C.m = other keeps the keys.
			if m := o.Class.MRO[w.mro].Dict.ValueAt(int(w.idx)); !shadowed && isMethodDescriptor(m) {
				c.hit()
				return m, true, nil
			}
		} else if w != nil && w.kind == cacheClassDescr {
			shadowed, err := w.shadowed(o, name)
			if err != nil {
				return Null, false, err
			}
			if nd, ok := nonDataDescr(o.Class.MRO[w.mro].Dict.ValueAt(int(w.idx))); ok && !shadowed && !isMD(nd) {
				c.hit()
				r, err := nd.DescrGet(v, o.Class)
				if err != nil {
					r, err = getAttrFailed(v, o.Class, name, err)
				}
				return r, false, err
			}
		}
	} else if m, ok := v.o.(*Module); ok {
		// A module's attributes never bind as methods of the module.
		if r, ok := c.moduleAttrCached(m); ok {
			return r, false, nil
		}
		c.miss()
		r, unbound, err := LookupMethod(v, name)
		if err == nil && !unbound && c.refill() {
			c.fillModuleAttr(m, name)
		}
		return r, unbound, err
	} else if t, ok := v.o.(*Type); ok {
		if f, ok := c.typeClassMethod(t); ok {
			return f, true, nil
		}
		// Other class attributes never bind as methods of the class.
		if r, ok, err := c.typeAttrCached(t, name); ok {
			return r, false, err
		}
		c.miss()
		r, unbound, err := LookupMethod(v, name)
		if err == nil && !unbound && c.refill() {
			c.fillTypeAttr(t, name)
		}
		return r, unbound, err
	}
	c.miss()
	r, unbound, err := LookupMethod(v, name)
	if err == nil && c.refill() {
		if t := TypeOf(v); !unbound {
			// Not a method: a classmethod or staticmethod, say, or an
			// instance attribute (which the hit path checks for anyway).
			if t, ac := genericClass(v, false); t != nil {
				if e := t.cachedEntry(ac, name); e != nil && e.mro >= 0 {
					if nd, ok := nonDataDescr(t.MRO[e.mro].Dict.ValueAt(int(e.idx))); ok && !isMD(nd) {
						w := attrWay{typ: t, sum: ac.sum, epoch: ac.epoch, kind: cacheClassDescr, mro: e.mro, idx: e.idx}
						w.noShadow(v.o.(*Instance), name)
						c.set(w)
					}
				}
			}
		} else if !t.Heap && t.GetAttro == nil && !isType(v) && (!v.IsObject() || instanceDict(v) == nil) {
			// Built-in types' namespaces never change: the method itself
			// is the entry (unless an instance __dict__ could shadow it,
			// as a function's or a module's). Only the first way: a site
			// rarely sees two built-in types.
			if isMethodDescriptor(r) {
				c.w0 = attrWay{typ: t, kind: cacheBuiltinMethod, builtin: r, mro0: unsafe.SliceData(t.MRO)}
			}
		} else if t, ac := genericClass(v, false); t != nil {
			if e := t.cachedEntry(ac, name); e != nil && e.mro >= 0 {
				if m := t.MRO[e.mro].Dict.ValueAt(int(e.idx)); isMethodDescriptor(m) {
					// builtin and mdict: the method and its namespace, for
					// InstanceMethodHit.
					w := attrWay{typ: t, sum: ac.sum, epoch: ac.epoch, kind: cacheMethod, mro: e.mro, idx: e.idx,
						builtin: m, mdict: t.MRO[e.mro].Dict}
					w.noShadow(v.o.(*Instance), name)
					c.set(w)
				}
			}
		}
	}
	return r, unbound, err
}

// SetAttrCached is SetAttr(v, name, val) through the site's cache c.
func SetAttrCached(v Value, name *Str, val Value, c *AttrCache) error {
	if o, ok := v.o.(*Instance); ok {
		w := c.way0(o.Class)
		if w == nil {
			w = c.wayFor(o.Class)
		}
		if w != nil && w.kind == cacheDictSet {
			c.hit()
			if o.keys == w.keys && o.dict == nil && w.idx >= 0 {
				if j := int(w.idx); j < len(o.values) && !o.values[j].IsNull() {
					o.values[j] = val
					return nil
				}
				if o.storeAt(int(w.idx), val) {
					return nil
				}
			}
			if o.dict != nil {
				return o.dict.Set(FromObject(name), val)
			}
			return o.storeAttr(name, val)
		} else if w != nil && w.kind == cacheDataDescrSet {
			if dd, ok := o.Class.MRO[w.mro].Dict.ValueAt(int(w.idx)).o.(DataDescriptor); ok {
				c.hit()
				return dd.DescrSet(v, val)
			}
		}
	}
	c.miss()
	err := SetAttr(v, name, val)
	if err == nil && c.refill() {
		if t, ac := genericClass(v, true); t != nil {
			if e := t.cachedEntry(ac, name); e != nil && e.mro < 0 {
				o := v.o.(*Instance)
				w := attrWay{typ: t, sum: ac.sum, epoch: ac.epoch, kind: cacheDictSet, idx: -1}
				if o.dict == nil && o.keys != nil {
					w.keys, w.idx = o.keys, int32(o.keys.find(name))
				}
				c.set(w)
			} else if e != nil {
				if d := t.MRO[e.mro].Dict.ValueAt(int(e.idx)); isDataDescr(d) {
					w := attrWay{typ: t, sum: ac.sum, epoch: ac.epoch, kind: cacheDataDescrSet, mro: e.mro, idx: e.idx}
					if m, ok := d.o.(*MemberDescr); !ok || !m.ReadOnly {
						w.slotMember(d, t.MRO[e.mro].Dict)
					}
					c.set(w)
				}
			}
		}
	}
	return err
}

// noInstanceDict reports whether v has no instance __dict__ that could
// shadow its type's methods; the common built-in payloads are answered
// without instanceDict's interface test.
func noInstanceDict(v Value) bool {
	switch v.o.(type) {
	case *Str, *List, *Tuple, *Dict, *Set, *Bytes, *ByteArray:
		return true
	}
	return instanceDict(v) == nil
}

func isMethodDescriptor(v Value) bool {
	_, ok := v.o.(MethodDescriptor)
	return ok
}

// PropertyGetter is LOAD_ATTR of a property (exactly property, not a
// subclass) on the class of instance v, through a way of c valid for
// it, when the class has no __getattr__ (which an AttributeError of the
// getter would call): the getter, which the eval loop runs in its own loop with v as its
// argument, as property.__get__ would call it (CPython 3.12's
// LOAD_ATTR_PROPERTY). Null when the full path must run; the caller
// counts the hit (CountHit) once it runs the getter.
func (c *AttrCache) PropertyGetter(v Value) Value {
	o, ok := v.o.(*Instance)
	if !ok {
		return Null
	}
	w := c.wayFor(o.Class)
	if w == nil || w.kind != cacheDataDescr || !w.noGetattr {
		return Null
	}
	p, ok := o.Class.MRO[w.mro].Dict.ValueAt(int(w.idx)).o.(*Property)
	if !ok || p.class != nil || !p.Fget.IsObject() {
		return Null
	}
	return p.Fget
}

// CountHit counts an access the caller served from a way of c
// (PropertyGetter's).
func (c *AttrCache) CountHit() { c.hit() }
