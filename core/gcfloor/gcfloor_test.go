package gcfloor

import (
	"os"
	"runtime"
	"testing"
)

// TestInstall checks that the ballast is in place (unless the environment
// tunes the collector) and that it raises the heap target: allocating a few
// megabytes of garbage no longer triggers a collection.
func TestInstall(t *testing.T) {
	Install()
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		if Installed() {
			t.Fatal("ballast installed although the environment tunes the collector")
		}
		return
	}
	if !Installed() {
		t.Fatal("no ballast")
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var sink [][]byte
	for i := 0; i < 8<<10; i++ { // 8 MB of short-lived garbage
		sink = append(sink[:0], make([]byte, 1<<10))
	}
	runtime.ReadMemStats(&after)
	if n := after.NumGC - before.NumGC; n != 0 {
		t.Errorf("%d collections during 8 MB of allocation with a %d MB floor", n, Size>>20)
	}
	_ = sink
}
