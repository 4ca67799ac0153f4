package object

import (
	"bytes"
	"unsafe"
)

// The builtin* functions implement the protocols for objects of built-in
// types by switching on their Go type. Protocol entry points call them for
// non-heap types, and the slot wrappers in built-in type namespaces call
// them on the built-in payload of subclass instances.

func builtinBinary(op BinOp, a, b Value) (Value, error) {
	ob := b // str % b: a subclass's own __getitem__, __str__ count
	a, b = Unwrap(a), Unwrap(b)
	r, err := numberBinary(op, a, b)
	if err != nil || r.o != notImplemented {
		return r, err
	}
	switch x := a.o.(type) {
	case *Str:
		switch op {
		case Add:
			if y, ok := b.o.(*Str); ok {
				return concatStr(x, y), nil
			}
			return Null, Errorf(TypeError, "can only concatenate str (not \"%s\") to str", TypeOf(b).Name)
		case Mul:
			return repeatValue(a, b)
		case Mod:
			return strPercent(x, ob)
		}
	case *List:
		switch op {
		case Add:
			if y, ok := b.o.(*List); ok {
				items := make([]Value, 0, len(x.Items)+len(y.Items))
				items = append(append(items, x.Items...), y.Items...)
				return FromObject(&List{Items: items}), nil
			}
			return Null, Errorf(TypeError, "can only concatenate list (not \"%s\") to list", TypeOf(b).Name)
		case Mul:
			return repeatValue(a, b)
		}
	case *Tuple:
		switch op {
		case Add:
			if y, ok := b.o.(*Tuple); ok {
				items := make([]Value, 0, len(x.Items)+len(y.Items))
				items = append(append(items, x.Items...), y.Items...)
				return FromObject(&Tuple{Items: items}), nil
			}
			return Null, Errorf(TypeError, "can only concatenate tuple (not \"%s\") to tuple", TypeOf(b).Name)
		case Mul:
			return repeatValue(a, b)
		}
	case *Bytes:
		switch op {
		case Add:
			if y, ok := bytesOf(b); ok {
				return NewBytes(append(append([]byte{}, x.B...), y...)), nil
			}
			return Null, Errorf(TypeError, "can't concat %s to bytes", TypeOf(b).Name)
		case Mul:
			return repeatValue(a, b)
		case Mod:
			return bytesPercent(x, b)
		}
	case *ByteArray:
		switch op {
		case Add:
			if y, ok := bytesOf(b); ok {
				return FromObject(&ByteArray{B: append(append([]byte{}, x.B...), y...)}), nil
			}
			return Null, Errorf(TypeError, "can't concat %s to bytearray", TypeOf(b).Name)
		case Mul:
			return repeatValue(a, b)
		case Mod:
			return bytesPercentFormat(x.B, b, true)
		}
	case *Set:
		if y, ok := b.o.(*Set); ok {
			return setBinary(op, x, y)
		}
	case *Dict:
		if y, ok := b.o.(*Dict); ok && op == Or {
			c := x.CopyDict()
			if err := c.Update(FromObject(y)); err != nil {
				return Null, err
			}
			return FromObject(c), nil
		}
	case *dictView:
		if x.kind != dictValues {
			return dictViewBinary(op, a, b)
		}
	case *MappingProxy:
		// mappingproxy_or: the operation of the underlying mappings.
		if op == Or {
			if y, ok := b.o.(*MappingProxy); ok {
				b = y.mapping()
			}
			return BinaryOp(Or, x.mapping(), b)
		}
	}
	if y, ok := b.o.(*MappingProxy); ok && op == Or {
		return BinaryOp(Or, a, y.mapping())
	}
	if _, ok := isSetView(b); ok {
		// The view's slot as the right operand: {2} | d.keys().
		return dictViewBinary(op, a, b)
	}
	if op == Mul && numericKind(a) == numInt {
		switch b.o.(type) {
		case *Str, *List, *Tuple, *Bytes, *ByteArray:
			return repeatValue(b, a)
		}
	}
	return NotImplemented, nil
}

