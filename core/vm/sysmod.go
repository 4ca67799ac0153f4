package vm

import (
	"math"
	"sort"
	"strings"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// builtinModules makes the modules that have no source file and belong to
// the VM itself (filled in init: the dis module reaches the eval loop,
// which reaches import). Options.Modules adds the native ones.
var builtinModules map[string]ModuleMaker

func init() {
	builtinModules = map[string]ModuleMaker{
		"sys":  func(in *Interp) (*object.Module, error) { return in.sysModule, nil },
		"_imp": newImpModule,
	}
}

// fallbackModules are the VM's stand-ins for modules of CPython's Lib:
// import uses one when the Lib's module is absent or cannot be imported
// (its own imports fail), so that pyvar without a Lib still has them.
var fallbackModules map[string]ModuleMaker // filled in init, as builtinModules

func init() {
	fallbackModules = map[string]ModuleMaker{
		"dis": func(in *Interp) (*object.Module, error) { return newDisModule(in), nil },
	}
}

// moduleMaker returns the maker of the built-in module name: the
// interpreter's native modules first, then the VM's own.
func (in *Interp) moduleMaker(name string) (ModuleMaker, bool) {
	if mk, ok := in.opts.Modules[name]; ok {
		return mk, true
	}
	mk, ok := builtinModules[name]
	return mk, ok
}

// builtinModuleNames is sys.builtin_module_names: every module compiled
// into this interpreter, sorted, builtins included.
func (in *Interp) builtinModuleNames() []string {
	names := []string{"builtins"}
	for n := range builtinModules {
		names = append(names, n)
	}
	for n := range in.opts.Modules {
		if _, dup := builtinModules[n]; !dup {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// newDisModule provides dis.dis(x) for functions, methods, generators,
// code objects, classes and source strings, printing code.Dis's listing
// (the layout of `python -m dis`) to sys.stdout.
func newDisModule(in *Interp) *object.Module {
	m := object.NewModule("dis")
	var disObj func(x object.Value) error
	disObj = func(x object.Value) error {
		var co *code.Code
		switch o := x.Object().(type) {
		case *code.Code:
			co = o
		case *Function:
			co = o.Code
		case *object.Method:
			return disObj(o.Func)
		case *Generator:
			co = o.Code
		case *Coroutine:
			co = o.Code
		case *AsyncGenerator:
			co = o.Code
		case *object.Str:
			c, err := in.compile([]byte(o.S), "<dis>", "exec", 0)
			if err != nil {
				return err
			}
			co = c
		case *object.Type:
			keys := dictKeys(o.Dict)
			sort.Strings(keys)
			for _, k := range keys {
				v, _ := getStr(o.Dict, k)
				switch inner := v.Object().(type) {
				case *Function, *code.Code, *object.Type:
				case *object.StaticMethod:
					v = inner.Func
				case *object.ClassMethod:
					v = inner.Func
				default:
					continue
				}
				if err := in.writeStdout("Disassembly of " + k + ":\n"); err != nil {
					return err
				}
				if err := disObj(v); err != nil {
					return err
				}
				if err := in.writeStdout("\n"); err != nil {
					return err
				}
			}
			return nil
		default:
			return object.Errorf(object.TypeError, "don't know how to disassemble %s objects", object.TypeOf(x).Name)
		}
		var b strings.Builder
		code.Dis(&b, co)
		return in.writeStdout(b.String())
	}
	builtinFn(m.Dict, "dis", func(args []object.Value) (object.Value, error) {
		return object.None, disObj(args[0])
	}, 1)
	return m
}

// addMethod installs a Go method on a VM type.
func addMethod(t *object.Type, name string, fn func(self object.Value, args []object.Value, kwnames []string) (object.Value, error)) {
	t.SetAttrString(name, object.FromObject(&object.MethodDescr{Name: name, Owner: t, Fn: fn}))
}

// addGetter installs a read-only computed attribute on a VM type.
func addGetter(t *object.Type, name string, get func(self object.Value) (object.Value, error)) {
	t.SetAttrString(name, object.FromObject(&object.GetSetDescr{Name: name, Owner: t, Get: get}))
}

func strList(items []string) object.Value {
	out := make([]object.Value, len(items))
	for i, s := range items {
		out[i] = object.NewStr(s)
	}
	return object.FromObject(object.NewList(out...))
}

func (in *Interp) setScriptDir(dir string) {
	if in.Path == nil || in.opts.Flags.Isolated {
		return
	}
	if len(in.Path.Items) > 0 {
		in.Path.Items[0] = object.NewStr(dir)
	}
}

func (in *Interp) initSys() {
	m := object.NewModule("sys")
	in.sysModule = m
	d := m.Dict
	argv := in.opts.Argv
	if len(argv) == 0 {
		argv = []string{""}
	}
	setStr(d, "argv", strList(argv))
	in.Path = strList(in.buildPath()).Object().(*object.List)
	setStr(d, "path", object.FromObject(in.Path))
	setStr(d, "modules", object.FromObject(in.Modules))
	setStr(d, "maxsize", object.Int(math.MaxInt64))
	setStr(d, "byteorder", object.NewStr("little"))
	var mods []object.Value
	for _, n := range in.builtinModuleNames() {
		mods = append(mods, object.NewStr(n))
	}
	setStr(d, "builtin_module_names", object.FromObject(object.NewTuple(mods...)))
	in.initSysInfo(d)
	setStr(d, "tracebacklimit", object.Int(tracebackLimit))
	d.Delete(object.NewStr("tracebacklimit"))
	fn := func(name string, f func(self object.Value, args []object.Value, kwnames []string) (object.Value, error)) object.Value {
		v := object.NewBuiltin(name, f)
		setStr(d, name, v)
		return v
	}
	fn("getrecursionlimit", func(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoArgs("getrecursionlimit", args, kwnames); err != nil {
			return object.Null, err
		}
		return object.Int(int64(in.recursionLimit)), nil
	})
	fn("setrecursionlimit", func(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.ExactlyOne("setrecursionlimit", args, kwnames); err != nil {
			return object.Null, err
		}
		n, ok := args[0].AsInt()
		if !ok || !args[0].IsInt() {
			return object.Null, object.Errorf(object.TypeError, "'%s' object cannot be interpreted as an integer", object.TypeOf(args[0]).Name)
		}
		if n < 1 {
			return object.Null, object.Errorf(object.ValueError, "recursion limit must be greater or equal than 1")
		}
		if int(n) <= object.RecursionDepth {
			return object.Null, object.Errorf(object.RecursionError,
				"cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, object.RecursionDepth)
		}
		in.setRecursionLimit(int(n))
		return object.None, nil
	})
	fn("_getframe", func(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoKwargs("_getframe", kwnames); err != nil {
			return object.Null, err
		}
		depth := int64(0)
		if len(args) > 0 {
			depth, _ = args[0].AsInt()
		}
		f := in.frame
		for ; depth > 0 && f != nil; depth-- {
			f = f.Back
		}
		if f == nil {
			return object.Null, object.Errorf(object.ValueError, "call stack is not deep enough")
		}
		for g := f; g != nil; g = g.Back {
			g.pin()
		}
		return object.FromObject(f), nil
	})
	fn("exc_info", func(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		e := in.currentExc()
		if e == nil {
			return object.FromObject(object.NewTuple(object.None, object.None, object.None)), nil
		}
		return object.FromObject(object.NewTuple(object.FromObject(e.Class), object.FromObject(e), tbValue(e.Traceback))), nil
	})
	fn("exit", func(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoKwargs("exit", kwnames); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("exit", len(args), 0, 1); err != nil {
			return object.Null, err
		}
		return object.Null, object.NewException(object.SystemExit, args...)
	})
	fn("intern", func(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.ExactlyOne("intern", args, kwnames); err != nil {
			return object.Null, err
		}
		s, ok := args[0].Object().(*object.Str)
		if !ok {
			if _, sub := object.Unwrap(args[0]).Object().(*object.Str); sub {
				return object.Null, object.Errorf(object.TypeError, "can't intern %s", object.TypeOf(args[0]).Name)
			}
			return object.Null, object.Errorf(object.TypeError, "intern() argument must be str, not %s", object.TypeOf(args[0]).Name)
		}
		return object.FromObject(object.Intern(s.S)), nil
	})
	in.displayHook = fn("displayhook", func(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.ExactlyOne("displayhook", args, kwnames); err != nil {
			return object.Null, err
		}
		return object.None, in.displayValue(args[0])
	}).Object().(*object.BuiltinFunction)
	setStr(d, "__displayhook__", object.FromObject(in.displayHook))
	in.initSysCoroutines(d)
	bindModuleFuncs(m)
	in.Modules.Set(object.NewStr("sys"), object.FromObject(m))
}

// bindModuleFuncs makes a module the __self__ of its built-in functions,
// as CPython's module functions have it (their __module__ and pickling
// by name follow from it).
func bindModuleFuncs(m *object.Module) {
	for _, v := range m.Dict.All() {
		if b, ok := v.Object().(*object.BuiltinFunction); ok && b.Self.IsNull() {
			b.Self = object.FromObject(m)
		}
	}
}

func builtinFn(d *object.Dict, name string, f func(args []object.Value) (object.Value, error), nargs ...int) {
	lo, hi := 0, 0
	if len(nargs) == 2 {
		lo, hi = nargs[0], nargs[1]
	} else if len(nargs) == 1 {
		lo, hi = nargs[0], nargs[0]
	}
	setStr(d, name, object.NewBuiltin(name, func(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoKwargs(name, kwnames); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional(name, len(args), lo, hi); err != nil {
			return object.Null, err
		}
		return f(args)
	}))
}
