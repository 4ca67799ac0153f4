package native

import (
	"math"
	"strings"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _collections: CPython's Modules/_collectionsmodule.c: deque and its
// iterators, defaultdict, OrderedDict (collections_odict.go),
// _count_elements (Counter's loop) and _tuplegetter (namedtuple's field
// descriptors).

func init() { register("_collections", newCollections) }

var (
	dequeType        = object.NewBaseType("collections.deque", nil)
	dequeIterType    = newFinalIterType("_collections._deque_iterator")
	dequeRevIterType = newFinalIterType("_collections._deque_reverse_iterator")
	defaultdictType  = object.NewBaseType("collections.defaultdict", object.DictType)
	tuplegetterType  = newFinalType("_collections._tuplegetter", nil)
	// defaultFactory is the instance slot of defaultdict.default_factory.
	defaultFactory = defaultdictType.AddMember("default_factory")
)

func newCollections(in *vm.Interp) (*object.Module, error) {
	m := newModule("_collections", "High performance data structures: deque and defaultdict.")
	for _, t := range []*object.Type{dequeType, defaultdictType, dequeIterType, dequeRevIterType, tuplegetterType, odictType} {
		setAttr(m, shortName(t), typeValue(t))
	}
	defFunc(m, "_count_elements", countElements)
	return m, nil
}

// ---- deque ----

// Deque is collections.deque: a ring buffer whose length is a power of
// two, so both ends move in O(1) and indexing is O(1). state counts the
// mutations that move items, as CPython's does, so that iterators and
// searches notice a deque changed under them.
type Deque struct {
	buf    []object.Value
	head   int
	n      int
	maxlen int // -1: unbounded
	state  uint64
}

// Type returns collections.deque.
func (d *Deque) Type() *object.Type { return dequeType }

func (d *Deque) slot(i int) *object.Value { return &d.buf[(d.head+i)&(len(d.buf)-1)] }

// resize moves the items into a buffer of capacity c (a power of two).
func (d *Deque) resize(c int) {
	nb := make([]object.Value, c)
	if d.n > 0 {
		end := d.head + d.n
		if end <= len(d.buf) {
			copy(nb, d.buf[d.head:end])
		} else {
			k := copy(nb, d.buf[d.head:])
			copy(nb[k:], d.buf[:end-len(d.buf)])
		}
	}
	d.buf, d.head = nb, 0
}

func (d *Deque) grow() {
	if len(d.buf) == 0 {
		d.resize(8)
		return
	}
	d.resize(2 * len(d.buf))
}

// shrink gives memory back once the deque uses a quarter of its buffer.
func (d *Deque) shrink() {
	if len(d.buf) > 64 && d.n < len(d.buf)/4 {
		d.resize(len(d.buf) / 2)
	}
}

func (d *Deque) pushRight(v object.Value) {
	if d.n == len(d.buf) {
		d.grow()
	}
	*d.slot(d.n) = v
	d.n++
}

func (d *Deque) pushLeft(v object.Value) {
	if d.n == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = v
	d.n++
}

func (d *Deque) popRight() object.Value {
	p := d.slot(d.n - 1)
	v := *p
	*p = object.Null
	d.n--
	d.state++
	d.shrink()
	return v
}

func (d *Deque) popLeft() object.Value {
	v := d.buf[d.head]
	d.buf[d.head] = object.Null
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	d.state++
	d.shrink()
	return v
}

// Append is deque.append: at the right, dropping from the left past maxlen.
func (d *Deque) Append(v object.Value) {
	d.pushRight(v)
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popLeft()
	} else {
		d.state++
	}
}

// AppendLeft is deque.appendleft.
func (d *Deque) AppendLeft(v object.Value) {
	d.pushLeft(v)
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popRight()
	} else {
		d.state++
	}
}

// Len returns the number of items.
func (d *Deque) Len() int { return d.n }

// At returns item i (0 <= i < Len()).
func (d *Deque) At(i int) object.Value { return *d.slot(i) }

func (d *Deque) clear() {
	if d.n == 0 {
		return
	}
	d.buf, d.head, d.n = nil, 0, 0
	d.state++
}

// rotate is _deque_rotate: n steps to the right (left when negative),
// moving at most half the items.
func (d *Deque) rotate(n int) {
	l := d.n
	if l <= 1 {
		return
	}
	half := l >> 1
	if n > half || n < -half {
		n %= l
		if n > half {
			n -= l
		} else if n < -half {
			n += l
		}
	}
	d.state++
	if l == len(d.buf) {
		// A full ring rotates by moving its start.
		d.head = (d.head - n) & (len(d.buf) - 1)
		return
	}
	for ; n > 0; n-- {
		last := d.slot(d.n - 1)
		v := *last
		*last = object.Null
		d.head = (d.head - 1) & (len(d.buf) - 1)
		d.buf[d.head] = v
	}
	for ; n < 0; n++ {
		v := d.buf[d.head]
		d.buf[d.head] = object.Null
		d.head = (d.head + 1) & (len(d.buf) - 1)
		*d.slot(d.n - 1) = v
	}
}

