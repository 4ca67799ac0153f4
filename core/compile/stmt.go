package compile

import (
	"math/big"
	"strings"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/symtable"
	"github.com/pyvar/pyvar/core/syntax"
)

func (c *compiler) stmts(ss []syntax.Stmt) {
	for _, s := range ss {
		c.stmt(s)
	}
}

// stmt compiles one statement; every statement starts a new source line
// for the instructions that follow (SET_LOC).
func (c *compiler) stmt(s syntax.Stmt) {
	c.setLoc(s)
	switch s := s.(type) {
	case *syntax.FunctionDef:
		c.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *syntax.AsyncFunctionDef:
		c.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *syntax.ClassDef:
		c.class(s)
	case *syntax.Return:
		c.returnStmt(s)
	case *syntax.Delete:
		c.exprs(s.Targets)
	case *syntax.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.op(code.DUP_TOP)
			}
			c.expr(t)
		}
	case *syntax.AugAssign:
		c.augassign(s)
	case *syntax.AnnAssign:
		c.annassign(s)
	case *syntax.For:
		c.forStmt(s)
	case *syntax.While:
		c.while(s)
	case *syntax.If:
		c.ifStmt(s)
	case *syntax.Match:
		c.match(s)
	case *syntax.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.opArg(code.RAISE_VARARGS, n)
		c.nextBlock()
	case *syntax.Try:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s)
		} else {
			c.tryExcept(s)
		}
	case *syntax.Assert:
		c.assert(s)
	case *syntax.Import:
		c.importStmt(s)
	case *syntax.ImportFrom:
		c.fromImport(s)
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.ExprStmt:
		c.exprStmt(s.Value)
	case *syntax.Pass:
		c.op(code.NOP)
	case *syntax.Break:
		c.breakStmt()
	case *syntax.Continue:
		c.continueStmt()
	case *syntax.With:
		c.with(s, 0)
	case *syntax.AsyncWith:
		c.asyncWith(s, 0)
	case *syntax.AsyncFor:
		c.asyncFor(s)
	default:
		panic(internalError("unexpected statement node"))
	}
}

func (c *compiler) exprStmt(v syntax.Expr) {
	if c.interactive && c.nestlevel <= 1 {
		c.expr(v)
		c.op(code.PRINT_EXPR)
		return
	}
	if _, ok := c.folded(v).(*syntax.Constant); ok {
		c.op(code.NOP)
		return
	}
	c.expr(v)
	// The POP_TOP is artificial: it takes its line from its neighbours.
	c.u.lineno = -1
	c.op(code.POP_TOP)
}

// ---- functions and classes ----

func (c *compiler) decorators(decos []syntax.Expr) { c.exprs(decos) }

func (c *compiler) function(s syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt, decos []syntax.Expr, returns syntax.Expr, async bool) {
	c.checkDebugArgs(args)
	c.decorators(decos)
	firstline := s.Position().Lineno
	if len(decos) > 0 {
		firstline = decos[0].Position().Lineno
	}
	flags := c.defaultArguments(args)
	if c.annotations(args, returns) {
		flags |= 0x04
	}
	st := scopeFunction
	if async {
		st = scopeAsyncFunction
	}
	c.enterScope(name, st, s, firstline)
	doc, hasDoc := docstring(body)
	hasDoc = hasDoc && c.optimize < 2 // -OO drops docstrings
	if hasDoc {
		c.u.addConst(konst{v: doc.Value})
	} else {
		c.u.addConst(konst{v: syntax.NoneValue()})
	}
	c.u.argcount = len(args.Args)
	c.u.posonlyargcount = len(args.Posonlyargs)
	c.u.kwonlyargcount = len(args.Kwonlyargs)
	i := 0
	if hasDoc {
		i = 1
	}
	for ; i < len(body); i++ {
		c.stmt(body[i])
	}
	co := c.assemble(true)
	qualname := c.u.qualname
	c.exitScope()
	c.makeClosure(co, flags, qualname)
	for range decos {
		c.opArg(code.CALL_FUNCTION, 1)
	}
	c.nameop(name, syntax.Store)
}

