package object

import (
	"math"
	"math/big"
	"unicode/utf8"
)

var bigOne = big.NewInt(1)

var (
	strIteratorType   = newBuiltinType("str_iterator", ObjectType)
	bytesIteratorType = newBuiltinType("bytes_iterator", ObjectType)
	EnumerateType     = newBuiltinType("enumerate", ObjectType)
	ZipType           = newBuiltinType("zip", ObjectType)
	MapType           = newBuiltinType("map", ObjectType)
	FilterType        = newBuiltinType("filter", ObjectType)
	ReversedType      = newBuiltinType("reversed", ObjectType)
	callIteratorType  = newBuiltinType("callable_iterator", ObjectType)
)

type strIterator struct {
	s string
	i int
}

// Type returns the Python type of strIterator.
func (it *strIterator) Type() *Type { return strIteratorType }

// Next returns the next item; ok is false once exhausted.
func (it *strIterator) Next() (Value, bool, error) {
	if it.i >= len(it.s) {
		return Null, false, nil
	}
	c := it.s[it.i]
	if c < utf8.RuneSelf {
		it.i++
		return FromObject(asciiChars[c]), true, nil
	}
	_, n := decodeRune(it.s[it.i:])
	r := it.s[it.i : it.i+n]
	it.i += n
	return NewStr(r), true, nil
}

type bytesIterator struct {
	b []byte
	i int
}

// Type returns the Python type of bytesIterator.
func (it *bytesIterator) Type() *Type { return bytesIteratorType }

// Next returns the next item; ok is false once exhausted.
func (it *bytesIterator) Next() (Value, bool, error) {
	if it.i >= len(it.b) {
		return Null, false, nil
	}
	it.i++
	return Int(int64(it.b[it.i-1])), true, nil
}

// Enumerate is the enumerate iterator. The count is an int64 until it
// would pass 2**63-1, then a big int (CPython's en_index and
// en_longindex).
type Enumerate struct {
	it       Value
	count    int64
	bigCount *big.Int // non-nil once the count left int64
}

// Type returns EnumerateType.
func (e *Enumerate) Type() *Type { return EnumerateType }

// Next returns the next (index, item) pair.
func (e *Enumerate) Next() (Value, bool, error) {
	var pair [2]Value
	if ok, err := e.NextUnpacked(pair[:]); !ok || err != nil {
		return Null, ok, err
	}
	return FromObject(Tuple2(pair[1], pair[0])), true, nil
}

// NextUnpacked is Next for `for i, x in enumerate(...)`: the index and the
// item go into dst as UNPACK_SEQUENCE leaves them on the stack (dst[1] the
// index, dst[0] the item), and no tuple is made.
func (e *Enumerate) NextUnpacked(dst []Value) (bool, error) {
	v, ok, err := nextNested(e.it)
	if !ok || err != nil {
		return ok, err
	}
	if e.bigCount == nil && e.count == math.MaxInt64 {
		e.bigCount = big.NewInt(math.MaxInt64)
	}
	if e.bigCount != nil {
		dst[1] = normBig(new(big.Int).Set(e.bigCount))
		e.bigCount.Add(e.bigCount, bigOne)
	} else {
		dst[1] = Int(e.count)
		e.count++
	}
	dst[0] = v
	return true, nil
}

// countValue is the next index as a Python int.
func (e *Enumerate) countValue() Value {
	if e.bigCount != nil {
		return normBig(new(big.Int).Set(e.bigCount))
	}
	return Int(e.count)
}

func enumerateNew(t *Type, args []Value, kwnames []string) (Value, error) {
	var a [2]Value
	if err := ParseArgs("enumerate", args, kwnames, []string{"iterable", "start"}, 2, 1, a[:]); err != nil {
		return Null, err
	}
	it, err := GetIter(a[0])
	if err != nil {
		return Null, err
	}
	e := &Enumerate{it: it}
	if !a[1].IsNull() {
		s, err := Index(a[1])
		if err != nil {
			return Null, err
		}
		if n, ok := s.AsInt(); ok {
			e.count = n
		} else {
			e.bigCount = new(big.Int).Set(toBig(s))
		}
	}
	return wrapBuiltin(t, FromObject(e)), nil
}

