package native

import (
	"math"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// itertools: CPython's Modules/itertoolsmodule.c. Every iterator is a Go
// payload implementing object.Iterator, so for loops and the other Go
// iterators advance it without a Python-level call; the types are
// subclassable where CPython's are, and keep CPython's __reduce__ and
// __setstate__ so that copy and pickle see the same state.

func init() { register("itertools", newItertools) }

var (
	countType        = newIterType("itertools.count")
	cycleType        = newIterType("itertools.cycle")
	repeatType       = newIterType("itertools.repeat")
	accumulateType   = newIterType("itertools.accumulate")
	chainType        = newIterType("itertools.chain")
	compressType     = newIterType("itertools.compress")
	dropwhileType    = newIterType("itertools.dropwhile")
	takewhileType    = newIterType("itertools.takewhile")
	filterfalseType  = newIterType("itertools.filterfalse")
	starmapType      = newIterType("itertools.starmap")
	groupbyType      = newIterType("itertools.groupby")
	grouperType      = newFinalIterType("itertools._grouper")
	isliceType       = newIterType("itertools.islice")
	pairwiseType     = newIterType("itertools.pairwise")
	zipLongestType   = newIterType("itertools.zip_longest")
	productType      = newIterType("itertools.product")
	combinationsType = newIterType("itertools.combinations")
	cwrType          = newIterType("itertools.combinations_with_replacement")
	permutationsType = newIterType("itertools.permutations")
	teeType          = newFinalIterType("itertools._tee")
	teeDataType      = newFinalType("itertools._tee_dataobject", nil)
)

const itertoolsDoc = `Functional tools for creating and using iterators.

Infinite iterators: count, cycle, repeat.
Iterators terminating on the shortest input: accumulate, chain,
chain.from_iterable, compress, dropwhile, filterfalse, groupby, islice,
pairwise, starmap, tee, takewhile, zip_longest.
Combinatoric generators: product, permutations, combinations,
combinations_with_replacement.`

func newItertools(in *vm.Interp) (*object.Module, error) {
	m := newModule("itertools", itertoolsDoc)
	for _, t := range []*object.Type{accumulateType, combinationsType, cwrType, cycleType, dropwhileType,
		takewhileType, isliceType, starmapType, chainType, compressType, filterfalseType, countType,
		zipLongestType, pairwiseType, permutationsType, productType, repeatType, groupbyType,
		grouperType, teeType, teeDataType} {
		setAttr(m, shortName(t), typeValue(t))
	}
	defFunc(m, "tee", itertoolsTee)
	return m, nil
}

// reduceMethod installs __reduce__ on t; fn gets the instance as it is
// (its class is part of the result) and the payload.
func reduceMethod[P any](t *object.Type, fn func(self object.Value, p P) (object.Value, error)) {
	t.AddRawMethod("__reduce__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("__reduce__", args, kw); err != nil {
			return object.Null, err
		}
		p, ok := object.Unwrap(self).Object().(P)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "__reduce__ on a foreign object")
		}
		return fn(self, p)
	})
}

// setstateMethod installs __setstate__ on t.
func setstateMethod[P any](t *object.Type, fn func(p P, state object.Value) error) {
	t.AddMethod("__setstate__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("__setstate__", args, kw); err != nil {
			return object.Null, err
		}
		p, ok := self.Object().(P)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "__setstate__ on a foreign object")
		}
		return object.None, fn(p, args[0])
	})
}

func cls(self object.Value) object.Value { return typeValue(object.TypeOf(self)) }

// ---- count ----

// countIter is count(start, step): fast mode counts a Go int64 by 1;
// slow mode (another step, a float or big start, or past MaxInt64) adds
// Python objects.
type countIter struct {
	fast    bool
	cnt     int64
	longCnt object.Value
	step    object.Value
}

func (c *countIter) Type() *object.Type { return countType }

func (c *countIter) Next() (object.Value, bool, error) {
	if c.fast {
		if c.cnt < math.MaxInt64 {
			c.cnt++
			return object.Int(c.cnt - 1), true, nil
		}
		c.fast, c.longCnt = false, object.Int(math.MaxInt64)
	}
	v := c.longCnt
	next, err := object.BinaryOp(object.Add, v, c.step)
	if err != nil {
		return object.Null, false, err
	}
	c.longCnt = next
	return v, true, nil
}

func countNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	var a [2]object.Value
	if err := parseKw("count", args, kw, []string{"start", "step"}, 2, 0, a[:]); err != nil {
		return object.Null, err
	}
	start, step := a[0], a[1]
	if (!start.IsNull() && !numberCheck(start)) || (!step.IsNull() && !numberCheck(step)) {
		return object.Null, object.Errorf(object.TypeError, "a number is required")
	}
	if start.IsNull() {
		start = object.Int(0)
	}
	if step.IsNull() {
		step = object.Int(1)
	}
	c := &countIter{longCnt: start, step: step}
	if n, ok := object.Unwrap(start).AsInt(); ok && isIntType(start) && n < math.MaxInt64 {
		if s, ok := object.Unwrap(step).AsInt(); ok && isIntType(step) && s == 1 {
			c.fast, c.cnt = true, n
		}
	}
	return object.WrapBuiltin(t, object.FromObject(c)), nil
}

func initCount() {
	countType.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		c := object.Unwrap(self).Object().(*countIter)
		name := shortName(object.TypeOf(self))
		if c.fast {
			return object.NewStr(name + "(" + itoa(c.cnt) + ")"), nil
		}
		cnt, err := object.Repr(c.longCnt)
		if err != nil {
			return object.Null, err
		}
		if s, ok := object.Unwrap(c.step).AsInt(); ok && isIntType(c.step) && s == 1 {
			return object.NewStr(name + "(" + cnt + ")"), nil
		}
		step, err := object.Repr(c.step)
		if err != nil {
			return object.Null, err
		}
		return object.NewStr(name + "(" + cnt + ", " + step + ")"), nil
	})
	reduceMethod(countType, func(self object.Value, c *countIter) (object.Value, error) {
		if c.fast {
			return tuple(cls(self), tuple(object.Int(c.cnt))), nil
		}
		return tuple(cls(self), tuple(c.longCnt, c.step)), nil
	})
}

// ---- cycle ----

type cycleIter struct {
	it        object.Value // Null once exhausted
	saved     *object.List
	index     int
	firstpass bool
}

func (c *cycleIter) Type() *object.Type { return cycleType }

