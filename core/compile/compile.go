// Package compile turns a Python 3.10 AST into code objects carrying the
// bytecode CPython 3.10 emits for the same source.
//
// The compiler follows the shape of CPython's Python/compile.c. Each block
// (module, class body, function, lambda, comprehension) is compiled in a unit
// that owns a control-flow graph of basic blocks; statements and expressions
// append instructions to the current block, jumps name their target block.
// Names are resolved in one place, nameop, from the symbol table's scope
// decision and the kind of the block (FAST/DEREF/CLASSDEREF/GLOBAL/NAME).
// Constant folding mirrors CPython's AST optimizer but is done lazily while
// visiting, so the AST (whose nodes key the symbol table) is never mutated.
//
// The assembler (assemble.go) then applies the CFG clean-ups of CPython 3.10
// in the same order (constant conditional jumps, jump threading, copying of
// small exit blocks, unreachable-block removal, NOP removal under the line
// number rules of PEP 626), computes the stack depth by a walk over the
// graph, lays the blocks out, resolves jump arguments (counted in
// instructions, with EXTENDED_ARG prefixes), and builds the code object.
package compile

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/symtable"
	"github.com/pyvar/pyvar/core/syntax"
)

// Compile flags accepted by Compile and CompileAST (CPython's PyCF_* and
// CO_FUTURE_* values).
const (
	// FlagAllowTopLevelAwait is PyCF_ALLOW_TOP_LEVEL_AWAIT.
	FlagAllowTopLevelAwait = 0x2000
)

// futureFlags maps `from __future__ import X` to the co_flags bit it
// sets; in Python 3 only two features still change anything.
var futureFlags = map[string]int{
	"nested_scopes":    0,
	"generators":       0,
	"division":         0,
	"absolute_import":  0,
	"with_statement":   0,
	"print_function":   0,
	"unicode_literals": 0,
	"barry_as_FLUFL":   0x400000,
	"generator_stop":   0,
	"annotations":      code.CoFutureAnnotions,
}

// futureMask are the flag bits that pass from the compile flags to co_flags.
const futureMask = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | code.CoFutureAnnotions

// Compile parses src and compiles it in the given mode (Exec, Eval or
// Single). Errors are *syntax.Error.
func Compile(src []byte, filename string, mode syntax.Mode, flags int) (co *code.Code, err error) {
	mod, err := syntax.Parse(filename, src, mode)
	if err != nil {
		return nil, err
	}
	return compileMod(mod, filename, flags, src, nil)
}

// CompileWarn is Compile with the compiler's warnings going to warn.
func CompileWarn(src []byte, filename string, mode syntax.Mode, flags int, warn Warner) (co *code.Code, err error) {
	var pw syntax.Warner
	if warn != nil {
		pw = func(lineno int, category, msg string) (bool, error) { return warn(filename, lineno, category, msg) }
	}
	parse := syntax.ParseWarn
	if flags&code.IgnoreCookie != 0 {
		parse = syntax.ParseTextWarn
	}
	mod, err := parse(filename, src, mode, pw)
	if err != nil {
		return nil, err
	}
	return compileMod(mod, filename, flags, src, warn)
}

// CompileAST compiles an already parsed module. Errors are *syntax.Error.
func CompileAST(mod syntax.Mod, filename string, flags int) (*code.Code, error) {
	return compileMod(mod, filename, flags, nil, nil)
}

// CompileASTWarn is CompileAST with the compiler's warnings going to warn.
func CompileASTWarn(mod syntax.Mod, filename string, flags int, warn Warner) (*code.Code, error) {
	return compileMod(mod, filename, flags, nil, warn)
}

func compileMod(mod syntax.Mod, filename string, flags int, src []byte, warn Warner) (co *code.Code, err error) {
	c := &compiler{filename: filename, src: src, flags: flags, warner: warn, optimize: code.OptimizeLevel(flags)}
	defer func() {
		if r := recover(); r != nil {
			if a, ok := r.(warnAbort); ok {
				co, err = nil, a.err
				return
			}
			if e, ok := r.(*syntax.Error); ok {
				co, err = nil, e
				return
			}
			if e, ok := r.(internalError); ok {
				co, err = nil, c.newError(string(e), c.lastPos())
				return
			}
			// A bug of the compiler must not crash the interpreter.
			co, err = nil, &InternalError{Msg: fmt.Sprint(r), Stack: string(debug.Stack())}
		}
	}()
	if err := c.parseFuture(mod); err != nil {
		return nil, err
	}
	st, err := symtable.Build(mod, filename)
	if err != nil {
		if se, ok := err.(*syntax.Error); ok && se.Text == "" {
			se.Text = c.sourceLine(se.Lineno)
		}
		return nil, err
	}
	c.st = st
	return c.compileModule(mod), nil
}