// Zip is the zip iterator.
type Zip struct {
	its    []Value
	strict bool
}

// Type returns ZipType.
func (z *Zip) Type() *Type { return ZipType }

// Next returns the next tuple.
func (z *Zip) Next() (Value, bool, error) {
	if len(z.its) == 0 {
		return Null, false, nil
	}
	t := MakeTuple(len(z.its))
	if ok, err := z.next(t.Items, false); !ok || err != nil {
		return Null, ok, err
	}
	return FromObject(t), true, nil
}

// Width is the number of iterables zipped (0 once exhausted).
func (z *Zip) Width() int { return len(z.its) }

// NextUnpacked is Next for `for a, b in zip(...)` with Width() targets:
// the items go into dst as UNPACK_SEQUENCE leaves them on the stack (the
// first item last), and no tuple is made.
func (z *Zip) NextUnpacked(dst []Value) (bool, error) {
	if len(z.its) == 0 {
		return false, nil
	}
	return z.next(dst, true)
}

// next fills items with one item of each iterable, in order or (reversed)
// in stack order.
func (z *Zip) next(items []Value, reversed bool) (bool, error) {
	for i := range z.its {
		it := &z.its[i] // not a copy of the 32-byte Value per item
		// A list's or tuple's iterator (matmul's zip(row, col)) is
		// stepped here; exhausted, it takes nextNested's way, which also
		// drops the list as CPython does.
		var v Value
		ok := false
		switch li := it.o.(type) {
		case *listIterator:
			if l := li.list; l != nil && uint(li.i) < uint(len(l.Items)) {
				v, ok = l.Items[li.i], true
				li.i++
			}
		case *tupleIterator:
			if uint(li.i) < uint(len(li.items)) {
				v, ok = li.items[li.i], true
				li.i++
			}
		}
		if !ok {
			var err error
			if v, ok, err = nextNested(*it); err != nil {
				return false, err
			}
		}
		if !ok {
			if z.strict {
				if i > 0 {
					return false, Errorf(ValueError, "zip() argument %d is shorter than argument%s 1%s", i+1, pluralS(i), rangeSuffix(i))
				}
				for j := 1; j < len(z.its); j++ {
					if _, ok, err := Next(z.its[j]); err != nil {
						return false, err
					} else if ok {
						return false, Errorf(ValueError, "zip() argument %d is longer than argument%s 1%s", j+1, pluralS(j), rangeSuffix(j))
					}
				}
			}
			z.its = nil
			return false, nil
		}
		if reversed {
			items[len(items)-1-i] = v
		} else {
			items[i] = v
		}
	}
	return true, nil
}

func pluralS(i int) string {
	if i > 1 {
		return "s"
	}
	return ""
}

func rangeSuffix(i int) string {
	if i > 1 {
		return "-" + formatInt64(int64(i))
	}
	return ""
}

func zipNew(t *Type, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	z := newZip(npos)
	for i, k := range kwnames {
		if k != "strict" {
			return Null, Errorf(TypeError, "zip() got an unexpected keyword argument '%s'", k)
		}
		s, err := Truth(args[npos+i])
		if err != nil {
			return Null, err
		}
		z.strict = s
	}
	for _, a := range args[:npos] {
		it, err := GetIter(a)
		if err != nil {
			return Null, err // CPython 3.10 keeps iter()'s own error
		}
		z.its = append(z.its, it)
	}
	return wrapBuiltin(t, FromObject(z)), nil
}

// zip2 and zip3 are a zip of two or three iterables in one allocation
// (appending the iterators one by one made two more).
type (
	zip2 struct {
		z Zip
		a [2]Value
	}
	zip3 struct {
		z Zip
		a [3]Value
	}
)

