package vm

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/stdlib"
)

// The parts of sys that describe the interpreter (implementation, flags,
// float_info, prefixes, ...) and its hooks (excepthook, unraisablehook,
// settrace, ...). Values are CPython 3.10's on a 64-bit Linux build, except
// where pyvar differs and says so: implementation.name is 'pyvar' and
// cache_tag 'pyvar-310' (see CacheTag), flags.no_site is 1 (site is
// not imported at start), hash_randomization is 0 (str hashes use
// CPython's PYTHONHASHSEED=0 key).

// CacheTag is sys.implementation.cache_tag. importlib names the .pyc
// files of the tools that write them (py_compile, compileall, zipfile's
// writepy) __pycache__/NAME.pyvar-310.pyc, which neither CPython nor pyvar
// confuses with the other's (their marshalled code differs, as PyPy's and
// GraalPy's do). pyvar's own imports neither read nor write them
// (sys.dont_write_bytecode is True): they use core/codecache, outside the
// source tree. None, as before, made importlib.util.cache_from_source and
// everything built on it raise NotImplementedError.
const CacheTag = "pyvar-310"

// structseq types of sys, shared by every interpreter (they hold no state).
var (
	versionInfoType = object.NewStructSeqType("sys.version_info",
		"sys.version_info\n\nVersion information as a named tuple.",
		fields("major", "minor", "micro", "releaselevel", "serial"), 5, false)
	flagsType = object.NewStructSeqType("sys.flags",
		"sys.flags\n\nFlags provided through command line arguments or environment vars.",
		fields("debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
			"ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
			"dev_mode", "utf8_mode", "warn_default_encoding", "int_max_str_digits"), 17, false)
	floatInfoType = object.NewStructSeqType("sys.float_info",
		"sys.float_info\n\nA named tuple holding information about the float type.",
		fields("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
			"radix", "rounds"), 11, false)
	intInfoType = object.NewStructSeqType("sys.int_info",
		"sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.",
		fields("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"), 4, false)
	hashInfoType = object.NewStructSeqType("sys.hash_info",
		"hash_info\n\nA named tuple providing parameters used for computing\nhashes.",
		fields("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"), 9, false)
	threadInfoType = object.NewStructSeqType("sys.thread_info",
		"sys.thread_info\n\nA named tuple holding information about the thread implementation.",
		fields("name", "lock", "version"), 3, false)
	asyncgenHooksType = object.NewStructSeqType("asyncgen_hooks",
		"asyncgen_hooks\n\nA named tuple providing information about asynchronous\ngenerators hooks.  The attributes are read only.",
		[]object.StructSeqField{{Name: "firstiter", Doc: "Hook to intercept first iteration"},
			{Name: "finalizer", Doc: "Hook to intercept finalization"}}, 2, true)
	// UnraisableHookArgsType is the type of the argument sys.unraisablehook
	// receives.
	UnraisableHookArgsType = object.NewStructSeqType("UnraisableHookArgs",
		"UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.",
		fields("exc_type", "exc_value", "exc_traceback", "err_msg", "object"), 5, false)
)

func fields(names ...string) []object.StructSeqField {
	out := make([]object.StructSeqField, len(names))
	for i, n := range names {
		out[i] = object.StructSeqField{Name: n}
	}
	return out
}

// Version numbers pyvar reports: CPython's whose Lib it runs.
const (
	versionMajor, versionMinor, versionMicro = 3, 10, 13
	hexVersion                               = versionMajor<<24 | versionMinor<<16 | versionMicro<<8 | 0xf0
)

// Version is sys.version.
func Version() string {
	return fmt.Sprintf("%d.%d.%d (main, pyvar) [Go %s]", versionMajor, versionMinor, versionMicro, runtime.Version())
}

// multiarch is sys.implementation._multiarch (Debian's triplet).
func multiarch() string {
	arch := map[string]string{"amd64": "x86_64", "arm64": "aarch64", "386": "i386", "riscv64": "riscv64",
		"ppc64le": "powerpc64le", "s390x": "s390x"}[runtime.GOARCH]
	if arch == "" {
		arch = runtime.GOARCH
	}
	switch runtime.GOOS {
	case "linux":
		return arch + "-linux-gnu"
	case "darwin":
		return "darwin"
	}
	return arch + "-" + runtime.GOOS
}

