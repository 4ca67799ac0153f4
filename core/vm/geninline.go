package vm

import (
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/opcache"
)

// Generators resumed inside their consumer's eval loop (CPython 3.12's
// FOR_ITER_GEN and SEND_GEN): a FOR_ITER over a generator, or a YIELD_FROM
// (await, yield from) of a generator or coroutine, pushes its frame and
// run continues with it; its YIELD_VALUE gives the value to the consumer's
// stack and continues there (or, below a YIELD_FROM, has the delegating
// frame yield it in turn), its RETURN_VALUE ends the loop or gives
// YIELD_FROM its result. retPC tells the two apart: FOR_ITER's jump
// target, or -1 under a YIELD_FROM.
// What resume does around eval (the generator's exception state, gi_running,
// the recursion level, f_back, the opcache entry count) is done here at each
// switch, so the two ways of resuming cannot be told apart from Python.

// enterGen resumes generator g for a FOR_ITER of frame caller at pc (the
// instruction after FOR_ITER) with the stack top sp (the generator on top)
// and jump argument arg. It returns g's frame, now the running one, or nil
// when the resume must go through resume (finished, running, at the
// recursion limit, or with the eval breaker set: resume reports those).
func (in *Interp) enterGen(caller *Frame, g *genBase, pc, sp, arg int) *Frame {
	f := g.Frame
	if f == nil || g.running || object.RecursionDepth >= object.RecursionLimit || atomic.LoadInt32(&in.breaker) != 0 {
		return nil
	}
	object.RecursionDepth++
	f.Localsplus[f.sp] = object.None // the value sent: GEN_START or the yield's result
	f.sp++
	g.exc.prev = in.excInfo
	in.excInfo = &g.exc
	g.running = true
	caller.pc, caller.sp, caller.inCall = pc, sp, true
	f.retSP, f.retPC, f.genInline = sp+1, pc+arg, g
	f.Back = caller
	in.frame = f
	f.running = true
	if c := opcache.Reenter(in.opcache.rt, f.Code.Cache); c != nil {
		f.oc = c
	} else {
		in.opcacheEnter(f)
	}
	return f
}

// enterSend resumes the generator or coroutine recv with v for a
// YIELD_FROM (an await or yield from) of frame caller at pc (the
// instruction after YIELD_FROM) with the stack top sp (recv on top, v
// popped), as CPython 3.12's SEND_GEN. It returns the frame now running,
// or nil when the step must go through yieldFromStep: another kind of
// receiver, or one resume must refuse or that must count against the
// recursion limit from Go.
func (in *Interp) enterSend(caller *Frame, recv, v object.Value, pc, sp int) *Frame {
	var g *genBase
	switch o := recv.Object().(type) {
	case *Generator:
		g = &o.genBase
	case *Coroutine:
		g = &o.genBase
	case *asyncGenASend:
		return in.enterASend(caller, o, v, pc, sp)
	default:
		return nil
	}
	f := g.Frame
	if f == nil || g.running || (f.Lasti < 0 && !v.IsNone()) || object.RecursionDepth >= object.RecursionLimit ||
		atomic.LoadInt32(&in.breaker) != 0 {
		return nil
	}
	object.RecursionDepth++
	f.Localsplus[f.sp] = v
	f.sp++
	g.young = false // started: nothing to warn about
	g.exc.prev = in.excInfo
	in.excInfo = &g.exc
	g.running = true
	caller.pc, caller.sp, caller.inCall = pc, sp, true
	f.retSP, f.retPC, f.genInline = sp, -1, g
	f.Back = caller
	in.frame = f
	f.running = true
	if c := opcache.Reenter(in.opcache.rt, f.Code.Cache); c != nil {
		f.oc = c
	} else {
		in.opcacheEnter(f)
	}
	return f
}

// enterASend resumes the async generator behind o, an __anext__() or
// asend(v) awaitable, for a YIELD_FROM of frame caller (an `async for`, or
// an await of the awaitable), as enterSend resumes a coroutine: the
// generator's own yield ends the awaitable, its value YIELD_FROM's
// result (yieldGen); what an await inside it yields passes through. It
// returns nil for the cases async_gen_asend_send must report (and for
// those enterSend refuses), which the Go path then takes.
func (in *Interp) enterASend(caller *Frame, o *asyncGenASend, v object.Value, pc, sp int) *Frame {
	a := o.gen
	f := a.Frame
	if f == nil || a.running || o.state == awaitableClosed || object.RecursionDepth >= object.RecursionLimit ||
		atomic.LoadInt32(&in.breaker) != 0 {
		return nil
	}
	if o.state == awaitableInit {
		if a.runningAsync {
			return nil
		}
		if v.IsNull() || v.IsNone() {
			v = o.sendval
			if v.IsNull() {
				v = object.None
			}
		}
	}
	if f.Lasti < 0 && !v.IsNone() {
		return nil
	}
	o.state = awaitableIter
	a.runningAsync = true
	a.inlineASend = o
	g := &a.genBase
	object.RecursionDepth++
	f.Localsplus[f.sp] = v
	f.sp++
	g.exc.prev = in.excInfo
	in.excInfo = &g.exc
	g.running = true
	caller.pc, caller.sp, caller.inCall = pc, sp, true
	f.retSP, f.retPC, f.genInline = sp, -1, g
	f.Back = caller
	in.frame = f
	f.running = true
	if c := opcache.Reenter(in.opcache.rt, f.Code.Cache); c != nil {
		f.oc = c
	} else {
		in.opcacheEnter(f)
	}
	return f
}