func newZip(n int) *Zip {
	switch n {
	case 0, 1:
		return &Zip{its: make([]Value, 0, n)}
	case 2:
		p := &zip2{}
		p.z.its = p.a[:0]
		return &p.z
	case 3:
		p := &zip3{}
		p.z.its = p.a[:0]
		return &p.z
	}
	return &Zip{its: make([]Value, 0, n)}
}

// Map is the map iterator.
type Map struct {
	fn  Value
	its []Value
}

// Type returns MapType.
func (m *Map) Type() *Type { return MapType }

// Next applies the function to the next items.
func (m *Map) Next() (Value, bool, error) {
	if len(m.its) == 1 {
		// map(f, xs): no argument slice (Call1).
		v, ok, err := nextNested(m.its[0])
		if !ok || err != nil {
			return Null, false, err
		}
		r, err := Call1(m.fn, v)
		return r, err == nil, err
	}
	args := make([]Value, len(m.its))
	for i, it := range m.its {
		v, ok, err := nextNested(it)
		if !ok || err != nil {
			return Null, false, err
		}
		args[i] = v
	}
	r, err := Call(m.fn, args, nil)
	return r, err == nil, err
}

func mapNew(t *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("map", kwnames); err != nil {
		return Null, err
	}
	if len(args) < 2 {
		return Null, Errorf(TypeError, "map() must have at least two arguments.")
	}
	var m *Map
	if len(args) == 2 {
		p := &map1{} // map(f, xs) in one allocation
		m = &p.m
		m.its = p.a[:0]
	} else {
		m = &Map{its: make([]Value, 0, len(args)-1)}
	}
	m.fn = args[0]
	for _, a := range args[1:] {
		it, err := GetIter(a)
		if err != nil {
			return Null, err
		}
		m.its = append(m.its, it)
	}
	return wrapBuiltin(t, FromObject(m)), nil
}

type map1 struct {
	m Map
	a [1]Value
}

// Filter is the filter iterator.
type Filter struct {
	fn, it Value
}

// Type returns FilterType.
func (f *Filter) Type() *Type { return FilterType }

// Next returns the next item the predicate accepts.
func (f *Filter) Next() (Value, bool, error) {
	for {
		v, ok, err := nextNested(f.it)
		if !ok || err != nil {
			return Null, false, err
		}
		keep := v
		if !f.fn.IsNone() {
			if keep, err = Call1(f.fn, v); err != nil {
				return Null, false, err
			}
		}
		t, err := Truth(keep)
		if err != nil {
			return Null, false, err
		}
		if t {
			return v, true, nil
		}
	}
}

func filterNew(t *Type, args []Value, kwnames []string) (Value, error) {
	if err := PositionalOnly("filter", args, kwnames, 2, 2); err != nil {
		return Null, err
	}
	it, err := GetIter(args[1])
	if err != nil {
		return Null, err
	}
	return wrapBuiltin(t, FromObject(&Filter{fn: args[0], it: it})), nil
}

// Reversed iterates a sequence backwards through __getitem__/__len__.
type Reversed struct {
	seq Value
	i   int
	typ *Type // list_reverseiterator for lists; nil: reversed
}

var listReverseIteratorType = newBuiltinType("list_reverseiterator", ObjectType)

// Type returns ReversedType (list_reverseiterator for a list).
func (r *Reversed) Type() *Type {
	if r.typ != nil {
		return r.typ
	}
	return ReversedType
}

// Next returns the previous item.
func (r *Reversed) Next() (Value, bool, error) {
	// Exhaustion drops the sequence, as CPython's does (its __reduce__
	// tells the two states apart).
	if r.i < 0 || r.seq.IsNull() {
		r.i, r.seq = -1, Null
		return Null, false, nil
	}
	if l, ok := r.seq.o.(*List); ok && r.i >= len(l.Items) {
		r.i, r.seq = -1, Null
		return Null, false, nil
	}
	v, err := GetItem(r.seq, Int(int64(r.i)))
	if err != nil {
		if ExceptionMatches(err, IndexError) || ExceptionMatches(err, StopIteration) {
			r.i, r.seq = -1, Null
			return Null, false, nil
		}
		return Null, false, err
	}
	r.i--
	return v, true, nil
}

