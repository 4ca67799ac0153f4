package native_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/interp"
	"github.com/pyvar/pyvar/core/vm"
)

// runPython runs src in a fresh interpreter with the native modules and
// returns what it printed, or the Python exception as text.
func runPython(t testing.TB, src string) string {
	t.Helper()
	var out bytes.Buffer
	in := interp.New(vm.Options{Stdout: &out, Stderr: &out})
	co, err := interp.Compile([]byte(src), "<test>", "exec", 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := in.RunCode(co, in.NewModuleGlobals("__main__")); err != nil {
		return out.String() + "error: " + err.Error()
	}
	return out.String()
}

// TestDeepIteratorTowers checks that Go iterators advancing each other
// count against the recursion limit: a tower far deeper than the limit
// raises RecursionError instead of exhausting the Go stack, and the
// counter is balanced afterwards.
func TestDeepIteratorTowers(t *testing.T) {
	for _, wrap := range []string{"chain(it)", "islice(it, 5)", "compress(it, repeat(1))", "accumulate(it)",
		"filterfalse(None, it)", "zip_longest(it)", "pairwise(it)", "starmap(max, zip(it, it))", "map(abs, it)", "filter(None, it)", "zip(it)", "enumerate(it)", "iter(it.__next__, object())", "dropwhile(bool, it)", "cycle(it)"} {
		src := `
from itertools import *
it = iter([0, 0, 0])
for _ in range(200000):
    it = ` + wrap + `
try:
    next(it)
except RecursionError as e:
    print('RecursionError', e)
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
print(f(900))
`
		got := runPython(t, src)
		want := "RecursionError maximum recursion depth exceeded\n900\n"
		if got != want {
			t.Errorf("%s: got %q, want %q", wrap, got, want)
		}
	}
}

// TestItertoolsShallowNesting checks that nesting within the limit works.
func TestItertoolsShallowNesting(t *testing.T) {
	got := runPython(t, `
from itertools import chain, islice
it = iter(range(3))
for _ in range(500):
    it = chain(it)
print(list(it))
`)
	if strings.TrimSpace(got) != "[0, 1, 2]" {
		t.Errorf("got %q", got)
	}
}

// TestDeepCallTowers checks that native callables calling each other
// (partials that cannot be flattened, lru_cache wrappers of wrappers)
// count against the recursion limit.
func TestDeepCallTowers(t *testing.T) {
	for _, wrap := range []string{"partial(f)\n    f.x = 1", "_lru_cache_wrapper(f, None, False, tuple)",
		"_lru_cache_wrapper(f, 0, False, tuple)", "_lru_cache_wrapper(f, 5, False, tuple)"} {
		src := `
from _functools import partial, _lru_cache_wrapper
f = len
for _ in range(200000):
    f = ` + wrap + `
try:
    f('ab')
except RecursionError as e:
    print('RecursionError', e)
`
		got := runPython(t, src)
		want := "RecursionError maximum recursion depth exceeded while calling a Python object\n"
		if got != want {
			t.Errorf("%s: got %q, want %q", wrap, got, want)
		}
	}
}
