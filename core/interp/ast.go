package interp

import (
	"math/big"
	"reflect"
	"strings"
	"unicode"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/compile"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/syntax"
	"github.com/pyvar/pyvar/core/vm"
)

// ast.parse and compile() of AST objects: the parser's Go tree becomes
// instances of the _ast classes and back. The two trees have the same
// shape (the Go one follows the grammar's abstract syntax), so the
// conversion walks the Go structs by reflection: a Go field's Python name
// is its snake_case name, the position fields become the _attributes.

// PyCF_ONLY_AST: compile() returns the tree instead of code.
const flagOnlyAST = 0x0400

// pyClassName is the _ast class of each Go node type whose name differs.
var pyClassName = map[string]string{"ExprStmt": "Expr", "WithItem": "withitem", "MatchCase": "match_case",
	"Arguments": "arguments", "Arg": "arg", "Keyword": "keyword", "Alias": "alias", "Comprehension": "comprehension"}

// optionalStr lists the string fields that are optional ("identifier?",
// "string?"): the empty string stands for None.
var optionalStr = map[string]bool{"module": true, "asname": true, "rest": true, "type_comment": true, "kind": true}

// optionalStrIn are optional string fields whose name is also required
// elsewhere (an ExceptHandler's name, a keyword's arg, a MatchAs name).
var optionalStrIn = map[string]bool{"ExceptHandler.name": true, "Keyword.arg": true, "MatchStar.name": true, "MatchAs.name": true}

