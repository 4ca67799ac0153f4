package native

import (
	"crypto/subtle"
	"strings"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _operator: CPython's Modules/_operator.c, the C half of operator.py
// (which does `from _operator import *` over its pure-Python functions):
// the operators as functions, and itemgetter, attrgetter, methodcaller.

func init() { register("_operator", newOperator) }

var (
	itemgetterType   = newFinalType("operator.itemgetter", nil)
	attrgetterType   = newFinalType("operator.attrgetter", nil)
	methodcallerType = newFinalType("operator.methodcaller", nil)
)

const operatorDoc = `Operator interface: the intrinsic operators of Python as functions.

operator.add(x, y) is x + y, operator.getitem(a, i) is a[i], and so on;
the names are those of the special methods, without the underscores.`

func newOperator(in *vm.Interp) (*object.Module, error) {
	m := newModule("_operator", operatorDoc)
	bin := func(name string, fn func(a, b object.Value) (object.Value, error)) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := funcPosOnly("_operator", name, args, kw, 2, 2); err != nil {
				return object.Null, err
			}
			return fn(args[0], args[1])
		})
	}
	un := func(name string, fn func(a object.Value) (object.Value, error)) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := exactlyOne("_operator", name, args, kw); err != nil {
				return object.Null, err
			}
			return fn(args[0])
		})
	}
	binops := []struct {
		name string
		op   object.BinOp
	}{{"add", object.Add}, {"sub", object.Sub}, {"mul", object.Mul}, {"matmul", object.MatMul},
		{"floordiv", object.FloorDiv}, {"truediv", object.TrueDiv}, {"mod", object.Mod},
		{"lshift", object.LShift}, {"rshift", object.RShift}, {"and_", object.And}, {"xor", object.Xor},
		{"or_", object.Or}, {"pow", object.Pow}}
	for _, b := range binops {
		op := b.op
		bin(b.name, func(a, c object.Value) (object.Value, error) { return object.BinaryOp(op, a, c) })
		iname := "i" + strings.TrimSuffix(b.name, "_")
		bin(iname, func(a, c object.Value) (object.Value, error) { return object.InplaceOp(op, a, c) })
	}
	cmps := []string{"lt", "le", "eq", "ne", "gt", "ge"}
	for i, name := range cmps {
		op := object.CompareOp(i)
		bin(name, func(a, b object.Value) (object.Value, error) { return object.RichCompare(a, b, op) })
	}
	bin("is_", func(a, b object.Value) (object.Value, error) { return object.Bool(a.Is(b)), nil })
	bin("is_not", func(a, b object.Value) (object.Value, error) { return object.Bool(!a.Is(b)), nil })
	bin("concat", func(a, b object.Value) (object.Value, error) { return seqConcat(a, b, false) })
	bin("iconcat", func(a, b object.Value) (object.Value, error) { return seqConcat(a, b, true) })
	bin("contains", func(a, b object.Value) (object.Value, error) {
		r, err := object.Contains(a, b)
		return object.Bool(r), err
	})
	bin("countOf", func(a, b object.Value) (object.Value, error) {
		n, _, err := seqSearch(a, b, false)
		return object.Int(int64(n)), err
	})
	bin("indexOf", func(a, b object.Value) (object.Value, error) {
		i, found, err := seqSearch(a, b, true)
		if err == nil && !found {
			err = object.Errorf(object.ValueError, "sequence.index(x): x not in sequence")
		}
		return object.Int(int64(i)), err
	})
	bin("getitem", object.GetItem)
	bin("delitem", func(a, b object.Value) (object.Value, error) { return object.None, object.DelItem(a, b) })
	bin("_compare_digest", compareDigest)
	defFunc(m, "setitem", func(args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("_operator", "setitem", args, kw, 3, 3); err != nil {
			return object.Null, err
		}
		return object.None, object.SetItem(args[0], args[1], args[2])
	})
	un("neg", func(a object.Value) (object.Value, error) { return object.UnaryOp(object.Neg, a) })
	un("pos", func(a object.Value) (object.Value, error) { return object.UnaryOp(object.Pos, a) })
	un("abs", object.Abs)
	for _, name := range []string{"inv", "invert"} {
		un(name, func(a object.Value) (object.Value, error) { return object.UnaryOp(object.Invert, a) })
	}
	un("not_", func(a object.Value) (object.Value, error) {
		t, err := object.Truth(a)
		return object.Bool(!t), err
	})
	un("truth", func(a object.Value) (object.Value, error) {
		t, err := object.Truth(a)
		return object.Bool(t), err
	})
	un("index", object.Index)
	defFunc(m, "length_hint", func(args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("_operator", "length_hint", args, kw, 1, 2); err != nil {
			return object.Null, err
		}
		def := int64(0)
		if len(args) == 2 {
			if !isIntType(args[1]) {
				return object.Null, object.Errorf(object.TypeError, "'%s' object cannot be interpreted as an integer", object.TypeOf(args[1]).Name)
			}
			var err error
			if def, err = asSsize(args[1]); err != nil {
				return object.Null, err
			}
		}
		n, err := object.LengthHint(args[0], int(def))
		return object.Int(int64(n)), err
	})
	for _, t := range []*object.Type{itemgetterType, attrgetterType, methodcallerType} {
		setAttr(m, shortName(t), typeValue(t))
	}
	return m, nil
}

