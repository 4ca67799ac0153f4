package native

import (
	"strconv"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _contextvars: CPython's Python/context.c. A Context maps ContextVars to
// values; the current one lives in the interpreter's thread state
// (vm.Interp.Context) and Context.run switches it. CPython keeps the
// mapping in an immutable HAMT so that copying a context is O(1); here it
// is an immutable insertion-ordered map replaced on every set (contexts
// hold a handful of variables, and copies stay O(1)).
//
// The types are made per interpreter, since their methods reach that
// interpreter's thread state.

func init() { register("_contextvars", newContextvars) }

// cvState is one interpreter's _contextvars: its types and thread state.
type cvState struct {
	in                                    *vm.Interp
	ctxType, varType, tokenType, missType *object.Type
	keysType, valuesType, itemsType       *object.Type
	missing                               object.Value
}

// ctxVars is an immutable mapping from variables to values.
type ctxVars struct {
	keys []*ContextVar
	vals map[*ContextVar]object.Value
}

var emptyVars = &ctxVars{}

func (m *ctxVars) get(v *ContextVar) (object.Value, bool) {
	r, ok := m.vals[v]
	return r, ok
}

// with returns a copy of m where v maps to val (Null: v is removed).
func (m *ctxVars) with(v *ContextVar, val object.Value) *ctxVars {
	_, had := m.vals[v]
	if val.IsNull() && !had {
		return m
	}
	n := &ctxVars{vals: make(map[*ContextVar]object.Value, len(m.vals)+1)}
	for k, x := range m.vals {
		n.vals[k] = x
	}
	switch {
	case val.IsNull():
		delete(n.vals, v)
		n.keys = make([]*ContextVar, 0, len(m.keys)-1)
		for _, k := range m.keys {
			if k != v {
				n.keys = append(n.keys, k)
			}
		}
	case had:
		n.vals[v] = val
		n.keys = m.keys
	default:
		n.vals[v] = val
		n.keys = append(append(make([]*ContextVar, 0, len(m.keys)+1), m.keys...), v)
	}
	return n
}

// Context is contextvars.Context.
type Context struct {
	st      *cvState
	vars    *ctxVars
	prev    object.Value // the context run() replaced, while entered
	entered bool
}

// Type returns the interpreter's Context type.
func (c *Context) Type() *object.Type { return c.st.ctxType }

// ContextVar is contextvars.ContextVar.
type ContextVar struct {
	st   *cvState
	name object.Value
	def  object.Value // Null when made without a default
}

// Type returns the interpreter's ContextVar type.
func (v *ContextVar) Type() *object.Type { return v.st.varType }

// Token is what ContextVar.set returns, for ContextVar.reset.
type Token struct {
	st   *cvState
	ctx  *Context
	v    *ContextVar
	old  object.Value // Null: the variable had no value (Token.MISSING)
	used bool
}

// Type returns the interpreter's Token type.
func (t *Token) Type() *object.Type { return t.st.tokenType }

// tokenMissing is Token.MISSING.
type tokenMissing struct{ st *cvState }

func (m *tokenMissing) Type() *object.Type { return m.st.missType }

// ctxIter iterates a snapshot of a context's keys, values or items.
type ctxIter struct {
	t    *object.Type
	vars *ctxVars
	i    int
	kind int // 0 keys, 1 values, 2 items
}

func (it *ctxIter) Type() *object.Type { return it.t }

// Next returns the next key, value or (key, value) pair.
func (it *ctxIter) Next() (object.Value, bool, error) {
	if it.i >= len(it.vars.keys) {
		return object.Null, false, nil
	}
	k := it.vars.keys[it.i]
	it.i++
	switch it.kind {
	case 1:
		return it.vars.vals[k], true, nil
	case 2:
		return object.FromObject(object.NewTuple(object.FromObject(k), it.vars.vals[k])), true, nil
	}
	return object.FromObject(k), true, nil
}

// current is context_get: the thread state's context, made empty on first
// use.
func (st *cvState) current() *Context {
	if c, ok := st.in.Context.Object().(*Context); ok {
		return c
	}
	c := &Context{st: st, vars: emptyVars}
	st.in.Context = object.FromObject(c)
	return c
}

func (c *Context) enter() error {
	if c.entered {
		r, _ := object.Repr(object.FromObject(c))
		return object.Errorf(object.RuntimeError, "cannot enter context: %s is already entered", r)
	}
	c.prev = c.st.in.Context
	c.entered = true
	c.st.in.Context = object.FromObject(c)
	return nil
}

func (c *Context) exit() {
	c.st.in.Context = c.prev
	c.prev = object.Null
	c.entered = false
}

func (st *cvState) asVar(key object.Value) (*ContextVar, error) {
	v, ok := key.Object().(*ContextVar)
	if !ok || v.st != st {
		r, err := object.Repr(key)
		if err != nil {
			return nil, err
		}
		return nil, object.Errorf(object.TypeError, "a ContextVar key was expected, got %s", r)
	}
	return v, nil
}

func (st *cvState) ctxOf(self object.Value) *Context { return object.Unwrap(self).Object().(*Context) }

func newContextvars(in *vm.Interp) (*object.Module, error) {
	st := &cvState{in: in}
	st.ctxType = object.NewBuiltinType("_contextvars.Context", nil)
	st.varType = object.NewBuiltinType("_contextvars.ContextVar", nil)
	st.tokenType = object.NewBuiltinType("_contextvars.Token", nil)
	st.missType = object.NewBuiltinType("Token.MISSING", nil)
	for _, t := range []*object.Type{st.ctxType, st.varType, st.tokenType} {
		t.Native = true
	}
	st.keysType = newFinalIterType("keys")
	st.valuesType = newFinalIterType("values")
	st.itemsType = newFinalIterType("items")
	st.missing = object.FromObject(&tokenMissing{st: st})
	st.initContext()
	st.initVar()
	st.initToken()

	m := newModule("_contextvars", "Context Variables")
	setAttr(m, "Context", object.FromObject(st.ctxType))
	setAttr(m, "ContextVar", object.FromObject(st.varType))
	setAttr(m, "Token", object.FromObject(st.tokenType))
	defFunc(m, "copy_context", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("copy_context", args, kw); err != nil {
			return object.Null, err
		}
		return object.FromObject(&Context{st: st, vars: st.current().vars}), nil
	})
	return m, nil
}

