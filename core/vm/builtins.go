package vm

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// The builtins that need the running frame or the interpreter (globals,
// locals, vars, dir, exec, eval, compile, __build_class__, __import__,
// super's zero-argument form, input) live here; the pure ones come from
// package object.

func (in *Interp) initBuiltins() {
	m := object.NewModule("builtins")
	in.builtinsModule = m
	in.Builtins = m.Dict
	d := m.Dict
	for name, v := range object.BuiltinValues() {
		setStr(d, name, v)
	}
	for name, t := range object.ExceptionTypes() {
		setStr(d, name, object.FromObject(t))
	}
	add := func(name string, fn func(self object.Value, args []object.Value, kwnames []string) (object.Value, error)) object.Value {
		v := object.NewBuiltin(name, fn)
		setStr(d, name, v)
		return v
	}
	if next, ok := getStr(d, "next"); ok {
		// next() on a generator raises StopIteration carrying the return value.
		add("next", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
			if len(args) >= 1 && len(kwnames) == 0 {
				if _, ok := args[0].Object().(amSender); ok && isIterator(args[0]) && len(args) <= 2 {
					r, err := iterStep(args[0])
					if err != nil && len(args) == 2 && object.ExceptionMatches(err, object.StopIteration) {
						return args[1], nil
					}
					return r, err
				}
			}
			return in.call(next, args, kwnames)
		})
		// next(g) and next(g, default) of a generator from the eval loop:
		// no argument slice, and the frame stepped straight away.
		nv, _ := getStr(d, "next")
		bf := nv.Object().(*object.BuiltinFunction)
		bf.Fast1 = func(it object.Value) (object.Value, error) {
			if g, ok := it.Object().(*Generator); ok {
				if r, yielded, err := g.next(); yielded || err != nil {
					return r, err
				} else if !r.IsNull() {
					return object.Null, stopIteration(r)
				}
			}
			return bf.Fn(object.Null, []object.Value{it}, nil)
		}
		bf.Fast2 = func(it, def object.Value) (object.Value, error) {
			if g, ok := it.Object().(*Generator); ok {
				if r, yielded, err := g.next(); yielded || err != nil {
					return r, err
				} else if !r.IsNull() {
					return def, nil
				}
			}
			return bf.Fn(object.Null, []object.Value{it, def}, nil)
		}
	}
	add("aiter", in.builtinAiter)
	add("anext", in.builtinAnext)
	add("globals", in.builtinGlobals)
	add("locals", in.builtinLocals)
	add("vars", in.builtinVars)
	add("dir", in.builtinDir)
	add("exec", in.builtinExec)
	add("eval", in.builtinEval)
	add("compile", in.builtinCompile)
	add("__build_class__", in.builtinBuildClass)
	add("input", in.builtinInput)
	add("breakpoint", in.builtinBreakpoint)
	add("print", in.builtinPrint)
	setStr(d, "exit", object.FromObject(&quitter{name: "exit", eof: "Ctrl-D (i.e. EOF)"}))
	setStr(d, "quit", object.FromObject(&quitter{name: "quit", eof: "Ctrl-D (i.e. EOF)"}))
	in.importFunc = add("__import__", in.builtinImport).Object().(*object.BuiltinFunction)
	setStr(d, "__debug__", object.True)
	object.CurrentModuleName = in.currentModuleName
	object.ImportModule = in.importAbs
	bindModuleFuncs(m)
	in.Modules.Set(object.NewStr("builtins"), object.FromObject(m))
}

// callerFrame is the Python frame a builtin was called from.
func (in *Interp) callerFrame() *Frame { return in.frame }

func (in *Interp) builtinGlobals(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	if err := object.NoArgs("globals", args, kwnames); err != nil {
		return object.Null, err
	}
	f := in.callerFrame()
	if f == nil {
		return object.FromObject(in.mainGlobals()), nil
	}
	return object.FromObject(f.Globals), nil
}