// hasSeqConcat reports whether v's type concatenates as a sequence of
// its own (CPython's sq_concat).
func hasSeqConcat(v object.Value) bool { return isSeqRepeat(v) }

// seqCheck is PySequence_Check: not a dict, and indexable.
func seqCheck(v object.Value) bool {
	t := object.TypeOf(v)
	if t.IsSubtype(object.DictType) {
		return false
	}
	return hasSeqConcat(v) || !t.LookupString("__getitem__").IsNull()
}

// seqConcat is PySequence_Concat (and InPlaceConcat).
func seqConcat(a, b object.Value, inplace bool) (object.Value, error) {
	if hasSeqConcat(a) || (seqCheck(a) && seqCheck(b)) {
		if inplace {
			return object.InplaceOp(object.Add, a, b)
		}
		return object.BinaryOp(object.Add, a, b)
	}
	return object.Null, object.Errorf(object.TypeError, "'%s' object can't be concatenated", object.TypeOf(a).Name)
}

// seqSearch is PySequence_Count (first false) or PySequence_Index: it
// iterates a comparing with ==, identity first.
func seqSearch(a, b object.Value, first bool) (int, bool, error) {
	it, err := object.GetIter(a)
	if err != nil {
		if object.ExceptionMatches(err, object.TypeError) {
			return 0, false, object.Errorf(object.TypeError, "argument of type '%s' is not iterable", object.TypeOf(a).Name)
		}
		return 0, false, err
	}
	n := 0
	for {
		v, ok, err := iterNext(it)
		if err != nil || !ok {
			return n, false, err
		}
		eq, err := object.CompareBool(v, b, object.CmpEq)
		if err != nil {
			return 0, false, err
		}
		if eq && first {
			return n, true, nil
		}
		if eq || first {
			n++
		}
	}
}

