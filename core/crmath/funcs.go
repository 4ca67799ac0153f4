package crmath

import (
	"math"
	"math/big"
)

// logDD is log(x) for a positive finite double-double x.
func logDD(x dd) dd {
	m, k := math.Frexp(x.hi)
	lo := math.Ldexp(x.lo, -k)
	if m < math.Sqrt2/2 {
		m, lo, k = 2*m, 2*lo, k-1
	}
	i := int(math.Round(m * 128))
	c := float64(i) / 128
	// u = (m - c)/c, the rest of the way from the table's point; m - c
	// is exact.
	u := div(addF(dd{m - c, 0}, lo), dd{c, 0})
	// log(1+u) = 2 atanh(s), s = u/(2+u).
	s := div(u, addF(u, 2))
	s2 := mul(s, s)
	r := mulF(mul(s, poly(s2, atanhCoef[:6])), 2)
	r = add(r, logTab[i-logTabLo])
	if k != 0 {
		r = add(mulF(ln2, float64(k)), r)
	}
	return r
}

// Log returns the natural logarithm of x.
func Log(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) {
		return math.Log(x)
	}
	if x == 1 {
		return 0
	}
	if r, ok := logFast(x); ok {
		return r
	}
	return logDD(dd{x, 0}).round()
}

// Log2 returns the base-2 logarithm of x; powers of two give exact results.
func Log2(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) {
		return math.Log2(x)
	}
	if m, e := math.Frexp(x); m == 0.5 {
		return float64(e - 1)
	}
	return mul(logDD(dd{x, 0}), invLn2).round()
}

// Log10 returns the base-10 logarithm of x, as glibc computes it (fdlibm's
// method over its log): k*log10(2) in two pieces plus log10 of the
// mantissa scaled to [1, 2) or [0.5, 1) by the sign of k.
func Log10(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) {
		return math.Log10(x)
	}
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	k := 0
	if x < 0x1p-1022 {
		k -= 54
		x *= 0x1p54
	}
	hx := math.Float64bits(x)
	k += int(hx>>52) - 1023
	i := 0
	if k < 0 {
		i = 1
	}
	hx = hx&(1<<52-1) | uint64(0x3ff-i)<<52
	y := float64(k + i)
	z := y*log10_2lo + ivln10*Log(math.Float64frombits(hx))
	return z + y*log10_2hi
}

// Log1p returns log(1+x). glibc's is fdlibm's, as is Go's.
func Log1p(x float64) float64 { return math.Log1p(x) }

// expParts splits exp(x) for a double-double x of moderate size into
// 2**e * (hi+lo), hi+lo in [0.7, 1.5) or so. With m1 the result is
// exp(x)-1 when e == 0 (the caller checks).
func expParts(x dd) (r dd, e int) {
	k := math.Round(x.hi * (128 / math.Ln2))
	t := sub(x, mulF(ln2By128, k))
	p := mul(t, poly(t, expCoef[1:]))
	ki := int(k)
	j := ki & 127
	e = (ki - j) / 128
	if j == 0 {
		return addF(p, 1), e
	}
	return add(exp2Tab[j], mul(exp2Tab[j], p)), e
}

// scale rounds (hi+lo) * 2**e to the nearest double, subnormals included.
func scale(r dd, e int) float64 {
	v := r.round()
	m, ex := math.Frexp(v)
	if ex+e > -1022 {
		return math.Ldexp(v, e)
	}
	_ = m
	// Subnormal: count the result in units of 2**-1074 and round that.
	qh := math.Ldexp(r.hi, e+1074)
	ql := math.Ldexp(r.lo, e+1074)
	n := math.RoundToEven(qh)
	rem := (qh - n) + ql
	if rem > 0.5 || (rem == 0.5 && math.Mod(n, 2) != 0) {
		n++
	} else if rem < -0.5 || (rem == -0.5 && math.Mod(n, 2) != 0) {
		n--
	}
	return math.Ldexp(n, -1074)
}

const (
	expOverflow  = 709.782712893384   // above: exp(x) > MaxFloat64
	expUnderflow = -745.1332191019412 // below: exp(x) rounds to 0
)

// expDD returns exp(x) rounded, with overflow and underflow.
func expDD(x dd) float64 {
	if x.hi > expOverflow+1 {
		return math.Inf(1)
	}
	if x.hi < expUnderflow-1 {
		return 0
	}
	r, e := expParts(x)
	return scale(r, e)
}

// Exp returns e**x.
func Exp(x float64) float64 {
	if x != x || math.IsInf(x, 0) || x == 0 {
		return math.Exp(x)
	}
	if math.Abs(x) < 0x1p-60 {
		return 1 + x
	}
	if math.Abs(x) <= fastExpHi {
		if r, ok := expFast(x); ok {
			return r
		}
	}
	return expDD(dd{x, 0})
}

// Expm1 returns e**x - 1. glibc's is fdlibm's, as is Go's.
func Expm1(x float64) float64 { return math.Expm1(x) }

func expm1DD(x dd) dd {
	r, e := expParts(x)
	if e == 0 {
		return addF(r, -1)
	}
	return addF(dd{math.Ldexp(r.hi, e), math.Ldexp(r.lo, e)}, -1)
}

