package vm

import (
	"encoding/binary"
	"fmt"
	"strings"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// The import system. CPython runs import through importlib._bootstrap,
// installed at start with _imp; pyvar imports through a Go path that does
// what importlib's default finders do (built-in modules first, then each
// sys.path entry: a package, a module, a namespace portion), and puts the
// real importlib behind it:
//
//   - importlib is not loaded at start. sys.meta_path and sys.path_hooks
//     begin with stand-ins for importlib's BuiltinImporter, FrozenImporter,
//     PathFinder and FileFinder path hook. The first import of importlib (or
//     the first use of a stand-in) loads importlib from the Lib, puts the
//     real classes in the stand-ins' places and gives every module loaded so
//     far a real ModuleSpec and loader. Modules imported before that have
//     __spec__ and __loader__ None, as CPython's __main__ does.
//   - While sys.meta_path and sys.path_hooks hold only the default finders,
//     the Go path loads modules; as soon as a program adds a finder or a
//     hook (or removes one), imports go through importlib's own
//     _find_and_load, which consults them. importlib's _find_and_load is
//     itself replaced by the Go one, so importlib.import_module and
//     importlib.__import__ take the same path.
//
// Namespace packages are made by importlib (PathFinder builds their
// _NamespacePath), which the Go path loads for them.

// stub is a stand-in for one of importlib's default finders, in
// sys.meta_path or sys.path_hooks until importlib is loaded.
type stub struct {
	in   *Interp
	name string // BuiltinImporter, FrozenImporter, PathFinder, path_hook
}

var stubType = newType("_frozen_importlib_stub", nil)

// Type returns the stand-ins' type.
func (s *stub) Type() *object.Type { return stubType }

// PyRepr is what the real object's repr says.
func (s *stub) PyRepr() (string, error) {
	if s.name == "path_hook" {
		return "<function FileFinder.path_hook.<locals>.path_hook_for_FileFinder>", nil
	}
	mod := "_frozen_importlib"
	if s.name == "PathFinder" {
		mod = "_frozen_importlib_external"
	}
	return "<class '" + mod + "." + s.name + "'>", nil
}

// real loads importlib and returns the object the stand-in stands for.
func (s *stub) real() (object.Value, error) {
	if err := s.in.installImportlib(); err != nil {
		return object.Null, err
	}
	switch s.name {
	case "BuiltinImporter":
		return s.in.imp.builtinImporter, nil
	case "FrozenImporter":
		return s.in.imp.frozenImporter, nil
	case "PathFinder":
		return s.in.imp.pathFinder, nil
	}
	return s.in.imp.pathHook, nil
}

func init() {
	stubType.GetAttro = func(v object.Value, name *object.Str) (object.Value, error) {
		s := v.Object().(*stub)
		if name.S == "module_repr" && s.name == "BuiltinImporter" && !s.in.imp.installed {
			// repr(sys) must not load importlib.
			return object.NewBuiltin("module_repr", func(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
				if err := object.ExactlyOne("module_repr", args, kwnames); err != nil {
					return object.Null, err
				}
				n, err := object.GetAttrString(args[0], "__name__")
				if err != nil {
					return object.Null, err
				}
				r, err := object.Repr(n)
				if err != nil {
					return object.Null, err
				}
				return object.NewStr("<module " + r + " (built-in)>"), nil
			}), nil
		}
		r, err := s.real()
		if err != nil {
			return object.Null, err
		}
		return object.GetAttr(r, name)
	}
	addMethod(stubType, "__call__", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		r, err := self.Object().(*stub).real()
		if err != nil {
			return object.Null, err
		}
		return self.Object().(*stub).in.call(r, args, kwnames)
	})
}

