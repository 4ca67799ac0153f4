// Package interp assembles a complete pyvar interpreter: the VM with the
// front end (parser, symbol table, compiler) installed as its compiler, so
// that exec, eval, compile and import work. The VM itself never imports the
// front end; this package is the one place where the two meet.
package interp

import (
	"errors"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/codecache"
	"github.com/pyvar/pyvar/core/compile"
	"github.com/pyvar/pyvar/core/native"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/stdlib"
	"github.com/pyvar/pyvar/core/symtable"
	"github.com/pyvar/pyvar/core/syntax"
	"github.com/pyvar/pyvar/core/vm"
)

// New returns an interpreter whose compiler is pyvar's front end and whose
// native modules are core/native's (unless opts.Modules names its own). When
// opts.Stdlib is empty (no search made), the CPython Lib is looked for as
// package stdlib describes.
func New(opts vm.Options) *vm.Interp {
	opts.Compiler = Compile
	opts.ParseAST = parseToAST
	opts.CompileAST = compileAST
	if opts.Modules == nil {
		opts.Modules = Modules()
	}
	if !opts.Stdlib.Found() && len(opts.Stdlib.Looked) == 0 {
		opts.Stdlib = stdlib.Find("")
	}
	if opts.CodeCache == nil {
		if c := codecache.Default(); c.Enabled() {
			opts.CodeCache = c
		}
	}
	if opts.StdIO == nil {
		if _, ok := opts.Modules["_io"]; ok {
			opts.StdIO = native.StdIO
		}
	}
	in := vm.New(opts)
	in.SetCompiler(func(src []byte, filename, mode string, flags int) (*code.Code, error) {
		return compileWarn(src, filename, mode, flags, warner(in))
	})
	return in
}

// Modules returns core/native's modules and _symtable, the one C module
// that needs the front end (see symtable.go).
func Modules() map[string]vm.ModuleMaker {
	m := native.Modules()
	m["_symtable"] = newSymtableModule
	return m
}

// warner sends the compiler's warnings to the interpreter's warnings
// machinery; a warning turned into an error (a SyntaxWarning of the
// compiler, a DeprecationWarning of the tokenizer) becomes the SyntaxError
// CPython raises in its place.
func warner(in *vm.Interp) compile.Warner {
	return func(filename string, lineno int, category, msg string) (bool, error) {
		err := in.WarnExplicit(category, msg, filename, lineno)
		if err == nil {
			return false, nil
		}
		if cat, ok := object.ExceptionTypes()[category]; ok && object.ExceptionMatches(err, cat) {
			return true, nil
		}
		return false, err
	}
}

// compileWarn is Compile with the warnings going to warn.
func compileWarn(src []byte, filename, mode string, flags int, warn compile.Warner) (*code.Code, error) {
	m, ok := modes[mode]
	if !ok {
		return nil, object.Errorf(object.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	syntax.IntMaxStrDigits = object.IntMaxStrDigits
	co, err := compile.CompileWarn(src, filename, m, flags, warn)
	if err != nil {
		return nil, AsPython(err)
	}
	return co, nil
}

var modes = map[string]syntax.Mode{"exec": syntax.Exec, "eval": syntax.Eval, "single": syntax.Single}

// Compile is the vm.CompilerFunc: source to code object, with front-end
// errors turned into Python SyntaxError exceptions.
func Compile(src []byte, filename, mode string, flags int) (*code.Code, error) {
	m, ok := modes[mode]
	if !ok {
		return nil, object.Errorf(object.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	// Decimal literals obey sys.set_int_max_str_digits as int(str) does.
	syntax.IntMaxStrDigits = object.IntMaxStrDigits
	co, err := compile.Compile(src, filename, m, flags)
	if err != nil {
		return nil, AsPython(err)
	}
	return co, nil
}

// AsPython turns a front-end error into the Python exception it stands
// for: a *syntax.Error into SyntaxError, IndentationError or TabError (or the
// ValueError/RecursionError it names), the symbol table's too-deep tree into
// RecursionError; other errors are returned unchanged.
func AsPython(err error) error {
	var re *symtable.RecursionError
	if errors.As(err, &re) {
		return object.Errorf(object.RecursionError, "%s", re.Error())
	}
	var se *syntax.Error
	if !errors.As(err, &se) {
		return err
	}
	if se.Lineno == 0 && se.Kind == "SyntaxError" {
		// No position (the main-script encoding check): CPython's
		// exception carries only the message and prints no location.
		return object.NewException(object.SyntaxError, object.NewStr(se.Msg))
	}
	return vm.NewSyntaxError(se.Kind, se.Msg, se.Filename, se.Lineno, se.Offset, se.Text, se.EndLineno, se.EndOffset)
}