// sysPlatform is sys.platform.
func sysPlatform() string {
	switch runtime.GOOS {
	case "windows":
		return "win32"
	case "linux", "darwin", "freebsd", "openbsd", "netbsd":
		return runtime.GOOS
	}
	return runtime.GOOS
}

func (in *Interp) initSysInfo(d *object.Dict) {
	vi := object.NewStructSeq(versionInfoType, object.Int(versionMajor), object.Int(versionMinor),
		object.Int(versionMicro), object.NewStr("final"), object.Int(0))
	setStr(d, "version_info", vi)
	setStr(d, "hexversion", object.Int(hexVersion))
	setStr(d, "version", object.NewStr(Version()))
	setStr(d, "api_version", object.Int(1013))
	setStr(d, "implementation", object.NewSimpleNamespace(
		[]string{"name", "cache_tag", "version", "hexversion", "_multiarch"},
		[]object.Value{object.NewStr("pyvar"), object.NewStr(CacheTag), vi, object.Int(hexVersion), object.NewStr(multiarch())}))
	flag := func(b bool) object.Value {
		if b {
			return object.Int(1)
		}
		return object.Int(0)
	}
	fl := in.opts.Flags
	// no_site is always 1 and dont_write_bytecode always True: pyvar
	// imports no site at start and writes no .pyc files.
	setStr(d, "flags", object.NewStructSeq(flagsType,
		object.Int(int64(fl.Debug)), flag(in.opts.Inspect), flag(in.opts.Inspect), object.Int(int64(fl.Optimize)),
		object.Int(1), flag(fl.NoUserSite), object.Int(1),
		flag(fl.IgnoreEnvironment), object.Int(int64(fl.Verbose)), object.Int(int64(fl.BytesWarning)), flag(fl.Quiet),
		object.Int(0), flag(fl.Isolated),
		object.Bool(fl.DevMode), flag(fl.UTF8Mode), object.Int(0), object.Int(-1)))
	setStr(d, "float_info", object.NewStructSeq(floatInfoType,
		object.Float(math.MaxFloat64), object.Int(1024), object.Int(308), object.Float(2.2250738585072014e-308),
		object.Int(-1021), object.Int(-307), object.Int(15), object.Int(53), object.Float(2.220446049250313e-16),
		object.Int(2), object.Int(1)))
	setStr(d, "float_repr_style", object.NewStr("short"))
	setStr(d, "int_info", object.NewStructSeq(intInfoType, object.Int(30), object.Int(4), object.Int(4300), object.Int(640)))
	setStr(d, "hash_info", object.NewStructSeq(hashInfoType, object.Int(64), object.Int(1<<61-1), object.Int(314159),
		object.Int(0), object.Int(1000003), object.NewStr("siphash24"), object.Int(64), object.Int(128), object.Int(0)))
	setStr(d, "thread_info", object.NewStructSeq(threadInfoType, object.NewStr("pthread"), object.NewStr("mutex+cond"), object.None))
	setStr(d, "maxunicode", object.Int(0x10ffff))
	setStr(d, "platform", object.NewStr(sysPlatform()))
	setStr(d, "platlibdir", object.NewStr("lib"))
	setStr(d, "abiflags", object.NewStr(""))
	setStr(d, "pycache_prefix", object.None)
	setStr(d, "dont_write_bytecode", object.True)
	warn := object.NewList()
	for _, w := range fl.WarnOptions {
		warn.Append(object.NewStr(w))
	}
	setStr(d, "warnoptions", object.FromObject(warn))
	xopts := object.NewDict(0)
	for _, x := range fl.XOptions {
		name, value, ok := strings.Cut(x, "=")
		v := object.True
		if ok {
			v = object.NewStr(value)
		}
		xopts.Set(object.NewStr(name), v)
	}
	setStr(d, "_xoptions", object.FromObject(xopts))
	setStr(d, "_git", object.TupleValue(object.NewStr("pyvar"), object.NewStr(""), object.NewStr("")))
	setStr(d, "_framework", object.NewStr(""))
	setStr(d, "copyright", object.NewStr("pyvar: a Python 3.10 virtual machine written in Go.\n"+
		"The Python standard library it runs is Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."))

	lib := in.opts.Stdlib
	prefix := lib.Prefix
	setStr(d, "prefix", object.NewStr(prefix))
	setStr(d, "exec_prefix", object.NewStr(prefix))
	setStr(d, "base_prefix", object.NewStr(prefix))
	setStr(d, "base_exec_prefix", object.NewStr(prefix))
	exe := in.opts.Executable
	if exe == "" {
		if p, err := os.Executable(); err == nil {
			exe = p
		}
	}
	setStr(d, "executable", object.NewStr(exe))
	setStr(d, "_base_executable", object.NewStr(exe))
	setStr(d, "_home", object.None)
	orig := in.opts.OrigArgv
	if orig == nil {
		orig = append([]string{exe}, in.opts.Argv...)
	}
	setStr(d, "orig_argv", strList(orig))

	names := map[string]bool{}
	for _, n := range in.builtinModuleNames() {
		names[n] = true
	}
	if lib.Found() {
		for _, n := range stdlib.ModuleNames(lib.Dir) {
			names[n] = true
		}
	}
	var stdNames []object.Value
	for n := range names {
		stdNames = append(stdNames, object.NewStr(n))
	}
	sort.Slice(stdNames, func(i, j int) bool {
		return stdNames[i].Object().(*object.Str).S < stdNames[j].Object().(*object.Str).S
	})
	fs, _ := object.NewSet(true, stdNames...)
	setStr(d, "stdlib_module_names", fs)

	in.initImport(d)
	in.initSysHooks(d)
}