func (st *cvState) initContext() {
	t := st.ctxType
	t.Doc = ""
	t.SetNew(func(_ *object.Type, args []object.Value, kw []string) (object.Value, error) {
		if len(args) > 0 {
			return object.Null, object.Errorf(object.TypeError, "Context() does not accept any arguments")
		}
		return object.FromObject(&Context{st: st, vars: emptyVars}), nil
	}, nil)
	t.AddMethod("run", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if len(args)-len(kw) < 1 {
			return object.Null, object.Errorf(object.TypeError, "run() missing 1 required positional argument")
		}
		c := st.ctxOf(self)
		if err := c.enter(); err != nil {
			return object.Null, err
		}
		r, err := callGuarded(args[0], args[1:], kw)
		c.exit()
		return r, err
	})
	t.AddMethod("copy", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("copy", args, kw); err != nil {
			return object.Null, err
		}
		return object.FromObject(&Context{st: st, vars: st.ctxOf(self).vars}), nil
	})
	t.AddMethod("get", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("get", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("get", len(args), 1, 2); err != nil {
			return object.Null, err
		}
		v, err := st.asVar(args[0])
		if err != nil {
			return object.Null, err
		}
		if r, ok := st.ctxOf(self).vars.get(v); ok {
			return r, nil
		}
		if len(args) > 1 {
			return args[1], nil
		}
		return object.None, nil
	})
	iter := func(name string, it *object.Type, kind int) {
		t.AddMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoArgs(name, args, kw); err != nil {
				return object.Null, err
			}
			return object.FromObject(&ctxIter{t: it, vars: st.ctxOf(self).vars, kind: kind}), nil
		})
	}
	iter("keys", st.keysType, 0)
	iter("values", st.valuesType, 1)
	iter("items", st.itemsType, 2)
	t.AddSlot("__iter__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.FromObject(&ctxIter{t: st.keysType, vars: st.ctxOf(self).vars}), nil
	})
	t.AddSlot("__len__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.Int(int64(len(st.ctxOf(self).vars.keys))), nil
	})
	t.AddSlot("__getitem__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("__getitem__", args, kw); err != nil {
			return object.Null, err
		}
		v, err := st.asVar(args[0])
		if err != nil {
			return object.Null, err
		}
		if r, ok := st.ctxOf(self).vars.get(v); ok {
			return r, nil
		}
		return object.Null, object.NewException(object.KeyError, args[0])
	})
	t.AddSlot("__contains__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("__contains__", args, kw); err != nil {
			return object.Null, err
		}
		v, err := st.asVar(args[0])
		if err != nil {
			return object.Null, err
		}
		_, ok := st.ctxOf(self).vars.get(v)
		return object.Bool(ok), nil
	})
	cmp := func(name string, eq bool) {
		t.AddSlot(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := object.ExactlyOne(name, args, kw); err != nil {
				return object.Null, err
			}
			o, ok := object.Unwrap(args[0]).Object().(*Context)
			if !ok {
				return object.NotImplemented, nil
			}
			same, err := sameVars(st.ctxOf(self).vars, o.vars)
			if err != nil {
				return object.Null, err
			}
			return object.Bool(same == eq), nil
		})
	}
	cmp("__eq__", true)
	cmp("__ne__", false)
	t.SetAttrString("__hash__", object.None)
}

