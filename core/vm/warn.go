package vm

import (
	"fmt"
	"strings"

	"github.com/pyvar/pyvar/core/object"
)

// Warn issues a warning from Go code, as CPython's PyErr_WarnEx does:
// stacklevel 1 attributes it to the running Python frame, 2 to its
// caller, and so on. When the warnings module has been imported its warn()
// decides (filters, registries, showwarning); otherwise the warning is
// printed once per location, the default action, in the format of
// warnings.formatwarning. The error is what warn() raised (a warning
// turned into an exception by a filter).
func (in *Interp) Warn(category *object.Type, msg string, stacklevel int) error {
	// -W options are filters only the warnings module applies: it is
	// loaded first, as CPython loads it at start-up when there are some.
	if len(in.opts.Flags.WarnOptions) > 0 {
		in.warningsModule(true)
	}
	if in.warner == nil {
		// The native _warnings installs its warn as in.warner.
		in.importModuleLevel("_warnings", nil, object.Null, 0)
	}
	if in.warner != nil {
		return in.warner(category, msg, stacklevel)
	}
	if w, ok := in.warningsModule(len(in.opts.Flags.WarnOptions) > 0); ok {
		fn, err := object.GetAttrString(w, "warn")
		if err != nil {
			return err
		}
		_, err = in.call(fn, []object.Value{object.NewStr(msg), object.FromObject(category), object.Int(int64(stacklevel))}, nil)
		return err
	}
	f := in.frame
	for i := 1; i < stacklevel && f != nil; i++ {
		f = f.Back
	}
	if len(in.opts.Flags.WarnOptions) == 0 && ignoredByDefault(category, f) {
		return nil
	}
	filename, lineno := "sys", 1
	if f != nil {
		filename, lineno = f.Code.Filename, f.LineNumber()
	}
	key := fmt.Sprintf("%s\x00%d\x00%s\x00%s", filename, lineno, category.Name, msg)
	if in.warned == nil {
		in.warned = map[string]bool{}
	}
	if in.warned[key] {
		return nil
	}
	in.warned[key] = true
	in.showWarning(filename, lineno, category.Name, msg)
	return nil
}

// SetWarner installs the warnings machinery (the native _warnings module's
// warn) that Warn hands every warning to.
func (in *Interp) SetWarner(warn func(category *object.Type, msg string, stacklevel int) error) {
	in.warner = warn
}

// SysDict returns the sys module's namespace (nil before sys exists).
func (in *Interp) SysDict() *object.Dict {
	if in.sysModule == nil {
		return nil
	}
	return in.sysModule.Dict
}

// LoadedModule returns sys.modules[name] when it is a module object.
func (in *Interp) LoadedModule(name string) (object.Value, bool) {
	m, ok, _ := in.Modules.Get(object.NewStr(name))
	if !ok {
		return object.Null, false
	}
	_, isMod := m.Object().(*object.Module)
	return m, isMod
}

// SourceLine returns line n of file as tracebacks read it.
func (in *Interp) SourceLine(file string, n int) (string, bool) { return rawSourceLine(file, n) }

// ignoredByDefault applies the warnings module's default filters (those
// of a release build without -W or -X dev): ImportWarning,
// PendingDeprecationWarning and ResourceWarning are ignored, and
// DeprecationWarning unless it is attributed to __main__.
func ignoredByDefault(category *object.Type, f *Frame) bool {
	for _, t := range []*object.Type{object.ImportWarning, object.PendingDeprecationWarning, object.ResourceWarning} {
		if category.IsSubtype(t) {
			return true
		}
	}
	if category.IsSubtype(object.DeprecationWarning) {
		if f == nil || f.Globals == nil {
			return true
		}
		name, ok := getStr(f.Globals, "__name__")
		if !ok {
			return true
		}
		s, ok := name.Object().(*object.Str)
		return !ok || s.S != "__main__"
	}
	return false
}

// showWarning prints a warning as warnings.formatwarning lays it out.
func (in *Interp) showWarning(filename string, lineno int, category, msg string) {
	s := fmt.Sprintf("%s:%d: %s: %s\n", filename, lineno, category, msg)
	if line, ok := rawSourceLine(filename, lineno); ok {
		if line = strings.TrimSpace(line); line != "" {
			s += "  " + line + "\n"
		}
	}
	in.WriteStderr(s)
}

// warningsModule returns the Lib warnings module when it is loaded (or,
// with load, can be imported).
func (in *Interp) warningsModule(load bool) (object.Value, bool) {
	if m, ok, _ := in.Modules.Get(object.NewStr("warnings")); ok {
		if _, isMod := m.Object().(*object.Module); isMod {
			return m, true
		}
	}
	if !load {
		return object.Null, false
	}
	m, err := in.importModuleLevel("warnings", nil, object.Null, 0)
	if err != nil {
		return object.Null, false
	}
	return m, true
}

// warnUnawaitedCoroutine is _PyErr_WarnUnawaitedCoroutine: the warnings
// module's _warn_unawaited_coroutine when it can be imported (it adds where
// the coroutine was created), else a plain RuntimeWarning.
func (in *Interp) warnUnawaitedCoroutine(c *Coroutine) {
	if w, ok := in.warningsModule(true); ok {
		if fn, err := object.GetAttrString(w, "_warn_unawaited_coroutine"); err == nil {
			_, err := in.call(fn, []object.Value{object.FromObject(c)}, nil)
			if err == nil || object.ExceptionMatches(err, object.RuntimeWarning) {
				return
			}
			in.writeUnraisable(err, object.FromObject(c))
		}
	}
	if err := in.Warn(object.RuntimeWarning, fmt.Sprintf("coroutine '%s' was never awaited", c.Qualname()), 1); err != nil {
		in.writeUnraisable(err, object.FromObject(c))
	}
}
