package native

import (
	"github.com/pyvar/pyvar/core/object"
)

// _collections.OrderedDict: CPython's Objects/odictobject.c. An
// OrderedDict is an *object.Instance whose Builtin is the *object.Dict
// every dict method works on; the dict's own insertion order is kept equal
// to the OrderedDict's order (move_to_end re-inserts), so the dict fast
// paths (dict(od), **od, json) see the right order. The iterators and
// views are OrderedDict's own, with its mutation checks.

var (
	odictType       = object.NewBaseType("collections.OrderedDict", object.DictType)
	odictIterType   = newFinalIterType("odict_iterator")
	odictKeysType   = object.NewBaseType("odict_keys", dictViewType("keys"))
	odictValuesType = object.NewBaseType("odict_values", dictViewType("values"))
	odictItemsType  = object.NewBaseType("odict_items", dictViewType("items"))
)

// dictViewType returns the type of a dict's keys(), values() or items().
func dictViewType(method string) *object.Type {
	v, err := object.CallMethodByName(object.FromObject(object.NewDict(0)), method)
	if err != nil {
		panic("native: no dict." + method)
	}
	return object.TypeOf(v)
}

func odDict(self object.Value) *object.Dict { return object.Unwrap(self).Object().(*object.Dict) }

func isODict(v object.Value) bool { return object.TypeOf(v).IsSubtype(odictType) }

func odictNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	return object.FromObject(object.NewBuiltinInstance(t, object.FromObject(object.NewDict(0)))), nil
}

func odictInit(self object.Value, args []object.Value, kw []string) error {
	if npos := len(args) - len(kw); npos > 1 {
		return object.Errorf(object.TypeError, "expected at most 1 arguments, got %d", npos)
	}
	return mutableMappingUpdate(self, args, kw)
}

// mutableMappingUpdate is odictobject.c's mutablemapping_update: the
// MutableMapping.update protocol, storing through self's __setitem__.
func mutableMappingUpdate(self object.Value, args []object.Value, kw []string) error {
	npos := len(args) - len(kw)
	if npos > 1 {
		return object.Errorf(object.TypeError, "update() takes at most 1 positional argument (%d given)", npos)
	}
	if npos == 1 {
		if err := mutableMappingUpdateArg(self, args[0]); err != nil {
			return err
		}
	}
	for i, k := range kw {
		if err := object.SetItem(self, object.NewStr(k), args[npos+i]); err != nil {
			return err
		}
	}
	return nil
}

func mutableMappingUpdateArg(self, arg object.Value) error {
	if d, ok := arg.Object().(*object.Dict); ok && object.TypeOf(arg) == object.DictType {
		items := make([]object.Value, 0, d.Len())
		for i := 0; i < d.EntriesLen(); i++ {
			if k, v, live := d.EntryAt(i); live {
				items = append(items, tuple(k, v))
			}
		}
		return addPairs(self, object.ListValue(items...))
	}
	keys, err := object.GetAttrString(arg, "keys")
	if err == nil {
		ks, err := object.Call(keys, nil, nil)
		if err != nil {
			return err
		}
		return object.Iterate(ks, func(k object.Value) (bool, error) {
			v, err := object.GetItem(arg, k)
			if err != nil {
				return false, err
			}
			return true, object.SetItem(self, k, v)
		})
	} else if !object.ExceptionMatches(err, object.AttributeError) {
		return err
	}
	itemsFn, err := object.GetAttrString(arg, "items")
	if err == nil {
		items, err := object.Call(itemsFn, nil, nil)
		if err != nil {
			return err
		}
		return addPairs(self, items)
	} else if !object.ExceptionMatches(err, object.AttributeError) {
		return err
	}
	return addPairs(self, arg)
}

