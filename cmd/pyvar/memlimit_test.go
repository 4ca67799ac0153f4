package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestMemoryErrorUnderRlimit runs pyvar under `ulimit -v` (RLIMIT_AS), as a
// container or a cautious user would: allocations that fit the machine but
// not the limit, and lists filled from endless iterators, must raise
// MemoryError, never kill the Go runtime with "fatal error: out of memory".
func TestMemoryErrorUnderRlimit(t *testing.T) {
	if testing.Short() {
		t.Skip("fills memory up to a limit")
	}
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh for ulimit")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	prog := `
import itertools
for src in ["[0] * 2**27", "'x' * 2**31", "bytes(2**31)", "list(itertools.count())",
            "tuple(x for x in itertools.count())", "sorted(itertools.count())", "[*itertools.count()]"]:
    try:
        eval(src)
        print(src, "allocated")
    except MemoryError:
        print(src, "MemoryError")
print(len([0] * 2**18), len(bytes(2**22)))
`
	// An idle Go process already reserves about 1.6 GB of address space.
	cmd := exec.Command(sh, "-c", `ulimit -v 2400000 && exec "$0" -c "$1"`, self, prog)
	cmd.Env = append(os.Environ(), "PYVAR_TEST_AS_MAIN=1")
	out, err := cmd.CombinedOutput()
	want := `[0] * 2**27 MemoryError
'x' * 2**31 MemoryError
bytes(2**31) MemoryError
list(itertools.count()) MemoryError
tuple(x for x in itertools.count()) MemoryError
sorted(itertools.count()) MemoryError
[*itertools.count()] MemoryError
262144 4194304
`
	if err != nil || string(out) != want {
		got := string(out)
		if len(got) > 2000 {
			got = got[:2000]
		}
		t.Fatalf("under ulimit -v: err %v\n%s\nwant\n%s", err, got, strings.TrimSpace(want))
	}
}
