package native

// _decimal in Go: the Python face of the decimal core (decimal_num.go),
// the module Lib/decimal.py imports before falling back to _pydecimal.
//
// Native (Go) here: the signal classes (with the C module's bases),
// Context (prec, rounding, Emin, Emax, capitals, clamp, flags and traps
// as SignalDicts, Etiny/Etop, copy, clear_flags/clear_traps, _apply,
// create_decimal, create_decimal_from_float, __reduce__ and the methods
// add, subtract, multiply, divide, divide_int, remainder, divmod,
// quantize, plus, minus, abs, compare, to_sci_string, to_eng_string,
// to_integral*), getcontext/setcontext/localcontext over a ContextVar,
// DecimalTuple, and Decimal: construction from str, int, float, tuple and
// Decimal (exact, with the C module's limits), from_float, + - * / // %
// divmod with ints (and reflected), unary - + abs, == != < <= > >= with
// int, float, Fraction and complex, hash (equal to int's, float's and
// _pydecimal's), str/repr/to_eng_string, bool, int/float/trunc/floor/
// ceil/round, quantize, to_integral*, compare, adjusted, as_tuple,
// as_integer_ratio, copy_abs/copy_negate, the is_* predicates except
// is_normal/is_subnormal, canonical, conjugate, radix, real/imag,
// __reduce__, __sizeof__.
//
// Delegated to _pydecimal (decDelegated, ctxDelegated below): sqrt, exp,
// ln, log10, logb, power/**, fma, scaleb, next_*, normalize,
// remainder_near, rotate, shift, logical_*, max/min*, compare_total*,
// compare_signal, copy_sign, same_quantum, number_class, is_normal,
// is_subnormal, __format__, __complex__ and the Context forms of these:
// operands and context go over exactly, the flags raised come back into
// the native context. They are correct but slower than _pydecimal alone,
// and _pydecimal's sqrt/exp/ln at MAX_PREC run out of memory where
// libmpdec's do not (test_maxcontext_exact_arith).

import (
	"math"
	"math/big"
	"math/bits"
	"strings"
	"unicode"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

func init() { register("_decimal", newDecimalModule) }

const (
	decMaxPrec = 999999999999999999
	decMaxEmax = 999999999999999999
	decMinEmin = -999999999999999999
)

var decRoundNames = [...]string{"ROUND_CEILING", "ROUND_DOWN", "ROUND_FLOOR", "ROUND_HALF_DOWN",
	"ROUND_HALF_EVEN", "ROUND_HALF_UP", "ROUND_UP", "ROUND_05UP"}

// The signals in the order the C module reports them (the first trapped
// one is raised).
const (
	sigInvalid = iota
	sigFloat
	sigDivZero
	sigOverflow
	sigUnderflow
	sigSubnormal
	sigInexact
	sigRounded
	sigClamped
	nSignals
)

var decSigNames = [nSignals]string{"InvalidOperation", "FloatOperation", "DivisionByZero", "Overflow",
	"Underflow", "Subnormal", "Inexact", "Rounded", "Clamped"}

// condSignals pairs each core condition with its signal.
var condSignals = [...]struct {
	cond decStatus
	sig  uint
}{
	{stInvalid, sigInvalid}, {stFloatOperation, sigFloat}, {stDivisionByZero, sigDivZero},
	{stOverflow, sigOverflow}, {stUnderflow, sigUnderflow}, {stSubnormal, sigSubnormal},
	{stInexact, sigInexact}, {stRounded, sigRounded}, {stClamped, sigClamped},
}

// sigBits maps core conditions to signal bits.
func sigBits(st decStatus) uint16 {
	var s uint16
	for _, c := range condSignals {
		if st&c.cond != 0 {
			s |= 1 << c.sig
		}
	}
	return s
}

type decState struct {
	in          *vm.Interp
	decType     *object.Type
	ctxType     *object.Type
	sdType      *object.Type
	mgrType     *object.Type
	base        *object.Type // DecimalException
	signals     [nSignals]*object.Type
	convSyntax  *object.Type
	divImposs   *object.Type
	divUndef    *object.Type
	invalidCtx  *object.Type
	ctxVar      *ContextVar
	defaultCtx  *pyDecContext
	basicCtx    *pyDecContext
	extendedCtx *pyDecContext
	tupleType   object.Value // DecimalTuple
	rational    object.Value // numbers.Rational
}

type pyDecimal struct {
	st *decState
	n  *decNum
}

func (d *pyDecimal) Type() *object.Type { return d.st.decType }

type pyDecContext struct {
	st       *decState
	c        decCtx
	capitals bool
	flags    uint16
	traps    uint16
}

func (c *pyDecContext) Type() *object.Type { return c.st.ctxType }

// signalDict is a Context's flags or traps.
type signalDict struct {
	ctx   *pyDecContext
	traps bool
}

func (s *signalDict) Type() *object.Type { return s.ctx.st.sdType }

func (s *signalDict) bits() *uint16 {
	if s.traps {
		return &s.ctx.traps
	}
	return &s.ctx.flags
}

type decCtxManager struct {
	st    *decState
	local *pyDecContext
	saved *pyDecContext
}

func (m *decCtxManager) Type() *object.Type { return m.st.mgrType }

func newDecimalModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("decimal", "C decimal arithmetic module")
	st := &decState{in: in}
	if err := st.initSignals(m); err != nil {
		return nil, err
	}
	cvm, err := in.ImportModule("_contextvars")
	if err != nil {
		return nil, err
	}
	cvt, err := object.GetAttrString(cvm, "ContextVar")
	if err != nil {
		return nil, err
	}
	cv, err := object.Call(cvt, []object.Value{object.NewStr("decimal_context")}, nil)
	if err != nil {
		return nil, err
	}
	st.ctxVar = object.Unwrap(cv).Object().(*ContextVar)
	colls, err := in.ImportModule("collections")
	if err != nil {
		return nil, err
	}
	nt, err := object.GetAttrString(colls, "namedtuple")
	if err != nil {
		return nil, err
	}
	st.tupleType, err = object.Call(nt, []object.Value{object.NewStr("DecimalTuple"), object.NewStr("sign digits exponent"), object.NewStr("decimal")}, []string{"module"})
	if err != nil {
		return nil, err
	}
	setAttr(m, "DecimalTuple", st.tupleType)
	st.initDecimal(m)
	st.initContext(m)
	st.initDelegates()
	if nm, err := in.ImportModule("numbers"); err == nil {
		if num, err := object.GetAttrString(nm, "Number"); err == nil {
			if reg, err := object.GetAttrString(num, "register"); err == nil {
				if _, err := object.Call(reg, []object.Value{object.FromObject(st.decType)}, nil); err != nil {
					return nil, err
				}
			}
		}
		if rat, err := object.GetAttrString(nm, "Rational"); err == nil {
			st.rational = rat
		}
	}
	st.defaultCtx = st.newContext(decCtx{prec: 28, emax: 999999, emin: -999999, round: rdHalfEven}, true,
		1<<sigInvalid|1<<sigDivZero|1<<sigOverflow)
	st.basicCtx = st.newContext(decCtx{prec: 9, emax: 999999, emin: -999999, round: rdHalfUp}, true,
		1<<sigInvalid|1<<sigDivZero|1<<sigOverflow|1<<sigUnderflow|1<<sigClamped)
	st.extendedCtx = st.newContext(decCtx{prec: 9, emax: 999999, emin: -999999, round: rdHalfEven}, true, 0)
	setAttr(m, "DefaultContext", object.FromObject(st.defaultCtx))
	setAttr(m, "BasicContext", object.FromObject(st.basicCtx))
	setAttr(m, "ExtendedContext", object.FromObject(st.extendedCtx))
	for i, n := range decRoundNames {
		_ = i
		setAttr(m, n, object.FromObject(object.Intern(n)))
	}
	setAttr(m, "MAX_PREC", object.Int(decMaxPrec))
	setAttr(m, "MAX_EMAX", object.Int(decMaxEmax))
	setAttr(m, "MIN_EMIN", object.Int(decMinEmin))
	setAttr(m, "MIN_ETINY", object.Int(decMinEmin-(decMaxPrec-1)))
	setAttr(m, "HAVE_THREADS", object.True)
	setAttr(m, "HAVE_CONTEXTVAR", object.True)
	setAttr(m, "__version__", object.NewStr("1.70"))
	setAttr(m, "__libmpdec_version__", object.NewStr("2.5.1"))
	defFunc(m, "getcontext", func(args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("getcontext", args, kw); err != nil {
			return object.Null, err
		}
		return object.FromObject(st.current()), nil
	})
	defFunc(m, "setcontext", func(args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("", "setcontext", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		c, ok := object.Unwrap(args[0]).Object().(*pyDecContext)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "argument must be a context")
		}
		if c == st.defaultCtx || c == st.basicCtx || c == st.extendedCtx {
			c = c.copy()
		}
		st.setCurrent(c)
		return object.None, nil
	})
	defFunc(m, "localcontext", func(args []object.Value, kw []string) (object.Value, error) {
		var a [1]object.Value
		if err := parseKw("localcontext", args, kw, []string{"ctx"}, 1, 0, a[:]); err != nil {
			return object.Null, err
		}
		var base *pyDecContext
		if a[0].IsNull() || a[0].IsNone() {
			base = st.current()
		} else {
			c, ok := object.Unwrap(a[0]).Object().(*pyDecContext)
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "argument must be a context")
			}
			base = c
		}
		return object.FromObject(&decCtxManager{st: st, local: base.copy()}), nil
	})
	return m, nil
}