// delItem removes item i as CPython does: rotate it to the left end,
// pop it, rotate back.
func (d *Deque) delItem(i int) {
	d.rotate(-i)
	d.popLeft()
	d.rotate(i)
}

// items copies the items out.
func (d *Deque) items() []object.Value {
	out := make([]object.Value, d.n)
	for i := range out {
		out[i] = *d.slot(i)
	}
	return out
}

// extend is deque.extend (right) or extendleft (left).
func (d *Deque) extend(iterable object.Value, left bool) error {
	if o := object.Unwrap(iterable).Object(); o == object.Object(d) {
		iterable = object.ListValue(d.items()...)
	}
	if d.maxlen == 0 {
		return object.Iterate(iterable, func(object.Value) (bool, error) { return true, nil })
	}
	return object.Iterate(iterable, func(v object.Value) (bool, error) {
		if left {
			d.AppendLeft(v)
		} else {
			d.Append(v)
		}
		return true, nil
	})
}

func dequeOf(self object.Value) *Deque { return object.Unwrap(self).Object().(*Deque) }

func dequeNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	return object.WrapBuiltin(t, object.FromObject(&Deque{maxlen: -1})), nil
}

func dequeInit(self object.Value, args []object.Value, kw []string) error {
	var a [2]object.Value
	if err := parseKw("deque", args, kw, []string{"iterable", "maxlen"}, 2, 0, a[:]); err != nil {
		return err
	}
	d := dequeOf(self)
	maxlen := -1
	if !a[1].IsNull() && !a[1].IsNone() {
		n, err := asSsizeExact(a[1])
		if err != nil {
			return err
		}
		if n < 0 {
			return object.Errorf(object.ValueError, "maxlen must be non-negative")
		}
		maxlen = int(min(n, math.MaxInt))
	}
	d.maxlen = maxlen
	d.clear()
	if !a[0].IsNull() {
		return d.extend(a[0], false)
	}
	return nil
}

// dequeIndex turns a subscript into a position, as sq_item's callers do:
// an index object, negative values counted from the end.
func dequeIndex(d *Deque, key object.Value) (int, error) {
	if !key.IsInt() && object.TypeOf(key).LookupString("__index__").IsNull() {
		return 0, object.Errorf(object.TypeError, "sequence index must be integer, not '%s'", object.TypeOf(key).Name)
	}
	i, err := object.AsIndex(key)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += d.n
	}
	if uint(i) >= uint(d.n) {
		return 0, object.Errorf(object.IndexError, "deque index out of range")
	}
	return i, nil
}

// dequeCheck ensures v is a deque (or a subclass instance) for the
// methods that take another deque.
func isDeque(v object.Value) bool { return object.TypeOf(v).IsSubtype(dequeType) }

func dequeCopy(self object.Value) (object.Value, error) {
	d := dequeOf(self)
	t := object.TypeOf(self)
	if t == dequeType {
		nd := &Deque{maxlen: d.maxlen}
		for i := 0; i < d.n; i++ {
			nd.Append(*d.slot(i))
		}
		return object.FromObject(nd), nil
	}
	var r object.Value
	var err error
	if d.maxlen < 0 {
		r, err = object.Call(typeValue(t), []object.Value{self}, nil)
	} else {
		r, err = object.Call(typeValue(t), []object.Value{self, object.Int(int64(d.maxlen))}, nil)
	}
	if err == nil && !isDeque(r) {
		return object.Null, object.Errorf(object.TypeError, "%s() must return a deque, not %s", t.Name, object.TypeOf(r).Name)
	}
	return r, err
}

// dequeInplaceRepeat is deque_inplace_repeat.
func dequeInplaceRepeat(d *Deque, n int64) error {
	size := d.n
	if size == 0 || n == 1 {
		return nil
	}
	if n <= 0 {
		d.clear()
		return nil
	}
	if d.maxlen >= 0 && n*int64(size) > int64(d.maxlen) {
		n = (int64(d.maxlen) + int64(size) - 1) / int64(size)
		if size == 1 {
			n = int64(d.maxlen)
		}
	}
	if n > math.MaxInt32 || object.CheckAlloc(int(n)*size, 24) != nil {
		return object.Errorf(object.MemoryError, "")
	}
	items := d.items()
	if size == 1 {
		d.state++
		for i := int64(1); i < n; i++ {
			d.pushRight(items[0])
		}
		return nil
	}
	for i := int64(1); i < n; i++ {
		for _, v := range items {
			d.Append(v)
		}
	}
	return nil
}

