package vm

import (
	"weak"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/opcache"
)

// maxBlocks is CPython's CO_MAXBLOCKS: the deepest nesting of try/with/loop
// blocks one frame may have; the compiler refuses deeper code.
const maxBlocks = 20

// inlineBlocks is how many block-stack entries a frame holds in itself;
// deeper nesting (rare) takes the rest from moreBlocks, allocated once per
// frame. Twenty entries inline made every frame 192 bytes larger, and a
// frame is allocated for each one a traceback or a generator keeps.
const inlineBlocks = 4

// Block kinds on a frame's block stack (CPython's b_type values).
const (
	blockSetupFinally  = 1 // SETUP_FINALLY / SETUP_WITH: handler is a jump target
	blockExceptHandler = 2 // an except clause is running; level holds the saved exc_info
)

// block is one entry of the block stack: what to do when an exception
// unwinds to it, and how deep the value stack was when it was pushed.
type block struct {
	// int32s keep an entry at 12 bytes (a Frame is allocated for each
	// frame a traceback keeps).
	kind    int32
	handler int32 // code-unit index of the handler
	level   int32 // stack depth (relative to the stack base) at SETUP time
}

// Frame is an execution frame (CPython's PyFrameObject). Localsplus is one
// flat slice laid out like f_localsplus: co_varnames' fast locals, then the
// cells of co_cellvars and co_freevars (each an *object.Cell stored as a
// Value), then the value stack. The program counter, stack pointer and block
// stack live in the frame so that a generator's frame can suspend on
// YIELD_VALUE and resume later.
type Frame struct {
	Code       *code.Code
	Globals    *object.Dict
	Builtins   *object.Dict   // f_builtins when it is a dict (the usual case); else more.builtinsV
	LocalsDict *object.Dict   // f_locals when it is a plain dict (the LOAD_NAME fast path)
	Back       *Frame         // f_back: the calling frame
	Localsplus []object.Value // fast locals, cells and frees, then the value stack

	Lasti int // index of the last instruction started (f_lasti, in code units)

	pc        int // next instruction to execute
	sp        int // next free value-stack slot, an index into Localsplus
	stackBase int // first value-stack slot (nlocals + ncells + nfrees)
	blocks    [inlineBlocks]block
	nblocks   int32

	// The flags share a word with nblocks and tbHold (a frame is
	// allocated for each one a traceback or a generator keeps).
	genFrame bool // a generator's frame (its stack top is exact while suspended)
	escaped  bool // referenced from outside (traceback, generator, sys._getframe): never recycled
	running  bool
	inCall   bool // inside a call opcode, which stored sp (lifecycle.go's clearStaleSlots)
	// tbOnly: escaped only because tbHold tracebacks of private
	// exceptions (object.BaseException.Private) refer to it; when the
	// VM drops the last of them the frame is recycled after all (at
	// once if tbDone: it finished in the meantime). pin clears it.
	tbOnly     bool
	tbDone     bool
	exactDicts bool // globals and builtins are both exact dicts (the cached LOAD_GLOBAL path)
	tbHold     int32

	// genRef is the generator owning this frame, once its frame was asked
	// for (gi_frame): weak, as a generator reaching itself could never be
	// finalized.
	genRef weak.Pointer[genBase]
	interp *Interp
	// retSP is non-zero in a frame run inside its caller's eval loop
	// (enterInline): the caller's stack top once the call is done.
	retSP int
	// genInline is the generator whose frame this is while a FOR_ITER or
	// YIELD_FROM resumes it inside the consumer's eval loop (enterGen,
	// enterSend), and retPC FOR_ITER's jump target when it finishes (-1
	// under YIELD_FROM); nil otherwise.
	genInline *genBase
	retPC     int
	// retHook is what RETURN_VALUE of an inlined frame must do besides
	// returning (returnHook): the instance an inlined __init__
	// initializes (enterInit), the result of its call; or Int(opcode)
	// for an operator method run by enterBinary, whose NotImplemented
	// goes on as BinaryOp would. Null in other frames.
	retHook object.Value
	oc      *opcache.Cache
	// more holds what most frames never need (a function's frame, the
	// usual one, has none): kept apart, with the flags packed, a frame is
	// 256 bytes before its slots (was 392), and a frame is allocated for
	// each one a traceback or a generator keeps.
	more *frameMore
}