// InternalError reports a bug of the compiler (a Go panic caught while
// compiling), as CPython's SystemError would.
type InternalError struct {
	Msg   string
	Stack string
}

// Error returns the message.
func (e *InternalError) Error() string { return "SystemError: internal compiler error: " + e.Msg }

// internalError aborts compilation with a message; it becomes a SyntaxError
// at the current position (CPython raises SystemError for most of these).
type internalError string

type compiler struct {
	warner   Warner // where warnings go (nil: the package's Warn)
	filename string
	src      []byte
	flags    int // compile flags, including the future features found
	optimize int // -O level: 1 drops asserts and makes __debug__ False, 2 also docstrings
	st       *symtable.Table

	future       int // future feature bits
	futureLineno int // line of the last `from __future__` import

	interactive bool
	nestlevel   int
	u           *unit   // current unit
	stack       []*unit // enclosing units

	fold   map[syntax.Expr]syntax.Expr // memoised constant folding
	frozen map[*syntax.Constant]bool   // folded frozenset constants

	codeKeys map[*code.Code]string // co_consts identity of the code objects made
	codeIDs  map[string]string     // full code key -> its short name in codeKeys
}

// scopeType is CPython's COMPILER_SCOPE_*: what a unit compiles.
type scopeType uint8

const (
	scopeModule scopeType = iota
	scopeClass
	scopeFunction
	scopeAsyncFunction
	scopeLambda
	scopeComprehension
)

// fblockType is a kind of frame block (CPython's fblocktype): the static
// nesting of loops, try, with and handlers that break/continue/return unwind.
type fblockType uint8

const (
	fbWhileLoop fblockType = iota
	fbForLoop
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbAsyncWith
	fbHandlerCleanup
	fbPopValue
	fbExceptionHandler
	fbAsyncComprehensionGenerator
)

type fblock struct {
	kind  fblockType
	block *block
	exit  *block
	// datum is the finally body ([]syntax.Stmt), the with statement
	// (syntax.Stmt) or the handler's bound name (string).
	datum any
}

// maxBlocks is CPython's CO_MAXBLOCKS.
const maxBlocks = 20

// stackUseGuideline is CPython's STACK_USE_GUIDELINE.
const stackUseGuideline = 30

// unit is the compilation state of one code object (compiler_unit).
type unit struct {
	ste       *symtable.Table
	scope     scopeType
	name      string
	qualname  string
	private   string
	firstline int

	argcount, posonlyargcount, kwonlyargcount int

	consts    []konst
	constIdx  map[string]int
	names     []string
	nameIdx   map[string]int
	varnames  []string
	varIdx    map[string]int
	cellvars  []string
	freevars  []string
	cellIndex map[string]int // cells then frees, as LOAD_CLOSURE indexes them

	blocks   []*block // in creation order (CPython walks u_blocks newest first)
	curblock *block
	entry    *block

	fblocks []fblock

	lineno, endLineno, colOffset, endColOffset int
	lastLine                                   int // line of the instruction emitted last
}

func (c *compiler) newError(msg string, pos *syntax.Pos) *syntax.Error {
	e := &syntax.Error{Kind: "SyntaxError", Msg: msg, Filename: c.filename}
	if pos != nil {
		e.Lineno = pos.Lineno
		e.Offset = pos.ColOffset + 1
		e.EndLineno = pos.EndLineno
		e.EndOffset = pos.EndColOffset + 1
		e.Text = c.sourceLine(pos.Lineno)
	}
	return e
}

func (c *compiler) sourceLine(n int) string {
	if c.src == nil || n <= 0 {
		return ""
	}
	lines := strings.SplitAfter(string(c.src), "\n")
	if n > len(lines) {
		return ""
	}
	return lines[n-1]
}

func (c *compiler) lastPos() *syntax.Pos {
	if c.u == nil {
		return nil
	}
	return &syntax.Pos{Lineno: c.u.lineno, ColOffset: c.u.colOffset, EndLineno: c.u.endLineno, EndColOffset: c.u.endColOffset}
}