func (st *decState) initSignals(m *object.Module) error {
	mk := func(name string, bases ...*object.Type) (*object.Type, error) {
		ns := object.NewDict(2)
		ns.Set(object.FromObject(object.Intern("__module__")), object.NewStr("decimal"))
		t, err := object.NewClass(object.TypeType, name, bases, ns)
		if err != nil {
			return nil, err
		}
		setAttr(m, name, object.FromObject(t))
		return t, nil
	}
	var err error
	must := func(t *object.Type, e error) *object.Type {
		if e != nil && err == nil {
			err = e
		}
		return t
	}
	st.base = must(mk("DecimalException", object.ArithmeticError))
	s := &st.signals
	s[sigClamped] = must(mk("Clamped", st.base))
	s[sigInvalid] = must(mk("InvalidOperation", st.base))
	s[sigDivZero] = must(mk("DivisionByZero", st.base, object.ZeroDivisionError))
	s[sigInexact] = must(mk("Inexact", st.base))
	s[sigRounded] = must(mk("Rounded", st.base))
	s[sigSubnormal] = must(mk("Subnormal", st.base))
	if err != nil {
		return err
	}
	s[sigOverflow] = must(mk("Overflow", s[sigInexact], s[sigRounded]))
	s[sigUnderflow] = must(mk("Underflow", s[sigInexact], s[sigRounded], s[sigSubnormal]))
	s[sigFloat] = must(mk("FloatOperation", st.base, object.TypeError))
	st.convSyntax = must(mk("ConversionSyntax", s[sigInvalid]))
	st.divImposs = must(mk("DivisionImpossible", s[sigInvalid]))
	st.divUndef = must(mk("DivisionUndefined", s[sigInvalid], object.ZeroDivisionError))
	st.invalidCtx = must(mk("InvalidContext", s[sigInvalid]))
	return err
}

// ---- contexts ----

func (st *decState) newContext(c decCtx, capitals bool, traps uint16) *pyDecContext {
	return &pyDecContext{st: st, c: c, capitals: capitals, traps: traps}
}

func (c *pyDecContext) copy() *pyDecContext {
	d := *c
	return &d
}

// current is getcontext(): the context of the running contextvars
// Context, a copy of DefaultContext on first use.
func (st *decState) current() *pyDecContext {
	if v, ok := st.ctxVar.st.current().vars.get(st.ctxVar); ok {
		if c, ok := object.Unwrap(v).Object().(*pyDecContext); ok {
			return c
		}
	}
	c := st.defaultCtx.copy()
	c.flags = 0
	st.setCurrent(c)
	return c
}

func (st *decState) setCurrent(c *pyDecContext) {
	cur := st.ctxVar.st.current()
	cur.vars = cur.vars.with(st.ctxVar, object.FromObject(c))
}

// apply records an operation's conditions in the context and raises the
// first trapped signal, as the C module does (all flags are set first).
func (c *pyDecContext) apply(st decStatus) error {
	if st == 0 {
		return nil
	}
	s := sigBits(st)
	c.flags |= s
	trapped := s & c.traps
	if trapped == 0 {
		return nil
	}
	var list []object.Value
	first := -1
	for i := 0; i < nSignals; i++ {
		if trapped&(1<<i) != 0 {
			if first < 0 {
				first = i
			}
			t := c.st.signals[i]
			if i == sigInvalid {
				t = c.st.invalidCond(st)
			}
			list = append(list, object.FromObject(t))
		}
	}
	cls := c.st.signals[first]
	return object.NewException(cls, object.FromObject(object.NewList(list...)))
}

func (st *decState) invalidCond(s decStatus) *object.Type {
	switch {
	case s&stConversionSyntax != 0:
		return st.convSyntax
	case s&stDivisionImpossible != 0:
		return st.divImposs
	case s&stDivisionUndefined != 0:
		return st.divUndef
	case s&stInvalidContext != 0:
		return st.invalidCtx
	}
	return st.signals[sigInvalid]
}

// ctxArg is a method's context argument: the current one when absent.
func (st *decState) ctxArg(v object.Value) (*pyDecContext, error) {
	if v.IsNull() || v.IsNone() {
		return st.current(), nil
	}
	c, ok := object.Unwrap(v).Object().(*pyDecContext)
	if !ok {
		return nil, object.Errorf(object.TypeError, "optional argument must be a context")
	}
	return c, nil
}

func (st *decState) signalIndex(v object.Value) (int, error) {
	if t, ok := v.Object().(*object.Type); ok {
		for i, s := range st.signals {
			if s == t {
				return i, nil
			}
		}
	}
	return 0, object.NewException(object.KeyError, object.NewStr("invalid signal dict"))
}

// signalSet reads a flags= or traps= argument: a list of signals or a
// mapping of signals to truth values.
func (st *decState) signalSet(v object.Value) (uint16, error) {
	if sd, ok := object.Unwrap(v).Object().(*signalDict); ok {
		return *sd.bits(), nil
	}
	var bitsOut uint16
	if d, ok := object.Unwrap(v).Object().(*object.Dict); ok {
		if d.Len() != nSignals {
			return 0, object.NewException(object.KeyError, object.NewStr("invalid signal dict"))
		}
		items, err := object.Call(mustAttr(object.FromObject(d), "items"), nil, nil)
		if err != nil {
			return 0, err
		}
		it, err := object.GetIter(items)
		if err != nil {
			return 0, err
		}
		for {
			kv, ok, err := iterNext(it)
			if err != nil {
				return 0, err
			}
			if !ok {
				break
			}
			p := object.Unwrap(kv).Object().(*object.Tuple)
			i, err := st.signalIndex(p.Items[0])
			if err != nil {
				return 0, err
			}
			t, err := object.Truth(p.Items[1])
			if err != nil {
				return 0, err
			}
			if t {
				bitsOut |= 1 << i
			}
		}
		return bitsOut, nil
	}
	if _, ok := object.Unwrap(v).Object().(*object.List); !ok {
		return 0, object.Errorf(object.TypeError, "argument must be a signal dict")
	}
	it, err := object.GetIter(v)
	if err != nil {
		return 0, err
	}
	for {
		x, ok, err := iterNext(it)
		if err != nil {
			return 0, err
		}
		if !ok {
			break
		}
		i, err := st.signalIndex(x)
		if err != nil {
			return 0, err
		}
		bitsOut |= 1 << i
	}
	return bitsOut, nil
}

func mustAttr(v object.Value, name string) object.Value {
	r, err := object.GetAttrString(v, name)
	if err != nil {
		return object.None
	}
	return r
}

func (st *decState) ctxOf(v object.Value) *pyDecContext {
	return object.Unwrap(v).Object().(*pyDecContext)
}

