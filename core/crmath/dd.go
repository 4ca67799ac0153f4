// Package crmath computes elementary functions correctly rounded (to the
// nearest double, ties to even) except in astronomically rare cases.
//
// CPython leaves math.log, math.sin, float ** and the like to the C
// library, and glibc's are correctly rounded in all but a sliver of
// cases; Go's math package is only faithful (one ulp). Programs whose
// output depends on the last bit (random.gauss, printed floats) need the
// former. Each function here evaluates in double-double arithmetic (about
// 100 significant bits) after a table-driven argument reduction and rounds
// once at the end; nothing allocates except the reduction of huge sin/cos
// arguments, done with math/big.
package crmath

import "math"

// dd is an unevaluated sum hi+lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func fastTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func add(a, b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s.lo += t.hi
	s = fastTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return fastTwoSum(s.hi, s.lo)
}

// addFast is add without the second error term: as accurate unless the
// operands nearly cancel, which the polynomial and division steps that
// use it rule out.
func addFast(a, b dd) dd {
	s := twoSum(a.hi, b.hi)
	s.lo += a.lo + b.lo
	return fastTwoSum(s.hi, s.lo)
}

func addF(a dd, b float64) dd {
	s := twoSum(a.hi, b)
	s.lo += a.lo
	return fastTwoSum(s.hi, s.lo)
}

func neg(a dd) dd { return dd{-a.hi, -a.lo} }

func sub(a, b dd) dd { return add(a, neg(b)) }

func mul(a, b dd) dd {
	p := twoProd(a.hi, b.hi)
	p.lo += a.hi*b.lo + a.lo*b.hi
	return fastTwoSum(p.hi, p.lo)
}

func mulF(a dd, b float64) dd {
	p := twoProd(a.hi, b)
	p.lo += a.lo * b
	return fastTwoSum(p.hi, p.lo)
}

func div(a, b dd) dd {
	q1 := a.hi / b.hi
	r := sub(a, mulF(b, q1))
	q2 := r.hi / b.hi
	r = sub(r, mulF(b, q2))
	q3 := r.hi / b.hi
	return addF(fastTwoSum(q1, q2), q3)
}

// round returns the double nearest hi+lo.
func (a dd) round() float64 { return a.hi + a.lo }

// poly evaluates c[0] + x*(c[1] + x*(c[2] + ...)) in double-double.
func poly(x dd, c []dd) dd {
	r := c[len(c)-1]
	for i := len(c) - 2; i >= 0; i-- {
		r = addFast(mul(r, x), c[i])
	}
	return r
}
