package vm

import (
	"fmt"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// AsyncGenerator is the object calling an `async def` function containing
// yield returns (CPython's PyAsyncGenObject). A value its frame yields at
// its own YIELD_VALUE ends the asend/athrow awaitable with
// StopIteration(value) for the awaiter; anything else the frame yields
// comes from an await inside it and passes through to the event loop.
type AsyncGenerator struct {
	genBase
	finalizer    object.Value // sys.set_asyncgen_hooks' finalizer when first iterated
	hooksInited  bool
	closed       bool
	runningAsync bool // an asend/athrow is in progress (ag_running)
	// inlineASend is the __anext__()/asend() awaitable whose step runs
	// the frame inside the awaiter's eval loop (enterASend), until the
	// frame yields its own value, ends or raises; nil otherwise.
	inlineASend *asyncGenASend
}

// AsyncGeneratorType is the Python type of async generators.
var AsyncGeneratorType = newType("async_generator", nil)

// Type returns AsyncGeneratorType.
func (a *AsyncGenerator) Type() *object.Type { return AsyncGeneratorType }

// PyRepr is repr(async_generator).
func (a *AsyncGenerator) PyRepr() (string, error) {
	return fmt.Sprintf("<async_generator object %s at %#x>", a.Qualname(), object.ObjectID(a)), nil
}

func (in *Interp) newAsyncGenerator(f *Frame, fn *Function) *AsyncGenerator {
	a := &AsyncGenerator{}
	in.initGen(&a.genBase, a, kindAsyncGenerator, f, fn)
	return a
}

// yieldedValue reports whether the generator's frame is suspended at its
// own yield (rather than inside an await that passes a value through to
// the event loop): what CPython marks by wrapping the yielded value in an
// _PyAsyncGenWrappedValue. Asked right after a resume.
func (a *AsyncGenerator) yieldedValue() bool {
	f := a.Frame
	return f != nil && f.Lasti >= 0 && code.Opcode(f.Code.Code[f.Lasti]) == code.YIELD_VALUE
}

// initHooks is async_gen_init_hooks: the first asend/athrow/aclose/__anext__
// records the finalizer and calls firstiter, as the thread state holds them.
func (a *AsyncGenerator) initHooks() error {
	if a.hooksInited {
		return nil
	}
	a.hooksInited = true
	in := a.interp
	a.finalizer = in.AsyncgenFinalizer
	if fi := in.AsyncgenFirstIter; !fi.IsNull() {
		if _, err := in.call(fi, []object.Value{object.FromObject(a)}, nil); err != nil {
			return err
		}
	}
	return nil
}

// unwrap is async_gen_unwrap_value: the generator's own yield ends the
// awaitable (stop: StopIteration(r) for the awaiter); its end is
// StopAsyncIteration.
func (a *AsyncGenerator) unwrap(r object.Value, err error) (object.Value, bool, error) {
	if err != nil {
		if object.ExceptionMatches(err, object.StopAsyncIteration) || object.ExceptionMatches(err, object.GeneratorExit) {
			a.closed = true
		}
		a.runningAsync = false
		return object.Null, false, err
	}
	if a.yieldedValue() {
		a.runningAsync = false
		return r, true, nil
	}
	return r, false, nil
}

// The states of the asend and athrow awaitables.
const (
	awaitableInit = iota
	awaitableIter
	awaitableClosed
)

// asyncGenASend is what __anext__() and asend(v) return.
type asyncGenASend struct {
	gen     *AsyncGenerator
	sendval object.Value // Null for __anext__
	state   int
	// loop: made by GET_ANEXT for an `async for` step, so that only the
	// eval loop holds it; escaped: Python may hold it anyway
	// (gi_yieldfrom, cr_await, ag_await, gc.get_referents of a frame).
	// A done loop awaitable that never escaped is reused (recycle).
	loop, escaped bool
}

// recycle gives a done awaitable made by GET_ANEXT, which no Python code
// has seen, to the interpreter for the next `async for` step (CPython
// keeps a free list of them too). It forgets its generator, which it
// must not keep alive.
func (o *asyncGenASend) recycle(in *Interp) {
	if o.loop && !o.escaped && len(in.freeASends) < 64 {
		o.gen, o.sendval = nil, object.Null
		in.freeASends = append(in.freeASends, o)
	}
}

var asyncGenASendType = newType("async_generator_asend", nil)

func (o *asyncGenASend) Type() *object.Type { return asyncGenASendType }

// step is async_gen_asend_send: stop reports StopIteration(r).
func (o *asyncGenASend) step(arg object.Value) (object.Value, bool, error) {
	if o.state == awaitableClosed {
		return object.Null, false, object.Errorf(object.RuntimeError, "cannot reuse already awaited __anext__()/asend()")
	}
	if o.state == awaitableInit {
		if o.gen.runningAsync {
			return object.Null, false, object.Errorf(object.RuntimeError, "anext(): asynchronous generator is already running")
		}
		if arg.IsNull() || arg.IsNone() {
			arg = o.sendval
		}
		o.state = awaitableIter
	}
	o.gen.runningAsync = true
	r, stop, err := o.gen.unwrap(o.gen.sendEx(arg, nil, false))
	if err != nil || stop {
		o.state = awaitableClosed
		o.recycle(o.gen.interp)
	}
	return r, stop, err
}

func (o *asyncGenASend) throw(typ, val, tb object.Value) (object.Value, bool, error) {
	if o.state == awaitableClosed {
		return object.Null, false, object.Errorf(object.RuntimeError, "cannot reuse already awaited __anext__()/asend()")
	}
	r, stop, err := o.gen.unwrap(o.gen.throw(typ, val, tb, true))
	if err != nil || stop {
		o.state = awaitableClosed
	}
	return r, stop, err
}

func (o *asyncGenASend) amSend(v object.Value) (object.Value, bool, error) { return o.step(v) }

// Next is the iterator step (__next__ without the StopIteration value).
func (o *asyncGenASend) Next() (object.Value, bool, error) {
	r, stop, err := o.step(object.Null)
	return r, !stop && err == nil, err
}

// stopped turns a step's result into the Python method's: a stop is a
// StopIteration carrying its value.
func stopped(r object.Value, stop bool, err error) (object.Value, error) {
	if stop {
		return object.Null, stopIteration(r)
	}
	return r, err
}

// sendToAmSend turns a send() result (a StopIteration error for the end)
// into am_send's shape.
func sendToAmSend(r object.Value, err error) (object.Value, bool, error) {
	if err != nil {
		if object.ExceptionMatches(err, object.StopIteration) {
			return stopIterationValue(err), true, nil
		}
		return object.Null, false, err
	}
	return r, false, nil
}

// nextFromSend turns a send() result into the Go iterator protocol.
func nextFromSend(r object.Value, err error) (object.Value, bool, error) {
	if err != nil {
		if object.ExceptionMatches(err, object.StopIteration) {
			return object.Null, false, nil
		}
		return object.Null, false, err
	}
	return r, true, nil
}

// asyncGenAThrow is what athrow(...) and aclose() return.
type asyncGenAThrow struct {
	gen   *AsyncGenerator
	args  []object.Value // athrow's arguments; nil for aclose()
	state int
}

var asyncGenAThrowType = newType("async_generator_athrow", nil)

func (o *asyncGenAThrow) Type() *object.Type { return asyncGenAThrowType }

func (o *asyncGenAThrow) closeMode() bool { return o.args == nil }

const asyncGenIgnoredExit = "async generator ignored GeneratorExit"

// step is async_gen_athrow_send: stop reports StopIteration(r).
func (o *asyncGenAThrow) step(arg object.Value) (object.Value, bool, error) {
	gen := o.gen
	if o.state == awaitableClosed {
		return object.Null, false, object.Errorf(object.RuntimeError, "cannot reuse already awaited aclose()/athrow()")
	}
	if gen.Frame == nil {
		o.state = awaitableClosed
		return object.None, true, nil
	}
	if o.state == awaitableInit {
		if gen.runningAsync {
			o.state = awaitableClosed
			if o.closeMode() {
				return object.Null, false, object.Errorf(object.RuntimeError, "aclose(): asynchronous generator is already running")
			}
			return object.Null, false, object.Errorf(object.RuntimeError, "athrow(): asynchronous generator is already running")
		}
		if gen.closed {
			o.state = awaitableClosed
			return object.Null, false, object.NewException(object.StopAsyncIteration)
		}
		if !arg.IsNull() && !arg.IsNone() {
			return object.Null, false, object.Errorf(object.RuntimeError, "can't send non-None value to a just-started coroutine")
		}
		o.state = awaitableIter
		gen.runningAsync = true
		if o.closeMode() {
			gen.closed = true
			r, err := gen.throw(object.FromObject(object.GeneratorExit), object.Null, object.Null, false)
			if err != nil {
				return o.checkError(err)
			}
			if gen.yieldedValue() {
				return o.yieldClose()
			}
			return r, false, nil
		}
		if err := object.CheckPositional("athrow", len(o.args), 1, 3); err != nil {
			return object.Null, false, err
		}
		typ, val, tb := o.args[0], object.Null, object.Null
		if len(o.args) > 1 {
			val = o.args[1]
		}
		if len(o.args) > 2 {
			tb = o.args[2]
		}
		r, stop, err := gen.unwrap(gen.throw(typ, val, tb, false))
		if err != nil {
			return o.checkError(err)
		}
		if stop {
			// check_error with the StopIteration unwrap set.
			gen.runningAsync = false
			o.state = awaitableClosed
		}
		return r, stop, nil
	}
	r, err := gen.sendEx(arg, nil, false)
	if !o.closeMode() {
		return gen.unwrap(r, err)
	}
	if err != nil {
		return o.checkError(err)
	}
	if gen.yieldedValue() {
		return o.yieldClose()
	}
	return r, false, nil
}

// yieldClose: the generator yielded while being closed.
func (o *asyncGenAThrow) yieldClose() (object.Value, bool, error) {
	o.gen.runningAsync = false
	o.state = awaitableClosed
	return object.Null, false, object.Errorf(object.RuntimeError, asyncGenIgnoredExit)
}

// checkError: aclose() ends quietly (StopIteration) when the generator
// stopped or let GeneratorExit through.
func (o *asyncGenAThrow) checkError(err error) (object.Value, bool, error) {
	o.gen.runningAsync = false
	o.state = awaitableClosed
	if o.closeMode() && (object.ExceptionMatches(err, object.StopAsyncIteration) || object.ExceptionMatches(err, object.GeneratorExit)) {
		return object.None, true, nil
	}
	return object.Null, false, err
}

func (o *asyncGenAThrow) throw(typ, val, tb object.Value) (object.Value, bool, error) {
	if o.state == awaitableClosed {
		return object.Null, false, object.Errorf(object.RuntimeError, "cannot reuse already awaited aclose()/athrow()")
	}
	r, err := o.gen.throw(typ, val, tb, true)
	if !o.closeMode() {
		return o.gen.unwrap(r, err)
	}
	if err == nil {
		if o.gen.yieldedValue() {
			return o.yieldClose()
		}
		return r, false, nil
	}
	if object.ExceptionMatches(err, object.StopAsyncIteration) || object.ExceptionMatches(err, object.GeneratorExit) {
		return object.None, true, nil
	}
	return object.Null, false, err
}

func (o *asyncGenAThrow) amSend(v object.Value) (object.Value, bool, error) {
	if v.IsNull() {
		v = object.None
	}
	return o.step(v)
}

// Next is the iterator step (__next__ without the StopIteration value).
func (o *asyncGenAThrow) Next() (object.Value, bool, error) {
	r, stop, err := o.step(object.None)
	return r, !stop && err == nil, err
}

func initAsyncGenTypes() {
	ag := func(v object.Value) *AsyncGenerator { return v.Object().(*AsyncGenerator) }
	base := func(v object.Value) *genBase { return &ag(v).genBase }
	t := AsyncGeneratorType
	addMethod(t, "asend", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.ExactlyOne("asend", args, kwnames); err != nil {
			return object.Null, err
		}
		a := ag(self)
		if err := a.initHooks(); err != nil {
			return object.Null, err
		}
		return object.FromObject(&asyncGenASend{gen: a, sendval: args[0]}), nil
	})
	addMethod(t, "athrow", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoKwargs("athrow", kwnames); err != nil {
			return object.Null, err
		}
		a := ag(self)
		if err := a.initHooks(); err != nil {
			return object.Null, err
		}
		return object.FromObject(&asyncGenAThrow{gen: a, args: append([]object.Value{}, args...)}), nil
	})
	addMethod(t, "aclose", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoArgs("aclose", args, kwnames); err != nil {
			return object.Null, err
		}
		a := ag(self)
		if err := a.initHooks(); err != nil {
			return object.Null, err
		}
		return object.FromObject(&asyncGenAThrow{gen: a}), nil
	})
	addMethod(t, "__aiter__", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoArgs("__aiter__", args, kwnames); err != nil {
			return object.Null, err
		}
		return self, nil
	})
	addMethod(t, "__anext__", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoArgs("__anext__", args, kwnames); err != nil {
			return object.Null, err
		}
		return ag(self).anext()
	})
	t.AddClassMethod("__class_getitem__", func(cls object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.ExactlyOne("__class_getitem__", args, kwnames); err != nil {
			return object.Null, err
		}
		return object.NewGenericAlias(cls, args[0]), nil
	})
	genNameAttrs(t, base)
	genFrameAttrs(t, "ag", "ag_await", base, false)
	addGetter(t, "ag_running", func(self object.Value) (object.Value, error) { return object.Bool(ag(self).runningAsync), nil })
	setDocs(t, asyncGenDocs)

	awaitableMethods(asyncGenASendType,
		func(self object.Value, v object.Value) (object.Value, error) {
			return stopped(self.Object().(*asyncGenASend).step(v))
		},
		func(self object.Value, typ, val, tb object.Value) (object.Value, error) {
			return stopped(self.Object().(*asyncGenASend).throw(typ, val, tb))
		},
		func(self object.Value) { self.Object().(*asyncGenASend).state = awaitableClosed })
	awaitableMethods(asyncGenAThrowType,
		func(self object.Value, v object.Value) (object.Value, error) {
			if v.IsNull() {
				v = object.None
			}
			return stopped(self.Object().(*asyncGenAThrow).step(v))
		},
		func(self object.Value, typ, val, tb object.Value) (object.Value, error) {
			return stopped(self.Object().(*asyncGenAThrow).throw(typ, val, tb))
		},
		func(self object.Value) { self.Object().(*asyncGenAThrow).state = awaitableClosed })
	setDocs(asyncGenASendType, awaitableDocs)
	setDocs(asyncGenAThrowType, awaitableDocs)
	initAnextAwaitableType()
}

