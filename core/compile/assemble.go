package compile

import (
	"fmt"
	"strconv"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/symtable"
	"github.com/pyvar/pyvar/core/syntax"
)

// instr is one instruction of the control-flow graph; jumps carry their
// target block until the layout is known. lineno -1 marks an artificial
// instruction that gets its line from its neighbours.
type instr struct {
	op     code.Opcode
	arg    int
	target *block
	lineno int
}

// block is a basic block (CPython's basicblock).
type block struct {
	instrs []instr
	next   *block // the block that follows in code order

	hasReturn     bool
	exit          bool // ends with RETURN_VALUE, RAISE_VARARGS or RERAISE
	nofallthrough bool // never continues into next
	predecessors  int
	startdepth    int
	visited       bool
	offset        int
}

func endsFlow(op code.Opcode) bool {
	switch op {
	case code.RETURN_VALUE, code.RAISE_VARARGS, code.RERAISE,
		code.JUMP_ABSOLUTE, code.JUMP_FORWARD, code.POP_JUMP_IF_FALSE, code.POP_JUMP_IF_TRUE,
		code.JUMP_IF_FALSE_OR_POP, code.JUMP_IF_TRUE_OR_POP, code.FOR_ITER, code.JUMP_IF_NOT_EXC_MATCH,
		code.SETUP_FINALLY, code.SETUP_WITH, code.SETUP_ASYNC_WITH:
		return true
	}
	return false
}

func (b *block) last() *instr {
	if len(b.instrs) == 0 {
		return nil
	}
	return &b.instrs[len(b.instrs)-1]
}

const maxCopySize = 4

// assemble finishes the current unit: the implicit `return None`, the CFG
// clean-ups of CPython 3.10 in its order, stack depth, layout, jump
// resolution and the code object.
func (c *compiler) assemble(addNone bool) *code.Code {
	u := c.u
	if !u.curblock.hasReturn {
		u.lineno = -1
		if addNone {
			c.loadNone()
		}
		c.op(code.RETURN_VALUE)
	}
	for _, b := range u.blocks {
		normalizeBlock(b)
	}
	for i := len(u.blocks) - 1; i >= 0; i-- {
		extendBlock(u.blocks[i])
	}
	entry := u.entry
	if u.firstline == 0 {
		u.firstline = 1
		if len(entry.instrs) > 0 && entry.instrs[0].lineno > 0 {
			u.firstline = entry.instrs[0].lineno
		}
	}
	if u.ste.IsGenerator || u.ste.IsCoroutine {
		kind := 0
		switch {
		case u.ste.IsGenerator && u.ste.IsCoroutine:
			kind = 2
		case u.ste.IsCoroutine:
			kind = 1
		}
		entry.instrs = append([]instr{{op: code.GEN_START, arg: kind, lineno: -1}}, entry.instrs...)
	}
	c.optimizeCFG(entry)
	c.duplicateExitsWithoutLineno()
	c.trimUnusedConsts(entry)
	propagateLineNumbers(entry)
	guaranteeLinenoForExits(entry, u.firstline)
	depth := c.stackdepth(entry)
	return c.makeCode(entry, depth)
}

func normalizeBlock(b *block) {
	for i := range b.instrs {
		in := &b.instrs[i]
		switch in.op {
		case code.RETURN_VALUE, code.RAISE_VARARGS, code.RERAISE:
			b.exit = true
			b.nofallthrough = true
		case code.JUMP_ABSOLUTE, code.JUMP_FORWARD:
			b.nofallthrough = true
			fallthroughSkip(in)
		case code.POP_JUMP_IF_FALSE, code.POP_JUMP_IF_TRUE, code.JUMP_IF_FALSE_OR_POP,
			code.JUMP_IF_TRUE_OR_POP, code.FOR_ITER:
			fallthroughSkip(in)
		}
	}
}

func fallthroughSkip(in *instr) {
	for in.target != nil && len(in.target.instrs) == 0 && in.target.next != nil {
		in.target = in.target.next
	}
}

