package vm

import (
	"fmt"
	"strings"
	"sync/atomic"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/opcache"
)

// Function is a Python function (CPython's PyFunctionObject): a code object
// plus everything fixed when the def statement ran: the globals and builtins
// of the defining module (3.10 captures f_builtins at creation, so a later
// change of globals['__builtins__'] does not affect it), defaults, closure
// cells and metadata.
type Function struct {
	Code     *code.Code
	Globals  *object.Dict
	Builtins *object.Dict  // nil when __builtins__ is not an exact dict (more.builtinsV)
	Defaults *object.Tuple // nil when there are none
	Closure  []*object.Cell
	Module   object.Value

	// origin is the code the function was made with: until assigned, its
	// name, qualified name and docstring are the function's (assigning
	// __code__ does not change them, as in CPython).
	origin *code.Code
	interp *Interp
	// entry is what the frame fast paths need to know of the function,
	// made by entryPlan for the code and defaults it names (both can be
	// assigned: __code__, __defaults__).
	entry entryPlan
	// more is what few functions have. Kept apart, a function is 152
	// bytes (was 256; 320 before that): a nested def, lambda,
	// comprehension or generator expression makes one each time it runs.
	more *funcMore
}

// funcMore is the part of a function that few functions use: non-dict
// namespaces, keyword-only defaults, annotations, a __dict__, and names
// or a docstring other than its origin code's.
type funcMore struct {
	globalsMap  object.Value // the dict-subclass instance behind Globals
	builtinsV   object.Value // __builtins__ when it is not an exact dict
	kwdefaults  *object.Dict
	annotations *object.Dict
	dict        *object.Dict
	name        *string // nil: origin.Name
	qualname    *string // nil: origin.Qualname
	doc         object.Value
	docSet      bool // doc replaces origin's docstring
}

// extra returns fn.more, made on first use.
func (fn *Function) extra() *funcMore {
	if fn.more == nil {
		fn.more = &funcMore{}
	}
	return fn.more
}

// Name is the function's __name__.
func (fn *Function) Name() string {
	if fn.more != nil && fn.more.name != nil {
		return *fn.more.name
	}
	return fn.origin.Name
}

// Qualname is the function's __qualname__.
func (fn *Function) Qualname() string {
	if fn.more != nil && fn.more.qualname != nil {
		return *fn.more.qualname
	}
	return fn.origin.Qualname
}

// SetName sets __name__.
func (fn *Function) SetName(s string) { fn.extra().name = &s }

// SetQualname sets __qualname__.
func (fn *Function) SetQualname(s string) { fn.extra().qualname = &s }

// Doc is the function's __doc__: the origin code's docstring (its first
// constant, when a str) until assigned.
func (fn *Function) Doc() object.Value {
	if fn.more != nil && fn.more.docSet {
		return fn.more.doc
	}
	if co := fn.origin; len(co.Consts) > 0 {
		if d, ok := co.Consts[0].Object().(*object.Str); ok {
			return object.FromObject(d)
		}
	}
	return object.None
}

// SetDoc sets __doc__.
func (fn *Function) SetDoc(v object.Value) {
	m := fn.extra()
	m.doc, m.docSet = v, true
}

// Kwdefaults is __kwdefaults__, nil when there are none.
func (fn *Function) Kwdefaults() *object.Dict {
	if fn.more == nil {
		return nil
	}
	return fn.more.kwdefaults
}

// Annotations is __annotations__, nil until made or assigned.
func (fn *Function) Annotations() *object.Dict {
	if fn.more == nil {
		return nil
	}
	return fn.more.annotations
}

// Dict is the function's __dict__, nil until made or assigned.
func (fn *Function) Dict() *object.Dict {
	if fn.more == nil {
		return nil
	}
	return fn.more.dict
}

// globalsMap is the dict-subclass instance behind Globals, or Null.
func (fn *Function) globalsMap() object.Value {
	if fn.more == nil {
		return object.Null
	}
	return fn.more.globalsMap
}

// setGlobalsMap sets the dict-subclass instance behind Globals.
func (fn *Function) setGlobalsMap(v object.Value) {
	if fn.more == nil && v.IsNull() {
		return
	}
	fn.extra().globalsMap = v
}

// BuiltinsV is the function's builtins as a Value.
func (fn *Function) BuiltinsV() object.Value {
	if fn.Builtins != nil {
		return object.FromObject(fn.Builtins)
	}
	if fn.more == nil {
		return object.Null
	}
	return fn.more.builtinsV
}

// setBuiltins sets the function's builtins: b when it is an exact dict,
// else bv.
func (fn *Function) setBuiltins(b *object.Dict, bv object.Value) {
	fn.Builtins = b
	if b == nil && !bv.IsNull() {
		fn.extra().builtinsV = bv
	} else if fn.more != nil {
		fn.more.builtinsV = object.Null
	}
}

// entryPlan is the part of a call's checks that depends on the function
// only: which positional argument counts bind by copying (the arguments,
// then the defaults the call leaves out, then the closure's cells), and
// the frame's size.
type entryPlan struct {
	code *code.Code
	defs *object.Tuple
	// minArgs..maxArgs are the positional counts that bind by copying;
	// minArgs > maxArgs when none does (varargs, keyword-only
	// parameters, cells, a globals mapping).
	// (int32s: the function is the smaller for it, and a code object's
	// counts fit.)
	minArgs, maxArgs int32
	ncells           int32 // len(co_cellvars): cells made on entry (initCellvars)
	base             int32 // Nlocals + cells + free variables: the first stack slot
	size             int32 // base + Stacksize + 1: the frame's slots
	exactDicts       bool
	// oc is the code's opcache once enterInlineSlow found it built: a
	// cache stays built, so co.Cache == oc (of the caller's runtime) is
	// the fast path's test of it.
	oc *opcache.Cache
}

