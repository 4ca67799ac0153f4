// Package py is the Go API for embedding pyvar: run Python 3.10 code
// from a Go program, exchange values with it, give it Go functions and
// modules, and keep it under control (cancellation, step and memory
// budgets, a sandbox for untrusted code).
//
// It is the one public package at the top of the module. Everything under
// core/ is the interpreter's machinery (parser, compiler, VM, object
// model), whose Go API follows the implementation and changes with it;
// package py is the small, stable surface a Go program programs against,
// in the spirit of starlark-go's starlark package and gpython's py: an
// Interp made from Options, Exec/ExecFile returning the globals, Eval,
// Call, Go functions and modules, conversions, and an Error that carries
// the Python exception and its CPython-style traceback.
//
// # Interpreters and goroutines
//
// Any number of interpreters may live in one process and be used from any
// number of goroutines; they share no Python state (modules, sys, the
// recursion counter, the codec registry are per interpreter). One Interp
// must be used by one goroutine at a time, except Interrupt, which is safe
// from anywhere. Python code of different interpreters does not run in
// parallel: it runs under a process-wide execution lock, handed from one
// interpreter to another every few milliseconds and released while one
// sleeps (time.sleep) or calls a BlockingFunc, as CPython's GIL is (see
// core/vm's gil.go for why and what it costs).
//
// Values belong to the interpreter that made them: read or pass them only
// from the goroutine using that interpreter (or while it is idle).
//
// # Control
//
// ExecContext, EvalContext and CallContext stop the program when their
// context is done: at the next loop iteration or call, or inside a long
// built-in operation (sorting, str * n, big-int arithmetic, regex
// matching), KeyboardInterrupt is raised. Python code can see it in except
// and finally blocks but cannot go on: it is raised again at every later
// checkpoint, and the call returns an *Error that unwraps to the context's
// error whatever the program did with the exception. Options.MaxSteps
// bounds the steps of each run (ErrStepLimit); Options.MaxMemory makes
// allocations past the budget raise MemoryError.
//
// # Sandbox
//
// Options.Sandbox runs untrusted code: the native modules that reach the
// operating system (posix and with it os, _socket, select, fcntl,
// _posixsubprocess, pwd, grp, resource, _signal, _locale) are absent, files
// cannot be opened (open, io.open, _io.FileIO raise PermissionError),
// modules are imported only from the CPython Lib and Options.Path whatever
// sys.path says, and stdin is empty unless Options.Stdin is given. Pure
// computation, the standard library's pure modules and registered Go
// modules work. The boundary is the missing capabilities, not the
// program's inability to reach an object: introspection
// (__subclasses__, __globals__, frames, sys.modules) reaches only objects
// that cannot touch the system, and only the interpreter's own classes
// (type.__subclasses__ never lists another interpreter's). AllowedModules
// is a policy over the program's own import statements, not a boundary:
// the standard library's modules import what they need.
package py

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/pyvar/pyvar/core/interp"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/stdlib"
	"github.com/pyvar/pyvar/core/vm"
)

// Options configures an interpreter. The zero Options is CPython's
// defaults: the process's standard streams, the CPython 3.10 Lib found as
// the pyvar command finds it, a recursion limit of 1000, every module
// importable.
type Options struct {
	Stdin          io.Reader // sys.stdin (default os.Stdin; empty in a sandbox)
	Stdout, Stderr io.Writer // sys.stdout, sys.stderr (default os.Stdout, os.Stderr)
	Argv           []string  // sys.argv (default [""])
	Path           []string  // directories searched for modules before the CPython Lib
	// Stdlib is the directory of CPython 3.10's Lib (holding os.py); ""
	// looks for it ($PYVAR_STDLIB, pyenv, the python3.10 on the PATH).
	// NoStdlib runs without it (native and registered modules only).
	Stdlib   string
	NoStdlib bool
	// RecursionLimit is sys.getrecursionlimit() (default 1000).
	RecursionLimit int
	// AllowedModules, when not nil, lists the top-level modules the
	// program may import (registered Go modules always may); the
	// standard library's own imports are not restricted.
	AllowedModules []string
	// Sandbox runs untrusted code; see the package documentation.
	Sandbox bool
	// MaxSteps bounds each run (Exec, Eval, Call from Go) to that many
	// steps (loop iterations and calls; 0: no bound); see ErrStepLimit.
	MaxSteps int64
	// MaxMemory bounds the memory a run may take, in bytes (0: no
	// bound): past it MemoryError is raised. A single allocation the
	// program sizes is checked exactly; the heap's growth is sampled (it
	// is the process's, so interpreters running at the same time count
	// together).
	MaxMemory int64
}

