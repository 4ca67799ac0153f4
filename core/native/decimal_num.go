package native

// The arithmetic core of a Go _decimal: numbers and operations of the
// General Decimal Arithmetic specification (speleotrove.com/decimal), the
// one libmpdec and _pydecimal implement, on math/big.
//
// Why not github.com/cockroachdb/apd/v3: its Context holds Precision as a
// uint32 and MaxExponent/MinExponent as int32 (and apd checks exponents
// against a fixed 100000 bound), while Python's decimal needs exponents
// and precisions up to 999999999999999999 (MAX_PREC, MAX_EMAX on 64-bit;
// the default context's Emax is already 999999, and decimal_factorial sets
// prec=MAX_PREC). The exponent here is an int64 and the coefficient a
// big.Int.
//
// Nothing here knows about Python objects: an operation takes decNums and
// a decCtx and returns a decNum and the conditions it raised (decStatus);
// the module layer turns those into flags and trapped exceptions.

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

type decKind uint8

const (
	dkFinite decKind = iota
	dkInf
	dkNaN  // quiet NaN; coef is the diagnostic payload
	dkSNaN // signaling NaN
)

// decNum is (-1)**neg * coef * 10**exp, or an infinity or NaN.
// Values are immutable once returned by an operation.
type decNum struct {
	kind decKind
	neg  bool
	exp  int64
	coef big.Int
	buf  [2]big.Word // coef's storage while it fits (one allocation per number)
}

// dn makes a finite zero with the given sign and exponent whose
// coefficient lives in the number itself while it is small. A decNum must
// never be copied by value (coef would share the original's buf).
func dn(neg bool, exp int64) *decNum {
	d := &decNum{neg: neg, exp: exp}
	d.coef.SetBits(d.buf[:0])
	return d
}

// Rounding modes, numbered as in the specification's list.
type decRound uint8

const (
	rdCeiling decRound = iota
	rdDown
	rdFloor
	rdHalfDown
	rdHalfEven
	rdHalfUp
	rdUp
	rd05Up
)

// decCtx is the arithmetic part of a context.
type decCtx struct {
	prec  int64
	emax  int64
	emin  int64
	round decRound
	clamp bool
}

func (c *decCtx) etiny() int64 { return c.emin - c.prec + 1 }
func (c *decCtx) etop() int64  { return c.emax - c.prec + 1 }

// decStatus is a set of the specification's conditions.
type decStatus uint32

const (
	stClamped decStatus = 1 << iota
	stConversionSyntax
	stDivisionByZero
	stDivisionImpossible
	stDivisionUndefined
	stInexact
	stInvalidContext
	stInvalidOperation
	stOverflow
	stRounded
	stSubnormal
	stUnderflow
	stFloatOperation

	// the conditions reported as Python's InvalidOperation signal
	stInvalid = stConversionSyntax | stDivisionImpossible | stDivisionUndefined | stInvalidContext | stInvalidOperation
)

var (
	bigOne = big.NewInt(1)
	bigTen = big.NewInt(10)
)

// pow10Cache holds 10**i for small i.
var pow10Cache = func() []*big.Int {
	p := make([]*big.Int, 128)
	p[0] = big.NewInt(1)
	for i := 1; i < len(p); i++ {
		p[i] = new(big.Int).Mul(p[i-1], bigTen)
	}
	return p
}()

// pow10 returns 10**n (n >= 0); the result must not be modified.
func pow10(n int64) *big.Int {
	if n < int64(len(pow10Cache)) {
		return pow10Cache[n]
	}
	return new(big.Int).Exp(bigTen, big.NewInt(n), nil)
}

