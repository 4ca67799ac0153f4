package native

import (
	"weak"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _abc: the C half of abc.ABCMeta. With it, abc.py's ABCMeta keeps each
// class's registry and its positive and negative subclass caches here, as
// sets of weak references to classes, instead of _py_abc's WeakSets: an
// isinstance() against an ABC is then one lookup in Go, and the frames of
// a check are abc's own, which typing's runtime protocols test for
// (_allow_reckless_class_checks looks for the 'abc' module two frames up).

func init() { register("_abc", newABC) }

// abcData is one ABC's _abc_impl (CPython's _abc_data).
type abcData struct {
	registry             weakTypeSet
	cache, negativeCache weakTypeSet
	negativeVersion      int64
}

var abcDataType = object.NewBaseType("_abc_data", nil)

// Type returns the _abc_data type.
func (d *abcData) Type() *object.Type { return abcDataType }

// weakTypeSet is a set of classes held weakly, in insertion order (the
// registry is searched in that order).
type weakTypeSet struct {
	order   []weak.Pointer[object.Type]
	index   map[weak.Pointer[object.Type]]struct{}
	pruneAt int // the length at which dead classes are next dropped
}

func (s *weakTypeSet) has(v object.Value) bool {
	t, ok := v.Object().(*object.Type)
	if !ok || len(s.index) == 0 {
		return false
	}
	_, found := s.index[weak.Make(t)]
	return found
}

// add inserts a class; anything else cannot be weakly referenced by class
// and is left out, as CPython's TypeError from the weakref is.
func (s *weakTypeSet) add(v object.Value) {
	t, ok := v.Object().(*object.Type)
	if !ok {
		return
	}
	w := weak.Make(t)
	if s.index == nil {
		s.index = map[weak.Pointer[object.Type]]struct{}{}
	}
	if _, found := s.index[w]; found {
		return
	}
	s.index[w] = struct{}{}
	s.order = append(s.order, w)
	if len(s.order) >= s.pruneAt {
		// Amortised: the next prune waits until the set has doubled.
		s.prune()
		s.pruneAt = max(64, 2*len(s.order))
	}
}

// live returns the classes still alive.
func (s *weakTypeSet) live() []*object.Type {
	var out []*object.Type
	for _, w := range s.order {
		if t := w.Value(); t != nil {
			out = append(out, t)
		}
	}
	return out
}

// prune forgets the classes that died.
func (s *weakTypeSet) prune() {
	kept := s.order[:0]
	for _, w := range s.order {
		if w.Value() != nil {
			kept = append(kept, w)
		} else {
			delete(s.index, w)
		}
	}
	clear(s.order[len(kept):])
	s.order = kept
}

func (s *weakTypeSet) clear() { s.order, s.index, s.pruneAt = nil, nil, 0 }

// abcState is the module's state: the invalidation counter that register()
// moves, which empties every negative cache at its next use.
type abcState struct {
	counter int64
	refType object.Value
}

func newABC(in *vm.Interp) (*object.Module, error) {
	m := newModule("_abc", "Module contains faster C implementation of abc.ABCMeta")
	st := &abcState{refType: object.FromObject(ReferenceType)}
	one := func(name string, fn func(self object.Value) (object.Value, error)) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.ExactlyOne(name, args, kw); err != nil {
				return object.Null, err
			}
			return fn(args[0])
		})
	}
	two := func(name string, fn func(self, arg object.Value) (object.Value, error)) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoKwargs(name, kw); err != nil {
				return object.Null, err
			}
			if len(args) != 2 {
				return object.Null, object.Errorf(object.TypeError, "%s expected 2 arguments, got %d", name, len(args))
			}
			return fn(args[0], args[1])
		})
	}
	defFunc(m, "get_cache_token", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("get_cache_token", args, kw); err != nil {
			return object.Null, err
		}
		return object.Int(st.counter), nil
	})
	one("_abc_init", st.init)
	one("_reset_registry", func(self object.Value) (object.Value, error) {
		d, err := st.impl(self)
		if err != nil {
			return object.Null, err
		}
		d.registry.clear()
		return object.None, nil
	})
	one("_reset_caches", func(self object.Value) (object.Value, error) {
		d, err := st.impl(self)
		if err != nil {
			return object.Null, err
		}
		d.cache.clear()
		d.negativeCache.clear()
		return object.None, nil
	})
	one("_get_dump", st.dump)
	two("_abc_register", st.register)
	two("_abc_instancecheck", st.instanceCheck)
	two("_abc_subclasscheck", st.subclassCheck)
	return m, nil
}

// impl returns cls._abc_impl.
func (st *abcState) impl(cls object.Value) (*abcData, error) {
	v, err := object.GetAttrString(cls, "_abc_impl")
	if err != nil {
		return nil, err
	}
	if data, ok := object.Unwrap(v).Object().(*abcData); ok {
		return data, nil
	}
	return nil, object.Errorf(object.TypeError, "_abc_impl is set to a wrong type")
}

