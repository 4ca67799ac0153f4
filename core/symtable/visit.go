package symtable

import (
	"fmt"
	"strings"

	"github.com/pyvar/pyvar/core/syntax"
)

// maxDepth bounds the nesting the visit pass accepts, as CPython bounds its
// recursion while compiling ("maximum recursion depth exceeded during compilation").
const maxDepth = 3000

// builder holds the state of the visit pass: CPython's struct symtable.
type builder struct {
	filename string
	top      *Table
	cur      *Table
	stack    []*Table
	private  string // class name for mangling (st_private)
	future   bool   // from __future__ import annotations
	index    map[syntax.Node]*Table
	depth    int
}

// errAbort carries a SyntaxError out of the recursive visit.
type errAbort struct{ err error }

// Build runs both passes over mod and returns the module's table. The
// errors are *syntax.Error with CPython 3.10's messages and positions (Text
// is left empty: the symbol table does not see the source), or
// *RecursionError for absurdly deep trees.
func Build(mod syntax.Mod, filename string) (t *Table, err error) {
	b := &builder{filename: filename, index: map[syntax.Node]*Table{}}
	defer func() {
		if r := recover(); r != nil {
			a, ok := r.(errAbort)
			if !ok {
				panic(r)
			}
			t, err = nil, a.err
		}
	}()
	var ff Future
	switch m := mod.(type) {
	case *syntax.Module:
		ff, err = parseFuture(m.Body, filename)
	case *syntax.Interactive:
		ff, err = parseFuture(m.Body, filename)
	}
	if err != nil {
		return nil, err
	}
	b.future = ff.Annotations
	b.enter("top", ModuleBlock, mod, 0, 0)
	b.top = b.cur
	b.top.Future = ff
	switch m := mod.(type) {
	case *syntax.Module:
		b.stmts(m.Body)
	case *syntax.Interactive:
		b.stmts(m.Body)
	case *syntax.Expression:
		b.expr(m.Body)
	case *syntax.FunctionType:
		b.exprs(m.Argtypes)
		b.expr(m.Returns)
	default:
		return nil, fmt.Errorf("symtable: unexpected module node %T", mod)
	}
	b.exit()
	if err := analyze(b); err != nil {
		return nil, err
	}
	return b.top, nil
}

// fail aborts the visit with a SyntaxError at the given node extent.
func (b *builder) fail(p *syntax.Pos, format string, args ...any) {
	panic(errAbort{b.errorAt(p, fmt.Sprintf(format, args...))})
}

func (b *builder) errorAt(p *syntax.Pos, msg string) *syntax.Error {
	e := &syntax.Error{Kind: "SyntaxError", Msg: msg, Filename: b.filename}
	if p != nil {
		e.Lineno, e.Offset = p.Lineno, p.ColOffset+1
		e.EndLineno, e.EndOffset = p.EndLineno, p.EndColOffset+1
	}
	return e
}

func (b *builder) enter(name string, kind BlockKind, node syntax.Node, lineno, col int) {
	t := &Table{
		Kind:              kind,
		Name:              name,
		Lineno:            lineno,
		ColOffset:         col,
		Node:              node,
		Symbols:           map[string]*Symbol{},
		index:             b.index,
		Private:           b.private,
		FutureAnnotations: b.future,
	}
	prev := b.cur
	if prev != nil {
		t.Parent = prev
		t.IsNested = prev.IsNested || prev.Kind == FunctionBlock
		// bpo-37757: every assignment expression in the outermost iterable
		// of a comprehension is refused, even inside a nested lambda.
		t.compIterExpr = prev.compIterExpr
	}
	b.stack = append(b.stack, t)
	b.cur = t
	if kind == AnnotationBlock {
		// Annotations become strings: their block is not part of the tree.
		return
	}
	b.index[node] = t
	if prev != nil {
		prev.Children = append(prev.Children, t)
	}
}

func (b *builder) exit() {
	b.stack = b.stack[:len(b.stack)-1]
	if len(b.stack) > 0 {
		b.cur = b.stack[len(b.stack)-1]
	} else {
		b.cur = nil
	}
}

func site(p *syntax.Pos) Site {
	if p == nil {
		return Site{}
	}
	return Site{p.Lineno, p.ColOffset}
}

