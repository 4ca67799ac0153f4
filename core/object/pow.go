package object

import (
	"math"
	"math/big"
	"sync"
)

// Go's math.Pow can be off by an ulp or two, while CPython's float ** is
// the C library's pow, which glibc rounds correctly. powFloat therefore
// computes x**y for finite positive x exactly (integer exponents) or to
// about 120 bits (exp(y*ln x) in math/big) and rounds once, so printed
// results match CPython's. Special values follow math.Pow (C99 Annex F).

const powPrec = 128

var (
	ln2Once sync.Once
	ln2Big  *big.Float
)

func bigLn2() *big.Float {
	ln2Once.Do(func() {
		// ln 2 = 2 atanh(1/3)
		z := new(big.Float).SetPrec(powPrec).Quo(big.NewFloat(1).SetPrec(powPrec), big.NewFloat(3).SetPrec(powPrec))
		ln2Big = atanh2(z)
	})
	return ln2Big
}

// atanh2 returns 2*atanh(z) = ln((1+z)/(1-z)) by its Taylor series.
func atanh2(z *big.Float) *big.Float {
	z2 := new(big.Float).SetPrec(powPrec).Mul(z, z)
	term := new(big.Float).SetPrec(powPrec).Set(z)
	sum := new(big.Float).SetPrec(powPrec).Set(z)
	tmp := new(big.Float).SetPrec(powPrec)
	for k := 3; k < 400; k += 2 {
		term.Mul(term, z2)
		tmp.Quo(term, new(big.Float).SetPrec(powPrec).SetInt64(int64(k)))
		if tmp.Sign() == 0 || tmp.MantExp(nil)-sum.MantExp(nil) < -powPrec-4 {
			break
		}
		sum.Add(sum, tmp)
	}
	return sum.Mul(sum, big.NewFloat(2).SetPrec(powPrec))
}

// bigLog returns ln(x) for finite x > 0.
func bigLog(x float64) *big.Float {
	m, e := math.Frexp(x) // x = m * 2^e, m in [0.5, 1)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	bm := new(big.Float).SetPrec(powPrec).SetFloat64(m)
	one := new(big.Float).SetPrec(powPrec).SetInt64(1)
	num := new(big.Float).SetPrec(powPrec).Sub(bm, one)
	den := new(big.Float).SetPrec(powPrec).Add(bm, one)
	r := atanh2(num.Quo(num, den))
	el := new(big.Float).SetPrec(powPrec).Mul(bigLn2(), new(big.Float).SetPrec(powPrec).SetInt64(int64(e)))
	return r.Add(r, el)
}

// bigExp returns exp(t) rounded to float64 (with overflow to Inf and
// underflow to 0 as IEEE does).
func bigExp(t *big.Float) float64 {
	tf, _ := t.Float64()
	if tf > 710 {
		return math.Inf(1)
	}
	if tf < -746 {
		return 0
	}
	// t = k ln2 + r with |r| <= ln2/2, then exp(r) = (exp(r/256))^256.
	k := math.Round(tf / math.Ln2)
	r := new(big.Float).SetPrec(powPrec).Mul(bigLn2(), new(big.Float).SetPrec(powPrec).SetFloat64(k))
	r.Sub(t, r)
	r.SetMantExp(r, -8)
	sum := new(big.Float).SetPrec(powPrec).SetInt64(1)
	term := new(big.Float).SetPrec(powPrec).SetInt64(1)
	for n := 1; n < 60; n++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetPrec(powPrec).SetInt64(int64(n)))
		if term.Sign() == 0 || term.MantExp(nil) < -powPrec-4 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < 8; i++ {
		sum.Mul(sum, sum)
	}
	sum.SetMantExp(sum, int(k))
	f, _ := sum.Float64()
	return f
}

// powFloat is C's pow(x, y) with correct rounding for the finite cases.
func powFloat(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0:
		return math.Pow(x, y)
	case y == 1:
		return x
	case y == 0.5 && x > 0:
		return math.Sqrt(x)
	}
	neg := false
	if x < 0 {
		if y != math.Trunc(y) {
			return math.NaN()
		}
		x = -x
		neg = math.Mod(y, 2) != 0
	}
	var r float64
	if y == math.Trunc(y) && math.Abs(y) <= 64 {
		r = powIntDD(x, int(y))
	} else {
		t := bigLog(x)
		t.Mul(t, new(big.Float).SetPrec(powPrec).SetFloat64(y))
		r = bigExp(t)
	}
	if neg {
		return -r
	}
	return r
}

// ddMul multiplies double-double numbers (a + al)(b + bl) with FMA, keeping
// about 106 bits.
func ddMul(a, al, b, bl float64) (float64, float64) {
	p := a * b
	e := math.FMA(a, b, -p)
	e += a*bl + al*b
	hi := p + e
	return hi, e - (hi - p)
}

// powIntDD is x**n for small integer n in double-double arithmetic, so
// the one final rounding gives the correctly rounded result (as glibc's
// pow) in all but pathological cases; results out of range fall back to
// math.Pow's overflow and underflow.
func powIntDD(x float64, n int) float64 {
	m := n
	if m < 0 {
		m = -m
	}
	rh, rl := 1.0, 0.0
	bh, bl := x, 0.0
	for m > 0 {
		if m&1 == 1 {
			rh, rl = ddMul(rh, rl, bh, bl)
		}
		m >>= 1
		if m > 0 {
			bh, bl = ddMul(bh, bl, bh, bl)
		}
	}
	if math.IsInf(rh, 0) || rh == 0 || math.IsNaN(rh) || math.Abs(rh) < 0x1p-960 {
		return math.Pow(x, float64(n))
	}
	if n >= 0 {
		return rh + rl
	}
	// 1/(rh + rl) with one Newton correction.
	q := 1 / rh
	e := math.FMA(-q, rh, 1) - q*rl
	r := q + e*q
	if math.IsInf(r, 0) || r == 0 {
		return math.Pow(x, float64(n))
	}
	return r
}
