package native

import (
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// The Go runtime owns a few descriptors of its own: its netpoller's epoll
// instance and the eventfd that wakes it, and the cgroup CPU-limit files
// it keeps open to follow GOMAXPROCS. A Python program that closes a
// range of descriptors (os.closerange(3, 1000), as daemons and
// subprocess children do) or dup2s over one would close them under the
// runtime, which then dies with "netpoll failed". posix treats them as
// not open: close and closerange leave them alone, dup2 refuses them.

// runtimeFDs are the runtime's descriptors, found once at start, before
// any Python code runs: the netpoller is started (a pipe's os.File is
// registered with it), then the descriptors that are an epoll instance, an
// eventfd or a cgroup file and close on exec (so were not inherited) are
// the runtime's.
var runtimeFDs = findRuntimeFDs()

func findRuntimeFDs() []int {
	if r, w, err := os.Pipe(); err == nil {
		r.Close()
		w.Close()
	}
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return nil
	}
	var fds []int
	for _, e := range ents {
		fd, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		target, err := os.Readlink("/proc/self/fd/" + e.Name())
		if err != nil || (target != "anon_inode:[eventpoll]" && target != "anon_inode:[eventfd]" && !strings.HasPrefix(target, "/sys/fs/cgroup/")) {
			continue
		}
		if flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err == nil && flags&unix.FD_CLOEXEC != 0 {
			fds = append(fds, fd)
		}
	}
	return fds
}

// isRuntimeFD reports whether fd belongs to the Go runtime.
func isRuntimeFD(fd int) bool {
	for _, r := range runtimeFDs {
		if r == fd {
			return true
		}
	}
	return false
}
