package object

import (
	"math"
	"slices"
	"strings"
	"unsafe"
)

// Tuple is an immutable sequence.
type Tuple struct {
	Items []Value
}

// Type returns TupleType.
func (t *Tuple) Type() *Type { return TupleType }

var emptyTuple = &Tuple{}

// NewTuple returns a tuple holding items (the slice is kept).
func NewTuple(items ...Value) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	return &Tuple{Items: items}
}

// Small tuples are one allocation: the header and the items together
// (NewTuple's callers allocate the items first, which makes two).
type (
	tuple1 struct {
		t Tuple
		a [1]Value
	}
	tuple2 struct {
		t Tuple
		a [2]Value
	}
	tuple3 struct {
		t Tuple
		a [3]Value
	}
	tuple4 struct {
		t Tuple
		a [4]Value
	}
	tuple5 struct {
		t Tuple
		a [5]Value
	}
	tuple6 struct {
		t Tuple
		a [6]Value
	}
	tuple7 struct {
		t Tuple
		a [7]Value
	}
	tuple8 struct {
		t Tuple
		a [8]Value
	}
)

// MakeTuple returns a new tuple of n items, all Null, for the caller to
// fill before anything else sees it.
func MakeTuple(n int) *Tuple {
	switch n {
	case 0:
		return emptyTuple
	case 1:
		p := &tuple1{}
		p.t.Items = p.a[:]
		return &p.t
	case 2:
		p := &tuple2{}
		p.t.Items = p.a[:]
		return &p.t
	case 3:
		p := &tuple3{}
		p.t.Items = p.a[:]
		return &p.t
	case 4:
		p := &tuple4{}
		p.t.Items = p.a[:]
		return &p.t
	case 5:
		p := &tuple5{}
		p.t.Items = p.a[:]
		return &p.t
	case 6:
		p := &tuple6{}
		p.t.Items = p.a[:]
		return &p.t
	case 7:
		p := &tuple7{}
		p.t.Items = p.a[:]
		return &p.t
	case 8:
		p := &tuple8{}
		p.t.Items = p.a[:]
		return &p.t
	}
	return &Tuple{Items: make([]Value, n)}
}

// Tuple2 returns the tuple (a, b) in one allocation.
func Tuple2(a, b Value) *Tuple {
	p := &tuple2{a: [2]Value{a, b}}
	p.t.Items = p.a[:]
	return &p.t
}

// TupleValue returns a tuple Value holding items.
func TupleValue(items ...Value) Value { return FromObject(NewTuple(items...)) }

// List is a Python list.
type List struct {
	Items []Value
}

// Type returns ListType.
func (l *List) Type() *Type { return ListType }

// NewList returns a list holding items (the slice is kept).
func NewList(items ...Value) *List { return &List{Items: items} }

// Short lists are one allocation: the header and exactly their items
// together (each size its own type, so that the allocation is the
// smallest size class that holds them: fresh heap bytes cost as much as
// instructions). A list that grows moves its items to a slice of their
// own (AppendItem; the room stays allocated while the list lives).
type (
	list1 struct {
		l List
		a [1]Value
	}
	list2 struct {
		l List
		a [2]Value
	}
	list3 struct {
		l List
		a [3]Value
	}
	list4 struct {
		l List
		a [4]Value
	}
	list5 struct {
		l List
		a [5]Value
	}
	list6 struct {
		l List
		a [6]Value
	}
	list7 struct {
		l List
		a [7]Value
	}
	list8 struct {
		l List
		a [8]Value
	}
)

// NewListLen returns a new list of n items, all Null, for the caller to
// fill before anything else sees it.
func NewListLen(n int) *List {
	switch n {
	case 0:
		return &List{}
	case 1:
		p := &list1{}
		p.l.Items = p.a[:]
		return &p.l
	case 2:
		p := &list2{}
		p.l.Items = p.a[:]
		return &p.l
	case 3:
		p := &list3{}
		p.l.Items = p.a[:]
		return &p.l
	case 4:
		p := &list4{}
		p.l.Items = p.a[:]
		return &p.l
	case 5:
		p := &list5{}
		p.l.Items = p.a[:]
		return &p.l
	case 6:
		p := &list6{}
		p.l.Items = p.a[:]
		return &p.l
	case 7:
		p := &list7{}
		p.l.Items = p.a[:]
		return &p.l
	case 8:
		p := &list8{}
		p.l.Items = p.a[:]
		return &p.l
	}
	return &List{Items: make([]Value, n)}
}

