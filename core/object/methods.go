package object

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unsafe"
)

func initIntMethods() {
	t := IntType
	t.addMethod("bit_length", func(self Value, args []Value, kw []string) (Value, error) {
		if self.IsInt() || self.IsBool() {
			n := int64(self.n)
			if n < 0 {
				return Int(int64(bits.Len64(-uint64(n)))), NoArgs("int.bit_length", args, kw)
			}
			return Int(int64(bits.Len64(uint64(n)))), NoArgs("int.bit_length", args, kw)
		}
		// BitLen is of the magnitude already.
		return Int(int64(toBig(self).BitLen())), NoArgs("int.bit_length", args, kw)
	})
	t.addMethod("bit_count", func(self Value, args []Value, kw []string) (Value, error) {
		x := new(big.Int).Abs(toBig(self))
		n := 0
		for _, w := range x.Bits() {
			for ; w != 0; w &= w - 1 {
				n++
			}
		}
		return Int(int64(n)), NoArgs("int.bit_count", args, kw)
	})
	t.addMethod("as_integer_ratio", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("int.as_integer_ratio", args, kw); err != nil {
			return Null, err
		}
		return TupleValue(intAbsNorm(self), Int(1)), nil
	})
	t.addMethod("conjugate", func(self Value, args []Value, kw []string) (Value, error) { return intAbsNorm(self), nil })
	t.addMethod("__index__", func(self Value, args []Value, kw []string) (Value, error) { return intAbsNorm(self), nil })
	t.addMethod("__int__", func(self Value, args []Value, kw []string) (Value, error) { return intAbsNorm(self), nil })
	t.addMethod("__float__", func(self Value, args []Value, kw []string) (Value, error) {
		f, err := IntToFloat(self)
		return Float(f), err
	})
	t.addMethod("__round__", func(self Value, args []Value, kw []string) (Value, error) {
		nd := Null
		if len(args) > 0 {
			nd = args[0]
		}
		return Round(self, nd)
	})
	t.addMethod("__trunc__", func(self Value, args []Value, kw []string) (Value, error) { return intAbsNorm(self), nil })
	t.addMethod("__ceil__", func(self Value, args []Value, kw []string) (Value, error) { return intAbsNorm(self), nil })
	t.addMethod("__floor__", func(self Value, args []Value, kw []string) (Value, error) { return intAbsNorm(self), nil })
	t.addGetter("real", func(self Value) (Value, error) { return intAbsNorm(Unwrap(self)), nil })
	t.addGetter("imag", func(self Value) (Value, error) { return Int(0), nil })
	t.addGetter("numerator", func(self Value) (Value, error) { return intAbsNorm(Unwrap(self)), nil })
	t.addGetter("denominator", func(self Value) (Value, error) { return Int(1), nil })
	t.addMethod("to_bytes", func(self Value, args []Value, kw []string) (Value, error) {
		var a [3]Value
		if err := ParseArgs("to_bytes", args, kw, []string{"length", "byteorder", "$signed"}, 2, 2, a[:]); err != nil {
			return Null, err
		}
		n, err := ArgSsize(a[0])
		if err != nil {
			return Null, err
		}
		order, _ := StrOf(a[1])
		if order != "little" && order != "big" {
			return Null, Errorf(ValueError, "byteorder must be either 'little' or 'big'")
		}
		if n < 0 {
			return Null, Errorf(ValueError, "length argument must be non-negative")
		}
		// CPython allocates the result before converting.
		if err := checkAlloc(n, 1); err != nil {
			return Null, err
		}
		signed := false
		if !a[2].IsNull() {
			signed, _ = Truth(a[2])
		}
		x := new(big.Int).Set(toBig(self))
		if x.Sign() < 0 {
			if !signed {
				return Null, Errorf(OverflowError, "can't convert negative int to unsigned")
			}
			x.Add(x, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
		}
		b := x.Bytes()
		if len(b) > n || (signed && toBig(self).Sign() >= 0 && len(b) == n && n > 0 && b[0]&0x80 != 0) {
			return Null, Errorf(OverflowError, "int too big to convert")
		}
		out := make([]byte, n)
		copy(out[n-len(b):], b)
		if order == "little" {
			for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
				out[i], out[j] = out[j], out[i]
			}
		}
		return NewBytes(out), nil
	})
	t.addClassMethod("from_bytes", func(cls Value, args []Value, kw []string) (Value, error) {
		var a [3]Value
		if err := ParseArgs("from_bytes", args, kw, []string{"bytes", "byteorder", "$signed"}, 2, 2, a[:]); err != nil {
			return Null, err
		}
		// PyObject_Bytes: __bytes__ first, and unlike bytes(x) no int (a
		// size) and no str.
		var b []byte
		var err error
		u := Unwrap(a[0])
		_, isBig := u.o.(*BigInt)
		_, str := u.o.(*Str)
		if !TypeOf(a[0]).Lookup(Intern("__bytes__")).IsNull() {
			s, err := bytesFormatObj(a[0])
			if err != nil {
				return Null, err
			}
			b = fromLatin1(s)
		} else if u.IsInt() || u.IsBool() || isBig || str {
			return Null, Errorf(TypeError, "cannot convert '%s' object to bytes", TypeOf(a[0]).Name)
		} else if b, err = bytesFromValue(a[0], "bytes"); err != nil {
			return Null, err
		}
		order, _ := StrOf(a[1])
		if order == "little" {
			b = append([]byte(nil), b...)
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
		} else if order != "big" {
			return Null, Errorf(ValueError, "byteorder must be either 'little' or 'big'")
		}
		x := new(big.Int).SetBytes(b)
		if !a[2].IsNull() {
			if s, _ := Truth(a[2]); s && len(b) > 0 && b[0]&0x80 != 0 {
				x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
			}
		}
		r := normBig(x)
		if t, ok := cls.o.(*Type); ok && t != IntType {
			// A subclass (bool too) gets cls(n), as int_from_bytes_impl.
			return Call(cls, []Value{r}, nil)
		}
		return r, nil
	})
}

