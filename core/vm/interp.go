// Package vm runs the code objects the compiler produces, with CPython
// 3.10's bytecode semantics.
//
// A Frame keeps fast locals, cells/free variables and the value stack in
// one slice (f_localsplus). The eval loop (run) is a single switch over
// 16-bit code units that keeps pc, sp and the stack in locals; it returns
// on RETURN_VALUE, on YIELD_VALUE (the frame keeps pc, sp and its block
// stack, so a generator resumes by re-entering run) and on an exception,
// which eval then dispatches to the frame's block stack exactly as
// CPython 3.10's exception_unwind does (EXCEPT_HANDLER blocks, exc_info
// saved on the value stack). Small ints are added and compared inline, and
// `for i in range(n)` steps a private range iterator without allocating.
// Python-to-Python calls go from CALL_FUNCTION straight to callFunction,
// which binds arguments into a recycled frame; Go recursion is bounded by
// the recursion counter shared with package object (and a hard cap that
// keeps the Go stack small).
//
// Generators, coroutines and async generators share one genBase (CPython's
// gen_send_ex2) under three Go types, so that a coroutine is never a Go
// iterator; await and yield from step any receiver through the amSender
// interface (am_send), and an async generator's own yields are told from
// awaits passing through by the opcode its frame suspended at.
//
// Name access follows CPython's five families (FAST, DEREF, GLOBAL, NAME,
// CLASSDEREF) with its error messages; LOAD_GLOBAL goes through package
// opcache (entered on every frame start or resume, as co_opcache_flag is
// counted in CPython 3.9). Functions capture globals and builtins when
// created (the 3.10 __builtins__ rule); classes are built by
// __build_class__ running the body with its namespace as f_locals; modules
// are imported from source files along sys.path, with builtins, sys and
// _imp built in (and a stand-in dis when CPython's cannot be imported). FormatException prints tracebacks, chained exceptions,
// suggestions and SyntaxErrors exactly as CPython 3.10's excepthook does.
// Object lifetimes (weak references, __del__, generators closed when
// dropped, atexit, the end of the interpreter) are built on Go's collector
// as lifecycle.go describes.
package vm

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/stdlib"
)

// CompilerFunc compiles source to a code object; mode is "exec", "eval"
// or "single". Errors are Python exceptions (SyntaxError) or Go errors.
type CompilerFunc func(src []byte, filename string, mode string, flags int) (*code.Code, error)

// Options configures an interpreter.
type Options struct {
	Argv           []string // sys.argv
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Compiler       CompilerFunc
	// Opcache selects the LOAD_GLOBAL cache strategy ("pep509", "keys",
	// "off"; empty means opcache.Default) and OpcacheMinRuns its warm-up
	// threshold (CPython 3.9: 1024 frame entries; negative means the
	// strategy's default). OpcacheCountLoops makes pep509 count backward
	// jumps toward the threshold too (keys always does; 3.9 never did).
	Opcache           string
	OpcacheMinRuns    int
	OpcacheCountLoops bool
	RecursionLimit    int      // default 1000
	Path              []string // extra module search path entries (after the script directory)
	// Sampler, when set, is called from the eval loop at back-edges,
	// function entries and returns from built-in calls after
	// RequestSample was raised (a profiler hook; see Sample).
	Sampler func(s *Sample)
	// Modules are the native modules (CPython's C modules, written in Go)
	// that import finds before searching sys.path, by name. The VM's own
	// (builtins, sys and _imp) are always there, and are all of
	// sys.builtin_module_names without them; core/native supplies the rest
	// (gc, _io, itertools, ...). dis is no built-in: CPython's Lib has it,
	// and the VM's stand-in serves only when that cannot be imported.
	Modules map[string]ModuleMaker
	// Stdlib is the CPython 3.10 Lib that sys.path ends with (and where
	// sys.prefix points); when none was found, its Looked list goes into
	// the ModuleNotFoundError of a module that is not there.
	Stdlib stdlib.Lib
	// Executable is sys.executable (default: this process's binary) and
	// OrigArgv sys.orig_argv (default: Executable followed by Argv).
	Executable string
	OrigArgv   []string
	// Inspect reports that the prompt follows the program (sys.flags.inspect).
	Inspect bool
	// ParseAST (compile with PyCF_ONLY_AST) returns the _ast tree of src;
	// CompileAST compiles such a tree, ok false when tree is not one.
	// core/interp provides both; without them compile() takes only text.
	ParseAST   func(in *Interp, src []byte, filename, mode string, flags int) (object.Value, error)
	CompileAST func(in *Interp, tree object.Value, filename, mode string, flags int) (co *code.Code, ok bool, err error)
	// CodeCache, when set, keeps the code of imported modules between
	// runs (package codecache), as CPython's .pyc files do.
	CodeCache CodeCache
	// StdIO, when set, makes sys.stdin, sys.stdout, sys.stderr and
	// builtins.open once the interpreter is up (core/interp sets it to
	// core/native's _io); see StdIO.
	StdIO func(in *Interp) (StdIO, error)
	// Unbuffered is python -u / PYTHONUNBUFFERED: stdout and stderr are
	// not buffered.
	Unbuffered bool
	// Flags are the command line's settings that sys.flags,
	// sys.warnoptions and sys._xoptions report.
	Flags Flags
	// IOEncoding is PYTHONIOENCODING ("encoding[:errors]") for the std
	// streams; empty means UTF-8 (strict, surrogateescape for stdin).
	IOEncoding string
	// Sandbox makes the interpreter run untrusted code: native modules
	// that reach the operating system refuse to work (Sandboxed), and the
	// embedder leaves them out of Modules.
	Sandbox bool
	// AllowedImport, when set, is asked before a module is imported by
	// code that is not itself part of an imported standard-library module;
	// false raises ImportError.
	AllowedImport func(name string) bool
}