// ListToTuple returns a tuple of l's items and leaves l empty: for a list
// nothing else can see (LIST_TO_TUPLE's temporary), so the tuple takes the
// items without a copy, unless the list has much more room than items.
func ListToTuple(l *List) *Tuple {
	items := l.Items
	l.Items = nil
	n := len(items)
	if cap(items) > 2*n+8 {
		t := MakeTuple(n)
		copy(t.Items, items)
		return t
	}
	return NewTuple(items[:n:n]...)
}

// ListValue returns a list Value holding items.
func ListValue(items ...Value) Value { return FromObject(&List{Items: items}) }

// Append adds v at the end (amortised O(1)).
func (l *List) Append(v Value) { l.Items = AppendItem(l.Items, v) }

// AppendItem appends v to a list's items. The first item of an empty list
// makes room for four at once, and a full list of one to three items
// (made by a display or a slice, exactly its size) room for eight, as
// CPython's list_resize does; Go's append would grow 1, 2, 4, 8. Past
// that the items double up to 64K (Go's append grows by a quarter from
// 256 items on, which allocates five times the final size on the way:
// fresh heap bytes cost as much as instructions).
func AppendItem(items []Value, v Value) []Value {
	if len(items) == cap(items) {
		return appendGrow(items, v, Null)
	}
	return append(items, v)
}

// AppendItemFrom is AppendItem for a list comprehension's LIST_APPEND:
// src is the iterator the comprehension's outer loop runs over. When the
// list outgrows its first four items and src tells how far along it is
// (a list or tuple iterator, a Progresser), the new room is the final
// length that rate predicts (at most 16 times the items so far, or 64),
// so a comprehension over a sized sequence reaches its length in one or
// two allocations instead of a dozen.
func AppendItemFrom(items []Value, v, src Value) []Value {
	if len(items) == cap(items) {
		return appendGrow(items, v, src)
	}
	return append(items, v)
}

func appendGrow(items []Value, v, src Value) []Value {
	n := len(items)
	var c int
	switch {
	case n == 0:
		c = 4
	case n < 1<<16:
		c = 2 * n
		if n < 4 {
			c = 8
		}
		if e := predictedLen(n, src); e > n {
			// at least an eighth more (an inner loop may still be
			// running when the outer one has nothing left), at most
			// 64 from the first four, then 16 times as many (a filter
			// that has not rejected anything yet may still)
			c = min(max(e, n+n/8+8), max(16*n, 64))
		}
	default:
		return append(items, v)
	}
	grown := make([]Value, n, c)
	copy(grown, items)
	return append(grown, v)
}

// predictedLen is the length a comprehension's list will reach if the
// rest of src yields items at the rate the first part did (n items from
// the part done), with an eighth more when some were filtered out; 0
// when src does not tell.
// Progresser is an iterator that tells how many items it has produced and
// how many are left (the eval loop's range iterator).
type Progresser interface {
	Progress() (done, left int)
}

func predictedLen(n int, src Value) int {
	done, left := progressOf(src, 0)
	if done <= 0 || left < 0 {
		return 0
	}
	n++ // with the item being appended, the last one done produced
	e := n + int(float64(left)*float64(n)/float64(done))
	if n < done {
		e += e / 8
	}
	return e
}

