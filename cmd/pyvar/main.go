// Command pyvar runs Python programs on the pyvar VM and shows how they
// compile: `pyvar FILE`, `pyvar -c CODE`, `pyvar -` (stdin), `pyvar dis`,
// `pyvar scopes`, and a REPL when started with no program on a terminal.
// Exit codes follow python3: 0 on success, 1 on an uncaught exception, 2 on
// a usage error.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"syscall"

	"github.com/pyvar/pyvar/core/gcfloor"
	"github.com/pyvar/pyvar/core/native"
)

var usage = `usage: pyvar [options] FILE [args...]   run a program
       pyvar [options] -c CODE [args...]  run CODE
       pyvar [options] - [args...]        run the program read from stdin
       pyvar [options] -m MODULE [args...] run a library module as __main__ (json.tool, unittest, ...)
       pyvar run [options] FILE [args...] the same as pyvar FILE
       pyvar dis [--opcache] FILE|-       disassemble, as python3.10 -m dis does
       pyvar scopes [--json] FILE|DIR...  explain the scope of every name
       pyvar                              interactive prompt (stdin is a terminal)
       pyvar -i                           interactive prompt on any stdin (prompts go to stderr)

run options:
` + indentOptions + `  -u                         unbuffered stdout and stderr (as PYTHONUNBUFFERED=1 does)
  --help                     show this help

The standard library is CPython 3.10's own pure-Python Lib, used where it is
installed (never copied): --stdlib DIR, else $PYVAR_STDLIB, else pyenv's
$(pyenv root)/versions/3.10.*/lib/python3.10, else the python3.10 on the PATH.
sys.path is the script's directory ('' for -c and the prompt, the current
directory for -m), then $PYTHONPATH, then that Lib. Without a Lib pyvar still
runs, with its built-in modules only.
`

func main() {
	// Go samples one allocation in every 512 KB for its heap profile, and
	// each sample records a stack trace: about 270,000 instructions through
	// the eval loop's deep Go stacks, 5% of the logging benchmark's. Only
	// --memprofile reads those samples (it sets its own rate).
	runtime.MemProfileRate = 0
	gcfloor.Install()
	// The process is pyvar's: SIGUSR1, SIGALRM, SIGABRT, ... end it as
	// they end CPython when Python does not handle them.
	native.KeepDefaultSignalActions()
	code, sigint := runMainSignal(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	if sigint {
		// As CPython's exit_sigint: a program ended by an uncaught
		// KeyboardInterrupt dies of SIGINT, so that its parent sees the
		// signal (a shell stops its script, subprocess's returncode is
		// -2).
		native.DieOfSignal(syscall.SIGINT)
	}
	os.Exit(code)
}

// sigintExit says that the program ended with an uncaught
// KeyboardInterrupt (exit status 130 when it cannot die of SIGINT).
type sigintExit struct{}

func (sigintExit) Error() string { return "KeyboardInterrupt" }

// indentOptions is pyvarOptionsText set in by two spaces, as usage lists it.
var indentOptions = "  " + strings.ReplaceAll(strings.TrimSuffix(pyvarOptionsText, "\n"), "\n", "\n  ") + "\n"

// usageError is a command-line mistake: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// runMain is the whole command, testable in-process.
func runMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	code, _ := runMainSignal(args, stdin, stdout, stderr)
	return code
}

// runMainSignal is runMain that also says whether the program ended with
// an uncaught KeyboardInterrupt, which the command then dies of.
func runMainSignal(args []string, stdin io.Reader, stdout, stderr io.Writer) (int, bool) {
	code, err := runMainErr(args, stdin, stdout, stderr)
	return code, errors.As(err, new(sigintExit))
}

func runMainErr(args []string, stdin io.Reader, stdout, stderr io.Writer) (int, error) {
	code, err := dispatch(args, stdin, stdout, stderr)
	if errors.As(err, new(sigintExit)) {
		return code, err
	}
	var ce cliError
	if errors.As(err, &ce) {
		fmt.Fprintf(stderr, "%s\n%s", ce.msg, shortUsage)
		return 2, nil
	}
	var ue usageError
	if errors.As(err, &ue) {
		if ue.msg != "" {
			fmt.Fprintf(stderr, "pyvar: %s\n", ue.msg)
		}
		fmt.Fprint(stderr, usage)
		return 2, nil
	}
	if err != nil {
		fmt.Fprintf(stderr, "pyvar: %v\n", err)
		if code == 0 {
			code = 1
		}
	}
	return code, nil
}

func dispatch(args []string, stdin io.Reader, stdout, stderr io.Writer) (int, error) {
	if len(args) > 0 {
		switch args[0] {
		case "run":
			return runCommand(args[1:], stdin, stdout, stderr)
		case "dis":
			return disCommand(args[1:], stdin, stdout, stderr)
		case "scopes":
			return scopesCommand(args[1:], stdout, stderr)
		case "help", "-help":
			fmt.Fprint(stdout, helpText)
			return 0, nil
		}
	}
	return runCommand(args, stdin, stdout, stderr)
}

// runOptions are the options of `pyvar [run]`: CPython's and pyvar's own.
type runOptions struct {
	py               pyOptions
	opcache          string
	minRuns          int
	countLoops       bool
	opcacheStats     bool
	cpuprofile       string
	memprofile       string
	pyprofile        string
	pyprofileOpcodes bool
	stdlib           string
}
