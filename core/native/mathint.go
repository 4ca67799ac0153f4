package native

import (
	"math"
	"math/big"

	"github.com/pyvar/pyvar/core/crmath"
	"github.com/pyvar/pyvar/core/object"
)

// The math module's gamma functions (CPython's own Lanczos approximation,
// not the C library's) and its integer functions.

const (
	lanczosN         = 13
	lanczosG         = 6.024680040776729583740234375
	lanczosGMinusHlf = 5.524680040776729583740234375
	logPi            = 1.144729885849400174143427351353058711647
)

// The Lanczos sum's rational coefficients (the numerator's with
// g = lanczosG, the denominator's those of x(x+1)...(x+11)).
var (
	lanczosNum = [lanczosN]float64{
		23531376880.410759688572007674451636754734846804940,
		42919803642.649098768957899047001988850926355848959,
		35711959237.355668049440185451547166705960488635843,
		17921034426.037209699919755754458931112671403265390,
		6039542586.3520280050642916443072979210699388420708,
		1439720407.3117216736632230727949123939715485786772,
		248874557.86205415651146038641322942321632125127801,
		31426415.585400194380614231628318205362874684987640,
		2876370.6289353724412254090516208496135991145378768,
		186056.26539522349504029498971604569928220784236328,
		8071.6720023658162106380029022722506138218516325024,
		210.82427775157934587250973392071336271166969580291,
		2.5066282746310002701649081771338373386264310793408,
	}
	lanczosDen = [lanczosN]float64{0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
		13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}
)

// lanczosSum evaluates the rational function forwards for small x and in
// powers of 1/x for large x, where the forward order would overflow.
func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5.0 {
		for i := lanczosN - 1; i >= 0; i-- {
			num = num*x + lanczosNum[i]
			den = den*x + lanczosDen[i]
		}
	} else {
		for i := 0; i < lanczosN; i++ {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinpi is sin(pi*x), exact at the integers and half-integers.
func sinpi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2.0)
	var r float64
	switch int(math.Round(2.0 * y)) {
	case 0:
		r = crmath.Sin(math.Pi * y)
	case 1:
		r = crmath.Cos(math.Pi * (y - 0.5))
	case 2:
		r = crmath.Sin(math.Pi * (1.0 - y))
	case 3:
		r = -crmath.Cos(math.Pi * (y - 1.5))
	case 4:
		r = crmath.Sin(math.Pi * (y - 2.0))
	}
	return math.Copysign(1.0, x) * r
}

func tgamma(x float64) (float64, errKind) {
	if math.IsInf(x, 0) || x != x {
		if x != x || x > 0 {
			return x, errNone
		}
		return math.NaN(), errDom
	}
	if x == 0 {
		return math.Copysign(math.Inf(1), x), errDom
	}
	if x == math.Floor(x) {
		if x < 0 {
			return math.NaN(), errDom
		}
		if x <= 23 {
			f := 1.0
			for i := 2.0; i < x; i++ {
				f *= i
			}
			return f, errNone
		}
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		r := 1.0 / x
		if math.IsInf(r, 0) {
			return r, errRange
		}
		return r, errNone
	}
	if absx > 200.0 {
		if x < 0 {
			return 0.0 / sinpi(x), errNone
		}
		return math.Inf(1), errRange
	}
	y := absx + lanczosGMinusHlf
	var q, z float64
	if absx > lanczosGMinusHlf {
		q = y - absx
		z = q - lanczosGMinusHlf
	} else {
		q = y - lanczosGMinusHlf
		z = q - absx
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -math.Pi / sinpi(absx) / absx * crmath.Exp(y) / lanczosSum(absx)
		r -= z * r
		if absx < 140.0 {
			r /= crmath.Pow(y, absx-0.5)
		} else {
			sqrtpow := crmath.Pow(y, absx/2.0-0.25)
			r /= sqrtpow
			r /= sqrtpow
		}
	} else {
		r = lanczosSum(absx) / crmath.Exp(y)
		r += z * r
		if absx < 140.0 {
			r *= crmath.Pow(y, absx-0.5)
		} else {
			sqrtpow := crmath.Pow(y, absx/2.0-0.25)
			r *= sqrtpow
			r *= sqrtpow
		}
	}
	if math.IsInf(r, 0) {
		return r, errRange
	}
	return r, errNone
}

