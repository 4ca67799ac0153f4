package vm_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/compile"
	"github.com/pyvar/pyvar/core/native"
	"github.com/pyvar/pyvar/core/syntax"
	"github.com/pyvar/pyvar/core/vm"
)

// The script tests run testdata/*.py (and testdata/*/main.py for
// multi-file programs) and compare stdout and the traceback printed for an
// uncaught exception with the .out/.err files beside them, which were
// produced by CPython 3.10 (-update regenerates them from it). Absolute
// paths of the testdata directory are written as "$DIR".

var update = flag.Bool("update", false, "regenerate testdata/*.out and *.err with CPython 3.10")

// compiler adapts compile.Compile to vm.CompilerFunc, turning syntax
// errors into SyntaxError exceptions.
func compiler(src []byte, filename, mode string, flags int) (*code.Code, error) {
	m := syntax.Exec
	switch mode {
	case "eval":
		m = syntax.Eval
	case "single":
		m = syntax.Single
	}
	co, err := compile.Compile(src, filename, m, flags)
	if err != nil {
		var se *syntax.Error
		if errors.As(err, &se) {
			return nil, vm.NewSyntaxError(se.Kind, se.Msg, se.Filename, se.Lineno, se.Offset, se.Text, se.EndLineno, se.EndOffset)
		}
		return nil, err
	}
	return co, nil
}

// runScript runs path with pyvar and returns stdout, stderr and exit code.
func runScript(t *testing.T, path string, opts vm.Options) (string, string, int) {
	var out, errb bytes.Buffer
	opts.Argv = []string{path}
	opts.Stdout, opts.Stderr = &out, &errb
	opts.Compiler = compiler
	if opts.Modules == nil {
		opts.Modules = native.Modules() // math, time and the other C modules of CPython
	}
	in := vm.New(opts)
	err := in.RunFile(path)
	code, msg := vm.ExitCode(err)
	errb.WriteString(msg)
	return out.String(), errb.String(), code
}

func python310() string {
	out, err := exec.Command("pyenv", "prefix", "3.10.13").Output()
	if err != nil {
		return ""
	}
	p := filepath.Join(strings.TrimSpace(string(out)), "bin", "python3.10")
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

func scripts(t *testing.T) []string {
	files, _ := filepath.Glob("testdata/*.py")
	dirs, _ := filepath.Glob("testdata/*/main.py")
	return append(files, dirs...)
}

func golden(path string) (outFile, errFile string) {
	base := strings.TrimSuffix(path, ".py")
	if filepath.Base(path) == "main.py" {
		base = filepath.Dir(path)
	}
	return base + ".out", base + ".err"
}

func TestScripts(t *testing.T) {
	abs, _ := filepath.Abs("testdata")
	norm := func(s string) string { return strings.ReplaceAll(s, abs, "$DIR") }
	if *update {
		py := python310()
		if py == "" {
			t.Fatal("-update needs CPython 3.10 (pyenv prefix 3.10.13)")
		}
		for _, s := range scripts(t) {
			p, _ := filepath.Abs(s)
			cmd := exec.Command(py, p)
			cmd.Dir = filepath.Dir(p)
			var out, errb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			cmd.Run()
			o, e := golden(s)
			os.WriteFile(o, []byte(norm(out.String())), 0o644)
			if errb.Len() > 0 {
				os.WriteFile(e, []byte(norm(errb.String())), 0o644)
			} else {
				os.Remove(e)
			}
		}
	}
	for _, s := range scripts(t) {
		t.Run(strings.TrimPrefix(s, "testdata/"), func(t *testing.T) {
			p, _ := filepath.Abs(s)
			out, errs, _ := runScript(t, p, vm.Options{})
			o, e := golden(s)
			wantOut, err := os.ReadFile(o)
			if err != nil {
				t.Fatalf("no golden output: %v (run with -update)", err)
			}
			wantErr, _ := os.ReadFile(e)
			if got := norm(out); got != string(wantOut) {
				t.Errorf("stdout differs\n--- got\n%s\n--- want\n%s", got, wantOut)
			}
			if got := norm(errs); got != string(wantErr) {
				t.Errorf("stderr differs\n--- got\n%s\n--- want\n%s", got, wantErr)
			}
		})
	}
}