// sameVars compares two mappings as CPython's hamt_eq does: the same
// variables with equal values.
func sameVars(a, b *ctxVars) (bool, error) {
	if a == b {
		return true, nil
	}
	if len(a.keys) != len(b.keys) {
		return false, nil
	}
	for _, k := range a.keys {
		bv, ok := b.vals[k]
		if !ok {
			return false, nil
		}
		eq, err := object.RichCompare(a.vals[k], bv, object.CmpEq)
		if err != nil {
			return false, err
		}
		if t, err := object.Truth(eq); err != nil || !t {
			return false, err
		}
	}
	return true, nil
}

func (st *cvState) varOf(self object.Value) *ContextVar {
	return object.Unwrap(self).Object().(*ContextVar)
}

func (st *cvState) initVar() {
	t := st.varType
	t.SetNew(func(_ *object.Type, args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		// PyArg_ParseTupleAndKeywords("U|$O:ContextVar") with the name
		// positional-only.
		n := len(args) - len(kw)
		switch {
		case n > 1:
			return object.Null, object.Errorf(object.TypeError, "ContextVar() takes at most 1 positional argument (%d given)", n)
		case n == 0:
			return object.Null, object.Errorf(object.TypeError, "ContextVar() takes exactly 1 positional argument (0 given)")
		}
		a[0] = args[0]
		for i, k := range kw {
			if k != "default" {
				return object.Null, object.Errorf(object.TypeError, "'%s' is an invalid keyword argument for ContextVar()", k)
			}
			a[1] = args[n+i]
		}
		if _, ok := object.Unwrap(a[0]).Object().(*object.Str); !ok {
			return object.Null, object.Errorf(object.TypeError, "context variable name must be a str")
		}
		return object.FromObject(&ContextVar{st: st, name: a[0], def: a[1]}), nil
	}, nil)
	t.AddGetSet("name", func(self object.Value) (object.Value, error) { return st.varOf(self).name, nil },
		func(self, v object.Value) error { return object.Errorf(object.AttributeError, "readonly attribute") })
	t.AddMethod("get", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("get", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("get", len(args), 0, 1); err != nil {
			return object.Null, err
		}
		v := st.varOf(self)
		if r, ok := st.current().vars.get(v); ok {
			return r, nil
		}
		if len(args) > 0 {
			return args[0], nil
		}
		if !v.def.IsNull() {
			return v.def, nil
		}
		return object.Null, object.NewException(object.LookupError, self)
	})
	t.AddMethod("set", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("ContextVar.set", args, kw); err != nil {
			return object.Null, err
		}
		v := st.varOf(self)
		c := st.current()
		old, _ := c.vars.get(v)
		c.vars = c.vars.with(v, args[0])
		return object.FromObject(&Token{st: st, ctx: c, v: v, old: old}), nil
	})
	t.AddMethod("reset", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("ContextVar.reset", args, kw); err != nil {
			return object.Null, err
		}
		v := st.varOf(self)
		tok, ok := args[0].Object().(*Token)
		if !ok || tok.st != st {
			r, err := object.Repr(args[0])
			if err != nil {
				return object.Null, err
			}
			return object.Null, object.Errorf(object.TypeError, "expected an instance of Token, got %s", r)
		}
		r, err := object.Repr(args[0])
		if err != nil {
			return object.Null, err
		}
		switch c := st.current(); {
		case tok.used:
			return object.Null, object.Errorf(object.RuntimeError, "%s has already been used once", r)
		case tok.v != v:
			return object.Null, object.Errorf(object.ValueError, "%s was created by a different ContextVar", r)
		case tok.ctx != c:
			return object.Null, object.Errorf(object.ValueError, "%s was created in a different Context", r)
		default:
			tok.used = true
			c.vars = c.vars.with(v, tok.old)
		}
		return object.None, nil
	})
	t.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		s, err := st.varRepr(st.varOf(self))
		if err != nil {
			return object.Null, err
		}
		return object.NewStr(s), nil
	})
	t.AddSlot("__hash__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.Int(int64(object.ObjectID(st.varOf(self)) >> 4)), nil
	})
	addClassGetItem(t)
}

