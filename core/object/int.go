package object

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"time"
)

// BigInt is an int that does not fit in int64. Arithmetic results are
// normalised: anything that fits goes back to a small int Value, so a
// BigInt always lies outside the int64 range.
type BigInt struct {
	V big.Int
	// w holds V's words when they fit, so that an int of up to 128 bits
	// is one allocation (newBigResult); larger ones have their own.
	w [2]big.Word
}

// newBigResult returns a BigInt for an arithmetic result to be computed
// into its V, whose words start in the BigInt's own w.
func newBigResult() *BigInt {
	r := &BigInt{}
	r.V.SetBits(r.w[:0])
	return r
}

// Type returns IntType.
func (b *BigInt) Type() *Type { return IntType }

// NewBigInt returns x as an int Value (small when it fits).
func NewBigInt(x *big.Int) Value {
	if x.IsInt64() {
		return Int(x.Int64())
	}
	b := &BigInt{}
	b.V.Set(x)
	return FromObject(b)
}

func normBig(x *big.Int) Value {
	if x.IsInt64() {
		return Int(x.Int64())
	}
	b := &BigInt{}
	b.V = *x
	return FromObject(b)
}

func newBigFromUint(u uint64) Value {
	x := new(big.Int).SetUint64(u)
	return normBig(x)
}

// toBig returns the value of an int Value (small, bool or big) as a
// big.Int the caller must not modify.
func toBig(v Value) *big.Int {
	if v.IsInt() || v.IsBool() {
		return big.NewInt(int64(v.n))
	}
	if b, ok := v.o.(*BigInt); ok {
		return &b.V
	}
	return new(big.Int)
}

// ToBigInt returns an int Value as a new big.Int; ok is false for non-ints.
func ToBigInt(v Value) (*big.Int, bool) {
	v = Unwrap(v)
	if !isIntValue(v) {
		return nil, false
	}
	return new(big.Int).Set(toBig(v)), true
}

func cmpResult(c int, op CompareOp) bool { return CompareOrdered(int64(c), 0, op) }

// floorDivMod returns Python's a // b and a % b for b != 0.
func floorDivMod(a, b int64) (int64, int64) {
	q, r := a/b, a%b
	if r != 0 && (r < 0) != (b < 0) {
		q--
		r += b
	}
	return q, r
}

// intBinary is the small-int fast path; overflows promote to BigInt.
func intBinary(op BinOp, a, b int64) (Value, error) {
	switch op {
	case Add:
		s := a + b
		if (s > a) == (b > 0) {
			return Int(s), nil
		}
	case Sub:
		s := a - b
		if (s < a) == (b > 0) {
			return Int(s), nil
		}
	case Mul:
		hi, lo := bits.Mul64(uint64(absInt(a)), uint64(absInt(b)))
		if hi == 0 && lo <= math.MaxInt64 && a != math.MinInt64 && b != math.MinInt64 {
			r := int64(lo)
			if (a < 0) != (b < 0) {
				r = -r
			}
			return Int(r), nil
		}
	case TrueDiv:
		if b == 0 {
			return Null, Errorf(ZeroDivisionError, "division by zero")
		}
		if absInt(a) <= 1<<53 && absInt(b) <= 1<<53 && a != math.MinInt64 && b != math.MinInt64 {
			return Float(float64(a) / float64(b)), nil
		}
	case FloorDiv, Mod, DivMod:
		if b == 0 {
			return Null, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		if a == math.MinInt64 && b == -1 {
			break
		}
		q, r := floorDivMod(a, b)
		switch op {
		case FloorDiv:
			return Int(q), nil
		case Mod:
			return Int(r), nil
		}
		return FromObject(Tuple2(Int(q), Int(r))), nil
	case Pow:
		if b < 0 {
			if a == 0 {
				return Null, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
			}
			return FloatPow(float64(a), float64(b))
		}
		if r, ok := powInt(a, b); ok {
			return Int(r), nil
		}
	case LShift:
		if b < 0 {
			return Null, Errorf(ValueError, "negative shift count")
		}
		if b < 63 && a == (a<<b)>>b {
			return Int(a << b), nil
		}
		if a == 0 {
			return Int(0), nil
		}
	case RShift:
		if b < 0 {
			return Null, Errorf(ValueError, "negative shift count")
		}
		if b > 63 {
			b = 63
		}
		return Int(a >> b), nil
	case And:
		return Int(a & b), nil
	case Or:
		return Int(a | b), nil
	case Xor:
		return Int(a ^ b), nil
	case MatMul:
		return NotImplemented, nil
	}
	return bigBinary(op, big.NewInt(a), big.NewInt(b))
}

func absInt(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
}

func powInt(a, b int64) (int64, bool) {
	r := int64(1)
	for b > 0 {
		if b&1 == 1 {
			v, ok := mulCheck(r, a)
			if !ok {
				return 0, false
			}
			r = v
		}
		b >>= 1
		if b > 0 {
			v, ok := mulCheck(a, a)
			if !ok {
				return 0, false
			}
			a = v
		}
	}
	return r, true
}

func mulCheck(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	c := a * b
	if c/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return 0, false
	}
	return c, true
}

