package object

// initFastMethods gives the most called methods of lists, dicts and sets
// their positional entries (MethodDescr.Fast0/Fast1/Fast2): l.append(x),
// l.pop(), l.pop(i), l.insert(i, x), d.get(k), d.get(k, default),
// d.setdefault(k, default), d.pop(k), d.pop(k, default), s.add(x),
// s.remove(x), s.discard(x) without argument checks. An argument of an
// unusual type goes to the method's general entry.
func initFastMethods() {
	ListType.method("append").Fast1 = func(self, x Value) (Value, error) {
		l := self.o.(*List)
		l.Items = AppendItem(l.Items, x)
		return None, nil
	}
	get := DictType.method("get")
	get.Fast1 = func(self, k Value) (Value, error) {
		v, ok, err := self.o.(*Dict).Get(k)
		if err != nil || ok {
			return v, err
		}
		return None, nil
	}
	get.Fast2 = func(self, k, def Value) (Value, error) {
		v, ok, err := self.o.(*Dict).Get(k)
		if err != nil || ok {
			return v, err
		}
		return def, nil
	}
	DictType.method("setdefault").Fast2 = func(self, k, def Value) (Value, error) {
		return self.o.(*Dict).SetDefault(k, def)
	}
	pop := ListType.method("pop")
	pop.Fast0 = func(self Value) (Value, error) {
		l := self.o.(*List)
		n := len(l.Items)
		if n == 0 {
			return Null, Errorf(IndexError, "pop from empty list")
		}
		v := l.Items[n-1]
		l.Items[n-1] = Null
		l.Items = l.Items[:n-1]
		return v, nil
	}
	pop.Fast1 = func(self, i Value) (Value, error) {
		l := self.o.(*List)
		if !i.IsInt() || len(l.Items) == 0 {
			return pop.Fn(self, []Value{i}, nil)
		}
		n := i.RawInt()
		if n < 0 {
			n += int64(len(l.Items))
		}
		if uint64(n) >= uint64(len(l.Items)) {
			return Null, Errorf(IndexError, "pop index out of range")
		}
		v := l.Items[n]
		copy(l.Items[n:], l.Items[n+1:])
		l.Items[len(l.Items)-1] = Null
		l.Items = l.Items[:len(l.Items)-1]
		return v, nil
	}
	insert := ListType.method("insert")
	insert.Fast2 = func(self, i, x Value) (Value, error) {
		if !i.IsInt() {
			return insert.Fn(self, []Value{i, x}, nil)
		}
		l := self.o.(*List)
		k, n := i.RawInt(), int64(len(l.Items))
		if k < 0 {
			k = max(k+n, 0)
		}
		k = min(k, n)
		l.Items = append(l.Items, Null)
		copy(l.Items[k+1:], l.Items[k:])
		l.Items[k] = x
		return None, nil
	}
	dpop := DictType.method("pop")
	dpop.Fast1 = func(self, k Value) (Value, error) {
		v, found, err := self.o.(*Dict).dictPop(k)
		if err == nil && !found {
			err = NewException(KeyError, k)
		}
		return v, err
	}
	dpop.Fast2 = func(self, k, def Value) (Value, error) {
		v, found, err := self.o.(*Dict).dictPop(k)
		if err == nil && !found {
			return def, nil
		}
		return v, err
	}
	SetType.method("add").Fast1 = func(self, x Value) (Value, error) {
		return None, self.o.(*Set).add(x)
	}
	SetType.method("discard").Fast1 = func(self, x Value) (Value, error) {
		_, err := self.o.(*Set).discardKey(x)
		return None, err
	}
	SetType.method("remove").Fast1 = func(self, x Value) (Value, error) {
		ok, err := self.o.(*Set).discardKey(x)
		if err == nil && !ok {
			err = NewException(KeyError, x)
		}
		return None, err
	}
}

// dictPop removes k and returns its value, as dict.pop without default. An
// empty dict does not hash k (CPython's _PyDict_Pop: {}.pop([]) raises
// KeyError, not TypeError).
func (d *Dict) dictPop(k Value) (Value, bool, error) {
	if d.Len() == 0 {
		return Null, false, nil
	}
	i, err := d.Lookup(k)
	if err != nil || i < 0 {
		return Null, false, err
	}
	v := d.ValueAt(i)
	d.DeleteAt(i)
	return v, true, nil
}
