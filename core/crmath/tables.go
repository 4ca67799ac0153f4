package crmath

import (
	"math"
	"math/big"
	"sync"
)

// The constants and tables are computed with math/big series at
// tablePrec bits (nothing is copied from elsewhere) by initTables and
// computeScTab, which only the tests run: TestGeneratedTables checks that
// tables_gen.go holds exactly what they compute (with -update it writes
// the file), so that no program pays the milliseconds they take.
//
// In tables_gen.go:
//
//	ln2, ln10, invLn2, invLn10 dd
//	ln2By128                   dd         // ln2/128, the exp reduction step
//	pio2Chunks                 [6]float64 // pi/2 in 30-bit pieces
//	logTab                     [logTabHi - logTabLo + 1]dd
//	exp2Tab                    [128]dd // 2**(j/128)
//	sinTab, cosTab             [sinTabN]dd
//	expCoef                    [12]dd // 1/n!
//	sinCoef, cosCoef           [7]dd  // (-1)**n/(2n+1)!, (-1)**n/(2n)!
//	atanhCoef                  [8]dd  // 1/(2n+1)
//	atanCoef                   [9]dd  // (-1)**n/(2n+1)
//	atanTab                    [65]dd // atan(j/64)
//	piDD, pio2DD               dd
//	scTab                      [110][4]float64 (sincos.go)
//	fastLogTab, ln2Hi, ln2Lo, l2nHi, l2nLo, exp2Hi, exp2Lo (fast.go)

const tablePrec = 240

const (
	logTabLo, logTabHi = 90, 182 // log(i/128) for i/128 around [sqrt(1/2), sqrt(2)]
	sinTabN            = 52      // sin and cos of j/64 up to just past pi/4
)

func newBig() *big.Float { return new(big.Float).SetPrec(tablePrec) }

func bigDD(x *big.Float) dd {
	hi, _ := x.Float64()
	r := newBig().Sub(x, big.NewFloat(hi))
	lo, _ := r.Float64()
	return dd{hi, lo}
}

// bigAtanInv is atan(1/n) by its Taylor series.
func bigAtanInv(n int64, prec uint) *big.Float {
	x := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1), new(big.Float).SetInt64(n))
	x2 := new(big.Float).SetPrec(prec).Mul(x, x)
	sum := new(big.Float).SetPrec(prec).Set(x)
	term := new(big.Float).SetPrec(prec).Set(x)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -int(prec)-8)
	t := new(big.Float).SetPrec(prec)
	for k := int64(1); ; k++ {
		term.Mul(term, x2)
		t.Quo(term, new(big.Float).SetInt64(2*k+1))
		if k%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
		if t.Cmp(eps) < 0 {
			return sum
		}
	}
}

// bigAtan is atan(y) for 0 <= y <= 1: three halvings
// (atan y = 2 atan(y/(1+sqrt(1+y*y)))) and the Taylor series.
func bigAtan(y *big.Float) *big.Float {
	y = newBig().Set(y)
	for i := 0; i < 3; i++ {
		r := newBig().Mul(y, y)
		r.Add(r, big.NewFloat(1))
		r.Sqrt(r)
		r.Add(r, big.NewFloat(1))
		y.Quo(y, r)
	}
	y2 := newBig().Mul(y, y)
	sum, pow := newBig().Set(y), newBig().Set(y)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -tablePrec-8)
	for n := int64(1); ; n++ {
		pow.Mul(pow, y2)
		t := newBig().Quo(pow, newBig().SetInt64(2*n+1))
		if n%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
		if t.Sign() == 0 || new(big.Float).Abs(t).Cmp(eps) < 0 {
			return sum.Mul(sum, big.NewFloat(8))
		}
	}
}

// bigPi is Machin's formula, pi = 16 atan(1/5) - 4 atan(1/239).
func bigPi(prec uint) *big.Float {
	p := prec + 16
	a := new(big.Float).SetPrec(p).Mul(bigAtanInv(5, p), big.NewFloat(16))
	b := new(big.Float).SetPrec(p).Mul(bigAtanInv(239, p), big.NewFloat(4))
	return a.Sub(a, b)
}

// bigExp is exp(x) for |x| <= 1 by its Taylor series.
func bigExp(x *big.Float) *big.Float {
	sum, term := newBig().SetInt64(1), newBig().SetInt64(1)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -tablePrec-8)
	for n := int64(1); ; n++ {
		term.Mul(term, x)
		term.Quo(term, newBig().SetInt64(n))
		sum.Add(sum, term)
		if new(big.Float).Abs(term).Cmp(eps) < 0 {
			return sum
		}
	}
}

