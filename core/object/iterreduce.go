package object

import "math/big"

// Pickling support of the built-in iterators: the __reduce__ and
// __setstate__ of CPython's list, tuple, range, str, bytes, dict, set,
// sequence and callable iterators, reversed, enumerate, zip, map and
// filter. copy.deepcopy and pickle use them, and so do the __reduce__
// results of itertools objects that hold such iterators.

// builtinFunc returns builtins.NAME of the running interpreter (pickle
// checks that a reduce function is the very object its name denotes).
func builtinFunc(name string) (Value, error) {
	if ImportModule != nil {
		if m, err := ImportModule("builtins"); err == nil {
			return GetAttrString(m, name)
		}
	}
	return PureBuiltins()[name], nil
}

// reduceIter returns (builtins.NAME, args) or, with a state, (builtins.NAME,
// args, state).
func reduceIter(name string, args Value, state Value) (Value, error) {
	fn, err := builtinFunc(name)
	if err != nil {
		return Null, err
	}
	if state.IsNull() {
		return TupleValue(fn, args), nil
	}
	return TupleValue(fn, args, state), nil
}

// stateIndex reads a __setstate__ index as PyLong_AsSsize_t does.
func stateIndex(v Value) (int64, error) {
	if v.IsInt() || v.IsBool() {
		return int64(v.n), nil
	}
	if !TypeOf(v).IsSubtype(IntType) {
		return 0, Errorf(TypeError, "an integer is required")
	}
	n, ok := Unwrap(v).AsInt()
	if !ok {
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return n, nil
}

func clampIndex(i, lo, hi int64) int64 { return max(lo, min(i, hi)) }

// remaining collects what an iterator has left into a list, running a
// copy so the iterator itself does not move (dictiter_reduce).
func remaining(it Iterator) (Value, error) {
	var out []Value
	for {
		v, ok, err := it.Next()
		if err != nil {
			return Null, err
		}
		if !ok {
			return ListValue(out...), nil
		}
		out = append(out, v)
	}
}

func iterReduceMethod(t *Type, fn func(self Value) (Value, error)) {
	t.addMethod("__reduce__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("__reduce__", args, kw); err != nil {
			return Null, err
		}
		return fn(self)
	})
}

// rawIterReduce is iterReduceMethod for a method that sees a subclass
// instance as it is.
func rawIterReduce(t *Type, fn func(self Value) (Value, error)) {
	t.addRawMethod("__reduce__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("__reduce__", args, kw); err != nil {
			return Null, err
		}
		return fn(self)
	})
}

func iterSetstateMethod(t *Type, fn func(self Value, state Value) error) {
	t.addMethod("__setstate__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("__setstate__", args, kw); err != nil {
			return Null, err
		}
		return None, fn(self, args[0])
	})
}

