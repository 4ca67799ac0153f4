package vm

import (
	"fmt"
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/opcache"
)

// genKind tells which of CPython's three frame-owning iterators a genBase
// is: they share gen_send_ex and differ in their messages and protocols.
type genKind uint8

const (
	kindGenerator genKind = iota
	kindCoroutine
	kindAsyncGenerator
)

// names of the kinds as CPython's messages spell them.
var genKindNames = [...]string{"generator", "coroutine", "async generator"}

// genBase is what generators, coroutines and async generators share
// (CPython's PyGenObject head): a suspended frame and the state needed to
// resume it. Calling a generator function makes one without running any
// code; each resume pushes the sent value onto the frame's stack (GEN_START
// pops the first) and re-enters the eval loop at the saved pc.
type genBase struct {
	Frame *Frame // nil once finished
	Code  *code.Code
	// names are __name__ and __qualname__ when they are not the code's
	// (the function was renamed, or they were set), or were asked for;
	// nil otherwise: a generator is made per call, and most never show
	// their names.
	names   *genNames
	running bool
	// tracked: has a finalizer that closes it when dropped (lifecycle.go):
	// a generator suspended inside a try/with block, or a coroutine.
	tracked bool
	// young: a coroutine not yet started and not yet tracked, listed in
	// lifeState.young until it starts or the list is flushed.
	young     bool
	finalized bool // its finalizer ran: never again (PEP 442)
	kind      genKind
	seq       uint64  // creation order, for finalizing in CPython's order
	exc       excItem // the generator's own handled-exception state
	interp    *Interp
}

// genNames are a generator's __name__ and __qualname__, and the str
// objects they gave out or were set to (nil until then).
type genNames struct {
	name, qualname       string
	nameObj, qualnameObj *object.Str
	// origin is a coroutine's cr_origin: where it was made, when
	// sys.set_coroutine_origin_tracking_depth asked for it; Null otherwise.
	origin object.Value
}

// Qualname is the generator's __qualname__.
func (g *genBase) Qualname() string {
	if g.names != nil {
		return g.names.qualname
	}
	return g.Code.Qualname
}

// ownNames returns g.names, made from the code's names.
func (g *genBase) ownNames() *genNames {
	if g.names == nil {
		g.names = &genNames{name: g.Code.Name, qualname: g.Code.Qualname}
	}
	return g.names
}

// outer returns the Generator, Coroutine or AsyncGenerator that g is the
// first field of. (A pointer back to it from g would make the object reach
// itself, and Go never runs the finalizer of an object that does.)
func (g *genBase) outer() object.Object {
	switch g.kind {
	case kindCoroutine:
		return (*Coroutine)(unsafe.Pointer(g))
	case kindAsyncGenerator:
		return (*AsyncGenerator)(unsafe.Pointer(g))
	}
	return (*Generator)(unsafe.Pointer(g))
}

func init() {
	if unsafe.Offsetof(Generator{}.genBase) != 0 || unsafe.Offsetof(Coroutine{}.genBase) != 0 ||
		unsafe.Offsetof(AsyncGenerator{}.genBase) != 0 {
		panic("vm: genBase must be the first field of the generator types")
	}
}

// Generator is a generator object.
type Generator struct {
	genBase
}

// GeneratorType is the Python type of generators.
var GeneratorType = newType("generator", nil)

// Type returns GeneratorType.
func (g *Generator) Type() *object.Type { return GeneratorType }

// String returns the generator's repr.
func (g *Generator) String() string {
	return fmt.Sprintf("<generator object %s at %#x>", g.Qualname(), object.ObjectID(g))
}

// PyRepr is repr(generator).
func (g *Generator) PyRepr() (string, error) { return g.String(), nil }

// isIterableCoroutine reports whether a generator was made by a function
// decorated with types.coroutine (CO_ITERABLE_COROUTINE): await accepts it.
func (g *Generator) isIterableCoroutine() bool { return g.Code.Flags&code.CoIterableCorout != 0 }

