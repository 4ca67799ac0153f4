package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
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
	if code := run(append(base, "-filter", "^(store_name|load_global)$"), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"STORE_NAME: ", "STORE_FAST: ", "gap STORE_NAME/STORE_FAST", "store_name", "load_global", "pyvar/keys", "pyvar/off"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the tables lack %q:\n%s", want, out.String())
		}
	}
	if !strings.Contains(errb.String(), "no CPython found") {
		t.Errorf("running pyvar alone should say so on stderr, got %q", errb.String())
	}

	out.Reset()
	if code := run(append(base, "-noseed", "-filter", "^store_fast$", "-json"), &out, &errb); code != 0 {
		t.Fatalf("-json exit %d", code)
	}
	var doc struct {
		Workloads []row `json:"workloads"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil || len(doc.Workloads) != 3 {
		t.Fatalf("-json gave %d rows (%v):\n%s", len(doc.Workloads), err, out.String())
	}
	for _, r := range doc.Workloads {
		if r.Checksum == "" || r.Iterations == 0 || r.NsPerIter <= 0 {
			t.Errorf("incomplete row %+v", r)
		}
	}

	out.Reset()
	if code := run(append(base, "-noseed", "-filter", "^store_fast$", "-benchfmt", "-strategy", "pep509"), &out, &errb); code != 0 {
		t.Fatalf("-benchfmt exit %d", code)
	}
	if !strings.HasPrefix(out.String(), "BenchmarkFamily/store_fast/pyvar-pep509 ") || !strings.Contains(out.String(), " ns/iter") {
		t.Errorf("-benchfmt printed %q", out.String())
	}
}
