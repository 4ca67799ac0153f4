package gcfloor

import (
	"os"
	"runtime"
	"runtime/debug"
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
