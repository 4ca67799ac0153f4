package object

// LengthHinter is implemented by the built-in iterators that know how many
// items they have left: their __length_hint__.
type LengthHinter interface {
	LengthHint() (int, error)
}

// NoLengthHint is implemented by the objects of built-in types that have
// neither __len__ nor __length_hint__ and cannot be subclassed
// (generators): LengthHint answers its default for them without looking
// the two names up along the type's MRO.
type NoLengthHint interface {
	NoLengthHint()
}

// LengthHint is PyObject_LengthHint (operator.length_hint): len(v) when v
// has a length, else its __length_hint__, else def.
func LengthHint(v Value, def int) (int, error) {
	if v.IsObject() {
		if lh, ok := v.o.(LengthHinter); ok {
			return lh.LengthHint()
		}
		if _, ok := v.o.(NoLengthHint); ok {
			return def, nil
		}
	}
	t := TypeOf(v)
	if !t.Lookup(strLen).IsNull() {
		n, err := Len(v)
		if err == nil || !ExceptionMatches(err, TypeError) {
			return n, err
		}
	}
	m := t.Lookup(strLengthHint)
	if m.IsNull() {
		return def, nil
	}
	r, err := CallMethodValue(m, v, nil, nil)
	if err != nil {
		if ExceptionMatches(err, TypeError) {
			return def, nil
		}
		return 0, err
	}
	if r.o == notImplemented {
		return def, nil
	}
	if !isIntValue(Unwrap(r)) {
		return 0, Errorf(TypeError, "__length_hint__ must be an integer, not %s", TypeOf(r).Name)
	}
	n, ok := Unwrap(r).AsInt()
	if !ok {
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	if n < 0 {
		return 0, Errorf(ValueError, "__length_hint__() should return >= 0")
	}
	return int(n), nil
}

// LengthHint returns the items left.
func (it *listIterator) LengthHint() (int, error) {
	if it.list != nil && it.i < len(it.list.Items) {
		return len(it.list.Items) - it.i, nil
	}
	return 0, nil
}

// LengthHint returns the items left.
func (it *tupleIterator) LengthHint() (int, error) { return max(len(it.items)-it.i, 0), nil }

// LengthHint returns the items left.
func (it *RangeIterator) LengthHint() (int, error) { return int(max(it.Remaining, 0)), nil }

// LengthHint returns the items left.
func (it *bigRangeIterator) LengthHint() (int, error) {
	if !it.remaining.IsInt64() {
		if it.remaining.Sign() < 0 {
			return 0, nil
		}
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(max(it.remaining.Int64(), 0)), nil
}

// LengthHint returns the characters left.
func (it *strIterator) LengthHint() (int, error) {
	n := 0
	for i := it.i; i < len(it.s); n++ {
		_, size := decodeRune(it.s[i:])
		i += size
	}
	return n, nil
}

// LengthHint returns the bytes left.
func (it *bytesIterator) LengthHint() (int, error) { return max(len(it.b)-it.i, 0), nil }

// LengthHint returns the entries left, 0 once the dict changed size.
func (it *dictIterator) LengthHint() (int, error) {
	if it.d != nil && it.d.Len() == it.n {
		return it.left, nil
	}
	return 0, nil
}

// LengthHint returns the entries left, 0 once the dict changed size.
func (it *dictReverseIterator) LengthHint() (int, error) {
	if it.d != nil && it.d.Len() == it.n {
		return it.left, nil
	}
	return 0, nil
}

// LengthHint returns the elements left, 0 once the set changed size.
func (it *setIterator) LengthHint() (int, error) {
	if it.s == nil || it.s.used != it.used {
		return 0, nil
	}
	n := 0
	for i := it.i; i < len(it.s.table); i++ {
		if it.s.table[i].state() == setActive {
			n++
		}
	}
	return n, nil
}

// LengthHint returns the items left of a reversed sequence.
func (r *Reversed) LengthHint() (int, error) {
	if r.i < 0 || r.seq.IsNull() {
		return 0, nil
	}
	if l, ok := r.seq.o.(*List); ok {
		if r.i < len(l.Items) {
			return r.i + 1, nil
		}
		return 0, nil
	}
	n, err := Len(r.seq)
	if err != nil {
		return 0, err
	}
	if n < r.i+1 {
		return 0, nil
	}
	return r.i + 1, nil
}

func initLengthHints() {
	for _, t := range []*Type{listIteratorType, listReverseIteratorType, tupleIteratorType, rangeIteratorType,
		longRangeIteratorType, strIteratorType, bytesIteratorType, dictKeyIteratorType, dictValueIteratorType,
		dictItemIteratorType, dictRevKeyIteratorType, dictRevValueIteratorType, dictRevItemIteratorType,
		setIteratorType, ReversedType} {
		t.addMethod("__length_hint__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := NoArgs("__length_hint__", args, kw); err != nil {
				return Null, err
			}
			lh, ok := self.o.(LengthHinter)
			if !ok {
				return Null, Errorf(TypeError, "'%s' object has no length hint", TypeOf(self).Name)
			}
			n, err := lh.LengthHint()
			return Int(int64(n)), err
		})
	}
}
