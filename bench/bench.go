// Package bench holds pyvar's workload programs and what is needed to run
// them on pyvar and on CPython alike.
//
// Each workload (workloads/*.py) exercises one variable family or is an
// everyday program. It defines its size on a line `N = <int>`, times its own
// measured part with time.perf_counter, and prints one line
// `result <checksum> <seconds> <iterations>`, so pyvar and every CPython run
// the same source and are timed the same way, without interpreter start-up.
// The seed experiment (seed/fast_vs_name.py) prints the seed article's own
// `STORE_NAME: ...s` lines instead. Where starlark-go's dialect can express a
// workload, workloads/NAME.star is the same program for the Go peer.
package bench

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strconv"
	"strings"
)

//go:embed workloads/*.py workloads/*.star seed/*.py families/*.py programs/*.py
var files embed.FS

// Workload is one benchmark program.
type Workload struct {
	Name   string // file name without .py
	Family string // the opcode family it exercises, or "program"
	Source []byte
	// Starlark is the same workload in starlark-go's dialect, or nil where
	// the dialect cannot express it (no classes, global or nonlocal).
	Starlark []byte
}

// StarlarkFlags returns the starlark command's flags a variant asks for on
// its `# starlark-flags:` line (-globalreassign, -recursion).
func StarlarkFlags(src []byte) []string {
	m := starlarkFlagsLine.FindSubmatch(src)
	if m == nil {
		return nil
	}
	return strings.Fields(string(m[1]))
}

var starlarkFlagsLine = regexp.MustCompile(`(?m)^# starlark-flags: (.*)$`)

// families names what each workload measures, in the order tables show them.
var families = []struct{ name, family string }{
	{"store_name", "STORE_NAME (module loop)"},
	{"store_fast", "STORE_FAST (function loop)"},
	{"load_fast", "LOAD_FAST"},
	{"load_global", "LOAD_GLOBAL (module global)"},
	{"load_builtin", "LOAD_GLOBAL (builtin, called)"},
	{"builtin_calls", "builtin calls (len, abs, isinstance, min, max)"},
	{"store_global", "STORE_GLOBAL counter"},
	{"deref", "LOAD_DEREF/STORE_DEREF counter"},
	{"class_name", "LOAD_NAME/STORE_NAME (class body)"},
	{"classderef", "LOAD_CLASSDEREF"},
	{"call", "CALL_FUNCTION (Python function)"},
	{"method_call", "LOAD_METHOD/CALL_METHOD"},
	{"instance_new", "instance creation (__init__, 3 STORE_ATTR)"},
	{"attr_poly", "attribute sites seeing 4 classes"},
	{"gen_for", "FOR_ITER over a generator"},
	{"gen_sum", "sum() of a generator expression"},
	{"exc_catch", "raise/except across a call, try and with without one"},
	{"exc_user", "user exception with super().__init__, raised and caught"},
	{"super_call", "super().f(x) in a method"},
	{"gocall", "Go->Python calls (__hash__/__eq__/__len__/__lt__, sorted key=)"},
	{"fib", "program: recursive fib"},
	{"nbody", "program: n-body floats"},
	{"scheduler", "program: class-heavy scheduler"},
	{"wordcount", "program: dict/str word count"},
}

// Workloads returns every workload in table order.
func Workloads() []Workload {
	out := make([]Workload, 0, len(families))
	for _, f := range families {
		src, err := fs.ReadFile(files, path.Join("workloads", f.name+".py"))
		if err != nil {
			panic("bench: missing embedded workload " + f.name) // a build-time invariant
		}
		star, _ := fs.ReadFile(files, path.Join("workloads", f.name+".star"))
		out = append(out, Workload{Name: f.name, Family: f.family, Source: src, Starlark: star})
	}
	return out
}

// wholeFamilies are the whole-process programs (families/*.py): each is a
// complete program of the kind users write to compare variable access, timed
// as a process from start to exit, start-up included.
var wholeFamilies = []struct{ name, family string }{
	{"fn_store_fast", "STORE_FAST (function loop)"},
	{"closure_deref", "LOAD_DEREF/STORE_DEREF (closure counter)"},
	{"module_store_name", "STORE_NAME (module loop)"},
	{"class_body", "LOAD_NAME/STORE_NAME (class body)"},
	{"class_deref", "LOAD_CLASSDEREF (class body in a function)"},
	{"mixed_scopes", "mixed scopes (fast, cell, global, builtin)"},
	{"global_counter", "global n; n += 1 (STORE_GLOBAL)"},
	{"fn_global_read", "LOAD_GLOBAL of a module global"},
	{"fn_builtins", "LOAD_GLOBAL + calls of builtins (len, abs)"},
}

// Families returns the whole-process programs in table order.
func Families() []Workload {
	out := make([]Workload, 0, len(wholeFamilies))
	for _, f := range wholeFamilies {
		src, err := fs.ReadFile(files, path.Join("families", f.name+".py"))
		if err != nil {
			panic("bench: missing embedded program " + f.name) // a build-time invariant
		}
		out = append(out, Workload{Name: f.name, Family: f.family, Source: src})
	}
	return out
}

// SeedExperiment returns the STORE_NAME vs STORE_FAST program.
func SeedExperiment() []byte {
	src, err := fs.ReadFile(files, "seed/fast_vs_name.py")
	if err != nil {
		panic("bench: missing embedded seed experiment")
	}
	return src
}

var sizeLine = regexp.MustCompile(`(?m)^N = (\d+)$`)

// DefaultSize returns the N a program declares.
func DefaultSize(src []byte) int {
	m := sizeLine.FindSubmatch(src)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// WithSize returns src with its `N = ...` line set to n.
func WithSize(src []byte, n int) []byte {
	return sizeLine.ReplaceAll(src, []byte("N = "+strconv.Itoa(n)))
}

// Result is what a workload printed.
type Result struct {
	Checksum   string
	Seconds    float64
	Iterations int
}

// NsPerIter is the measured time per loop iteration.
func (r Result) NsPerIter() float64 {
	if r.Iterations == 0 {
		return 0
	}
	return r.Seconds * 1e9 / float64(r.Iterations)
}

// ParseResult reads the `result <checksum> <seconds> <iterations>` line.
func ParseResult(out string) (Result, error) {
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) != 4 || f[0] != "result" {
			continue
		}
		secs, err1 := strconv.ParseFloat(f[2], 64)
		iters, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil {
			return Result{}, fmt.Errorf("malformed result line %q", line)
		}
		return Result{Checksum: f[1], Seconds: secs, Iterations: iters}, nil
	}
	return Result{}, fmt.Errorf("no result line in output %q", out)
}