// snake is a Go field name in the grammar's spelling.
func snake(s string) string {
	switch s {
	case "Id":
		return "id"
	case "KwDefaults":
		return "kw_defaults"
	}
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(unicode.ToLower(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var (
	exprIface    = reflect.TypeOf((*syntax.Expr)(nil)).Elem()
	stmtIface    = reflect.TypeOf((*syntax.Stmt)(nil)).Elem()
	patternIface = reflect.TypeOf((*syntax.Pattern)(nil)).Elem()
	posType      = reflect.TypeOf(syntax.Pos{})
	constType    = reflect.TypeOf(syntax.ConstValue{})
	enumNames    = map[reflect.Type][]string{
		reflect.TypeOf(syntax.ExprContext(0)):   {"", "Load", "Store", "Del"},
		reflect.TypeOf(syntax.BoolOperator(0)):  {"", "And", "Or"},
		reflect.TypeOf(syntax.Operator(0)):      {"", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"},
		reflect.TypeOf(syntax.UnaryOperator(0)): {"", "Invert", "Not", "UAdd", "USub"},
		reflect.TypeOf(syntax.CmpOp(0)):         {"", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"},
	}
	enumBase = map[reflect.Type]string{
		reflect.TypeOf(syntax.ExprContext(0)): "expr_context", reflect.TypeOf(syntax.BoolOperator(0)): "boolop",
		reflect.TypeOf(syntax.Operator(0)): "operator", reflect.TypeOf(syntax.UnaryOperator(0)): "unaryop",
		reflect.TypeOf(syntax.CmpOp(0)): "cmpop",
	}
	// goNodeTypes maps an _ast class name to the Go node type.
	goNodeTypes = map[string]reflect.Type{}
)

func init() {
	for _, n := range []syntax.Node{&syntax.Module{}, &syntax.Interactive{}, &syntax.Expression{}, &syntax.FunctionType{},
		&syntax.TypeIgnore{}, &syntax.FunctionDef{}, &syntax.AsyncFunctionDef{}, &syntax.ClassDef{}, &syntax.Return{},
		&syntax.Delete{}, &syntax.Assign{}, &syntax.AugAssign{}, &syntax.AnnAssign{}, &syntax.For{}, &syntax.AsyncFor{},
		&syntax.While{}, &syntax.If{}, &syntax.With{}, &syntax.AsyncWith{}, &syntax.Match{}, &syntax.Raise{}, &syntax.Try{},
		&syntax.Assert{}, &syntax.Import{}, &syntax.ImportFrom{}, &syntax.Global{}, &syntax.Nonlocal{}, &syntax.ExprStmt{},
		&syntax.Pass{}, &syntax.Break{}, &syntax.Continue{}, &syntax.BoolOp{}, &syntax.NamedExpr{}, &syntax.BinOp{},
		&syntax.UnaryOp{}, &syntax.Lambda{}, &syntax.IfExp{}, &syntax.Dict{}, &syntax.Set{}, &syntax.ListComp{},
		&syntax.SetComp{}, &syntax.DictComp{}, &syntax.GeneratorExp{}, &syntax.Await{}, &syntax.Yield{}, &syntax.YieldFrom{},
		&syntax.Compare{}, &syntax.Call{}, &syntax.FormattedValue{}, &syntax.JoinedStr{}, &syntax.Constant{},
		&syntax.Attribute{}, &syntax.Subscript{}, &syntax.Starred{}, &syntax.Name{}, &syntax.List{}, &syntax.Tuple{},
		&syntax.Slice{}, &syntax.Comprehension{}, &syntax.ExceptHandler{}, &syntax.Arguments{}, &syntax.Arg{},
		&syntax.Keyword{}, &syntax.Alias{}, &syntax.WithItem{}, &syntax.MatchCase{}, &syntax.MatchValue{},
		&syntax.MatchSingleton{}, &syntax.MatchSequence{}, &syntax.MatchMapping{}, &syntax.MatchClass{},
		&syntax.MatchStar{}, &syntax.MatchAs{}, &syntax.MatchOr{}} {
		t := reflect.TypeOf(n).Elem()
		goNodeTypes[pyName(t)] = t
	}
}

func pyName(t reflect.Type) string {
	if n, ok := pyClassName[t.Name()]; ok {
		return n
	}
	return t.Name()
}

// astConv converts between the trees for one interpreter.
type astConv struct {
	in      *vm.Interp
	mod     object.Value // the _ast module
	classes map[string]object.Value
	enums   map[string]object.Value // shared Load(), Add(), ... instances
}

func newASTConv(in *vm.Interp) (*astConv, error) {
	m, err := in.ImportModule("_ast")
	if err != nil {
		return nil, err
	}
	return &astConv{in: in, mod: m, classes: map[string]object.Value{}, enums: map[string]object.Value{}}, nil
}

func (c *astConv) class(name string) (object.Value, error) {
	if v, ok := c.classes[name]; ok {
		return v, nil
	}
	v, err := object.GetAttrString(c.mod, name)
	if err != nil {
		return object.Null, err
	}
	c.classes[name] = v
	return v, nil
}

// ---- Go to Python ----

func (c *astConv) toPy(v reflect.Value) (object.Value, error) {
	if v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return object.None, nil
		}
		if v.Kind() == reflect.Interface {
			v = v.Elem()
		}
		v = v.Elem()
	}
	t := v.Type()
	cls, err := c.class(pyName(t))
	if err != nil {
		return object.Null, err
	}
	node, err := object.Call(cls, nil, nil)
	if err != nil {
		return object.Null, err
	}
	set := func(name string, val object.Value) error {
		return object.SetAttr(node, object.Intern(name), val)
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fv := v.Field(i)
		if f.Type == posType {
			p := fv.Interface().(syntax.Pos)
			for _, a := range []struct {
				n string
				v int
			}{{"lineno", p.Lineno}, {"col_offset", p.ColOffset}, {"end_lineno", p.EndLineno}, {"end_col_offset", p.EndColOffset}} {
				if err := set(a.n, object.Int(int64(a.v))); err != nil {
					return object.Null, err
				}
			}
			continue
		}
		name := snake(f.Name)
		var pv object.Value
		switch {
		case f.Type == constType:
			pv, err = constToPy(fv.Interface().(syntax.ConstValue))
		case f.Type.Kind() == reflect.String:
			s := fv.String()
			if s == "" && (optionalStr[name] || optionalStrIn[t.Name()+"."+name]) {
				pv = object.None
			} else {
				pv = object.NewStr(s)
			}
		case f.Type.Kind() == reflect.Bool:
			pv = object.Int(0)
			if fv.Bool() {
				pv = object.Int(1)
			}
		case f.Type.Kind() == reflect.Int:
			pv = object.Int(fv.Int())
		case enumNames[f.Type] != nil:
			pv, err = c.enum(f.Type, int(fv.Uint()))
		case f.Type.Kind() == reflect.Slice:
			items := make([]object.Value, fv.Len())
			for j := range items {
				ev := fv.Index(j)
				switch {
				case ev.Kind() == reflect.String:
					items[j] = object.NewStr(ev.String())
				case enumNames[ev.Type()] != nil:
					items[j], err = c.enum(ev.Type(), int(ev.Uint()))
				default:
					items[j], err = c.toPy(ev)
				}
				if err != nil {
					return object.Null, err
				}
			}
			pv = object.FromObject(object.NewList(items...))
		default:
			pv, err = c.toPy(fv)
		}
		if err != nil {
			return object.Null, err
		}
		if err := set(name, pv); err != nil {
			return object.Null, err
		}
	}
	return node, nil
}

func (c *astConv) enum(t reflect.Type, i int) (object.Value, error) {
	names := enumNames[t]
	if i <= 0 || i >= len(names) {
		return object.Null, object.Errorf(object.SystemError, "bad %s value %d", t.Name(), i)
	}
	if v, ok := c.enums[names[i]]; ok {
		return v, nil
	}
	cls, err := c.class(names[i])
	if err != nil {
		return object.Null, err
	}
	v, err := object.Call(cls, nil, nil)
	if err == nil {
		c.enums[names[i]] = v
	}
	return v, err
}

func constToPy(k syntax.ConstValue) (object.Value, error) {
	switch k.Kind {
	case syntax.ConstNone:
		return object.None, nil
	case syntax.ConstBool:
		return object.Bool(k.Bool), nil
	case syntax.ConstEllipsis:
		return object.Ellipsis, nil
	case syntax.ConstInt:
		return object.NewBigInt(k.Int), nil
	case syntax.ConstFloat:
		return object.Float(k.Float), nil
	case syntax.ConstComplex:
		return object.NewComplex(k.Complex), nil
	case syntax.ConstStr:
		return object.NewStr(k.Str), nil
	case syntax.ConstBytes:
		return object.NewBytes([]byte(k.Str)), nil
	case syntax.ConstTuple:
		items := make([]object.Value, len(k.Tuple))
		for i, x := range k.Tuple {
			v, err := constToPy(x)
			if err != nil {
				return object.Null, err
			}
			items[i] = v
		}
		return object.TupleValue(items...), nil
	}
	return object.None, nil
}

// ---- Python to Go ----

// astError is raised for a malformed tree.
func astError(t *object.Type, format string, a ...any) error { return object.Errorf(t, format, a...) }

func (c *astConv) isInstance(v object.Value, clsName string) (bool, error) {
	cls, err := c.class(clsName)
	if err != nil {
		return false, err
	}
	return object.IsInstance(v, cls)
}

// fromPy converts a Python node to a value of Go type want (a node pointer
// or a node interface).
func (c *astConv) fromPy(v object.Value, want reflect.Type, owner string, depth int) (reflect.Value, error) {
	if depth > 3000 {
		return reflect.Value{}, astError(object.RecursionError, "maximum recursion depth exceeded during compilation")
	}
	base := ""
	switch want {
	case exprIface:
		base = "expr"
	case stmtIface:
		base = "stmt"
	case patternIface:
		base = "pattern"
	}
	if base != "" {
		ok, err := c.isInstance(v, base)
		if err != nil {
			return reflect.Value{}, err
		}
		if !ok {
			r, _ := object.Repr(v)
			return reflect.Value{}, astError(object.TypeError, "expected some sort of %s, but got %s", base, r)
		}
	}
	cls := object.TypeOf(v)
	var goT reflect.Type
	for _, k := range cls.MRO {
		if t, ok := goNodeTypes[k.Name]; ok && k.ModuleName() == "ast" {
			goT = t
			break
		}
	}
	wantName := want.Name()
	if want.Kind() == reflect.Pointer {
		wantName = pyName(want.Elem())
	}
	if goT == nil || !reflect.PointerTo(goT).AssignableTo(want) {
		r, _ := object.Repr(v)
		return reflect.Value{}, astError(object.TypeError, "expected some sort of %s, but got %s", strings.ToLower(wantName), r)
	}
	ptr := reflect.New(goT)
	sv := ptr.Elem()
	pyCls := pyName(goT)
	get := func(name string) (object.Value, bool, error) {
		x, err := object.GetAttrString(v, name)
		if err != nil {
			if object.ExceptionMatches(err, object.AttributeError) {
				return object.Null, false, nil
			}
			return object.Null, false, err
		}
		return x, true, nil
	}
	for i := 0; i < goT.NumField(); i++ {
		f := goT.Field(i)
		fv := sv.Field(i)
		if f.Type == posType {
			p := syntax.Pos{}
			for _, a := range []struct {
				n   string
				dst *int
				opt bool
			}{{"lineno", &p.Lineno, false}, {"col_offset", &p.ColOffset, false}, {"end_lineno", &p.EndLineno, true}, {"end_col_offset", &p.EndColOffset, true}} {
				x, ok, err := get(a.n)
				if err != nil {
					return reflect.Value{}, err
				}
				if !ok || x.IsNone() {
					if !a.opt {
						return reflect.Value{}, astError(object.TypeError, "required field \"%s\" missing from %s", a.n, baseName(pyCls))
					}
					continue
				}
				n, ok := x.AsInt()
				if !ok {
					return reflect.Value{}, astError(object.TypeError, "invalid integer value: %s", reprOf(x))
				}
				*a.dst = int(n)
			}
			fv.Set(reflect.ValueOf(p))
			continue
		}
		name := snake(f.Name)
		x, ok, err := get(name)
		if err != nil {
			return reflect.Value{}, err
		}
		missing := !ok || x.IsNone()
		switch {
		case f.Type == constType:
			if !ok {
				return reflect.Value{}, astError(object.TypeError, "required field \"%s\" missing from %s", name, pyCls)
			}
			k, err := constFromPy(x)
			if err != nil {
				return reflect.Value{}, err
			}
			fv.Set(reflect.ValueOf(k))
		case f.Type.Kind() == reflect.String:
			if missing {
				if optionalStr[name] || optionalStrIn[goT.Name()+"."+name] {
					continue
				}
				return reflect.Value{}, astError(object.TypeError, "required field \"%s\" missing from %s", name, pyCls)
			}
			s, isStr := x.Object().(*object.Str)
			if !isStr {
				return reflect.Value{}, astError(object.TypeError, "AST %s must be of type str", map[bool]string{true: "string", false: "identifier"}[name == "type_comment" || name == "kind"])
			}
			fv.SetString(s.S)
		case f.Type.Kind() == reflect.Bool || f.Type.Kind() == reflect.Int:
			if missing {
				if name == "level" {
					continue
				}
				return reflect.Value{}, astError(object.TypeError, "required field \"%s\" missing from %s", name, pyCls)
			}
			n, isInt := x.AsInt()
			if !isInt {
				return reflect.Value{}, astError(object.TypeError, "invalid integer value: %s", reprOf(x))
			}
			if f.Type.Kind() == reflect.Bool {
				fv.SetBool(n != 0)
			} else {
				fv.SetInt(n)
			}
		case enumNames[f.Type] != nil:
			if missing {
				return reflect.Value{}, astError(object.TypeError, "required field \"%s\" missing from %s", name, pyCls)
			}
			e, err := c.enumFromPy(x, f.Type)
			if err != nil {
				return reflect.Value{}, err
			}
			fv.SetUint(uint64(e))
		case f.Type.Kind() == reflect.Slice:
			if missing {
				if !ok {
					return reflect.Value{}, astError(object.TypeError, "required field \"%s\" missing from %s", name, pyCls)
				}
				continue
			}
			l, isList := x.Object().(*object.List)
			if !isList {
				return reflect.Value{}, astError(object.TypeError, "%s field \"%s\" must be a list, not a %s", pyCls, name, object.TypeOf(x).Name)
			}
			et := f.Type.Elem()
			out := reflect.MakeSlice(f.Type, len(l.Items), len(l.Items))
			for j, item := range l.Items {
				switch {
				case et.Kind() == reflect.String:
					s, isStr := item.Object().(*object.Str)
					if !isStr {
						return reflect.Value{}, astError(object.TypeError, "AST identifier must be of type str")
					}
					out.Index(j).SetString(s.S)
				case enumNames[et] != nil:
					e, err := c.enumFromPy(item, et)
					if err != nil {
						return reflect.Value{}, err
					}
					out.Index(j).SetUint(uint64(e))
				default:
					if item.IsNone() {
						// Dict keys and kw_defaults hold None for absent entries.
						if name == "keys" || name == "kw_defaults" {
							continue
						}
						return reflect.Value{}, astError(object.ValueError, "field \"%s\" must not contain None", name)
					}
					ev, err := c.fromPy(item, et, pyCls, depth+1)
					if err != nil {
						return reflect.Value{}, err
					}
					out.Index(j).Set(ev)
				}
			}
			fv.Set(out)
		default:
			if missing {
				if optionalNode(goT.Name(), name) {
					continue
				}
				return reflect.Value{}, astError(object.TypeError, "required field \"%s\" missing from %s", name, pyCls)
			}
			ev, err := c.fromPy(x, f.Type, pyCls, depth+1)
			if err != nil {
				return reflect.Value{}, err
			}
			fv.Set(ev)
		}
	}
	return ptr, nil
}

// optionalNode reports whether a node-valued field is optional (expr?,
// arg?, pattern?).
func optionalNode(goType, field string) bool {
	switch goType + "." + field {
	case "FunctionDef.returns", "AsyncFunctionDef.returns", "Return.value", "AnnAssign.value", "Raise.exc", "Raise.cause",
		"Assert.msg", "Yield.value", "FormattedValue.format_spec", "Slice.lower", "Slice.upper", "Slice.step",
		"ExceptHandler.type", "Arguments.vararg", "Arguments.kwarg", "Arg.annotation", "WithItem.optional_vars",
		"MatchCase.guard", "MatchAs.pattern":
		return true
	}
	return false
}

func baseName(cls string) string {
	if t, ok := goNodeTypes[cls]; ok {
		switch {
		case reflect.PointerTo(t).Implements(stmtIface):
			return "stmt"
		case reflect.PointerTo(t).Implements(exprIface):
			return "expr"
		case reflect.PointerTo(t).Implements(patternIface):
			return "pattern"
		}
	}
	return cls
}

func reprOf(v object.Value) string {
	r, err := object.Repr(v)
	if err != nil {
		return "?"
	}
	return r
}

func (c *astConv) enumFromPy(v object.Value, t reflect.Type) (int, error) {
	for i, n := range enumNames[t] {
		if n == "" {
			continue
		}
		ok, err := c.isInstance(v, n)
		if err != nil {
			return 0, err
		}
		if ok {
			return i, nil
		}
	}
	return 0, astError(object.TypeError, "expected some sort of %s, but got %s", enumBase[t], reprOf(v))
}

func constFromPy(v object.Value) (syntax.ConstValue, error) {
	switch {
	case v.IsNone():
		return syntax.NoneValue(), nil
	case v.IsBool():
		return syntax.BoolValue(v.RawBool()), nil
	case v.IsInt():
		return syntax.IntValue(big.NewInt(v.RawInt())), nil
	case v.IsFloat():
		return syntax.ConstValue{Kind: syntax.ConstFloat, Float: v.RawFloat()}, nil
	case v.Is(object.Ellipsis):
		return syntax.EllipsisValue(), nil
	}
	switch o := v.Object().(type) {
	case *object.BigInt:
		return syntax.IntValue(new(big.Int).Set(&o.V)), nil
	case *object.Complex:
		return syntax.ConstValue{Kind: syntax.ConstComplex, Complex: o.V}, nil
	case *object.Str:
		return syntax.StrValue(o.S), nil
	case *object.Bytes:
		return syntax.BytesValue(string(o.B)), nil
	case *object.Tuple:
		out := syntax.ConstValue{Kind: syntax.ConstTuple}
		for _, x := range o.Items {
			k, err := constFromPy(x)
			if err != nil {
				return k, err
			}
			out.Tuple = append(out.Tuple, k)
		}
		return out, nil
	}
	return syntax.ConstValue{}, astError(object.TypeError, "got an invalid type in Constant: %s", object.TypeOf(v).Name)
}

// ---- the vm hooks ----

var modeNames = map[string]syntax.Mode{"exec": syntax.Exec, "eval": syntax.Eval, "single": syntax.Single, "func_type": syntax.FuncTypeMode}

// parseToAST is compile(source, ..., flags=PyCF_ONLY_AST).
func parseToAST(in *vm.Interp, src []byte, filename, mode string, flags int) (object.Value, error) {
	m, ok := modeNames[mode]
	if !ok {
		return object.Null, object.Errorf(object.ValueError, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
	}
	syntax.IntMaxStrDigits = object.IntMaxStrDigits
	parse := syntax.ParseWarn
	if flags&code.IgnoreCookie != 0 {
		parse = syntax.ParseTextWarn
	}
	tree, err := parse(filename, src, m, nil)
	if err != nil {
		return object.Null, AsPython(err)
	}
	c, err := newASTConv(in)
	if err != nil {
		return object.Null, err
	}
	return c.toPy(reflect.ValueOf(tree))
}

// compileAST is compile(tree, filename, mode): ok is false when tree is
// not an AST object.
func compileAST(in *vm.Interp, tree object.Value, filename, mode string, flags int) (*code.Code, bool, error) {
	c, err := newASTConv(in)
	if err != nil {
		return nil, true, err
	}
	if isAST, err := c.isInstance(tree, "AST"); err != nil || !isAST {
		return nil, false, err
	}
	want := map[string]string{"exec": "Module", "eval": "Expression", "single": "Interactive", "func_type": "FunctionType"}[mode]
	if ok, err := c.isInstance(tree, want); err != nil {
		return nil, true, err
	} else if !ok {
		return nil, true, object.Errorf(object.TypeError, "expected %s node, got %s", want, object.TypeOf(tree).Name)
	}
	gv, err := c.fromPy(tree, reflect.TypeOf((*syntax.Mod)(nil)).Elem(), "", 0)
	if err != nil {
		return nil, true, err
	}
	mod, ok := gv.Interface().(syntax.Mod)
	if !ok {
		return nil, true, object.Errorf(object.TypeError, "expected %s node, got %s", want, object.TypeOf(tree).Name)
	}
	co, err := compile.CompileASTWarn(mod, filename, flags, warner(in))
	if err != nil {
		return nil, true, AsPython(err)
	}
	return co, true, nil
}
