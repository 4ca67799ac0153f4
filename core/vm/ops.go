package vm

import (
	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// binOps maps the BINARY_*/INPLACE_* opcodes to object's operators; the
// inplace flag picks InplaceOp.
var binOps [256]struct {
	op      object.BinOp
	inplace bool
}

func init() {
	set := func(bin, inpl code.Opcode, op object.BinOp) {
		binOps[bin].op = op
		binOps[inpl].op = op
		binOps[inpl].inplace = true
	}
	set(code.BINARY_ADD, code.INPLACE_ADD, object.Add)
	set(code.BINARY_SUBTRACT, code.INPLACE_SUBTRACT, object.Sub)
	set(code.BINARY_MULTIPLY, code.INPLACE_MULTIPLY, object.Mul)
	set(code.BINARY_MATRIX_MULTIPLY, code.INPLACE_MATRIX_MULTIPLY, object.MatMul)
	set(code.BINARY_TRUE_DIVIDE, code.INPLACE_TRUE_DIVIDE, object.TrueDiv)
	set(code.BINARY_FLOOR_DIVIDE, code.INPLACE_FLOOR_DIVIDE, object.FloorDiv)
	set(code.BINARY_MODULO, code.INPLACE_MODULO, object.Mod)
	set(code.BINARY_POWER, code.INPLACE_POWER, object.Pow)
	set(code.BINARY_LSHIFT, code.INPLACE_LSHIFT, object.LShift)
	set(code.BINARY_RSHIFT, code.INPLACE_RSHIFT, object.RShift)
	set(code.BINARY_AND, code.INPLACE_AND, object.And)
	set(code.BINARY_OR, code.INPLACE_OR, object.Or)
	set(code.BINARY_XOR, code.INPLACE_XOR, object.Xor)
}

// binaryOp is the general path of the BINARY_*/INPLACE_* opcodes and
// BINARY_SUBSCR.
func binaryOp(op code.Opcode, a, b object.Value) (object.Value, error) {
	if op == code.BINARY_SUBSCR {
		return object.GetItem(a, b)
	}
	if r, ok := numberFast(op, a, b); ok {
		return r, nil
	}
	if (op == code.BINARY_POWER || op == code.INPLACE_POWER) && a.IsFloat() {
		// float ** float and float ** int (x ** 2): float_pow, without
		// the generic numeric dispatch.
		if b.IsFloat() {
			return object.FloatPow(a.RawFloat(), b.RawFloat())
		}
		if b.IsInt() {
			return object.FloatPow(a.RawFloat(), float64(b.RawInt()))
		}
	}
	e := binOps[op]
	if e.inplace {
		return object.InplaceOp(e.op, a, b)
	}
	return object.BinaryOp(e.op, a, b)
}

// subscrSlice is BUILD_SLICE arg and BINARY_SUBSCR in one step when the
// container is an exact list or tuple: the result replaces the container
// on the stack (the caller pops arg). ok is false for other containers.
func subscrSlice(s []object.Value, sp, arg int) (ok bool, err error) {
	var r object.Value
	if arg == 2 {
		r, ok, err = object.SubscrSlice(s[sp-3], s[sp-2], s[sp-1], object.None)
	} else {
		r, ok, err = object.SubscrSlice(s[sp-4], s[sp-3], s[sp-2], s[sp-1])
	}
	if ok && err == nil {
		s[sp-arg-1] = r
	}
	return ok, err
}

// returnUnpacked is BUILD_TUPLE, RETURN_VALUE of an inlined call whose
// caller unpacks the result at once (`q, r = f(x)` of `return a, b`):
// the items go straight onto the caller's stack, in UNPACK_SEQUENCE's
// order, and the caller continues after its UNPACK_SEQUENCE; no tuple is
// made. ret is the RETURN_VALUE's index. It returns the caller, or nil
// when the return must run as usual (a generator, a return hook, a
// profiler, another instruction after the call).
func (in *Interp) returnUnpacked(f *Frame, s []object.Value, sp, n, ret int) *Frame {
	caller := f.Back
	if f.genInline != nil || !f.retHook.IsNull() || in.prof.p != nil || caller == nil {
		return nil
	}
	if u := caller.Code.Exec[caller.pc]; u.Op() != code.UNPACK_SEQUENCE || int(u>>8) != n {
		return nil
	}
	rsp := f.retSP
	items := s[sp-n : sp]
	cs := caller.Localsplus[rsp-1 : rsp-1+n]
	for i := range cs {
		cs[i] = items[n-1-i]
	}
	clear(items)
	f.sp, f.pc, f.Lasti = sp-n, ret+1, ret // as RETURN_VALUE leaves them
	in.leaveInline(f)
	caller.sp = rsp - 1 + n
	caller.pc++
	return caller
}

// sliceTemps keeps the list of the last `x[a:b] = y[c:d:e]` (the
// statements code.Quicken marks with code.SliceTemp) once an exact list
// x has copied its items: nothing refers to it any more, and the next
// such slice fills it instead of allocating (fresh heap bytes cost as much
// as instructions). out is the list the last marked slice made: the
// marked assignment recycles its right-hand value only if it is that
// list (a y with its own __getitem__ may return a list it keeps), and
// forgets out in every case (x with its own __setitem__ may keep it).
type sliceTemps struct {
	spare         *object.List
	out           *object.List
	reused, fresh uint64
}

// subscrSliceTemp is subscrSlice for a marked producer.
func (in *Interp) subscrSliceTemp(s []object.Value, sp, arg int) (ok bool, err error) {
	t := &in.sliceTemps
	spare := t.spare
	t.spare = nil // a nested marked slice (in __index__) must not take it too
	var l *object.List
	var used bool
	if arg == 2 {
		l, used, ok, err = object.ListSliceInto(s[sp-3], s[sp-2], s[sp-1], object.None, spare)
	} else {
		l, used, ok, err = object.ListSliceInto(s[sp-4], s[sp-3], s[sp-2], s[sp-1], spare)
	}
	if !used && t.spare == nil {
		t.spare = spare
	}
	if !ok {
		return subscrSlice(s, sp, arg)
	}
	if err != nil {
		return true, err
	}
	if used {
		t.reused++
	} else {
		t.fresh++
	}
	t.out = l
	s[sp-arg-1] = object.FromObject(l)
	return true, nil
}

// releaseSliceTemp ends a marked assignment of v: v is kept as the next
// spare when it is the list the marked slice made and an exact list took
// its items (stored).
func (in *Interp) releaseSliceTemp(v object.Value, stored bool) {
	t := &in.sliceTemps
	if l, ok := v.Object().(*object.List); ok && stored && l == t.out {
		if t.spare == nil || cap(l.Items) > cap(t.spare.Items) {
			clear(l.Items)
			t.spare = l
		}
	}
	t.out = nil
}

// SliceTempStats returns how many marked slices (code.SliceTemp) reused
// the last one's list and how many made a new one.
func (in *Interp) SliceTempStats() (reused, fresh uint64) {
	return in.sliceTemps.reused, in.sliceTemps.fresh
}

// numberFast computes, without the generic numeric dispatch, the cases
// that run leaves to binaryOp but that need no error and no object: a
// float with an int (either side) under + - * / (the int converted as
// PyLong_AsDouble does, to nearest), and int // int, int % int of small
// ints. ok is false for everything else (a zero divisor included).
func numberFast(op code.Opcode, a, b object.Value) (object.Value, bool) {
	if a.IsInt() && b.IsInt() {
		x, y := a.RawInt(), b.RawInt()
		if y == 0 || (y == -1 && x == -1<<63) {
			return object.Null, false
		}
		switch op {
		case code.BINARY_FLOOR_DIVIDE, code.INPLACE_FLOOR_DIVIDE:
			q := x / y
			if (x%y != 0) && ((x < 0) != (y < 0)) {
				q--
			}
			return object.Int(q), true
		case code.BINARY_MODULO, code.INPLACE_MODULO:
			r := x % y
			if r != 0 && ((r < 0) != (y < 0)) {
				r += y
			}
			return object.Int(r), true
		}
		return object.Null, false
	}
	var x, y float64
	switch {
	case a.IsFloat() && b.IsInt():
		x, y = a.RawFloat(), float64(b.RawInt())
	case a.IsInt() && b.IsFloat():
		x, y = float64(a.RawInt()), b.RawFloat()
	default:
		return boolArith(op, a, b)
	}
	switch op {
	case code.BINARY_ADD, code.INPLACE_ADD:
		return object.Float(x + y), true
	case code.BINARY_SUBTRACT, code.INPLACE_SUBTRACT:
		return object.Float(x - y), true
	case code.BINARY_MULTIPLY, code.INPLACE_MULTIPLY:
		return object.Float(x * y), true
	case code.BINARY_TRUE_DIVIDE, code.INPLACE_TRUE_DIVIDE:
		if y != 0 {
			return object.Float(x / y), true
		}
	}
	return object.Null, false
}

// intBinary is %, //, &, |, ^, << and >> of two ints held in Values, the
// grouped case of the eval loop, without binaryOp's generic dispatch; ok is
// false where the result needs more (a zero divisor, an overflow, a
// negative shift count: the generic path raises or makes a big int).
func intBinary(op code.Opcode, x, y int64) (r int64, ok bool) {
	switch op {
	case code.BINARY_AND, code.INPLACE_AND:
		return x & y, true
	case code.BINARY_OR, code.INPLACE_OR:
		return x | y, true
	case code.BINARY_XOR, code.INPLACE_XOR:
		return x ^ y, true
	case code.BINARY_MODULO, code.INPLACE_MODULO:
		if y == 0 || y == -1 {
			return 0, y == -1
		}
		r = x % y
		if r != 0 && ((r < 0) != (y < 0)) {
			r += y
		}
		return r, true
	case code.BINARY_FLOOR_DIVIDE, code.INPLACE_FLOOR_DIVIDE:
		if y == 0 || (y == -1 && x == -1<<63) {
			return 0, false
		}
		r = x / y
		if (x%y != 0) && ((x < 0) != (y < 0)) {
			r--
		}
		return r, true
	case code.BINARY_RSHIFT, code.INPLACE_RSHIFT:
		if y < 0 {
			return 0, false
		}
		if y > 63 {
			y = 63
		}
		return x >> uint(y), true
	case code.BINARY_LSHIFT, code.INPLACE_LSHIFT:
		if y < 0 || y > 62 {
			return 0, x == 0 && y >= 0
		}
		r = x << uint(y)
		return r, r>>uint(y) == x
	}
	return 0, false
}

// boolArith is + and - with a bool operand and an int or bool other
// (`total += x > 0`): bool is an int subclass that does not override them,
// so the result is int's.
func boolArith(op code.Opcode, a, b object.Value) (object.Value, bool) {
	if !(a.IsBool() || a.IsInt()) || !(b.IsBool() || b.IsInt()) {
		return object.Null, false
	}
	x, y := a.RawInt(), b.RawInt()
	switch op {
	case code.BINARY_ADD, code.INPLACE_ADD:
		if r := x + y; (r^x)&(r^y) >= 0 {
			return object.Int(r), true
		}
	case code.BINARY_SUBTRACT, code.INPLACE_SUBTRACT:
		if r := x - y; (x^y)&(r^x) >= 0 {
			return object.Int(r), true
		}
	}
	return object.Null, false
}

func unaryOp(op code.Opcode, v object.Value) (object.Value, error) {
	switch op {
	case code.UNARY_NEGATIVE:
		if v.IsInt() && v.RawInt() != -1<<63 {
			return object.Int(-v.RawInt()), nil
		}
		return object.UnaryOp(object.Neg, v)
	case code.UNARY_POSITIVE:
		return object.UnaryOp(object.Pos, v)
	}
	return object.UnaryOp(object.Invert, v)
}

func compareOp(a, b object.Value, op int) (object.Value, error) {
	if op > int(object.CmpGe) {
		return object.Null, object.Errorf(object.SystemError, "bad COMPARE_OP argument %d", op)
	}
	// A float against an int (x > 0): an int within 2**53 converts to
	// float exactly, so comparing as floats is float_richcompare's answer.
	const exact = 1 << 53
	if a.IsFloat() && b.IsInt() {
		if n := b.RawInt(); n >= -exact && n <= exact {
			return object.Bool(object.CompareOrdered(a.RawFloat(), float64(n), object.CompareOp(op))), nil
		}
	} else if a.IsInt() && b.IsFloat() {
		if n := a.RawInt(); n >= -exact && n <= exact {
			return object.Bool(object.CompareOrdered(float64(n), b.RawFloat(), object.CompareOp(op))), nil
		}
	}
	return object.RichCompare(a, b, object.CompareOp(op))
}

func truth(v object.Value) (bool, error) {
	switch v.Kind() {
	case object.KindBool:
		return v.RawBool(), nil
	case object.KindInt:
		return v.RawInt() != 0, nil
	case object.KindNone:
		return false, nil
	}
	return object.Truth(v)
}

func contains(container, item object.Value) (bool, error) { return object.Contains(container, item) }

func setItem(container, key, v object.Value) error { return object.SetItem(container, key, v) }

func delItem(container, key object.Value) error { return object.DelItem(container, key) }

func nameStr(name object.Value) *object.Str { return name.Object().(*object.Str) }

func getAttr(v, name object.Value) (object.Value, error) { return object.GetAttr(v, nameStr(name)) }

func setAttr(v, name, val object.Value) error { return object.SetAttr(v, nameStr(name), val) }

func delAttr(v, name object.Value) error { return object.DelAttr(v, nameStr(name)) }

func lookupMethod(v, name object.Value) (object.Value, bool, error) {
	return object.LookupMethod(v, nameStr(name))
}

func length(v object.Value) (int, error) { return object.Len(v) }

// rangeIter iterates a range with no allocation per step; FOR_ITER steps
// it inline. It is also an ordinary object.Iterator for Go callers.
type rangeIter struct {
	next, step int64
	n          int64 // items left
	len        int64 // the range's length
}

// Progress tells how many items are done and left (object.Progresser: a
// comprehension's list sizes itself by it).
func (r *rangeIter) Progress() (done, left int) { return int(r.len - r.n), int(r.n) }

// RangeIterType is the type of pyvar's range iterator.
var RangeIterType = newType("range_iterator", nil)

// Type returns RangeIterType.
func (r *rangeIter) Type() *object.Type { return RangeIterType }

// Next returns the next item of the range.
func (r *rangeIter) Next() (object.Value, bool, error) {
	if r.n <= 0 {
		return object.Null, false, nil
	}
	v := r.next
	r.next += r.step
	r.n--
	return object.Int(v), true, nil
}

// getIter is GET_ITER; small ranges get the inline-stepped iterator.
func getIter(v object.Value) (object.Value, error) {
	if r, ok := v.Object().(*object.Range); ok {
		if r.Start.IsInt() && r.Stop.IsInt() && r.Step.IsInt() {
			start, stop, step := r.Start.RawInt(), r.Stop.RawInt(), r.Step.RawInt()
			var n int64
			switch {
			case step > 0 && start < stop:
				n = (stop-start-1)/step + 1
			case step < 0 && start > stop:
				n = (start-stop-1)/(-step) + 1
			}
			return object.FromObject(&rangeIter{next: start, step: step, n: n, len: n}), nil
		}
	}
	return object.GetIter(v)
}

func iterNext(it object.Value) (object.Value, bool, error) {
	if g, ok := it.Object().(*Generator); ok {
		return g.Next()
	}
	return object.Next(it)
}

// iterNextValue is iterNext for YIELD_FROM on a non-generator: it keeps
// the value of a StopIteration raised by a Python __next__.
func iterNextValue(it object.Value) (object.Value, bool, error) {
	if i, ok := it.Object().(object.Iterator); ok {
		v, ok, err := i.Next()
		if !ok && err == nil {
			return object.None, false, nil
		}
		return v, ok, err
	}
	r, _, err := object.CallMethod(it, strNext)
	if err != nil {
		if object.ExceptionMatches(err, object.StopIteration) {
			v := object.AsException(err).Value
			object.Drop(err)
			return v, false, nil
		}
		return object.Null, false, err
	}
	return r, true, nil
}

func iterToSlice(v object.Value) ([]object.Value, error) { return object.ToSlice(v) }

func isIterable(v object.Value) bool {
	t := object.TypeOf(v)
	if !t.Lookup(strIter).IsNull() || !t.Lookup(strGetitem).IsNull() {
		return true
	}
	_, ok := v.Object().(object.Iterator)
	return ok
}

func listExtend(listv, iterable object.Value) error {
	l := listv.Object().(*object.List)
	if t, ok := iterable.Object().(*object.Tuple); ok {
		l.Items = object.ExtendItems(l.Items, t.Items)
		return nil
	}
	err := l.Extend(iterable)
	if err != nil && object.ExceptionMatches(err, object.TypeError) && !isIterable(iterable) {
		return object.Errorf(object.TypeError, "Value after * must be an iterable, not %s", object.TypeOf(iterable).Name)
	}
	return err
}

func buildSet(items []object.Value) (object.Value, error) {
	return object.NewSet(false, items...)
}

func setAdd(setv, v object.Value) error { return setv.Object().(*object.Set).Add(v) }

// setUpdate is SET_UPDATE: set.update, which merges a set argument table
// to table as CPython does (so iteration order matches).
func setUpdate(setv, iterable object.Value) error {
	return setv.Object().(*object.Set).Update(iterable)
}

// dictUpdate is DICT_UPDATE ({**a} displays).
func dictUpdate(dv, src object.Value) error {
	d := dv.Object().(*object.Dict)
	keys, err := mappingKeys(src)
	if err != nil {
		return err
	}
	for _, k := range keys {
		v, err := object.GetItem(src, k)
		if err != nil {
			return err
		}
		if err := d.Set(k, v); err != nil {
			return err
		}
	}
	return nil
}

// dictMerge is DICT_MERGE (f(**a, **b)): like update, but a repeated key
// is an error naming the function.
func dictMerge(dv, src, fnv object.Value) error {
	d := dv.Object().(*object.Dict)
	keys, err := mappingKeys(src)
	if err != nil {
		if object.ExceptionMatches(err, object.AttributeError) || object.ExceptionMatches(err, object.TypeError) && !hasKeys(src) {
			return object.Errorf(object.TypeError, "%s argument after ** must be a mapping, not %s", funcDesc(fnv), object.TypeOf(src).Name)
		}
		return err
	}
	for _, k := range keys {
		if _, ok, err := d.Get(k); err != nil {
			return err
		} else if ok {
			ks, err := object.StrOf(k)
			if err != nil {
				return err
			}
			return object.Errorf(object.TypeError, "%s got multiple values for keyword argument '%s'", funcDesc(fnv), ks)
		}
		v, err := object.GetItem(src, k)
		if err != nil {
			return err
		}
		if err := d.Set(k, v); err != nil {
			return err
		}
	}
	return nil
}

func hasKeys(v object.Value) bool {
	return !object.TypeOf(v).Lookup(strKeys).IsNull()
}

// mappingKeys returns the keys of a dict, or of any object with keys().
func mappingKeys(src object.Value) ([]object.Value, error) {
	if d, ok := src.Object().(*object.Dict); ok {
		keys := make([]object.Value, 0, d.Len())
		for i := 0; i < d.EntriesLen(); i++ {
			if k, _, live := d.EntryAt(i); live {
				keys = append(keys, k)
			}
		}
		return keys, nil
	}
	if !hasKeys(src) {
		return nil, object.Errorf(object.TypeError, "'%s' object is not a mapping", object.TypeOf(src).Name)
	}
	kv, _, err := object.CallMethod(src, strKeys)
	if err != nil {
		return nil, err
	}
	return object.ToSlice(kv)
}

func buildString(parts []object.Value) (object.Value, error) {
	return object.ConcatStrs(parts), nil
}

// formatValue is FORMAT_VALUE: conversion 1 str, 2 repr, 3 ascii, then
// format(value, spec).
func formatValue(v object.Value, conv int, spec object.Value) (object.Value, error) {
	var err error
	switch conv {
	case 1:
		if v, err = object.StrValue(v); err != nil {
			return object.Null, err
		}
	case 2:
		if v, err = object.ReprValue(v); err != nil {
			return object.Null, err
		}
	case 3:
		var s string
		if s, err = object.ASCII(v); err != nil {
			return object.Null, err
		}
		v = object.NewStr(s)
	}
	specStr := ""
	if !spec.IsNull() {
		specStr = spec.Object().(*object.Str).S
	}
	if specStr == "" {
		if _, ok := v.Object().(*object.Str); ok && object.TypeOf(v) == object.StrType {
			return v, nil
		}
		if v.IsInt() {
			return object.IntStr(v.RawInt()), nil // f"{i}"
		}
	}
	r, err := object.Format(v, specStr)
	if err != nil {
		return object.Null, err
	}
	return object.NewStr(r), nil
}

// unpackSequence is UNPACK_SEQUENCE: TOS is replaced by its n items, the
// first on top.
func unpackSequence(s []object.Value, sp, n int) (int, error) {
	v := s[sp-1]
	var items []object.Value
	switch o := v.Object().(type) {
	case *object.Tuple:
		items = o.Items
	case *object.List:
		items = o.Items
	default:
		if !isIterable(v) {
			return sp, object.Errorf(object.TypeError, "cannot unpack non-iterable %s object", object.TypeOf(v).Name)
		}
		it, err := object.GetIter(v)
		if err != nil {
			return sp, err
		}
		for len(items) <= n {
			x, ok, err := object.Next(it)
			if err != nil {
				return sp, err
			}
			if !ok {
				break
			}
			items = append(items, x)
		}
	}
	if len(items) < n {
		return sp, object.Errorf(object.ValueError, "not enough values to unpack (expected %d, got %d)", n, len(items))
	}
	if len(items) > n {
		return sp, object.Errorf(object.ValueError, "too many values to unpack (expected %d)", n)
	}
	sp--
	for i := n - 1; i >= 0; i-- {
		s[sp] = items[i]
		sp++
	}
	return sp, nil
}

// unpackEx is UNPACK_EX: before items, a list of the middle, after items.
func unpackEx(s []object.Value, sp, before, after int) (int, error) {
	v := s[sp-1]
	if !isIterable(v) {
		return sp, object.Errorf(object.TypeError, "cannot unpack non-iterable %s object", object.TypeOf(v).Name)
	}
	var items []object.Value
	switch o := v.Object().(type) {
	case *object.Tuple:
		items = o.Items // read in place: no code runs until the copy below
	case *object.List:
		items = o.Items
	default:
		var err error
		if items, err = object.ToSlice(v); err != nil {
			return sp, err
		}
	}
	if len(items) < before+after {
		return sp, object.Errorf(object.ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	mid := object.NewListLen(len(items) - before - after)
	copy(mid.Items, items[before:len(items)-after])
	sp--
	for i := len(items) - 1; i >= len(items)-after; i-- {
		s[sp] = items[i]
		sp++
	}
	s[sp] = object.FromObject(mid)
	sp++
	for i := before - 1; i >= 0; i-- {
		s[sp] = items[i]
		sp++
	}
	return sp, nil
}

// withEnter is SETUP_WITH's call: it finds __enter__ and __exit__ on
// mgr's type, binds __exit__ (the stack keeps it for the end of the
// block) and calls __enter__. An __enter__ that is a Python function is
// called with mgr as its first argument, without a bound method object
// (CPython 3.10 makes one, which nothing can see).
func (in *Interp) withEnter(mgr object.Value) (exit, r object.Value, err error) {
	en, ex, err := specialLookup(mgr, strEnter, strExit)
	if err != nil {
		return exit, r, err
	}
	if fn, ok := en.Object().(*Function); ok {
		if exit, err = bindSpecial(ex, mgr); err != nil {
			return exit, r, err
		}
		r, err = in.callBoundFunction(fn, mgr, nil, nil)
		return exit, r, err
	}
	enter, err := bindSpecial(en, mgr)
	if err != nil {
		return exit, r, err
	}
	if exit, err = bindSpecial(ex, mgr); err != nil {
		return exit, r, err
	}
	r, err = in.call(enter, nil, nil)
	return exit, r, err
}

// asyncWithLookup is withLookup for BEFORE_ASYNC_WITH.
func asyncWithLookup(mgr object.Value) (enter, exit object.Value, err error) {
	return specialPair(mgr, strAenter, strAexit)
}

var (
	strAenter = object.Intern("__aenter__")
	strAexit  = object.Intern("__aexit__")
)

// specialLookup finds two special methods on mgr's type, unbound, with
// CPython 3.10's AttributeError (the bare name) for the first missing.
func specialLookup(mgr object.Value, enterName, exitName *object.Str) (en, ex object.Value, err error) {
	t := object.TypeOf(mgr)
	if en = t.Lookup(enterName); en.IsNull() {
		return en, ex, object.Errorf(object.AttributeError, "%s", enterName.S)
	}
	if ex = t.Lookup(exitName); ex.IsNull() {
		return en, ex, object.Errorf(object.AttributeError, "%s", exitName.S)
	}
	return en, ex, nil
}

// specialPair looks up and binds two special methods (special_lookup).
func specialPair(mgr object.Value, enterName, exitName *object.Str) (enter, exit object.Value, err error) {
	en, ex, err := specialLookup(mgr, enterName, exitName)
	if err != nil {
		return enter, exit, err
	}
	if enter, err = bindSpecial(en, mgr); err != nil {
		return
	}
	exit, err = bindSpecial(ex, mgr)
	return
}

func bindSpecial(m, self object.Value) (object.Value, error) {
	if d, ok := m.Object().(object.Descriptor); ok {
		return d.DescrGet(self, object.TypeOf(self))
	}
	// An instance of a class with __get__ binds too.
	return object.BindDescriptor(m, self, object.TypeOf(self))
}

// newType makes a built-in type of the VM (function, generator, frame...).
func newType(name string, base *object.Type) *object.Type {
	return object.NewBuiltinType(name, base)
}

// Names the VM looks up often, interned once.
var (
	strGetitem     = object.Intern("__getitem__")
	strDir         = object.Intern("__dir__")
	strBuiltins    = object.Intern("__builtins__")
	strName        = object.Intern("__name__")
	strImport      = object.Intern("__import__")
	strAnnotations = object.Intern("__annotations__")
	strBuildClass  = object.Intern("__build_class__")
	strNext        = object.Intern("__next__")
	strIter        = object.Intern("__iter__")
	strKeys        = object.Intern("keys")
	strEnter       = object.Intern("__enter__")
	strExit        = object.Intern("__exit__")
	strStdout      = object.Intern("stdout")
	strStderr      = object.Intern("stderr")
	strStdin       = object.Intern("stdin")
)

// forIterUnpack steps a zip, enumerate or dict.items() iterator whose items the next
// instruction unpacks at once (FOR_ITER, UNPACK_SEQUENCE n) straight into
// dst in the order UNPACK_SEQUENCE leaves them: the tuple it would unpack
// is never made (CPython 3.11 reuses it when no one else holds it; here no
// one can). handled is false for other iterators and other widths, which
// take the ordinary path and its error messages.
//
//go:noinline
func forIterUnpack(itv object.Value, dst []object.Value, n int) (handled, more bool, err error) {
	switch it := itv.Object().(type) {
	case *object.Zip:
		if n == 0 || it.Width() != n {
			return false, false, nil
		}
		more, err = it.NextUnpacked(dst[:n])
		return true, more, err
	case *object.Enumerate:
		if n != 2 {
			return false, false, nil
		}
		more, err = it.NextUnpacked(dst[:2])
		return true, more, err
	}
	return object.NextItemUnpacked(itv, dst, n)
}

// callLen1 is the unit CALL_FUNCTION 1.
var callLen1 = code.MakeUnit(code.CALL_FUNCTION, 1)

// lenOfResult reports whether the result of an instruction with two
// values on top of the stack (BINARY_AND's operands, or a callable and
// the argument of CALL_FUNCTION 1) goes straight to the built-in len: the
// next unit is CALL_FUNCTION 1 and the value under the two is len. The
// result is then seen by len alone, which keeps nothing of it.
func lenOfResult(s []object.Value, sp int, next code.Unit) bool {
	if next != callLen1 {
		return false
	}
	bf, ok := s[sp-3].Object().(*object.BuiltinFunction)
	return ok && bf == object.LenBuiltin
}