// errorf aborts compilation with a SyntaxError at the current location, as
// compiler_error does.
func (c *compiler) errorf(format string, args ...any) {
	panic(c.newError(fmt.Sprintf(format, args...), c.lastPos()))
}

// setLoc makes n's position the location of the next instructions (SET_LOC).
func (c *compiler) setLoc(n syntax.Located) {
	p := n.Position()
	c.u.lineno, c.u.colOffset, c.u.endLineno, c.u.endColOffset = p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset
}

// ---- units and scopes ----

func (c *compiler) enterScope(name string, st scopeType, node syntax.Node, lineno int) {
	ste := c.st.TableFor(node)
	if ste == nil {
		panic(internalError(fmt.Sprintf("no symbol table for %s", name)))
	}
	u := &unit{
		ste: ste, scope: st, name: name, firstline: lineno,
		constIdx: map[string]int{}, nameIdx: map[string]int{}, varIdx: map[string]int{},
		cellIndex: map[string]int{},
	}
	for _, v := range ste.Varnames {
		u.addVarname(v)
	}
	u.cellvars = ste.Cellvars()
	if ste.NeedsClassClosure {
		u.cellvars = []string{"__class__"}
	}
	u.freevars = ste.Freevars()
	for i, n := range u.cellvars {
		u.cellIndex[n] = i
	}
	for i, n := range u.freevars {
		if _, ok := u.cellIndex[n]; !ok {
			u.cellIndex[n] = len(u.cellvars) + i
		}
	}
	u.lineno = lineno
	if c.u != nil {
		c.stack = append(c.stack, c.u)
		u.private = c.u.private
	}
	c.u = u
	c.nestlevel++
	b := c.newBlock()
	u.curblock = b
	u.entry = b
	if st != scopeModule {
		c.setQualname()
	} else {
		u.lineno = -1
	}
}

func (c *compiler) exitScope() {
	c.nestlevel--
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
}

// setQualname computes __qualname__ as compiler_set_qualname does: a def or
// class declared global in its parent is named as if at module level, and
// names inside functions get ".<locals>".
func (c *compiler) setQualname() {
	u := c.u
	if len(c.stack) <= 1 {
		u.qualname = u.name
		return
	}
	parent := c.stack[len(c.stack)-1]
	if u.scope == scopeFunction || u.scope == scopeAsyncFunction || u.scope == scopeClass {
		mangled := symtable.Mangle(parent.private, u.name)
		if parent.ste.ScopeOf(mangled) == symtable.GlobalExplicit {
			u.qualname = u.name
			return
		}
	}
	base := parent.qualname
	if parent.scope == scopeFunction || parent.scope == scopeAsyncFunction || parent.scope == scopeLambda {
		base += ".<locals>"
	}
	u.qualname = base + "." + u.name
}

func (u *unit) addVarname(n string) int {
	if i, ok := u.varIdx[n]; ok {
		return i
	}
	u.varIdx[n] = len(u.varnames)
	u.varnames = append(u.varnames, n)
	return len(u.varnames) - 1
}

func (u *unit) addName(n string) int {
	if i, ok := u.nameIdx[n]; ok {
		return i
	}
	u.nameIdx[n] = len(u.names)
	u.names = append(u.names, n)
	return len(u.names) - 1
}

func (u *unit) addConst(k konst) int {
	key := k.key()
	if i, ok := u.constIdx[key]; ok {
		return i
	}
	u.constIdx[key] = len(u.consts)
	u.consts = append(u.consts, k)
	return len(u.consts) - 1
}

func (c *compiler) mangle(name string) string { return symtable.Mangle(c.u.private, name) }

// ---- emitting ----

func (c *compiler) newBlock() *block {
	b := &block{}
	c.u.blocks = append(c.u.blocks, b)
	return b
}

// useNextBlock makes b the block that follows the current one in code order
// and the target of further instructions (compiler_use_next_block).
func (c *compiler) useNextBlock(b *block) {
	c.u.curblock.next = b
	c.u.curblock = b
}

// nextBlock starts a fresh block after the current one (NEXT_BLOCK).
func (c *compiler) nextBlock() { c.useNextBlock(c.newBlock()) }