// plan returns fn's entry plan, made afresh when its code or defaults
// changed.
func (fn *Function) plan() *entryPlan {
	e := &fn.entry
	if e.code != fn.Code || e.defs != fn.Defaults {
		fn.makePlan()
	}
	return e
}

func (fn *Function) makePlan() {
	co := fn.Code
	e := entryPlan{code: co, defs: fn.Defaults, minArgs: 1, maxArgs: 0}
	e.ncells = int32(len(co.Cellvars))
	e.base = int32(co.Nlocals + len(co.Cellvars) + len(co.Freevars))
	e.size = e.base + int32(co.Stacksize+1)
	e.exactDicts = fn.Builtins != nil && fn.Globals.Type() == object.DictType && fn.Builtins.Type() == object.DictType
	if co.Flags&(code.CoVarargs|code.CoVarkeywords) == 0 && co.Kwonlyargcount == 0 &&
		len(fn.Closure) == len(co.Freevars) && fn.globalsMap().IsNull() && fn.Builtins != nil {
		e.minArgs, e.maxArgs = int32(co.Argcount), int32(co.Argcount)
		if fn.Defaults != nil {
			e.minArgs = int32(max(co.Argcount-len(fn.Defaults.Items), 0))
		}
	}
	fn.entry = e
}

// FunctionType is the Python type of functions.
var FunctionType = newType("function", nil)

// Type returns FunctionType.
func (fn *Function) Type() *object.Type { return FunctionType }

// IsMethodDescriptor marks functions as binding on instance access, so
// LOAD_METHOD can skip the bound-method object.
func (fn *Function) IsMethodDescriptor() {}

// DescrGet binds fn to obj (a bound method), or returns fn itself when read
// from a class.
func (fn *Function) DescrGet(obj object.Value, typ *object.Type) (object.Value, error) {
	if obj.IsNull() || obj.IsNone() && typ != nil && typ != object.TypeOf(object.None) {
		return object.FromObject(fn), nil
	}
	return object.NewMethod(object.FromObject(fn), obj), nil
}

// InstanceDict returns the function's __dict__.
func (fn *Function) InstanceDict() *object.Dict {
	m := fn.extra()
	if m.dict == nil {
		m.dict = object.NewDict(0)
	}
	return m.dict
}

// Call calls fn from Go code (builtins, protocols).
func (fn *Function) Call(args []object.Value, kwnames []string) (object.Value, error) {
	return fn.interp.callFunction(fn, args, kwnames)
}

// String returns the function's repr.
func (fn *Function) String() string {
	return fmt.Sprintf("<function %s at %#x>", fn.Qualname(), object.ObjectID(fn))
}

// builtinsFromGlobals is CPython 3.10's _PyEval_BuiltinsFromGlobals:
// globals['__builtins__'] if present (a module means its __dict__), else
// the builtins of the running frame (or the interpreter's).
func (in *Interp) builtinsFromGlobals(globals *object.Dict) (*object.Dict, object.Value, error) {
	v, ok, err := globals.Get(object.FromObject(strBuiltins))
	if err != nil {
		return nil, object.Null, err
	}
	if ok {
		if m, isMod := v.Object().(*object.Module); isMod {
			return m.Dict, object.FromObject(m.Dict), nil
		}
		if d, isDict := v.Object().(*object.Dict); isDict && d.Type() == object.DictType {
			return d, v, nil
		}
		return nil, v, nil
	}
	if in.frame != nil {
		return in.frame.Builtins, in.frame.BuiltinsV(), nil
	}
	return in.Builtins, object.FromObject(in.Builtins), nil
}

// makeFunction is MAKE_FUNCTION: it pops qualname, code and, by the flag
// bits, closure (0x08), annotations (0x04), kwdefaults (0x02) and
// defaults (0x01), and returns the function and the new stack pointer.
func (in *Interp) makeFunction(f *Frame, s []object.Value, sp, flags int) (*Function, int, error) {
	sp--
	qualname := s[sp]
	sp--
	co, ok := s[sp].Object().(*code.Code)
	if !ok {
		return nil, sp, object.Errorf(object.SystemError, "MAKE_FUNCTION expects a code object")
	}
	var fn *Function
	var cells []object.Value
	if flags&0x08 != 0 {
		cells = s[sp-1].Object().(*object.Tuple).Items
	}
	temp := flags&code.FuncTemp != 0 && len(cells) < len(in.tempFns.spare)
	if temp {
		t := &in.tempFns
		if fn = t.spare[len(cells)]; fn != nil {
			t.spare[len(cells)] = nil
			t.Reused++
			*fn = Function{Closure: fn.Closure, entry: fn.entry}
		} else {
			t.Fresh++
		}
	}
	// A closure of one or two cells comes in the function's allocation.
	switch {
	case fn != nil: // a spare one, its closure of the same length
	case len(cells) == 1:
		p := &funcCells1{}
		fn = &p.fn
		fn.Closure = p.c[:]
	case len(cells) == 2:
		p := &funcCells2{}
		fn = &p.fn
		fn.Closure = p.c[:]
	default:
		fn = &Function{}
		if cells != nil {
			fn.Closure = make([]*object.Cell, len(cells))
		}
	}
	fn.Code, fn.origin, fn.Globals, fn.interp = co, co, f.Globals, in
	fn.setGlobalsMap(f.globalsMap())
	if q, ok := qualname.Object().(*object.Str); ok && q.S != co.Qualname {
		fn.SetQualname(q.S)
	}
	if m := &in.fnGlobals; m.globals == f.Globals && f.Globals.Version() == m.version {
		// The same globals, unchanged since the last MAKE_FUNCTION read
		// them: __builtins__ and __name__ are what it found.
		m.Hits++
		fn.Builtins, fn.Module = m.builtins, m.module
		if m.builtins == nil {
			fn.setBuiltins(nil, m.builtinsV)
		}
	} else if err := in.functionGlobals(fn, f.Globals); err != nil {
		return nil, sp, err
	}
	if flags&0x08 != 0 {
		sp--
		for i, c := range cells {
			fn.Closure[i] = c.Object().(*object.Cell)
		}
	}
	if flags&0x04 != 0 {
		sp--
		d := object.NewDict(4)
		if t, ok := s[sp].Object().(*object.Tuple); ok {
			for i := 0; i+1 < len(t.Items); i += 2 {
				if err := d.Set(t.Items[i], t.Items[i+1]); err != nil {
					return nil, sp, err
				}
			}
		} else if src, ok := s[sp].Object().(*object.Dict); ok {
			d = src
		}
		fn.extra().annotations = d
	}
	if flags&0x02 != 0 {
		sp--
		if d, _ := s[sp].Object().(*object.Dict); d != nil {
			fn.extra().kwdefaults = d
		}
	}
	if flags&0x01 != 0 {
		sp--
		fn.Defaults, _ = s[sp].Object().(*object.Tuple)
	}
	if temp {
		in.tempFns.pending = fn
	}
	return fn, sp, nil
}