func (c *cycleIter) Next() (object.Value, bool, error) {
	if !c.it.IsNull() {
		v, ok, err := iterNext(c.it)
		if err != nil {
			return object.Null, false, err
		}
		if ok {
			if !c.firstpass {
				c.saved.Append(v)
			}
			return v, true, nil
		}
		c.it = object.Null
	}
	if len(c.saved.Items) == 0 {
		return object.Null, false, nil
	}
	if c.index >= len(c.saved.Items) {
		c.index = 0
	}
	v := c.saved.Items[c.index]
	c.index++
	if c.index >= len(c.saved.Items) {
		c.index = 0
	}
	return v, true, nil
}

func cycleNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	args, err := posOnlyNew("cycle", t, cycleType, args, kw, 1, 1)
	if err != nil {
		return object.Null, err
	}
	it, err := object.GetIter(args[0])
	if err != nil {
		return object.Null, err
	}
	return object.WrapBuiltin(t, object.FromObject(&cycleIter{it: it, saved: object.NewList()})), nil
}

func initCycle() {
	reduceMethod(cycleType, func(self object.Value, c *cycleIter) (object.Value, error) {
		if c.it.IsNull() {
			it, err := object.GetIter(object.FromObject(c.saved))
			if err != nil {
				return object.Null, err
			}
			for i := 0; i < c.index; i++ {
				if _, _, err := object.Next(it); err != nil {
					return object.Null, err
				}
			}
			return tuple(cls(self), tuple(it), tuple(object.FromObject(c.saved), object.True)), nil
		}
		return tuple(cls(self), tuple(c.it), tuple(object.FromObject(c.saved), object.Bool(c.firstpass))), nil
	})
	setstateMethod(cycleType, func(c *cycleIter, state object.Value) error {
		items, err := stateTuple(state, 2, 2)
		if err != nil {
			return err
		}
		l, ok := items[0].Object().(*object.List)
		if !ok || items[0].Kind() != object.KindObject {
			return object.Errorf(object.TypeError, "argument 1 must be list, not %s", argTypeName(items[0]))
		}
		fp, err := parseTupleInt(items[1])
		if err != nil {
			return err
		}
		c.saved, c.firstpass, c.index = l, fp != 0, 0
		return nil
	})
}

// parseTupleInt is PyArg_ParseTuple's "i" format unit: an int (or
// __index__) that fits a C int.
func parseTupleInt(v object.Value) (int64, error) {
	if v.IsFloat() || object.TypeOf(v).IsSubtype(object.FloatType) {
		return 0, object.Errorf(object.TypeError, "'float' object cannot be interpreted as an integer")
	}
	n, err := asSsize(v)
	if err != nil {
		if object.ExceptionMatches(err, object.OverflowError) {
			return 0, object.Errorf(object.OverflowError, "signed integer is greater than maximum")
		}
		return 0, err
	}
	if n > math.MaxInt32 {
		return 0, object.Errorf(object.OverflowError, "signed integer is greater than maximum")
	}
	if n < math.MinInt32 {
		return 0, object.Errorf(object.OverflowError, "signed integer is less than minimum")
	}
	return n, nil
}

// ---- repeat ----

type repeatIter struct {
	elem object.Value
	cnt  int64 // -1: forever
}

func (r *repeatIter) Type() *object.Type { return repeatType }

func (r *repeatIter) Next() (object.Value, bool, error) {
	if r.cnt == 0 {
		return object.Null, false, nil
	}
	if r.cnt > 0 {
		r.cnt--
	}
	return r.elem, true, nil
}

func repeatNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	var a [2]object.Value
	if err := parseKw("repeat", args, kw, []string{"object", "times"}, 2, 1, a[:]); err != nil {
		return object.Null, err
	}
	r := &repeatIter{elem: a[0], cnt: -1}
	if !a[1].IsNull() {
		n, err := asSsize(a[1])
		if err != nil {
			return object.Null, err
		}
		r.cnt = max(n, 0)
	}
	return object.WrapBuiltin(t, object.FromObject(r)), nil
}

func initRepeat() {
	repeatType.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		r := object.Unwrap(self).Object().(*repeatIter)
		e, err := object.Repr(r.elem)
		if err != nil {
			return object.Null, err
		}
		name := shortName(object.TypeOf(self))
		if r.cnt < 0 {
			return object.NewStr(name + "(" + e + ")"), nil
		}
		return object.NewStr(name + "(" + e + ", " + itoa(r.cnt) + ")"), nil
	})
	repeatType.AddMethod("__length_hint__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("__length_hint__", args, kw); err != nil {
			return object.Null, err
		}
		r := self.Object().(*repeatIter)
		if r.cnt < 0 {
			return object.Null, object.Errorf(object.TypeError, "len() of unsized object")
		}
		return object.Int(r.cnt), nil
	})
	reduceMethod(repeatType, func(self object.Value, r *repeatIter) (object.Value, error) {
		if r.cnt >= 0 {
			return tuple(cls(self), tuple(r.elem, object.Int(r.cnt))), nil
		}
		return tuple(cls(self), tuple(r.elem)), nil
	})
}

// ---- accumulate ----

type accumulateIter struct {
	it, binop, initial object.Value // binop Null: +; initial None: none
	total              object.Value // Null before the first item
}

func (a *accumulateIter) Type() *object.Type { return accumulateType }

func (a *accumulateIter) Next() (object.Value, bool, error) {
	if !a.initial.IsNone() {
		a.total, a.initial = a.initial, object.None
		return a.total, true, nil
	}
	v, ok, err := iterNext(a.it)
	if !ok || err != nil {
		return object.Null, false, err
	}
	if a.total.IsNull() {
		a.total = v
		return v, true, nil
	}
	var t object.Value
	if a.binop.IsNull() {
		t, err = object.BinaryOp(object.Add, a.total, v)
	} else {
		t, err = call2(a.binop, a.total, v)
	}
	if err != nil {
		return object.Null, false, err
	}
	a.total = t
	return t, true, nil
}

func accumulateNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	var a [3]object.Value
	if err := parseKw("accumulate", args, kw, []string{"iterable", "func", "initial"}, 2, 1, a[:]); err != nil {
		return object.Null, err
	}
	it, err := object.GetIter(a[0])
	if err != nil {
		return object.Null, err
	}
	acc := &accumulateIter{it: it, initial: object.None}
	if !a[1].IsNull() && !a[1].IsNone() {
		acc.binop = a[1]
	}
	if !a[2].IsNull() {
		acc.initial = a[2]
	}
	return object.WrapBuiltin(t, object.FromObject(acc)), nil
}