func (c *compiler) emitLine(op code.Opcode, arg int, target *block, line int) {
	b := c.u.curblock
	if n := len(b.instrs); n > 0 && endsFlow(b.instrs[n-1].op) {
		// CPython always starts a new block after a jump or exit; code
		// that follows one directly is dead but must not share the block.
		c.nextBlock()
		b = c.u.curblock
	}
	b.instrs = append(b.instrs, instr{op: op, arg: arg, target: target, lineno: line})
	c.u.lastLine = line
	if op == code.RETURN_VALUE {
		b.hasReturn = true
	}
}

func (c *compiler) op(op code.Opcode)             { c.emitLine(op, 0, nil, c.u.lineno) }
func (c *compiler) opArg(op code.Opcode, arg int) { c.emitLine(op, arg, nil, c.u.lineno) }
func (c *compiler) jump(op code.Opcode, b *block) { c.emitLine(op, 0, b, c.u.lineno) }
func (c *compiler) jumpNoLine(op code.Opcode, b *block) {
	c.emitLine(op, 0, b, -1)
}
func (c *compiler) opNoLine(op code.Opcode) { c.emitLine(op, 0, nil, -1) }

func (c *compiler) loadConst(k konst) { c.opArg(code.LOAD_CONST, c.u.addConst(k)) }
func (c *compiler) loadNone()         { c.loadConst(konst{v: syntax.NoneValue()}) }

// opName emits an instruction whose argument is a (mangled) co_names index.
func (c *compiler) opName(op code.Opcode, name string) {
	c.opArg(op, c.u.addName(c.mangle(name)))
}

// opNameRaw emits a co_names instruction without mangling (ADDOP_N).
func (c *compiler) opNameRaw(op code.Opcode, name string) {
	c.opArg(op, c.u.addName(name))
}

// ---- names ----

// forbiddenName reports the CPython errors for binding or deleting __debug__.
func (c *compiler) forbiddenName(name string, ctx syntax.ExprContext) {
	if name != "__debug__" {
		return
	}
	switch ctx {
	case syntax.Store:
		c.errorf("cannot assign to __debug__")
	case syntax.Del:
		c.errorf("cannot delete __debug__")
	}
}

// nameop emits the load, store or delete of a variable. It is the single
// place where the symbol's scope and the kind of block choose the opcode
// family, as compiler_nameop does:
//
//	scope \ block     function        class               module
//	local             *_FAST          *_NAME              *_NAME
//	cell, free        *_DEREF         LOAD_CLASSDEREF /   *_DEREF
//	                                  STORE/DELETE_DEREF
//	global explicit   *_GLOBAL        *_GLOBAL            *_GLOBAL
//	global implicit   *_GLOBAL        *_NAME              *_NAME
//	unknown           *_NAME          *_NAME              *_NAME
func (c *compiler) nameop(name string, ctx syntax.ExprContext) {
	c.forbiddenName(name, ctx)
	mangled := c.mangle(name)
	u := c.u
	isFunc := u.ste.Kind == symtable.FunctionBlock
	const (
		famName = iota
		famFast
		famGlobal
		famDeref
	)
	fam := famName
	switch u.ste.ScopeOf(mangled) {
	case symtable.Free, symtable.Cell:
		fam = famDeref
	case symtable.Local:
		if isFunc {
			fam = famFast
		}
	case symtable.GlobalImplicit:
		if isFunc {
			fam = famGlobal
		}
	case symtable.GlobalExplicit:
		fam = famGlobal
	}
	pick := func(load, store, del code.Opcode) code.Opcode {
		switch ctx {
		case syntax.Store:
			return store
		case syntax.Del:
			return del
		}
		return load
	}
	switch fam {
	case famFast:
		c.opArg(pick(code.LOAD_FAST, code.STORE_FAST, code.DELETE_FAST), u.addVarname(mangled))
	case famDeref:
		load := code.LOAD_DEREF
		if u.ste.Kind == symtable.ClassBlock {
			load = code.LOAD_CLASSDEREF
		}
		// A class can have both its own __class__ cell and a free
		// __class__ from an enclosing method: the scope picks the table.
		idx, ok := indexOf(u.cellvars, mangled)
		if u.ste.ScopeOf(mangled) == symtable.Free {
			idx, ok = indexOf(u.freevars, mangled)
			idx += len(u.cellvars)
		}
		if !ok {
			panic(internalError(fmt.Sprintf("free variable %s has no cell in %s", mangled, u.name)))
		}
		c.opArg(pick(load, code.STORE_DEREF, code.DELETE_DEREF), idx)
	case famGlobal:
		c.opArg(pick(code.LOAD_GLOBAL, code.STORE_GLOBAL, code.DELETE_GLOBAL), u.addName(mangled))
	default:
		c.opArg(pick(code.LOAD_NAME, code.STORE_NAME, code.DELETE_NAME), u.addName(mangled))
	}
}

