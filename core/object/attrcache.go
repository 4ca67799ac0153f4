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

// AttrCache is one attribute instruction's cache entry.
type AttrCache struct {
	typ *Type
	sum uint64
	// mro is the class's MRO when the entry was filled: assigning
	// __bases__ installs a new one, and a reordered MRO keeps the sum.
	mro0 **Type
	kind uint8
	// backoff counts the misses since the last hit: a site that sees
	// several classes keeps the one it has until 8 misses in a row, rather
	// than refilling (and missing) on every access.
	backoff uint8
	mro     int32 // cacheMethod, cacheClassAttr: where the value is, as in attrCacheEntry
	idx     int32
	builtin Value // cacheBuiltinMethod: the method descriptor
	// Hits and Misses count the accesses that took the cached path and
	// those that did not (including the first).
	Hits, Misses uint32
}

const (
	cacheNone     = iota
	cacheDictAttr // LOAD_ATTR: the instance __dict__; no class on the MRO defines the name
	cacheMethod   // LOAD_METHOD: a method descriptor on the class, not shadowed by the instance __dict__
	cacheDictSet  // STORE_ATTR: into the instance __dict__; no class on the MRO defines the name
	// LOAD_ATTR: a plain class attribute (no __get__), not shadowed by the
	// instance __dict__
	cacheClassAttr
	// LOAD_METHOD on a built-in type (its namespace never changes):
	// the method descriptor itself
	cacheBuiltinMethod
)

// refill reports whether a missed entry may be refilled now.
func (c *AttrCache) refill() bool {
	if c.kind == cacheNone || c.backoff >= 8 {
		c.backoff = 0
		return true
	}
	c.backoff++
	return false
}

// set fills the entry, keeping its statistics.
func (c *AttrCache) set(e AttrCache) {
	e.Hits, e.Misses = c.Hits, c.Misses
	if e.typ != nil {
		e.mro0 = unsafe.SliceData(e.typ.MRO)
	}
	*c = e
}

// Kind names what the entry caches, for `pyvar dis --opcache`.
func (c *AttrCache) Kind() string {
	switch c.kind {
	case cacheDictAttr:
		return "instance dict"
	case cacheMethod:
		return "method"
	case cacheDictSet:
		return "instance dict store"
	case cacheClassAttr:
		return "class attribute"
	case cacheBuiltinMethod:
		return "built-in method"
	}
	return "empty"
}

// Type is the class the entry was filled for (nil when empty).
func (c *AttrCache) Type() *Type { return c.typ }

// cachedInstance returns v's instance when the entry of the given kind is
// valid for it.
func (c *AttrCache) cachedInstance(v Value, kind uint8) *Instance {
	if o, ok := v.o.(*Instance); ok && c.kind == kind && c.typ == o.Class && unsafe.SliceData(o.Class.MRO) == c.mro0 && o.Class.mroVersion() == c.sum {
		return o
	}
	return nil
}