// sysFn installs a built-in function of sys.
func sysFn(d *object.Dict, name string, f func(args []object.Value, kwnames []string) (object.Value, error)) *object.BuiltinFunction {
	v := object.NewBuiltin(name, func(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		return f(args, kwnames)
	})
	setStr(d, name, v)
	return v.Object().(*object.BuiltinFunction)
}

func (in *Interp) initSysHooks(d *object.Dict) {
	in.excepthook = sysFn(d, "excepthook", func(args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoKwargs("excepthook", kwnames); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("excepthook", len(args), 3, 3); err != nil {
			return object.Null, err
		}
		return object.None, in.displayException(args[1], args[2])
	})
	setStr(d, "__excepthook__", object.FromObject(in.excepthook))
	in.unraisablehook = sysFn(d, "unraisablehook", func(args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.ExactlyOne("unraisablehook", args, kwnames); err != nil {
			return object.Null, err
		}
		return object.None, in.defaultUnraisable(args[0])
	})
	setStr(d, "__unraisablehook__", object.FromObject(in.unraisablehook))
	setStr(d, "UnraisableHookArgs", object.FromObject(UnraisableHookArgsType))
	setStr(d, "__breakpointhook__", object.FromObject(sysFn(d, "breakpointhook", in.sysBreakpointHook)))

	// Tracing and profiling: the profile function is called (see
	// pyProfile); the trace function is stored and returned but never
	// called (there is no line tracer yet), so debuggers and coverage
	// tools do not stop or count.
	for _, name := range []string{"trace", "profile"} {
		name := name
		sysFn(d, "set"+name, func(args []object.Value, kwnames []string) (object.Value, error) {
			if err := object.ExactlyOne("set"+name, args, kwnames); err != nil {
				return object.Null, err
			}
			if name == "trace" {
				in.traceFunc = args[0]
			} else if args[0].IsNone() {
				in.SetProfiler(nil, object.Null)
			} else {
				in.SetProfiler(&pyProfile{in: in, fn: args[0]}, args[0])
			}
			return object.None, nil
		})
		sysFn(d, "get"+name, func(args []object.Value, kwnames []string) (object.Value, error) {
			if err := object.NoArgs("get"+name, args, kwnames); err != nil {
				return object.Null, err
			}
			v := in.traceFunc
			if name == "profile" {
				v = in.profileFunc
			}
			if v.IsNull() {
				return object.None, nil
			}
			return v, nil
		})
	}
	sysFn(d, "call_tracing", func(args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoKwargs("call_tracing", kwnames); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("call_tracing", len(args), 2, 2); err != nil {
			return object.Null, err
		}
		t, ok := args[1].Object().(*object.Tuple)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "call_tracing() argument 2 must be tuple, not %s", object.TypeOf(args[1]).Name)
		}
		return in.call(args[0], t.Items, nil)
	})
	sysFn(d, "audit", func(args []object.Value, kwnames []string) (object.Value, error) {
		if len(args)-len(kwnames) < 1 {
			return object.Null, object.Errorf(object.TypeError, "audit() missing 1 required positional argument: 'event'")
		}
		if _, ok := args[0].Object().(*object.Str); !ok {
			return object.Null, object.Errorf(object.TypeError, "expected str for argument 'event', not %s", object.TypeOf(args[0]).Name)
		}
		if len(in.auditHooks) == 0 {
			return object.None, nil
		}
		// One tuple for every hook, of copies: args is the caller's value
		// stack, which it clears after the call, and a hook may keep it.
		eventArgs := object.TupleValue(append([]object.Value(nil), args[1:]...)...)
		for _, hook := range in.auditHooks {
			if _, err := in.call(hook, []object.Value{args[0], eventArgs}, nil); err != nil {
				return object.Null, err
			}
		}
		return object.None, nil
	})
	sysFn(d, "addaudithook", func(args []object.Value, kwnames []string) (object.Value, error) {
		out := make([]object.Value, 1)
		if err := object.ParseArgs("addaudithook", args, kwnames, []string{"hook"}, 1, 1, out); err != nil {
			return object.Null, err
		}
		in.auditHooks = append(in.auditHooks, out[0])
		return object.None, nil
	})
	sysFn(d, "getrefcount", func(args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.ExactlyOne("getrefcount", args, kwnames); err != nil {
			return object.Null, err
		}
		// Go's collector keeps no counts; 2 is what CPython reports for
		// an object referenced once besides the argument itself.
		return object.Int(2), nil
	})
	sysFn(d, "getsizeof", func(args []object.Value, kwnames []string) (object.Value, error) {
		out := make([]object.Value, 2)
		if err := object.ParseArgs("getsizeof", args, kwnames, []string{"object", "default"}, 2, 1, out); err != nil {
			return object.Null, err
		}
		n, err := in.sizeOf(out[0])
		if err != nil {
			if !out[1].IsNull() && object.ExceptionMatches(err, object.TypeError) {
				return out[1], nil
			}
			return object.Null, err
		}
		return object.Int(n), nil
	})
	constStr := func(name, value string) {
		sysFn(d, name, func(args []object.Value, kwnames []string) (object.Value, error) {
			if err := object.NoArgs(name, args, kwnames); err != nil {
				return object.Null, err
			}
			return object.NewStr(value), nil
		})
	}
	constStr("getdefaultencoding", "utf-8")
	constStr("getfilesystemencoding", "utf-8")
	constStr("getfilesystemencodeerrors", "surrogateescape")
	sysFn(d, "is_finalizing", func(args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoArgs("is_finalizing", args, kwnames); err != nil {
			return object.Null, err
		}
		return object.Bool(in.finalizing), nil
	})
	sysFn(d, "getswitchinterval", func(args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoArgs("getswitchinterval", args, kwnames); err != nil {
			return object.Null, err
		}
		return object.Float(in.switchInterval), nil
	})
	sysFn(d, "setswitchinterval", func(args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.ExactlyOne("setswitchinterval", args, kwnames); err != nil {
			return object.Null, err
		}
		f, err := object.ToFloat(args[0])
		if err != nil {
			return object.Null, err
		}
		if f <= 0 {
			return object.Null, object.Errorf(object.ValueError, "switch interval must be strictly positive")
		}
		in.switchInterval = f
		return object.None, nil
	})
	sysFn(d, "get_int_max_str_digits", func(args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoArgs("get_int_max_str_digits", args, kwnames); err != nil {
			return object.Null, err
		}
		return object.Int(int64(object.IntMaxStrDigits)), nil
	})
	sysFn(d, "set_int_max_str_digits", func(args []object.Value, kwnames []string) (object.Value, error) {
		out := make([]object.Value, 1)
		if err := object.ParseArgs("set_int_max_str_digits", args, kwnames, []string{"maxdigits"}, 1, 1, out); err != nil {
			return object.Null, err
		}
		n, ok := out[0].AsInt()
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "'%s' object cannot be interpreted as an integer", object.TypeOf(out[0]).Name)
		}
		if n != 0 && n < 640 {
			return object.Null, object.Errorf(object.ValueError, "maxdigits must be 0 or larger than 640")
		}
		object.IntMaxStrDigits = int(n)
		return object.None, nil
	})
	sysFn(d, "_clear_type_cache", func(args []object.Value, kwnames []string) (object.Value, error) {
		return object.None, nil
	})
	sysFn(d, "getallocatedblocks", func(args []object.Value, kwnames []string) (object.Value, error) {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return object.Int(int64(ms.HeapObjects)), nil
	})
	// Each thread's state: the running thread's is loaded in the Interp,
	// the others' saved in their Thread.
	threadState := func(t *Thread) threadVars {
		if t == in.thread {
			return in.threadVars
		}
		return t.vars
	}
	sysFn(d, "_current_frames", func(args []object.Value, kwnames []string) (object.Value, error) {
		r := object.NewDict(1)
		for _, t := range in.Threads() {
			if f := threadState(t).frame; f != nil {
				for g := f; g != nil; g = g.Back {
					g.pin()
				}
				r.Set(object.Int(t.ident), object.FromObject(f))
			}
		}
		return object.FromObject(r), nil
	})
	sysFn(d, "_current_exceptions", func(args []object.Value, kwnames []string) (object.Value, error) {
		r := object.NewDict(1)
		for _, t := range in.Threads() {
			if e := handledExc(threadState(t).excInfo); e != nil {
				r.Set(object.Int(t.ident), object.TupleValue(object.FromObject(e.Class), object.FromObject(e), tbValue(e.Traceback)))
			}
		}
		return object.FromObject(r), nil
	})
}