// frameLocals is CPython's PyFrame_FastToLocals + f_locals: the live
// mapping for module/class/exec code; for functions, a dict the frame
// keeps and refreshes from its fast slots and cells on each call.
func (f *Frame) frameLocals() (object.Value, error) {
	if locals := f.Locals(); !locals.IsNull() {
		if f.Code.Flags&code.CoOptimized == 0 {
			if err := f.cellsToLocals(locals, false); err != nil {
				return object.Null, err
			}
		}
		return locals, nil
	}
	m := f.ext()
	if m.fastLocals == nil {
		m.fastLocals = object.NewDict(len(f.Code.Varnames))
	}
	d := m.fastLocals
	dv := object.FromObject(d)
	co := f.Code
	for i, name := range co.Varnames {
		exposeExc(f.Localsplus[i]) // caughtExc: `except E as name` kept it private
		if err := syncName(dv, name, f.Localsplus[i]); err != nil {
			return object.Null, err
		}
	}
	if err := f.cellsToLocals(dv, true); err != nil {
		return object.Null, err
	}
	return dv, nil
}

func syncName(d object.Value, name string, v object.Value) error {
	key := object.FromObject(object.Intern(name))
	if v.IsNull() {
		if err := object.DelItem(d, key); err != nil && !isKeyError(err) {
			return err
		}
		return nil
	}
	return object.SetItem(d, key, v)
}

// cellsToLocals copies cell contents into a locals mapping; free variables
// only for optimized code (a class body must not get its free variables
// copied into the class namespace).
func (f *Frame) cellsToLocals(d object.Value, withFree bool) error {
	co := f.Code
	for i, name := range co.Cellvars {
		if err := syncName(d, name, f.cellRef(i)); err != nil {
			return err
		}
	}
	if withFree {
		for i, name := range co.Freevars {
			if err := syncName(d, name, f.cellRef(len(co.Cellvars)+i)); err != nil {
				return err
			}
		}
	}
	return nil
}

func (in *Interp) currentLocals() (object.Value, error) {
	f := in.callerFrame()
	if f == nil {
		return object.FromObject(in.mainGlobals()), nil
	}
	return f.frameLocals()
}

func (in *Interp) builtinLocals(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	if err := object.NoArgs("locals", args, kwnames); err != nil {
		return object.Null, err
	}
	return in.currentLocals()
}

func (in *Interp) builtinVars(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	if err := object.NoKwargs("vars", kwnames); err != nil {
		return object.Null, err
	}
	if err := object.CheckPositional("vars", len(args), 0, 1); err != nil {
		return object.Null, err
	}
	if len(args) == 0 {
		return in.currentLocals()
	}
	d, err := object.GetAttrString(args[0], "__dict__")
	if err != nil {
		if object.ExceptionMatches(err, object.AttributeError) {
			return object.Null, object.Errorf(object.TypeError, "vars() argument must have __dict__ attribute")
		}
		return object.Null, err
	}
	return d, nil
}

func (in *Interp) builtinDir(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	if err := object.NoKwargs("dir", kwnames); err != nil {
		return object.Null, err
	}
	if err := object.CheckPositional("dir", len(args), 0, 1); err != nil {
		return object.Null, err
	}
	if len(args) == 1 {
		return dirOf(args[0])
	}
	loc, err := in.currentLocals()
	if err != nil {
		return object.Null, err
	}
	keys, err := mappingKeys(loc)
	if err != nil {
		return object.Null, err
	}
	names := make([]string, 0, len(keys))
	for _, k := range keys {
		if s, ok := k.Object().(*object.Str); ok {
			names = append(names, s.S)
		}
	}
	sort.Strings(names)
	out := make([]object.Value, len(names))
	for i, n := range names {
		out[i] = object.NewStr(n)
	}
	return object.FromObject(object.NewList(out...)), nil
}

func isMapping(v object.Value) bool {
	if _, ok := v.Object().(*object.Dict); ok {
		return true
	}
	return !object.TypeOf(v).Lookup(strGetitem).IsNull()
}