func lgamma(x float64) (float64, errKind) {
	if x != x {
		return x, errNone
	}
	if math.IsInf(x, 0) {
		return math.Inf(1), errNone
	}
	if x == math.Floor(x) && x <= 2 {
		if x <= 0 {
			return math.Inf(1), errDom
		}
		return 0, errNone
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return -crmath.Log(absx), errNone
	}
	r := crmath.Log(lanczosSum(absx)) - lanczosG
	r += (absx - 0.5) * (crmath.Log(absx+lanczosG-0.5) - 1)
	if x < 0 {
		r = logPi - crmath.Log(math.Abs(sinpi(absx))) - crmath.Log(absx) - r
	}
	if math.IsInf(r, 0) {
		return r, errRange
	}
	return r, errNone
}

// indexArg is an int argument through __index__, as a big.Int (a new one
// the caller may change).
func indexArg(v object.Value) (*big.Int, error) {
	iv, err := object.Index(v)
	if err != nil {
		return nil, err
	}
	b, _ := object.ToBigInt(iv)
	return b, nil
}

func defIntFuncs(m *object.Module) {
	gcdLcm := func(name string, lcm bool) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoKwargs(name, kw); err != nil {
				return object.Null, err
			}
			// Small ints stay in int64 while they can.
			var small int64
			if lcm {
				small = 1
			}
			var acc *big.Int
			for i, a := range args {
				if a.IsInt() && acc == nil {
					x := a.RawInt()
					if x < 0 {
						x = -x
					}
					if x >= 0 {
						if !lcm {
							for x != 0 {
								small, x = x, small%x
							}
							if small < 0 {
								small = -small
							}
							continue
						}
						if small == 0 || x == 0 {
							small = 0
							continue
						}
						g, y := small, x
						for y != 0 {
							g, y = y, g%y
						}
						if r, ok := mulNoOverflow(small/g, x); ok {
							small = r
							continue
						}
					}
				}
				if acc == nil {
					acc = big.NewInt(small)
				}
				b, err := indexArg(a)
				if err != nil {
					return object.Null, err
				}
				b.Abs(b)
				if !lcm {
					acc.GCD(nil, nil, acc, b)
				} else if acc.Sign() != 0 {
					if b.Sign() == 0 {
						acc.SetInt64(0)
					} else {
						g := new(big.Int).GCD(nil, nil, acc, b)
						acc.Mul(acc.Quo(acc, g), b)
					}
				}
				_ = i
			}
			if acc == nil {
				return object.Int(small), nil
			}
			return object.NewBigInt(acc), nil
		})
	}
	gcdLcm("gcd", false)
	gcdLcm("lcm", true)
	defFunc(m, "isqrt", func(args []object.Value, kw []string) (object.Value, error) {
		if err := oneArg("isqrt", args, kw); err != nil {
			return object.Null, err
		}
		n, err := indexArg(args[0])
		if err != nil {
			return object.Null, err
		}
		if n.Sign() < 0 {
			return object.Null, object.Errorf(object.ValueError, "isqrt() argument must be nonnegative")
		}
		return object.NewBigInt(n.Sqrt(n)), nil
	})
	defFunc(m, "factorial", func(args []object.Value, kw []string) (object.Value, error) {
		if err := oneArg("factorial", args, kw); err != nil {
			return object.Null, err
		}
		a := args[0]
		n, err := indexArg(a)
		if err != nil {
			return object.Null, err
		}
		if !n.IsInt64() {
			if n.Sign() < 0 {
				return object.Null, object.Errorf(object.ValueError, "factorial() not defined for negative values")
			}
			return object.Null, object.Errorf(object.OverflowError, "factorial() argument should not exceed %d", int64(math.MaxInt64))
		}
		k := n.Int64()
		if k < 0 {
			return object.Null, object.Errorf(object.ValueError, "factorial() not defined for negative values")
		}
		if k > 1<<24 {
			return object.Null, object.Errorf(object.MemoryError, "")
		}
		if k < 2 {
			return object.Int(1), nil
		}
		return object.NewBigInt(new(big.Int).MulRange(1, k)), nil
	})
	defFunc(m, "comb", func(args []object.Value, kw []string) (object.Value, error) {
		if err := twoArgs("comb", args, kw); err != nil {
			return object.Null, err
		}
		n, k, err := combArgs(args[0], args[1])
		if err != nil {
			return object.Null, err
		}
		if k.Cmp(n) > 0 {
			return object.Int(0), nil
		}
		nk := new(big.Int).Sub(n, k)
		if nk.Cmp(k) < 0 {
			k = nk
		}
		if !k.IsInt64() {
			return object.Null, object.Errorf(object.OverflowError, "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
		}
		return object.NewBigInt(fallingFactorial(n, k.Int64(), true)), nil
	})
	defFunc(m, "perm", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("perm", args, kw, 1, 2); err != nil {
			return object.Null, err
		}
		if len(args) == 1 || args[1].IsNone() {
			n, err := indexArg(args[0])
			if err != nil {
				return object.Null, err
			}
			if n.Sign() < 0 {
				return object.Null, object.Errorf(object.ValueError, "n must be a non-negative integer")
			}
			if !n.IsInt64() {
				return object.Null, object.Errorf(object.OverflowError, "factorial() argument should not exceed %d", int64(math.MaxInt64))
			}
			return object.NewBigInt(new(big.Int).MulRange(1, n.Int64())), nil
		}
		n, k, err := combArgs(args[0], args[1])
		if err != nil {
			return object.Null, err
		}
		if k.Cmp(n) > 0 {
			return object.Int(0), nil
		}
		if !k.IsInt64() {
			return object.Null, object.Errorf(object.OverflowError, "k must not exceed %d", int64(math.MaxInt64))
		}
		return object.NewBigInt(fallingFactorial(n, k.Int64(), false)), nil
	})
	defFunc(m, "prod", func(args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs("prod", args, kw, []string{"iterable", "$start"}, 1, 1, a[:]); err != nil {
			return object.Null, err
		}
		r := object.Int(1)
		if !a[1].IsNull() {
			r = a[1]
		}
		err := object.Iterate(a[0], func(x object.Value) (bool, error) {
			var err error
			r, err = object.BinaryOp(object.Mul, r, x)
			return err == nil, err
		})
		if err != nil {
			return object.Null, err
		}
		return r, nil
	})
}

