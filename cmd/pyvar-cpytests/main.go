// Command pyvar-cpytests runs files of CPython 3.10's own test suite
// (Lib/test/test_*.py) under pyvar and under CPython 3.10, with the real
// unittest module (`-m unittest -v test.test_x`), and prints per file how
// many tests pass on each and how many of CPython's passing tests also pass
// on pyvar.
//
//	go run ./cmd/pyvar-cpytests                     # the default list
//	go run ./cmd/pyvar-cpytests test_scope test_grammar
//	go run ./cmd/pyvar-cpytests -v test_scope       # and the tests that differ
//
// Files that run doctests through test.support.run_doctest (test_genexps,
// test_syntax, ...) also have their doctests run, each example counted as
// one test ("example_N (doctest name)"), since unittest alone runs none
// of them.
//
// The per-file figures for the language core are in RESULTS.md.
//
// pyvar is built from this checkout (or -pyvar names a binary); CPython
// 3.10 is found as the tests find it (package pyref), and its Lib is the one
// both interpreters run.
package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/pyvar/pyvar/cmd/internal/cmdline"
	"github.com/pyvar/pyvar/core/pyref"
)

// defaultFiles are test files that need no C extension modules pyvar
// lacks (sockets, ctypes, sqlite, ...).
var defaultFiles = []string{
	"test_scope", "test_grammar", "test_bool", "test_int", "test_float", "test_string", "test_list", "test_tuple",
	"test_dict", "test_set", "test_bisect", "test_heapq", "test_itertools", "test_functools", "test_operator",
	"test_collections", "test_enum", "test_dataclasses", "test_typing", "test_types", "test_copy", "test_json",
	"test_re", "test_random", "test_math", "test_string_literals", "test_fstring", "test_unpack", "test_exceptions",
	"test_class", "test_descr", "test_generators", "test_contextlib", "test_textwrap", "test_pprint", "test_base64",
	"test_struct", "test_array", "test_datetime", "test_fractions", "test_decimal", "test_statistics", "test_argparse",
	"test_keywordonlyarg", "test_opcodes", "test_with", "test_raise", "test_augassign", "test_baseexception",
	"test_genexps", "test_listcomps", "test_setcomps", "test_dictcomps", "test_unittest", "test_abc", "test_weakref",
}

// cpythonOnly is the status of a test that support.cpython_only skips on
// any other implementation: CPython's implementation details, not counted
// in the share (the note gives how many).
const cpythonOnly = "cpython-only"

// doctestDriver runs a test module's doctests as test.support.run_doctest
// does (doctest.testmod), printing one unittest-style line per example.
const doctestDriver = `
import doctest, importlib, sys
mod = importlib.import_module(sys.argv[1])
w = sys.__stdout__.write  # doctest captures sys.stdout while it runs
class R(doctest.DocTestRunner):
    def _line(self, test, example, st):
        n = test.examples.index(example)
        w("example_%d (%s) ... %s\n" % (n, test.name, st))
    def report_start(self, out, test, example): pass
    def report_success(self, out, test, example, got): self._line(test, example, "ok")
    def report_failure(self, out, test, example, got):
        self._line(test, example, "FAIL")
        w("    want %r got %r\n" % (example.want, got))
    def report_unexpected_exception(self, out, test, example, exc_info):
        self._line(test, example, "ERROR")
        w("    %s: %s\n" % (exc_info[0].__name__, exc_info[1]))
r = R(verbose=False)
for t in doctest.DocTestFinder().find(mod, mod.__name__):
    r.run(t, out=lambda s: None)
`

// result is one test's outcome.
type result struct {
	id     string // "test_x (test.test_file.Class)"
	status string // ok, FAIL, ERROR, skipped, expected failure, unexpected success
}

var (
	testLine = regexp.MustCompile(`^(\w+) \(([\w.]+)\)`)
	nextTest = regexp.MustCompile(` \.\.\. (\w+) \(([\w.]+)\)`)
	// implDetailMsg finds support.impl_detail("msg") decorators.
	implDetailMsg = regexp.MustCompile(`impl_detail\(\s*(?:"([^"]*)"|'([^']*)')`)
	statusPart    = regexp.MustCompile(` \.\.\. (ok|FAIL|ERROR|skipped.*|expected failure|unexpected success)$`)
)

// parse reads `unittest -v` output: a test's id starts a line, its status
// ends that line or the next (after the first line of a docstring).
func parse(out []byte) []result {
	var res []result
	cur := ""
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if m := testLine.FindStringSubmatch(line); m != nil {
			cur = m[1] + " (" + m[2] + ")"
		}
		// A test whose subtests failed prints no status: the next test
		// goes on the same line ("test_a (m.C) ... test_b (m.C) ... ok").
		for _, m := range nextTest.FindAllStringSubmatch(line, -1) {
			if cur != "" {
				res = append(res, result{cur, "FAIL"})
			}
			cur = m[1] + " (" + m[2] + ")"
		}
		if m := statusPart.FindStringSubmatch(line); m != nil && cur != "" {
			st := m[1]
			if strings.HasPrefix(st, "skipped 'implementation detail specific to cpython'") {
				st = cpythonOnly
			}
			res = append(res, result{cur, st})
			cur = ""
		}
	}
	return res
}

