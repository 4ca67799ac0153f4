// Package symtable decides the scope of every name of a Python module, as
// CPython 3.10's Python/symtable.c does.
//
// The work is done in two passes that are kept apart. The visit pass
// (visit.go) walks the AST once, opens a Table for each block (module, class,
// function, lambda, comprehension) and records per name the flags of what the
// block does with it: bound (DefLocal), parameter (DefParam), declared global
// or nonlocal, used (Use), imported, annotated, and so on. It also records the
// lines of each binding and use so that tools can explain the decisions. The
// analysis pass (analyze.go) then walks the finished tree top-down with the
// sets of names bound and declared global in the enclosing function scopes,
// and bottom-up with the names that the children need free, exactly like
// analyze_block/analyze_name/analyze_cells/update_symbols: a name is Local if
// bound here, GlobalExplicit if declared global, Free if bound in an
// enclosing function scope (class scopes are skipped as enclosing scopes),
// GlobalImplicit otherwise; a local that a nested block needs free becomes a
// Cell. A class body whose methods use `super` or `__class__` gets the
// implicit `__class__` cell (NeedsClassClosure).
//
// Two of CPython's quirks are kept on purpose, because the bytecode shows
// them: a `global x` anywhere (or a walrus in a module-level comprehension)
// also marks the module's own x GlobalExplicit, so module code then uses
// STORE_GLOBAL/LOAD_GLOBAL for it; and a name declared global only in an
// enclosing block is GlobalImplicit in nested blocks (LOAD_NAME in a class
// body). future.go reads the leading `from __future__` imports first, since
// `annotations` takes annotations out of the analysis.
//
// The AST is never mutated; the compiler finds the table of a block with
// TableFor and a name's scope with Lookup (names are looked up mangled, see
// Mangle).
package symtable

import (
	"github.com/pyvar/pyvar/core/syntax"
)

// BlockKind is the kind of a block: CPython's _Py_block_ty.
type BlockKind uint8

const (
	// ModuleBlock is the top-level block of a module (also eval/exec input).
	ModuleBlock BlockKind = iota
	// FunctionBlock is a def, lambda or comprehension.
	FunctionBlock
	// ClassBlock is a class body.
	ClassBlock
	// AnnotationBlock is the pseudo-block in which annotations are analysed
	// under `from __future__ import annotations`; it produces no code object.
	AnnotationBlock
)

// String returns "module", "function", "class" or "annotation".
func (k BlockKind) String() string {
	switch k {
	case ModuleBlock:
		return "module"
	case FunctionBlock:
		return "function"
	case ClassBlock:
		return "class"
	case AnnotationBlock:
		return "annotation"
	}
	return "?"
}

// Flag is the set of things a block does with a name, recorded by the visit
// pass (CPython's DEF_* and USE bits).
type Flag uint32

const (
	// DefGlobal: the name is declared `global` in this block.
	DefGlobal Flag = 1 << iota
	// DefLocal: the name is bound in this block (assignment, def, class, for, with, except, import, del, ...).
	DefLocal
	// DefParam: the name is a parameter of this block.
	DefParam
	// DefNonlocal: the name is declared `nonlocal` in this block.
	DefNonlocal
	// Use: the name is read in this block.
	Use
	// DefFree: the name is used in this block but bound in an enclosing one (set by analysis).
	DefFree
	// DefFreeClass: the name is free in a nested block of this class (set by analysis).
	DefFreeClass
	// DefImport: the name is bound by an import.
	DefImport
	// DefAnnot: the name is annotated (`x: int`).
	DefAnnot
	// DefCompIter: the name is a comprehension iteration variable.
	DefCompIter
)

// DefBound are the flags that bind a name in a block.
const DefBound = DefLocal | DefParam | DefImport

// Scope is the scope the analysis pass decides for a name in a block.
type Scope uint8

const (
	// ScopeUnknown is the zero Scope: the name is not known in the block.
	ScopeUnknown Scope = iota
	// Local is a name bound in this block (a fast local in a function, a
	// namespace entry in a module or class).
	Local
	// GlobalExplicit is a name declared `global` (in this block, or in an
	// enclosing class/function for a name not rebound in between).
	GlobalExplicit
	// GlobalImplicit is a name not bound in any enclosing function scope:
	// looked up in globals then builtins (or with LOAD_NAME in class and
	// module code).
	GlobalImplicit
	// Free is a name bound in an enclosing function scope, reached through a cell.
	Free
	// Cell is a local of a function that a nested block reads or writes.
	Cell
)

// String returns the scope as pyvar's explanations print it.
func (s Scope) String() string {
	switch s {
	case Local:
		return "local"
	case GlobalExplicit:
		return "global explicit"
	case GlobalImplicit:
		return "global implicit"
	case Free:
		return "free"
	case Cell:
		return "cell"
	}
	return "unknown"
}

// Site is a source position where a block binds, uses or declares a name.
type Site struct {
	Lineno, ColOffset int
}

// Symbol is what a block knows about one (mangled) name.
type Symbol struct {
	// Name is the name as the bytecode has it (mangled in classes).
	Name string
	// Flags is what the visit pass recorded.
	Flags Flag
	// Scope is what the analysis pass decided.
	Scope Scope
	// Binds are the sites that bind the name in this block (parameters,
	// assignment targets, imports, def/class statements, ...), in source order.
	Binds []Site
	// Uses are the sites that read the name in this block (including the
	// target of an augmented assignment, which has no Use flag).
	Uses []Site
	// Decl is the site of the global/nonlocal declaration, if any.
	Decl Site
}