// importState is the interpreter's part of the import system.
type importState struct {
	trusted map[*object.Dict]bool // globals of modules loaded from files (Options.AllowedImport)
	stubs   []*stub               // the stand-ins, in sys.meta_path order, then the path hook

	installed, installing bool
	bootstrap             *object.Module // importlib._bootstrap
	external              *object.Module // importlib._bootstrap_external
	pyFindAndLoad         object.Value   // importlib's own _find_and_load
	specFromFile          object.Value   // _bootstrap_external.spec_from_file_location
	moduleSpec            object.Value   // _bootstrap.ModuleSpec
	sourceLoader          object.Value   // _bootstrap_external.SourceFileLoader
	builtinImporter       object.Value
	frozenImporter        object.Value
	pathFinder            object.Value
	pathHook              object.Value

	natives   map[string]*object.Module // native modules made in this interpreter
	early     []earlyModule             // source modules loaded before importlib, to give specs
	lockDepth int                       // _imp.acquire_lock nesting
}

// earlyModule is a module the Go path loaded from file before importlib
// was installed.
type earlyModule struct {
	mod  *object.Module
	file string
}

// initImport makes the stand-in finders and _imp's state.
func (in *Interp) initImport(sys *object.Dict) {
	var meta []object.Value
	for _, n := range []string{"BuiltinImporter", "FrozenImporter", "PathFinder", "path_hook"} {
		s := &stub{in: in, name: n}
		in.imp.stubs = append(in.imp.stubs, s)
		if n != "path_hook" {
			meta = append(meta, object.FromObject(s))
		}
	}
	in.imp.natives = map[string]*object.Module{}
	for _, m := range []*object.Module{in.sysModule, in.builtinsModule} {
		if m != nil {
			in.imp.natives[m.Name] = m
			setStr(m.Dict, "__package__", object.NewStr(""))
			setStr(m.Dict, "__loader__", object.FromObject(in.imp.stubs[0]))
		}
	}
	setStr(sys, "meta_path", object.FromObject(object.NewList(meta...)))
	setStr(sys, "path_hooks", object.FromObject(object.NewList(object.FromObject(in.imp.stubs[3]))))
	setStr(sys, "path_importer_cache", object.FromObject(object.NewDict(0)))
}

// defaultFinders reports whether sys.meta_path and sys.path_hooks hold
// exactly the default finders (stand-ins or real), so that the Go path
// finds what importlib would.
func (in *Interp) defaultFinders() bool {
	want := func(attr string, items []object.Value) bool {
		v, ok := getStr(in.sysModule.Dict, attr)
		if !ok {
			return false
		}
		l, ok := v.Object().(*object.List)
		if !ok || len(l.Items) != len(items) {
			return false
		}
		for i, x := range l.Items {
			if !x.Is(items[i]) {
				return false
			}
		}
		return true
	}
	if in.imp.installed {
		return want("meta_path", []object.Value{in.imp.builtinImporter, in.imp.frozenImporter, in.imp.pathFinder}) &&
			want("path_hooks", []object.Value{in.imp.pathHook})
	}
	s := in.imp.stubs
	return want("meta_path", []object.Value{object.FromObject(s[0]), object.FromObject(s[1]), object.FromObject(s[2])}) &&
		want("path_hooks", []object.Value{object.FromObject(s[3])})
}

// installImportlib loads importlib from the Lib and puts it behind the Go
// import path (see the comment at the top of this file).
func (in *Interp) installImportlib() error {
	if in.imp.installed {
		return nil
	}
	if in.imp.installing {
		return object.Errorf(object.ImportError, "importlib is not loaded yet (it is being loaded)")
	}
	if _, err := in.importAbs("importlib"); err != nil {
		return err
	}
	if !in.imp.installed {
		return object.Errorf(object.ImportError, "importlib could not be installed")
	}
	return nil
}

