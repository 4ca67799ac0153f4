package object

import "math"

// Python's numeric hash works modulo the Mersenne prime 2**61-1, so that
// equal ints, floats and bools hash alike (sys.hash_info.modulus).
const hashModulus = (1 << 61) - 1

// HashInt is hash() of an int that fits in int64.
func HashInt(i int64) int64 {
	if uint64(i) < hashModulus {
		return i // 0 <= i < 2**61-1: the int itself, without a division
	}
	if i == -1 {
		return -2
	}
	neg := i < 0
	u := uint64(i)
	if neg {
		u = uint64(-i)
	}
	h := int64(u % hashModulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// HashFloat is hash() of a float, by CPython's _Py_HashDouble rule.
func HashFloat(f float64) int64 {
	if math.IsInf(f, 1) {
		return 314159
	}
	if math.IsInf(f, -1) {
		return -314159
	}
	if math.IsNaN(f) {
		// CPython 3.10 hashes a NaN by its object's identity; an unboxed
		// float has none but its bits, and every NaN float hashes to 0
		// (as object.__hash__ of it is); float subclass instances and
		// complex numbers use their identity (builtinHash, hashNumber).
		return 0
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0 // 2**28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// Hash returns Python's hash(v) as the dict sees it.
func (v Value) Hash() (uint64, error) {
	switch v.Kind() {
	case KindInt, KindBool:
		return uint64(HashInt(int64(v.n))), nil
	case KindFloat:
		return uint64(HashFloat(v.RawFloat())), nil
	case KindNone:
		return 0xFCA86420, nil
	case KindObject:
		switch o := v.o.(type) {
		case *Str:
			return o.Hash(), nil
		case *Tuple:
			// An exact tuple (a subclass's payload is wrapped): set and
			// dict keys such as (x, y) without the type's dispatch.
			h, err := hashTuple(o)
			return uint64(h), err
		}
		t := v.o.Type()
		if t == TypeType {
			// A class whose metaclass is type: type's hash is object's,
			// the identity (dispatch tables keyed by class).
			return identityHash(v.o), nil
		}
		if t.viaNamespace() {
			m := t.Lookup(strHash)
			if m.IsNone() {
				return 0, Errorf(TypeError, "unhashable type: '%s'", t.Name)
			}
			if md, ok := m.o.(*MethodDescr); ok && md.slot && !md.Owner.Native {
				// An inherited built-in tp_hash: no Python-level call, so
				// the value is not re-hashed as an int.
				if md.Owner == ObjectType {
					return identityHash(v.o), nil
				}
				h, err := builtinHash(v)
				return uint64(h), err
			}
			r, err := CallMethodValue(m, v, nil, nil)
			if err != nil {
				return 0, err
			}
			r = Unwrap(r)
			if numericKind(r) != numInt {
				return 0, Errorf(TypeError, "__hash__ method should return an integer")
			}
			if r.IsInt() || r.IsBool() {
				// A value that fits in Py_hash_t is the hash as it is
				// (slot_tp_hash); only -1 is reserved.
				if int64(r.n) == -1 {
					return uint64(1<<64 - 2), nil
				}
				return r.n, nil
			}
			h, _ := hashNumber(r)
			return uint64(h), nil
		}
		h, err := builtinHash(v)
		return uint64(h), err
	}
	return 0, nil
}

// builtinHash is hash() of an object of a built-in type.
func builtinHash(v Value) (int64, error) {
	if v.IsObject() {
		// A NaN hashes by identity in 3.10 (_Py_HashDouble(inst, v)):
		// a float subclass instance is an object with one.
		if u := Unwrap(v); u.IsFloat() && math.IsNaN(u.RawFloat()) {
			return int64(identityHash(v.o)), nil
		}
	}
	v = Unwrap(v)
	if h, ok := hashNumber(v); ok {
		return h, nil
	}
	switch o := Unwrap(v).o.(type) {
	case *Str:
		return int64(o.Hash()), nil
	case *Tuple:
		return hashTuple(o)
	case *Bytes:
		return int64(o.Hash()), nil
	case *Set:
		if o.frozen {
			return hashFrozenSet(o)
		}
	case *List, *Dict, *ByteArray, *dictView, *Slice:
	case *Range:
		return hashTuple(NewTuple(Int(int64(o.bigLength().Int64())), o.Start, o.Step))
	case *Method:
		// method_hash: __self__ by identity (its own __hash__ may
		// refuse), __func__ by value.
		var h1 uint64
		if o.Self.IsObject() {
			h1 = identityHash(o.Self.o)
		} else if h, err := o.Self.Hash(); err == nil {
			h1 = uint64(h)
		}
		h2, err := o.Func.Hash()
		return int64(h1 ^ uint64(h2)), err
	case *BuiltinFunction:
		if o.owner == nil {
			return int64(identityHash(o)), nil
		}
		// meth_hash: the bound object's identity and the method's.
		h := uint64(0)
		if o.Self.IsObject() {
			h = identityHash(o.Self.o)
		} else {
			h = o.Self.n
		}
		return int64(h ^ (&Str{S: o.Name}).Hash() ^ identityHash(o.owner)), nil
	case *Union:
		return o.hash()
	case *GenericAlias:
		h1, err := Hash(o.Origin)
		if err != nil {
			return 0, err
		}
		h2, err := hashTuple(o.Args)
		return h1 ^ h2, err
	default:
		if h, ok := o.(interface{ PyHash() (int64, error) }); ok {
			return h.PyHash()
		}
		if v.o == nil {
			return 0, nil
		}
		return int64(identityHash(v.o)), nil
	}
	return 0, Errorf(TypeError, "unhashable type: '%s'", TypeOf(v).Name)
}

// Equal is Python's == as the dict uses it: identity implies equality.
func (v Value) Equal(w Value) (bool, error) {
	if v.IsObject() && w.IsObject() {
		// Strs first: their test is two type words, where comparing the
		// two interfaces is a call (runtime.ifaceeq).
		if a, ok := v.o.(*Str); ok {
			if b, ok := w.o.(*Str); ok {
				return a == b || a.S == b.S, nil
			}
		}
		if v.o == w.o {
			return true, nil
		}
	} else if !v.IsObject() && !w.IsObject() {
		if v.Kind() == w.Kind() && v.n == w.n {
			return true, nil
		}
		switch {
		case v.IsNull() || w.IsNull() || v.IsNone() || w.IsNone():
			return v.Kind() == w.Kind(), nil
		case v.IsFloat() || w.IsFloat():
			return v.toFloat() == w.toFloat(), nil
		default:
			return v.n == w.n, nil
		}
	}
	return CompareBool(v, w, CmpEq)
}

func (v Value) toFloat() float64 {
	if v.IsFloat() {
		return v.RawFloat()
	}
	return float64(int64(v.n))
}
