package native

import (
	"strings"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _functools: CPython's Modules/_functoolsmodule.c: partial, reduce,
// cmp_to_key and the C core of functools.lru_cache.

func init() {
	register("_functools", newFunctools)
	// Both keep a weak-reference list in CPython (pt_weakreflist,
	// weakreflist): weakref.ref(partial(f)) and of an lru_cache'd function.
	partialType.SetWeakrefable()
	lruWrapperType.SetWeakrefable()
}

var (
	partialType    = object.NewBaseType("functools.partial", nil)
	keyWrapperType = newFinalType("functools.KeyWrapper", nil)
	lruWrapperType = newFinalType("functools._lru_cache_wrapper", nil)
	lruLinkType    = newFinalType("_lru_list_elem", nil)
)

func newFunctools(in *vm.Interp) (*object.Module, error) {
	m := newModule("_functools", "Tools that operate on functions.")
	setAttr(m, "partial", typeValue(partialType))
	setAttr(m, "_lru_cache_wrapper", typeValue(lruWrapperType))
	defFunc(m, "reduce", functoolsReduce)
	defFunc(m, "cmp_to_key", cmpToKey)
	return m, nil
}

// ---- partial ----

// Partial is functools.partial: fn called with args prepended and kw
// merged under the call's own keywords. kw is the dict that .keywords
// returns, read at every call as CPython does.
type Partial struct {
	fn   object.Value
	args []object.Value
	// argsObj is the args tuple once made (or given to __setstate__), so
	// that p.args is p.args and a copy shares it, as in CPython.
	argsObj object.Value
	kw      *object.Dict
	dict    *object.Dict // the instance __dict__, made on demand
}

// Type returns functools.partial.
func (p *Partial) Type() *object.Type { return partialType }

// InstanceDict returns the partial's __dict__.
func (p *Partial) InstanceDict() *object.Dict {
	if p.dict == nil {
		p.dict = object.NewDict(0)
	}
	return p.dict
}

// argsTuple returns p's positional arguments as one tuple object.
func (p *Partial) argsTuple() object.Value {
	if p.argsObj.IsNull() {
		p.argsObj = tuple(p.args...)
	}
	return p.argsObj
}

// Call calls the function with the stored and the given arguments.
func (p *Partial) Call(args []object.Value, kwnames []string) (object.Value, error) {
	nkw := p.kw.Len()
	if nkw == 0 {
		if len(p.args) == 0 {
			return callGuarded(p.fn, args, kwnames)
		}
		if f, ok := p.fn.Object().(*vm.Function); ok && len(p.args)+len(args) <= 6 {
			// A Python function copies its arguments into its frame, so
			// they can be assembled on the Go stack.
			var buf [6]object.Value
			return f.Call(append(append(buf[:0], p.args...), args...), kwnames)
		}
		full := make([]object.Value, 0, len(p.args)+len(args))
		full = append(append(full, p.args...), args...)
		return callGuarded(p.fn, full, kwnames)
	}
	// Positionals, then the stored keywords the call does not override,
	// then the call's keywords (on the Go stack for a Python function,
	// which copies its arguments into its frame).
	if f, ok := p.fn.Object().(*vm.Function); ok && len(p.args)+len(args)+nkw <= 8 && nkw+len(kwnames) <= 4 {
		var buf [8]object.Value
		var nbuf [4]string
		full, names, err := p.mergeKeywords(buf[:0], nbuf[:0], args, kwnames)
		if err != nil {
			return object.Null, err
		}
		return f.Call(full, names)
	}
	full, names, err := p.mergeKeywords(make([]object.Value, 0, len(p.args)+len(args)+nkw), make([]string, 0, nkw+len(kwnames)), args, kwnames)
	if err != nil {
		return object.Null, err
	}
	return callGuarded(p.fn, full, names)
}

// mergeKeywords appends to full and names the vectorcall arguments of a
// call with stored keywords.
func (p *Partial) mergeKeywords(full []object.Value, names []string, args []object.Value, kwnames []string) ([]object.Value, []string, error) {
	npos := len(args) - len(kwnames)
	full = append(append(full, p.args...), args[:npos]...)
	for i := 0; i < p.kw.EntriesLen(); i++ {
		k, v, live := p.kw.EntryAt(i)
		if !live {
			continue
		}
		s, ok := object.Unwrap(k).Object().(*object.Str)
		if !ok || k.Kind() != object.KindObject {
			return nil, nil, object.Errorf(object.TypeError, "keywords must be strings")
		}
		overridden := false
		for _, n := range kwnames {
			if n == s.S {
				overridden = true
				break
			}
		}
		if !overridden {
			names = append(names, s.S)
			full = append(full, v)
		}
	}
	names = append(names, kwnames...)
	full = append(full, args[npos:]...)
	return full, names, nil
}

func partialOf(self object.Value) *Partial { return object.Unwrap(self).Object().(*Partial) }

// partialDictOf returns the instance __dict__ the program sees (a
// subclass instance keeps its own), nil when none was made.
func partialDictOf(self object.Value) *object.Dict {
	if inst, ok := self.Object().(*object.Instance); ok && self.Kind() == object.KindObject {
		return inst.DictIfAny()
	}
	return partialOf(self).dict
}

func partialNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	npos := len(args) - len(kw)
	if npos < 1 {
		return object.Null, object.Errorf(object.TypeError, "type 'partial' takes at least one argument")
	}
	fn := args[0]
	var pargs []object.Value
	var pkw *object.Dict
	// A partial (of any class that keeps partial's __call__) without
	// instance attributes is flattened into the new one.
	if inner, ok := object.Unwrap(fn).Object().(*Partial); ok && fn.Kind() == object.KindObject &&
		object.TypeOf(fn).LookupString("__call__").Is(partialType.LookupString("__call__")) {
		if d := partialDictOf(fn); d == nil || d.Len() == 0 {
			pargs, pkw, fn = inner.args, inner.kw, inner.fn
		}
	}
	if !object.IsCallable(fn) {
		return object.Null, object.Errorf(object.TypeError, "the first argument must be callable")
	}
	p := &Partial{fn: fn}
	p.args = make([]object.Value, 0, len(pargs)+npos-1)
	p.args = append(append(p.args, pargs...), args[1:npos]...)
	if pkw != nil {
		p.kw = pkw.CopyDict()
	} else {
		p.kw = object.NewDict(len(kw))
	}
	for i, k := range kw {
		if err := p.kw.Set(object.FromObject(object.Intern(k)), args[npos+i]); err != nil {
			return object.Null, err
		}
	}
	return object.WrapBuiltin(t, object.FromObject(p)), nil
}