// asyncGenOf returns the async generator g is the head of, or nil.
func asyncGenOf(g *genBase) *AsyncGenerator {
	if g.kind != kindAsyncGenerator {
		return nil
	}
	return (*AsyncGenerator)(unsafe.Pointer(g))
}

// suspendGen undoes enterGen when g's frame f stops: the consumer becomes
// the running frame again and is returned.
func (in *Interp) suspendGen(f *Frame) (*Frame, *genBase) {
	g := f.genInline
	caller := f.Back
	f.retSP, f.genInline, f.running, f.Back = 0, nil, false, nil
	in.frame = caller
	caller.inCall = false
	object.RecursionDepth--
	g.running = false
	in.excInfo = g.exc.prev
	g.exc.prev = nil
	return caller, g
}

// yieldGen is YIELD_VALUE (or a YIELD_FROM that yields) of a frame f
// resumed by enterGen or enterSend. After a FOR_ITER the consumer gets v
// on its stack and continues; after a YIELD_FROM the delegating frame
// suspends at its YIELD_FROM and yields v in turn, to its own consumer
// when it runs inline too. It returns the frame to continue in, or nil
// when the frame that yields last is the one run was started with (run
// then returns v as yielded).
func (in *Interp) yieldGen(f *Frame, v object.Value) *Frame {
	for {
		rsp, rpc := f.retSP, f.retPC
		caller, g := in.suspendGen(f)
		if f.nblocks > 0 && !g.tracked {
			in.trackGenerator(g)
		}
		if a := asyncGenOf(g); a != nil && a.inlineASend != nil {
			o := a.inlineASend
			// Not kept while suspended: the generator would reach
			// itself, and Go would never finalize it.
			a.inlineASend = nil
			if a.yieldedValue() {
				// The async generator's own yield (enterASend): the
				// awaitable is done and its StopIteration value is
				// YIELD_FROM's result.
				o.state = awaitableClosed
				a.runningAsync = false
				o.recycle(in)
				rpc = 0
			}
		}
		if rpc >= 0 {
			caller.Localsplus[rsp-1] = v
			caller.sp = rsp
			return caller
		}
		caller.pc-- // back to its YIELD_FROM, which the next resume runs again
		if caller.retSP == 0 {
			return nil
		}
		f = caller
	}
}

// returnGen is RETURN_VALUE, with result r, of a frame f resumed by
// enterGen or enterSend: the generator is finished. A FOR_ITER's loop is
// over (it pops the generator and jumps); a YIELD_FROM's result is r.
func (in *Interp) returnGen(f *Frame, r object.Value) *Frame {
	rsp, rpc := f.retSP, f.retPC
	caller, g := in.suspendGen(f)
	in.finishGen(g, f)
	if a := asyncGenOf(g); a != nil {
		// An async generator run by enterASend ended: its awaitable's
		// YIELD_FROM runs again, with None sent, and the Go path
		// (async_gen_asend_send on a finished generator) raises
		// StopAsyncIteration there.
		a.inlineASend = nil
		caller.Localsplus[rsp] = object.None
		caller.sp = rsp + 1
		caller.pc--
		return caller
	}
	if rpc >= 0 {
		caller.sp = rsp - 2
		caller.pc = rpc
	} else {
		caller.Localsplus[rsp-1] = r
		caller.sp = rsp
	}
	return caller
}

// abandonGen ends a generator frame f resumed by enterGen that an
// exception left; the exception continues in the consumer at its FOR_ITER,
// a StopIteration turned into RuntimeError as resume turns it.
func (in *Interp) abandonGen(f *Frame, err error) error {
	_, g := in.suspendGen(f)
	clear(f.Localsplus[f.stackBase:])
	in.finishGen(g, f)
	err = g.finalError(err)
	if a := asyncGenOf(g); a != nil && a.inlineASend != nil {
		// async_gen_unwrap_value and the awaitable's end, as the Go
		// path does them.
		o := a.inlineASend
		a.inlineASend = nil
		o.state = awaitableClosed
		a.unwrap(object.Null, err)
		o.recycle(in)
	}
	return err
}

// finishGen releases the frame f of generator g, which has returned or
// raised.
func (in *Interp) finishGen(g *genBase, f *Frame) {
	if g.tracked {
		in.untrackGenerator(g)
	}
	g.Frame = nil
	g.exc.exc = object.None
	// Only generator frames have these set; released, the frame may serve
	// a function next.
	f.genFrame, f.genRef = false, weak.Pointer[genBase]{}
	in.releaseFrame(f)
}