// frameMore is the part of a frame that module, class and exec code,
// non-dict namespaces, locals() and deep block nesting use.
type frameMore struct {
	builtinsV  object.Value                     // f_builtins when it is not an exact dict (Builtins is nil)
	locals     object.Value                     // f_locals for module, class and exec code; Null in functions
	globalsMap object.Value                     // the dict-subclass instance whose payload is Globals, if any (LOAD_GLOBAL then uses its __getitem__)
	fastLocals *object.Dict                     // the dict locals() returns in a function frame
	moreBlocks *[maxBlocks - inlineBlocks]block // block-stack entries inlineBlocks and up
}

// ext returns f.more, making it.
func (f *Frame) ext() *frameMore {
	if f.more == nil {
		f.more = &frameMore{}
	}
	return f.more
}

// Locals is f_locals for module, class and exec code; Null in functions.
func (f *Frame) Locals() object.Value {
	if f.more == nil {
		return object.Null
	}
	return f.more.locals
}

// setLocals sets f_locals (v is Null for a function's frame).
func (f *Frame) setLocals(v object.Value) {
	if v.IsNull() && f.more == nil {
		return
	}
	f.ext().locals = v
}

// globalsMap is the dict-subclass instance whose payload is Globals, when
// the code runs with one; Null otherwise.
func (f *Frame) globalsMap() object.Value {
	if f.more == nil {
		return object.Null
	}
	return f.more.globalsMap
}

// BuiltinsV is f_builtins as a Value.
func (f *Frame) BuiltinsV() object.Value {
	if f.Builtins != nil {
		return object.FromObject(f.Builtins)
	}
	if f.more == nil {
		return object.Null
	}
	return f.more.builtinsV
}

// setBuiltins sets f_builtins: b when it is an exact dict, else bv.
func (f *Frame) setBuiltins(b *object.Dict, bv object.Value) {
	f.Builtins = b
	if b == nil && !bv.IsNull() {
		f.ext().builtinsV = bv
	} else if f.more != nil {
		f.more.builtinsV = object.Null
	}
}

// FrameType is the Python type of frame objects.
var FrameType = newType("frame", nil)

// Type returns FrameType.
func (f *Frame) Type() *object.Type { return FrameType }

// CodeFilename is co_filename of the frame's code (for traceback entries).
func (f *Frame) CodeFilename() string {
	if f.Code == nil {
		return ""
	}
	return f.Code.Filename
}

// CodeName is co_name of the frame's code (for traceback entries).
func (f *Frame) CodeName() string {
	if f.Code == nil {
		return ""
	}
	return f.Code.Name
}

// LineNumber returns the source line of the frame's current instruction.
func (f *Frame) LineNumber() int {
	lines := f.Code.Lines
	if f.Lasti >= 0 && f.Lasti < len(lines) {
		return int(lines[f.Lasti])
	}
	if f.Lasti < 0 {
		return f.Code.Firstlineno
	}
	return 0
}

// blockAt returns block-stack entry i (below nblocks).
func (f *Frame) blockAt(i int32) *block {
	if i < inlineBlocks {
		return &f.blocks[i]
	}
	return &f.more.moreBlocks[i-inlineBlocks]
}

// pushBlock pushes a block-stack entry; the compiler guarantees the bound.
func (f *Frame) pushBlock(kind, handler, level int) error {
	if n := f.nblocks; n < inlineBlocks {
		f.blocks[n] = block{kind: int32(kind), handler: int32(handler), level: int32(level)}
		f.nblocks = n + 1
		return nil
	}
	return f.pushBlockDeep(kind, handler, level)
}

