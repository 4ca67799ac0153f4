package compile

import (
	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/symtable"
	"github.com/pyvar/pyvar/core/syntax"
)

var binops = map[syntax.Operator]code.Opcode{
	syntax.Add: code.BINARY_ADD, syntax.Sub: code.BINARY_SUBTRACT, syntax.Mult: code.BINARY_MULTIPLY,
	syntax.MatMult: code.BINARY_MATRIX_MULTIPLY, syntax.Div: code.BINARY_TRUE_DIVIDE,
	syntax.Modulo: code.BINARY_MODULO, syntax.Pow: code.BINARY_POWER, syntax.LShift: code.BINARY_LSHIFT,
	syntax.RShift: code.BINARY_RSHIFT, syntax.BitOr: code.BINARY_OR, syntax.BitXor: code.BINARY_XOR,
	syntax.BitAnd: code.BINARY_AND, syntax.FloorDiv: code.BINARY_FLOOR_DIVIDE,
}

var inplaceops = map[syntax.Operator]code.Opcode{
	syntax.Add: code.INPLACE_ADD, syntax.Sub: code.INPLACE_SUBTRACT, syntax.Mult: code.INPLACE_MULTIPLY,
	syntax.MatMult: code.INPLACE_MATRIX_MULTIPLY, syntax.Div: code.INPLACE_TRUE_DIVIDE,
	syntax.Modulo: code.INPLACE_MODULO, syntax.Pow: code.INPLACE_POWER, syntax.LShift: code.INPLACE_LSHIFT,
	syntax.RShift: code.INPLACE_RSHIFT, syntax.BitOr: code.INPLACE_OR, syntax.BitXor: code.INPLACE_XOR,
	syntax.BitAnd: code.INPLACE_AND, syntax.FloorDiv: code.INPLACE_FLOOR_DIVIDE,
}

var unaryops = map[syntax.UnaryOperator]code.Opcode{
	syntax.Invert: code.UNARY_INVERT, syntax.Not: code.UNARY_NOT,
	syntax.UAdd: code.UNARY_POSITIVE, syntax.USub: code.UNARY_NEGATIVE,
}

// compareOp emits the instruction of one comparison (ADDOP_COMPARE).
func (c *compiler) compareOp(op syntax.CmpOp) {
	switch op {
	case syntax.Eq:
		c.opArg(code.COMPARE_OP, 2)
	case syntax.NotEq:
		c.opArg(code.COMPARE_OP, 3)
	case syntax.Lt:
		c.opArg(code.COMPARE_OP, 0)
	case syntax.LtE:
		c.opArg(code.COMPARE_OP, 1)
	case syntax.Gt:
		c.opArg(code.COMPARE_OP, 4)
	case syntax.GtE:
		c.opArg(code.COMPARE_OP, 5)
	case syntax.Is:
		c.opArg(code.IS_OP, 0)
	case syntax.IsNot:
		c.opArg(code.IS_OP, 1)
	case syntax.In:
		c.opArg(code.CONTAINS_OP, 0)
	case syntax.NotIn:
		c.opArg(code.CONTAINS_OP, 1)
	}
}

// expr compiles an expression with its own location, restoring the
// statement's location afterwards (compiler_visit_expr).
func (c *compiler) expr(e syntax.Expr) {
	u := c.u
	l, el, co, eco := u.lineno, u.endLineno, u.colOffset, u.endColOffset
	c.setLoc(e)
	c.expr1(c.folded(e))
	u.lineno, u.endLineno, u.colOffset, u.endColOffset = l, el, co, eco
}

func (c *compiler) exprs(es []syntax.Expr) {
	for _, e := range es {
		c.expr(e)
	}
}

