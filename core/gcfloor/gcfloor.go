// Package gcfloor gives the Go garbage collector a floor under its heap
// target, for the pyvar command and its benchmarks.
//
// A Python program allocates small objects at a high rate (frames' values
// do not, but every list, tuple, bound method and str result does) while
// its live heap often stays at a few megabytes. Go's collector aims at
// twice the live heap, at least 4 MB, so such a program collected every
// few megabytes of allocation, and the collections cost 20–50% of the CPU
// time of the everyday programs in bench/programs (without and with this
// floor: permutations 0.39 -> 0.21 CPU seconds, exceptions 0.55 -> 0.29,
// matrix 0.23 -> 0.11). CPython frees by reference counting and has no
// such cost. The price is memory: garbage waits longer (permutations'
// peak RSS 22 -> 54 MB; with a 64 MB floor it was 86 MB for no more speed).
//
// The floor is a ballast: one pointer-free allocation that is never
// touched, so it costs address space, not resident memory, and the
// collector never scans it, but it counts as live heap. With a ballast of
// B bytes the heap target is at least 2B, and collections come once per B
// bytes of allocation or more; programs with a large live heap are
// unaffected in proportion. A GOGC or GOMEMLIMIT in the environment means
// the user tunes the collector, and then there is no floor.
//
// Allocating the ballast at start-up started a collection at once (the
// heap was past Go's first 4 MB target), which marked the interpreter's
// start-up heap for nothing: a third of `pyvar -c pass`'s instructions.
// So the floor comes in two steps: until the first collection the
// collector's percentage is raised so that its first target is the same
// 2B (Go's first target is 4 MB scaled by GOGC/100), which a short program
// never reaches; the first collection then puts the ballast in place and
// the percentage back to 100.
package gcfloor

import (
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
)

// Size is the ballast's size in bytes.
const Size = 32 << 20

// startPercent is the GOGC percentage until the first collection: Go's
// first heap target is 4 MB times startPercent/100, 2*Size.
const startPercent = 100 * 2 * Size / (4 << 20)

var (
	once      sync.Once
	installed atomic.Bool
	ballast   []byte
	mu        sync.Mutex
)

// Install puts the floor in place, once per process. Embedders of the VM
// decide for themselves; the pyvar command and pyvar-bench call it.
func Install() {
	once.Do(func() {
		if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
			return
		}
		installed.Store(true)
		debug.SetGCPercent(startPercent)
		// A finalizer runs after the first collection that finds its
		// object unreachable: the first one.
		runtime.SetFinalizer(&sentinel{}, func(*sentinel) { placeBallast() })
	})
}

// sentinel is big enough not to share the tiny allocator's blocks (their
// finalizers may never run).
type sentinel struct{ _ [2]*byte }

// placeBallast is the second step: the ballast, and GOGC's own percentage.
func placeBallast() {
	mu.Lock()
	defer mu.Unlock()
	if ballast == nil {
		ballast = make([]byte, Size)
		debug.SetGCPercent(100)
	}
}

// Installed reports whether the floor is in place (in either step).
func Installed() bool { return installed.Load() }

// Ballasted reports whether the second step is done: the first collection
// has come and the ballast is allocated.
func Ballasted() bool {
	mu.Lock()
	defer mu.Unlock()
	return ballast != nil
}