// tempFns are the functions of comprehensions and generator expressions
// that code.FuncTemp marks: made by MAKE_FUNCTION, called at once by
// CALL_FUNCTION 1, and then garbage (the frame of the call does not keep
// its function). pending is the last one made; when CALL_FUNCTION has
// called it, it becomes the spare for its closure's length, and the next
// marked MAKE_FUNCTION takes it instead of allocating (CPython frees the
// function by refcount and gets the memory back from its allocator).
// Reused and Fresh count the marked MAKE_FUNCTIONs that took a spare and
// that allocated (--opcache-stats).
type tempFns struct {
	pending       *Function
	spare         [3]*Function // by closure length
	Reused, Fresh uint64
}

// calledTemp is CALL_FUNCTION's step after it called fn: fn is garbage
// if it is the function a marked MAKE_FUNCTION made for this call.
func (t *tempFns) calledTemp(fn *Function) {
	t.pending = nil
	t.spare[len(fn.Closure)] = fn
}

// TempFunctionStats returns how many marked MAKE_FUNCTIONs reused a
// spare function and how many allocated one.
func (in *Interp) TempFunctionStats() (reused, fresh uint64) {
	return in.tempFns.Reused, in.tempFns.Fresh
}

// Functions with short closures, in one allocation (makeFunction).
type (
	funcCells1 struct {
		fn Function
		c  [1]*object.Cell
	}
	funcCells2 struct {
		fn Function
		c  [2]*object.Cell
	}
)

// fnGlobalsMemo is what MAKE_FUNCTION found in a globals dict: the
// builtins __builtins__ names and __name__ (the new function's
// __module__). While the dict keeps its PEP 509 version (no store, no
// deletion since), both lookups would find the same; a comprehension or
// closure made in a loop skips them. Hits and Misses are reported by
// --opcache-stats (FunctionGlobalsStats).
type fnGlobalsMemo struct {
	globals      *object.Dict
	version      uint64
	builtins     *object.Dict
	builtinsV    object.Value
	module       object.Value
	Hits, Misses uint64
}

// functionGlobals sets fn's builtins and __module__ from globals, as
// CPython's PyFunction_New reads them, and remembers them in
// in.fnGlobals.
func (in *Interp) functionGlobals(fn *Function, globals *object.Dict) error {
	m := &in.fnGlobals
	m.Misses++
	var err error
	b, bv, err := in.builtinsFromGlobals(globals)
	if err != nil {
		return err
	}
	fn.setBuiltins(b, bv)
	mod, ok, err := globals.Get(object.FromObject(strName))
	if err != nil {
		return err
	}
	if !ok {
		mod = object.None
	}
	fn.Module = mod
	if _, found, _ := globals.Get(object.FromObject(strBuiltins)); found {
		// Without __builtins__ the builtins are the running frame's,
		// which the dict's version does not cover.
		*m = fnGlobalsMemo{globals: globals, version: globals.Version(), builtins: fn.Builtins, builtinsV: bv,
			module: mod, Hits: m.Hits, Misses: m.Misses}
	} else {
		m.globals = nil
	}
	return nil
}

// FunctionGlobalsStats returns how many MAKE_FUNCTIONs found the globals'
// __builtins__ and __name__ in the memo (hits) and how many looked them
// up (misses).
func (in *Interp) FunctionGlobalsStats() (hits, misses uint64) {
	return in.fnGlobals.Hits, in.fnGlobals.Misses
}