func initAccumulate() {
	reduceMethod(accumulateType, func(self object.Value, a *accumulateIter) (object.Value, error) {
		binop := a.binop
		if binop.IsNull() {
			binop = object.None
		}
		if !a.initial.IsNone() {
			it := object.FromObject(&chainIter{source: mustIter(tuple(tuple(a.initial), a.it))})
			return tuple(cls(self), tuple(it, binop), object.None), nil
		}
		if a.total.IsNone() {
			it := object.FromObject(&chainIter{source: mustIter(tuple(tuple(a.total), a.it))})
			acc, err := object.Call(cls(self), []object.Value{it, binop}, nil)
			if err != nil {
				return object.Null, err
			}
			return tuple(typeValue(isliceType), tuple(acc, object.Int(1), object.None)), nil
		}
		total := a.total
		if total.IsNull() {
			total = object.None
		}
		return tuple(cls(self), tuple(a.it, binop), total), nil
	})
	setstateMethod(accumulateType, func(a *accumulateIter, state object.Value) error {
		a.total = state
		return nil
	})
}

// mustIter iterates a tuple (which cannot fail).
func mustIter(v object.Value) object.Value {
	it, _ := object.GetIter(v)
	return it
}

// ---- chain ----

type chainIter struct {
	source, active object.Value // Null: exhausted / between iterables
}

func (c *chainIter) Type() *object.Type { return chainType }

func (c *chainIter) Next() (object.Value, bool, error) {
	for !c.source.IsNull() {
		if c.active.IsNull() {
			iterable, ok, err := iterNext(c.source)
			if !ok || err != nil {
				c.source = object.Null
				return object.Null, false, err
			}
			if c.active, err = object.GetIter(iterable); err != nil {
				c.active, c.source = object.Null, object.Null
				return object.Null, false, err
			}
		}
		v, ok, err := iterNext(c.active)
		if ok || err != nil {
			return v, ok, err
		}
		c.active = object.Null
	}
	return object.Null, false, nil
}

func chainNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	if t == chainType && len(kw) > 0 {
		return object.Null, object.Errorf(object.TypeError, "chain() takes no keyword arguments")
	}
	// The arguments live on the caller's stack: copy them.
	src := tuple(append([]object.Value(nil), args[:len(args)-len(kw)]...)...)
	return object.WrapBuiltin(t, object.FromObject(&chainIter{source: mustIter(src)})), nil
}

func initChain() {
	chainType.AddClassMethod("from_iterable", func(c object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("chain.from_iterable", args, kw); err != nil {
			return object.Null, err
		}
		src, err := object.GetIter(args[0])
		if err != nil {
			return object.Null, err
		}
		t := c.Object().(*object.Type)
		return object.WrapBuiltin(t, object.FromObject(&chainIter{source: src})), nil
	})
	reduceMethod(chainType, func(self object.Value, c *chainIter) (object.Value, error) {
		switch {
		case c.source.IsNull():
			return tuple(cls(self), tuple()), nil
		case c.active.IsNull():
			return tuple(cls(self), tuple(), tuple(c.source)), nil
		}
		return tuple(cls(self), tuple(), tuple(c.source, c.active)), nil
	})
	setstateMethod(chainType, func(c *chainIter, state object.Value) error {
		items, err := stateTuple(state, 1, 2)
		if err != nil {
			return err
		}
		for _, x := range items {
			if !isIter(x) {
				return object.Errorf(object.TypeError, "Arguments must be iterators.")
			}
		}
		c.source, c.active = items[0], object.Null
		if len(items) == 2 {
			c.active = items[1]
		}
		return nil
	})
	addClassGetItem(chainType)
}

// isIter is PyIter_Check: the type has __next__.
func isIter(v object.Value) bool {
	if _, ok := v.Object().(object.Iterator); ok && v.Kind() == object.KindObject {
		return true
	}
	return v.Kind() == object.KindObject && !object.TypeOf(v).LookupString("__next__").IsNull()
}

// ---- compress, dropwhile, takewhile, filterfalse, starmap ----

type compressIter struct{ data, selectors object.Value }

func (c *compressIter) Type() *object.Type { return compressType }

func (c *compressIter) Next() (object.Value, bool, error) {
	for {
		d, ok, err := iterNext(c.data)
		if !ok || err != nil {
			return object.Null, false, err
		}
		s, ok, err := iterNext(c.selectors)
		if !ok || err != nil {
			return object.Null, false, err
		}
		t, err := object.Truth(s)
		if err != nil {
			return object.Null, false, err
		}
		if t {
			return d, true, nil
		}
	}
}

func compressNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	var a [2]object.Value
	if err := parseKw("compress", args, kw, []string{"data", "selectors"}, 2, 2, a[:]); err != nil {
		return object.Null, err
	}
	d, err := object.GetIter(a[0])
	if err != nil {
		return object.Null, err
	}
	s, err := object.GetIter(a[1])
	if err != nil {
		return object.Null, err
	}
	return object.WrapBuiltin(t, object.FromObject(&compressIter{d, s})), nil
}

// predIter is the shared layout of dropwhile, takewhile, filterfalse and
// starmap: a function and an iterator (and a flag for the first two).
type predIter struct {
	kind int // 0 dropwhile, 1 takewhile, 2 filterfalse, 3 starmap
	fn   object.Value
	it   object.Value
	flag bool // dropwhile: started yielding; takewhile: stopped
}

var predTypes = [...]**object.Type{&dropwhileType, &takewhileType, &filterfalseType, &starmapType}

func (p *predIter) Type() *object.Type { return *predTypes[p.kind] }

func (p *predIter) call(v object.Value) (bool, error) {
	r, err := call1(p.fn, v)
	if err != nil {
		return false, err
	}
	return object.Truth(r)
}

func (p *predIter) Next() (object.Value, bool, error) {
	switch p.kind {
	case 0: // dropwhile
		for {
			v, ok, err := iterNext(p.it)
			if !ok || err != nil {
				return object.Null, false, err
			}
			if p.flag {
				return v, true, nil
			}
			t, err := p.call(v)
			if err != nil {
				return object.Null, false, err
			}
			if !t {
				p.flag = true
				return v, true, nil
			}
		}
	case 1: // takewhile
		if p.flag {
			return object.Null, false, nil
		}
		v, ok, err := iterNext(p.it)
		if !ok || err != nil {
			return object.Null, false, err
		}
		t, err := p.call(v)
		if err != nil {
			return object.Null, false, err
		}
		if t {
			return v, true, nil
		}
		p.flag = true
		return object.Null, false, nil
	case 2: // filterfalse
		for {
			v, ok, err := iterNext(p.it)
			if !ok || err != nil {
				return object.Null, false, err
			}
			var t bool
			if p.fn.IsNone() || p.fn.Is(typeValue(object.BoolType)) {
				t, err = object.Truth(v)
			} else {
				t, err = p.call(v)
			}
			if err != nil {
				return object.Null, false, err
			}
			if !t {
				return v, true, nil
			}
		}
	}
	// starmap
	v, ok, err := iterNext(p.it)
	if !ok || err != nil {
		return object.Null, false, err
	}
	var args []object.Value
	if tu, isT := v.Object().(*object.Tuple); isT && v.Kind() == object.KindObject {
		args = tu.Items
	} else if args, err = object.ToSlice(v); err != nil {
		return object.Null, false, err
	}
	r, err := object.Call(p.fn, args, nil)
	return r, err == nil, err
}

