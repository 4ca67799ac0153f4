package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pyvar/pyvar/core/pyref"
)

// Script tests: every testdata/scripts/NAME.py (or NAME/main.py for a
// program with its own modules) runs under pyvar and its stdout, stderr and
// exit status are compared with NAME.golden, which holds what CPython 3.10
// printed for it. `go test ./cmd/pyvar -run Scripts -update` rewrites the
// golden files from the reference interpreter; they are never written by hand.

var update = flag.Bool("update", false, "rewrite golden files from CPython 3.10 (scripts) or pyvar (dis listings are never rewritten from pyvar)")

// result is what one run of a program printed.
type result struct {
	stdout, stderr string
	exit           int
}

// golden renders a result in the .golden layout: stdout, then the stderr and
// exit status sections only when they are not empty/zero.
func (r result) golden() string {
	var b strings.Builder
	b.WriteString(r.stdout)
	if r.stderr != "" {
		if r.stdout != "" && !strings.HasSuffix(r.stdout, "\n") {
			b.WriteString("\n")
		}
		b.WriteString("### stderr\n")
		b.WriteString(r.stderr)
	}
	if r.exit != 0 {
		if s := b.String(); s != "" && !strings.HasSuffix(s, "\n") {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "### exit %d\n", r.exit)
	}
	return b.String()
}

var addrRE = regexp.MustCompile(`0x[0-9a-f]+`)

// normalize makes two runs comparable: the absolute directory of the
// program (CPython 3.10 reports the main script by absolute path) and
// object addresses are replaced by placeholders.
func normalize(s, dir string) string {
	s = strings.ReplaceAll(s, dir+string(filepath.Separator), "")
	s = addrRE.ReplaceAllString(s, "0x…")
	return s
}

type script struct {
	name string // NAME
	dir  string // absolute directory holding the entry file
	file string // entry file name within dir
}

func scripts(t *testing.T) []script {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("testdata", "scripts"))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	var out []script
	for _, e := range entries {
		switch {
		case e.IsDir():
			if _, err := os.Stat(filepath.Join(root, e.Name(), "main.py")); err == nil {
				out = append(out, script{name: e.Name(), dir: filepath.Join(root, e.Name()), file: "main.py"})
			}
		case strings.HasSuffix(e.Name(), ".py"):
			out = append(out, script{name: strings.TrimSuffix(e.Name(), ".py"), dir: root, file: e.Name()})
		}
	}
	return out
}

func (s script) goldenPath() string {
	return filepath.Join(filepath.Dir(filepath.Join(s.dir, s.file)), s.name+".golden")
}

// runPyvar runs the program in-process through the same entry point as the
// command line.
func runPyvar(s script, extraArgs ...string) result {
	var stdout, stderr bytes.Buffer
	args := append(append([]string{}, extraArgs...), filepath.Join(s.dir, s.file))
	code := runMain(args, strings.NewReader(""), &stdout, &stderr)
	return result{normalize(stdout.String(), s.dir), normalize(stderr.String(), s.dir), code}
}

func runReference(t *testing.T, py string, s script) result {
	t.Helper()
	cmd := exec.Command(py, s.file)
	cmd.Dir = s.dir
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1", "PYTHONPATH=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running %s: %v", py, err)
	}
	return result{normalize(stdout.String(), s.dir), normalize(stderr.String(), s.dir), code}
}

func TestScripts(t *testing.T) {
	py := ""
	if *update {
		py = pyref.Require(t)
	}
	for _, s := range scripts(t) {
		t.Run(s.name, func(t *testing.T) {
			if *update {
				if err := os.WriteFile(s.goldenPath(), []byte(runReference(t, py, s).golden()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(s.goldenPath())
			if err != nil {
				t.Fatalf("no golden file (run with -update and CPython 3.10 installed): %v", err)
			}
			start := time.Now()
			got := runPyvar(s).golden()
			if got != string(want) {
				t.Errorf("pyvar output differs from CPython 3.10's (%s)\n%s", time.Since(start), diff(string(want), got))
			}
		})
	}
}

// TestDifferential runs every script under CPython 3.10 now, so a golden
// file that went stale is caught, and compares with pyvar.
func TestDifferential(t *testing.T) {
	if testing.Short() {
		t.Skip("differential test skipped in -short mode")
	}
	py := pyref.Require(t)
	for _, s := range scripts(t) {
		t.Run(s.name, func(t *testing.T) {
			want := runReference(t, py, s).golden()
			if got := runPyvar(s).golden(); got != want {
				t.Errorf("pyvar and CPython 3.10 differ\n%s", diff(want, got))
			}
		})
	}
}

// diff shows the first differing line with some context.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	from := max(0, i-3)
	var b strings.Builder
	fmt.Fprintf(&b, "first difference at line %d\n--- CPython 3.10\n", i+1)
	for j := from; j < min(len(w), i+4); j++ {
		fmt.Fprintf(&b, "  %s\n", w[j])
	}
	b.WriteString("--- pyvar\n")
	for j := from; j < min(len(g), i+4); j++ {
		fmt.Fprintf(&b, "  %s\n", g[j])
	}
	return b.String()
}

// nameResolutionPrefixes name the script families about the language and
// its name resolution (the QA programs, scopes, classes, the VM, exec):
// those run under every LOAD_GLOBAL cache configuration. Scripts about a
// native module (itertools_, posix_, ...) would only repeat themselves
// five times, so they run once, in TestScripts.
var nameResolutionPrefixes = []string{"qa_", "object_", "scope_", "class_", "vm_", "opcache_", "lang_",
	"module_", "compile_", "introspect_", "exec_", "seed_", "families_"}

func resolvesNames(name string) bool {
	for _, p := range nameResolutionPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// TestScriptsUnderEveryCache runs the name-resolution scripts with each
// LOAD_GLOBAL cache strategy and with thresholds that make caches appear
// mid-run: a cache may change speed, never output.
func TestScriptsUnderEveryCache(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	configs := [][]string{
		{"--opcache=pep509", "--opcache-min-runs=0"},
		{"--opcache=pep509", "--opcache-min-runs=2"},
		{"--opcache=pep509", "--opcache-min-runs=3", "--opcache-count-loops"},
		{"--opcache=keys", "--opcache-min-runs=0"},
		{"--opcache=keys"},
		{"--opcache=off"},
	}
	for _, s := range scripts(t) {
		if !resolvesNames(s.name) {
			continue
		}
		want, err := os.ReadFile(s.goldenPath())
		if err != nil {
			continue // TestScripts reports it
		}
		for _, cfg := range configs {
			t.Run(s.name+"/"+strings.Join(cfg, " "), func(t *testing.T) {
				if got := runPyvar(s, cfg...).golden(); got != string(want) {
					t.Errorf("output differs from CPython 3.10's\n%s", diff(string(want), got))
				}
			})
		}
	}
}