// extendBlock copies a small exit block into a block that jumps to it.
func extendBlock(b *block) {
	last := b.last()
	if last == nil || (last.op != code.JUMP_ABSOLUTE && last.op != code.JUMP_FORWARD) {
		return
	}
	t := last.target
	if t.exit && len(t.instrs) <= maxCopySize {
		last.op = code.NOP
		b.instrs = append(b.instrs, t.instrs...)
		b.exit = true
	}
}

func skipEmpty(b *block) *block {
	for b != nil && len(b.instrs) == 0 && b.next != nil {
		b = b.next
	}
	return b
}

func (c *compiler) constTrue(idx int) bool { return truthy(c.u.consts[idx]) }

// maxJumpHops bounds how often optimizeBlock rethreads one jump.
const maxJumpHops = 100

// optimizeBlock is optimize_basic_block: peephole rewrites inside a block.
func (c *compiler) optimizeBlock(bb *block) {
	nop := instr{op: code.NOP}
	// A conditional jump is retargeted past the jumps it lands on and then
	// looked at again; jumps can form a cycle ("while True or spam: pass",
	// bpo-45773), so an instruction is rethreaded a bounded number of times.
	at, hops := -1, 0
	rethread := func(i int) bool {
		if i != at {
			at, hops = i, 0
		}
		hops++
		return hops <= maxJumpHops
	}
	for i := 0; i < len(bb.instrs); i++ {
		inst := &bb.instrs[i]
		var nextop code.Opcode
		if i+1 < len(bb.instrs) {
			nextop = bb.instrs[i+1].op
		}
		target := &nop
		if inst.op.IsJump() {
			for len(inst.target.instrs) == 0 {
				inst.target = inst.target.next
			}
			target = &inst.target.instrs[0]
		}
		switch inst.op {
		case code.LOAD_CONST:
			switch nextop {
			case code.POP_JUMP_IF_FALSE, code.POP_JUMP_IF_TRUE:
				isTrue := c.constTrue(inst.arg)
				inst.op = code.NOP
				if isTrue == (nextop == code.POP_JUMP_IF_TRUE) {
					bb.instrs[i+1].op = code.JUMP_ABSOLUTE
					bb.nofallthrough = true
				} else {
					bb.instrs[i+1].op = code.NOP
				}
			case code.JUMP_IF_FALSE_OR_POP, code.JUMP_IF_TRUE_OR_POP:
				isTrue := c.constTrue(inst.arg)
				if isTrue == (nextop == code.JUMP_IF_TRUE_OR_POP) {
					bb.instrs[i+1].op = code.JUMP_ABSOLUTE
					bb.nofallthrough = true
				} else {
					inst.op = code.NOP
					bb.instrs[i+1].op = code.NOP
				}
			}
		case code.BUILD_TUPLE:
			if nextop == code.UNPACK_SEQUENCE && inst.arg == bb.instrs[i+1].arg {
				switch inst.arg {
				case 1:
					inst.op = code.NOP
					bb.instrs[i+1].op = code.NOP
				case 2:
					inst.op = code.ROT_TWO
					bb.instrs[i+1].op = code.NOP
				case 3:
					inst.op = code.ROT_THREE
					bb.instrs[i+1].op = code.ROT_TWO
				}
				break
			}
			if i >= inst.arg {
				c.foldTupleOnConstants(bb.instrs[i-inst.arg:i+1], inst.arg)
			}
		case code.JUMP_IF_FALSE_OR_POP, code.JUMP_IF_TRUE_OR_POP:
			same, opposite := code.JUMP_IF_FALSE_OR_POP, code.JUMP_IF_TRUE_OR_POP
			popSame := code.POP_JUMP_IF_FALSE
			if inst.op == code.JUMP_IF_TRUE_OR_POP {
				same, opposite = opposite, same
				popSame = code.POP_JUMP_IF_TRUE
			}
			switch target.op {
			case popSame:
				if inst.lineno == target.lineno && rethread(i) {
					*inst = *target
					i--
				}
			case code.JUMP_ABSOLUTE, code.JUMP_FORWARD, same:
				if inst.lineno == target.lineno && inst.target != target.target && rethread(i) {
					inst.target = target.target
					i--
				}
			case opposite:
				if inst.lineno == target.lineno && rethread(i) {
					inst.op = popSame
					inst.target = inst.target.next
					i--
				}
			}
		case code.POP_JUMP_IF_FALSE, code.POP_JUMP_IF_TRUE:
			switch target.op {
			case code.JUMP_ABSOLUTE, code.JUMP_FORWARD:
				if inst.lineno == target.lineno && inst.target != target.target && rethread(i) {
					inst.target = target.target
					i--
				}
			}
		case code.JUMP_ABSOLUTE, code.JUMP_FORWARD:
			switch target.op {
			case code.JUMP_FORWARD, code.JUMP_ABSOLUTE:
				if inst.lineno == target.lineno {
					eliminateJumpToJump(bb, inst.op)
				}
			default:
				t := inst.target
				if t.exit && len(t.instrs) <= maxCopySize {
					// Unlike extendBlock, CPython 3.10 does not mark the
					// block as an exit here, and its copy loop reuses the
					// scan index, so the scan resumes there.
					inst.op = code.NOP
					bb.instrs = append(bb.instrs, t.instrs...)
					bb.exit = true
					i = len(t.instrs)
				}
			}
		case code.ROT_N:
			switch inst.arg {
			case 0, 1:
				inst.op = code.NOP
				continue
			case 2:
				inst.op = code.ROT_TWO
			case 3:
				inst.op = code.ROT_THREE
			case 4:
				inst.op = code.ROT_FOUR
			}
			if n := inst.arg; i >= n-1 {
				foldRotations(bb.instrs[i-n+1:i+1], n)
			}
		}
	}
}