// compareDigest is _operator._compare_digest: a constant-time comparison
// of two ASCII strings or two bytes-like objects.
func compareDigest(a, b object.Value) (object.Value, error) {
	as, aStr := object.Unwrap(a).Object().(*object.Str)
	bs, bStr := object.Unwrap(b).Object().(*object.Str)
	if aStr && bStr && a.Kind() == object.KindObject && b.Kind() == object.KindObject {
		if !isASCII(as.S) || !isASCII(bs.S) {
			return object.Null, object.Errorf(object.TypeError, "comparing strings with non-ASCII characters is not supported")
		}
		return object.Bool(subtle.ConstantTimeCompare([]byte(as.S), []byte(bs.S)) == 1), nil
	}
	if aStr || bStr {
		other := a
		if aStr {
			other = b
		}
		if _, ok := digestBytes(other); !ok {
			return object.Null, object.Errorf(object.TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'", object.TypeOf(a).Name, object.TypeOf(b).Name)
		}
		return object.Null, object.Errorf(object.TypeError, "a bytes-like object is required, not 'str'")
	}
	ab, aok := digestBytes(a)
	bb, bok := digestBytes(b)
	if !aok || !bok {
		return object.Null, object.Errorf(object.TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'", object.TypeOf(a).Name, object.TypeOf(b).Name)
	}
	return object.Bool(subtle.ConstantTimeCompare(ab, bb) == 1), nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// digestBytes returns the bytes of a bytes or bytearray (or an object
// with a Go-side Bytes method, such as a memoryview another module
// defines).
func digestBytes(v object.Value) ([]byte, bool) {
	switch o := object.Unwrap(v).Object().(type) {
	case *object.Bytes:
		return o.B, true
	case *object.ByteArray:
		return o.B, true
	case interface{ Bytes() []byte }:
		return o.Bytes(), true
	}
	return nil, false
}

// ---- itemgetter ----

type itemgetter struct{ items []object.Value }

func (g *itemgetter) Type() *object.Type { return itemgetterType }

// Call returns obj[item], or the tuple of obj[item] for several items.
func (g *itemgetter) Call(args []object.Value, kw []string) (object.Value, error) {
	if err := getterArgs("itemgetter", args, kw); err != nil {
		return object.Null, err
	}
	if len(g.items) == 1 {
		return object.GetItem(args[0], g.items[0])
	}
	out := make([]object.Value, len(g.items))
	for i, it := range g.items {
		v, err := object.GetItem(args[0], it)
		if err != nil {
			return object.Null, err
		}
		out[i] = v
	}
	return tuple(out...), nil
}

// getterArgs checks the single positional argument of a getter call.
func getterArgs(name string, args []object.Value, kw []string) error {
	if err := object.NoKwargs(name, kw); err != nil {
		return err
	}
	return object.CheckPositional(name, len(args), 1, 1)
}

// ---- attrgetter ----

type attrgetter struct {
	names []string        // as given (for repr and __reduce__)
	attrs [][]*object.Str // each split at its dots
}

func (g *attrgetter) Type() *object.Type { return attrgetterType }

func (g *attrgetter) get(obj object.Value, path []*object.Str) (object.Value, error) {
	var err error
	for _, name := range path {
		if obj, err = object.GetAttr(obj, name); err != nil {
			return object.Null, err
		}
	}
	return obj, nil
}

// Call returns the attribute(s) of its argument.
func (g *attrgetter) Call(args []object.Value, kw []string) (object.Value, error) {
	if err := getterArgs("attrgetter", args, kw); err != nil {
		return object.Null, err
	}
	if len(g.attrs) == 1 {
		return g.get(args[0], g.attrs[0])
	}
	out := make([]object.Value, len(g.attrs))
	for i, p := range g.attrs {
		v, err := g.get(args[0], p)
		if err != nil {
			return object.Null, err
		}
		out[i] = v
	}
	return tuple(out...), nil
}

// ---- methodcaller ----

type methodcaller struct {
	name    *object.Str
	args    []object.Value
	kwnames []string
	kwvals  []object.Value
}

func (c *methodcaller) Type() *object.Type { return methodcallerType }

// Call calls the named method of its argument.
func (c *methodcaller) Call(args []object.Value, kw []string) (object.Value, error) {
	if err := getterArgs("methodcaller", args, kw); err != nil {
		return object.Null, err
	}
	m, err := object.GetAttr(args[0], c.name)
	if err != nil {
		return object.Null, err
	}
	if len(c.kwnames) == 0 {
		return object.Call(m, c.args, nil)
	}
	full := make([]object.Value, 0, len(c.args)+len(c.kwvals))
	full = append(append(full, c.args...), c.kwvals...)
	return object.Call(m, full, c.kwnames)
}

func reprJoin(b *strings.Builder, vals []object.Value) error {
	for i, v := range vals {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := object.Repr(v)
		if err != nil {
			return err
		}
		b.WriteString(r)
	}
	return nil
}

func initOperatorTypes() {
	itemgetterType.SetNew(func(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("itemgetter", kw); err != nil {
			return object.Null, err
		}
		if len(args) == 0 {
			// CPython words it as if exactly one were expected.
			return object.Null, object.CheckPositional("itemgetter", 0, 1, 1)
		}
		if err := object.CheckPositional("itemgetter", len(args), 1, -1); err != nil {
			return object.Null, err
		}
		return object.FromObject(&itemgetter{items: append([]object.Value(nil), args...)}), nil
	}, nil)
	attrgetterType.SetNew(func(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("attrgetter", kw); err != nil {
			return object.Null, err
		}
		if len(args) == 0 {
			// CPython words it as if exactly one were expected.
			return object.Null, object.CheckPositional("attrgetter", 0, 1, 1)
		}
		if err := object.CheckPositional("attrgetter", len(args), 1, -1); err != nil {
			return object.Null, err
		}
		g := &attrgetter{}
		for _, a := range args {
			s, ok := object.Unwrap(a).Object().(*object.Str)
			if !ok || !object.TypeOf(a).IsSubtype(object.StrType) {
				return object.Null, object.Errorf(object.TypeError, "attribute name must be a string")
			}
			var path []*object.Str
			for _, part := range strings.Split(s.S, ".") {
				path = append(path, object.Intern(part))
			}
			g.names = append(g.names, s.S)
			g.attrs = append(g.attrs, path)
		}
		return object.FromObject(g), nil
	}, nil)
	methodcallerType.SetNew(func(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
		npos := len(args) - len(kw)
		if npos < 1 {
			return object.Null, object.Errorf(object.TypeError, "methodcaller needs at least one argument, the method name")
		}
		s, ok := object.Unwrap(args[0]).Object().(*object.Str)
		if !ok || !object.TypeOf(args[0]).IsSubtype(object.StrType) {
			return object.Null, object.Errorf(object.TypeError, "method name must be a string")
		}
		c := &methodcaller{name: object.Intern(s.S)}
		c.args = append([]object.Value(nil), args[1:npos]...)
		c.kwnames = append([]string(nil), kw...)
		c.kwvals = append([]object.Value(nil), args[npos:]...)
		return object.FromObject(c), nil
	}, nil)

	call := func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return self.Object().(object.Callable).Call(args, kw)
	}
	for _, t := range []*object.Type{itemgetterType, attrgetterType, methodcallerType} {
		t.AddSlot("__call__", call)
	}
	itemgetterType.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		g := self.Object().(*itemgetter)
		if !object.ReprEnter(g) {
			return object.NewStr("operator.itemgetter(...)"), nil
		}
		defer object.ReprLeave()
		var b strings.Builder
		b.WriteString("operator.itemgetter(")
		if err := reprJoin(&b, g.items); err != nil {
			return object.Null, err
		}
		b.WriteByte(')')
		return object.NewStr(b.String()), nil
	})
	reduceMethod(itemgetterType, func(self object.Value, g *itemgetter) (object.Value, error) {
		return tuple(cls(self), tuple(append([]object.Value(nil), g.items...)...)), nil
	})
	attrgetterType.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		g := self.Object().(*attrgetter)
		names := make([]object.Value, len(g.names))
		for i, n := range g.names {
			names[i] = object.NewStr(n)
		}
		var b strings.Builder
		b.WriteString("operator.attrgetter(")
		if err := reprJoin(&b, names); err != nil {
			return object.Null, err
		}
		b.WriteByte(')')
		return object.NewStr(b.String()), nil
	})
	reduceMethod(attrgetterType, func(self object.Value, g *attrgetter) (object.Value, error) {
		names := make([]object.Value, len(g.names))
		for i, n := range g.names {
			names[i] = object.NewStr(n)
		}
		return tuple(cls(self), tuple(names...)), nil
	})
	methodcallerType.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		c := self.Object().(*methodcaller)
		if !object.ReprEnter(c) {
			return object.NewStr("operator.methodcaller(...)"), nil
		}
		defer object.ReprLeave()
		var b strings.Builder
		b.WriteString("operator.methodcaller(")
		if err := reprJoin(&b, append([]object.Value{object.FromObject(c.name)}, c.args...)); err != nil {
			return object.Null, err
		}
		for i, k := range c.kwnames {
			r, err := object.Repr(c.kwvals[i])
			if err != nil {
				return object.Null, err
			}
			b.WriteString(", " + k + "=" + r)
		}
		b.WriteByte(')')
		return object.NewStr(b.String()), nil
	})
	reduceMethod(methodcallerType, func(self object.Value, c *methodcaller) (object.Value, error) {
		if len(c.kwnames) == 0 {
			return tuple(cls(self), tuple(append([]object.Value{object.FromObject(c.name)}, c.args...)...)), nil
		}
		full := append([]object.Value{cls(self), object.FromObject(c.name)}, c.kwvals...)
		p, err := partialNew(partialType, full, c.kwnames)
		if err != nil {
			return object.Null, err
		}
		return tuple(p, tuple(append([]object.Value(nil), c.args...)...)), nil
	})
}

func init() { initOperatorTypes() }