func initFloatMethods() {
	t := FloatType
	t.addMethod("is_integer", func(self Value, args []Value, kw []string) (Value, error) {
		f := self.RawFloat()
		return Bool(f == math.Trunc(f) && !math.IsInf(f, 0)), NoArgs("float.is_integer", args, kw)
	})
	t.addMethod("__int__", func(self Value, args []Value, kw []string) (Value, error) { return floatToInt(self.RawFloat()) })
	t.addMethod("__trunc__", func(self Value, args []Value, kw []string) (Value, error) { return floatToInt(self.RawFloat()) })
	t.addMethod("__float__", func(self Value, args []Value, kw []string) (Value, error) { return self, nil })
	t.addMethod("__floor__", func(self Value, args []Value, kw []string) (Value, error) {
		return floatToInt(math.Floor(self.RawFloat()))
	})
	t.addMethod("__ceil__", func(self Value, args []Value, kw []string) (Value, error) {
		return floatToInt(math.Ceil(self.RawFloat()))
	})
	t.addMethod("__round__", func(self Value, args []Value, kw []string) (Value, error) {
		nd := Null
		if len(args) > 0 {
			nd = args[0]
		}
		return Round(self, nd)
	})
	t.addMethod("conjugate", func(self Value, args []Value, kw []string) (Value, error) { return self, nil })
	t.addGetter("real", func(self Value) (Value, error) { return Unwrap(self), nil })
	t.addGetter("imag", func(self Value) (Value, error) { return Float(0), nil })
	t.addMethod("as_integer_ratio", func(self Value, args []Value, kw []string) (Value, error) {
		f := self.RawFloat()
		if math.IsInf(f, 0) {
			return Null, Errorf(OverflowError, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(f) {
			return Null, Errorf(ValueError, "cannot convert NaN to integer ratio")
		}
		r := new(big.Rat).SetFloat64(f)
		return FromObject(NewTuple(NewBigInt(r.Num()), NewBigInt(r.Denom()))), nil
	})
	t.addMethod("hex", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("float.hex", args, kw); err != nil {
			return Null, err
		}
		return NewStr(floatHex(self.RawFloat())), nil
	})
	t.addClassMethod("__getformat__", func(cls Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("float.__getformat__", args, kw); err != nil {
			return Null, err
		}
		s, ok := Unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeError, "__getformat__() argument must be str, not %s", TypeOf(args[0]).Name)
		}
		if s.S != "double" && s.S != "float" {
			return Null, Errorf(ValueError, "__getformat__() argument 1 must be 'double' or 'float'")
		}
		return NewStr("IEEE, little-endian"), nil
	})
	t.addClassMethod("fromhex", func(cls Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("float.fromhex", args, kw); err != nil {
			return Null, err
		}
		s, ok := Unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeError, "bad argument type for built-in operation")
		}
		h := strings.TrimSpace(s.S)
		// A subclass gets cls(x), as float_fromhex does.
		result := func(f float64) (Value, error) {
			if t, ok := cls.o.(*Type); ok && t != FloatType {
				return Call(cls, []Value{Float(f)}, nil)
			}
			return Float(f), nil
		}
		switch strings.ToLower(strings.TrimLeft(h, "+-")) {
		case "inf", "infinity", "nan":
			f, err := ParseFloat(h)
			if err != nil {
				return Null, Errorf(ValueError, "invalid hexadecimal floating-point string")
			}
			return result(f)
		}
		if !strings.ContainsAny(h, "pP") {
			h += "p0"
		}
		if !strings.HasPrefix(strings.TrimLeft(h, "+-"), "0x") && !strings.HasPrefix(strings.TrimLeft(h, "+-"), "0X") {
			sign := ""
			if h[0] == '-' || h[0] == '+' {
				sign, h = h[:1], h[1:]
			}
			h = sign + "0x" + h
		}
		f, err := strconv.ParseFloat(h, 64)
		if err != nil && !strings.Contains(err.Error(), "range") {
			return Null, Errorf(ValueError, "invalid hexadecimal floating-point string")
		}
		if err != nil && math.IsInf(f, 0) {
			return Null, Errorf(OverflowError, "hexadecimal value too large to represent as a float")
		}
		return result(f)
	})
	ComplexType.addReadonlyMember("real", func(self Value) (Value, error) { return Float(real(Unwrap(self).o.(*Complex).V)), nil })
	ComplexType.addReadonlyMember("imag", func(self Value) (Value, error) { return Float(imag(Unwrap(self).o.(*Complex).V)), nil })
	ComplexType.addMethod("conjugate", func(self Value, args []Value, kw []string) (Value, error) {
		c := self.o.(*Complex).V
		return NewComplex(complex(real(c), -imag(c))), nil
	})
}