// progressOf tells how many items the iterator src has produced and how
// many it has left; done is 0 when it cannot tell. enumerate and zip tell
// what the iterators they step tell (zip: the shortest's left), a dict's
// iterator its size less what it yielded. depth bounds the nesting.
func progressOf(src Value, depth int) (done, left int) {
	switch it := src.Object().(type) {
	case *listIterator:
		if it.list == nil {
			return 0, 0
		}
		return it.i, len(it.list.Items) - it.i
	case *tupleIterator:
		return it.i, len(it.items) - it.i
	case *dictIterator:
		if it.d == nil || it.n < 0 {
			return 0, 0
		}
		return it.n - it.left, it.left
	case Progresser:
		return it.Progress()
	case *Enumerate:
		if depth < 4 {
			return progressOf(it.it, depth+1)
		}
	case *Zip:
		if depth >= 4 || len(it.its) == 0 {
			return 0, 0
		}
		done, left = progressOf(it.its[0], depth+1)
		for _, sub := range it.its[1:] {
			d, l := progressOf(sub, depth+1)
			if d <= 0 && l <= 0 {
				return 0, 0 // cannot tell (or empty)
			}
			left = min(left, l)
		}
		return done, left
	}
	return 0, 0
}

// ExtendItems appends more to a list's items, growing as CPython's
// list_resize: a little room to spare (newsize + newsize/8 + 6, to a
// multiple of 4) unless the extension is larger than that room, so that
// `(*rest, first)` and `[*a, b]` append their last item without a second
// allocation.
func ExtendItems(items, more []Value) []Value {
	n := len(items) + len(more)
	if n <= cap(items) {
		return append(items, more...)
	}
	c := (n + n>>3 + 6) &^ 3
	if len(more) > c-n {
		c = (n + 3) &^ 3
	}
	grown := make([]Value, n, c)
	copy(grown, items)
	copy(grown[len(items):], more)
	return grown
}

// Extend appends the items of an iterable. As CPython's list_extend, it
// first makes room for the length the iterable announces (len or
// __length_hint__), so list(range(2**62)) is a MemoryError at once rather
// than a slice that grows until the Go runtime dies.
func (l *List) Extend(iterable Value) error {
	switch o := iterable.o.(type) {
	case *List:
		l.Items = ExtendItems(l.Items, o.Items)
		return nil
	case *Tuple:
		l.Items = ExtendItems(l.Items, o.Items)
		return nil
	}
	it, err := GetIter(iterable)
	if err != nil {
		return err
	}
	n, err := LengthHint(iterable, 8)
	if err != nil {
		return err
	}
	// As list_extend: a hint that overflows the new length may be a lie
	// and is ignored; an honest one runs out of memory in the loop.
	if n <= math.MaxInt-len(l.Items) {
		if l.Items, err = reserve(l.Items, n); err != nil {
			return err
		}
	}
	for {
		x, ok, err := Next(it)
		if err != nil || !ok {
			return err
		}
		if l.Items, err = appendChecked(l.Items, x); err != nil {
			return err
		}
	}
}

// Slice is a slice object (start:stop:step).
type Slice struct {
	Start, Stop, Step Value
}

// Type returns SliceType.
func (s *Slice) Type() *Type { return SliceType }

// NewSlice returns a slice Value; absent parts are None.
func NewSlice(start, stop, step Value) Value {
	if start.IsNull() {
		start = None
	}
	if stop.IsNull() {
		stop = None
	}
	if step.IsNull() {
		step = None
	}
	return FromObject(&Slice{Start: start, Stop: stop, Step: step})
}