// pushBlockDeep is pushBlock past the inline entries.
func (f *Frame) pushBlockDeep(kind, handler, level int) error {
	if f.nblocks >= maxBlocks {
		return object.Errorf(object.SystemError, "XXX block stack overflow")
	}
	if m := f.ext(); m.moreBlocks == nil {
		m.moreBlocks = new([maxBlocks - inlineBlocks]block)
	}
	*f.blockAt(f.nblocks) = block{kind: int32(kind), handler: int32(handler), level: int32(level)}
	f.nblocks++
	return nil
}

// newFrame takes a frame from the interpreter's free list (or allocates
// one) and prepares it to run co. Cells and free variables are set up by the
// caller (function entry) because only it knows the closure.
func (in *Interp) newFrame(co *code.Code, globals *object.Dict, builtins *object.Dict, builtinsV object.Value) *Frame {
	nlocals := co.Nlocals
	ncells := len(co.Cellvars) + len(co.Freevars)
	need := nlocals + ncells + co.Stacksize + 1
	var f *Frame
	if n := len(in.freeFrames); n > 0 {
		f = in.freeFrames[n-1]
		in.freeFrames = in.freeFrames[:n-1]
		if cap(f.Localsplus) >= need {
			f.Localsplus = f.Localsplus[:need]
		} else {
			f.Localsplus = make([]object.Value, need)
		}
	} else {
		f = allocFrame(need)
	}
	f.Code = co
	f.Globals = globals
	f.setBuiltins(builtins, builtinsV)
	f.exactDicts = builtins != nil && globals.Type() == object.DictType && builtins.Type() == object.DictType
	f.stackBase = nlocals + ncells
	f.sp = f.stackBase
	f.pc = 0
	f.Lasti = -1
	f.retSP = 0
	f.interp = in
	return f
}

// Frames whose slots fit are allocated with them (one allocation, as
// CPython 3.11 allocates a frame object with room for its locals): every
// frame a traceback keeps is replaced by a new one in the free list.
type (
	frame4 struct {
		f  Frame
		ls [4]object.Value
	}
	frame8 struct {
		f  Frame
		ls [8]object.Value
	}
	frame13 struct {
		f  Frame
		ls [13]object.Value
	}
	frame16 struct {
		f  Frame
		ls [16]object.Value
	}
	frame27 struct {
		f  Frame
		ls [27]object.Value
	}
	frame32 struct {
		f  Frame
		ls [32]object.Value
	}
)

// allocFrame allocates a frame with need slots in its Localsplus (the
// sizes step finely so that a frame costs no more bytes than the frame
// and its slots allocated apart; 4, 8, 13, 16, 27 and 32 slots after a
// 248-byte frame each fill a Go size class: 352, 448, 576, 640, 896 and
// 1024 bytes).
func allocFrame(need int) *Frame {
	switch {
	case need <= 4:
		p := &frame4{}
		p.f.Localsplus = p.ls[:need]
		return &p.f
	case need <= 8:
		p := &frame8{}
		p.f.Localsplus = p.ls[:need]
		return &p.f
	case need <= 13:
		p := &frame13{}
		p.f.Localsplus = p.ls[:need]
		return &p.f
	case need <= 16:
		p := &frame16{}
		p.f.Localsplus = p.ls[:need]
		return &p.f
	case need <= 27:
		p := &frame27{}
		p.f.Localsplus = p.ls[:need]
		return &p.f
	case need <= 32:
		p := &frame32{}
		p.f.Localsplus = p.ls[:need]
		return &p.f
	}
	return &Frame{Localsplus: make([]object.Value, need)}
}

// pin marks f as referenced from outside for good: it is never recycled.
func (f *Frame) pin() {
	f.escaped = true
	f.tbOnly = false
}

// holdForTraceback is f's part in a new traceback entry: a private
// exception's entry escapes it until the exception is dropped
// (dropPrivate), any other pins it.
func (f *Frame) holdForTraceback(private bool) {
	switch {
	case !private:
		f.pin()
	case !f.escaped:
		f.escaped, f.tbOnly, f.tbHold = true, true, 1
	case f.tbOnly:
		f.tbHold++
	}
}

func init() { object.DropHook = dropPrivate }