// hasFloatOrIndex reports whether v's type has __float__ or __index__
// (nb_float or nb_index: complex() and float() accept it).
func hasFloatOrIndex(v Value) bool {
	t := TypeOf(v)
	return !t.Lookup(strFloat).IsNull() || !t.Lookup(strIndex).IsNull()
}

func complexNew(t *Type, args []Value, kw []string) (Value, error) {
	var a [2]Value
	if err := ParseArgs("complex", args, kw, []string{"real", "imag"}, 2, 0, a[:]); err != nil {
		return Null, err
	}
	if t == ComplexType && a[1].IsNull() && !a[0].IsNull() && TypeOf(a[0]) == ComplexType {
		return a[0], nil // complex(c) is c, as for an exact float or int
	}
	var re, im complex128
	imComplex, reComplex := false, false
	if !a[0].IsNull() {
		if s, ok := Unwrap(a[0]).o.(*Str); ok {
			if !a[1].IsNull() {
				return Null, Errorf(TypeError, "complex() can't take second arg if first is a string")
			}
			c, err := parseComplex(s.S)
			if err != nil {
				return Null, err
			}
			return wrapBuiltin(t, NewComplex(c)), nil
		}
		u := Unwrap(a[0])
		m := Null
		if TypeOf(a[0]) != ComplexType {
			m = TypeOf(a[0]).Lookup(strComplex)
		}
		if !m.IsNull() {
			r, err := CallMethodValue(m, a[0], nil, nil)
			if err != nil {
				return Null, err
			}
			if _, ok := Unwrap(r).o.(*Complex); !ok || !r.IsObject() {
				return Null, Errorf(TypeError, "__complex__ returned non-complex (type %s)", TypeOf(r).Name)
			}
			if rt := TypeOf(r); rt != ComplexType {
				if err := Warn(DeprecationWarning, "__complex__ returned non-complex (type "+rt.Name+").  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.", 1); err != nil {
					return Null, err
				}
			}
			u = Unwrap(r)
		} else if numericKind(u) == notNumber {
			if hasFloatOrIndex(a[0]) {
				f, err := ToFloatValue(a[0])
				if err != nil {
					return Null, err
				}
				u = f
			} else {
				return Null, Errorf(TypeError, "complex() first argument must be a string or a number, not '%s'", TypeOf(a[0]).Name)
			}
		}
		c, err := toComplex(u)
		if err != nil {
			return Null, err
		}
		re = c
		_, reComplex = u.o.(*Complex)
	}
	if !a[1].IsNull() {
		u := Unwrap(a[1])
		if numericKind(u) == notNumber {
			if !hasFloatOrIndex(a[1]) {
				return Null, Errorf(TypeError, "complex() second argument must be a number, not '%s'", TypeOf(a[1]).Name)
			}
			f, err := ToFloatValue(a[1])
			if err != nil {
				return Null, err
			}
			u = f
		}
		c, err := toComplex(u)
		if err != nil {
			return Null, err
		}
		im = c
		_, imComplex = u.o.(*Complex)
	}
	// As CPython's complex_new: real part re.real - im.imag, imaginary
	// part im.real (+ re.imag when re is complex), keeping signed zeros.
	r, i := real(re), real(im)
	if imComplex {
		r -= imag(im)
	}
	if a[1].IsNull() {
		i = imag(re)
	} else if reComplex {
		i += imag(re)
	}
	return wrapBuiltin(t, NewComplex(complex(r, i))), nil
}

