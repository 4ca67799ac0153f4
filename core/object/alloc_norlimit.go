//go:build !linux && !darwin && !freebsd

package object

// rlimitMemory reports no limits where rlimits do not exist.
func rlimitMemory() (as, data uint64) { return 0, 0 }
