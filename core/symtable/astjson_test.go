package symtable

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/pyvar/pyvar/core/syntax"
)

// astTypes maps CPython's ast class names to the Go node types, so that the
// differential test can rebuild CPython's own AST (dumped by
// testdata/dump.py) and test the symbol table independently of the parser.
var astTypes = map[string]reflect.Type{}

func init() {
	for _, n := range []syntax.Node{
		&syntax.Module{}, &syntax.Interactive{}, &syntax.Expression{}, &syntax.FunctionType{}, &syntax.TypeIgnore{},
		&syntax.FunctionDef{}, &syntax.AsyncFunctionDef{}, &syntax.ClassDef{}, &syntax.Return{}, &syntax.Delete{},
		&syntax.Assign{}, &syntax.AugAssign{}, &syntax.AnnAssign{}, &syntax.For{}, &syntax.AsyncFor{}, &syntax.While{},
		&syntax.If{}, &syntax.With{}, &syntax.AsyncWith{}, &syntax.Match{}, &syntax.Raise{}, &syntax.Try{},
		&syntax.Assert{}, &syntax.Import{}, &syntax.ImportFrom{}, &syntax.Global{}, &syntax.Nonlocal{},
		&syntax.ExprStmt{}, &syntax.Pass{}, &syntax.Break{}, &syntax.Continue{},
		&syntax.BoolOp{}, &syntax.NamedExpr{}, &syntax.BinOp{}, &syntax.UnaryOp{}, &syntax.Lambda{}, &syntax.IfExp{},
		&syntax.Dict{}, &syntax.Set{}, &syntax.ListComp{}, &syntax.SetComp{}, &syntax.DictComp{}, &syntax.GeneratorExp{},
		&syntax.Await{}, &syntax.Yield{}, &syntax.YieldFrom{}, &syntax.Compare{}, &syntax.Call{},
		&syntax.FormattedValue{}, &syntax.JoinedStr{}, &syntax.Constant{}, &syntax.Attribute{}, &syntax.Subscript{},
		&syntax.Starred{}, &syntax.Name{}, &syntax.List{}, &syntax.Tuple{}, &syntax.Slice{},
		&syntax.Comprehension{}, &syntax.ExceptHandler{}, &syntax.Arguments{}, &syntax.Arg{}, &syntax.Keyword{},
		&syntax.Alias{}, &syntax.WithItem{}, &syntax.MatchCase{},
		&syntax.MatchValue{}, &syntax.MatchSingleton{}, &syntax.MatchSequence{}, &syntax.MatchMapping{},
		&syntax.MatchClass{}, &syntax.MatchStar{}, &syntax.MatchAs{}, &syntax.MatchOr{},
	} {
		t := reflect.TypeOf(n).Elem()
		name := t.Name()
		switch name {
		case "ExprStmt":
			name = "Expr"
		case "Comprehension", "Arguments", "Arg", "Keyword", "Alias", "WithItem":
			name = strings.ToLower(name)
		case "MatchCase":
			name = "match_case"
		}
		astTypes[name] = t
	}
}

var enumNames = map[reflect.Type]func(string) (uint64, bool){
	reflect.TypeOf(syntax.ExprContext(0)):   enumLookup(func(i int) string { return syntax.ExprContext(i).String() }),
	reflect.TypeOf(syntax.Operator(0)):      enumLookup(func(i int) string { return syntax.Operator(i).String() }),
	reflect.TypeOf(syntax.BoolOperator(0)):  enumLookup(func(i int) string { return syntax.BoolOperator(i).String() }),
	reflect.TypeOf(syntax.UnaryOperator(0)): enumLookup(func(i int) string { return syntax.UnaryOperator(i).String() }),
	reflect.TypeOf(syntax.CmpOp(0)):         enumLookup(func(i int) string { return syntax.CmpOp(i).String() }),
}

func enumLookup(str func(int) string) func(string) (uint64, bool) {
	return func(s string) (uint64, bool) {
		for i := 1; i < 32; i++ {
			if str(i) == s {
				return uint64(i), true
			}
		}
		return 0, false
	}
}

func snakeToCamel(s string) string {
	var b strings.Builder
	for _, part := range strings.Split(s, "_") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// astFromJSON rebuilds a Go AST from dump.py's JSON.
func astFromJSON(raw json.RawMessage) (syntax.Mod, error) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, err
	}
	n, err := convertNode(v)
	if err != nil {
		return nil, err
	}
	m, ok := n.Interface().(syntax.Mod)
	if !ok {
		return nil, fmt.Errorf("not a module: %T", n.Interface())
	}
	return m, nil
}

func convertNode(v any) (reflect.Value, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return reflect.Value{}, fmt.Errorf("expected node, got %T", v)
	}
	t, ok := astTypes[fmt.Sprint(m["_t"])]
	if !ok {
		return reflect.Value{}, fmt.Errorf("unknown node %v", m["_t"])
	}
	p := reflect.New(t)
	for k, fv := range m {
		if k == "_t" || fv == nil {
			continue
		}
		f := p.Elem().FieldByName(snakeToCamel(k))
		if !f.IsValid() {
			if k == "type_ignores" || k == "kind" && t.Name() == "Constant" {
				continue
			}
			return reflect.Value{}, fmt.Errorf("%s has no field %s", t.Name(), k)
		}
		if err := setField(f, fv); err != nil {
			return reflect.Value{}, fmt.Errorf("%s.%s: %w", t.Name(), k, err)
		}
	}
	return p, nil
}

func setField(f reflect.Value, v any) error {
	if f.Type() == reflect.TypeOf(syntax.ConstValue{}) {
		m, _ := v.(map[string]any)
		switch m["_const"] {
		case "str":
			f.Set(reflect.ValueOf(syntax.StrValue(fmt.Sprint(m["s"]))))
		case "none":
			f.Set(reflect.ValueOf(syntax.NoneValue()))
		case "bool":
			f.Set(reflect.ValueOf(syntax.BoolValue(m["b"] == true)))
		default:
			f.Set(reflect.ValueOf(syntax.EllipsisValue()))
		}
		return nil
	}
	if look, ok := enumNames[f.Type()]; ok {
		i, ok := look(fmt.Sprint(v))
		if !ok {
			return fmt.Errorf("unknown enum %v", v)
		}
		f.SetUint(i)
		return nil
	}
	switch f.Kind() {
	case reflect.Interface, reflect.Pointer:
		n, err := convertNode(v)
		if err != nil {
			return err
		}
		f.Set(n)
	case reflect.Slice:
		items, ok := v.([]any)
		if !ok {
			return fmt.Errorf("expected list, got %T", v)
		}
		s := reflect.MakeSlice(f.Type(), len(items), len(items))
		for i, it := range items {
			if it == nil {
				continue
			}
			if err := setField(s.Index(i), it); err != nil {
				return err
			}
		}
		f.Set(s)
	case reflect.String:
		f.SetString(fmt.Sprint(v))
	case reflect.Int:
		x, _ := v.(float64)
		f.SetInt(int64(x))
	case reflect.Bool:
		switch x := v.(type) {
		case bool:
			f.SetBool(x)
		case float64:
			f.SetBool(x != 0)
		}
	default:
		return fmt.Errorf("unsupported field kind %s", f.Kind())
	}
	return nil
}