func partialRepr(self object.Value) (string, error) {
	p := partialOf(self)
	name := object.TypeOf(self).Name
	if !object.ReprEnter(p) {
		return "...", nil
	}
	defer object.ReprLeave()
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	r, err := object.Repr(p.fn)
	if err != nil {
		return "", err
	}
	b.WriteString(r)
	for _, a := range p.args {
		r, err := object.Repr(a)
		if err != nil {
			return "", err
		}
		b.WriteString(", ")
		b.WriteString(r)
	}
	for i := 0; i < p.kw.EntriesLen(); i++ {
		k, v, live := p.kw.EntryAt(i)
		if !live {
			continue
		}
		ks, err := object.StrOf(k)
		if err != nil {
			return "", err
		}
		vs, err := object.Repr(v)
		if err != nil {
			return "", err
		}
		b.WriteString(", ")
		b.WriteString(ks)
		b.WriteByte('=')
		b.WriteString(vs)
	}
	b.WriteByte(')')
	return b.String(), nil
}

func initPartial() {
	t := partialType
	t.Doc = "partial(func, *args, **keywords) - new function with partial application\nof the given arguments and keywords."
	t.SetNew(partialNew, nil)
	t.AddSlot("__call__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return partialOf(self).Call(args, kw)
	})
	t.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		s, err := partialRepr(self)
		return object.NewStr(s), err
	})
	readonly := func(self, v object.Value) error {
		return object.Errorf(object.AttributeError, "readonly attribute")
	}
	t.AddGetSet("func", func(self object.Value) (object.Value, error) { return partialOf(self).fn, nil }, readonly)
	t.AddGetSet("args", func(self object.Value) (object.Value, error) {
		return partialOf(self).argsTuple(), nil
	}, readonly)
	t.AddGetSet("keywords", func(self object.Value) (object.Value, error) {
		return object.FromObject(partialOf(self).kw), nil
	}, readonly)
	t.AddGetSet("__dict__", func(self object.Value) (object.Value, error) {
		if inst, ok := self.Object().(*object.Instance); ok && self.Kind() == object.KindObject {
			return object.FromObject(inst.InstanceDict()), nil
		}
		return object.FromObject(partialOf(self).InstanceDict()), nil
	}, func(self, v object.Value) error {
		if v.IsNull() {
			return object.Errorf(object.TypeError, "__dict__ may not be deleted")
		}
		d, ok := v.Object().(*object.Dict)
		if !ok || !object.TypeOf(v).IsSubtype(object.DictType) {
			return object.Errorf(object.TypeError, "__dict__ must be set to a dictionary, not a '%s'", object.TypeOf(v).Name)
		}
		if inst, ok := self.Object().(*object.Instance); ok && self.Kind() == object.KindObject {
			inst.SetInstanceDict(d)
		} else {
			partialOf(self).dict = d
		}
		return nil
	})
	t.AddRawMethod("__reduce__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("partial.__reduce__", args, kw); err != nil {
			return object.Null, err
		}
		p := partialOf(self)
		dict := object.None
		if d := partialDictOf(self); d != nil && d.Len() > 0 {
			dict = object.FromObject(d)
		}
		return tuple(cls(self), tuple(p.fn), tuple(p.fn, p.argsTuple(), object.FromObject(p.kw), dict)), nil
	})
	t.AddRawMethod("__setstate__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("partial.__setstate__", args, kw); err != nil {
			return object.Null, err
		}
		invalid := object.Errorf(object.TypeError, "invalid partial state")
		st, ok := object.Unwrap(args[0]).Object().(*object.Tuple)
		if !ok || !object.TypeOf(args[0]).IsSubtype(object.TupleType) || len(st.Items) != 4 {
			return object.Null, invalid
		}
		fn, fnargs, kwv, dictv := st.Items[0], st.Items[1], st.Items[2], st.Items[3]
		at, ok := object.Unwrap(fnargs).Object().(*object.Tuple)
		if !object.IsCallable(fn) || !ok || !object.TypeOf(fnargs).IsSubtype(object.TupleType) ||
			(!kwv.IsNone() && !object.TypeOf(kwv).IsSubtype(object.DictType)) {
			return object.Null, invalid
		}
		if !dictv.IsNone() && !object.TypeOf(dictv).IsSubtype(object.DictType) {
			return object.Null, invalid
		}
		p := partialOf(self)
		p.fn = fn
		p.args = append([]object.Value(nil), at.Items...)
		p.argsObj = object.Null
		if object.TypeOf(fnargs) == object.TupleType {
			p.argsObj = fnargs
		}
		if kwv.IsNone() {
			p.kw = object.NewDict(0)
		} else {
			src := object.Unwrap(kwv).Object().(*object.Dict)
			if object.TypeOf(kwv) == object.DictType {
				p.kw = src
			} else {
				p.kw = src.CopyDict()
			}
		}
		var d *object.Dict
		if !dictv.IsNone() {
			d = object.Unwrap(dictv).Object().(*object.Dict)
		}
		if inst, ok := self.Object().(*object.Instance); ok && self.Kind() == object.KindObject {
			inst.SetInstanceDict(d)
		} else {
			p.dict = d
		}
		return object.None, nil
	})
	addClassGetItem(t)
}