// Has reports whether all bits of f are set on the symbol.
func (s *Symbol) Has(f Flag) bool { return s.Flags&f == f }

// IsParam reports whether the name is a parameter of its block.
func (s *Symbol) IsParam() bool { return s.Flags&DefParam != 0 }

// IsBound reports whether the block binds the name (DefBound).
func (s *Symbol) IsBound() bool { return s.Flags&DefBound != 0 }

// CompKind says which comprehension a comprehension block implements.
type CompKind uint8

const (
	// NotComprehension marks blocks that are not comprehensions.
	NotComprehension CompKind = iota
	// ListComprehension is `[... for ...]`.
	ListComprehension
	// SetComprehension is `{... for ...}`.
	SetComprehension
	// DictComprehension is `{k: v for ...}`.
	DictComprehension
	// GeneratorExpression is `(... for ...)`.
	GeneratorExpression
)

// Table is the symbol table of one block: CPython's PySTEntryObject.
type Table struct {
	// Kind is the block kind; lambdas and comprehensions are FunctionBlock.
	Kind BlockKind
	// Name is the block name: "top" for the module, the def/class name,
	// "lambda", "listcomp", "setcomp", "dictcomp", "genexpr" (as CPython's
	// symtable; the compiler's co_name adds the angle brackets).
	Name string
	// Lineno and ColOffset locate the block's defining node (for a def, the
	// `def` keyword line; the compiler moves co_firstlineno to the first decorator).
	Lineno, ColOffset int
	// Node is the AST node that opened the block (*syntax.Module,
	// *syntax.FunctionDef, *syntax.AsyncFunctionDef, *syntax.ClassDef,
	// *syntax.Lambda, *syntax.ListComp, ... or an annotation Expr).
	Node syntax.Node
	// Symbols maps each (mangled) name to its symbol.
	Symbols map[string]*Symbol
	// Names lists the symbols in first-seen order (CPython's ste_symbols
	// dict order), which fixes the order of co_cellvars candidates before sorting.
	Names []string
	// Varnames are the parameters in CPython's order: positional-only,
	// positional, keyword-only, *args, **kwargs (for comprehensions ".0").
	// The compiler appends the other locals.
	Varnames []string
	// Children are the nested blocks in visit order.
	Children []*Table
	// Parent is the enclosing block (nil for the module).
	Parent *Table
	// IsNested is true for a function block inside another function block,
	// or any block inside a nested one (CPython's ste_nested).
	IsNested bool
	// HasFree is true when the block has free variables, or children with
	// free variables that must pass through it (ste_free).
	HasFree bool
	// ChildHasFree is true when a child block has free variables (ste_child_free).
	ChildHasFree bool
	// IsGenerator is true when the body contains yield or yield from.
	IsGenerator bool
	// IsCoroutine is true for async def, and for comprehensions that await
	// or use async for (ste_coroutine).
	IsCoroutine bool
	// Comprehension says which comprehension this block is, if any.
	Comprehension CompKind
	// HasVarargs and HasVarkeywords say whether *args and **kwargs are present.
	HasVarargs, HasVarkeywords bool
	// ReturnsValue is true when a `return expr` occurs (ste_returns_value).
	ReturnsValue bool
	// NeedsClassClosure is true for a class body that must create the
	// implicit `__class__` cell (a method uses super or __class__).
	NeedsClassClosure bool
	// ImportStar is true when `from m import *` appears directly in this block.
	ImportStar bool
	// Private is the class name used to mangle __private names inside this
	// block ("" outside classes).
	Private string
	// FutureAnnotations is true when `from __future__ import annotations` is in effect.
	FutureAnnotations bool
	// Future holds the module's future features (set on the module's table only).
	Future Future

	index map[syntax.Node]*Table
	// compIterExpr > 0 while visiting the iterable of a comprehension (ste_comp_iter_expr).
	compIterExpr int
	// compIterTarget is true while visiting a comprehension's target (ste_comp_iter_target).
	compIterTarget bool
	// directives remembers the first global/nonlocal declaration of each
	// name, where analysis errors point (ste_directives).
	directives map[string]*syntax.Pos
}

// Lookup returns the symbol of name (already mangled) in this block, or nil.
func (t *Table) Lookup(name string) *Symbol { return t.Symbols[name] }

// ScopeOf returns the scope of name (already mangled) or ScopeUnknown.
func (t *Table) ScopeOf(name string) Scope {
	if s := t.Symbols[name]; s != nil {
		return s.Scope
	}
	return ScopeUnknown
}

// TableFor returns the table of the block that node opened (a Module,
// FunctionDef, AsyncFunctionDef, ClassDef, Lambda, ListComp, SetComp,
// DictComp or GeneratorExp), searching the whole tree t belongs to; nil if
// none.
func (t *Table) TableFor(node syntax.Node) *Table { return t.index[node] }

// IsFunction reports whether the block compiles to fast locals (def, lambda, comprehension).
func (t *Table) IsFunction() bool { return t.Kind == FunctionBlock }

// Cellvars returns the names whose scope is Cell, sorted as CPython sorts
// co_cellvars (the compiler adds `__class__` for NeedsClassClosure).
func (t *Table) Cellvars() []string { return t.sortedWithScope(Cell, false) }

// Freevars returns the names that are Free, or carry DefFreeClass (a class
// body passing a name through to its methods), sorted as CPython sorts
// co_freevars.
func (t *Table) Freevars() []string { return t.sortedWithScope(Free, true) }
