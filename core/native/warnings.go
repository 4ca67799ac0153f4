package native

import (
	"fmt"
	"strings"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _warnings: CPython's C half of the warnings module. It holds the filter
// list, the once-registry and the default action that Lib's warnings.py
// imports and shares, and warn/warn_explicit with the C module's semantics:
// the filters of warnings.filters when warnings.py is loaded (else the
// module's own list, with CPython's five default filters), the per-module
// __warningregistry__ reset when the filters change (_filters_mutated),
// "error", "ignore", "always", "default", "module" and "once", and showing
// through warnings._showwarnmsg when warnings.py is loaded, else directly
// on sys.stderr. Without it warnings.py falls back on its pure-Python
// warn_explicit, which passes `source` where WarningMessage expects `file`
// (so a never-awaited coroutine's warning failed with "'coroutine' object
// has no attribute 'write'").

func init() { register("_warnings", newWarnings) }

// warnState is one interpreter's warnings state (CPython's WarningsState).
type warnState struct {
	in            *vm.Interp
	filters       object.Value // a list of 5-tuples
	onceRegistry  object.Value // a dict
	defaultAction object.Value // a str
	version       int64        // the filters' version, for registries
}

func newWarnings(in *vm.Interp) (*object.Module, error) {
	m := newModule("_warnings", "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.")
	st := &warnState{in: in, onceRegistry: object.FromObject(object.NewDict(0)), defaultAction: object.NewStr("default")}
	filter := func(action string, category *object.Type, module object.Value) object.Value {
		return object.FromObject(object.NewTuple(object.NewStr(action), object.None, object.FromObject(category), module, object.Int(0)))
	}
	st.filters = object.ListValue(
		filter("default", object.DeprecationWarning, object.NewStr("__main__")),
		filter("ignore", object.DeprecationWarning, object.None),
		filter("ignore", object.PendingDeprecationWarning, object.None),
		filter("ignore", object.ImportWarning, object.None),
		filter("ignore", object.ResourceWarning, object.None),
	)
	setAttr(m, "filters", st.filters)
	setAttr(m, "_onceregistry", st.onceRegistry)
	setAttr(m, "_defaultaction", st.defaultAction)

	defFunc(m, "warn", func(args []object.Value, kw []string) (object.Value, error) {
		var a [4]object.Value
		if err := object.ParseArgs("warn", args, kw, []string{"message", "category", "stacklevel", "source"}, 4, 1, a[:]); err != nil {
			return object.Null, err
		}
		stacklevel := 1
		if !a[2].IsNull() {
			n, err := object.ArgSsize(a[2])
			if err != nil {
				return object.Null, err
			}
			stacklevel = n
		}
		category, err := warnCategory(a[0], a[1])
		if err != nil {
			return object.Null, err
		}
		return object.None, st.warn(a[0], category, stacklevel, a[3])
	})
	defFunc(m, "warn_explicit", func(args []object.Value, kw []string) (object.Value, error) {
		var a [8]object.Value
		names := []string{"message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"}
		if err := object.ParseArgs("warn_explicit", args, kw, names, 8, 4, a[:]); err != nil {
			return object.Null, err
		}
		if _, ok := object.Unwrap(a[2]).Object().(*object.Str); !ok {
			return object.Null, object.Errorf(object.TypeError, "warn_explicit() argument 3 must be str, not %s", object.TypeOf(a[2]).Name)
		}
		lineno, err := object.AsSsize(a[3], object.OverflowError)
		if err != nil {
			return object.Null, err
		}
		var sourceLine object.Value
		if g := a[6]; !g.IsNull() && !g.IsNone() {
			gd, ok := g.Object().(*object.Dict)
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "module_globals must be a dict, not '%s'", object.TypeOf(g).Name)
			}
			if sourceLine, err = moduleSourceLine(gd, lineno); err != nil {
				return object.Null, err
			}
		}
		return object.None, st.warnExplicit(a[1], a[0], a[2], lineno, a[4], a[5], sourceLine, a[7])
	})
	defFunc(m, "_filters_mutated", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("_filters_mutated", args, kw); err != nil {
			return object.Null, err
		}
		st.version++
		return object.None, nil
	})
	in.SetWarner(func(category *object.Type, msg string, stacklevel int) error {
		return st.warn(object.NewStr(msg), object.FromObject(category), stacklevel, object.Null)
	})
	return m, nil
}