// ---- frame blocks ----

func (c *compiler) pushFblock(kind fblockType, b, exit *block, datum any) {
	if len(c.u.fblocks) >= maxBlocks {
		c.errorf("too many statically nested blocks")
	}
	c.u.fblocks = append(c.u.fblocks, fblock{kind: kind, block: b, exit: exit, datum: datum})
}

func (c *compiler) popFblock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

// ---- module ----

func (c *compiler) compileModule(mod syntax.Mod) *code.Code {
	c.enterScope("<module>", scopeModule, mod, 1)
	addNone := true
	switch m := mod.(type) {
	case *syntax.Module:
		c.body(m.Body)
	case *syntax.Interactive:
		c.interactive = true
		for _, s := range m.Body {
			c.stmt(s)
		}
	case *syntax.Expression:
		c.expr(m.Body)
		addNone = false
	default:
		panic(internalError("cannot compile this kind of module"))
	}
	co := c.assemble(addNone)
	c.exitScope()
	return co
}

// body compiles a module or class body: SETUP_ANNOTATIONS when something is
// annotated, the docstring stored as __doc__, then the statements.
func (c *compiler) body(stmts []syntax.Stmt) {
	if c.u.scope == scopeModule && len(stmts) > 0 {
		c.setLoc(stmts[0])
	}
	if findAnn(stmts) {
		c.op(code.SETUP_ANNOTATIONS)
	}
	if len(stmts) == 0 {
		return
	}
	i := 0
	if doc, ok := docstring(stmts); ok && c.optimize < 2 {
		i = 1
		c.setLoc(stmts[0])
		c.expr(doc)
		c.nameop("__doc__", syntax.Store)
	}
	for ; i < len(stmts); i++ {
		c.stmt(stmts[i])
	}
}

// docstring returns the docstring expression of a body, if any.
func docstring(body []syntax.Stmt) (*syntax.Constant, bool) {
	if len(body) == 0 {
		return nil, false
	}
	es, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return nil, false
	}
	k, ok := es.Value.(*syntax.Constant)
	if !ok || k.Value.Kind != syntax.ConstStr {
		return nil, false
	}
	return k, true
}

// findAnn reports whether a body contains an annotated assignment outside
// nested defs and classes (find_ann).
func findAnn(stmts []syntax.Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.For:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.AsyncFor:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.While:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.If:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.With:
			if findAnn(s.Body) {
				return true
			}
		case *syntax.AsyncWith:
			if findAnn(s.Body) {
				return true
			}
		case *syntax.Try:
			for _, h := range s.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
			if findAnn(s.Body) || findAnn(s.Orelse) || findAnn(s.Finalbody) {
				return true
			}
		}
	}
	return false
}

// parseFuture checks the `from __future__` imports at the top of a module
// and records their features (future.c).
func (c *compiler) parseFuture(mod syntax.Mod) error {
	m, ok := mod.(*syntax.Module)
	if !ok {
		c.future = c.flags & futureMask
		return nil
	}
	c.future = c.flags & futureMask
	done := false
	for i, s := range m.Body {
		if done && s.Position().Lineno > c.futureLineno {
			break
		}
		if i == 0 {
			if _, ok := docstring(m.Body); ok {
				continue
			}
		}
		imp, ok := s.(*syntax.ImportFrom)
		if !ok || imp.Module != "__future__" || imp.Level != 0 {
			done = true
			continue
		}
		if done {
			continue
		}
		for _, a := range imp.Names {
			bit, known := futureFlags[a.Name]
			if !known {
				msg := fmt.Sprintf("future feature %s is not defined", a.Name)
				if a.Name == "braces" {
					msg = "not a chance"
				}
				return c.newError(msg, imp.Position())
			}
			c.future |= bit
		}
		c.futureLineno = imp.Lineno
	}
	return nil
}
