package crmath

import (
	"math"
	"math/big"
)

// Sine and cosine as glibc's x86-64 libm (2.28 and later, built with FMA)
// computes them, so that math.sin, math.cos and random.gauss give CPython's
// bits on such a machine: the same reduction, the same Taylor polynomials
// and the same table, sin and cos of i/128 as double-double values
// (computed here with math/big), with the multiply-adds fused as GCC fuses
// them. The constants are those of the algorithm (Taylor coefficients and
// pieces of pi/2 and 2/pi).

const (
	scBig   = 0x1.8p45 // adding it rounds |x| to a multiple of 1/128
	scHp0   = 0x1.921FB54442D18p0
	scHp1   = 0x1.1A62633145C07p-54
	scMp1   = 0x1.921FB58000000p0
	scMp2   = -0x1.DDE973C000000p-27
	scPp3   = -0x1.CB3B398000000p-55
	scPp4   = -0x1.d747f23e32ed7p-83
	scHpinv = 0x1.45F306DC9C883p-1
	scToint = 0x1.8p52

	ts1 = -0x1.5555555555555p-3
	ts2 = 0x1.1111111110ECEp-7
	ts3 = -0x1.A01A019DB08B8p-13
	ts4 = 0x1.71DE27B9A7ED9p-19
	ts5 = -0x1.ADDFFC2FCDF59p-26

	sn3 = -1.0 / 6
	sn5 = 1.0 / 120
	cs2 = 1.0 / 2
	cs4 = -1.0 / 24
	cs6 = 1.0 / 720
)

// computeScTab fills scTab (sin hi, sin lo, cos hi, cos lo of i/128;
// declared in tables_gen.go) from math/big series.
func computeScTab() {
	for i := range scTab {
		s, c := bigSinCos(newBig().SetFloat64(float64(i) / 128))
		sd, cd := bigDD(s), bigDD(c)
		scTab[i] = [4]float64{sd.hi, sd.lo, cd.hi, cd.lo}
	}
}

func fma(a, b, c float64) float64 { return math.FMA(a, b, c) }

func taylorSin(xx, a, da float64) float64 {
	p := fma(fma(fma(fma(ts5, xx, ts4), xx, ts3), xx, ts2), xx, ts1)
	t := fma(fma(p, a, -(0.5*da)), xx, da)
	return a + t
}

func doCos(x, dx float64) float64 {
	if x < 0 {
		dx = -dx
	}
	u := scBig + math.Abs(x)
	x = math.Abs(x) - (u - scBig) + dx
	xx := x * x
	s := fma(x*xx, fma(xx, sn5, sn3), x)
	c := xx * fma(xx, fma(xx, cs6, cs4), cs2)
	e := &scTab[int(math.Float64bits(u)&0xffffffff)]
	sn, ssn, cs, ccs := e[0], e[1], e[2], e[3]
	cor := fma(-sn, s, fma(-cs, c, fma(-s, ssn, ccs)))
	return cs + cor
}

func doSin(x, dx float64) float64 {
	xold := x
	if math.Abs(x) < 0.126 {
		return taylorSin(x*x, x, dx)
	}
	if x <= 0 {
		dx = -dx
	}
	u := scBig + math.Abs(x)
	x = math.Abs(x) - (u - scBig)
	xx := x * x
	s := x + fma(x*xx, fma(xx, sn5, sn3), dx)
	c := fma(x, dx, xx*fma(xx, fma(xx, cs6, cs4), cs2))
	e := &scTab[int(math.Float64bits(u)&0xffffffff)]
	sn, ssn, cs, ccs := e[0], e[1], e[2], e[3]
	cor := fma(cs, s, fma(-sn, c, fma(s, ccs, ssn)))
	return math.Copysign(sn+cor, xold)
}

func reduceSinCos(x float64) (a, da float64, n int) {
	t := fma(x, scHpinv, scToint)
	xn := t - scToint
	y := fma(-xn, scMp2, fma(-xn, scMp1, x))
	n = int(math.Float64bits(t) & 3)
	t2 := fma(-xn, scPp3, y)
	db := fma(-xn, scPp3, y-t2)
	b := fma(-xn, scPp4, t2)
	db += fma(-xn, scPp4, t2-b)
	return b, db, n
}

func doSinCos(a, da float64, n int) float64 {
	var r float64
	if n&1 != 0 {
		r = doCos(a, da)
	} else {
		r = doSin(a, da)
	}
	if n&2 != 0 {
		return -r
	}
	return r
}

// reduceHuge reduces |x| >= 105414350 exactly with math/big (where glibc
// uses its own 2/pi expansion; both give the reduced value to more than
// double-double precision).
func reduceHuge(x float64) (a, da float64, n int) {
	_, ex := math.Frexp(x)
	prec := uint(ex) + 300
	p := hugePio2()
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	q := new(big.Float).SetPrec(prec).Quo(bx, p)
	half := big.NewFloat(0.5)
	if q.Sign() < 0 {
		half.Neg(half)
	}
	qi, _ := new(big.Float).SetPrec(prec).Add(q, half).Int(nil)
	rb := new(big.Float).SetPrec(prec).SetInt(qi)
	rb.Mul(rb, p)
	rb.Sub(bx, rb)
	a, _ = rb.Float64()
	da, _ = new(big.Float).SetPrec(prec).Sub(rb, big.NewFloat(a)).Float64()
	return a, da, int(new(big.Int).And(qi, big.NewInt(3)).Int64())
}

// Sin returns the sine of x (radians).
func Sin(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case ax < 0x1p-26:
		return x
	case ax != ax || math.IsInf(x, 0):
		return math.NaN()
	}
	k := math.Float64bits(ax) >> 32
	switch {
	case k < 0x3feb6000:
		return doSin(x, 0)
	case k < 0x400368fd:
		return math.Copysign(doCos(scHp0-ax, scHp1), x)
	case k < 0x419921FB:
		a, da, n := reduceSinCos(x)
		return doSinCos(a, da, n)
	}
	a, da, n := reduceHuge(x)
	return doSinCos(a, da, n)
}

// Cos returns the cosine of x (radians).
func Cos(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case ax < 0x1p-27:
		return 1
	case ax != ax || math.IsInf(x, 0):
		return math.NaN()
	}
	k := math.Float64bits(ax) >> 32
	switch {
	case k < 0x3feb6000:
		return doCos(x, 0)
	case k < 0x400368fd:
		y := scHp0 - ax
		a := y + scHp1
		da := (y - a) + scHp1
		return doSin(a, da)
	case k < 0x419921FB:
		a, da, n := reduceSinCos(x)
		return doSinCos(a, da, n+1)
	}
	a, da, n := reduceHuge(x)
	return doSinCos(a, da, n+1)
}
