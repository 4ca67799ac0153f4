package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/pyvar/pyvar/cmd/internal/cmdline"
	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/interp"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// disCommand is `pyvar dis [--opcache] FILE|-`: the listing of
// `python3.10 -m dis FILE`. With --opcache the program runs first and each
// LOAD_GLOBAL is annotated with what its cache entry did, and each LOAD_ATTR,
// LOAD_METHOD and STORE_ATTR with its attribute cache's counts and ways, and
// each instruction the VM ran together with the next as a superinstruction.
func disCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) (int, error) {
	cmd := cmdline.New("pyvar dis", "[--opcache] [--opcache-strategy=S] [--opcache-min-runs=N] FILE|-",
		"Disassembles FILE (- for stdin) as python3.10 -m dis does.")
	fl := cmd.Flags
	var ro runOptions
	annotate := fl.Bool("opcache", false, "run the program first, then annotate each LOAD_GLOBAL with what its cache did")
	fl.StringVar(&ro.opcache, "opcache-strategy", "keys", "LOAD_GLOBAL cache strategy for --opcache: keys (the default), pep509 or off")
	fl.IntVar(&ro.minRuns, "opcache-min-runs", -1, "frame entries (and, for keys, back-edges) before a code object gets its cache (default: 8 for keys, 1024 for pep509)")
	fl.BoolVar(&ro.countLoops, "opcache-count-loops", false, "pep509: back-edges count toward --opcache-min-runs too")
	if done, code := cmd.Parse(args, stdout, stderr); done {
		return code, nil
	}
	if fl.NArg() != 1 {
		return cmd.UsageError(stderr, "pyvar dis takes one FILE (or - for stdin)"), nil
	}
	name := fl.Arg(0)
	var src []byte
	var err error
	filename := name
	if name == "-" {
		src, err = io.ReadAll(stdin)
		filename = "<stdin>"
	} else {
		src, err = os.ReadFile(name)
	}
	if err != nil {
		fmt.Fprintln(stderr, cmdline.CantOpen("pyvar dis", name, err))
		return 2, nil
	}
	co, err := interp.Compile(src, filename, "exec", 0)
	if err != nil {
		code, message := vm.ExitCode(err)
		fmt.Fprint(stderr, message)
		return code, nil
	}
	if *annotate {
		in := interp.New(vm.Options{Argv: []string{name}, Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: stderr,
			Opcache: ro.opcache, OpcacheMinRuns: ro.minRuns, OpcacheCountLoops: ro.countLoops})
		g := in.MainGlobals()
		if name != "-" {
			abs, _ := filepath.Abs(name)
			g.Set(object.NewStr("__file__"), object.NewStr(abs))
		}
		if _, err := in.RunCode(co, g); err != nil {
			var e *object.BaseException
			if !errors.As(err, &e) || !e.Class.IsSubtype(object.SystemExit) {
				_, message := vm.ExitCode(err)
				fmt.Fprintf(stderr, "pyvar dis --opcache: the program raised (the listing shows the counts until then):\n%s", message)
			}
		}
		code.DisWith(stdout, co, func(c *code.Code, unit int) string {
			switch c.Code[unit].Op() {
			case code.LOAD_GLOBAL:
				return siteNote(c, unit)
			case code.LOAD_ATTR, code.LOAD_METHOD, code.STORE_ATTR:
				return attrNote(c, unit)
			}
			if unit < len(c.Exec) && code.IsSuper(c.Exec[unit].Op()) {
				// The VM runs this instruction and the next as one
				// (code.Quicken); co_code is unchanged.
				return "[superinstruction " + code.SuperName(c.Exec[unit].Op()) + "]"
			}
			return ""
		})
		return 0, nil
	}
	code.Dis(stdout, co)
	return 0, nil
}

// attrNote says what the attribute cache of the instruction at unit did
// (instructions of one kind on one name share it) and what each of its
// ways holds.
func attrNote(c *code.Code, unit int) string {
	ac := vm.AttrCacheAt(c, unit)
	if ac == nil || ac.Hits+ac.Misses == 0 {
		return "[attr cache: never ran]"
	}
	note := fmt.Sprintf("[attr cache: hits=%d misses=%d", ac.Hits, ac.Misses)
	if ways := ac.Ways(); len(ways) > 0 {
		note += ": " + strings.Join(ways, ", ")
	}
	return note + "]"
}

// siteNote says what the opcache entry of the LOAD_GLOBAL at unit did.
func siteNote(c *code.Code, unit int) string {
	if c.Cache == nil {
		return "[opcache: none (the code object never ran, or ran fewer times than --opcache-min-runs)]"
	}
	if st, ok := c.Cache.Site(unit); ok {
		return "[opcache: " + st.Annotation() + "]"
	}
	return "[opcache: not cached]"
}