func mulNoOverflow(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	r := a * b
	if r/b != a || r < 0 {
		return 0, false
	}
	return r, true
}

func combArgs(nv, kv object.Value) (n, k *big.Int, err error) {
	if n, err = indexArg(nv); err != nil {
		return nil, nil, err
	}
	if k, err = indexArg(kv); err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, object.Errorf(object.ValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, object.Errorf(object.ValueError, "k must be a non-negative integer")
	}
	return n, k, nil
}

// fallingFactorial is n*(n-1)*...*(n-k+1), divided by k! when comb, by
// binary splitting so that large k stay fast.
func fallingFactorial(n *big.Int, k int64, comb bool) *big.Int {
	if k == 0 {
		return big.NewInt(1)
	}
	if n.IsInt64() {
		nn := n.Int64()
		if comb {
			return new(big.Int).Binomial(nn, k)
		}
		return new(big.Int).MulRange(nn-k+1, nn)
	}
	var prod func(lo, hi int64) *big.Int // product of n-i for i in [lo, hi)
	prod = func(lo, hi int64) *big.Int {
		if hi-lo == 1 {
			return new(big.Int).Sub(n, big.NewInt(lo))
		}
		mid := (lo + hi) / 2
		return new(big.Int).Mul(prod(lo, mid), prod(mid, hi))
	}
	r := prod(0, k)
	if comb {
		r.Quo(r, new(big.Int).MulRange(1, k))
	}
	return r
}