// dynamicNamespaces resolves exec/eval's globals and locals arguments as
// CPython 3.10's builtin_exec_impl and builtin_eval_impl do.
func (in *Interp) dynamicNamespaces(fname string, gv, lv object.Value) (*object.Dict, object.Value, error) {
	if gv.IsNone() || gv.IsNull() {
		f := in.callerFrame()
		var g *object.Dict
		if f != nil {
			g = f.Globals
		} else {
			g = in.mainGlobals()
		}
		if lv.IsNone() || lv.IsNull() {
			loc, err := in.currentLocals()
			if err != nil {
				return nil, object.Null, err
			}
			lv = loc
		}
		if !isMapping(lv) {
			return nil, object.Null, object.Errorf(object.TypeError, "locals must be a mapping")
		}
		return g, lv, nil
	}
	g, ok := gv.Object().(*object.Dict)
	if !ok {
		// A dict subclass instance: its dict payload serves as globals;
		// LOAD_GLOBAL goes through the instance (runDynamic passes it on).
		g, ok = object.Unwrap(gv).Object().(*object.Dict)
	}
	if !ok {
		if fname == "eval" {
			if isMapping(gv) {
				return nil, object.Null, object.Errorf(object.TypeError, "globals must be a real dict; try eval(expr, {}, mapping)")
			}
			return nil, object.Null, object.Errorf(object.TypeError, "globals must be a dict")
		}
		return nil, object.Null, object.Errorf(object.TypeError, "exec() globals must be a dict, not %s", object.TypeOf(gv).Name)
	}
	if lv.IsNone() || lv.IsNull() {
		lv = gv
	}
	if !isMapping(lv) {
		if fname == "eval" {
			return nil, object.Null, object.Errorf(object.TypeError, "locals must be a mapping")
		}
		return nil, object.Null, object.Errorf(object.TypeError, "locals must be a mapping or None, not %s", object.TypeOf(lv).Name)
	}
	return g, lv, nil
}

// sourceArg returns the code object for exec/eval's first argument,
// compiling a str or bytes source.
func (in *Interp) sourceArg(fname string, src object.Value, mode string) (*code.Code, error) {
	if s, ok := src.Object().(*code.Code); ok {
		return s, nil
	}
	b, flags, ok, err := sourceBytes(src)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, object.Errorf(object.TypeError, "%s() arg 1 must be a string, bytes or code object", fname)
	}
	if mode == "eval" {
		b = bytes.TrimLeft(b, " \t")
	}
	return in.compile(b, "<string>", mode, flags)
}

// sourceBytes is CPython's source_as_string: the text of a str (with
// code.IgnoreCookie, since it is decoded already) or of a bytes-like
// object; ok is false for anything else.
func sourceBytes(v object.Value) (b []byte, flags int, ok bool, err error) {
	switch s := object.Unwrap(v).Object().(type) {
	case *object.Str:
		return []byte(s.S), code.IgnoreCookie, true, nil
	case *object.Bytes:
		return s.B, 0, true, nil
	}
	if !object.IsBuffer(v) {
		return nil, 0, false, nil
	}
	b, err = object.AsBytes(v)
	// A buffer is not NUL-terminated: copy it so that the parser's view
	// ends where the buffer does.
	return append([]byte(nil), b...), 0, true, err
}

func (in *Interp) runDynamic(fname, mode string, args []object.Value, kwnames []string) (object.Value, error) {
	var a [3]object.Value
	if err := object.ParseArgs(fname, args, kwnames, []string{"source", "globals", "locals"}, 3, 1, a[:]); err != nil {
		return object.Null, err
	}
	g, l, err := in.dynamicNamespaces(fname, a[1], a[2])
	if err != nil {
		return object.Null, err
	}
	if _, ok := getStr(g, "__builtins__"); !ok {
		f := in.callerFrame()
		b := object.FromObject(in.Builtins)
		if f != nil {
			if f.Builtins != nil {
				b = object.FromObject(f.Builtins)
			} else {
				b = f.BuiltinsV()
			}
		}
		setStr(g, "__builtins__", b)
	}
	if co, ok := a[0].Object().(*code.Code); ok && len(co.Freevars) > 0 {
		return object.Null, object.Errorf(object.TypeError, "code object passed to %s() may not contain free variables", fname)
	}
	co, err := in.sourceArg(fname, a[0], mode)
	if err != nil {
		return object.Null, err
	}
	gmap := object.Null
	if _, plain := a[1].Object().(*object.Dict); !plain && !a[1].IsNull() && !a[1].IsNone() {
		gmap = a[1]
	}
	r, err := in.execCodeMap(co, g, gmap, l)
	if err != nil {
		return object.Null, err
	}
	if fname == "exec" {
		return object.None, nil
	}
	return r, nil
}

