package interp

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/native"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/stdlib"
	"github.com/pyvar/pyvar/core/vm"
)

// FuzzPipeline runs mutated programs through the whole pipeline: parse,
// symbol table, compile and run. Any Go panic (which the VM turns into
// SystemError "internal error"), fatal error (stack overflow, out of
// memory: the worker dies) or hang fails it. The seeds are the programs in
// testdata/fuzzseed (plus the corpus the fuzzer saves in
// testdata/fuzz/FuzzPipeline).
//
//	go test ./core/interp -run '^$' -fuzz FuzzPipeline -parallel 1 -fuzztime 30m
//
// A run has a budget: after budget the eval loop is stopped at its next
// back-edge or call; a program whose interpreter does not get there
// within hangAfter (a loop in Go code) is a hang. Programs only see
// native modules that cannot touch the file system or the network, and
// no stdlib.
func FuzzPipeline(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/fuzzseed/*.py")
	if len(seeds) == 0 {
		f.Fatal("no seeds in testdata/fuzzseed")
	}
	for _, p := range seeds {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	debug.SetMaxStack(256 << 20) // a runaway Go recursion dies quickly
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 8192 || bytes.Contains(src, []byte("setrecursionlimit")) {
			// A raised recursion limit lets the host stack overflow in
			// CPython too.
			return
		}
		if msg := runFuzzProgram(src, 300*time.Millisecond, 10*time.Second); msg != "" {
			t.Fatalf("%s\nprogram:\n%s", msg, src)
		}
	})
}

// fuzzModules are the native modules a fuzzed program may import: none
// reaches the file system, the network or other processes.
var fuzzModules = []string{"_bisect", "_codecs", "_collections", "_contextvars", "_functools", "_heapq",
	"_json", "_operator", "_random", "_sre", "_string", "_struct", "_warnings", "_weakref", "array",
	"binascii", "errno", "itertools", "math", "marshal", "zlib", "_abc", "cmath", "unicodedata"}

// fuzzAbort is the panic the sampler stops an over-budget program with.
type fuzzAbort struct{}

func (fuzzAbort) String() string { return "fuzz budget exhausted" }

// noCache keeps imports off the code cache on disk.
type noCache struct{}

func (noCache) Load(string, fs.FileInfo) *code.Code           { return nil }
func (noCache) Store(string, fs.FileInfo, []byte, *code.Code) {}

// runFuzzProgram runs src in a fresh interpreter and returns what went
// wrong on the host's side ("" when nothing did).
func runFuzzProgram(src []byte, budget, hangAfter time.Duration) string {
	all := native.Modules()
	mods := map[string]vm.ModuleMaker{}
	for _, name := range fuzzModules {
		if m, ok := all[name]; ok {
			mods[name] = m
		}
	}
	var stop atomic.Bool
	in := New(vm.Options{
		Argv:      []string{"<fuzz>"},
		Stdin:     strings.NewReader(""),
		Stdout:    discard{},
		Stderr:    discard{},
		Modules:   mods,
		Stdlib:    stdlib.Lib{Looked: []string{"(none: fuzzing)"}},
		CodeCache: noCache{},
		Sampler: func(*vm.Sample) {
			if stop.Load() {
				panic(fuzzAbort{})
			}
		},
	})
	done := make(chan error, 1)
	go func() {
		err := in.RunSource(src, "<fuzz>")
		if err == nil || !strings.Contains(err.Error(), "fuzz budget exhausted") {
			in.Finalize()
		}
		done <- err
	}()
	timer := time.NewTimer(budget)
	defer timer.Stop()
	deadline := time.After(hangAfter)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			return fuzzVerdict(err)
		case <-timer.C:
			stop.Store(true)
			in.RequestSample()
		case <-tick.C:
			if stop.Load() {
				in.RequestSample()
			}
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > 3<<30 {
				// Reported before the machine runs out.
				panic("fuzz: heap over 3 GiB")
			}
		case <-deadline:
			return "hang: the eval loop did not stop within " + hangAfter.String()
		}
	}
}

// fuzzVerdict is "" for any Python outcome, the message for a Go panic.
func fuzzVerdict(err error) string {
	if err == nil {
		return ""
	}
	if e, ok := err.(*object.BaseException); ok && e.Class == object.SystemError {
		msg := err.Error()
		if strings.Contains(msg, "internal error") && !strings.Contains(msg, "fuzz budget exhausted") {
			return "Go panic: " + msg
		}
	}
	return ""
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// TestFuzzBudget checks the harness itself: endless loops are stopped
// (even ones that catch every exception) and are not findings.
func TestFuzzBudget(t *testing.T) {
	for _, src := range []string{
		"while True: pass\n",
		"while True:\n    try:\n        while True: pass\n    except BaseException: pass\n",
		"def f(): return f()\nwhile 1:\n    try: f()\n    except RecursionError: pass\n",
	} {
		if msg := runFuzzProgram([]byte(src), 50*time.Millisecond, 10*time.Second); msg != "" {
			t.Errorf("%q: %s", src, msg)
		}
	}
}
