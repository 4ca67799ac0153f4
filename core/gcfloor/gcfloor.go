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
// The floor comes in two steps. At start-up the collector's percentage is
// raised so that its first target is 2B (Go's first target is 4 MB scaled
// by GOGC/100), which a short program never reaches, and the ballast is
// allocated: fresh pages, which Go need not zero, so they never become
// resident. (A ballast under the default first target started a
// collection at once, marking the start-up heap for nothing: a third of
// `pyvar -c pass`'s instructions.) The first collection then puts the
// percentage back to 100.
//
// Under an address-space or data-segment limit (ulimit -v, ulimit -d) the
// ballast is allocated at that first collection instead, as it always was
// before: a process that runs close to such a limit relies on the
// allocation checks of package object, which read the address space in
// use, and these were measured with that layout. Allocated at the first
// collection, the ballast reuses the pages the collection freed and must
// clear them: in a 100 ms allocating program, 28 MB more peak RSS and 20 ms
// more in this sandbox, where page faults are dear.
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
	settled   bool // the second step is done
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
		if !memoryLimited() {
			ballast = make([]byte, Size)
		}
		// A finalizer runs after the first collection that finds its
		// object unreachable: the first one.
		runtime.SetFinalizer(&sentinel{}, func(*sentinel) { placeBallast() })
	})
}

// sentinel is big enough not to share the tiny allocator's blocks (their
// finalizers may never run).
type sentinel struct{ _ [2]*byte }

// placeBallast is the second step: GOGC's own percentage, and the
// ballast if it is not there yet.
func placeBallast() {
	mu.Lock()
	defer mu.Unlock()
	if !settled {
		settled = true
		if ballast == nil {
			ballast = make([]byte, Size)
		}
		debug.SetGCPercent(100)
	}
}

// Installed reports whether the floor is in place (in either step).
func Installed() bool { return installed.Load() }

// Ballasted reports whether the second step is done: the first collection
// has come, the ballast is allocated and GOGC is back to 100.
func Ballasted() bool {
	mu.Lock()
	defer mu.Unlock()
	return settled
}
