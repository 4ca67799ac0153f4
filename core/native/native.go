// Package native holds the modules that CPython writes in C (itertools,
// _collections, _sre, _io, posix, ...), written here in Go. The pure-Python
// modules around them are CPython 3.10's own Lib, found at run time; these
// are the parts that Lib imports from C.
//
// Each module registers a vm.ModuleMaker under its name from an init
// function in its own file (one file, or one file group, per module).
// Modules returns the whole set, which core/interp installs as the
// interpreter's vm.Options.Modules; an embedder may pass a subset. A maker
// runs at the module's first import in one interpreter and must not keep
// mutable state outside the module it returns, so interpreters stay
// independent.
package native

import (
	"sort"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

var registry = map[string]vm.ModuleMaker{}

// register adds a module; it is called from init functions only.
func register(name string, mk vm.ModuleMaker) {
	if _, dup := registry[name]; dup {
		panic("native: module registered twice: " + name)
	}
	registry[name] = mk
}

// Modules returns a fresh map of every native module's maker, by name.
func Modules() map[string]vm.ModuleMaker {
	m := make(map[string]vm.ModuleMaker, len(registry))
	for k, v := range registry {
		m[k] = v
	}
	return m
}

// Names returns the native modules' names, sorted.
func Names() []string {
	names := make([]string, 0, len(registry))
	for k := range registry {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// newModule returns an empty module with its docstring set.
func newModule(name, doc string) *object.Module {
	m := object.NewModule(name)
	if doc != "" {
		m.Dict.Set(object.FromObject(object.Intern("__doc__")), object.NewStr(doc))
	}
	return m
}

// setAttr stores v in module m under name.
func setAttr(m *object.Module, name string, v object.Value) {
	m.Dict.Set(object.FromObject(object.Intern(name)), v)
}

// defFunc adds a module-level built-in function; fn receives vectorcall
// arguments (positionals, then one value per keyword name).
func defFunc(m *object.Module, name string, fn func(args []object.Value, kwnames []string) (object.Value, error)) {
	f := object.NewBuiltin(name, func(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		return fn(args, kwnames)
	})
	if b, ok := f.Object().(*object.BuiltinFunction); ok {
		b.Self = object.FromObject(m)
	}
	setAttr(m, name, f)
}

// newException makes a module's exception class (struct.error,
// binascii.Error, zlib.error): a class deriving from base, whose
// __module__ is module. Each interpreter gets its own, as CPython's
// module state does.
func newException(module, name string, base *object.Type) *object.Type {
	ns := object.NewDict(2)
	ns.Set(object.FromObject(object.Intern("__module__")), object.NewStr(module))
	t, err := object.NewClass(object.TypeType, name, []*object.Type{base}, ns)
	if err != nil {
		panic("native: cannot make exception " + module + "." + name + ": " + err.Error())
	}
	return t
}

// clinicPositional is Argument Clinic's check of the positional count for
// a function that also takes keywords: "f() takes exactly 1 positional
// argument (2 given)" (ParseArgs words it the older getargs way).
func clinicPositional(fname string, args []object.Value, kwnames []string, min, max int) error {
	n := len(args) - len(kwnames)
	if n <= max {
		return nil
	}
	how := "exactly"
	if min < max {
		how = "at most"
	}
	s := "s"
	if max == 1 {
		s = ""
	}
	return object.Errorf(object.TypeError, "%s() takes %s %d positional argument%s (%d given)", fname, how, max, s, n)
}

// reorderModule puts the names in order first in m's namespace (after
// the module's dunder attributes), so that its __dict__ lists them in the
// order CPython's C module defines them.
func reorderModule(m *object.Module, order []string) {
	old := m.Dict
	d := object.NewDict(old.Len())
	var rest []object.Value
	for k, v := range old.All() {
		if s, ok := k.Object().(*object.Str); ok && len(s.S) > 4 && s.S[:2] == "__" {
			d.Set(k, v)
			continue
		}
		rest = append(rest, k)
	}
	for _, n := range order {
		k := object.FromObject(object.Intern(n))
		if v, ok, _ := old.Get(k); ok {
			d.Set(k, v)
		}
	}
	for _, k := range rest {
		if ok, _ := d.Contains(k); !ok {
			v, _, _ := old.Get(k)
			d.Set(k, v)
		}
	}
	old.Clear()
	for k, v := range d.All() {
		old.Set(k, v)
	}
}