// callFunction runs a Python function: a frame is taken from the free
// list, the arguments are bound into its fast slots, cells are made, and
// the frame is evaluated (or wrapped in a generator).
func (in *Interp) callFunction(fn *Function, args []object.Value, kwnames []string) (object.Value, error) {
	co := fn.Code
	e := fn.plan()
	if n, na := len(in.freeFrames), len(args); n > 0 && kwnames == nil && na >= int(e.minArgs) && na <= int(e.maxArgs) &&
		cap(in.freeFrames[n-1].Localsplus) >= int(e.size) {
		// The common call from Go (a special method, a key function):
		// newFrame and bind in one, as enterInline does.
		f := in.freeFrames[n-1]
		in.freeFrames = in.freeFrames[:n-1]
		f.Localsplus = f.Localsplus[:e.size]
		ls := f.Localsplus[:na]
		for i, a := range args {
			ls[i] = a
		}
		if na < co.Argcount {
			defs := fn.Defaults.Items[len(fn.Defaults.Items)-(co.Argcount-na):]
			ls = f.Localsplus[na:co.Argcount]
			for i, a := range defs {
				ls[i] = a
			}
		}
		if len(fn.Closure) > 0 {
			ls = f.Localsplus[co.Nlocals+int(e.ncells) : int(e.base)]
			for i, c := range fn.Closure {
				ls[i] = object.FromObject(c)
			}
		}
		if e.ncells > 0 {
			initCellvars(f.Localsplus, co)
		}
		f.Code, f.Globals, f.Builtins = co, fn.Globals, fn.Builtins // the plan's frames have no more
		f.exactDicts = e.exactDicts
		f.stackBase = int(e.base)
		f.sp = int(e.base)
		f.pc = 0
		f.Lasti = -1
		f.retSP = 0
		f.interp = in
		if co.Flags&notInlined != 0 {
			return in.newGenOf(f, fn), nil
		}
		r, _, err := in.eval(f, nil)
		in.recycleFrame(f)
		return r, err
	}
	f := in.newFrame(co, fn.Globals, fn.Builtins, fn.BuiltinsV())
	if err := f.bind(fn, args, kwnames); err != nil {
		in.releaseFrame(f)
		return object.Null, err
	}
	if co.Flags&notInlined != 0 {
		return in.newGenOf(f, fn), nil
	}
	r, _, err := in.eval(f, nil)
	in.releaseFrame(f)
	return r, err
}

// newGenOf wraps frame f, bound for a call of generator, coroutine or
// async generator function fn, in the object the call returns.
func (in *Interp) newGenOf(f *Frame, fn *Function) object.Value {
	switch co := fn.Code; {
	case co.Flags&code.CoGenerator != 0:
		return object.FromObject(in.newGenerator(f, fn))
	case co.Flags&code.CoCoroutine != 0:
		return object.FromObject(in.newCoroutine(f, fn))
	}
	return object.FromObject(in.newAsyncGenerator(f, fn))
}

// bind prepares a new frame to run fn with the given arguments: they are
// bound into its fast slots and its cells are made.
func (f *Frame) bind(fn *Function, args []object.Value, kwnames []string) error {
	co := fn.Code
	if gm := fn.globalsMap(); !gm.IsNull() {
		f.ext().globalsMap, f.exactDicts = gm, false
	}
	if kwnames == nil && len(args) == co.Argcount && co.Flags&(code.CoVarargs|code.CoVarkeywords) == 0 && co.Kwonlyargcount == 0 {
		// A loop, not copy: copy of pointerful values is a runtime call
		// (typedslicecopy) that costs more than the usual one or two stores.
		ls := f.Localsplus[:len(args)]
		for i, a := range args {
			ls[i] = a
		}
	} else if err := bindArguments(fn, f.Localsplus, args, kwnames); err != nil {
		return err
	}
	if len(co.Cellvars)+len(co.Freevars) > 0 {
		f.initCells(fn.Closure)
	}
	return nil
}

// notInlined are the code flags of functions whose calls are not run
// inside the caller's eval loop: a call of them makes a generator object.
const notInlined = code.CoGenerator | code.CoCoroutine | code.CoAsyncGenerator

// enterInline starts a call of fn (not a generator function) from the
// caller frame's call instruction, to run in the same eval loop (CPython
// 3.11's inlined calls): the new frame is bound, counted against the
// recursion limit and made the running frame, as eval does for a frame
// it runs. pc is where the caller resumes and retSP its stack top once
// the call has popped its callable and arguments; the result goes to
// slot retSP-1. A nil frame means the call failed before it started (the
// error belongs to the caller); a frame with an error is a started frame
// that must raise it at once (the eval breaker's KeyboardInterrupt).
func (in *Interp) enterInline(caller *Frame, fn *Function, args []object.Value, pc, retSP int) (*Frame, error) {
	// The common call takes no Go call at all, so that nothing is spilled
	// on its way: a recycled frame, the arguments copied to the first
	// fast slots, then defaults, then a closure's cells, with the code's
	// opcache already built, below the recursion limit and no eval
	// breaker pending. Everything else is enterInlineSlow.
	co := fn.Code
	e := &fn.entry
	n, na := len(in.freeFrames), len(args)
	oc := co.Cache
	if n == 0 || e.code != co || e.defs != fn.Defaults || na < int(e.minArgs) || na > int(e.maxArgs) ||
		oc == nil || oc != e.oc || !oc.IsOf(in.opcache.rt) ||
		object.RecursionDepth >= object.RecursionLimit || atomic.LoadInt32(&in.breaker) != 0 {
		return in.enterInlineSlow(caller, fn, args, nil, pc, retSP)
	}
	f := in.freeFrames[n-1]
	if cap(f.Localsplus) < int(e.size) {
		return in.enterInlineSlow(caller, fn, args, nil, pc, retSP)
	}
	in.freeFrames = in.freeFrames[:n-1]
	ls := f.Localsplus[:e.size]
	f.Localsplus = ls
	// The usual counts written out: the loop kept its index and the
	// slices in memory.
	switch na {
	case 0:
	case 1:
		ls[0] = args[0]
	case 2:
		_, _ = ls[1], args[1]
		ls[0], ls[1] = args[0], args[1]
	case 3:
		_, _ = ls[2], args[2]
		ls[0], ls[1], ls[2] = args[0], args[1], args[2]
	default:
		for i, a := range args {
			ls[i] = a
		}
	}
	if na < co.Argcount {
		defs := fn.Defaults.Items[len(fn.Defaults.Items)-(co.Argcount-na):]
		ds := ls[na:co.Argcount]
		for i, a := range defs {
			ds[i] = a
		}
	}
	if len(fn.Closure) > 0 {
		cs := ls[co.Nlocals+int(e.ncells) : int(e.base)]
		for i, c := range fn.Closure {
			cs[i] = object.FromObject(c)
		}
	}
	if e.ncells > 0 {
		initCellvars(ls, co)
	}
	f.Code, f.Globals, f.Builtins = co, fn.Globals, fn.Builtins // the plan's frames have no more
	f.exactDicts = e.exactDicts
	// f.interp is in already: the free list is in's.
	f.stackBase, f.sp, f.pc, f.Lasti = int(e.base), int(e.base), 0, -1
	object.RecursionDepth++
	oc.Runs++
	f.oc = oc
	caller.pc = pc
	f.retSP = retSP
	f.Back = caller
	f.running = true
	in.frame = f
	return f, nil
}

