package native

import (
	"math"

	"github.com/pyvar/pyvar/core/crmath"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// cmath: CPython 3.10's cmath module. Each function follows CPython's
// algorithm step by step over the same real functions glibc provides
// (crmath gives glibc's results), so results agree to the last bit; the
// non-finite arguments are answered from C99 Annex G's special-value
// tables, and C's errno is modelled as an errKind result: EDOM is
// ValueError "math domain error", ERANGE OverflowError "math range error".

func init() { register("cmath", newCmathModule) }

// Constants of CPython's cmathmodule.c.
var (
	cmLargeDouble     = math.MaxFloat64 / 4
	cmSqrtLargeDouble = math.Sqrt(cmLargeDouble)
	cmLogLargeDouble  = crmath.Log(cmLargeDouble)
	cmSqrtDblMin      = math.Sqrt(0x1p-1022)
	cmNegZero         = math.Copysign(0, -1)
	cmInf             = math.Inf(1)
	cmNaN             = math.NaN()
	// C computes 0.75*M_PI and 53*M_LN2 in doubles; Go's constant
	// arithmetic would round the exact products instead.
	cmPi  = math.Pi
	cmLn2 = math.Ln2
)

const (
	dblMin      = 0x1p-1022
	dblMantDig  = 53
	cmScaleUp   = 2*(dblMantDig/2) + 1
	cmScaleDown = -(cmScaleUp + 1) / 2
)

// The classes of a double that index the special-value tables, in
// CPython's order: -inf, negative, -0, +0, positive, +inf, nan.
const (
	stNInf = iota
	stNeg
	stNZero
	stPZero
	stPos
	stPInf
	stNaN
)

func specialType(d float64) int {
	switch {
	case d != d:
		return stNaN
	case math.IsInf(d, 1):
		return stPInf
	case math.IsInf(d, -1):
		return stNInf
	case d == 0:
		if math.Signbit(d) {
			return stNZero
		}
		return stPZero
	case d < 0:
		return stNeg
	}
	return stPos
}

func isFinite(d float64) bool { return !math.IsInf(d, 0) && d == d }

// specialTable is a 7x7 table of results by the classes of the real and
// imaginary parts. Its rows are written as strings of 7 cells, each cell
// two codes (real, imaginary): see specialCode.
type specialTable [7][7]complex128

// specialCode decodes one part of a table cell: 0 and - (zeros), 1 and
// m (one and minus one), I and i (+inf, -inf), N (nan), P (pi), p (-pi),
// Q and q (±3pi/4), H and h (±pi/2), F and f (±pi/4), U (a cell that
// finite arguments use, never read).
func specialCode(c byte) float64 {
	switch c {
	case '0':
		return 0
	case '-':
		return cmNegZero
	case '1':
		return 1
	case 'm':
		return -1
	case 'I':
		return cmInf
	case 'i':
		return -cmInf
	case 'N', 'U':
		return cmNaN
	case 'P':
		return cmPi
	case 'p':
		return -cmPi
	case 'Q':
		return 0.75 * cmPi
	case 'q':
		return -0.75 * cmPi
	case 'H':
		return 0.5 * cmPi
	case 'h':
		return -0.5 * cmPi
	case 'F':
		return 0.25 * cmPi
	case 'f':
		return -0.25 * cmPi
	}
	panic("cmath: bad special-value code " + string(c))
}

// newSpecialTable reads 7 rows (real part -inf ... nan) of 7 cells
// (imaginary part -inf ... nan), each cell two codes and a space.
func newSpecialTable(rows [7]string) *specialTable {
	t := new(specialTable)
	for i, row := range rows {
		for j := 0; j < 7; j++ {
			t[i][j] = complex(specialCode(row[3*j]), specialCode(row[3*j+1]))
		}
	}
	return t
}

func (t *specialTable) at(z complex128) complex128 {
	return t[specialType(real(z))][specialType(imag(z))]
}

// The C99 Annex G values, as CPython's tables give them.
var (
	acosSpecial = newSpecialTable([7]string{
		"QI PI PI Pi Pi Qi NI",
		"HI UU UU UU UU Hi NN",
		"HI UU H0 H- UU Hi HN",
		"HI UU H0 H- UU Hi HN",
		"HI UU UU UU UU Hi NN",
		"FI 0I 0I 0i 0i Fi NI",
		"NI NN NN NN NN Ni NN",
	})
	acoshSpecial = newSpecialTable([7]string{
		"Iq Ip Ip IP IP IQ IN",
		"Ih UU UU UU UU IH NN",
		"Ih UU 0h 0H UU IH NN",
		"Ih UU 0h 0H UU IH NN",
		"Ih UU UU UU UU IH NN",
		"If I- I- I0 I0 IF IN",
		"IN NN NN NN NN IN NN",
	})
	asinhSpecial = newSpecialTable([7]string{
		"if i- i- i0 i0 iF iN",
		"ih UU UU UU UU iH NN",
		"ih UU -- -0 UU iH NN",
		"Ih UU 0- 00 UU IH NN",
		"Ih UU UU UU UU IH NN",
		"If I- I- I0 I0 IF IN",
		"IN NN N- N0 NN IN NN",
	})
	atanhSpecial = newSpecialTable([7]string{
		"-h -h -h -H -H -H -N",
		"-h UU UU UU UU -H NN",
		"-h UU -- -0 UU -H -N",
		"0h UU 0- 00 UU 0H 0N",
		"0h UU UU UU UU 0H NN",
		"0h 0h 0h 0H 0H 0H 0N",
		"0h NN NN NN NN 0H NN",
	})
	coshSpecial = newSpecialTable([7]string{
		"IN UU I0 I- UU IN IN",
		"NN UU UU UU UU NN NN",
		"N0 UU 10 1- UU N0 N0",
		"N0 UU 1- 10 UU N0 N0",
		"NN UU UU UU UU NN NN",
		"IN UU I- I0 UU IN IN",
		"NN NN N0 N0 NN NN NN",
	})
	expSpecial = newSpecialTable([7]string{
		"00 UU 0- 00 UU 00 00",
		"NN UU UU UU UU NN NN",
		"NN UU 1- 10 UU NN NN",
		"NN UU 1- 10 UU NN NN",
		"NN UU UU UU UU NN NN",
		"IN UU I- I0 UU IN IN",
		"NN NN N- N0 NN NN NN",
	})
	logSpecial = newSpecialTable([7]string{
		"Iq Ip Ip IP IP IQ IN",
		"Ih UU UU UU UU IH NN",
		"Ih UU ip iP UU IH NN",
		"Ih UU i- i0 UU IH NN",
		"Ih UU UU UU UU IH NN",
		"If I- I- I0 I0 IF IN",
		"IN NN NN NN NN IN NN",
	})
	sinhSpecial = newSpecialTable([7]string{
		"IN UU i- i0 UU IN IN",
		"NN UU UU UU UU NN NN",
		"0N UU -- -0 UU 0N 0N",
		"0N UU 0- 00 UU 0N 0N",
		"NN UU UU UU UU NN NN",
		"IN UU I- I0 UU IN IN",
		"NN NN N- N0 NN NN NN",
	})
	sqrtSpecial = newSpecialTable([7]string{
		"Ii 0i 0i 0I 0I II NI",
		"Ii UU UU UU UU II NN",
		"Ii UU 0- 00 UU II NN",
		"Ii UU 0- 00 UU II NN",
		"Ii UU UU UU UU II NN",
		"Ii I- I- I0 I0 II IN",
		"Ii NN NN NN NN II NN",
	})
	tanhSpecial = newSpecialTable([7]string{
		"m0 UU m- m0 UU m0 m0",
		"NN UU UU UU UU NN NN",
		"NN UU -- -0 UU NN NN",
		"NN UU 0- 00 UU NN NN",
		"NN UU UU UU UU NN NN",
		"10 UU 1- 10 UU 10 10",
		"NN NN N- N0 NN NN NN",
	})
	rectSpecial = newSpecialTable([7]string{
		"IN UU i0 i- UU IN IN",
		"NN UU UU UU UU NN NN",
		"00 UU -0 -- UU 00 00",
		"00 UU 0- 00 UU 00 00",
		"NN UU UU UU UU NN NN",
		"IN UU I- I0 UU IN IN",
		"NN NN N0 N0 NN NN NN",
	})
)

func cmathNonFinite(z complex128) bool { return !isFinite(real(z)) || !isFinite(imag(z)) }

// atan2 as glibc's: C99's special cases, and a zero result of nonzero y
// over finite x (an underflow) sets ERANGE.
func cAtan2Raw(y, x float64) (float64, errKind) {
	r := cAtan2(y, x)
	if r == 0 && y != 0 && isFinite(x) {
		return r, errRange
	}
	return r, errNone
}

// cAtan2 is atan2. A quotient y/x far below an ulp of atan's is
// answered here: crmath.Atan2 gives NaN when y/x is subnormal (atan2(1e-320,
// -1e300)); atan2 is then y/x, or ±pi for a negative x.
func cAtan2(y, x float64) float64 {
	if y != 0 && x != 0 && isFinite(x) && isFinite(y) && math.Abs(y) < math.Abs(x)*0x1p-60 {
		if x > 0 {
			return y / x
		}
		return math.Copysign(cmPi, y)
	}
	return crmath.Atan2Full(y, x)
}

// cPhase is CPython's c_atan2: atan2 with the non-finite cases fixed
// before the C library sees them.
func cPhase(z complex128) (float64, errKind) {
	x, y := real(z), imag(z)
	if x != x || y != y {
		return cmNaN, errNone
	}
	if math.IsInf(y, 0) {
		if math.IsInf(x, 0) {
			if !math.Signbit(x) {
				return math.Copysign(0.25*cmPi, y), errNone
			}
			return math.Copysign(0.75*cmPi, y), errNone
		}
		return math.Copysign(0.5*cmPi, y), errNone
	}
	if math.IsInf(x, 0) || y == 0 {
		if !math.Signbit(x) {
			return math.Copysign(0, y), errNone
		}
		return math.Copysign(cmPi, y), errNone
	}
	return cAtan2Raw(y, x)
}

// cAbs is _Py_c_abs: an infinite part wins over a NaN one; an overflow
// of hypot is ERANGE.
func cAbs(z complex128) (float64, errKind) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		if math.IsInf(x, 0) {
			return math.Abs(x), errNone
		}
		if math.IsInf(y, 0) {
			return math.Abs(y), errNone
		}
		return cmNaN, errNone
	}
	r := crmath.Hypot(x, y)
	if !isFinite(r) {
		return r, errRange
	}
	return r, errNone
}