// repeatCount reads the right operand of deque * n (sq_repeat's
// conversion); ok is false when n is not an index.
func repeatCount(n object.Value) (int64, bool, error) {
	if !n.IsInt() && !n.IsBool() && object.TypeOf(n).LookupString("__index__").IsNull() {
		return 0, false, nil
	}
	r, err := object.Index(n)
	if err != nil {
		return 0, true, err
	}
	k, ok := r.AsInt()
	if !ok {
		return 0, true, object.Errorf(object.OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	return k, true, nil
}

// dequeSearch runs cmp over the items from start to stop, failing if the
// deque changes meanwhile; it returns the first position where cmp
// reported true, or -1.
func dequeSearch(d *Deque, start, stop int, v object.Value, mutated *object.Type, stopAtFirst bool, count *int) (int, error) {
	state := d.state
	for i := start; i < stop && i < d.n; i++ {
		eq, err := object.CompareBool(*d.slot(i), v, object.CmpEq)
		if err != nil {
			return -1, err
		}
		// remove() (the IndexError caller) checks the state even after a
		// match; index(), count() and `in` act on a match first.
		if eq && stopAtFirst && mutated != object.IndexError {
			return i, nil
		}
		if d.state != state {
			return -1, object.Errorf(mutated, "deque mutated during iteration")
		}
		if eq && stopAtFirst {
			return i, nil
		}
		if eq && count != nil {
			*count++
		}
	}
	return -1, nil
}

func dequeRepr(self object.Value) (string, error) {
	d := dequeOf(self)
	if !object.ReprEnter(d) {
		return "[...]", nil
	}
	defer object.ReprLeave()
	items, err := object.ToSlice(self)
	if err != nil {
		return "", err
	}
	l, err := object.Repr(object.ListValue(items...))
	if err != nil {
		return "", err
	}
	name := shortName(object.TypeOf(self))
	if d.maxlen >= 0 {
		return name + "(" + l + ", maxlen=" + itoa(int64(d.maxlen)) + ")", nil
	}
	return name + "(" + l + ")", nil
}

// dequeCompare is deque_richcompare: item by item through iterators.
func dequeCompare(v, w object.Value, op object.CompareOp) (object.Value, error) {
	if !isDeque(v) || !isDeque(w) {
		return object.NotImplemented, nil
	}
	vd, wd := dequeOf(v), dequeOf(w)
	if op == object.CmpEq || op == object.CmpNe {
		if vd == wd {
			return object.Bool(op == object.CmpEq), nil
		}
		if vd.n != wd.n {
			return object.Bool(op == object.CmpNe), nil
		}
	}
	it1, err := object.GetIter(v)
	if err != nil {
		return object.Null, err
	}
	it2, err := object.GetIter(w)
	if err != nil {
		return object.Null, err
	}
	for {
		x, okx, err := object.Next(it1)
		if err != nil {
			return object.Null, err
		}
		y, oky, err := object.Next(it2)
		if err != nil {
			return object.Null, err
		}
		if !okx || !oky {
			var r bool
			switch op {
			case object.CmpLt:
				r = oky
			case object.CmpLe:
				r = !okx
			case object.CmpEq:
				r = okx == oky
			case object.CmpNe:
				r = okx != oky
			case object.CmpGt:
				r = okx
			case object.CmpGe:
				r = !oky
			}
			return object.Bool(r), nil
		}
		eq, err := object.CompareBool(x, y, object.CmpEq)
		if err != nil {
			return object.Null, err
		}
		if !eq {
			b, err := object.CompareBool(x, y, op)
			return object.Bool(b), err
		}
	}
}

func initDeque() {
	t := dequeType
	t.Doc = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints."
	t.SetNew(dequeNew, dequeInit)
	t.SetAttrString("__hash__", object.None)
	meth0 := func(name string, fn func(d *Deque) (object.Value, error)) {
		t.AddMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := noArgsQ("deque", name, args, kw); err != nil {
				return object.Null, err
			}
			return fn(self.Object().(*Deque))
		})
	}
	meth1 := func(name string, fn func(d *Deque, v object.Value) (object.Value, error)) {
		t.AddMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := exactlyOne("deque", name, args, kw); err != nil {
				return object.Null, err
			}
			return fn(self.Object().(*Deque), args[0])
		})
	}
	meth1("append", func(d *Deque, v object.Value) (object.Value, error) {
		d.Append(v)
		return object.None, nil
	})
	meth1("appendleft", func(d *Deque, v object.Value) (object.Value, error) {
		d.AppendLeft(v)
		return object.None, nil
	})
	meth0("pop", func(d *Deque) (object.Value, error) {
		if d.n == 0 {
			return object.Null, object.Errorf(object.IndexError, "pop from an empty deque")
		}
		return d.popRight(), nil
	})
	meth0("popleft", func(d *Deque) (object.Value, error) {
		if d.n == 0 {
			return object.Null, object.Errorf(object.IndexError, "pop from an empty deque")
		}
		return d.popLeft(), nil
	})
	meth0("clear", func(d *Deque) (object.Value, error) {
		d.clear()
		return object.None, nil
	})
	meth1("extend", func(d *Deque, v object.Value) (object.Value, error) {
		return object.None, d.extend(v, false)
	})
	meth1("extendleft", func(d *Deque, v object.Value) (object.Value, error) {
		return object.None, d.extend(v, true)
	})
	meth1("count", func(d *Deque, v object.Value) (object.Value, error) {
		n := 0
		_, err := dequeSearch(d, 0, d.n, v, object.RuntimeError, false, &n)
		return object.Int(int64(n)), err
	})
	meth1("remove", func(d *Deque, v object.Value) (object.Value, error) {
		i, err := dequeSearch(d, 0, d.n, v, object.IndexError, true, nil)
		if err != nil {
			return object.Null, err
		}
		if i < 0 {
			r, err := object.Repr(v)
			if err != nil {
				return object.Null, err
			}
			return object.Null, object.Errorf(object.ValueError, "%s is not in deque", r)
		}
		d.delItem(i)
		return object.None, nil
	})
	meth0("reverse", func(d *Deque) (object.Value, error) {
		for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
			a, b := d.slot(i), d.slot(j)
			*a, *b = *b, *a
		}
		return object.None, nil
	})
	t.AddMethod("rotate", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("deque.rotate", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("deque.rotate", len(args), 0, 1); err != nil {
			return object.Null, err
		}
		n := int64(1)
		if len(args) == 1 {
			var err error
			if n, err = asSsize(args[0]); err != nil {
				return object.Null, err
			}
		}
		d := self.Object().(*Deque)
		if d.n > 1 {
			n %= int64(d.n)
		}
		d.rotate(int(n))
		return object.None, nil
	})
	t.AddMethod("index", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("deque.index", kw); err != nil {
			return object.Null, err
		}
		if len(args) < 1 || len(args) > 3 {
			how, n := "at least", 1
			if len(args) > 3 {
				how, n = "at most", 3
			}
			return object.Null, object.Errorf(object.TypeError, "index() takes %s %d argument%s (%d given)", how, n, plural(n), len(args))
		}
		d := self.Object().(*Deque)
		start, stop := 0, d.n
		for i, p := range []*int{&start, &stop} {
			if len(args) > i+1 {
				v, err := sliceIndex(args[i+1])
				if err != nil {
					return object.Null, err
				}
				*p = v
			}
		}
		if start < 0 {
			start = max(start+d.n, 0)
		}
		if stop < 0 {
			stop = max(stop+d.n, 0)
		}
		stop = min(stop, d.n)
		start = min(start, stop)
		i, err := dequeSearch(d, start, stop, args[0], object.RuntimeError, true, nil)
		if err != nil {
			return object.Null, err
		}
		if i < 0 {
			r, err := object.Repr(args[0])
			if err != nil {
				return object.Null, err
			}
			return object.Null, object.Errorf(object.ValueError, "%s is not in deque", r)
		}
		return object.Int(int64(i)), nil
	})
	t.AddMethod("insert", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("deque.insert", kw); err != nil {
			return object.Null, err
		}
		if len(args) != 2 {
			return object.Null, object.Errorf(object.TypeError, "insert() takes exactly 2 arguments (%d given)", len(args))
		}
		idx, err := asSsize(args[0])
		if err != nil {
			return object.Null, err
		}
		d := self.Object().(*Deque)
		n := int64(d.n)
		if d.maxlen == d.n {
			return object.Null, object.Errorf(object.IndexError, "deque already at its maximum size")
		}
		switch {
		case idx >= n:
			d.Append(args[1])
		case idx <= -n || idx == 0:
			d.AppendLeft(args[1])
		default:
			d.rotate(int(-idx))
			if idx < 0 {
				d.Append(args[1])
			} else {
				d.AppendLeft(args[1])
			}
			d.rotate(int(idx))
		}
		return object.None, nil
	})
	copyFn := func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("deque.copy", args, kw); err != nil {
			return object.Null, err
		}
		return dequeCopy(self)
	}
	t.AddRawMethod("copy", copyFn)
	t.AddRawMethod("__copy__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("deque.__copy__", args, kw); err != nil {
			return object.Null, err
		}
		return dequeCopy(self)
	})
	t.AddRawMethod("__reduce__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("deque.__reduce__", args, kw); err != nil {
			return object.Null, err
		}
		d := dequeOf(self)
		state := object.None
		if dict, err := object.GetAttrString(self, "__dict__"); err == nil {
			state = dict
		} else if !object.ExceptionMatches(err, object.AttributeError) {
			return object.Null, err
		}
		it, err := object.GetIter(self)
		if err != nil {
			return object.Null, err
		}
		if d.maxlen < 0 {
			return tuple(cls(self), tuple(), state, it), nil
		}
		return tuple(cls(self), tuple(tuple(), object.Int(int64(d.maxlen))), state, it), nil
	})
	t.AddRawMethod("__reversed__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("deque.__reversed__", args, kw); err != nil {
			return object.Null, err
		}
		d := dequeOf(self)
		return object.FromObject(&dequeIter{d: d, pos: d.n - 1, state: d.state, counter: d.n, rev: true}), nil
	})
	t.AddMethod("__sizeof__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("deque.__sizeof__", args, kw); err != nil {
			return object.Null, err
		}
		d := self.Object().(*Deque)
		blocks := (d.n + 64) / 64
		return object.Int(int64(80 + blocks*528)), nil
	})
	t.AddGetter("maxlen", func(self object.Value) (object.Value, error) {
		d := dequeOf(self)
		if d.maxlen < 0 {
			return object.None, nil
		}
		return object.Int(int64(d.maxlen)), nil
	})
	addClassGetItem(t)

	slot1 := func(name string, fn func(self object.Value, arg object.Value) (object.Value, error)) {
		t.AddSlot(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := slotArgs(name, args, kw, 1); err != nil {
				return object.Null, err
			}
			return fn(self, args[0])
		})
	}
	slot0 := func(name string, fn func(self object.Value) (object.Value, error)) {
		t.AddSlot(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := slotArgs(name, args, kw, 0); err != nil {
				return object.Null, err
			}
			return fn(self)
		})
	}
	slot0("__repr__", func(self object.Value) (object.Value, error) {
		s, err := dequeRepr(self)
		return object.NewStr(s), err
	})
	slot0("__len__", func(self object.Value) (object.Value, error) { return object.Int(int64(dequeOf(self).n)), nil })
	slot0("__bool__", func(self object.Value) (object.Value, error) { return object.Bool(dequeOf(self).n != 0), nil })
	slot0("__iter__", func(self object.Value) (object.Value, error) {
		d := dequeOf(self)
		return object.FromObject(&dequeIter{d: d, state: d.state, counter: d.n}), nil
	})
	slot1("__getitem__", func(self, key object.Value) (object.Value, error) {
		d := dequeOf(self)
		i, err := dequeIndex(d, key)
		if err != nil {
			return object.Null, err
		}
		return *d.slot(i), nil
	})
	t.AddSlot("__setitem__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := slotArgs("__setitem__", args, kw, 2); err != nil {
			return object.Null, err
		}
		d := dequeOf(self)
		i, err := dequeIndex(d, args[0])
		if err != nil {
			return object.Null, err
		}
		*d.slot(i) = args[1]
		return object.None, nil
	})
	slot1("__delitem__", func(self, key object.Value) (object.Value, error) {
		d := dequeOf(self)
		i, err := dequeIndex(d, key)
		if err != nil {
			return object.Null, err
		}
		d.delItem(i)
		return object.None, nil
	})
	slot1("__contains__", func(self, v object.Value) (object.Value, error) {
		d := dequeOf(self)
		i, err := dequeSearch(d, 0, d.n, v, object.RuntimeError, true, nil)
		return object.Bool(i >= 0), err
	})
	slot1("__iadd__", func(self, other object.Value) (object.Value, error) {
		if err := dequeOf(self).extend(other, false); err != nil {
			return object.Null, err
		}
		return self, nil
	})
	slot1("__add__", func(self, other object.Value) (object.Value, error) {
		if !isDeque(other) {
			return object.Null, object.Errorf(object.TypeError, "can only concatenate deque (not \"%s\") to deque", object.TypeOf(other).Name)
		}
		nd, err := dequeCopy(self)
		if err != nil {
			return object.Null, err
		}
		return nd, dequeOf(nd).extend(other, false)
	})
	mul := func(self, other object.Value, reflected bool) (object.Value, error) {
		n, ok, err := repeatCount(other)
		if err != nil {
			return object.Null, err
		}
		if !ok {
			if reflected && isSeqRepeat(other) {
				// seq * deque: the left operand's repeat refuses the deque.
				return object.Null, object.Errorf(object.TypeError, "can't multiply sequence by non-int of type '%s'", object.TypeOf(self).Name)
			}
			// A class's __rmul__ may still accept the deque; built-in
			// types have no sequence repeat to offer.
			if ot := object.TypeOf(other); ot.Heap && !ot.LookupString("__rmul__").IsNull() && !isDeque(other) {
				return object.NotImplemented, nil
			}
			return object.Null, object.Errorf(object.TypeError, "can't multiply sequence by non-int of type '%s'", object.TypeOf(other).Name)
		}
		nd, err := dequeCopy(self)
		if err != nil {
			return object.Null, err
		}
		return nd, dequeInplaceRepeat(dequeOf(nd), n)
	}
	slot1("__mul__", func(self, other object.Value) (object.Value, error) { return mul(self, other, false) })
	slot1("__rmul__", func(self, other object.Value) (object.Value, error) { return mul(self, other, true) })
	slot1("__imul__", func(self, other object.Value) (object.Value, error) {
		n, ok, err := repeatCount(other)
		if err != nil {
			return object.Null, err
		}
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "can't multiply sequence by non-int of type '%s'", object.TypeOf(other).Name)
		}
		return self, dequeInplaceRepeat(dequeOf(self), n)
	})
	for op, name := range [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"} {
		op := object.CompareOp(op)
		slot1(name, func(self, other object.Value) (object.Value, error) {
			return dequeCompare(self, other, op)
		})
	}
}

