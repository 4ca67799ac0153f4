package crmath

import "math"

// Ziv's strategy for log, exp and pow: a fast evaluation in double
// precision with double-double corrections where they matter, whose
// error has a proven bound; when the interval that the bound draws
// around the result rounds to one double, that double is the correctly
// rounded result (the slow path, about 100 bits, would round to the
// same). Otherwise the caller falls back to the slow path. The bounds
// are derived in the comments below and checked against math/big in
// fast_test.go.
//
// log x: x = 2**k * z with z in [0.705, 1.41), split into 128 intervals
// by z's leading bits. Interval i has a reciprocal centre invc (a
// double, 1 exactly for the interval around 1) and logc = -log(invc) in
// double-double. r = z*invc - 1 is exact as the pair (z*invc - 1,
// fma(z, invc, -z*invc)) and |r| < 2**-8, so log x = k*ln2 + logc +
// log1p(r), with log1p's Taylor series to r**9 (truncation below
// 2**-75 |r|). The r**2 term is computed exactly (twoProd); the rest
// in double. The worst error term, r**3/3 in double, stays below
// 2**-68 |r|, and |log x| >= |r|/1.01 in every interval (the intervals
// other than the one around 1 keep z at least 2**-9 away from 1), so
// the relative error of log x is below 2**-67.4; fastLogErr (2**-66)
// leaves a margin.
//
// exp t: t = kf*ln2/128 + u, kf an integer, |u| <= ln2/256 (plus
// rounding), kf*ln2/128 subtracted in two pieces, the first exact;
// exp(u) by its Taylor series to u**7 (truncation below 2**-83), u**2
// exact, the rest in double, times 2**(j/128) in double-double. The
// error is below 2**-76 relative; fastExpErr (2**-74) leaves a margin.
//
// pow x**y = exp(y log x): y*log x is formed exactly as a double-double
// from log x's pair, so its absolute error is |y log x| * 2**-66 at
// most, which exp turns into that relative error.

const (
	fastLogErr = 0x1p-66
	fastExpErr = 0x1p-74

	logOff    = 0x3fe6900000000000 // bits of 0.705078125: z's interval [logOff, 2*logOff)
	logTabN   = 128
	logOne    = 75 // the interval holding 1 (centred on it in bit space)
	fastExpHi = 708.0
)

type logEntry struct{ invc, logcHi, logcLo float64 }

// In tables_gen.go: fastLogTab [logTabN]logEntry; ln2Hi, ln2Lo (ln2Hi
// has 42 bits: k*ln2Hi is exact for |k| < 2**11); l2nHi, l2nLo (ln2/128;
// l2nHi has 36 bits: kf*l2nHi is exact for |kf| < 2**17); exp2Hi, exp2Lo
// [128]float64 (exp2Tab split for the fast path).

// initFast fills the fast path's tables from the slow path's constants
// and math/big (called by initTables).
func initFast() {
	l := ln2
	ln2Hi = math.Float64frombits(math.Float64bits(l.hi) &^ (1<<11 - 1))
	ln2Lo = (l.hi - ln2Hi) + l.lo
	c := ln2By128
	l2nHi = math.Float64frombits(math.Float64bits(c.hi) &^ (1<<17 - 1))
	l2nLo = (c.hi - l2nHi) + c.lo
	for j := range exp2Tab {
		exp2Hi[j], exp2Lo[j] = exp2Tab[j].hi, exp2Tab[j].lo
	}
	for i := range fastLogTab {
		if i == logOne {
			fastLogTab[i] = logEntry{1, 0, 0}
			continue
		}
		// invc is 1/c for c the centre of the interval (in bit space),
		// rounded; logc is -log(invc) from its big-float series.
		c := math.Float64frombits(logOff + uint64(i)<<45 + 1<<44)
		invc := 1 / c
		l := bigDD(bigLog(newBig().SetFloat64(invc)))
		fastLogTab[i] = logEntry{invc, -l.hi, -l.lo}
	}
}