// ErrStepLimit is what an *Error of a run that exhausted Options.MaxSteps
// unwraps to.
var ErrStepLimit = vm.ErrStepLimit

// osModules are the native modules a sandbox leaves out: every one reaches
// the operating system (files, processes, users, the network, signals,
// the environment).
var osModules = []string{"posix", "_posixsubprocess", "_socket", "select", "fcntl", "pwd", "grp", "resource", "_signal", "_locale"}

// Interp is one Python interpreter: its own modules, sys, builtins and
// __main__.
type Interp struct {
	vm      *vm.Interp
	opts    Options
	mods    map[string]vm.ModuleMaker
	goMods  map[string]bool
	allowed map[string]bool
	running atomic.Bool
	depth   int // runs in progress (a Go function may call back into Python)
	closed  bool
}

// New returns an interpreter ready to run code.
func New(opts Options) (*Interp, error) {
	in := &Interp{opts: opts, mods: interp.Modules(), goMods: map[string]bool{}}
	if opts.Sandbox {
		for _, m := range osModules {
			delete(in.mods, m)
		}
		if opts.Stdin == nil {
			opts.Stdin = strings.NewReader("")
		}
	}
	vo := vm.Options{
		Argv:           opts.Argv,
		Stdin:          opts.Stdin,
		Stdout:         opts.Stdout,
		Stderr:         opts.Stderr,
		RecursionLimit: opts.RecursionLimit,
		Path:           opts.Path,
		Modules:        in.mods,
		Sandbox:        opts.Sandbox,
		// Writes reach the embedder's writers as they happen (python -u),
		// so that a Call needs no flush afterwards.
		Unbuffered: true,
	}
	if len(vo.Argv) == 0 {
		vo.Argv = []string{""}
	}
	switch {
	case opts.NoStdlib:
		vo.Stdlib = stdlib.Lib{Looked: []string{"(none: py.Options.NoStdlib)"}}
	case opts.Stdlib != "":
		vo.Stdlib = stdlib.Find(opts.Stdlib)
		if vo.Stdlib.Dir == "" {
			return nil, fmt.Errorf("py: no CPython 3.10 Lib in %s", opts.Stdlib)
		}
	}
	if opts.Sandbox {
		vo.Executable = ""
		vo.OrigArgv = vo.Argv
	}
	if opts.AllowedModules != nil {
		in.allowed = map[string]bool{}
		for _, m := range opts.AllowedModules {
			in.allowed[m] = true
		}
		vo.AllowedImport = func(name string) bool { return in.allowed[name] || in.goMods[name] }
	}
	in.vm = interp.New(vo)
	in.vm.SetModuleState(stateKey, in)
	return in, nil
}

// stateKey is where an Interp keeps itself in its VM (so that a Go
// function reached from Python finds its Interp).
const stateKey = "py.Interp"

// interpOf returns the Interp of a running VM.
func interpOf(v *vm.Interp) *Interp {
	if v == nil {
		return nil
	}
	in, _ := v.ModuleState(stateKey).(*Interp)
	return in
}

// Close ends the interpreter as CPython ends: atexit callbacks, the
// finalizers of what is still alive, the standard streams flushed. The
// interpreter cannot run code afterwards.
func (in *Interp) Close() error {
	if in.closed {
		return nil
	}
	in.closed = true
	ok := true
	in.vm.Locked(func() error { ok = in.vm.Finalize(); return nil })
	if !ok {
		return errors.New("py: flushing sys.stdout failed")
	}
	return nil
}

// Globals is a module namespace: the globals code runs in.
type Globals struct {
	in *Interp
	d  *object.Dict
}

