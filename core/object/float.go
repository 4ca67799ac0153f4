package object

import (
	"github.com/pyvar/pyvar/core/crmath"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// FloatRepr formats f as CPython's repr does: the shortest string that
// round-trips, in fixed notation for decimal exponents in [-4, 16) and in
// scientific notation (1e+16, 1e-05) outside it.
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	var buf [32]byte
	e := strconv.AppendFloat(buf[:0], f, 'e', -1, 64)
	i := bytesIndexByte(e, 'e')
	exp := 0
	for _, c := range e[i+2:] {
		exp = exp*10 + int(c-'0')
	}
	if e[i+1] == '-' {
		exp = -exp
	}
	if exp < -4 || exp >= 16 {
		return string(e)
	}
	// Fixed notation from the shortest digits: d.ddd × 10^exp.
	neg := e[0] == '-'
	mant := e[:i]
	if neg {
		mant = mant[1:]
	}
	digits := make([]byte, 0, 20)
	for _, c := range mant {
		if c != '.' {
			digits = append(digits, c)
		}
	}
	out := make([]byte, 0, 24)
	if neg {
		out = append(out, '-')
	}
	if exp >= 0 {
		if len(digits) <= exp+1 {
			out = append(out, digits...)
			for k := len(digits); k <= exp; k++ {
				out = append(out, '0')
			}
			out = append(out, '.', '0')
		} else {
			out = append(out, digits[:exp+1]...)
			out = append(out, '.')
			out = append(out, digits[exp+1:]...)
		}
	} else {
		out = append(out, '0', '.')
		for k := 0; k < -exp-1; k++ {
			out = append(out, '0')
		}
		out = append(out, digits...)
	}
	return string(out)
}

func bytesIndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// floatIntCompare compares a float with an int exactly, even when the
// int does not convert to float without rounding.
func floatIntCompare(f float64, i Value, op CompareOp) bool {
	if math.IsNaN(f) {
		return op == CmpNe
	}
	if math.IsInf(f, 0) {
		return CompareOrdered(f, 0, op)
	}
	if i.IsInt() || i.IsBool() {
		n := int64(i.n)
		if n > -(1<<53) && n < 1<<53 {
			return CompareOrdered(f, float64(n), op)
		}
	}
	fr := newRatFromFloat(f)
	ir := newRatFromInt(toBig(i))
	return cmpResult(fr.Cmp(ir), op)
}

// FloatDivMod is Python's divmod for floats: the floor quotient and the
// remainder with the divisor's sign (CPython's float_divmod). wx must not be
// 0. The compiler folds constants with it, so folding and run time agree.
func FloatDivMod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// FloatPow is float ** float (float_pow), for BinaryOp and for the eval
// loop's direct path.
func FloatPow(a, b float64) (Value, error) {
	// CPython's float_pow settles NaNs and infinities before looking at
	// a negative base.
	switch {
	case b == 0:
		return Float(1), nil
	case math.IsNaN(a):
		return Float(a), nil
	case math.IsNaN(b):
		if a == 1 {
			return Float(1), nil
		}
		return Float(b), nil
	case math.IsInf(a, 0) || math.IsInf(b, 0):
		return Float(math.Pow(a, b)), nil
	}
	if a == 0 && b < 0 {
		return Null, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
	}
	if a < 0 && b != math.Trunc(b) && !math.IsInf(b, 0) {
		return complexPow(complex(a, 0), complex(b, 0))
	}
	r := powFloat(a, b)
	if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
		return Null, NewException(OverflowError, Int(34), NewStr("Numerical result out of range"))
	}
	return Float(r), nil
}

func floatBinary(op BinOp, a, b float64) (Value, error) {
	switch op {
	case Add:
		return Float(a + b), nil
	case Sub:
		return Float(a - b), nil
	case Mul:
		return Float(a * b), nil
	case TrueDiv:
		if b == 0 {
			return Null, Errorf(ZeroDivisionError, "float division by zero")
		}
		return Float(a / b), nil
	case FloorDiv:
		if b == 0 {
			return Null, Errorf(ZeroDivisionError, "float floor division by zero")
		}
		q, _ := FloatDivMod(a, b)
		return Float(q), nil
	case Mod:
		if b == 0 {
			return Null, Errorf(ZeroDivisionError, "float modulo")
		}
		_, m := FloatDivMod(a, b)
		return Float(m), nil
	case DivMod:
		if b == 0 {
			return Null, Errorf(ZeroDivisionError, "float divmod()")
		}
		q, m := FloatDivMod(a, b)
		return FromObject(NewTuple(Float(q), Float(m))), nil
	case Pow:
		return FloatPow(a, b)
	}
	return NotImplemented, nil
}

