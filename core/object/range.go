package object

import "math/big"

// Range is a lazy arithmetic progression. Bounds that fit in int64 use the
// small fields; the iterator then counts with plain ints and never
// allocates per step.
type Range struct {
	Start, Stop, Step Value
}

// Type returns RangeType.
func (r *Range) Type() *Type { return RangeType }

// NewRange returns range(start, stop, step) for small ints.
func NewRange(start, stop, step int64) Value {
	return FromObject(&Range{Start: Int(start), Stop: Int(stop), Step: Int(step)})
}

func (r *Range) small() (start, stop, step int64, ok bool) {
	if r.Start.IsInt() && r.Stop.IsInt() && r.Step.IsInt() {
		return int64(r.Start.n), int64(r.Stop.n), int64(r.Step.n), true
	}
	return 0, 0, 0, false
}

func (r *Range) bigLength() *big.Int {
	start, stop, step := toBig(r.Start), toBig(r.Stop), toBig(r.Step)
	n := new(big.Int)
	if step.Sign() > 0 {
		if start.Cmp(stop) >= 0 {
			return n
		}
		n.Sub(stop, start)
		n.Sub(n, big.NewInt(1))
		n.Quo(n, step)
		return n.Add(n, big.NewInt(1))
	}
	if start.Cmp(stop) <= 0 {
		return n
	}
	n.Sub(start, stop)
	n.Sub(n, big.NewInt(1))
	n.Quo(n, new(big.Int).Neg(step))
	return n.Add(n, big.NewInt(1))
}

// nonEmpty is range_bool: whether the length is not 0, which needs no
// length that fits an int.
func (r *Range) nonEmpty() bool {
	if start, stop, step, ok := r.small(); ok {
		if step > 0 {
			return start < stop
		}
		return start > stop
	}
	return r.bigLength().Sign() > 0
}