// isAbstract is _PyObject_IsAbstract: getattr(v, "__isabstractmethod__", False).
func isAbstract(v object.Value) (bool, error) {
	r, err := object.GetAttrString(v, "__isabstractmethod__")
	if err != nil {
		if object.ExceptionMatches(err, object.AttributeError) {
			return false, nil
		}
		return false, err
	}
	return object.Truth(r)
}

// init is _abc_init: __abstractmethods__ (the namespace's abstract names
// and the bases' abstract names still abstract here) and a fresh _abc_impl.
func (st *abcState) init(cls object.Value) (object.Value, error) {
	abstracts, err := object.NewSet(true)
	if err != nil {
		return object.Null, err
	}
	set := abstracts.Object().(*object.Set)
	ns, err := object.GetAttrString(cls, "__dict__")
	if err != nil {
		return object.Null, err
	}
	items, _, err := object.CallMethod(ns, object.Intern("items"))
	if err != nil {
		return object.Null, err
	}
	pairs, err := object.ToSlice(items)
	if err != nil {
		return object.Null, err
	}
	for _, p := range pairs {
		kv, err := object.ToSlice(p)
		if err != nil {
			return object.Null, err
		}
		if len(kv) != 2 {
			return object.Null, object.Errorf(object.TypeError, "items() returned item which size is not 2")
		}
		abs, err := isAbstract(kv[1])
		if err != nil {
			return object.Null, err
		}
		if abs {
			if err := set.Add(kv[0]); err != nil {
				return object.Null, err
			}
		}
	}
	bases, err := object.GetAttrString(cls, "__bases__")
	if err != nil {
		return object.Null, err
	}
	bt, ok := bases.Object().(*object.Tuple)
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "__bases__ is not tuple")
	}
	for _, base := range bt.Items {
		inherited, err := object.GetAttrString(base, "__abstractmethods__")
		if err != nil {
			if object.ExceptionMatches(err, object.AttributeError) {
				continue
			}
			return object.Null, err
		}
		names, err := object.ToSlice(inherited)
		if err != nil {
			return object.Null, err
		}
		for _, name := range names {
			s, ok := object.Unwrap(name).Object().(*object.Str)
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "attribute name must be string, not '%s'", object.TypeOf(name).Name)
			}
			v, err := object.GetAttr(cls, s)
			if err != nil {
				if object.ExceptionMatches(err, object.AttributeError) {
					continue
				}
				return object.Null, err
			}
			abs, err := isAbstract(v)
			if err != nil {
				return object.Null, err
			}
			if abs {
				if err := set.Add(name); err != nil {
					return object.Null, err
				}
			}
		}
	}
	if err := object.SetAttr(cls, object.Intern("__abstractmethods__"), abstracts); err != nil {
		return object.Null, err
	}
	data := object.FromObject(&abcData{negativeVersion: st.counter})
	if err := object.SetAttr(cls, object.Intern("_abc_impl"), data); err != nil {
		return object.Null, err
	}
	// __abc_tpflags__ (collections.abc's Sequence and Mapping) becomes the
	// class's Py_TPFLAGS_SEQUENCE/MAPPING, which match statements test.
	t, ok := cls.Object().(*object.Type)
	if !ok {
		return object.None, nil
	}
	flags, ok := t.Dict.GetStr("__abc_tpflags__")
	if !ok {
		return object.None, nil
	}
	if flags.Kind() == object.KindInt {
		n, _ := flags.AsInt()
		if n&collectionFlags == collectionFlags {
			return object.Null, object.Errorf(object.TypeError, "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING")
		}
		t.MatchFlags = uint8(n & collectionFlags)
	}
	return object.None, object.DelAttr(cls, object.Intern("__abc_tpflags__"))
}

// collectionFlags are Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING.
const collectionFlags = object.MatchSequence | object.MatchMapping

// setCollectionFlag gives a class registered with a Sequence or Mapping ABC
// its flag, and its subclasses theirs, as CPython's
// set_collection_flag_recursive (built-in types keep their own).
func setCollectionFlag(t *object.Type, flag uint8) {
	if !t.Heap || t.MatchFlags == flag {
		return
	}
	t.MatchFlags = flag
	for _, sub := range t.Subclasses() {
		setCollectionFlag(sub, flag)
	}
}

// register is _abc_register.
func (st *abcState) register(cls, sub object.Value) (object.Value, error) {
	if _, ok := sub.Object().(*object.Type); !ok {
		return object.Null, object.Errorf(object.TypeError, "Can only register classes")
	}
	already, err := object.IsSubclass(sub, cls)
	if err != nil || already {
		return sub, err
	}
	// Cycles are tested after "already a subclass", so X.register(X) is
	// a no-op.
	cycle, err := object.IsSubclass(cls, sub)
	if err != nil {
		return object.Null, err
	}
	if cycle {
		return object.Null, object.Errorf(object.RuntimeError, "Refusing to create an inheritance cycle")
	}
	d, err := st.impl(cls)
	if err != nil {
		return object.Null, err
	}
	d.registry.add(sub)
	st.counter++ // invalidates every negative cache
	if self, ok := cls.Object().(*object.Type); ok {
		if flag := self.MatchFlags & collectionFlags; flag != 0 {
			setCollectionFlag(sub.Object().(*object.Type), flag)
		}
	}
	return sub, nil
}