// Complex is a Python complex number.
type Complex struct {
	V complex128
}

// Type returns ComplexType.
func (c *Complex) Type() *Type { return ComplexType }

// NewComplex returns a complex Value.
func NewComplex(c complex128) Value { return FromObject(&Complex{V: c}) }

func complexPow(a, b complex128) (Value, error) {
	if b == 0 {
		return NewComplex(1), nil
	}
	if a == 0 {
		if real(b) < 0 || imag(b) != 0 {
			return Null, Errorf(ZeroDivisionError, "0.0 to a negative or complex power")
		}
		return NewComplex(0), nil
	}
	if imag(b) == 0 && real(b) == math.Trunc(real(b)) && math.Abs(real(b)) <= 100 {
		n := int(real(b))
		r := complex(1, 0)
		x := a
		neg := n < 0
		if neg {
			n = -n
		}
		for n > 0 {
			if n&1 == 1 {
				r *= x
			}
			x *= x
			n >>= 1
		}
		if neg {
			r = 1 / r
		}
		return NewComplex(r), nil
	}
	// CPython's _Py_c_pow: polar form. C's errno is emulated: cos and sin
	// of an infinite phase set EDOM (ZeroDivisionError); an infinity out
	// of finite input is ERANGE (OverflowError), while a NaN that an
	// overflow left behind (inf/inf) is returned, as
	// _Py_ADJUST_ERANGE2 clears ERANGE for a result that is not infinite.
	vabs := crmath.Hypot(real(a), imag(a))
	l := powFloat(vabs, real(b))
	at := crmath.Atan2Full(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		l /= expFloat(at * imag(b))
		phase += imag(b) * logFloat(vabs)
	}
	sn, cs := sinCos(phase)
	r := complex(l*cs, l*sn)
	isNaN := func(c complex128) bool { return math.IsNaN(real(c)) || math.IsNaN(imag(c)) }
	isInf := func(c complex128) bool { return math.IsInf(real(c), 0) || math.IsInf(imag(c), 0) }
	switch {
	case isNaN(r) && !isNaN(a) && !isNaN(b) && math.IsInf(phase, 0):
		return Null, Errorf(ZeroDivisionError, "0.0 to a negative or complex power")
	case isInf(r) && !isInf(a) && !isInf(b):
		return Null, Errorf(OverflowError, "complex exponentiation")
	}
	return NewComplex(r), nil
}

func complexBinary(op BinOp, a, b complex128) (Value, error) {
	switch op {
	case Add:
		return NewComplex(a + b), nil
	case Sub:
		return NewComplex(a - b), nil
	case Mul:
		return NewComplex(a * b), nil
	case TrueDiv:
		if b == 0 {
			return Null, Errorf(ZeroDivisionError, "complex division by zero")
		}
		return NewComplex(a / b), nil
	case Pow:
		return complexPow(a, b)
	}
	return NotImplemented, nil
}

func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	imS := floatReprNoDot(im)
	if re == 0 && !math.Signbit(re) {
		return imS + "j"
	}
	sign := "+"
	if im < 0 || (im == 0 && math.Signbit(im)) || math.IsNaN(im) && math.Signbit(im) {
		sign = ""
	}
	if math.IsNaN(im) {
		sign = "+"
	}
	return "(" + floatReprNoDot(re) + sign + imS + "j)"
}

// floatReprNoDot is repr(f) without a trailing ".0" (complex's style).
func floatReprNoDot(f float64) string {
	s := FloatRepr(f)
	return strings.TrimSuffix(s, ".0")
}