func initIterReduce() {
	iterReduceMethod(listIteratorType, func(self Value) (Value, error) {
		it := self.o.(*listIterator)
		if it.list == nil {
			return reduceIter("iter", TupleValue(ListValue()), Null)
		}
		return reduceIter("iter", TupleValue(FromObject(it.list)), Int(int64(it.i)))
	})
	iterSetstateMethod(listIteratorType, func(self, state Value) error {
		it := self.o.(*listIterator)
		i, err := stateIndex(state)
		if err == nil && it.list != nil {
			it.i = int(clampIndex(i, 0, int64(len(it.list.Items))))
		}
		return err
	})
	iterReduceMethod(tupleIteratorType, func(self Value) (Value, error) {
		it := self.o.(*tupleIterator)
		return reduceIter("iter", TupleValue(TupleValue(it.items...)), Int(int64(it.i)))
	})
	iterSetstateMethod(tupleIteratorType, func(self, state Value) error {
		it := self.o.(*tupleIterator)
		i, err := stateIndex(state)
		if err == nil {
			it.i = int(clampIndex(i, 0, int64(len(it.items))))
		}
		return err
	})
	iterReduceMethod(strIteratorType, func(self Value) (Value, error) {
		it := self.o.(*strIterator)
		n := 0
		for i := 0; i < it.i; n++ {
			_, size := decodeRune(it.s[i:])
			i += size
		}
		return reduceIter("iter", TupleValue(NewStr(it.s)), Int(int64(n)))
	})
	iterSetstateMethod(strIteratorType, func(self, state Value) error {
		it := self.o.(*strIterator)
		n, err := stateIndex(state)
		if err != nil {
			return err
		}
		it.i = 0
		for k := int64(0); k < n && it.i < len(it.s); k++ {
			_, size := decodeRune(it.s[it.i:])
			it.i += size
		}
		return nil
	})
	iterReduceMethod(bytesIteratorType, func(self Value) (Value, error) {
		it := self.o.(*bytesIterator)
		return reduceIter("iter", TupleValue(NewBytes(it.b)), Int(int64(it.i)))
	})
	iterSetstateMethod(bytesIteratorType, func(self, state Value) error {
		it := self.o.(*bytesIterator)
		i, err := stateIndex(state)
		if err == nil {
			it.i = int(clampIndex(i, 0, int64(len(it.b))))
		}
		return err
	})
	for _, t := range []*Type{dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType} {
		iterReduceMethod(t, func(self Value) (Value, error) {
			cp := *self.o.(*dictIterator)
			l, err := remaining(&cp)
			if err != nil {
				return Null, err
			}
			return reduceIter("iter", TupleValue(l), Null)
		})
	}
	for _, t := range []*Type{dictRevKeyIteratorType, dictRevValueIteratorType, dictRevItemIteratorType} {
		iterReduceMethod(t, func(self Value) (Value, error) {
			cp := *self.o.(*dictReverseIterator)
			l, err := remaining(&cp)
			if err != nil {
				return Null, err
			}
			return reduceIter("iter", TupleValue(l), Null)
		})
	}
	iterReduceMethod(setIteratorType, func(self Value) (Value, error) {
		cp := *self.o.(*setIterator)
		l, err := remaining(&cp)
		if err != nil {
			return Null, err
		}
		return reduceIter("iter", TupleValue(l), Null)
	})
	iterReduceMethod(rangeIteratorType, func(self Value) (Value, error) {
		it := self.o.(*RangeIterator)
		stop := it.Next_ + it.Remaining*it.Step
		return reduceIter("iter", TupleValue(NewRange(it.Next_, stop, it.Step)), Int(0))
	})
	iterSetstateMethod(rangeIteratorType, func(self, state Value) error {
		it := self.o.(*RangeIterator)
		i, err := stateIndex(state)
		if err != nil {
			return err
		}
		i = clampIndex(i, 0, it.Remaining)
		it.Next_ += i * it.Step
		it.Remaining -= i
		return nil
	})
	iterReduceMethod(longRangeIteratorType, func(self Value) (Value, error) {
		it := self.o.(*bigRangeIterator)
		stop := new(big.Int).Mul(it.remaining, it.step)
		stop.Add(stop, it.next)
		r := FromObject(&Range{Start: normBig(new(big.Int).Set(it.next)), Stop: normBig(stop), Step: normBig(new(big.Int).Set(it.step))})
		return reduceIter("iter", TupleValue(r), Int(0))
	})
	iterSetstateMethod(longRangeIteratorType, func(self, state Value) error {
		it := self.o.(*bigRangeIterator)
		b, ok := ToBigInt(Unwrap(state))
		if !ok {
			return Errorf(TypeError, "an integer is required")
		}
		i := new(big.Int).Set(b)
		if i.Sign() < 0 {
			i.SetInt64(0)
		}
		if i.Cmp(it.remaining) > 0 {
			i.Set(it.remaining)
		}
		it.next.Add(it.next, new(big.Int).Mul(i, it.step))
		it.remaining.Sub(it.remaining, i)
		return nil
	})
	iterReduceMethod(seqIteratorType, func(self Value) (Value, error) {
		it := self.o.(*seqIterator)
		if it.seq.IsNull() {
			return reduceIter("iter", TupleValue(TupleValue()), Null)
		}
		return reduceIter("iter", TupleValue(it.seq), Int(it.i))
	})
	iterSetstateMethod(seqIteratorType, func(self, state Value) error {
		it := self.o.(*seqIterator)
		i, err := stateIndex(state)
		if err == nil && !it.seq.IsNull() {
			it.i = max(i, 0)
		}
		return err
	})
	iterReduceMethod(callIteratorType, func(self Value) (Value, error) {
		it := self.o.(*callIterator)
		if it.fn.IsNull() {
			return reduceIter("iter", TupleValue(TupleValue()), Null)
		}
		return reduceIter("iter", TupleValue(it.fn, it.sentinel), Null)
	})
	// reversed(list) and reversed(seq) share the Reversed payload.
	for _, t := range []*Type{listReverseIteratorType, ReversedType} {
		iterReduceMethod(t, func(self Value) (Value, error) {
			r := self.o.(*Reversed)
			if r.typ != nil {
				if r.seq.IsNull() {
					return reduceIter("iter", TupleValue(ListValue()), Null)
				}
				return reduceIter("reversed", TupleValue(r.seq), Int(int64(r.i)))
			}
			if r.seq.IsNull() {
				return TupleValue(FromObject(ReversedType), TupleValue(TupleValue())), nil
			}
			return TupleValue(FromObject(ReversedType), TupleValue(r.seq), Int(int64(r.i))), nil
		})
		iterSetstateMethod(t, func(self, state Value) error {
			r := self.o.(*Reversed)
			i, err := stateIndex(state)
			if err != nil || r.seq.IsNull() {
				return err
			}
			n, err := Len(r.seq)
			if err != nil {
				return err
			}
			r.i = int(clampIndex(i, -1, int64(n-1)))
			return nil
		})
	}
	EnumerateType.addRawMethod("__reduce__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("__reduce__", args, kw); err != nil {
			return Null, err
		}
		e := Unwrap(self).o.(*Enumerate)
		return TupleValue(FromObject(TypeOf(self)), TupleValue(e.it, e.countValue())), nil
	})
	// zip, map and filter reduce to their own class (a subclass's too).
	rawIterReduce(ZipType, func(self Value) (Value, error) {
		z := Unwrap(self).o.(*Zip)
		its := TupleValue(append([]Value(nil), z.its...)...)
		if z.strict {
			return TupleValue(FromObject(TypeOf(self)), its, True), nil
		}
		return TupleValue(FromObject(TypeOf(self)), its), nil
	})
	iterSetstateMethod(ZipType, func(self, state Value) error {
		b, err := Truth(state)
		if err == nil {
			self.o.(*Zip).strict = b
		}
		return err
	})
	rawIterReduce(MapType, func(self Value) (Value, error) {
		m := Unwrap(self).o.(*Map)
		return TupleValue(FromObject(TypeOf(self)), TupleValue(append([]Value{m.fn}, m.its...)...)), nil
	})
	rawIterReduce(FilterType, func(self Value) (Value, error) {
		f := Unwrap(self).o.(*Filter)
		return TupleValue(FromObject(TypeOf(self)), TupleValue(f.fn, f.it)), nil
	})
}
