package vm

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// importName is IMPORT_NAME: builtins.__import__(name, globals, locals,
// fromlist, level), taking the direct path when __import__ is ours.
func (in *Interp) importName(f *Frame, name string, fromlist, levelv object.Value) (object.Value, error) {
	imp, ok, err := f.lookupBuiltin(object.FromObject(strImport))
	if err != nil {
		return object.Null, err
	}
	if !ok {
		return object.Null, object.Errorf(object.ImportError, "__import__ not found")
	}
	level := int(0)
	if l, ok := levelv.AsInt(); ok {
		level = int(l)
	}
	if b, isB := imp.Object().(*object.BuiltinFunction); isB && b == in.importFunc {
		return in.importModuleLevel(name, f.Globals, fromlist, level)
	}
	locals := f.Locals()
	if locals.IsNull() {
		locals = object.None
	}
	return in.call(imp, []object.Value{object.NewStr(name), object.FromObject(f.Globals), locals, fromlist, levelv}, nil)
}

// resolveName turns a relative module name into an absolute one, from the
// importing module's __package__, __spec__.parent or __name__ (import.c's
// resolve_name, with its ImportWarnings).
func (in *Interp) resolveName(name string, globals *object.Dict, level int) (string, error) {
	pkg := ""
	pv, hasPkg := getStr(globals, "__package__")
	hasPkg = hasPkg && !pv.IsNone()
	spec, hasSpec := getStr(globals, "__spec__")
	hasSpec = hasSpec && !spec.IsNone()
	switch {
	case hasPkg:
		s, ok := object.Unwrap(pv).Object().(*object.Str)
		if !ok {
			return "", object.Errorf(object.TypeError, "package must be a string")
		}
		pkg = s.S
		if hasSpec {
			parent, err := object.GetAttrString(spec, "parent")
			if err != nil {
				return "", err
			}
			eq, err := object.Equal(pv, parent)
			if err != nil {
				return "", err
			}
			if !eq {
				if err := in.Warn(object.ImportWarning, "__package__ != __spec__.parent", 1); err != nil {
					return "", err
				}
			}
		}
	case hasSpec:
		parent, err := object.GetAttrString(spec, "parent")
		if err != nil {
			return "", err
		}
		s, ok := object.Unwrap(parent).Object().(*object.Str)
		if !ok {
			return "", object.Errorf(object.TypeError, "__spec__.parent must be a string")
		}
		pkg = s.S
	default:
		if err := in.Warn(object.ImportWarning, "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__", 1); err != nil {
			return "", err
		}
		v, ok := getStr(globals, "__name__")
		if !ok {
			return "", object.Errorf(object.KeyError, "'__name__' not in globals")
		}
		s, ok := object.Unwrap(v).Object().(*object.Str)
		if !ok {
			return "", object.Errorf(object.TypeError, "__name__ must be a string")
		}
		pkg = s.S
		if _, isPkg := getStr(globals, "__path__"); !isPkg {
			if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
				pkg = pkg[:i]
			} else {
				pkg = ""
			}
		}
	}
	if pkg == "" {
		return "", object.Errorf(object.ImportError, "attempted relative import with no known parent package")
	}
	bits := strings.Split(pkg, ".")
	if len(bits) < level {
		return "", object.Errorf(object.ImportError, "attempted relative import beyond top-level package")
	}
	base := strings.Join(bits[:len(bits)-(level-1)], ".")
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// importModuleLevel is importlib's __import__.
func (in *Interp) importModuleLevel(name string, globals *object.Dict, fromlist object.Value, level int) (object.Value, error) {
	if level < 0 {
		return object.Null, object.Errorf(object.ValueError, "level must be >= 0")
	}
	abs := name
	if level > 0 {
		if globals == nil {
			return object.Null, object.Errorf(object.KeyError, "'__name__' not in globals")
		}
		var err error
		if abs, err = in.resolveName(name, globals, level); err != nil {
			return object.Null, err
		}
	} else if name == "" {
		return object.Null, object.Errorf(object.ValueError, "Empty module name")
	}
	if in.opts.AllowedImport != nil && !in.imp.trusted[globals] {
		top, _, _ := strings.Cut(abs, ".")
		if !in.opts.AllowedImport(top) {
			return object.Null, moduleNotFound(fmt.Sprintf("import of '%s' is not allowed", abs), abs)
		}
	}
	mod, err := in.importAbs(abs)
	if err != nil {
		return object.Null, err
	}
	hasFrom := false
	if !fromlist.IsNull() && !fromlist.IsNone() {
		t, err := truth(fromlist)
		if err != nil {
			return object.Null, err
		}
		hasFrom = t
	}
	if !hasFrom {
		if level == 0 {
			first, _, _ := strings.Cut(name, ".")
			return in.importAbs(first)
		}
		if name == "" {
			return mod, nil
		}
		first, _, _ := strings.Cut(name, ".")
		cut := len(name) - len(first)
		return in.importAbs(abs[:len(abs)-cut])
	}
	if m, ok := mod.Object().(*object.Module); ok {
		if _, isPkg := getStr(m.Dict, "__path__"); isPkg {
			if err := in.handleFromlist(m, fromlist, false); err != nil {
				return object.Null, err
			}
		}
	}
	return mod, nil
}

