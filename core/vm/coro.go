package vm

import (
	"fmt"
	"weak"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// Coroutine is the object calling an `async def` function returns
// (CPython's PyCoroObject): a genBase driven by await (YIELD_FROM), send
// and throw, never iterable itself; __await__ gives a coroutine_wrapper.
type Coroutine struct {
	genBase // cr_origin, when tracked, is in its names (80 bytes, not 112)
}

// CoroutineType is the Python type of coroutines.
var CoroutineType = newType("coroutine", nil)

// Type returns CoroutineType.
func (c *Coroutine) Type() *object.Type { return CoroutineType }

// PyRepr is repr(coroutine).
func (c *Coroutine) PyRepr() (string, error) {
	return fmt.Sprintf("<coroutine object %s at %#x>", c.Qualname(), object.ObjectID(c)), nil
}

func (in *Interp) newCoroutine(f *Frame, fn *Function) *Coroutine {
	c := &Coroutine{}
	in.initGen(&c.genBase, c, kindCoroutine, f, fn)
	if in.coroOriginDepth > 0 {
		c.ownNames().origin = in.coroOrigin(in.coroOriginDepth)
	}
	return c
}

// coroOrigin is compute_cr_origin: (filename, lineno, name) of the
// innermost depth frames, innermost first.
func (in *Interp) coroOrigin(depth int) object.Value {
	var items []object.Value
	for f := in.frame; f != nil && len(items) < depth; f = f.Back {
		items = append(items, object.FromObject(object.NewTuple(object.NewStr(f.Code.Filename),
			object.Int(int64(f.LineNumber())), object.NewStr(f.Code.Name))))
	}
	return object.FromObject(object.NewTuple(items...))
}

// coroutineWrapper is what coroutine.__await__() returns: an iterator
// whose steps are the coroutine's.
type coroutineWrapper struct{ coro *Coroutine }

// CoroutineWrapperType is the Python type of coroutine.__await__()'s result.
var CoroutineWrapperType = newType("coroutine_wrapper", nil)

// Type returns CoroutineWrapperType.
func (w *coroutineWrapper) Type() *object.Type { return CoroutineWrapperType }

// Next steps the coroutine (gen_iternext).
func (w *coroutineWrapper) Next() (object.Value, bool, error) {
	r, done, err := w.coro.resume(object.Null, nil, false)
	if err != nil || done {
		return object.Null, false, err
	}
	return r, true, nil
}

func (w *coroutineWrapper) amSend(v object.Value) (object.Value, bool, error) {
	return w.coro.resume(v, nil, false)
}

// getAwaitable is GET_AWAITABLE (CPython's _PyCoro_GetAwaitableIter plus
// the eval loop's checks): the iterator an await expression delegates to.
// prev and prevprev are the opcodes before GET_AWAITABLE, which tell an
// `async with`'s __aenter__/__aexit__ result from a plain await.
func (in *Interp) getAwaitable(v object.Value, prevprev, prev code.Opcode) (object.Value, error) {
	it, err := in.awaitableIter(v)
	if err != nil {
		if _, isAwait := awaitMethod(v); !isAwait {
			tn := object.TypeOf(v).Name
			switch {
			case prev == code.BEFORE_ASYNC_WITH:
				err = object.Errorf(object.TypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s", tn)
			case prev == code.WITH_EXCEPT_START || prev == code.CALL_FUNCTION && prevprev == code.DUP_TOP:
				err = object.Errorf(object.TypeError, "'async with' received an object from __aexit__ that does not implement __await__: %s", tn)
			}
		}
		return object.Null, err
	}
	if c, ok := it.Object().(*Coroutine); ok && !c.yieldFrom().IsNull() {
		return object.Null, object.Errorf(object.RuntimeError, "coroutine is being awaited already")
	}
	return it, nil
}

var strAwait = object.Intern("__await__")

// awaitMethod returns the type's __await__ (am_await), if it has one.
func awaitMethod(v object.Value) (object.Value, bool) {
	m := object.TypeOf(v).Lookup(strAwait)
	return m, !m.IsNull()
}

// isCoroutineObject reports whether v is a coroutine or a generator made
// by a types.coroutine function.
func isCoroutineObject(v object.Value) bool {
	switch o := v.Object().(type) {
	case *Coroutine:
		return true
	case *Generator:
		return o.isIterableCoroutine()
	}
	return false
}

// awaitableIter is _PyCoro_GetAwaitableIter: a coroutine is its own
// iterator; anything else must have an __await__ returning an iterator.
func (in *Interp) awaitableIter(v object.Value) (object.Value, error) {
	if isCoroutineObject(v) {
		return v, nil
	}
	switch v.Object().(type) {
	case *asyncGenASend, *asyncGenAThrow, *anextAwaitable:
		return v, nil
	}
	m, ok := awaitMethod(v)
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "object %s can't be used in 'await' expression", object.TypeOf(v).Name)
	}
	r, err := object.CallMethodValue(m, v, nil, nil)
	if err != nil {
		return object.Null, err
	}
	if isCoroutineObject(r) {
		return object.Null, object.Errorf(object.TypeError, "__await__() returned a coroutine")
	}
	if !isIterator(r) {
		return object.Null, object.Errorf(object.TypeError, "__await__() returned non-iterator of type '%s'", object.TypeOf(r).Name)
	}
	return r, nil
}

