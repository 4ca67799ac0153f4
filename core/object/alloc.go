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
// whose size a program chooses (bytes(n), seq * n) is checked first, and one
// larger than the machine's memory raises MemoryError, as CPython's failing
// malloc does.

var (
	memOnce  sync.Once
	memLimit uint64 = 1 << 40 // when the machine's memory cannot be read
)

// physicalMemory returns the machine's memory in bytes (Linux's MemTotal).
func physicalMemory() uint64 {
	memOnce.Do(func() {
		f, err := os.Open("/proc/meminfo")
		if err != nil {
			return
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) >= 2 && fields[0] == "MemTotal:" {
				if kb, err := strconv.ParseUint(fields[1], 10, 64); err == nil {
					memLimit = kb * 1024
				}
				return
			}
		}
	})
	return memLimit
}

// checkAlloc returns MemoryError when count items of size bytes each could
// not fit in the machine's memory.
func checkAlloc(count, size int) error {
	if count < 0 || size <= 0 {
		return nil
	}
	limit := physicalMemory()
	if allocLimit != 0 && allocLimit < limit {
		limit = allocLimit
	}
	if uint64(count) > limit/uint64(size) {
		return Errorf(MemoryError, "")
	}
	return nil
}

// CheckAlloc is checkAlloc for native modules: MemoryError when count items
// of size bytes each could not fit in the machine's memory.
func CheckAlloc(count, size int) error { return checkAlloc(count, size) }