// cQuot is _Py_c_quot, CPython 3.10's complex division (dividing by the
// larger part of b); a zero divisor is EDOM.
func cQuot(a, b complex128) (complex128, errKind) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, errDom
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom), errNone
	case absBi >= absBr:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom), errNone
	}
	return complex(cmNaN, cmNaN), errNone
}

// mulI and its inverse: the identities asin(z) = -i asinh(iz) and the
// like rotate by i.
func rotI(z complex128) complex128    { return complex(-imag(z), real(z)) }
func rotNegI(z complex128) complex128 { return complex(imag(z), -real(z)) }

func cSqrt(z complex128) (complex128, errKind) {
	if cmathNonFinite(z) {
		return sqrtSpecial.at(z), errNone
	}
	x, y := real(z), imag(z)
	if x == 0 && y == 0 {
		return complex(0, y), errNone
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var s float64
	if ax < dblMin && ay < dblMin {
		// hypot of subnormals would lose precision: scale them up.
		ax = math.Ldexp(ax, cmScaleUp)
		s = math.Ldexp(math.Sqrt(ax+crmath.Hypot(ax, math.Ldexp(ay, cmScaleUp))), cmScaleDown)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+crmath.Hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if x >= 0 {
		return complex(s, math.Copysign(d, y)), errNone
	}
	return complex(d, math.Copysign(s, y)), errNone
}

func cAcos(z complex128) (complex128, errKind) {
	if cmathNonFinite(z) {
		return acosSpecial.at(z), errNone
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > cmLargeDouble || math.Abs(y) > cmLargeDouble {
		re := cAtan2(math.Abs(y), x)
		l := crmath.Log(crmath.Hypot(x/2, y/2)) + math.Ln2*2
		if x < 0 {
			return complex(re, -math.Copysign(l, y)), errNone
		}
		return complex(re, math.Copysign(l, -y)), errNone
	}
	s1, _ := cSqrt(complex(1-x, -y))
	s2, _ := cSqrt(complex(1+x, y))
	return complex(2*cAtan2(real(s1), real(s2)), crmath.Asinh(real(s2)*imag(s1)-imag(s2)*real(s1))), errNone
}

func cAcosh(z complex128) (complex128, errKind) {
	if cmathNonFinite(z) {
		return acoshSpecial.at(z), errNone
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > cmLargeDouble || math.Abs(y) > cmLargeDouble {
		return complex(crmath.Log(crmath.Hypot(x/2, y/2))+math.Ln2*2, cAtan2(y, x)), errNone
	}
	s1, _ := cSqrt(complex(x-1, y))
	s2, _ := cSqrt(complex(x+1, y))
	return complex(crmath.Asinh(real(s1)*real(s2)+imag(s1)*imag(s2)), 2*cAtan2(imag(s1), real(s2))), errNone
}

func cAsinh(z complex128) (complex128, errKind) {
	if cmathNonFinite(z) {
		return asinhSpecial.at(z), errNone
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > cmLargeDouble || math.Abs(y) > cmLargeDouble {
		l := crmath.Log(crmath.Hypot(x/2, y/2)) + math.Ln2*2
		var re float64
		if y >= 0 {
			re = math.Copysign(l, x)
		} else {
			re = -math.Copysign(l, -x)
		}
		return complex(re, cAtan2(y, math.Abs(x))), errNone
	}
	s1, _ := cSqrt(complex(1+y, -x))
	s2, _ := cSqrt(complex(1-y, x))
	return complex(crmath.Asinh(real(s1)*imag(s2)-real(s2)*imag(s1)), cAtan2(y, real(s1)*real(s2)-imag(s1)*imag(s2))), errNone
}

func cAsin(z complex128) (complex128, errKind) {
	r, e := cAsinh(rotI(z))
	return rotNegI(r), e
}

func cAtanh(z complex128) (complex128, errKind) {
	if cmathNonFinite(z) {
		return atanhSpecial.at(z), errNone
	}
	x, y := real(z), imag(z)
	if x < 0 { // atanh(z) = -atanh(-z)
		r, e := cAtanh(complex(-x, -y))
		return complex(-real(r), -imag(r)), e
	}
	ay := math.Abs(y)
	switch {
	case x > cmSqrtLargeDouble || ay > cmSqrtLargeDouble:
		// atanh(z) is about 1/z +- i pi/2 for a large z.
		h := crmath.Hypot(x/2, y/2)
		return complex(x/4/h/h, -math.Copysign(math.Pi/2, -y)), errNone
	case x == 1 && ay < cmSqrtDblMin:
		if ay == 0 {
			return complex(cmInf, y), errDom
		}
		re := -crmath.Log(math.Sqrt(ay) / math.Sqrt(crmath.Hypot(ay, 2)))
		return complex(re, math.Copysign(cAtan2(2, -ay)/2, y)), errNone
	}
	re := crmath.Log1p(4*x/((1-x)*(1-x)+ay*ay)) / 4
	im := -cAtan2(-2*y, (1-x)*(1+x)-ay*ay) / 2
	return complex(re, im), errNone
}

func cAtan(z complex128) (complex128, errKind) {
	r, e := cAtanh(rotI(z))
	return rotNegI(r), e
}

// infSigns is the result of cosh, sinh, exp and rect at an infinite
// real part and a finite nonzero imaginary one: infinities signed by
// cos(y) and sin(y).
func infSigns(y, reSign, imSign float64) complex128 {
	return complex(math.Copysign(cmInf, crmath.Cos(y))*reSign, math.Copysign(cmInf, crmath.Sin(y))*imSign)
}

func cCosh(z complex128) (complex128, errKind) {
	x, y := real(z), imag(z)
	if cmathNonFinite(z) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			if x > 0 {
				r = infSigns(y, 1, 1)
			} else {
				r = infSigns(y, 1, -1)
			}
		} else {
			r = coshSpecial.at(z)
		}
		if math.IsInf(y, 0) && x == x {
			return r, errDom
		}
		return r, errNone
	}
	var r complex128
	if math.Abs(x) > cmLogLargeDouble {
		// cosh(x) overflows before cosh(z) does.
		xm1 := x - math.Copysign(1, x)
		r = complex(crmath.Cos(y)*crmath.Cosh(xm1)*math.E, crmath.Sin(y)*crmath.Sinh(xm1)*math.E)
	} else {
		r = complex(crmath.Cos(y)*crmath.Cosh(x), crmath.Sin(y)*crmath.Sinh(x))
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return r, errRange
	}
	return r, errNone
}

func cCos(z complex128) (complex128, errKind) { return cCosh(rotI(z)) }

func cSinh(z complex128) (complex128, errKind) {
	x, y := real(z), imag(z)
	if cmathNonFinite(z) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			if x > 0 {
				r = infSigns(y, 1, 1)
			} else {
				r = infSigns(y, -1, 1)
			}
		} else {
			r = sinhSpecial.at(z)
		}
		if math.IsInf(y, 0) && x == x {
			return r, errDom
		}
		return r, errNone
	}
	var r complex128
	if math.Abs(x) > cmLogLargeDouble {
		xm1 := x - math.Copysign(1, x)
		r = complex(crmath.Cos(y)*crmath.Sinh(xm1)*math.E, crmath.Sin(y)*crmath.Cosh(xm1)*math.E)
	} else {
		r = complex(crmath.Cos(y)*crmath.Sinh(x), crmath.Sin(y)*crmath.Cosh(x))
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return r, errRange
	}
	return r, errNone
}

func cSin(z complex128) (complex128, errKind) {
	r, e := cSinh(rotI(z))
	return rotNegI(r), e
}

func cTanh(z complex128) (complex128, errKind) {
	x, y := real(z), imag(z)
	if cmathNonFinite(z) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			im := math.Copysign(0, 2*crmath.Sin(y)*crmath.Cos(y))
			if x > 0 {
				r = complex(1, im)
			} else {
				r = complex(-1, im)
			}
		} else {
			r = tanhSpecial.at(z)
		}
		if math.IsInf(y, 0) && isFinite(x) {
			return r, errDom
		}
		return r, errNone
	}
	if math.Abs(x) > cmLogLargeDouble {
		return complex(math.Copysign(1, x), 4*crmath.Sin(y)*crmath.Cos(y)*crmath.Exp(-2*math.Abs(x))), errNone
	}
	// tanh(x+iy) = (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2)) /
	// (1 + tan(y)^2 tanh(x)^2), with 1-tanh(x)^2 as 1/cosh(x)^2.
	tx := crmath.Tanh(x)
	ty := crmath.Tan(y)
	cx := 1 / crmath.Cosh(x)
	txty := tx * ty
	denom := 1 + txty*txty
	return complex(tx*(1+ty*ty)/denom, ((ty/denom)*cx)*cx), errNone
}