// foldRotations removes n rotations of the top n items in a row: together
// they change nothing.
func foldRotations(ins []instr, n int) {
	for _, in := range ins {
		rot := 0
		switch in.op {
		case code.ROT_N:
			rot = in.arg
		case code.ROT_FOUR:
			rot = 4
		case code.ROT_THREE:
			rot = 3
		case code.ROT_TWO:
			rot = 2
		}
		if rot != n {
			return
		}
	}
	for i := range ins {
		ins[i].op = code.NOP
	}
}

func eliminateJumpToJump(bb *block, op code.Opcode) {
	inst := bb.last()
	target := &inst.target.instrs[0]
	if inst.target == target.target {
		return
	}
	bb.instrs = append(bb.instrs, instr{op: op, target: target.target, lineno: target.lineno})
	bb.instrs[len(bb.instrs)-2].op = code.NOP
}

// foldTupleOnConstants turns LOAD_CONST... BUILD_TUPLE n into one LOAD_CONST.
func (c *compiler) foldTupleOnConstants(ins []instr, n int) {
	vals := make([]syntax.ConstValue, n)
	for i := 0; i < n; i++ {
		if ins[i].op != code.LOAD_CONST {
			return
		}
		k := c.u.consts[ins[i].arg]
		if k.code != nil || k.frozen {
			return
		}
		vals[i] = k.v
	}
	idx := c.u.addConst(konst{v: syntax.ConstValue{Kind: syntax.ConstTuple, Tuple: vals}})
	for i := 0; i < n; i++ {
		ins[i].op = code.NOP
	}
	ins[n].op = code.LOAD_CONST
	ins[n].arg = idx
}

// cleanBlock removes NOPs that carry no needed line number.
func cleanBlock(bb *block, prevLineno int) {
	dest := 0
	for src := 0; src < len(bb.instrs); src++ {
		lineno := bb.instrs[src].lineno
		if bb.instrs[src].op == code.NOP {
			if lineno < 0 || prevLineno == lineno {
				continue
			}
			if src < len(bb.instrs)-1 {
				nextLineno := bb.instrs[src+1].lineno
				if nextLineno < 0 || nextLineno == lineno {
					bb.instrs[src+1].lineno = lineno
					continue
				}
			} else {
				next := bb.next
				for next != nil && len(next.instrs) == 0 {
					next = next.next
				}
				if next != nil && lineno == next.instrs[0].lineno {
					continue
				}
			}
		}
		bb.instrs[dest] = bb.instrs[src]
		dest++
		prevLineno = lineno
	}
	bb.instrs = bb.instrs[:dest]
}