func predNew(kind int, name string) func(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	return func(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
		args, err := posOnlyNew(name, t, *predTypes[kind], args, kw, 2, 2)
		if err != nil {
			return object.Null, err
		}
		it, err := object.GetIter(args[1])
		if err != nil {
			return object.Null, err
		}
		return object.WrapBuiltin(t, object.FromObject(&predIter{kind: kind, fn: args[0], it: it})), nil
	}
}

func dropwhileNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	return predNew(0, "dropwhile")(t, args, kw)
}

func takewhileNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	return predNew(1, "takewhile")(t, args, kw)
}

func filterfalseNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	return predNew(2, "filterfalse")(t, args, kw)
}

func starmapNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	return predNew(3, "starmap")(t, args, kw)
}

func initPred() {
	reduceMethod(compressType, func(self object.Value, c *compressIter) (object.Value, error) {
		return tuple(cls(self), tuple(c.data, c.selectors)), nil
	})
	for i, t := range predTypes {
		kind := i
		reduceMethod(*t, func(self object.Value, p *predIter) (object.Value, error) {
			if kind < 2 {
				return tuple(cls(self), tuple(p.fn, p.it), object.Int(b2i(p.flag))), nil
			}
			return tuple(cls(self), tuple(p.fn, p.it)), nil
		})
		if kind < 2 {
			setstateMethod(*t, func(p *predIter, state object.Value) error {
				b, err := object.Truth(state)
				p.flag = b
				return err
			})
		}
	}
}

// ---- groupby ----

type groupbyIter struct {
	it, keyfunc              object.Value
	tgtkey, currkey, currval object.Value // Null when unset
	currgrouper              *grouperIter
}

func (g *groupbyIter) Type() *object.Type { return groupbyType }

func (g *groupbyIter) step() error {
	v, ok, err := iterNext(g.it)
	if err != nil {
		return err
	}
	if !ok {
		return errStop
	}
	k := v
	if !g.keyfunc.IsNone() {
		if k, err = call1(g.keyfunc, v); err != nil {
			return err
		}
	}
	g.currval, g.currkey = v, k
	return nil
}

// errStop marks an exhausted input inside the groupby helpers.
var errStop = func() *object.BaseException {
	e := object.NewException(object.StopIteration)
	e.Private = false // shared: the VM must never reuse frames for it
	return e
}()

func (g *groupbyIter) Next() (object.Value, bool, error) {
	g.currgrouper = nil
	for {
		if g.currkey.IsNull() {
		} else if g.tgtkey.IsNull() {
			break
		} else {
			eq, err := object.CompareBool(g.tgtkey, g.currkey, object.CmpEq)
			if err != nil {
				return object.Null, false, err
			}
			if !eq {
				break
			}
		}
		if err := g.step(); err != nil {
			if err == errStop {
				return object.Null, false, nil
			}
			return object.Null, false, err
		}
	}
	g.tgtkey = g.currkey
	gr := &grouperIter{parent: g, tgtkey: g.tgtkey}
	g.currgrouper = gr
	return tuple(g.currkey, object.FromObject(gr)), true, nil
}

func groupbyNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	var a [2]object.Value
	if err := parseKw("groupby", args, kw, []string{"iterable", "key"}, 2, 1, a[:]); err != nil {
		return object.Null, err
	}
	key := a[1]
	if key.IsNull() {
		key = object.None
	}
	it, err := object.GetIter(a[0])
	if err != nil {
		return object.Null, err
	}
	return object.WrapBuiltin(t, object.FromObject(&groupbyIter{it: it, keyfunc: key})), nil
}

type grouperIter struct {
	parent *groupbyIter
	pval   object.Value // the parent as the program sees it (for __reduce__)
	tgtkey object.Value
}

func (g *grouperIter) Type() *object.Type { return grouperType }

func (g *grouperIter) Next() (object.Value, bool, error) {
	p := g.parent
	if p.currgrouper != g {
		return object.Null, false, nil
	}
	if p.currval.IsNull() {
		if err := p.step(); err != nil {
			if err == errStop {
				return object.Null, false, nil
			}
			return object.Null, false, err
		}
	}
	eq, err := object.CompareBool(g.tgtkey, p.currkey, object.CmpEq)
	if err != nil || !eq {
		return object.Null, false, err
	}
	v := p.currval
	p.currval, p.currkey = object.Null, object.Null
	return v, true, nil
}

func grouperNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	args, err := posOnlyNew("_grouper", t, grouperType, args, kw, 2, 2)
	if err != nil {
		return object.Null, err
	}
	p, ok := object.Unwrap(args[0]).Object().(*groupbyIter)
	if !ok || args[0].Kind() != object.KindObject {
		return object.Null, object.Errorf(object.TypeError, "_grouper() argument 1 must be itertools.groupby, not %s", argTypeName(args[0]))
	}
	g := &grouperIter{parent: p, pval: args[0], tgtkey: args[1]}
	p.currgrouper = g
	return object.FromObject(g), nil
}

func initGroupby() {
	reduceMethod(groupbyType, func(self object.Value, g *groupbyIter) (object.Value, error) {
		if !g.tgtkey.IsNull() && !g.currkey.IsNull() && !g.currval.IsNull() {
			return tuple(cls(self), tuple(g.it, g.keyfunc), tuple(g.currkey, g.currval, g.tgtkey)), nil
		}
		return tuple(cls(self), tuple(g.it, g.keyfunc)), nil
	})
	setstateMethod(groupbyType, func(g *groupbyIter, state object.Value) error {
		items, err := stateTuple(state, 3, 3)
		if err != nil {
			return err
		}
		g.currkey, g.currval, g.tgtkey = items[0], items[1], items[2]
		return nil
	})
	reduceMethod(grouperType, func(self object.Value, g *grouperIter) (object.Value, error) {
		if g.parent.currgrouper != g {
			return tuple(builtinIter(), tuple(tuple())), nil
		}
		parent := g.pval
		if parent.IsNull() {
			parent = object.FromObject(g.parent)
		}
		return tuple(cls(self), tuple(parent, g.tgtkey)), nil
	})
}

