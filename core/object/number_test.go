package object

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestBinaryOp(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		op   BinOp
		a, b Value
		want string
	}{
		{Add, Int(1), Int(2), "3"},
		{Add, Int(math.MaxInt64), Int(1), "9223372036854775808"},
		{Sub, Int(math.MinInt64), Int(1), "-9223372036854775809"},
		{Mul, Int(1 << 62), Int(4), "18446744073709551616"},
		{Mul, Int(-3), Int(4), "-12"},
		{FloorDiv, Int(5), Int(-2), "-3"},
		{FloorDiv, Int(-7), Int(2), "-4"},
		{Mod, Int(-5), Int(3), "1"},
		{Mod, Int(7), Int(-3), "-2"},
		{FloorDiv, Int(math.MinInt64), Int(-1), "9223372036854775808"},
		{TrueDiv, Int(1), Int(3), "0.3333333333333333"},
		{TrueDiv, Int(6), Int(3), "2.0"},
		{TrueDiv, Int(1), Int(0), "ZeroDivisionError: division by zero"},
		{FloorDiv, Int(1), Int(0), "ZeroDivisionError: integer division or modulo by zero"},
		{Mod, Int(1), Int(0), "ZeroDivisionError: integer division or modulo by zero"},
		{FloorDiv, Float(1), Float(0), "ZeroDivisionError: float floor division by zero"},
		{Mod, Float(1), Float(0), "ZeroDivisionError: float modulo"},
		{TrueDiv, Float(1), Int(0), "ZeroDivisionError: float division by zero"},
		{DivMod, Float(1), Float(0), "ZeroDivisionError: float divmod()"},
		{DivMod, Int(-7), Int(2), "(-4, 1)"},
		{DivMod, Float(7.5), Int(2), "(3.0, 1.5)"},
		{Mod, Float(5.5), Int(-2), "-0.5"},
		{FloorDiv, Int(-7), Float(2), "-4.0"},
		{Pow, Int(2), Int(-1), "0.5"},
		{Pow, Int(2), Int(100), "1267650600228229401496703205376"},
		{Pow, Int(0), Int(-1), "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
		{Pow, Int(10), Int(-2), "0.01"},
		{Pow, Float(10), Int(400), "OverflowError: (34, 'Numerical result out of range')"},
		{Pow, Int(-8), Float(1.0 / 3), "(1.0000000000000002+1.7320508075688772j)"},
		{LShift, Int(1), Int(70), "1180591620717411303424"},
		{LShift, Int(1), Int(-1), "ValueError: negative shift count"},
		{RShift, Int(-1), Int(100), "-1"},
		{RShift, big10("1180591620717411303424"), Int(3), "147573952589676412928"},
		{And, big10("1180591620717411303424"), Int(-1), "1180591620717411303424"},
		{Xor, True, True, "False"},
		{Or, True, False, "True"},
		{And, True, Int(3), "1"},
		{Add, True, True, "2"},
		{MatMul, Int(3), Int(4), "TypeError: unsupported operand type(s) for @: 'int' and 'int'"},
		{Add, Int(1), S("a"), "TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
		{Add, S("a"), Int(1), `TypeError: can only concatenate str (not "int") to str`},
		{Mul, Float(3), Float(1.5), "4.5"},
		{Add, Float(0.1), Float(0.2), "0.30000000000000004"},
		{Mul, Float(1e308), Int(10), "inf"},
		{Add, Float(inf), Float(-inf), "nan"},
		{Add, big10("18446744073709551616"), Int(-1), "18446744073709551615"},
		{Sub, big10("18446744073709551616"), big10("18446744073709551615"), "1"},
		{TrueDiv, big10("100000000000000000000000000000"), big10("10000000000000000000000000000"), "10.0"},
		{Mul, NewComplex(1 + 2i), NewComplex(3 - 1i), "(5+5j)"},
		{TrueDiv, NewComplex(1 + 2i), Int(0), "ZeroDivisionError: complex division by zero"},
		{Mul, S("ab"), Int(3), "'ababab'"},
		{Mul, Int(2), L(Int(1)), "[1, 1]"},
		{Mul, S("a"), Int(-1), "''"},
		{Add, L(Int(1)), T(Int(2)), `TypeError: can only concatenate list (not "tuple") to list`},
		{Mod, S("%s-%d"), T(S("a"), Int(3)), "'a-3'"},
	}
	for _, tt := range tests {
		got := show(BinaryOp(tt.op, tt.a, tt.b))
		if got != tt.want {
			a, _ := Repr(tt.a)
			b, _ := Repr(tt.b)
			t.Errorf("%s %s %s = %s, want %s", a, tt.op, b, got, tt.want)
		}
	}
}

func TestFloatRepr(t *testing.T) {
	tests := []struct {
		f    float64
		want string
	}{
		{1e16, "1e+16"}, {1e15, "1000000000000000.0"}, {1e-5, "1e-05"}, {1e-4, "0.0001"},
		{0.1, "0.1"}, {1.0 / 3, "0.3333333333333333"}, {math.Inf(1), "inf"}, {math.Inf(-1), "-inf"},
		{math.NaN(), "nan"}, {math.Copysign(0, -1), "-0.0"}, {123456789012345678.0, "1.2345678901234568e+17"},
		{1e22, "1e+22"}, {2.5e-10, "2.5e-10"}, {100.0, "100.0"}, {1.5, "1.5"}, {5e-324, "5e-324"},
	}
	for _, tt := range tests {
		if got := FloatRepr(tt.f); got != tt.want {
			t.Errorf("FloatRepr(%g) = %s, want %s", tt.f, got, tt.want)
		}
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		a, b Value
		op   CompareOp
		want string
	}{
		{Int(1), Float(1), CmpEq, "True"},
		{Int(1), Int(2), CmpLt, "True"},
		{big10("100000000000000000000"), Float(1e19), CmpGt, "True"},
		{Int(9007199254740993), Float(9007199254740992), CmpGt, "True"},
		{Float(math.NaN()), Float(math.NaN()), CmpEq, "False"},
		{Float(math.NaN()), Int(1), CmpNe, "True"},
		{Int(1), S("a"), CmpLt, "TypeError: '<' not supported between instances of 'int' and 'str'"},
		{Int(1), S("a"), CmpEq, "False"},
		{None, None, CmpEq, "True"},
		{S("abc"), S("abd"), CmpLt, "True"},
		{L(Int(1), Int(2)), L(Int(1), Int(3)), CmpLt, "True"},
		{L(Int(1)), L(Int(1), Int(0)), CmpLt, "True"},
		{T(Int(1), L(Int(2))), T(Int(1), L(Int(2))), CmpEq, "True"},
		{NewComplex(1), Int(1), CmpEq, "True"},
		{NewComplex(1), Int(1), CmpLt, "TypeError: '<' not supported between instances of 'complex' and 'int'"},
		{True, Int(1), CmpEq, "True"},
	}
	for _, tt := range tests {
		if got := show(RichCompare(tt.a, tt.b, tt.op)); got != tt.want {
			a, _ := Repr(tt.a)
			b, _ := Repr(tt.b)
			t.Errorf("%s %s %s = %s, want %s", a, tt.op, b, got, tt.want)
		}
	}
}

func TestIntFloatConversions(t *testing.T) {
	b := PureBuiltins()
	call := func(name string, args ...Value) string { return show(Call(b[name], args, nil)) }
	tests := []struct {
		got, want string
	}{
		{call("int", S("abc")), "ValueError: invalid literal for int() with base 10: 'abc'"},
		{call("int", S("12"), Int(1)), "ValueError: int() base must be >= 2 and <= 36, or 0"},
		{call("int", S(" -1_000 ")), "-1000"},
		{call("int", S("0x1f"), Int(16)), "31"},
		{call("int", S("0x1f"), Int(0)), "31"},
		{call("int", S("010"), Int(0)), "ValueError: invalid literal for int() with base 0: '010'"},
		{call("int", S("z"), Int(36)), "35"},
		{call("int", S("123456789012345678901234567890")), "123456789012345678901234567890"},
		{call("int", Float(-3.9)), "-3"},
		{call("int", Float(math.Inf(1))), "OverflowError: cannot convert float infinity to integer"},
		{call("int", Float(math.NaN())), "ValueError: cannot convert float NaN to integer"},
		{call("int", Float(1e20)), "100000000000000000000"},
		{call("int", Int(1), Int(2), Int(3)), "TypeError: int() takes at most 2 arguments (3 given)"},
		{call("float", S("x")), "ValueError: could not convert string to float: 'x'"},
		{call("float", S(" -inf ")), "-inf"},
		{call("float", S("1_000.5")), "1000.5"},
		{call("float", S("1e500")), "inf"},
		{call("float", big10("1"+strings.Repeat("0", 39))), "1e+39"},
		{call("round", Float(2.5)), "2"},
		{call("round", Float(-0.5)), "0"},
		{call("round", Float(2.675), Int(2)), "2.67"},
		{call("round", Int(1250), Int(-2)), "1200"},
		{call("round", Int(1350), Int(-2)), "1400"},
		{call("round", Float(1234.5678), Int(-2)), "1200.0"},
		{call("pow", Int(2), Int(-1), Int(5)), "3"},
		{call("pow", Int(3), Int(200), Int(1000)), "1"},
		{call("pow", Int(2), Int(3), Int(0)), "ValueError: pow() 3rd argument cannot be 0"},
		{call("pow", Float(2), Int(3), Int(5)), "TypeError: pow() 3rd argument not allowed unless all arguments are integers"},
		{call("divmod", Int(1), Int(0)), "ZeroDivisionError: integer division or modulo by zero"},
		{call("abs", Int(math.MinInt64)), "9223372036854775808"},
		{call("abs", NewComplex(3+4i)), "5.0"},
		{call("bin", Int(-10)), "'-0b1010'"},
		{call("hex", Int(255)), "'0xff'"},
		{call("oct", Int(8)), "'0o10'"},
		{call("hash", Int(-1)), "-2"},
		{call("hash", Float(1.5)), "1152921504606846977"},
		{call("hash", big10("18446744073709551616")), "8"},
		{call("hash", T(Int(1), Int(2))), "-3550055125485641917"},
		{call("hash", T()), "5740354900026072187"},
		{call("hash", L()), "TypeError: unhashable type: 'list'"},
		{call("complex", Int(1), Float(math.Copysign(0, -1))), "(1-0j)"},
		{call("complex", Int(1), Int(2)), "(1+2j)"},
		{call("bool", L()), "False"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %s, want %s", i, tt.got, tt.want)
		}
	}
}

func TestFormatSpec(t *testing.T) {
	tests := []struct {
		v    Value
		spec string
		want string
	}{
		{Int(1234567), ",", "1,234,567"},
		{Int(1234567), "_", "1_234_567"},
		{Int(255), "#x", "0xff"},
		{Int(255), "X", "FF"},
		{Int(5), "#b", "0b101"},
		{Int(-42), "=+8d", "-     42"},
		{Int(5), "+d", "+5"},
		{Int(5), " d", " 5"},
		{Int(42), "05", "00042"},
		{Int(65), "c", "A"},
		{Int(1), "q", "Unknown format code 'q' for object of type 'int'"},
		{Float(3.14159), "05.2f", "03.14"},
		{Float(-3.14159), "10.3f", "    -3.142"},
		{Float(12345.678), "e", "1.234568e+04"},
		{Float(0.0001), "g", "0.0001"},
		{Float(1e-5), "g", "1e-05"},
		{Float(0.25), "%", "25.000000%"},
		{Float(3.14159), ".3", "3.14"},
		{Float(1234567.891), ",.2f", "1,234,567.89"},
		{Float(2.5), ".0f", "2"},
		{Float(0.25), ".1f", "0.2"},
		{Float(123456789), "g", "1.23457e+08"},
		{Float(1e20), "G", "1E+20"},
		{Float(1e-10), ".3g", "1e-10"},
		{Float(-1.5), "08.3f", "-001.500"},
		{Float(1), ".3", "1.0"},
		{Float(1.5), "d", "Unknown format code 'd' for object of type 'float'"},
		{S("hi"), "*^10", "****hi****"},
		{S("abc"), ".2s", "ab"},
		{S("x"), "<3", "x  "},
		{S("a"), "d", "Unknown format code 'd' for object of type 'str'"},
		{True, "5", "    1"},
		{True, "", "True"},
	}
	for _, tt := range tests {
		got, err := Format(tt.v, tt.spec)
		if err != nil {
			got = AsException(err).Args.Items[0].o.(*Str).S
		}
		if got != tt.want {
			r, _ := Repr(tt.v)
			t.Errorf("format(%s, %q) = %q, want %q", r, tt.spec, got, tt.want)
		}
	}
}

// TestScalarOpsDoNotAllocate checks the promise of the Value layout: small
// int and float arithmetic, comparisons and truth tests never allocate.
func TestScalarOpsDoNotAllocate(t *testing.T) {
	var sink Value
	var bsink bool
	n := testing.AllocsPerRun(200, func() {
		sink, _ = BinaryOp(Add, Int(3), Int(4))
		sink, _ = BinaryOp(Mul, Float(1.5), Int(2))
		sink, _ = BinaryOp(FloorDiv, Int(-7), Int(2))
		sink, _ = BinaryOp(TrueDiv, Int(7), Int(2))
		sink, _ = RichCompare(Int(1), Float(2), CmpLt)
		sink, _ = UnaryOp(Neg, Float(2))
		bsink, _ = Truth(Int(0))
		bsink, _ = CompareBool(Int(3), Int(3), CmpEq)
	})
	_, _ = sink, bsink
	if n != 0 {
		t.Errorf("scalar ops allocate %.1f times per run", n)
	}
}

// TestPowMatchesCPython checks float ** against CPython 3.10 (values printed
// by it; glibc pow is correctly rounded for these, Go's math.Pow is not
// for about one case in six).
func TestPowMatchesCPython(t *testing.T) {
	tests := []struct {
		x, y float64
		want string
	}{
		{2, 3.5, "11.313708498984761"},
		{3, 1.0 / 3, "1.4422495703074083"},
		{7.5, -1.5, "0.04868644955601477"},
		{123.456, 2.5, "169348.16848325965"},
		{1.1, 10, "2.5937424601000023"},
		{0.9, 60, "0.001797010299914434"},
		{17, 0.1, "1.3275316748885193"},
		{1234.5678, -2, "6.561001076004132e-07"},
		{10, -7, "1e-07"},
		{2, 0.5, "1.4142135623730951"},
		{-2, 3, "-8.0"},
	}
	for _, tt := range tests {
		r, err := BinaryOp(Pow, Float(tt.x), Float(tt.y))
		if got := show(r, err); got != tt.want {
			t.Errorf("%v ** %v = %s, want %s", tt.x, tt.y, got, tt.want)
		}
	}
}

// TestFloatReprAgainstSlowPath compares FloatRepr with a straightforward
// two-pass formatting over many values.
func TestFloatReprAgainstSlowPath(t *testing.T) {
	slow := func(f float64) string {
		e := strconv.FormatFloat(f, 'e', -1, 64)
		exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
		if exp < -4 || exp >= 16 {
			return e
		}
		s := strconv.FormatFloat(f, 'f', -1, 64)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		return s
	}
	x := uint64(88172645463325252)
	for i := 0; i < 200000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		f := math.Float64frombits(x)
		if i%3 == 0 {
			f = float64(int64(x>>40)) / float64(int64(1)<<(x%40))
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		if got, want := FloatRepr(f), slow(f); got != want {
			t.Fatalf("FloatRepr(%b) = %s, want %s", x, got, want)
		}
	}
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1, 10, 100, 1e15, 9.999999999999998e15, 1e-4, 1.5e-4, 123.456, -0.001} {
		if got, want := FloatRepr(f), slow(f); got != want {
			t.Errorf("FloatRepr(%v) = %s, want %s", f, got, want)
		}
	}
}