// warn issues a warning through the warnings module when it can be
// imported, else prints it as the warnings module would.
func (in *Interp) warn(category *object.Type, msg string) error {
	mod, err := in.importAbs("warnings")
	if err == nil {
		var w object.Value
		if w, err = object.GetAttrString(mod, "warn"); err == nil {
			_, err = in.call(w, []object.Value{object.NewStr(msg), object.FromObject(category)}, nil)
			return err
		}
	}
	return in.writeStderr(fmt.Sprintf("%s: %s\n", category.Name, msg))
}

// writeStderr writes s to sys.stderr: through its write method when a
// program replaced it, else straight to the interpreter's stderr.
func (in *Interp) writeStderr(s string) error {
	f := in.sysStream(strStderr)
	if f.IsNull() || f.IsNone() {
		_, err := io.WriteString(in.stderr, s)
		return err
	}
	if err := in.writeTo(f, s); err != nil {
		return err
	}
	// CPython flushes the file after printing a traceback, ignoring
	// errors.
	in.callMethodName(f, "flush")
	return nil
}

// displayException is sys.excepthook's default: the traceback of value
// (an exception) printed to sys.stderr as CPython prints it.
func (in *Interp) displayException(value, tb object.Value) error {
	e, ok := value.Object().(*object.BaseException)
	if !ok {
		return in.writeStderr(fmt.Sprintf("TypeError: print_exception(): Exception expected for value, %s found\n", object.TypeOf(value).Name))
	}
	if t, ok := tb.Object().(*object.Traceback); ok && e.Traceback == nil {
		e.Traceback = t
	}
	return in.writeStderr(FormatException(e))
}