func reversedNew(t *Type, args []Value, kwnames []string) (Value, error) {
	if err := PositionalOnly("reversed", args, kwnames, 1, 1); err != nil {
		return Null, err
	}
	seq := args[0]
	switch o := Unwrap(seq).o.(type) {
	case *List:
		if !TypeOf(seq).viaNamespace() || TypeOf(seq).Lookup(strReversed).Is(ListType.Lookup(strReversed)) {
			return FromObject(&Reversed{seq: FromObject(o), i: len(o.Items) - 1, typ: listReverseIteratorType}), nil
		}
	case *Range:
		if !TypeOf(seq).Heap {
			return FromObject(o.reversed()), nil
		}
	case *Dict:
		if !TypeOf(seq).viaNamespace() || TypeOf(seq).Lookup(strReversed).Is(DictType.Lookup(strReversed)) {
			return FromObject(newDictReverseIterator(o, dictKeys)), nil
		}
	case *dictView:
		// A view of a native class (OrderedDict's odict_keys) may reverse
		// its own way.
		if !TypeOf(seq).viaNamespace() {
			return FromObject(newDictReverseIterator(o.d, o.kind)), nil
		}
	case *MappingProxy:
		return CallMethodByName(o.mapping(), "__reversed__")
	}
	tt := TypeOf(seq)
	if m := tt.Lookup(strReversed); !m.IsNull() && tt.viaNamespace() {
		if m.IsNone() {
			return Null, Errorf(TypeError, "'%s' object is not reversible", tt.Name)
		}
		return CallMethodValue(m, seq, nil, nil)
	}
	if tt.Lookup(strGetitem).IsNull() || tt == DictType || tt.Lookup(strLen).IsNull() {
		return Null, Errorf(TypeError, "'%s' object is not reversible", tt.Name)
	}
	n, err := Len(seq)
	if err != nil {
		return Null, err
	}
	return FromObject(&Reversed{seq: seq, i: n - 1}), nil
}

// callIterator is iter(callable, sentinel).
type callIterator struct {
	fn, sentinel Value
}

// Type returns the Python type of callIterator.
func (c *callIterator) Type() *Type { return callIteratorType }

// Next returns the next item; ok is false once exhausted.
func (c *callIterator) Next() (Value, bool, error) {
	if c.fn.IsNull() {
		return Null, false, nil
	}
	if err := EnterRecursiveCall(""); err != nil {
		return Null, false, err
	}
	v, err := Call(c.fn, nil, nil)
	LeaveRecursiveCall()
	if err != nil {
		if ExceptionMatches(err, StopIteration) {
			Drop(err)
			c.fn = Null
			return Null, false, nil
		}
		return Null, false, err
	}
	eq, err := Equal(v, c.sentinel)
	if err != nil {
		return Null, false, err
	}
	if eq {
		c.fn = Null
		return Null, false, nil
	}
	return v, true, nil
}

// NewCallIterator returns iter(fn, sentinel).
func NewCallIterator(fn, sentinel Value) Value {
	return FromObject(&callIterator{fn: fn, sentinel: sentinel})
}

// nextNested advances the iterator an iterator wraps (map, filter, zip,
// enumerate): a tower of them recurses in Go, so each level counts against
// the recursion limit instead of growing the Go stack without bound.
func nextNested(it Value) (Value, bool, error) {
	// A list's or tuple's own iterator calls nothing: no recursion to
	// guard (zip and enumerate over lists step them per item).
	switch li := it.o.(type) {
	case *listIterator:
		return li.Next()
	case *tupleIterator:
		return li.Next()
	}
	if err := EnterRecursiveCall(""); err != nil {
		return Null, false, err
	}
	v, ok, err := Next(it)
	LeaveRecursiveCall()
	return v, ok, err
}