// finishInstall runs when the importlib package has been loaded by the Go
// path: importlib/__init__ has set up _bootstrap and _bootstrap_external
// (CPython's fallback when no frozen importlib exists); this installs
// their finders as _bootstrap._install and _bootstrap_external._install
// would, in the stand-ins' places.
func (in *Interp) finishInstall() error {
	get := func(modName, attr string) (object.Value, error) {
		m, ok, _ := in.Modules.Get(object.NewStr(modName))
		if !ok {
			return object.Null, object.Errorf(object.ImportError, "%s did not load", modName)
		}
		return object.GetAttrString(m, attr)
	}
	var err error
	st := &in.imp
	if st.builtinImporter, err = get("importlib._bootstrap", "BuiltinImporter"); err != nil {
		return err
	}
	if st.frozenImporter, err = get("importlib._bootstrap", "FrozenImporter"); err != nil {
		return err
	}
	if st.pathFinder, err = get("importlib._bootstrap_external", "PathFinder"); err != nil {
		return err
	}
	if st.moduleSpec, err = get("importlib._bootstrap", "ModuleSpec"); err != nil {
		return err
	}
	if st.sourceLoader, err = get("importlib._bootstrap_external", "SourceFileLoader"); err != nil {
		return err
	}
	if st.pyFindAndLoad, err = get("importlib._bootstrap", "_find_and_load"); err != nil {
		return err
	}
	loaders, err := get("importlib._bootstrap_external", "_get_supported_file_loaders")
	if err != nil {
		return err
	}
	if loaders, err = in.call(loaders, nil, nil); err != nil {
		return err
	}
	items, err := object.ToSlice(loaders)
	if err != nil {
		return err
	}
	hookMaker, err := get("importlib._bootstrap_external", "FileFinder")
	if err == nil {
		hookMaker, err = object.GetAttrString(hookMaker, "path_hook")
	}
	if err != nil {
		return err
	}
	if st.pathHook, err = in.call(hookMaker, items, nil); err != nil {
		return err
	}
	bs, _, _ := in.Modules.Get(object.NewStr("importlib._bootstrap"))
	// importlib's _find_and_load becomes the Go one, which falls back to
	// it when a program customised the finders.
	findAndLoad := object.NewBuiltin("_find_and_load", func(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.CheckPositional("_find_and_load", len(args), 2, 2); err != nil {
			return object.Null, err
		}
		name, ok := args[0].Object().(*object.Str)
		if !ok {
			return in.call(st.pyFindAndLoad, args, kwnames)
		}
		return in.importAbs(name.S)
	})
	if err := object.SetAttr(bs, object.Intern("_find_and_load"), findAndLoad); err != nil {
		return err
	}
	replace := func(attr string, from []*stub, to []object.Value) {
		v, _ := getStr(in.sysModule.Dict, attr)
		if l, ok := v.Object().(*object.List); ok {
			for i, x := range l.Items {
				for j, s := range from {
					if x.Object() == object.Object(s) {
						l.Items[i] = to[j]
					}
				}
			}
		}
	}
	replace("meta_path", st.stubs[:3], []object.Value{st.builtinImporter, st.frozenImporter, st.pathFinder})
	replace("path_hooks", st.stubs[3:], []object.Value{st.pathHook})
	st.installed = true
	// Modules loaded before now get the spec importlib would have given them.
	for _, e := range st.early {
		if cur, ok, _ := in.Modules.Get(object.NewStr(e.mod.Name)); !ok || cur.Object() != object.Object(e.mod) {
			continue
		}
		if spec, ok := getStr(e.mod.Dict, "__spec__"); ok && !spec.IsNone() {
			continue
		}
		if err := in.setSourceSpec(e.mod, e.file); err != nil {
			return err
		}
	}
	st.early = nil
	for name, m := range st.natives {
		if l, ok := getStr(m.Dict, "__loader__"); ok {
			if _, isStub := l.Object().(*stub); isStub {
				setStr(m.Dict, "__loader__", st.builtinImporter)
			}
		}
		if spec, ok := getStr(m.Dict, "__spec__"); ok && !spec.IsNone() {
			continue
		}
		if err := in.setNativeSpec(m, name); err != nil {
			return err
		}
	}
	return nil
}

// setSourceSpec gives a module loaded from file the ModuleSpec and
// SourceFileLoader importlib's FileFinder gives it.
func (in *Interp) setSourceSpec(m *object.Module, file string) error {
	name := object.NewStr(m.Name)
	loader, err := in.call(in.imp.sourceLoader, []object.Value{name, object.NewStr(file)}, nil)
	if err != nil {
		return err
	}
	spec, err := in.call(in.imp.moduleSpec, []object.Value{name, loader, object.NewStr(file)}, []string{"origin"})
	if err != nil {
		return err
	}
	if err := object.SetAttr(spec, object.Intern("_set_fileattr"), object.True); err != nil {
		return err
	}
	if p, ok := getStr(m.Dict, "__path__"); ok {
		if err := object.SetAttr(spec, object.Intern("submodule_search_locations"), p); err != nil {
			return err
		}
	}
	setStr(m.Dict, "__loader__", loader)
	setStr(m.Dict, "__spec__", spec)
	return nil
}