// HandleExit ends a program the way CPython's main does with the error
// RunFile, RunSource or RunModule returned: nil is status 0; SystemExit
// gives its code (printing a non-integer one); any other exception is
// passed to sys.excepthook (the VM's traceback printer unless the program
// replaced it) and the status is 1 (130 for KeyboardInterrupt).
func (in *Interp) HandleExit(err error) int { return in.handleExit(err, true) }

// ShowException prints err through sys.excepthook even when it is
// SystemExit, as CPython does under python -i, where SystemExit does not
// end the session.
func (in *Interp) ShowException(err error) { in.handleExit(err, false) }

func (in *Interp) handleExit(err error, exit bool) int {
	code, message := ExitCode(err)
	if err == nil {
		return 0
	}
	var e *object.BaseException
	if !errors.As(err, &e) || exit && e.Class.IsSubtype(object.SystemExit) {
		if message != "" {
			in.writeStderr(message)
		}
		return code
	}
	hook, ok := getStr(in.sysModule.Dict, "excepthook")
	if !ok {
		in.writeStderr("sys.excepthook is missing\n")
		in.writeStderr(FormatException(e))
		return code
	}
	if b, isB := hook.Object().(*object.BuiltinFunction); isB && b == in.excepthook {
		if werr := in.displayException(object.FromObject(e), tbValue(e.Traceback)); werr != nil {
			io.WriteString(in.stderr, FormatException(e))
		}
		return code
	}
	_, herr := in.protect(func() (object.Value, error) {
		return in.call(hook, []object.Value{object.FromObject(e.Class), object.FromObject(e), tbValue(e.Traceback)}, nil)
	})
	if herr != nil {
		var he *object.BaseException
		if errors.As(herr, &he) && he.Class.IsSubtype(object.SystemExit) {
			return in.handleExit(herr, exit)
		}
		in.writeStderr("Error in sys.excepthook:\n" + FormatException(herr) + "\nOriginal exception was:\n" + FormatException(e))
	}
	return code
}