// run runs one test file under an interpreter and returns the outcomes:
// unittest's, then (when the file uses run_doctest) its doctest examples'.
func run(exe []string, libDir, file string, timeout time.Duration) ([]result, string, error) {
	res, tail, err := run1(exe, libDir, []string{"-m", "unittest", "-v", "test." + file}, timeout)
	src, _ := os.ReadFile(filepath.Join(libDir, "test", file+".py"))
	// A test that support.impl_detail(msg) skips elsewhere than on CPython
	// is an implementation detail, as a cpython_only one is.
	implDetail := map[string]bool{}
	for _, m := range implDetailMsg.FindAllSubmatch(src, -1) {
		msg := string(m[1]) + string(m[2])
		// unittest prints the reason's repr: double quotes when it has a '.
		implDetail["skipped '"+msg+"'"], implDetail[`skipped "`+msg+`"`] = true, true
	}
	for i, r := range res {
		if implDetail[r.status] {
			res[i].status = cpythonOnly
		} else if strings.HasPrefix(r.status, "skipped") {
			res[i].status = "skipped"
		}
	}
	if bytes.Contains(src, []byte("run_doctest(")) {
		dres, dtail, derr := run1(exe, libDir, []string{"-c", doctestDriver, "test." + file}, timeout)
		res = append(res, dres...)
		if len(dres) == 0 || derr != nil && strings.Contains(derr.Error(), "timed out") {
			tail, err = dtail, derr
		}
	}
	return res, tail, err
}

func run1(exe []string, libDir string, argv []string, timeout time.Duration) ([]result, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	args := append(append([]string{}, exe[1:]...), argv...)
	cmd := exec.CommandContext(ctx, exe[0], args...)
	cmd.Dir = os.TempDir()
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1", "PYTHONPATH=", "PYVAR_STDLIB="+libDir)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if ctx.Err() != nil {
		err = fmt.Errorf("timed out after %s", timeout)
	}
	tail := out.String()
	if len(tail) > 2000 {
		tail = tail[len(tail)-2000:]
	}
	return parse(out.Bytes()), tail, err
}

func main() {
	cmd := cmdline.New("pyvar-cpytests", "[-pyvar BINARY] [-v] [-timeout D] [test_x...]",
		"Runs files of CPython 3.10's test suite under pyvar and CPython 3.10 and compares what passes.")
	pyvarBin := cmd.Flags.String("pyvar", "", "pyvar binary (default: built from this checkout)")
	verbose := cmd.Flags.Bool("v", false, "list the tests that pass on CPython and not on pyvar")
	timeout := cmd.Flags.Duration("timeout", 10*time.Minute, "time allowed to each file on each interpreter")
	if done, code := cmd.Parse(os.Args[1:], os.Stdout, os.Stderr); done {
		os.Exit(code)
	}
	files := cmd.Flags.Args()
	if len(files) == 0 {
		files = defaultFiles
	}
	py, err := pyref.Find("3.10")
	if err != nil {
		fmt.Fprintln(os.Stderr, "pyvar-cpytests:", err)
		os.Exit(2)
	}
	libDir := filepath.Join(filepath.Dir(filepath.Dir(py)), "lib", "python3.10")
	if *pyvarBin == "" {
		dir, err := os.MkdirTemp("", "pyvar-cpytests")
		if err != nil {
			fmt.Fprintln(os.Stderr, "pyvar-cpytests:", err)
			os.Exit(2)
		}
		defer os.RemoveAll(dir)
		*pyvarBin = filepath.Join(dir, "pyvar")
		build := exec.Command("go", "build", "-o", *pyvarBin, "./cmd/pyvar")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "pyvar-cpytests: building pyvar:", err)
			os.Exit(2)
		}
	}
	fmt.Printf("%-26s %8s %8s %8s %7s  %s\n", "file", "CPython", "pyvar", "both", "share", "note")
	var totC, totBoth int
	for _, f := range files {
		f = strings.TrimSuffix(strings.TrimPrefix(f, "test."), ".py")
		cres, _, cerr := run([]string{py}, libDir, f, *timeout)
		start := time.Now()
		pres, ptail, perr := run([]string{*pyvarBin}, libDir, f, *timeout)
		elapsed := time.Since(start)
		passC := map[string]bool{}
		for _, r := range cres {
			if r.status == "ok" || r.status == "expected failure" {
				passC[r.id] = true
			}
		}
		passP := map[string]bool{}
		cpyOnly := 0
		for _, r := range pres {
			if r.status == "ok" || r.status == "expected failure" {
				passP[r.id] = true
			}
			if r.status == cpythonOnly && passC[r.id] {
				delete(passC, r.id)
				cpyOnly++
			}
		}
		both := 0
		var missing []string
		for id := range passC {
			if passP[id] {
				both++
			} else {
				missing = append(missing, id)
			}
		}
		sort.Strings(missing)
		share := "-"
		if len(passC) > 0 {
			share = fmt.Sprintf("%5.1f%%", 100*float64(both)/float64(len(passC)))
		}
		note := fmt.Sprintf("%.1fs", elapsed.Seconds())
		if cpyOnly > 0 {
			note += fmt.Sprintf(" (%d CPython-only not counted)", cpyOnly)
		}
		if perr != nil && len(pres) == 0 {
			lines := strings.Split(strings.TrimSpace(ptail), "\n")
			note += " pyvar: " + lines[len(lines)-1]
		} else if perr != nil && strings.Contains(perr.Error(), "timed out") {
			note += " pyvar timed out"
		}
		if cerr != nil && len(cres) == 0 {
			note += " (CPython ran nothing)"
		}
		fmt.Printf("%-26s %8d %8d %8d %7s  %s\n", f, len(passC), len(passP), both, share, note)
		totC += len(passC)
		totBoth += both
		if *verbose {
			for _, id := range missing {
				fmt.Printf("    not on pyvar: %s\n", id)
			}
		}
	}
	if totC > 0 {
		fmt.Printf("%-26s %8d %8s %8d %6.1f%%\n", "total", totC, "", totBoth, 100*float64(totBoth)/float64(totC))
	}
}