func roundingOf(v object.Value) (decRound, error) {
	if s, ok := object.Unwrap(v).Object().(*object.Str); ok {
		for i, n := range decRoundNames {
			if s.S == n {
				return decRound(i), nil
			}
		}
	}
	return 0, object.Errorf(object.TypeError, "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
}

func (st *decState) initContext(m *object.Module) {
	t := object.NewBaseType("decimal.Context", nil)
	st.ctxType = t
	setAttr(m, "Context", object.FromObject(t))
	names := []string{"prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"}
	t.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		c := st.defaultCtx.copy()
		c.flags = 0
		return object.WrapBuiltin(cls, object.FromObject(c)), nil
	}, func(self object.Value, args []object.Value, kw []string) error {
		var a [8]object.Value
		if err := parseKw("Context", args, kw, names, 8, 0, a[:]); err != nil {
			return err
		}
		c := st.ctxOf(self)
		for i, v := range a {
			if v.IsNull() || v.IsNone() {
				continue
			}
			if err := c.setField(names[i], v); err != nil {
				return err
			}
		}
		return nil
	})
	for _, n := range names {
		n := n
		t.AddGetSet(n, func(self object.Value) (object.Value, error) {
			c := st.ctxOf(self)
			switch n {
			case "prec":
				return object.Int(c.c.prec), nil
			case "rounding":
				return object.FromObject(object.Intern(decRoundNames[c.c.round])), nil
			case "Emin":
				return object.Int(c.c.emin), nil
			case "Emax":
				return object.Int(c.c.emax), nil
			case "capitals":
				return object.Int(b2i(c.capitals)), nil
			case "clamp":
				return object.Int(b2i(c.c.clamp)), nil
			case "flags":
				return object.FromObject(&signalDict{ctx: c}), nil
			}
			return object.FromObject(&signalDict{ctx: c, traps: true}), nil
		}, func(self, v object.Value) error {
			if v.IsNull() {
				return object.Errorf(object.AttributeError, "context attributes cannot be deleted")
			}
			if n == "flags" || n == "traps" {
				u := object.Unwrap(v).Object()
				_, isDict := u.(*object.Dict)
				_, isSD := u.(*signalDict)
				if !isDict && !isSD {
					return object.Errorf(object.TypeError, "argument must be a signal dict")
				}
			}
			return st.ctxOf(self).setField(n, v)
		})
	}
	t.AddMethod("Etiny", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.Int(st.ctxOf(self).c.etiny()), nil
	})
	t.AddMethod("Etop", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.Int(st.ctxOf(self).c.etop()), nil
	})
	t.AddMethod("copy", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.FromObject(st.ctxOf(self).copy()), nil
	})
	t.AddMethod("__copy__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.FromObject(st.ctxOf(self).copy()), nil
	})
	t.AddMethod("clear_flags", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		st.ctxOf(self).flags = 0
		return object.None, nil
	})
	t.AddMethod("clear_traps", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		st.ctxOf(self).traps = 0
		return object.None, nil
	})
	t.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.NewStr(st.ctxOf(self).repr()), nil
	})
	t.AddMethod("_apply", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("Context", "_apply", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		c := st.ctxOf(self)
		x, err := st.operand(args[0], c, true)
		if err != nil {
			return object.Null, err
		}
		r, s := finalize(x.clone(), &c.c)
		if err := c.apply(s); err != nil {
			return object.Null, err
		}
		return st.wrap(r), nil
	})
	t.AddMethod("__reduce__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		c := st.ctxOf(self)
		list := func(b uint16) object.Value {
			var xs []object.Value
			for i := 0; i < nSignals; i++ {
				if b&(1<<i) != 0 {
					xs = append(xs, object.FromObject(st.signals[i]))
				}
			}
			return object.FromObject(object.NewList(xs...))
		}
		return object.FromObject(object.NewTuple(object.FromObject(object.TypeOf(self)), object.FromObject(object.NewTuple(
			object.Int(c.c.prec), object.FromObject(object.Intern(decRoundNames[c.c.round])), object.Int(c.c.emin), object.Int(c.c.emax),
			object.Int(b2i(c.capitals)), object.Int(b2i(c.c.clamp)), list(c.flags), list(c.traps))))), nil
	})
	t.AddMethod("create_decimal", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("Context", "create_decimal", args, kw, 0, 1); err != nil {
			return object.Null, err
		}
		c := st.ctxOf(self)
		v := object.NewStr("0")
		if len(args) > 0 {
			v = args[0]
		}
		n, err := st.convert(v, c, true)
		if err != nil {
			return object.Null, err
		}
		if n.isNaN() {
			max := c.c.prec
			if c.c.clamp {
				max--
			}
			if numDigits(&n.coef) > max && n.coef.Sign() != 0 {
				if err := c.apply(stConversionSyntax); err != nil {
					return object.Null, err
				}
				n = newSpecial(dkNaN, false)
			}
		}
		if n.kind != dkFinite || true {
			r, s := finalize(n.clone(), &c.c)
			if s2 := c.apply(s); s2 != nil {
				return object.Null, s2
			}
			n = r
		}
		return st.wrap(n), nil
	})
	binOp := func(name string, f func(x, y *decNum, c *decCtx) (*decNum, decStatus)) {
		t.AddMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := funcPosOnly("Context", name, args, kw, 2, 2); err != nil {
				return object.Null, err
			}
			c := st.ctxOf(self)
			x, err := st.operand(args[0], c, true)
			if err != nil {
				return object.Null, err
			}
			y, err := st.operand(args[1], c, true)
			if err != nil {
				return object.Null, err
			}
			r, s := f(x, y, &c.c)
			if err := c.apply(s); err != nil {
				return object.Null, err
			}
			return st.wrap(r), nil
		})
	}
	binOp("add", func(x, y *decNum, c *decCtx) (*decNum, decStatus) { return decAdd(x, y, c, false) })
	binOp("subtract", func(x, y *decNum, c *decCtx) (*decNum, decStatus) { return decAdd(x, y, c, true) })
	binOp("multiply", decMul)
	binOp("divide", decDiv)
	binOp("divide_int", decDivInt)
	binOp("remainder", decRemainder)
	binOp("compare", decCompareOp)
	binOp("quantize", func(x, y *decNum, c *decCtx) (*decNum, decStatus) { return decQuantize(x, y, c, c.round) })
	unOp := func(name string, f func(x *decNum, c *decCtx) (*decNum, decStatus)) {
		t.AddMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := funcPosOnly("Context", name, args, kw, 1, 1); err != nil {
				return object.Null, err
			}
			c := st.ctxOf(self)
			x, err := st.operand(args[0], c, true)
			if err != nil {
				return object.Null, err
			}
			r, s := f(x, &c.c)
			if err := c.apply(s); err != nil {
				return object.Null, err
			}
			return st.wrap(r), nil
		})
	}
	unOp("plus", func(x *decNum, c *decCtx) (*decNum, decStatus) { return decPlus(x, c, false) })
	unOp("minus", func(x *decNum, c *decCtx) (*decNum, decStatus) { return decPlus(x, c, true) })
	unOp("abs", decAbs)
	unOp("to_integral_value", func(x *decNum, c *decCtx) (*decNum, decStatus) { return decToIntegral(x, c, c.round, false) })
	unOp("to_integral", func(x *decNum, c *decCtx) (*decNum, decStatus) { return decToIntegral(x, c, c.round, false) })
	unOp("to_integral_exact", func(x *decNum, c *decCtx) (*decNum, decStatus) { return decToIntegral(x, c, c.round, true) })
	t.AddMethod("divmod", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("Context", "divmod", args, kw, 2, 2); err != nil {
			return object.Null, err
		}
		c := st.ctxOf(self)
		x, err := st.operand(args[0], c, true)
		if err != nil {
			return object.Null, err
		}
		y, err := st.operand(args[1], c, true)
		if err != nil {
			return object.Null, err
		}
		return st.divmod(x, y, c)
	})
	for _, name := range []string{"to_sci_string", "to_eng_string"} {
		eng := name == "to_eng_string"
		t.AddMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := funcPosOnly("Context", name, args, kw, 1, 1); err != nil {
				return object.Null, err
			}
			c := st.ctxOf(self)
			x, err := st.operand(args[0], c, true)
			if err != nil {
				return object.Null, err
			}
			return object.NewStr(x.toString(eng, c.capitals)), nil
		})
	}
	st.initSignalDict()
	st.initManager()
}

func (c *pyDecContext) setField(name string, v object.Value) error {
	if name == "rounding" {
		r, err := roundingOf(v)
		if err != nil {
			return err
		}
		c.c.round = r
		return nil
	}
	if name == "flags" || name == "traps" {
		b, err := c.st.signalSet(v)
		if err != nil {
			return err
		}
		if name == "flags" {
			c.flags = b
		} else {
			c.traps = b
		}
		return nil
	}
	n, err := asSsize(v)
	if err != nil {
		return err
	}
	switch name {
	case "prec":
		if n < 1 || n > decMaxPrec {
			return object.Errorf(object.ValueError, "valid range for prec is [1, MAX_PREC]")
		}
		c.c.prec = n
	case "Emin":
		if n > 0 || n < decMinEmin {
			return object.Errorf(object.ValueError, "valid range for Emin is [MIN_EMIN, 0]")
		}
		c.c.emin = n
	case "Emax":
		if n < 0 || n > decMaxEmax {
			return object.Errorf(object.ValueError, "valid range for Emax is [0, MAX_EMAX]")
		}
		c.c.emax = n
	case "capitals":
		if n != 0 && n != 1 {
			return object.Errorf(object.ValueError, "valid values for capitals are 0 or 1")
		}
		c.capitals = n == 1
	case "clamp":
		if n != 0 && n != 1 {
			return object.Errorf(object.ValueError, "valid values for clamp are 0 or 1")
		}
		c.c.clamp = n == 1
	}
	return nil
}

// decReprOrder is the order in which the C module's Context repr lists
// signals.
var decReprOrder = [nSignals]int{sigClamped, sigInvalid, sigDivZero, sigInexact, sigFloat, sigOverflow, sigRounded, sigSubnormal, sigUnderflow}

