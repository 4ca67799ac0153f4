package object

import (
	"math"

	"github.com/pyvar/pyvar/core/crmath"
)

// CPython's float ** and complex ** call the C library's pow, exp, log,
// sin and cos, whose results (glibc's) differ from Go's math package in
// the last bit for many arguments. These wrappers use core/crmath, which
// rounds pow, exp and log correctly (as glibc does in all but rare cases)
// and computes sin and cos as glibc does, without allocating.

// powFloat is C's pow(x, y) for floats.
func powFloat(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0:
		return math.Pow(x, y)
	}
	return crmath.Pow(x, y)
}

// sinCos returns sin(x) and cos(x) as the C library does.
func sinCos(x float64) (float64, float64) { return crmath.Sin(x), crmath.Cos(x) }

// expFloat and logFloat are the C library's exp and log.
func expFloat(x float64) float64 { return crmath.Exp(x) }

func logFloat(x float64) float64 { return crmath.Log(x) }