// NewGlobals returns a fresh namespace like __main__'s (__name__ is
// "__main__", __builtins__ the interpreter's builtins) that is not
// __main__ itself, for Exec and Eval.
func (in *Interp) NewGlobals() *Globals {
	var g *Globals
	in.vm.Locked(func() error {
		g = &Globals{in: in, d: in.vm.NewModuleGlobals("__main__")}
		return nil
	})
	return g
}

// Main returns the namespace of the interpreter's __main__ module.
func (in *Interp) Main() *Globals {
	var g *Globals
	in.vm.Locked(func() error {
		g = &Globals{in: in, d: in.vm.MainGlobals()}
		return nil
	})
	return g
}

// Get returns the value bound to name.
func (g *Globals) Get(name string) (Value, bool) {
	var v object.Value
	var ok bool
	g.in.vm.Locked(func() error {
		v, ok, _ = g.d.Get(object.NewStr(name))
		return nil
	})
	return Value{v}, ok
}

// Set binds name to x converted by ValueOf.
func (g *Globals) Set(name string, x any) error {
	return g.in.vm.Locked(func() error {
		v, err := g.in.valueOf(x)
		if err != nil {
			return err
		}
		return g.d.Set(object.FromObject(object.Intern(name)), v.v)
	})
}

// Delete unbinds name.
func (g *Globals) Delete(name string) {
	g.in.vm.Locked(func() error {
		g.d.Delete(object.NewStr(name))
		return nil
	})
}

// Keys returns the names bound, in binding order (dunder names included).
func (g *Globals) Keys() []string {
	var keys []string
	g.in.vm.Locked(func() error {
		for k := range g.d.All() {
			if s, ok := k.Object().(*object.Str); ok {
				keys = append(keys, s.S)
			}
		}
		return nil
	})
	return keys
}

// Value returns the namespace as a Python dict Value.
func (g *Globals) Value() Value { return Value{object.FromObject(g.d)} }

// String is the dict's repr (without __builtins__, which is large).
func (g *Globals) String() string {
	var b strings.Builder
	b.WriteString("{")
	n := 0
	for k, v := range g.d.All() {
		if s, ok := k.Object().(*object.Str); ok && s.S == "__builtins__" {
			continue
		}
		if n > 0 {
			b.WriteString(", ")
		}
		n++
		b.WriteString(k.String())
		b.WriteString(": ")
		b.WriteString(v.String())
	}
	b.WriteString("}")
	return b.String()
}

// Exec runs src as a module body in globals (a fresh namespace when nil)
// and returns the globals.
func (in *Interp) Exec(src string, globals *Globals) (*Globals, error) {
	return in.ExecContext(context.Background(), "<string>", src, globals)
}

// ExecFile runs the Python file at path in globals (a fresh namespace
// when nil; __file__ is set) and returns the globals.
func (in *Interp) ExecFile(path string, globals *Globals) (*Globals, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if globals == nil {
		globals = in.NewGlobals()
	}
	globals.Set("__file__", path)
	return in.ExecContext(context.Background(), path, string(src), globals)
}

// ExecContext is Exec with a file name for tracebacks and a context whose
// end stops the program.
func (in *Interp) ExecContext(ctx context.Context, filename, src string, globals *Globals) (*Globals, error) {
	if globals == nil {
		globals = in.NewGlobals()
	}
	_, err := in.run(ctx, func() (object.Value, error) {
		co, err := in.vm.Compile([]byte(src), filename, "exec", 0)
		if err != nil {
			return object.Null, err
		}
		return in.vm.RunCode(co, globals.d)
	})
	return globals, err
}

// Eval evaluates the expression expr in globals (a fresh namespace when
// nil).
func (in *Interp) Eval(expr string, globals *Globals) (Value, error) {
	return in.EvalContext(context.Background(), expr, globals)
}

// EvalContext is Eval with a context whose end stops the evaluation.
func (in *Interp) EvalContext(ctx context.Context, expr string, globals *Globals) (Value, error) {
	if globals == nil {
		globals = in.NewGlobals()
	}
	return in.run(ctx, func() (object.Value, error) {
		co, err := in.vm.Compile([]byte(expr), "<string>", "eval", 0)
		if err != nil {
			return object.Null, err
		}
		return in.vm.RunCode(co, globals.d)
	})
}