// Flags are CPython's command-line options as sys.flags names them (-O,
// -v, -b, -d, -q, -s, -S, -E, -I, -B), with -W's and -X's arguments.
type Flags struct {
	Optimize, Verbose, BytesWarning, Debug         int
	Quiet, NoUserSite, NoSite, IgnoreEnvironment   bool
	Isolated, DontWriteBytecode, DevMode, UTF8Mode bool
	WarnOptions                                    []string // sys.warnoptions
	XOptions                                       []string // sys._xoptions: "name" or "name=value"
}

// CodeCache stores compiled modules by source file. st is the file's
// stat, taken before its source is read: Load returns the code compiled
// from the file as it is now, or nil; Store keeps co, compiled from src.
type CodeCache interface {
	Load(filename string, st fs.FileInfo) *code.Code
	Store(filename string, st fs.FileInfo, src []byte, co *code.Code)
}

// ModuleMaker builds a native module for one interpreter; it runs at the
// module's first import, as a C module's PyInit function does.
type ModuleMaker func(in *Interp) (*object.Module, error)

// Interp is one interpreter: its builtins, modules and the thread state
// (current frame, recursion depth, exception being handled).
type Interp struct {
	// threadVars are the running thread's: its frames, the exception it
	// handles, ... (thread.go). They change when another of the
	// interpreter's threads takes the execution lock.
	threadVars
	// thread is the thread whose threadVars are loaded, main the main
	// thread, threads every thread alive (main first).
	thread, main *Thread
	threads      []*Thread

	opts     Options
	Builtins *object.Dict // the builtins module's namespace
	Modules  *object.Dict // sys.modules
	Path     *object.List // sys.path

	builtinsModule *object.Module
	sysModule      *object.Module
	recursionLimit int // what sys.getrecursionlimit reports; object.RecursionLimit is the one enforced
	freeFrames     []*Frame
	// freeASends are done `async for` awaitables no Python code has
	// seen, for GET_ANEXT to reuse (asyncgen.go).
	freeASends     []*asyncGenASend
	compiler       CompilerFunc
	stdout, stderr io.Writer
	stdin          io.Reader
	opcache        opcacheState
	attrCodes      []*code.Code            // code objects with attribute caches, for AttrCacheStats
	superFast      uint64                  // super().m() calls that made no super object (superMethod)
	fnGlobals      fnGlobalsMemo           // what MAKE_FUNCTION last read from a globals dict
	tempFns        tempFns                 // comprehensions' functions reused (code.FuncTemp)
	sliceTemps     sliceTemps              // lists of `x[a:b] = y[c:d]` reused (code.SliceTemp)
	importFunc     *object.BuiltinFunction // the builtin __import__ (IMPORT_NAME's fast path)
	displayHook    *object.BuiltinFunction // the builtin sys.displayhook
	breaker        int32                   // the eval breaker: breakSample|breakInterrupt, set from other goroutines
	signals        signalState
	initializing   map[*object.Module]*Thread // modules whose code is running, and the thread running it
	freevarKeys    [8]freevarKeyEntry         // interned co_freevars names for LOAD_CLASSDEREF
	life           *lifeState                 // weak references, finalizers, atexit (lifecycle.go)
	stdoutObj      object.Value               // the sys.stdout and sys.stderr made at start
	stderrObj      object.Value
	stdoutTW       TextWriter // their direct writers
	stderrTW       TextWriter
	ioFinalize     func()       // StdIO.Finalize
	shutdownHooks  []func()     // AtShutdown's functions
	stdoutDict     *object.Dict // sys.stdout's instance dict, its version, and
	stdoutDictVer  uint64       // whether it has no write of its own
	stdoutDirect   bool
	shutDown       bool
	lastKwTuple    *object.Tuple // kwNames's one-entry cache
	lastKwNames    []string

	imp importState // the import system's state (importlib.go)

	excepthook, unraisablehook *object.BuiltinFunction // sys's defaults, to tell when a program replaced them
	prof                       profileState            // the Go profiler (_lsprof), see profile.go
	auditHooks                 []object.Value
	finalizing                 bool
	switchInterval             float64
	coroOriginDepth            int
	// AsyncgenFirstIter and AsyncgenFinalizer are sys.set_asyncgen_hooks's
	// values (Null when unset), for the asynchronous generator machinery.
	AsyncgenFirstIter, AsyncgenFinalizer object.Value
	warned                               map[string]bool                                               // locations Warn has printed (the default action's registry)
	warner                               func(category *object.Type, msg string, stacklevel int) error // the native _warnings' warn
	codecs                               *object.CodecRegistry                                         // codecs.register's search functions and error handlers
	moduleState                          map[string]any                                                // native modules' per-interpreter state, by module name

	// The execution lock (gil.go): whether in holds it, its saved
	// package-object state, and its run control.
	held          bool
	ts            object.ThreadState
	ctl           control
	curModuleName func() string
	importAbsFn   func(string) (object.Value, error)
	sandbox       bool
}