// warnCategory is get_category: the message's own class when it is a
// Warning instance, else category (UserWarning when None), which must be a
// Warning subclass.
func warnCategory(message, category object.Value) (object.Value, error) {
	isWarning, err := object.IsInstance(message, object.FromObject(object.Warning))
	if err != nil {
		return object.Null, err
	}
	switch {
	case isWarning:
		category = object.FromObject(object.TypeOf(message))
	case category.IsNull() || category.IsNone():
		category = object.FromObject(object.UserWarning)
	}
	ok, err := object.IsSubclass(category, object.FromObject(object.Warning))
	if err != nil || !ok {
		return object.Null, object.Errorf(object.TypeError, "category must be a Warning subclass, not '%s'", object.TypeOf(category).Name)
	}
	return category, nil
}

// warn is do_warn: the location and registry of the frame stacklevel up.
func (st *warnState) warn(message, category object.Value, stacklevel int, source object.Value) error {
	filename, lineno, module, registry := st.setupContext(stacklevel)
	return st.warnExplicit(category, message, filename, lineno, module, registry, object.Null, source)
}

// isInternalFrame reports importlib's bootstrap frames, which warnings skip
// when they count stack levels.
func isInternalFrame(f *vm.Frame) bool {
	return f != nil && strings.Contains(f.Code.Filename, "importlib") && strings.Contains(f.Code.Filename, "_bootstrap")
}

// setupContext is setup_context: the filename, line, module name and
// __warningregistry__ (created when missing) of the frame stacklevel up.
func (st *warnState) setupContext(stacklevel int) (filename object.Value, lineno int, module, registry object.Value) {
	f := st.in.CurrentFrame()
	if stacklevel <= 0 || isInternalFrame(f) {
		for stacklevel--; stacklevel > 0 && f != nil; stacklevel-- {
			f = f.Back
		}
	} else {
		for stacklevel--; stacklevel > 0 && f != nil; stacklevel-- {
			for f = f.Back; f != nil && isInternalFrame(f); f = f.Back {
			}
		}
	}
	var globals *object.Dict
	if f == nil {
		globals = st.in.SysDict()
		filename, lineno = object.NewStr("sys"), 1
	} else {
		globals = f.Globals
		filename, lineno = object.NewStr(f.Code.Filename), f.LineNumber()
	}
	if globals == nil {
		globals = object.NewDict(0)
	}
	if r, ok := globals.GetStr("__warningregistry__"); ok {
		registry = r
	} else {
		registry = object.FromObject(object.NewDict(0))
		globals.SetStr("__warningregistry__", registry)
	}
	module = object.NewStr("<string>")
	if name, ok := globals.GetStr("__name__"); ok {
		if _, isStr := object.Unwrap(name).Object().(*object.Str); isStr || name.IsNone() {
			module = name
		}
	}
	return filename, lineno, module, registry
}

// warningsAttr is get_warnings_attr: an attribute of Lib's warnings module
// when it is loaded (or, with load, can be imported); Null otherwise.
func (st *warnState) warningsAttr(name string, load bool) (object.Value, error) {
	w, ok := st.in.LoadedModule("warnings")
	if !ok && load {
		m, err := st.in.ImportModule("warnings")
		if err != nil {
			if object.ExceptionMatches(err, object.ImportError) {
				return object.Null, nil
			}
			return object.Null, err
		}
		w, ok = m, true
	}
	if !ok {
		return object.Null, nil
	}
	v, err := object.GetAttrString(w, name)
	if err != nil {
		if object.ExceptionMatches(err, object.AttributeError) {
			return object.Null, nil
		}
		return object.Null, err
	}
	return v, nil
}

// checkMatched is check_matched: None matches everything, a plain str must
// be equal, anything else is a regex whose match() decides.
func checkMatched(pattern, arg object.Value) (bool, error) {
	if pattern.IsNone() {
		return true, nil
	}
	if s, ok := pattern.Object().(*object.Str); ok {
		a, ok := object.Unwrap(arg).Object().(*object.Str)
		return ok && a.S == s.S, nil
	}
	r, _, err := object.CallMethod(pattern, object.Intern("match"), arg)
	if err != nil {
		return false, err
	}
	return object.Truth(r)
}