// addPairs is mutablemapping_add_pairs: self[k] = v for each (k, v).
func addPairs(self, pairs object.Value) error {
	return object.Iterate(pairs, func(pair object.Value) (bool, error) {
		it, err := object.GetIter(pair)
		if err != nil {
			return false, err
		}
		k, ok, err := object.Next(it)
		if err != nil {
			return false, err
		}
		if !ok {
			return false, object.Errorf(object.ValueError, "need more than 0 values to unpack")
		}
		v, ok, err := object.Next(it)
		if err != nil {
			return false, err
		}
		if !ok {
			return false, object.Errorf(object.ValueError, "need more than 1 value to unpack")
		}
		if _, ok, err := object.Next(it); err != nil {
			return false, err
		} else if ok {
			return false, object.Errorf(object.ValueError, "too many values to unpack (expected 2)")
		}
		return true, object.SetItem(self, k, v)
	})
}

// firstLive and lastLive return the entry index of the first (last) key,
// -1 for an empty dict.
func firstLive(d *object.Dict, from int) int {
	for i := from; i < d.EntriesLen(); i++ {
		if _, _, live := d.EntryAt(i); live {
			return i
		}
	}
	return -1
}

func lastLive(d *object.Dict, from int) int {
	for i := min(from, d.EntriesLen()-1); i >= 0; i-- {
		if _, _, live := d.EntryAt(i); live {
			return i
		}
	}
	return -1
}

// odictIter is odict_iterator: it holds the position of the next key (as
// CPython holds the next key itself) and fails once the keys change.
type odictIter struct {
	d     *object.Dict
	kind  int // 0 keys, 1 values, 2 items
	rev   bool
	cur   int
	state uint64
	size  int
}

func (it *odictIter) Type() *object.Type { return odictIterType }

func newODictIter(d *object.Dict, kind int, rev bool) *odictIter {
	it := &odictIter{d: d, kind: kind, rev: rev, state: d.KeysVersion(), size: d.Len()}
	if rev {
		it.cur = lastLive(d, d.EntriesLen()-1)
	} else {
		it.cur = firstLive(d, 0)
	}
	return it
}

// Next returns the next key, value or item.
func (it *odictIter) Next() (object.Value, bool, error) {
	if it.d == nil {
		return object.Null, false, nil
	}
	if it.cur < 0 {
		it.d = nil
		return object.Null, false, nil
	}
	if it.d.KeysVersion() != it.state {
		it.d = nil
		return object.Null, false, object.Errorf(object.RuntimeError, "OrderedDict mutated during iteration")
	}
	if it.d.Len() != it.size {
		it.size = -1 // sticky, as CPython's
		return object.Null, false, object.Errorf(object.RuntimeError, "OrderedDict changed size during iteration")
	}
	k, v, _ := it.d.EntryAt(it.cur)
	if it.rev {
		it.cur = lastLive(it.d, it.cur-1)
	} else {
		it.cur = firstLive(it.d, it.cur+1)
	}
	switch it.kind {
	case 0:
		return k, true, nil
	case 1:
		return v, true, nil
	}
	return tuple(k, v), true, nil
}

// odictPop removes key and returns its value: straight from the dict for
// an exact OrderedDict, through __getitem__ and __delitem__ for a
// subclass (odictobject.c's _odict_popkey_hash). ok is false when the key
// is absent.
func odictPop(self, key object.Value) (object.Value, bool, error) {
	d := odDict(self)
	if object.TypeOf(self) == odictType {
		v, found, err := d.Pop(key)
		return v, found, err
	}
	in, err := object.Contains(self, key)
	if err != nil || !in {
		return object.Null, false, err
	}
	v, err := object.GetItem(self, key)
	if err != nil {
		return object.Null, false, err
	}
	return v, true, object.DelItem(self, key)
}

func odictRepr(self object.Value) (string, error) {
	d := odDict(self)
	name := shortName(object.TypeOf(self))
	if !object.ReprEnter(d) {
		return "...", nil
	}
	defer object.ReprLeave()
	if d.Len() == 0 {
		return name + "()", nil
	}
	var items object.Value
	if object.TypeOf(self) == odictType {
		var l []object.Value
		for i := 0; i < d.EntriesLen(); i++ {
			if k, v, live := d.EntryAt(i); live {
				l = append(l, tuple(k, v))
			}
		}
		items = object.ListValue(l...)
	} else {
		view, err := object.CallMethodByName(self, "items")
		if err != nil {
			return "", err
		}
		l, err := object.ToSlice(view)
		if err != nil {
			return "", err
		}
		items = object.ListValue(l...)
	}
	r, err := object.Repr(items)
	if err != nil {
		return "", err
	}
	return name + "(" + r + ")", nil
}