// handleFromlist imports the submodules a from-import names that are not
// yet attributes of the package.
func (in *Interp) handleFromlist(m *object.Module, fromlist object.Value, recursive bool) error {
	items, err := object.ToSlice(fromlist)
	if err != nil {
		return err
	}
	for _, x := range items {
		s, ok := x.Object().(*object.Str)
		if !ok {
			where := "``from list''"
			if recursive {
				where = m.Name + ".__all__"
			}
			return object.Errorf(object.TypeError, "Item in %s must be str, not %s", where, object.TypeOf(x).Name)
		}
		if s.S == "*" {
			if !recursive {
				if all, ok := getStr(m.Dict, "__all__"); ok {
					if err := in.handleFromlist(m, all, true); err != nil {
						return err
					}
				}
			}
			continue
		}
		if _, ok := getStr(m.Dict, s.S); ok {
			continue
		}
		full := m.Name + "." + s.S
		if _, err := in.importAbs(full); err != nil {
			if e, ok := err.(*object.BaseException); ok && e.Class == object.ModuleNotFoundError && e.Ext != nil {
				if n, ok := e.Ext.Name.Object().(*object.Str); ok && n.S == full {
					continue
				}
			}
			return err
		}
	}
	return nil
}

func moduleNotFound(msg, name string) error {
	e := object.NewException(object.ModuleNotFoundError, object.NewStr(msg))
	if e.Ext != nil {
		e.Ext.Name = object.NewStr(name)
	}
	return e
}