// Pow returns x**y with the special cases of C99's pow.
func Pow(x, y float64) float64 {
	// The common case first: x positive and finite, y finite and nonzero.
	// Where the special cases below also apply (y = 1, 2 or 0.5), they
	// give the same correctly rounded result.
	if x > 0 && x <= math.MaxFloat64 && x != 1 && y != 0 && math.Abs(y) <= math.MaxFloat64 {
		if r, ok := powFast(x, y); ok {
			return r
		}
	}
	switch {
	case x != x || y != y || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 || x == 1:
		return math.Pow(x, y)
	case y == 1:
		return x
	case y == 2:
		return x * x
	case y == 0.5 && x > 0:
		return math.Sqrt(x)
	}
	return powSlow(x, y, x < 0)
}

// powSlow is Pow after its special cases: the fast path first (unless
// fast is false, for the tests that compare the two), then powInt or
// exp(y log x) in double-double.
func powSlow(x, y float64, fast bool) float64 {
	yi, yfrac := math.Modf(y)
	isInt := yfrac == 0
	neg := false
	if x < 0 {
		if !isInt {
			return math.NaN()
		}
		x = -x
		neg = math.Mod(yi, 2) != 0
	}
	var r float64
	ok := false
	if fast {
		r, ok = powFast(x, y)
	}
	switch {
	case ok:
	case isInt && math.Abs(yi) <= 64:
		r = powInt(x, int(yi))
	default:
		r = expDD(mul(logDD(dd{x, 0}), dd{y, 0}))
	}
	if neg {
		return -r
	}
	return r
}

// powInt is x**n by repeated squaring in double-double, exact while the
// powers fit in 106 bits. Scaling by powers of two keeps the partial
// products in range.
func powInt(x float64, n int) float64 {
	inv := n < 0
	if inv {
		n = -n
	}
	m, e := math.Frexp(x)
	acc, b := dd{1, 0}, dd{m, 0}
	accE, bE := 0, e
	for n > 0 {
		if n&1 == 1 {
			acc = mul(acc, b)
			accE += bE
			f, fe := math.Frexp(acc.hi)
			acc = dd{f, math.Ldexp(acc.lo, -fe)}
			accE += fe
		}
		n >>= 1
		if n > 0 {
			b = mul(b, b)
			bE *= 2
			f, fe := math.Frexp(b.hi)
			b = dd{f, math.Ldexp(b.lo, -fe)}
			bE += fe
		}
	}
	if inv {
		acc = div(dd{1, 0}, acc)
		accE = -accE
		f, fe := math.Frexp(acc.hi)
		acc = dd{f, math.Ldexp(acc.lo, -fe)}
		accE += fe
	}
	if accE > 1025 {
		return math.Inf(1)
	}
	if accE < -1080 {
		return 0
	}
	return scale(acc, accE)
}

// reduce returns r and k with x = k*pi/2 + r, |r| <= pi/4 or so.
func reduce(x float64) (r dd, k int) {
	ax := math.Abs(x)
	if ax <= math.Pi/4 {
		return dd{x, 0}, 0
	}
	if ax < 0x1p21 {
		kf := math.Round(x * (2 / math.Pi))
		r = twoSum(x, -kf*pio2Chunks[0])
		for _, c := range pio2Chunks[1:] {
			r = addF(r, -kf*c)
		}
		if math.Abs(r.hi) > 0x1p-12 {
			return r, int(kf)
		}
	}
	// Huge arguments, and those too close to a multiple of pi/2 for the
	// fast reduction's precision: reduce exactly with math/big.
	_, ex := math.Frexp(x)
	prec := uint(ex+300) + 64
	if prec < 400 {
		prec = 400
	}
	p := hugePio2()
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	q := new(big.Float).SetPrec(prec).Quo(bx, p)
	qf, _ := new(big.Float).SetPrec(prec).Add(q, big.NewFloat(0.5)).Int(nil)
	if q.Sign() < 0 {
		qf, _ = new(big.Float).SetPrec(prec).Sub(q, big.NewFloat(0.5)).Int(nil)
	}
	rb := new(big.Float).SetPrec(prec).SetInt(qf)
	rb.Mul(rb, p)
	rb.Sub(bx, rb)
	hi, _ := rb.Float64()
	lo, _ := new(big.Float).SetPrec(prec).Sub(rb, big.NewFloat(hi)).Float64()
	k = int(new(big.Int).And(qf, big.NewInt(3)).Int64())
	return dd{hi, lo}, k
}

// Tan returns the tangent of x (radians).
func Tan(x float64) float64 {
	if x != x || math.IsInf(x, 0) {
		return math.Tan(x)
	}
	if math.Abs(x) < 0x1p-27 {
		return x
	}
	r, k := reduce(x)
	s, c := sinCos(r)
	if k&1 == 0 {
		return div(s, c).round()
	}
	return neg(div(c, s)).round()
}

// sinCos returns sin(r) and cos(r) in double-double for |r| <= pi/4 (a
// little more), from the table of j/64 and Taylor series of the rest.
func sinCos(r dd) (s, c dd) {
	negr := r.hi < 0
	if negr {
		r = neg(r)
	}
	j := int(math.Round(r.hi * 64))
	t := r
	if j > 0 {
		t = addF(dd{r.hi - float64(j)/64, 0}, r.lo)
	}
	t2 := mul(t, t)
	st := mul(t, poly(t2, sinCoef[:]))
	ct := poly(t2, cosCoef[:])
	if j == 0 {
		s, c = st, ct
	} else {
		sa, ca := sinTab[j], cosTab[j]
		s = add(mul(sa, ct), mul(ca, st))
		c = sub(mul(ca, ct), mul(sa, st))
	}
	if negr {
		s = neg(s)
	}
	return s, c
}