func initODict() {
	t := odictType
	t.Doc = "Dictionary that remembers insertion order"
	t.SetInstanceDict()
	t.SetNew(odictNew, odictInit)
	t.SetAttrString("__hash__", object.None)
	method := func(name string, fn func(self object.Value, args []object.Value, kw []string) (object.Value, error)) {
		t.AddRawMethod(name, fn)
	}
	t.AddSlot("__setitem__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := slotArgs("__setitem__", args, kw, 2); err != nil {
			return object.Null, err
		}
		return object.None, odDict(self).Set(args[0], args[1])
	})
	t.AddSlot("__delitem__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := slotArgs("__delitem__", args, kw, 1); err != nil {
			return object.Null, err
		}
		found, err := odDict(self).Delete(args[0])
		if err == nil && !found {
			err = object.NewException(object.KeyError, args[0])
		}
		return object.None, err
	})
	t.AddSlot("__iter__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := slotArgs("__iter__", args, kw, 0); err != nil {
			return object.Null, err
		}
		return object.FromObject(newODictIter(odDict(self), 0, false)), nil
	})
	method("__reversed__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("OrderedDict.__reversed__", args, kw); err != nil {
			return object.Null, err
		}
		return object.FromObject(newODictIter(odDict(self), 0, true)), nil
	})
	t.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		s, err := odictRepr(self)
		return object.NewStr(s), err
	})
	for op, name := range [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"} {
		op := object.CompareOp(op)
		name := name
		t.AddSlot(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := slotArgs(name, args, kw, 1); err != nil {
				return object.Null, err
			}
			return odictCompare(self, args[0], op)
		})
	}
	views := []*object.Type{odictKeysType, odictValuesType, odictItemsType}
	for kind, name := range []string{"keys", "values", "items"} {
		kind, vt, name := kind, views[kind], name
		method(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := noArgs("OrderedDict."+name, args, kw); err != nil {
				return object.Null, err
			}
			base, err := object.CallMethodValue(object.DictType.LookupString(name), object.Unwrap(self), nil, nil)
			if err != nil {
				return object.Null, err
			}
			return object.FromObject(object.NewBuiltinInstance(vt, base)), nil
		})
		vt.AddSlot("__iter__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			return object.FromObject(newODictIter(viewDict(self), kind, false)), nil
		})
		vt.AddRawMethod("__reversed__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			return object.FromObject(newODictIter(viewDict(self), kind, true)), nil
		})
		vt.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if !object.ReprEnter(object.Unwrap(self).Object()) {
				return object.NewStr("..."), nil
			}
			defer object.ReprLeave()
			l, err := object.ToSlice(self)
			if err != nil {
				return object.Null, err
			}
			r, err := object.Repr(object.ListValue(l...))
			if err != nil {
				return object.Null, err
			}
			return object.NewStr(shortName(object.TypeOf(self)) + "(" + r + ")"), nil
		})
	}
	method("move_to_end", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := parseKw("move_to_end", args, kw, []string{"key", "last"}, 2, 1, a[:]); err != nil {
			return object.Null, err
		}
		last := true
		if !a[1].IsNull() {
			var err error
			if last, err = object.Truth(a[1]); err != nil {
				return object.Null, err
			}
		}
		return object.None, odictMoveToEnd(odDict(self), a[0], last)
	})
	method("popitem", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		var a [1]object.Value
		if err := parseKw("popitem", args, kw, []string{"last"}, 1, 0, a[:]); err != nil {
			return object.Null, err
		}
		last := true
		if !a[0].IsNull() {
			var err error
			if last, err = object.Truth(a[0]); err != nil {
				return object.Null, err
			}
		}
		d := odDict(self)
		if d.Len() == 0 {
			return object.Null, object.NewException(object.KeyError, object.NewStr("dictionary is empty"))
		}
		var i int
		if last {
			i = lastLive(d, d.EntriesLen()-1)
		} else {
			i = firstLive(d, 0)
			if i > 32 && i > d.Len() {
				// A queue popped at the front leaves its tombstones
				// there; drop them so the next scan is short again.
				d.Compact()
				i = firstLive(d, 0)
			}
		}
		k, _, _ := d.EntryAt(i)
		v, _, err := odictPop(self, k)
		if err != nil {
			return object.Null, err
		}
		return tuple(k, v), nil
	})
	method("pop", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := parseKw("pop", args, kw, []string{"key", "default"}, 2, 1, a[:]); err != nil {
			return object.Null, err
		}
		v, ok, err := odictPop(self, a[0])
		if err != nil {
			return object.Null, err
		}
		if !ok {
			if a[1].IsNull() {
				return object.Null, object.NewException(object.KeyError, a[0])
			}
			return a[1], nil
		}
		return v, nil
	})
	method("setdefault", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := parseKw("setdefault", args, kw, []string{"key", "default"}, 2, 1, a[:]); err != nil {
			return object.Null, err
		}
		def := a[1]
		if def.IsNull() {
			def = object.None
		}
		if object.TypeOf(self) == odictType {
			return odDict(self).SetDefault(a[0], def)
		}
		in, err := object.Contains(self, a[0])
		if err != nil {
			return object.Null, err
		}
		if in {
			return object.GetItem(self, a[0])
		}
		return def, object.SetItem(self, a[0], def)
	})
	method("copy", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("OrderedDict.copy", args, kw); err != nil {
			return object.Null, err
		}
		return odictCopy(self)
	})
	method("clear", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("OrderedDict.clear", args, kw); err != nil {
			return object.Null, err
		}
		odDict(self).Clear()
		return object.None, nil
	})
	method("update", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.None, mutableMappingUpdate(self, args, kw)
	})
	method("__reduce__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("OrderedDict.__reduce__", args, kw); err != nil {
			return object.Null, err
		}
		state := object.None
		dict, err := object.GetAttrString(self, "__dict__")
		if err != nil {
			return object.Null, err
		}
		if n, err := object.Len(dict); err != nil {
			return object.Null, err
		} else if n > 0 {
			state = dict
		}
		items, err := object.CallMethodByName(self, "items")
		if err != nil {
			return object.Null, err
		}
		it, err := object.GetIter(items)
		if err != nil {
			return object.Null, err
		}
		return tuple(cls(self), tuple(), state, object.None, it), nil
	})
	method("__sizeof__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("OrderedDict.__sizeof__", args, kw); err != nil {
			return object.Null, err
		}
		return object.Int(int64(104 + 16*odDict(self).EntriesLen())), nil
	})
	t.AddClassMethod("fromkeys", func(c object.Value, args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := parseKw("fromkeys", args, kw, []string{"iterable", "value"}, 2, 1, a[:]); err != nil {
			return object.Null, err
		}
		value := a[1]
		if value.IsNull() {
			value = object.None
		}
		od, err := object.Call(c, nil, nil)
		if err != nil {
			return object.Null, err
		}
		return od, object.Iterate(a[0], func(k object.Value) (bool, error) {
			return true, object.SetItem(od, k, value)
		})
	})
	or := func(left, right object.Value) (object.Value, error) {
		t, other := object.TypeOf(left), right
		if !isODict(left) {
			t, other = object.TypeOf(right), left
		}
		if !object.TypeOf(other).IsSubtype(object.DictType) {
			return object.NotImplemented, nil
		}
		n, err := object.Call(typeValue(t), []object.Value{left}, nil)
		if err != nil {
			return object.Null, err
		}
		return n, mutableMappingUpdateArg(n, right)
	}
	t.AddSlot("__or__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := slotArgs("__or__", args, kw, 1); err != nil {
			return object.Null, err
		}
		return or(self, args[0])
	})
	t.AddSlot("__ror__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := slotArgs("__ror__", args, kw, 1); err != nil {
			return object.Null, err
		}
		return or(args[0], self)
	})
	t.AddSlot("__ior__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := slotArgs("__ior__", args, kw, 1); err != nil {
			return object.Null, err
		}
		return self, mutableMappingUpdateArg(self, args[0])
	})
	reduceMethod(odictIterType, func(self object.Value, it *odictIter) (object.Value, error) {
		cp := *it
		l, err := remainingItems(&cp)
		if err != nil {
			return object.Null, err
		}
		return tuple(builtinIter(), tuple(l)), nil
	})
}