// symbol returns the symbol of the mangled name in t, creating it.
func (t *Table) symbol(mangled string) *Symbol {
	s := t.Symbols[mangled]
	if s == nil {
		s = &Symbol{Name: mangled}
		t.Symbols[mangled] = s
		t.Names = append(t.Names, mangled)
	}
	return s
}

// lookupFlags returns the flags of name (mangled with the current private
// name) in the current block: CPython's symtable_lookup.
func (b *builder) lookupFlags(name string) Flag {
	if s := b.cur.Symbols[Mangle(b.private, name)]; s != nil {
		return s.Flags
	}
	return 0
}

func (b *builder) addDef(name string, flag Flag, p *syntax.Pos) {
	b.addDefIn(b.cur, name, flag, p)
}

// addDefIn records flag for name in block t: CPython's symtable_add_def_helper.
func (b *builder) addDefIn(t *Table, name string, flag Flag, p *syntax.Pos) {
	mangled := Mangle(b.private, name)
	s := t.Symbols[mangled]
	var val Flag
	if s != nil {
		if flag&DefParam != 0 && s.Flags&DefParam != 0 {
			b.fail(p, "duplicate argument '%s' in function definition", name)
		}
		val = s.Flags | flag
	} else {
		val = flag
	}
	if t.compIterTarget {
		// An iteration variable may not rebind a walrus target seen earlier.
		if val&(DefGlobal|DefNonlocal) != 0 {
			b.fail(p, "comprehension inner loop cannot rebind assignment expression target '%s'", name)
		}
		val |= DefCompIter
	}
	s = t.symbol(mangled)
	s.Flags = val
	switch {
	case flag&(DefLocal|DefParam|DefImport) != 0:
		s.Binds = append(s.Binds, site(p))
	case flag&Use != 0:
		s.Uses = append(s.Uses, site(p))
	case flag&(DefGlobal|DefNonlocal) != 0 && s.Decl == (Site{}):
		s.Decl = site(p)
	}
	if flag&DefParam != 0 {
		t.Varnames = append(t.Varnames, mangled)
	} else if flag&DefGlobal != 0 {
		// A global declaration anywhere marks the module's symbol too
		// (st_global), which makes module code use *_GLOBAL for it.
		g := b.top.symbol(mangled)
		g.Flags |= flag
		if g.Decl == (Site{}) {
			g.Decl = site(p)
		}
	}
}

func (b *builder) recordDirective(name string, p *syntax.Pos) {
	if b.cur.directives == nil {
		b.cur.directives = map[string]*syntax.Pos{}
	}
	m := Mangle(b.private, name)
	if _, ok := b.cur.directives[m]; !ok {
		b.cur.directives[m] = p
	}
}

func (b *builder) stmts(ss []syntax.Stmt) {
	for _, s := range ss {
		b.stmt(s)
	}
}

func (b *builder) exprs(es []syntax.Expr) {
	for _, e := range es {
		if e != nil {
			b.expr(e)
		}
	}
}

// RecursionError is Build's error for a tree nested deeper than CPython's
// compiler accepts; CPython raises RecursionError (not SyntaxError) for it.
type RecursionError struct {
	Filename string
	Lineno   int
}

// Error returns CPython's message.
func (e *RecursionError) Error() string {
	return "maximum recursion depth exceeded during compilation"
}

func (b *builder) nest(p *syntax.Pos) {
	b.depth++
	if b.depth > maxDepth {
		panic(errAbort{&RecursionError{Filename: b.filename, Lineno: p.Lineno}})
	}
}