// filter is get_filter: the action of the first filter matching the
// warning (and the filter), else the default action (and None).
func (st *warnState) filter(category, text object.Value, lineno int, module object.Value) (action string, item object.Value, err error) {
	if fs, err := st.warningsAttr("filters", false); err != nil {
		return "", object.Null, err
	} else if !fs.IsNull() {
		st.filters = fs
	}
	list, ok := st.filters.Object().(*object.List)
	if !ok {
		return "", object.Null, object.Errorf(object.ValueError, "_warnings.filters must be a list")
	}
	for i := 0; i < len(list.Items); i++ { // the list may change meanwhile
		it := list.Items[i]
		tup, ok := object.Unwrap(it).Object().(*object.Tuple)
		if !ok || len(tup.Items) != 5 {
			return "", object.Null, object.Errorf(object.ValueError, "_warnings.filters item %d isn't a 5-tuple", i)
		}
		act, ok := object.Unwrap(tup.Items[0]).Object().(*object.Str)
		if !ok {
			return "", object.Null, object.Errorf(object.TypeError, "action must be a string, not '%s'", object.TypeOf(tup.Items[0]).Name)
		}
		goodMsg, err := checkMatched(tup.Items[1], text)
		if err != nil {
			return "", object.Null, err
		}
		goodMod, err := checkMatched(tup.Items[3], module)
		if err != nil {
			return "", object.Null, err
		}
		isSub, err := object.IsSubclass(category, tup.Items[2])
		if err != nil {
			return "", object.Null, err
		}
		ln, err := object.AsSsize(tup.Items[4], object.OverflowError)
		if err != nil {
			return "", object.Null, err
		}
		if goodMsg && isSub && goodMod && (ln == 0 || ln == lineno) {
			return act.S, it, nil
		}
	}
	def, err := st.warningsAttr("defaultaction", false)
	if err != nil {
		return "", object.Null, err
	}
	if !def.IsNull() {
		if _, ok := object.Unwrap(def).Object().(*object.Str); !ok {
			return "", object.Null, object.Errorf(object.TypeError, "_warnings.defaultaction must be a string, not '%s'", object.TypeOf(def).Name)
		}
		st.defaultAction = def
	}
	s, _ := object.Unwrap(st.defaultAction).Object().(*object.Str)
	return s.S, object.None, nil
}

// alreadyWarned is already_warned: whether registry has key set, after
// clearing a registry whose version is not the filters' version; with set,
// it then records key.
func (st *warnState) alreadyWarned(registry *object.Dict, key object.Value, set bool) (bool, error) {
	v, ok := registry.GetStr("version")
	if n, isInt := v.AsInt(); !ok || v.Kind() != object.KindInt || !isInt || n != st.version {
		registry.Clear()
		registry.SetStr("version", object.Int(st.version))
	} else {
		seen, found, err := registry.Get(key)
		if err != nil {
			return false, err
		}
		if found {
			t, err := object.Truth(seen)
			if err != nil || t {
				return t, err
			}
		}
	}
	if set {
		return false, registry.Set(key, object.True)
	}
	return false, nil
}

// warnExplicit is warn_explicit.
func (st *warnState) warnExplicit(category, message, filename object.Value, lineno int, module, registry, sourceLine, source object.Value) error {
	if module.IsNone() {
		return nil // late in shutdown: no filters to choose by
	}
	var reg *object.Dict
	if !registry.IsNull() && !registry.IsNone() {
		d, ok := registry.Object().(*object.Dict)
		if !ok {
			return object.Errorf(object.TypeError, "'registry' must be a dict or None")
		}
		reg = d
	}
	if module.IsNull() {
		name := object.Unwrap(filename).Object().(*object.Str).S
		switch {
		case name == "":
			name = "<unknown>"
		case strings.HasSuffix(name, ".py"):
			name = name[:len(name)-3]
		}
		module = object.NewStr(name)
	}
	var text object.Value
	isWarning, err := object.IsInstance(message, object.FromObject(object.Warning))
	if err != nil {
		return err
	}
	if isWarning {
		s, err := object.StrOf(message)
		if err != nil {
			return err
		}
		text, category = object.NewStr(s), object.FromObject(object.TypeOf(message))
	} else {
		text = message
		if message, err = object.Call(category, []object.Value{message}, nil); err != nil {
			return err
		}
	}
	if source.IsNone() {
		source = object.Null
	}
	linenoObj := object.Int(int64(lineno))
	key := object.FromObject(object.NewTuple(text, category, linenoObj))
	if reg != nil {
		if seen, err := st.alreadyWarned(reg, key, false); err != nil || seen {
			return err
		}
	}
	action, item, err := st.filter(category, text, lineno, module)
	if err != nil {
		return err
	}
	switch action {
	case "error":
		if e, ok := object.Unwrap(message).Object().(*object.BaseException); ok {
			return e
		}
		return object.Errorf(object.TypeError, "exceptions must derive from BaseException")
	case "ignore":
		return nil
	}
	seen := false
	if action != "always" {
		if reg != nil {
			if err := reg.Set(key, object.True); err != nil {
				return err
			}
		}
		altKey := object.FromObject(object.NewTuple(text, category))
		switch action {
		case "once":
			once := reg
			if once == nil {
				r, err := st.warningsAttr("onceregistry", false)
				if err != nil {
					return err
				}
				if !r.IsNull() {
					d, ok := r.Object().(*object.Dict)
					if !ok {
						return object.Errorf(object.TypeError, "_warnings.onceregistry must be a dict, not '%s'", object.TypeOf(r).Name)
					}
					st.onceRegistry = r
					once = d
				} else {
					once = st.onceRegistry.Object().(*object.Dict)
				}
			}
			if seen, err = st.alreadyWarned(once, altKey, true); err != nil {
				return err
			}
		case "module":
			if reg != nil {
				if seen, err = st.alreadyWarned(reg, altKey, true); err != nil {
					return err
				}
			}
		case "default":
		default:
			ar, _ := object.Repr(object.NewStr(action))
			ir, _ := object.Repr(item)
			return object.Errorf(object.RuntimeError, "Unrecognized action (%s) in warnings.filters:\n %s", ar, ir)
		}
	}
	if seen {
		return nil
	}
	return st.show(category, text, message, filename, lineno, linenoObj, sourceLine, source)
}