// builtinIter returns the running interpreter's builtins.iter, which some
// __reduce__ results name (pickle checks it is that very object).
func builtinIter() object.Value {
	if object.ImportModule != nil {
		if m, err := object.ImportModule("builtins"); err == nil {
			if v, err := object.GetAttrString(m, "iter"); err == nil {
				return v
			}
		}
	}
	return object.PureBuiltins()["iter"]
}

// ---- islice ----

type isliceIter struct {
	it                    object.Value // Null once exhausted
	next, stop, step, cnt int64        // stop -1: none
}

func (s *isliceIter) Type() *object.Type { return isliceType }

func (s *isliceIter) Next() (object.Value, bool, error) {
	if s.it.IsNull() {
		return object.Null, false, nil
	}
	for s.cnt < s.next {
		_, ok, err := iterNext(s.it)
		if !ok || err != nil {
			s.it = object.Null
			return object.Null, false, err
		}
		s.cnt++
	}
	if s.stop != -1 && s.cnt >= s.stop {
		s.it = object.Null
		return object.Null, false, nil
	}
	v, ok, err := iterNext(s.it)
	if !ok || err != nil {
		s.it = object.Null
		return object.Null, false, err
	}
	s.cnt++
	old := s.next
	s.next += s.step
	if s.next < old || (s.stop != -1 && s.next > s.stop) {
		s.next = s.stop
	}
	return v, true, nil
}

const (
	isliceStopErr    = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	isliceIndicesErr = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
)

// ssizeOr is PyNumber_AsSsize_t with the error swallowed: -1 on failure.
func ssizeOr(v object.Value) int64 {
	n, err := asSsize(v)
	if err != nil {
		return -1
	}
	return n
}

func isliceNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	if t == isliceType && len(kw) > 0 {
		return object.Null, object.Errorf(object.TypeError, "islice() takes no keyword arguments")
	}
	args = args[:len(args)-len(kw)]
	if err := object.CheckPositional("islice", len(args), 2, 4); err != nil {
		return object.Null, err
	}
	var start, stop, step int64 = 0, -1, 1
	if len(args) == 2 {
		if !args[1].IsNone() {
			if stop = ssizeOr(args[1]); stop == -1 {
				return object.Null, object.Errorf(object.ValueError, isliceStopErr)
			}
		}
	} else {
		if !args[1].IsNone() {
			start = ssizeOr(args[1])
		}
		if !args[2].IsNone() {
			if stop = ssizeOr(args[2]); stop == -1 {
				return object.Null, object.Errorf(object.ValueError, isliceStopErr)
			}
		}
	}
	if start < 0 || stop < -1 {
		return object.Null, object.Errorf(object.ValueError, isliceIndicesErr)
	}
	if len(args) == 4 && !args[3].IsNone() {
		step = ssizeOr(args[3])
	}
	if step < 1 {
		return object.Null, object.Errorf(object.ValueError, "Step for islice() must be a positive integer or None.")
	}
	it, err := object.GetIter(args[0])
	if err != nil {
		return object.Null, err
	}
	return object.WrapBuiltin(t, object.FromObject(&isliceIter{it: it, next: start, stop: stop, step: step})), nil
}

func initIslice() {
	reduceMethod(isliceType, func(self object.Value, s *isliceIter) (object.Value, error) {
		if s.it.IsNull() {
			empty := mustIter(object.ListValue())
			return tuple(cls(self), tuple(empty, object.Int(0)), object.Int(0)), nil
		}
		stop := object.None
		if s.stop != -1 {
			stop = object.Int(s.stop)
		}
		return tuple(cls(self), tuple(s.it, object.Int(s.next), stop, object.Int(s.step)), object.Int(s.cnt)), nil
	})
	setstateMethod(isliceType, func(s *isliceIter, state object.Value) error {
		n, err := asSsizeExact(state)
		if err != nil {
			return err
		}
		s.cnt = n
		return nil
	})
}

// ---- pairwise ----

type pairwiseIter struct{ it, old object.Value }

func (p *pairwiseIter) Type() *object.Type { return pairwiseType }

func (p *pairwiseIter) Next() (object.Value, bool, error) {
	if p.it.IsNull() {
		return object.Null, false, nil
	}
	if p.old.IsNull() {
		v, ok, err := iterNext(p.it)
		if !ok || err != nil {
			p.it = object.Null
			return object.Null, false, err
		}
		p.old = v
	}
	v, ok, err := iterNext(p.it)
	if !ok || err != nil {
		p.it, p.old = object.Null, object.Null
		return object.Null, false, err
	}
	r := tuple(p.old, v)
	p.old = v
	return r, true, nil
}

func pairwiseNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	args, err := posOnlyNew("pairwise", t, pairwiseType, args, kw, 1, 1)
	if err != nil {
		return object.Null, err
	}
	it, err := object.GetIter(args[0])
	if err != nil {
		return object.Null, err
	}
	return object.WrapBuiltin(t, object.FromObject(&pairwiseIter{it: it})), nil
}

// ---- zip_longest ----

type zipLongestIter struct {
	its       []object.Value // Null once an input is exhausted
	numactive int
	fillvalue object.Value
}

func (z *zipLongestIter) Type() *object.Type { return zipLongestType }

func (z *zipLongestIter) Next() (object.Value, bool, error) {
	if len(z.its) == 0 || z.numactive == 0 {
		return object.Null, false, nil
	}
	items := make([]object.Value, len(z.its))
	for i, it := range z.its {
		if it.IsNull() {
			items[i] = z.fillvalue
			continue
		}
		v, ok, err := iterNext(it)
		if !ok || err != nil {
			z.numactive--
			if z.numactive == 0 || err != nil {
				z.numactive = 0
				return object.Null, false, err
			}
			v = z.fillvalue
			z.its[i] = object.Null
		}
		items[i] = v
	}
	return tuple(items...), true, nil
}

func zipLongestNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	npos := len(args) - len(kw)
	fill := object.None
	if len(kw) > 0 {
		if len(kw) != 1 || kw[0] != "fillvalue" {
			return object.Null, object.Errorf(object.TypeError, "zip_longest() got an unexpected keyword argument")
		}
		fill = args[npos]
	}
	z := &zipLongestIter{its: make([]object.Value, npos), numactive: npos, fillvalue: fill}
	for i, a := range args[:npos] {
		it, err := object.GetIter(a)
		if err != nil {
			return object.Null, err
		}
		z.its[i] = it
	}
	return object.WrapBuiltin(t, object.FromObject(z)), nil
}

func initZipLongest() {
	reduceMethod(zipLongestType, func(self object.Value, z *zipLongestIter) (object.Value, error) {
		args := make([]object.Value, len(z.its))
		for i, it := range z.its {
			if it.IsNull() {
				it = tuple()
			}
			args[i] = it
		}
		return tuple(cls(self), tuple(args...), z.fillvalue), nil
	})
	setstateMethod(zipLongestType, func(z *zipLongestIter, state object.Value) error {
		z.fillvalue = state
		return nil
	})
}