// enterInlineSlow is enterInline for every call its fast path refuses.
func (in *Interp) enterInlineSlow(caller *Frame, fn *Function, args []object.Value, kwnames []string, pc, retSP int) (*Frame, error) {
	co := fn.Code
	var f *Frame
	e := fn.plan()
	if n, na := len(in.freeFrames), len(args); n > 0 && kwnames == nil && na >= int(e.minArgs) && na <= int(e.maxArgs) &&
		cap(in.freeFrames[n-1].Localsplus) >= int(e.size) {
		// newFrame and bind in one, as the fast path does.
		f = in.freeFrames[n-1]
		in.freeFrames = in.freeFrames[:n-1]
		f.Localsplus = f.Localsplus[:e.size]
		ls := f.Localsplus[:na]
		for i, a := range args {
			ls[i] = a
		}
		if na < co.Argcount {
			defs := fn.Defaults.Items[len(fn.Defaults.Items)-(co.Argcount-na):]
			ls = f.Localsplus[na:co.Argcount]
			for i, a := range defs {
				ls[i] = a
			}
		}
		if len(fn.Closure) > 0 {
			ls = f.Localsplus[co.Nlocals+int(e.ncells) : int(e.base)]
			for i, c := range fn.Closure {
				ls[i] = object.FromObject(c)
			}
		}
		if e.ncells > 0 {
			initCellvars(f.Localsplus, co)
		}
		f.Code, f.Globals, f.Builtins = co, fn.Globals, fn.Builtins // the plan's frames have no more
		f.exactDicts = e.exactDicts
		f.stackBase = int(e.base)
		f.sp = int(e.base)
		f.pc = 0
		f.Lasti = -1
		f.interp = in
	} else {
		f = in.newFrame(co, fn.Globals, fn.Builtins, fn.BuiltinsV())
		if err := f.bind(fn, args, kwnames); err != nil {
			in.releaseFrame(f)
			return nil, err
		}
	}
	if object.RecursionDepth++; object.RecursionDepth > object.RecursionLimit {
		object.RecursionDepth--
		in.releaseFrame(f)
		return nil, object.Errorf(object.RecursionError, "maximum recursion depth exceeded")
	}
	caller.pc = pc
	f.retSP = retSP
	f.Back = caller
	in.frame = f
	f.running = true
	if c := opcache.Reenter(in.opcache.rt, co.Cache); c != nil {
		f.oc = c
		if e.code == co && e.defs == fn.Defaults {
			e.oc = c // built: the fast path may take it
		}
	} else {
		in.opcacheEnter(f)
	}
	if atomic.LoadInt32(&in.breaker) != 0 {
		in.profileCall(f)
		if err := in.breakIn(f, 0); err != nil {
			return f, err
		}
	}
	return f, nil
}

// enterProperty starts LOAD_ATTR's call of a property's getter, a plain
// Python function, on the instance at the top of f's stack (sp-1), to run
// in the same eval loop (CPython 3.12's LOAD_ATTR_PROPERTY): its result
// replaces the instance. Nil frame and error: the site's way is not such
// a property, and the full path runs; otherwise as enterInline.
func (in *Interp) enterProperty(f *Frame, c *object.AttrCache, sp, pc int) (*Frame, error) {
	s := f.Localsplus
	fn, ok := c.PropertyGetter(s[sp-1]).Object().(*Function)
	if !ok || fn.Code.Flags&notInlined != 0 {
		return nil, nil
	}
	c.CountHit()
	f.sp, f.inCall = sp, true
	nf, err := in.enterInline(f, fn, s[sp-1:sp], pc, sp)
	if nf == nil {
		f.inCall = false
	}
	return nf, err
}

// enterCallEx starts CALL_FUNCTION_EX without keyword arguments (f(*args))
// of a plain Python function with an exact tuple or list of arguments, to
// run in the same eval loop: the items are bound as positional arguments
// (the frame copies them), the result replaces the function. Nil frame
// and error: callEx runs; otherwise as enterInline. f.sp is set.
func (in *Interp) enterCallEx(f *Frame, sp, pc int) (*Frame, error) {
	s := f.Localsplus
	fn, ok := s[sp-2].Object().(*Function)
	if !ok || fn.Code.Flags&notInlined != 0 {
		return nil, nil
	}
	var args []object.Value
	switch a := s[sp-1].Object().(type) {
	case *object.Tuple:
		args = a.Items
	case *object.List:
		args = a.Items
	default:
		return nil, nil
	}
	return in.enterInline(f, fn, args, pc, sp-1)
}

// inlinedInit returns the __init__ of class t when calling t can run it
// inline (enterInit): type.__call__ with object.__new__ and a plain Python
// __init__. Otherwise nil.
func inlinedInit(t *object.Type) *Function {
	if init, ok := t.InitFor(); ok {
		if fn, ok := init.Object().(*Function); ok && fn.Code.Flags&notInlined == 0 {
			return fn
		}
	}
	return nil
}

