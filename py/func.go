package py

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// Func is a Go function Python code can call: args are the positional
// arguments, kwargs the keyword ones (nil when there are none). Its
// result converts by ValueOf; an error it returns is raised in Python (see
// Raise; other errors become RuntimeError). A Func runs holding the
// interpreter's execution lock, as a C function holds CPython's GIL:
// it may call back into the same interpreter, but one that blocks (I/O,
// a sleep, a channel) or calls another interpreter must be a
// BlockingFunc.
type Func func(in *Interp, args []Value, kwargs map[string]Value) (any, error)

// NewFunc returns the Go function fn as a Python built-in function named
// name.
func (in *Interp) NewFunc(name string, fn Func) Value {
	return Value{newBuiltin(name, fn, false)}
}

// NewBlockingFunc is NewFunc for a function that blocks or runs another
// interpreter's code: it runs without the execution lock, so that other
// interpreters go on meanwhile. Its arguments may be read but not
// changed, and it must not make Python values (other than through
// ValueOf) until it returns.
func (in *Interp) NewBlockingFunc(name string, fn Func) Value {
	return Value{newBuiltin(name, fn, true)}
}

func newBuiltin(name string, fn Func, blocking bool) object.Value {
	return object.NewBuiltin(name, func(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		in := interpOf(vm.Current())
		if in == nil {
			return object.Null, object.Errorf(object.RuntimeError, "%s: no py.Interp is running", name)
		}
		npos := len(args) - len(kwnames)
		pos := make([]Value, npos)
		for i := range pos {
			pos[i] = Value{args[i]}
		}
		var kw map[string]Value
		if len(kwnames) > 0 {
			kw = make(map[string]Value, len(kwnames))
			for i, k := range kwnames {
				kw[k] = Value{args[npos+i]}
			}
		}
		var r any
		var err error
		if blocking {
			in.vm.BlockingCall(func() { r, err = fn(in, pos, kw) })
		} else {
			r, err = fn(in, pos, kw)
		}
		if err != nil {
			return object.Null, in.toPython(err)
		}
		v, err := valueOf(r, false)
		if err != nil {
			return object.Null, object.Errorf(object.TypeError, "%s: %s", name, err.Error())
		}
		return v.v, nil
	})
}

// RegisterModule makes a Go module importable by Python code as name
// (import name): its attributes are members, converted by ValueOf (a Func
// becomes a built-in function). A registered module may be imported
// whatever Options.AllowedModules says. It must be registered before the
// program first imports it.
func (in *Interp) RegisterModule(name string, members map[string]any) error {
	if name == "" || strings.ContainsAny(name, ". ") {
		return fmt.Errorf("py: bad module name %q", name)
	}
	keys := make([]string, 0, len(members))
	for k := range members {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	in.goMods[name] = true
	in.mods[name] = func(v *vm.Interp) (*object.Module, error) {
		m := object.NewModule(name)
		for _, k := range keys {
			x := members[k]
			var val Value
			var err error
			if fn, ok := x.(Func); ok {
				val = Value{newBuiltin(k, fn, false)}
			} else if val, err = valueOf(x, false); err != nil {
				return nil, object.Errorf(object.ImportError, "%s.%s: %s", name, k, err.Error())
			}
			m.Dict.Set(object.FromObject(object.Intern(k)), val.v)
		}
		return m, nil
	}
	return nil
}

// UnpackArgs stores a Func's arguments into Go variables, as starlark's
// UnpackArgs does: pairs are a parameter name and a pointer ("a", &a,
// "b?", &b); a name ending in ? is optional. Positional arguments fill
// the parameters in order, keyword arguments by name. The variables'
// types convert as Decode does (*Value takes the argument as is). Errors
// are the TypeErrors CPython gives for the same mistakes.
func UnpackArgs(fname string, args []Value, kwargs map[string]Value, pairs ...any) error {
	if len(pairs)%2 != 0 {
		return fmt.Errorf("py: UnpackArgs needs name, pointer pairs")
	}
	n := len(pairs) / 2
	names := make([]string, n)
	optional := make([]bool, n)
	set := make([]bool, n)
	for i := 0; i < n; i++ {
		s, ok := pairs[2*i].(string)
		if !ok {
			return fmt.Errorf("py: UnpackArgs: parameter %d has no name", i)
		}
		names[i], optional[i] = strings.CutSuffix(s, "?")
	}
	store := func(i int, v Value) error {
		p := pairs[2*i+1]
		if vp, ok := p.(*Value); ok {
			*vp = v
			return nil
		}
		rv := reflect.ValueOf(p)
		if rv.Kind() != reflect.Pointer || rv.IsNil() {
			return fmt.Errorf("py: UnpackArgs: %s needs a pointer", names[i])
		}
		g, err := ToGo(v)
		if err != nil {
			return err
		}
		if err := decode(g, rv.Elem()); err != nil {
			return Raise("TypeError", "%s() argument '%s' must be %s, not %s", fname, names[i], goTypeName(rv.Elem().Type()), v.Type())
		}
		set[i] = true
		return nil
	}
	if len(args) > n {
		return Raise("TypeError", "%s() takes at most %d arguments (%d given)", fname, n, len(args))
	}
	for i, a := range args {
		if err := store(i, a); err != nil {
			return err
		}
		set[i] = true
	}
	for k, v := range kwargs {
		i := slices.Index(names, k)
		if i < 0 {
			return Raise("TypeError", "%s() got an unexpected keyword argument '%s'", fname, k)
		}
		if set[i] {
			return Raise("TypeError", "%s() got multiple values for argument '%s'", fname, k)
		}
		if err := store(i, v); err != nil {
			return err
		}
		set[i] = true
	}
	for i := range names {
		if !set[i] && !optional[i] {
			return Raise("TypeError", "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return nil
}

// goTypeName names a Go type in Python's terms for messages.
func goTypeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "int"
	case reflect.Float32, reflect.Float64:
		return "float"
	case reflect.String:
		return "str"
	case reflect.Bool:
		return "bool"
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return "bytes"
		}
		return "list"
	case reflect.Map, reflect.Struct:
		return "dict"
	}
	return t.String()
}