func (c *compiler) class(s *syntax.ClassDef) {
	c.decorators(s.DecoratorList)
	firstline := s.Lineno
	if len(s.DecoratorList) > 0 {
		firstline = s.DecoratorList[0].Position().Lineno
	}
	c.enterScope(s.Name, scopeClass, s, firstline)
	c.u.private = s.Name
	c.nameop("__name__", syntax.Load)
	c.nameop("__module__", syntax.Store)
	c.loadConst(konst{v: syntax.StrValue(c.u.qualname)})
	c.nameop("__qualname__", syntax.Store)
	c.body(s.Body)
	c.u.lineno = -1
	if c.u.ste.NeedsClassClosure {
		c.opArg(code.LOAD_CLOSURE, 0)
		c.op(code.DUP_TOP)
		c.nameop("__classcell__", syntax.Store)
	} else {
		c.loadNone()
	}
	c.op(code.RETURN_VALUE)
	co := c.assemble(true)
	c.exitScope()
	c.op(code.LOAD_BUILD_CLASS)
	c.makeClosure(co, 0, "")
	c.loadConst(konst{v: syntax.StrValue(s.Name)})
	c.callHelper(2, s.Bases, s.Keywords)
	for range s.DecoratorList {
		c.opArg(code.CALL_FUNCTION, 1)
	}
	c.nameop(s.Name, syntax.Store)
}

// ---- simple statements ----

func (c *compiler) returnStmt(s *syntax.Return) {
	var val syntax.Expr
	if s.Value != nil {
		val = c.folded(s.Value)
	}
	k, isConst := val.(*syntax.Constant)
	preserveTOS := val != nil && !isConst
	if c.u.ste.Kind != symtable.FunctionBlock {
		c.errorf("'return' outside function")
	}
	if val != nil && c.u.ste.IsCoroutine && c.u.ste.IsGenerator {
		c.errorf("'return' with value in async generator")
	}
	if preserveTOS {
		c.expr(s.Value)
	} else if val != nil {
		c.setLoc(s.Value)
		c.op(code.NOP)
	}
	if val == nil || s.Value.Position().Lineno != s.Lineno {
		c.setLoc(s)
		c.op(code.NOP)
	}
	c.unwindFblockStack(preserveTOS, false)
	if val == nil {
		c.loadNone()
	} else if !preserveTOS {
		c.loadConst(konst{v: k.Value, frozen: c.frozen[k]})
	}
	c.op(code.RETURN_VALUE)
	c.nextBlock()
}

func (c *compiler) augassign(s *syntax.AugAssign) {
	e := s.Target
	u := c.u
	l, el, co, eco := u.lineno, u.endLineno, u.colOffset, u.endColOffset
	c.setLoc(e)
	switch t := e.(type) {
	case *syntax.Attribute:
		c.expr(t.Value)
		c.op(code.DUP_TOP)
		old := u.lineno
		u.lineno = t.EndLineno
		c.opName(code.LOAD_ATTR, t.Attr)
		u.lineno = old
	case *syntax.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.op(code.DUP_TOP_TWO)
		c.op(code.BINARY_SUBSCR)
	case *syntax.Name:
		c.nameop(t.Id, syntax.Load)
	default:
		panic(internalError("invalid node type for augmented assignment"))
	}
	u.lineno, u.endLineno, u.colOffset, u.endColOffset = l, el, co, eco
	c.expr(s.Value)
	c.op(inplaceops[s.Op])
	c.setLoc(e)
	switch t := e.(type) {
	case *syntax.Attribute:
		u.lineno = t.EndLineno
		c.op(code.ROT_TWO)
		c.opName(code.STORE_ATTR, t.Attr)
	case *syntax.Subscript:
		c.op(code.ROT_THREE)
		c.op(code.STORE_SUBSCR)
	case *syntax.Name:
		c.nameop(t.Id, syntax.Store)
	}
}

func (c *compiler) annExpr(e syntax.Expr) {
	c.expr(e)
	c.op(code.POP_TOP)
}

func (c *compiler) annSubscr(e syntax.Expr) {
	switch x := e.(type) {
	case *syntax.Slice:
		if x.Lower != nil {
			c.annExpr(x.Lower)
		}
		if x.Upper != nil {
			c.annExpr(x.Upper)
		}
		if x.Step != nil {
			c.annExpr(x.Step)
		}
	case *syntax.Tuple:
		for _, el := range x.Elts {
			c.annSubscr(el)
		}
	default:
		c.annExpr(e)
	}
}