func (in *Interp) builtinExec(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	return in.runDynamic("exec", "exec", args, kwnames)
}

func (in *Interp) builtinEval(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	return in.runDynamic("eval", "eval", args, kwnames)
}

func (in *Interp) builtinCompile(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	var a [7]object.Value
	if err := object.ParseArgs("compile", args, kwnames,
		[]string{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "$_feature_version"}, 6, 3, a[:]); err != nil {
		return object.Null, err
	}
	fn, err := in.FSDecoder(a[1])
	if err != nil {
		return object.Null, err
	}
	ms, ok := object.Unwrap(a[2]).Object().(*object.Str)
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "compile() argument 'mode' must be str, not %s", object.TypeOf(a[2]).Name)
	}
	mode := ms.S
	flags := 0
	if !a[3].IsNull() {
		if n, ok := a[3].AsInt(); ok {
			flags = int(n)
		}
	}
	// PyCF_MASK (the __future__ flags), CO_NESTED and PyCF_COMPILE_MASK
	// (ONLY_AST, DONT_IMPLY_DEDENT, TYPE_COMMENTS, ALLOW_TOP_LEVEL_AWAIT,
	// ALLOW_INCOMPLETE_INPUT).
	const knownFlags = 0x1fe0000 | 0x0010 | 0x0400 | 0x0200 | 0x1000 | 0x2000 | 0x4000
	if flags&^knownFlags != 0 {
		return object.Null, object.Errorf(object.ValueError, "compile(): unrecognised flags")
	}
	if n, ok := a[5].AsInt(); ok && !a[5].IsNull() {
		if n < -1 || n > 2 {
			return object.Null, object.Errorf(object.ValueError, "compile(): invalid optimize value")
		}
		if n >= 0 {
			flags = code.WithOptimize(flags&^code.OptimizeMask, int(n))
		}
	}
	const onlyAST = 0x0400 // PyCF_ONLY_AST
	if mode != "exec" && mode != "eval" && mode != "single" && !(mode == "func_type" && flags&onlyAST != 0) {
		if flags&onlyAST != 0 {
			return object.Null, object.Errorf(object.ValueError, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
		}
		return object.Null, object.Errorf(object.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if _, ok := a[0].Object().(*code.Code); ok {
		return a[0], nil
	}
	src, textFlags, ok, err := sourceBytes(a[0])
	if err != nil {
		return object.Null, err
	}
	if !ok {
		if in.opts.CompileAST != nil {
			if flags&onlyAST != 0 {
				return a[0], nil // an AST object asked for as an AST
			}
			co, ok, err := in.opts.CompileAST(in, a[0], fn, mode, flags)
			if err != nil {
				return object.Null, err
			}
			if ok {
				return object.FromObject(co), nil
			}
		}
		return object.Null, object.Errorf(object.TypeError, "compile() arg 1 must be a string, bytes or AST object")
	}
	flags |= textFlags
	if flags&onlyAST != 0 && in.opts.ParseAST != nil {
		return in.opts.ParseAST(in, src, fn, mode, flags)
	}
	co, err := in.compile(src, fn, mode, flags)
	if err != nil {
		return object.Null, err
	}
	return object.FromObject(co), nil
}

// FSDecoder is PyUnicode_FSDecoder, as compile() and symtable() read a
// filename: str, bytes or an os.PathLike, and still a bytes-like object
// other than bytes, with a DeprecationWarning.
func (in *Interp) FSDecoder(v object.Value) (string, error) {
	switch v.Object().(type) {
	case *object.Str, *object.Bytes:
	default:
		if object.IsBuffer(v) {
			msg := fmt.Sprintf("path should be string, bytes, or os.PathLike, not %s", object.TypeOf(v).Name)
			if err := in.Warn(object.DeprecationWarning, msg, 1); err != nil {
				return "", err
			}
			b, err := object.AsBytes(v)
			return string(b), err
		}
	}
	return fsPath(v)
}

func fsPath(v object.Value) (string, error) {
	switch s := object.Unwrap(v).Object().(type) {
	case *object.Str:
		return s.S, nil
	case *object.Bytes:
		return string(s.B), nil
	}
	// An os.PathLike (pathlib.Path, ...), as PyUnicode_FSDecoder takes.
	t := object.TypeOf(v)
	if m := t.LookupString("__fspath__"); !m.IsNull() {
		r, err := object.CallMethodValue(m, v, nil, nil)
		if err != nil {
			return "", err
		}
		switch s := object.Unwrap(r).Object().(type) {
		case *object.Str:
			return s.S, nil
		case *object.Bytes:
			return string(s.B), nil
		}
		return "", object.Errorf(object.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", t.Name, object.TypeOf(r).Name)
	}
	return "", object.Errorf(object.TypeError, "expected str, bytes or os.PathLike object, not %s", t.Name)
}

func (in *Interp) builtinImport(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	var a [5]object.Value
	if err := object.ParseArgs("__import__", args, kwnames, []string{"name", "globals", "locals", "fromlist", "level"}, 5, 1, a[:]); err != nil {
		return object.Null, err
	}
	ns, ok := object.Unwrap(a[0]).Object().(*object.Str)
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "__import__() argument 1 must be str, not %s", object.TypeOf(a[0]).Name)
	}
	g, _ := a[1].Object().(*object.Dict)
	level := 0
	if !a[4].IsNull() {
		l, ok := a[4].AsInt()
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "'%s' object cannot be interpreted as an integer", object.TypeOf(a[4]).Name)
		}
		level = int(l)
		if level < 0 {
			return object.Null, object.Errorf(object.ValueError, "level must be >= 0")
		}
	}
	return in.importModuleLevel(ns.S, g, a[3], level)
}