// isSeqRepeat reports whether v's type has a sequence repeat of its own
// (CPython's sq_repeat): the built-in sequences and deques.
func isSeqRepeat(v object.Value) bool {
	t := object.TypeOf(v)
	for _, s := range []*object.Type{object.StrType, object.BytesType, object.ByteArrayType, object.ListType, object.TupleType, dequeType} {
		if t.IsSubtype(s) {
			return true
		}
	}
	return false
}

// sliceIndex is _PyEval_SliceIndexNotNone: an int or an __index__ object,
// clamped to the Go int range.
func sliceIndex(v object.Value) (int, error) {
	if !v.IsInt() && !v.IsBool() && object.TypeOf(v).LookupString("__index__").IsNull() {
		return 0, object.Errorf(object.TypeError, "slice indices must be integers or have an __index__ method")
	}
	r, err := object.Index(v)
	if err != nil {
		return 0, err
	}
	if n, ok := r.AsInt(); ok {
		return int(n), nil
	}
	if b, _ := object.ToBigInt(r); b != nil && b.Sign() < 0 {
		return math.MinInt, nil
	}
	return math.MaxInt, nil
}

// slotArgs is the argument check of a slot wrapper.
func slotArgs(name string, args []object.Value, kw []string, n int) error {
	if err := object.NoKwargs(name, kw); err != nil {
		return err
	}
	return object.CheckPositional(name, len(args), n, n)
}