// WriteUnraisable reports an exception that cannot be raised (raised by
// __del__, a weakref callback, a generator's close at exit, ...) through
// sys.unraisablehook, as CPython's PyErr_WriteUnraisable: obj is what it
// happened in (Null for none) and msg replaces "Exception ignored in"
// when not empty.
func (in *Interp) WriteUnraisable(err error, msg string, obj object.Value) {
	var e *object.BaseException
	if !errors.As(err, &e) {
		e = object.NewException(object.SystemError, object.NewStr(err.Error()))
	}
	e.Private = false // the hook sees it
	if e.Traceback == nil {
		// An exception that never went through a frame (a generator
		// that ignored GeneratorExit) gets the current one, as
		// _PyErr_WriteUnraisableMsg gives it.
		if f := in.frame; f != nil {
			f.pin()
			e.Traceback = &object.Traceback{Frame: f, Lineno: int32(f.LineNumber()), Lasti: int32(f.Lasti)}
		}
	}
	msgv := object.None
	if msg != "" {
		msgv = object.NewStr(msg)
	}
	if obj.IsNull() {
		obj = object.None
	}
	args := object.NewStructSeq(UnraisableHookArgsType, object.FromObject(e.Class), object.FromObject(e), tbValue(e.Traceback), msgv, obj)
	hook, ok := getStr(in.sysModule.Dict, "unraisablehook")
	if ok && !hook.IsNone() {
		if b, isB := hook.Object().(*object.BuiltinFunction); !isB || b != in.unraisablehook {
			if _, herr := in.protect(func() (object.Value, error) { return in.call(hook, []object.Value{args}, nil) }); herr == nil {
				return
			} else {
				// CPython reports a failing hook with the default one,
				// instead of the exception the hook was given.
				in.defaultUnraisable(object.NewStructSeq(UnraisableHookArgsType, object.FromObject(excOf(herr).Class),
					object.FromObject(excOf(herr)), tbValue(excOf(herr).Traceback), object.NewStr("Exception ignored in sys.unraisablehook"), hook))
				return
			}
		}
	}
	in.defaultUnraisable(args)
}

func excOf(err error) *object.BaseException {
	var e *object.BaseException
	if errors.As(err, &e) {
		return e
	}
	return object.NewException(object.SystemError, object.NewStr(err.Error()))
}

// defaultUnraisable is sys.unraisablehook's default, CPython's
// write_unraisable_exc_file: "Exception ignored in: <obj>", the
// traceback, then the exception's type and str (never its chained
// exceptions), on sys.stderr.
func (in *Interp) defaultUnraisable(arg object.Value) error {
	get := func(i int) object.Value {
		if inst, ok := arg.Object().(*object.Instance); ok && inst.Class == UnraisableHookArgsType {
			return object.StructSeqItem(arg, i)
		}
		v, err := object.GetAttrString(arg, []string{"exc_type", "exc_value", "exc_traceback", "err_msg", "object"}[i])
		if err != nil {
			return object.None
		}
		return v
	}
	var b strings.Builder
	obj, msg := get(4), get(3)
	if !obj.IsNone() {
		m := "Exception ignored in"
		if s, ok := msg.Object().(*object.Str); ok {
			m = s.S
		}
		r, err := object.Repr(obj)
		if err != nil {
			r = "<object repr() failed>"
		}
		b.WriteString(m + ": " + r + "\n")
	} else if s, ok := msg.Object().(*object.Str); ok {
		b.WriteString(s.S + ":\n")
	}
	if tb, ok := get(2).Object().(*object.Traceback); ok {
		b.WriteString("Traceback (most recent call last):\n")
		formatTraceback(&b, tb)
	}
	if t, ok := get(0).Object().(*object.Type); ok {
		b.WriteString(t.FullName())
		if v := get(1); !v.IsNone() {
			s, err := object.StrOf(v)
			if err != nil {
				s = "<exception str() failed>"
			}
			b.WriteString(": " + s)
		}
		b.WriteString("\n")
	}
	return in.writeStderr(b.String())
}