// genMethods installs send, throw and close on a generator or coroutine
// type (and on coroutine_wrapper, through get).
func genMethods(t *object.Type, get func(self object.Value) *genBase) {
	addMethod(t, "send", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.ExactlyOne("send", args, kwnames); err != nil {
			return object.Null, err
		}
		return get(self).Send(args[0])
	})
	addMethod(t, "throw", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		typ, val, tb, err := throwParams("throw", args, kwnames)
		if err != nil {
			return object.Null, err
		}
		return get(self).Throw(typ, val, tb)
	})
	addMethod(t, "close", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoArgs("close", args, kwnames); err != nil {
			return object.Null, err
		}
		return object.None, get(self).Close()
	})
}

// throwParams unpacks throw's (typ[, val[, tb]]); absent ones are Null.
func throwParams(name string, args []object.Value, kwnames []string) (typ, val, tb object.Value, err error) {
	if err = object.NoKwargs(name, kwnames); err != nil {
		return
	}
	if err = object.CheckPositional(name, len(args), 1, 3); err != nil {
		return
	}
	typ = args[0]
	if len(args) > 1 {
		val = args[1]
	}
	if len(args) > 2 {
		tb = args[2]
	}
	return
}

// genNameAttrs installs the writable __name__ and __qualname__.
func genNameAttrs(t *object.Type, get func(self object.Value) *genBase) {
	// The str objects are kept once made, so that repeated reads give the
	// same object, as CPython's gi_name and gi_qualname do.
	set := func(name string, dst func(g *genBase) (*string, **object.Str)) {
		t.SetAttrString(name, object.FromObject(&object.GetSetDescr{Name: name, Owner: t,
			Get: func(self object.Value) (object.Value, error) {
				s, obj := dst(get(self))
				if *obj == nil || (*obj).S != *s {
					*obj = object.Intern(*s)
				}
				return object.FromObject(*obj), nil
			},
			Set: func(self, v object.Value) error {
				str, ok := object.Unwrap(v).Object().(*object.Str)
				if !ok {
					return object.Errorf(object.TypeError, "%s must be set to a string object", name)
				}
				s, obj := dst(get(self))
				*s, *obj = str.S, str
				return nil
			}}))
	}
	set("__name__", func(g *genBase) (*string, **object.Str) { n := g.ownNames(); return &n.name, &n.nameObj })
	set("__qualname__", func(g *genBase) (*string, **object.Str) { n := g.ownNames(); return &n.qualname, &n.qualnameObj })
}

// genFrameAttrs installs the xx_frame, xx_running, xx_code and the
// delegated-to object (gi_yieldfrom, cr_await, ag_await) getters.
func genFrameAttrs(t *object.Type, prefix, yf string, get func(self object.Value) *genBase, running bool) {
	addGetter(t, prefix+"_frame", func(self object.Value) (object.Value, error) {
		g := get(self)
		if g.Frame == nil {
			return object.None, nil
		}
		g.Frame.pin()
		if g.Frame.genRef.Value() == nil {
			// frame.clear() must find the generator to close it; held
			// weakly, so that the generator can still be finalized.
			g.Frame.genRef = weak.Make(g)
		}
		return object.FromObject(g.Frame), nil
	})
	if running {
		addGetter(t, prefix+"_running", func(self object.Value) (object.Value, error) { return object.Bool(get(self).running), nil })
	}
	addGetter(t, prefix+"_code", func(self object.Value) (object.Value, error) { return object.FromObject(get(self).Code), nil })
	addGetter(t, yf, func(self object.Value) (object.Value, error) {
		v := get(self).yieldFrom()
		if a, ok := v.Object().(*asyncGenASend); ok {
			a.escaped = true // seen from Python: never reused (getANext)
		}
		return orNone(v), nil
	})
}

