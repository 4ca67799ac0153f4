package code

import (
	"math"

	"github.com/pyvar/pyvar/core/object"
)

// PyRichCompare is code_richcompare: code objects are equal when they
// would run alike, whatever their filename and line table; constants
// compare by type and value (0, 0.0 and False differ, as do 0.0 and -0.0).
func (c *Code) PyRichCompare(other object.Value, op object.CompareOp) (object.Value, error) {
	d, ok := other.Object().(*Code)
	if !ok || op != object.CmpEq && op != object.CmpNe {
		return object.NotImplemented, nil
	}
	eq, err := c.equal(d)
	if err != nil {
		return object.Null, err
	}
	return object.Bool(eq == (op == object.CmpEq)), nil
}

// PyHash is code_hash: over what equality compares (but the constants).
func (c *Code) PyHash() (int64, error) {
	hn, err := object.Hash(object.NewStr(c.Name))
	if err != nil {
		return 0, err
	}
	h := hn
	for _, u := range c.Code {
		h = h*1000003 ^ int64(u)
	}
	h ^= int64(c.Argcount) ^ int64(c.Posonlyargcount)<<8 ^ int64(c.Kwonlyargcount)<<16 ^
		int64(c.ShownNlocals())<<24 ^ int64(c.Flags)<<32
	if h == -1 {
		h = -2
	}
	return h, nil
}

func (c *Code) equal(d *Code) (bool, error) {
	if c == d {
		return true, nil
	}
	if c.Name != d.Name || c.Argcount != d.Argcount || c.Posonlyargcount != d.Posonlyargcount ||
		c.Kwonlyargcount != d.Kwonlyargcount || c.ShownNlocals() != d.ShownNlocals() || c.Flags != d.Flags ||
		c.Firstlineno != d.Firstlineno || len(c.Code) != len(d.Code) || len(c.Consts) != len(d.Consts) ||
		!sameStrings(c.Names, d.Names) || !sameStrings(c.Varnames, d.Varnames) ||
		!sameStrings(c.Freevars, d.Freevars) || !sameStrings(c.Cellvars, d.Cellvars) {
		return false, nil
	}
	for i, u := range c.Code {
		if u != d.Code[i] {
			return false, nil
		}
	}
	for i, k := range c.Consts {
		if eq, err := constEqual(k, d.Consts[i]); !eq || err != nil {
			return false, err
		}
	}
	return true, nil
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// constEqual compares two constants as _PyCode_ConstantKey's keys do:
// same type and value, floats and complexes by their bits (the sign of
// zero counts), tuples item by item.
func constEqual(a, b object.Value) (bool, error) {
	if a.Is(b) {
		return true, nil
	}
	if object.TypeOf(a) != object.TypeOf(b) {
		return false, nil
	}
	if a.IsFloat() {
		return math.Float64bits(a.RawFloat()) == math.Float64bits(b.RawFloat()), nil
	}
	switch x := a.Object().(type) {
	case *object.Complex:
		y := b.Object().(*object.Complex)
		return math.Float64bits(real(x.V)) == math.Float64bits(real(y.V)) &&
			math.Float64bits(imag(x.V)) == math.Float64bits(imag(y.V)), nil
	case *object.Tuple:
		y := b.Object().(*object.Tuple)
		if len(x.Items) != len(y.Items) {
			return false, nil
		}
		for i := range x.Items {
			if eq, err := constEqual(x.Items[i], y.Items[i]); !eq || err != nil {
				return false, err
			}
		}
		return true, nil
	case *Code:
		return x.equal(b.Object().(*Code))
	}
	return object.Equal(a, b)
}