// initGen makes g own frame f. The frame goes back to the interpreter's
// free list when the generator finishes, unless something else came to
// refer to it (gi_frame, a traceback, sys._getframe mark it escaped).
func (in *Interp) initGen(g *genBase, self object.Object, kind genKind, f *Frame, fn *Function) {
	*g = genBase{Frame: f, Code: f.Code, interp: in, seq: in.life.nextSeq(), kind: kind}
	if name, qualname := fn.Name(), fn.Qualname(); name != f.Code.Name || qualname != f.Code.Qualname {
		g.names = &genNames{name: name, qualname: qualname}
	}
	g.exc.exc = object.None
	// The frame does not point back at its generator either.
	f.genFrame = true
	if kind == kindCoroutine {
		// A coroutine dropped before it is awaited warns (CPython's
		// "coroutine ... was never awaited"), so it needs a finalizer
		// until it starts; most are awaited at once, so the finalizer
		// is given only to those still unstarted when the list of young
		// coroutines is flushed (registering one costs more than the
		// whole call).
		in.life.addYoung(g)
	}
}

func (in *Interp) newGenerator(f *Frame, fn *Function) *Generator {
	g := &Generator{}
	in.initGen(&g.genBase, g, kindGenerator, f, fn)
	return g
}

// resume is CPython's gen_send_ex2: it runs the frame until it yields
// (done false) or finishes (done true, r is the return value). pending,
// when not nil, is thrown into the frame instead of sending v; closing
// marks the resume that close() makes (an exhausted coroutine is then not
// an error).
func (g *genBase) resume(v object.Value, pending error, closing bool) (r object.Value, done bool, err error) {
	f, in := g.Frame, g.interp
	if pending == nil && f != nil && !g.running && (f.Lasti >= 0 || v.IsNone() || v.IsNull()) &&
		object.RecursionDepth < object.RecursionLimit && atomic.LoadInt32(&in.breaker) == 0 {
		r, yielded, err := g.step(f, v)
		return r, !yielded && err == nil, err
	}
	if f != nil && f.Lasti < 0 && pending == nil && !v.IsNone() && !v.IsNull() {
		return object.Null, false, object.Errorf(object.TypeError, "can't send non-None value to a just-started %s", genKindNames[g.kind])
	}
	if g.running {
		return object.Null, false, object.Errorf(object.ValueError, "%s already executing", genKindNames[g.kind])
	}
	if f == nil {
		if g.kind == kindCoroutine && !closing {
			return object.Null, false, object.Errorf(object.RuntimeError, "cannot reuse already awaited coroutine")
		}
		if pending != nil {
			return object.Null, false, pending
		}
		return object.None, true, nil
	}
	if pending == nil {
		if v.IsNull() {
			v = object.None
		}
		f.Localsplus[f.sp] = v
		f.sp++
	}
	if pending != nil {
		// _PyErr_ChainStackItem: what is thrown in takes as __context__
		// the exception the generator itself is handling, if any, and
		// nothing from its caller.
		if e := object.AsException(pending); e != nil {
			if own, ok := g.exc.exc.Object().(*object.BaseException); ok {
				chainContextTo(e, own)
			}
			in.thrown = true
		}
	}
	g.young = false // started, or closed: nothing to warn about
	g.exc.prev = in.excInfo
	in.excInfo = &g.exc
	g.running = true
	r, yielded, err := in.eval(f, pending)
	in.thrown = false
	g.running = false
	// Generators return to whoever resumes them next: CPython clears
	// f_back when the frame suspends or ends.
	f.Back = nil
	in.excInfo = g.exc.prev
	g.exc.prev = nil
	if yielded {
		if f.nblocks > 0 && (!g.tracked || f.escaped) {
			g.suspendedInBlock(f)
		}
		return r, false, nil
	}
	in.finishGen(g, f)
	if err != nil {
		return object.Null, false, g.finalError(err)
	}
	return r, true, nil
}

// step is resume for the common case (nothing thrown in, the frame
// suspended or not started, not running, below the recursion limit, no
// eval breaker pending): resume's and eval's work around run in one
// function, the cost of every value a generator gives Go (sum, list, zip
// of a generator) and of every send() or await from Go. It returns the
// value yielded (yielded true), or the return value or the error.
func (g *genBase) step(f *Frame, v object.Value) (r object.Value, yielded bool, err error) {
	in := g.interp
	object.RecursionDepth++
	if v.IsNull() {
		v = object.None
	}
	f.Localsplus[f.sp] = v
	f.sp++
	g.young = false // started: nothing to warn about
	g.exc.prev = in.excInfo
	in.excInfo = &g.exc
	g.running = true
	f.Back = in.frame
	in.frame = f
	f.running = true
	if c := opcache.Reenter(in.opcache.rt, f.Code.Cache); c != nil {
		f.oc = c
	} else {
		in.opcacheEnter(f)
	}
	r, why, err := in.run(f)
	if why >= whyError {
		r, why, err = in.unwind(f, why, err)
	}
	f.running = false
	in.frame = f.Back
	// Generators return to whoever resumes them next: CPython clears
	// f_back when the frame suspends or ends.
	f.Back = nil
	object.RecursionDepth--
	g.running = false
	in.excInfo = g.exc.prev
	g.exc.prev = nil
	if why == whyYield {
		if f.nblocks > 0 && (!g.tracked || f.escaped) {
			g.suspendedInBlock(f)
		}
		return r, true, nil
	}
	if err != nil {
		// A traceback may keep the frame, but not the values its
		// stack held (CPython pops them while unwinding).
		clear(f.Localsplus[f.stackBase:])
	}
	in.finishGen(g, f)
	if err != nil {
		return object.Null, false, g.finalError(err)
	}
	return r, false, nil
}