func (st *cvState) varRepr(v *ContextVar) (string, error) {
	name, err := object.Repr(v.name)
	if err != nil {
		return "", err
	}
	s := "<ContextVar name=" + name
	if !v.def.IsNull() {
		d, err := object.Repr(v.def)
		if err != nil {
			return "", err
		}
		s += " default=" + d
	}
	return s + " at " + hexAddr(v) + ">", nil
}

func (st *cvState) initToken() {
	t := st.tokenType
	t.SetNew(func(_ *object.Type, args []object.Value, kw []string) (object.Value, error) {
		return object.Null, object.Errorf(object.RuntimeError, "Tokens can only be created by ContextVars")
	}, nil)
	tok := func(self object.Value) *Token { return object.Unwrap(self).Object().(*Token) }
	t.AddGetter("var", func(self object.Value) (object.Value, error) { return object.FromObject(tok(self).v), nil })
	t.AddGetter("old_value", func(self object.Value) (object.Value, error) {
		if o := tok(self).old; !o.IsNull() {
			return o, nil
		}
		return st.missing, nil
	})
	t.SetAttrString("MISSING", st.missing)
	t.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		k := tok(self)
		vr, err := st.varRepr(k.v)
		if err != nil {
			return object.Null, err
		}
		used := ""
		if k.used {
			used = " used"
		}
		return object.NewStr("<Token" + used + " var=" + vr + " at " + hexAddr(k) + ">"), nil
	})
	addClassGetItem(t)
	st.missType.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.NewStr("<Token.MISSING>"), nil
	})
	st.missType.Native = true
}

// hexAddr is %p of an object's address, as reprs print it.
func hexAddr(o object.Object) string {
	return "0x" + strconv.FormatUint(uint64(object.ObjectID(o)), 16)
}