func cTan(z complex128) (complex128, errKind) {
	r, e := cTanh(rotI(z))
	return rotNegI(r), e
}

func cExp(z complex128) (complex128, errKind) {
	x, y := real(z), imag(z)
	if cmathNonFinite(z) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			if x > 0 {
				r = infSigns(y, 1, 1)
			} else {
				r = complex(math.Copysign(0, crmath.Cos(y)), math.Copysign(0, crmath.Sin(y)))
			}
		} else {
			r = expSpecial.at(z)
		}
		if math.IsInf(y, 0) && (isFinite(x) || math.IsInf(x, 1)) {
			return r, errDom
		}
		return r, errNone
	}
	var r complex128
	if x > cmLogLargeDouble {
		l := crmath.Exp(x - 1)
		r = complex(l*crmath.Cos(y)*math.E, l*crmath.Sin(y)*math.E)
	} else {
		l := crmath.Exp(x)
		r = complex(l*crmath.Cos(y), l*crmath.Sin(y))
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return r, errRange
	}
	return r, errNone
}

// cLog is CPython's c_log: the real part is rescaled when |z| is
// subnormal or beyond DBL_MAX, and computed with log1p near |z| = 1.
func cLog(z complex128) (complex128, errKind) {
	if cmathNonFinite(z) {
		return logSpecial.at(z), errNone
	}
	x, y := real(z), imag(z)
	ax, ay := math.Abs(x), math.Abs(y)
	var re float64
	switch {
	case ax > cmLargeDouble || ay > cmLargeDouble:
		re = crmath.Log(crmath.Hypot(ax/2, ay/2)) + math.Ln2
	case ax < dblMin && ay < dblMin:
		if ax == 0 && ay == 0 {
			return complex(-cmInf, cAtan2(y, x)), errDom
		}
		re = crmath.Log(crmath.Hypot(math.Ldexp(ax, dblMantDig), math.Ldexp(ay, dblMantDig))) - dblMantDig*cmLn2
	default:
		h := crmath.Hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := ax, ay
			if !(ax > ay) {
				am, an = ay, ax
			}
			re = crmath.Log1p((am-1)*(am+1)+an*an) / 2
		} else {
			re = crmath.Log(h)
		}
	}
	return complex(re, cAtan2(y, x)), errNone
}