// suspendedInBlock is a generator's suspension inside a try, with or
// except block, whose handler closing it would run: it gets a finalizer,
// and if its frame was seen from Python (a traceback made while it ran,
// sys._getframe) the frame learns its generator, so that frame.clear()
// (traceback.clear_frames, as assertRaises calls it) closes it as CPython
// does instead of leaving it to resume with its locals gone.
func (g *genBase) suspendedInBlock(f *Frame) {
	if !g.tracked {
		g.interp.trackGenerator(g)
	}
	if f.escaped && f.genRef.Value() == nil {
		f.genRef = weak.Make(g)
	}
}

// finalError is the error a generator that raised err gives its caller:
// a StopIteration (StopAsyncIteration from an async generator) leaving
// the frame becomes RuntimeError (PEP 479).
func (g *genBase) finalError(err error) error {
	if object.ExceptionMatches(err, object.StopIteration) {
		return runtimeErrorFromCause(err, genKindNames[g.kind]+" raised StopIteration")
	}
	if g.kind == kindAsyncGenerator && object.ExceptionMatches(err, object.StopAsyncIteration) {
		return runtimeErrorFromCause(err, "async generator raised StopAsyncIteration")
	}
	return err
}

// runtimeErrorFromCause is _PyErr_FormatFromCause(RuntimeError, msg): the
// new error's __cause__ and __context__ are err.
func runtimeErrorFromCause(err error, msg string) error {
	e := object.NewException(object.RuntimeError, object.NewStr(msg))
	cause := object.FromObject(object.AsException(err))
	e.Cause, e.Context, e.SuppressContext = cause, cause, true
	return e
}

// amSend is CPython's am_send slot (PyGen_am_send): one step of YIELD_FROM
// into a generator, coroutine or async generator.
func (g *genBase) amSend(v object.Value) (object.Value, bool, error) {
	return g.resume(v, nil, false)
}

// sendEx is gen_send_ex: a finished frame becomes StopIteration carrying
// the return value (StopAsyncIteration for async generators).
func (g *genBase) sendEx(v object.Value, pending error, closing bool) (object.Value, error) {
	r, done, err := g.resume(v, pending, closing)
	if err != nil {
		return object.Null, err
	}
	if done {
		if g.kind == kindAsyncGenerator {
			return object.Null, object.NewException(object.StopAsyncIteration)
		}
		return object.Null, stopIteration(r)
	}
	return r, nil
}

// yieldFrom returns the iterator a suspended `yield from` (or await)
// delegates to (CPython's _PyGen_yf).
func (g *genBase) yieldFrom() object.Value {
	f := g.Frame
	if f == nil || f.Lasti < 0 || g.running || f.pc >= len(f.Code.Code) {
		return object.Null
	}
	if code.Opcode(f.Code.Code[f.pc]) != code.YIELD_FROM {
		return object.Null
	}
	return f.Localsplus[f.sp-1]
}

// Send is generator.send(v): the next yielded value, or StopIteration with
// the return value.
func (g *genBase) Send(v object.Value) (object.Value, error) {
	return g.sendEx(v, nil, false)
}

// Next is the iterator step used by FOR_ITER and next(): ok is false when
// the generator is exhausted (no StopIteration object is made).
// next is next(g) without the Go path: the value yielded, or the return
// value (yielded false) once g finishes, or Null when g must be resumed by
// resume (finished, running, at the recursion limit, the eval breaker
// set), which reports those cases.
func (g *Generator) next() (r object.Value, yielded bool, err error) {
	if f := g.Frame; f != nil && !g.running && object.RecursionDepth < object.RecursionLimit && atomic.LoadInt32(&g.interp.breaker) == 0 {
		return g.step(f, object.None)
	}
	return object.Null, false, nil
}