// builtinInplace handles the in-place operators that mutate: list +=,
// list *=, set |= &= -= ^=, dict |=, bytearray +=.
func builtinInplace(op BinOp, a, b Value) (Value, bool, error) {
	switch x := Unwrap(a).o.(type) {
	case *List:
		switch op {
		case Add:
			if err := x.Extend(b); err != nil {
				return Null, true, err
			}
			return a, true, nil
		case Mul:
			n, err := repeatCount(b)
			if err != nil {
				return Null, true, err
			}
			if err := checkRepeat(len(x.Items), n, int(unsafe.Sizeof(Value{}))); err != nil {
				return Null, true, err
			}
			x.Items = repeatItems(x.Items, n)
			return a, true, nil
		}
	case *Set:
		if y, ok := Unwrap(b).o.(*Set); ok && !x.frozen {
			switch op {
			case Or, And, Sub, Xor:
				var err error
				switch op {
				case Or:
					err = x.merge(y)
				case And:
					var r *Set
					if r, err = x.intersection(FromObject(y)); err == nil {
						x.table, x.fill, x.used = r.table, r.fill, r.used
					}
				case Sub:
					err = x.differenceUpdate(FromObject(y))
				case Xor:
					err = x.symmetricDifferenceUpdate(FromObject(y))
				}
				return a, true, err
			}
		}
	case *Dict:
		if op == Or {
			return a, true, x.Update(b)
		}
	case *MappingProxy:
		if op == Or {
			return Null, true, Errorf(TypeError, "'|=' is not supported by mappingproxy; use '|' instead")
		}
	case *ByteArray:
		if op == Mul && IndexCheck(b) {
			n, err := repeatCount(b)
			if err != nil {
				return Null, true, err
			}
			if n != 1 && len(x.B) > 0 {
				if err := x.resizeCheck(); err != nil {
					return a, true, err
				}
				if err := checkRepeat(len(x.B), n, 1); err != nil {
					return Null, true, err
				}
				x.B = bytes.Repeat(x.B, n)
			}
			return a, true, nil
		}
		if op == Add {
			if y, ok := bytesOf(Unwrap(b)); ok {
				if len(y) > 0 {
					if err := x.resizeCheck(); err != nil {
						return a, true, err
					}
				}
				x.B = append(x.B, y...)
				return a, true, nil
			}
		}
	}
	return Null, false, nil
}

