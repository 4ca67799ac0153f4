package native

import (
	"fmt"

	"github.com/pyvar/pyvar/core/object"
)

// Proxies forward every operation to their referent, as CPython's
// proxy_* slots do: the operands that are proxies are replaced by their
// referents and the operation runs again; a dead referent raises
// ReferenceError.

func errDeadProxy() error {
	return object.Errorf(object.ReferenceError, "weakly-referenced object no longer exists")
}

// unwrapProxy returns v's referent when v is a proxy, v otherwise.
func unwrapProxy(v object.Value) (object.Value, error) {
	w := weakOf(v)
	if w == nil || !w.Proxy {
		return v, nil
	}
	r := w.Referent()
	if r.IsNull() {
		return object.Null, errDeadProxy()
	}
	return r, nil
}

type proxySlot func(self object.Value, args []object.Value, kw []string) (object.Value, error)

// unwrapAll replaces self and the arguments by their referents.
func unwrapAll(self object.Value, args []object.Value) (object.Value, []object.Value, error) {
	x, err := unwrapProxy(self)
	if err != nil {
		return object.Null, nil, err
	}
	out := make([]object.Value, len(args))
	for i, a := range args {
		if out[i], err = unwrapProxy(a); err != nil {
			return object.Null, nil, err
		}
	}
	return x, out, nil
}

func proxyUnary(name string, fn func(x object.Value) (object.Value, error)) (string, proxySlot) {
	return name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs(name, kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional(name, len(args), 0, 0); err != nil {
			return object.Null, err
		}
		x, err := unwrapProxy(self)
		if err != nil {
			return object.Null, err
		}
		return fn(x)
	}
}

func proxyBinary(name string, fn func(x, y object.Value) (object.Value, error)) (string, proxySlot) {
	return name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne(name, args, kw); err != nil {
			return object.Null, err
		}
		x, a, err := unwrapAll(self, args)
		if err != nil {
			return object.Null, err
		}
		return fn(x, a[0])
	}
}