// NoLengthHint tells object.LengthHint that a generator has neither
// __len__ nor __length_hint__: list(g) and tuple(g) do not look for them.
func (g *Generator) NoLengthHint() {}

func (g *Generator) Next() (object.Value, bool, error) {
	if f := g.Frame; f != nil && !g.running && object.RecursionDepth < object.RecursionLimit && atomic.LoadInt32(&g.interp.breaker) == 0 {
		r, yielded, err := g.step(f, object.None)
		if !yielded {
			r = object.Null
		}
		return r, yielded, err
	}
	r, done, err := g.resume(object.Null, nil, false)
	if err != nil || done {
		return object.Null, false, err
	}
	return r, true, nil
}

// stopIteration is _PyGen_SetStopIterationValue: StopIteration whose
// value is v (a tuple or exception stays whole).
func stopIteration(v object.Value) error {
	if v.IsNone() || v.IsNull() {
		return object.NewException(object.StopIteration)
	}
	return object.NewException(object.StopIteration, v)
}

// Throw is generator.throw(typ[, val[, tb]]): the exception is raised at
// the suspended yield (or passed on to the iterator a `yield from` is
// delegating to). Absent arguments are Null.
func (g *genBase) Throw(typ, val, tb object.Value) (object.Value, error) {
	return g.throw(typ, val, tb, true)
}

// throw is CPython's _gen_throw. The arguments reach a delegated-to
// iterator's throw() as given; they are checked and made an exception only
// where the exception is raised. closeOnGenExit is false for the throws an
// async generator's athrow()/aclose() make: a GeneratorExit is then passed
// on to the awaited object instead of closing it.
func (g *genBase) throw(typ, val, tb object.Value, closeOnGenExit bool) (object.Value, error) {
	in := g.interp
	if yf := g.yieldFrom(); !yf.IsNull() {
		if closeOnGenExit && givenExceptionMatches(typ, object.GeneratorExit) {
			g.running = true
			err := in.closeIter(yf)
			g.running = false
			if err != nil {
				return g.sendEx(object.None, err, false)
			}
			return g.throwHere(typ, val, tb)
		}
		var r object.Value
		var err error
		if sub := asGenBase(yf); sub != nil && sub.kind != kindAsyncGenerator {
			// The sub-generator's frame links back to this one, as
			// CPython makes tstate->frame the delegating frame.
			f := g.Frame
			f.Back = in.frame
			in.frame = f
			g.running, f.running = true, true
			r, err = sub.throw(typ, val, tb, closeOnGenExit)
			g.running, f.running = false, false
			in.frame = f.Back
			f.Back = nil
		} else {
			meth, merr := object.GetAttrString(yf, "throw")
			if merr != nil {
				if !object.ExceptionMatches(merr, object.AttributeError) {
					return object.Null, merr
				}
				return g.throwHere(typ, val, tb)
			}
			// PyObject_CallFunctionObjArgs stops at the first absent
			// argument.
			args := []object.Value{typ}
			if !val.IsNull() {
				args = append(args, val)
				if !tb.IsNull() {
					args = append(args, tb)
				}
			}
			g.running = true
			r, err = in.call(meth, args, nil)
			g.running = false
		}
		if err == nil {
			return r, nil
		}
		// The delegation ended: pop the sub-iterator and step past
		// YIELD_FROM, then resume with its value or its exception.
		f := g.Frame
		f.sp--
		f.Localsplus[f.sp] = object.Null
		f.pc++
		if object.ExceptionMatches(err, object.StopIteration) {
			return g.sendEx(stopIterationValue(err), nil, false)
		}
		return g.sendEx(object.None, err, false)
	}
	return g.throwHere(typ, val, tb)
}

// throwHere is _gen_throw's throw_here: the arguments become an exception
// raised at the frame's suspension point.
func (g *genBase) throwHere(typ, val, tb object.Value) (object.Value, error) {
	exc, err := g.interp.throwArgs(typ, val, tb)
	if err != nil {
		return object.Null, err
	}
	return g.sendEx(object.None, exc, false)
}

// givenExceptionMatches is PyErr_GivenExceptionMatches for one class: v
// is an exception class or instance.
func givenExceptionMatches(v object.Value, t *object.Type) bool {
	switch o := v.Object().(type) {
	case *object.Type:
		return o.IsSubtype(t)
	case *object.BaseException:
		return o.Class.IsSubtype(t)
	}
	return false
}