func initListMethods() {
	t := ListType
	list := func(v Value) *List { return v.o.(*List) }
	t.addMethod("append", func(self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) != 0 {
			return Null, ExactlyOne("list.append", args, kw)
		}
		l := list(self)
		l.Items = AppendItem(l.Items, args[0])
		return None, nil
	})
	t.addMethod("extend", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("list.extend", args, kw); err != nil {
			return Null, err
		}
		if o, ok := args[0].o.(*List); ok && o == list(self) {
			l := list(self)
			l.Items = append(l.Items, append([]Value(nil), l.Items...)...)
			return None, nil
		}
		return None, list(self).Extend(args[0])
	})
	t.addMethod("pop", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("pop", args, kw, 0, 1); err != nil {
			return Null, err
		}
		l := list(self)
		if len(l.Items) == 0 {
			return Null, Errorf(IndexError, "pop from empty list")
		}
		i := len(l.Items) - 1
		if len(args) == 1 {
			n, err := ArgSsize(args[0])
			if err != nil {
				return Null, err
			}
			if n < 0 {
				n += len(l.Items)
			}
			if n < 0 || n >= len(l.Items) {
				return Null, Errorf(IndexError, "pop index out of range")
			}
			i = n
		}
		v := l.Items[i]
		copy(l.Items[i:], l.Items[i+1:])
		l.Items[len(l.Items)-1] = Null
		l.Items = l.Items[:len(l.Items)-1]
		return v, nil
	})
	t.addMethod("insert", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("insert", args, kw, 2, 2); err != nil {
			return Null, err
		}
		l := list(self)
		i, err := ArgSsize(args[0])
		if err != nil {
			return Null, err
		}
		n := len(l.Items)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		l.Items = append(l.Items, Null)
		copy(l.Items[i+1:], l.Items[i:])
		l.Items[i] = args[1]
		return None, nil
	})
	t.addMethod("remove", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("list.remove", args, kw); err != nil {
			return Null, err
		}
		l := list(self)
		for i := 0; i < len(l.Items); i++ {
			eq, err := Equal(l.Items[i], args[0])
			if err != nil {
				return Null, err
			}
			if eq {
				copy(l.Items[i:], l.Items[i+1:])
				l.Items[len(l.Items)-1] = Null
				l.Items = l.Items[:len(l.Items)-1]
				return None, nil
			}
		}
		return Null, Errorf(ValueError, "list.remove(x): x not in list")
	})
	t.addMethod("index", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("index", args, kw, 1, 3); err != nil {
			return Null, err
		}
		l := list(self)
		start, stop, err := startStopNotNone(args[1:], len(l.Items))
		if err != nil {
			return Null, err
		}
		for i := start; i < stop && i < len(l.Items); i++ {
			eq, err := Equal(l.Items[i], args[0])
			if err != nil {
				return Null, err
			}
			if eq {
				return Int(int64(i)), nil
			}
		}
		r, err := Repr(args[0])
		if err != nil {
			return Null, err
		}
		return Null, Errorf(ValueError, "%s is not in list", r)
	})
	t.addMethod("count", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("list.count", args, kw); err != nil {
			return Null, err
		}
		return countItems(list(self).Items, args[0])
	})
	t.addMethod("reverse", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("list.reverse", args, kw); err != nil {
			return Null, err
		}
		it := list(self).Items
		for i, j := 0, len(it)-1; i < j; i, j = i+1, j-1 {
			it[i], it[j] = it[j], it[i]
		}
		return None, nil
	})
	t.addMethod("copy", func(self Value, args []Value, kw []string) (Value, error) {
		return FromObject(NewList(append([]Value(nil), list(self).Items...)...)), NoArgs("list.copy", args, kw)
	})
	t.addMethod("clear", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("list.clear", args, kw); err != nil {
			return Null, err
		}
		// As _list_clear, nothing to do without storage: a list being
		// sorted (see sortMark) does not count this as a change.
		if l := list(self); cap(l.Items) > 0 {
			l.Items = nil
		}
		return None, nil
	})
	t.addMethod("sort", func(self Value, args []Value, kw []string) (Value, error) {
		return listSort(list(self), args, kw)
	})
	t.addMethod("__reversed__", func(self Value, args []Value, kw []string) (Value, error) {
		return FromObject(&Reversed{seq: self, i: len(list(self).Items) - 1, typ: listReverseIteratorType}), nil
	})
	t.addSlot("__iadd__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__iadd__", args, kw, 1); err != nil {
			return Null, err
		}
		r, _, err := builtinInplace(Add, self, args[0])
		return r, err
	})
	t.addSlot("__imul__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__imul__", args, kw, 1); err != nil {
			return Null, err
		}
		r, _, err := builtinInplace(Mul, self, args[0])
		return r, err
	})
}