// callAttr is _PyObject_CallMethodIdObjArgs: getattr(v, name)(args...),
// found on v itself (a classmethod on the ABC), not only on its type.
func callAttr(v object.Value, name string, args ...object.Value) (object.Value, error) {
	m, err := object.GetAttrString(v, name)
	if err != nil {
		return object.Null, err
	}
	return object.Call(m, args, nil)
}

// callSubclassCheck calls cls.__subclasscheck__(sub).
func callSubclassCheck(cls, sub object.Value) (object.Value, error) {
	return callAttr(cls, "__subclasscheck__", sub)
}

// instanceCheck is _abc_instancecheck.
func (st *abcState) instanceCheck(cls, instance object.Value) (object.Value, error) {
	d, err := st.impl(cls)
	if err != nil {
		return object.Null, err
	}
	sub, err := object.GetAttrString(instance, "__class__")
	if err != nil {
		return object.Null, err
	}
	if d.cache.has(sub) {
		return object.True, nil
	}
	subtype := object.FromObject(object.TypeOf(instance))
	if subtype.Is(sub) {
		if d.negativeVersion == st.counter && d.negativeCache.has(sub) {
			return object.False, nil
		}
		return callSubclassCheck(cls, sub)
	}
	r, err := callSubclassCheck(cls, sub)
	if err != nil {
		return object.Null, err
	}
	ok, err := object.Truth(r)
	if err != nil || ok {
		return r, err
	}
	return callSubclassCheck(cls, subtype)
}

// subclassCheck is _abc_subclasscheck.
func (st *abcState) subclassCheck(cls, sub object.Value) (object.Value, error) {
	subType, ok := sub.Object().(*object.Type)
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "issubclass() arg 1 must be a class")
	}
	d, err := st.impl(cls)
	if err != nil {
		return object.Null, err
	}
	// 1. The positive cache.
	if d.cache.has(sub) {
		return object.True, nil
	}
	// 2. The negative cache, emptied first if a register() happened since.
	if d.negativeVersion < st.counter {
		d.negativeCache.clear()
		d.negativeVersion = st.counter
	} else if d.negativeCache.has(sub) {
		return object.False, nil
	}
	// 3. The subclass hook.
	ok2, err := callAttr(cls, "__subclasshook__", sub)
	if err != nil {
		return object.Null, err
	}
	switch {
	case ok2.Is(object.True):
		d.cache.add(sub)
		return object.True, nil
	case ok2.Is(object.False):
		d.negativeCache.add(sub)
		return object.False, nil
	case !ok2.Is(object.NotImplemented):
		return object.Null, object.Errorf(object.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented")
	}
	// 4. A direct subclass.
	if self, isType := cls.Object().(*object.Type); isType {
		for _, t := range subType.MRO {
			if t == self {
				d.cache.add(sub)
				return object.True, nil
			}
		}
	}
	// 5. A subclass of a registered class.
	for _, reg := range d.registry.live() {
		is, err := object.IsSubclass(sub, object.FromObject(reg))
		if err != nil {
			return object.Null, err
		}
		if is {
			d.cache.add(sub)
			return object.True, nil
		}
	}
	// 6. A subclass of a subclass.
	subs, err := callAttr(cls, "__subclasses__")
	if err != nil {
		return object.Null, err
	}
	list, ok := subs.Object().(*object.List)
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "__subclasses__() must return a list")
	}
	for i := 0; i < len(list.Items); i++ {
		is, err := object.IsSubclass(sub, list.Items[i])
		if err != nil {
			return object.Null, err
		}
		if is {
			d.cache.add(sub)
			return object.True, nil
		}
	}
	d.negativeCache.add(sub)
	return object.False, nil
}

// dump is _get_dump: sets of weak references to the registry, the cache and
// the negative cache, and the negative cache's version.
func (st *abcState) dump(cls object.Value) (object.Value, error) {
	d, err := st.impl(cls)
	if err != nil {
		return object.Null, err
	}
	refs := func(s *weakTypeSet) (object.Value, error) {
		var items []object.Value
		for _, t := range s.live() {
			r, err := object.Call(st.refType, []object.Value{object.FromObject(t)}, nil)
			if err != nil {
				return object.Null, err
			}
			items = append(items, r)
		}
		return object.NewSet(false, items...)
	}
	out := make([]object.Value, 0, 4)
	for _, s := range []*weakTypeSet{&d.registry, &d.cache, &d.negativeCache} {
		v, err := refs(s)
		if err != nil {
			return object.Null, err
		}
		out = append(out, v)
	}
	out = append(out, object.Int(d.negativeVersion))
	return object.FromObject(object.NewTuple(out...)), nil
}