func (c *pyDecContext) sigList(b uint16) string {
	var parts []string
	for _, i := range decReprOrder {
		if b&(1<<i) != 0 {
			parts = append(parts, decSigNames[i])
		}
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func (c *pyDecContext) repr() string {
	var b strings.Builder
	b.WriteString("Context(prec=")
	b.WriteString(itoa(c.c.prec))
	b.WriteString(", rounding=")
	b.WriteString(decRoundNames[c.c.round])
	b.WriteString(", Emin=")
	b.WriteString(itoa(c.c.emin))
	b.WriteString(", Emax=")
	b.WriteString(itoa(c.c.emax))
	b.WriteString(", capitals=")
	b.WriteString(itoa(b2i(c.capitals)))
	b.WriteString(", clamp=")
	b.WriteString(itoa(b2i(c.c.clamp)))
	b.WriteString(", flags=")
	b.WriteString(c.sigList(c.flags))
	b.WriteString(", traps=")
	b.WriteString(c.sigList(c.traps))
	b.WriteString(")")
	return b.String()
}

func (st *decState) initSignalDict() {
	t := newFinalType("decimal.SignalDictMixin", nil)
	st.sdType = t
	sd := func(v object.Value) *signalDict { return object.Unwrap(v).Object().(*signalDict) }
	t.AddSlot("__getitem__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		i, err := st.signalIndex(args[0])
		if err != nil {
			return object.Null, err
		}
		return object.Bool(*sd(self).bits()&(1<<i) != 0), nil
	})
	t.AddSlot("__setitem__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		i, err := st.signalIndex(args[0])
		if err != nil {
			return object.Null, err
		}
		on, err := object.Truth(args[1])
		if err != nil {
			return object.Null, err
		}
		b := sd(self).bits()
		if on {
			*b |= 1 << i
		} else {
			*b &^= 1 << i
		}
		return object.None, nil
	})
	t.AddSlot("__len__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.Int(nSignals), nil
	})
	t.AddSlot("__delitem__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.Null, object.Errorf(object.ValueError, "signal keys cannot be deleted")
	})
	t.AddSlot("__contains__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		_, err := st.signalIndex(args[0])
		return object.Bool(err == nil), nil
	})
	t.AddMethod("get", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("", "get", args, kw, 1, 2); err != nil {
			return object.Null, err
		}
		i, err := st.signalIndex(args[0])
		if err != nil {
			if len(args) > 1 {
				return args[1], nil
			}
			return object.None, nil
		}
		return object.Bool(*sd(self).bits()&(1<<i) != 0), nil
	})
	for _, name := range []string{"__eq__", "__ne__"} {
		ne := name == "__ne__"
		t.AddSlot(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			var other uint16
			switch o := object.Unwrap(args[0]).Object().(type) {
			case *signalDict:
				other = *o.bits()
			case *object.Dict:
				if o.Len() != nSignals {
					return object.Bool(ne), nil
				}
				b, err := st.signalSet(args[0])
				if err != nil {
					return object.Bool(ne), nil
				}
				other = b
			default:
				return object.NotImplemented, nil
			}
			return object.Bool((*sd(self).bits() == other) != ne), nil
		})
	}
	t.SetAttrString("__hash__", object.None)
	keys := func() []object.Value {
		ks := make([]object.Value, nSignals)
		for i, s := range st.signals {
			ks[i] = object.FromObject(s)
		}
		return ks
	}
	t.AddSlot("__iter__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.GetIter(object.FromObject(object.NewList(keys()...)))
	})
	t.AddMethod("keys", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.FromObject(object.NewList(keys()...)), nil
	})
	vals := func(self object.Value) []object.Value {
		b := *sd(self).bits()
		vs := make([]object.Value, nSignals)
		for i := range vs {
			vs[i] = object.Bool(b&(1<<i) != 0)
		}
		return vs
	}
	t.AddMethod("values", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.FromObject(object.NewList(vals(self)...)), nil
	})
	t.AddMethod("items", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		ks, vs := keys(), vals(self)
		out := make([]object.Value, nSignals)
		for i := range out {
			out[i] = object.FromObject(object.NewTuple(ks[i], vs[i]))
		}
		return object.FromObject(object.NewList(out...)), nil
	})
	t.AddMethod("copy", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		d := object.NewDict(nSignals)
		ks, vs := keys(), vals(self)
		for i := range ks {
			d.Set(ks[i], vs[i])
		}
		return object.FromObject(d), nil
	})
	t.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		b := *sd(self).bits()
		parts := make([]string, nSignals)
		for i := range parts {
			v := "False"
			if b&(1<<i) != 0 {
				v = "True"
			}
			parts[i] = "<class 'decimal." + decSigNames[i] + "'>:" + v
		}
		return object.NewStr("{" + strings.Join(parts, ", ") + "}"), nil
	})
}

func (st *decState) initManager() {
	t := newFinalType("decimal.ContextManager", nil)
	st.mgrType = t
	t.AddMethod("__enter__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		m := object.Unwrap(self).Object().(*decCtxManager)
		m.saved = st.current()
		st.setCurrent(m.local)
		return object.FromObject(m.local), nil
	})
	t.AddMethod("__exit__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		m := object.Unwrap(self).Object().(*decCtxManager)
		if m.saved != nil {
			st.setCurrent(m.saved)
		}
		return object.False, nil
	})
}

// ---- Decimal ----

func (st *decState) wrap(n *decNum) object.Value {
	return object.FromObject(&pyDecimal{st: st, n: n})
}

func (st *decState) decOf(v object.Value) (*decNum, bool) {
	if d, ok := object.Unwrap(v).Object().(*pyDecimal); ok {
		return d.n, true
	}
	return nil, false
}

// operand converts an arithmetic operand: a Decimal or an int (exactly);
// strict: anything else is a TypeError (the Context methods), else the
// caller returns NotImplemented (nil, nil).
func (st *decState) operand(v object.Value, c *pyDecContext, strict bool) (*decNum, error) {
	if n, ok := st.decOf(v); ok {
		return n, nil
	}
	if isIntType(v) {
		return intToDec(v), nil
	}
	if strict {
		return nil, object.Errorf(object.TypeError, "conversion from %s to Decimal is not supported", object.TypeOf(v).Name)
	}
	return nil, nil
}

func intToDec(v object.Value) *decNum {
	d := dn(false, 0)
	if i, ok := v.AsInt(); ok {
		if i < 0 {
			d.neg = true
			d.coef.SetUint64(uint64(-i))
		} else {
			d.coef.SetUint64(uint64(i))
		}
		return d
	}
	b, _ := object.ToBigInt(object.Unwrap(v))
	d.coef.Abs(b)
	d.neg = b.Sign() < 0
	return d
}

func floatToDec(f float64) *decNum {
	neg := math.Signbit(f)
	if math.IsNaN(f) {
		return newSpecial(dkNaN, false)
	}
	if math.IsInf(f, 0) {
		return newSpecial(dkInf, neg)
	}
	d := dn(neg, 0)
	if f == 0 {
		return d
	}
	fr, e := math.Frexp(math.Abs(f))
	m := uint64(fr * (1 << 53))
	e -= 53
	tz := bits.TrailingZeros64(m)
	m >>= uint(tz)
	e += tz
	d.coef.SetUint64(m)
	if e >= 0 {
		d.coef.Lsh(&d.coef, uint(e))
		return d
	}
	// m / 2**k == m * 5**k / 10**k
	k := int64(-e)
	d.coef.Mul(&d.coef, new(big.Int).Exp(big.NewInt(5), big.NewInt(k), nil))
	d.exp = -k
	return d
}

// convert is Decimal(v) (exact; create: Context.create_decimal, whose
// caller rounds): str, int, float, tuple/list, Decimal.
func (st *decState) convert(v object.Value, c *pyDecContext, create bool) (*decNum, error) {
	if n, ok := st.decOf(v); ok {
		return n, nil
	}
	if isIntType(v) {
		return intToDec(v), nil
	}
	u := object.Unwrap(v)
	if u.IsFloat() || object.TypeOf(u) == object.FloatType {
		f, err := object.ToFloat(v)
		if err != nil {
			return nil, err
		}
		if err := c.apply(stFloatOperation); err != nil {
			return nil, err
		}
		return floatToDec(f), nil
	}
	if s, ok := u.Object().(*object.Str); ok {
		a, ok := decASCII(s.S, !create)
		var n *decNum
		if ok {
			n, ok = parseDecimal(a)
		}
		if !ok {
			if err := c.apply(stConversionSyntax); err != nil {
				return nil, err
			}
			return newSpecial(dkNaN, false), nil
		}
		if !create {
			return st.exact(n, c)
		}
		if n.isNaN() {
			max := c.c.prec
			if c.c.clamp {
				max--
			}
			if numDigits(&n.coef) > max && n.coef.Sign() != 0 {
				if err := c.apply(stConversionSyntax); err != nil {
					return nil, err
				}
				return newSpecial(dkNaN, false), nil
			}
		}
		return n, nil
	}
	if tup, ok := u.Object().(*object.Tuple); ok {
		n, err := st.fromTuple(tup.Items)
		if err != nil || create {
			return n, err
		}
		return st.exact(n, c)
	}
	if l, ok := u.Object().(*object.List); ok {
		n, err := st.fromTuple(l.Items)
		if err != nil || create {
			return n, err
		}
		return st.exact(n, c)
	}
	return nil, object.Errorf(object.TypeError, "conversion from %s to Decimal is not supported", object.TypeOf(v).Name)
}

