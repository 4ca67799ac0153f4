package vm

import (
	"sync/atomic"
	"weak"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/opcache"
)

// Generators resumed inside their consumer's eval loop (CPython 3.12's
// FOR_ITER_GEN): a FOR_ITER over a generator pushes the generator's frame
// and run continues with it; its YIELD_VALUE gives the value to the
// consumer's stack and continues there, its RETURN_VALUE ends the loop.
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

// yieldGen is YIELD_VALUE of a generator frame f resumed by enterGen:
// the consumer gets v on its stack and continues after its FOR_ITER.
func (in *Interp) yieldGen(f *Frame, v object.Value) *Frame {
	rsp := f.retSP
	caller, g := in.suspendGen(f)
	if f.nblocks > 0 && !g.tracked {
		in.trackGenerator(g)
	}
	caller.Localsplus[rsp-1] = v
	caller.sp = rsp
	return caller
}

// returnGen is RETURN_VALUE of a generator frame f resumed by enterGen:
// the generator is finished and the consumer's loop is over (FOR_ITER
// pops the generator and jumps).
func (in *Interp) returnGen(f *Frame) *Frame {
	rsp, rpc := f.retSP, f.retPC
	caller, g := in.suspendGen(f)
	in.finishGen(g, f)
	caller.sp = rsp - 2
	caller.pc = rpc
	return caller
}

// abandonGen ends a generator frame f resumed by enterGen that an
// exception left; the exception continues in the consumer at its FOR_ITER,
// a StopIteration turned into RuntimeError as resume turns it.
func (in *Interp) abandonGen(f *Frame, err error) error {
	_, g := in.suspendGen(f)
	clear(f.Localsplus[f.stackBase:])
	in.finishGen(g, f)
	return g.finalError(err)
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