// show is call_show_warning: warnings._showwarnmsg with a WarningMessage
// when warnings.py is loaded (imported for a warning with a source, whose
// allocation traceback only it can show), else the plain format on
// sys.stderr.
func (st *warnState) show(category, text, message, filename object.Value, lineno int, linenoObj, sourceLine, source object.Value) error {
	showFn, err := st.warningsAttr("_showwarnmsg", !source.IsNull())
	if err != nil {
		return err
	}
	if showFn.IsNull() {
		st.showPlain(filename, lineno, text, category, sourceLine)
		return nil
	}
	if !object.IsCallable(showFn) {
		return object.Errorf(object.TypeError, "warnings._showwarnmsg() must be set to a callable")
	}
	cls, err := st.warningsAttr("WarningMessage", false)
	if err != nil {
		return err
	}
	if cls.IsNull() {
		return object.Errorf(object.RuntimeError, "unable to get warnings.WarningMessage")
	}
	if source.IsNull() {
		source = object.None
	}
	msg, err := object.Call(cls, []object.Value{message, category, filename, linenoObj, object.None, object.None, source}, nil)
	if err != nil {
		return err
	}
	_, err = object.Call(showFn, []object.Value{msg}, nil)
	return err
}

// showPlain is show_warning: "file:line: Category: text" and the source
// line on sys.stderr; its own errors are dropped, as CPython's are.
func (st *warnState) showPlain(filename object.Value, lineno int, text, category object.Value, sourceLine object.Value) {
	name, err := object.GetAttrString(category, "__name__")
	if err != nil {
		return
	}
	fs, _ := object.StrOf(filename)
	ns, _ := object.StrOf(name)
	ts, err := object.StrOf(text)
	if err != nil {
		return
	}
	s := fmt.Sprintf("%s:%d: %s: %s\n", fs, lineno, ns, ts)
	if !sourceLine.IsNull() {
		// CPython writes the line as the loader gave it, indentation kept.
		line, _ := object.StrOf(sourceLine)
		s += line + "\n"
	} else if line, ok := st.in.SourceLine(fs, lineno); ok {
		if line = strings.TrimLeft(line, " \t\f"); line != "" {
			s += "  " + strings.TrimRight(line, "\r\n") + "\n"
		}
	}
	st.in.WriteStderr(s)
}

// moduleSourceLine is get_source_line: line lineno of the module's source
// through its __loader__.get_source(__name__), Null when unavailable.
func moduleSourceLine(globals *object.Dict, lineno int) (object.Value, error) {
	loader, ok := globals.GetStr("__loader__")
	if !ok {
		return object.Null, nil
	}
	name, ok := globals.GetStr("__name__")
	if !ok {
		return object.Null, nil
	}
	getSource, err := object.GetAttrString(loader, "get_source")
	if err != nil {
		if object.ExceptionMatches(err, object.AttributeError) {
			return object.Null, nil
		}
		return object.Null, err
	}
	src, err := object.Call(getSource, []object.Value{name}, nil)
	if err != nil || src.IsNone() {
		return object.Null, err
	}
	lines, _, err := object.CallMethod(src, object.Intern("splitlines"))
	if err != nil {
		return object.Null, err
	}
	if l, ok := lines.Object().(*object.List); ok && lineno >= 1 && lineno <= len(l.Items) {
		return l.Items[lineno-1], nil
	}
	return object.Null, nil
}
