package gcfloor

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// TestInstall checks both steps of the floor (unless the environment tunes
// the collector): before the first collection the heap target is 2*Size,
// so a few megabytes of garbage trigger no collection; the first
// collection puts the ballast in place and GOGC back to 100, and the
// ballast keeps the target high.
func TestInstall(t *testing.T) {
	Install()
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		if Installed() {
			t.Fatal("floor installed although the environment tunes the collector")
		}
		return
	}
	if !Installed() {
		t.Fatal("no floor")
	}
	if !Ballasted() {
		noCollection(t, "before the first collection")
	}
	runtime.GC()
	for deadline := time.Now().Add(10 * time.Second); !Ballasted(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the first collection did not place the ballast")
		}
	}
	if p := debug.SetGCPercent(100); p != 100 {
		t.Errorf("GOGC percentage %d after the first collection, want 100", p)
	}
	runtime.GC()
	noCollection(t, "with the ballast")
}

func noCollection(t *testing.T, when string) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var sink [][]byte
	for i := 0; i < 8<<10; i++ { // 8 MB of short-lived garbage
		sink = append(sink[:0], make([]byte, 1<<10))
	}
	runtime.ReadMemStats(&after)
	if n := after.NumGC - before.NumGC; n != 0 {
		t.Errorf("%s: %d collections during 8 MB of allocation with a %d MB floor", when, n, Size>>20)
	}
	_ = sink
}

// TestMemoryLimited: under ulimit -v the ballast waits for the first
// collection (see the package comment); without a limit it is there from
// the start.
func TestMemoryLimited(t *testing.T) {
	if os.Getenv("GCFLOOR_CHILD") != "" {
		fmt.Println("limited:", memoryLimited())
		return
	}
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh for ulimit")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ ulimit, want string }{{"", "limited: false"}, {"ulimit -v 8000000 && ", "limited: true"}} {
		if tc.ulimit == "" && memoryLimited() {
			continue // the test itself runs under a limit
		}
		cmd := exec.Command(sh, "-c", tc.ulimit+`exec "$0" -test.run '^TestMemoryLimited$'`, self)
		cmd.Env = append(os.Environ(), "GCFLOOR_CHILD=1")
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), tc.want) {
			t.Errorf("%q: %v\n%s", tc.ulimit, err, out)
		}
	}
}