// startStopNotNone is startStop for list.index and tuple.index, whose
// bounds may not be None (_PyEval_SliceIndexNotNone).
func startStopNotNone(args []Value, n int) (int, int, error) {
	for _, a := range args[:min(len(args), 2)] {
		if !IndexCheck(a) {
			return 0, 0, Errorf(TypeError, "slice indices must be integers or have an __index__ method")
		}
	}
	return startStop(args, n)
}

func startStop(args []Value, n int) (int, int, error) {
	start, stop := 0, n
	norm := func(v Value) (int, error) {
		i, err := sliceIndex(v)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		return i, nil
	}
	var err error
	if len(args) > 0 && !args[0].IsNone() {
		if start, err = norm(args[0]); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > 1 && !args[1].IsNone() {
		if stop, err = norm(args[1]); err != nil {
			return 0, 0, err
		}
	}
	return start, stop, nil
}

func countItems(items []Value, x Value) (Value, error) {
	n := 0
	for i := 0; i < len(items); i++ {
		eq, err := Equal(items[i], x)
		if err != nil {
			return Null, err
		}
		if eq {
			n++
		}
	}
	return Int(int64(n)), nil
}

func initTupleMethods() {
	t := TupleType
	t.addMethod("index", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("index", args, kw, 1, 3); err != nil {
			return Null, err
		}
		items := self.o.(*Tuple).Items
		start, stop, err := startStopNotNone(args[1:], len(items))
		if err != nil {
			return Null, err
		}
		for i := start; i < stop && i < len(items); i++ {
			eq, err := Equal(items[i], args[0])
			if err != nil {
				return Null, err
			}
			if eq {
				return Int(int64(i)), nil
			}
		}
		return Null, Errorf(ValueError, "tuple.index(x): x not in tuple")
	})
	t.addMethod("count", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("tuple.count", args, kw); err != nil {
			return Null, err
		}
		return countItems(self.o.(*Tuple).Items, args[0])
	})
}

