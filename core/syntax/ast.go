// Package syntax turns Python 3.10 source into an abstract syntax tree.
//
// The AST mirrors CPython 3.10's Parser/Python.asdl node for node: each ASDL
// constructor is a Go pointer struct with the same name and fields in Go form
// (the `Expr` statement is ExprStmt because Expr is the expression interface,
// the Mod operator is Modulo because Mod is the module interface). Every
// located node embeds Pos with CPython's conventions: 1-based lines, 0-based
// UTF-8 byte columns, end positions exclusive. Dump prints a tree exactly as
// CPython's ast.dump(tree, include_attributes=True), which is how the tests
// compare it with the reference (identical dumps for every module of the 3.10
// standard library).
//
// Source is decoded first (BOM, PEP 263 coding cookie, newline translation).
// The scanner (scanner.go) then produces tokens on demand, as CPython's
// tokenizer does: indentation is measured at the start of each logical line
// with tabs to the next multiple of 8 and, to detect inconsistent tabs, with
// tabs counting 1; lines are joined inside brackets and after a backslash.
//
// The parser (parser.go, stmt.go, expr.go, pattern.go, strings.go) is
// hand-written recursive descent organised after Grammar/python.gram, one
// method per rule. Where the grammar needs unbounded lookahead (assignment
// targets, parameters), an expression is parsed first and checked or
// converted afterwards, so parsing is linear; the soft keyword `match` and
// parenthesized with-items are the only real backtracking, one alternative
// each. F-string replacement fields are parsed, as in CPython 3.10, by a
// sub-parser over the field text wrapped in parentheses, its positions
// shifted onto the source.
//
// Errors follow CPython's two-pass scheme in one pass: a generic
// "invalid syntax" is placed at the furthest token the parse proper read
// (CPython's first pass); at that point the parser explores the way
// CPython's second pass does with its invalid_* rules (a disjunction
// followed by an expression inside brackets is "Perhaps you forgot a
// comma?", NAME followed by expressions may be a Python 2 print/exec, and
// errors found while exploring are final); specific messages are raised
// where CPython's invalid_* rules would match; and a tokenizer error further
// on in the file replaces a parser error as CPython's final tokenizer pass
// does. Offsets are 1-based characters as CPython reports them for files
// and compile(str) (bytes for source that is not valid UTF-8). Recursion is
// bounded, so deep nesting is a SyntaxError, never a Go stack overflow.
// Errors CPython raises after parsing (symtable and compiler: 'return'
// outside function, duplicate arguments, assignment to __debug__, starred
// assignment targets, f-strings in match patterns, ...) are left to those
// stages.
package syntax

import (
	"math/big"
)

// Mode says which start rule Parse uses, as the mode argument of compile().
type Mode int

const (
	// Exec parses a module (file_input) and yields *Module.
	Exec Mode = iota
	// Eval parses a single expression (eval_input) and yields *Expression.
	Eval
	// Single parses one interactive statement (interactive) and yields *Interactive.
	Single
	// FuncTypeMode parses a function type comment (func_type_input) and yields *FunctionType.
	FuncTypeMode
)

// Pos is the source extent of a node: CPython's lineno, col_offset,
// end_lineno and end_col_offset (1-based lines, 0-based UTF-8 byte columns).
type Pos struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// Position returns the node's position; it is promoted to every node embedding Pos.
func (p *Pos) Position() *Pos { return p }

// Node is any AST node.
type Node interface{ astNode() }

// Located is a node that carries a Pos.
type Located interface {
	Node
	Position() *Pos
}

// Mod is a top-level node: Module, Interactive, Expression or FunctionType.
type Mod interface {
	Node
	modNode()
}

// Stmt is a statement node.
type Stmt interface {
	Located
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Located
	exprNode()
}

// Pattern is a match-statement pattern node.
type Pattern interface {
	Located
	patternNode()
}

// ---- mod ----

// Module is the result of parsing a file (mode Exec).
type Module struct {
	Body        []Stmt
	TypeIgnores []*TypeIgnore
}

// Interactive is the result of parsing in mode Single.
type Interactive struct{ Body []Stmt }

// Expression is the result of parsing in mode Eval.
type Expression struct{ Body Expr }

// FunctionType is a parsed function type comment (mode FuncTypeMode).
type FunctionType struct {
	Argtypes []Expr
	Returns  Expr
}

// TypeIgnore records a `# type: ignore` comment.
type TypeIgnore struct {
	Lineno int
	Tag    string
}

// ---- stmt ----

// FunctionDef is `def Name(Args) -> Returns: Body`.
type FunctionDef struct {
	Pos
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr
	TypeComment   string
}