// dequeIter is _collections._deque_iterator (rev: the reverse one).
type dequeIter struct {
	d       *Deque
	pos     int
	state   uint64
	counter int
	rev     bool
}

func (it *dequeIter) Type() *object.Type {
	if it.rev {
		return dequeRevIterType
	}
	return dequeIterType
}

// Next returns the next item, failing once the deque has changed.
func (it *dequeIter) Next() (object.Value, bool, error) {
	if it.rev && it.counter == 0 {
		return object.Null, false, nil
	}
	if it.d.state != it.state {
		it.counter = 0
		return object.Null, false, object.Errorf(object.RuntimeError, "deque mutated during iteration")
	}
	if it.counter == 0 {
		return object.Null, false, nil
	}
	v := *it.d.slot(it.pos)
	if it.rev {
		it.pos--
	} else {
		it.pos++
	}
	it.counter--
	return v, true, nil
}

func dequeIterNew(rev bool) func(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	return func(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
		args = args[:len(args)-len(kw)]
		if len(args) < 1 || len(args) > 2 {
			how, n := "at least", 1
			if len(args) > 2 {
				how, n = "at most", 2
			}
			return object.Null, object.Errorf(object.TypeError, "function takes %s %d argument%s (%d given)", how, n, plural(n), len(args))
		}
		if !isDeque(args[0]) {
			return object.Null, object.Errorf(object.TypeError, "argument 1 must be collections.deque, not %s", argTypeName(args[0]))
		}
		index := int64(0)
		if len(args) == 2 {
			var err error
			if index, err = asSsize(args[1]); err != nil {
				return object.Null, err
			}
		}
		d := dequeOf(args[0])
		it := &dequeIter{d: d, state: d.state, counter: d.n, rev: rev}
		if rev {
			it.pos = d.n - 1
		}
		for i := int64(0); i < index; i++ {
			if _, ok, err := it.Next(); err != nil {
				return object.Null, err
			} else if !ok {
				break
			}
		}
		return object.FromObject(it), nil
	}
}