// enterInit starts a call of class t whose __init__ fn runs inline: the
// instance is made as type.__call__ makes it and takes the class's slot,
// args[0], before the arguments; RETURN_VALUE of __init__ checks that it
// returned None and gives the instance to the caller. The call counts two
// levels against the recursion limit, as type.__call__ (a tp_call) and
// then __init__ do when called from Go.
func (in *Interp) enterInit(caller *Frame, t *object.Type, fn *Function, args []object.Value, pc, retSP int) (*Frame, error) {
	if err := object.EnterRecursiveCall(" while calling a Python object"); err != nil {
		return nil, err
	}
	self := t.NewForInit(args[1:])
	args[0] = self
	f, err := in.enterInline(caller, fn, args, pc, retSP)
	if f == nil {
		object.LeaveRecursiveCall()
		return nil, err
	}
	f.retHook = self
	return f, err
}

// enterBinary starts a BINARY_ADD/SUBTRACT/MULTIPLY/TRUE_DIVIDE (or its
// INPLACE_ form) of the two operands at the top of f's stack whose left
// operand's class defines the operator as a plain Python function
// (object.BinaryLeftMethod): the method runs in this eval loop with the
// operands as its arguments, and its result replaces them; a
// NotImplemented result goes on as BinaryOp would (returnHook). Nil frame
// and error: the generic path runs.
func (in *Interp) enterBinary(f *Frame, op code.Opcode, sp, pc int) (*Frame, error) {
	s := f.Localsplus
	e := binOps[op]
	fn, ok := object.BinaryLeftMethod(e.op, s[sp-2], s[sp-1], e.inplace).Object().(*Function)
	if !ok || fn.Code.Flags&notInlined != 0 {
		return nil, nil
	}
	f.sp, f.inCall = sp, true
	nf, err := in.enterInline(f, fn, s[sp-2:sp], pc, sp-1)
	if nf == nil {
		f.inCall = false
		return nil, err
	}
	nf.retHook = object.Int(int64(op))
	return nf, err
}

// returnHook ends an inlined frame f whose retHook is set, which returned
// r: an __init__ (enterInit) gives its instance, or a TypeError when r is
// not None; an operator method (enterBinary) gives r, or what BinaryOp
// does after the left operand's NotImplemented. Either error belongs to
// the caller, which is the running frame again.
func (in *Interp) returnHook(f *Frame, r object.Value) (object.Value, error) {
	h, caller, rsp := f.retHook, f.Back, f.retSP
	in.leaveInline(f)
	if h.IsInt() {
		if !object.IsNotImplemented(r) {
			return r, nil
		}
		e := binOps[code.Opcode(h.RawInt())]
		return object.BinaryOpAfterLeft(e.op, caller.Localsplus[rsp-1], caller.Localsplus[rsp], e.inplace)
	}
	if !r.IsNone() {
		return object.Null, object.Errorf(object.TypeError, "__init__() should return None, not '%s'", object.TypeOf(r).Name)
	}
	return h, nil
}

// inlinedMethod returns the function of a bound method object whose call
// can run inline (enterInline), or nil.
func inlinedMethod(v object.Value) *Function {
	if m, ok := v.Object().(*object.Method); ok {
		if fn, ok := m.Func.Object().(*Function); ok && fn.Code.Flags&notInlined == 0 {
			return fn
		}
	}
	return nil
}

// leaveInline ends an inlined frame that returned (RETURN_VALUE), making
// its caller the running frame again.
func (in *Interp) leaveInline(f *Frame) {
	f.running = false
	caller := f.Back
	in.frame = caller
	caller.inCall = false
	object.RecursionDepth--
	if !f.retHook.IsNull() {
		if !f.retHook.IsInt() {
			object.RecursionDepth-- // type.__call__'s level (enterInit)
		}
		f.retHook = object.Null
	}
	// recycleFrame, written out: a call here costs every return.
	if f.escaped || len(in.freeFrames) >= maxFreeFrames {
		f.tbDone = f.tbOnly
		if in.prof.p != nil {
			in.profileReturn(f) // profiled frames are escaped (profile.go)
		}
		return
	}
	clearValues(f.Localsplus)
	f.Back = nil
	if f.more != nil || f.LocalsDict != nil {
		f.more, f.LocalsDict = nil, nil
	}
	f.nblocks = 0
	in.freeFrames = append(in.freeFrames, f)
}

// recycleFrame is releaseFrame for a function's frame that returned, less
// the fields the next use of the frame sets anyway (enterInline,
// callFunction and newFrame all set the code, namespaces and stack);
// leaveInline does the same.
func (in *Interp) recycleFrame(f *Frame) {
	if f.escaped || len(in.freeFrames) >= maxFreeFrames {
		f.tbDone = f.tbOnly
		return
	}
	clearValues(f.Localsplus)
	f.Back = nil
	if f.more != nil || f.LocalsDict != nil {
		f.more, f.LocalsDict = nil, nil
	}
	f.nblocks = 0
	in.freeFrames = append(in.freeFrames, f)
}

// abandonInline ends an inlined frame that an exception left: the values
// its stack held are dropped (a traceback may keep the frame), and the
// exception continues in the caller at its call instruction.
func (in *Interp) abandonInline(f *Frame) {
	if in.prof.p != nil {
		in.profileReturn(f)
	}
	f.running = false
	in.frame = f.Back
	f.Back.inCall = false
	object.LeaveRecursiveCall()
	if !f.retHook.IsNull() {
		if !f.retHook.IsInt() {
			object.LeaveRecursiveCall() // type.__call__'s level (enterInit)
		}
		f.retHook = object.Null
	}
	clear(f.Localsplus[f.stackBase:])
	in.releaseFrame(f)
}

