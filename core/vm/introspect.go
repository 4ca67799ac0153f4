package vm

import (
	"fmt"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// Introspection: the attributes CPython gives functions (__code__,
// __globals__, __builtins__, __closure__, ...), code objects (co_*),
// frames (f_*) and generators (gi_*), and their reprs.

func strTuple(items []string) object.Value {
	out := make([]object.Value, len(items))
	for i, s := range items {
		out[i] = object.FromObject(object.Intern(s))
	}
	return object.FromObject(object.NewTuple(out...))
}

func orNone(v object.Value) object.Value {
	if v.IsNull() {
		return object.None
	}
	return v
}

func init() {
	object.AddDescriptorSlots(FunctionType, false)
	object.AddCallSlot(FunctionType)
	fnGet := func(name string, get func(fn *Function) object.Value, set func(fn *Function, v object.Value) error) {
		var setter func(self, v object.Value) error
		if set != nil {
			setter = func(self, v object.Value) error { return set(self.Object().(*Function), v) }
		}
		FunctionType.SetAttrString(name, object.FromObject(&object.GetSetDescr{Name: name, Owner: FunctionType,
			Get: func(self object.Value) (object.Value, error) { return get(self.Object().(*Function)), nil },
			Set: setter}))
	}
	fnGet("__code__", func(fn *Function) object.Value { return object.FromObject(fn.Code) },
		func(fn *Function, v object.Value) error {
			co, ok := v.Object().(*code.Code)
			if !ok {
				return object.Errorf(object.TypeError, "__code__ must be set to a code object")
			}
			if len(co.Freevars) != len(fn.Closure) {
				return object.Errorf(object.ValueError, "%s() requires a code object with %d free vars, not %d",
					fn.Name(), len(fn.Closure), len(co.Freevars))
			}
			fn.Code = co
			return nil
		})
	// What CPython declares as READONLY members (member_descriptor, whose
	// stores fail with "readonly attribute").
	member := func(name string, get func(fn *Function) object.Value) {
		FunctionType.AddReadonlyMember(name, func(self object.Value) (object.Value, error) {
			return get(self.Object().(*Function)), nil
		})
	}
	member("__globals__", func(fn *Function) object.Value {
		if gm := fn.globalsMap(); !gm.IsNull() {
			return gm // the dict subclass's instance, as given
		}
		return object.FromObject(fn.Globals)
	})
	member("__builtins__", func(fn *Function) object.Value {
		if fn.Builtins != nil {
			return object.FromObject(fn.Builtins)
		}
		return fn.BuiltinsV()
	})
	member("__closure__", func(fn *Function) object.Value {
		if fn.Closure == nil {
			return object.None
		}
		cells := make([]object.Value, len(fn.Closure))
		for i, c := range fn.Closure {
			cells[i] = object.FromObject(c)
		}
		return object.FromObject(object.NewTuple(cells...))
	})
	fnGet("__defaults__", func(fn *Function) object.Value {
		if fn.Defaults == nil {
			return object.None
		}
		return object.FromObject(fn.Defaults)
	}, func(fn *Function, v object.Value) error {
		if v.IsNull() || v.IsNone() {
			fn.Defaults = nil
			return nil
		}
		t, ok := v.Object().(*object.Tuple)
		if !ok {
			return object.Errorf(object.TypeError, "__defaults__ must be set to a tuple object")
		}
		fn.Defaults = t
		return nil
	})
	fnGet("__kwdefaults__", func(fn *Function) object.Value {
		if kwd := fn.Kwdefaults(); kwd != nil {
			return object.FromObject(kwd)
		}
		return object.None
	}, func(fn *Function, v object.Value) error {
		if v.IsNull() || v.IsNone() {
			if fn.more != nil {
				fn.more.kwdefaults = nil
			}
			return nil
		}
		d, ok := v.Object().(*object.Dict)
		if !ok {
			return object.Errorf(object.TypeError, "__kwdefaults__ must be set to a dict object")
		}
		fn.extra().kwdefaults = d
		return nil
	})
	strSetter := func(what string, set func(fn *Function, s string)) func(fn *Function, v object.Value) error {
		return func(fn *Function, v object.Value) error {
			s, ok := v.Object().(*object.Str)
			if !ok {
				return object.Errorf(object.TypeError, "%s must be set to a string object", what)
			}
			set(fn, s.S)
			return nil
		}
	}
	// The names come back as the same str object each time (interned, as
	// CPython's code names are): functools.wraps and the classmethod and
	// staticmethod wrappers copy them, and f.__name__ is wrapper.__name__.
	fnGet("__name__", func(fn *Function) object.Value { return object.FromObject(object.Intern(fn.Name())) },
		strSetter("__name__", (*Function).SetName))
	fnGet("__qualname__", func(fn *Function) object.Value { return object.FromObject(object.Intern(fn.Qualname())) },
		strSetter("__qualname__", (*Function).SetQualname))
	fnGet("__module__", func(fn *Function) object.Value { return orNone(fn.Module) },
		func(fn *Function, v object.Value) error { fn.Module = v; return nil })
	fnGet("__doc__", func(fn *Function) object.Value { return orNone(fn.Doc()) },
		func(fn *Function, v object.Value) error { fn.SetDoc(v); return nil })
	fnGet("__dict__", func(fn *Function) object.Value { return object.FromObject(fn.InstanceDict()) },
		func(fn *Function, v object.Value) error {
			d, ok := v.Object().(*object.Dict)
			if !ok {
				return object.Errorf(object.TypeError, "__dict__ must be set to a dictionary, not a '%s'", object.TypeOf(v).Name)
			}
			fn.extra().dict = d
			return nil
		})
	fnGet("__annotations__", func(fn *Function) object.Value {
		m := fn.extra()
		if m.annotations == nil {
			m.annotations = object.NewDict(0)
		}
		return object.FromObject(m.annotations)
	}, func(fn *Function, v object.Value) error {
		d, ok := v.Object().(*object.Dict)
		if !ok && !v.IsNull() && !v.IsNone() {
			return object.Errorf(object.TypeError, "__annotations__ must be set to a dict object")
		}
		fn.extra().annotations = d
		return nil
	})

	initCodeType()
	initCodeConstruction()
	initFrameType()
	initGenTypes()
}

// PyRepr is repr(function).
func (fn *Function) PyRepr() (string, error) {
	return fmt.Sprintf("<function %s at %#x>", fn.Qualname(), object.ObjectID(fn)), nil
}

func initCodeType() {
	t := code.CodeType
	if t.Dict == nil {
		t.Dict = object.NewDict(16)
	}
	if t.MRO == nil {
		t.Base = object.ObjectType
		t.Bases = []*object.Type{object.ObjectType}
		t.MRO = []*object.Type{t, object.ObjectType}
	}
	get := func(name string, f func(c *code.Code) object.Value) {
		addGetter(t, name, func(self object.Value) (object.Value, error) { return f(self.Object().(*code.Code)), nil })
	}
	get("co_name", func(c *code.Code) object.Value { return object.NewStr(c.Name) })
	get("co_filename", func(c *code.Code) object.Value { return object.NewStr(c.Filename) })
	get("co_firstlineno", func(c *code.Code) object.Value { return object.Int(int64(c.Firstlineno)) })
	get("co_argcount", func(c *code.Code) object.Value { return object.Int(int64(c.Argcount)) })
	get("co_posonlyargcount", func(c *code.Code) object.Value { return object.Int(int64(c.Posonlyargcount)) })
	get("co_kwonlyargcount", func(c *code.Code) object.Value { return object.Int(int64(c.Kwonlyargcount)) })
	get("co_nlocals", func(c *code.Code) object.Value { return object.Int(int64(c.ShownNlocals())) })
	get("co_stacksize", func(c *code.Code) object.Value { return object.Int(int64(c.ShownStacksize())) })
	get("co_flags", func(c *code.Code) object.Value { return object.Int(int64(c.Flags)) })
	get("co_varnames", func(c *code.Code) object.Value { return strTuple(c.Varnames) })
	get("co_cellvars", func(c *code.Code) object.Value { return strTuple(c.Cellvars) })
	get("co_freevars", func(c *code.Code) object.Value { return strTuple(c.Freevars) })
	get("co_names", func(c *code.Code) object.Value { return strTuple(c.Names) })
	get("co_consts", func(c *code.Code) object.Value {
		return object.FromObject(object.NewTuple(append([]object.Value(nil), c.Consts...)...))
	})
	get("co_code", func(c *code.Code) object.Value {
		b := make([]byte, 2*len(c.Code))
		for i, u := range c.Code {
			b[2*i] = byte(u)
			b[2*i+1] = byte(u >> 8)
		}
		return object.FromObject(&object.Bytes{B: b})
	})
}

func initFrameType() {
	t := FrameType
	get := func(name string, f func(fr *Frame) (object.Value, error)) {
		addGetter(t, name, func(self object.Value) (object.Value, error) { return f(self.Object().(*Frame)) })
	}
	get("f_locals", func(fr *Frame) (object.Value, error) { return fr.frameLocals() })
	addMethod(t, "clear", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoArgs("clear", args, kwnames); err != nil {
			return object.Null, err
		}
		return object.None, self.Object().(*Frame).clear()
	})
	get("f_globals", func(fr *Frame) (object.Value, error) {
		if gm := fr.globalsMap(); !gm.IsNull() {
			return gm, nil
		}
		return object.FromObject(fr.Globals), nil
	})
	get("f_builtins", func(fr *Frame) (object.Value, error) {
		if fr.Builtins != nil {
			return object.FromObject(fr.Builtins), nil
		}
		return fr.BuiltinsV(), nil
	})
	get("f_code", func(fr *Frame) (object.Value, error) { return object.FromObject(fr.Code), nil })
	get("f_back", func(fr *Frame) (object.Value, error) {
		// A finished function frame keeps its f_back, as in CPython, when
		// that frame cannot have been recycled since (escaped frames never
		// are; sys._getframe marks the whole chain). A suspended
		// generator's frame has none.
		if fr.Back == nil || !fr.running && (fr.genFrame || !fr.Back.escaped) {
			return object.None, nil
		}
		fr.Back.pin()
		return object.FromObject(fr.Back), nil
	})
	get("f_lineno", func(fr *Frame) (object.Value, error) { return object.Int(int64(fr.LineNumber())), nil })
	get("f_lasti", func(fr *Frame) (object.Value, error) {
		if fr.Lasti < 0 {
			return object.Int(-1), nil
		}
		return object.Int(int64(2 * fr.Lasti)), nil
	})
}