func initDequeIters() {
	for _, rev := range []bool{false, true} {
		t := dequeIterType
		if rev {
			t = dequeRevIterType
		}
		t.SetNew(dequeIterNew(rev), nil)
		t.AddMethod("__length_hint__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := noArgs("__length_hint__", args, kw); err != nil {
				return object.Null, err
			}
			return object.Int(int64(self.Object().(*dequeIter).counter)), nil
		})
		reduceMethod(t, func(self object.Value, it *dequeIter) (object.Value, error) {
			return tuple(cls(self), tuple(object.FromObject(it.d), object.Int(int64(it.d.n-it.counter)))), nil
		})
	}
}

// ---- defaultdict ----

// A defaultdict is an *object.Instance of defaultdictType (or a class
// deriving from it) whose Builtin is the *object.Dict the dict methods
// work on and whose first slot holds default_factory.

func factoryOf(self object.Value) object.Value {
	inst, ok := self.Object().(*object.Instance)
	if !ok || len(inst.Slots()) <= defaultFactory {
		return object.None
	}
	f := inst.Slots()[defaultFactory]
	if f.IsNull() {
		return object.None
	}
	return f
}

func defaultdictNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	inst := object.NewBuiltinInstance(t, object.FromObject(object.NewDict(0)))
	inst.Slots()[defaultFactory] = object.None
	return object.FromObject(inst), nil
}