// decASCII strips surrounding whitespace, drops underscores and maps
// Unicode decimal digits to ASCII; ok is false for other non-ASCII.
func decASCII(s string, ctor bool) (string, bool) {
	if ctor {
		s = strings.TrimFunc(s, unicode.IsSpace)
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '_' && ctor:
		case r < 128:
			b.WriteRune(r)
		case unicode.IsDigit(r):
			z := r
			for z > 0 && unicode.IsDigit(z-1) && (r-z) < 9 {
				z--
			}
			b.WriteByte(byte('0' + (r-z)%10))
		default:
			return "", false
		}
	}
	return b.String(), true
}

func (st *decState) fromTuple(items []object.Value) (*decNum, error) {
	if len(items) != 3 {
		return nil, object.Errorf(object.ValueError, "argument must be a sequence of length 3")
	}
	sign, ok := items[0].AsInt()
	if !ok || (sign != 0 && sign != 1) {
		return nil, object.Errorf(object.ValueError, "sign must be an integer with the value 0 or 1")
	}
	d := dn(sign == 1, 0)
	if s, ok := object.Unwrap(items[2]).Object().(*object.Str); ok {
		switch s.S {
		case "F":
			d.kind = dkInf
		case "n":
			d.kind = dkNaN
		case "N":
			d.kind = dkSNaN
		default:
			return nil, object.Errorf(object.ValueError, "string argument in the third position must be 'F', 'n' or 'N'")
		}
	} else {
		if !isIntType(items[2]) {
			return nil, object.Errorf(object.ValueError, "exponent must be an integer")
		}
		e, ok := items[2].AsInt()
		if !ok {
			return nil, object.Errorf(object.OverflowError, "Python int too large to convert to C ssize_t")
		}
		if e > 1<<61 {
			e = 1 << 61 // beyond any context: finalize overflows or clamps
		} else if e < -(1 << 61) {
			e = -(1 << 61)
		}
		d.exp = e
	}
	it, err := object.GetIter(items[1])
	if err != nil {
		return nil, object.Errorf(object.ValueError, "coefficient must be a tuple of digits")
	}
	var digits []byte
	for {
		x, ok, err := iterNext(it)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		dv, ok := x.AsInt()
		if !ok || dv < 0 || dv > 9 {
			return nil, object.Errorf(object.ValueError, "coefficient must be a tuple of digits")
		}
		digits = append(digits, byte('0'+dv))
	}
	if d.kind == dkInf {
		return d, nil
	}
	if len(digits) > 0 {
		d.coef.SetString(string(digits), 10)
	}
	return d, nil
}

func (st *decState) divmod(x, y *decNum, c *pyDecContext) (object.Value, error) {
	q, r, s := decDivMod(x, y, &c.c)
	if err := c.apply(s); err != nil {
		return object.Null, err
	}
	return object.FromObject(object.NewTuple(st.wrap(q), st.wrap(r))), nil
}

func decCompareOp(x, y *decNum, c *decCtx) (*decNum, decStatus) {
	if r, s, ok := nanOperands(c, x, y); ok {
		return r, s
	}
	v := decCompare(x, y)
	r := dn(v < 0, 0)
	if v != 0 {
		r.coef.SetUint64(1)
	}
	return r, 0
}

// decHashModulus is sys.hash_info.modulus (2**61 - 1) and decHash10Inv
// the inverse of 10 modulo it.
const decHashModulus = 1<<61 - 1

func mulmod61(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return bits.Rem64(hi, lo, decHashModulus)
}

func powmod61(b, e uint64) uint64 {
	r := uint64(1)
	b %= decHashModulus
	for e > 0 {
		if e&1 == 1 {
			r = mulmod61(r, b)
		}
		b = mulmod61(b, b)
		e >>= 1
	}
	return r
}

