package vm

import (
	"github.com/pyvar/pyvar/core/object"
)

// The async iteration protocol: GET_AITER, GET_ANEXT, the aiter() and
// anext() builtins (3.10) and the awaitable anext() returns when given a
// default.

var (
	strAiter = object.Intern("__aiter__")
	strAnext = object.Intern("__anext__")
)

// getAIter is GET_AITER: `async for` calls __aiter__ and needs an object
// with __anext__ back.
func (in *Interp) getAIter(v object.Value) (object.Value, error) {
	var it object.Value
	if _, ok := v.Object().(*AsyncGenerator); ok {
		it = v
	} else {
		m := object.TypeOf(v).Lookup(strAiter)
		if m.IsNull() {
			return object.Null, object.Errorf(object.TypeError, "'async for' requires an object with __aiter__ method, got %s", object.TypeOf(v).Name)
		}
		var err error
		if it, err = object.CallMethodValue(m, v, nil, nil); err != nil {
			return object.Null, err
		}
	}
	if !hasAnext(it) {
		return object.Null, object.Errorf(object.TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s", object.TypeOf(it).Name)
	}
	return it, nil
}

func hasAnext(v object.Value) bool {
	if _, ok := v.Object().(*AsyncGenerator); ok {
		return true
	}
	return !object.TypeOf(v).Lookup(strAnext).IsNull()
}

// getANext is GET_ANEXT: the awaitable for one step of `async for`.
func (in *Interp) getANext(aiter object.Value) (object.Value, error) {
	if a, ok := aiter.Object().(*AsyncGenerator); ok {
		return a.anextForLoop()
	}
	m := object.TypeOf(aiter).Lookup(strAnext)
	if m.IsNull() {
		return object.Null, object.Errorf(object.TypeError, "'async for' requires an iterator with __anext__ method, got %s", object.TypeOf(aiter).Name)
	}
	next, err := object.CallMethodValue(m, aiter, nil, nil)
	if err != nil {
		return object.Null, err
	}
	aw, err := in.awaitableIter(next)
	if err != nil {
		return object.Null, runtimeFromCause(object.TypeError, err, "'async for' received an invalid object from __anext__: "+object.TypeOf(next).Name)
	}
	return aw, nil
}

// runtimeFromCause is _PyErr_FormatFromCause for any exception type.
func runtimeFromCause(t *object.Type, err error, msg string) error {
	e := object.NewException(t, object.NewStr(msg))
	cause := object.FromObject(object.AsException(err))
	e.Cause, e.Context, e.SuppressContext = cause, cause, true
	return e
}

// builtinAiter is aiter(async_iterable).
func (in *Interp) builtinAiter(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	if err := object.ExactlyOne("aiter", args, kwnames); err != nil {
		return object.Null, err
	}
	v := args[0]
	m := object.TypeOf(v).Lookup(strAiter)
	if m.IsNull() {
		return object.Null, object.Errorf(object.TypeError, "'%s' object is not an async iterable", object.TypeOf(v).Name)
	}
	it, err := object.CallMethodValue(m, v, nil, nil)
	if err != nil {
		return object.Null, err
	}
	if !hasAnext(it) {
		return object.Null, object.Errorf(object.TypeError, "aiter() returned not an async iterator of type '%s'", object.TypeOf(it).Name)
	}
	return it, nil
}

// builtinAnext is anext(async_iterator[, default]).
func (in *Interp) builtinAnext(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	if err := object.NoKwargs("anext", kwnames); err != nil {
		return object.Null, err
	}
	if err := object.CheckPositional("anext", len(args), 1, 2); err != nil {
		return object.Null, err
	}
	v := args[0]
	m := object.TypeOf(v).Lookup(strAnext)
	if m.IsNull() {
		return object.Null, object.Errorf(object.TypeError, "'%s' object is not an async iterator", object.TypeOf(v).Name)
	}
	aw, err := object.CallMethodValue(m, v, nil, nil)
	if err != nil || len(args) == 1 {
		return aw, err
	}
	return object.FromObject(&anextAwaitable{in: in, wrapped: aw, def: args[1]}), nil
}

// anextAwaitable is anext(it, default)'s result: awaiting it awaits
// it.__anext__() and turns its StopAsyncIteration into the default.
type anextAwaitable struct {
	in           *Interp
	wrapped, def object.Value
}

var anextAwaitableType = newType("anext_awaitable", nil)

func (a *anextAwaitable) Type() *object.Type { return anextAwaitableType }

// iter is anextawaitable_getiter: the wrapped awaitable's iterator, taken
// afresh at every step as CPython 3.10 does.
func (a *anextAwaitable) iter() (object.Value, error) {
	aw, err := a.in.awaitableIter(a.wrapped)
	if err != nil {
		return object.Null, err
	}
	if c, ok := aw.Object().(*Coroutine); ok {
		aw = object.FromObject(&coroutineWrapper{coro: c})
	}
	return aw, nil
}

// fix turns the end of the wrapped async iterator into StopIteration(default).
func (a *anextAwaitable) fix(r object.Value, err error) (object.Value, error) {
	if err != nil && object.ExceptionMatches(err, object.StopAsyncIteration) {
		return object.Null, stopIteration(a.def)
	}
	return r, err
}

func (a *anextAwaitable) next() (object.Value, error) {
	it, err := a.iter()
	if err != nil {
		return object.Null, err
	}
	return a.fix(iterStep(it))
}

func (a *anextAwaitable) proxy(meth string, args []object.Value) (object.Value, error) {
	it, err := a.iter()
	if err != nil {
		return object.Null, err
	}
	m, err := object.GetAttrString(it, meth)
	if err != nil {
		return object.Null, err
	}
	return a.fix(a.in.call(m, args, nil))
}

func (a *anextAwaitable) amSend(v object.Value) (object.Value, bool, error) {
	if v.IsNone() || v.IsNull() {
		return sendToAmSend(a.next())
	}
	return sendToAmSend(a.proxy("send", []object.Value{v}))
}

// Next is the iterator step.
func (a *anextAwaitable) Next() (object.Value, bool, error) {
	return nextFromSend(a.next())
}

// iterStep is tp_iternext with CPython's error shape: the end of the
// iterator is a StopIteration error carrying its value.
func iterStep(it object.Value) (object.Value, error) {
	if s, ok := it.Object().(amSender); ok {
		r, done, err := s.amSend(object.None)
		if err == nil && done {
			return object.Null, stopIteration(r)
		}
		return r, err
	}
	if i, ok := it.Object().(object.Iterator); ok {
		r, ok, err := i.Next()
		if err == nil && !ok {
			return object.Null, object.NewException(object.StopIteration)
		}
		return r, err
	}
	m := object.TypeOf(it).Lookup(strNext)
	if m.IsNull() {
		return object.Null, object.Errorf(object.TypeError, "'%s' object is not an iterator", object.TypeOf(it).Name)
	}
	return object.CallMethodValue(m, it, nil, nil)
}

func initAnextAwaitableType() {
	t := anextAwaitableType
	get := func(v object.Value) *anextAwaitable { return v.Object().(*anextAwaitable) }
	addMethod(t, "send", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.ExactlyOne("send", args, kwnames); err != nil {
			return object.Null, err
		}
		return get(self).proxy("send", args)
	})
	addMethod(t, "throw", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoKwargs("throw", kwnames); err != nil {
			return object.Null, err
		}
		return get(self).proxy("throw", args)
	})
	addMethod(t, "close", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoArgs("close", args, kwnames); err != nil {
			return object.Null, err
		}
		return get(self).proxy("close", nil)
	})
	addMethod(t, "__next__", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		return get(self).next()
	})
	selfFn := func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) { return self, nil }
	addMethod(t, "__iter__", selfFn)
	addMethod(t, "__await__", selfFn)
}