func cLog10(z complex128) (complex128, errKind) {
	r, e := cLog(z)
	return complex(real(r)/math.Ln10, imag(r)/math.Ln10), e
}

// cRect is rect(r, phi), in the spirit of C99: like exp(log(r) + i phi)
// for r of positive sign, and its negation for negative r.
func cRect(r, phi float64) (complex128, errKind) {
	if !isFinite(r) || !isFinite(phi) {
		var z complex128
		if math.IsInf(r, 0) && isFinite(phi) && phi != 0 {
			if r > 0 {
				z = infSigns(phi, 1, 1)
			} else {
				z = infSigns(phi, -1, -1)
			}
		} else {
			z = rectSpecial.at(complex(r, phi))
		}
		if r != 0 && r == r && math.IsInf(phi, 0) {
			return z, errDom
		}
		return z, errNone
	}
	if phi == 0 {
		return complex(r, r*phi), errNone
	}
	return complex(r*crmath.Cos(phi), r*crmath.Sin(phi)), errNone
}

// asComplex is PyComplex_AsCComplex: a complex (or subclass) gives its
// value, else __complex__ is called, else the argument is a real number
// (__float__, __index__).
func asComplex(v object.Value) (complex128, error) {
	if v.Kind() == object.KindFloat {
		return complex(v.RawFloat(), 0), nil
	}
	if c, ok := object.Unwrap(v).Object().(*object.Complex); ok {
		return c.V, nil
	}
	t := object.TypeOf(v)
	if m := t.LookupString("__complex__"); !m.IsNull() {
		r, err := object.CallMethodValue(m, v, nil, nil)
		if err != nil {
			return 0, err
		}
		c, ok := object.Unwrap(r).Object().(*object.Complex)
		if !ok || r.Kind() != object.KindObject {
			return 0, object.Errorf(object.TypeError, "__complex__ returned non-complex (type %s)", object.TypeOf(r).Name)
		}
		if rt := object.TypeOf(r); rt != object.ComplexType {
			if err := object.Warn(object.DeprecationWarning, "__complex__ returned non-complex (type "+rt.Name+").  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.", 1); err != nil {
				return 0, err
			}
		}
		return c.V, nil
	}
	f, err := asDouble(v)
	return complex(f, 0), err
}