func (c *compiler) expr1(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.NamedExpr:
		c.expr(e.Value)
		c.op(code.DUP_TOP)
		c.expr(e.Target)
	case *syntax.BoolOp:
		c.boolop(e)
	case *syntax.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
		c.op(binops[e.Op])
	case *syntax.UnaryOp:
		c.expr(e.Operand)
		c.op(unaryops[e.Op])
	case *syntax.Lambda:
		c.lambda(e)
	case *syntax.IfExp:
		end, next := c.newBlock(), c.newBlock()
		c.jumpIf(e.Test, next, false)
		c.expr(e.Body)
		c.jumpNoLine(code.JUMP_FORWARD, end)
		c.useNextBlock(next)
		c.expr(e.Orelse)
		c.useNextBlock(end)
	case *syntax.Dict:
		c.dict(e)
	case *syntax.Set:
		c.starunpack(e.Elts, 0, code.BUILD_SET, code.SET_ADD, code.SET_UPDATE, false)
	case *syntax.GeneratorExp:
		c.comprehension(e, compGenexp, "<genexpr>", e.Generators, e.Elt, nil)
	case *syntax.ListComp:
		c.comprehension(e, compList, "<listcomp>", e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		c.comprehension(e, compSet, "<setcomp>", e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		c.comprehension(e, compDict, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *syntax.Yield:
		if c.u.ste.Kind != symtable.FunctionBlock {
			c.errorf("'yield' outside function")
		}
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.loadNone()
		}
		c.op(code.YIELD_VALUE)
	case *syntax.YieldFrom:
		if c.u.ste.Kind != symtable.FunctionBlock {
			c.errorf("'yield' outside function")
		}
		if c.u.scope == scopeAsyncFunction {
			c.errorf("'yield from' inside async function")
		}
		c.expr(e.Value)
		c.op(code.GET_YIELD_FROM_ITER)
		c.loadNone()
		c.op(code.YIELD_FROM)
	case *syntax.Await:
		if !c.isTopLevelAwait() {
			if c.u.ste.Kind != symtable.FunctionBlock {
				c.errorf("'await' outside function")
			}
			if c.u.scope != scopeAsyncFunction && c.u.scope != scopeComprehension {
				c.errorf("'await' outside async function")
			}
		}
		c.expr(e.Value)
		c.op(code.GET_AWAITABLE)
		c.loadNone()
		c.op(code.YIELD_FROM)
	case *syntax.Compare:
		c.compare(e)
	case *syntax.Call:
		c.call(e)
	case *syntax.Constant:
		c.loadConst(konst{v: e.Value, frozen: c.frozen[e]})
	case *syntax.JoinedStr:
		c.joinedStr(e)
	case *syntax.FormattedValue:
		c.expr(e.Value)
		arg := 0
		switch e.Conversion {
		case syntax.ConvStr:
			arg = 1
		case syntax.ConvRepr:
			arg = 2
		case syntax.ConvASCII:
			arg = 3
		}
		if e.FormatSpec != nil {
			c.expr(e.FormatSpec)
			arg |= 4
		}
		c.opArg(code.FORMAT_VALUE, arg)
	case *syntax.Attribute:
		if e.Ctx != syntax.Load {
			c.forbiddenName(e.Attr, e.Ctx)
		}
		c.expr(e.Value)
		switch e.Ctx {
		case syntax.Load:
			old := c.u.lineno
			c.u.lineno = e.EndLineno
			c.opName(code.LOAD_ATTR, e.Attr)
			c.u.lineno = old
		case syntax.Store:
			old := c.u.lineno
			c.u.lineno = e.EndLineno
			c.opName(code.STORE_ATTR, e.Attr)
			c.u.lineno = old
		case syntax.Del:
			c.opName(code.DELETE_ATTR, e.Attr)
		}
	case *syntax.Subscript:
		if e.Ctx == syntax.Load {
			c.checkSubscripter(e.Value)
			c.checkIndex(e.Value, e.Slice)
		}
		c.expr(e.Value)
		c.expr(e.Slice)
		switch e.Ctx {
		case syntax.Load:
			c.op(code.BINARY_SUBSCR)
		case syntax.Store:
			c.op(code.STORE_SUBSCR)
		case syntax.Del:
			c.op(code.DELETE_SUBSCR)
		}
	case *syntax.Starred:
		if e.Ctx == syntax.Store {
			c.errorf("starred assignment target must be in a list or tuple")
		}
		c.errorf("can't use starred expression here")
	case *syntax.Slice:
		n := 2
		if e.Lower != nil {
			c.expr(e.Lower)
		} else {
			c.loadNone()
		}
		if e.Upper != nil {
			c.expr(e.Upper)
		} else {
			c.loadNone()
		}
		if e.Step != nil {
			n++
			c.expr(e.Step)
		}
		c.opArg(code.BUILD_SLICE, n)
	case *syntax.Name:
		c.nameop(e.Id, e.Ctx)
	case *syntax.List:
		switch e.Ctx {
		case syntax.Store:
			c.assignmentHelper(e.Elts)
		case syntax.Load:
			c.starunpack(e.Elts, 0, code.BUILD_LIST, code.LIST_APPEND, code.LIST_EXTEND, false)
		default:
			c.exprs(e.Elts)
		}
	case *syntax.Tuple:
		switch e.Ctx {
		case syntax.Store:
			c.assignmentHelper(e.Elts)
		case syntax.Load:
			c.starunpack(e.Elts, 0, code.BUILD_LIST, code.LIST_APPEND, code.LIST_EXTEND, true)
		default:
			c.exprs(e.Elts)
		}
	default:
		panic(internalError("unexpected expression node"))
	}
}

func (c *compiler) isTopLevelAwait() bool {
	return c.flags&FlagAllowTopLevelAwait != 0 && c.u.ste.Kind == symtable.ModuleBlock
}

func (c *compiler) boolop(e *syntax.BoolOp) {
	jumpi := code.JUMP_IF_TRUE_OR_POP
	if e.Op == syntax.And {
		jumpi = code.JUMP_IF_FALSE_OR_POP
	}
	end := c.newBlock()
	n := len(e.Values) - 1
	for i := 0; i < n; i++ {
		c.expr(e.Values[i])
		c.jump(jumpi, end)
		c.useNextBlock(c.newBlock())
	}
	c.expr(e.Values[n])
	c.useNextBlock(end)
}

func (c *compiler) compare(e *syntax.Compare) {
	c.checkCompare(e)
	c.expr(e.Left)
	n := len(e.Ops) - 1
	if n == 0 {
		c.expr(c.compareOperand(e, 0))
		c.compareOp(e.Ops[0])
		return
	}
	cleanup := c.newBlock()
	for i := 0; i < n; i++ {
		c.expr(e.Comparators[i])
		c.op(code.DUP_TOP)
		c.op(code.ROT_THREE)
		c.compareOp(e.Ops[i])
		c.jump(code.JUMP_IF_FALSE_OR_POP, cleanup)
		c.nextBlock()
	}
	c.expr(c.compareOperand(e, n))
	c.compareOp(e.Ops[n])
	end := c.newBlock()
	c.jumpNoLine(code.JUMP_FORWARD, end)
	c.useNextBlock(cleanup)
	c.op(code.ROT_TWO)
	c.op(code.POP_TOP)
	c.useNextBlock(end)
}

// compareOperand returns comparator i, turned into a tuple or frozenset
// when it is the last operand of `in`/`not in` (fold_compare).
func (c *compiler) compareOperand(e *syntax.Compare, i int) syntax.Expr {
	if i != len(e.Ops)-1 || (e.Ops[i] != syntax.In && e.Ops[i] != syntax.NotIn) {
		return e.Comparators[i]
	}
	x, k := c.foldIter(e.Comparators[i])
	if k != nil {
		return c.frozenConst(*e.Comparators[i].Position(), k)
	}
	return x
}

// frozenConst makes a Constant node standing for a folded frozenset; the
// node is remembered so that emitting it loads a frozenset, not a tuple.
func (c *compiler) frozenConst(pos syntax.Pos, k *konst) syntax.Expr {
	n := mkConst(pos, k.v)
	if c.frozen == nil {
		c.frozen = map[*syntax.Constant]bool{}
	}
	c.frozen[n] = true
	return n
}

// jumpIf compiles e as a condition that jumps to next when its truth
// equals cond (compiler_jump_if), avoiding materialising booleans for
// not/and/or/if-else and chained comparisons.
func (c *compiler) jumpIf(e syntax.Expr, next *block, cond bool) {
	e = c.folded(e)
	switch x := e.(type) {
	case *syntax.UnaryOp:
		if x.Op == syntax.Not {
			c.jumpIf(x.Operand, next, !cond)
			return
		}
	case *syntax.BoolOp:
		n := len(x.Values) - 1
		cond2 := x.Op == syntax.Or
		next2 := next
		if cond2 != cond {
			next2 = c.newBlock()
		}
		for i := 0; i < n; i++ {
			c.jumpIf(x.Values[i], next2, cond2)
		}
		c.jumpIf(x.Values[n], next, cond)
		if next2 != next {
			c.useNextBlock(next2)
		}
		return
	case *syntax.IfExp:
		end, next2 := c.newBlock(), c.newBlock()
		c.jumpIf(x.Test, next2, false)
		c.jumpIf(x.Body, next, cond)
		c.jumpNoLine(code.JUMP_FORWARD, end)
		c.useNextBlock(next2)
		c.jumpIf(x.Orelse, next, cond)
		c.useNextBlock(end)
		return
	case *syntax.Compare:
		// CPython 3.10 leaves the comparison's line in effect for what
		// follows a conditional jump on a comparison.
		c.setLoc(x)
		n := len(x.Ops) - 1
		if n > 0 {
			c.checkCompare(x)
			cleanup := c.newBlock()
			c.expr(x.Left)
			for i := 0; i < n; i++ {
				c.expr(x.Comparators[i])
				c.op(code.DUP_TOP)
				c.op(code.ROT_THREE)
				c.compareOp(x.Ops[i])
				c.jump(code.POP_JUMP_IF_FALSE, cleanup)
				c.nextBlock()
			}
			c.expr(c.compareOperand(x, n))
			c.compareOp(x.Ops[n])
			if cond {
				c.jump(code.POP_JUMP_IF_TRUE, next)
			} else {
				c.jump(code.POP_JUMP_IF_FALSE, next)
			}
			c.nextBlock()
			end := c.newBlock()
			c.jumpNoLine(code.JUMP_FORWARD, end)
			c.useNextBlock(cleanup)
			c.op(code.POP_TOP)
			if !cond {
				c.jumpNoLine(code.JUMP_FORWARD, next)
			}
			c.useNextBlock(end)
			return
		}
	}
	c.expr(e)
	if cond {
		c.jump(code.POP_JUMP_IF_TRUE, next)
	} else {
		c.jump(code.POP_JUMP_IF_FALSE, next)
	}
	c.nextBlock()
}

// allConst reports whether every expression folds to a constant.
func (c *compiler) allConst(es []syntax.Expr) bool {
	for _, e := range es {
		if e == nil {
			return false
		}
		if _, ok := c.constOf(e); !ok {
			return false
		}
	}
	return true
}

// starunpack builds a list, set or tuple display, with `*x` items
// (starunpack_helper); pushed items are already on the stack.
func (c *compiler) starunpack(elts []syntax.Expr, pushed int, build, add, extend code.Opcode, tuple bool) {
	n := len(elts)
	if n > 2 && c.allConst(elts) {
		v, _ := c.constTuple(elts)
		if tuple {
			c.loadConst(konst{v: v})
			return
		}
		c.opArg(build, pushed)
		c.loadConst(konst{v: v, frozen: add == code.SET_ADD})
		c.opArg(extend, 1)
		return
	}
	big := n+pushed > stackUseGuideline
	seenStar := false
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			seenStar = true
		}
	}
	if !seenStar && !big {
		c.exprs(elts)
		if tuple {
			c.opArg(code.BUILD_TUPLE, n+pushed)
		} else {
			c.opArg(build, n+pushed)
		}
		return
	}
	built := false
	if big {
		c.opArg(build, pushed)
		built = true
	}
	for i, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			if !built {
				c.opArg(build, i+pushed)
				built = true
			}
			c.expr(s.Value)
			c.opArg(extend, 1)
		} else {
			c.expr(e)
			if built {
				c.opArg(add, 1)
			}
		}
	}
	if tuple {
		c.op(code.LIST_TO_TUPLE)
	}
}

