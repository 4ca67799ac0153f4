package native

import (
	"strings"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _ast: the classes of Python's abstract syntax tree (ast.AST and one
// class per node kind of the 3.10 grammar), which Lib's ast module
// re-exports and extends. The classes are made per interpreter from the
// node table below; like CPython's they are ordinary classes reporting
// __module__ 'ast', whose constructors take the fields positionally or by
// name, with optional fields and end positions defaulting to None.
//
// The table is the grammar's abstract syntax, as the language reference
// documents it: one line per type; a sum type lists its constructors
// after '=' separated by '|', a product type gives its fields in
// parentheses; 'attributes' lists the position fields its nodes carry.

const astGrammar = `
mod = Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body) | Expression(expr body) | FunctionType(expr* argtypes, expr returns)
stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment) | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment) | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list) | Return(expr? value) | Delete(expr* targets) | Assign(expr* targets, expr value, string? type_comment) | AugAssign(expr target, operator op, expr value) | AnnAssign(expr target, expr annotation, expr? value, int simple) | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse) | With(withitem* items, stmt* body, string? type_comment) | AsyncWith(withitem* items, stmt* body, string? type_comment) | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause) | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) | Assert(expr test, expr? msg) | Import(alias* names) | ImportFrom(identifier? module, alias* names, int? level) | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value) | Pass | Break | Continue
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
expr = BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value) | BinOp(expr left, operator op, expr right) | UnaryOp(unaryop op, expr operand) | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse) | Dict(expr* keys, expr* values) | Set(expr* elts) | ListComp(expr elt, comprehension* generators) | SetComp(expr elt, comprehension* generators) | DictComp(expr key, expr value, comprehension* generators) | GeneratorExp(expr elt, comprehension* generators) | Await(expr value) | Yield(expr? value) | YieldFrom(expr value) | Compare(expr left, cmpop* ops, expr* comparators) | Call(expr func, expr* args, keyword* keywords) | FormattedValue(expr value, int conversion, expr? format_spec) | JoinedStr(expr* values) | Constant(constant value, string? kind) | Attribute(expr value, identifier attr, expr_context ctx) | Subscript(expr value, expr slice, expr_context ctx) | Starred(expr value, expr_context ctx) | Name(identifier id, expr_context ctx) | List(expr* elts, expr_context ctx) | Tuple(expr* elts, expr_context ctx) | Slice(expr? lower, expr? upper, expr? step)
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
expr_context = Load | Store | Del
boolop = And | Or
operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop = Invert | Not | UAdd | USub
cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension(expr target, expr iter, expr* ifs, int is_async)
excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
arg(identifier arg, expr? annotation, string? type_comment)
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
keyword(identifier? arg, expr value)
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
alias(identifier name, identifier? asname)
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
withitem(expr context_expr, expr? optional_vars)
match_case(pattern pattern, expr? guard, stmt* body)
pattern = MatchValue(expr value) | MatchSingleton(constant value) | MatchSequence(pattern* patterns) | MatchMapping(expr* keys, pattern* patterns, identifier? rest) | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns) | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name) | MatchOr(pattern* patterns)
  attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)
type_ignore = TypeIgnore(int lineno, string tag)
`

// The compiler flags _ast exports (CPython's PyCF_* values).
const (
	PyCFOnlyAST               = 0x0400
	PyCFTypeComments          = 0x1000
	PyCFAllowTopLevelAwait    = 0x2000
	astFieldOptional          = '?'
	astFieldSequence          = '*'
	astAttributesLinePrefix   = "attributes"
	astAbstractDocIndentExtra = 1
)

func init() { register("_ast", newAST) }

// astField is one field of a node: its grammar type, name and whether it
// is optional ('?') or a sequence ('*').
type astField struct {
	typ, name string
	mod       byte // 0, '?' or '*'
}

func (f astField) String() string {
	s := f.typ
	if f.mod != 0 {
		s += string(f.mod)
	}
	return s + " " + f.name
}

// astCons is a constructor (or a product type): its name and fields.
type astCons struct {
	name   string
	fields []astField
}

func (c astCons) signature() string {
	if len(c.fields) == 0 {
		return c.name
	}
	parts := make([]string, len(c.fields))
	for i, f := range c.fields {
		parts[i] = f.String()
	}
	return c.name + "(" + strings.Join(parts, ", ") + ")"
}

func parseASTFields(s string) []astField {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "("), ")")
	if s == "" {
		return nil
	}
	var out []astField
	for _, part := range strings.Split(s, ",") {
		typ, name, _ := strings.Cut(strings.TrimSpace(part), " ")
		f := astField{typ: typ, name: name}
		if n := len(typ); n > 0 && (typ[n-1] == '?' || typ[n-1] == '*') {
			f.typ, f.mod = typ[:n-1], typ[n-1]
		}
		out = append(out, f)
	}
	return out
}

