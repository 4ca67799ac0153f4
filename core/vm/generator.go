package vm

import (
	"fmt"
	"io"
	"sort"
	"weak"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// Generator is a generator object: a suspended frame and the state needed
// to resume it. Calling a generator function makes one without running any
// code; each resume pushes the sent value onto the frame's stack (GEN_START
// pops the first) and re-enters the eval loop at the saved pc.
type Generator struct {
	Frame    *Frame // nil once finished
	Code     *code.Code
	Name     string
	Qualname string
	running  bool
	tracked  bool    // suspended inside a try/with: closed at exit if still alive
	seq      uint64  // creation order, for closing at exit
	exc      excItem // the generator's own handled-exception state
	interp   *Interp
}

// GeneratorType is the Python type of generators.
var GeneratorType = newType("generator", nil)

// Type returns GeneratorType.
func (g *Generator) Type() *object.Type { return GeneratorType }

// String returns the generator's repr.
func (g *Generator) String() string {
	return fmt.Sprintf("<generator object %s at %#x>", g.Qualname, object.ObjectID(g))
}

func (in *Interp) newGenerator(f *Frame, fn *Function) *Generator {
	f.escaped = true
	in.genSeq++
	g := &Generator{Frame: f, Code: f.Code, Name: fn.Name, Qualname: fn.Qualname, interp: in, seq: in.genSeq}
	g.exc.exc = object.None
	f.gen = g
	return g
}

// resume runs the generator until it yields (done false) or finishes (done
// true, v is the return value). pending, when not nil, is thrown into the
// frame instead of sending v.
func (g *Generator) resume(v object.Value, pending error) (r object.Value, done bool, err error) {
	if g.running {
		return object.Null, false, object.Errorf(object.ValueError, "generator already executing")
	}
	f := g.Frame
	if f == nil {
		if pending != nil {
			return object.Null, false, pending
		}
		return object.None, true, nil
	}
	if f.Lasti < 0 && pending == nil && !v.IsNone() {
		return object.Null, false, object.Errorf(object.TypeError, "can't send non-None value to a just-started generator")
	}
	if pending == nil {
		f.Localsplus[f.sp] = v
		f.sp++
	}
	in := g.interp
	g.exc.prev = in.excInfo
	in.excInfo = &g.exc
	g.running = true
	r, yielded, err := in.eval(f, pending)
	g.running = false
	in.excInfo = g.exc.prev
	g.exc.prev = nil
	if yielded {
		if f.nblocks > 0 && !g.tracked {
			in.trackGenerator(g)
		}
		return r, false, nil
	}
	if g.tracked {
		in.untrackGenerator(g)
	}
	g.Frame = nil
	f.gen = nil
	if err != nil {
		if object.ExceptionMatches(err, object.StopIteration) {
			e := object.NewException(object.RuntimeError, object.NewStr("generator raised StopIteration"))
			cause := object.FromObject(object.AsException(err))
			e.Cause, e.Context, e.SuppressContext = cause, cause, true
			return object.Null, false, e
		}
		return object.Null, false, err
	}
	return r, true, nil
}

// yieldFrom returns the iterator a suspended `yield from` delegates to.
func (g *Generator) yieldFrom() object.Value {
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
func (g *Generator) Send(v object.Value) (object.Value, error) {
	r, done, err := g.resume(v, nil)
	if err != nil {
		return object.Null, err
	}
	if done {
		return object.Null, stopIteration(r)
	}
	return r, nil
}

// Next is the iterator step used by FOR_ITER and next(): ok is false when
// the generator is exhausted (no StopIteration object is made).
func (g *Generator) Next() (object.Value, bool, error) {
	r, done, err := g.resume(object.None, nil)
	if err != nil || done {
		return object.Null, false, err
	}
	return r, true, nil
}

func stopIteration(v object.Value) error {
	if v.IsNone() || v.IsNull() {
		return object.NewException(object.StopIteration)
	}
	return object.NewException(object.StopIteration, v)
}

// Throw is generator.throw(exc): the exception is raised at the suspended
// yield (or passed on to the iterator a `yield from` is delegating to).
func (g *Generator) Throw(exc *object.BaseException) (object.Value, error) {
	in := g.interp
	if yf := g.yieldFrom(); !yf.IsNull() {
		if exc.Class.IsSubtype(object.GeneratorExit) {
			g.running = true
			err := closeIter(yf)
			g.running = false
			if err != nil {
				return g.throwHere(object.AsException(err))
			}
			return g.throwHere(exc)
		}
		var r object.Value
		var err error
		g.running = true
		if sub, ok := yf.Object().(*Generator); ok {
			r, err = sub.Throw(exc)
		} else {
			meth, merr := object.GetAttrString(yf, "throw")
			if merr != nil {
				g.running = false
				if !object.ExceptionMatches(merr, object.AttributeError) {
					return g.throwHere(object.AsException(merr))
				}
				return g.throwHere(exc)
			}
			r, err = in.call(meth, []object.Value{object.FromObject(exc.Class), object.FromObject(exc), tbValue(exc.Traceback)}, nil)
		}
		g.running = false
		if err == nil {
			return r, nil
		}
		f := g.Frame
		f.sp--
		f.Localsplus[f.sp] = object.Null
		f.pc++
		if object.ExceptionMatches(err, object.StopIteration) {
			return g.Send(object.AsException(err).Value)
		}
		return g.throwHere(object.AsException(err))
	}
	return g.throwHere(exc)
}

func (g *Generator) throwHere(exc *object.BaseException) (object.Value, error) {
	r, done, err := g.resume(object.None, exc)
	if err != nil {
		return object.Null, err
	}
	if done {
		return object.Null, stopIteration(r)
	}
	return r, nil
}

// Close is generator.close(): GeneratorExit is thrown in; a generator that
// yields again is an error.
func (g *Generator) Close() error {
	if g.Frame == nil {
		return nil
	}
	if yf := g.yieldFrom(); !yf.IsNull() {
		g.running = true
		err := closeIter(yf)
		g.running = false
		if err != nil {
			_, _, err = g.resume(object.None, err)
			return err
		}
	}
	_, done, err := g.resume(object.None, object.NewException(object.GeneratorExit))
	if err == nil && !done {
		return object.Errorf(object.RuntimeError, "generator ignored GeneratorExit")
	}
	if err != nil && !object.ExceptionMatches(err, object.GeneratorExit) && !object.ExceptionMatches(err, object.StopIteration) {
		return err
	}
	return nil
}

// closeIter calls close() on the iterator a yield from delegates to.
func closeIter(yf object.Value) error {
	if sub, ok := yf.Object().(*Generator); ok {
		return sub.Close()
	}
	meth, err := object.GetAttrString(yf, "close")
	if err != nil {
		if object.ExceptionMatches(err, object.AttributeError) {
			return nil
		}
		return err
	}
	_, err = object.Call(meth, nil, nil)
	return err
}

// yieldFromStep is one step of YIELD_FROM: v is sent to the receiver;
// done reports that the receiver finished and r is its return value.
func (in *Interp) yieldFromStep(receiver, v object.Value) (r object.Value, done bool, err error) {
	if g, ok := receiver.Object().(*Generator); ok {
		return g.resume(v, nil)
	}
	if v.IsNone() {
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
			return object.AsException(err).Value, true, nil
		}
		return object.Null, false, err
	}
	return r, false, nil
}

// CPython closes a generator when its last reference goes, so the finally
// blocks of a generator suspended inside try/with run at the latest when
// the program ends. Without reference counts, pyvar remembers (weakly) the
// generators suspended with an open block and closes the survivors when the
// main module has finished, in creation order.

func (in *Interp) trackGenerator(g *Generator) {
	if in.liveGens == nil {
		in.liveGens = map[weak.Pointer[Generator]]struct{}{}
	}
	if len(in.liveGens) >= in.liveGensPrune {
		for w := range in.liveGens {
			if w.Value() == nil {
				delete(in.liveGens, w)
			}
		}
		in.liveGensPrune = max(64, 2*len(in.liveGens))
	}
	in.liveGens[weak.Make(g)] = struct{}{}
	g.tracked = true
}

func (in *Interp) untrackGenerator(g *Generator) {
	delete(in.liveGens, weak.Make(g))
	g.tracked = false
}

// closeGenerators closes the tracked generators still suspended, printing
// errors as CPython prints unraisable exceptions.
func (in *Interp) closeGenerators() {
	var gens []*Generator
	for w := range in.liveGens {
		if g := w.Value(); g != nil && g.Frame != nil {
			gens = append(gens, g)
		}
	}
	in.liveGens = nil
	sort.Slice(gens, func(i, j int) bool { return gens[i].seq < gens[j].seq })
	for _, g := range gens {
		if g.running || g.Frame == nil {
			continue
		}
		if err := g.Close(); err != nil {
			r, _ := g.PyRepr()
			io.WriteString(in.stderr, "Exception ignored in: "+r+"\n"+FormatException(err))
		}
	}
}