// viewDict returns the dict under an odict view.
func viewDict(self object.Value) *object.Dict {
	d, _ := object.DictOfView(self)
	return d
}

// remainingItems runs an iterator to its end, collecting the items.
func remainingItems(it object.Iterator) (object.Value, error) {
	var out []object.Value
	for {
		v, ok, err := it.Next()
		if err != nil {
			return object.Null, err
		}
		if !ok {
			return object.ListValue(out...), nil
		}
		out = append(out, v)
	}
}

// odictMoveToEnd moves key to the end (or the front) of the order. The
// dict's order is the OrderedDict's, so the key is re-inserted; the front
// needs the others re-inserted after it.
func odictMoveToEnd(d *object.Dict, key object.Value, last bool) error {
	i, err := d.Lookup(key)
	if err != nil {
		return err
	}
	if i < 0 {
		return object.NewException(object.KeyError, key)
	}
	k, v, _ := d.EntryAt(i)
	if last {
		if i == lastLive(d, d.EntriesLen()-1) {
			return nil
		}
		if _, err := d.Delete(k); err != nil {
			return err
		}
		return d.Set(k, v)
	}
	if i == firstLive(d, 0) {
		return nil
	}
	var rest [][2]object.Value
	for j := 0; j < d.EntriesLen(); j++ {
		if kk, vv, live := d.EntryAt(j); live && j != i {
			rest = append(rest, [2]object.Value{kk, vv})
		}
	}
	d.Clear()
	if err := d.Set(k, v); err != nil {
		return err
	}
	for _, kv := range rest {
		if err := d.Set(kv[0], kv[1]); err != nil {
			return err
		}
	}
	return nil
}