func (c *compiler) annassign(s *syntax.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.expr(s.Target)
	}
	moduleOrClass := c.u.scope == scopeModule || c.u.scope == scopeClass
	switch t := s.Target.(type) {
	case *syntax.Name:
		c.forbiddenName(t.Id, syntax.Store)
		if s.Simple && moduleOrClass {
			if c.future&code.CoFutureAnnotions != 0 {
				c.loadConst(konst{v: syntax.StrValue(unparse(s.Annotation))})
			} else {
				c.expr(s.Annotation)
			}
			c.opName(code.LOAD_NAME, "__annotations__")
			c.loadConst(konst{v: syntax.StrValue(c.mangle(t.Id))})
			c.op(code.STORE_SUBSCR)
		}
	case *syntax.Attribute:
		c.forbiddenName(t.Attr, syntax.Store)
		if s.Value == nil {
			c.annExpr(t.Value)
		}
	case *syntax.Subscript:
		if s.Value == nil {
			c.annExpr(t.Value)
			c.annSubscr(t.Slice)
		}
	default:
		panic(internalError("invalid node type for annotated assignment"))
	}
	if !s.Simple && c.future&code.CoFutureAnnotions == 0 && moduleOrClass {
		c.annExpr(s.Annotation)
	}
}

func (c *compiler) assert(s *syntax.Assert) {
	if c.optimize > 0 {
		return // -O
	}
	test := c.folded(s.Test)
	if t, ok := test.(*syntax.Tuple); ok && len(t.Elts) > 0 {
		c.warn("assertion is always true, perhaps remove parentheses?")
	} else if k, ok := test.(*syntax.Constant); ok && k.Value.Kind == syntax.ConstTuple && len(k.Value.Tuple) > 0 {
		c.warn("assertion is always true, perhaps remove parentheses?")
	}
	end := c.newBlock()
	c.jumpIf(s.Test, end, true)
	c.op(code.LOAD_ASSERTION_ERROR)
	if s.Msg != nil {
		c.expr(s.Msg)
		c.opArg(code.CALL_FUNCTION, 1)
	}
	c.opArg(code.RAISE_VARARGS, 1)
	c.useNextBlock(end)
}

func (c *compiler) importStmt(s *syntax.Import) {
	for _, a := range s.Names {
		c.loadConst(konst{v: syntax.IntValue(big.NewInt(0))})
		c.loadNone()
		c.opName(code.IMPORT_NAME, a.Name)
		if a.Asname != "" {
			c.importAs(a.Name, a.Asname)
			continue
		}
		head := a.Name
		if i := strings.IndexByte(head, '.'); i >= 0 {
			head = head[:i]
		}
		c.nameop(head, syntax.Store)
	}
}

func (c *compiler) importAs(name, asname string) {
	parts := strings.Split(name, ".")
	if len(parts) > 1 {
		for i, attr := range parts[1:] {
			c.opNameRaw(code.IMPORT_FROM, attr)
			if i == len(parts)-2 {
				break
			}
			c.op(code.ROT_TWO)
			c.op(code.POP_TOP)
		}
		c.nameop(asname, syntax.Store)
		c.op(code.POP_TOP)
		return
	}
	c.nameop(asname, syntax.Store)
}

func (c *compiler) fromImport(s *syntax.ImportFrom) {
	c.loadConst(konst{v: syntax.IntValue(big.NewInt(int64(s.Level)))})
	names := make([]syntax.ConstValue, len(s.Names))
	for i, a := range s.Names {
		names[i] = syntax.StrValue(a.Name)
	}
	if s.Lineno > c.futureLineno && s.Module == "__future__" {
		c.errorf("from __future__ imports must occur at the beginning of the file")
	}
	c.loadConst(konst{v: syntax.ConstValue{Kind: syntax.ConstTuple, Tuple: names}})
	c.opName(code.IMPORT_NAME, s.Module)
	for i, a := range s.Names {
		if i == 0 && strings.HasPrefix(a.Name, "*") {
			c.op(code.IMPORT_STAR)
			return
		}
		c.opName(code.IMPORT_FROM, a.Name)
		store := a.Name
		if a.Asname != "" {
			store = a.Asname
		}
		c.nameop(store, syntax.Store)
	}
	c.op(code.POP_TOP)
}

// ---- control flow ----

func (c *compiler) ifStmt(s *syntax.If) {
	end := c.newBlock()
	next := end
	if len(s.Orelse) > 0 {
		next = c.newBlock()
	}
	c.jumpIf(s.Test, next, false)
	c.stmts(s.Body)
	if len(s.Orelse) > 0 {
		c.jumpNoLine(code.JUMP_FORWARD, end)
		c.useNextBlock(next)
		c.stmts(s.Orelse)
	}
	c.useNextBlock(end)
}