// Sandboxed reports Options.Sandbox: native modules refuse operating
// system access (files, processes, the network, the environment) with
// PermissionError.
func (in *Interp) Sandboxed() bool { return in.sandbox }

// ModuleState returns the state a native module stored for this
// interpreter under its name (CPython's PyModule_GetState), or nil.
func (in *Interp) ModuleState(name string) any { return in.moduleState[name] }

// SetModuleState stores a native module's per-interpreter state.
func (in *Interp) SetModuleState(name string, v any) {
	if in.moduleState == nil {
		in.moduleState = map[string]any{}
	}
	in.moduleState[name] = v
}

// setRecursionLimit sets the limit of the recursion counter the VM shares
// with package object (Python frames plus object-level recursion such as
// repr of nested containers, as in CPython), capped at maxDepth.
func (in *Interp) setRecursionLimit(n int) {
	if n <= 0 {
		n = 1000
	}
	in.recursionLimit = n
	object.RecursionLimit = min(n, maxDepth)
}

// maxDepth bounds Python call depth whatever the recursion limit says, so
// that the Go stack never overflows: one Python call costs about 1.4 KB of
// Go stack (run's frame is most of it), so 150000 levels stay within 256 MB,
// well under Go's 1 GB default maximum.
const maxDepth = 150000