func (r *Range) length() (int, error) {
	if start, stop, step, ok := r.small(); ok {
		n := rangeLen(start, stop, step)
		if n >= 0 {
			return int(n), nil
		}
	}
	n := r.bigLength()
	if !n.IsInt64() {
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(n.Int64()), nil
}

// rangeLen returns the length, or -1 when it overflows int64.
func rangeLen(start, stop, step int64) int64 {
	var hi, lo uint64
	if step > 0 {
		if start >= stop {
			return 0
		}
		hi, lo = uint64(stop), uint64(start)
		d := hi - lo - 1
		n := d/uint64(step) + 1
		if n > 1<<62 {
			return -1
		}
		return int64(n)
	}
	if start <= stop {
		return 0
	}
	d := uint64(start) - uint64(stop) - 1
	n := d/uint64(-step) + 1
	if n > 1<<62 || step == -1<<63 {
		return -1
	}
	return int64(n)
}

func rangeNew(t *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("range", kwnames); err != nil {
		return Null, err
	}
	if err := CheckPositional("range", len(args), 1, 3); err != nil {
		return Null, err
	}
	var vals [3]Value
	for i, a := range args {
		v, err := Index(a)
		if err != nil {
			return Null, err
		}
		vals[i] = v
	}
	r := &Range{Start: Int(0), Step: Int(1)}
	switch len(args) {
	case 1:
		r.Stop = vals[0]
	case 2:
		r.Start, r.Stop = vals[0], vals[1]
	case 3:
		r.Start, r.Stop, r.Step = vals[0], vals[1], vals[2]
		if toBig(r.Step).Sign() == 0 {
			return Null, Errorf(ValueError, "range() arg 3 must not be zero")
		}
	}
	return FromObject(r), nil
}

// RangeIterator iterates a range of small ints without allocating.
type RangeIterator struct {
	Next_, Step int64
	Remaining   int64
}

// Type returns the range_iterator type.
func (it *RangeIterator) Type() *Type { return rangeIteratorType }

// Next returns the next int.
func (it *RangeIterator) Next() (Value, bool, error) {
	if it.Remaining <= 0 {
		return Null, false, nil
	}
	if it.Remaining&0xffff == 0 && poll != nil {
		// sum(range(10**12)) and the like run no Python code: let a
		// cancellation stop them.
		if err := poll(); err != nil {
			return Null, false, err
		}
	}
	v := it.Next_
	it.Next_ += it.Step
	it.Remaining--
	return Int(v), true, nil
}

type bigRangeIterator struct {
	next, step, remaining *big.Int
}

// Type returns the Python type of bigRangeIterator.
func (it *bigRangeIterator) Type() *Type { return longRangeIteratorType }

// Next returns the next item; ok is false once exhausted.
func (it *bigRangeIterator) Next() (Value, bool, error) {
	if it.remaining.Sign() <= 0 {
		return Null, false, nil
	}
	v := normBig(new(big.Int).Set(it.next))
	it.next.Add(it.next, it.step)
	it.remaining.Sub(it.remaining, big.NewInt(1))
	return v, true, nil
}

var (
	rangeIteratorType     = newBuiltinType("range_iterator", ObjectType)
	longRangeIteratorType = newBuiltinType("longrange_iterator", ObjectType)
)

func (r *Range) iter() Iterator {
	if start, stop, step, ok := r.small(); ok {
		if n := rangeLen(start, stop, step); n >= 0 {
			return &RangeIterator{Next_: start, Step: step, Remaining: n}
		}
	}
	return &bigRangeIterator{next: new(big.Int).Set(toBig(r.Start)), step: toBig(r.Step), remaining: r.bigLength()}
}

func (r *Range) reversed() Iterator {
	if start, stop, step, ok := r.small(); ok {
		if n := rangeLen(start, stop, step); n >= 0 {
			last := start + (n-1)*step
			return &RangeIterator{Next_: last, Step: -step, Remaining: n}
		}
	}
	n := r.bigLength()
	last := new(big.Int).Sub(n, big.NewInt(1))
	last.Mul(last, toBig(r.Step))
	last.Add(last, toBig(r.Start))
	return &bigRangeIterator{next: last, step: new(big.Int).Neg(toBig(r.Step)), remaining: n}
}

func (r *Range) item(i *big.Int) Value {
	x := new(big.Int).Mul(i, toBig(r.Step))
	return normBig(x.Add(x, toBig(r.Start)))
}

// smallSlice is r[s] when r's bounds and s's parts are ints (or None)
// within 32 bits: compute_slice in int64, where no product can overflow,
// without the big.Int arithmetic (five allocations) the general case
// needs. tree(input[:i]) recursions slice ranges at every node.
func (r *Range) smallSlice(s *Slice) (Value, bool) {
	const lim = 1 << 31
	in32 := func(v Value) bool { return v.IsNone() || v.IsInt() && int64(v.n) > -lim && int64(v.n) < lim }
	rstart, rstop, rstep, ok := r.small()
	if !ok || !in32(s.Start) || !in32(s.Stop) || !in32(s.Step) ||
		rstart <= -lim || rstart >= lim || rstop <= -lim || rstop >= lim || rstep <= -lim || rstep >= lim {
		return Null, false
	}
	start, stop, step, err := s.Unpack()
	if err != nil {
		return Null, false // step 0: the general path raises
	}
	start, stop, _ = AdjustIndices(int(rangeLen(rstart, rstop, rstep)), start, stop, step)
	return FromObject(&Range{Start: Int(rstart + int64(start)*rstep), Stop: Int(rstart + int64(stop)*rstep),
		Step: Int(rstep * int64(step))}), true
}

func rangeGetItem(r *Range, key Value) (Value, error) {
	if s, ok := key.o.(*Slice); ok {
		if v, ok := r.smallSlice(s); ok {
			return v, nil
		}
		// CPython's compute_slice: in Python ints throughout, so a
		// length or a step beyond 64 bits slices exactly.
		start, stop, step, err := sliceIndicesBig(s, r.bigLength())
		if err != nil {
			return Null, err
		}
		nstep := new(big.Int).Mul(toBig(r.Step), step)
		return FromObject(&Range{Start: r.item(start), Stop: r.item(stop), Step: normBig(nstep)}), nil
	}
	if !IndexCheck(key) {
		return Null, Errorf(TypeError, "range indices must be integers or slices, not %s", TypeOf(key).Name)
	}
	idx, err := Index(key)
	if err != nil {
		return Null, err
	}
	if start, stop, step, ok := r.small(); ok && idx.IsInt() {
		n := rangeLen(start, stop, step)
		i := int64(idx.n)
		if n >= 0 {
			if i < 0 {
				i += n
			}
			if i < 0 || i >= n {
				return Null, Errorf(IndexError, "range object index out of range")
			}
			return Int(start + i*step), nil
		}
	}
	i := new(big.Int).Set(toBig(idx))
	n := r.bigLength()
	if i.Sign() < 0 {
		i.Add(i, n)
	}
	if i.Sign() < 0 || i.Cmp(n) >= 0 {
		return Null, Errorf(IndexError, "range object index out of range")
	}
	return r.item(i), nil
}

func rangeContains(r *Range, x Value) (bool, error) {
	ux := Unwrap(x)
	if numericKind(ux) != numInt {
		found := false
		err := Iterate(FromObject(r), func(y Value) (bool, error) {
			eq, err := Equal(y, x)
			found = eq
			return !eq, err
		})
		return found, err
	}
	v, start, stop, step := toBig(ux), toBig(r.Start), toBig(r.Stop), toBig(r.Step)
	if step.Sign() > 0 {
		if v.Cmp(start) < 0 || v.Cmp(stop) >= 0 {
			return false, nil
		}
	} else if v.Cmp(start) > 0 || v.Cmp(stop) <= 0 {
		return false, nil
	}
	d := new(big.Int).Sub(v, start)
	return d.Mod(d, new(big.Int).Abs(step)).Sign() == 0, nil
}

func rangeEqual(a, b *Range) bool {
	na, nb := a.bigLength(), b.bigLength()
	if na.Cmp(nb) != 0 {
		return false
	}
	if na.Sign() == 0 {
		return true
	}
	if toBig(a.Start).Cmp(toBig(b.Start)) != 0 {
		return false
	}
	return na.Cmp(big.NewInt(1)) == 0 || toBig(a.Step).Cmp(toBig(b.Step)) == 0
}

func rangeRepr(r *Range) (string, error) {
	s := "range(" + intString(r.Start) + ", " + intString(r.Stop)
	if !(r.Step.IsInt() && r.Step.n == 1) {
		s += ", " + intString(r.Step)
	}
	return s + ")", nil
}
