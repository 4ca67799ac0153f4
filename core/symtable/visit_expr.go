package symtable

import (
	"fmt"

	"github.com/pyvar/pyvar/core/syntax"
)

func (b *builder) expr(e syntax.Expr) {
	b.nest(e.Position())
	defer func() { b.depth-- }()
	switch e := e.(type) {
	case *syntax.NamedExpr:
		b.noAnnotationBlock("named expression", &e.Pos)
		b.namedExpr(e)
	case *syntax.BoolOp:
		b.exprs(e.Values)
	case *syntax.BinOp:
		b.expr(e.Left)
		b.expr(e.Right)
	case *syntax.UnaryOp:
		b.expr(e.Operand)
	case *syntax.Lambda:
		b.exprs(e.Args.Defaults)
		b.exprs(e.Args.KwDefaults)
		b.enter("lambda", FunctionBlock, e, e.Lineno, e.ColOffset)
		b.arguments(e.Args)
		b.expr(e.Body)
		b.exit()
	case *syntax.IfExp:
		b.expr(e.Test)
		b.expr(e.Body)
		b.expr(e.Orelse)
	case *syntax.Dict:
		b.exprs(e.Keys)
		b.exprs(e.Values)
	case *syntax.Set:
		b.exprs(e.Elts)
	case *syntax.GeneratorExp:
		b.comprehension(e, &e.Pos, "genexpr", GeneratorExpression, e.Generators, e.Elt, nil)
	case *syntax.ListComp:
		b.comprehension(e, &e.Pos, "listcomp", ListComprehension, e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		b.comprehension(e, &e.Pos, "setcomp", SetComprehension, e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		b.comprehension(e, &e.Pos, "dictcomp", DictComprehension, e.Generators, e.Key, e.Value)
	case *syntax.Yield:
		b.noAnnotationBlock("yield expression", &e.Pos)
		if e.Value != nil {
			b.expr(e.Value)
		}
		b.yield(&e.Pos)
	case *syntax.YieldFrom:
		b.noAnnotationBlock("yield expression", &e.Pos)
		b.expr(e.Value)
		b.yield(&e.Pos)
	case *syntax.Await:
		b.noAnnotationBlock("await expression", &e.Pos)
		b.expr(e.Value)
		b.cur.IsCoroutine = true
	case *syntax.Compare:
		b.expr(e.Left)
		b.exprs(e.Comparators)
	case *syntax.Call:
		b.expr(e.Func)
		b.exprs(e.Args)
		for _, k := range e.Keywords {
			b.expr(k.Value)
		}
	case *syntax.FormattedValue:
		b.expr(e.Value)
		if e.FormatSpec != nil {
			b.expr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		b.exprs(e.Values)
	case *syntax.Constant:
	case *syntax.Attribute:
		b.expr(e.Value)
	case *syntax.Subscript:
		b.expr(e.Value)
		b.expr(e.Slice)
	case *syntax.Starred:
		b.expr(e.Value)
	case *syntax.Slice:
		if e.Lower != nil {
			b.expr(e.Lower)
		}
		if e.Upper != nil {
			b.expr(e.Upper)
		}
		if e.Step != nil {
			b.expr(e.Step)
		}
	case *syntax.Name:
		flag := DefLocal
		if e.Ctx == syntax.Load {
			flag = Use
		}
		b.addDef(e.Id, flag, &e.Pos)
		// A method calling super() needs the class cell, as if it read __class__.
		if e.Ctx == syntax.Load && b.cur.Kind == FunctionBlock && e.Id == "super" {
			b.addDef("__class__", Use, &e.Pos)
		}
	case *syntax.List:
		b.exprs(e.Elts)
	case *syntax.Tuple:
		b.exprs(e.Elts)
	default:
		panic(errAbort{fmt.Errorf("symtable: unexpected expression %T", e)})
	}
}

func (b *builder) noAnnotationBlock(what string, p *syntax.Pos) {
	if b.cur.Kind == AnnotationBlock {
		b.fail(p, "'%s' can not be used within an annotation", what)
	}
}

func (b *builder) yield(p *syntax.Pos) {
	b.cur.IsGenerator = true
	switch b.cur.Comprehension {
	case ListComprehension:
		b.fail(p, "'yield' inside list comprehension")
	case SetComprehension:
		b.fail(p, "'yield' inside set comprehension")
	case DictComprehension:
		b.fail(p, "'yield' inside dict comprehension")
	case GeneratorExpression:
		b.fail(p, "'yield' inside generator expression")
	}
}

func (b *builder) namedExpr(e *syntax.NamedExpr) {
	if b.cur.compIterExpr > 0 {
		b.fail(&e.Pos, "assignment expression cannot be used in a comprehension iterable expression")
	}
	if b.cur.Comprehension != NotComprehension {
		b.extendNamedExprScope(e.Target)
	}
	b.expr(e.Value)
	b.expr(e.Target)
}

// extendNamedExprScope binds a walrus target inside a comprehension in the
// nearest enclosing function (as nonlocal) or module (as global):
// CPython's symtable_extend_namedexpr_scope.
func (b *builder) extendNamedExprScope(target syntax.Expr) {
	n, ok := target.(*syntax.Name)
	if !ok {
		return // the parser only accepts a name here
	}
	name := n.Id
	for i := len(b.stack) - 1; i >= 0; i-- {
		t := b.stack[i]
		if t.Comprehension != NotComprehension {
			if s := t.Symbols[Mangle(b.private, name)]; s != nil && s.Flags&DefCompIter != 0 {
				b.fail(&n.Pos, "assignment expression cannot rebind comprehension iteration variable '%s'", name)
			}
			continue
		}
		switch t.Kind {
		case FunctionBlock:
			if s := t.Symbols[Mangle(b.private, name)]; s != nil && s.Flags&DefGlobal != 0 {
				b.addDef(name, DefGlobal, &n.Pos)
			} else {
				b.addDef(name, DefNonlocal, &n.Pos)
			}
			b.recordDirective(name, &n.Pos)
			b.addDefIn(t, name, DefLocal, &n.Pos)
			return
		case ModuleBlock:
			b.addDef(name, DefGlobal, &n.Pos)
			b.recordDirective(name, &n.Pos)
			b.addDefIn(t, name, DefGlobal, &n.Pos)
			return
		case ClassBlock:
			b.fail(&n.Pos, "assignment expression within a comprehension cannot be used in a class body")
		}
	}
}

// comprehension visits a comprehension: the first iterable in the enclosing
// block, everything else in a new function block whose parameter ".0"
// receives the iterator.
func (b *builder) comprehension(node syntax.Expr, p *syntax.Pos, name string, kind CompKind, gens []*syntax.Comprehension, elt, value syntax.Expr) {
	outer := gens[0]
	b.cur.compIterExpr++
	b.expr(outer.Iter)
	b.cur.compIterExpr--
	b.enter(name, FunctionBlock, node, p.Lineno, p.ColOffset)
	t := b.cur
	t.Comprehension = kind
	if outer.IsAsync {
		t.IsCoroutine = true
	}
	b.addDef(".0", DefParam, p)
	t.compIterTarget = true
	b.expr(outer.Target)
	t.compIterTarget = false
	b.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		t.compIterTarget = true
		b.expr(g.Target)
		t.compIterTarget = false
		t.compIterExpr++
		b.expr(g.Iter)
		t.compIterExpr--
		b.exprs(g.Ifs)
		if g.IsAsync {
			t.IsCoroutine = true
		}
	}
	if value != nil {
		b.expr(value)
	}
	b.expr(elt)
	t.IsGenerator = kind == GeneratorExpression
	b.exit()
}