// clear is frame.clear(): a suspended generator's frame closes its
// generator first (CPython's _PyGen_Finalize); then the locals, cells and
// value stack are dropped. A frame still running cannot be cleared.
func (f *Frame) clear() error {
	if f.running {
		return object.Errorf(object.RuntimeError, "cannot clear an executing frame")
	}
	if g := f.genRef.Value(); g != nil && g.Frame == f {
		if err := f.interp.finalizeGen(g); err != nil {
			f.interp.writeUnraisable(err, object.FromObject(g.outer()))
		}
	}
	if f.Code == nil {
		return nil
	}
	clear(f.Localsplus)
	f.sp = f.stackBase
	f.nblocks = 0
	if f.more != nil {
		f.more.fastLocals = nil
	}
	return nil
}

// PyRepr is repr(frame).
func (f *Frame) PyRepr() (string, error) {
	return fmt.Sprintf("<frame at %#x, file '%s', line %d, code %s>", object.ObjectID(f), f.Code.Filename, f.LineNumber(), f.Code.Name), nil
}

// throwArgs turns generator.throw's (typ[, val[, tb]]) into the exception
// to raise in the frame (the throw_here part of CPython's _gen_throw);
// absent arguments are Null. An error instantiating the class is itself
// what is thrown into the frame, as PyErr_NormalizeException leaves it.
func (in *Interp) throwArgs(typ, val, tb object.Value) (*object.BaseException, error) {
	var tbo *object.Traceback
	if !tb.IsNull() && !tb.IsNone() {
		t, ok := tb.Object().(*object.Traceback)
		if !ok {
			return nil, object.Errorf(object.TypeError, "throw() third argument must be a traceback object")
		}
		tbo = t
	}
	if t, ok := typ.Object().(*object.Type); ok && t.IsSubtype(object.BaseExceptionType) {
		e, err := in.normalizeException(t, val)
		if err != nil {
			e = object.AsException(err)
		}
		e.Traceback = tbo
		return e, nil
	}
	if e, ok := typ.Object().(*object.BaseException); ok {
		if !val.IsNull() && !val.IsNone() {
			return nil, object.Errorf(object.TypeError, "instance exception may not have a separate value")
		}
		if tbo != nil {
			e.Traceback = tbo
		}
		return e, nil
	}
	return nil, object.Errorf(object.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", object.TypeOf(typ).Name)
}

// normalizeException is PyErr_NormalizeException for a class and a value:
// an instance of the class stays, a tuple gives the arguments, None or an
// absent value none, anything else the one argument.
func (in *Interp) normalizeException(t *object.Type, val object.Value) (*object.BaseException, error) {
	if e, ok := val.Object().(*object.BaseException); ok && e.Class.IsSubtype(t) {
		return e, nil
	}
	var cargs []object.Value
	switch {
	case val.IsNull() || val.IsNone():
	case val.Kind() == object.KindObject:
		if tup, ok := val.Object().(*object.Tuple); ok {
			cargs = tup.Items
		} else {
			cargs = []object.Value{val}
		}
	default:
		cargs = []object.Value{val}
	}
	r, err := in.call(object.FromObject(t), cargs, nil)
	if err != nil {
		return nil, err
	}
	e, ok := r.Object().(*object.BaseException)
	if !ok {
		return nil, object.Errorf(object.TypeError, "calling %s should have returned an instance of BaseException, not %s", t.Name, object.TypeOf(r).Name)
	}
	return e, nil
}
