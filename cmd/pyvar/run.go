package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"github.com/pyvar/pyvar/cmd/internal/cmdline"
	"github.com/pyvar/pyvar/core/code"
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
	py := &opts.py
	switch {
	case py.help:
		fmt.Fprint(stdout, helpText)
		return 0, nil
	case py.version > 0:
		fmt.Fprint(stdout, versionText(py.version))
		return 0, nil
	}
	py.applyEnv(getenv)
	interactive := program == ""
	// PYTHONINSPECT opens the prompt after the program only on a terminal;
	// -i does on any stdin.
	if py.inspect && !py.interactive && !isTerminal(stdin) {
		py.inspect = false
	}
	if interactive {
		argv = []string{""}
	}
	vopts := vm.Options{Argv: argv, Stdin: stdin, Stdout: stdout, Stderr: stderr,
		Opcache: opts.opcache, OpcacheMinRuns: opts.minRuns, OpcacheCountLoops: opts.countLoops, Stdlib: stdlib.Find(opts.stdlib),
		Unbuffered: py.unbuffered, Inspect: py.inspect, Flags: py.flags()}
	if !py.ignoreEnv {
		vopts.IOEncoding = getenv("PYTHONIOENCODING")
	}
	if exe, err := os.Executable(); err == nil {
		vopts.OrigArgv = append([]string{exe}, args...)
	}

	var rec *pyprof.Recorder
	stopSampling := func() {}
	if opts.pyprofile != "" {
		rec = pyprof.New(time.Millisecond)
		rec.OpcodeLeaf = opts.pyprofileOpcodes
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
	defer func() {
		// Stop guarantees no more sends: closing ends the goroutine below,
		// which otherwise outlived every run (one per in-process test).
		signal.Stop(sigs)
		close(sigs)
	}()
	go func() {
		for range sigs {
			in.Interrupt()
		}
	}()
	if py.faulthandler() {
		err := in.Locked(func() error {
			m, err := in.ImportModule("faulthandler")
			if err == nil {
				_, err = object.CallMethodByName(m, "enable")
			}
			return err
		})
		if err != nil {
			fmt.Fprintf(stderr, "pyvar: cannot enable faulthandler: %v\n", err)
		}
	}
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
	if opts.memprofile != "" {
		f, err := os.Create(opts.memprofile)
		if err != nil {
			return 2, usageError{err.Error()}
		}
		defer f.Close()
		// Sampling starts here: start-up's allocations are mostly not in
		// the profile, the program's are.
		oldRate := runtime.MemProfileRate
		runtime.MemProfileRate = memProfileRate
		defer func() {
			// The profile's figures are as of the last completed
			// collection: two more cover the whole run (without them a
			// program that allocates less showed fewer of its bytes).
			runtime.GC()
			runtime.GC()
			if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
				fmt.Fprintf(stderr, "pyvar: --memprofile: %v\n", err)
			}
			runtime.MemProfileRate = oldRate
		}()
	}

	var runErr error
	switch {
	case program == "-c":
		runErr = in.RunSource([]byte(source), "<string>")
	case program == "-m":
		runErr = in.RunModule(source)
	case program == "-" || (interactive && !py.inspect && !isTerminal(stdin)):
		src, err := io.ReadAll(stdin)
		if err != nil {
			return 1, err
		}
		runErr = in.RunSource(skipLine(src, py.skipFirstLine), "<stdin>")
	case interactive:
		if !py.quiet {
			fmt.Fprint(stderr, banner())
		}
		sess := newSession(in, stderr, py.optimize)
		// PYTHONSTARTUP runs in __main__ before the first prompt, as
		// CPython's interactive mode runs it; its errors are shown.
		if startup := getenv("PYTHONSTARTUP"); startup != "" && !py.ignoreEnv {
			if src, err := os.ReadFile(startup); err != nil {
				fmt.Fprintf(stderr, "Could not open PYTHONSTARTUP\nFileNotFoundError: %s: '%s'\n", cmdline.Errno(err), startup)
			} else {
				err := in.RunSource(src, startup)
				// As CPython's run of a file in __main__: __file__ goes again.
				in.MainGlobals().Delete(object.NewStr("__file__"))
				in.MainGlobals().Delete(object.NewStr("__cached__"))
				if err != nil {
					in.ShowException(err)
				}
			}
		}
		code := repl(sess, newLineReader(sess, stdin, stdout, stderr), stderr)
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
		src, err := os.ReadFile(program)
		if err == nil {
			src = skipLine(src, py.skipFirstLine)
			runErr = interp.AsPython(syntax.CheckScript(absPath(program), src))
		}
		if runErr == nil {
			if py.skipFirstLine {
				runErr = in.RunSourceFile(src, program)
			} else {
				runErr = in.RunFile(program)
			}
		}
	}
	if py.inspect && !interactive {
		// python -i: the program's error is shown (SystemExit too, which
		// does not end the session), then the prompt runs in its globals.
		stopSampling()
		if runErr != nil {
			in.ShowException(runErr)
		}
		sess := newSession(in, stderr, py.optimize)
		code := repl(sess, newLineReader(sess, stdin, stdout, stderr), stderr)
		in.Finalize()
		return code, nil
	}
	stopSampling()
	// As CPython's Py_RunMain: the uncaught exception goes to
	// sys.excepthook, then the interpreter ends, flushing sys.stdout; a
	// failure there makes the exit status 120 (but for an uncaught
	// KeyboardInterrupt, which still ends as SIGINT would).
	code := in.HandleExit(runErr)
	sigint := object.ExceptionMatches(runErr, object.KeyboardInterrupt)
	// Then the interpreter ends as CPython's does (atexit, __del__ of
	// what is left, suspended generators closed, sys.stdout flushed);
	// without the error, so that what only its traceback kept alive is
	// collected first.
	runErr = nil
	if !in.Finalize() && code != 130 {
		code = 120
	}
	if opts.opcacheStats {
		st := in.OpcacheStats()
		st.Write(stderr)
		st.WriteCodeObjects(stderr)
		if sites, hits, misses := in.AttrCacheStats(); sites > 0 {
			fmt.Fprintf(stderr, "attribute caches (LOAD_ATTR, LOAD_METHOD, STORE_ATTR): %d sites, hits %d (%.0f%%), misses %d\n",
				sites, hits, 100*float64(hits)/float64(hits+misses), misses)
		}
		if lookups, fills := object.BuiltinLookupStats(); lookups > 0 {
			fmt.Fprintf(stderr, "built-in type lookups (MRO cache): %d, hits %d (%.0f%%), fills %d\n",
				lookups, lookups-fills, 100*float64(lookups-fills)/float64(lookups), fills)
		}
		if n := in.SuperMethodCalls(); n > 0 {
			fmt.Fprintf(stderr, "super().m() calls without a super object: %d\n", n)
		}
		if reused, fresh := in.SliceTempStats(); reused+fresh > 0 {
			fmt.Fprintf(stderr, "slice temporaries (x[a:b] = y[c:d]): reused %d (%.0f%%), new %d\n",
				reused, 100*float64(reused)/float64(reused+fresh), fresh)
		}
		if reused, fresh := in.TempFunctionStats(); reused+fresh > 0 {
			fmt.Fprintf(stderr, "comprehension functions (code.FuncTemp): reused %d (%.0f%%), new %d\n",
				reused, 100*float64(reused)/float64(reused+fresh), fresh)
		}
		if hits, misses := in.FunctionGlobalsStats(); hits+misses > 0 {
			fmt.Fprintf(stderr, "MAKE_FUNCTION globals memo (__builtins__, __name__): hits %d (%.0f%%), misses %d\n",
				hits, 100*float64(hits)/float64(hits+misses), misses)
		}
	}
	if rec != nil {
		if err := writeProfile(opts.pyprofile, rec); err != nil {
			fmt.Fprintf(stderr, "pyvar: --pyprofile: %v\n", err)
		}
	}
	if sigint && code == 130 {
		return code, sigintExit{}
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

// skipLine is -x: the first line is dropped, its newline kept so that
// line numbers stay those of the file.
func skipLine(src []byte, skip bool) []byte {
	if !skip {
		return src
	}
	if i := bytes.IndexByte(src, '\n'); i >= 0 {
		return src[i:]
	}
	return nil
}

// banner is what the prompt prints first unless -q, as CPython's does.
func banner() string {
	return "Python " + vm.Version() + " on " + runtime.GOOS + "\n" +
		`Type "help", "copyright", "credits" or "license" for more information.` + "\n"
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// session runs REPL statements in the interpreter's __main__.
type session struct {
	in       *vm.Interp
	stderr   io.Writer
	optimize int // -O
}

// newSession prepares the interpreter for the prompt as CPython's
// interactive mode and site do: sys.ps1 and sys.ps2 unless the program set
// them, and builtins.help (site's helper) when the Lib is there.
func newSession(in *vm.Interp, stderr io.Writer, optimize int) *session {
	s := &session{in: in, stderr: stderr, optimize: optimize}
	if sys, ok, _ := in.Modules.Get(object.NewStr("sys")); ok {
		for name, v := range map[string]string{"ps1": ">>> ", "ps2": "... "} {
			if _, err := object.GetAttrString(sys, name); err != nil {
				object.SetAttr(sys, object.Intern(name), object.NewStr(v))
			}
		}
	}
	if _, ok, _ := in.Builtins.Get(object.NewStr("help")); !ok {
		if m, err := in.ImportModule("_sitebuiltins"); err == nil {
			if h, err := object.GetAttrString(m, "_Helper"); err == nil {
				if helper, err := object.Call(h, nil, nil); err == nil {
					in.Builtins.Set(object.NewStr("help"), helper)
				}
			}
		}
	}
	return s
}

// Prompt is str(sys.ps1) or str(sys.ps2), read at each prompt as CPython
// does, so that a program may change them.
func (s *session) Prompt(continuation bool) string {
	name, def := "ps1", ">>> "
	if continuation {
		name, def = "ps2", "... "
	}
	sys, ok, _ := s.in.Modules.Get(object.NewStr("sys"))
	if !ok {
		return def
	}
	v, err := object.GetAttrString(sys, name)
	if err != nil {
		return ""
	}
	str, err := object.StrOf(v)
	if err != nil {
		return def
	}
	return str
}

// Complete lists what rlcompleter would offer for word: keywords, names
// of __main__ and builtins for a plain name; for a.b.c, the attributes of
// the object a.b (found by attribute lookup, without calling anything
// else) that start with c, methods with "(" appended.
func (s *session) Complete(word string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(name string, v object.Value) {
		if seen[name] {
			return
		}
		seen[name] = true
		if !v.IsNull() && object.IsCallable(v) {
			name += "("
		}
		out = append(out, name)
	}
	if i := strings.LastIndexByte(word, '.'); i >= 0 {
		path, attr := strings.Split(word[:i], "."), word[i+1:]
		v, ok, _ := s.in.MainGlobals().Get(object.NewStr(path[0]))
		if !ok {
			if v, ok, _ = s.in.Builtins.Get(object.NewStr(path[0])); !ok {
				return nil
			}
		}
		for _, p := range path[1:] {
			var err error
			if v, err = object.GetAttrString(v, p); err != nil {
				return nil
			}
		}
		dir, err := object.Dir(v)
		if err != nil {
			return nil
		}
		l, ok := dir.Object().(*object.List)
		if !ok {
			return nil
		}
		for _, nv := range l.Items {
			ns, ok := nv.Object().(*object.Str)
			if !ok {
				continue
			}
			n := ns.S
			if strings.HasPrefix(n, attr) && (attr != "" || !strings.HasPrefix(n, "_")) {
				a, err := object.GetAttrString(v, n)
				if err != nil {
					a = object.Null
				}
				add(word[:i+1]+n, a)
			}
		}
		sort.Strings(out)
		return out
	}
	for _, kw := range pyKeywords {
		if strings.HasPrefix(kw, word) {
			seen[kw] = true
			out = append(out, kw)
		}
	}
	for _, d := range []*object.Dict{s.in.MainGlobals(), s.in.Builtins} {
		for _, k := range d.Keys() {
			if ks, ok := k.Object().(*object.Str); ok && strings.HasPrefix(ks.S, word) {
				v, _, _ := d.Get(k)
				add(ks.S, v)
			}
		}
	}
	sort.Strings(out)
	return out
}

// pyKeywords are keyword.kwlist of 3.10.
var pyKeywords = []string{"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
	"continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
	"is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"}

// indentationErrorAt returns the line of the IndentationError compiling
// src raises, or 0.
func (s *session) indentationErrorAt(src string) int {
	_, err := interp.Compile([]byte(src), "<stdin>", "single", 0)
	var e *object.BaseException
	if err == nil || !errors.As(err, &e) || !e.Class.IsSubtype(object.IndentationError) {
		return 0
	}
	v, gerr := object.GetAttrString(object.FromObject(e), "lineno")
	if gerr != nil {
		return 0
	}
	n, _ := v.AsInt()
	lines := strings.Split(src, "\n")
	if n < 1 || int(n) > len(lines) {
		return 0
	}
	// At the end of the input the error names the line that opened the
	// block (it ends with ':'): that block is only incomplete.
	if strings.HasSuffix(strings.TrimSpace(lines[n-1]), ":") && strings.Contains(err.Error(), "expected an indented block") {
		return 0
	}
	return int(n)
}

func (s *session) Single(src string) (bool, error) {
	co, err := interp.Compile([]byte(src), "<stdin>", "single", code.WithOptimize(0, s.optimize))
	if err != nil {
		// "expected an indented block" is incomplete input at the end of
		// the buffer, an error on a line that was typed.
		if incompleteInput(err) && s.indentationErrorAt(src) == 0 {
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

// memProfileRate is --memprofile's sampling: one sample per 4 KB
// allocated on average, fine enough for the small objects a Python
// program makes (Go's default, 512 KB, sees few of them).
const memProfileRate = 4096
