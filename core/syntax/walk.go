package syntax

// Visitor is called by Walk for each node; if Visit returns a non-nil
// Visitor w, Walk visits the node's children with w and then calls
// w.Visit(nil).
type Visitor interface {
	Visit(n Node) (w Visitor)
}

// Walk traverses the tree rooted at n depth-first, children in ASDL field
// order (so decorators come after the body, as in CPython's ast.walk field
// order). Nil children are skipped.
func Walk(v Visitor, n Node) {
	if n == nil {
		return
	}
	if v = v.Visit(n); v == nil {
		return
	}
	Children(n, func(c Node) { Walk(v, c) })
	v.Visit(nil)
}

type inspector func(Node) bool

func (f inspector) Visit(n Node) Visitor {
	if n != nil && f(n) {
		return f
	}
	return nil
}

// Inspect traverses the tree rooted at n, calling f for each node; when f
// returns false the node's children are skipped.
func Inspect(n Node, f func(Node) bool) { Walk(inspector(f), n) }

// Children calls f for each direct child of n in ASDL field order.
func Children(n Node, f func(Node)) {
	exprs := func(es []Expr) {
		for _, e := range es {
			if e != nil {
				f(e)
			}
		}
	}
	stmts := func(ss []Stmt) {
		for _, s := range ss {
			f(s)
		}
	}
	expr := func(e Expr) {
		if e != nil {
			f(e)
		}
	}
	pats := func(ps []Pattern) {
		for _, p := range ps {
			f(p)
		}
	}
	args := func(a *Arguments) {
		if a != nil {
			f(a)
		}
	}
	arg := func(a *Arg) {
		if a != nil {
			f(a)
		}
	}
	keywords := func(ks []*Keyword) {
		for _, k := range ks {
			f(k)
		}
	}
	comps := func(cs []*Comprehension) {
		for _, c := range cs {
			f(c)
		}
	}
	switch n := n.(type) {
	case *Module:
		stmts(n.Body)
		for _, t := range n.TypeIgnores {
			f(t)
		}
	case *Interactive:
		stmts(n.Body)
	case *Expression:
		expr(n.Body)
	case *FunctionType:
		exprs(n.Argtypes)
		expr(n.Returns)
	case *FunctionDef:
		args(n.Args)
		stmts(n.Body)
		exprs(n.DecoratorList)
		expr(n.Returns)
	case *AsyncFunctionDef:
		args(n.Args)
		stmts(n.Body)
		exprs(n.DecoratorList)
		expr(n.Returns)
	case *ClassDef:
		exprs(n.Bases)
		keywords(n.Keywords)
		stmts(n.Body)
		exprs(n.DecoratorList)
	case *Return:
		expr(n.Value)
	case *Delete:
		exprs(n.Targets)
	case *Assign:
		exprs(n.Targets)
		expr(n.Value)
	case *AugAssign:
		expr(n.Target)
		expr(n.Value)
	case *AnnAssign:
		expr(n.Target)
		expr(n.Annotation)
		expr(n.Value)
	case *For:
		expr(n.Target)
		expr(n.Iter)
		stmts(n.Body)
		stmts(n.Orelse)
	case *AsyncFor:
		expr(n.Target)
		expr(n.Iter)
		stmts(n.Body)
		stmts(n.Orelse)
	case *While:
		expr(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *If:
		expr(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *With:
		for _, it := range n.Items {
			f(it)
		}
		stmts(n.Body)
	case *AsyncWith:
		for _, it := range n.Items {
			f(it)
		}
		stmts(n.Body)
	case *Match:
		expr(n.Subject)
		for _, c := range n.Cases {
			f(c)
		}
	case *Raise:
		expr(n.Exc)
		expr(n.Cause)
	case *Try:
		stmts(n.Body)
		for _, h := range n.Handlers {
			f(h)
		}
		stmts(n.Orelse)
		stmts(n.Finalbody)
	case *Assert:
		expr(n.Test)
		expr(n.Msg)
	case *Import:
		for _, a := range n.Names {
			f(a)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			f(a)
		}
	case *ExprStmt:
		expr(n.Value)
	case *BoolOp:
		exprs(n.Values)
	case *NamedExpr:
		expr(n.Target)
		expr(n.Value)
	case *BinOp:
		expr(n.Left)
		expr(n.Right)
	case *UnaryOp:
		expr(n.Operand)
	case *Lambda:
		args(n.Args)
		expr(n.Body)
	case *IfExp:
		expr(n.Test)
		expr(n.Body)
		expr(n.Orelse)
	case *Dict:
		exprs(n.Keys)
		exprs(n.Values)
	case *Set:
		exprs(n.Elts)
	case *ListComp:
		expr(n.Elt)
		comps(n.Generators)
	case *SetComp:
		expr(n.Elt)
		comps(n.Generators)
	case *DictComp:
		expr(n.Key)
		expr(n.Value)
		comps(n.Generators)
	case *GeneratorExp:
		expr(n.Elt)
		comps(n.Generators)
	case *Await:
		expr(n.Value)
	case *Yield:
		expr(n.Value)
	case *YieldFrom:
		expr(n.Value)
	case *Compare:
		expr(n.Left)
		exprs(n.Comparators)
	case *Call:
		expr(n.Func)
		exprs(n.Args)
		keywords(n.Keywords)
	case *FormattedValue:
		expr(n.Value)
		expr(n.FormatSpec)
	case *JoinedStr:
		exprs(n.Values)
	case *Attribute:
		expr(n.Value)
	case *Subscript:
		expr(n.Value)
		expr(n.Slice)
	case *Starred:
		expr(n.Value)
	case *List:
		exprs(n.Elts)
	case *Tuple:
		exprs(n.Elts)
	case *Slice:
		expr(n.Lower)
		expr(n.Upper)
		expr(n.Step)
	case *Comprehension:
		expr(n.Target)
		expr(n.Iter)
		exprs(n.Ifs)
	case *ExceptHandler:
		expr(n.Type)
		stmts(n.Body)
	case *Arguments:
		for _, a := range n.Posonlyargs {
			f(a)
		}
		for _, a := range n.Args {
			f(a)
		}
		arg(n.Vararg)
		for _, a := range n.Kwonlyargs {
			f(a)
		}
		exprs(n.KwDefaults)
		arg(n.Kwarg)
		exprs(n.Defaults)
	case *Arg:
		expr(n.Annotation)
	case *Keyword:
		expr(n.Value)
	case *WithItem:
		expr(n.ContextExpr)
		expr(n.OptionalVars)
	case *MatchCase:
		if n.Pattern != nil {
			f(n.Pattern)
		}
		expr(n.Guard)
		stmts(n.Body)
	case *MatchValue:
		expr(n.Value)
	case *MatchSequence:
		pats(n.Patterns)
	case *MatchMapping:
		exprs(n.Keys)
		pats(n.Patterns)
	case *MatchClass:
		expr(n.Cls)
		pats(n.Patterns)
		pats(n.KwdPatterns)
	case *MatchAs:
		if n.Pattern != nil {
			f(n.Pattern)
		}
	case *MatchOr:
		pats(n.Patterns)
	}
}