// bigSlowBits is the result size (in bits) from which big-int arithmetic
// runs where a cancellation can stop waiting for it (about a millisecond
// of multiplication).
const bigSlowBits = 1 << 18

// bigSlow computes f, whose result has about bits bits. A large one runs
// on its own goroutine while this one polls for a cancellation every
// millisecond; when cancelled, the computation is abandoned (it finishes
// in the background and is dropped) and Poll's error returned. math/big
// cannot be stopped midway, and one huge multiplication takes seconds.
func bigSlow(bits int, f func() *big.Int) (*big.Int, error) {
	if bits < bigSlowBits || poll == nil {
		return f(), nil
	}
	done := make(chan *big.Int, 1)
	go func() { done <- f() }()
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case r := <-done:
			return r, nil
		case <-tick.C:
			if err := Poll(); err != nil {
				return nil, err
			}
		}
	}
}

// bigValueBinary does int arithmetic between two int Values (raw, small,
// bool or big) of which at least one is big. An operation that gives
// back one of its big operands (x + 0, x * 1, x // 1) returns it without
// a copy (ints are immutable), and x // y with a one-word quotient runs
// without allocating (divSmallQuotient); the rest goes to bigBinary.
func bigValueBinary(op BinOp, a, b Value) (Value, error) {
	switch op {
	case Add, Sub, Or, Xor:
		if b.IsInt() && b.n == 0 {
			return a, nil
		}
		if op != Sub && a.IsInt() && a.n == 0 {
			return b, nil
		}
	case Mul:
		if b.IsInt() && (b.n == 0 || b.n == 1) {
			if b.n == 0 {
				return Int(0), nil
			}
			return a, nil
		}
		if a.IsInt() && (a.n == 0 || a.n == 1) {
			if a.n == 0 {
				return Int(0), nil
			}
			return b, nil
		}
	case FloorDiv:
		if b.IsInt() && b.n == 1 {
			return a, nil
		}
		if bx, ok := b.o.(*BigInt); ok {
			if ax, ok := a.o.(*BigInt); ok {
				if q, ok := bigFloorDivSmall(&ax.V, &bx.V); ok {
					return Int(q), nil
				}
			} else {
				// |small| < |big|: the quotient is 0 or -1.
				n := int64(a.n)
				if n == 0 || (n > 0) == (bx.V.Sign() > 0) {
					return Int(0), nil
				}
				return Int(-1), nil
			}
		}
	}
	// The small operand's big.Int stays on this stack (its word does not:
	// storing it into a big.Int makes Go's escape analysis give up).
	var xt, yt big.Int
	x, y := &xt, &yt
	if ab, ok := a.o.(*BigInt); ok {
		x = &ab.V
	} else {
		xt.SetInt64(int64(a.n))
	}
	if bb, ok := b.o.(*BigInt); ok {
		y = &bb.V
	} else {
		yt.SetInt64(int64(b.n))
	}
	return bigBinary(op, x, y)
}