func (in *Interp) builtinInput(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	if err := object.NoKwargs("input", kwnames); err != nil {
		return object.Null, err
	}
	if err := object.CheckPositional("input", len(args), 0, 1); err != nil {
		return object.Null, err
	}
	prompt := object.Null
	if len(args) == 1 {
		prompt = args[0]
	}
	return in.input(prompt)
}

// builtinPrint is print(*objects, sep=' ', end='\n', file=None, flush=False).
func (in *Interp) builtinPrint(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	npos := len(args) - len(kwnames)
	sep, end := " ", "\n"
	file, flush := object.Null, object.Null
	for i, k := range kwnames {
		v := args[npos+i]
		switch k {
		case "sep", "end":
			s := " "
			if k == "end" {
				s = "\n"
			}
			if !v.IsNone() {
				vs, ok := v.Object().(*object.Str)
				if !ok {
					return object.Null, object.Errorf(object.TypeError, "%s must be None or a string, not %s", k, object.TypeOf(v).Name)
				}
				s = vs.S
			}
			if k == "sep" {
				sep = s
			} else {
				end = s
			}
		case "file":
			if !v.IsNone() {
				file = v
			}
		case "flush":
			flush = v
		default:
			return object.Null, object.Errorf(object.TypeError, "'%s' is an invalid keyword argument for print()", k)
		}
	}
	if file.IsNull() {
		file = in.sysStream(strStdout)
		if file.IsNull() {
			return object.Null, object.Errorf(object.RuntimeError, "lost sys.stdout")
		}
		if file.IsNone() {
			return object.None, nil // CPython: print is a no-op without sys.stdout
		}
	}
	// file.write once per piece, as CPython's PyFile_WriteObject calls do
	// (each str(arg), sep, end); the interpreter's own sys.stdout and
	// sys.stderr take the pieces directly, to the same effect.
	var write func(s string) error
	tw := in.stdoutWriter(file)
	if tw == nil {
		tw = directWriter(file, in.stderrObj, in.stderrTW)
	}
	if tw != nil {
		write = tw.WriteText
	} else {
		w, err := object.GetAttrString(file, "write")
		if err != nil {
			return object.Null, err
		}
		write = func(s string) error {
			_, err := in.call(w, []object.Value{object.NewStr(s)}, nil)
			return err
		}
	}
	for i, a := range args[:npos] {
		if i > 0 {
			if err := write(sep); err != nil {
				return object.Null, err
			}
		}
		s, err := object.StrOf(a)
		if err != nil {
			return object.Null, err
		}
		if err := write(s); err != nil {
			return object.Null, err
		}
	}
	if err := write(end); err != nil {
		return object.Null, err
	}
	if !flush.IsNull() {
		t, err := object.Truth(flush)
		if err != nil {
			return object.Null, err
		}
		if t {
			fl, err := object.GetAttrString(file, "flush")
			if err != nil {
				return object.Null, err
			}
			if _, err := in.call(fl, nil, nil); err != nil {
				return object.Null, err
			}
		}
	}
	return object.None, nil
}