func initProxyTypes() {
	for _, t := range []*object.Type{ProxyType, CallableProxyType} {
		t.GetAttro = func(v object.Value, name *object.Str) (object.Value, error) {
			x, err := unwrapProxy(v)
			if err != nil {
				return object.Null, err
			}
			return object.GetAttr(x, name)
		}
		t.SetAttro = func(v object.Value, name *object.Str, val object.Value) error {
			x, err := unwrapProxy(v)
			if err != nil {
				return err
			}
			if val.IsNull() {
				return object.DelAttr(x, name)
			}
			return object.SetAttr(x, name, val)
		}
		t.SetAttrString("__hash__", object.None)
		add := func(name string, fn proxySlot) { t.AddSlot(name, fn) }
		add("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			r := weakOf(self).Referent()
			name, id := "NoneType", uint64(0)
			if !r.IsNull() {
				name = object.TypeOf(r).Name
				id = object.ObjectID(r.Object())
			}
			return object.NewStr(fmt.Sprintf("<weakproxy at %#x to %s at %#x>", object.ObjectID(self.Object()), name, id)), nil
		})
		add(proxyUnary("__str__", func(x object.Value) (object.Value, error) {
			s, err := object.StrOf(x)
			return object.NewStr(s), err
		}))
		add(proxyUnary("__bool__", func(x object.Value) (object.Value, error) {
			b, err := object.Truth(x)
			return object.Bool(b), err
		}))
		add(proxyUnary("__len__", func(x object.Value) (object.Value, error) {
			n, err := object.Len(x)
			return object.Int(int64(n)), err
		}))
		add(proxyUnary("__iter__", object.GetIter))
		add(proxyUnary("__next__", func(x object.Value) (object.Value, error) {
			it, ok := x.Object().(object.Iterator)
			if !ok && object.TypeOf(x).LookupString("__next__").IsNull() {
				return object.Null, object.Errorf(object.TypeError, "Weakref proxy referenced a non-iterator '%s' object", object.TypeOf(x).Name)
			}
			var v object.Value
			var more bool
			var err error
			if ok {
				v, more, err = it.Next()
			} else {
				v, more, err = object.Next(x)
			}
			if err != nil {
				return object.Null, err
			}
			if !more {
				return object.Null, object.NewException(object.StopIteration)
			}
			return v, nil
		}))
		add(proxyUnary("__neg__", func(x object.Value) (object.Value, error) { return object.UnaryOp(object.Neg, x) }))
		add(proxyUnary("__pos__", func(x object.Value) (object.Value, error) { return object.UnaryOp(object.Pos, x) }))
		add(proxyUnary("__invert__", func(x object.Value) (object.Value, error) { return object.UnaryOp(object.Invert, x) }))
		add(proxyUnary("__abs__", object.Abs))
		add(proxyUnary("__index__", object.Index))
		add(proxyUnary("__int__", func(x object.Value) (object.Value, error) {
			return object.Call(object.FromObject(object.IntType), []object.Value{x}, nil)
		}))
		add(proxyUnary("__float__", func(x object.Value) (object.Value, error) {
			return object.Call(object.FromObject(object.FloatType), []object.Value{x}, nil)
		}))
		for _, name := range []string{"__bytes__", "__reversed__"} {
			add(proxyUnary(name, func(x object.Value) (object.Value, error) {
				m, err := object.GetAttrString(x, name)
				if err != nil {
					return object.Null, err
				}
				return object.Call(m, nil, nil)
			}))
		}
		add(proxyBinary("__getitem__", object.GetItem))
		add(proxyBinary("__delitem__", func(x, k object.Value) (object.Value, error) { return object.None, object.DelItem(x, k) }))
		add(proxyBinary("__contains__", func(x, k object.Value) (object.Value, error) {
			b, err := object.Contains(x, k)
			return object.Bool(b), err
		}))
		add("__setitem__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoKwargs("__setitem__", kw); err != nil {
				return object.Null, err
			}
			if err := object.CheckPositional("__setitem__", len(args), 2, 2); err != nil {
				return object.Null, err
			}
			x, a, err := unwrapAll(self, args)
			if err != nil {
				return object.Null, err
			}
			return object.None, object.SetItem(x, a[0], a[1])
		})
		ops := []struct {
			name string
			op   object.BinOp
		}{{"add", object.Add}, {"sub", object.Sub}, {"mul", object.Mul}, {"matmul", object.MatMul},
			{"truediv", object.TrueDiv}, {"floordiv", object.FloorDiv}, {"mod", object.Mod},
			{"lshift", object.LShift}, {"rshift", object.RShift}, {"and", object.And}, {"or", object.Or}, {"xor", object.Xor}}
		for _, o := range ops {
			add(proxyBinary("__"+o.name+"__", func(x, y object.Value) (object.Value, error) { return object.BinaryOp(o.op, x, y) }))
			add(proxyBinary("__r"+o.name+"__", func(x, y object.Value) (object.Value, error) { return object.BinaryOp(o.op, y, x) }))
			add(proxyBinary("__i"+o.name+"__", func(x, y object.Value) (object.Value, error) { return object.InplaceOp(o.op, x, y) }))
		}
		add(proxyBinary("__divmod__", func(x, y object.Value) (object.Value, error) { return object.BinaryOp(object.DivMod, x, y) }))
		add(proxyBinary("__rdivmod__", func(x, y object.Value) (object.Value, error) { return object.BinaryOp(object.DivMod, y, x) }))
		add(proxyBinary("__ipow__", func(x, y object.Value) (object.Value, error) { return object.InplaceOp(object.Pow, x, y) }))
		for _, reflected := range []bool{false, true} {
			name := "__pow__"
			if reflected {
				name = "__rpow__"
			}
			add(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
				if err := object.NoKwargs(name, kw); err != nil {
					return object.Null, err
				}
				if err := object.CheckPositional(name, len(args), 1, 2); err != nil {
					return object.Null, err
				}
				x, a, err := unwrapAll(self, args)
				if err != nil {
					return object.Null, err
				}
				y := a[0]
				if reflected {
					x, y = y, x
				}
				if len(a) == 2 && !a[1].IsNone() {
					return object.Pow3(x, y, a[1])
				}
				return object.BinaryOp(object.Pow, x, y)
			})
		}
		for _, op := range []object.CompareOp{object.CmpLt, object.CmpLe, object.CmpEq, object.CmpNe, object.CmpGt, object.CmpGe} {
			name := [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}[op]
			add(proxyBinary(name, func(x, y object.Value) (object.Value, error) { return object.RichCompare(x, y, op) }))
		}
	}
	CallableProxyType.AddSlot("__call__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		x, err := unwrapProxy(self)
		if err != nil {
			return object.Null, err
		}
		return object.Call(x, args, kw)
	})
}