// assignmentHelper unpacks the value on the stack into targets.
func (c *compiler) assignmentHelper(elts []syntax.Expr) {
	n := len(elts)
	seenStar := false
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if seenStar {
				c.errorf("multiple starred expressions in assignment")
			}
			if i >= 1<<8 || n-i-1 >= (1<<31-1)>>8 {
				c.errorf("too many expressions in star-unpacking assignment")
			}
			c.opArg(code.UNPACK_EX, i+(n-i-1)<<8)
			seenStar = true
		}
	}
	if !seenStar {
		c.opArg(code.UNPACK_SEQUENCE, n)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.expr(s.Value)
		} else {
			c.expr(e)
		}
	}
}

func (c *compiler) subdict(e *syntax.Dict, begin, end int) {
	n := end - begin
	big := n*2 > stackUseGuideline
	if n > 1 && !big && c.allConst(e.Keys[begin:end]) {
		for i := begin; i < end; i++ {
			c.expr(e.Values[i])
		}
		v, _ := c.constTuple(e.Keys[begin:end])
		c.loadConst(konst{v: v})
		c.opArg(code.BUILD_CONST_KEY_MAP, n)
		return
	}
	if big {
		c.opArg(code.BUILD_MAP, 0)
	}
	for i := begin; i < end; i++ {
		c.expr(e.Keys[i])
		c.expr(e.Values[i])
		if big {
			c.opArg(code.MAP_ADD, 1)
		}
	}
	if !big {
		c.opArg(code.BUILD_MAP, n)
	}
}