// importAbs imports the module with absolute dotted name, parents first,
// consulting and filling sys.modules (import.c's import_find_and_load
// with importlib's _find_and_load behind it).
func (in *Interp) importAbs(name string) (object.Value, error) {
	key := object.NewStr(name)
	if m, ok, err := in.Modules.Get(key); err != nil {
		return object.Null, err
	} else if ok {
		if m.IsNone() {
			return object.Null, moduleNotFound(fmt.Sprintf("import of %s halted; None in sys.modules", name), name)
		}
		if mod, isMod := m.Object().(*object.Module); isMod && mod.Initializing {
			in.waitForInit(mod)
		}
		return m, nil
	}
	if !in.defaultFinders() {
		// A program added or removed finders: importlib consults them.
		if err := in.installImportlib(); err != nil {
			return object.Null, err
		}
		return in.call(in.imp.pyFindAndLoad, []object.Value{key, object.FromObject(in.importFunc)}, nil)
	}
	var searchPath []string
	parentName, child := "", name
	var parent *object.Module
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parentName, child = name[:i], name[i+1:]
		pv, err := in.importAbs(parentName)
		if err != nil {
			return object.Null, err
		}
		// Importing the parent may have imported this module.
		if m, ok, _ := in.Modules.Get(key); ok {
			return m, nil
		}
		parent, _ = pv.Object().(*object.Module)
		var pathv object.Value
		var ok bool
		if parent != nil {
			pathv, ok = getStr(parent.Dict, "__path__")
		} else if p, err := object.GetAttrString(pv, "__path__"); err == nil {
			pathv, ok = p, true
		}
		if !ok {
			return object.Null, moduleNotFound(fmt.Sprintf("No module named '%s'; '%s' is not a package", name, parentName), name)
		}
		items, err := object.ToSlice(pathv)
		if err != nil {
			return object.Null, err
		}
		for _, p := range items {
			if s, ok := p.Object().(*object.Str); ok {
				searchPath = append(searchPath, s.S)
			}
		}
	} else {
		if mk, ok := in.moduleMaker(name); ok {
			return in.loadNative(name, mk)
		}
		pv, _ := getStr(in.sysModule.Dict, "path")
		items, err := object.ToSlice(pv)
		if err != nil {
			return object.Null, object.Errorf(object.ImportError, "sys.path must be a list of directory names")
		}
		for _, p := range items {
			if s, ok := p.Object().(*object.Str); ok {
				searchPath = append(searchPath, s.S)
			}
		}
	}
	if name == "importlib" && !in.imp.installed {
		in.imp.installing = true
		defer func() { in.imp.installing = false }()
	}
	namespace := false
	fallback, hasFallback := fallbackModules[name]
	for _, dir := range searchPath {
		if in.sandbox && !in.sandboxDir(dir) {
			continue
		}
		if dir == "" || !isAbsPath(dir) {
			wd, err := os.Getwd()
			if err != nil {
				continue // as FileFinder: no finder for a vanished cwd
			}
			dir = pathJoin(wd, dir)
		}
		base := pathJoin(dir, child)
		if st, err := os.Stat(base); err == nil && st.IsDir() {
			pkgInit := pathJoin(base, "__init__.py")
			if st, err := os.Stat(pkgInit); err == nil && !st.IsDir() {
				return in.loadSource(name, pkgInit, st, base, parent, child)
			}
			namespace = true
		}
		file := pathJoin(dir, child+".py")
		if st, err := os.Stat(file); err == nil && !st.IsDir() {
			m, err := in.loadSource(name, file, st, "", parent, child)
			if err != nil && hasFallback && object.ExceptionMatches(err, object.Exception) {
				// The Lib's module or one of its imports failed (an
				// ImportError, or a TypeError from a part of the stdlib
				// pyvar cannot run yet): the VM's stand-in serves.
				break
			}
			return m, err
		}
	}
	if hasFallback {
		return in.loadNative(name, fallback)
	}
	if namespace {
		// A namespace package: importlib's PathFinder builds its
		// _NamespacePath, which follows the parent path as it changes.
		if err := in.installImportlib(); err != nil {
			return object.Null, err
		}
		return in.call(in.imp.pyFindAndLoad, []object.Value{key, object.FromObject(in.importFunc)}, nil)
	}
	hint := ""
	if parent == nil {
		hint = in.libHint()
	}
	return object.Null, moduleNotFound(fmt.Sprintf("No module named '%s'%s", name, hint), name)
}

// isAbsPath is importlib's _path_isabs on POSIX.
func isAbsPath(p string) bool { return strings.HasPrefix(p, "/") }

// pathJoin is importlib's _path_join on POSIX: the parts joined by '/',
// trailing separators dropped, nothing else cleaned (so an entry '.' gives
// files under cwd + '/.', as in CPython).
func pathJoin(a, b string) string {
	a = strings.TrimRight(a, "/")
	if b == "" {
		return a
	}
	if a == "" {
		return strings.TrimRight(b, "/")
	}
	return a + "/" + strings.TrimRight(b, "/")
}

