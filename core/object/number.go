package object

import (
	"github.com/pyvar/pyvar/core/crmath"
	"math"
	"math/big"
)

func newRatFromFloat(f float64) *big.Rat { return new(big.Rat).SetFloat64(f) }
func newRatFromInt(i *big.Int) *big.Rat  { return new(big.Rat).SetInt(i) }

type numKind uint8

const (
	notNumber numKind = iota
	numInt
	numFloat
	numComplex
)

func numericKind(v Value) numKind {
	switch v.Kind() {
	case KindInt, KindBool:
		return numInt
	case KindFloat:
		return numFloat
	case KindObject:
		switch v.o.(type) {
		case *BigInt:
			return numInt
		case *Complex:
			return numComplex
		}
	}
	return notNumber
}

func toComplex(v Value) (complex128, error) {
	switch v.Kind() {
	case KindFloat:
		return complex(v.RawFloat(), 0), nil
	case KindObject:
		if c, ok := v.o.(*Complex); ok {
			return c.V, nil
		}
	}
	f, err := IntToFloat(v)
	return complex(f, 0), err
}

// numberBinary does arithmetic between built-in numbers (raw values);
// it returns NotImplemented when either operand is not a number.
func numberBinary(op BinOp, a, b Value) (Value, error) {
	ka, kb := numericKind(a), numericKind(b)
	if ka == notNumber || kb == notNumber {
		return NotImplemented, nil
	}
	if a.IsBool() && b.IsBool() && (op == And || op == Or || op == Xor) {
		r, _ := intBinary(op, int64(a.n), int64(b.n))
		return Bool(r.n != 0), nil
	}
	k := max(ka, kb)
	switch k {
	case numInt:
		if op == MatMul {
			return NotImplemented, nil
		}
		if !a.IsObject() && !b.IsObject() {
			return intBinary(op, int64(a.n), int64(b.n))
		}
		return bigValueBinary(op, a, b)
	case numFloat:
		x, err := IntToFloat(a)
		if a.IsFloat() {
			x, err = a.RawFloat(), nil
		}
		if err != nil {
			return Null, err
		}
		y, err := IntToFloat(b)
		if b.IsFloat() {
			y, err = b.RawFloat(), nil
		}
		if err != nil {
			return Null, err
		}
		return floatBinary(op, x, y)
	}
	x, err := toComplex(a)
	if err != nil {
		return Null, err
	}
	y, err := toComplex(b)
	if err != nil {
		return Null, err
	}
	return complexBinary(op, x, y)
}

// numberCompare compares built-in numbers; NotImplemented otherwise.
func numberCompare(a, b Value, op CompareOp) (Value, error) {
	ka, kb := numericKind(a), numericKind(b)
	if ka == notNumber || kb == notNumber {
		return NotImplemented, nil
	}
	switch {
	case ka == numComplex || kb == numComplex:
		if op != CmpEq && op != CmpNe {
			return NotImplemented, nil
		}
		// An int is compared exactly with the real part, as
		// complex_richcompare does (complex(2**53) != 2**53+1).
		if ka == numInt || kb == numInt {
			c, n := a, b
			if ka == numInt {
				c, n = b, a
			}
			z, _ := toComplex(c)
			eq := imag(z) == 0 && floatIntCompare(real(z), n, CmpEq)
			return Bool(eq == (op == CmpEq)), nil
		}
		x, _ := toComplex(a)
		y, _ := toComplex(b)
		return Bool((x == y) == (op == CmpEq)), nil
	case ka == numInt && kb == numInt:
		return Bool(intCompare(a, b, op)), nil
	case ka == numFloat && kb == numFloat:
		return Bool(CompareOrdered(a.RawFloat(), b.RawFloat(), op)), nil
	case ka == numFloat:
		return Bool(floatIntCompare(a.RawFloat(), b, op)), nil
	}
	return Bool(floatIntCompare(b.RawFloat(), a, cmpSwapped[op])), nil
}

func numberUnary(op UnOp, v Value) (Value, bool, error) {
	switch numericKind(v) {
	case numInt:
		r, err := intUnary(op, v)
		return r, true, err
	case numFloat:
		f := v.RawFloat()
		switch op {
		case Neg:
			return Float(-f), true, nil
		case Pos:
			return v, true, nil
		}
	case numComplex:
		c := v.o.(*Complex).V
		switch op {
		case Neg:
			return NewComplex(-c), true, nil
		case Pos:
			return v, true, nil
		}
	}
	return Null, false, nil
}

// Abs returns abs(v).
func Abs(v Value) (Value, error) {
	switch numericKind(v) {
	case numInt:
		return intAbs(v), nil
	case numFloat:
		return Float(math.Abs(v.RawFloat())), nil
	case numComplex:
		c := v.o.(*Complex).V
		r := crmath.Hypot(real(c), imag(c)) // C's hypot, correctly rounded
		if math.IsInf(r, 0) && !math.IsInf(real(c), 0) && !math.IsInf(imag(c), 0) {
			return Null, Errorf(OverflowError, "absolute value too large")
		}
		return Float(r), nil
	}
	t := TypeOf(v)
	if m := t.Lookup(strAbs); !m.IsNull() {
		return CallMethodValue(m, v, nil, nil)
	}
	return Null, Errorf(TypeError, "bad operand type for abs(): '%s'", t.Name)
}