// odictCopy is odict_copy: type(od)() filled in order (through the
// subclass's __getitem__/__setitem__ for a subclass).
func odictCopy(self object.Value) (object.Value, error) {
	n, err := object.Call(cls(self), nil, nil)
	if err != nil {
		return object.Null, err
	}
	d := odDict(self)
	exact := object.TypeOf(self) == odictType
	for i := 0; i < d.EntriesLen(); i++ {
		k, v, live := d.EntryAt(i)
		if !live {
			continue
		}
		if !exact {
			if v, err = object.GetItem(self, k); err != nil {
				return object.Null, err
			}
		}
		if exact && object.TypeOf(n) == odictType {
			err = odDict(n).Set(k, v)
		} else {
			err = object.SetItem(n, k, v)
		}
		if err != nil {
			return object.Null, err
		}
	}
	return n, nil
}

// odictCompare is odict_richcompare: two OrderedDicts are equal when
// they are equal as dicts and in the same order.
func odictCompare(a, b object.Value, op object.CompareOp) (object.Value, error) {
	if !isODict(a) || !isODict(b) || (op != object.CmpEq && op != object.CmpNe) {
		return object.CallMethodValue(object.DictType.LookupString([...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}[op]), a, []object.Value{b}, nil)
	}
	r, err := object.CallMethodValue(object.DictType.LookupString("__eq__"), a, []object.Value{b}, nil)
	if err != nil || !r.IsBool() || !r.RawBool() {
		if err == nil && op == object.CmpNe && r.IsBool() {
			return object.Bool(!r.RawBool()), nil
		}
		return r, err
	}
	da, db := odDict(a), odDict(b)
	i, j := firstLive(da, 0), firstLive(db, 0)
	for i >= 0 && j >= 0 {
		ka, _, _ := da.EntryAt(i)
		kb, _, _ := db.EntryAt(j)
		eq, err := object.CompareBool(ka, kb, object.CmpEq)
		if err != nil {
			return object.Null, err
		}
		if !eq {
			return object.Bool(op == object.CmpNe), nil
		}
		i, j = firstLive(da, i+1), firstLive(db, j+1)
	}
	return object.Bool(op == object.CmpEq), nil
}