// ---- reduce ----

func functoolsReduce(args []object.Value, kw []string) (object.Value, error) {
	if err := object.NoKwargs("reduce", kw); err != nil {
		return object.Null, err
	}
	if err := object.CheckPositional("reduce", len(args), 2, 3); err != nil {
		return object.Null, err
	}
	fn := args[0]
	it, err := object.GetIter(args[1])
	if err != nil {
		if object.ExceptionMatches(err, object.TypeError) {
			return object.Null, object.Errorf(object.TypeError, "reduce() arg 2 must support iteration")
		}
		return object.Null, err
	}
	acc := object.Null
	if len(args) == 3 {
		acc = args[2]
	}
	for {
		v, ok, err := iterNext(it)
		if err != nil {
			return object.Null, err
		}
		if !ok {
			break
		}
		if acc.IsNull() {
			acc = v
			continue
		}
		if acc, err = call2(fn, acc, v); err != nil {
			return object.Null, err
		}
	}
	if acc.IsNull() {
		return object.Null, object.Errorf(object.TypeError, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// ---- cmp_to_key ----

// keyWrapper is functools.KeyWrapper: cmp_to_key's K class when not yet
// bound to an object (obj Null), K(obj) otherwise.
type keyWrapper struct {
	cmp, obj object.Value
}

func (k *keyWrapper) Type() *object.Type { return keyWrapperType }

// Call is K(obj).
func (k *keyWrapper) Call(args []object.Value, kwnames []string) (object.Value, error) {
	var a [1]object.Value
	if err := parseKw("K", args, kwnames, []string{"obj"}, 1, 1, a[:]); err != nil {
		return object.Null, err
	}
	return object.FromObject(&keyWrapper{cmp: k.cmp, obj: a[0]}), nil
}

func cmpToKey(args []object.Value, kw []string) (object.Value, error) {
	var a [1]object.Value
	if err := parseKw("cmp_to_key", args, kw, []string{"mycmp"}, 1, 1, a[:]); err != nil {
		return object.Null, err
	}
	return object.FromObject(&keyWrapper{cmp: a[0]}), nil
}

func initKeyWrapper() {
	t := keyWrapperType
	t.SetAttrString("__hash__", object.None)
	t.AddGetter("obj", func(self object.Value) (object.Value, error) {
		k := self.Object().(*keyWrapper)
		if k.obj.IsNull() {
			return object.Null, object.Errorf(object.AttributeError, "obj")
		}
		return k.obj, nil
	})
	t.AddSlot("__call__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return self.Object().(*keyWrapper).Call(args, kw)
	})
	for op, name := range [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"} {
		op := object.CompareOp(op)
		t.AddSlot(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := slotArgs(name, args, kw, 1); err != nil {
				return object.Null, err
			}
			return keyCompare(self.Object().(*keyWrapper), args[0], op)
		})
	}
}

// keyCompare is K.__lt__ and friends: mycmp(a, b) compared with 0.
func keyCompare(k *keyWrapper, other object.Value, op object.CompareOp) (object.Value, error) {
	o, ok := other.Object().(*keyWrapper)
	if !ok || other.Kind() != object.KindObject {
		return object.Null, object.Errorf(object.TypeError, "other argument must be K instance")
	}
	if k.obj.IsNull() || o.obj.IsNull() {
		return object.Null, object.Errorf(object.AttributeError, "object")
	}
	r, err := call2(k.cmp, k.obj, o.obj)
	if err != nil {
		return object.Null, err
	}
	return object.RichCompare(r, object.Int(0), op)
}

// ---- _lru_cache_wrapper ----

// lruLink is one cache entry of a bounded cache, on a circular list whose
// root's next is the least recently used entry.
type lruLink struct {
	prev, next *lruLink
	key        object.Value
	result     object.Value
}

func (l *lruLink) Type() *object.Type { return lruLinkType }

// lruWrapper is functools._lru_cache_wrapper.
type lruWrapper struct {
	fn            object.Value
	maxsize       int64 // -1: unbounded, 0: no cache
	typed         bool
	cacheInfoType object.Value
	cache         *object.Dict
	root          lruLink
	hits, misses  int64
	kwdMark       object.Value
	dict          *object.Dict
}

func (w *lruWrapper) Type() *object.Type { return lruWrapperType }

// InstanceDict returns the wrapper's __dict__ (update_wrapper fills it).
func (w *lruWrapper) InstanceDict() *object.Dict {
	if w.dict == nil {
		w.dict = object.NewDict(8)
	}
	return w.dict
}

// IsMethodDescriptor marks the wrapper as binding like a function.
func (w *lruWrapper) IsMethodDescriptor() {}

// DescrGet binds the wrapper to an instance, as a function would be.
func (w *lruWrapper) DescrGet(obj object.Value, typ *object.Type) (object.Value, error) {
	if obj.IsNull() || obj.IsNone() {
		return object.FromObject(w), nil
	}
	return object.NewMethod(object.FromObject(w), obj), nil
}

// makeKey is lru_cache_make_key: the sole argument itself when it is an
// exact str or int and nothing else is passed; else a tuple of the
// arguments, a marker and the keyword pairs, and the types when typed.
func (w *lruWrapper) makeKey(args []object.Value, kwnames []string) object.Value {
	npos := len(args) - len(kwnames)
	if len(kwnames) == 0 && !w.typed && npos == 1 {
		a := args[0]
		switch a.Kind() {
		case object.KindInt:
			return a
		case object.KindObject:
			if t := object.TypeOf(a); t == object.StrType || t == object.IntType {
				return a
			}
		}
	}
	n := len(args)
	if len(kwnames) > 0 {
		n += 1 + len(kwnames)
	}
	if w.typed {
		n += len(args)
	}
	key := make([]object.Value, 0, n)
	key = append(key, args[:npos]...)
	if len(kwnames) > 0 {
		key = append(key, w.kwdMark)
		for i, k := range kwnames {
			key = append(key, object.FromObject(object.Intern(k)), args[npos+i])
		}
	}
	if w.typed {
		for _, a := range args[:npos] {
			key = append(key, typeValue(object.TypeOf(a)))
		}
		for _, a := range args[npos:] {
			key = append(key, typeValue(object.TypeOf(a)))
		}
	}
	return tuple(key...)
}

func (w *lruWrapper) unlink(l *lruLink) {
	l.prev.next, l.next.prev = l.next, l.prev
}

func (w *lruWrapper) appendLink(l *lruLink) {
	last := w.root.prev
	last.next, l.prev = l, last
	w.root.prev, l.next = l, &w.root
}

// Call looks the arguments up in the cache, calling the function on a
// miss.
func (w *lruWrapper) Call(args []object.Value, kwnames []string) (object.Value, error) {
	if w.maxsize == 0 {
		w.misses++
		return callGuarded(w.fn, args, kwnames)
	}
	key := w.makeKey(args, kwnames)
	if w.maxsize < 0 {
		if r, ok, err := w.cache.Get(key); err != nil || ok {
			if ok {
				w.hits++
			}
			return r, err
		}
		w.misses++
		r, err := callGuarded(w.fn, args, kwnames)
		if err != nil {
			return object.Null, err
		}
		return r, w.cache.Set(key, r)
	}
	if lv, ok, err := w.cache.Get(key); err != nil {
		return object.Null, err
	} else if ok {
		l := lv.Object().(*lruLink)
		w.unlink(l)
		w.appendLink(l)
		w.hits++
		return l.result, nil
	}
	w.misses++
	r, err := callGuarded(w.fn, args, kwnames)
	if err != nil {
		return object.Null, err
	}
	if _, ok, err := w.cache.Get(key); err != nil || ok {
		// The call itself cached this key meanwhile.
		return r, err
	}
	if int64(w.cache.Len()) < w.maxsize || w.root.next == &w.root {
		l := &lruLink{key: key, result: r}
		if err := w.cache.Set(key, object.FromObject(l)); err != nil {
			return object.Null, err
		}
		w.appendLink(l)
		return r, nil
	}
	// Full: reuse the oldest link for the new entry.
	l := w.root.next
	w.unlink(l)
	if _, err := w.cache.Delete(l.key); err != nil {
		return object.Null, err
	}
	l.key, l.result = key, r
	if err := w.cache.Set(key, object.FromObject(l)); err != nil {
		return object.Null, err
	}
	w.appendLink(l)
	return r, nil
}

func (w *lruWrapper) clear() {
	w.cache.Clear()
	w.root.next, w.root.prev = &w.root, &w.root
	w.hits, w.misses = 0, 0
}

func lruNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	var a [4]object.Value
	if err := parseKw("lru_cache", args, kw, []string{"user_function", "maxsize", "typed", "cache_info_type"}, 4, 4, a[:]); err != nil {
		return object.Null, err
	}
	if !object.IsCallable(a[0]) {
		return object.Null, object.Errorf(object.TypeError, "the first argument must be callable")
	}
	w := &lruWrapper{fn: a[0], cacheInfoType: a[3], cache: object.NewDict(0), maxsize: -1}
	w.root.next, w.root.prev = &w.root, &w.root
	typed, err := object.Truth(a[2])
	if err != nil {
		return object.Null, err
	}
	w.typed = typed
	if !a[1].IsNone() {
		if !a[1].IsInt() && !a[1].IsBool() && object.TypeOf(a[1]).LookupString("__index__").IsNull() {
			return object.Null, object.Errorf(object.TypeError, "maxsize should be integer or None")
		}
		r, err := object.Index(a[1])
		if err != nil {
			return object.Null, err
		}
		n, ok := r.AsInt()
		if !ok {
			return object.Null, object.Errorf(object.OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		w.maxsize = max(n, 0)
	}
	mark, err := object.Call(typeValue(object.ObjectType), nil, nil)
	if err != nil {
		return object.Null, err
	}
	w.kwdMark = mark
	return object.FromObject(w), nil
}

func initLRU() {
	t := lruWrapperType
	t.SetNew(lruNew, nil)
	self := func(v object.Value) *lruWrapper { return v.Object().(*lruWrapper) }
	t.AddSlot("__call__", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		return self(v).Call(args, kw)
	})
	t.AddSlot("__get__", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("__get__", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("__get__", len(args), 1, 2); err != nil {
			return object.Null, err
		}
		obj, typ := args[0], object.None
		if len(args) == 2 {
			typ = args[1]
		}
		if obj.IsNone() && typ.IsNone() {
			return object.Null, object.Errorf(object.TypeError, "__get__(None, None) is invalid")
		}
		return self(v).DescrGet(obj, nil)
	})
	t.AddMethod("cache_info", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("_lru_cache_wrapper.cache_info", args, kw); err != nil {
			return object.Null, err
		}
		w := self(v)
		maxsize := object.None
		if w.maxsize >= 0 {
			maxsize = object.Int(w.maxsize)
		}
		return object.Call(w.cacheInfoType, []object.Value{object.Int(w.hits), object.Int(w.misses), maxsize, object.Int(int64(w.cache.Len()))}, nil)
	})
	t.AddMethod("cache_clear", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("_lru_cache_wrapper.cache_clear", args, kw); err != nil {
			return object.Null, err
		}
		self(v).clear()
		return object.None, nil
	})
	t.AddMethod("__reduce__", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("_lru_cache_wrapper.__reduce__", args, kw); err != nil {
			return object.Null, err
		}
		return object.GetAttrString(v, "__qualname__")
	})
	t.AddMethod("__copy__", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("_lru_cache_wrapper.__copy__", args, kw); err != nil {
			return object.Null, err
		}
		return v, nil
	})
	t.AddMethod("__deepcopy__", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		return v, nil
	})
	t.AddGetSet("__dict__", func(v object.Value) (object.Value, error) {
		return object.FromObject(self(v).InstanceDict()), nil
	}, func(v, d object.Value) error {
		dd, ok := d.Object().(*object.Dict)
		if d.IsNull() || !ok || !object.TypeOf(d).IsSubtype(object.DictType) {
			return object.Errorf(object.TypeError, "__dict__ must be set to a dictionary, not a '%s'", object.TypeOf(d).Name)
		}
		self(v).dict = dd
		return nil
	})
}

func init() {
	initPartial()
	initKeyWrapper()
	initLRU()
}