// ---- product ----

type productIter struct {
	pools   [][]object.Value
	poolsV  object.Value // the tuple of pool tuples (for __reduce__)
	indices []int
	result  []object.Value // nil before the first item
	stopped bool
}

func (p *productIter) Type() *object.Type { return productType }

func (p *productIter) Next() (object.Value, bool, error) {
	if p.stopped {
		return object.Null, false, nil
	}
	if p.result == nil {
		p.result = make([]object.Value, len(p.pools))
		for i, pool := range p.pools {
			if len(pool) == 0 {
				p.stopped = true
				return object.Null, false, nil
			}
			p.result[i] = pool[0]
		}
	} else {
		i := len(p.pools) - 1
		for ; i >= 0; i-- {
			pool := p.pools[i]
			p.indices[i]++
			if p.indices[i] == len(pool) {
				p.indices[i] = 0
				p.result[i] = pool[0]
			} else {
				p.result[i] = pool[p.indices[i]]
				break
			}
		}
		if i < 0 {
			p.stopped = true
			return object.Null, false, nil
		}
	}
	return tuple(append([]object.Value(nil), p.result...)...), true, nil
}

func productNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	npos := len(args) - len(kw)
	repeat := int64(1)
	if len(kw) > 0 {
		var a [1]object.Value
		if err := parseKw("product", args[npos:], kw, []string{"repeat"}, 0, 0, a[:]); err != nil {
			if object.ExceptionMatches(err, object.TypeError) && len(kw) > 1 {
				return object.Null, object.Errorf(object.TypeError, "product() takes at most 1 keyword argument (%d given)", len(kw))
			}
			return object.Null, err
		}
		n, err := asSsize(a[0])
		if err != nil {
			return object.Null, err
		}
		if n < 0 {
			return object.Null, object.Errorf(object.ValueError, "repeat argument cannot be negative")
		}
		repeat = n
	}
	nargs := int64(npos)
	if repeat == 0 {
		nargs = 0
	} else if nargs > 0 && repeat > math.MaxInt64/8/nargs {
		return object.Null, object.Errorf(object.OverflowError, "repeat argument too large")
	}
	if nargs*repeat > 1<<28 {
		return object.Null, object.Errorf(object.MemoryError, "")
	}
	npools := int(nargs * repeat)
	pools := make([][]object.Value, npools)
	poolVals := make([]object.Value, npools)
	for i := 0; i < int(nargs); i++ {
		items, err := seqTuple(args[i])
		if err != nil {
			return object.Null, err
		}
		pools[i] = items
		poolVals[i] = tuple(items...)
	}
	for i := int(nargs); i < npools; i++ {
		pools[i] = pools[i-int(nargs)]
		poolVals[i] = poolVals[i-int(nargs)]
	}
	p := &productIter{pools: pools, poolsV: tuple(poolVals...), indices: make([]int, npools)}
	return object.WrapBuiltin(t, object.FromObject(p)), nil
}

// seqTuple is PySequence_Tuple: the items of an iterable (a tuple's own).
func seqTuple(v object.Value) ([]object.Value, error) {
	if t, ok := v.Object().(*object.Tuple); ok && v.Kind() == object.KindObject {
		return t.Items, nil
	}
	return object.ToSlice(v)
}

func initProduct() {
	reduceMethod(productType, func(self object.Value, p *productIter) (object.Value, error) {
		switch {
		case p.stopped:
			return tuple(cls(self), tuple(tuple())), nil
		case p.result == nil:
			return tuple(cls(self), p.poolsV), nil
		}
		return tuple(cls(self), p.poolsV, intsTuple(p.indices)), nil
	})
	setstateMethod(productType, func(p *productIter, state object.Value) error {
		st, ok := state.Object().(*object.Tuple)
		if !ok || state.Kind() != object.KindObject || len(st.Items) != len(p.pools) {
			return object.Errorf(object.ValueError, "invalid arguments")
		}
		for i, x := range st.Items {
			idx, err := asSsizeExact(x)
			if err != nil {
				return err
			}
			n := int64(len(p.pools[i]))
			if n == 0 {
				p.stopped = true
				return nil
			}
			p.indices[i] = int(min(max(idx, 0), n-1))
		}
		p.result = make([]object.Value, len(p.pools))
		for i, pool := range p.pools {
			p.result[i] = pool[p.indices[i]]
		}
		return nil
	})
}

func intsTuple(xs []int) object.Value {
	items := make([]object.Value, len(xs))
	for i, x := range xs {
		items[i] = object.Int(int64(x))
	}
	return tuple(items...)
}

// ---- combinations, combinations_with_replacement, permutations ----

// combIter holds the state of the three combinatoric iterators; kind
// selects the algorithm (those of CPython, which follow the pure-Python
// equivalents in the itertools documentation).
type combIter struct {
	kind    int // 0 combinations, 1 with replacement, 2 permutations
	pool    []object.Value
	poolV   object.Value
	r       int
	indices []int
	cycles  []int
	result  []object.Value // nil before the first item
	stopped bool
}

var combTypes = [...]**object.Type{&combinationsType, &cwrType, &permutationsType}

func (c *combIter) Type() *object.Type { return *combTypes[c.kind] }

func (c *combIter) Next() (object.Value, bool, error) {
	if c.stopped {
		return object.Null, false, nil
	}
	n, r := len(c.pool), c.r
	if c.result == nil {
		c.result = make([]object.Value, r)
		for i := 0; i < r; i++ {
			if c.kind == 1 {
				if n > 0 {
					c.result[i] = c.pool[0]
				}
			} else {
				c.result[i] = c.pool[c.indices[i]]
			}
		}
	} else if !c.advance(n, r) {
		c.stopped = true
		return object.Null, false, nil
	}
	return tuple(append([]object.Value(nil), c.result...)...), true, nil
}