// decHashValue is hash(Decimal) for finite and infinite values: the
// numeric hash every Python number shares.
func decHashValue(n *decNum) int64 {
	if n.kind == dkInf {
		if n.neg {
			return -314159
		}
		return 314159
	}
	var c uint64
	if n.coef.IsUint64() {
		c = n.coef.Uint64() % decHashModulus
	} else {
		c = new(big.Int).Rem(&n.coef, new(big.Int).SetUint64(decHashModulus)).Uint64()
	}
	var e uint64
	if n.exp >= 0 {
		e = powmod61(10, uint64(n.exp))
	} else {
		inv := powmod61(10, decHashModulus-2)
		e = powmod61(inv, uint64(-n.exp))
	}
	h := int64(mulmod61(c, e))
	if n.neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

func (st *decState) initDecimal(m *object.Module) {
	t := object.NewBaseType("decimal.Decimal", nil)
	st.decType = t
	setAttr(m, "Decimal", object.FromObject(t))
	self := func(v object.Value) *decNum { return object.Unwrap(v).Object().(*pyDecimal).n }
	t.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := parseKw("Decimal", args, kw, []string{"value", "context"}, 2, 0, a[:]); err != nil {
			return object.Null, err
		}
		c, err := st.ctxArg(a[1])
		if err != nil {
			return object.Null, err
		}
		v := a[0]
		if v.IsNull() {
			return object.WrapBuiltin(cls, st.wrap(dn(false, 0))), nil
		}
		if cls == st.decType {
			if _, ok := st.decOf(v); ok && object.TypeOf(v) == st.decType {
				return v, nil
			}
		}
		n, err := st.convert(v, c, false)
		if err != nil {
			return object.Null, err
		}
		return object.WrapBuiltin(cls, st.wrap(n)), nil
	}, nil)
	binary := func(name, rname string, f func(x, y *decNum, c *decCtx) (*decNum, decStatus)) {
		mk := func(reflected bool) func(object.Value, []object.Value, []string) (object.Value, error) {
			return func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
				c := st.current()
				y, err := st.operand(args[0], c, false)
				if err != nil || y == nil {
					return object.NotImplemented, err
				}
				x := self(s)
				if reflected {
					x, y = y, x
				}
				r, stt := f(x, y, &c.c)
				if err := c.apply(stt); err != nil {
					return object.Null, err
				}
				return st.wrap(r), nil
			}
		}
		t.AddSlot(name, mk(false))
		t.AddSlot(rname, mk(true))
	}
	binary("__add__", "__radd__", func(x, y *decNum, c *decCtx) (*decNum, decStatus) { return decAdd(x, y, c, false) })
	binary("__sub__", "__rsub__", func(x, y *decNum, c *decCtx) (*decNum, decStatus) { return decAdd(x, y, c, true) })
	binary("__mul__", "__rmul__", decMul)
	binary("__truediv__", "__rtruediv__", decDiv)
	binary("__floordiv__", "__rfloordiv__", decDivInt)
	binary("__mod__", "__rmod__", decRemainder)
	for _, reflected := range []bool{false, true} {
		reflected := reflected
		name := "__divmod__"
		if reflected {
			name = "__rdivmod__"
		}
		t.AddSlot(name, func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
			c := st.current()
			y, err := st.operand(args[0], c, false)
			if err != nil || y == nil {
				return object.NotImplemented, err
			}
			x := self(s)
			if reflected {
				x, y = y, x
			}
			return st.divmod(x, y, c)
		})
	}
	unary := func(name string, f func(x *decNum, c *decCtx) (*decNum, decStatus)) {
		t.AddSlot(name, func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
			c := st.current()
			r, stt := f(self(s), &c.c)
			if err := c.apply(stt); err != nil {
				return object.Null, err
			}
			return st.wrap(r), nil
		})
	}
	unary("__neg__", func(x *decNum, c *decCtx) (*decNum, decStatus) { return decPlus(x, c, true) })
	unary("__pos__", func(x *decNum, c *decCtx) (*decNum, decStatus) { return decPlus(x, c, false) })
	unary("__abs__", decAbs)
	t.AddSlot("__bool__", func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
		n := self(s)
		return object.Bool(n.kind != dkFinite || n.coef.Sign() != 0), nil
	})
	t.AddSlot("__str__", func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.NewStr(self(s).toString(false, st.current().capitals)), nil
	})
	t.AddSlot("__repr__", func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.NewStr("Decimal('" + self(s).toString(false, st.current().capitals) + "')"), nil
	})
	t.AddMethod("to_eng_string", func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
		var a [1]object.Value
		if err := parseKw("to_eng_string", args, kw, []string{"context"}, 1, 0, a[:]); err != nil {
			return object.Null, err
		}
		c, err := st.ctxArg(a[0])
		if err != nil {
			return object.Null, err
		}
		return object.NewStr(self(s).toString(true, c.capitals)), nil
	})
	t.AddSlot("__hash__", func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
		n := self(s)
		switch n.kind {
		case dkSNaN:
			return object.Null, object.Errorf(object.TypeError, "Cannot hash a signaling NaN value.")
		case dkNaN:
			id := object.ObjectID(s.Object())
			return object.Int(int64(id>>4 | id<<60)), nil
		}
		return object.Int(decHashValue(n)), nil
	})
	for op, name := range [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"} {
		op := op
		t.AddSlot(name, func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
			return st.richCompare(self(s), args[0], op)
		})
	}
	t.AddMethod("quantize", func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
		var a [3]object.Value
		if err := parseKw("quantize", args, kw, []string{"exp", "rounding", "context"}, 3, 1, a[:]); err != nil {
			return object.Null, err
		}
		c, err := st.ctxArg(a[2])
		if err != nil {
			return object.Null, err
		}
		mode := c.c.round
		if !a[1].IsNull() && !a[1].IsNone() {
			if mode, err = roundingOf(a[1]); err != nil {
				return object.Null, err
			}
		}
		y, err := st.operand(a[0], c, true)
		if err != nil {
			return object.Null, err
		}
		r, stt := decQuantize(self(s), y, &c.c, mode)
		if err := c.apply(stt); err != nil {
			return object.Null, err
		}
		return st.wrap(r), nil
	})
	integral := func(name string, exact bool) {
		t.AddMethod(name, func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
			var a [2]object.Value
			if err := parseKw(name, args, kw, []string{"rounding", "context"}, 2, 0, a[:]); err != nil {
				return object.Null, err
			}
			c, err := st.ctxArg(a[1])
			if err != nil {
				return object.Null, err
			}
			mode := c.c.round
			if !a[0].IsNull() && !a[0].IsNone() {
				if mode, err = roundingOf(a[0]); err != nil {
					return object.Null, err
				}
			}
			r, stt := decToIntegral(self(s), &c.c, mode, exact)
			if err := c.apply(stt); err != nil {
				return object.Null, err
			}
			return st.wrap(r), nil
		})
	}
	integral("to_integral", false)
	integral("to_integral_value", false)
	integral("to_integral_exact", true)
	t.AddMethod("adjusted", func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("adjusted", args, kw); err != nil {
			return object.Null, err
		}
		return object.Int(self(s).adjusted()), nil
	})
	t.AddMethod("copy_abs", func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("copy_abs", args, kw); err != nil {
			return object.Null, err
		}
		d := self(s).clone()
		d.neg = false
		return st.wrap(d), nil
	})
	t.AddMethod("copy_negate", func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("copy_negate", args, kw); err != nil {
			return object.Null, err
		}
		d := self(s).clone()
		d.neg = !d.neg
		return st.wrap(d), nil
	})
	pred := func(name string, f func(n *decNum) bool) {
		t.AddMethod(name, func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := noArgs(name, args, kw); err != nil {
				return object.Null, err
			}
			return object.Bool(f(self(s))), nil
		})
	}
	pred("is_nan", func(n *decNum) bool { return n.isNaN() })
	pred("is_qnan", func(n *decNum) bool { return n.kind == dkNaN })
	pred("is_snan", func(n *decNum) bool { return n.kind == dkSNaN })
	pred("is_infinite", func(n *decNum) bool { return n.kind == dkInf })
	pred("is_finite", func(n *decNum) bool { return n.kind == dkFinite })
	pred("is_zero", func(n *decNum) bool { return n.isZero() })
	pred("is_signed", func(n *decNum) bool { return n.neg })
	pred("is_canonical", func(n *decNum) bool { return true })
	t.AddMethod("as_tuple", func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("as_tuple", args, kw); err != nil {
			return object.Null, err
		}
		n := self(s)
		var digits []object.Value
		if n.kind == dkInf {
			digits = []object.Value{object.Int(0)}
		} else if !(n.isNaN() && n.coef.Sign() == 0) {
			for _, ch := range n.coef.String() {
				digits = append(digits, object.Int(int64(ch-'0')))
			}
		}
		var e object.Value
		switch n.kind {
		case dkInf:
			e = object.NewStr("F")
		case dkNaN:
			e = object.NewStr("n")
		case dkSNaN:
			e = object.NewStr("N")
		default:
			e = object.Int(n.exp)
		}
		return object.Call(st.tupleType, []object.Value{object.Int(b2i(n.neg)), object.FromObject(object.NewTuple(digits...)), e}, nil)
	})
	t.AddMethod("as_integer_ratio", func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("as_integer_ratio", args, kw); err != nil {
			return object.Null, err
		}
		n := self(s)
		if n.kind == dkInf {
			return object.Null, object.Errorf(object.OverflowError, "cannot convert Infinity to integer ratio")
		}
		if n.isNaN() {
			return object.Null, object.Errorf(object.ValueError, "cannot convert NaN to integer ratio")
		}
		num := new(big.Int).Set(&n.coef)
		den := big.NewInt(1)
		if n.exp >= 0 {
			num.Mul(num, pow10(n.exp))
		} else {
			den.Set(pow10(-n.exp))
			g := new(big.Int).GCD(nil, nil, num, den)
			if g.Sign() != 0 {
				num.Quo(num, g)
				den.Quo(den, g)
			}
		}
		if n.neg {
			num.Neg(num)
		}
		return object.FromObject(object.NewTuple(object.NewBigInt(num), object.NewBigInt(den))), nil
	})
	toInt := func(n *decNum, mode decRound) (object.Value, error) {
		if n.isNaN() {
			return object.Null, object.Errorf(object.ValueError, "cannot convert NaN to integer")
		}
		if n.kind == dkInf {
			return object.Null, object.Errorf(object.OverflowError, "cannot convert Infinity to integer")
		}
		r, _ := rescale(n, 0, mode)
		v := new(big.Int).Set(&r.coef)
		if r.exp > 0 {
			v.Mul(v, pow10(r.exp))
		}
		if n.neg {
			v.Neg(v)
		}
		return object.NewBigInt(v), nil
	}
	for _, e := range []struct {
		name string
		mode decRound
	}{{"__int__", rdDown}, {"__trunc__", rdDown}, {"__floor__", rdFloor}, {"__ceil__", rdCeiling}} {
		mode := e.mode
		t.AddSlot(e.name, func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
			return toInt(self(s), mode)
		})
	}
	t.AddSlot("__round__", func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
		n := self(s)
		if err := funcPosOnly("", "__round__", args, kw, 0, 1); err != nil {
			return object.Null, err
		}
		if len(args) == 0 || args[0].IsNone() {
			return toInt(n, rdHalfEven)
		}
		if !isIntType(args[0]) {
			return object.Null, object.Errorf(object.TypeError, "optional arg must be an integer")
		}
		k, err := asSsize(args[0])
		if err != nil {
			return object.Null, err
		}
		c := st.current()
		y := dn(false, -k)
		y.coef.SetUint64(1)
		r, stt := decQuantize(n, y, &c.c, c.c.round)
		if err := c.apply(stt); err != nil {
			return object.Null, err
		}
		return st.wrap(r), nil
	})
	t.AddSlot("__float__", func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
		n := self(s)
		switch {
		case n.kind == dkSNaN:
			return object.Null, object.Errorf(object.ValueError, "cannot convert signaling NaN to float")
		case n.isNaN():
			if n.neg {
				return object.Float(math.Copysign(math.NaN(), -1)), nil
			}
			return object.Float(math.NaN()), nil
		}
		return object.Call(object.FromObject(object.FloatType), []object.Value{object.NewStr(n.toString(false, true))}, nil)
	})
	t.AddMethod("__reduce__", func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.FromObject(object.NewTuple(object.FromObject(object.TypeOf(s)),
			object.FromObject(object.NewTuple(object.NewStr(self(s).toString(false, true)))))), nil
	})
	t.AddMethod("__sizeof__", func(s object.Value, args []object.Value, kw []string) (object.Value, error) {
		n := self(s)
		words := (numDigits(&n.coef) + 18) / 19
		return object.Int(104 + 8*words), nil
	})
	t.AddRawMethod("__copy__", func(s object.Value, args []object.Value, kw []string) (object.Value, error) { return s, nil })
	t.AddRawMethod("__deepcopy__", func(s object.Value, args []object.Value, kw []string) (object.Value, error) { return s, nil })
}