func (c *compiler) forStmt(s *syntax.For) {
	start, body, cleanup, end := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.pushFblock(fbForLoop, start, end, nil)
	iter, k := c.foldIter(s.Iter)
	if k != nil {
		iter = c.frozenConst(*s.Iter.Position(), k)
	}
	c.expr(iter)
	c.op(code.GET_ITER)
	c.useNextBlock(start)
	c.jump(code.FOR_ITER, cleanup)
	c.useNextBlock(body)
	c.expr(s.Target)
	c.stmts(s.Body)
	c.u.lineno = -1
	c.jump(code.JUMP_ABSOLUTE, start)
	c.useNextBlock(cleanup)
	c.popFblock()
	c.stmts(s.Orelse)
	c.useNextBlock(end)
}

func (c *compiler) asyncFor(s *syntax.AsyncFor) {
	if c.isTopLevelAwait() {
		c.u.ste.IsCoroutine = true
	} else if c.u.scope != scopeAsyncFunction {
		c.errorf("'async for' outside async function")
	}
	start, except, end := c.newBlock(), c.newBlock(), c.newBlock()
	c.expr(s.Iter)
	c.op(code.GET_AITER)
	c.useNextBlock(start)
	c.pushFblock(fbForLoop, start, end, nil)
	c.jump(code.SETUP_FINALLY, except)
	c.op(code.GET_ANEXT)
	c.loadNone()
	c.op(code.YIELD_FROM)
	c.op(code.POP_BLOCK)
	c.expr(s.Target)
	c.stmts(s.Body)
	c.u.lineno = -1
	c.jump(code.JUMP_ABSOLUTE, start)
	c.popFblock()
	c.useNextBlock(except)
	c.setLoc(s)
	c.op(code.END_ASYNC_FOR)
	c.stmts(s.Orelse)
	c.useNextBlock(end)
}

func (c *compiler) while(s *syntax.While) {
	loop, body, anchor, end := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.useNextBlock(loop)
	c.pushFblock(fbWhileLoop, loop, end, nil)
	c.jumpIf(s.Test, anchor, false)
	c.useNextBlock(body)
	c.stmts(s.Body)
	c.setLoc(s)
	c.jumpIf(s.Test, body, true)
	c.popFblock()
	c.useNextBlock(anchor)
	c.stmts(s.Orelse)
	c.useNextBlock(end)
}

func (c *compiler) breakStmt() {
	c.op(code.NOP)
	lineno := c.u.lineno
	loop := c.unwindFblockStack(false, true)
	if loop == nil {
		c.outsideLoop(lineno, "'break' outside loop")
	}
	c.unwindFblock(*loop, false)
	c.jump(code.JUMP_ABSOLUTE, loop.exit)
	c.nextBlock()
}

// outsideLoop reports break or continue outside a loop. Unwinding a with
// block on the way made the location artificial (line -1, the with
// statement's columns); CPython reports it on the statement's own line.
func (c *compiler) outsideLoop(lineno int, msg string) {
	if c.u.lineno < 0 {
		c.u.lineno = lineno
	}
	c.errorf("%s", msg)
}

func (c *compiler) continueStmt() {
	c.op(code.NOP)
	lineno := c.u.lineno
	loop := c.unwindFblockStack(false, true)
	if loop == nil {
		c.outsideLoop(lineno, "'continue' not properly in loop")
	}
	c.jump(code.JUMP_ABSOLUTE, loop.block)
	c.nextBlock()
}

// unwindFblockStack emits the clean-up of the enclosing frame blocks from
// the innermost out; with toLoop it stops at the first loop and returns it.
func (c *compiler) unwindFblockStack(preserveTOS, toLoop bool) *fblock {
	u := c.u
	if len(u.fblocks) == 0 {
		return nil
	}
	top := u.fblocks[len(u.fblocks)-1]
	if toLoop && (top.kind == fbWhileLoop || top.kind == fbForLoop) {
		return &top
	}
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	c.unwindFblock(top, preserveTOS)
	loop := c.unwindFblockStack(preserveTOS, toLoop)
	u.fblocks = append(u.fblocks, top)
	return loop
}

