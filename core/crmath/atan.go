package crmath

import "math"

// The arctangent family, correctly rounded in double-double (glibc's are
// IBM's correctly rounded routines), and the inverse hyperbolic functions
// as glibc (fdlibm) computes them over its own log and log1p.

// atanDD is atan(x) for x >= 0.
func atanDD(x dd) dd {
	inv := x.hi > 1
	if inv {
		x = div(dd{1, 0}, x)
	}
	j := int(math.Round(x.hi * 64))
	a := float64(j) / 64
	// u = (x - a)/(1 + x*a), so that atan(x) = atan(a) + atan(u).
	u := x
	if j > 0 {
		u = div(addF(x, -a), addF(mulF(x, a), 1))
	}
	u2 := mul(u, u)
	r := mul(u, poly(u2, atanCoef[:]))
	if j > 0 {
		r = add(atanTab[j], r)
	}
	if inv {
		r = sub(pio2DD, r)
	}
	return r
}

// atan2DD is atan2(y, x) for finite y, x not both zero, as double-double.
func atan2DD(y, x dd) dd {
	ay, ax := y, x
	if ay.hi < 0 {
		ay = neg(ay)
	}
	if ax.hi < 0 {
		ax = neg(ax)
	}
	var r dd
	if ay.hi <= ax.hi {
		r = atanDD(div(ay, ax))
	} else {
		r = sub(pio2DD, atanDD(div(ax, ay)))
	}
	if x.hi < 0 {
		r = sub(piDD, r)
	}
	if y.hi < 0 || (y.hi == 0 && math.Signbit(y.hi)) {
		r = neg(r)
	}
	return r
}

// Atan returns the arctangent of x.
func Atan(x float64) float64 {
	switch {
	case x != x:
		return x
	case math.IsInf(x, 0):
		return math.Copysign(math.Pi/2, x)
	case math.Abs(x) < 0x1p-27:
		return x
	}
	r := atanDD(dd{math.Abs(x), 0}).round()
	return math.Copysign(r, x)
}

// Atan2 returns the arctangent of y/x in the quadrant of (x, y), for
// finite non-zero arguments (the special cases are the caller's).
func Atan2(y, x float64) float64 {
	// Scale both into a range where their quotient neither overflows
	// nor underflows in double-double.
	_, ey := math.Frexp(y)
	_, ex := math.Frexp(x)
	if ey-ex > 1100 {
		return math.Copysign(math.Pi/2, y)
	}
	if ex > 1000 || ey > 1000 || ex < -900 || ey < -900 {
		s := -(ex + ey) / 2
		y, x = math.Ldexp(y, s), math.Ldexp(x, s)
	}
	if x > 0 && ey-ex < -60 {
		// atan(y/x) = y/x to double precision; divide once, rounded.
		return y / x
	}
	if x < 0 && ey-ex < -60 {
		// ±(π - |y/x|), within half an ulp of π's double (y/x may not
		// even be representable: the double-double path gave NaN).
		return math.Copysign(math.Pi, y)
	}
	return atan2DD(dd{y, 0}, dd{x, 0}).round()
}

// sqrtDD is the square root of a non-negative double-double.
func sqrtDD(a dd) dd {
	if a.hi <= 0 {
		return dd{0, 0}
	}
	s := math.Sqrt(a.hi)
	p := twoProd(s, s)
	e := sub(a, p)
	return addF(dd{e.hi / (2 * s), 0}, s)
}

// oneMinusSquare is 1 - x*x for |x| <= 1, as (1-x)(1+x).
func oneMinusSquare(x float64) dd {
	return mul(twoSum(1, -x), twoSum(1, x))
}

// Asin returns the arcsine of x (NaN outside [-1, 1]).
func Asin(x float64) float64 {
	switch {
	case x != x || math.Abs(x) > 1:
		return math.NaN()
	case math.Abs(x) < 0x1p-26:
		return x
	case math.Abs(x) == 1:
		return math.Copysign(math.Pi/2, x)
	}
	return atan2DD(dd{x, 0}, sqrtDD(oneMinusSquare(x))).round()
}

// Acos returns the arccosine of x (NaN outside [-1, 1]).
func Acos(x float64) float64 {
	switch {
	case x != x || math.Abs(x) > 1:
		return math.NaN()
	case x == 1:
		return 0
	case x == -1:
		return math.Pi
	case math.Abs(x) < 0x1p-57:
		return math.Pi / 2
	}
	return atan2DD(sqrtDD(oneMinusSquare(x)), dd{x, 0}).round()
}