func initDictMethods() {
	t := DictType
	dict := func(v Value) *Dict { return v.o.(*Dict) }
	t.addMethod("get", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("get", args, kw, 1, 2); err != nil {
			return Null, err
		}
		v, ok, err := dict(self).Get(args[0])
		if err != nil {
			return Null, err
		}
		if ok {
			return v, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	})
	t.addMethod("setdefault", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("setdefault", args, kw, 1, 2); err != nil {
			return Null, err
		}
		def := None
		if len(args) == 2 {
			def = args[1]
		}
		return dict(self).SetDefault(args[0], def)
	})
	t.addMethod("pop", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("pop", args, kw, 1, 2); err != nil {
			return Null, err
		}
		v, found, err := dict(self).dictPop(args[0])
		if err == nil && !found {
			if len(args) == 2 {
				return args[1], nil
			}
			return Null, NewException(KeyError, args[0])
		}
		return v, err
	})
	t.addMethod("popitem", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("dict.popitem", args, kw); err != nil {
			return Null, err
		}
		d := dict(self)
		for i := d.EntriesLen() - 1; i >= 0; i-- {
			k, v, live := d.EntryAt(i)
			if live {
				d.DeleteAt(i)
				return FromObject(Tuple2(k, v)), nil
			}
		}
		return Null, Errorf(KeyError, "popitem(): dictionary is empty")
	})
	t.addMethod("update", func(self Value, args []Value, kw []string) (Value, error) {
		npos := len(args) - len(kw)
		if err := CheckPositional("update", npos, 0, 1); err != nil {
			return Null, err
		}
		d := dict(self)
		if npos == 1 {
			if err := d.Update(args[0]); err != nil {
				return Null, err
			}
		}
		for i, k := range kw {
			if err := d.Set(FromObject(Intern(k)), args[npos+i]); err != nil {
				return Null, err
			}
		}
		return None, nil
	})
	t.addMethod("copy", func(self Value, args []Value, kw []string) (Value, error) {
		return FromObject(dict(self).CopyDict()), NoArgs("dict.copy", args, kw)
	})
	t.addMethod("clear", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("dict.clear", args, kw); err != nil {
			return Null, err
		}
		dict(self).Clear()
		return None, nil
	})
	for kind, name := range []string{"keys", "values", "items"} {
		kind := dictIterKind(kind)
		fname := "dict." + name
		t.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
			if err := NoArgs(fname, args, kw); err != nil {
				return Null, err
			}
			return FromObject(&dictView{d: dict(self), kind: kind}), nil
		})
	}
	t.addClassMethod("fromkeys", func(cls Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("fromkeys", args, kw, 1, 2); err != nil {
			return Null, err
		}
		val := None
		if len(args) == 2 {
			val = args[1]
		}
		r, err := Call(cls, nil, nil)
		if err != nil {
			return Null, err
		}
		if d := exactDict(r); d != nil {
			// _PyDict_FromKeys: an exact dict or set source gives its
			// stored hashes.
			if src := exactDict(args[0]); src != nil {
				for i := 0; i < src.EntriesLen(); i++ {
					if k, _, live := src.EntryAt(i); live {
						if err := d.SetHash(k, src.HashAt(i), val); err != nil {
							return Null, err
						}
					}
				}
				return r, nil
			}
			if s, ok := args[0].o.(*Set); ok {
				for _, e := range s.table {
					if e.state() == setActive {
						if err := d.SetHash(e.key, uint64(e.hash), val); err != nil {
							return Null, err
						}
					}
				}
				return r, nil
			}
		}
		err = Iterate(args[0], func(k Value) (bool, error) { return true, SetItem(r, k, val) })
		return r, err
	})
	t.addMethod("__reversed__", func(self Value, args []Value, kw []string) (Value, error) {
		return FromObject(newDictReverseIterator(dict(self), dictKeys)), nil
	})
	for _, vt := range []*Type{dictKeysType, dictValuesType, dictItemsType} {
		vt.addMethod("__reversed__", func(self Value, args []Value, kw []string) (Value, error) {
			v := self.o.(*dictView)
			return FromObject(newDictReverseIterator(v.d, v.kind)), nil
		})
	}
	t.SetAttrString("__hash__", None)
	ListType.SetAttrString("__hash__", None)
	SetType.SetAttrString("__hash__", None)
	ByteArrayType.SetAttrString("__hash__", None)
	MappingProxyType.New = mappingProxyNew
	addNewSlot(MappingProxyType)
	MappingProxyType.addMethod("get", func(self Value, args []Value, kw []string) (Value, error) {
		mp := self.o.(*MappingProxy)
		if mp.d == nil {
			return CallMethodByName(mp.m, "get", args...)
		}
		return Call(FromObject(DictType.LookupString("get").o.(*MethodDescr)), append([]Value{FromObject(mp.d)}, args...), kw)
	})
	for _, name := range []string{"keys", "values", "items", "copy", "__reversed__"} {
		name := name
		MappingProxyType.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
			return CallMethodByName(self.o.(*MappingProxy).mapping(), name, args...)
		})
	}
	for _, vt := range []*Type{dictKeysType, dictItemsType} {
		vt.addMethod("isdisjoint", func(self Value, args []Value, kw []string) (Value, error) {
			if err := ExactlyOne("isdisjoint", args, kw); err != nil {
				return Null, err
			}
			r, err := dictViewIsDisjoint(self, args[0])
			return Bool(r), err
		})
	}
	for _, vt := range []*Type{dictKeysType, dictValuesType, dictItemsType} {
		vt.addGetter("mapping", func(self Value) (Value, error) {
			return NewMappingProxy(self.o.(*dictView).d), nil
		})
	}
}