func defaultdictInit(self object.Value, args []object.Value, kw []string) error {
	npos := len(args) - len(kw)
	var factory object.Value = object.None
	rest := args
	if npos > 0 {
		factory = args[0]
		if !factory.IsNone() && !object.IsCallable(factory) {
			return object.Errorf(object.TypeError, "first argument must be callable or None")
		}
		rest = args[1:]
	}
	if inst, ok := self.Object().(*object.Instance); ok && len(inst.Slots()) > defaultFactory {
		inst.Slots()[defaultFactory] = factory
	}
	return object.DictType.Init(self, rest, kw)
}

// newDefaultdict is new_defdict: type(dd)(dd.default_factory, arg).
func newDefaultdict(dd, arg object.Value) (object.Value, error) {
	return object.Call(cls(dd), []object.Value{factoryOf(dd), arg}, nil)
}

func initDefaultdict() {
	t := defaultdictType
	t.Doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory"
	t.SetNew(defaultdictNew, defaultdictInit)
	t.SetAttrString("__hash__", object.None)
	t.AddRawMethod("__missing__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("defaultdict.__missing__", args, kw); err != nil {
			return object.Null, err
		}
		f := factoryOf(self)
		if f.IsNone() {
			return object.Null, object.NewException(object.KeyError, args[0])
		}
		v, err := callGuarded(f, nil, nil)
		if err != nil {
			return object.Null, err
		}
		if err := object.SetItem(self, args[0], v); err != nil {
			return object.Null, err
		}
		return v, nil
	})
	for _, name := range []string{"copy", "__copy__"} {
		name := name
		t.AddRawMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := noArgsQ("defaultdict", name, args, kw); err != nil {
				return object.Null, err
			}
			return newDefaultdict(self, self)
		})
	}
	t.AddRawMethod("__reduce__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("defaultdict.__reduce__", args, kw); err != nil {
			return object.Null, err
		}
		fargs := tuple()
		if f := factoryOf(self); !f.IsNone() {
			fargs = tuple(f)
		}
		items, err := object.CallMethodByName(self, "items")
		if err != nil {
			return object.Null, err
		}
		it, err := object.GetIter(items)
		if err != nil {
			return object.Null, err
		}
		return tuple(cls(self), fargs, object.None, object.None, it), nil
	})
	t.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := slotArgs("__repr__", args, kw, 0); err != nil {
			return object.Null, err
		}
		// CPython's defaultdict is its dict: the repr guards both enter
		// the one object, here the dict payload.
		var base string
		var err error
		if !object.ReprEnter(object.Unwrap(self).Object()) {
			base = "{...}"
		} else {
			object.ReprLeave()
			if base, err = object.Repr(object.Unwrap(self)); err != nil {
				return object.Null, err
			}
		}
		f := factoryOf(self)
		var frepr string
		if f.Kind() == object.KindObject && !object.ReprEnter(object.Unwrap(f).Object()) {
			frepr = "..."
		} else {
			frepr, err = object.Repr(f)
			if f.Kind() == object.KindObject {
				object.ReprLeave()
			}
			if err != nil {
				return object.Null, err
			}
		}
		var b strings.Builder
		b.WriteString(shortName(object.TypeOf(self)))
		b.WriteByte('(')
		b.WriteString(frepr)
		b.WriteString(", ")
		b.WriteString(base)
		b.WriteByte(')')
		return object.NewStr(b.String()), nil
	})
	or := func(left, right object.Value) (object.Value, error) {
		self, other := left, right
		if !object.TypeOf(left).IsSubtype(defaultdictType) {
			self, other = right, left
		}
		if !object.TypeOf(other).IsSubtype(object.DictType) {
			return object.NotImplemented, nil
		}
		n, err := newDefaultdict(self, left)
		if err != nil {
			return object.Null, err
		}
		d := object.Unwrap(n).Object().(*object.Dict)
		return n, d.Update(right)
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
	addClassGetItem(t)
}

// ---- _count_elements ----