// bigFloorDivSmall is x // y for big x and y when the quotient fits in
// an int64, without allocating; ok is false when it may not fit.
func bigFloorDivSmall(x, y *big.Int) (int64, bool) {
	q, remZero, ok := divSmallQuotient(x.Bits(), y.Bits())
	if !ok || q > math.MaxInt64 {
		return 0, false
	}
	if (x.Sign() < 0) == (y.Sign() < 0) {
		return int64(q), true
	}
	if remZero {
		return -int64(q), true
	}
	return -int64(q) - 1, true
}

// divSmallQuotient returns floor(u / v) of two magnitudes (little-endian
// words, normalised, len(v) >= 2) and whether the remainder is zero, when
// the quotient fits in one word (ok false otherwise). It estimates the
// quotient from the top words of u and v scaled so that v's top bit is
// set (Knuth's algorithm D: the estimate is at most 2 too large) and
// checks it by computing the sign of u - q*v word by word, allocating
// nothing: pidigits' (q*j + r) // (s*j + t) of two 80,000-bit ints made
// math/big copy and shift both and divide recursively for a digit.
func divSmallQuotient(u, v []big.Word) (q uint64, remZero, ok bool) {
	n := len(v)
	if n < 2 {
		return 0, false, false
	}
	if len(u) < n {
		return 0, len(u) == 0, true
	}
	if len(u) > n+1 {
		return 0, false, false
	}
	s := uint(bits.LeadingZeros64(uint64(v[n-1])))
	vt := uint64(v[n-1])<<s | uint64(v[n-2])>>(64-s)
	var top uint64
	if len(u) > n {
		top = uint64(u[n])
	}
	if top>>(64-s) != 0 && s != 0 {
		return 0, false, false // u has more than 64 bits above v's top bit
	}
	uh := top<<s | uint64(u[n-1])>>(64-s)
	ul := uint64(u[n-1])<<s | uint64(u[n-2])>>(64-s)
	if uh >= vt {
		return 0, false, false
	}
	q, _ = bits.Div64(uh, ul, vt)
	for tries := 0; tries < 3; tries++ {
		var carry, borrow, nonzero uint64
		for i, vw := range v {
			hi, lo := bits.Mul64(q, uint64(vw))
			var c uint64
			lo, c = bits.Add64(lo, carry, 0)
			carry = hi + c
			var d uint64
			d, borrow = bits.Sub64(uint64(u[i]), lo, borrow)
			nonzero |= d
		}
		d, b := bits.Sub64(top, carry, borrow)
		if b == 0 {
			return q, nonzero|d == 0, true
		}
		q--
	}
	return 0, false, false
}

// bigResult is the Value of an int result computed into r.V: a small int
// when it fits, else r itself.
func bigResult(r *BigInt) Value {
	if r.V.IsInt64() {
		return Int(r.V.Int64())
	}
	return FromObject(r)
}