// sizeOf is sys.getsizeof: the object's __sizeof__ (object's gives the
// size CPython 3.10 reports for the same object on a 64-bit build), plus
// the GC header when CPython's collector would track the object.
func (in *Interp) sizeOf(v object.Value) (int64, error) {
	t := object.TypeOf(v)
	m := t.LookupString("__sizeof__")
	if m.IsNull() {
		return 0, object.Errorf(object.TypeError, "Type %s doesn't define __sizeof__", t.Name)
	}
	r, err := object.CallMethodValue(m, v, nil, nil)
	if err != nil {
		return 0, err
	}
	n, ok := r.AsInt()
	if !ok {
		if object.TypeOf(r).IsSubtype(object.IntType) {
			return 0, object.Errorf(object.OverflowError, "Python int too large to convert to C ssize_t")
		}
		return 0, object.Errorf(object.TypeError, "an integer is required")
	}
	if n < 0 {
		return 0, object.Errorf(object.ValueError, "__sizeof__() should return >= 0")
	}
	if object.IsGCTracked(v) {
		n += object.GCHeaderSize
	}
	return n, nil
}

// libHint is appended to ModuleNotFoundError's message when no CPython
// Lib was found: where pyvar looked and how to point it at one.
func (in *Interp) libHint() string {
	looked := in.opts.Stdlib.Looked
	if in.opts.Stdlib.Found() || len(looked) == 0 {
		return "" // found, or an embedder that gave no Lib and made no search
	}
	return fmt.Sprintf(" (pyvar found no CPython %s standard library; it looked at: %s; point it at one with --stdlib DIR or %s=DIR, DIR being CPython %s's Lib, e.g. .../lib/python%s)",
		stdlib.Version, strings.Join(looked, ", "), stdlib.EnvVar, stdlib.Version, stdlib.Version)
}

// buildPath is sys.path as CPython builds it: the script's directory (” for
// -c, - and the prompt; the current directory for -m), then PYTHONPATH
// (and pyvar's older PYVARPATH), then Options.Path, then the Lib.
func (in *Interp) buildPath() []string {
	path := []string{""}
	if in.opts.Flags.Isolated {
		path = nil // -I: neither the script's directory nor the current one
	} else if a := in.opts.Argv; len(a) > 0 {
		switch a[0] {
		case "", "-c", "-":
		case "-m":
			if wd, err := os.Getwd(); err == nil {
				path[0] = wd
			}
		default:
			if abs, err := filepath.Abs(a[0]); err == nil {
				path[0] = filepath.Dir(abs)
			}
		}
	}
	envs := []string{"PYTHONPATH", "PYVARPATH"}
	if in.opts.Flags.IgnoreEnvironment {
		envs = nil // -E, -I
	}
	for _, env := range envs {
		for _, p := range filepath.SplitList(os.Getenv(env)) {
			if p != "" {
				if abs, err := filepath.Abs(p); err == nil {
					p = abs
				}
				path = append(path, p)
			}
		}
	}
	path = append(path, in.opts.Path...)
	if lib := in.opts.Stdlib; lib.Found() {
		path = append(path, lib.Dir)
	}
	return path
}

// SetCompiler replaces the interpreter's compiler (core/interp installs
// one that sends the compiler's warnings to WarnExplicit).
func (in *Interp) SetCompiler(f CompilerFunc) { in.compiler = f }

// WarnExplicit issues a warning as warnings.warn_explicit(msg, category,
// filename, lineno) does: through Lib's warnings module (its filters and
// sys.stderr), or, without one, printed as CPython prints it. category is
// a warning class name (SyntaxWarning, DeprecationWarning, ...). The error
// is the one the warning became under an "error" filter.
func (in *Interp) WarnExplicit(category, msg, filename string, lineno int) error {
	cat, ok := object.ExceptionTypes()[category]
	if !ok {
		cat = object.UserWarning
	}
	if !in.warnBusy {
		in.warnBusy = true
		defer func() { in.warnBusy = false }()
		if mod, err := in.importAbs("warnings"); err == nil {
			if fn, err := object.GetAttrString(mod, "warn_explicit"); err == nil {
				_, err := in.call(fn, []object.Value{object.NewStr(msg), object.FromObject(cat), object.NewStr(filename), object.Int(int64(lineno))}, nil)
				return err
			}
		}
	}
	text := fmt.Sprintf("%s:%d: %s: %s\n", filename, lineno, category, msg)
	if line, ok := sourceLine(filename, lineno); ok && line != "" {
		text += "  " + line + "\n"
	}
	return in.writeStderr(text)
}