// bigLog is log(c) for c near 1, as 2 atanh((c-1)/(c+1)).
func bigLog(c *big.Float) *big.Float {
	s := newBig().Quo(newBig().Sub(c, big.NewFloat(1)), newBig().Add(c, big.NewFloat(1)))
	s2 := newBig().Mul(s, s)
	sum, pow := newBig().Set(s), newBig().Set(s)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -tablePrec-8)
	for n := int64(1); ; n++ {
		pow.Mul(pow, s2)
		t := newBig().Quo(pow, newBig().SetInt64(2*n+1))
		sum.Add(sum, t)
		if new(big.Float).Abs(t).Cmp(eps) < 0 {
			return sum.Mul(sum, big.NewFloat(2))
		}
	}
}

// bigSinCos is sin(x) and cos(x) for |x| <= 1 by their Taylor series.
func bigSinCos(x *big.Float) (s, c *big.Float) {
	s, c = newBig(), newBig().SetInt64(1)
	term := newBig().SetInt64(1)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -tablePrec-8)
	for n := int64(1); ; n++ {
		term.Mul(term, x)
		term.Quo(term, newBig().SetInt64(n))
		switch n % 4 {
		case 1:
			s.Add(s, term)
		case 2:
			c.Sub(c, term)
		case 3:
			s.Sub(s, term)
		case 0:
			c.Add(c, term)
		}
		if new(big.Float).Abs(term).Cmp(eps) < 0 && n > 2 {
			return s, c
		}
	}
}

func initTables() {
	bl2 := bigLog(big.NewFloat(2))
	ln2 = bigDD(bl2)
	bl10 := newBig().Add(newBig().Mul(bl2, big.NewFloat(3)), bigLog(big.NewFloat(1.25)))
	ln10 = bigDD(bl10)
	invLn2 = bigDD(newBig().Quo(big.NewFloat(1), bl2))
	invLn10 = bigDD(newBig().Quo(big.NewFloat(1), bl10))
	ln2By128 = bigDD(newBig().Quo(bl2, big.NewFloat(128)))
	pio2 := bigPi(tablePrec)
	pio2.Quo(pio2, big.NewFloat(2))
	rest := newBig().Set(pio2)
	for i := range pio2Chunks {
		// Keep the top 30 bits of what is left, so that k*chunk is
		// exact for the k < 2**22 of the fast reduction.
		f, _ := rest.Float64()
		m, e := math.Frexp(f)
		c := math.Ldexp(math.Trunc(m*(1<<30)), e-30)
		pio2Chunks[i] = c
		rest.Sub(rest, big.NewFloat(c))
	}
	for i := logTabLo; i <= logTabHi; i++ {
		logTab[i-logTabLo] = bigDD(bigLog(newBig().SetFloat64(float64(i) / 128)))
	}
	for j := range exp2Tab {
		x := newBig().Mul(bl2, newBig().SetFloat64(float64(j)/128))
		exp2Tab[j] = bigDD(bigExp(x))
	}
	for j := 0; j < sinTabN; j++ {
		s, c := bigSinCos(newBig().SetFloat64(float64(j) / 64))
		sinTab[j], cosTab[j] = bigDD(s), bigDD(c)
	}
	f := newBig().SetInt64(1)
	for n := 0; n < 2*len(sinCoef)+1; n++ {
		if n > 0 {
			f.Mul(f, newBig().SetInt64(int64(n)))
		}
		inv := newBig().Quo(big.NewFloat(1), f)
		if n < len(expCoef) {
			expCoef[n] = bigDD(inv)
		}
		if n%4 >= 2 {
			inv.Neg(inv)
		}
		if n%2 == 1 {
			sinCoef[n/2] = bigDD(inv)
		} else if n/2 < len(cosCoef) {
			cosCoef[n/2] = bigDD(inv)
		}
	}
	piBig := bigPi(tablePrec)
	piDD = bigDD(piBig)
	pio2DD = bigDD(newBig().Quo(piBig, big.NewFloat(2)))
	for n := range atanCoef {
		c := newBig().Quo(big.NewFloat(1), newBig().SetInt64(int64(2*n+1)))
		if n%2 == 1 {
			c.Neg(c)
		}
		atanCoef[n] = bigDD(c)
	}
	for j := range atanTab {
		atanTab[j] = bigDD(bigAtan(newBig().SetFloat64(float64(j) / 64)))
	}
	for n := range atanhCoef {
		atanhCoef[n] = bigDD(newBig().Quo(big.NewFloat(1), newBig().SetInt64(int64(2*n+1))))
	}
	initFast()
}

var (
	bigPio2Once sync.Once
	bigPio2     *big.Float // pi/2 to 1400 bits, for huge sin/cos arguments
)

func hugePio2() *big.Float {
	bigPio2Once.Do(func() {
		bigPio2 = bigPi(1400)
		bigPio2.Quo(bigPio2, big.NewFloat(2))
	})
	return bigPio2
}