func builtinCompare(a, b Value, op CompareOp) (Value, error) {
	a, b = Unwrap(a), Unwrap(b)
	r, err := numberCompare(a, b, op)
	if err != nil || r.o != notImplemented {
		return r, err
	}
	switch x := a.o.(type) {
	case *Str:
		if y, ok := b.o.(*Str); ok {
			return Bool(cmpStrings(x.S, y.S, op)), nil
		}
	case *List:
		if y, ok := b.o.(*List); ok {
			return listCompare(x, y, op)
		}
	case *Tuple:
		if y, ok := b.o.(*Tuple); ok {
			return seqCompare(x.Items, y.Items, op)
		}
	case *Bytes:
		if y, ok := bytesOrByteArray(b); ok {
			return Bool(cmpStrings(string(x.B), string(y), op)), nil
		}
	case *ByteArray:
		if y, ok := bytesOrByteArray(b); ok {
			return Bool(cmpStrings(string(x.B), string(y), op)), nil
		}
	case *Dict:
		if y, ok := b.o.(*Dict); ok && (op == CmpEq || op == CmpNe) {
			eq, err := dictEqual(x, y)
			return Bool(eq == (op == CmpEq)), err
		}
	case *Set:
		if y, ok := b.o.(*Set); ok {
			return setCompare(x, y, op)
		}
	case *Range:
		if y, ok := b.o.(*Range); ok && (op == CmpEq || op == CmpNe) {
			return Bool(rangeEqual(x, y) == (op == CmpEq)), nil
		}
	case *Slice:
		if y, ok := b.o.(*Slice); ok {
			return seqCompare([]Value{x.Start, x.Stop, x.Step}, []Value{y.Start, y.Stop, y.Step}, op)
		}
	case *dictView:
		return dictViewCompare(x, b, op)
	case *MappingProxy:
		// mappingproxy_richcompare compares the mapping itself.
		return RichCompare(x.mapping(), b, op)
	case *Method:
		if y, ok := b.o.(*Method); ok && (op == CmpEq || op == CmpNe) {
			eq := x.Self.Is(y.Self) && x.Func.Is(y.Func)
			return Bool(eq == (op == CmpEq)), nil
		}
	case *BuiltinFunction:
		if y, ok := b.o.(*BuiltinFunction); ok && (op == CmpEq || op == CmpNe) {
			return Bool(x.sameMethod(y) == (op == CmpEq)), nil
		}
	case *Union:
		if y, ok := b.o.(*Union); ok && (op == CmpEq || op == CmpNe) {
			eq, err := x.equal(y)
			return Bool(eq == (op == CmpEq)), err
		}
	case *GenericAlias:
		if _, ok := b.o.(*GenericAlias); ok && (op == CmpEq || op == CmpNe) {
			r, err := CallMethodValue(GenericAliasType.LookupString("__eq__"), a, []Value{b}, nil)
			if err != nil || op == CmpEq {
				return r, err
			}
			return Bool(!r.RawBool()), nil
		}
	case *Cell:
		if y, ok := b.o.(*Cell); ok {
			if x.Ref.IsNull() || y.Ref.IsNull() {
				return Bool(CompareOrdered(b2i(!x.Ref.IsNull()), b2i(!y.Ref.IsNull()), op)), nil
			}
			return RichCompare(x.Ref, y.Ref, op)
		}
	}
	// A built-in type of another package that compares by value (code).
	if c, ok := a.o.(interface {
		PyRichCompare(other Value, op CompareOp) (Value, error)
	}); ok {
		return c.PyRichCompare(b, op)
	}
	return NotImplemented, nil
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func builtinUnary(op UnOp, v Value) (Value, bool, error) {
	v = Unwrap(v)
	return numberUnary(op, v)
}

func builtinTruth(v Value) (bool, bool) {
	switch o := Unwrap(v).o.(type) {
	case *Complex:
		return o.V != 0, true
	case *BigInt:
		return true, true
	case *singleton:
		return o != notImplemented || true, true
	}
	v = Unwrap(v)
	if !v.IsObject() {
		t, _ := Truth(v)
		return t, true
	}
	return false, false
}

func builtinLen(v Value) (int, bool, error) {
	switch o := Unwrap(v).o.(type) {
	case *Str:
		return o.Len(), true, nil
	case *List:
		return len(o.Items), true, nil
	case *Tuple:
		return len(o.Items), true, nil
	case *Dict:
		return o.Len(), true, nil
	case *Set:
		return o.used, true, nil
	case *Bytes:
		return len(o.B), true, nil
	case *ByteArray:
		return len(o.B), true, nil
	case *Range:
		n, err := o.length()
		return n, true, err
	case *dictView:
		return o.d.Len(), true, nil
	case *MappingProxy:
		if o.d == nil {
			n, err := Len(o.m)
			return n, true, err
		}
		return o.d.Len(), true, nil
	}
	return 0, false, nil
}

func builtinGetItem(v, key Value) (Value, bool, error) {
	switch o := Unwrap(v).o.(type) {
	case *List:
		r, err := GetItem(FromObject(o), key)
		return r, true, err
	case *Tuple:
		r, err := GetItem(FromObject(o), key)
		return r, true, err
	case *Dict:
		r, ok, err := o.Get(key)
		if err != nil {
			return Null, true, err
		}
		if !ok {
			if inst, isInst := v.o.(*Instance); isInst {
				if m := inst.Class.Lookup(strMissing); !m.IsNull() {
					r, err := CallMethodValue1(m, v, key)
					return r, true, err
				}
			}
			return Null, true, NewException(KeyError, key)
		}
		return r, true, nil
	case *Str:
		r, err := strGetItem(o, key)
		return r, true, err
	case *Bytes:
		if sl, ok := key.o.(*Slice); ok {
			start, _, step, n, err := sl.Indices(len(o.B))
			if err != nil {
				return Null, true, err
			}
			return bytesSlice(o, start, step, n), true, nil
		}
		r, err := bytesGetItem(o.B, key, false)
		return r, true, err
	case *ByteArray:
		r, err := bytesGetItem(o.B, key, true)
		return r, true, err
	case *Range:
		r, err := rangeGetItem(o, key)
		return r, true, err
	case *MappingProxy:
		r, err := GetItem(o.mapping(), key)
		return r, true, err
	case *Union:
		r, err := o.getItem(v, key)
		return r, true, err
	}
	return Null, false, nil
}

// builtinSetItem does v[key] = val, or del v[key] when val is Null.
func builtinSetItem(v, key, val Value) (bool, error) {
	switch o := Unwrap(v).o.(type) {
	case *List:
		if val.IsNull() {
			return true, listDelItem(o, key)
		}
		return true, SetItem(FromObject(o), key, val)
	case *Dict:
		if val.IsNull() {
			return true, DelItem(FromObject(o), key)
		}
		return true, o.Set(key, val)
	case *ByteArray:
		return true, byteArraySetItem(o, key, val)
	}
	return false, nil
}

func builtinIter(v Value) (Value, bool, error) {
	switch o := Unwrap(v).o.(type) {
	case *List:
		return FromObject(&listIterator{list: o}), true, nil
	case *Tuple:
		return FromObject(&tupleIterator{items: o.Items}), true, nil
	case *Str:
		return FromObject(&strIterator{s: o.S}), true, nil
	case *Dict:
		return FromObject(newDictIterator(o, dictKeys)), true, nil
	case *Set:
		return FromObject(&setIterator{s: o, used: o.used}), true, nil
	case *Range:
		return FromObject(o.iter()), true, nil
	case *Bytes:
		return FromObject(&bytesIterator{b: o.B}), true, nil
	case *ByteArray:
		return FromObject(&bytesIterator{b: o.B}), true, nil
	case *dictView:
		return FromObject(newDictIterator(o.d, o.kind)), true, nil
	case *MappingProxy:
		if o.d == nil {
			r, err := GetIter(o.m)
			return r, true, err
		}
		return FromObject(newDictIterator(o.d, dictKeys)), true, nil
	case Iterator:
		return v, true, nil
	}
	return Null, false, nil
}

func builtinContains(container, item Value) (bool, bool, error) {
	switch o := Unwrap(container).o.(type) {
	case *Set:
		ok, err := o.contains(item)
		return ok, true, err
	case *Dict:
		_, ok, err := o.Get(item)
		return ok, true, err
	case *Range:
		ok, err := rangeContains(o, item)
		return ok, true, err
	case *Bytes:
		ok, err := bytesContains(o.B, item)
		return ok, true, err
	case *ByteArray:
		ok, err := bytesContains(o.B, item)
		return ok, true, err
	case *dictView:
		ok, err := dictViewContains(o, item)
		return ok, true, err
	case *MappingProxy:
		if o.d == nil {
			ok, err := Contains(o.m, item)
			return ok, true, err
		}
		_, ok, err := o.d.Get(item)
		return ok, true, err
	case *Str:
		ok, err := Contains(FromObject(o), item)
		return ok, true, err
	}
	return false, false, nil
}

func builtinReprOther(v Value) (string, bool, error) {
	switch o := v.o.(type) {
	case *Complex:
		return complexRepr(o.V), true, nil
	case *singleton:
		return o.name, true, nil
	case *Set:
		r, err := setRepr(o)
		return r, true, err
	case *Bytes:
		return bytesRepr(o.B), true, nil
	case *ByteArray:
		return "bytearray(" + bytesRepr(o.B) + ")", true, nil
	case *Range:
		r, err := rangeRepr(o)
		return r, true, err
	case *Slice:
		r, err := Repr(FromObject(NewTuple(o.Start, o.Stop, o.Step)))
		return "slice" + r, true, err
	case *dictView:
		r, err := dictViewRepr(o)
		return r, true, err
	case *MappingProxy:
		if o.d == nil {
			r, err := Repr(o.m)
			return "mappingproxy(" + r + ")", true, err
		}
		r, err := dictRepr(o.d)
		return "mappingproxy(" + r + ")", true, err
	case *StaticMethod:
		r, err := Repr(o.Func)
		return "<staticmethod(" + r + ")>", true, err
	case *ClassMethod:
		r, err := Repr(o.Func)
		return "<classmethod(" + r + ")>", true, err
	case *Super:
		return superRepr(o)
	}
	return "", false, nil
}
