package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"runtime/pprof"
	"time"

	"github.com/pyvar/pyvar/core/compile"
	"github.com/pyvar/pyvar/core/interp"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/pyprof"
	"github.com/pyvar/pyvar/core/stdlib"
	"github.com/pyvar/pyvar/core/syntax"
	"github.com/pyvar/pyvar/core/vm"
	"golang.org/x/term"
)

// runCommand is `pyvar [run] [options] FILE|-c CODE|- [args]`, and the REPL
// when no program is named.
func runCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) (int, error) {
	opts, program, source, argv, err := parseRun(args)
	if err != nil {
		return 2, err
	}
	if opts.interactive && program != "" {
		return 2, usageError{"-i with a program is not supported: run the program, or start the prompt"}
	}
	interactive := program == ""
	if interactive {
		argv = []string{""}
	}
	vopts := vm.Options{Argv: argv, Stdin: stdin, Stdout: stdout, Stderr: stderr,
		Opcache: opts.opcache, OpcacheMinRuns: opts.minRuns, Stdlib: stdlib.Find(opts.stdlib),
		Unbuffered: opts.unbuffered || os.Getenv("PYTHONUNBUFFERED") != ""}
	if exe, err := os.Executable(); err == nil {
		vopts.OrigArgv = append([]string{exe}, args...)
	}

	var rec *pyprof.Recorder
	stopSampling := func() {}
	if opts.pyprofile != "" {
		rec = pyprof.New(time.Millisecond)
		vopts.Sampler = rec.Sampler()
	}
	// The compiler's SyntaxWarnings are printed as the warnings module
	// prints them: where, what, then the source line when there is a file.
	compile.Warn = func(filename string, lineno int, category, msg string) {
		fmt.Fprintf(stderr, "%s:%d: %s: %s\n", filename, lineno, category, msg)
		if line := sourceLine(filename, lineno); line != "" {
			fmt.Fprintf(stderr, "  %s\n", line)
		}
	}
	defer func() { compile.Warn = nil }()
	in := interp.New(vopts)
	if rec != nil {
		stopSampling = rec.Start(in)
	}
	// Ctrl-C raises KeyboardInterrupt at the VM's next eval-breaker check,
	// in a program as at the prompt, as CPython's signal handler does.
	// A SIGINT the shell ignores (a background job) stays ignored, as
	// CPython leaves an inherited SIG_IGN alone.
	sigs := make(chan os.Signal, 1)
	if !signal.Ignored(os.Interrupt) {
		signal.Notify(sigs, os.Interrupt)
	}
	defer signal.Stop(sigs)
	go func() {
		for range sigs {
			in.Interrupt()
		}
	}()
	if opts.cpuprofile != "" {
		f, err := os.Create(opts.cpuprofile)
		if err != nil {
			return 2, usageError{err.Error()}
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return 1, err
		}
		defer pprof.StopCPUProfile()
	}

	var runErr error
	switch {
	case program == "-c":
		runErr = in.RunSource([]byte(source), "<string>")
	case program == "-m":
		runErr = in.RunModule(source)
	case program == "-" || (interactive && !opts.interactive && !isTerminal(stdin)):
		src, err := io.ReadAll(stdin)
		if err != nil {
			return 1, err
		}
		runErr = in.RunSource(src, "<stdin>")
	case interactive:
		code := repl(&session{in: in, stderr: stderr}, newLineReader(stdin, stdout, stderr), stderr)
		in.Finalize()
		return code, nil
	default:
		if st, err := os.Stat(program); err != nil || st.IsDir() {
			reason := "[Errno 2] No such file or directory"
			if err == nil {
				reason = "[Errno 21] Is a directory"
			} else if errors.Is(err, fs.ErrPermission) {
				reason = "[Errno 13] Permission denied"
			}
			fmt.Fprintf(stderr, "pyvar: can't open file %s: %s\n", pyQuote(absPath(program)), reason)
			return 2, nil
		}
		// CPython checks the main script, and only it, for non-UTF-8
		// bytes before compiling (imports and compile() decode lazily).
		if src, err := os.ReadFile(program); err == nil {
			runErr = interp.AsPython(syntax.CheckScript(absPath(program), src))
		}
		if runErr == nil {
			runErr = in.RunFile(program)
		}
	}
	stopSampling()
	// As CPython's Py_RunMain: the uncaught exception goes to
	// sys.excepthook, then the interpreter ends, flushing sys.stdout; a
	// failure there makes the exit status 120 (but for an uncaught
	// KeyboardInterrupt, which still ends as SIGINT would).
	code := in.HandleExit(runErr)
	// Then the interpreter ends as CPython's does (atexit, __del__ of
	// what is left, suspended generators closed, sys.stdout flushed);
	// without the error, so that what only its traceback kept alive is
	// collected first.
	runErr = nil
	if !in.Finalize() && code != 130 {
		code = 120
	}
	if opts.opcacheStats {
		in.OpcacheStats().Write(stderr)
	}
	if rec != nil {
		if err := writeProfile(opts.pyprofile, rec); err != nil {
			fmt.Fprintf(stderr, "pyvar: --pyprofile: %v\n", err)
		}
	}
	return code, nil
}

func writeProfile(path string, rec *pyprof.Recorder) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := rec.Write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// session runs REPL statements in the interpreter's __main__.
type session struct {
	in     *vm.Interp
	stderr io.Writer
}

func (s *session) Single(src string) (bool, error) {
	co, err := interp.Compile([]byte(src), "<stdin>", "single", 0)
	if err != nil {
		if incompleteInput(err) {
			return true, nil
		}
		return false, err
	}
	_, err = s.in.RunCode(co, s.in.MainGlobals())
	return false, err
}

func (s *session) Report(err error) int {
	code := s.in.HandleExit(err)
	var e *object.BaseException
	if errors.As(err, &e) && e.Class.IsSubtype(object.SystemExit) {
		return code
	}
	return -1
}