func parseASTCons(s string) astCons {
	s = strings.TrimSpace(s)
	name, rest, _ := strings.Cut(s, "(")
	c := astCons{name: strings.TrimSpace(name)}
	if rest != "" {
		c.fields = parseASTFields("(" + rest)
	}
	return c
}

func newAST(in *vm.Interp) (*object.Module, error) {
	m := newModule("_ast", "")
	setAttr(m, "PyCF_ONLY_AST", object.Int(PyCFOnlyAST))
	setAttr(m, "PyCF_TYPE_COMMENTS", object.Int(PyCFTypeComments))
	setAttr(m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", object.Int(PyCFAllowTopLevelAwait))

	names := func(fs []astField) object.Value {
		out := make([]object.Value, len(fs))
		for i, f := range fs {
			out[i] = object.NewStr(f.name)
		}
		return object.TupleValue(out...)
	}
	newClass := func(name string, base *object.Type, doc string, fields []astField, attrs []astField) (*object.Type, error) {
		ns := object.NewDict(8)
		ns.SetStr("_fields", names(fields))
		ns.SetStr("__match_args__", names(fields))
		ns.SetStr("__module__", object.NewStr("ast"))
		if doc != "" {
			ns.SetStr("__doc__", object.NewStr(doc))
		}
		if attrs != nil {
			ns.SetStr("_attributes", names(attrs))
		}
		// Optional fields and optional positions default to None.
		for _, f := range append(append([]astField(nil), fields...), attrs...) {
			if f.mod == '?' {
				ns.SetStr(f.name, object.None)
			}
		}
		var bases []*object.Type
		if base != nil {
			bases = []*object.Type{base}
		}
		t, err := object.NewClass(nil, name, bases, ns)
		if err != nil {
			return nil, err
		}
		setAttr(m, name, object.FromObject(t))
		return t, nil
	}

	root, err := newClass("AST", nil, "", nil, []astField{})
	if err != nil {
		return nil, err
	}
	root.AddRawMethod("__init__", astInit)
	root.AddRawMethod("__reduce__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		d := object.NewDict(0)
		if inst, ok := self.Object().(*object.Instance); ok && inst.DictIfAny() != nil {
			d = inst.DictIfAny()
		}
		return object.TupleValue(object.FromObject(object.TypeOf(self)), object.TupleValue(), object.FromObject(d)), nil
	})

	lines := strings.Split(strings.TrimSpace(astGrammar), "\n")
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		var attrs []astField
		if i+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i+1]), astAttributesLinePrefix) {
			attrs = parseASTFields(strings.TrimPrefix(strings.TrimSpace(lines[i+1]), astAttributesLinePrefix))
			i++
		}
		name, alts, isSum := strings.Cut(line, "=")
		if !isSum {
			// A product type: its own class with fields.
			c := parseASTCons(line)
			if _, err := newClass(c.name, root, c.signature(), c.fields, attrs); err != nil {
				return nil, err
			}
			continue
		}
		name = strings.TrimSpace(name)
		var conses []astCons
		simple := true
		for _, alt := range strings.Split(alts, "|") {
			c := parseASTCons(alt)
			conses = append(conses, c)
			if len(c.fields) > 0 {
				simple = false
			}
		}
		sigs := make([]string, len(conses))
		for j, c := range conses {
			sigs[j] = c.signature()
		}
		sep := " | "
		if !simple {
			sep = "\n" + strings.Repeat(" ", len(name)+astAbstractDocIndentExtra) + "| "
		}
		abstract, err := newClass(name, root, name+" = "+strings.Join(sigs, sep), nil, attrs)
		if err != nil {
			return nil, err
		}
		// The abstract class holds _attributes (and the None defaults of
		// optional positions); its constructors inherit them.
		for _, c := range conses {
			if _, err := newClass(c.name, abstract, c.signature(), c.fields, nil); err != nil {
				return nil, err
			}
		}
	}
	return m, nil
}

// astInit is AST.__init__: positional arguments fill _fields in order,
// keywords set any attribute.
func astInit(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	t := object.TypeOf(self)
	npos := len(args) - len(kwnames)
	if npos > 0 {
		fv, err := object.GetAttrString(object.FromObject(t), "_fields")
		if err != nil {
			return object.Null, err
		}
		fields, err := object.ToSlice(fv)
		if err != nil {
			return object.Null, err
		}
		if npos > len(fields) {
			return object.Null, object.Errorf(object.TypeError, "%s constructor takes at most %d positional argument%s",
				t.Name, len(fields), plural(len(fields)))
		}
		for i := 0; i < npos; i++ {
			name, ok := fields[i].Object().(*object.Str)
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "_fields must contain strings")
			}
			if err := object.SetAttr(self, object.Intern(name.S), args[i]); err != nil {
				return object.Null, err
			}
		}
	}
	for i, k := range kwnames {
		if err := object.SetAttr(self, object.Intern(k), args[npos+i]); err != nil {
			return object.Null, err
		}
	}
	return object.None, nil
}