// callBoundFunction calls fn with self prepended to args (a bound method
// object). The joined argument list lives in a small array on the Go stack
// (callFunction copies the arguments into the frame and keeps no
// reference), so the common call allocates nothing.
func (in *Interp) callBoundFunction(fn *Function, self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	var buf [8]object.Value
	var full []object.Value
	if len(args) < len(buf) {
		full = buf[:len(args)+1]
	} else {
		full = make([]object.Value, len(args)+1)
	}
	full[0] = self
	copy(full[1:], args)
	return in.callFunction(fn, full, kwnames)
}

// bindArguments fills the fast slots of a new frame from vectorcall-style
// arguments, with CPython's error messages.
func bindArguments(fn *Function, s []object.Value, args []object.Value, kwnames []string) error {
	co := fn.Code
	argcount := co.Argcount
	total := argcount + co.Kwonlyargcount
	npos := len(args) - len(kwnames)
	n := npos
	if n > argcount {
		n = argcount
	}
	copy(s, args[:n])
	slot := total
	if co.Flags&code.CoVarargs != 0 {
		// args may be the caller's value stack: copied, into a tuple
		// made in one allocation with its items.
		rest := object.MakeTuple(max(npos-n, 0))
		copy(rest.Items, args[n:max(npos, n)])
		s[slot] = object.FromObject(rest)
		slot++
	}
	var kwdict *object.Dict
	if co.Flags&code.CoVarkeywords != 0 {
		kwdict = object.NewDict(len(kwnames))
		s[slot] = object.FromObject(kwdict)
	}
	for i, name := range kwnames {
		v := args[npos+i]
		j := -1
		for k := co.Posonlyargcount; k < total; k++ {
			if co.Varnames[k] == name {
				j = k
				break
			}
		}
		if j < 0 {
			if kwdict != nil {
				if err := kwdict.Set(object.FromObject(object.Intern(name)), v); err != nil {
					return err
				}
				continue
			}
			if err := posonlyAsKeyword(fn, kwnames); err != nil {
				return err
			}
			return object.Errorf(object.TypeError, "%s() got an unexpected keyword argument '%s'", fn.Qualname(), name)
		}
		if !s[j].IsNull() {
			return object.Errorf(object.TypeError, "%s() got multiple values for argument '%s'", fn.Qualname(), name)
		}
		s[j] = v
	}
	if npos > argcount && co.Flags&code.CoVarargs == 0 {
		return tooManyPositional(fn, s, npos)
	}
	var defaults []object.Value
	if fn.Defaults != nil {
		defaults = fn.Defaults.Items
	}
	if npos < argcount {
		m := argcount - len(defaults)
		var missing []string
		for i := npos; i < m; i++ {
			if s[i].IsNull() {
				missing = append(missing, co.Varnames[i])
			}
		}
		if len(missing) > 0 {
			return missingArgs(fn, missing, "positional")
		}
		for i := max(npos, m); i < argcount; i++ {
			if s[i].IsNull() {
				s[i] = defaults[i-m]
			}
		}
	}
	if co.Kwonlyargcount > 0 {
		var missing []string
		for i := argcount; i < total; i++ {
			if !s[i].IsNull() {
				continue
			}
			if kwd := fn.Kwdefaults(); kwd != nil {
				if d, ok, err := kwd.Get(object.FromObject(object.Intern(co.Varnames[i]))); err != nil {
					return err
				} else if ok {
					s[i] = d
					continue
				}
			}
			missing = append(missing, co.Varnames[i])
		}
		if len(missing) > 0 {
			return missingArgs(fn, missing, "keyword-only")
		}
	}
	return nil
}

func posonlyAsKeyword(fn *Function, kwnames []string) error {
	co := fn.Code
	var bad []string
	for k := 0; k < co.Posonlyargcount; k++ {
		for _, name := range kwnames {
			if co.Varnames[k] == name {
				bad = append(bad, name)
				break
			}
		}
	}
	if len(bad) == 0 {
		return nil
	}
	return object.Errorf(object.TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
		fn.Qualname(), strings.Join(bad, ", "))
}

func tooManyPositional(fn *Function, s []object.Value, given int) error {
	co := fn.Code
	ndef := 0
	if fn.Defaults != nil {
		ndef = len(fn.Defaults.Items)
	}
	kwonlyGiven := 0
	for i := co.Argcount; i < co.Argcount+co.Kwonlyargcount; i++ {
		if !s[i].IsNull() {
			kwonlyGiven++
		}
	}
	plural := co.Argcount != 1
	var sig string
	if ndef > 0 {
		sig = fmt.Sprintf("from %d to %d", co.Argcount-ndef, co.Argcount)
		plural = true
	} else {
		sig = fmt.Sprint(co.Argcount)
	}
	kwsig := ""
	if kwonlyGiven > 0 {
		kwsig = fmt.Sprintf(" positional argument%s (and %d keyword-only argument%s)", plur(given != 1), kwonlyGiven, plur(kwonlyGiven != 1))
	}
	was := "were"
	if given == 1 && kwonlyGiven == 0 {
		was = "was"
	}
	return object.Errorf(object.TypeError, "%s() takes %s positional argument%s but %d%s %s given",
		fn.Qualname(), sig, plur(plural), given, kwsig, was)
}

func plur(b bool) string {
	if b {
		return "s"
	}
	return ""
}

func missingArgs(fn *Function, names []string, kind string) error {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	var list string
	switch len(q) {
	case 1:
		list = q[0]
	case 2:
		list = q[0] + " and " + q[1]
	default:
		list = strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
	}
	return object.Errorf(object.TypeError, "%s() missing %d required %s argument%s: %s",
		fn.Qualname(), len(names), kind, plur(len(names) != 1), list)
}