// ParseFloat parses a string as float() does.
func ParseFloat(orig string) (float64, error) {
	s := strings.TrimSpace(asciiDigits(orig))
	ls := strings.ToLower(s)
	// One sign at most; "-nan" is a NaN with the sign bit set.
	body, neg := ls, false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		body, neg = body[1:], body[0] == '-'
	}
	switch body {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		if neg {
			return math.Copysign(math.NaN(), -1), nil
		}
		return math.NaN(), nil
	}
	// An underscore goes only between two digits.
	isDigit := func(i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }
	ok := s != ""
	for i := 0; i < len(s) && ok; i++ {
		c := s[i]
		if c == '_' {
			ok = isDigit(i-1) && isDigit(i+1)
		} else if !(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
			ok = false
		}
	}
	if ok {
		f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
		if err == nil || strings.Contains(err.Error(), "range") {
			return f, nil
		}
	}
	return 0, Errorf(ValueError, "could not convert string to float: %s", StrRepr(orig))
}

// floatNew is float(x=0.0).
func floatNew(t *Type, args []Value, kwnames []string) (Value, error) {
	if err := PositionalOnly("float", args, kwnames, 0, 1); err != nil {
		return Null, err
	}
	r := Float(0)
	if len(args) == 1 {
		var err error
		r, err = ToFloatValue(args[0])
		if err != nil {
			return Null, err
		}
	}
	return wrapBuiltin(t, r), nil
}

// ToFloatValue is float(x) for one argument.
func ToFloatValue(x Value) (Value, error) {
	switch x.Kind() {
	case KindFloat:
		return x, nil
	case KindInt, KindBool:
		return Float(float64(int64(x.n))), nil
	}
	switch o := x.o.(type) {
	case *BigInt:
		f, err := bigToFloat(&o.V)
		return Float(f), err
	case *Str:
		f, err := ParseFloat(o.S)
		return Float(f), err
	case *Bytes:
		f, err := ParseFloat(string(o.B))
		if err != nil {
			err = Errorf(ValueError, "could not convert string to float: %s", bytesRepr(o.B))
		}
		return Float(f), err
	}
	t := TypeOf(x)
	if m := t.Lookup(strFloat); !m.IsNull() {
		r, err := CallMethodValue(m, x, nil, nil)
		if err != nil {
			return Null, err
		}
		if !Unwrap(r).IsFloat() {
			return Null, Errorf(TypeError, "%s.__float__ returned non-float (type %s)", t.Name, TypeOf(r).Name)
		}
		if !r.IsFloat() {
			// A strict subclass of float: deprecated in 3.10, as PyNumber_Float.
			if err := Warn(DeprecationWarning, t.Name+".__float__ returned non-float (type "+TypeOf(r).Name+").  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.", 1); err != nil {
				return Null, err
			}
		}
		return Unwrap(r), nil
	}
	if m := t.Lookup(strIndex); !m.IsNull() {
		r, err := Index(x)
		if err != nil {
			return Null, err
		}
		return ToFloatValue(r)
	}
	if i, ok := x.o.(*Instance); ok && !i.Builtin().IsNull() {
		return ToFloatValue(i.Builtin())
	}
	if IsBuffer(x) {
		// PyFloat_FromString takes any buffer's bytes as the text.
		b, err := AsBytes(x)
		if err != nil {
			return Null, err
		}
		f, err := ParseFloat(string(b))
		if err != nil {
			r, rerr := Repr(x)
			if rerr != nil {
				return Null, rerr
			}
			return Null, Errorf(ValueError, "could not convert string to float: %s", r)
		}
		return Float(f), nil
	}
	return Null, Errorf(TypeError, "float() argument must be a string or a real number, not '%s'", t.Name)
}

// ToFloat converts an int or float Value (or one with __float__/__index__)
// to a Go float64, with the "must be real number" error of math functions.
func ToFloat(v Value) (float64, error) {
	switch v.Kind() {
	case KindFloat:
		return v.RawFloat(), nil
	case KindInt, KindBool:
		return float64(int64(v.n)), nil
	}
	if b, ok := v.o.(*BigInt); ok {
		return bigToFloat(&b.V)
	}
	// PyFloat_AsDouble: a float subclass's payload, else __float__, else
	// __index__ (float()'s parsing of str and bytes is not for here).
	if u := Unwrap(v); u.IsFloat() {
		return u.RawFloat(), nil
	}
	t := TypeOf(v)
	if v.IsObject() && !t.Lookup(strFloat).IsNull() {
		r, err := ToFloatValue(v)
		if err != nil {
			return 0, err
		}
		return r.RawFloat(), nil
	}
	if v.IsObject() && !t.Lookup(strIndex).IsNull() {
		r, err := Index(v)
		if err != nil {
			return 0, err
		}
		return IntToFloat(r)
	}
	return 0, Errorf(TypeError, "must be real number, not %s", t.Name)
}

