//go:build !(linux || darwin || freebsd)

package gcfloor

// memoryLimited reports whether the process runs under a memory rlimit:
// none that this system lets a program read.
func memoryLimited() bool { return false }