// AsyncFunctionDef is `async def`.
type AsyncFunctionDef struct {
	Pos
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr
	TypeComment   string
}

// ClassDef is `class Name(Bases, Keywords): Body`.
type ClassDef struct {
	Pos
	Name          string
	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
}

// Return is `return [Value]`.
type Return struct {
	Pos
	Value Expr
}

// Delete is `del Targets`.
type Delete struct {
	Pos
	Targets []Expr
}

// Assign is `Targets[0] = Targets[1] = ... = Value`.
type Assign struct {
	Pos
	Targets     []Expr
	Value       Expr
	TypeComment string
}

// AugAssign is `Target Op= Value`.
type AugAssign struct {
	Pos
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is `Target: Annotation [= Value]`; Simple is true for a bare
// unparenthesised name target.
type AnnAssign struct {
	Pos
	Target     Expr
	Annotation Expr
	Value      Expr
	Simple     bool
}

// For is `for Target in Iter: Body else: Orelse`.
type For struct {
	Pos
	Target      Expr
	Iter        Expr
	Body        []Stmt
	Orelse      []Stmt
	TypeComment string
}

// AsyncFor is `async for`.
type AsyncFor struct {
	Pos
	Target      Expr
	Iter        Expr
	Body        []Stmt
	Orelse      []Stmt
	TypeComment string
}

// While is `while Test: Body else: Orelse`.
type While struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is `if Test: Body else: Orelse` (elif is a nested If in Orelse).
type If struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is `with Items: Body`.
type With struct {
	Pos
	Items       []*WithItem
	Body        []Stmt
	TypeComment string
}

// AsyncWith is `async with`.
type AsyncWith struct {
	Pos
	Items       []*WithItem
	Body        []Stmt
	TypeComment string
}

// Match is `match Subject:` with its cases.
type Match struct {
	Pos
	Subject Expr
	Cases   []*MatchCase
}

// Raise is `raise [Exc [from Cause]]`.
type Raise struct {
	Pos
	Exc   Expr
	Cause Expr
}

// Try is try/except/else/finally.
type Try struct {
	Pos
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// Assert is `assert Test[, Msg]`.
type Assert struct {
	Pos
	Test Expr
	Msg  Expr
}

// Import is `import Names`.
type Import struct {
	Pos
	Names []*Alias
}

// ImportFrom is `from .*Level Module import Names` (Module may be empty).
type ImportFrom struct {
	Pos
	Module string
	Names  []*Alias
	Level  int
}

// Global is `global Names`.
type Global struct {
	Pos
	Names []string
}

// Nonlocal is `nonlocal Names`.
type Nonlocal struct {
	Pos
	Names []string
}

// ExprStmt is an expression statement (ASDL's stmt `Expr`).
type ExprStmt struct {
	Pos
	Value Expr
}

// Pass is `pass`.
type Pass struct{ Pos }

// Break is `break`.
type Break struct{ Pos }

// Continue is `continue`.
type Continue struct{ Pos }

// ---- expr ----

// BoolOp is `Values[0] Op Values[1] ...` with and/or.
type BoolOp struct {
	Pos
	Op     BoolOperator
	Values []Expr
}

// NamedExpr is `Target := Value`.
type NamedExpr struct {
	Pos
	Target Expr
	Value  Expr
}

// BinOp is `Left Op Right`.
type BinOp struct {
	Pos
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOp is `Op Operand`.
type UnaryOp struct {
	Pos
	Op      UnaryOperator
	Operand Expr
}

// Lambda is `lambda Args: Body`.
type Lambda struct {
	Pos
	Args *Arguments
	Body Expr
}

// IfExp is `Body if Test else Orelse`.
type IfExp struct {
	Pos
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is a dict display; a nil key means `**Values[i]`.
type Dict struct {
	Pos
	Keys   []Expr
	Values []Expr
}

// Set is a set display.
type Set struct {
	Pos
	Elts []Expr
}

// ListComp is `[Elt Generators]`.
type ListComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is `{Elt Generators}`.
type SetComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is `{Key: Value Generators}`.
type DictComp struct {
	Pos
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is `(Elt Generators)`.
type GeneratorExp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// Await is `await Value`.
type Await struct {
	Pos
	Value Expr
}

// Yield is `yield [Value]`.
type Yield struct {
	Pos
	Value Expr
}

// YieldFrom is `yield from Value`.
type YieldFrom struct {
	Pos
	Value Expr
}

// Compare is `Left Ops[0] Comparators[0] Ops[1] Comparators[1] ...`.
type Compare struct {
	Pos
	Left        Expr
	Ops         []CmpOp
	Comparators []Expr
}

// Call is `Func(Args, Keywords)`; starred positional arguments are Starred
// nodes in Args, `**x` is a Keyword with an empty Arg.
type Call struct {
	Pos
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// Conversion values of FormattedValue, as CPython stores them.
const (
	ConvNone  = -1
	ConvStr   = 's'
	ConvRepr  = 'r'
	ConvASCII = 'a'
)

// FormattedValue is one replacement field of an f-string.
type FormattedValue struct {
	Pos
	Value      Expr
	Conversion int
	FormatSpec Expr
}

// JoinedStr is an f-string: Constant str parts and FormattedValues.
type JoinedStr struct {
	Pos
	Values []Expr
}

// Constant is a literal value; Kind is "u" for u-prefixed strings, else "".
type Constant struct {
	Pos
	Value ConstValue
	Kind  string
}

// Attribute is `Value.Attr`.
type Attribute struct {
	Pos
	Value Expr
	Attr  string
	Ctx   ExprContext
}

// Subscript is `Value[Slice]`.
type Subscript struct {
	Pos
	Value Expr
	Slice Expr
	Ctx   ExprContext
}

// Starred is `*Value`.
type Starred struct {
	Pos
	Value Expr
	Ctx   ExprContext
}

// Name is an identifier (NFKC-normalised).
type Name struct {
	Pos
	Id  string
	Ctx ExprContext
}

// List is a list display or list target.
type List struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

// Tuple is a tuple display or tuple target.
type Tuple struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

// Slice is `Lower:Upper:Step` inside a subscript.
type Slice struct {
	Pos
	Lower, Upper, Step Expr
}

// ---- constants ----

// ConstKind says which kind of value a ConstValue holds.
type ConstKind uint8

const (
	// ConstInvalid is the zero ConstKind; no parsed Constant has it.
	ConstInvalid ConstKind = iota
	// ConstNone is None.
	ConstNone
	// ConstBool is True or False (in Bool).
	ConstBool
	// ConstEllipsis is `...`.
	ConstEllipsis
	// ConstInt is an int of any size (in Int).
	ConstInt
	// ConstFloat is a float (in Float).
	ConstFloat
	// ConstComplex is a complex number (in Complex); literals are pure imaginary.
	ConstComplex
	// ConstStr is a str (in Str).
	ConstStr
	// ConstBytes is a bytes value (in Str, as raw bytes).
	ConstBytes
	// ConstTuple is a tuple of constants (in Tuple); the parser never makes
	// one, but constant folding in the compiler may.
	ConstTuple
)

// ConstValue is the value of a Constant node, independent of the runtime's
// object model. For ConstStr, Str holds the code points as UTF-8, with lone
// surrogates (legal in Python str) encoded as WTF-8 three-byte sequences.
// For ConstBytes, Str holds the bytes unchanged.
type ConstValue struct {
	Kind    ConstKind
	Bool    bool
	Int     *big.Int
	Float   float64
	Complex complex128
	Str     string
	Tuple   []ConstValue
}

// NoneValue returns the ConstValue of None.
func NoneValue() ConstValue { return ConstValue{Kind: ConstNone} }

// BoolValue returns the ConstValue of True or False.
func BoolValue(b bool) ConstValue { return ConstValue{Kind: ConstBool, Bool: b} }

// EllipsisValue returns the ConstValue of `...`.
func EllipsisValue() ConstValue { return ConstValue{Kind: ConstEllipsis} }

// IntValue returns the ConstValue of an int.
func IntValue(i *big.Int) ConstValue { return ConstValue{Kind: ConstInt, Int: i} }

// StrValue returns the ConstValue of a str.
func StrValue(s string) ConstValue { return ConstValue{Kind: ConstStr, Str: s} }

// BytesValue returns the ConstValue of a bytes object.
func BytesValue(b string) ConstValue { return ConstValue{Kind: ConstBytes, Str: b} }

// Int64 returns the int value when it is a ConstInt that fits in an int64.
func (c ConstValue) Int64() (int64, bool) {
	if c.Kind != ConstInt || c.Int == nil || !c.Int.IsInt64() {
		return 0, false
	}
	return c.Int.Int64(), true
}

// ---- enums ----

// ExprContext is Load, Store or Del.
type ExprContext uint8

// ExprContext values, numbered as in CPython.
const (
	Load ExprContext = iota + 1
	Store
	Del
)

// BoolOperator is And or Or.
type BoolOperator uint8

// BoolOperator values.
const (
	And BoolOperator = iota + 1
	Or
)

// Operator is a binary operator.
type Operator uint8

// Operator values, numbered as in CPython.
const (
	Add Operator = iota + 1
	Sub
	Mult
	MatMult
	Div
	Modulo // ASDL's Mod, renamed since Mod is the module interface
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// UnaryOperator is a unary operator.
type UnaryOperator uint8

// UnaryOperator values.
const (
	Invert UnaryOperator = iota + 1
	Not
	UAdd
	USub
)

// CmpOp is a comparison operator.
type CmpOp uint8

// CmpOp values.
const (
	Eq CmpOp = iota + 1
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var ctxNames = [...]string{"", "Load", "Store", "Del"}
var boolOpNames = [...]string{"", "And", "Or"}
var operatorNames = [...]string{"", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
var operatorSymbols = [...]string{"", "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}
var unaryNames = [...]string{"", "Invert", "Not", "UAdd", "USub"}
var cmpNames = [...]string{"", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}
var cmpSymbols = [...]string{"", "==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}

func enumName(names []string, i int) string {
	if i >= 0 && i < len(names) && names[i] != "" {
		return names[i]
	}
	return "?"
}

// String returns the ASDL name (Load, Store, Del).
func (c ExprContext) String() string { return enumName(ctxNames[:], int(c)) }

// String returns the ASDL name (And, Or).
func (o BoolOperator) String() string { return enumName(boolOpNames[:], int(o)) }

// String returns the ASDL name (Add, Sub, ...).
func (o Operator) String() string { return enumName(operatorNames[:], int(o)) }

// Symbol returns the operator as written in source ("+", "//", ...).
func (o Operator) Symbol() string { return enumName(operatorSymbols[:], int(o)) }

// String returns the ASDL name (Invert, Not, UAdd, USub).
func (o UnaryOperator) String() string { return enumName(unaryNames[:], int(o)) }

// String returns the ASDL name (Eq, NotEq, ...).
func (o CmpOp) String() string { return enumName(cmpNames[:], int(o)) }

// Symbol returns the comparison as written in source ("==", "not in", ...).
func (o CmpOp) Symbol() string { return enumName(cmpSymbols[:], int(o)) }

// ---- auxiliary nodes ----

// Comprehension is one `[async] for Target in Iter if Ifs...` clause.
type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

// ExceptHandler is `except [Type [as Name]]: Body`.
type ExceptHandler struct {
	Pos
	Type Expr
	Name string
	Body []Stmt
}

// Arguments are the parameters of a def or lambda. KwDefaults is parallel to
// Kwonlyargs with nil for parameters without default; Defaults belong to the
// last len(Defaults) of Posonlyargs+Args.
type Arguments struct {
	Posonlyargs []*Arg
	Args        []*Arg
	Vararg      *Arg
	Kwonlyargs  []*Arg
	KwDefaults  []Expr
	Kwarg       *Arg
	Defaults    []Expr
}

// Arg is one parameter.
type Arg struct {
	Pos
	Arg         string
	Annotation  Expr
	TypeComment string
}

// Keyword is `Arg=Value` in a call or class header; Arg is "" for `**Value`.
type Keyword struct {
	Pos
	Arg   string
	Value Expr
}

// Alias is `Name [as Asname]` in an import; Name may be dotted or "*".
type Alias struct {
	Pos
	Name   string
	Asname string
}

// WithItem is `ContextExpr [as OptionalVars]`.
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr
}

// MatchCase is `case Pattern [if Guard]: Body`.
type MatchCase struct {
	Pattern Pattern
	Guard   Expr
	Body    []Stmt
}

// ---- patterns ----

// MatchValue is a value pattern (literal or dotted name).
type MatchValue struct {
	Pos
	Value Expr
}

// MatchSingleton is None, True or False as a pattern.
type MatchSingleton struct {
	Pos
	Value ConstValue
}

// MatchSequence is `[p, ...]` or `(p, ...)`.
type MatchSequence struct {
	Pos
	Patterns []Pattern
}

// MatchMapping is `{Keys[i]: Patterns[i], **Rest}`.
type MatchMapping struct {
	Pos
	Keys     []Expr
	Patterns []Pattern
	Rest     string
}

// MatchClass is `Cls(Patterns, KwdAttrs[i]=KwdPatterns[i])`.
type MatchClass struct {
	Pos
	Cls         Expr
	Patterns    []Pattern
	KwdAttrs    []string
	KwdPatterns []Pattern
}

// MatchStar is `*Name` in a sequence pattern; Name is "" for `*_`.
type MatchStar struct {
	Pos
	Name string
}

// MatchAs is `Pattern as Name`, a capture (Pattern nil) or `_` (both empty).
type MatchAs struct {
	Pos
	Pattern Pattern
	Name    string
}

// MatchOr is `p1 | p2 | ...`.
type MatchOr struct {
	Pos
	Patterns []Pattern
}

// ---- interface markers ----

func (*Module) astNode()       {}
func (*Interactive) astNode()  {}
func (*Expression) astNode()   {}
func (*FunctionType) astNode() {}
func (*TypeIgnore) astNode()   {}
func (*Module) modNode()       {}
func (*Interactive) modNode()  {}
func (*Expression) modNode()   {}
func (*FunctionType) modNode() {}

func (*FunctionDef) stmtNode()      {}
func (*AsyncFunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()         {}
func (*Return) stmtNode()           {}
func (*Delete) stmtNode()           {}
func (*Assign) stmtNode()           {}
func (*AugAssign) stmtNode()        {}
func (*AnnAssign) stmtNode()        {}
func (*For) stmtNode()              {}
func (*AsyncFor) stmtNode()         {}
func (*While) stmtNode()            {}
func (*If) stmtNode()               {}
func (*With) stmtNode()             {}
func (*AsyncWith) stmtNode()        {}
func (*Match) stmtNode()            {}
func (*Raise) stmtNode()            {}
func (*Try) stmtNode()              {}
func (*Assert) stmtNode()           {}
func (*Import) stmtNode()           {}
func (*ImportFrom) stmtNode()       {}
func (*Global) stmtNode()           {}
func (*Nonlocal) stmtNode()         {}
func (*ExprStmt) stmtNode()         {}
func (*Pass) stmtNode()             {}
func (*Break) stmtNode()            {}
func (*Continue) stmtNode()         {}

func (*FunctionDef) astNode()      {}
func (*AsyncFunctionDef) astNode() {}
func (*ClassDef) astNode()         {}
func (*Return) astNode()           {}
func (*Delete) astNode()           {}
func (*Assign) astNode()           {}
func (*AugAssign) astNode()        {}
func (*AnnAssign) astNode()        {}
func (*For) astNode()              {}
func (*AsyncFor) astNode()         {}
func (*While) astNode()            {}
func (*If) astNode()               {}
func (*With) astNode()             {}
func (*AsyncWith) astNode()        {}
func (*Match) astNode()            {}
func (*Raise) astNode()            {}
func (*Try) astNode()              {}
func (*Assert) astNode()           {}
func (*Import) astNode()           {}
func (*ImportFrom) astNode()       {}
func (*Global) astNode()           {}
func (*Nonlocal) astNode()         {}
func (*ExprStmt) astNode()         {}
func (*Pass) astNode()             {}
func (*Break) astNode()            {}
func (*Continue) astNode()         {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

func (*BoolOp) astNode()         {}
func (*NamedExpr) astNode()      {}
func (*BinOp) astNode()          {}
func (*UnaryOp) astNode()        {}
func (*Lambda) astNode()         {}
func (*IfExp) astNode()          {}
func (*Dict) astNode()           {}
func (*Set) astNode()            {}
func (*ListComp) astNode()       {}
func (*SetComp) astNode()        {}
func (*DictComp) astNode()       {}
func (*GeneratorExp) astNode()   {}
func (*Await) astNode()          {}
func (*Yield) astNode()          {}
func (*YieldFrom) astNode()      {}
func (*Compare) astNode()        {}
func (*Call) astNode()           {}
func (*FormattedValue) astNode() {}
func (*JoinedStr) astNode()      {}
func (*Constant) astNode()       {}
func (*Attribute) astNode()      {}
func (*Subscript) astNode()      {}
func (*Starred) astNode()        {}
func (*Name) astNode()           {}
func (*List) astNode()           {}
func (*Tuple) astNode()          {}
func (*Slice) astNode()          {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
func (*MatchValue) astNode()         {}
func (*MatchSingleton) astNode()     {}
func (*MatchSequence) astNode()      {}
func (*MatchMapping) astNode()       {}
func (*MatchClass) astNode()         {}
func (*MatchStar) astNode()          {}
func (*MatchAs) astNode()            {}
func (*MatchOr) astNode()            {}

func (*Comprehension) astNode() {}
func (*ExceptHandler) astNode() {}
func (*Arguments) astNode()     {}
func (*Arg) astNode()           {}
func (*Keyword) astNode()       {}
func (*Alias) astNode()         {}
func (*WithItem) astNode()      {}
func (*MatchCase) astNode()     {}