// Asinh is fdlibm's, over Log and Log1p.
func Asinh(x float64) float64 {
	ax := math.Abs(x)
	var w float64
	switch {
	case x != x || math.IsInf(x, 0):
		return x + x
	case ax < 0x1p-28:
		return x
	case ax > 0x1p28:
		w = Log(ax) + math.Ln2
	case ax > 2:
		w = Log(2*ax + 1/(math.Sqrt(x*x+1)+ax))
	default:
		t := x * x
		w = Log1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

// Acosh is fdlibm's, over Log and Log1p.
func Acosh(x float64) float64 {
	switch {
	case x != x || x < 1:
		return math.NaN()
	case x == 1:
		return 0
	case math.IsInf(x, 1):
		return x
	case x >= 0x1p28:
		return Log(x) + math.Ln2
	case x > 2:
		t := x * x
		return Log(2*x - 1/(x+math.Sqrt(t-1)))
	}
	t := x - 1
	return Log1p(t + math.Sqrt(2*t+t*t))
}

// Atanh is fdlibm's, over Log1p.
func Atanh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case x != x || ax > 1:
		return math.NaN()
	case ax == 1:
		return math.Copysign(math.Inf(1), x)
	case ax < 0x1p-28:
		return x
	}
	var t float64
	if ax < 0.5 {
		t = ax + ax
		t = 0.5 * Log1p(t+t*ax/(1-ax))
	} else {
		t = 0.5 * Log1p((ax+ax)/(1-ax))
	}
	return math.Copysign(t, x)
}

// Sinh is fdlibm's (glibc's) over Exp and Expm1.
func Sinh(x float64) float64 {
	ax := math.Abs(x)
	h := math.Copysign(0.5, x)
	switch {
	case x != x || math.IsInf(x, 0):
		return x + x
	case ax < 22:
		if ax < 0x1p-28 {
			return x
		}
		t := Expm1(ax)
		if ax < 1 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ax < 709.7822265625: // log(MaxFloat64), to fdlibm's high word
		return h * Exp(ax)
	case ax <= 710.4758600739439:
		w := Exp(0.5 * ax)
		t := h * w
		return t * w
	}
	return x * 1e307
}

// Cosh is fdlibm's (glibc's) over Exp and Expm1.
func Cosh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case x != x:
		return x
	case math.IsInf(x, 0):
		return ax
	case ax < 0.3465735902799727: // 0.5*ln2, to fdlibm's high word
		if ax < 0x1p-55 {
			return 1
		}
		t := Expm1(ax)
		w := 1 + t
		return 1 + (t*t)/(w+w)
	case ax < 22:
		t := Exp(ax)
		return 0.5*t + 0.5/t
	case ax < 709.7822265625:
		return 0.5 * Exp(ax)
	case ax <= 710.4758600739439:
		w := Exp(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	return math.Inf(1)
}

// Tanh is fdlibm's (glibc's) over Expm1.
func Tanh(x float64) float64 {
	ax := math.Abs(x)
	var z float64
	switch {
	case x != x:
		return x
	case math.IsInf(x, 0):
		return math.Copysign(1, x)
	case ax < 0x1p-55:
		return x * (1 + x)
	case ax < 22:
		if ax >= 1 {
			t := Expm1(2 * ax)
			z = 1 - 2/(t+2)
		} else {
			t := Expm1(-2 * ax)
			z = -t / (t + 2)
		}
	default:
		z = 1
	}
	return math.Copysign(z, x)
}

// Hypot returns sqrt(x*x + y*y) as glibc (2.35 and later) computes it:
// one square root corrected by the rounding error of the sum of squares
// (Borges' method, without FMA as glibc's x86-64 build has it), with the
// arguments scaled away from overflow and underflow.
func Hypot(x, y float64) float64 {
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case x != x || y != y:
		return math.NaN()
	}
	const (
		scale = 0x1p-600
		large = 0x1p511
		tiny  = 0x1p-511
		eps   = 0x1p-54
	)
	x, y = math.Abs(x), math.Abs(y)
	ax, ay := x, y
	if x < y {
		ax, ay = y, x
	}
	switch {
	case ax > large:
		if ay <= ax*eps {
			return ax + ay
		}
		return hypotKernel(ax*scale, ay*scale) / scale
	case ay < tiny:
		if ax >= ay/eps {
			return ax + ay
		}
		return hypotKernel(ax/scale, ay/scale) * scale
	case ay <= ax*eps:
		return ax + ay
	}
	return hypotKernel(ax, ay)
}

func hypotKernel(ax, ay float64) float64 {
	h := math.Sqrt(ax*ax + ay*ay)
	var t1, t2 float64
	if h <= 2.0*ay {
		delta := h - ay
		t1 = ax * (2.0*delta - ax)
		t2 = (delta - 2.0*(ax-ay)) * delta
	} else {
		delta := h - ax
		t1 = 2.0 * delta * (ax - 2.0*ay)
		t2 = (4.0*delta-ay)*ay + delta*delta
	}
	return h - (t1+t2)/(2.0*h)
}

// Atan2Full is atan2 with C99's special cases (zeros, infinities, NaN).
func Atan2Full(y, x float64) float64 {
	if x != x || y != y || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 {
		return math.Atan2(y, x)
	}
	return Atan2(y, x)
}
