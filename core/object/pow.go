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

// powWork holds the big.Floats of one exp/log evaluation, reused through a
// pool so that a power costs a few allocations instead of ~150.
type powWork struct {
	z2, term, sum, tmp, k, one, r, t big.Float
}

var powPool = sync.Pool{New: func() any {
	w := &powWork{}
	for _, f := range []*big.Float{&w.z2, &w.term, &w.sum, &w.tmp, &w.k, &w.one, &w.r, &w.t} {
		f.SetPrec(powPrec)
	}
	return w
}}

// atanh2 returns 2*atanh(z) = ln((1+z)/(1-z)) by its Taylor series, in
// w.sum.
func atanh2w(w *powWork, z *big.Float) *big.Float {
	w.z2.Mul(z, z)
	w.term.Set(z)
	w.sum.Set(z)
	for k := int64(3); k < 400; k += 2 {
		w.term.Mul(&w.term, &w.z2)
		w.tmp.Quo(&w.term, w.k.SetInt64(k))
		if w.tmp.Sign() == 0 || w.tmp.MantExp(nil)-w.sum.MantExp(nil) < -powPrec-4 {
			break
		}
		w.sum.Add(&w.sum, &w.tmp)
	}
	return w.sum.SetMantExp(&w.sum, 1)
}

// atanh2 is atanh2w with a fresh workspace (for the ln 2 constant).
func atanh2(z *big.Float) *big.Float {
	w := powPool.New().(*powWork)
	return new(big.Float).SetPrec(powPrec).Set(atanh2w(w, z))
}

// bigLog returns ln(x) for finite x > 0 in w.t.
func bigLog(w *powWork, x float64) *big.Float {
	m, e := math.Frexp(x) // x = m * 2^e, m in [0.5, 1)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	w.one.SetInt64(1)
	w.r.SetFloat64(m)
	w.t.Add(&w.r, &w.one)
	w.r.Sub(&w.r, &w.one)
	w.r.Quo(&w.r, &w.t)
	lm := atanh2w(w, &w.r)
	w.t.Mul(bigLn2(), w.k.SetInt64(int64(e)))
	return w.t.Add(&w.t, lm)
}

// bigExp returns exp(t) rounded to float64 (with overflow to Inf and
// underflow to 0 as IEEE does). It may use every field of w but t.
func bigExp(w *powWork, t *big.Float) float64 {
	tf, _ := t.Float64()
	if tf > 710 {
		return math.Inf(1)
	}
	if tf < -746 {
		return 0
	}
	// t = k ln2 + r with |r| <= ln2/2, then exp(r) = (exp(r/256))^256.
	k := math.Round(tf / math.Ln2)
	w.r.Mul(bigLn2(), w.k.SetFloat64(k))
	w.r.Sub(t, &w.r)
	w.r.SetMantExp(&w.r, -8)
	w.sum.SetInt64(1)
	w.term.SetInt64(1)
	for n := int64(1); n < 60; n++ {
		w.term.Mul(&w.term, &w.r)
		w.term.Quo(&w.term, w.k.SetInt64(n))
		if w.term.Sign() == 0 || w.term.MantExp(nil) < -powPrec-4 {
			break
		}
		w.sum.Add(&w.sum, &w.term)
	}
	for i := 0; i < 8; i++ {
		w.sum.Mul(&w.sum, &w.sum)
	}
	w.sum.SetMantExp(&w.sum, int(k))
	f, _ := w.sum.Float64()
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
		w := powPool.Get().(*powWork)
		t := bigLog(w, x)
		t.Mul(t, w.tmp.SetFloat64(y))
		r = bigExp(w, t)
		powPool.Put(w)
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

var (
	pio2Once sync.Once
	pio2Big  *big.Float
)

// sinCos returns sin(x) and cos(x) with the argument reduced modulo pi/2
// in 256-bit arithmetic: Go's reduction loses the low bits near multiples
// of pi/2 (cos(pi/2) comes out as 6.123233995736757e-17 where the C library
// gives 6.123233995736766e-17), which shows in complex powers.
func sinCos(x float64) (float64, float64) {
	if math.Abs(x) <= math.Pi/4 || math.Abs(x) > 1<<50 || math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Sincos(x)
	}
	pio2Once.Do(func() {
		pio2Big, _, _ = big.ParseFloat("1.57079632679489661923132169163975144209858469968755291048747229615390820314310449931401741267105853399107404326", 10, 256, big.ToNearestEven)
	})
	n := math.Round(x / (math.Pi / 2))
	r := new(big.Float).SetPrec(256).SetFloat64(n)
	r.Mul(r, pio2Big)
	r.Sub(new(big.Float).SetPrec(256).SetFloat64(x), r)
	rf, _ := r.Float64()
	s, c := math.Sincos(rf)
	switch int64(n) & 3 {
	case 1:
		return c, -s
	case 2:
		return -s, -c
	case 3:
		return -c, s
	}
	return s, c
}

// expFloat and logFloat are exp and log rounded from 128-bit results, for
// complex powers (Go's Exp and Log may differ from the C library in the
// last bit).
func expFloat(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return math.Exp(x)
	}
	w := powPool.Get().(*powWork)
	w.t.SetFloat64(x)
	r := bigExp(w, &w.t)
	powPool.Put(w)
	return r
}

func logFloat(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) || x == 1 {
		return math.Log(x)
	}
	w := powPool.Get().(*powWork)
	r, _ := bigLog(w, x).Float64()
	powPool.Put(w)
	return r
}