// richCompare is Decimal's comparison with a Decimal, int or float (the
// float sets FloatOperation; ordering a NaN signals InvalidOperation).
func (st *decState) richCompare(x *decNum, other object.Value, op int) (object.Value, error) {
	c := st.current()
	eqOp := op == 2 || op == 3
	y, err := st.operand(other, c, false)
	if err != nil {
		return object.Null, err
	}
	if y == nil {
		u := object.Unwrap(other)
		if cx, ok := u.Object().(*object.Complex); ok && eqOp {
			if imag(cx.V) != 0 {
				return object.Bool(op == 3), nil
			}
			other, u = object.Float(real(cx.V)), object.Float(real(cx.V))
		} else if !st.rational.IsNull() && !(u.IsFloat() || object.TypeOf(u) == object.FloatType) {
			if ok, _ := object.IsInstance(other, st.rational); ok {
				return st.compareRational(x, other, op)
			}
		}
		if !(u.IsFloat() || object.TypeOf(u) == object.FloatType) {
			return object.NotImplemented, nil
		}
		f, err := object.ToFloat(other)
		if err != nil {
			return object.Null, err
		}
		st2 := stFloatOperation
		if eqOp {
			c.flags |= 1 << sigFloat
		} else if err := c.apply(st2); err != nil {
			return object.Null, err
		}
		y = floatToDec(f)
	}
	if x.isNaN() || y.isNaN() {
		if eqOp {
			if x.kind == dkSNaN || y.kind == dkSNaN {
				if err := c.apply(stInvalidOperation); err != nil {
					return object.Null, err
				}
			}
			return object.Bool(op == 3), nil
		}
		if err := c.apply(stInvalidOperation); err != nil {
			return object.Null, err
		}
		return object.False, nil
	}
	v := decCompare(x, y)
	return object.Bool(cmpResult(op, v)), nil
}

// ---- delegation to _pydecimal ----

// The methods without a Go implementation yet run _pydecimal's code: the
// operands go over as _pydecimal Decimals (by their exact strings), the
// context as a _pydecimal Context with the same settings and no traps,
// installed as _pydecimal's current context for the call; the result
// comes back the same way and the flags the call raised are recorded in
// the native context (raising the first trapped one).

func (st *decState) pyMod() (object.Value, error) {
	return st.in.ImportModule("_pydecimal")
}

func (st *decState) pContext(P object.Value, c *pyDecContext) (object.Value, error) {
	ct, err := object.GetAttrString(P, "Context")
	if err != nil {
		return object.Null, err
	}
	empty := func() object.Value { return object.FromObject(object.NewList()) }
	return object.Call(ct, []object.Value{object.Int(c.c.prec), object.NewStr(decRoundNames[c.c.round]),
		object.Int(c.c.emin), object.Int(c.c.emax), object.Int(b2i(c.capitals)), object.Int(b2i(c.c.clamp)),
		empty(), empty()}, []string{"prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"})
}

func (st *decState) toP(P, pctx, v object.Value) (object.Value, error) {
	if n, ok := st.decOf(v); ok {
		dt, err := object.GetAttrString(P, "Decimal")
		if err != nil {
			return object.Null, err
		}
		return object.Call(dt, []object.Value{object.NewStr(n.toString(false, true))}, nil)
	}
	if _, ok := object.Unwrap(v).Object().(*pyDecContext); ok {
		return pctx, nil
	}
	return v, nil
}

func (st *decState) fromP(P, v object.Value) (object.Value, error) {
	if v.IsNull() {
		return v, nil
	}
	dt, err := object.GetAttrString(P, "Decimal")
	if err != nil {
		return object.Null, err
	}
	if object.TypeOf(v) == object.Unwrap(dt).Object().(*object.Type) {
		s, err := object.StrValue(v)
		if err != nil {
			return object.Null, err
		}
		n, ok := parseDecimal(object.Unwrap(s).Object().(*object.Str).S)
		if !ok {
			return object.Null, object.Errorf(object.SystemError, "decimal: bad result from _pydecimal")
		}
		return st.wrap(n), nil
	}
	if t, ok := object.Unwrap(v).Object().(*object.Tuple); ok {
		out := make([]object.Value, len(t.Items))
		for i, x := range t.Items {
			if out[i], err = st.fromP(P, x); err != nil {
				return object.Null, err
			}
		}
		return object.FromObject(object.NewTuple(out...)), nil
	}
	return v, nil
}

// callP runs method of _pydecimal's Decimal (self a native Decimal) or
// Context (self Null) under context c (the context among the arguments,
// else the current one).
func (st *decState) callP(c *pyDecContext, self object.Value, method string, args []object.Value, kw []string) (object.Value, error) {
	P, err := st.pyMod()
	if err != nil {
		return object.Null, err
	}
	for _, a := range args {
		if c != nil {
			break
		}
		if x, ok := object.Unwrap(a).Object().(*pyDecContext); ok {
			c = x
			break
		}
	}
	if c == nil {
		c = st.current()
	}
	pctx, err := st.pContext(P, c)
	if err != nil {
		return object.Null, err
	}
	getc, err := object.GetAttrString(P, "getcontext")
	if err != nil {
		return object.Null, err
	}
	setc, err := object.GetAttrString(P, "setcontext")
	if err != nil {
		return object.Null, err
	}
	old, err := object.Call(getc, nil, nil)
	if err != nil {
		return object.Null, err
	}
	if _, err := object.Call(setc, []object.Value{pctx}, nil); err != nil {
		return object.Null, err
	}
	// _pydecimal converts long coefficients through int and str, which
	// the C module never limits
	if sysm, err := st.in.ImportModule("sys"); err == nil {
		if getd, err := object.GetAttrString(sysm, "get_int_max_str_digits"); err == nil {
			if oldd, err := object.Call(getd, nil, nil); err == nil {
				if setd, err := object.GetAttrString(sysm, "set_int_max_str_digits"); err == nil {
					if _, err := object.Call(setd, []object.Value{object.Int(0)}, nil); err == nil {
						defer object.Call(setd, []object.Value{oldd}, nil)
					}
				}
			}
		}
	}
	pargs := make([]object.Value, len(args))
	for i, a := range args {
		if pargs[i], err = st.toP(P, pctx, a); err != nil {
			break
		}
	}
	var r object.Value
	if err == nil {
		recv := pctx
		if !self.IsNull() {
			recv, err = st.toP(P, pctx, self)
		}
		if err == nil {
			var fn object.Value
			if fn, err = object.GetAttrString(recv, method); err == nil {
				r, err = object.Call(fn, pargs, kw)
			}
		}
	}
	if _, e2 := object.Call(setc, []object.Value{old}, nil); err == nil && e2 != nil {
		err = e2
	}
	if err != nil {
		return object.Null, err
	}
	var flags uint16
	fl, err := object.GetAttrString(pctx, "flags")
	if err != nil {
		return object.Null, err
	}
	for i, name := range decSigNames {
		cls, err := object.GetAttrString(P, name)
		if err != nil {
			return object.Null, err
		}
		v, err := object.GetItem(fl, cls)
		if err != nil {
			return object.Null, err
		}
		if on, _ := object.Truth(v); on {
			flags |= 1 << i
		}
	}
	if flags != 0 {
		c.flags |= flags
		if trapped := flags & c.traps; trapped != 0 {
			var st2 decStatus
			for i, s := range [nSignals]decStatus{stInvalidOperation, stFloatOperation, stDivisionByZero,
				stOverflow, stUnderflow, stSubnormal, stInexact, stRounded, stClamped} {
				if flags&(1<<i) != 0 {
					st2 |= s
				}
			}
			if err := c.apply(st2); err != nil {
				return object.Null, err
			}
		}
	}
	return st.fromP(P, r)
}

// decDelegated are the Decimal methods that run _pydecimal's code.
var decDelegated = []string{"compare_signal", "compare_total", "compare_total_mag", "copy_sign", "exp", "fma",
	"is_normal", "is_subnormal", "ln", "log10", "logb", "logical_and", "logical_invert", "logical_or",
	"logical_xor", "max", "max_mag", "min", "min_mag", "next_minus", "next_plus", "next_toward", "normalize",
	"number_class", "remainder_near", "rotate", "same_quantum", "scaleb", "shift", "sqrt", "__pow__",
	"__rpow__", "__format__", "__complex__"}

// ctxDelegated are the Context methods that run _pydecimal's code.
var ctxDelegated = []string{"canonical", "compare_signal", "compare_total", "compare_total_mag", "copy_abs",
	"copy_decimal", "copy_negate", "copy_sign", "exp", "fma", "is_canonical", "is_finite", "is_infinite",
	"is_nan", "is_normal", "is_qnan", "is_signed", "is_snan", "is_subnormal", "is_zero", "ln", "log10", "logb",
	"logical_and", "logical_invert", "logical_or", "logical_xor", "max", "max_mag", "min", "min_mag",
	"next_minus", "next_plus", "next_toward", "normalize", "number_class", "power", "radix", "remainder_near",
	"rotate", "same_quantum", "scaleb", "shift", "sqrt"}