// dropPrivate ends a private exception the VM caught and no longer
// needs: nothing else can reach it, so the frames its traceback kept
// are no longer referenced through it, and a frame that finished while
// it kept it goes back to the free list now. The exception's traceback
// is dropped with them.
func dropPrivate(e *object.BaseException) {
	for tb := e.Traceback; tb != nil; tb = tb.Next {
		f, ok := tb.Frame.(*Frame)
		if !ok || !f.tbOnly {
			continue
		}
		if f.tbHold--; f.tbHold > 0 {
			continue
		}
		f.escaped, f.tbOnly = false, false
		if f.tbDone {
			f.tbDone = false
			f.interp.releaseFrame(f)
		}
	}
	e.Traceback = nil
}

// releaseFrame returns a finished frame to the free list unless something
// outside the call still refers to it. Its slots are cleared so the values
// it held can be collected and a reused frame starts with unbound locals.
func (in *Interp) releaseFrame(f *Frame) {
	if f.escaped || len(in.freeFrames) >= maxFreeFrames {
		f.tbDone = f.tbOnly
		return
	}
	clearValues(f.Localsplus)
	// Only the reference fields need resetting (the block stack holds
	// plain ints and newFrame sets the rest); zeroing the whole struct
	// costs more than the call it ends.
	f.Code, f.Globals, f.Builtins = nil, nil, nil
	f.LocalsDict, f.Back, f.more = nil, nil, nil
	f.oc = nil
	f.nblocks = 0
	in.freeFrames = append(in.freeFrames, f)
}

// maxFreeFrames is how many finished frames an interpreter keeps for
// reuse: enough for recursion as deep as the default recursion limit
// (ack(2, n) goes 600 deep) to take no allocation per call, as CPython's
// frame data stack does; a frame of a few slots is about 600 bytes.
const maxFreeFrames = 1024

// clearValues sets every value of s to Null, as clear(s) does, in blocks
// of fixed size: the compiler zeroes each block inline (one write-barrier
// test per block), where clear calls memclrHasPointers, which costs about
// twice as much on a call's frame of a few slots.
func clearValues(s []object.Value) {
	for len(s) >= 8 {
		*(*[8]object.Value)(s) = [8]object.Value{}
		s = s[8:]
	}
	if len(s) >= 4 {
		*(*[4]object.Value)(s) = [4]object.Value{}
		s = s[4:]
	}
	if len(s) >= 2 {
		*(*[2]object.Value)(s) = [2]object.Value{}
		s = s[2:]
	}
	if len(s) == 1 {
		s[0] = object.Value{}
	}
}

// initCells creates the frame's cells for co_cellvars (a parameter that is
// also a cell is moved into its cell, as Cell2Arg says) and stores the
// closure's cells for co_freevars after them.
func (f *Frame) initCells(closure []*object.Cell) {
	co := f.Code
	initCellvars(f.Localsplus, co)
	base := co.Nlocals + len(co.Cellvars)
	for i, c := range closure {
		f.Localsplus[base+i] = object.FromObject(c)
	}
}

// initCellvars makes the cells of co_cellvars in a frame's slots ls, once
// the arguments are bound: a parameter that is also a cell moves into its
// cell (Cell2Arg).
func initCellvars(ls []object.Value, co *code.Code) {
	base := co.Nlocals
	for i := range co.Cellvars {
		c := &object.Cell{}
		if i < len(co.Cell2Arg) {
			if a := co.Cell2Arg[i]; a >= 0 {
				c.Ref = ls[a]
				ls[a] = object.Null
			}
		}
		ls[base+i] = object.FromObject(c)
	}
}

// cellRef is the content of cell/free slot i, Null when the slot holds no
// cell (frame.clear() emptied it).
func (f *Frame) cellRef(i int) object.Value {
	if c, ok := f.Localsplus[f.Code.Nlocals+i].Object().(*object.Cell); ok {
		return c.Ref
	}
	return object.Null
}

// cell returns the cell in cell/free slot i (LOAD_CLOSURE's index space).
func (f *Frame) cell(i int) *object.Cell {
	return f.Localsplus[f.Code.Nlocals+i].Object().(*object.Cell)
}