func initRangeSlice() {
	r := func(v Value) *Range { return v.o.(*Range) }
	RangeType.addSlot("__bool__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__bool__", args, kw, 0); err != nil {
			return Null, err
		}
		return Bool(r(self).nonEmpty()), nil
	})
	RangeType.addGetter("start", func(self Value) (Value, error) { return r(self).Start, nil })
	RangeType.addGetter("stop", func(self Value) (Value, error) { return r(self).Stop, nil })
	RangeType.addGetter("step", func(self Value) (Value, error) { return r(self).Step, nil })
	RangeType.addMethod("__reduce__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("__reduce__", args, kw); err != nil {
			return Null, err
		}
		x := r(self)
		return TupleValue(FromObject(RangeType), TupleValue(x.Start, x.Stop, x.Step)), nil
	})
	RangeType.addMethod("index", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("range.index", args, kw); err != nil {
			return Null, err
		}
		ok, err := rangeContains(r(self), args[0])
		if err != nil {
			return Null, err
		}
		if !ok || numericKind(Unwrap(args[0])) != numInt {
			s, _ := Repr(args[0])
			return Null, Errorf(ValueError, "%s is not in range", s)
		}
		d := new(big.Int).Sub(toBig(Unwrap(args[0])), toBig(r(self).Start))
		return normBig(d.Quo(d, toBig(r(self).Step))), nil
	})
	RangeType.addMethod("count", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("range.count", args, kw); err != nil {
			return Null, err
		}
		ok, err := rangeContains(r(self), args[0])
		return Int(b2i(ok)), err
	})
	RangeType.addMethod("__reversed__", func(self Value, args []Value, kw []string) (Value, error) {
		return FromObject(r(self).reversed()), nil
	})
	s := func(v Value) *Slice { return v.o.(*Slice) }
	SliceType.addGetter("start", func(self Value) (Value, error) { return s(self).Start, nil })
	SliceType.addGetter("stop", func(self Value) (Value, error) { return s(self).Stop, nil })
	SliceType.addGetter("step", func(self Value) (Value, error) { return s(self).Step, nil })
	SliceType.addMethod("indices", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("slice.indices", args, kw); err != nil {
			return Null, err
		}
		return sliceIndicesLong(s(self), args[0])
	})
	addCompareSlots(SliceType)
	// slice objects pickle (and copy) as slice(start, stop, step).
	SliceType.addMethod("__reduce__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("slice.__reduce__", args, kw); err != nil {
			return Null, err
		}
		sl := s(self)
		return TupleValue(FromObject(SliceType), TupleValue(sl.Start, sl.Stop, sl.Step)), nil
	})
	SliceType.addSlot("__repr__", func(self Value, args []Value, kw []string) (Value, error) {
		str, err := Repr(self)
		return NewStr(str), err
	})
	SliceType.SetAttrString("__hash__", None)
}

// floatHex is float.hex(): 0x1.<13 hex digits>p<exp>, as CPython prints it.
func floatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(f)
	mant := bits & (1<<52 - 1)
	exp := int(bits>>52) & 0x7ff
	if exp == 0 {
		return fmt.Sprintf("%s0x0.%013xp-1022", sign, mant)
	}
	return fmt.Sprintf("%s0x1.%013xp%+d", sign, mant, exp-1023)
}