func (st *decState) initDelegates() {
	for _, name := range decDelegated {
		name := name
		fn := func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := st.checkCtxArgs(name, args, kw); err != nil {
				return object.Null, err
			}
			if name == "__format__" {
				var err error
				if args, err = st.formatArgs(args, kw); err != nil {
					return object.Null, err
				}
			}
			return st.callP(nil, self, name, args, kw)
		}
		if strings.HasPrefix(name, "__") {
			st.decType.AddSlot(name, fn)
		} else {
			st.decType.AddMethod(name, fn)
		}
	}
	for _, name := range ctxDelegated {
		name := name
		st.ctxType.AddMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			return st.callP(st.ctxOf(self), object.Null, name, args, kw)
		})
	}
	t := st.decType
	t.AddMethod("canonical", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("canonical", args, kw); err != nil {
			return object.Null, err
		}
		return self, nil
	})
	t.AddMethod("conjugate", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("conjugate", args, kw); err != nil {
			return object.Null, err
		}
		return self, nil
	})
	t.AddMethod("radix", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgs("radix", args, kw); err != nil {
			return object.Null, err
		}
		d := dn(false, 0)
		d.coef.SetUint64(10)
		return st.wrap(d), nil
	})
	t.AddGetter("real", func(self object.Value) (object.Value, error) { return self, nil })
	t.AddGetter("imag", func(self object.Value) (object.Value, error) { return st.wrap(dn(false, 0)), nil })
	t.AddMethod("compare", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := parseKw("compare", args, kw, []string{"other", "context"}, 2, 1, a[:]); err != nil {
			return object.Null, err
		}
		c, err := st.ctxArg(a[1])
		if err != nil {
			return object.Null, err
		}
		y, err := st.operand(a[0], c, true)
		if err != nil {
			return object.Null, err
		}
		r, s := decCompareOp(object.Unwrap(self).Object().(*pyDecimal).n, y, &c.c)
		if err := c.apply(s); err != nil {
			return object.Null, err
		}
		return st.wrap(r), nil
	})
	t.AddClassMethod("from_float", func(cls object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("Decimal", "from_float", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		n, err := intOrFloatToDec(args[0])
		if err != nil {
			return object.Null, err
		}
		if ct, ok := cls.Object().(*object.Type); ok && ct == st.decType {
			return st.wrap(n), nil
		}
		return object.Call(cls, []object.Value{st.wrap(n)}, nil)
	})
	st.ctxType.AddMethod("create_decimal_from_float", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("Context", "create_decimal_from_float", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		c := st.ctxOf(self)
		n, err := intOrFloatToDec(args[0])
		if err != nil {
			return object.Null, err
		}
		r, s := finalize(n, &c.c)
		if err := c.apply(s); err != nil {
			return object.Null, err
		}
		return st.wrap(r), nil
	})
}

// decMaxCtx is the C module's maxcontext: exact conversions must fit it.
var decMaxCtx = decCtx{prec: decMaxPrec, emax: decMaxEmax, emin: decMinEmin, round: rdHalfEven}

// exact checks that a converted number is representable exactly (the C
// module's limits): otherwise it is a NaN and InvalidOperation.
func (st *decState) exact(n *decNum, c *pyDecContext) (*decNum, error) {
	if n.kind != dkFinite {
		return n, nil
	}
	_, s := finalize(n.clone(), &decMaxCtx)
	if s&(stInexact|stRounded|stClamped) != 0 {
		if err := c.apply(stInvalidOperation); err != nil {
			return nil, err
		}
		return newSpecial(dkNaN, false), nil
	}
	return n, nil
}

// compareRational compares a Decimal with a numbers.Rational exactly:
// x against n/d as x*d against n.
func (st *decState) compareRational(x *decNum, other object.Value, op int) (object.Value, error) {
	if x.isNaN() {
		if op == 2 || op == 3 {
			return object.Bool(op == 3), nil
		}
		c := st.current()
		if err := c.apply(stInvalidOperation); err != nil {
			return object.Null, err
		}
		return object.False, nil
	}
	num, err := object.GetAttrString(other, "numerator")
	if err != nil {
		return object.Null, err
	}
	den, err := object.GetAttrString(other, "denominator")
	if err != nil {
		return object.Null, err
	}
	var v int
	if x.kind == dkInf {
		v = 1
		if x.neg {
			v = -1
		}
	} else {
		d := intToDec(den)
		prod := dn(x.neg != d.neg, x.exp+d.exp)
		prod.coef.Mul(&x.coef, &d.coef)
		v = decCompare(prod, intToDec(num))
	}
	return object.Bool(cmpResult(op, v)), nil
}

// decUnaryDelegated are the delegated Decimal methods whose only
// argument is the context.
var decUnaryDelegated = map[string]bool{"exp": true, "ln": true, "log10": true, "logb": true, "sqrt": true,
	"normalize": true, "next_minus": true, "next_plus": true, "number_class": true, "is_normal": true,
	"is_subnormal": true, "logical_invert": true}

// checkCtxArgs refuses a context argument that is not a Context, as the C
// module does, before _pydecimal sees it.
func (st *decState) checkCtxArgs(name string, args []object.Value, kw []string) error {
	check := func(v object.Value) error {
		if v.IsNone() {
			return nil
		}
		if _, ok := object.Unwrap(v).Object().(*pyDecContext); !ok {
			return object.Errorf(object.TypeError, "optional argument must be a context")
		}
		return nil
	}
	npos := len(args) - len(kw)
	for i, k := range kw {
		if k == "context" {
			if err := check(args[npos+i]); err != nil {
				return err
			}
		}
	}
	if decUnaryDelegated[name] && npos >= 1 {
		return check(args[0])
	}
	return nil
}

// formatArgs checks __format__'s arguments as the C module does and turns
// its override dict (grouping as a C string) into _pydecimal's
// _localeconv (grouping as a list).
func (st *decState) formatArgs(args []object.Value, kw []string) ([]object.Value, error) {
	if err := funcPosOnly("", "__format__", args, kw, 1, 2); err != nil {
		return nil, err
	}
	spec, ok := object.Unwrap(args[0]).Object().(*object.Str)
	if !ok {
		return nil, object.Errorf(object.TypeError, "format arg must be str")
	}
	run := 0
	for _, ch := range spec.S {
		if ch >= '0' && ch <= '9' {
			run++
			if run > 18 {
				return nil, object.Errorf(object.ValueError, "invalid format string")
			}
		} else {
			run = 0
		}
	}
	if len(args) == 1 || args[1].IsNone() {
		return args[:1], nil
	}
	d, ok := object.Unwrap(args[1]).Object().(*object.Dict)
	if !ok {
		return nil, object.Errorf(object.TypeError, "optional argument must be a dict")
	}
	conv := object.NewDict(3)
	for _, key := range []string{"decimal_point", "thousands_sep", "grouping"} {
		v, ok := d.GetStr(key)
		if !ok {
			continue
		}
		if key == "grouping" {
			if gs, ok := object.Unwrap(v).Object().(*object.Str); ok {
				var xs []object.Value
				for _, r := range gs.S {
					if r > 127 {
						return nil, object.Errorf(object.ValueError, "invalid override dict")
					}
					xs = append(xs, object.Int(int64(r)))
				}
				v = object.FromObject(object.NewList(xs...))
			}
		} else if s, ok := object.Unwrap(v).Object().(*object.Str); ok && len([]rune(s.S)) > 4 {
			return nil, object.Errorf(object.ValueError, "invalid override dict")
		}
		conv.SetStr(key, v)
	}
	return []object.Value{args[0], object.None, object.FromObject(conv)}, nil
}

// cmpResult is rich comparison op (0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=) of a
// three-way comparison result v.
func cmpResult(op int, v int) bool {
	switch op {
	case 0:
		return v < 0
	case 1:
		return v <= 0
	case 2:
		return v == 0
	case 3:
		return v != 0
	case 4:
		return v > 0
	}
	return v >= 0
}

// intOrFloatToDec is the exact value of an int or a float, for from_float
// and create_decimal_from_float.
func intOrFloatToDec(v object.Value) (*decNum, error) {
	switch {
	case isIntType(v):
		return intToDec(v), nil
	case object.Unwrap(v).IsFloat() || object.TypeOf(object.Unwrap(v)) == object.FloatType:
		f, err := object.ToFloat(v)
		if err != nil {
			return nil, err
		}
		return floatToDec(f), nil
	}
	return nil, object.Errorf(object.TypeError, "argument must be int or float")
}