// defCmath1 defines a METH_O function of the module (with the eval
// loop's one-argument fast call).
func defCmath1(m *object.Module, name, doc string, f func(x object.Value) (object.Value, error)) {
	v := object.NewBuiltin(name, func(_ object.Value, args []object.Value, kw []string) (object.Value, error) {
		if len(kw) > 0 {
			return object.Null, object.NoKwargs("cmath."+name, kw)
		}
		if len(args) != 1 {
			return object.Null, object.Errorf(object.TypeError, "cmath.%s() takes exactly one argument (%d given)", name, len(args))
		}
		return f(args[0])
	})
	b := v.Object().(*object.BuiltinFunction)
	b.Self, b.Fast1, b.Doc = object.FromObject(m), f, doc
	setAttr(m, name, v)
}

func cmathResult(r complex128, e errKind) (object.Value, error) {
	if err := e.err(); err != nil {
		return object.Null, err
	}
	return object.NewComplex(r), nil
}

func newCmathModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("cmath", "This module provides access to mathematical functions for complex\nnumbers.")
	for _, u := range []struct {
		name, doc string
		f         func(complex128) (complex128, errKind)
	}{
		{"acos", "Return the arc cosine of z.", cAcos},
		{"acosh", "Return the inverse hyperbolic cosine of z.", cAcosh},
		{"asin", "Return the arc sine of z.", cAsin},
		{"asinh", "Return the inverse hyperbolic sine of z.", cAsinh},
		{"atan", "Return the arc tangent of z.", cAtan},
		{"atanh", "Return the inverse hyperbolic tangent of z.", cAtanh},
		{"cos", "Return the cosine of z.", cCos},
		{"cosh", "Return the hyperbolic cosine of z.", cCosh},
		{"exp", "Return the exponential value e**z.", cExp},
		{"log10", "Return the base-10 logarithm of z.", cLog10},
		{"sin", "Return the sine of z.", cSin},
		{"sinh", "Return the hyperbolic sine of z.", cSinh},
		{"sqrt", "Return the square root of z.", cSqrt},
		{"tan", "Return the tangent of z.", cTan},
		{"tanh", "Return the hyperbolic tangent of z.", cTanh},
	} {
		u := u
		defCmath1(m, u.name, u.doc, func(a object.Value) (object.Value, error) {
			z, err := asComplex(a)
			if err != nil {
				return object.Null, err
			}
			return cmathResult(u.f(z))
		})
	}
	defFunc(m, "log", func(args []object.Value, kw []string) (object.Value, error) {
		if err := cmathPositional("log", args, kw, 1, 2); err != nil {
			return object.Null, err
		}
		x, err := asComplex(args[0])
		if err != nil {
			return object.Null, err
		}
		// As CPython: errno is that of the last log taken, then of the
		// division (so log(0, 2) is -inf+nanj, not an error).
		r, e := cLog(x)
		if len(args) == 2 {
			y, err := asComplex(args[1])
			if err != nil {
				return object.Null, err
			}
			var ly complex128
			ly, e = cLog(y)
			var eq errKind
			r, eq = cQuot(r, ly)
			if eq != errNone {
				e = eq
			}
		}
		return cmathResult(r, e)
	})
	setFuncDoc(m, "log", "log(z[, base]) -> the logarithm of z to the given base.\n\nIf the base is not specified, returns the natural logarithm (base e) of z.")
	defCmath1(m, "phase", "Return argument, also known as the phase angle, of a complex.", func(a object.Value) (object.Value, error) {
		z, err := asComplex(a)
		if err != nil {
			return object.Null, err
		}
		phi, e := cPhase(z)
		if err := e.err(); err != nil {
			return object.Null, err
		}
		return object.Float(phi), nil
	})
	defCmath1(m, "polar", "Convert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle.", func(a object.Value) (object.Value, error) {
		z, err := asComplex(a)
		if err != nil {
			return object.Null, err
		}
		phi, _ := cPhase(z) // its errno is overwritten by abs's
		r, e := cAbs(z)
		if err := e.err(); err != nil {
			return object.Null, err
		}
		return tuple(object.Float(r), object.Float(phi)), nil
	})
	defFunc(m, "rect", func(args []object.Value, kw []string) (object.Value, error) {
		if err := cmathPositional("rect", args, kw, 2, 2); err != nil {
			return object.Null, err
		}
		r, err := asDouble(args[0])
		if err != nil {
			return object.Null, err
		}
		phi, err := asDouble(args[1])
		if err != nil {
			return object.Null, err
		}
		return cmathResult(cRect(r, phi))
	})
	setFuncDoc(m, "rect", "Convert from polar coordinates to rectangular coordinates.")
	for _, p := range []struct {
		name, doc string
		f         func(x, y float64) bool
	}{
		{"isfinite", "Return True if both the real and imaginary parts of z are finite, else False.",
			func(x, y float64) bool { return isFinite(x) && isFinite(y) }},
		{"isnan", "Checks if the real or imaginary part of z not a number (NaN).",
			func(x, y float64) bool { return x != x || y != y }},
		{"isinf", "Checks if the real or imaginary part of z is infinite.",
			func(x, y float64) bool { return math.IsInf(x, 0) || math.IsInf(y, 0) }},
	} {
		p := p
		defCmath1(m, p.name, p.doc, func(a object.Value) (object.Value, error) {
			z, err := asComplex(a)
			if err != nil {
				return object.Null, err
			}
			return object.Bool(p.f(real(z), imag(z))), nil
		})
	}
	defFunc(m, "isclose", func(args []object.Value, kw []string) (object.Value, error) {
		x, y, relTol, absTol, err := iscloseArgs(args, kw, asComplex)
		if err != nil {
			return object.Null, err
		}
		if x == y {
			return object.True, nil
		}
		if cmathAnyInf(x) || cmathAnyInf(y) {
			return object.False, nil
		}
		diff, _ := cAbs(x - y)
		ay, _ := cAbs(y)
		ax, _ := cAbs(x)
		return object.Bool(diff <= relTol*ay || diff <= relTol*ax || diff <= absTol), nil
	})
	setFuncDoc(m, "isclose", `Determine whether two complex numbers are close in value.

  rel_tol
    maximum difference for being considered "close", relative to the
    magnitude of the input values
  abs_tol
    maximum difference for being considered "close", regardless of the
    magnitude of the input values

Return True if a is close in value to b, and False otherwise.

For the values to be considered close, the difference between them must be
smaller than at least one of the tolerances.

-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is
not close to anything, even itself. inf and -inf are only close to themselves.`)
	setAttr(m, "pi", object.Float(math.Pi))
	setAttr(m, "e", object.Float(math.E))
	setAttr(m, "tau", object.Float(2*math.Pi))
	setAttr(m, "inf", object.Float(cmInf))
	setAttr(m, "infj", object.NewComplex(complex(0, cmInf)))
	setAttr(m, "nan", object.Float(cmNaN))
	setAttr(m, "nanj", object.NewComplex(complex(0, cmNaN)))
	reorderModule(m, []string{"acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "isclose",
		"isfinite", "isinf", "isnan", "log", "log10", "phase", "polar", "rect", "sin", "sinh", "sqrt", "tan", "tanh",
		"pi", "e", "tau", "inf", "infj", "nan", "nanj"})
	return m, nil
}

func cmathAnyInf(z complex128) bool { return math.IsInf(real(z), 0) || math.IsInf(imag(z), 0) }

// cmathPositional is the check of a METH_FASTCALL function: keywords are
// refused by the call machinery (with the module's name), the count by
// Argument Clinic (without it).
func cmathPositional(name string, args []object.Value, kw []string, min, max int) error {
	if len(kw) > 0 {
		return object.NoKwargs("cmath."+name, kw)
	}
	return object.CheckPositional(name, len(args), min, max)
}