func (c *compiler) markReachable(entry *block) {
	for _, b := range c.u.blocks {
		b.predecessors = 0
	}
	entry.predecessors = 1
	stack := []*block{entry}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if b.next != nil && !b.nofallthrough {
			if b.next.predecessors == 0 {
				stack = append(stack, b.next)
			}
			b.next.predecessors++
		}
		for i := range b.instrs {
			if b.instrs[i].op.IsJump() {
				t := b.instrs[i].target
				if t.predecessors == 0 {
					stack = append(stack, t)
				}
				t.predecessors++
			}
		}
	}
}

func eliminateEmptyBlocks(entry *block) {
	for b := entry; b != nil; b = b.next {
		next := b.next
		if next != nil {
			for len(next.instrs) == 0 && next.next != nil {
				next = next.next
			}
			b.next = next
		}
	}
	for b := entry; b != nil; b = b.next {
		if last := b.last(); last != nil && last.op.IsJump() {
			t := last.target
			for len(t.instrs) == 0 {
				t = t.next
			}
			last.target = t
		}
	}
}

func (c *compiler) optimizeCFG(entry *block) {
	for b := entry; b != nil; b = b.next {
		c.optimizeBlock(b)
		cleanBlock(b, -1)
	}
	for b := entry; b != nil; b = b.next {
		extendBlock(b)
	}
	c.markReachable(entry)
	for b := entry; b != nil; b = b.next {
		if b.predecessors == 0 {
			b.instrs = nil
			b.nofallthrough = false
		}
	}
	var pred *block
	for b := entry; b != nil; b = b.next {
		prev := -1
		if pred != nil && len(pred.instrs) > 0 {
			prev = pred.last().lineno
		}
		cleanBlock(b, prev)
		if b.nofallthrough {
			pred = nil
		} else {
			pred = b
		}
	}
	eliminateEmptyBlocks(entry)
	maybeEmpty := false
	for b := entry; b != nil; b = b.next {
		if last := b.last(); last != nil && (last.op == code.JUMP_ABSOLUTE || last.op == code.JUMP_FORWARD) {
			if last.target == b.next {
				b.nofallthrough = false
				last.op = code.NOP
				cleanBlock(b, -1)
				maybeEmpty = true
			}
		}
	}
	if maybeEmpty {
		eliminateEmptyBlocks(entry)
	}
}

func isExitWithoutLineno(b *block) bool {
	return b.exit && len(b.instrs) > 0 && b.instrs[0].lineno < 0
}

func isHandlerSetup(op code.Opcode) bool {
	return op == code.SETUP_FINALLY || op == code.SETUP_WITH || op == code.SETUP_ASYNC_WITH
}

// duplicateExitsWithoutLineno gives every exit block without a line number
// a single predecessor, copying it where needed (PEP 626).
func (c *compiler) duplicateExitsWithoutLineno() {
	blocks := c.u.blocks
	for i := len(blocks) - 1; i >= 0; i-- {
		b := blocks[i]
		last := b.last()
		if last == nil || !last.op.IsJump() || isHandlerSetup(last.op) {
			continue
		}
		t := last.target
		if isExitWithoutLineno(t) && t.predecessors > 1 {
			nt := c.newBlock()
			nt.instrs = append([]instr(nil), t.instrs...)
			nt.exit, nt.nofallthrough, nt.hasReturn = t.exit, t.nofallthrough, t.hasReturn
			nt.instrs[0].lineno = last.lineno
			last.target = nt
			t.predecessors--
			nt.predecessors = 1
			nt.next = t.next
			t.next = nt
		}
	}
	for i := len(blocks) - 1; i >= 0; i-- {
		b := blocks[i]
		for b.next != nil && len(b.next.instrs) == 0 {
			b.next = b.next.next
		}
	}
	for i := len(blocks) - 1; i >= 0; i-- {
		b := blocks[i]
		if !b.nofallthrough && b.next != nil && len(b.instrs) > 0 && isExitWithoutLineno(b.next) {
			b.next.instrs[0].lineno = b.last().lineno
		}
	}
}

