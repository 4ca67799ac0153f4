package native

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"unsafe"

	"golang.org/x/sys/unix"
)

// The services and protocols databases (/etc/services, /etc/protocols),
// read as getservbyname(3) and getprotobyname(3) do, and raw socket
// options.

// eachDBLine calls fn with the fields of each line of a netdb file
// (comments dropped) until fn returns true.
func eachDBLine(path string, fn func(fields []string) bool) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if fields := strings.Fields(line); len(fields) >= 2 && fn(fields) {
			return
		}
	}
}

// serviceByName finds a service's port by name or alias, for proto
// ("tcp", "udp", or "" for any).
func serviceByName(name, proto string) (int, bool) {
	port, found := 0, false
	eachDBLine("/etc/services", func(f []string) bool {
		pp := strings.SplitN(f[1], "/", 2)
		if len(pp) != 2 || (proto != "" && pp[1] != proto) {
			return false
		}
		for i, n := range f {
			if i != 1 && n == name {
				if p, err := strconv.Atoi(pp[0]); err == nil {
					port, found = p, true
					return true
				}
			}
		}
		return false
	})
	return port, found
}

// serviceByPort finds the name of the service on port for proto.
func serviceByPort(port int, proto string) (string, bool) {
	name, found := "", false
	eachDBLine("/etc/services", func(f []string) bool {
		pp := strings.SplitN(f[1], "/", 2)
		if len(pp) == 2 && pp[0] == strconv.Itoa(port) && (proto == "" || pp[1] == proto) {
			name, found = f[0], true
			return true
		}
		return false
	})
	return name, found
}

// protocolByName finds a protocol's number by name or alias.
func protocolByName(name string) (int, bool) {
	num, found := 0, false
	eachDBLine("/etc/protocols", func(f []string) bool {
		for i, n := range f {
			if i != 1 && n == name {
				if p, err := strconv.Atoi(f[1]); err == nil {
					num, found = p, true
					return true
				}
			}
		}
		return false
	})
	if !found {
		// The three every system has, when the file is missing.
		switch name {
		case "ip":
			return 0, true
		case "tcp":
			return 6, true
		case "udp":
			return 17, true
		}
	}
	return num, found
}

// getsockoptBytes is getsockopt with a buffer of buflen bytes.
func getsockoptBytes(fd, level, opt, buflen int) ([]byte, error) {
	buf := make([]byte, buflen)
	l := uint32(buflen)
	_, _, e := unix.Syscall6(unix.SYS_GETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt),
		uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&l)), 0)
	if e != 0 {
		return nil, e
	}
	return buf[:l], nil
}

// setsockoptRaw is setsockopt with a buffer (nil: a NULL pointer) and a
// length.
func setsockoptRaw(fd, level, opt int, data []byte, n int) error {
	var p unsafe.Pointer
	if len(data) > 0 {
		p = unsafe.Pointer(&data[0])
	}
	_, _, e := unix.Syscall6(unix.SYS_SETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt), uintptr(p), uintptr(n), 0)
	if e != 0 {
		return e
	}
	return nil
}

// getaddrinfo and getnameinfo flags of glibc.
const (
	aiPassive     = 1
	aiCanonName   = 2
	aiNumericHost = 4
	aiNumericServ = 0x400
	niNumericHost = 1
	niNumericServ = 2
	niNameReqd    = 8
	niDgram       = 16
)