func sliceIndex(v Value) (int, error) {
	if v.IsInt() {
		return clampInt(int64(v.n)), nil
	}
	if !IndexCheck(v) {
		return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	r, err := Index(v)
	if err != nil {
		return 0, err
	}
	if i, ok := r.AsInt(); ok {
		return clampInt(i), nil
	}
	if toBig(r).Sign() < 0 {
		return -1 << 62, nil
	}
	return 1 << 62, nil
}

func clampInt(i int64) int {
	if i > 1<<62 {
		return 1 << 62
	}
	if i < -1<<62 {
		return -1 << 62
	}
	return int(i)
}

// Indices resolves the slice against a sequence of length n (CPython's
// PySlice_GetIndicesEx): start, stop, step and the resulting length.
func (s *Slice) Indices(n int) (start, stop, step, length int, err error) {
	if start, stop, step, err = s.Unpack(); err != nil {
		return
	}
	start, stop, length = AdjustIndices(n, start, stop, step)
	return
}

// Unpack reads the slice's parts as integers (CPython's PySlice_Unpack):
// step first, then start and stop, None giving the extreme that
// AdjustIndices clamps to the sequence. __index__ methods run here, so a
// caller reads the sequence's length afterwards.
func (s *Slice) Unpack() (start, stop, step int, err error) {
	return unpackSlice(s.Start, s.Stop, s.Step)
}

const sliceMax = 1 << 62 // clampInt's bound: PY_SSIZE_T_MAX for slices

func unpackSlice(startV, stopV, stepV Value) (start, stop, step int, err error) {
	step = 1
	if stepV.IsInt() {
		step = clampInt(int64(stepV.n))
	} else if !stepV.IsNone() {
		if step, err = sliceIndex(stepV); err != nil {
			return
		}
	}
	if step == 0 {
		err = Errorf(ValueError, "slice step cannot be zero")
		return
	}
	if startV.IsInt() {
		start = clampInt(int64(startV.n))
	} else if startV.IsNone() {
		if step < 0 {
			start = sliceMax
		} else {
			start = 0
		}
	} else if start, err = sliceIndex(startV); err != nil {
		return
	}
	if stopV.IsInt() {
		stop = clampInt(int64(stopV.n))
	} else if stopV.IsNone() {
		if step < 0 {
			stop = -sliceMax
		} else {
			stop = sliceMax
		}
	} else if stop, err = sliceIndex(stopV); err != nil {
		return
	}
	return
}

// AdjustIndices clamps unpacked slice bounds to a sequence of length n
// (CPython's PySlice_AdjustIndices) and returns them with the slice's
// length.
func AdjustIndices(n, start, stop, step int) (int, int, int) {
	// A bound before the start clamps to 0 (-1 going backwards), one past
	// the end to n (n-1 going backwards).
	clamp := func(i int) int {
		if i < 0 {
			if i += n; i < 0 {
				if step < 0 {
					return -1
				}
				return 0
			}
		} else if i >= n {
			if step < 0 {
				return n - 1
			}
			return n
		}
		return i
	}
	start, stop = clamp(start), clamp(stop)
	switch {
	case step < 0 && stop < start:
		return start, stop, (start-stop-1)/(-step) + 1
	case step > 0 && start < stop:
		return start, stop, (stop-start-1)/step + 1
	}
	return start, stop, 0
}

func sliceItems(items []Value, s *Slice) ([]Value, error) {
	start, stop, step, err := s.Unpack()
	if err != nil {
		return nil, err
	}
	start, _, n := AdjustIndices(len(items), start, stop, step)
	out := make([]Value, n)
	for i := range out {
		out[i] = items[start+i*step]
	}
	return out, nil
}

// listSlice is items[start:stop:step] (unpacked bounds) as a new list, in
// one allocation when short.
func listSlice(items []Value, start, stop, step int) *List {
	start, _, n := AdjustIndices(len(items), start, stop, step)
	l := NewListLen(n)
	out := l.Items
	if step == 1 {
		copy(out, items[start:start+n])
		return l
	}
	for i := range out {
		out[i] = items[start]
		start += step
	}
	return l
}

// ListSliceInto is x[start:stop:step] of an exact list x (ok false for
// anything else), made in spare when spare (a list nothing refers to) has
// room, else in a new list; used tells which.
func ListSliceInto(container, start, stop, step Value, spare *List) (r *List, used, ok bool, err error) {
	o, isList := container.Object().(*List)
	if !isList {
		return nil, false, false, nil
	}
	lo, hi, st, err := unpackSlice(start, stop, step)
	if err != nil {
		return nil, false, true, err
	}
	lo, _, n := AdjustIndices(len(o.Items), lo, hi, st)
	if spare != nil && n <= cap(spare.Items) {
		r, used = spare, true
		r.Items = r.Items[:n]
	} else {
		r = NewListLen(n)
	}
	out := r.Items
	for i := range out {
		out[i] = o.Items[lo]
		lo += st
	}
	return r, used, true, nil
}

// tupleSlice is t[start:stop:step] (unpacked bounds). A slice that covers
// the whole tuple is the tuple itself, as in CPython (tuples are
// immutable, and `t[:] is t` holds there).
func tupleSlice(t *Tuple, start, stop, step int) *Tuple {
	start, _, n := AdjustIndices(len(t.Items), start, stop, step)
	if n == len(t.Items) && step == 1 {
		return t
	}
	r := MakeTuple(n)
	out := r.Items
	if step == 1 {
		copy(out, t.Items[start:start+n])
		return r
	}
	for i := range out {
		out[i] = t.Items[start]
		start += step
	}
	return r
}

// seqIndex normalises a sequence index; ok is false when out of range.
func seqIndex(key Value, n int, what string) (int, error) {
	return seqIndexMsg(key, n, what, "")
}

// seqIndexMsg is seqIndex with the out-of-range message given (empty:
// "WHAT index out of range", built only for the error: a concatenation
// here allocated on every index).
func seqIndexMsg(key Value, n int, what, outOfRange string) (int, error) {
	if !key.IsInt() && !IndexCheck(key) {
		return 0, Errorf(TypeError, "%s indices must be integers or slices, not %s", what, TypeOf(key).Name)
	}
	i, err := AsIndex(key)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		if outOfRange == "" {
			return 0, Errorf(IndexError, "%s index out of range", what)
		}
		return 0, Errorf(IndexError, "%s", outOfRange)
	}
	return i, nil
}

