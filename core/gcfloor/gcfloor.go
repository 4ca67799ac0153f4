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
// the user tunes the collector, and then there is no ballast.
package gcfloor

import (
	"os"
	"sync"
)

// Size is the ballast's size in bytes.
const Size = 32 << 20

var (
	once    sync.Once
	ballast []byte
)

// Install puts the ballast in place, once per process. Embedders of the VM
// decide for themselves; the pyvar command and pyvar-bench call it.
func Install() {
	once.Do(func() {
		if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
			return
		}
		ballast = make([]byte, Size)
	})
}

// Installed reports whether the ballast is in place.
func Installed() bool { return ballast != nil }