// Call calls fn with args converted by ValueOf.
func (in *Interp) Call(fn Value, args ...any) (Value, error) {
	return in.CallContext(context.Background(), fn, args, nil)
}

// CallContext calls fn with positional and keyword arguments (converted by
// ValueOf), stopping it when ctx ends.
func (in *Interp) CallContext(ctx context.Context, fn Value, args []any, kwargs map[string]any) (Value, error) {
	return in.run(ctx, func() (object.Value, error) {
		vals := make([]object.Value, 0, len(args)+len(kwargs))
		for _, a := range args {
			v, err := in.valueOf(a)
			if err != nil {
				return object.Null, err
			}
			vals = append(vals, v.v)
		}
		var names []string
		if len(kwargs) > 0 {
			names = make([]string, 0, len(kwargs))
			for k := range kwargs {
				names = append(names, k)
			}
			slices.Sort(names)
			for _, k := range names {
				v, err := in.valueOf(kwargs[k])
				if err != nil {
					return object.Null, err
				}
				vals = append(vals, v.v)
			}
		}
		return object.Call(fn.v, vals, names)
	})
}

// Import imports the module name (as `import name` would, the
// AllowedModules restriction aside) and returns it.
func (in *Interp) Import(name string) (Value, error) {
	return in.run(context.Background(), func() (object.Value, error) {
		return in.vm.ImportModule(name)
	})
}

// Repr returns repr(v), running the object's own __repr__ if it has one.
func (in *Interp) Repr(v Value) (string, error) {
	var s string
	_, err := in.run(context.Background(), func() (object.Value, error) {
		var err error
		s, err = object.Repr(v.v)
		return object.Null, err
	})
	return s, err
}

// Interrupt raises KeyboardInterrupt in the code running now (safe from
// any goroutine). When no code runs it does nothing: an interrupt never
// reaches a later run.
func (in *Interp) Interrupt() {
	if in.running.Load() {
		in.vm.Interrupt()
	}
}

// Steps returns the steps the last (or current) run took while
// Options.MaxSteps or Options.MaxMemory was set.
func (in *Interp) Steps() int64 { return in.vm.Steps() }

// run runs fn under the interpreter's execution lock with the run's
// controls in place, and turns its outcome into a Value and an *Error.
func (in *Interp) run(ctx context.Context, fn func() (object.Value, error)) (Value, error) {
	if in.closed {
		return Value{}, errors.New("py: interpreter closed")
	}
	outer := in.depth == 0
	if outer {
		if err := ctx.Err(); err != nil {
			return Value{}, err
		}
		in.vm.ClearCancel()
		if in.opts.MaxSteps > 0 {
			in.vm.SetStepLimit(in.opts.MaxSteps)
		}
		if in.opts.MaxMemory > 0 {
			in.vm.SetMemoryLimit(in.opts.MaxMemory)
		}
		in.running.Store(true)
		defer func() {
			in.running.Store(false)
			in.vm.ClearCancel()
		}()
	}
	if ctx.Done() != nil {
		stop := context.AfterFunc(ctx, func() { in.vm.Cancel(context.Cause(ctx)) })
		defer stop()
	}
	in.depth++
	defer func() { in.depth-- }()
	var r object.Value
	var perr *Error
	err := in.vm.Locked(func() error {
		var err error
		r, err = fn()
		if err != nil {
			perr = newError(err)
		}
		return nil
	})
	if err != nil {
		return Value{}, newError(err)
	}
	if outer {
		cause := in.vm.CancelErr()
		if cause == nil && in.opts.MaxSteps > 0 && in.vm.Steps() > in.opts.MaxSteps {
			cause = ErrStepLimit
		}
		if cause != nil {
			if perr == nil {
				perr = &Error{msg: "KeyboardInterrupt: " + cause.Error(), typ: "KeyboardInterrupt"}
			}
			perr.cause = cause
		}
	}
	if perr != nil {
		return Value{}, perr
	}
	return Value{r}, nil
}