func listGetItem(l *List, key Value) (Value, error) {
	if s, ok := key.o.(*Slice); ok {
		start, stop, step, err := s.Unpack()
		if err != nil {
			return Null, err
		}
		return FromObject(listSlice(l.Items, start, stop, step)), nil
	}
	i, err := seqIndex(key, len(l.Items), "list")
	if err != nil {
		return Null, err
	}
	return l.Items[i], nil
}

// SubscrSlice is container[start:stop:step], BUILD_SLICE and BINARY_SUBSCR
// in one step, for exact lists and tuples: the slice object CPython builds
// (and frees at once) is never made. BUILD_SLICE 2 passes None as step.
// ok is false for other containers.
func SubscrSlice(container, start, stop, step Value) (r Value, ok bool, err error) {
	switch o := container.o.(type) {
	case *List:
		lo, hi, st, err := unpackSlice(start, stop, step)
		if err != nil {
			return Null, true, err
		}
		return FromObject(listSlice(o.Items, lo, hi, st)), true, nil
	case *Tuple:
		lo, hi, st, err := unpackSlice(start, stop, step)
		if err != nil {
			return Null, true, err
		}
		return FromObject(tupleSlice(o, lo, hi, st)), true, nil
	case *Str:
		if !o.isASCII() || !step.IsNone() {
			break
		}
		lo, hi, st, err := unpackSlice(start, stop, step)
		if err != nil {
			return Null, true, err
		}
		lo, _, n := AdjustIndices(len(o.S), lo, hi, st)
		return o.sub(lo, lo+n), true, nil // s[a:b] of ASCII text
	case *Bytes:
		lo, hi, st, err := unpackSlice(start, stop, step)
		if err != nil {
			return Null, true, err
		}
		lo, _, n := AdjustIndices(len(o.B), lo, hi, st)
		return bytesSlice(o, lo, st, n), true, nil
	}
	return Null, false, nil
}

// StoreSubscrSlice is container[start:stop] = val (BUILD_SLICE 2 and
// STORE_SUBSCR in one step) for exact lists; ok is false for other
// containers.
func StoreSubscrSlice(container, start, stop, val Value) (ok bool, err error) {
	if l, isList := container.o.(*List); isList {
		sl := Slice{Start: start, Stop: stop, Step: None}
		return true, listSetSlice(l, &sl, val)
	}
	return false, nil
}

func tupleGetItem(t *Tuple, key Value) (Value, error) {
	if s, ok := key.o.(*Slice); ok {
		start, stop, step, err := s.Unpack()
		if err != nil {
			return Null, err
		}
		return FromObject(tupleSlice(t, start, stop, step)), nil
	}
	i, err := seqIndex(key, len(t.Items), "tuple")
	if err != nil {
		return Null, err
	}
	return t.Items[i], nil
}