// advance moves the indices to the next selection and updates result;
// it reports false when the selections are exhausted.
func (c *combIter) advance(n, r int) bool {
	idx := c.indices
	switch c.kind {
	case 0:
		i := r - 1
		for i >= 0 && idx[i] == i+n-r {
			i--
		}
		if i < 0 {
			return false
		}
		idx[i]++
		for j := i + 1; j < r; j++ {
			idx[j] = idx[j-1] + 1
		}
		for ; i < r; i++ {
			c.result[i] = c.pool[idx[i]]
		}
	case 1:
		i := r - 1
		for i >= 0 && idx[i] == n-1 {
			i--
		}
		if i < 0 {
			return false
		}
		index := idx[i] + 1
		for ; i < r; i++ {
			idx[i] = index
			c.result[i] = c.pool[index]
		}
	default:
		if n == 0 {
			return false
		}
		cyc := c.cycles
		i := r - 1
		for ; i >= 0; i-- {
			cyc[i]--
			if cyc[i] == 0 {
				index := idx[i]
				copy(idx[i:n-1], idx[i+1:n])
				idx[n-1] = index
				cyc[i] = n - i
			} else {
				j := cyc[i]
				idx[i], idx[n-j] = idx[n-j], idx[i]
				for k := i; k < r; k++ {
					c.result[k] = c.pool[idx[k]]
				}
				break
			}
		}
		if i < 0 {
			return false
		}
	}
	return true
}

func combNew(kind int, name string) func(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	return func(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		nreq := 2
		if kind == 2 {
			nreq = 1
		}
		if err := parseKw(name, args, kw, []string{"iterable", "r"}, 2, nreq, a[:]); err != nil {
			return object.Null, err
		}
		var r int64
		var pool []object.Value
		var err error
		if kind != 2 {
			// The "n" converter runs before the body turns the
			// iterable into a tuple.
			if r, err = asSsize(a[1]); err != nil {
				return object.Null, err
			}
		}
		if pool, err = seqTuple(a[0]); err != nil {
			return object.Null, err
		}
		n := int64(len(pool))
		if kind == 2 {
			r = n
			if !a[1].IsNull() && !a[1].IsNone() {
				if !isIntType(a[1]) {
					return object.Null, object.Errorf(object.TypeError, "Expected int as r")
				}
				if r, err = asSsize(a[1]); err != nil {
					return object.Null, err
				}
			}
		}
		if r < 0 {
			return object.Null, object.Errorf(object.ValueError, "r must be non-negative")
		}
		if r > 1<<28 && (kind == 1 || r <= n) {
			return object.Null, object.Errorf(object.MemoryError, "")
		}
		c := &combIter{kind: kind, pool: pool, poolV: tuple(pool...), r: int(min(r, 1<<28+1))}
		switch kind {
		case 0:
			c.stopped = r > n
			if !c.stopped {
				c.indices = make([]int, r)
				for i := range c.indices {
					c.indices[i] = i
				}
			}
		case 1:
			c.stopped = n == 0 && r != 0
			if !c.stopped {
				c.indices = make([]int, r)
			}
		case 2:
			c.stopped = r > n
			if !c.stopped {
				c.indices = make([]int, n)
				for i := range c.indices {
					c.indices[i] = i
				}
				c.cycles = make([]int, r)
				for i := range c.cycles {
					c.cycles[i] = int(n) - i
				}
			}
		}
		return object.WrapBuiltin(t, object.FromObject(c)), nil
	}
}

func combinationsNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	return combNew(0, "combinations")(t, args, kw)
}

func cwrNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	return combNew(1, "combinations_with_replacement")(t, args, kw)
}

func permutationsNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	return combNew(2, "permutations")(t, args, kw)
}

func initComb() {
	for _, tp := range combTypes {
		reduceMethod(*tp, func(self object.Value, c *combIter) (object.Value, error) {
			r := object.Int(int64(c.r))
			switch {
			case c.result == nil:
				return tuple(cls(self), tuple(c.poolV, r)), nil
			case c.stopped:
				return tuple(cls(self), tuple(tuple(), r)), nil
			case c.kind == 2:
				return tuple(cls(self), tuple(c.poolV, r), tuple(intsTuple(c.indices), intsTuple(c.cycles))), nil
			}
			return tuple(cls(self), tuple(c.poolV, r), intsTuple(c.indices)), nil
		})
		setstateMethod(*tp, combSetstate)
	}
}

func combSetstate(c *combIter, state object.Value) error {
	n := len(c.pool)
	if c.kind == 2 {
		items, err := stateTuple(state, 2, 2)
		if err != nil {
			return err
		}
		var parts [2]*object.Tuple
		for i, x := range items {
			t, ok := x.Object().(*object.Tuple)
			if !ok || x.Kind() != object.KindObject {
				return object.Errorf(object.TypeError, "argument %d must be tuple, not %s", i+1, argTypeName(x))
			}
			parts[i] = t
		}
		if len(parts[0].Items) != n || len(parts[1].Items) != c.r {
			return object.Errorf(object.ValueError, "invalid arguments")
		}
		if c.indices == nil {
			c.indices, c.cycles = make([]int, n), make([]int, c.r)
		}
		for i, x := range parts[0].Items {
			idx, err := asSsizeExact(x)
			if err != nil {
				return err
			}
			c.indices[i] = int(min(max(idx, 0), int64(n-1)))
		}
		for i, x := range parts[1].Items {
			idx, err := asSsizeExact(x)
			if err != nil {
				return err
			}
			c.cycles[i] = int(min(max(idx, 1), int64(n-i)))
		}
	} else {
		st, ok := state.Object().(*object.Tuple)
		if !ok || state.Kind() != object.KindObject || len(st.Items) != c.r {
			return object.Errorf(object.ValueError, "invalid arguments")
		}
		if c.indices == nil {
			c.indices = make([]int, c.r)
		}
		for i, x := range st.Items {
			idx, err := asSsizeExact(x)
			if err != nil {
				return err
			}
			hi := int64(n - 1)
			if c.kind == 0 {
				hi = int64(i + n - c.r)
			}
			c.indices[i] = int(max(min(idx, hi), 0))
		}
	}
	c.result = make([]object.Value, c.r)
	for i := range c.result {
		c.result[i] = c.pool[c.indices[i]]
	}
	return nil
}

// ---- tee ----

// teeLinkCells is CPython's LINKCELLS: the values one _tee_dataobject
// holds before linking to the next.
const teeLinkCells = 57

// teeData is itertools._tee_dataobject: a chunk of the values read from
// the shared iterator, linked to the next chunk. The tees reading it
// advance independently; chunks nobody reads any more are collected.
type teeData struct {
	it      object.Value
	values  [teeLinkCells]object.Value
	numread int
	running bool
	next    *teeData
}

func (d *teeData) Type() *object.Type { return teeDataType }

func (d *teeData) jumplink() *teeData {
	if d.next == nil {
		d.next = &teeData{it: d.it}
	}
	return d.next
}

func (d *teeData) getitem(i int) (object.Value, bool, error) {
	if i < d.numread {
		return d.values[i], true, nil
	}
	if d.running {
		return object.Null, false, object.Errorf(object.RuntimeError, "cannot re-enter the tee iterator")
	}
	d.running = true
	v, ok, err := iterNext(d.it)
	d.running = false
	if !ok || err != nil {
		return object.Null, false, err
	}
	d.values[d.numread] = v
	d.numread++
	return v, true, nil
}

