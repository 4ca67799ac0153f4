package object

import (
	"strings"

	"github.com/pyvar/pyvar/dict"
)

// CopyDict returns a shallow copy (dict.copy()).
func (d *Dict) CopyDict() *Dict {
	return &Dict{Dict: *d.Dict.Copy()}
}

// GetStr looks up a str key given as a Go string.
func (d *Dict) GetStr(key string) (Value, bool) {
	v, ok, _ := d.Get(FromObject(Intern(key)))
	return v, ok
}

// SetStr binds a str key given as a Go string.
func (d *Dict) SetStr(key string, v Value) {
	d.Set(FromObject(Intern(key)), v)
}

// SetFrom is Set for a dict comprehension's MAP_ADD: src is the iterator
// its outer loop runs over. When the entry array is full and src tells
// how far along it is, the dict first makes room for the size that rate
// predicts (at most 16 times the entries so far, or 64), as a list
// comprehension's list does (AppendItemFrom).
func (d *Dict) SetFrom(k, v, src Value) error {
	if d.Full() {
		if n := d.EntriesLen(); n >= 4 {
			if e := predictedLen(n, src); e > n {
				d.Reserve(min(max(e, n+n/8+8), max(16*n, 64)))
			}
		}
	}
	return d.Set(k, v)
}

// StoreAt replaces the value of live entry i (a name slot's store) with
// SetAt's version rule, an identical value leaving the version alone, but
// compares the values as Is does: for ints, floats and the other scalars
// that is no runtime call, where Go's == on the Value struct compares its
// interface word through one.
func (d *Dict) StoreAt(i int, v Value) {
	if p := d.ValueRef(i); p == nil || !p.identical(&v) {
		d.SetAtChanged(i, v)
	}
}