func (b *builder) stmt(s syntax.Stmt) {
	b.nest(s.Position())
	defer func() { b.depth-- }()
	switch s := s.(type) {
	case *syntax.FunctionDef:
		b.funcDef(s, &s.Pos, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *syntax.AsyncFunctionDef:
		b.funcDef(s, &s.Pos, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *syntax.ClassDef:
		b.addDef(s.Name, DefLocal, &s.Pos)
		b.exprs(s.Bases)
		for _, k := range s.Keywords {
			b.expr(k.Value)
		}
		b.exprs(s.DecoratorList)
		b.enter(s.Name, ClassBlock, s, s.Lineno, s.ColOffset)
		saved := b.private
		b.private = s.Name
		b.cur.Private = s.Name
		b.stmts(s.Body)
		b.private = saved
		b.exit()
	case *syntax.Return:
		if s.Value != nil {
			b.expr(s.Value)
			b.cur.ReturnsValue = true
		}
	case *syntax.Delete:
		b.exprs(s.Targets)
	case *syntax.Assign:
		b.exprs(s.Targets)
		b.expr(s.Value)
	case *syntax.AnnAssign:
		b.annAssign(s)
	case *syntax.AugAssign:
		b.expr(s.Target)
		if n, ok := s.Target.(*syntax.Name); ok {
			// `x += 1` reads x too; CPython records only the binding, so
			// the read is kept as a site for explanations, not as a flag.
			sym := b.cur.symbol(Mangle(b.private, n.Id))
			sym.Uses = append(sym.Uses, site(&n.Pos))
		}
		b.expr(s.Value)
	case *syntax.For:
		b.expr(s.Target)
		b.expr(s.Iter)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.AsyncFor:
		b.expr(s.Target)
		b.expr(s.Iter)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.While:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.If:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.Match:
		b.expr(s.Subject)
		for _, c := range s.Cases {
			b.pattern(c.Pattern)
			if c.Guard != nil {
				b.expr(c.Guard)
			}
			b.stmts(c.Body)
		}
	case *syntax.Raise:
		if s.Exc != nil {
			b.expr(s.Exc)
			if s.Cause != nil {
				b.expr(s.Cause)
			}
		}
	case *syntax.Try:
		// CPython's order: body, else, handlers, finally.
		b.stmts(s.Body)
		b.stmts(s.Orelse)
		for _, h := range s.Handlers {
			if h.Type != nil {
				b.expr(h.Type)
			}
			if h.Name != "" {
				b.addDef(h.Name, DefLocal, &h.Pos)
			}
			b.stmts(h.Body)
		}
		b.stmts(s.Finalbody)
	case *syntax.Assert:
		b.expr(s.Test)
		if s.Msg != nil {
			b.expr(s.Msg)
		}
	case *syntax.Import:
		for _, a := range s.Names {
			b.alias(a, &s.Pos)
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			b.alias(a, &s.Pos)
		}
	case *syntax.Global:
		b.declare(s.Names, &s.Pos, DefGlobal, "global")
	case *syntax.Nonlocal:
		b.declare(s.Names, &s.Pos, DefNonlocal, "nonlocal")
	case *syntax.ExprStmt:
		b.expr(s.Value)
	case *syntax.With:
		b.withItems(s.Items)
		b.stmts(s.Body)
	case *syntax.AsyncWith:
		b.withItems(s.Items)
		b.stmts(s.Body)
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	default:
		panic(errAbort{fmt.Errorf("symtable: unexpected statement %T", s)})
	}
}

func (b *builder) withItems(items []*syntax.WithItem) {
	for _, it := range items {
		b.expr(it.ContextExpr)
		if it.OptionalVars != nil {
			b.expr(it.OptionalVars)
		}
	}
}

// declare handles `global` and `nonlocal` statements.
func (b *builder) declare(names []string, p *syntax.Pos, flag Flag, what string) {
	for _, name := range names {
		cur := b.lookupFlags(name)
		if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
			var msg string
			switch {
			case cur&DefParam != 0:
				msg = "name '%s' is parameter and " + what
			case cur&Use != 0:
				msg = "name '%s' is used prior to " + what + " declaration"
			case cur&DefAnnot != 0:
				msg = "annotated name '%s' can't be " + what
			default:
				msg = "name '%s' is assigned to before " + what + " declaration"
			}
			b.fail(p, msg, name)
		}
		b.addDef(name, flag, p)
		b.recordDirective(name, p)
	}
}

func (b *builder) funcDef(node syntax.Node, p *syntax.Pos, name string, args *syntax.Arguments, body []syntax.Stmt, decos []syntax.Expr, returns syntax.Expr, async bool) {
	b.addDef(name, DefLocal, p)
	b.exprs(args.Defaults)
	b.exprs(args.KwDefaults)
	b.annotations(node, p, args, returns)
	b.exprs(decos)
	b.enter(name, FunctionBlock, node, p.Lineno, p.ColOffset)
	if async {
		b.cur.IsCoroutine = true
	}
	b.arguments(args)
	b.stmts(body)
	b.exit()
}

// annotations visits the parameter and return annotations in the enclosing
// block, or in a detached annotation block under `from __future__ import annotations`.
func (b *builder) annotations(node syntax.Node, p *syntax.Pos, a *syntax.Arguments, returns syntax.Expr) {
	if b.future {
		b.enter("_annotation", AnnotationBlock, node, p.Lineno, p.ColOffset)
	}
	argAnns := func(args []*syntax.Arg) {
		for _, x := range args {
			if x.Annotation != nil {
				b.expr(x.Annotation)
			}
		}
	}
	argAnns(a.Posonlyargs)
	argAnns(a.Args)
	if a.Vararg != nil && a.Vararg.Annotation != nil {
		b.expr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil && a.Kwarg.Annotation != nil {
		b.expr(a.Kwarg.Annotation)
	}
	argAnns(a.Kwonlyargs)
	if b.future {
		b.exit()
	}
	if returns != nil {
		b.annotation(returns)
	}
}

func (b *builder) annotation(e syntax.Expr) {
	if b.future {
		b.enter("_annotation", AnnotationBlock, e, e.Position().Lineno, e.Position().ColOffset)
		b.expr(e)
		b.exit()
		return
	}
	b.expr(e)
}

func (b *builder) annAssign(s *syntax.AnnAssign) {
	if n, ok := s.Target.(*syntax.Name); ok {
		cur := b.lookupFlags(n.Id)
		if cur&(DefGlobal|DefNonlocal) != 0 && b.cur != b.top && s.Simple {
			if cur&DefGlobal != 0 {
				b.fail(&s.Pos, "annotated name '%s' can't be global", n.Id)
			}
			b.fail(&s.Pos, "annotated name '%s' can't be nonlocal", n.Id)
		}
		if s.Simple {
			b.addDef(n.Id, DefAnnot|DefLocal, &n.Pos)
		} else if s.Value != nil {
			b.addDef(n.Id, DefLocal, &n.Pos)
		}
	} else {
		b.expr(s.Target)
	}
	b.annotation(s.Annotation)
	if s.Value != nil {
		b.expr(s.Value)
	}
}

func (b *builder) arguments(a *syntax.Arguments) {
	params := func(args []*syntax.Arg) {
		for _, x := range args {
			b.addDef(x.Arg, DefParam, &x.Pos)
		}
	}
	params(a.Posonlyargs)
	params(a.Args)
	params(a.Kwonlyargs)
	if a.Vararg != nil {
		b.addDef(a.Vararg.Arg, DefParam, &a.Vararg.Pos)
		b.cur.HasVarargs = true
	}
	if a.Kwarg != nil {
		b.addDef(a.Kwarg.Arg, DefParam, &a.Kwarg.Pos)
		b.cur.HasVarkeywords = true
	}
}

// alias binds what an import binds: the first component of a dotted name
// unless renamed.
func (b *builder) alias(a *syntax.Alias, stmt *syntax.Pos) {
	name := a.Name
	if a.Asname != "" {
		name = a.Asname
	}
	p := &a.Pos
	if p.Lineno == 0 {
		p = stmt
	}
	if name == "*" {
		if b.cur.Kind != ModuleBlock {
			b.fail(p, "import * only allowed at module level")
		}
		b.cur.ImportStar = true
		return
	}
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	b.addDef(name, DefImport, p)
}

func (b *builder) pattern(p syntax.Pattern) {
	switch p := p.(type) {
	case *syntax.MatchValue:
		b.expr(p.Value)
	case *syntax.MatchSingleton:
	case *syntax.MatchSequence:
		for _, q := range p.Patterns {
			b.pattern(q)
		}
	case *syntax.MatchStar:
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, &p.Pos)
		}
	case *syntax.MatchMapping:
		b.exprs(p.Keys)
		for _, q := range p.Patterns {
			b.pattern(q)
		}
		if p.Rest != "" {
			b.addDef(p.Rest, DefLocal, &p.Pos)
		}
	case *syntax.MatchClass:
		b.expr(p.Cls)
		for _, q := range p.Patterns {
			b.pattern(q)
		}
		for _, q := range p.KwdPatterns {
			b.pattern(q)
		}
	case *syntax.MatchAs:
		if p.Pattern != nil {
			b.pattern(p.Pattern)
		}
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, &p.Pos)
		}
	case *syntax.MatchOr:
		for _, q := range p.Patterns {
			b.pattern(q)
		}
	}
}