func (c *compiler) dict(e *syntax.Dict) {
	n := len(e.Values)
	haveDict := false
	elements := 0
	for i := 0; i < n; i++ {
		if e.Keys[i] == nil {
			if elements > 0 {
				c.subdict(e, i-elements, i)
				if haveDict {
					c.opArg(code.DICT_UPDATE, 1)
				}
				haveDict = true
				elements = 0
			}
			if !haveDict {
				c.opArg(code.BUILD_MAP, 0)
				haveDict = true
			}
			c.expr(e.Values[i])
			c.opArg(code.DICT_UPDATE, 1)
		} else {
			if elements*2 > stackUseGuideline {
				c.subdict(e, i-elements, i+1)
				if haveDict {
					c.opArg(code.DICT_UPDATE, 1)
				}
				haveDict = true
				elements = 0
			} else {
				elements++
			}
		}
	}
	if elements > 0 {
		c.subdict(e, n-elements, n)
		if haveDict {
			c.opArg(code.DICT_UPDATE, 1)
		}
		haveDict = true
	}
	if !haveDict {
		c.opArg(code.BUILD_MAP, 0)
	}
}

func (c *compiler) joinedStr(e *syntax.JoinedStr) {
	if len(e.Values) > stackUseGuideline {
		c.loadConst(konst{v: syntax.StrValue("")})
		c.opName(code.LOAD_METHOD, "join")
		c.opArg(code.BUILD_LIST, 0)
		for _, v := range e.Values {
			c.expr(v)
			c.opArg(code.LIST_APPEND, 1)
		}
		c.opArg(code.CALL_METHOD, 1)
		return
	}
	c.exprs(e.Values)
	if len(e.Values) != 1 {
		c.opArg(code.BUILD_STRING, len(e.Values))
	}
}

