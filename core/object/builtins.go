package object

import (
	"io"
	"math"
	"os"
	"sort"
	"strings"
)

// Stdout is where print() writes when no file= is given; the VM may
// replace it (with sys.stdout's writer).
var Stdout io.Writer = os.Stdout

// FileWriter is implemented by file-like objects that print(file=...) can
// write to directly.
type FileWriter interface {
	WriteString(s string) (int, error)
}

func builtinPrint(self Value, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	sep, end := " ", "\n"
	var file Value
	flush := false
	for i, k := range kw {
		v := args[npos+i]
		switch k {
		case "sep", "end":
			if v.IsNone() {
				continue
			}
			s, ok := v.o.(*Str)
			if !ok {
				return Null, Errorf(TypeError, "%s must be None or a string, not %s", k, TypeOf(v).Name)
			}
			if k == "sep" {
				sep = s.S
			} else {
				end = s.S
			}
		case "file":
			if !v.IsNone() {
				file = v
			}
		case "flush":
			flush, _ = Truth(v)
		default:
			return Null, Errorf(TypeError, "'%s' is an invalid keyword argument for print()", k)
		}
	}
	var b strings.Builder
	for i, a := range args[:npos] {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := StrOf(a)
		if err != nil {
			return Null, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	if file.IsNull() {
		if _, err := io.WriteString(Stdout, b.String()); err != nil {
			return Null, Errorf(OSError, "%s", err.Error())
		}
		return None, nil
	}
	if fw, ok := file.o.(FileWriter); ok {
		_, err := fw.WriteString(b.String())
		return None, err
	}
	if _, err := CallMethodByName(file, "write", NewStr(b.String())); err != nil {
		return Null, err
	}
	if flush {
		if ok, _ := HasAttr(file, Intern("flush")); ok {
			if _, err := CallMethodByName(file, "flush"); err != nil {
				return Null, err
			}
		}
	}
	return None, nil
}

func minMax(name string, op CompareOp) func(self Value, args []Value, kw []string) (Value, error) {
	return func(self Value, args []Value, kw []string) (Value, error) {
		npos := len(args) - len(kw)
		key, def := Null, Null
		for i, k := range kw {
			switch k {
			case "key":
				key = args[npos+i]
			case "default":
				def = args[npos+i]
			default:
				return Null, Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", k, name)
			}
		}
		if npos == 0 {
			return Null, Errorf(TypeError, "%s expected at least 1 argument, got 0", name)
		}
		var items Value
		if npos == 1 {
			items = args[0]
		} else {
			if !def.IsNull() {
				return Null, Errorf(TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
			}
			items = FromObject(NewTuple(args[:npos]...))
		}
		if key.IsNone() {
			key = Null
		}
		var best, bestKey Value
		err := Iterate(items, func(x Value) (bool, error) {
			k := x
			if !key.IsNull() {
				var err error
				if k, err = Call1(key, x); err != nil {
					return false, err
				}
			}
			if best.IsNull() {
				best, bestKey = x, k
				return true, nil
			}
			var better bool
			var err error
			if k.IsInt() && bestKey.IsInt() {
				// int against int: no rich comparison (min(set_of_ints))
				better = CompareOrdered(k.RawInt(), bestKey.RawInt(), op)
			} else if better, err = CompareBool(k, bestKey, op); err != nil {
				return false, err
			}
			if better {
				best, bestKey = x, k
			}
			return true, nil
		})
		if err != nil {
			return Null, err
		}
		if best.IsNull() {
			if !def.IsNull() {
				return def, nil
			}
			return Null, Errorf(ValueError, "%s() arg is an empty sequence", name)
		}
		return best, nil
	}
}

func builtinSum(self Value, args []Value, kw []string) (Value, error) {
	// sum(iterable, /, start=0), with Argument Clinic's messages.
	var a [2]Value
	npos := len(args) - len(kw)
	switch {
	case len(args) > 2:
		return Null, Errorf(TypeError, "sum() takes at most 2 arguments (%d given)", len(args))
	case npos < 1:
		return Null, Errorf(TypeError, "sum() takes at least 1 positional argument (%d given)", npos)
	}
	copy(a[:], args)
	if len(kw) == 1 && kw[0] != "start" {
		return Null, Errorf(TypeError, "'%s' is an invalid keyword argument for sum()", kw[0])
	}
	acc := Int(0)
	if !a[1].IsNull() {
		acc = a[1]
		switch a[1].o.(type) {
		case *Str:
			return Null, Errorf(TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
		case *Bytes:
			return Null, Errorf(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
		case *ByteArray:
			return Null, Errorf(TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]")
		}
	}
	return sumOf(a[0], acc)
}

// sumOf adds the items of it to acc (sum's loop, also its positional
// entry's).
func sumOf(it, acc Value) (Value, error) {
	err := Iterate(it, func(x Value) (bool, error) {
		// int + int without overflow and float + float, as BinaryOp
		// would add them, without its dispatch (CPython's sum keeps a C
		// long or double while the items allow it).
		if acc.Kind() == x.Kind() {
			switch acc.Kind() {
			case KindInt:
				p, q := int64(acc.n), int64(x.n)
				if r := p + q; (p^r)&(q^r) >= 0 {
					acc = Int(r)
					return true, nil
				}
			case KindFloat:
				acc = Float(acc.RawFloat() + x.RawFloat())
				return true, nil
			}
		}
		var err error
		acc, err = BinaryOp(Add, acc, x)
		return err == nil, err
	})
	return acc, err
}

func builtinSorted(self Value, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	if err := CheckPositional("sorted", npos, 1, 1); err != nil {
		return Null, err
	}
	items, err := ToSlice(args[0])
	if err != nil {
		return Null, err
	}
	l := NewList(items...)
	if _, err := listSort(l, args[1:], kw); err != nil {
		return Null, err
	}
	return FromObject(l), nil
}

func anyAll(name string, want bool) func(self Value, args []Value, kw []string) (Value, error) {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne(name, args, kw); err != nil {
			return Null, err
		}
		found := false
		err := Iterate(args[0], func(x Value) (bool, error) {
			t, err := Truth(x)
			if err != nil {
				return false, err
			}
			if t == want {
				found = true
				return false, nil
			}
			return true, nil
		})
		if err != nil {
			return Null, err
		}
		if want {
			return Bool(found), nil
		}
		return Bool(!found), nil
	}
}

func attrName(fname string, v Value) (*Str, error) {
	s, ok := v.o.(*Str)
	if !ok && TypeOf(v).IsSubtype(StrType) {
		s, ok = Unwrap(v).o.(*Str)
	}
	if !ok {
		if fname == "setattr" || fname == "delattr" {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeOf(v).Name)
		}
		return nil, Errorf(TypeError, "%s(): attribute name must be string", fname)
	}
	return InternStr(s), nil
}

// Dir returns dir(v) for objects: instance dict keys plus the attributes
// of the type and its MRO, sorted.
func Dir(v Value) (Value, error) {
	seen := map[string]bool{}
	add := func(d *Dict) {
		if d == nil {
			return
		}
		for i := 0; i < d.EntriesLen(); i++ {
			k, _, live := d.EntryAt(i)
			if s, ok := k.o.(*Str); ok && live {
				seen[s.S] = true
			}
		}
	}
	if t, ok := v.o.(*Type); ok {
		for _, c := range t.MRO {
			add(c.Dict)
		}
	} else if v.IsObject() && TypeOf(v).IsSubtype(ModuleType) {
		// module.__dir__: the module's own __dir__ (PEP 562), else its
		// namespace only, both read from its __dict__ attribute.
		dv, err := GetAttr(v, strDict)
		if err != nil {
			return Null, err
		}
		d, ok := dv.o.(*Dict)
		if !ok {
			return Null, Errorf(TypeError, "<module>.__dict__ is not a dictionary")
		}
		{
			if f, ok := d.GetStr("__dir__"); ok {
				r, err := Call(f, nil, nil)
				if err != nil {
					return Null, err
				}
				items, err := ToSlice(r)
				if err != nil {
					return Null, err
				}
				l := NewList(items...)
				return FromObject(l), SortValues(l.Items, Null, false)
			}
		}
		add(d)
	} else {
		if v.IsObject() {
			if m, ok := v.o.(*Method); ok {
				// object.__dir__ reads self.__dict__, which a bound
				// method forwards to its function.
				v := m.Func
				if v.IsObject() {
					add(instanceDict(v))
				}
			} else {
				add(instanceDict(v))
			}
		}
		for _, c := range TypeOf(v).MRO {
			add(c.Dict)
		}
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	items := make([]Value, len(names))
	for i, n := range names {
		items[i] = NewStr(n)
	}
	return FromObject(NewList(items...)), nil
}

// LenBuiltin is the built-in len (the VM recognises `len(set(...))` and
// `len(a & b)` by it).
var LenBuiltin *BuiltinFunction

// setFastBuiltins gives the builtins that loops call most their direct
// one- and two-argument entry points (BuiltinFunction.Fast1, Fast2).
func setFastBuiltins(m map[string]Value) {
	bf := func(name string) *BuiltinFunction { return m[name].o.(*BuiltinFunction) }
	LenBuiltin = bf("len")
	bf("len").Fast1 = func(a Value) (Value, error) {
		n, err := Len(a)
		return Int(int64(n)), err
	}
	bf("abs").Fast1 = func(a Value) (Value, error) {
		if a.IsInt() && a.RawInt() != math.MinInt64 {
			if x := a.RawInt(); x < 0 {
				return Int(-x), nil
			}
			return a, nil
		}
		if a.IsFloat() {
			return Float(math.Abs(a.RawFloat())), nil
		}
		return Abs(a)
	}
	bf("sum").Fast1 = func(a Value) (Value, error) { return sumOf(a, Int(0)) }
	bf("isinstance").Fast2 = func(a, b Value) (Value, error) {
		r, err := IsInstance(a, b)
		return Bool(r), err
	}
	bf("min").Fast2 = func(a, b Value) (Value, error) { return minMax2(a, b, CmpLt) }
	bf("max").Fast2 = func(a, b Value) (Value, error) { return minMax2(a, b, CmpGt) }
}

// minMax2 is min(a, b) or max(a, b): as CPython's min_max over the two
// arguments, b replaces a only when `b op a` is true, so ties keep a.
func minMax2(a, b Value, op CompareOp) (Value, error) {
	if a.IsInt() && b.IsInt() {
		if CompareOrdered(b.RawInt(), a.RawInt(), op) {
			return b, nil
		}
		return a, nil
	}
	if a.IsFloat() && b.IsFloat() {
		// As float_richcompare: a NaN is never better, nor beaten.
		if CompareOrdered(b.RawFloat(), a.RawFloat(), op) {
			return b, nil
		}
		return a, nil
	}
	better, err := CompareBool(b, a, op)
	if err != nil {
		return Null, err
	}
	if better {
		return b, nil
	}
	return a, nil
}

func intFormatBuiltin(name string, base int, prefix string) func(self Value, args []Value, kw []string) (Value, error) {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne(name, args, kw); err != nil {
			return Null, err
		}
		v, err := Index(args[0])
		if err != nil {
			return Null, err
		}
		x := toBig(v)
		s := x.Text(base)
		if x.Sign() < 0 {
			return NewStr("-" + prefix + s[1:]), nil
		}
		return NewStr(prefix + s), nil
	}
}

// PureBuiltins returns the builtins that need no frame, keyed by name:
// functions, the built-in types and exceptions, and the constants.
func PureBuiltins() map[string]Value {
	m := map[string]Value{}
	fn := func(name string, f func(self Value, args []Value, kw []string) (Value, error)) {
		m[name] = NewBuiltin(name, f)
		if doc, ok := builtinFuncDocs[name]; ok {
			m[name].o.(*BuiltinFunction).Doc = doc
		}
	}
	fn("print", builtinPrint)
	fn("len", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("len", args, kw); err != nil {
			return Null, err
		}
		n, err := Len(args[0])
		return Int(int64(n)), err
	})
	fn("abs", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("abs", args, kw); err != nil {
			return Null, err
		}
		return Abs(args[0])
	})
	fn("min", minMax("min", CmpLt))
	fn("max", minMax("max", CmpGt))
	fn("sum", builtinSum)
	fn("sorted", builtinSorted)
	fn("any", anyAll("any", true))
	fn("all", anyAll("all", false))
	fn("repr", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("repr", args, kw); err != nil {
			return Null, err
		}
		return ReprValue(args[0])
	})
	fn("ascii", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("ascii", args, kw); err != nil {
			return Null, err
		}
		s, err := ASCII(args[0])
		return NewStr(s), err
	})
	fn("isinstance", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("isinstance", args, kw, 2, 2); err != nil {
			return Null, err
		}
		r, err := IsInstance(args[0], args[1])
		return Bool(r), err
	})
	fn("issubclass", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("issubclass", args, kw, 2, 2); err != nil {
			return Null, err
		}
		r, err := IsSubclass(args[0], args[1])
		return Bool(r), err
	})
	fn("iter", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("iter", args, kw, 1, 2); err != nil {
			return Null, err
		}
		if len(args) == 2 {
			if !IsCallable(args[0]) {
				return Null, Errorf(TypeError, "iter(v, w): v must be callable")
			}
			return NewCallIterator(args[0], args[1]), nil
		}
		return GetIter(args[0])
	})
	fn("next", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("next", args, kw, 1, 2); err != nil {
			return Null, err
		}
		if !isIterator(args[0]) {
			return Null, Errorf(TypeError, "'%s' object is not an iterator", TypeOf(args[0]).Name)
		}
		if _, ok := args[0].o.(Iterator); !ok {
			m := TypeOf(args[0]).Lookup(strNext)
			r, err := CallMethodValue(m, args[0], nil, nil)
			if err != nil && len(args) == 2 && ExceptionMatches(err, StopIteration) {
				Drop(err)
				return args[1], nil
			}
			return r, err
		}
		v, ok, err := Next(args[0])
		if err != nil {
			return Null, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return Null, NewException(StopIteration)
		}
		return v, nil
	})
	fn("hash", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("hash", args, kw); err != nil {
			return Null, err
		}
		h, err := Hash(args[0])
		return Int(h), err
	})
	fn("id", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("id", args, kw); err != nil {
			return Null, err
		}
		return ID(args[0]), nil
	})
	fn("callable", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("callable", args, kw); err != nil {
			return Null, err
		}
		return Bool(IsCallable(args[0])), nil
	})
	fn("getattr", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("getattr", args, kw, 2, 3); err != nil {
			return Null, err
		}
		name, err := attrName("getattr", args[1])
		if err != nil {
			return Null, err
		}
		if len(args) == 2 {
			return GetAttr(args[0], name)
		}
		r, err := LookupAttr(args[0], name)
		if r.IsNull() && err == nil {
			return args[2], nil
		}
		return r, err
	})
	fn("setattr", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("setattr", args, kw, 3, 3); err != nil {
			return Null, err
		}
		name, err := attrName("setattr", args[1])
		if err != nil {
			return Null, err
		}
		return None, SetAttr(args[0], name, args[2])
	})
	fn("delattr", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("delattr", args, kw, 2, 2); err != nil {
			return Null, err
		}
		name, err := attrName("delattr", args[1])
		if err != nil {
			return Null, err
		}
		return None, DelAttr(args[0], name)
	})
	fn("hasattr", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("hasattr", args, kw, 2, 2); err != nil {
			return Null, err
		}
		name, err := attrName("hasattr", args[1])
		if err != nil {
			return Null, err
		}
		r, err := HasAttr(args[0], name)
		return Bool(r), err
	})
	fn("round", func(self Value, args []Value, kw []string) (Value, error) {
		var a [2]Value
		if err := ParseArgs("round", args, kw, []string{"number", "ndigits"}, 2, 1, a[:]); err != nil {
			return Null, err
		}
		return Round(a[0], a[1])
	})
	fn("divmod", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("divmod", args, kw, 2, 2); err != nil {
			return Null, err
		}
		return BinaryOp(DivMod, args[0], args[1])
	})
	fn("pow", func(self Value, args []Value, kw []string) (Value, error) {
		var a [3]Value
		if err := ParseArgs("pow", args, kw, []string{"base", "exp", "mod"}, 3, 2, a[:]); err != nil {
			return Null, err
		}
		return Pow3(a[0], a[1], a[2])
	})
	fn("chr", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("chr", args, kw); err != nil {
			return Null, err
		}
		i, err := ArgCInt(args[0])
		if err != nil {
			return Null, err
		}
		if i < 0 || i > 0x10ffff {
			return Null, Errorf(ValueError, "chr() arg not in range(0x110000)")
		}
		return charStr(rune(i)), nil
	})
	fn("ord", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("ord", args, kw); err != nil {
			return Null, err
		}
		switch o := Unwrap(args[0]).o.(type) {
		case *Str:
			if n := o.Len(); n != 1 {
				return Null, Errorf(TypeError, "ord() expected a character, but string of length %d found", n)
			}
			r, _ := decodeRune(o.S)
			return Int(int64(r)), nil
		case *Bytes:
			if len(o.B) != 1 {
				return Null, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(o.B))
			}
			return Int(int64(o.B[0])), nil
		}
		return Null, Errorf(TypeError, "ord() expected string of length 1, but %s found", TypeOf(args[0]).Name)
	})
	fn("hex", intFormatBuiltin("hex", 16, "0x"))
	fn("oct", intFormatBuiltin("oct", 8, "0o"))
	fn("bin", intFormatBuiltin("bin", 2, "0b"))
	fn("format", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("format", args, kw, 1, 2); err != nil {
			return Null, err
		}
		spec := ""
		if len(args) == 2 {
			s, ok := Unwrap(args[1]).o.(*Str)
			if !ok {
				return Null, Errorf(TypeError, "format() argument 2 must be str, not %s", argTypeName(args[1]))
			}
			spec = s.S
		}
		s, err := Format(args[0], spec)
		return NewStr(s), err
	})
	fn("dir", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("dir", args, kw, 1, 1); err != nil {
			return Null, err
		}
		if t := TypeOf(args[0]); t.Heap || t.Native {
			if m := t.Lookup(Intern("__dir__")); !m.IsNull() {
				r, err := CallMethodValue(m, args[0], nil, nil)
				if err != nil {
					return Null, err
				}
				items, err := ToSlice(r)
				if err != nil {
					return Null, err
				}
				l := NewList(items...)
				return FromObject(l), SortValues(l.Items, Null, false)
			}
		}
		return Dir(args[0])
	})
	types := map[string]*Type{"int": IntType, "float": FloatType, "complex": ComplexType, "bool": BoolType,
		"str": StrType, "bytes": BytesType, "bytearray": ByteArrayType, "tuple": TupleType, "list": ListType,
		"dict": DictType, "set": SetType, "frozenset": FrozenSetType, "type": TypeType, "object": ObjectType,
		"range": RangeType, "slice": SliceType, "enumerate": EnumerateType, "zip": ZipType, "map": MapType,
		"filter": FilterType, "reversed": ReversedType, "staticmethod": StaticMethodType,
		"classmethod": ClassMethodType, "property": PropertyType, "super": SuperType,
		"memoryview": MemoryViewType}
	for name, t := range types {
		m[name] = FromObject(t)
	}
	for name, t := range ExceptionTypes() {
		m[name] = FromObject(t)
	}
	m["None"] = None
	m["True"] = True
	m["False"] = False
	m["NotImplemented"] = NotImplemented
	m["Ellipsis"] = Ellipsis
	setFastBuiltins(m)
	return m
}

// BuiltinValues is PureBuiltins (the name the VM uses).
func BuiltinValues() map[string]Value { return PureBuiltins() }

// IsCallable reports callable(v): whether v can be called.
func IsCallable(v Value) bool {
	if !v.IsObject() {
		return false
	}
	if _, ok := v.o.(Callable); ok {
		return true
	}
	return !v.o.Type().Lookup(strCall).IsNull()
}

// argTypeName names an argument of the wrong type as _PyArg_BadArgument
// does: "None" for None, else its type's name.
func argTypeName(v Value) string {
	if v.IsNone() {
		return "None"
	}
	return TypeOf(v).Name
}