func initGenTypes() {
	gen := func(v object.Value) *genBase { return &v.Object().(*Generator).genBase }
	t := GeneratorType
	genMethods(t, gen)
	addMethod(t, "__next__", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		return gen(self).sendEx(object.Null, nil, false)
	})
	addMethod(t, "__iter__", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		return self, nil
	})
	genFrameAttrs(t, "gi", "gi_yieldfrom", gen, true)
	genNameAttrs(t, gen)
	setDocs(t, genDocs)

	coro := func(v object.Value) *genBase { return &v.Object().(*Coroutine).genBase }
	t = CoroutineType
	genMethods(t, coro)
	addMethod(t, "__await__", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoArgs("__await__", args, kwnames); err != nil {
			return object.Null, err
		}
		return object.FromObject(&coroutineWrapper{coro: self.Object().(*Coroutine)}), nil
	})
	genFrameAttrs(t, "cr", "cr_await", coro, true)
	addGetter(t, "cr_origin", func(self object.Value) (object.Value, error) {
		if n := self.Object().(*Coroutine).names; n != nil {
			return orNone(n.origin), nil
		}
		return object.None, nil
	})
	genNameAttrs(t, coro)
	setDocs(t, coroDocs)

	wrapped := func(v object.Value) *genBase { return &v.Object().(*coroutineWrapper).coro.genBase }
	t = CoroutineWrapperType
	genMethods(t, wrapped)
	addMethod(t, "__next__", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		return wrapped(self).sendEx(object.Null, nil, false)
	})
	addMethod(t, "__iter__", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		return self, nil
	})
	setStr(t.Dict, "__doc__", object.NewStr("A wrapper object implementing __await__ for coroutines."))
	setDocs(t, coroDocs)

	initAsyncGenTypes()
}

// setDocs gives built-in methods and attributes of t their docstrings.
func setDocs(t *object.Type, docs map[string]string) {
	for name, doc := range docs {
		v, _ := getStr(t.Dict, name)
		switch d := v.Object().(type) {
		case *object.MethodDescr:
			d.Doc = doc
		case *object.GetSetDescr:
			d.Doc = doc
		}
	}
}

// The docstrings of CPython 3.10's genobject.c.
var (
	genDocs = map[string]string{
		"send":         "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.",
		"throw":        "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.",
		"close":        "close() -> raise GeneratorExit inside generator.",
		"__name__":     "name of the generator",
		"__qualname__": "qualified name of the generator",
		"gi_yieldfrom": "object being iterated by yield from, or None",
		"__next__":     "Implement next(self).",
		"__iter__":     "Implement iter(self).",
	}
	coroDocs = map[string]string{
		"send":         "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.",
		"throw":        "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.",
		"close":        "close() -> raise GeneratorExit inside coroutine.",
		"__name__":     "name of the coroutine",
		"__qualname__": "qualified name of the coroutine",
		"cr_await":     "object being awaited on, or None",
		"__await__":    "Return an iterator to be used in await expression.",
		"__next__":     "Implement next(self).",
		"__iter__":     "Implement iter(self).",
	}
	asyncGenDocs = map[string]string{
		"asend":        "asend(v) -> send 'v' in generator.",
		"athrow":       "athrow(typ[,val[,tb]]) -> raise exception in generator.",
		"aclose":       "aclose() -> raise GeneratorExit inside generator.",
		"__name__":     "name of the async generator",
		"__qualname__": "qualified name of the async generator",
		"ag_await":     "object being awaited on, or None",
		"__aiter__":    "Return an awaitable, that resolves in asynchronous iterator.",
		"__anext__":    "Return a value or raise StopAsyncIteration.",
	}
	awaitableDocs = map[string]string{
		"send":      genDocs["send"],
		"throw":     genDocs["throw"],
		"close":     genDocs["close"],
		"__await__": coroDocs["__await__"],
		"__next__":  "Implement next(self).",
		"__iter__":  "Implement iter(self).",
	}
)