// fastLog returns log x as a double-double (hi, lo) for a positive,
// finite, nonzero x, relative error below fastLogErr.
func fastLog(x float64) (hi, lo float64) {
	ix := math.Float64bits(x)
	if ix < 1<<52 { // subnormal
		ix = math.Float64bits(x*0x1p52) - 52<<52
	}
	tmp := ix - logOff
	i := (tmp >> 45) % logTabN
	k := int64(tmp) >> 52
	z := math.Float64frombits(ix - tmp&(0xfff<<52))
	e := &fastLogTab[i]
	p := z * e.invc
	rl := math.FMA(z, e.invc, -p)
	rh := p - 1 // exact: p is within 2**-7 of 1
	// (rh, rl) is r exactly; |rl| <= 2**-53 and rh is 0 or at least
	// 2**-53, so fastTwoSum normalizes it.
	s := rh + rl
	rl = rl - (s - rh)
	rh = s
	kf := float64(k)
	// r**2 exactly (to 2**-106), halved.
	sqh := rh * rh
	sql := math.FMA(rh, rh, -sqh) + 2*rh*rl
	p3 := sqh * rh * (1.0/3 + rh*(-1.0/4+rh*(1.0/5+rh*(-1.0/6+rh*(1.0/7+rh*(-1.0/8+rh*(1.0/9)))))))
	// k*ln2Hi + logcHi + rh - sqh/2, exactly, as a sum and its errors.
	a := kf * ln2Hi
	s1 := a + e.logcHi
	bb := s1 - a
	e1 := (a - (s1 - bb)) + (e.logcHi - bb)
	s2 := s1 + rh
	bb = s2 - s1
	e2 := (s1 - (s2 - bb)) + (rh - bb)
	h := -0.5 * sqh
	s3 := s2 + h
	bb = s3 - s2
	e3 := (s2 - (s3 - bb)) + (h - bb)
	// rl's share of the cubic and higher terms: rl*r**2*(1 - r).
	t := e1 + e2 + e3 + kf*ln2Lo + e.logcLo + rl - 0.5*sql + p3 + rl*sqh*(1-rh)
	hi = s3 + t
	lo = t - (hi - s3)
	return hi, lo
}

// fastExp returns exp(xh + xl) as 2**e * (hi + lo), hi in [0.99, 2),
// relative error below fastExpErr, for |xh| <= fastExpHi and |xl| <=
// ulp(xh).
func fastExp(xh, xl float64) (hi, lo float64, e int64) {
	const shift = 0x1.8p52
	kd := xh*(128/math.Ln2) + shift
	kd -= shift // xh*128/ln2 rounded to an integer, |kd| < 2**17
	ki := int64(kd)
	t1 := xh - kd*l2nHi // exact
	t2 := xl - kd*l2nLo
	th := t1 + t2
	bb := th - t1
	tl := (t1 - (th - bb)) + (t2 - bb)
	j := ki & 127
	e = (ki - j) >> 7
	sqh := th * th
	sql := math.FMA(th, th, -sqh)
	q3 := sqh * th * (1.0/6 + th*(1.0/24+th*(1.0/120+th*(1.0/720+th*(1.0/5040)))))
	// q = th + sqh/2 + (tl + sql/2 + q3) = exp(u) - 1
	h := 0.5 * sqh
	qh := th + h
	ql := h - (qh - th)
	ql += tl + th*tl + 0.5*sql + q3
	Th, Tl := exp2Hi[j], exp2Lo[j]
	// 2**(j/128) * (1 + q) = Th + Th*qh + (Th*ql + Tl*(1+q))
	ph := Th * qh
	pl := math.FMA(Th, qh, -ph)
	s := Th + ph
	bb = s - Th
	es := (Th - (s - bb)) + (ph - bb)
	t := es + pl + Th*ql + Tl + Tl*qh
	hi = s + t
	lo = t - (hi - s)
	return hi, lo, e
}

// roundsTo returns hi+lo rounded and whether every value within err
// of hi+lo rounds the same way.
func roundsTo(hi, lo, err float64) (float64, bool) {
	a := hi + (lo + err)
	b := hi + (lo - err)
	return a, a == b
}

// pow2 returns 2**e for a normal exponent.
func pow2(e int64) float64 { return math.Float64frombits(uint64(e+1023) << 52) }

// powFast is x**y for x > 0 finite and y finite, nonzero, or ok=false
// when the fast evaluation cannot decide the rounding (or the result
// is near overflow or underflow).
func powFast(x, y float64) (r float64, ok bool) {
	lh, ll := fastLog(x)
	eh := y * lh
	el := math.FMA(y, lh, -eh) + y*ll
	if !(math.Abs(eh) <= fastExpHi) {
		return 0, false
	}
	hi, lo, e := fastExp(eh, el)
	err := (math.Abs(eh)*fastLogErr*1.01 + fastExpErr) * hi
	r, ok = roundsTo(hi, lo, err)
	return r * pow2(e), ok
}

// logFast is log x for x > 0 finite, x != 1, or ok=false.
func logFast(x float64) (float64, bool) {
	hi, lo := fastLog(x)
	return roundsTo(hi, lo, math.Abs(hi)*fastLogErr*1.01)
}

// expFast is exp x for |x| <= fastExpHi, or ok=false.
func expFast(x float64) (float64, bool) {
	hi, lo, e := fastExp(x, 0)
	r, ok := roundsTo(hi, lo, hi*fastExpErr)
	return r * pow2(e), ok
}