func (c *compiler) trimUnusedConsts(entry *block) {
	maxIdx := 0
	for b := entry; b != nil; b = b.next {
		for _, in := range b.instrs {
			if in.op == code.LOAD_CONST && in.arg > maxIdx {
				maxIdx = in.arg
			}
		}
	}
	if maxIdx+1 < len(c.u.consts) {
		c.u.consts = c.u.consts[:maxIdx+1]
	}
}

func propagateLineNumbers(entry *block) {
	for b := entry; b != nil; b = b.next {
		if len(b.instrs) == 0 {
			continue
		}
		prev := -1
		for i := range b.instrs {
			if b.instrs[i].lineno < 0 {
				b.instrs[i].lineno = prev
			} else {
				prev = b.instrs[i].lineno
			}
		}
		if !b.nofallthrough && b.next != nil && b.next.predecessors == 1 {
			if b.next.instrs[0].lineno < 0 {
				b.next.instrs[0].lineno = prev
			}
		}
		last := b.last()
		if last.op.IsJump() && !isHandlerSetup(last.op) {
			t := last.target
			if t.predecessors == 1 && t.instrs[0].lineno < 0 {
				t.instrs[0].lineno = prev
			}
		}
	}
}

func guaranteeLinenoForExits(entry *block, firstline int) {
	lineno := firstline
	for b := entry; b != nil; b = b.next {
		last := b.last()
		if last == nil {
			continue
		}
		if last.lineno < 0 {
			if last.op == code.RETURN_VALUE {
				for i := range b.instrs {
					b.instrs[i].lineno = lineno
				}
			}
		} else {
			lineno = last.lineno
		}
	}
}

func (c *compiler) stackdepth(entry *block) int {
	for _, b := range c.u.blocks {
		b.visited = false
		b.startdepth = -1 << 30
	}
	maxdepth := 0
	var stack []*block
	push := func(b *block, depth int) {
		if b.startdepth < depth && b.startdepth < 100 {
			b.startdepth = depth
			stack = append(stack, b)
		}
	}
	start := 0
	if c.u.ste.IsGenerator || c.u.ste.IsCoroutine {
		start = 1
	}
	push(entry, start)
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		depth := b.startdepth
		next := b.next
		for _, in := range b.instrs {
			eff, ok := code.StackEffect(in.op, in.arg, false)
			if !ok {
				panic(internalError(fmt.Sprintf("invalid opcode %v in stack depth", in.op)))
			}
			nd := depth + eff
			if nd > maxdepth {
				maxdepth = nd
			}
			if in.op.IsJump() {
				je, _ := code.StackEffect(in.op, in.arg, true)
				td := depth + je
				if td > maxdepth {
					maxdepth = td
				}
				push(in.target, td)
			}
			depth = nd
			if in.op == code.JUMP_ABSOLUTE || in.op == code.JUMP_FORWARD || in.op == code.RETURN_VALUE ||
				in.op == code.RAISE_VARARGS || in.op == code.RERAISE {
				next = nil
				break
			}
		}
		if next != nil {
			push(next, depth)
		}
	}
	return maxdepth
}

func instrSize(arg int) int {
	switch {
	case arg <= 0xff:
		return 1
	case arg <= 0xffff:
		return 2
	case arg <= 0xffffff:
		return 3
	}
	return 4
}

