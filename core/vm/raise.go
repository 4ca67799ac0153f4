package vm

import (
	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// excItem is one entry of the handled-exception stack (CPython's
// _PyErr_StackItem): exc is the exception being handled, or Null/None. A
// running generator pushes its own item, so sys.exc_info() and context
// chaining see through to the caller when the generator handles nothing.
type excItem struct {
	exc  object.Value
	prev *excItem
}

// currentExc returns the topmost exception being handled, or nil
// (CPython's _PyErr_GetTopmostException). Whoever asks gets to keep it
// (sys.exc_info, a __context__, a bare raise that another handler may
// then catch while this one still holds it): it is no longer private.
func (in *Interp) currentExc() *object.BaseException { return handledExc(in.excInfo) }

// excOf is the exception handled at the top of an exception stack.
func handledExc(top *excItem) *object.BaseException {
	for it := top; it != nil; it = it.prev {
		if e, ok := it.exc.Object().(*object.BaseException); ok {
			e.Private = false
			return e
		}
	}
	return nil
}

// callClass is CALL_FUNCTION of a class (cs: it and the arguments) whose
// __init__ is not run inline; next is the following code unit, for
// freshException.
func (in *Interp) callClass(cs []object.Value, next code.Unit) (object.Value, error) {
	r, err := in.call(cs[0], cs[1:], nil)
	if next == code.Unit(code.RAISE_VARARGS)|1<<8 && err == nil {
		freshException(cs[0], r) // raise E(...)
	}
	return r, err
}

// freshException marks r, what a call of class tv just returned, private
// when t built it without running Python code and it is raised at once
// (CALL_FUNCTION followed by RAISE_VARARGS 1): no one else has it.
func freshException(tv, r object.Value) {
	if e, ok := r.Object().(*object.BaseException); ok && tv.Is(object.FromObject(e.Class)) &&
		e.Traceback == nil && e.Class.ExcBuiltInGo() {
		e.Private = true
	}
}

// caughtExc is JUMP_IF_NOT_EXC_MATCH's match of exception v by the except
// clause whose code starts at pc of co. A clause that binds no name keeps
// a private exception private; so does `except E as name` when name is a
// fast local (not the first: super() reads that one) that the clause's
// body only reads attributes of (handlerReadsAttrs), on an instance of a
// built-in class, whose attribute lookups run no Python code: the only
// references the VM does not track are then the local, which the clause
// clears on the way out, and frame locals read by Python (frameLocals,
// Referents), which expose it. Any other binding exposes it.
func caughtExc(co *code.Code, pc int, v object.Value) {
	e, ok := v.Object().(*object.BaseException)
	if !ok || !e.Private {
		return
	}
	c := co.Code
	if pc+3 < len(c) && c[pc].Op() == code.POP_TOP && c[pc+2].Op() == code.POP_TOP {
		switch c[pc+1].Op() {
		case code.POP_TOP:
			return
		case code.STORE_FAST:
			if slot := int(c[pc+1].Arg()); slot != 0 && !e.Class.Heap && handlerReadsAttrs(co, pc+3, slot) {
				return
			}
		}
	}
	e.Private = false
}

// maxHandlerScan bounds the except clause bodies handlerReadsAttrs looks
// at (each match of a private exception scans its clause once).
const maxHandlerScan = 64

// handlerReadsAttrs reports whether the body of an `except E as name`
// clause, which starts with the SETUP_FINALLY at pc of co (its target is
// the clause's cleanup), uses fast local slot only to read one of
// excDataAttrs (LOAD_FAST slot; LOAD_ATTR attr) or to rebind or delete it.
func handlerReadsAttrs(co *code.Code, pc, slot int) bool {
	c := co.Code
	if c[pc].Op() != code.SETUP_FINALLY {
		return false
	}
	end := pc + 1 + int(c[pc].Arg())
	if end > len(c) || end-pc > maxHandlerScan {
		return false
	}
	for i := pc + 1; i < end; i++ {
		u := c[i]
		switch u.Op() {
		case code.EXTENDED_ARG:
			return false
		case code.LOAD_FAST:
			if int(u.Arg()) != slot {
				continue
			}
			if i+1 >= end || c[i+1].Op() != code.LOAD_ATTR || !excDataAttrs[co.Names[c[i+1].Arg()]] {
				return false
			}
		}
	}
	return true
}

// excDataAttrs are the attributes of built-in exceptions that give data,
// never the exception itself, its traceback or a bound method.
var excDataAttrs = map[string]bool{
	"args": true, "__cause__": true, "__context__": true, "__suppress_context__": true, "__class__": true,
	"errno": true, "strerror": true, "filename": true, "filename2": true, "characters_written": true,
	"code": true, "value": true, "msg": true, "name": true, "path": true, "obj": true,
	"lineno": true, "offset": true, "text": true, "end_lineno": true, "end_offset": true, "print_file_and_line": true,
	"encoding": true, "object": true, "start": true, "end": true, "reason": true,
}

// exposeExc marks v, an exception the VM handed to Python code, as no
// longer private (object.BaseException.Private).
func exposeExc(v object.Value) {
	if e, ok := v.Object().(*object.BaseException); ok {
		e.Private = false
	}
}

// chainContext sets exc.__context__ to the exception being handled, as
// _PyErr_SetObject does whenever an exception is raised, breaking any cycle
// the new link would make.
func (in *Interp) chainContext(exc *object.BaseException) {
	chainContextTo(exc, in.currentExc())
}

// chainContextTo makes cur the __context__ of exc (when cur is an
// exception other than exc), breaking any cycle the new link would make.
func chainContextTo(exc, cur *object.BaseException) {
	if cur == nil || cur == exc {
		return
	}
	// A cycle already in cur's chain must not hang the walk: a second
	// pointer moving at half speed meets o there (Floyd's, as CPython).
	o, slow, toggle := cur, cur, false
	for {
		ctx, ok := o.Context.Object().(*object.BaseException)
		if !ok {
			break
		}
		if ctx == exc {
			o.Context = object.Null
			break
		}
		o = ctx
		if o == slow {
			break
		}
		if toggle {
			slow, _ = slow.Context.Object().(*object.BaseException)
		}
		toggle = !toggle
	}
	exc.Context = object.FromObject(cur)
}

// instantiateException turns the operand of raise into an exception
// instance: a class is called with no arguments.
func (in *Interp) instantiateException(v object.Value, what string) (*object.BaseException, error) {
	if t, ok := v.Object().(*object.Type); ok {
		if !t.IsSubtype(object.BaseExceptionType) {
			return nil, object.Errorf(object.TypeError, "%s must derive from BaseException", what)
		}
		r, err := in.call(v, nil, nil)
		if err != nil {
			return nil, err
		}
		e, ok := r.Object().(*object.BaseException)
		if !ok {
			return nil, object.Errorf(object.TypeError,
				"calling %s should have returned an instance of BaseException, not %s",
				t.Name, object.TypeOf(r).Name)
		}
		// A built-in class ran no Python code that could keep the
		// instance: only the VM has it (raise StopIteration).
		e.Private = e.Class == t && e.Traceback == nil && t.ExcBuiltInGo()
		return e, nil
	}
	if e, ok := v.Object().(*object.BaseException); ok {
		return e, nil
	}
	return nil, object.Errorf(object.TypeError, "%s must derive from BaseException", what)
}

// doRaise is RAISE_VARARGS with one or two operands (cause is Null when
// there is no "from" clause).
func (in *Interp) doRaise(excv, causev object.Value) error {
	exc, err := in.instantiateException(excv, "exceptions")
	if err != nil {
		return err
	}
	if !causev.IsNull() {
		if causev.IsNone() {
			exc.Cause = object.None
		} else {
			c, err := in.instantiateException(causev, "exception causes")
			if err != nil {
				return err
			}
			exc.Cause = object.FromObject(c)
		}
		exc.SuppressContext = true
	}
	in.chainContext(exc)
	return exc
}

// reraise is a bare raise: the exception being handled, with its
// traceback as it is.
func (in *Interp) reraise() (error, bool) {
	e := in.currentExc()
	if e == nil {
		return object.Errorf(object.RuntimeError, "No active exception to reraise"), false
	}
	return e, true
}

// exceptionMatches is JUMP_IF_NOT_EXC_MATCH's test: exc (an exception type)
// against an except clause's class or tuple of classes. Every class of a
// tuple is checked to be an exception class, even past a match, as CPython
// checks them all first; one pass does both.
func exceptionMatches(excType, spec object.Value) (bool, error) {
	et, _ := excType.Object().(*object.Type)
	if t, ok := spec.Object().(*object.Tuple); ok {
		m := false
		for _, c := range t.Items {
			st, ok := c.Object().(*object.Type)
			if !ok || !isExceptionClass(st) {
				return false, errCatchingNonException()
			}
			m = m || et != nil && et.IsSubtype(st)
		}
		return m, nil
	}
	st, ok := spec.Object().(*object.Type)
	if !ok || !isExceptionClass(st) {
		return false, errCatchingNonException()
	}
	return et != nil && et.IsSubtype(st), nil
}

// isExceptionClass reports whether t derives from BaseException: its MRO
// ends with BaseException, object unless multiple inheritance put other
// classes after them.
func isExceptionClass(t *object.Type) bool {
	if n := len(t.MRO); n >= 2 && t.MRO[n-2] == object.BaseExceptionType {
		return true
	}
	return t.IsSubtype(object.BaseExceptionType)
}

func errCatchingNonException() error {
	return object.Errorf(object.TypeError, "catching classes that do not inherit from BaseException is not allowed")
}