// sliceIndicesLong is slice.indices(length) over Python ints of any size.
func sliceIndicesLong(sl *Slice, lengthArg Value) (Value, error) {
	lv, err := Index(lengthArg)
	if err != nil {
		return Null, err
	}
	length := toBig(lv)
	if length.Sign() < 0 {
		return Null, Errorf(ValueError, "length should not be negative")
	}
	start, stop, step, err := sliceIndicesBig(sl, length)
	if err != nil {
		return Null, err
	}
	return TupleValue(normBig(start), normBig(stop), normBig(step)), nil
}

// sliceIndicesBig is CPython's _PySlice_GetLongIndices: sl's start, stop
// and step for a sequence of length items (not negative), any size.
func sliceIndicesBig(sl *Slice, length *big.Int) (start, stop, step *big.Int, err error) {
	idx := func(v Value) (*big.Int, error) {
		if !IndexCheck(v) {
			return nil, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		r, err := Index(v)
		if err != nil {
			return nil, err
		}
		return new(big.Int).Set(toBig(r)), nil
	}
	step = big.NewInt(1)
	if !sl.Step.IsNone() {
		if step, err = idx(sl.Step); err != nil {
			return nil, nil, nil, err
		}
		if step.Sign() == 0 {
			return nil, nil, nil, Errorf(ValueError, "slice step cannot be zero")
		}
	}
	neg := step.Sign() < 0
	lower, upper := big.NewInt(0), new(big.Int).Set(length)
	if neg {
		lower.SetInt64(-1)
		upper.Add(length, lower)
	}
	bound := func(v Value, def *big.Int) (*big.Int, error) {
		if v.IsNone() {
			return def, nil
		}
		x, err := idx(v)
		if err != nil {
			return nil, err
		}
		if x.Sign() < 0 {
			x.Add(x, length)
			if x.Cmp(lower) < 0 {
				x.Set(lower)
			}
		} else if x.Cmp(upper) > 0 {
			x.Set(upper)
		}
		return x, nil
	}
	defStart, defStop := lower, upper
	if neg {
		defStart, defStop = upper, lower
	}
	if start, err = bound(sl.Start, defStart); err != nil {
		return nil, nil, nil, err
	}
	if stop, err = bound(sl.Stop, defStop); err != nil {
		return nil, nil, nil, err
	}
	return start, stop, step, nil
}

// listSort is list.sort(*, key=None, reverse=False) of l (sorted() calls it
// on its new list).
func listSort(l *List, args []Value, kw []string) (Value, error) {
	var a [2]Value
	if len(kw) > 2 {
		return Null, Errorf(TypeError, "sort() takes at most 2 keyword arguments (%d given)", len(kw))
	}
	if err := ParseArgs("sort", args, kw, sortKeywords, 0, 0, a[:]); err != nil {
		return Null, err
	}
	rev := false
	if !a[1].IsNull() {
		// Argument Clinic's int converter: an int (or __index__) that
		// fits a C int; 2.5 or None is a TypeError.
		r, err := Index(a[1])
		if err != nil {
			return Null, err
		}
		n, ok := r.AsInt()
		if !ok || n > math.MaxInt32 || n < math.MinInt32 {
			return Null, Errorf(OverflowError, "Python int too large to convert to C int")
		}
		rev = n != 0
	}
	items := l.Items
	// CPython empties the list while sorting and marks it (allocated -1),
	// so that any change made meanwhile is seen, an append undone by a
	// pop included: the list holds an empty slice of sortMark, which
	// every growth, clear or assignment replaces.
	l.Items = sortMark[:0:0]
	err := SortValues(items, a[0], rev)
	modified := len(l.Items) > 0 || unsafe.SliceData(l.Items) != &sortMark[0]
	l.Items = items
	if err == nil && modified {
		return Null, Errorf(ValueError, "list modified during sort")
	}
	return None, err
}

var sortKeywords = []string{"$key", "$reverse"}

// sortMark is the storage of a list being sorted (see listSort); never
// written, its capacity being 0 in every slice of it.
var sortMark [1]Value