// ---- calls ----

func (c *compiler) call(e *syntax.Call) {
	if c.maybeMethodCall(e) {
		return
	}
	c.checkCaller(e.Func)
	c.expr(e.Func)
	c.callHelper(0, e.Args, e.Keywords)
}

// maybeMethodCall compiles `obj.meth(args)` with LOAD_METHOD/CALL_METHOD
// when there are no keywords and no starred arguments.
func (c *compiler) maybeMethodCall(e *syntax.Call) bool {
	meth, ok := e.Func.(*syntax.Attribute)
	if !ok || meth.Ctx != syntax.Load || len(e.Keywords) > 0 || len(e.Args) >= stackUseGuideline {
		return false
	}
	for _, a := range e.Args {
		if _, ok := a.(*syntax.Starred); ok {
			return false
		}
	}
	c.expr(meth.Value)
	old := c.u.lineno
	c.u.lineno = meth.EndLineno
	c.opName(code.LOAD_METHOD, meth.Attr)
	c.exprs(e.Args)
	c.u.lineno = meth.EndLineno
	c.opArg(code.CALL_METHOD, len(e.Args))
	c.u.lineno = old
	return true
}

func (c *compiler) validateKeywords(kws []*syntax.Keyword) {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		c.forbiddenName(k.Arg, syntax.Store)
		for _, o := range kws[i+1:] {
			if o.Arg == k.Arg {
				c.setLoc(o)
				c.errorf("keyword argument repeated: %s", k.Arg)
			}
		}
	}
}