// printExpr is PRINT_EXPR (interactive mode): sys.displayhook(value).
func (in *Interp) printExpr(v object.Value) error {
	if in.sysModule != nil {
		if hook, ok := getStr(in.sysModule.Dict, "displayhook"); ok {
			if b, isB := hook.Object().(*object.BuiltinFunction); !isB || b != in.displayHook {
				_, err := in.call(hook, []object.Value{v}, nil)
				return err
			}
		} else {
			return object.Errorf(object.RuntimeError, "lost sys.displayhook")
		}
	}
	return in.displayValue(v)
}

func (in *Interp) displayValue(v object.Value) error {
	if v.IsNone() {
		return nil
	}
	setStr(in.Builtins, "_", object.None)
	r, err := object.Repr(v)
	if err != nil {
		return err
	}
	if err := in.writeStdout(r + "\n"); err != nil {
		return err
	}
	setStr(in.Builtins, "_", v)
	return nil
}

// dirOf is dir(obj): the sorted list that type(obj).__dir__ returns.
func dirOf(v object.Value) (object.Value, error) {
	r, found, err := object.CallMethod(v, strDir)
	if err != nil {
		return object.Null, err
	}
	if !found {
		return object.Null, object.Errorf(object.TypeError, "object does not provide __dir__")
	}
	items, err := object.ToSlice(r)
	if err != nil {
		return object.Null, err
	}
	var serr error
	sort.SliceStable(items, func(i, j int) bool {
		lt, err := object.CompareBool(items[i], items[j], object.CmpLt)
		if err != nil && serr == nil {
			serr = err
		}
		return lt
	})
	if serr != nil {
		return object.Null, serr
	}
	return object.FromObject(object.NewList(items...)), nil
}

// currentModuleName is __name__ in the running frame's globals (what
// type(name, bases, ns) records as __module__).
func (in *Interp) currentModuleName() string {
	if f := in.frame; f != nil {
		if v, ok := getStr(f.Globals, "__name__"); ok {
			if s, ok := v.Object().(*object.Str); ok {
				return s.S
			}
		}
	}
	return "builtins"
}

// quitter is the exit/quit object the site module adds to builtins:
// calling it raises SystemExit, its repr says how to leave.
type quitter struct{ name, eof string }

// QuitterType is the type of exit and quit.
var QuitterType = newType("Quitter", nil)

// Type returns QuitterType.
func (q *quitter) Type() *object.Type { return QuitterType }

// PyRepr is repr(exit).
func (q *quitter) PyRepr() (string, error) {
	return "Use " + q.name + "() or " + q.eof + " to exit", nil
}

// Call raises SystemExit(code).
func (q *quitter) Call(args []object.Value, kwnames []string) (object.Value, error) {
	if err := object.NoKwargs(q.name, kwnames); err != nil {
		return object.Null, err
	}
	if err := object.CheckPositional(q.name, len(args), 0, 1); err != nil {
		return object.Null, err
	}
	return object.Null, object.NewException(object.SystemExit, args...)
}