// call calls any callable; Python functions go straight to callFunction
// without passing through the Callable interface.
func (in *Interp) call(callable object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	switch c := callable.Object().(type) {
	case *Function:
		return in.callFunction(c, args, kwnames)
	case *object.Method:
		if fn, ok := c.Func.Object().(*Function); ok {
			return in.callBoundFunction(fn, c.Self, args, kwnames)
		}
	case *object.MethodDescr:
		// A built-in method from LOAD_METHOD (s.lower(), d.get(k)): first,
		// before the checks for classes below.
		if in.opts.Sampler != nil {
			return in.callNative(callable, args, kwnames)
		}
		r, err := c.Call(args, kwnames)
		if err == nil && in.breakPending() {
			if err = in.breakAfterCall(); err != nil {
				return object.Null, err
			}
		}
		return r, err
	case *object.Type:
		if c == object.TypeType && len(args) == 1 && len(kwnames) == 0 {
			// type(x): type's __call__ cannot be replaced.
			return object.FromObject(object.TypeOf(args[0])), nil
		}
	}
	if t, ok := callable.Object().(*object.Type); ok && t == FunctionType {
		return in.newFunctionObject(args, kwnames)
	}
	if t, ok := callable.Object().(*object.Type); ok && t == object.SuperType && len(args) == 0 && len(kwnames) == 0 {
		typ, obj, err := in.superArgs()
		if err != nil {
			return object.Null, err
		}
		return object.NewSuper(typ, obj)
	}
	// CPython counts recursion for calls through tp_call (classes,
	// instances with __call__), not for vectorcall builtins.
	switch c := callable.Object().(type) {
	case *object.BuiltinFunction:
		if in.opts.Sampler != nil {
			return in.callNative(callable, args, kwnames)
		}
		r, err := c.Call(args, kwnames)
		if in.breakPending() && err == nil {
			if err = in.breakAfterCall(); err != nil {
				return object.Null, err
			}
		}
		return r, err
	case *object.Type:
		// These built-in types have vectorcall in 3.10; other calls of a
		// type go through tp_call, which counts as a recursive call.
		switch c {
		case object.ListType, object.TupleType, object.DictType, object.SetType, object.FrozenSetType,
			object.RangeType, object.FloatType, object.BoolType, object.IntType, object.TypeType:
			return object.Call(callable, args, kwnames)
		}
	}
	if err := object.EnterRecursiveCall(" while calling a Python object"); err != nil {
		return object.Null, err
	}
	r, err := object.Call(callable, args, kwnames)
	object.LeaveRecursiveCall()
	return r, err
}

// kwNames converts CALL_FUNCTION_KW's names tuple (a constant of the code
// object) to Go strings; the last conversion is kept, so a keyword call in a
// loop allocates nothing. Callees never modify kwnames.
func (in *Interp) kwNames(t *object.Tuple) []string {
	if t == in.lastKwTuple {
		return in.lastKwNames
	}
	names := make([]string, len(t.Items))
	for i, n := range t.Items {
		names[i] = n.Object().(*object.Str).S
	}
	in.lastKwTuple, in.lastKwNames = t, names
	return names
}

// callEx is CALL_FUNCTION_EX: f(*args, **kwargs).
func (in *Interp) callEx(fnv, argsv, kwargsv object.Value) (object.Value, error) {
	var args []object.Value
	if t, ok := argsv.Object().(*object.Tuple); ok {
		args = t.Items
	} else {
		items, err := iterToSlice(argsv)
		if err != nil {
			if object.ExceptionMatches(err, object.TypeError) && !isIterable(argsv) {
				return object.Null, object.Errorf(object.TypeError, "%s argument after * must be an iterable, not %s",
					funcDesc(fnv), object.TypeOf(argsv).Name)
			}
			return object.Null, err
		}
		args = items
	}
	if kwargsv.IsNull() {
		return in.call(fnv, args, nil)
	}
	d, ok := kwargsv.Object().(*object.Dict)
	if !ok {
		d = object.NewDict(0)
		if err := dictMerge(object.FromObject(d), kwargsv, fnv); err != nil {
			return object.Null, err
		}
	}
	full := make([]object.Value, len(args), len(args)+d.Len())
	copy(full, args)
	kwnames := make([]string, 0, d.Len())
	for i := 0; i < d.EntriesLen(); i++ {
		k, v, live := d.EntryAt(i)
		if !live {
			continue
		}
		ks, ok := object.Unwrap(k).Object().(*object.Str)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "keywords must be strings")
		}
		kwnames = append(kwnames, ks.S)
		full = append(full, v)
	}
	return in.call(fnv, full, kwnames)
}

// funcDesc names a callable in argument errors, like CPython's
// _PyObject_FunctionStr: "module.qualname()", or "qualname()" for builtins.
func funcDesc(fnv object.Value) string {
	q, err := object.GetAttrString(fnv, "__qualname__")
	qs, ok := q.Object().(*object.Str)
	if err != nil || !ok {
		return object.TypeOf(fnv).Name + " object"
	}
	if m, err := object.GetAttrString(fnv, "__module__"); err == nil {
		if ms, ok := m.Object().(*object.Str); ok && ms.S != "builtins" {
			return ms.S + "." + qs.S + "()"
		}
	}
	return qs.S + "()"
}

func init() {
	// The VM's types with a tp_repr in CPython have __repr__ in their
	// own __dict__, so f.__repr__() is not object.__repr__'s text.
	for _, t := range []*object.Type{FunctionType, GeneratorType, CoroutineType, AsyncGeneratorType, code.CodeType} {
		t.AddReprSlot()
	}
}