// New returns an interpreter with its builtins and sys modules ready.
func New(opts Options) *Interp {
	in := &Interp{opts: opts, compiler: opts.Compiler, stdout: opts.Stdout, stderr: opts.Stderr, stdin: opts.Stdin}
	in.curModuleName, in.importAbsFn = in.currentModuleName, in.importAbs
	in.sandbox = opts.Sandbox
	in.ts.Owner = in
	in.main = in.newThread()
	in.main.ident = mainThreadIdent()
	in.thread, in.threads = in.main, []*Thread{in.main}
	in.threadVars = in.main.vars
	in.acquire()
	defer in.release()
	object.SetPoll(in.poll)
	if in.stdout == nil {
		in.stdout = os.Stdout
	}
	if in.stderr == nil {
		in.stderr = os.Stderr
	}
	if in.stdin == nil {
		in.stdin = os.Stdin
	}
	in.setRecursionLimit(opts.RecursionLimit)
	in.initializing = map[*object.Module]*Thread{}
	in.signals.wake = make(chan struct{}, 1)
	in.switchInterval = 0.005
	in.initOpcache()
	in.life = newLifeState(in)
	in.codecs = object.NewCodecRegistry()
	in.codecs.Import = func() error {
		_, err := in.importAbs("encodings")
		return err
	}
	object.SetActiveCodecs(in.codecs)
	in.Modules = object.NewDict(16)
	in.initBuiltins()
	in.initSys()
	in.initStdio()
	return in
}

// Codecs returns the interpreter's codec registry (the _codecs module's
// state).
func (in *Interp) Codecs() *object.CodecRegistry { return in.codecs }

// Stdout returns the writer print() and PRINT_EXPR use.
func (in *Interp) Stdout() io.Writer { return in.stdout }

// CurrentFrame returns the innermost running frame, or nil.
func (in *Interp) CurrentFrame() *Frame { return in.frame }

// NewModuleGlobals returns a fresh globals dict for a module named name,
// with __name__, __doc__ and __builtins__ set as CPython does for __main__.
func (in *Interp) NewModuleGlobals(name string) *object.Dict {
	g := object.NewDict(8)
	setStr(g, "__name__", object.NewStr(name))
	setStr(g, "__doc__", object.None)
	setStr(g, "__package__", object.None)
	setStr(g, "__loader__", object.None)
	setStr(g, "__spec__", object.None)
	setStr(g, "__annotations__", object.FromObject(object.NewDict(0)))
	setStr(g, "__builtins__", object.FromObject(in.builtinsModule))
	return g
}

func setStr(d *object.Dict, key string, v object.Value) {
	d.Set(object.FromObject(object.Intern(key)), v)
}

func getStr(d *object.Dict, key string) (object.Value, bool) {
	v, ok, _ := d.Get(object.FromObject(object.Intern(key)))
	return v, ok
}

// Compile compiles src with the interpreter's compiler (its warnings go
// to this interpreter's warnings machinery); mode is "exec", "eval" or
// "single". Call it under Locked.
func (in *Interp) Compile(src []byte, filename, mode string, flags int) (*code.Code, error) {
	return in.compile(src, filename, mode, flags)
}

// RunCode runs a module-level code object with globals as both globals and
// locals. A globals dict without __builtins__ gets the current builtins.
func (in *Interp) RunCode(co *code.Code, globals *object.Dict) (object.Value, error) {
	// What the code wrote to sys.stdout and sys.stderr is flushed when it
	// returns (as the prompt flushes after each statement), so that an
	// embedder reading its writer sees it.
	return in.protect(func() (object.Value, error) {
		defer in.FlushStdStreams()
		return in.execCode(co, globals, object.FromObject(globals))
	})
}

// execCode runs co with the given globals and locals mapping (CPython's
// PyEval_EvalCode), applying the __builtins__ rule.
func (in *Interp) execCode(co *code.Code, globals *object.Dict, locals object.Value) (object.Value, error) {
	return in.execCodeMap(co, globals, object.Null, locals)
}

// execCodeMap is execCode for globals given as a dict-subclass instance
// (globalsMap, whose payload is globals).
func (in *Interp) execCodeMap(co *code.Code, globals *object.Dict, globalsMap, locals object.Value) (object.Value, error) {
	if _, ok := getStr(globals, "__builtins__"); !ok {
		if in.frame != nil && in.frame.Builtins != nil {
			setStr(globals, "__builtins__", object.FromObject(in.frame.Builtins))
		} else if in.frame != nil {
			setStr(globals, "__builtins__", in.frame.BuiltinsV())
		} else {
			setStr(globals, "__builtins__", object.FromObject(in.builtinsModule))
		}
	}
	b, bv, err := in.builtinsFromGlobals(globals)
	if err != nil {
		return object.Null, err
	}
	f := in.newFrame(co, globals, b, bv)
	if !globalsMap.IsNull() {
		f.ext().globalsMap, f.exactDicts = globalsMap, false
	}
	f.setLocals(locals)
	if d, ok := locals.Object().(*object.Dict); ok && d.Type() == object.DictType {
		f.LocalsDict = d
	}
	if len(co.Freevars)+len(co.Cellvars) > 0 {
		f.initCells(nil)
	}
	r, _, err := in.eval(f, nil)
	in.releaseFrame(f)
	return r, err
}