// setNativeSpec gives a native module BuiltinImporter's spec.
func (in *Interp) setNativeSpec(m *object.Module, name string) error {
	spec, err := in.call(in.imp.moduleSpec, []object.Value{object.NewStr(name), in.imp.builtinImporter, object.NewStr("built-in")}, []string{"origin"})
	if err != nil {
		return err
	}
	setStr(m.Dict, "__loader__", in.imp.builtinImporter)
	setStr(m.Dict, "__spec__", spec)
	if p, ok := getStr(m.Dict, "__package__"); !ok || p.IsNone() {
		parent := ""
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			parent = name[:i]
		}
		setStr(m.Dict, "__package__", object.NewStr(parent))
	}
	return nil
}

// loadNative makes (once per interpreter) and registers a native module.
func (in *Interp) loadNative(name string, mk ModuleMaker) (object.Value, error) {
	m, err := in.makeNative(name, mk)
	if err != nil {
		return object.Null, err
	}
	mv := object.FromObject(m)
	in.Modules.Set(object.NewStr(name), mv)
	return mv, nil
}

func (in *Interp) makeNative(name string, mk ModuleMaker) (*object.Module, error) {
	if m, ok := in.imp.natives[name]; ok {
		return m, nil
	}
	m, err := mk(in)
	if err != nil {
		return nil, err
	}
	in.imp.natives[name] = m
	if p, ok := getStr(m.Dict, "__package__"); !ok || p.IsNone() {
		parent := ""
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			parent = name[:i]
		}
		setStr(m.Dict, "__package__", object.NewStr(parent))
	}
	if !in.imp.installed {
		setStr(m.Dict, "__loader__", object.FromObject(in.imp.stubs[0]))
	} else {
		if err := in.setNativeSpec(m, name); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// newImpModule is _imp, the part of the import machinery importlib needs
// from the interpreter: built-in modules, the import lock, and answers
// saying there are no frozen modules and no extension modules.
func newImpModule(in *Interp) (*object.Module, error) {
	m := object.NewModule("_imp")
	d := m.Dict
	setStr(d, "__doc__", object.NewStr("(Extremely) low-level import machinery bits as used by importlib and imp."))
	setStr(d, "check_hash_based_pycs", object.NewStr("never"))
	strArg := func(fname string, args []object.Value, kwnames []string) (string, error) {
		if err := object.ExactlyOne(fname, args, kwnames); err != nil {
			return "", err
		}
		s, ok := args[0].Object().(*object.Str)
		if !ok {
			return "", object.Errorf(object.TypeError, "%s() argument must be str, not %s", fname, object.TypeOf(args[0]).Name)
		}
		return s.S, nil
	}
	sysFn(d, "acquire_lock", func(args []object.Value, kwnames []string) (object.Value, error) {
		in.imp.lockDepth++
		return object.None, nil
	})
	sysFn(d, "release_lock", func(args []object.Value, kwnames []string) (object.Value, error) {
		if in.imp.lockDepth == 0 {
			return object.Null, object.Errorf(object.RuntimeError, "not holding the import lock")
		}
		in.imp.lockDepth--
		return object.None, nil
	})
	sysFn(d, "lock_held", func(args []object.Value, kwnames []string) (object.Value, error) {
		return object.Bool(in.imp.lockDepth > 0), nil
	})
	sysFn(d, "is_builtin", func(args []object.Value, kwnames []string) (object.Value, error) {
		name, err := strArg("is_builtin", args, kwnames)
		if err != nil {
			return object.Null, err
		}
		switch {
		case name == "sys" || name == "builtins":
			return object.Int(-1), nil // cannot be initialised again
		case in.isNative(name):
			return object.Int(1), nil
		}
		return object.Int(0), nil
	})
	sysFn(d, "create_builtin", func(args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.ExactlyOne("create_builtin", args, kwnames); err != nil {
			return object.Null, err
		}
		nv, err := object.GetAttrString(args[0], "name")
		if err != nil {
			return object.Null, err
		}
		ns, ok := nv.Object().(*object.Str)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "name must be string, not %s", object.TypeOf(nv).Name)
		}
		switch ns.S {
		case "sys":
			return object.FromObject(in.sysModule), nil
		case "builtins":
			return object.FromObject(in.builtinsModule), nil
		}
		mk, ok := in.moduleMaker(ns.S)
		if !ok {
			return object.None, nil
		}
		mod, err := in.makeNative(ns.S, mk)
		if err != nil {
			return object.Null, err
		}
		return object.FromObject(mod), nil
	})
	sysFn(d, "exec_builtin", func(args []object.Value, kwnames []string) (object.Value, error) {
		return object.Int(0), nil
	})
	for _, name := range []string{"is_frozen", "is_frozen_package"} {
		name := name
		sysFn(d, name, func(args []object.Value, kwnames []string) (object.Value, error) {
			if _, err := strArg(name, args, kwnames); err != nil {
				return object.Null, err
			}
			return object.False, nil
		})
	}
	for _, name := range []string{"get_frozen_object", "init_frozen"} {
		name := name
		sysFn(d, name, func(args []object.Value, kwnames []string) (object.Value, error) {
			n, err := strArg(name, args, kwnames)
			if err != nil {
				return object.Null, err
			}
			return object.Null, importError(fmt.Sprintf("No such frozen object named %s", object.StrRepr(n)), n)
		})
	}
	sysFn(d, "extension_suffixes", func(args []object.Value, kwnames []string) (object.Value, error) {
		// pyvar loads no C extension modules: importlib must not offer
		// .so files to a loader that cannot run them.
		return object.FromObject(object.NewList()), nil
	})
	for _, name := range []string{"create_dynamic", "exec_dynamic"} {
		name := name
		sysFn(d, name, func(args []object.Value, kwnames []string) (object.Value, error) {
			return object.Null, object.Errorf(object.ImportError, "pyvar cannot load C extension modules (%s)", name)
		})
	}
	sysFn(d, "_fix_co_filename", func(args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.CheckPositional("_fix_co_filename", len(args), 2, 2); err != nil {
			return object.Null, err
		}
		co, ok := args[0].Object().(*code.Code)
		path, ok2 := args[1].Object().(*object.Str)
		if !ok || !ok2 {
			return object.Null, object.Errorf(object.TypeError, "_fix_co_filename() expects a code object and a str")
		}
		fixFilename(co, co.Filename, path.S)
		return object.None, nil
	})
	sysFn(d, "source_hash", func(args []object.Value, kwnames []string) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs("source_hash", args, kwnames, []string{"key", "source"}, 2, 2, a[:]); err != nil {
			return object.Null, err
		}
		key, ok := a[0].AsInt()
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "'%s' object cannot be interpreted as an integer", object.TypeOf(a[0]).Name)
		}
		src, err := object.AsBytes(a[1])
		if err != nil {
			return object.Null, err
		}
		return object.NewBytes(binary.LittleEndian.AppendUint64(nil, object.KeyedHash(uint64(key), src))), nil
	})
	bindModuleFuncs(m)
	return m, nil
}

// fixFilename renames co and the code objects inside it from old to
// file, as _imp._fix_co_filename does after a .pyc moved.
func fixFilename(co *code.Code, old, file string) {
	if co.Filename != old {
		return
	}
	co.Filename = file
	for _, c := range co.Consts {
		if inner, ok := c.Object().(*code.Code); ok {
			fixFilename(inner, old, file)
		}
	}
}

func importError(msg, name string) error {
	e := object.NewException(object.ImportError, object.NewStr(msg))
	if e.Ext != nil {
		e.Ext.Name = object.NewStr(name)
	}
	return e
}

// isNative reports whether name is a module built into the interpreter.
func (in *Interp) isNative(name string) bool {
	_, ok := in.moduleMaker(name)
	return ok
}

// ImportModule imports the module with the absolute dotted name, as
// importlib.import_module(name) does, for native code.
func (in *Interp) ImportModule(name string) (object.Value, error) {
	return in.importAbs(name)
}
