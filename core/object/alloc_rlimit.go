//go:build linux || darwin || freebsd

package object

import "syscall"

// rlimInfinity is RLIM_INFINITY as the unsigned Rlimit fields hold it.
const rlimInfinity = ^uint64(0)

// rlimitMemory returns the soft RLIMIT_AS and RLIMIT_DATA limits, 0 for
// unlimited.
func rlimitMemory() (as, data uint64) {
	get := func(res int) uint64 {
		var rl syscall.Rlimit
		if syscall.Getrlimit(res, &rl) != nil || uint64(rl.Cur) == rlimInfinity {
			return 0
		}
		return uint64(rl.Cur)
	}
	return get(syscall.RLIMIT_AS), get(syscall.RLIMIT_DATA)
}