// loadSource compiles and runs a module's source in a fresh module that is
// in sys.modules while it runs (so circular imports see it part-filled),
// and takes it out again when its code raises, as importlib's
// _load_unlocked does. st is the file's stat; pkgDir is the package
// directory for a package's __init__.py, "" otherwise.
func (in *Interp) loadSource(name, file string, st fs.FileInfo, pkgDir string, parent *object.Module, child string) (object.Value, error) {
	// The code cache first: a hit reads no source, as CPython's .pyc.
	cc := in.opts.CodeCache
	if in.opts.Flags.Optimize > 0 {
		cc = nil // the cache holds unoptimized code only
	}
	var co *code.Code
	var src []byte
	if cc != nil {
		co = cc.Load(file, st)
	}
	if co == nil {
		var err error
		if src, err = os.ReadFile(file); err != nil {
			return object.Null, osError(err, object.NewStr(file))
		}
	}
	m := object.NewModule(name)
	if in.opts.AllowedImport != nil {
		// The module's own imports (at load time or later, from its
		// functions) are not the program's: the gate lets them through.
		if in.imp.trusted == nil {
			in.imp.trusted = map[*object.Dict]bool{}
		}
		in.imp.trusted[m.Dict] = true
	}
	if pkgDir != "" {
		setStr(m.Dict, "__package__", object.NewStr(name))
		setStr(m.Dict, "__path__", object.FromObject(object.NewList(object.NewStr(pkgDir))))
	} else if i := strings.LastIndexByte(name, '.'); i >= 0 {
		setStr(m.Dict, "__package__", object.NewStr(name[:i]))
	} else {
		setStr(m.Dict, "__package__", object.NewStr(""))
	}
	if in.imp.installed {
		if err := in.setSourceSpec(m, file); err != nil {
			return object.Null, err
		}
	} else {
		in.imp.early = append(in.imp.early, earlyModule{m, file})
	}
	setStr(m.Dict, "__file__", object.NewStr(file))
	setStr(m.Dict, "__cached__", object.None)
	key := object.NewStr(name)
	mv := object.FromObject(m)
	in.Modules.Set(key, mv)
	if co == nil {
		var err error
		if co, err = in.compile(src, file, "exec", 0); err != nil {
			in.Modules.Delete(key)
			return object.Null, err
		}
		if cc != nil {
			cc.Store(file, st, src, co)
		}
	}
	in.initializing[m] = in.thread
	m.Initializing = true
	_, err := in.execCode(co, m.Dict, object.FromObject(m.Dict))
	m.Initializing = false
	delete(in.initializing, m)
	if err != nil {
		in.Modules.Delete(key)
		return object.Null, err
	}
	// As _load_unlocked: the module is what sys.modules holds now, moved
	// to the end of it.
	r, ok, _ := in.Modules.Get(key)
	if !ok {
		return object.Null, object.Errorf(object.KeyError, "%s", object.StrRepr(name))
	}
	in.Modules.Delete(key)
	in.Modules.Set(key, r)
	if parent != nil {
		if err := object.SetAttr(object.FromObject(parent), object.Intern(child), r); err != nil && !object.ExceptionMatches(err, object.AttributeError) {
			return object.Null, err
		}
	}
	if name == "importlib" && !in.imp.installed {
		if err := in.finishInstall(); err != nil {
			return object.Null, err
		}
	}
	return r, nil
}

// importFrom is IMPORT_FROM: an attribute of the module, or the submodule
// of that name from sys.modules, or ImportError.
func (in *Interp) importFrom(modv object.Value, name string) (object.Value, error) {
	v, err := object.GetAttr(modv, object.Intern(name))
	if err == nil {
		return v, nil
	}
	if !object.ExceptionMatches(err, object.AttributeError) {
		return object.Null, err
	}
	pkgname := ""
	m, isMod := modv.Object().(*object.Module)
	if isMod {
		pkgname = m.Name
	} else if pn, err := object.GetAttrString(modv, "__name__"); err == nil {
		if s, ok := pn.Object().(*object.Str); ok {
			pkgname = s.S
		}
	}
	if pkgname != "" {
		if sub, ok, _ := in.Modules.Get(object.NewStr(pkgname + "." + name)); ok {
			return sub, nil
		}
	} else {
		pkgname = "<unknown module name>"
	}
	var path string
	if isMod {
		if f, ok := getStr(m.Dict, "__file__"); ok {
			if s, ok := f.Object().(*object.Str); ok {
				path = s.S
			}
		}
	}
	var e *object.BaseException
	switch {
	case path == "":
		e = object.NewException(object.ImportError, object.NewStr(fmt.Sprintf("cannot import name %s from %s (unknown location)",
			object.StrRepr(name), object.StrRepr(pkgname))))
	case isMod && in.initializing[m] != nil:
		e = object.NewException(object.ImportError, object.NewStr(fmt.Sprintf(
			"cannot import name %s from partially initialized module %s (most likely due to a circular import) (%s)",
			object.StrRepr(name), object.StrRepr(pkgname), path)))
	default:
		e = object.NewException(object.ImportError, object.NewStr(fmt.Sprintf("cannot import name %s from %s (%s)",
			object.StrRepr(name), object.StrRepr(pkgname), path)))
	}
	if e.Ext != nil {
		e.Ext.Name = object.NewStr(pkgname)
		if path != "" {
			e.Ext.Path = object.NewStr(path)
		}
	}
	return object.Null, e
}

