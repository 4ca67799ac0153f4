package native

import (
	"math"
	"math/big"

	"github.com/pyvar/pyvar/core/crmath"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// math: CPython 3.10's math module. Functions CPython leaves to the C
// library use crmath (glibc's results) where Go's math differs from it;
// gamma, lgamma, fsum, hypot/dist and the integer functions follow
// CPython's own algorithms, so results agree to the last bit.

func init() { register("math", newMathModule) }

func domainError() error { return object.Errorf(object.ValueError, "math domain error") }
func rangeError() error  { return object.Errorf(object.OverflowError, "math range error") }

// iscloseArgs parses isclose's arguments (math's and cmath's): a and b
// through conv, then the tolerances (absent ones at their defaults), in
// Argument Clinic's order.
func iscloseArgs[T any](args []object.Value, kw []string, conv func(object.Value) (T, error)) (x, y T, relTol, absTol float64, err error) {
	if err = clinicPositional("isclose", args, kw, 2, 2); err != nil {
		return
	}
	var v [4]object.Value
	if err = object.ParseArgs("isclose", args, kw, []string{"a", "b", "$rel_tol", "$abs_tol"}, 2, 2, v[:]); err != nil {
		return
	}
	if x, err = conv(v[0]); err != nil {
		return
	}
	if y, err = conv(v[1]); err != nil {
		return
	}
	relTol, absTol = 1e-9, 0.0
	if !v[2].IsNull() {
		if relTol, err = asDouble(v[2]); err != nil {
			return
		}
	}
	if !v[3].IsNull() {
		if absTol, err = asDouble(v[3]); err != nil {
			return
		}
	}
	if relTol < 0 || absTol < 0 {
		err = object.Errorf(object.ValueError, "tolerances must be non-negative")
	}
	return
}

// asDouble is PyFloat_AsDouble: floats, ints, and objects with __float__
// or __index__.
func asDouble(v object.Value) (float64, error) { return object.ToFloat(v) }

func bigToFloat(b *big.Int) (float64, error) {
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, object.Errorf(object.OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// floatToInt is PyLong_FromDouble.
func floatToInt(f float64) (object.Value, error) {
	if math.IsInf(f, 0) {
		return object.Null, object.Errorf(object.OverflowError, "cannot convert float infinity to integer")
	}
	if f != f {
		return object.Null, object.Errorf(object.ValueError, "cannot convert float NaN to integer")
	}
	if f >= -9.2e18 && f <= 9.2e18 {
		return object.Int(int64(f)), nil
	}
	b, _ := big.NewFloat(f).Int(nil)
	return object.NewBigInt(b), nil
}

type unaryFn struct {
	name        string
	f           func(float64) float64
	canOverflow bool
}

var unaryFns = []unaryFn{
	{"acos", crmath.Acos, false}, {"acosh", crmath.Acosh, false}, {"asin", crmath.Asin, false},
	{"asinh", crmath.Asinh, false}, {"atan", crmath.Atan, false}, {"atanh", crmath.Atanh, false},
	{"cos", crmath.Cos, false}, {"cosh", crmath.Cosh, true}, {"exp", crmath.Exp, true},
	{"expm1", crmath.Expm1, true}, {"fabs", math.Abs, false}, {"log1p", crmath.Log1p, false},
	{"sin", crmath.Sin, false}, {"sinh", crmath.Sinh, true}, {"sqrt", math.Sqrt, false},
	{"tan", crmath.Tan, false}, {"tanh", crmath.Tanh, false},
	{"degrees", func(x float64) float64 { return x * (180.0 / math.Pi) }, true},
	{"radians", func(x float64) float64 { return x * (math.Pi / 180.0) }, false},
}

func checkMath1(x, r float64, canOverflow bool) error {
	if r != r && x == x {
		return domainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && x == x {
		if canOverflow {
			return rangeError()
		}
		return domainError()
	}
	return nil
}

// errKind is the errno a CPython math helper sets.
type errKind uint8

const (
	errNone errKind = iota
	errDom
	errRange
)

func (e errKind) err() error {
	switch e {
	case errDom:
		return domainError()
	case errRange:
		return rangeError()
	}
	return nil
}

// oneArg is the METH_O check, which CPython 3.10 words with the module.
func oneArg(name string, args []object.Value, kw []string) error {
	if len(kw) > 0 { // the name is only built for the error: "math."+name allocates
		return object.NoKwargs("math."+name, kw)
	}
	if len(args) != 1 {
		return object.Errorf(object.TypeError, "math.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

func twoArgs(name string, args []object.Value, kw []string) error {
	return object.PositionalOnly(name, args, kw, 2, 2)
}

// defMath1 defines a one-argument function of the module: f is both the
// body of the call after the METH_O check and the function's Fast1, which
// the eval loop calls with the argument on its stack (`math.sqrt(x)`: no
// argument slice, no generic call).
func defMath1(m *object.Module, name string, f func(x object.Value) (object.Value, error)) {
	v := object.NewBuiltin(name, func(_ object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := oneArg(name, args, kw); err != nil {
			return object.Null, err
		}
		return f(args[0])
	})
	b := v.Object().(*object.BuiltinFunction)
	b.Self, b.Fast1 = object.FromObject(m), f
	setAttr(m, name, v)
}

// defMath2 is defMath1 for two positional arguments (Fast2).
func defMath2(m *object.Module, name string, f func(x, y object.Value) (object.Value, error)) {
	v := object.NewBuiltin(name, func(_ object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := twoArgs(name, args, kw); err != nil {
			return object.Null, err
		}
		return f(args[0], args[1])
	})
	b := v.Object().(*object.BuiltinFunction)
	b.Self, b.Fast2 = object.FromObject(m), f
	setAttr(m, name, v)
}

func newMathModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("math", "This module provides access to the mathematical functions\ndefined by the C standard.")
	setAttr(m, "pi", object.Float(math.Pi))
	setAttr(m, "e", object.Float(math.E))
	setAttr(m, "tau", object.Float(2*math.Pi))
	setAttr(m, "inf", object.Float(math.Inf(1)))
	setAttr(m, "nan", object.Float(math.NaN()))
	for _, u := range unaryFns {
		u := u
		defMath1(m, u.name, func(a object.Value) (object.Value, error) {
			x, err := asDouble(a)
			if err != nil {
				return object.Null, err
			}
			r := u.f(x)
			if err := checkMath1(x, r, u.canOverflow); err != nil {
				return object.Null, err
			}
			return object.Float(r), nil
		})
	}
	for _, u := range []struct {
		name string
		f    func(float64) (float64, errKind)
	}{{"gamma", tgamma}, {"lgamma", lgamma}, {"erf", func(x float64) (float64, errKind) { return crmath.Erf(x), errNone }},
		{"erfc", func(x float64) (float64, errKind) { return crmath.Erfc(x), errNone }}} {
		u := u
		defMath1(m, u.name, func(a object.Value) (object.Value, error) {
			x, err := asDouble(a)
			if err != nil {
				return object.Null, err
			}
			r, e := u.f(x)
			if e == errRange && math.Abs(r) < 1.5 {
				e = errNone // underflow is not an error
			}
			if err := e.err(); err != nil {
				return object.Null, err
			}
			return object.Float(r), nil
		})
	}
	for _, b := range []struct {
		name string
		f    func(x, y float64) (float64, errKind)
	}{{"atan2", atan2}, {"copysign", func(x, y float64) (float64, errKind) { return math.Copysign(x, y), errNone }},
		{"fmod", fmod}, {"pow", mathPow}, {"remainder", remainder}} {
		b := b
		defMath2(m, b.name, func(a, c object.Value) (object.Value, error) {
			x, err := asDouble(a)
			if err != nil {
				return object.Null, err
			}
			y, err := asDouble(c)
			if err != nil {
				return object.Null, err
			}
			r, e := b.f(x, y)
			if e == errRange && math.Abs(r) < 1.5 {
				e = errNone
			}
			if err := e.err(); err != nil {
				return object.Null, err
			}
			return object.Float(r), nil
		})
	}
	for _, r := range []struct {
		name, dunder string
		f            func(float64) float64
	}{{"ceil", "__ceil__", math.Ceil}, {"floor", "__floor__", math.Floor}} {
		r := r
		defMath1(m, r.name, func(x object.Value) (object.Value, error) {
			switch x.Kind() {
			case object.KindFloat:
				return floatToInt(r.f(x.RawFloat()))
			case object.KindInt:
				return x, nil
			}
			if meth := object.TypeOf(x).LookupString(r.dunder); !meth.IsNull() {
				return object.CallMethodValue(meth, x, nil, nil)
			}
			f, err := asDouble(x)
			if err != nil {
				return object.Null, err
			}
			return floatToInt(r.f(f))
		})
	}
	defMath1(m, "trunc", func(x object.Value) (object.Value, error) {
		switch x.Kind() {
		case object.KindFloat:
			return floatToInt(math.Trunc(x.RawFloat()))
		case object.KindInt:
			return x, nil
		}
		if meth := object.TypeOf(x).LookupString("__trunc__"); !meth.IsNull() {
			return object.CallMethodValue(meth, x, nil, nil)
		}
		return object.Null, object.Errorf(object.TypeError, "type %s doesn't define __trunc__ method", object.TypeOf(x).Name)
	})
	for _, p := range []struct {
		name string
		f    func(float64) bool
	}{{"isnan", math.IsNaN}, {"isinf", func(x float64) bool { return math.IsInf(x, 0) }},
		{"isfinite", func(x float64) bool { return !math.IsInf(x, 0) && x == x }}} {
		p := p
		defMath1(m, p.name, func(a object.Value) (object.Value, error) {
			x, err := asDouble(a)
			if err != nil {
				return object.Null, err
			}
			return object.Bool(p.f(x)), nil
		})
	}
	for _, l := range []struct {
		name string
		f    func(float64) float64
	}{{"log2", crmath.Log2}, {"log10", crmath.Log10}} {
		l := l
		defMath1(m, l.name, func(a object.Value) (object.Value, error) {
			r, err := logHelper(a, l.f)
			if err != nil {
				return object.Null, err
			}
			return object.Float(r), nil
		})
	}
	defFunc(m, "log", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("log", kw); err != nil {
			return object.Null, err
		}
		if len(args) < 1 || len(args) > 2 {
			return object.Null, object.Errorf(object.TypeError, "math.log requires 1 to 2 arguments")
		}
		num, err := logHelper(args[0], crmath.Log)
		if err != nil {
			return object.Null, err
		}
		if len(args) == 1 {
			return object.Float(num), nil
		}
		den, err := logHelper(args[1], crmath.Log)
		if err != nil {
			return object.Null, err
		}
		if den == 0 {
			return object.Null, object.Errorf(object.ZeroDivisionError, "float division by zero")
		}
		return object.Float(num / den), nil
	})
	defFunc(m, "frexp", func(args []object.Value, kw []string) (object.Value, error) {
		if err := oneArg("frexp", args, kw); err != nil {
			return object.Null, err
		}
		x, err := asDouble(args[0])
		if err != nil {
			return object.Null, err
		}
		if x != x || math.IsInf(x, 0) || x == 0 {
			return tuple(object.Float(x), object.Int(0)), nil
		}
		fr, e := math.Frexp(x)
		return tuple(object.Float(fr), object.Int(int64(e))), nil
	})
	defFunc(m, "modf", func(args []object.Value, kw []string) (object.Value, error) {
		if err := oneArg("modf", args, kw); err != nil {
			return object.Null, err
		}
		x, err := asDouble(args[0])
		if err != nil {
			return object.Null, err
		}
		if math.IsInf(x, 0) {
			return tuple(object.Float(math.Copysign(0, x)), object.Float(x)), nil
		}
		ip, fp := math.Modf(x)
		if x != x {
			ip, fp = x, x
		}
		return tuple(object.Float(fp), object.Float(ip)), nil
	})
	defFunc(m, "ldexp", func(args []object.Value, kw []string) (object.Value, error) {
		if err := twoArgs("ldexp", args, kw); err != nil {
			return object.Null, err
		}
		x, err := asDouble(args[0])
		if err != nil {
			return object.Null, err
		}
		var e int64
		switch iv := object.Unwrap(args[1]); {
		case iv.IsInt() || iv.IsBool():
			e = iv.RawInt()
		default:
			b, ok := object.ToBigInt(args[1])
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "Expected an int as second argument to ldexp.")
			}
			e = math.MaxInt64
			if b.Sign() < 0 {
				e = math.MinInt64
			}
		}
		if x == 0 || math.IsInf(x, 0) || x != x {
			return object.Float(x), nil
		}
		if e > 5000 {
			return object.Null, rangeError()
		}
		if e < -5000 {
			return object.Float(math.Copysign(0, x)), nil
		}
		r := math.Ldexp(x, int(e))
		if math.IsInf(r, 0) {
			return object.Null, rangeError()
		}
		return object.Float(r), nil
	})
	defFunc(m, "nextafter", func(args []object.Value, kw []string) (object.Value, error) {
		if err := twoArgs("nextafter", args, kw); err != nil {
			return object.Null, err
		}
		x, err := asDouble(args[0])
		if err != nil {
			return object.Null, err
		}
		y, err := asDouble(args[1])
		if err != nil {
			return object.Null, err
		}
		return object.Float(math.Nextafter(x, y)), nil
	})
	defFunc(m, "ulp", func(args []object.Value, kw []string) (object.Value, error) {
		if err := oneArg("ulp", args, kw); err != nil {
			return object.Null, err
		}
		x, err := asDouble(args[0])
		if err != nil {
			return object.Null, err
		}
		if x != x {
			return object.Float(x), nil
		}
		x = math.Abs(x)
		if math.IsInf(x, 0) {
			return object.Float(x), nil
		}
		x2 := math.Nextafter(x, math.Inf(1))
		if math.IsInf(x2, 0) {
			return object.Float(x - math.Nextafter(x, math.Inf(-1))), nil
		}
		return object.Float(x2 - x), nil
	})
	defFunc(m, "isclose", func(args []object.Value, kw []string) (object.Value, error) {
		x, y, relTol, absTol, err := iscloseArgs(args, kw, asDouble)
		if err != nil {
			return object.Null, err
		}
		if x == y {
			return object.True, nil
		}
		if math.IsInf(x, 0) || math.IsInf(y, 0) {
			return object.False, nil
		}
		diff := math.Abs(y - x)
		return object.Bool(diff <= math.Abs(relTol*y) || diff <= math.Abs(relTol*x) || diff <= absTol), nil
	})
	defFunc(m, "fsum", func(args []object.Value, kw []string) (object.Value, error) {
		if err := oneArg("fsum", args, kw); err != nil {
			return object.Null, err
		}
		r, err := fsum(args[0])
		if err != nil {
			return object.Null, err
		}
		return object.Float(r), nil
	})
	hypot := func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("hypot", kw); err != nil {
			return object.Null, err
		}
		var buf [8]float64
		coords := buf[:0]
		for _, a := range args {
			x, err := asDouble(a)
			if err != nil {
				return object.Null, err
			}
			coords = append(coords, x)
		}
		return object.Float(vectorNorm(coords)), nil
	}
	hv := object.NewBuiltin("hypot", func(_ object.Value, args []object.Value, kw []string) (object.Value, error) {
		return hypot(args, kw)
	})
	hb := hv.Object().(*object.BuiltinFunction)
	hb.Self = object.FromObject(m)
	// hypot(x, y), the common call, without the argument slice.
	hb.Fast2 = func(a, b object.Value) (object.Value, error) {
		x, err := asDouble(a)
		if err != nil {
			return object.Null, err
		}
		y, err := asDouble(b)
		if err != nil {
			return object.Null, err
		}
		coords := [2]float64{x, y}
		return object.Float(vectorNorm(coords[:])), nil
	}
	setAttr(m, "hypot", hv)
	defFunc(m, "dist", func(args []object.Value, kw []string) (object.Value, error) {
		if err := twoArgs("dist", args, kw); err != nil {
			return object.Null, err
		}
		var pq [2][]object.Value
		for i, a := range args {
			items, err := pointItems(a, i)
			if err != nil {
				return object.Null, err
			}
			pq[i] = items
		}
		if len(pq[0]) != len(pq[1]) {
			return object.Null, object.Errorf(object.ValueError, "both points must have the same number of dimensions")
		}
		diffs := make([]float64, len(pq[0]))
		for i := range diffs {
			p, err := asDouble(pq[0][i])
			if err != nil {
				return object.Null, err
			}
			q, err := asDouble(pq[1][i])
			if err != nil {
				return object.Null, err
			}
			diffs[i] = math.Abs(p - q)
		}
		return object.Float(vectorNorm(diffs)), nil
	})
	defIntFuncs(m)
	return m, nil
}

func tuple(items ...object.Value) object.Value { return object.FromObject(object.NewTuple(items...)) }

// pointItems is dist's argument: a tuple, or any sequence (3.10 accepts
// iterables through tuple()).
func pointItems(v object.Value, i int) ([]object.Value, error) {
	switch o := object.Unwrap(v).Object().(type) {
	case *object.Tuple:
		return o.Items, nil
	case *object.List:
		return o.Items, nil
	}
	var items []object.Value
	err := object.Iterate(v, func(x object.Value) (bool, error) {
		items = append(items, x)
		return true, nil
	})
	return items, err
}

// logHelper is CPython's loghelper: ints too large for a float are split
// into mantissa and exponent first; non-positive ints are domain errors.
func logHelper(v object.Value, f func(float64) float64) (float64, error) {
	if b, ok := object.ToBigInt(v); ok && v.Kind() != object.KindFloat && !isFloatLike(v) {
		if b.Sign() <= 0 {
			return 0, domainError()
		}
		x, _ := new(big.Float).SetInt(b).Float64()
		if !math.IsInf(x, 0) {
			return logOf(x, f)
		}
		// x = m * 2**e with m in [0.5, 1).
		e := b.BitLen()
		m, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(b), -e).Float64()
		return f(m) + float64(e)*f(2.0), nil
	}
	x, err := asDouble(v)
	if err != nil {
		return 0, err
	}
	return logOf(x, f)
}

func isFloatLike(v object.Value) bool { return object.TypeOf(v).IsSubtype(object.FloatType) }

func logOf(x float64, f func(float64) float64) (float64, error) {
	if x != x {
		return x, nil
	}
	if x <= 0 || math.IsInf(x, -1) {
		return 0, domainError()
	}
	return f(x), nil
}

func atan2(y, x float64) (float64, errKind) {
	// CPython's m_atan2 fixes the special cases C99 leaves open.
	if x != x || y != y {
		return math.NaN(), errNone
	}
	if math.IsInf(y, 0) {
		if math.IsInf(x, 0) {
			if math.Signbit(x) {
				return math.Copysign(0.75*math.Pi, y), errNone
			}
			return math.Copysign(0.25*math.Pi, y), errNone
		}
		return math.Copysign(0.5*math.Pi, y), errNone
	}
	if math.IsInf(x, 0) || y == 0 {
		if math.Signbit(x) {
			return math.Copysign(math.Pi, y), errNone
		}
		return math.Copysign(0, y), errNone
	}
	return crmath.Atan2(y, x), errNone
}

func fmod(x, y float64) (float64, errKind) {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && x == x {
		return x, errNone
	}
	r := math.Mod(x, y)
	if r != r && x == x && y == y {
		return r, errDom
	}
	return r, errNone
}

func remainder(x, y float64) (float64, errKind) {
	if x != x || y != y {
		return math.NaN(), errNone
	}
	if math.IsInf(x, 0) || y == 0 {
		return math.NaN(), errDom
	}
	if math.IsInf(y, 0) {
		return x, errNone
	}
	return math.Remainder(x, y), errNone
}

// mathPow is math.pow: CPython decides the non-finite cases itself and
// maps the C library's NaN and infinity to ValueError and OverflowError.
func mathPow(x, y float64) (float64, errKind) {
	if math.IsInf(x, 0) || math.IsInf(y, 0) || x != x || y != y {
		switch {
		case x != x:
			if y == 0 {
				return 1, errNone
			}
			return x, errNone
		case y != y:
			if x == 1 {
				return 1, errNone
			}
			return y, errNone
		case math.IsInf(x, 0):
			oddY := !math.IsInf(y, 0) && math.Mod(math.Abs(y), 2) == 1
			switch {
			case y > 0:
				if oddY {
					return x, errNone
				}
				return math.Abs(x), errNone
			case y == 0:
				return 1, errNone
			}
			if oddY {
				return math.Copysign(0, x), errNone
			}
			return 0, errNone
		}
		// y is infinite.
		switch {
		case math.Abs(x) == 1:
			return 1, errNone
		case y > 0 && math.Abs(x) > 1:
			return y, errNone
		case y < 0 && math.Abs(x) < 1:
			return -y, errNone
		}
		return 0, errNone
	}
	r := crmath.Pow(x, y)
	if r != r {
		return r, errDom
	}
	if math.IsInf(r, 0) {
		if x == 0 {
			return r, errDom
		}
		return r, errRange
	}
	return r, errNone
}

// fsum is CPython's math.fsum: Shewchuk's exact partial sums, rounded
// once at the end (with the half-way correction of msum).
func fsum(iterable object.Value) (float64, error) {
	var pbuf [32]float64
	p := pbuf[:0]
	specialSum, infSum := 0.0, 0.0
	err := object.Iterate(iterable, func(item object.Value) (bool, error) {
		x, err := asDouble(item)
		if err != nil {
			return false, err
		}
		xsave := x
		i := 0
		for _, y := range p {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				p[i] = lo
				i++
			}
			x = hi
		}
		p = p[:i]
		if x != 0 {
			if math.IsInf(x, 0) || x != x {
				// A non-finite x could arise either from an infinite or
				// NaN input, or from an intermediate overflow.
				if !math.IsInf(xsave, 0) && xsave == xsave {
					return false, object.Errorf(object.OverflowError, "intermediate overflow in fsum")
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				p = p[:0]
			} else {
				p = append(p, x)
			}
		}
		return true, nil
	})
	if err != nil {
		return 0, err
	}
	if specialSum != 0 {
		if infSum != infSum {
			return 0, object.Errorf(object.ValueError, "-inf + inf in fsum")
		}
		return specialSum, nil
	}
	n := len(p)
	hi := 0.0
	if n > 0 {
		n--
		hi = p[n]
		var lo float64
		for n > 0 {
			x := hi
			n--
			y := p[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		// Round half-even correctly when the remaining partials push
		// the sum past the half-way point.
		if n > 0 && ((lo < 0 && p[n-1] < 0) || (lo > 0 && p[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return hi, nil
}

// vectorNorm is CPython 3.10's vector_norm (hypot and dist): the sum of
// squares scaled by the largest coordinate's power of two, accumulated
// with error terms, then one Newton correction of the square root.
func vectorNorm(vec []float64) float64 {
	max, foundNaN := 0.0, false
	for i, x := range vec {
		x = math.Abs(x)
		vec[i] = x
		foundNaN = foundNaN || x != x
		if x > max {
			max = x
		}
	}
	if math.IsInf(max, 0) {
		return max
	}
	if foundNaN {
		return math.NaN()
	}
	if max == 0 || len(vec) <= 1 {
		return max
	}
	const t27 = 134217729.0 // 2**27 + 1, to split a double in halves
	_, maxE := math.Frexp(max)
	csum, frac1, frac2, frac3 := 1.0, 0.0, 0.0, 0.0
	if maxE >= -1023 {
		scale := math.Ldexp(1.0, -maxE)
		for _, x := range vec {
			x *= scale
			t := x * t27
			hi := t - (t - x)
			lo := x - hi
			x = hi * hi
			old := csum
			csum += x
			frac1 += (old - csum) + x
			x = 2.0 * hi * lo
			old = csum
			csum += x
			frac2 += (old - csum) + x
			frac3 += lo * lo
		}
		h := math.Sqrt(csum - 1.0 + (frac1 + frac2 + frac3))
		x := h
		t := x * t27
		hi := t - (t - x)
		lo := x - hi
		x = -hi * hi
		old := csum
		csum += x
		frac1 += (old - csum) + x
		x = -2.0 * hi * lo
		old = csum
		csum += x
		frac2 += (old - csum) + x
		x = -lo * lo
		old = csum
		csum += x
		frac3 += (old - csum) + x
		x = csum - 1.0 + (frac1 + frac2 + frac3)
		return (h + x/(2.0*h)) / scale
	}
	// Subnormal maximum: 2**-maxE would overflow, divide by max instead.
	for _, x := range vec {
		x /= max
		x *= x
		old := csum
		csum += x
		frac1 += (old - csum) + x
	}
	return max * math.Sqrt(csum-1.0+frac1)
}