// teeIter is itertools._tee: a position in the shared chunks.
type teeIter struct {
	data  *teeData
	index int
}

func (t *teeIter) Type() *object.Type { return teeType }

func (t *teeIter) Next() (object.Value, bool, error) {
	if t.index >= teeLinkCells {
		t.data, t.index = t.data.jumplink(), 0
	}
	v, ok, err := t.data.getitem(t.index)
	if ok {
		t.index++
	}
	return v, ok, err
}

func (t *teeIter) copy() *teeIter { return &teeIter{data: t.data, index: t.index} }

func teeFromIterable(iterable object.Value) (*teeIter, error) {
	it, err := object.GetIter(iterable)
	if err != nil {
		return nil, err
	}
	if t, ok := it.Object().(*teeIter); ok {
		return t.copy(), nil
	}
	return &teeIter{data: &teeData{it: it}}, nil
}

func teeNew(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
	args, err := posOnlyNew("_tee", t, teeType, args, kw, 1, 1)
	if err != nil {
		return object.Null, err
	}
	ti, err := teeFromIterable(args[0])
	if err != nil {
		return object.Null, err
	}
	return object.FromObject(ti), nil
}

func itertoolsTee(args []object.Value, kw []string) (object.Value, error) {
	if err := funcPosOnly("itertools", "tee", args, kw, 1, 2); err != nil {
		return object.Null, err
	}
	n := int64(2)
	if len(args) == 2 {
		var err error
		if n, err = asSsize(args[1]); err != nil {
			return object.Null, err
		}
	}
	if n < 0 {
		return object.Null, object.Errorf(object.ValueError, "n must be >= 0")
	}
	if n == 0 {
		return tuple(), nil
	}
	if n > 1<<28 {
		return object.Null, object.Errorf(object.MemoryError, "")
	}
	it, err := object.GetIter(args[0])
	if err != nil {
		return object.Null, err
	}
	result := make([]object.Value, n)
	copyName := object.Intern("__copy__")
	copyFn, err := object.GetAttr(it, copyName)
	if err != nil {
		if !object.ExceptionMatches(err, object.AttributeError) {
			return object.Null, err
		}
		t, err := teeFromIterable(it)
		if err != nil {
			return object.Null, err
		}
		result[0] = object.FromObject(t)
		for i := 1; i < int(n); i++ {
			result[i] = object.FromObject(t.copy())
		}
		return tuple(result...), nil
	}
	result[0] = it
	for i := 1; i < int(n); i++ {
		if result[i], err = object.Call(copyFn, nil, nil); err != nil {
			return object.Null, err
		}
	}
	return tuple(result...), nil
}

func initTee() {
	teeType.AddMethod("__copy__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("__copy__", args, kw); err != nil {
			return object.Null, err
		}
		return object.FromObject(self.Object().(*teeIter).copy()), nil
	})
	reduceMethod(teeType, func(self object.Value, t *teeIter) (object.Value, error) {
		return tuple(cls(self), tuple(tuple()), tuple(object.FromObject(t.data), object.Int(int64(t.index)))), nil
	})
	setstateMethod(teeType, func(t *teeIter, state object.Value) error {
		items, err := stateTuple(state, 2, 2)
		if err != nil {
			return err
		}
		d, ok := items[0].Object().(*teeData)
		if !ok {
			return object.Errorf(object.TypeError, "argument 1 must be itertools._tee_dataobject, not %s", argTypeName(items[0]))
		}
		idx, err := parseTupleInt(items[1])
		if err != nil {
			return err
		}
		if idx < 0 || idx > teeLinkCells {
			return object.Errorf(object.ValueError, "Index out of range")
		}
		t.data, t.index = d, int(idx)
		return nil
	})
	teeDataType.SetNew(func(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
		args, err := posOnlyNew("_tee_dataobject", t, teeDataType, args, kw, 3, 3)
		if err != nil {
			return object.Null, err
		}
		values, ok := args[1].Object().(*object.List)
		if !ok || !object.TypeOf(args[1]).IsSubtype(object.ListType) {
			return object.Null, object.Errorf(object.TypeError, "teedataobject() argument 2 must be list, not %s", argTypeName(args[1]))
		}
		d := &teeData{it: args[0]}
		invalid := object.Errorf(object.ValueError, "Invalid arguments")
		if len(values.Items) > teeLinkCells {
			return object.Null, invalid
		}
		d.numread = copy(d.values[:], values.Items)
		next := args[2]
		if d.numread == teeLinkCells {
			if !next.IsNone() {
				nd, ok := next.Object().(*teeData)
				if !ok {
					return object.Null, invalid
				}
				d.next = nd
			}
		} else if !next.IsNone() {
			return object.Null, invalid
		}
		return object.FromObject(d), nil
	}, nil)
	reduceMethod(teeDataType, func(self object.Value, d *teeData) (object.Value, error) {
		values := object.ListValue(append([]object.Value(nil), d.values[:d.numread]...)...)
		next := object.None
		if d.next != nil {
			next = object.FromObject(d.next)
		}
		return tuple(cls(self), tuple(d.it, values, next)), nil
	})
}

func itoa(n int64) string {
	s, _ := object.Repr(object.Int(n))
	return s
}

func init() {
	countType.SetNew(countNew, nil)
	cycleType.SetNew(cycleNew, nil)
	repeatType.SetNew(repeatNew, nil)
	accumulateType.SetNew(accumulateNew, nil)
	chainType.SetNew(chainNew, nil)
	compressType.SetNew(compressNew, nil)
	dropwhileType.SetNew(dropwhileNew, nil)
	takewhileType.SetNew(takewhileNew, nil)
	filterfalseType.SetNew(filterfalseNew, nil)
	starmapType.SetNew(starmapNew, nil)
	groupbyType.SetNew(groupbyNew, nil)
	grouperType.SetNew(grouperNew, nil)
	isliceType.SetNew(isliceNew, nil)
	pairwiseType.SetNew(pairwiseNew, nil)
	zipLongestType.SetNew(zipLongestNew, nil)
	productType.SetNew(productNew, nil)
	combinationsType.SetNew(combinationsNew, nil)
	cwrType.SetNew(cwrNew, nil)
	permutationsType.SetNew(permutationsNew, nil)
	teeType.SetNew(teeNew, nil)
	initCount()
	initCycle()
	initRepeat()
	initAccumulate()
	initChain()
	initPred()
	initGroupby()
	initIslice()
	initZipLongest()
	initProduct()
	initComb()
	initTee()
}
