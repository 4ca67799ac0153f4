//go:build linux || darwin || freebsd

package gcfloor

import "syscall"

// memoryLimited reports whether the process runs under a finite soft
// RLIMIT_AS or RLIMIT_DATA.
func memoryLimited() bool {
	for _, res := range []int{syscall.RLIMIT_AS, syscall.RLIMIT_DATA} {
		var rl syscall.Rlimit
		if syscall.Getrlimit(res, &rl) == nil && uint64(rl.Cur) != ^uint64(0) {
			return true
		}
	}
	return false
}