// protect runs fn, turning a Go panic into a Python SystemError so that no
// panic reaches the user.
func (in *Interp) protect(fn func() (object.Value, error)) (r object.Value, err error) {
	// The caller runs one of in's threads: a thread started by Python
	// code, when Go code it called (a registered function, run without
	// the lock) calls back; else the main thread. It holds the lock
	// already when that thread's state is loaded and the lock held (a
	// call from code running under it).
	t := in.callerThread()
	if t == nil {
		t = in.main
	}
	if !t.holds.Load() {
		in.acquireAs(t)
		defer in.release()
	}
	lastInterp.Store(in)
	depth, frame, exc := object.RecursionDepth, in.frame, in.excInfo
	prev := current
	current = in
	object.SetActiveCodecs(in.codecs)
	defer func() {
		current = prev
		if p := recover(); p != nil {
			object.RecursionDepth, in.frame, in.excInfo = depth, frame, exc
			err = object.Errorf(object.SystemError, "internal error: %v", p)
			if os.Getenv("PYVAR_PANIC") != "" {
				err = object.Errorf(object.SystemError, "internal error: %v\n%s", p, debug.Stack())
			}
		}
	}()
	return fn()
}

// RunSource compiles and runs src as the __main__ module. The caller
// reports the error it returns (HandleExit) and then calls Finalize.
func (in *Interp) RunSource(src []byte, filename string) error {
	g := in.mainGlobals()
	if filename != "<string>" && filename != "<stdin>" {
		setStr(g, "__file__", object.NewStr(filename))
		setStr(g, "__cached__", object.None) // CPython's __main__ has no .pyc
	}
	_, err := in.protect(func() (object.Value, error) {
		co, err := in.compile(src, filename, "exec", 0)
		if err != nil {
			return object.Null, err
		}
		return in.execCode(co, g, object.FromObject(g))
	})
	return err
}

// RunModule runs the module name as __main__, as `python -m name` does:
// through runpy._run_module_as_main, which finds the module (a package
// runs its __main__ submodule), sets sys.argv[0] to its file and runs it
// in the __main__ namespace.
func (in *Interp) RunModule(name string) error {
	in.mainGlobals()
	_, err := in.protect(func() (object.Value, error) {
		runpy, err := in.importAbs("runpy")
		if err != nil {
			return object.Null, err
		}
		fn, err := object.GetAttrString(runpy, "_run_module_as_main")
		if err != nil {
			return object.Null, err
		}
		return in.call(fn, []object.Value{object.NewStr(name), object.True}, nil)
	})
	return err
}

// Finalize does what CPython's Py_FinalizeEx does when the interpreter
// ends, as far as a program can see it: the atexit callbacks run (last
// registered first), what is garbage is collected, the finalizers of the
// objects still alive run in creation order (__del__ of module globals,
// close() of suspended generators), then sys.stdout and sys.stderr are
// flushed and files left open are flushed and closed. A program's
// runner calls it after reporting the program's end (the traceback of an
// uncaught exception, SystemExit's message), as CPython does, and after
// dropping that error, so that what only its traceback kept alive is freed
// first. It runs once, and returns false when flushing sys.stdout failed
// (CPython then exits with status 120 if the program did not fail itself).
func (in *Interp) Finalize() bool {
	if in.life.shutdown {
		return true
	}
	in.protect(func() (object.Value, error) {
		in.waitForThreads()
		in.RunAtexit()
		in.finalizing = true // sys.is_finalizing() from here on, as in CPython
		if in.exitCollectionNeeded() {
			in.Collect()
		}
		in.finalizeRemaining()
		return object.Null, nil
	})
	return in.shutdown()
}

// MainGlobals returns the globals of __main__ (made on first use), for a
// REPL that runs one statement after the other in the same namespace.
func (in *Interp) MainGlobals() *object.Dict { return in.mainGlobals() }