// roundFloat is round(f, ndigits) with round-half-even on the exact
// decimal value, as CPython's correctly rounded float rounding.
func roundFloat(f float64, nd int) (float64, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
		return f, nil
	}
	if nd > 323 { // NDIGITS_MAX: past it every double is already exact
		return f, nil
	}
	if nd < -308 {
		return math.Copysign(0, f), nil
	}
	if nd >= 0 {
		// FormatFloat rounds the exact binary value half-even, as CPython.
		r, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', nd, 64), 64)
		return r, nil
	}
	// To a multiple of 10**-nd, exactly (as _Py_dg_dtoa's mode 3), half
	// to even, then back to the nearest double.
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-nd)), nil)
	q := new(big.Rat).SetFloat64(f)
	q.Quo(q, new(big.Rat).SetInt(p))
	n, rem := new(big.Int).QuoRem(q.Num(), q.Denom(), new(big.Int))
	// rem has n's sign; compare 2|rem| with the denominator.
	c := new(big.Int).Abs(rem)
	c.Lsh(c, 1)
	if cmp := c.Cmp(q.Denom()); cmp > 0 || cmp == 0 && n.Bit(0) == 1 {
		if f < 0 {
			n.Sub(n, big.NewInt(1))
		} else {
			n.Add(n, big.NewInt(1))
		}
	}
	n.Mul(n, p)
	r, _ := new(big.Float).SetInt(n).Float64()
	if math.IsInf(r, 0) {
		return 0, Errorf(OverflowError, "rounded value too large to represent")
	}
	if r == 0 {
		return math.Copysign(0, f), nil
	}
	return r, nil
}

// scanFloat returns the length of the longest float literal (with an
// optional sign) at the start of s, as complex() parses its parts.
func scanFloat(s string) int {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	low := strings.ToLower(s[i:])
	for _, w := range []string{"infinity", "inf", "nan"} {
		if strings.HasPrefix(low, w) {
			return i + len(w)
		}
	}
	digits := false
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '_') {
		i++
		digits = true
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '_') {
			i++
			digits = true
		}
	}
	if !digits {
		return 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k > j {
			i = k
		}
	}
	return i
}

// parseComplex parses complex("1+2j") and friends: an optional real
// part, then an imaginary part with its sign and 'j' (a lone "j" counts
// one), in optional parentheses, with underscores between digits as in
// literals.
func parseComplex(orig string) (complex128, error) {
	bad := Errorf(ValueError, "complex() arg is a malformed string")
	s := asciiDigits(orig)
	if strings.IndexByte(s, '_') >= 0 {
		isDigit := func(i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }
		for i := 0; i < len(s); i++ {
			if s[i] == '_' && !(isDigit(i-1) && isDigit(i+1)) {
				return 0, Errorf(ValueError, "could not convert string to complex: %s", StrRepr(orig))
			}
		}
		s = strings.ReplaceAll(s, "_", "")
	}
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	isJ := func(t string) bool { return t == "j" || t == "J" }
	// term reads [sign](float|"") at s, reporting whether a number was there.
	term := func(t string) (float64, int, bool) {
		n := scanFloat(t)
		if n > 0 {
			f, err := ParseFloat(t[:n])
			return f, n, err == nil
		}
		switch {
		case strings.HasPrefix(t, "+"):
			return 1, 1, false
		case strings.HasPrefix(t, "-"):
			return -1, 1, false
		}
		return 1, 0, false
	}
	x, n, num := term(s)
	rest := s[n:]
	switch {
	case isJ(rest):
		return complex(0, x), nil
	case !num:
		return 0, bad
	case rest == "":
		return complex(x, 0), nil
	case rest[0] != '+' && rest[0] != '-':
		return 0, bad
	}
	y, m, _ := term(rest)
	if !isJ(rest[m:]) {
		return 0, bad
	}
	return complex(x, y), nil
}