func (c *compiler) unwindFblock(info fblock, preserveTOS bool) {
	switch info.kind {
	case fbWhileLoop, fbExceptionHandler, fbAsyncComprehensionGenerator:
	case fbForLoop:
		if preserveTOS {
			c.op(code.ROT_TWO)
		}
		c.op(code.POP_TOP)
	case fbTryExcept:
		c.op(code.POP_BLOCK)
	case fbFinallyTry:
		c.op(code.POP_BLOCK)
		if preserveTOS {
			c.pushFblock(fbPopValue, nil, nil, nil)
		}
		c.stmts(info.datum.([]syntax.Stmt))
		if preserveTOS {
			c.popFblock()
		}
		c.u.lineno = -1
	case fbFinallyEnd:
		if preserveTOS {
			c.op(code.ROT_FOUR)
		}
		c.op(code.POP_TOP)
		c.op(code.POP_TOP)
		c.op(code.POP_TOP)
		if preserveTOS {
			c.op(code.ROT_FOUR)
		}
		c.op(code.POP_EXCEPT)
	case fbWith, fbAsyncWith:
		c.setLoc(info.datum.(syntax.Stmt))
		c.op(code.POP_BLOCK)
		if preserveTOS {
			c.op(code.ROT_TWO)
		}
		c.callExitWithNones()
		if info.kind == fbAsyncWith {
			c.op(code.GET_AWAITABLE)
			c.loadNone()
			c.op(code.YIELD_FROM)
		}
		c.op(code.POP_TOP)
		c.u.lineno = -1
	case fbHandlerCleanup:
		name, _ := info.datum.(string)
		if name != "" {
			c.op(code.POP_BLOCK)
		}
		if preserveTOS {
			c.op(code.ROT_FOUR)
		}
		c.op(code.POP_EXCEPT)
		if name != "" {
			c.loadNone()
			c.nameop(name, syntax.Store)
			c.nameop(name, syntax.Del)
		}
	case fbPopValue:
		if preserveTOS {
			c.op(code.ROT_TWO)
		}
		c.op(code.POP_TOP)
	}
}

func (c *compiler) tryFinally(s *syntax.Try) {
	body, end, exit := c.newBlock(), c.newBlock(), c.newBlock()
	c.jump(code.SETUP_FINALLY, end)
	c.useNextBlock(body)
	c.pushFblock(fbFinallyTry, body, end, s.Finalbody)
	if len(s.Handlers) > 0 {
		c.tryExcept(s)
	} else {
		c.stmts(s.Body)
	}
	c.opNoLine(code.POP_BLOCK)
	c.popFblock()
	c.stmts(s.Finalbody)
	c.jumpNoLine(code.JUMP_FORWARD, exit)
	c.useNextBlock(end)
	c.pushFblock(fbFinallyEnd, end, nil, nil)
	c.stmts(s.Finalbody)
	c.popFblock()
	c.opArg(code.RERAISE, 0)
	c.useNextBlock(exit)
}

func (c *compiler) tryExcept(s *syntax.Try) {
	body, except, orelse, end := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.jump(code.SETUP_FINALLY, except)
	c.useNextBlock(body)
	c.pushFblock(fbTryExcept, body, nil, nil)
	c.stmts(s.Body)
	c.popFblock()
	c.opNoLine(code.POP_BLOCK)
	c.jumpNoLine(code.JUMP_FORWARD, orelse)
	c.useNextBlock(except)
	c.pushFblock(fbExceptionHandler, nil, nil, nil)
	n := len(s.Handlers)
	for i, h := range s.Handlers {
		c.setLoc(h)
		if h.Type == nil && i < n-1 {
			c.errorf("default 'except:' must be last")
		}
		except = c.newBlock()
		if h.Type != nil {
			c.op(code.DUP_TOP)
			c.expr(h.Type)
			c.jump(code.JUMP_IF_NOT_EXC_MATCH, except)
			c.nextBlock()
		}
		c.op(code.POP_TOP)
		if h.Name != "" {
			cleanupEnd, cleanupBody := c.newBlock(), c.newBlock()
			c.nameop(h.Name, syntax.Store)
			c.op(code.POP_TOP)
			c.jump(code.SETUP_FINALLY, cleanupEnd)
			c.useNextBlock(cleanupBody)
			c.pushFblock(fbHandlerCleanup, cleanupBody, nil, h.Name)
			c.stmts(h.Body)
			c.popFblock()
			c.u.lineno = -1
			c.op(code.POP_BLOCK)
			c.op(code.POP_EXCEPT)
			c.loadNone()
			c.nameop(h.Name, syntax.Store)
			c.nameop(h.Name, syntax.Del)
			c.jump(code.JUMP_FORWARD, end)
			c.useNextBlock(cleanupEnd)
			c.u.lineno = -1
			c.loadNone()
			c.nameop(h.Name, syntax.Store)
			c.nameop(h.Name, syntax.Del)
			c.opArg(code.RERAISE, 1)
		} else {
			cleanupBody := c.newBlock()
			c.op(code.POP_TOP)
			c.op(code.POP_TOP)
			c.useNextBlock(cleanupBody)
			c.pushFblock(fbHandlerCleanup, cleanupBody, nil, "")
			c.stmts(h.Body)
			c.popFblock()
			c.u.lineno = -1
			c.op(code.POP_EXCEPT)
			c.jump(code.JUMP_FORWARD, end)
		}
		c.useNextBlock(except)
	}
	c.popFblock()
	c.u.lineno = -1
	c.opArg(code.RERAISE, 0)
	c.useNextBlock(orelse)
	c.stmts(s.Orelse)
	c.useNextBlock(end)
}