func (in *Interp) mainGlobals() *object.Dict {
	if m, ok, _ := in.Modules.Get(object.NewStr("__main__")); ok {
		if mod, ok := m.Object().(*object.Module); ok {
			return mod.Dict
		}
	}
	g := in.NewModuleGlobals("__main__")
	mod := &object.Module{Name: "__main__", Dict: g}
	in.Modules.Set(object.NewStr("__main__"), object.FromObject(mod))
	return g
}

// RunFile runs the script at path as __main__; its directory heads
// sys.path and __file__ is its absolute path, as in CPython 3.10.
func (in *Interp) RunFile(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return in.RunSourceFile(src, path)
}

// RunSourceFile is RunFile with the file's source already read (python -x
// drops its first line).
func (in *Interp) RunSourceFile(src []byte, path string) error {
	abs, aerr := filepath.Abs(path)
	if aerr != nil {
		abs = path
	}
	in.setScriptDir(filepath.Dir(abs))
	return in.RunSource(src, abs)
}

func (in *Interp) compile(src []byte, filename, mode string, flags int) (*code.Code, error) {
	if in.compiler == nil {
		return nil, object.Errorf(object.SystemError, "no compiler configured")
	}
	co, err := in.compiler(src, filename, mode, code.WithOptimize(flags, in.opts.Flags.Optimize))
	if err != nil {
		if _, ok := err.(*object.BaseException); !ok {
			return nil, object.Errorf(object.SystemError, "%s", err.Error())
		}
	}
	return co, err
}

// ExitCode interprets an error returned by RunFile/RunSource with
// SystemExit's rules: code is the process exit status and message, when
// not empty, is what to print to stderr (a traceback or SystemExit's
// argument).
func ExitCode(err error) (code int, message string) {
	if err == nil {
		return 0, ""
	}
	var e *object.BaseException
	if !errors.As(err, &e) {
		return 1, err.Error() + "\n"
	}
	if e.Class.IsSubtype(object.SystemExit) {
		v := e.Value
		switch {
		case v.IsNull() || v.IsNone():
			return 0, ""
		case v.IsInt() || v.IsBool():
			return int(v.RawInt()), ""
		}
		s, serr := object.StrOf(v)
		if serr != nil {
			s = ""
		}
		return 1, s + "\n"
	}
	if e.Class.IsSubtype(object.KeyboardInterrupt) {
		// CPython re-raises SIGINT after printing, so the shell sees 128+2.
		return 130, FormatException(err)
	}
	return 1, FormatException(err)
}

// Errorf is a helper for Go code in cmd: a Python exception of type t.
func Errorf(t *object.Type, format string, a ...any) error { return object.Errorf(t, format, a...) }

// NewSyntaxError builds the exception a compiler error becomes: kind is
// "SyntaxError", "IndentationError" or "TabError"; offsets are 1-based
// columns as CPython reports them (0 or less when unknown).
func NewSyntaxError(kind, msg, filename string, lineno, offset int, text string, endLineno, endOffset int) *object.BaseException {
	t := object.SyntaxError
	switch kind {
	case "IndentationError":
		t = object.IndentationError
	case "TabError":
		t = object.TabError
	case "SyntaxError", "":
	default:
		// The front end also reports errors CPython raises as other
		// exceptions (ValueError for null bytes, RecursionError for
		// too-deep nesting): those carry only the message.
		if et, ok := object.ExceptionTypes()[kind]; ok {
			return object.NewException(et, object.NewStr(msg))
		}
	}
	opt := func(n int) object.Value {
		if n <= 0 {
			return object.None
		}
		return object.Int(int64(n))
	}
	txt := object.None
	if text == "" && lineno > 0 {
		// Like PyErr_ProgramTextObject: errors found without the source
		// at hand (the symbol table's) get their line from the file.
		text, _ = rawSourceLine(filename, lineno)
	}
	if text != "" {
		txt = object.NewStr(text)
	}
	info := object.NewTuple(object.NewStr(filename), object.Int(int64(lineno)), opt(offset), txt, opt(endLineno), opt(endOffset))
	return object.NewException(t, object.NewStr(msg), object.FromObject(info))
}
