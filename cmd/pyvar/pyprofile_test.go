package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/pprof/profile"
)

// TestPyprofileMatchesWallTime runs a program with a known split of its
// time, one function sorting with the built-in sorted and another looping
// in Python, each for a wall-clock budget it measures itself, and checks
// that --pyprofile charges each function its measured time within 10%, and
// the sort's time to the built-in's own frame. Time-weighted samples make
// this hold however loaded the machine is.
func TestPyprofileMatchesWallTime(t *testing.T) {
	budget := 1.0
	if testing.Short() {
		budget = 0.4
	}
	dir := t.TempDir()
	prog := filepath.Join(dir, "split.py")
	src := fmt.Sprintf(`import time
data = [(i * 7919) %% 200003 for i in range(200003)]

def sorter(budget):
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < budget:
        sorted(data)

def looper(budget):
    t0 = time.perf_counter()
    s = 0
    while True:
        for i in range(2000):
            s += i
        if time.perf_counter() - t0 >= budget:
            return s

t0 = time.perf_counter()
sorter(%[1]g * 0.7)
t1 = time.perf_counter()
looper(%[1]g * 0.3)
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
`, budget)
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "py.pprof")
	var stdout, stderr bytes.Buffer
	if code := runMain([]string{"--pyprofile=" + out, prog}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var sortWall, loopWall float64
	if _, err := fmt.Sscan(stdout.String(), &sortWall, &loopWall); err != nil {
		t.Fatalf("the program printed %q: %v", stdout.String(), err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	p, err := profile.ParseData(data)
	if err != nil {
		t.Fatal(err)
	}
	// Inclusive wall time of every function, and of sorted under sorter.
	total := map[string]float64{}
	var sortedInSorter float64
	for _, s := range p.Sample {
		seen := map[string]bool{}
		for i, l := range s.Location {
			name := l.Line[0].Function.Name
			if i == 0 && strings.ToUpper(name) == name {
				t.Errorf("the leaf frame is the opcode %s: opcodes are a label unless --pyprofile-opcodes", name)
			}
			if !seen[name] {
				seen[name] = true
				total[name] += float64(s.Value[1]) / 1e9
			}
		}
		if seen["__main__.sorter (split.py:4)"] && seen["builtins.sorted"] {
			sortedInSorter += float64(s.Value[1]) / 1e9
		}
	}
	for _, c := range []struct {
		name string
		wall float64
	}{{"__main__.sorter (split.py:4)", sortWall}, {"__main__.looper (split.py:9)", loopWall}} {
		got := total[c.name]
		if d := got - c.wall; d > 0.1*c.wall || d < -0.1*c.wall {
			t.Errorf("%s: the profile charges %.3fs, the program measured %.3fs (more than 10%% apart)", c.name, got, c.wall)
		}
	}
	if sortedInSorter < 0.8*sortWall {
		t.Errorf("builtins.sorted under sorter has %.3fs of sorter's %.3fs: built-in calls are not their own frames", sortedInSorter, sortWall)
	}
	if t.Failed() {
		var names []string
		for n, v := range total {
			names = append(names, fmt.Sprintf("%s=%.3fs", n, v))
		}
		t.Logf("profile totals: %s", strings.Join(names, ", "))
	}
}
