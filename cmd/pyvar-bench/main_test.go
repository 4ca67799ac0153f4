package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"-strategy", "lru"}, {"-n", "0"}, {"-filter", "("}, {"extra"}, {"-bogus"}} {
		var out, errb bytes.Buffer
		if code := run(args, &out, &errb); code != 2 {
			t.Errorf("pyvar-bench %v exited %d, want 2 (stderr %q)", args, code, errb.String())
		}
	}
}

// TestSmallRun runs the seed experiment and two families at a tiny size on
// pyvar alone and checks what each output mode prints.
func TestSmallRun(t *testing.T) {
	base := []string{"-size", "0.01", "-n", "1", "-python3.9", "none", "-python3.10", "none", "-python3", "none", "-starlark", "none"}
	var out, errb bytes.Buffer
	if code := run(append(base, "-filter", "^(store_name|load_global|fn_global_read|global_counter)$"), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"STORE_NAME: ", "STORE_FAST: ", "gap STORE_NAME/STORE_FAST", "store_name", "load_global", "default", "3.9",
		"Whole programs", "fn_global_read", "global_counter"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the tables lack %q:\n%s", want, out.String())
		}
	}
	if !strings.Contains(errb.String(), "no CPython found") {
		t.Errorf("running pyvar alone should say so on stderr, got %q", errb.String())
	}

	out.Reset()
	if code := run(append(base, "-noseed", "-nowhole", "-filter", "^store_fast$", "-json"), &out, &errb); code != 0 {
		t.Fatalf("-json exit %d", code)
	}
	var doc struct {
		Workloads []row `json:"workloads"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil || len(doc.Workloads) != 2 {
		t.Fatalf("-json gave %d rows (%v):\n%s", len(doc.Workloads), err, out.String())
	}
	for _, r := range doc.Workloads {
		if r.Checksum == "" || r.Iterations == 0 || r.NsPerIter <= 0 {
			t.Errorf("incomplete row %+v", r)
		}
	}

	out.Reset()
	if code := run(append(base, "-noseed", "-nowhole", "-filter", "^store_fast$", "-benchfmt", "-strategy", "pep509"), &out, &errb); code != 0 {
		t.Fatalf("-benchfmt exit %d", code)
	}
	if !strings.HasPrefix(out.String(), "goos: ") || !strings.Contains(out.String(), "\nBenchmarkWorkload/name=store_fast/impl=pyvar-pep509 ") ||
		!strings.Contains(out.String(), " ns/iter\n") {
		t.Errorf("-benchfmt printed %q", out.String())
	}
}

// TestTableFits checks the table's layout on made-up rows: 100 columns at
// most, each line's unit beside its figures, optional columns left out
// (and said so) when the width is too small.
func TestTableFits(t *testing.T) {
	var rows []row
	impls := []string{"pyvar/pep509", "pyvar/keys", "pyvar/off", "cpython3.9", "cpython3.10", "cpython3.11", "starlark-go"}
	for _, wl := range []string{"store_global", "method_call", "nbody", "wordcount"} {
		for i, m := range impls {
			rows = append(rows, row{Workload: wl, Family: "family of " + wl, Impl: m, NsPerIter: 12345.678 / float64(i+1)})
		}
	}
	for _, width := range []int{100, 70} {
		var out bytes.Buffer
		writeTable(&out, config{runs: 5}, rows, width)
		table := out.String()
		for _, line := range strings.Split(table, "\n") {
			if n := utf8.RuneCountInString(line); n > width {
				t.Errorf("width %d: a line of %d columns: %q", width, n, line)
			}
		}
		for _, want := range []string{`method_call +ns/call +12346 +6173`, `nbody +ns/step`, `wordcount +ns/line`, `store_global +ns/iter`, `family of nbody`} {
			if !regexp.MustCompile(want).MatchString(table) {
				t.Errorf("width %d: the table lacks %q:\n%s", width, want, table)
			}
		}
		if width == 70 && !strings.Contains(table, "Left out to fit 70 columns") {
			t.Errorf("a table cut to 70 columns should say what it left out:\n%s", table)
		}
		if width == 100 && !strings.Contains(table, "3.10÷pep509") {
			t.Errorf("at 100 columns the ratios should fit:\n%s", table)
		}
	}
}

// TestBenchstatReadsBenchfmt gives two -benchfmt outputs to benchstat
// itself (golang.org/x/perf, run with go run as a test-time tool, not a
// dependency of the module) and checks it computes statistics: n equal to
// the runs, a confidence interval rather than "± ∞".
func TestBenchstatReadsBenchfmt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds benchstat")
	}
	dir := t.TempDir()
	base := []string{"-size", "0.01", "-n", "6", "-python3.9", "none", "-python3.10", "none", "-python3", "none",
		"-starlark", "none", "-noseed", "-filter", "^store_fast$", "-strategy", "pep509,off", "-benchfmt"}
	var files []string
	for _, name := range []string{"a.txt", "b.txt"} {
		var out, errb bytes.Buffer
		if code := run(base, &out, &errb); code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	const benchstat = "golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da"
	var out []byte
	var err error
	// The module cache first (no network), then the module proxy.
	if cache, cerr := exec.Command("go", "env", "GOMODCACHE").Output(); cerr == nil {
		cmd := exec.Command("go", append([]string{"run", benchstat}, files...)...)
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOSUMDB=off",
			"GOPROXY=file://"+filepath.Join(strings.TrimSpace(string(cache)), "cache", "download"))
		out, err = cmd.CombinedOutput()
	}
	if err != nil {
		out, err = exec.Command("go", append([]string{"run", benchstat}, files...)...).CombinedOutput()
	}
	if err != nil {
		t.Skipf("benchstat is not available (%v): %s", err, out)
	}
	text := string(out)
	for _, want := range []string{"cpu: ", "name=store_fast/impl=pyvar-pep509", "sec/iter", "n=6"} {
		if !strings.Contains(text, want) {
			t.Errorf("benchstat's report lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "∞") {
		t.Errorf("benchstat found no spread (± ∞): every run's line should be there:\n%s", text)
	}
}

// TestPrograms runs one everyday program at a tiny size on pyvar alone.
func TestPrograms(t *testing.T) {
	var out, errb bytes.Buffer
	args := []string{"-size", "0.01", "-n", "1", "-noseed", "-nofamilies", "-filter", "^nqueens$",
		"-python3.9", "none", "-python3.10", "none", "-python3", "none", "-starlark", "none"}
	if code := run(args, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "Everyday programs") || !strings.Contains(out.String(), "nqueens") {
		t.Errorf("the programs table is missing:\n%s", out.String())
	}
}