// anext is __anext__ (async_gen_anext).
func (a *AsyncGenerator) anext() (object.Value, error) {
	if err := a.initHooks(); err != nil {
		return object.Null, err
	}
	return object.FromObject(&asyncGenASend{gen: a}), nil
}

// anextForLoop is __anext__ for GET_ANEXT (an `async for` step), whose
// awaitable only the eval loop sees until it is done: the previous
// step's is reused when it is done and was never seen from Python.
func (a *AsyncGenerator) anextForLoop() (object.Value, error) {
	if err := a.initHooks(); err != nil {
		return object.Null, err
	}
	in := a.interp
	if n := len(in.freeASends); n > 0 {
		o := in.freeASends[n-1]
		in.freeASends[n-1] = nil
		in.freeASends = in.freeASends[:n-1]
		o.gen, o.state = a, awaitableInit
		return object.FromObject(o), nil
	}
	return object.FromObject(&asyncGenASend{gen: a, loop: true}), nil
}

// awaitableMethods installs send, throw, close, __next__, __iter__ and
// __await__ (both returning self) on an awaitable iterator type.
func awaitableMethods(t *object.Type, send func(self, v object.Value) (object.Value, error),
	throw func(self, typ, val, tb object.Value) (object.Value, error), close func(self object.Value)) {
	addMethod(t, "send", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.ExactlyOne("send", args, kwnames); err != nil {
			return object.Null, err
		}
		return send(self, args[0])
	})
	addMethod(t, "throw", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		typ, val, tb, err := throwParams("throw", args, kwnames)
		if err != nil {
			return object.Null, err
		}
		return throw(self, typ, val, tb)
	})
	addMethod(t, "close", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoArgs("close", args, kwnames); err != nil {
			return object.Null, err
		}
		close(self)
		return object.None, nil
	})
	addMethod(t, "__next__", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		return send(self, object.Null)
	})
	self := func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) { return self, nil }
	addMethod(t, "__iter__", self)
	addMethod(t, "__await__", self)
}