// genericClass returns v's class and its class attribute cache when v is
// an instance whose class reads (or, for set, writes) attributes with
// object's own __getattribute__ (__setattr__), so the entry may be filled.
func genericClass(v Value, set bool) (*Type, *attrCache) {
	o, ok := v.o.(*Instance)
	if !ok || !o.Class.Heap || !o.Class.hasDict || o.Class.GetAttro != nil || o.Class.SetAttro != nil {
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

// GetAttrCached is GetAttr(v, name) through the site's cache c.
func GetAttrCached(v Value, name *Str, c *AttrCache) (Value, error) {
	if o, ok := v.o.(*Instance); ok && c.typ == o.Class && unsafe.SliceData(o.Class.MRO) == c.mro0 && o.Class.mroVersion() == c.sum {
		switch c.kind {
		case cacheDictAttr:
			if o.Dict != nil {
				if r, found, err := o.Dict.Get(FromObject(name)); found || err != nil {
					c.Hits++
					c.backoff = 0
					return r, err
				}
			}
		case cacheClassAttr:
			found := false
			if o.Dict != nil {
				var err error
				if _, found, err = o.Dict.Get(FromObject(name)); err != nil {
					return Null, err
				}
			}
			// Read afresh: C.x = other keeps the keys, and may bind a descriptor.
			if d := o.Class.MRO[c.mro].Dict.ValueAt(int(c.idx)); !found && isPlainClassAttr(d) {
				c.Hits++
				c.backoff = 0
				return d, nil
			}
		}
	}
	c.Misses++
	r, err := GetAttr(v, name)
	if err == nil && c.refill() {
		if t, ac := genericClass(v, false); t != nil {
			if e := t.cachedEntry(ac, name); e != nil && e.mro < 0 {
				c.set(AttrCache{typ: t, sum: ac.sum, kind: cacheDictAttr})
			} else if e != nil && isPlainClassAttr(t.MRO[e.mro].Dict.ValueAt(int(e.idx))) {
				c.set(AttrCache{typ: t, sum: ac.sum, kind: cacheClassAttr, mro: e.mro, idx: e.idx})
			}
		}
	}
	return r, err
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
	switch c.kind {
	case cacheBuiltinMethod:
		if TypeOf(v) == c.typ && (v.k != KindObject || instanceDict(v) == nil) {
			c.Hits++
			c.backoff = 0
			return c.builtin, true, nil
		}
	case cacheMethod:
		if o, ok := v.o.(*Instance); ok && c.typ == o.Class && unsafe.SliceData(o.Class.MRO) == c.mro0 && o.Class.mroVersion() == c.sum {
			shadowed := false
			if o.Dict != nil {
				var err error
				if _, shadowed, err = o.Dict.Get(FromObject(name)); err != nil {
					return Null, false, err
				}
			}
			// The entry's value is read afresh: C.m = other keeps the keys.
			if m := o.Class.MRO[c.mro].Dict.ValueAt(int(c.idx)); !shadowed && isMethodDescriptor(m) {
				c.Hits++
				c.backoff = 0
				return m, true, nil
			}
		}
	}
	c.Misses++
	r, unbound, err := LookupMethod(v, name)
	if err == nil && unbound && c.refill() {
		if t := TypeOf(v); !t.Heap && t.GetAttro == nil && !isType(v) && (v.k != KindObject || instanceDict(v) == nil) {
			// Built-in types' namespaces never change: the method itself
			// is the entry (unless an instance __dict__ could shadow it,
			// as a function's or a module's).
			if isMethodDescriptor(r) {
				c.set(AttrCache{typ: t, kind: cacheBuiltinMethod, builtin: r})
			}
		} else if t, ac := genericClass(v, false); t != nil {
			if e := t.cachedEntry(ac, name); e != nil && e.mro >= 0 {
				if isMethodDescriptor(t.MRO[e.mro].Dict.ValueAt(int(e.idx))) {
					c.set(AttrCache{typ: t, sum: ac.sum, kind: cacheMethod, mro: e.mro, idx: e.idx})
				}
			}
		}
	}
	return r, unbound, err
}

// SetAttrCached is SetAttr(v, name, val) through the site's cache c.
func SetAttrCached(v Value, name *Str, val Value, c *AttrCache) error {
	if o := c.cachedInstance(v, cacheDictSet); o != nil {
		if o.Dict == nil {
			o.Dict = NewDict(0)
		}
		c.Hits++
		c.backoff = 0
		return o.Dict.Set(FromObject(name), val)
	}
	c.Misses++
	err := SetAttr(v, name, val)
	if err == nil && c.refill() {
		if t, ac := genericClass(v, true); t != nil && t.lookupCached(ac, name).IsNull() {
			c.set(AttrCache{typ: t, sum: ac.sum, kind: cacheDictSet})
		}
	}
	return err
}

func isMethodDescriptor(v Value) bool {
	_, ok := v.o.(MethodDescriptor)
	return ok
}