var u64pow10 = func() [20]uint64 {
	var p [20]uint64
	p[0] = 1
	for i := 1; i < 20; i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// log10of2 is log10(2) (math.Log10(2) is a call, not a constant).
const log10of2 = 0.30102999566398119521

// numDigits is the number of decimal digits of |x| (1 for 0).
func numDigits(x *big.Int) int64 {
	if x.IsUint64() {
		return digits64(x.Uint64())
	}
	bits := x.BitLen()
	d := int64(float64(bits-1)*log10of2) + 1
	if x.CmpAbs(pow10(d)) >= 0 {
		d++
	}
	return d
}

// digits64 is the number of decimal digits of u (1 for 0).
func digits64(u uint64) int64 {
	t := (bits.Len64(u) * 1233) >> 12 // about bitlen*log10(2)
	if u >= u64pow10[t] {
		t++
	}
	if t == 0 {
		return 1
	}
	return int64(t)
}

// digitBounds bounds numDigits(x) from its bit length alone.
func digitBounds(x *big.Int) (lo, hi int64) {
	b := x.BitLen()
	if b == 0 {
		return 1, 1
	}
	return int64(float64(b-1) * log10of2), int64(float64(b)*log10of2) + 2
}

func (x *decNum) isSpecial() bool { return x.kind != dkFinite }
func (x *decNum) isNaN() bool     { return x.kind == dkNaN || x.kind == dkSNaN }
func (x *decNum) isZero() bool    { return x.kind == dkFinite && x.coef.Sign() == 0 }

// adjusted is the exponent of the most significant digit.
func (x *decNum) adjusted() int64 {
	if x.kind != dkFinite {
		return 0
	}
	return x.exp + numDigits(&x.coef) - 1
}

func newFinite(neg bool, coef *big.Int, exp int64) *decNum {
	d := dn(neg, exp)
	d.coef.Set(coef)
	return d
}

func newSpecial(kind decKind, neg bool) *decNum {
	d := dn(neg, 0)
	d.kind = kind
	return d
}

func (x *decNum) clone() *decNum {
	d := dn(x.neg, x.exp)
	d.kind = x.kind
	d.coef.Set(&x.coef)
	return d
}

// ---- rounding ----

// roundDiscard drops the n > 0 lowest digits of coef (>= 0) rounding by
// mode for a number of sign neg. It returns the kept coefficient and
// whether anything nonzero was dropped.
func roundDiscard(q, coef *big.Int, n int64, neg bool, mode decRound) bool {
	var cmpHalf int // the dropped part against half a unit of the kept one
	var inexact bool
	if n <= 19 && coef.IsUint64() {
		u, p := coef.Uint64(), u64pow10[n]
		qq, r := u/p, u%p
		inexact = r != 0
		if !inexact {
			q.SetUint64(qq)
			return false
		}
		if h := p - r; r < h {
			cmpHalf = -1
		} else if r > h {
			cmpHalf = 1
		}
		if roundUp(mode, neg, cmpHalf, qq&1 == 1, qq%10) {
			qq++ // < 10**19: no overflow
		}
		q.SetUint64(qq)
		return true
	}
	if n > numDigits(coef)+1 {
		// everything goes, and it is below half a unit
		inexact = coef.Sign() != 0
		q.SetUint64(0)
		if inexact {
			cmpHalf = -1
		}
	} else {
		p := pow10(n)
		r := new(big.Int)
		if q == coef {
			coef = new(big.Int).Set(coef)
		}
		q.QuoRem(coef, p, r)
		inexact = r.Sign() != 0
		if inexact {
			r.Lsh(r, 1)
			cmpHalf = r.Cmp(p)
		} else {
			cmpHalf = -2
		}
	}
	if !inexact {
		return false
	}
	var last uint64
	if mode == rd05Up {
		var w big.Int
		last = w.Rem(q, bigTen).Uint64()
	}
	if roundUp(mode, neg, cmpHalf, q.Bit(0) == 1, last) {
		q.Add(q, bigOne)
	}
	return true
}

// roundUp decides an inexact rounding: cmpHalf compares the dropped part
// with half a unit of the kept one; odd and last describe the kept part.
func roundUp(mode decRound, neg bool, cmpHalf int, odd bool, last uint64) bool {
	switch mode {
	case rdUp:
		return true
	case rdCeiling:
		return !neg
	case rdFloor:
		return neg
	case rdHalfUp:
		return cmpHalf >= 0
	case rdHalfDown:
		return cmpHalf > 0
	case rdHalfEven:
		return cmpHalf > 0 || (cmpHalf == 0 && odd)
	case rd05Up:
		return last == 0 || last == 5
	}
	return false
}

// overflowResult is what an overflow gives under the context's rounding.
func overflowResult(neg bool, c *decCtx) *decNum {
	inf := false
	switch c.round {
	case rdHalfUp, rdHalfEven, rdHalfDown, rdUp:
		inf = true
	case rdCeiling:
		inf = !neg
	case rdFloor:
		inf = neg
	}
	if inf {
		return newSpecial(dkInf, neg)
	}
	d := dn(neg, c.emax-c.prec+1)
	d.coef.Sub(pow10(c.prec), bigOne)
	return d
}

// fixNaN truncates a NaN's payload to what the context can hold.
func fixNaN(x *decNum, c *decCtx) *decNum {
	max := c.prec
	if c.clamp {
		max--
	}
	if numDigits(&x.coef) > max {
		d := dn(x.neg, 0)
		d.kind = x.kind
		if max > 0 {
			d.coef.Rem(&x.coef, pow10(max))
		}
		return d
	}
	return x
}

// finalize rounds x to the context (the specification's rounding,
// overflow, underflow, subnormal and clamping rules). x may be reused.
func finalize(x *decNum, c *decCtx) (*decNum, decStatus) {
	if x.kind != dkFinite {
		if x.isNaN() {
			return fixNaN(x, c), 0
		}
		return x, 0
	}
	etiny, etop := c.etiny(), c.etop()
	if x.coef.Sign() == 0 {
		emax := c.emax
		if c.clamp {
			emax = etop
		}
		e := x.exp
		if e < etiny {
			e = etiny
		} else if e > emax {
			e = emax
		}
		if e != x.exp {
			x.exp = e
			return x, stClamped
		}
		return x, 0
	}
	if !x.coef.IsUint64() {
		// A long coefficient far from the precision (decimal_factorial at
		// MAX_PREC) needs no exact digit count, which costs a power of ten.
		lo, hi := digitBounds(&x.coef)
		if hi+x.exp-c.prec <= etop && lo+x.exp-c.prec >= etiny && x.exp >= hi+x.exp-c.prec {
			if c.clamp && x.exp > etop {
				x.coef.Mul(&x.coef, pow10(x.exp-etop))
				x.exp = etop
				return x, stClamped
			}
			return x, 0
		}
	}
	nd := numDigits(&x.coef)
	expMin := nd + x.exp - c.prec
	if expMin > etop {
		return overflowResult(x.neg, c), stOverflow | stInexact | stRounded
	}
	subnormal := expMin < etiny
	if subnormal {
		expMin = etiny
	}
	if x.exp < expMin {
		q := &x.coef
		inexact := roundDiscard(q, q, expMin-x.exp, x.neg, c.round)
		if numDigits(q) > c.prec {
			q.Quo(q, bigTen)
			expMin++
		}
		var st decStatus = stRounded
		var ans *decNum
		if expMin > etop {
			ans = overflowResult(x.neg, c)
			st |= stOverflow | stInexact
		} else {
			ans = dn(x.neg, expMin)
			ans.coef.Set(q)
		}
		if inexact {
			st |= stInexact
			if subnormal {
				st |= stUnderflow
			}
		}
		if subnormal {
			st |= stSubnormal
		}
		if ans.isZero() {
			st |= stClamped
		}
		return ans, st
	}
	var st decStatus
	if subnormal {
		st |= stSubnormal
	}
	if c.clamp && x.exp > etop {
		x.coef.Mul(&x.coef, pow10(x.exp-etop))
		x.exp = etop
		st |= stClamped
	}
	return x, st
}

// ---- NaN operands ----

// nanOperands handles NaN operands of an arithmetic operation: the result
// is the first signaling NaN (made quiet; InvalidOperation) or else the
// first quiet NaN.
func nanOperands(c *decCtx, xs ...*decNum) (*decNum, decStatus, bool) {
	for _, x := range xs {
		if x.kind == dkSNaN {
			d := x.clone()
			d.kind = dkNaN
			return fixNaN(d, c), stInvalidOperation, true
		}
	}
	for _, x := range xs {
		if x.kind == dkNaN {
			return fixNaN(x, c), 0, true
		}
	}
	return nil, 0, false
}

func invalidNaN(st decStatus) (*decNum, decStatus) {
	return newSpecial(dkNaN, false), st
}

// ---- operations ----

// decPlus is the specification's plus (x rounded to the context); minus
// negates first.
func decPlus(x *decNum, c *decCtx, negate bool) (*decNum, decStatus) {
	if r, st, ok := nanOperands(c, x); ok {
		return r, st
	}
	d := x.clone()
	if negate {
		d.neg = !d.neg
	}
	if d.kind == dkFinite && d.coef.Sign() == 0 && c.round != rdFloor {
		d.neg = false // 0 - 0 is +0 except when rounding toward -inf
	}
	return finalize(d, c)
}

func decAbs(x *decNum, c *decCtx) (*decNum, decStatus) {
	if r, st, ok := nanOperands(c, x); ok {
		return r, st
	}
	d := x.clone()
	d.neg = false
	return finalize(d, c)
}

// decAdd is x + y (sub: x - y).
func decAdd(x, y *decNum, c *decCtx, sub bool) (*decNum, decStatus) {
	if x.kind|y.kind != dkFinite {
		if r, st, ok := nanOperands(c, x, y); ok {
			return r, st
		}
	}
	yneg := y.neg != sub
	if x.kind == dkInf || y.kind == dkInf {
		if x.kind == dkInf && y.kind == dkInf && x.neg != yneg {
			return invalidNaN(stInvalidOperation)
		}
		if x.kind == dkInf {
			return newSpecial(dkInf, x.neg), 0
		}
		return newSpecial(dkInf, yneg), 0
	}
	xz, yz := x.coef.Sign() == 0, y.coef.Sign() == 0
	exp := x.exp
	if y.exp < exp {
		exp = y.exp
	}
	if xz && yz {
		neg := x.neg && yneg
		if x.neg != yneg && c.round == rdFloor {
			neg = true
		}
		return finalize(dn(neg, exp), c)
	}
	if xz || yz {
		// the nonzero operand, brought to the smaller exponent as far as
		// the precision allows
		o, oneg := y, yneg
		if yz {
			o, oneg = x, x.neg
		}
		if e := o.exp - c.prec - 1; exp < e {
			exp = e
		}
		d := dn(oneg, exp)
		if o.exp > exp {
			d.coef.Mul(&o.coef, pow10(o.exp-exp))
		} else {
			d.coef.Set(&o.coef)
			d.exp = o.exp
		}
		return finalize(d, c)
	}
	// Both nonzero. An operand lying wholly below the rounding position of
	// the other acts only as a sticky digit: replace it by 1 just below.
	hi, lo := x, y
	hiNeg, loNeg := x.neg, yneg
	if y.exp > x.exp {
		hi, lo = y, x
		hiNeg, loNeg = yneg, x.neg
	}
	loCoef, loExp := &lo.coef, lo.exp
	hiDigits := numDigits(&hi.coef)
	stickyExp := hi.exp + min64(-1, hiDigits-c.prec-2)
	if lo.exp+numDigits(&lo.coef)-1 < stickyExp {
		loCoef, loExp = bigOne, stickyExp
	}
	d := dn(false, loExp)
	if sh := hi.exp - loExp; sh <= 19 && hi.coef.IsUint64() && loCoef.IsUint64() {
		if ph, a := bits.Mul64(hi.coef.Uint64(), u64pow10[sh]); ph == 0 {
			b := loCoef.Uint64()
			if hiNeg == loNeg {
				if sum, carry := bits.Add64(a, b, 0); carry == 0 {
					d.coef.SetUint64(sum)
					d.neg = hiNeg
					return finalize(d, c)
				}
			} else {
				switch {
				case a == b:
					d.neg = c.round == rdFloor
				case a > b:
					d.coef.SetUint64(a - b)
					d.neg = hiNeg
				default:
					d.coef.SetUint64(b - a)
					d.neg = loNeg
				}
				return finalize(d, c)
			}
		}
	}
	a := new(big.Int).Mul(&hi.coef, pow10(hi.exp-loExp))
	b := loCoef
	if hiNeg == loNeg {
		d.coef.Add(a, b)
		d.neg = hiNeg
	} else {
		switch a.Cmp(b) {
		case 0:
			d.neg = c.round == rdFloor
		case 1:
			d.coef.Sub(a, b)
			d.neg = hiNeg
		default:
			d.coef.Sub(b, a)
			d.neg = loNeg
		}
	}
	return finalize(d, c)
}

func min64(a, b int64) int64 {
	if a < b {
		return a
	}
	return b
}

func decMul(x, y *decNum, c *decCtx) (*decNum, decStatus) {
	if x.kind|y.kind != dkFinite {
		if r, st, ok := nanOperands(c, x, y); ok {
			return r, st
		}
	}
	neg := x.neg != y.neg
	if x.kind == dkInf || y.kind == dkInf {
		if x.isZero() || y.isZero() {
			return invalidNaN(stInvalidOperation)
		}
		return newSpecial(dkInf, neg), 0
	}
	d := dn(neg, x.exp+y.exp)
	if x.coef.IsUint64() && y.coef.IsUint64() {
		if hi, lo := bits.Mul64(x.coef.Uint64(), y.coef.Uint64()); hi == 0 {
			d.coef.SetUint64(lo)
			return finalize(d, c)
		}
	}
	d.coef.Mul(&x.coef, &y.coef)
	return finalize(d, c)
}

func decDiv(x, y *decNum, c *decCtx) (*decNum, decStatus) {
	if x.kind|y.kind != dkFinite {
		if r, st, ok := nanOperands(c, x, y); ok {
			return r, st
		}
	}
	neg := x.neg != y.neg
	if x.kind == dkInf {
		if y.kind == dkInf {
			return invalidNaN(stInvalidOperation)
		}
		return newSpecial(dkInf, neg), 0
	}
	if y.kind == dkInf {
		return dn(neg, c.etiny()), stClamped
	}
	if y.coef.Sign() == 0 {
		if x.coef.Sign() == 0 {
			return invalidNaN(stDivisionUndefined)
		}
		return newSpecial(dkInf, neg), stDivisionByZero
	}
	ideal := x.exp - y.exp
	if x.coef.Sign() == 0 {
		return finalize(dn(neg, ideal), c)
	}
	shift := numDigits(&y.coef) - numDigits(&x.coef) + c.prec + 1
	if shift >= 0 && shift <= 19 && x.coef.IsUint64() && y.coef.IsUint64() {
		// x*10**shift in 128 bits divided by a 64-bit y, when the
		// quotient fits a word (the common case at small precisions)
		yv := y.coef.Uint64()
		if hi, lo := bits.Mul64(x.coef.Uint64(), u64pow10[shift]); hi < yv {
			if qv, rv := bits.Div64(hi, lo, yv); qv != math.MaxUint64 {
				exp := ideal - shift
				if rv != 0 {
					if qv%5 == 0 {
						qv++
					}
				} else {
					for exp < ideal && qv%10 == 0 {
						qv /= 10
						exp++
					}
				}
				d := dn(neg, exp)
				d.coef.SetUint64(qv)
				return finalize(d, c)
			}
		}
	}
	q, r := new(big.Int), new(big.Int)
	if shift >= 0 {
		q.QuoRem(new(big.Int).Mul(&x.coef, pow10(shift)), &y.coef, r)
	} else {
		q.QuoRem(&x.coef, new(big.Int).Mul(&y.coef, pow10(-shift)), r)
	}
	exp := ideal - shift
	if r.Sign() != 0 {
		// make the lowest digit a sticky one that no rounding mode
		// mistakes for an exact 0 or 5
		if new(big.Int).Rem(q, big.NewInt(5)).Sign() == 0 {
			q.Add(q, bigOne)
		}
	} else {
		exp, q = stripZeros(q, exp, ideal)
	}
	d := dn(neg, exp)
	d.coef.Set(q)
	return finalize(d, c)
}

// stripZeros removes trailing zeros of q while exp stays <= ideal.
func stripZeros(q *big.Int, exp, ideal int64) (int64, *big.Int) {
	if exp >= ideal || q.Sign() == 0 {
		return exp, q
	}
	r := new(big.Int)
	t := new(big.Int)
	for exp < ideal {
		t.QuoRem(q, bigTen, r)
		if r.Sign() != 0 {
			break
		}
		q, t = t, q
		exp++
	}
	return exp, q
}

// decDivMod is the specification's divide-integer and remainder
// together (Python's // and % on decimals: truncating, the remainder
// takes the dividend's sign).
func decDivMod(x, y *decNum, c *decCtx) (q, r *decNum, st decStatus) {
	if n, s, ok := nanOperands(c, x, y); ok {
		return n, n, s
	}
	neg := x.neg != y.neg
	if x.kind == dkInf {
		if y.kind == dkInf {
			n, s := invalidNaN(stInvalidOperation)
			return n, n, s
		}
		n, _ := invalidNaN(0)
		return newSpecial(dkInf, neg), n, stInvalidOperation
	}
	if y.kind == dkInf {
		rr, s := finalize(x.clone(), c)
		return dn(neg, 0), rr, s
	}
	if y.coef.Sign() == 0 {
		if x.coef.Sign() == 0 {
			n, s := invalidNaN(stDivisionUndefined)
			return n, n, s
		}
		n, _ := invalidNaN(0)
		return newSpecial(dkInf, neg), n, stDivisionByZero | stInvalidOperation
	}
	ideal := min64(x.exp, y.exp)
	if x.coef.Sign() == 0 || x.adjusted()-y.adjusted() <= -2 {
		rr := dn(x.neg, ideal)
		rr.coef.Mul(&x.coef, pow10(x.exp-ideal))
		rr, s := finalize(rr, c)
		return dn(neg, 0), rr, s
	}
	if x.adjusted()-y.adjusted() <= c.prec {
		a := new(big.Int).Mul(&x.coef, pow10(x.exp-ideal))
		b := new(big.Int).Mul(&y.coef, pow10(y.exp-ideal))
		qq, rr := new(big.Int).QuoRem(a, b, new(big.Int))
		if numDigits(qq) <= c.prec {
			qd := dn(neg, 0)
			qd.coef.Set(qq)
			rd := dn(x.neg, ideal)
			rd.coef.Set(rr)
			rd, s := finalize(rd, c)
			return qd, rd, s
		}
	}
	n, s := invalidNaN(stDivisionImpossible)
	return n, n, s
}

// decRemainder is the specification's remainder alone: its exceptional
// cases differ from divmod's (x % 0 is InvalidOperation).
func decRemainder(x, y *decNum, c *decCtx) (*decNum, decStatus) {
	if x.kind|y.kind != dkFinite {
		if n, s, ok := nanOperands(c, x, y); ok {
			return n, s
		}
	}
	if x.kind == dkInf {
		return invalidNaN(stInvalidOperation)
	}
	if y.kind != dkInf && y.coef.Sign() == 0 {
		if x.coef.Sign() == 0 {
			return invalidNaN(stDivisionUndefined)
		}
		return invalidNaN(stInvalidOperation)
	}
	_, r, st := decDivMod(x, y, c)
	return r, st
}

// decDivInt is the specification's divide-integer alone.
func decDivInt(x, y *decNum, c *decCtx) (*decNum, decStatus) {
	if x.kind|y.kind != dkFinite {
		if n, s, ok := nanOperands(c, x, y); ok {
			return n, s
		}
	}
	if x.kind == dkInf && y.kind != dkInf {
		return newSpecial(dkInf, x.neg != y.neg), 0
	}
	if x.kind != dkInf && y.kind != dkInf && y.coef.Sign() == 0 {
		if x.coef.Sign() == 0 {
			return invalidNaN(stDivisionUndefined)
		}
		return newSpecial(dkInf, x.neg != y.neg), stDivisionByZero
	}
	q, _, st := decDivMod(x, y, c)
	if q.isNaN() {
		return q, st
	}
	return q, st &^ (stInexact | stRounded | stSubnormal | stUnderflow | stClamped)
}

// rescale gives x the exponent exp, rounding by mode (no context checks).
func rescale(x *decNum, exp int64, mode decRound) (*decNum, bool) {
	d := dn(x.neg, exp)
	if x.coef.Sign() == 0 {
		return d, false
	}
	if exp <= x.exp {
		d.coef.Mul(&x.coef, pow10(x.exp-exp))
		return d, false
	}
	inexact := roundDiscard(&d.coef, &x.coef, exp-x.exp, x.neg, mode)
	return d, inexact
}

// decQuantize gives x the exponent of y.
func decQuantize(x, y *decNum, c *decCtx, mode decRound) (*decNum, decStatus) {
	if x.kind|y.kind != dkFinite {
		if n, s, ok := nanOperands(c, x, y); ok {
			return n, s
		}
	}
	if x.kind == dkInf || y.kind == dkInf {
		if x.kind == dkInf && y.kind == dkInf {
			return newSpecial(dkInf, x.neg), 0
		}
		return invalidNaN(stInvalidOperation)
	}
	exp := y.exp
	if exp < c.etiny() || exp > c.emax {
		return invalidNaN(stInvalidOperation)
	}
	if x.coef.Sign() == 0 {
		return finalize(dn(x.neg, exp), c)
	}
	adj := x.adjusted()
	if adj > c.emax || adj-exp+1 > c.prec {
		return invalidNaN(stInvalidOperation)
	}
	d, inexact := rescale(x, exp, mode)
	if d.adjusted() > c.emax || numDigits(&d.coef) > c.prec {
		return invalidNaN(stInvalidOperation)
	}
	var st decStatus
	if d.coef.Sign() != 0 && d.adjusted() < c.emin {
		st |= stSubnormal
	}
	if d.exp > x.exp {
		if inexact {
			st |= stInexact
		}
		st |= stRounded
	}
	d, s2 := finalize(d, c)
	return d, st | s2
}

// decToIntegral rounds x to an integer by mode; exact: signal Inexact
// and Rounded as to-integral-exact does.
func decToIntegral(x *decNum, c *decCtx, mode decRound, exact bool) (*decNum, decStatus) {
	if n, s, ok := nanOperands(c, x); ok {
		return n, s
	}
	if x.kind == dkInf || x.exp >= 0 {
		return x.clone(), 0
	}
	if x.coef.Sign() == 0 {
		return dn(x.neg, 0), 0
	}
	d, inexact := rescale(x, 0, mode)
	var st decStatus
	if exact {
		st = stRounded
		if inexact {
			st |= stInexact
		}
	}
	return d, st
}

// decCompare is a numeric comparison of non-NaN operands: -1, 0, 1.
func decCompare(x, y *decNum) int {
	if x.kind == dkInf || y.kind == dkInf {
		xv, yv := infRank(x), infRank(y)
		if xv != yv || xv != 0 {
			if xv < yv {
				return -1
			}
			if xv > yv {
				return 1
			}
			return 0
		}
	}
	xz, yz := x.coef.Sign() == 0, y.coef.Sign() == 0
	if xz || yz {
		if xz && yz {
			return 0
		}
		if xz {
			if y.neg {
				return 1
			}
			return -1
		}
		if x.neg {
			return -1
		}
		return 1
	}
	if x.neg != y.neg {
		if x.neg {
			return -1
		}
		return 1
	}
	r := cmpAbs(x, y)
	if x.neg {
		return -r
	}
	return r
}

func infRank(x *decNum) int {
	if x.kind != dkInf {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

// cmpAbs compares |x| and |y|, both finite and nonzero.
func cmpAbs(x, y *decNum) int {
	ax, ay := x.adjusted(), y.adjusted()
	if ax != ay {
		if ax < ay {
			return -1
		}
		return 1
	}
	if x.exp == y.exp {
		return x.coef.Cmp(&y.coef)
	}
	if x.exp > y.exp {
		return new(big.Int).Mul(&x.coef, pow10(x.exp-y.exp)).Cmp(&y.coef)
	}
	return x.coef.Cmp(new(big.Int).Mul(&y.coef, pow10(y.exp-x.exp)))
}

// ---- strings ----

// parseDecimal reads the specification's numeric-string (ASCII, no
// surrounding space, no underscores); ok is false on a syntax error.
func parseDecimal(s string) (*decNum, bool) {
	d := dn(false, 0)
	if s == "" {
		return nil, false
	}
	if s[0] == '+' || s[0] == '-' {
		d.neg = s[0] == '-'
		s = s[1:]
	}
	ls := strings.ToLower(s)
	switch ls {
	case "inf", "infinity":
		d.kind = dkInf
		return d, true
	}
	if strings.HasPrefix(ls, "nan") || strings.HasPrefix(ls, "snan") {
		d.kind = dkNaN
		p := ls[3:]
		if ls[0] == 's' {
			d.kind = dkSNaN
			p = ls[4:]
		}
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return nil, false
			}
		}
		if p != "" {
			d.coef.SetString(p, 10)
		}
		return d, true
	}
	digits := make([]byte, 0, len(s))
	i := 0
	sawDigit, sawPoint := false, false
	var fracDigits int64
	for ; i < len(s); i++ {
		ch := s[i]
		if ch >= '0' && ch <= '9' {
			digits = append(digits, ch)
			sawDigit = true
			if sawPoint {
				fracDigits++
			}
		} else if ch == '.' && !sawPoint {
			sawPoint = true
		} else {
			break
		}
	}
	if !sawDigit {
		return nil, false
	}
	var exp int64
	if i < len(s) {
		if s[i] != 'e' && s[i] != 'E' {
			return nil, false
		}
		i++
		es := s[i:]
		eneg := false
		if es != "" && (es[0] == '+' || es[0] == '-') {
			eneg = es[0] == '-'
			es = es[1:]
		}
		if es == "" {
			return nil, false
		}
		var big bool
		for j := 0; j < len(es); j++ {
			ch := es[j]
			if ch < '0' || ch > '9' {
				return nil, false
			}
			if exp > (math.MaxInt64-9)/10 {
				big = true
			} else {
				exp = exp*10 + int64(ch-'0')
			}
		}
		if big {
			exp = math.MaxInt64 / 4 // beyond any context; finalize clamps
		}
		if eneg {
			exp = -exp
		}
	}
	d.exp = exp - fracDigits
	if len(digits) <= 18 {
		var u uint64
		for _, ch := range digits {
			u = u*10 + uint64(ch-'0')
		}
		d.coef.SetUint64(u)
	} else {
		d.coef.SetString(string(digits), 10)
	}
	return d, true
}

// toSci is the specification's to-scientific-string (eng: to-engineering-
// string); capitals chooses "E" or "e".
func (x *decNum) toString(eng, capitals bool) string {
	var b strings.Builder
	if x.neg {
		b.WriteByte('-')
	}
	switch x.kind {
	case dkInf:
		b.WriteString("Infinity")
		return b.String()
	case dkNaN, dkSNaN:
		if x.kind == dkSNaN {
			b.WriteByte('s')
		}
		b.WriteString("NaN")
		if x.coef.Sign() != 0 {
			b.WriteString(x.coef.String())
		}
		return b.String()
	}
	var dbuf [24]byte
	var ds string
	if x.coef.IsUint64() {
		ds = string(strconv.AppendUint(dbuf[:0], x.coef.Uint64(), 10))
	} else {
		ds = x.coef.String()
	}
	nd := int64(len(ds))
	leftdigits := x.exp + nd // digits before the point in plain notation
	var dotplace int64
	if x.exp <= 0 && leftdigits > -6 {
		dotplace = leftdigits
	} else if !eng {
		dotplace = 1
	} else if x.coef.Sign() == 0 {
		dotplace = floorMod(leftdigits+1, 3) - 1
	} else {
		dotplace = floorMod(leftdigits-1, 3) + 1
	}
	switch {
	case dotplace <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", int(-dotplace)))
		b.WriteString(ds)
	case dotplace >= nd:
		b.WriteString(ds)
		b.WriteString(strings.Repeat("0", int(dotplace-nd)))
	default:
		b.WriteString(ds[:dotplace])
		b.WriteByte('.')
		b.WriteString(ds[dotplace:])
	}
	if e := leftdigits - dotplace; e != 0 {
		if capitals {
			b.WriteByte('E')
		} else {
			b.WriteByte('e')
		}
		if e > 0 {
			b.WriteByte('+')
		}
		b.WriteString(strconv.FormatInt(e, 10))
	}
	return b.String()
}

// floorMod is Python's a % b for b > 0.
func floorMod(a, b int64) int64 {
	m := a % b
	if m < 0 {
		m += b
	}
	return m
}

// createDecimal is a numeric string converted under a context (the
// specification's to-number with rounding, Context.create_decimal): a
// NaN whose diagnostic does not fit the context is a conversion error.
func createDecimal(s string, c *decCtx) (*decNum, decStatus) {
	d, ok := parseDecimal(s)
	if !ok {
		return invalidNaN(stConversionSyntax)
	}
	if d.isNaN() {
		max := c.prec
		if c.clamp {
			max--
		}
		if numDigits(&d.coef) > max && d.coef.Sign() != 0 {
			return invalidNaN(stConversionSyntax)
		}
		return d, 0
	}
	return finalize(d, c)
}