// bigBinary does int arithmetic on big ints.
func bigBinary(op BinOp, x, y *big.Int) (Value, error) {
	r := newBigResult()
	z := &r.V
	switch op {
	case Add:
		z.Add(x, y)
		return bigResult(r), nil
	case Sub:
		z.Sub(x, y)
		return bigResult(r), nil
	case Mul:
		if x.BitLen()+y.BitLen() < bigSlowBits {
			z.Mul(x, y)
			return bigResult(r), nil
		}
		// The operands are copied for the goroutine: x and y may be
		// bigValueBinary's temporaries on its stack.
		xc, yc := new(big.Int).Set(x), new(big.Int).Set(y)
		_, err := bigSlow(x.BitLen()+y.BitLen(), func() *big.Int { return z.Mul(xc, yc) })
		if err != nil {
			return Null, err
		}
		return bigResult(r), nil
	case TrueDiv:
		if y.Sign() == 0 {
			return Null, Errorf(ZeroDivisionError, "division by zero")
		}
		if x.Sign() == 0 {
			return Float(math.Copysign(0, float64(y.Sign()))), nil
		}
		f, _ := new(big.Rat).SetFrac(x, y).Float64()
		if math.IsInf(f, 0) {
			return Null, Errorf(OverflowError, "integer division result too large for a float")
		}
		return Float(f), nil
	case FloorDiv, Mod, DivMod:
		if y.Sign() == 0 {
			return Null, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		rq, rm := r, newBigResult()
		q, m := &rq.V, &rm.V
		q.QuoRem(x, y, m)
		if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
			q.Sub(q, big.NewInt(1))
			m.Add(m, y)
		}
		switch op {
		case FloorDiv:
			return bigResult(rq), nil
		case Mod:
			return bigResult(rm), nil
		}
		return FromObject(NewTuple(bigResult(rq), bigResult(rm))), nil
	case Pow:
		if y.Sign() < 0 {
			if x.Sign() == 0 {
				return Null, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
			}
			fx, err := bigToFloat(x)
			if err != nil {
				return Null, err
			}
			fy, _ := new(big.Float).SetInt(y).Float64()
			return FloatPow(fx, fy)
		}
		if !y.IsInt64() || (y.Int64() > 1<<24 && x.CmpAbs(big.NewInt(1)) > 0) {
			return Null, Errorf(MemoryError, "")
		}
		if allocLimit != 0 && uint64(x.BitLen())*uint64(y.Int64()) > allocLimit*8 {
			return Null, Errorf(MemoryError, "")
		}
		xc, yc := new(big.Int).Set(x), new(big.Int).Set(y)
		_, err := bigSlow(x.BitLen()*int(y.Int64()), func() *big.Int { return z.Exp(xc, yc, nil) })
		if err != nil {
			return Null, err
		}
		return bigResult(r), nil
	case LShift:
		if y.Sign() < 0 {
			return Null, Errorf(ValueError, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > 1<<32 {
			if x.Sign() == 0 {
				return Int(0), nil
			}
			return Null, Errorf(OverflowError, "too many digits in integer")
		}
		z.Lsh(x, uint(y.Int64()))
		return bigResult(r), nil
	case RShift:
		if y.Sign() < 0 {
			return Null, Errorf(ValueError, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > 1<<32 {
			if x.Sign() < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		z.Rsh(x, uint(y.Int64()))
		return bigResult(r), nil
	case And:
		z.And(x, y)
		return bigResult(r), nil
	case Or:
		z.Or(x, y)
		return bigResult(r), nil
	case Xor:
		z.Xor(x, y)
		return bigResult(r), nil
	}
	return NotImplemented, nil
}

func bigToFloat(x *big.Int) (float64, error) {
	if x.IsInt64() {
		return float64(x.Int64()), nil
	}
	f, _ := new(big.Float).SetInt(x).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// IntToFloat converts an int Value to float64, failing with OverflowError
// for ints beyond the float range.
func IntToFloat(v Value) (float64, error) {
	if v.IsInt() || v.IsBool() {
		return float64(int64(v.n)), nil
	}
	return bigToFloat(toBig(v))
}

func intCompare(a, b Value, op CompareOp) bool {
	if !a.IsObject() && !b.IsObject() {
		return CompareOrdered(int64(a.n), int64(b.n), op)
	}
	// A big int lies outside the int64 range: against a small one its
	// sign decides.
	ab, aBig := a.o.(*BigInt)
	bb, bBig := b.o.(*BigInt)
	switch {
	case aBig && bBig:
		return cmpResult(ab.V.Cmp(&bb.V), op)
	case aBig:
		return cmpResult(ab.V.Sign(), op)
	case bBig:
		return cmpResult(-bb.V.Sign(), op)
	}
	return cmpResult(toBig(a).Cmp(toBig(b)), op)
}

// intFromString parses s as int(s, base) does.
func intFromString(orig string, base int) (Value, error) {
	// int("123"), the common case (a tokenizer's digits, a field of a
	// line): plain decimal digits that fit an int64, parsed at once,
	// before intFromText's trimming, sign, prefix and underscore rules.
	if base == 10 && len(orig) > 0 && len(orig) <= 18 {
		var n int64
		i := 0
		for ; i < len(orig); i++ {
			c := orig[i]
			if c < '0' || c > '9' {
				break
			}
			n = n*10 + int64(c-'0')
		}
		if i == len(orig) {
			return Int(n), nil
		}
	}
	return intFromText(orig, base, func() string { return StrRepr(orig) })
}

// intFromText is intFromString with the repr used in the error message
// (bytes arguments show as b'...'), made only for the error: int("123")
// spent most of its time quoting its argument.
func intFromText(orig string, base int, repr func() string) (Value, error) {
	bad := func() error {
		// Without fmt: the error is the common case of int(s) in a try.
		return NewException(ValueError, NewStr("invalid literal for int() with base "+strconv.Itoa(base)+": "+repr()))
	}
	s := strings.TrimSpace(asciiDigits(orig))
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	b := base
	if len(s) >= 2 && s[0] == '0' {
		p := s[1] | 0x20
		switch {
		case p == 'x' && (base == 16 || base == 0):
			b, s = 16, s[2:]
		case p == 'o' && (base == 8 || base == 0):
			b, s = 8, s[2:]
		case p == 'b' && (base == 2 || base == 0):
			b, s = 2, s[2:]
		}
		if b != base && len(s) > 0 && s[0] == '_' {
			s = s[1:]
		}
	}
	if b == 0 {
		b = 10
		if len(s) > 1 && s[0] == '0' {
			if strings.Trim(s, "0_") != "" {
				return Null, bad()
			}
		}
	}
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return Null, bad()
	}
	s = strings.ReplaceAll(s, "_", "")
	if len(s) <= 18 && b == 10 {
		var n int64
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return Null, bad()
			}
			n = n*10 + int64(c-'0')
		}
		if neg {
			n = -n
		}
		return Int(n), nil
	}
	if IntMaxStrDigits > 0 && b&(b-1) != 0 && len(s) > IntMaxStrDigits {
		// Before any quadratic work, as CPython: the digits up to the
		// first that is not one decide (trailing garbage comes later).
		n := 0
		for n < len(s) && digitValue(s[n]) < b {
			n++
		}
		if n > IntMaxStrDigits {
			return Null, Errorf(ValueError, "Exceeds the limit (%d) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", IntMaxStrDigits, n)
		}
	}
	x, ok := new(big.Int).SetString(s, b)
	if !ok {
		return Null, bad()
	}
	if neg {
		x.Neg(x)
	}
	return normBig(x), nil
}

// IntFromString parses a Python int literal body in the given base (0
// means: infer from the prefix, as int(s, 0)).
func IntFromString(s string, base int) (Value, error) { return intFromString(s, base) }

// floatToInt is int(f).
func floatToInt(f float64) (Value, error) {
	if math.IsInf(f, 0) {
		return Null, Errorf(OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return Null, Errorf(ValueError, "cannot convert float NaN to integer")
	}
	t := math.Trunc(f)
	if t >= -9.2e18 && t <= 9.2e18 {
		return Int(int64(t)), nil
	}
	x, _ := big.NewFloat(t).Int(nil)
	return normBig(x), nil
}

// intNew is int(x=0, base=10).
func intNew(t *Type, args []Value, kwnames []string) (Value, error) {
	var a [2]Value
	if len(args) == 1 && len(kwnames) == 0 {
		a[0] = args[0] // int(x): what ParseArgs would answer
	} else if err := ParseArgs("int", args, kwnames, []string{"", "base"}, 2, 0, a[:]); err != nil {
		return Null, err
	}
	r, err := intConvert(a[0], a[1])
	if err != nil {
		return Null, err
	}
	if t != IntType {
		if t == BoolType {
			return r, nil
		}
		return wrapBuiltin(t, r), nil
	}
	return r, nil
}

func intConvert(x, base Value) (Value, error) {
	if x.IsNull() {
		if !base.IsNull() {
			return Null, Errorf(TypeError, "int() missing string argument")
		}
		return Int(0), nil
	}
	if !base.IsNull() {
		bv, err := AsSsize(base, nil)
		if err != nil {
			return Null, err
		}
		if bv != 0 && (bv < 2 || bv > 36) {
			return Null, Errorf(ValueError, "int() base must be >= 2 and <= 36, or 0")
		}
		switch s := Unwrap(x).o.(type) {
		case *Str:
			return intFromString(s.S, bv)
		case *Bytes:
			return intFromText(string(s.B), bv, func() string { return bytesRepr(s.B) })
		case *ByteArray:
			return intFromText(string(s.B), bv, func() string { return "bytearray(" + bytesRepr(s.B) + ")" })
		}
		return Null, Errorf(TypeError, "int() can't convert non-string with explicit base")
	}
	switch x.Kind() {
	case KindInt:
		return x, nil
	case KindBool:
		return Int(int64(x.n)), nil
	case KindFloat:
		return floatToInt(x.RawFloat())
	}
	switch o := x.o.(type) {
	case *BigInt:
		return x, nil
	case *Str:
		return intFromString(o.S, 10)
	case *Bytes:
		return intFromText(string(o.B), 10, func() string { return bytesRepr(o.B) })
	case *ByteArray:
		return intFromText(string(o.B), 10, func() string { return "bytearray(" + bytesRepr(o.B) + ")" })
	}
	t := TypeOf(x)
	for _, name := range []*Str{strInt, strIndex, strTrunc} {
		if m := t.Lookup(name); !m.IsNull() {
			r, err := CallMethodValue(m, x, nil, nil)
			if err != nil {
				return Null, err
			}
			if name == strTrunc && !isIntValue(Unwrap(r)) {
				// __trunc__ may return any Integral: int() needs its
				// __index__ (PyNumber_Long).
				if TypeOf(r).Lookup(strIndex).IsNull() {
					return Null, Errorf(TypeError, "__trunc__ returned non-Integral (type %s)", TypeOf(r).Name)
				}
				return Index(r)
			}
			if name == strTrunc {
				return intConvert(Unwrap(r), Null) // an int subclass is copied silently
			}
			return exactInt(name.S, r)
		}
	}
	if i, ok := x.o.(*Instance); ok && !i.Builtin().IsNull() {
		return intConvert(i.Builtin(), Null)
	}
	if IsBuffer(x) {
		// Any other buffer (memoryview, array): its bytes, as
		// PyNumber_Long reads them.
		b, err := AsBytes(x)
		if err != nil {
			return Null, err
		}
		return intFromText(string(b), 10, func() string { return bytesRepr(b) })
	}
	return Null, Errorf(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", t.Name)
}

// IntMaxStrDigits is the limit on decimal digits in int<->str conversions
// (CPython 3.10.13's CVE-2020-10735 protection; 0 disables it). The VM's
// sys.set_int_max_str_digits sets it.
var IntMaxStrDigits = 4300

// intDecimal formats an int in decimal, enforcing IntMaxStrDigits.
func intDecimal(v Value) (string, error) {
	if v.IsInt() || v.IsBool() {
		return formatInt64(int64(v.n)), nil
	}
	x := toBig(v)
	// A cheap bound first: bits*log10(2) digits.
	if IntMaxStrDigits > 0 && float64(x.BitLen())*0.30103 > float64(IntMaxStrDigits)+1 {
		return "", intLimitError()
	}
	s := x.String()
	if IntMaxStrDigits > 0 && len(s)-b2iInt(x.Sign() < 0) > IntMaxStrDigits {
		return "", intLimitError()
	}
	return s, nil
}

func b2iInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func intLimitError() error {
	return Errorf(ValueError, "Exceeds the limit (%d) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", IntMaxStrDigits)
}

// intString formats an int Value in decimal, without the digit limit.
func intString(v Value) string {
	if v.IsInt() || v.IsBool() {
		return formatInt64(int64(v.n))
	}
	return toBig(v).String()
}

func formatInt64(i int64) string {
	var buf [20]byte
	n := len(buf)
	u := uint64(i)
	if i < 0 {
		u = uint64(-i)
	}
	for u >= 10 {
		n--
		buf[n] = byte('0' + u%10)
		u /= 10
	}
	n--
	buf[n] = byte('0' + u)
	if i < 0 {
		return "-" + string(buf[n:])
	}
	return string(buf[n:])
}

func hashBig(x *big.Int) int64 {
	// |x| mod 2**61 - 1 from its words, the top first: 2**64 is 8 modulo
	// 2**61 - 1, so each step is h*8 + w, reduced (no allocation).
	w := x.Bits()
	var u uint64
	for i := len(w) - 1; i >= 0; i-- {
		lo, carry := bits.Add64(u<<3, uint64(w[i]), 0)
		// carry*2**64 + lo = carry*8 + lo (mod M); lo = lo>>61 + lo&M.
		u = (lo & hashModulus) + lo>>61 + carry<<3
		u = (u & hashModulus) + u>>61
		if u >= hashModulus {
			u -= hashModulus
		}
	}
	h := int64(u)
	if x.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

func intUnary(op UnOp, v Value) (Value, error) {
	if v.IsInt() || v.IsBool() {
		a := int64(v.n)
		switch op {
		case Neg:
			if a != math.MinInt64 {
				return Int(-a), nil
			}
		case Pos:
			return Int(a), nil
		case Invert:
			return Int(^a), nil
		}
	}
	x := toBig(v)
	switch op {
	case Neg:
		return normBig(new(big.Int).Neg(x)), nil
	case Pos:
		return v, nil
	}
	return normBig(new(big.Int).Not(x)), nil
}

// intAbs is abs() of an int.
func intAbs(v Value) Value {
	if v.IsInt() || v.IsBool() {
		a := int64(v.n)
		if a >= 0 {
			return Int(a)
		}
		if a != math.MinInt64 {
			return Int(-a)
		}
	}
	return normBig(new(big.Int).Abs(toBig(v)))
}

// powMod is pow(a, b, m) for ints.
func powMod(a, b, m Value) (Value, error) {
	x, y, z := toBig(a), toBig(b), toBig(m)
	if z.Sign() == 0 {
		return Null, Errorf(ValueError, "pow() 3rd argument cannot be 0")
	}
	zabs := new(big.Int).Abs(z)
	base := new(big.Int).Set(x)
	exp := new(big.Int).Set(y)
	if exp.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(base, zabs), zabs)
		if inv == nil {
			return Null, Errorf(ValueError, "base is not invertible for the given modulus")
		}
		base, exp = inv, exp.Neg(exp)
	}
	r := new(big.Int).Exp(base, exp, zabs)
	if r.Sign() != 0 && z.Sign() < 0 {
		r.Add(r, z)
	}
	return normBig(r), nil
}

// exactInt is what PyNumber_Index and PyNumber_Long do with the result r
// of a method name (__index__, __int__): an int is kept, an instance of a
// strict subclass of int becomes an int with a DeprecationWarning (as in
// CPython 3.10), anything else is a TypeError.
func exactInt(name string, r Value) (Value, error) {
	switch r.Kind() {
	case KindInt:
		return r, nil
	case KindObject:
		if _, ok := r.o.(*BigInt); ok {
			return r, nil
		}
	}
	u := Unwrap(r)
	if !isIntValue(u) {
		return Null, Errorf(TypeError, "%s returned non-int (type %s)", name, TypeOf(r).Name)
	}
	if err := Warn(DeprecationWarning, fmt.Sprintf("%s returned non-int (type %s).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", name, TypeOf(r).Name), 1); err != nil {
		return Null, err
	}
	if u.IsBool() {
		return Int(int64(u.n)), nil
	}
	return u, nil
}

// digitValue is the value of c as a digit of bases up to 36 (36 when it is
// none).
func digitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		return int(c-'A') + 10
	}
	return 36
}