// callHelper pushes the arguments and emits the call; n callables/arguments
// are already on the stack (compiler_call_helper).
func (c *compiler) callHelper(n int, args []syntax.Expr, kws []*syntax.Keyword) {
	c.validateKeywords(kws)
	nelts, nkw := len(args), len(kws)
	ex := nelts+nkw*2 > stackUseGuideline
	for _, a := range args {
		if _, ok := a.(*syntax.Starred); ok {
			ex = true
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			ex = true
		}
	}
	if !ex {
		c.exprs(args)
		if nkw > 0 {
			names := make([]syntax.ConstValue, nkw)
			for i, k := range kws {
				c.expr(k.Value)
				names[i] = syntax.StrValue(k.Arg)
			}
			c.loadConst(konst{v: syntax.ConstValue{Kind: syntax.ConstTuple, Tuple: names}})
			c.opArg(code.CALL_FUNCTION_KW, n+nelts+nkw)
			return
		}
		c.opArg(code.CALL_FUNCTION, n+nelts)
		return
	}
	if s, ok := firstStarred(args); n == 0 && nelts == 1 && ok {
		c.expr(s.Value)
	} else {
		c.starunpack(args, n, code.BUILD_LIST, code.LIST_APPEND, code.LIST_EXTEND, true)
	}
	if nkw > 0 {
		haveDict := false
		nseen := 0
		for i, k := range kws {
			if k.Arg == "" {
				if nseen > 0 {
					c.subkwargs(kws, i-nseen, i)
					if haveDict {
						c.opArg(code.DICT_MERGE, 1)
					}
					haveDict = true
					nseen = 0
				}
				if !haveDict {
					c.opArg(code.BUILD_MAP, 0)
					haveDict = true
				}
				c.expr(k.Value)
				c.opArg(code.DICT_MERGE, 1)
			} else {
				nseen++
			}
		}
		if nseen > 0 {
			c.subkwargs(kws, nkw-nseen, nkw)
			if haveDict {
				c.opArg(code.DICT_MERGE, 1)
			}
		}
		c.opArg(code.CALL_FUNCTION_EX, 1)
		return
	}
	c.opArg(code.CALL_FUNCTION_EX, 0)
}

func firstStarred(args []syntax.Expr) (*syntax.Starred, bool) {
	if len(args) == 0 {
		return nil, false
	}
	s, ok := args[0].(*syntax.Starred)
	return s, ok
}

func (c *compiler) subkwargs(kws []*syntax.Keyword, begin, end int) {
	n := end - begin
	big := n*2 > stackUseGuideline
	if n > 1 && !big {
		names := make([]syntax.ConstValue, 0, n)
		for _, k := range kws[begin:end] {
			c.expr(k.Value)
			names = append(names, syntax.StrValue(k.Arg))
		}
		c.loadConst(konst{v: syntax.ConstValue{Kind: syntax.ConstTuple, Tuple: names}})
		c.opArg(code.BUILD_CONST_KEY_MAP, n)
		return
	}
	if big {
		c.emitLine(code.BUILD_MAP, 0, nil, -1)
	}
	for _, k := range kws[begin:end] {
		c.loadConst(konst{v: syntax.StrValue(k.Arg)})
		c.expr(k.Value)
		if big {
			c.emitLine(code.MAP_ADD, 1, nil, -1)
		}
	}
	if !big {
		c.opArg(code.BUILD_MAP, n)
	}
}

// ---- comprehensions ----

type compKind uint8

const (
	compGenexp compKind = iota
	compList
	compSet
	compDict
)

func (c *compiler) comprehension(e syntax.Expr, kind compKind, name string, gens []*syntax.Comprehension, elt, val syntax.Expr) {
	topLevelAwait := c.isTopLevelAwait()
	isAsyncFunction := c.u.ste.IsCoroutine
	outermost := gens[0]
	c.enterScope(name, scopeComprehension, e, e.Position().Lineno)
	c.setLoc(e)
	isAsyncGen := c.u.ste.IsCoroutine
	if isAsyncGen && !isAsyncFunction && kind != compGenexp && !topLevelAwait {
		c.errorf("asynchronous comprehension outside of an asynchronous function")
	}
	switch kind {
	case compList:
		c.opArg(code.BUILD_LIST, 0)
	case compSet:
		c.opArg(code.BUILD_SET, 0)
	case compDict:
		c.opArg(code.BUILD_MAP, 0)
	}
	c.comprehensionGenerator(gens, 0, 0, elt, val, kind)
	if kind != compGenexp {
		c.op(code.RETURN_VALUE)
	}
	co := c.assemble(true)
	qualname := c.u.qualname
	c.exitScope()
	c.makeClosure(co, 0, qualname)
	c.expr(c.compIter(outermost.Iter))
	if outermost.IsAsync {
		c.op(code.GET_AITER)
	} else {
		c.op(code.GET_ITER)
	}
	c.opArg(code.CALL_FUNCTION, 1)
	if isAsyncGen && kind != compGenexp {
		c.op(code.GET_AWAITABLE)
		c.loadNone()
		c.op(code.YIELD_FROM)
	}
}

// compIter is the iterable of a comprehension after fold_iter.
func (c *compiler) compIter(e syntax.Expr) syntax.Expr {
	x, k := c.foldIter(e)
	if k != nil {
		return c.frozenConst(*e.Position(), k)
	}
	return x
}