func listSetItem(l *List, key, val Value) error {
	if s, ok := key.o.(*Slice); ok {
		return listSetSlice(l, s, val)
	}
	i, err := seqIndexMsg(key, len(l.Items), "list", "list assignment index out of range")
	if err != nil {
		return err
	}
	l.Items[i] = val
	return nil
}

// listSetSlice is l[s] = val. As in CPython, the bounds are read first,
// then val.
func listSetSlice(l *List, s *Slice, val Value) error {
	start, stop, step, err := s.Unpack()
	if err != nil {
		return err
	}
	start, stop, n := AdjustIndices(len(l.Items), start, stop, step)
	var src []Value
	switch o := val.o.(type) {
	case *List:
		if o == l {
			src = append([]Value(nil), l.Items...)
		} else {
			// PySequence_Fast gives a list itself: reading its items
			// runs no code, so they need no copy.
			src = o.Items
		}
	case *Tuple:
		src = o.Items
	default:
		// As PySequence_Fast: only a value that is not iterable gets the
		// message; other errors (a bad __length_hint__) pass.
		it, notIterable := val, false
		switch val.o.(type) {
		case *List, *Tuple, LengthHinter:
		default:
			if it, err = GetIter(val); err != nil {
				notIterable = ExceptionMatches(err, TypeError)
			}
		}
		if err == nil {
			src, err = ToSlice(it)
		}
		if err != nil {
			if notIterable {
				if step == 1 {
					return Errorf(TypeError, "can only assign an iterable")
				}
				return Errorf(TypeError, "must assign iterable to extended slice")
			}
			return err
		}
	}
	// Converting val ran arbitrary code, which may have resized l.
	if step == 1 {
		start = min(start, len(l.Items))
		stop = max(min(stop, len(l.Items)), start)
		// In place, as list_ass_slice: the tail moves by the size
		// difference (copy is a memmove), the storage grows amortized, and
		// a shrunk list's slots past its end keep nothing alive.
		old := len(l.Items)
		newLen := old - (stop - start) + len(src)
		if newLen > old {
			l.Items = slices.Grow(l.Items, newLen-old)[:newLen]
		}
		copy(l.Items[start+len(src):], l.Items[stop:old])
		if newLen < old {
			clear(l.Items[newLen:old])
			l.Items = l.Items[:newLen]
		}
		copy(l.Items[start:], src)
		return nil
	}
	if len(src) != n {
		return Errorf(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(src), n)
	}
	if n > 0 && (start >= len(l.Items) || start+(n-1)*step >= len(l.Items)) {
		return Errorf(ValueError, "list changed size during slice assignment")
	}
	for i := 0; i < n; i++ {
		l.Items[start+i*step] = src[i]
	}
	return nil
}

func listDelItem(l *List, key Value) error {
	s, ok := key.o.(*Slice)
	if !ok {
		i, err := seqIndexMsg(key, len(l.Items), "list", "list assignment index out of range")
		if err != nil {
			return err
		}
		copy(l.Items[i:], l.Items[i+1:])
		l.Items[len(l.Items)-1] = Null
		l.Items = l.Items[:len(l.Items)-1]
		return nil
	}
	start, _, step, n, err := s.Indices(len(l.Items))
	if err != nil {
		return err
	}
	if n == 0 {
		return nil
	}
	if step < 0 {
		start = start + (n-1)*step
		step = -step
	}
	out := l.Items[:start]
	for i := start; i < len(l.Items); i++ {
		if i <= start+(n-1)*step && (i-start)%step == 0 {
			continue
		}
		out = append(out, l.Items[i])
	}
	for i := len(out); i < len(l.Items); i++ {
		l.Items[i] = Null
	}
	l.Items = out
	return nil
}

func repeatCount(n Value) (int, error) {
	if !IndexCheck(n) {
		return 0, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeOf(n).Name)
	}
	i, err := AsSsize(n, OverflowError)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i = 0
	}
	return i, nil
}

// checkRepeat is MemoryError when size items of elem bytes, repeated k
// times, could not be allocated.
func checkRepeat(size, k, elem int) error {
	if k > 0 && size > (1<<62)/k {
		return Errorf(MemoryError, "")
	}
	return checkAlloc(size*k, elem)
}

