package object

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"sync"
)

// Go cannot recover from an allocation the system refuses: the runtime
// dies with "fatal error: out of memory" and a Go stack. So every allocation
// whose size a program chooses (bytes(n), seq * n, list(range(n)), a list
// filled from an endless iterator) is checked first, and one that the
// process could not get raises MemoryError, as CPython's failing malloc does.
//
// Two checks: the size alone against the most the process may ever use (the
// machine's memory, the cgroup's limit, the rlimits), and, for large
// requests, the size plus what the process already uses against the limits
// that count usage: RLIMIT_AS counts address space (an idle Go process
// already reserves over a gigabyte), RLIMIT_DATA the data segment, the
// cgroup its charged memory.

// largeAlloc is the size from which the current usage is read as well:
// reading /proc costs a few microseconds, nothing beside such an allocation.
const largeAlloc = 16 << 20

// allocSlack is what the Go runtime may map beyond a request's own bytes
// (arena rounding, span and GC metadata).
const allocSlack = 96 << 20

// memLimits are the process's memory limits, read once.
type memLimits struct {
	total     uint64 // the least of all limits below and MemTotal
	as, data  uint64 // soft RLIMIT_AS and RLIMIT_DATA; 0 when unlimited
	cgroupMax uint64 // the cgroup's limit; 0 when none
	cgroupCur string // the file holding the cgroup's current usage
}

var (
	memOnce sync.Once
	limits  = memLimits{total: 1 << 40} // when no limit can be read
)

func readLimits() *memLimits {
	memOnce.Do(func() {
		if n, ok := readMemTotal(); ok {
			limits.total = n
		}
		for _, cg := range [][2]string{
			{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory.current"},
			{"/sys/fs/cgroup/memory/memory.limit_in_bytes", "/sys/fs/cgroup/memory/memory.usage_in_bytes"},
		} {
			// v1 reports "no limit" as a huge page-rounded number.
			if n, ok := readNumberFile(cg[0]); ok && n < limits.total {
				limits.cgroupMax, limits.cgroupCur, limits.total = n, cg[1], n
				break
			}
		}
		limits.as, limits.data = rlimitMemory()
		for _, n := range []uint64{limits.as, limits.data} {
			if n != 0 && n < limits.total {
				limits.total = n
			}
		}
	})
	return &limits
}

// physicalMemory returns the most memory the process may use, in bytes.
func physicalMemory() uint64 { return readLimits().total }

// readMemTotal returns /proc/meminfo's MemTotal.
func readMemTotal() (uint64, bool) {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) >= 2 && fields[0] == "MemTotal:" {
			if kb, err := strconv.ParseUint(fields[1], 10, 64); err == nil {
				return kb * 1024, true
			}
		}
	}
	return 0, false
}

// readNumberFile reads a file holding one byte count (cgroup limits and
// usage); "max" and anything else that is not a positive number is false.
func readNumberFile(path string) (uint64, bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, false
	}
	n, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64)
	return n, err == nil && n > 0
}

// readStatm returns the process's address space and data segment sizes in
// bytes (/proc/self/statm's size and data fields).
func readStatm() (size, data uint64, ok bool) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, 0, false
	}
	f := strings.Fields(string(b))
	if len(f) < 6 {
		return 0, 0, false
	}
	pages, err1 := strconv.ParseUint(f[0], 10, 64)
	dpages, err2 := strconv.ParseUint(f[5], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	page := uint64(os.Getpagesize())
	return pages * page, dpages * page, true
}

// fitsNow reports whether need more bytes fit under the limits that count
// what the process already uses.
func (m *memLimits) fitsNow(need uint64) bool {
	need += allocSlack
	if m.as != 0 || m.data != 0 {
		if size, data, ok := readStatm(); ok {
			// No credit for the heap's free spans: the growth of one slice
			// leaves many, none large enough for the next size.
			if m.as != 0 && size+need > m.as || m.data != 0 && data+need > m.data {
				return false
			}
		}
	}
	if m.cgroupMax != 0 {
		if cur, ok := readNumberFile(m.cgroupCur); ok && cur+need > m.cgroupMax {
			return false
		}
	}
	return true
}

// checkAlloc returns MemoryError when count items of size bytes each could
// not be allocated.
func checkAlloc(count, size int) error {
	if count < 0 || size <= 0 {
		return nil
	}
	m := readLimits()
	limit := m.total
	if allocLimit != 0 && allocLimit < limit {
		limit = allocLimit
	}
	if uint64(count) > limit/uint64(size) {
		return Errorf(MemoryError, "")
	}
	if need := uint64(count) * uint64(size); need >= largeAlloc && !m.fitsNow(need) {
		return Errorf(MemoryError, "")
	}
	return nil
}

// CheckAlloc is checkAlloc for native modules: MemoryError when count items
// of size bytes each could not be allocated.
func CheckAlloc(count, size int) error { return checkAlloc(count, size) }