// Pow3 is pow(a, b, m); m Null or None means pow(a, b).
func Pow3(a, b, m Value) (Value, error) {
	if m.IsNull() || m.IsNone() {
		return BinaryOp(Pow, a, b)
	}
	// Three-argument pow only asks the left operand's __pow__ (slot_nb_power
	// does not use __rpow__ with a modulus).
	if ta := TypeOf(a); ta.viaNamespace() {
		if f := ta.Lookup(binOpNames[Pow]); !f.IsNull() {
			if md, ok := f.o.(*MethodDescr); !ok || !md.slot || ta.Native {
				r, err := CallMethodValue(f, a, []Value{b, m}, nil)
				if err != nil || r.o != notImplemented {
					return r, err
				}
			}
		}
	}
	ua, ub, um := Unwrap(a), Unwrap(b), Unwrap(m)
	if numericKind(ua) == numInt && numericKind(ub) == numInt && numericKind(um) == numInt {
		return powMod(ua, ub, um)
	}
	if numericKind(ua) != notNumber && numericKind(ub) != notNumber && numericKind(um) != notNumber {
		// The slots in CPython's order: int's declines, float's refuses a
		// modulus, complex's too in its own words.
		for _, x := range []Value{ua, ub, um} {
			switch numericKind(x) {
			case numFloat:
				return Null, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
			case numComplex:
				return Null, Errorf(ValueError, "complex modulo")
			}
		}
	}
	return Null, Errorf(TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
		TypeOf(a).Name, TypeOf(b).Name, TypeOf(m).Name)
}

// Round is round(v, ndigits); nd Null or None means round to an int.
func Round(v, nd Value) (Value, error) {
	u := Unwrap(v)
	switch numericKind(u) {
	case numInt:
		if nd.IsNull() || nd.IsNone() {
			return intAbsNorm(u), nil
		}
		n, err := roundDigits(nd)
		if err != nil {
			return Null, err
		}
		if n >= 0 {
			return intAbsNorm(u), nil
		}
		if -n > len(toBig(u).String())+1 {
			// 10**-n is beyond |v|*2: the result is 0 (CPython would
			// compute the huge power first).
			return Int(0), nil
		}
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
		x := toBig(u)
		q, r := new(big.Int).DivMod(x, p, new(big.Int))
		// round half to even
		twice := new(big.Int).Mul(r, big.NewInt(2))
		c := twice.Cmp(p)
		if c > 0 || (c == 0 && q.Bit(0) == 1) {
			q.Add(q, big.NewInt(1))
		}
		return normBig(q.Mul(q, p)), nil
	case numFloat:
		f := u.RawFloat()
		if nd.IsNull() || nd.IsNone() {
			return floatToInt(math.RoundToEven(f))
		}
		n, err := roundDigits(nd)
		if err != nil {
			return Null, err
		}
		r, err := roundFloat(f, n)
		return Float(r), err
	}
	t := TypeOf(v)
	if m := t.Lookup(strRound); !m.IsNull() {
		if nd.IsNull() {
			return CallMethodValue(m, v, nil, nil)
		}
		return CallMethodValue1(m, v, nd)
	}
	return Null, Errorf(TypeError, "type %s doesn't define __round__ method", t.Name)
}

// roundDigits is round()'s ndigits as PyNumber_AsSsize_t(nd, NULL) reads
// it: huge values clamp to the Py_ssize_t range instead of failing.
func roundDigits(nd Value) (int, error) {
	iv, err := Index(nd)
	if err != nil {
		return 0, err
	}
	if n, ok := iv.AsInt(); ok {
		return int(n), nil
	}
	if toBig(iv).Sign() < 0 {
		return math.MinInt64, nil
	}
	return math.MaxInt64, nil
}

func intAbsNorm(v Value) Value {
	if v.IsBool() {
		return Int(int64(v.n))
	}
	return v
}

// hashNumber returns hash() of a built-in number.
func hashNumber(v Value) (int64, bool) {
	switch v.Kind() {
	case KindInt, KindBool:
		return HashInt(int64(v.n)), true
	case KindFloat:
		return HashFloat(v.RawFloat()), true
	}
	switch o := v.o.(type) {
	case *BigInt:
		return hashBig(&o.V), true
	case *Complex:
		part := func(x float64) uint64 {
			if math.IsNaN(x) {
				return identityHash(o)
			}
			return uint64(HashFloat(x))
		}
		h := part(real(o.V)) + 1000003*part(imag(o.V))
		if int64(h) == -1 {
			h = uint64(1<<64 - 2)
		}
		return int64(h), true
	}
	return 0, false
}
