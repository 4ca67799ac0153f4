package bench

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/pyref"
)

func TestWorkloadsDeclareTheirSize(t *testing.T) {
	for _, w := range Workloads() {
		n := DefaultSize(w.Source)
		if n <= 0 {
			t.Errorf("%s: no `N = <int>` line", w.Name)
		}
		if got := DefaultSize(WithSize(w.Source, 123)); got != 123 {
			t.Errorf("%s: WithSize(123) gives N = %d", w.Name, got)
		}
	}
	stars := 0
	for _, w := range Workloads() {
		if w.Starlark != nil {
			stars++
			if DefaultSize(w.Starlark) != DefaultSize(w.Source) {
				t.Errorf("%s.star has N = %d, the .py N = %d", w.Name, DefaultSize(w.Starlark), DefaultSize(w.Source))
			}
		}
	}
	if stars == 0 {
		t.Error("no Starlark variants embedded")
	}
	if got := StarlarkFlags([]byte("# starlark-flags: -recursion -globalreassign\nN = 1\n")); strings.Join(got, " ") != "-recursion -globalreassign" {
		t.Errorf("StarlarkFlags = %q", got)
	}
	if DefaultSize(SeedExperiment()) <= 0 {
		t.Error("the seed experiment has no N")
	}
}

func TestParseResult(t *testing.T) {
	tests := []struct {
		out     string
		want    Result
		wantErr string
	}{
		{"noise\nresult 42 0.5 1000\n", Result{"42", 0.5, 1000}, ""},
		{"result -1.5 1e-3 7", Result{"-1.5", 0.001, 7}, ""},
		{"nothing here", Result{}, "no result line"},
		{"result x y z", Result{}, "malformed"},
	}
	for _, tt := range tests {
		got, err := ParseResult(tt.out)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseResult(%q) error = %v, want %q", tt.out, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseResult(%q) = %+v, %v; want %+v", tt.out, got, err, tt.want)
		}
	}
	if ns := (Result{Seconds: 2, Iterations: 1000}).NsPerIter(); ns != 2e6 {
		t.Errorf("NsPerIter = %v, want 2e6", ns)
	}
}

// TestWorkloadsAgreeWithCPython runs every workload, scaled down, on pyvar
// and on CPython 3.10 and compares the checksums: a benchmark of a wrong
// program measures nothing.
func TestWorkloadsAgreeWithCPython(t *testing.T) {
	py := pyref.Require(t)
	for _, w := range append(Workloads(), Workload{Name: "fast_vs_name", Source: SeedExperiment()}) {
		t.Run(w.Name, func(t *testing.T) {
			n := max(1, DefaultSize(w.Source)/100)
			src := WithSize(w.Source, n)
			got, err := RunPyvar(w.Name+".py", src, Config{Strategy: "pep509", MinRuns: 0})
			if err != nil {
				t.Fatalf("pyvar: %v", err)
			}
			want := runCPython(t, py, w.Name+".py", src)
			if w.Name == "fast_vs_name" {
				if !seedShape.MatchString(got) {
					t.Fatalf("pyvar printed %q, not the seed's two lines", got)
				}
				return
			}
			g, err1 := ParseResult(got)
			c, err2 := ParseResult(want)
			if err1 != nil || err2 != nil {
				t.Fatalf("pyvar: %v; CPython: %v", err1, err2)
			}
			if g.Checksum != c.Checksum || g.Iterations != c.Iterations {
				t.Errorf("pyvar result %+v, CPython 3.10 %+v", g, c)
			}
		})
	}
}

var seedShape = regexp.MustCompile(`^STORE_NAME: (\d+\.\d{3}s ?){5}\nSTORE_FAST: (\d+\.\d{3}s ?){5}\n$`)

func runCPython(t *testing.T, py, name string, src []byte) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(file, src, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, file).Output()
	if err != nil {
		t.Fatalf("CPython 3.10: %v", err)
	}
	return string(out)
}

func TestProgramsDeclareTheirSize(t *testing.T) {
	ps := Programs()
	if len(ps) < 15 {
		t.Errorf("%d everyday programs, want at least 15", len(ps))
	}
	for _, p := range ps {
		if DefaultSize(p.Source) <= 0 {
			t.Errorf("%s: no `N = <int>` line", p.Name)
		}
		if p.About == "" {
			t.Errorf("%s: no leading comment saying what it exercises", p.Name)
		}
	}
}

// TestProgramsAgreeWithCPython runs every everyday program, scaled down, on
// pyvar and on CPython 3.10 and compares the checksums.
func TestProgramsAgreeWithCPython(t *testing.T) {
	py := pyref.Require(t)
	for _, p := range Programs() {
		t.Run(p.Name, func(t *testing.T) {
			src := WithSize(p.Source, max(1, DefaultSize(p.Source)/20))
			got, err := RunPyvar(p.Name+".py", src, Config{Strategy: "pep509", MinRuns: -1})
			if err != nil {
				t.Fatalf("pyvar: %v", err)
			}
			g, err1 := ParseResult(got)
			c, err2 := ParseResult(runCPython(t, py, p.Name+".py", src))
			if err1 != nil || err2 != nil {
				t.Fatalf("pyvar: %v; CPython: %v", err1, err2)
			}
			if g.Checksum != c.Checksum || g.Iterations != c.Iterations {
				t.Errorf("pyvar result %+v, CPython 3.10 %+v", g, c)
			}
		})
	}
}