func (c *compiler) comprehensionGenerator(gens []*syntax.Comprehension, i, depth int, elt, val syntax.Expr, kind compKind) {
	if gens[i].IsAsync {
		c.asyncComprehensionGenerator(gens, i, depth, elt, val, kind)
	} else {
		c.syncComprehensionGenerator(gens, i, depth, elt, val, kind)
	}
}

func (c *compiler) comprehensionElement(elt, val syntax.Expr, kind compKind, depth int) {
	switch kind {
	case compGenexp:
		c.expr(elt)
		c.op(code.YIELD_VALUE)
		c.op(code.POP_TOP)
	case compList:
		c.expr(elt)
		c.opArg(code.LIST_APPEND, depth+1)
	case compSet:
		c.expr(elt)
		c.opArg(code.SET_ADD, depth+1)
	case compDict:
		c.expr(elt)
		c.expr(val)
		c.opArg(code.MAP_ADD, depth+1)
	}
}

func (c *compiler) syncComprehensionGenerator(gens []*syntax.Comprehension, i, depth int, elt, val syntax.Expr, kind compKind) {
	start, ifCleanup, anchor := c.newBlock(), c.newBlock(), c.newBlock()
	gen := gens[i]
	if i == 0 {
		c.u.argcount = 1
		c.opArg(code.LOAD_FAST, 0)
	} else {
		iter := c.compIter(gen.Iter)
		var elts []syntax.Expr
		hasElts := false
		switch x := iter.(type) {
		case *syntax.List:
			elts, hasElts = x.Elts, true
		case *syntax.Tuple:
			elts, hasElts = x.Elts, true
		}
		if hasElts && len(elts) == 1 {
			if _, ok := elts[0].(*syntax.Starred); !ok {
				c.expr(elts[0])
				start = nil
			}
		}
		if start != nil {
			c.expr(iter)
			c.op(code.GET_ITER)
		}
	}
	if start != nil {
		depth++
		c.useNextBlock(start)
		c.jump(code.FOR_ITER, anchor)
	}
	c.expr(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	if i+1 < len(gens) {
		c.comprehensionGenerator(gens, i+1, depth, elt, val, kind)
	} else {
		c.comprehensionElement(elt, val, kind, depth)
	}
	c.useNextBlock(ifCleanup)
	if start != nil {
		c.jump(code.JUMP_ABSOLUTE, start)
		c.useNextBlock(anchor)
	}
}

func (c *compiler) asyncComprehensionGenerator(gens []*syntax.Comprehension, i, depth int, elt, val syntax.Expr, kind compKind) {
	start, except, ifCleanup := c.newBlock(), c.newBlock(), c.newBlock()
	gen := gens[i]
	if i == 0 {
		c.u.argcount = 1
		c.opArg(code.LOAD_FAST, 0)
	} else {
		c.expr(c.compIter(gen.Iter))
		c.op(code.GET_AITER)
	}
	c.useNextBlock(start)
	c.pushFblock(fbAsyncComprehensionGenerator, start, nil, nil)
	c.jump(code.SETUP_FINALLY, except)
	c.op(code.GET_ANEXT)
	c.loadNone()
	c.op(code.YIELD_FROM)
	c.op(code.POP_BLOCK)
	c.expr(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	depth++
	if i+1 < len(gens) {
		c.comprehensionGenerator(gens, i+1, depth, elt, val, kind)
	} else {
		c.comprehensionElement(elt, val, kind, depth)
	}
	c.useNextBlock(ifCleanup)
	c.jump(code.JUMP_ABSOLUTE, start)
	c.popFblock()
	c.useNextBlock(except)
	c.op(code.END_ASYNC_FOR)
}

// ---- functions, lambdas, closures ----

// makeClosure pushes the function made from co: its free variables' cells
// as a tuple when it has any, the code, the qualified name, MAKE_FUNCTION.
func (c *compiler) makeClosure(co *code.Code, flags int, qualname string) {
	if qualname == "" {
		qualname = co.Name
	}
	if n := len(co.Freevars); n > 0 {
		for _, name := range co.Freevars {
			var idx int
			var ok bool
			if c.u.ste.Kind == symtable.ClassBlock && name == "__class__" {
				idx, ok = indexOf(c.u.cellvars, name)
			} else if c.u.ste.ScopeOf(name) == symtable.Cell {
				idx, ok = indexOf(c.u.cellvars, name)
			} else {
				idx, ok = indexOf(c.u.freevars, name)
				idx += len(c.u.cellvars)
			}
			if !ok {
				panic(internalError("lookup of free variable " + name + " failed in " + c.u.name))
			}
			c.opArg(code.LOAD_CLOSURE, idx)
		}
		flags |= 0x08
		c.opArg(code.BUILD_TUPLE, n)
	}
	c.loadConst(konst{code: co, codeKey: c.codeKeys[co]})
	c.loadConst(konst{v: syntax.StrValue(qualname)})
	c.opArg(code.MAKE_FUNCTION, flags)
}

func indexOf(list []string, s string) (int, bool) {
	for i, x := range list {
		if x == s {
			return i, true
		}
	}
	return 0, false
}

func (c *compiler) checkDebugArgs(a *syntax.Arguments) {
	check := func(arg *syntax.Arg) {
		if arg != nil && arg.Arg == "__debug__" {
			c.errorf("cannot assign to __debug__")
		}
	}
	for _, x := range a.Posonlyargs {
		check(x)
	}
	for _, x := range a.Args {
		check(x)
	}
	check(a.Vararg)
	for _, x := range a.Kwonlyargs {
		check(x)
	}
	check(a.Kwarg)
}

// defaultArguments pushes the defaults tuple and the keyword-only defaults
// dict and returns the MAKE_FUNCTION flags for them.
func (c *compiler) defaultArguments(a *syntax.Arguments) int {
	flags := 0
	if len(a.Defaults) > 0 {
		c.exprs(a.Defaults)
		c.opArg(code.BUILD_TUPLE, len(a.Defaults))
		flags |= 0x01
	}
	var keys []syntax.ConstValue
	for i, arg := range a.Kwonlyargs {
		if i < len(a.KwDefaults) && a.KwDefaults[i] != nil {
			keys = append(keys, syntax.StrValue(c.mangle(arg.Arg)))
			c.expr(a.KwDefaults[i])
		}
	}
	if len(keys) > 0 {
		c.loadConst(konst{v: syntax.ConstValue{Kind: syntax.ConstTuple, Tuple: keys}})
		c.opArg(code.BUILD_CONST_KEY_MAP, len(keys))
		flags |= 0x02
	}
	return flags
}

// annotations pushes the (name, value, ...) tuple of a def's annotations
// and reports whether it pushed one.
func (c *compiler) annotations(a *syntax.Arguments, returns syntax.Expr) bool {
	n := 0
	one := func(name string, ann syntax.Expr) {
		if ann == nil {
			return
		}
		c.loadConst(konst{v: syntax.StrValue(c.mangle(name))})
		if c.future&code.CoFutureAnnotions != 0 {
			c.loadConst(konst{v: syntax.StrValue(unparse(ann))})
		} else {
			c.expr(ann)
		}
		n += 2
	}
	for _, x := range a.Args {
		one(x.Arg, x.Annotation)
	}
	for _, x := range a.Posonlyargs {
		one(x.Arg, x.Annotation)
	}
	if a.Vararg != nil {
		one(a.Vararg.Arg, a.Vararg.Annotation)
	}
	for _, x := range a.Kwonlyargs {
		one(x.Arg, x.Annotation)
	}
	if a.Kwarg != nil {
		one(a.Kwarg.Arg, a.Kwarg.Annotation)
	}
	one("return", returns)
	if n > 0 {
		c.opArg(code.BUILD_TUPLE, n)
		return true
	}
	return false
}

func (c *compiler) lambda(e *syntax.Lambda) {
	c.checkDebugArgs(e.Args)
	flags := c.defaultArguments(e.Args)
	c.enterScope("<lambda>", scopeLambda, e, e.Lineno)
	c.u.addConst(konst{v: syntax.NoneValue()})
	c.u.argcount = len(e.Args.Args)
	c.u.posonlyargcount = len(e.Args.Posonlyargs)
	c.u.kwonlyargcount = len(e.Args.Kwonlyargs)
	c.expr(e.Body)
	var co *code.Code
	if c.u.ste.IsGenerator {
		co = c.assemble(false)
	} else {
		// CPython 3.10 gives the return the line of the instruction
		// emitted last, without making it a line of its own.
		c.emitLine(code.RETURN_VALUE, 0, nil, c.u.lastLine)
		co = c.assemble(true)
	}
	qualname := c.u.qualname
	c.exitScope()
	c.makeClosure(co, flags, qualname)
}