// importStar is IMPORT_STAR: the module's __all__, or its public names,
// stored into the frame's locals.
func (in *Interp) importStar(f *Frame, modv object.Value) error {
	if f.Locals().IsNull() {
		return object.Errorf(object.SystemError, "no locals found during 'import *'")
	}
	var names []object.Value
	skipUnderscore := false
	all, err := object.GetAttrString(modv, "__all__")
	if err != nil {
		if !object.ExceptionMatches(err, object.AttributeError) {
			return err
		}
		d, err := object.GetAttrString(modv, "__dict__")
		if err != nil {
			if object.ExceptionMatches(err, object.AttributeError) {
				return object.Errorf(object.ImportError, "from-import-* object has no __dict__ and no __all__")
			}
			return err
		}
		if names, err = mappingKeys(d); err != nil {
			return err
		}
		skipUnderscore = true
	} else if names, err = object.ToSlice(all); err != nil {
		return err
	}
	for _, n := range names {
		s, ok := n.Object().(*object.Str)
		if !ok {
			modname := "?"
			if mn, err := object.GetAttrString(modv, "__name__"); err == nil {
				if ms, ok := mn.Object().(*object.Str); ok {
					modname = ms.S
				}
			}
			where := modname + ".__all__"
			if skipUnderscore {
				where = modname + ".__dict__"
			}
			return object.Errorf(object.TypeError, "%s in %s must be str, not %s", map[bool]string{true: "Key", false: "Item"}[skipUnderscore], where, object.TypeOf(n).Name)
		}
		if skipUnderscore && strings.HasPrefix(s.S, "_") {
			continue
		}
		v, err := object.GetAttr(modv, object.Intern(s.S))
		if err != nil {
			return err
		}
		key := object.FromObject(object.Intern(s.S))
		if f.LocalsDict != nil {
			err = f.LocalsDict.Set(key, v)
		} else {
			err = object.SetItem(f.Locals(), key, v)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// sandboxDir reports whether a sandboxed interpreter may import from dir:
// only the CPython Lib and the directories the embedder listed in
// Options.Path (and those below them), whatever sys.path says.
func (in *Interp) sandboxDir(dir string) bool {
	if dir == "" || !isAbsPath(dir) {
		return false
	}
	dir = filepath.Clean(dir)
	roots := in.opts.Path
	if in.opts.Stdlib.Dir != "" {
		roots = append([]string{in.opts.Stdlib.Dir}, roots...)
	}
	for _, r := range roots {
		r = filepath.Clean(r)
		if dir == r || strings.HasPrefix(dir, r+"/") {
			return true
		}
	}
	return false
}

// waitForInit waits, with the execution lock released, while another
// thread runs module m's code, as importlib's _ModuleLock makes a second
// importer wait: the module it gets is then complete. When the wait
// would close a cycle (the thread running m waits, through other
// imports, for a module this thread is running), it returns at once
// with m partly initialized, as _ModuleLock's deadlock check does.
func (in *Interp) waitForInit(m *object.Module) {
	me := in.thread
	for {
		owner := in.initializing[m]
		if owner == nil || owner == me {
			return
		}
		for o, seen := owner, 0; o != nil && seen < 64; seen++ {
			if o == me {
				return // a deadlock: take the partial module
			}
			if o.waitingFor == nil {
				break
			}
			o = in.initializing[o.waitingFor]
		}
		me.waitingFor = m
		in.BlockingCall(func() { time.Sleep(200 * time.Microsecond) })
		me.waitingFor = nil
	}
}