func (c *compiler) callExitWithNones() {
	c.loadNone()
	c.op(code.DUP_TOP)
	c.op(code.DUP_TOP)
	c.opArg(code.CALL_FUNCTION, 3)
}

func (c *compiler) withExceptFinish() {
	exit := c.newBlock()
	c.jump(code.POP_JUMP_IF_TRUE, exit)
	c.nextBlock()
	c.opArg(code.RERAISE, 1)
	c.useNextBlock(exit)
	c.op(code.POP_TOP)
	c.op(code.POP_TOP)
	c.op(code.POP_TOP)
	c.op(code.POP_EXCEPT)
	c.op(code.POP_TOP)
}

func (c *compiler) with(s *syntax.With, pos int) {
	item := s.Items[pos]
	block, final, exit := c.newBlock(), c.newBlock(), c.newBlock()
	c.expr(item.ContextExpr)
	c.jump(code.SETUP_WITH, final)
	c.useNextBlock(block)
	c.pushFblock(fbWith, block, final, syntax.Stmt(s))
	if item.OptionalVars != nil {
		c.expr(item.OptionalVars)
	} else {
		c.op(code.POP_TOP)
	}
	pos++
	if pos == len(s.Items) {
		c.stmts(s.Body)
	} else {
		c.with(s, pos)
	}
	c.u.lineno = -1
	c.op(code.POP_BLOCK)
	c.popFblock()
	c.setLoc(s)
	c.callExitWithNones()
	c.op(code.POP_TOP)
	c.jump(code.JUMP_FORWARD, exit)
	c.useNextBlock(final)
	c.op(code.WITH_EXCEPT_START)
	c.withExceptFinish()
	c.useNextBlock(exit)
}

func (c *compiler) asyncWith(s *syntax.AsyncWith, pos int) {
	item := s.Items[pos]
	if c.isTopLevelAwait() {
		c.u.ste.IsCoroutine = true
	} else if c.u.scope != scopeAsyncFunction {
		c.errorf("'async with' outside async function")
	}
	block, final, exit := c.newBlock(), c.newBlock(), c.newBlock()
	c.expr(item.ContextExpr)
	c.op(code.BEFORE_ASYNC_WITH)
	c.op(code.GET_AWAITABLE)
	c.loadNone()
	c.op(code.YIELD_FROM)
	c.jump(code.SETUP_ASYNC_WITH, final)
	c.useNextBlock(block)
	c.pushFblock(fbAsyncWith, block, final, syntax.Stmt(s))
	if item.OptionalVars != nil {
		c.expr(item.OptionalVars)
	} else {
		c.op(code.POP_TOP)
	}
	pos++
	if pos == len(s.Items) {
		c.stmts(s.Body)
	} else {
		c.asyncWith(s, pos)
	}
	c.popFblock()
	c.op(code.POP_BLOCK)
	c.setLoc(s)
	c.callExitWithNones()
	c.op(code.GET_AWAITABLE)
	c.loadNone()
	c.op(code.YIELD_FROM)
	c.op(code.POP_TOP)
	c.jump(code.JUMP_ABSOLUTE, exit)
	c.useNextBlock(final)
	c.op(code.WITH_EXCEPT_START)
	c.op(code.GET_AWAITABLE)
	c.loadNone()
	c.op(code.YIELD_FROM)
	c.withExceptFinish()
	c.useNextBlock(exit)
}