// countElements is _collections._count_elements(mapping, iterable), the
// loop of Counter.update: straight into the dict when mapping is a dict
// whose get and __setitem__ are dict's own.
func countElements(args []object.Value, kw []string) (object.Value, error) {
	if err := funcPosOnly("_collections", "_count_elements", args, kw, 2, 2); err != nil {
		return object.Null, err
	}
	mapping := args[0]
	it, err := object.GetIter(args[1])
	if err != nil {
		return object.Null, err
	}
	mt := object.TypeOf(mapping)
	one := object.Int(1)
	if d, ok := object.Unwrap(mapping).Object().(*object.Dict); ok && mt.IsSubtype(object.DictType) &&
		mt.LookupString("get").Is(object.DictType.LookupString("get")) &&
		mt.LookupString("__setitem__").Is(object.DictType.LookupString("__setitem__")) {
		for {
			k, ok, err := iterNext(it)
			if !ok || err != nil {
				return object.None, err
			}
			i, err := d.Lookup(k)
			if err != nil {
				return object.Null, err
			}
			if i >= 0 {
				if old := d.ValueAt(i); old.IsInt() && old.RawInt() < math.MaxInt64 {
					// No Python code runs: the entry stays where it is.
					d.SetAt(i, object.Int(old.RawInt()+1))
					continue
				}
			}
			nv := one
			if i >= 0 {
				if nv, err = object.BinaryOp(object.Add, d.ValueAt(i), one); err != nil {
					return object.Null, err
				}
			}
			if err := d.Set(k, nv); err != nil {
				return object.Null, err
			}
		}
	}
	get, err := object.GetAttrString(mapping, "get")
	if err != nil {
		return object.Null, err
	}
	zero := object.Int(0)
	for {
		k, ok, err := iterNext(it)
		if !ok || err != nil {
			return object.None, err
		}
		old, err := object.Call(get, []object.Value{k, zero}, nil)
		if err != nil {
			return object.Null, err
		}
		nv, err := object.BinaryOp(object.Add, old, one)
		if err != nil {
			return object.Null, err
		}
		if err := object.SetItem(mapping, k, nv); err != nil {
			return object.Null, err
		}
	}
}

// ---- _tuplegetter ----

// tupleGetter is _collections._tuplegetter(index, doc): the descriptor
// namedtuple puts on its class for each field.
type tupleGetter struct {
	index int64
	doc   object.Value
}

func (g *tupleGetter) Type() *object.Type { return tuplegetterType }

// DescrGet reads the field from a tuple.
func (g *tupleGetter) DescrGet(obj object.Value, typ *object.Type) (object.Value, error) {
	if obj.IsNull() {
		return object.FromObject(g), nil
	}
	t, ok := object.Unwrap(obj).Object().(*object.Tuple)
	if !ok || obj.Kind() != object.KindObject || !object.TypeOf(obj).IsSubtype(object.TupleType) {
		if obj.IsNone() {
			return object.FromObject(g), nil
		}
		return object.Null, object.Errorf(object.TypeError, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index, object.TypeOf(obj).Name)
	}
	if uint64(g.index) >= uint64(len(t.Items)) {
		return object.Null, object.Errorf(object.IndexError, "tuple index out of range")
	}
	return t.Items[g.index], nil
}

// DescrSet refuses: namedtuple fields are read-only.
func (g *tupleGetter) DescrSet(obj, v object.Value) error {
	if v.IsNull() {
		return object.Errorf(object.AttributeError, "can't delete attribute")
	}
	return object.Errorf(object.AttributeError, "can't set attribute")
}

func initTuplegetter() {
	t := tuplegetterType
	t.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		g := self.Object().(*tupleGetter)
		d, err := object.Repr(g.doc)
		if err != nil {
			return object.Null, err
		}
		return object.NewStr("_tuplegetter(" + itoa(g.index) + ", " + d + ")"), nil
	})
	t.SetNew(func(tt *object.Type, args []object.Value, kw []string) (object.Value, error) {
		args, err := posOnlyNew("_tuplegetter", tt, tuplegetterType, args, kw, 2, 2)
		if err != nil {
			return object.Null, err
		}
		idx, err := asSsize(args[0])
		if err != nil {
			return object.Null, err
		}
		return object.FromObject(&tupleGetter{index: idx, doc: args[1]}), nil
	}, nil)
	t.AddGetSet("__doc__", func(self object.Value) (object.Value, error) {
		return self.Object().(*tupleGetter).doc, nil
	}, func(self, v object.Value) error {
		if v.IsNull() {
			v = object.None
		}
		self.Object().(*tupleGetter).doc = v
		return nil
	})
	t.AddSlot("__get__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
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
		if obj.IsNone() {
			obj = object.Null
		}
		tt, _ := typ.Object().(*object.Type)
		return self.Object().(*tupleGetter).DescrGet(obj, tt)
	})
	t.AddSlot("__set__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := slotArgs("__set__", args, kw, 2); err != nil {
			return object.Null, err
		}
		return object.Null, self.Object().(*tupleGetter).DescrSet(args[0], args[1])
	})
	t.AddSlot("__delete__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := slotArgs("__delete__", args, kw, 1); err != nil {
			return object.Null, err
		}
		return object.Null, self.Object().(*tupleGetter).DescrSet(args[0], object.Null)
	})
	reduceMethod(t, func(self object.Value, g *tupleGetter) (object.Value, error) {
		return tuple(cls(self), tuple(object.Int(g.index), g.doc)), nil
	})
}

func init() {
	dequeType.MatchFlags = object.MatchSequence
	initDeque()
	initDequeIters()
	initDefaultdict()
	initTuplegetter()
	initODict()
}
