package object

import "math"

// BinOp names a binary operator.
type BinOp uint8

// The binary operators, for BinaryOp and InplaceOp.
const (
	Add BinOp = iota
	Sub
	Mul
	MatMul
	TrueDiv
	FloorDiv
	Mod
	Pow
	LShift
	RShift
	And
	Or
	Xor
	DivMod // divmod(a, b): only through BinaryOp, never in-place
)

var binOpSymbols = [...]string{"+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "divmod()"}
var binOpNames, rbinOpNames, ibinOpNames [DivMod + 1]*Str

func init() {
	base := [...]string{"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "divmod"}
	for i, b := range base {
		binOpNames[i] = Intern("__" + b + "__")
		rbinOpNames[i] = Intern("__r" + b + "__")
		ibinOpNames[i] = Intern("__i" + b + "__")
	}
}

// String returns the operator symbol as used in error messages.
func (op BinOp) String() string { return binOpSymbols[op] }

// UnOp names a unary operator.
type UnOp uint8

// The unary operators, for UnaryOp.
const (
	Neg UnOp = iota
	Pos
	Invert
	Not
)

// CompareOp is a rich comparison, in CPython's cmp_op order.
type CompareOp uint8

// The comparisons.
const (
	CmpLt CompareOp = iota
	CmpLe
	CmpEq
	CmpNe
	CmpGt
	CmpGe
)

// CompareOrdered applies op to two ints or two floats. Go's float
// comparisons are IEEE 754's, as Python's are: NaN is unordered and unequal
// to everything. Small enough to inline, so the eval loop uses it too.
func CompareOrdered[T int64 | float64](a, b T, op CompareOp) bool {
	switch op {
	case CmpLt:
		return a < b
	case CmpLe:
		return a <= b
	case CmpEq:
		return a == b
	case CmpNe:
		return a != b
	case CmpGt:
		return a > b
	}
	return a >= b
}

// Short aliases matching the brief's names.
const (
	Lt = CmpLt
	Le = CmpLe
	Eq = CmpEq
	Ne = CmpNe
	Gt = CmpGt
	Ge = CmpGe
)

var cmpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}
var cmpSwapped = [...]CompareOp{CmpGt, CmpGe, CmpEq, CmpNe, CmpLt, CmpLe}

// String returns the comparison's symbol.
func (op CompareOp) String() string { return cmpSymbols[op] }

// BinaryOp computes a op b with Python's dispatch: a's method, then b's
// reflected one (b's first when b's type is a subclass overriding it).
func BinaryOp(op BinOp, a, b Value) (Value, error) {
	if a.IsInt() && b.IsInt() && op != MatMul {
		return intBinary(op, int64(a.n), int64(b.n))
	}
	if op == Add && a.IsObject() && b.IsObject() {
		if r, ok := strConcatFast(a, b); ok {
			return r, nil
		}
	}
	if r, ok, err := floatFast(op, a, b); ok {
		return r, err
	}
	ta, tb := TypeOf(a), TypeOf(b)
	if !ta.viaNamespace() && !tb.viaNamespace() {
		if op == Or && (isUnionType(ta) || isUnionType(tb)) {
			// type.__or__ (PEP 604): int | None
			if r, err := makeUnion(a, b); err != nil || r.o != notImplemented {
				return r, err
			}
		}
		r, err := builtinBinary(op, a, b)
		if err != nil {
			return Null, err
		}
		if r.o != notImplemented {
			return r, nil
		}
		return seqRepeatFallback(op, a, b, ta, tb, "")
	}
	r, err := binaryOp1(op, a, b, ta, tb)
	if err != nil {
		return Null, err
	}
	if r.o == notImplemented {
		return seqRepeatFallback(op, a, b, ta, tb, "")
	}
	return r, nil
}

func isSequence(v Value) bool {
	switch Unwrap(v).o.(type) {
	case *Str, *List, *Tuple, *Bytes, *ByteArray:
		return true
	}
	return false
}

// seqRepeatFallback is what PyNumber_Multiply does when no number slot
// accepted the operands: a sequence times an object with __index__
// repeats, anything else is "can't multiply sequence by non-int".
func seqRepeatFallback(op BinOp, a, b Value, ta, tb *Type, suffix string) (Value, error) {
	if op == Mul {
		seq, n, nt := a, b, tb
		if !isSequence(a) {
			if suffix != "" && ta.Heap {
				// In place, a class's instance on the left has
				// sequence methods (without a repeat): b is not
				// repeated (PyNumber_InPlaceMultiply).
				return Null, binopTypeError(op, ta, tb, suffix)
			}
			seq, n, nt = b, a, ta
		}
		if isSequence(seq) {
			if !IndexCheck(n) {
				return Null, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", nt.Name)
			}
			return repeatValue(Unwrap(seq), n)
		}
	}
	return Null, binopTypeError(op, ta, tb, suffix)
}

// floatFast handles float op float and float/int mixes without type
// dispatch; ok is false when the operands or the operator need the
// general path.
func floatFast(op BinOp, a, b Value) (Value, bool, error) {
	var x, y float64
	switch {
	case a.IsFloat() && b.IsFloat():
		x, y = a.RawFloat(), b.RawFloat()
	case a.IsFloat() && b.IsInt():
		x, y = a.RawFloat(), float64(int64(b.n))
	case a.IsInt() && b.IsFloat():
		x, y = float64(int64(a.n)), b.RawFloat()
	default:
		return Null, false, nil
	}
	switch op {
	case Add:
		return Float(x + y), true, nil
	case Sub:
		return Float(x - y), true, nil
	case Mul:
		return Float(x * y), true, nil
	case TrueDiv:
		if y != 0 {
			return Float(x / y), true, nil
		}
	}
	if op > DivMod {
		return Null, false, nil
	}
	r, err := floatBinary(op, x, y)
	if err == nil && r.o == notImplemented {
		return Null, false, nil
	}
	return r, true, err
}

func binopTypeError(op BinOp, ta, tb *Type, suffix string) error {
	if op == DivMod {
		return Errorf(TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", ta.Name, tb.Name)
	}
	if op == Pow && suffix == "=" {
		return Errorf(TypeError, "unsupported operand type(s) for **=: '%s' and '%s'", ta.Name, tb.Name)
	}
	return Errorf(TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", op, suffix, ta.Name, tb.Name)
}

// seqSlot reports whether m is a built-in sequence's own __add__ or
// __mul__ (str, list, tuple, bytes, bytearray: sq_concat and sq_repeat in
// CPython, not number slots).
func seqSlot(m Value) bool {
	md, ok := m.o.(*MethodDescr)
	if !ok || !m.IsObject() {
		return false
	}
	switch md.Owner {
	case StrType, ListType, TupleType, BytesType, ByteArrayType:
		return true
	}
	return false
}

// binaryOp1 is CPython's binary_op1 over the special-method names, with
// SLOT1BINFULL's rule for the reflected method: b's __rop__ goes first only
// when b's type is a subclass of a's that overrides it
// (method_is_overloaded), and otherwise is tried after a's __op__, even
// when both types inherit the same __rop__.
//
// b's __rop__ is looked up only when it may be called: an instance plus an
// int (v + 1) answered by v's __add__ never searches int's namespace.
func binaryOp1(op BinOp, a, b Value, ta, tb *Type) (Value, error) {
	slotA := ta.Lookup(binOpNames[op])
	var slotB Value
	lookedB := tb == ta // the same type: no reflected call
	if (op == Add || op == Mul) && seqSlot(slotA) {
		// A built-in sequence concatenates and repeats through
		// sq_concat/sq_repeat, which PyNumber_Add and PyNumber_Multiply
		// try only after both operands' number slots: b's __radd__ or
		// __rmul__ goes first ("a" + R() with R.__radd__).
		if !lookedB {
			slotB = tb.Lookup(rbinOpNames[op])
		}
		if !slotB.IsNull() {
			r, err := CallMethodValue1(slotB, b, a)
			if err != nil || r.o != notImplemented {
				return r, err
			}
		}
		return CallMethodValue1(slotA, a, b)
	}
	if !slotA.IsNull() {
		if tb != ta && tb.IsSubtype(ta) {
			slotB, lookedB = tb.Lookup(rbinOpNames[op]), true
			if !slotB.IsNull() && !slotB.Is(ta.Lookup(rbinOpNames[op])) {
				r, err := CallMethodValue1(slotB, b, a)
				if err != nil || r.o != notImplemented {
					return r, err
				}
				slotB = Null
			}
		}
		r, err := CallMethodValue1(slotA, a, b)
		if err != nil || r.o != notImplemented {
			return r, err
		}
	}
	if !lookedB {
		slotB = tb.Lookup(rbinOpNames[op])
	}
	if !slotB.IsNull() {
		return CallMethodValue1(slotB, b, a)
	}
	return NotImplemented, nil
}

// InplaceOp computes a op= b: __iop__ when defined (list += mutates),
// else the binary operator.
func InplaceOp(op BinOp, a, b Value) (Value, error) {
	if a.IsInt() && b.IsInt() && op != MatMul {
		return intBinary(op, int64(a.n), int64(b.n))
	}
	if op == Add && a.IsObject() && b.IsObject() {
		if r, ok := strConcatFast(a, b); ok {
			return r, nil
		}
	}
	if r, ok, err := floatFast(op, a, b); ok {
		return r, err
	}
	ta := TypeOf(a)
	if !ta.viaNamespace() {
		if _, ok := a.o.(*List); ok && (op == Add || op == Mul) && a.IsObject() {
			// list's += and *= are sq_inplace_concat/repeat, tried after
			// the right operand's __radd__/__rmul__ (PyNumber_InPlaceAdd).
			if tb := TypeOf(b); tb.viaNamespace() {
				if m := tb.Lookup(rbinOpNames[op]); !m.IsNull() {
					r, err := CallMethodValue1(m, b, a)
					if err != nil || r.o != notImplemented {
						return r, err
					}
				}
			}
		}
		if r, ok, err := builtinInplace(op, a, b); ok || err != nil {
			return r, err
		}
	} else if m := ta.Lookup(ibinOpNames[op]); !m.IsNull() {
		r, err := callCompareSlot(m, a, b)
		if err != nil || r.o != notImplemented {
			return r, err
		}
	}
	tb := TypeOf(b)
	var r Value
	var err error
	if !ta.viaNamespace() && !tb.viaNamespace() {
		r, err = builtinBinary(op, a, b)
	} else {
		r, err = binaryOp1(op, a, b, ta, tb)
	}
	if err != nil {
		return Null, err
	}
	if r.o == notImplemented {
		return seqRepeatFallback(op, a, b, ta, tb, "=")
	}
	return r, nil
}

// UnaryOp computes -v, +v, ~v or not v.
func UnaryOp(op UnOp, v Value) (Value, error) {
	if op == Not {
		t, err := Truth(v)
		return Bool(!t), err
	}
	t := TypeOf(v)
	if !t.viaNamespace() {
		if r, ok, err := builtinUnary(op, v); ok || err != nil {
			return r, err
		}
	} else {
		name := [...]*Str{strNeg, strPos, strInvert}[op]
		if m := t.Lookup(name); !m.IsNull() {
			return CallMethodValue(m, v, nil, nil)
		}
	}
	sym := [...]string{"unary -", "unary +", "unary ~"}[op]
	return Null, Errorf(TypeError, "bad operand type for %s: '%s'", sym, t.Name)
}

// RichCompare computes a op b as a Python value (usually a bool).
func RichCompare(a, b Value, op CompareOp) (Value, error) {
	if a.IsInt() && b.IsInt() {
		return Bool(CompareOrdered(int64(a.n), int64(b.n), op)), nil
	}
	if a.IsFloat() && b.IsFloat() {
		return Bool(CompareOrdered(a.RawFloat(), b.RawFloat(), op)), nil
	}
	if a.IsFloat() && b.IsInt() {
		return Bool(floatIntCompare(a.RawFloat(), b, op)), nil
	}
	if a.IsInt() && b.IsFloat() {
		return Bool(floatIntCompare(b.RawFloat(), a, cmpSwapped[op])), nil
	}
	if sa, ok := a.o.(*Str); ok {
		if sb, ok := b.o.(*Str); ok {
			return Bool(cmpStrings(sa.S, sb.S, op)), nil
		}
		if !b.IsObject() && !b.IsNull() && (op == CmpEq || op == CmpNe) {
			// An exact str against an int, float, bool or None: neither
			// side's __eq__ knows the other, identity decides.
			return Bool(op == CmpNe), nil
		}
	} else if !a.IsObject() && !a.IsNull() && (op == CmpEq || op == CmpNe) && b.IsObject() {
		if _, ok := b.o.(*Str); ok {
			return Bool(op == CmpNe), nil
		}
	}
	if op == CmpEq || op == CmpNe {
		// Two instances of classes that keep object's __eq__ and __ne__
		// (s.strength == Strength.REQUIRED): object's comparison answers
		// True for the same object, else NotImplemented both ways, and
		// the fallback compares identity.
		if ia, ok := a.o.(*Instance); ok {
			if ib, ok := b.o.(*Instance); ok && ia.Class.identityEquality() &&
				(ib.Class == ia.Class || ib.Class.identityEquality()) {
				return Bool((ia == ib) == (op == CmpEq)), nil
			}
		}
	}
	if err := EnterRecursiveCall(" in comparison"); err != nil {
		return Null, err
	}
	// Not deferred: with this many returns Go cannot open-code a defer,
	// and a runtime defer costs every comparison that gets here.
	var r Value
	var err error
	{
		// Two tuples or two lists (*Tuple and *List are always exact):
		// their richcompare itself, without the type dispatch that tries
		// numbers first.
		switch x := a.o.(type) {
		case *Tuple:
			if y, ok := b.o.(*Tuple); ok {
				r, err = seqCompare(x.Items, y.Items, op)
				LeaveRecursiveCall()
				return r, err
			}
		case *List:
			if y, ok := b.o.(*List); ok {
				r, err = listCompare(x, y, op)
				LeaveRecursiveCall()
				return r, err
			}
		}
	}
	r, err = richCompareSlow(a, b, op)
	LeaveRecursiveCall()
	return r, err
}

// richCompareSlow is RichCompare past its fast paths, inside the recursion
// check: the types' comparison methods, then the identity fallback.
func richCompareSlow(a, b Value, op CompareOp) (Value, error) {
	ta, tb := TypeOf(a), TypeOf(b)
	if !ta.viaNamespace() && !tb.viaNamespace() {
		r, err := builtinCompare(a, b, op)
		if err != nil || r.o != notImplemented {
			return r, err
		}
		if ta != tb {
			// b's tp_richcompare with the swapped operator: {1} == d.keys().
			r, err := builtinCompare(b, a, cmpSwapped[op])
			if err != nil || r.o != notImplemented {
				return r, err
			}
		}
		return compareFallback(a, b, op, ta, tb)
	}
	name, rname := compareNames[op], compareNames[cmpSwapped[op]]
	checkedReverse := false
	if ta != tb && tb.IsSubtype(ta) {
		if m := tb.Lookup(rname); !m.IsNull() {
			checkedReverse = true
			r, err := callCompareSlot(m, b, a)
			if err != nil || r.o != notImplemented {
				return r, err
			}
		}
	}
	if m := ta.Lookup(name); !m.IsNull() {
		r, err := callCompareSlot(m, a, b)
		if err != nil || r.o != notImplemented {
			return r, err
		}
	}
	if !checkedReverse {
		if m := tb.Lookup(rname); !m.IsNull() {
			r, err := callCompareSlot(m, b, a)
			if err != nil || r.o != notImplemented {
				return r, err
			}
		}
	}
	return compareFallback(a, b, op, ta, tb)
}

// callCompareSlot calls the comparison method m found on self's class, as
// slot_tp_richcompare does: when binding it fails (a property that
// raises), the comparison is NotImplemented instead of the error.
func callCompareSlot(m, self, other Value) (Value, error) {
	switch m.o.(type) {
	case *MethodDescr, MethodDescriptor:
	default:
		bound, ok, err := descrGet(m, self, TypeOf(self))
		if err != nil {
			return FromObject(notImplemented), nil
		}
		if ok {
			return Call1(bound, other)
		}
	}
	return CallMethodValue1(m, self, other)
}

func compareFallback(a, b Value, op CompareOp, ta, tb *Type) (Value, error) {
	switch op {
	case CmpEq:
		return Bool(a.Is(b)), nil
	case CmpNe:
		return Bool(!a.Is(b)), nil
	}
	return Null, Errorf(TypeError, "'%s' not supported between instances of '%s' and '%s'", op, ta.Name, tb.Name)
}

// CompareBool is RichCompare followed by Truth, with the identity shortcut
// CPython's PyObject_RichCompareBool takes for == and !=.
func CompareBool(a, b Value, op CompareOp) (bool, error) {
	// Identity implies equality (a NaN float is "identical" to a NaN with
	// the same bits, as the same float object would be in CPython).
	if (op == CmpEq || op == CmpNe) && a.Is(b) && !a.IsNull() {
		return op == CmpEq, nil
	}
	if op == CmpEq {
		// Exact strs, bytes and tuples (no subclass can override their
		// __eq__): what their rich comparison would answer, without its
		// dispatch (`tok in (("op", "+"), ("op", "-"))`).
		switch x := a.o.(type) {
		case *Str:
			if y, ok := b.o.(*Str); ok {
				return x.S == y.S, nil
			}
		case *Bytes:
			if y, ok := b.o.(*Bytes); ok {
				return string(x.B) == string(y.B), nil
			}
		case *Tuple:
			if y, ok := b.o.(*Tuple); ok {
				// The recursion check of the rich comparison this
				// replaces: t == u of deeply nested tuples raises.
				if err := EnterRecursiveCall(" in comparison"); err != nil {
					return false, err
				}
				eq, err := itemsEqual(x.Items, y.Items)
				LeaveRecursiveCall()
				return eq, err
			}
		}
	}
	r, err := RichCompare(a, b, op)
	if err != nil {
		return false, err
	}
	if r.IsBool() {
		return r.n != 0, nil
	}
	return Truth(r)
}

// itemsEqual is == of two tuples' items, seqCompare's answer for CmpEq:
// str and small int items are compared here, anything else by Equal.
func itemsEqual(a, b []Value) (bool, error) {
	if len(a) != len(b) {
		return false, nil
	}
	for i := range a {
		x, y := &a[i], &b[i]
		if xs, ok := x.o.(*Str); ok {
			if ys, ok := y.o.(*Str); ok {
				if xs != ys && xs.S != ys.S {
					return false, nil
				}
				continue
			}
		} else if x.IsInt() && y.IsInt() {
			if x.n != y.n {
				return false, nil
			}
			continue
		}
		if eq, err := CompareBool(*x, *y, CmpEq); err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// Equal reports a == b (identity implies equality, as in containers).
func Equal(a, b Value) (bool, error) {
	// Two exact strs or two small ints: the answer, without CompareBool
	// (items of containers compared one by one).
	if a.IsObject() && b.IsObject() {
		switch x := a.o.(type) {
		case *Str:
			if y, ok := b.o.(*Str); ok {
				return x == y || x.S == y.S, nil
			}
		case *Tuple:
			// `tok in (("op", "+"), ("op", "-"))`: CompareBool's exact
			// tuple path without its identity test and dispatch.
			if y, ok := b.o.(*Tuple); ok {
				if x == y {
					return true, nil
				}
				if len(x.Items) != len(y.Items) {
					return false, nil
				}
				if err := EnterRecursiveCall(" in comparison"); err != nil {
					return false, err
				}
				eq, err := itemsEqual(x.Items, y.Items)
				LeaveRecursiveCall()
				return eq, err
			}
		}
	} else if a.IsInt() && b.IsInt() {
		return a.n == b.n, nil
	}
	return CompareBool(a, b, CmpEq)
}

// Truth returns bool(v).
func Truth(v Value) (bool, error) {
	switch v.Kind() {
	case KindBool, KindInt:
		return v.n != 0, nil
	case KindNone, KindNull:
		return false, nil
	case KindFloat:
		return v.RawFloat() != 0, nil
	}
	switch o := v.o.(type) {
	case *Str:
		return len(o.S) > 0, nil
	case *List:
		return len(o.Items) > 0, nil
	case *Tuple:
		return len(o.Items) > 0, nil
	case *Dict:
		return o.Len() > 0, nil
	case *Instance:
		return namespaceTruth(v, o.Class)
	case *Range:
		return o.nonEmpty(), nil
	}
	if t := v.o.Type(); t.Native || t.Heap {
		return namespaceTruth(v, t)
	}
	if n, ok, err := builtinLen(v); ok || err != nil {
		return n > 0, err
	}
	if v.o == notImplemented {
		return true, notImplementedTruth()
	}
	if r, ok := builtinTruth(v); ok {
		return r, nil
	}
	return true, nil
}

// namespaceTruth is bool(v) through __bool__, then __len__, of type t.
func namespaceTruth(v Value, t *Type) (bool, error) {
	if m := t.Lookup(strBool); !m.IsNull() {
		if m.IsNone() {
			return false, Errorf(TypeError, "'NoneType' object is not callable")
		}
		r, err := CallMethodValue(m, v, nil, nil)
		if err != nil {
			return false, err
		}
		if !r.IsBool() {
			return false, Errorf(TypeError, "__bool__ should return bool, returned %s", TypeOf(r).Name)
		}
		return r.n != 0, nil
	}
	if m := t.Lookup(strLen); !m.IsNull() {
		n, err := callLen(m, v)
		return n > 0, err
	}
	return true, nil
}

// Len returns len(v).
func Len(v Value) (int, error) {
	if v.IsObject() {
		switch o := v.o.(type) {
		case *List:
			return len(o.Items), nil
		case *Tuple:
			return len(o.Items), nil
		case *Str:
			return o.Len(), nil
		case *Dict:
			return o.Len(), nil
		}
		t := v.o.Type()
		if t.viaNamespace() {
			if m := t.Lookup(strLen); !m.IsNull() {
				return callLen(m, v)
			}
		} else if n, ok, err := builtinLen(v); ok || err != nil {
			return n, err
		}
	}
	return 0, Errorf(TypeError, "object of type '%s' has no len()", TypeOf(v).Name)
}

func callLen(m, v Value) (int, error) {
	r, err := CallMethodValue(m, v, nil, nil)
	if err != nil {
		return 0, err
	}
	n, err := Index(r)
	if err != nil {
		return 0, err
	}
	// As slot_sq_length: a negative length is a ValueError before a huge
	// one is an OverflowError.
	i, ok := n.AsInt()
	if !ok && toBig(n).Sign() < 0 || ok && i < 0 {
		return 0, Errorf(ValueError, "__len__() should return >= 0")
	}
	if !ok {
		return 0, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	return int(i), nil
}

// Hash returns hash(v).
func Hash(v Value) (int64, error) {
	h, err := v.Hash()
	return int64(h), err
}

// classIsType reports whether v.__class__ is type(v) without reading it:
// v is not a class and its type resolves __class__, through the generic
// __getattribute__, to object's own descriptor (a data descriptor, so no
// instance dict can shadow it). A false isinstance on an instance read
// __class__ through the whole GetAttr, about 500 instructions.
func classIsType(v Value) bool {
	if _, ok := v.o.(*Type); ok {
		return false
	}
	t := TypeOf(v)
	if t.GetAttro != nil {
		return false
	}
	var d Value
	if t.Heap {
		c := t.validCache()
		if ga, ok := t.lookupGetattribute(c).o.(*MethodDescr); !ok || ga.Owner != ObjectType {
			return false
		}
		d = t.lookupCached(c, strClass)
	} else {
		d = t.Lookup(strClass)
	}
	gs, ok := d.o.(*GetSetDescr)
	return ok && gs.Owner == ObjectType
}

// IsInstance is isinstance(v, cls) where cls is a type or a tuple of them.
func IsInstance(v Value, cls Value) (bool, error) {
	switch c := cls.o.(type) {
	case *Type:
		if TypeOf(v).IsSubtype(c) {
			return true, nil
		}
		if c.Type() != TypeType {
			if m := c.Type().Lookup(strInstancecheck); !m.IsNull() {
				return callCheckHook(m, cls, v, " in __instancecheck__")
			}
		}
		if v.IsObject() && !classIsType(v) {
			// An object may claim another class through __class__; an
			// error other than AttributeError is not masked.
			ct, err := GetAttr(v, strClass)
			if err != nil {
				if ExceptionMatches(err, AttributeError) {
					return false, nil
				}
				return false, err
			}
			if ctt, ok := ct.o.(*Type); ok && ctt != TypeOf(v) {
				return ctt.IsSubtype(c), nil
			}
		}
		return false, nil
	case *Union:
		return unionCheck(c, "isinstance", func(t Value) (bool, error) { return IsInstance(v, t) })
	case *Tuple:
		// Nested tuples recurse in Go: counted as in CPython.
		if err := EnterRecursiveCall(" in __instancecheck__"); err != nil {
			return false, err
		}
		defer LeaveRecursiveCall()
		for _, x := range c.Items {
			ok, err := IsInstance(v, x)
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	// Any other object may answer through its type's __instancecheck__
	// (types.GenericAlias refuses, typing's special forms decide).
	if m := TypeOf(cls).Lookup(strInstancecheck); !m.IsNull() && TypeOf(cls).viaNamespace() {
		return callCheckHook(m, cls, v, " in __instancecheck__")
	}
	// The abstract protocol: an object with a __bases__ tuple is a class
	// to isinstance, and v's __class__ is searched through __bases__.
	if err := checkClass(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"); err != nil {
		return false, err
	}
	icls, err := GetAttr(v, strClass)
	if err != nil {
		if ExceptionMatches(err, AttributeError) {
			return false, nil
		}
		return false, err
	}
	return abstractIsSubclass(icls, cls)
}

// abstractBases is abstract_get_bases: cls.__bases__ when it is a tuple;
// nil without error when it is missing or not a tuple.
func abstractBases(cls Value) (*Tuple, error) {
	b, err := GetAttr(cls, Intern("__bases__"))
	if err != nil {
		if ExceptionMatches(err, AttributeError) {
			return nil, nil
		}
		return nil, err
	}
	t, _ := b.o.(*Tuple)
	return t, nil
}

// checkClass is check_class: cls must have a __bases__ tuple (TypeError
// msg otherwise, unless looking it up raised something else).
func checkClass(cls Value, msg string) error {
	b, err := abstractBases(cls)
	if err != nil {
		return err
	}
	if b == nil {
		return Errorf(TypeError, "%s", msg)
	}
	return nil
}

// abstractIsSubclass is abstract_issubclass: whether cls is derived or is
// reached through the __bases__ tuples from derived. Single inheritance is
// followed in a loop, multiple inheritance recursively, counted against
// the recursion limit.
func abstractIsSubclass(derived, cls Value) (bool, error) {
	for {
		if derived.Is(cls) {
			return true, nil
		}
		bases, err := abstractBases(derived)
		if err != nil || bases == nil || len(bases.Items) == 0 {
			return false, err
		}
		if len(bases.Items) == 1 {
			derived = bases.Items[0]
			continue
		}
		if err := EnterRecursiveCall(" in __issubclass__"); err != nil {
			return false, err
		}
		defer LeaveRecursiveCall()
		for _, b := range bases.Items {
			if ok, err := abstractIsSubclass(b, cls); ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
}

// recursiveIsSubclass is recursive_issubclass: the type check, or the
// abstract protocol for objects with __bases__.
func recursiveIsSubclass(derived, cls Value) (bool, error) {
	if d, ok := derived.o.(*Type); ok {
		if c, ok := cls.o.(*Type); ok {
			return d.IsSubtype(c), nil
		}
	}
	if err := checkClass(derived, "issubclass() arg 1 must be a class"); err != nil {
		return false, err
	}
	if _, isUnion := cls.o.(*Union); !isUnion {
		if err := checkClass(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union"); err != nil {
			return false, err
		}
	}
	return abstractIsSubclass(derived, cls)
}

// callCheckHook calls an __instancecheck__ or __subclasscheck__ method m
// of self on arg, counted against the recursion limit (where names the
// hook in the RecursionError), and returns the truth of its answer.
func callCheckHook(m, self, arg Value, where string) (bool, error) {
	if err := EnterRecursiveCall(where); err != nil {
		return false, err
	}
	r, err := CallMethodValue1(m, self, arg)
	LeaveRecursiveCall()
	if err != nil {
		return false, err
	}
	return Truth(r)
}

// IsSubclass is issubclass(cls, base) where base is a type, a tuple or a union.
func IsSubclass(cls Value, base Value) (bool, error) {
	switch b := base.o.(type) {
	case *Type:
		if b.Type() != TypeType {
			if m := b.Type().Lookup(strSubclasscheck); !m.IsNull() {
				return callCheckHook(m, base, cls, " in __subclasscheck__")
			}
		}
		if c, ok := cls.o.(*Type); ok {
			return c.IsSubtype(b), nil
		}
		return recursiveIsSubclass(cls, base)
	case *Union:
		return unionCheck(b, "issubclass", func(t Value) (bool, error) { return IsSubclass(cls, t) })
	case *Tuple:
		// Nested tuples recurse in Go: counted as in CPython.
		if err := EnterRecursiveCall(" in __subclasscheck__"); err != nil {
			return false, err
		}
		defer LeaveRecursiveCall()
		for _, x := range b.Items {
			ok, err := IsSubclass(cls, x)
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	if m := TypeOf(base).Lookup(strSubclasscheck); !m.IsNull() && TypeOf(base).viaNamespace() {
		return callCheckHook(m, base, cls, " in __subclasscheck__")
	}
	return recursiveIsSubclass(cls, base)
}

// Index returns v as an int (operator.index): ints, bools, and objects
// with __index__.
func Index(v Value) (Value, error) {
	switch v.Kind() {
	case KindInt:
		return v, nil
	case KindBool:
		return Int(int64(v.n)), nil
	case KindObject:
		switch o := v.o.(type) {
		case *BigInt:
			return v, nil
		default:
			// A native type's __index__ is in its namespace.
			if t := o.Type(); t.Native {
				if m := t.Lookup(strIndex); !m.IsNull() {
					r, err := CallMethodValue(m, v, nil, nil)
					if err != nil {
						return Null, err
					}
					return exactInt("__index__", r)
				}
			}
		case *Instance:
			if m := o.Class.Lookup(strIndex); !m.IsNull() && !isBuiltinIndex(m) {
				r, err := CallMethodValue(m, v, nil, nil)
				if err != nil {
					return Null, err
				}
				return exactInt("__index__", r)
			}
			if isIntValue(o.Builtin()) {
				return o.Builtin(), nil
			}
		}
	}
	return Null, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeOf(v).Name)
}

// isBuiltinIndex reports whether m is int's own __index__ (an int
// subclass that does not override it: the payload is the answer).
func isBuiltinIndex(m Value) bool {
	md, ok := m.o.(*MethodDescr)
	return ok && md.Owner == IntType
}

// AsIndex returns v (an int or an object with __index__) as a Go int
// for a subscript: an error from __index__ as it is, IndexError for a
// value past the index range (PyNumber_AsSsize_t(v, PyExc_IndexError)).
func AsIndex(v Value) (int, error) {
	if v.IsInt() {
		return int(int64(v.n)), nil
	}
	return AsSsize(v, IndexError)
}

// AsSsize is PyNumber_AsSsize_t: operator.index(v) as a Go int. A value
// out of range raises exc ("cannot fit 'T' into an index-sized integer",
// T being v's own type), or, with exc nil, is clamped to the int range.
func AsSsize(v Value, exc *Type) (int, error) {
	if v.IsInt() {
		return int(int64(v.n)), nil
	}
	r, err := Index(v)
	if err != nil {
		return 0, err
	}
	i, ok := r.AsInt()
	if !ok {
		if exc == nil {
			if toBig(r).Sign() < 0 {
				return math.MinInt, nil
			}
			return math.MaxInt, nil
		}
		return 0, Errorf(exc, "cannot fit '%s' into an index-sized integer", TypeOf(v).Name)
	}
	return int(i), nil
}

// ArgSsize converts an argument that CPython parses as a Py_ssize_t
// (the "n" format): operator.index(v), OverflowError past the range.
func ArgSsize(v Value) (int, error) {
	if v.IsInt() {
		return int(int64(v.n)), nil
	}
	r, err := Index(v)
	if err != nil {
		return 0, err
	}
	i, ok := r.AsInt()
	if !ok {
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(i), nil
}

// ArgCInt converts an argument that CPython parses as a C int (the "i"
// format): operator.index(v), OverflowError outside the 32-bit range.
func ArgCInt(v Value) (int, error) {
	r, err := Index(v)
	if err != nil {
		return 0, err
	}
	i, ok := r.AsInt()
	if !ok || i > math.MaxInt32 || i < math.MinInt32 {
		if ok && i < math.MinInt32 {
			return 0, Errorf(OverflowError, "signed integer is less than minimum")
		}
		return 0, Errorf(OverflowError, "Python int too large to convert to C int")
	}
	return int(i), nil
}

// IndexCheck is _PyIndex_Check: v is an int or its type defines
// __index__ (which may still fail when called; callers let that error
// through and say "must be integers" only when IndexCheck is false).
func IndexCheck(v Value) bool {
	switch v.Kind() {
	case KindInt, KindBool:
		return true
	case KindObject:
		if _, ok := v.o.(*BigInt); ok {
			return true
		}
		return !TypeOf(v).Lookup(strIndex).IsNull()
	}
	return false
}

func isIntValue(v Value) bool {
	if v.IsInt() || v.IsBool() {
		return true
	}
	_, ok := v.o.(*BigInt)
	return ok
}

// notImplementedTruth is CPython 3.10's notimplemented_bool: NotImplemented
// is true, with a DeprecationWarning (it will become a TypeError).
func notImplementedTruth() error {
	return Warn(DeprecationWarning, "NotImplemented should not be used in a boolean context", 1)
}

// BinaryLeftMethod returns the method of instance a's class that
// BinaryOp(op, a, b) (InplaceOp when inplace) calls first, as a'.__add__(b)
// would find it, when the caller may call it itself and finish with
// BinaryOpAfterLeft: a is an instance of a class (heap type) defining the
// operator, the in-place method is not defined (inplace), and b's type is
// not a subclass of a's whose own reflected method goes first. Null
// otherwise: BinaryOp or InplaceOp must run.
func BinaryLeftMethod(op BinOp, a, b Value, inplace bool) Value {
	o, ok := a.o.(*Instance)
	if !ok || !o.Class.Heap {
		return Null
	}
	ta := o.Class
	if inplace && !ta.Lookup(ibinOpNames[op]).IsNull() {
		return Null
	}
	slotA := ta.Lookup(binOpNames[op])
	if slotA.IsNull() {
		return Null
	}
	if tb := TypeOf(b); tb != ta && tb.IsSubtype(ta) {
		if slotB := tb.Lookup(rbinOpNames[op]); !slotB.IsNull() && !slotB.Is(ta.Lookup(rbinOpNames[op])) {
			return Null
		}
	}
	return slotA
}

// BinaryOpAfterLeft finishes BinaryOp(op, a, b) (InplaceOp when inplace)
// after the method BinaryLeftMethod returned answered NotImplemented: b's
// reflected method when b's type differs, then the sequence fallback or
// the TypeError.
func BinaryOpAfterLeft(op BinOp, a, b Value, inplace bool) (Value, error) {
	ta, tb := TypeOf(a), TypeOf(b)
	if tb != ta {
		if slotB := tb.Lookup(rbinOpNames[op]); !slotB.IsNull() {
			r, err := CallMethodValue1(slotB, b, a)
			if err != nil || r.o != notImplemented {
				return r, err
			}
		}
	}
	suffix := ""
	if inplace {
		suffix = "="
	}
	return seqRepeatFallback(op, a, b, ta, tb, suffix)
}