// Update merges a mapping (anything with keys()) or an iterable of pairs,
// as dict.update(other) does.
func (d *Dict) Update(other Value) error {
	switch o := Unwrap(other).o.(type) {
	case *Dict:
		// dict_merge's fast path: a dict whose type keeps dict's __iter__
		// (a subclass may wrap the payload without setting class).
		if t := TypeOf(other); t == DictType || t.Lookup(strIter).Is(DictType.Lookup(strIter)) {
			return d.MergeDict(o, true)
		}
	}
	if ok, err := HasAttr(other, Intern("keys")); err != nil {
		return err
	} else if ok {
		keys, err := CallMethodByName(other, "keys")
		if err != nil {
			return err
		}
		return Iterate(keys, func(k Value) (bool, error) {
			v, err := GetItem(other, k)
			if err != nil {
				return false, err
			}
			return true, d.Set(k, v)
		})
	}
	if d.Len() == 0 {
		d.reserveFor(other)
	}
	// an exact zip of two or enumerate hands its pairs over unpacked,
	// without the tuple per pair it would make for Iterate
	switch o := other.o.(type) {
	case *Zip:
		if o.Width() == 2 {
			return d.updateUnpacked(o.NextUnpacked)
		}
	case *Enumerate:
		return d.updateUnpacked(o.NextUnpacked)
	}
	n := 0
	err := Iterate(other, func(item Value) (bool, error) {
		// a tuple's or list's own items, as PySequence_Fast gives them
		// (no copy per pair: both are read before Set runs any code)
		var pair []Value
		var err error
		switch o := item.o.(type) {
		case *Tuple:
			pair = o.Items
		case *List:
			pair = o.Items
		default:
			pair, err = ToSlice(item)
		}
		if err != nil {
			return false, Errorf(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", n)
		}
		if len(pair) != 2 {
			return false, Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", n, len(pair))
		}
		n++
		return true, d.Set(pair[0], pair[1])
	})
	if err != nil && n == 0 && ExceptionMatches(err, TypeError) {
		if _, e2 := GetIter(other); e2 != nil {
			return Errorf(TypeError, "'%s' object is not iterable", TypeOf(other).Name)
		}
	}
	return err
}

// updateUnpacked binds the pairs next leaves in UNPACK_SEQUENCE's order
// (the key in dst[1], the value in dst[0]) until it has no more.
func (d *Dict) updateUnpacked(next func(dst []Value) (bool, error)) error {
	var pair [2]Value
	for {
		more, err := next(pair[:])
		if err != nil || !more {
			return err
		}
		if err := d.Set(pair[1], pair[0]); err != nil {
			return err
		}
	}
}

// reserveFor makes room in an empty dict for the pairs of src when a
// built-in source tells how many it holds without running Python code (a
// list or tuple, zip, enumerate or a list's iterator: dict(zip(keys,
// values))): one allocation where growing key by key would take several.
// Duplicate keys only leave room unused; at most 64K entries are reserved.
func (d *Dict) reserveFor(src Value) {
	var n int
	switch o := src.Object().(type) {
	case *List:
		n = len(o.Items)
	case *Tuple:
		n = len(o.Items)
	default:
		_, n = progressOf(src, 0)
	}
	if n > smallDictMax {
		d.Reserve(min(n, 1<<16))
	}
}

// smallDictMax is the size up to which a dict has no index (dict.smallMax):
// growing that far by append is as cheap as reserving.
const smallDictMax = 8

// MergeDict is dict_merge with a dict source whose iteration is dict's
// own: src's entries with their stored hashes (see dict.Merge).
func (d *Dict) MergeDict(src *Dict, override bool) error {
	err := d.Merge(&src.Dict, override)
	if err == dict.ErrMutated {
		return Errorf(RuntimeError, "dict mutated during update")
	}
	return err
}

// CallMethodByName calls v.name(*args).
func CallMethodByName(v Value, name string, args ...Value) (Value, error) {
	fn, unbound, err := LookupMethod(v, Intern(name))
	if err != nil {
		return Null, err
	}
	if unbound {
		return Call(fn, append([]Value{v}, args...), nil)
	}
	return Call(fn, args, nil)
}

func dictRepr(d *Dict) (string, error) {
	if d.Len() == 0 {
		return "{}", nil
	}
	if !reprEnter(d) {
		return "{...}", nil
	}
	defer reprLeave()
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for i := 0; i < d.EntriesLen(); i++ {
		k, v, live := d.EntryAt(i)
		if !live {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		ks, err := Repr(k)
		if err != nil {
			return "", err
		}
		vs, err := Repr(v)
		if err != nil {
			return "", err
		}
		b.WriteString(ks)
		b.WriteString(": ")
		b.WriteString(vs)
	}
	b.WriteByte('}')
	return b.String(), nil
}

func dictEqual(a, b *Dict) (bool, error) {
	if a.Len() != b.Len() {
		return false, nil
	}
	for i := 0; i < a.EntriesLen(); i++ {
		k, v, live := a.EntryAt(i)
		if !live {
			continue
		}
		j, err := b.LookupHash(k, a.HashAt(i))
		if err != nil || j < 0 {
			return false, err
		}
		w := b.ValueAt(j)
		eq, err := Equal(v, w)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// dictIterKind selects what a dict iterator yields.
type dictIterKind uint8

const (
	dictKeys dictIterKind = iota
	dictValues
	dictItems
	setKeys
)

var (
	dictKeyIteratorType   = newBuiltinType("dict_keyiterator", ObjectType)
	dictValueIteratorType = newBuiltinType("dict_valueiterator", ObjectType)
	dictItemIteratorType  = newBuiltinType("dict_itemiterator", ObjectType)
	setIteratorType       = newBuiltinType("set_iterator", ObjectType)
	dictKeysType          = newBuiltinType("dict_keys", ObjectType)
	dictValuesType        = newBuiltinType("dict_values", ObjectType)
	dictItemsType         = newBuiltinType("dict_items", ObjectType)
)

type dictIterator struct {
	d    *Dict
	i    int
	n    int // the size when iteration started
	left int // items still expected (CPython's di->len)
	kv   uint64
	kind dictIterKind
}

func newDictIterator(d *Dict, kind dictIterKind) *dictIterator {
	return &dictIterator{d: d, n: d.Len(), left: d.Len(), kv: d.KeysVersion(), kind: kind}
}

const errKeysChanged = "dictionary keys changed during iteration"

// item is what an iterator of this kind yields for entry (k, v).
func (kind dictIterKind) item(k, v Value) Value {
	switch kind {
	case dictValues:
		return v
	case dictItems:
		return FromObject(Tuple2(k, v))
	}
	return k
}

// Type returns the Python type of dictIterator.
func (it *dictIterator) Type() *Type {
	return [...]*Type{dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType, setIteratorType}[it.kind]
}

// Next returns the next item; ok is false once exhausted.
func (it *dictIterator) Next() (Value, bool, error) {
	k, v, ok, err := it.nextEntry()
	if !ok || err != nil {
		return Null, ok, err
	}
	return it.kind.item(k, v), true, nil
}

// nextEntry returns the next live entry; ok is false once exhausted.
func (it *dictIterator) nextEntry() (k, v Value, ok bool, err error) {
	if it.d == nil {
		return Null, Null, false, nil
	}
	if it.d.Len() != it.n {
		it.n = -1
		return Null, Null, false, Errorf(RuntimeError, "dictionary changed size during iteration")
	}
	if it.d.KeysVersion() != it.kv {
		// Keys were deleted and added: CPython notices the extra entry
		// (entries may have moved here, so tell it now).
		it.d = nil
		return Null, Null, false, Errorf(RuntimeError, errKeysChanged)
	}
	for it.i < it.d.EntriesLen() {
		k, v, live := it.d.EntryAt(it.i)
		it.i++
		if !live {
			continue
		}
		if it.left == 0 {
			it.d = nil
			return Null, Null, false, Errorf(RuntimeError, errKeysChanged)
		}
		it.left--
		return k, v, true, nil
	}
	it.d = nil
	return Null, Null, false, nil
}

// NextItemUnpacked steps a dict.items() iterator whose pair the next
// instruction unpacks at once (`for k, v in d.items()`): dst[1] gets the
// key and dst[0] the value, as UNPACK_SEQUENCE 2 leaves them, and no
// tuple is made. handled is false for any other iterator or width.
func NextItemUnpacked(itv Value, dst []Value, n int) (handled, more bool, err error) {
	it, ok := itv.Object().(*dictIterator)
	if !ok || it.kind != dictItems || n != 2 {
		return false, false, nil
	}
	k, v, more, err := it.nextEntry()
	if more {
		dst[1], dst[0] = k, v
	}
	return true, more, err
}

// dictView is dict.keys(), dict.values() or dict.items().
type dictView struct {
	d    *Dict
	kind dictIterKind
}

// Type returns the Python type of dictView.
func (v *dictView) Type() *Type {
	return [...]*Type{dictKeysType, dictValuesType, dictItemsType}[v.kind]
}

func dictViewRepr(v *dictView) (string, error) {
	if !reprEnter(v) {
		return "...", nil
	}
	defer reprLeave()
	items, err := ToSlice(FromObject(v))
	if err != nil {
		return "", err
	}
	r, err := seqRepr(items, "([", "])")
	return v.Type().Name + r, err
}

func dictViewContains(v *dictView, item Value) (bool, error) {
	switch v.kind {
	case dictKeys:
		_, ok, err := v.d.Get(item)
		return ok, err
	case dictItems:
		t, ok := item.o.(*Tuple)
		if !ok || len(t.Items) != 2 {
			return false, nil
		}
		w, ok, err := v.d.Get(t.Items[0])
		if err != nil || !ok {
			return false, err
		}
		return Equal(w, t.Items[1])
	}
	for i := 0; i < v.d.EntriesLen(); i++ {
		_, w, live := v.d.EntryAt(i)
		if live {
			if eq, err := Equal(w, item); err != nil || eq {
				return eq, err
			}
		}
	}
	return false, nil
}

// isSetView reports whether v is a keys or items view (PyDictViewSet_Check).
func isSetView(v Value) (*dictView, bool) {
	dv, ok := v.o.(*dictView)
	return dv, ok && v.IsObject() && dv.kind != dictValues
}

// viewToSet is dictviews_to_set: a new set of a view's members (built
// from the dict itself for a keys view, which reuses its stored hashes)
// or of any iterable.
func viewToSet(v Value) (*Set, error) {
	if dv, ok := v.o.(*dictView); ok && dv.kind == dictKeys && dv.d.class == nil {
		v = FromObject(dv.d)
	}
	return setFrom(v, false)
}

// dictViewBinary is the number slots of keys and items views (dictviews_sub,
// _or, _xor and _PyDictView_Intersect): a and b in the order of the
// expression, one of them a set-like view.
func dictViewBinary(op BinOp, a, b Value) (Value, error) {
	switch op {
	case And:
		return dictViewIntersect(a, b)
	case Or, Sub, Xor:
	default:
		return NotImplemented, nil
	}
	r, err := viewToSet(a)
	if err != nil {
		return Null, err
	}
	switch op {
	case Or:
		err = r.update(b)
	case Sub:
		err = r.differenceUpdate(b)
	case Xor:
		err = r.symmetricDifferenceUpdate(b)
	}
	if err != nil {
		return Null, err
	}
	return FromObject(r), nil
}

// dictViewIntersect is _PyDictView_Intersect: the view is probed with
// the members of the other operand (the smaller of two views).
func dictViewIntersect(a, b Value) (Value, error) {
	self, other := a, b
	if _, ok := isSetView(self); !ok {
		self, other = other, self
	}
	sv, _ := isSetView(self)
	if s, ok := other.o.(*Set); ok && !s.frozen && sv.d.Len() <= s.used {
		r, err := s.intersection(self)
		return FromObject(r), err
	}
	if ov, ok := isSetView(other); ok && ov.d.Len() > sv.d.Len() {
		self, other, sv = other, self, ov
	}
	r := newSet(false)
	err := Iterate(other, func(x Value) (bool, error) {
		ok, err := dictViewContains(sv, x)
		if err == nil && ok {
			err = r.add(x)
		}
		return err == nil, err
	})
	if err != nil {
		return Null, err
	}
	return FromObject(r), nil
}

// dictViewIsDisjoint is dictviews_isdisjoint: iterate the shorter of two
// set-likes, probing the other.
func dictViewIsDisjoint(self, other Value) (bool, error) {
	sv := self.o.(*dictView)
	if self.o == other.o && self.Kind() == other.Kind() {
		return sv.d.Len() == 0, nil
	}
	_, isSet := Unwrap(other).o.(*Set)
	if _, isView := isSetView(other); isSet || isView {
		n, err := Len(other)
		if err != nil {
			return false, err
		}
		if n > sv.d.Len() {
			self, other = other, self
		}
	}
	disjoint := true
	err := Iterate(other, func(x Value) (bool, error) {
		in, err := Contains(self, x)
		if err != nil {
			return false, err
		}
		if in {
			disjoint = false
			return false, nil
		}
		return true, nil
	})
	return disjoint, err
}

// dictViewCompare is dictview_richcompare: a set-like view compares with
// a set or another set-like view by size and containment.
func dictViewCompare(x *dictView, b Value, op CompareOp) (Value, error) {
	if x.kind == dictValues {
		return NotImplemented, nil
	}
	_, isSet := Unwrap(b).o.(*Set)
	if _, isView := isSetView(b); !isSet && !isView {
		return NotImplemented, nil
	}
	lx := x.d.Len()
	ly, err := Len(b)
	if err != nil {
		return Null, err
	}
	a := FromObject(x)
	var r bool
	switch op {
	case CmpEq, CmpNe:
		r = lx == ly
		if r {
			r, err = allContainedIn(a, b)
		}
		if op == CmpNe {
			r = !r
		}
	case CmpLt:
		if lx < ly {
			r, err = allContainedIn(a, b)
		}
	case CmpLe:
		if lx <= ly {
			r, err = allContainedIn(a, b)
		}
	case CmpGt:
		if lx > ly {
			r, err = allContainedIn(b, a)
		}
	case CmpGe:
		if lx >= ly {
			r, err = allContainedIn(b, a)
		}
	}
	return Bool(r), err
}

// allContainedIn reports whether every member of a is in b.
func allContainedIn(a, b Value) (bool, error) {
	all := true
	err := Iterate(a, func(x Value) (bool, error) {
		in, err := Contains(b, x)
		if err != nil || !in {
			all = false
			return false, err
		}
		return true, nil
	})
	return all, err
}

// MappingProxy is types.MappingProxyType: the read-only view of a class
// namespace (C.__dict__) or of any mapping given to its constructor. d is
// the mapping when it is a plain dict (the fast paths), m the mapping
// itself in every case.
type MappingProxy struct {
	d *Dict
	m Value
}

// mapping returns the viewed mapping.
func (m *MappingProxy) mapping() Value {
	if m.d != nil {
		return FromObject(m.d)
	}
	return m.m
}

// Type returns MappingProxyType.
func (m *MappingProxy) Type() *Type { return MappingProxyType }

// NewMappingProxy returns a read-only view of d.
func NewMappingProxy(d *Dict) Value { return FromObject(&MappingProxy{d: d, m: FromObject(d)}) }

// mappingProxyNew is mappingproxy(mapping): any mapping but a list or a
// tuple.
func mappingProxyNew(t *Type, args []Value, kwnames []string) (Value, error) {
	out := make([]Value, 1)
	if err := ParseArgs("mappingproxy", args, kwnames, []string{"mapping"}, 1, 1, out); err != nil {
		return Null, err
	}
	m := out[0]
	mt := TypeOf(m)
	isMapping := !mt.IsSubtype(ListType) && !mt.IsSubtype(TupleType) && !mt.LookupString("__getitem__").IsNull()
	if !isMapping {
		return Null, Errorf(TypeError, "mappingproxy() argument must be a mapping, not %s", mt.Name)
	}
	if d, ok := m.o.(*Dict); ok && d.Type() == DictType {
		return NewMappingProxy(d), nil
	}
	return FromObject(&MappingProxy{m: m}), nil
}

var (
	dictRevKeyIteratorType   = newBuiltinType("dict_reversekeyiterator", ObjectType)
	dictRevValueIteratorType = newBuiltinType("dict_reversevalueiterator", ObjectType)
	dictRevItemIteratorType  = newBuiltinType("dict_reverseitemiterator", ObjectType)
)

// dictReverseIterator is reversed(d), reversed(d.values()), ...
type dictReverseIterator struct {
	d    *Dict
	i    int
	n    int
	left int
	kv   uint64
	kind dictIterKind
}

func newDictReverseIterator(d *Dict, kind dictIterKind) *dictReverseIterator {
	return &dictReverseIterator{d: d, i: d.EntriesLen() - 1, n: d.Len(), left: d.Len(), kv: d.KeysVersion(), kind: kind}
}

// Type returns the Python type of dictReverseIterator.
func (it *dictReverseIterator) Type() *Type {
	return [...]*Type{dictRevKeyIteratorType, dictRevValueIteratorType, dictRevItemIteratorType}[it.kind]
}

// Next returns the next item; ok is false once exhausted.
func (it *dictReverseIterator) Next() (Value, bool, error) {
	if it.d == nil {
		return Null, false, nil
	}
	if it.d.Len() != it.n {
		it.d = nil
		return Null, false, Errorf(RuntimeError, "dictionary changed size during iteration")
	}
	if it.d.KeysVersion() != it.kv {
		it.d = nil
		return Null, false, Errorf(RuntimeError, errKeysChanged)
	}
	for it.i >= 0 && it.i < it.d.EntriesLen() {
		k, v, live := it.d.EntryAt(it.i)
		it.i--
		if !live {
			continue
		}
		if it.left == 0 {
			it.d = nil
			return Null, false, Errorf(RuntimeError, errKeysChanged)
		}
		it.left--
		return it.kind.item(k, v), true, nil
	}
	it.d = nil
	return Null, false, nil
}

// DictOfView returns the dict a dict view (d.keys(), d.values(),
// d.items()) looks at; ok is false for anything else.
func DictOfView(v Value) (d *Dict, ok bool) {
	if dv, isView := Unwrap(v).o.(*dictView); isView {
		return dv.d, true
	}
	return nil, false
}