// makeCode lays the blocks out, resolves jumps (3.10 counts instructions),
// encodes EXTENDED_ARG prefixes and builds the code object.
func (c *compiler) makeCode(entry *block, stacksize int) *code.Code {
	u := c.u
	// An unconditional jump is emitted as JUMP_FORWARD when its target lies
	// ahead and as JUMP_ABSOLUTE when it lies behind, whatever the compiler
	// asked for, as CPython 3.10's output shows.
	order := map[*block]int{}
	n := 0
	for b := entry; b != nil; b = b.next {
		order[b] = n
		n++
	}
	for b := entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			if in.op == code.JUMP_ABSOLUTE || in.op == code.JUMP_FORWARD {
				if order[in.target] > order[b] {
					in.op = code.JUMP_FORWARD
				} else {
					in.op = code.JUMP_ABSOLUTE
				}
			}
		}
	}
	for {
		total := 0
		for b := entry; b != nil; b = b.next {
			b.offset = total
			for _, in := range b.instrs {
				total += instrSize(in.arg)
			}
		}
		again := false
		for b := entry; b != nil; b = b.next {
			pos := b.offset
			for i := range b.instrs {
				in := &b.instrs[i]
				size := instrSize(in.arg)
				pos += size
				if in.op.IsJump() {
					in.arg = in.target.offset
					if in.op.IsRelativeJump() {
						in.arg -= pos
					}
					if instrSize(in.arg) != size {
						again = true
					}
				}
			}
		}
		if !again {
			break
		}
	}
	co := &code.Code{
		Argcount:        u.argcount + u.posonlyargcount,
		Posonlyargcount: u.posonlyargcount,
		Kwonlyargcount:  u.kwonlyargcount,
		Stacksize:       stacksize,
		Flags:           c.codeFlags(),
		Names:           u.names,
		Varnames:        u.varnames,
		Cellvars:        u.cellvars,
		Freevars:        u.freevars,
		Filename:        c.filename,
		Name:            u.name,
		Qualname:        u.qualname,
		Firstlineno:     u.firstline,
	}
	if co.Names == nil {
		co.Names = []string{}
	}
	if co.Varnames == nil {
		co.Varnames = []string{}
	}
	if co.Cellvars == nil {
		co.Cellvars = []string{}
	}
	if co.Freevars == nil {
		co.Freevars = []string{}
	}
	if u.scope == scopeModule {
		co.Qualname = u.name
	}
	co.Nlocals = len(co.Varnames)
	for b := entry; b != nil; b = b.next {
		for _, in := range b.instrs {
			n := instrSize(in.arg)
			for s := n - 1; s > 0; s-- {
				co.Code = append(co.Code, code.MakeUnit(code.EXTENDED_ARG, uint8(in.arg>>(8*s))))
				co.Lines = append(co.Lines, int32(in.lineno))
			}
			co.Code = append(co.Code, code.MakeUnit(in.op, uint8(in.arg)))
			co.Lines = append(co.Lines, int32(in.lineno))
		}
	}
	co.Consts = make([]object.Value, len(u.consts))
	for i, k := range u.consts {
		v, err := k.value()
		if err != nil {
			c.errorf("%v", err)
		}
		co.Consts[i] = v
	}
	if c.codeKeys == nil {
		c.codeKeys = map[*code.Code]string{}
		c.codeIDs = map[string]string{}
	}
	// The full key names the constants' keys, so an enclosing code's key
	// would hold every nested one's: equal keys get one short name instead,
	// which keeps compile time and memory linear in the nesting depth.
	full := codeKey(co, u.consts)
	id, ok := c.codeIDs[full]
	if !ok {
		id = "code#" + strconv.Itoa(len(c.codeIDs))
		c.codeIDs[full] = id
	}
	c.codeKeys[co] = id
	co.Finish()
	return co
}

// codeFlags is compute_code_flags.
func (c *compiler) codeFlags() int {
	u := c.u
	ste := u.ste
	flags := 0
	if ste.Kind == symtable.FunctionBlock {
		flags |= code.CoNewlocals | code.CoOptimized
		if ste.IsNested {
			flags |= code.CoNested
		}
		if ste.IsGenerator && !ste.IsCoroutine {
			flags |= code.CoGenerator
		}
		if !ste.IsGenerator && ste.IsCoroutine {
			flags |= code.CoCoroutine
		}
		if ste.IsGenerator && ste.IsCoroutine {
			flags |= code.CoAsyncGenerator
		}
		if ste.HasVarargs {
			flags |= code.CoVarargs
		}
		if ste.HasVarkeywords {
			flags |= code.CoVarkeywords
		}
	}
	flags |= c.future & futureMask
	if c.isTopLevelAwait() && ste.IsCoroutine && !ste.IsGenerator {
		flags |= code.CoCoroutine
	}
	if len(u.cellvars) == 0 && len(u.freevars) == 0 {
		flags |= code.CoNofree
	}
	return flags
}