// stopIterationValue is the value a StopIteration error carries.
func stopIterationValue(err error) object.Value {
	if e := object.AsException(err); e != nil && !e.Value.IsNull() {
		return e.Value
	}
	return object.None
}

// Close is generator.close(): GeneratorExit is thrown in; a generator that
// yields again is an error.
func (g *genBase) Close() error {
	var err error
	if yf := g.yieldFrom(); !yf.IsNull() {
		g.running = true
		err = g.interp.closeIter(yf)
		g.running = false
	}
	if err == nil {
		err = object.NewException(object.GeneratorExit)
	}
	_, err = g.sendEx(object.None, err, true)
	if err == nil {
		return object.Errorf(object.RuntimeError, "%s ignored GeneratorExit", genKindNames[g.kind])
	}
	if object.ExceptionMatches(err, object.GeneratorExit) || object.ExceptionMatches(err, object.StopIteration) {
		return nil
	}
	return err
}

// asGenBase returns the shared part of a generator or coroutine (or async
// generator), or nil.
func asGenBase(v object.Value) *genBase {
	switch o := v.Object().(type) {
	case *Generator:
		return &o.genBase
	case *Coroutine:
		return &o.genBase
	case *AsyncGenerator:
		return &o.genBase
	}
	return nil
}

// closeIter is gen_close_iter: close() on the iterator a yield from
// delegates to.
func (in *Interp) closeIter(yf object.Value) error {
	if sub := asGenBase(yf); sub != nil && sub.kind != kindAsyncGenerator {
		return sub.Close()
	}
	meth, err := object.GetAttrString(yf, "close")
	if err != nil {
		if !object.ExceptionMatches(err, object.AttributeError) {
			in.writeUnraisable(err, yf)
		}
		return nil
	}
	_, err = in.call(meth, nil, nil)
	return err
}

// writeUnraisable is PyErr_WriteUnraisable(obj): WriteUnraisable with
// the default message.
func (in *Interp) writeUnraisable(err error, obj object.Value) {
	in.WriteUnraisable(err, "", obj)
}

// amSender is CPython's am_send slot: objects the eval loop's YIELD_FROM
// sends into directly. done reports that the object finished with r as its
// result (what a StopIteration would carry).
type amSender interface {
	amSend(v object.Value) (r object.Value, done bool, err error)
}

// yieldFromStep is one step of YIELD_FROM (CPython's PyIter_Send): v is
// sent to the receiver; done reports that the receiver finished and r is
// its return value.
func (in *Interp) yieldFromStep(receiver, v object.Value) (r object.Value, done bool, err error) {
	if li, ok := receiver.Object().(*object.ListIterator); ok && v.IsNone() {
		// yield from a list: its tp_iternext at once, without the
		// interface checks below.
		if r, ok := li.Step(); ok {
			return r, false, nil
		}
		li.Next() // exhausted: drops the list
		return object.None, true, nil
	}
	if s, ok := receiver.Object().(amSender); ok {
		return s.amSend(v)
	}
	if v.IsNone() && isIterator(receiver) {
		r, ok, err := iterNextValue(receiver)
		if err != nil {
			return object.Null, false, err
		}
		if !ok {
			return r, true, nil
		}
		return r, false, nil
	}
	meth, err := object.GetAttrString(receiver, "send")
	if err != nil {
		return object.Null, false, err
	}
	r, err = in.call(meth, []object.Value{v}, nil)
	if err != nil {
		if object.ExceptionMatches(err, object.StopIteration) {
			return stopIterationValue(err), true, nil
		}
		return object.Null, false, err
	}
	return r, false, nil
}

// isIterator is PyIter_Check.
func isIterator(v object.Value) bool {
	if _, ok := v.Object().(object.Iterator); ok {
		return true
	}
	return v.Kind() == object.KindObject && !object.TypeOf(v).Lookup(strNext).IsNull()
}

// finalizeGen is _PyGen_Finalize: what dropping the last reference to a
// suspended generator, coroutine or async generator does.
func (in *Interp) finalizeGen(g *genBase) error {
	if g.Frame == nil {
		return nil
	}
	if ag, ok := g.outer().(*AsyncGenerator); ok && !ag.finalizer.IsNull() && !ag.closed {
		_, err := in.call(ag.finalizer, []object.Value{object.FromObject(ag)}, nil)
		return err
	}
	if g.kind == kindCoroutine && g.Frame.Lasti < 0 {
		in.warnUnawaitedCoroutine(g.outer().(*Coroutine))
		return nil
	}
	return g.Close()
}