func repeatItems(items []Value, n int) []Value {
	out := make([]Value, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out
}

// repeatChunk is how many bytes a long repetition copies between polls.
const repeatChunk = 1 << 22

// repeatItemsPolled repeats items n times by doubling, polling for a
// cancellation between chunks of a large result.
func repeatItemsPolled(items []Value, n int) ([]Value, error) {
	total := len(items) * n
	out := make([]Value, total)
	if total == 0 {
		return out, nil
	}
	done := copy(out, items)
	for done < total {
		k := min(done, total-done, repeatChunk/16)
		copy(out[done:done+k], out[:k])
		done += k
		if total > repeatChunk/16 {
			if err := Poll(); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// repeatBytes is bytes.Repeat that polls for a cancellation between
// chunks of a large result.
func repeatBytes(b []byte, n int) ([]byte, error) {
	total := len(b) * n
	if total <= repeatChunk || poll == nil {
		return []byte(strings.Repeat(string(b), n)), nil
	}
	out := make([]byte, total)
	done := copy(out, b)
	for done < total {
		k := min(done, total-done, repeatChunk)
		copy(out[done:done+k], out[:k])
		done += k
		if err := Poll(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// repeatValue is seq * n.
func repeatValue(seq, n Value) (Value, error) {
	if !IndexCheck(n) {
		return NotImplemented, nil
	}
	k, err := repeatCount(n)
	if err != nil {
		return Null, err
	}
	size := 0
	switch o := seq.o.(type) {
	case *Str:
		size = len(o.S)
	case *List:
		size = len(o.Items)
	case *Tuple:
		size = len(o.Items)
	case *Bytes:
		size = len(o.B)
	case *ByteArray:
		size = len(o.B)
	}
	elem := int(unsafe.Sizeof(Value{}))
	switch seq.o.(type) {
	case *Str, *Bytes, *ByteArray:
		elem = 1
	}
	if err := checkRepeat(size, k, elem); err != nil {
		return Null, err
	}
	switch o := seq.o.(type) {
	case *Str:
		if size*k <= repeatChunk {
			return NewStr(strings.Repeat(o.S, k)), nil
		}
		b, err := repeatBytes(unsafe.Slice(unsafe.StringData(o.S), len(o.S)), k)
		if err != nil {
			return Null, err
		}
		return NewStr(unsafe.String(unsafe.SliceData(b), len(b))), nil
	case *List:
		items, err := repeatItemsPolled(o.Items, k)
		if err != nil {
			return Null, err
		}
		return FromObject(&List{Items: items}), nil
	case *Tuple:
		if k == 1 {
			return seq, nil
		}
		items, err := repeatItemsPolled(o.Items, k)
		if err != nil {
			return Null, err
		}
		return FromObject(NewTuple(items...)), nil
	case *Bytes:
		b, err := repeatBytes(o.B, k)
		if err != nil {
			return Null, err
		}
		return NewBytes(b), nil
	case *ByteArray:
		b, err := repeatBytes(o.B, k)
		if err != nil {
			return Null, err
		}
		return FromObject(&ByteArray{B: b}), nil
	}
	return NotImplemented, nil
}

// seqCompare compares sequences lexicographically.
func seqCompare(a, b []Value, op CompareOp) (Value, error) {
	if (op == CmpEq || op == CmpNe) && len(a) != len(b) {
		return Bool(op == CmpNe), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		eq, err := Equal(a[i], b[i])
		if err != nil {
			return Null, err
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		return Bool(CompareOrdered(int64(len(a)), int64(len(b)), op)), nil
	}
	switch op {
	case CmpEq:
		return False, nil
	case CmpNe:
		return True, nil
	}
	return RichCompare(a[i], b[i], op)
}

// listCompare is list_richcompare: the lists are read again after every
// item comparison, since an __eq__ may change either of them.
func listCompare(x, y *List, op CompareOp) (Value, error) {
	if (op == CmpEq || op == CmpNe) && len(x.Items) != len(y.Items) {
		return Bool(op == CmpNe), nil
	}
	i := 0
	for ; i < len(x.Items) && i < len(y.Items); i++ {
		eq, err := Equal(x.Items[i], y.Items[i])
		if err != nil {
			return Null, err
		}
		if !eq {
			break
		}
	}
	if i >= len(x.Items) || i >= len(y.Items) {
		return Bool(CompareOrdered(int64(len(x.Items)), int64(len(y.Items)), op)), nil
	}
	switch op {
	case CmpEq:
		return False, nil
	case CmpNe:
		return True, nil
	}
	return RichCompare(x.Items[i], y.Items[i], op)
}

func seqRepr(items []Value, open, close string) (string, error) {
	var b strings.Builder
	b.WriteString(open)
	for i, x := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(x)
		if err != nil {
			return "", err
		}
		b.WriteString(r)
	}
	b.WriteString(close)
	return b.String(), nil
}

func listRepr(l *List) (string, error) {
	if !reprEnter(l) {
		return "[...]", nil
	}
	defer reprLeave()
	// list_repr re-reads the length after every item: a __repr__ that
	// shrinks the list ends the output there.
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; i < len(l.Items); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(l.Items[i])
		if err != nil {
			return "", err
		}
		b.WriteString(r)
	}
	b.WriteByte(']')
	return b.String(), nil
}

func tupleRepr(t *Tuple) (string, error) {
	if len(t.Items) == 0 {
		return "()", nil
	}
	if !reprEnter(t) {
		return "(...)", nil
	}
	defer reprLeave()
	if len(t.Items) == 1 {
		r, err := Repr(t.Items[0])
		return "(" + r + ",)", err
	}
	return seqRepr(t.Items, "(", ")")
}

// hashTuple is CPython 3.10's xxHash-based tuple hash.
func hashTuple(t *Tuple) (int64, error) {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	acc := uint64(prime5)
	for _, x := range t.Items {
		var h uint64
		var err error
		if x.IsInt() {
			h = uint64(HashInt(int64(x.n)))
		} else if inner, ok := x.o.(*Tuple); ok {
			// Nested tuples recurse in Go: count them, so that a tuple
			// nested a million deep is a RecursionError, not a Go stack
			// overflow (CPython itself crashes on it).
			if err = EnterRecursiveCall(""); err == nil {
				var ih int64
				ih, err = hashTuple(inner)
				h = uint64(ih)
				LeaveRecursiveCall()
			}
		} else {
			h, err = x.Hash()
		}
		if err != nil {
			return 0, err
		}
		acc += h * prime2
		acc = acc<<31 | acc>>33
		acc *= prime1
	}
	acc += uint64(len(t.Items)) ^ (prime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, nil
	}
	return int64(acc), nil
}

type listIterator struct {
	list *List
	i    int
}

// ListIterator is iter(list), exported so that the eval loop's FOR_ITER can
// step it inline (Step) without the Iterator interface call.
type ListIterator = listIterator

// Step returns the next item, or ok false when the list is exhausted (then
// Next must still be called once, to drop the list as CPython does).
func (it *listIterator) Step() (v Value, ok bool) {
	if l := it.list; l != nil && uint(it.i) < uint(len(l.Items)) {
		v = l.Items[it.i]
		it.i++
		return v, true
	}
	return Null, false
}

// Type returns the Python type of listIterator.
func (it *listIterator) Type() *Type { return listIteratorType }

// Next returns the next item; ok is false once exhausted.
func (it *listIterator) Next() (Value, bool, error) {
	if it.list != nil && it.i < len(it.list.Items) {
		v := it.list.Items[it.i]
		it.i++
		return v, true, nil
	}
	it.list = nil
	return Null, false, nil
}

type tupleIterator struct {
	items []Value
	i     int
}

// Type returns the Python type of tupleIterator.
func (it *tupleIterator) Type() *Type { return tupleIteratorType }

// Next returns the next item; ok is false once exhausted.
func (it *tupleIterator) Next() (Value, bool, error) {
	if it.i < len(it.items) {
		v := it.items[it.i]
		it.i++
		return v, true, nil
	}
	return Null, false, nil
}

var (
	listIteratorType  = newBuiltinType("list_iterator", ObjectType)
	tupleIteratorType = newBuiltinType("tuple_iterator", ObjectType)
)
