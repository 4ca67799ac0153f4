package native

import (
	"os"
	"runtime"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
)

// os.sysconf, os.pathconf/fpathconf and os.confstr: the configuration
// values glibc reports on Linux, the constant ones from a table and the
// others from the system (limits, memory, processors, the file system).

// confName is conv_confname: a name from the table or an int code.
func confName(v object.Value, table func(string) (int, bool)) (int, error) {
	if s, ok := object.Unwrap(v).Object().(*object.Str); ok {
		if code, ok := table(s.S); ok {
			return code, nil
		}
		return 0, object.Errorf(object.ValueError, "unrecognized configuration name")
	}
	if !isIndexable(v) {
		return 0, object.Errorf(object.TypeError, "configuration names must be strings or integers")
	}
	return cIntArg(v)
}

// sysconfValue is sysconf(3) for the codes whose value depends on the
// system; ok is false for an unknown code.
func sysconfValue(code int) (int64, error) {
	rlim := func(r int) int64 {
		var l unix.Rlimit
		if unix.Getrlimit(r, &l) != nil || l.Cur == unix.RLIM_INFINITY {
			return -1
		}
		return int64(l.Cur)
	}
	switch code {
	case 0: // ARG_MAX: a quarter of the stack limit, at least 128 KiB
		if s := rlim(unix.RLIMIT_STACK); s > 0 {
			return max(s/4, 131072), nil
		}
		return 131072, nil
	case 1: // CHILD_MAX
		return rlim(unix.RLIMIT_NPROC), nil
	case 2: // CLK_TCK
		return 100, nil
	case 4: // OPEN_MAX
		return rlim(unix.RLIMIT_NOFILE), nil
	case 30: // PAGESIZE
		return int64(os.Getpagesize()), nil
	case 34: // SIGQUEUE_MAX
		return rlim(unix.RLIMIT_SIGPENDING), nil
	case 83: // NPROCESSORS_CONF
		if n := countCPUs("/sys/devices/system/cpu/possible"); n > 0 {
			return n, nil
		}
		return int64(runtime.NumCPU()), nil
	case 84: // NPROCESSORS_ONLN
		if n := countCPUs("/sys/devices/system/cpu/online"); n > 0 {
			return n, nil
		}
		return int64(runtime.NumCPU()), nil
	case 85, 86: // PHYS_PAGES, AVPHYS_PAGES
		var si unix.Sysinfo_t
		if err := unix.Sysinfo(&si); err != nil {
			return 0, osErrorOf(err)
		}
		mem := uint64(si.Totalram)
		if code == 86 {
			mem = uint64(si.Freeram)
		}
		return int64(mem * uint64(si.Unit) / uint64(os.Getpagesize())), nil
	}
	return 0, errnoError(syscall.EINVAL)
}

// countCPUs counts the CPUs of a list such as "0-3,6".
func countCPUs(path string) int64 {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	var n int64
	for _, part := range strings.Split(strings.TrimSpace(string(data)), ",") {
		lo, hi, found := strings.Cut(part, "-")
		a, err1 := atoiSafe(lo)
		b := a
		var err2 error
		if found {
			b, err2 = atoiSafe(hi)
		}
		if err1 != nil || err2 != nil || b < a {
			return 0
		}
		n += int64(b - a + 1)
	}
	return n
}

func atoiSafe(s string) (int, error) {
	n := 0
	if s == "" {
		return 0, syscall.EINVAL
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, syscall.EINVAL
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

// pathconfValue is glibc's pathconf for a file-system statfs.
func pathconfValue(code int, st *unix.Statfs_t) (int64, error) {
	switch code {
	case 0: // LINK_MAX, by file system
		switch uint32(st.Type) {
		case 0xEF53: // ext2/3/4
			return 65000, nil
		case 0x58465342: // XFS
			return 2147483647, nil
		case 0x9123683E: // btrfs
			return 65535, nil
		}
		return 127, nil
	case 1, 2: // MAX_CANON, MAX_INPUT
		return 255, nil
	case 3: // NAME_MAX
		return st.Namelen, nil
	case 4: // PATH_MAX
		return 4096, nil
	case 5: // PIPE_BUF
		return 4096, nil
	case 6, 7: // CHOWN_RESTRICTED, NO_TRUNC
		return 1, nil
	case 8: // VDISABLE
		return 0, nil
	case 9, 10, 11, 12, 14, 15, 19: // SYNC_IO, ASYNC_IO, PRIO_IO, SOCK_MAXBUF, REC_INCR/MAX_XFER_SIZE, SYMLINK_MAX
		return -1, nil
	case 13: // FILESIZEBITS
		return 64, nil
	case 16, 17, 18: // REC_MIN_XFER_SIZE, REC_XFER_ALIGN, ALLOC_SIZE_MIN
		return st.Bsize, nil
	}
	return 0, errnoError(syscall.EINVAL)
}

func (pm *posixModule) addConfFunctions() {
	m := pm.mod
	sysNames := object.NewDict(len(sysconfNames))
	for _, s := range sysconfNames {
		sysNames.SetStr(s.name, object.Int(int64(s.code)))
	}
	setAttr(m, "sysconf_names", object.FromObject(sysNames))
	pathNames := object.NewDict(len(pathconfNames))
	for _, p := range pathconfNames {
		pathNames.SetStr(p.name, object.Int(int64(p.code)))
	}
	setAttr(m, "pathconf_names", object.FromObject(pathNames))
	csNames := object.NewDict(len(confstrNames))
	for _, c := range confstrNames {
		csNames.SetStr(c.name, object.Int(int64(c.code)))
	}
	setAttr(m, "confstr_names", object.FromObject(csNames))
	lookup := func(d *object.Dict) func(string) (int, bool) {
		return func(name string) (int, bool) {
			v, ok := d.GetStr(name)
			if !ok {
				return 0, false
			}
			n, _ := v.AsInt()
			return int(n), true
		}
	}
	pm.defPos("sysconf", 1, 1, func(a []object.Value) (object.Value, error) {
		code, err := confName(a[0], lookup(sysNames))
		if err != nil {
			return object.Null, err
		}
		for _, s := range sysconfNames {
			if s.code == code && s.fixed {
				return object.Int(s.value), nil
			}
		}
		v, err := sysconfValue(code)
		if err != nil {
			return object.Null, err
		}
		return object.Int(v), nil
	})
	pathconf := func(fname string, statfs func(a []object.Value) (*unix.Statfs_t, error)) func(a []object.Value) (object.Value, error) {
		return func(a []object.Value) (object.Value, error) {
			code, err := confName(a[1], lookup(pathNames))
			if err != nil {
				return object.Null, err
			}
			st, err := statfs(a)
			if err != nil {
				return object.Null, err
			}
			v, err := pathconfValue(code, st)
			if err != nil {
				return object.Null, err
			}
			return object.Int(v), nil
		}
	}
	pm.def("pathconf", []string{"path", "name"}, 2, 2, pathconf("pathconf", func(a []object.Value) (*unix.Statfs_t, error) {
		p, err := pathArg(a[0], pathOpts{fname: "pathconf", argname: "path", allowFD: true})
		if err != nil {
			return nil, err
		}
		var st unix.Statfs_t
		if p.isFD {
			err = unix.Fstatfs(p.fd, &st)
		} else {
			err = unix.Statfs(p.name, &st)
		}
		if err != nil {
			return nil, p.err(err)
		}
		return &st, nil
	}))
	pm.defPos("fpathconf", 2, 2, pathconf("fpathconf", func(a []object.Value) (*unix.Statfs_t, error) {
		fd, err := fdArgOrFileno(a[0])
		if err != nil {
			return nil, err
		}
		var st unix.Statfs_t
		if err := unix.Fstatfs(fd, &st); err != nil {
			return nil, osErrorOf(err)
		}
		return &st, nil
	}))
	pm.defPos("confstr", 1, 1, func(a []object.Value) (object.Value, error) {
		code, err := confName(a[0], lookup(csNames))
		if err != nil {
			return object.Null, err
		}
		switch code {
		case 0: // CS_PATH
			return object.NewStr("/bin:/usr/bin"), nil
		case 1004, 1007: // CS_LFS64_CFLAGS, CS_LFS64_LINTFLAGS
			return object.NewStr("-D_LARGEFILE64_SOURCE"), nil
		case 1108, 1109: // CS_XBS5_LP64_OFF64_CFLAGS, _LDFLAGS
			return object.NewStr("-m64"), nil
		case 2, 3: // CS_GNU_LIBC_VERSION, CS_GNU_LIBPTHREAD_VERSION: pyvar is not linked with glibc
			return object.Null, errnoError(syscall.EINVAL)
		}
		for _, c := range confstrNames {
			if c.code == code {
				return object.NewStr(""), nil
			}
		}
		return object.Null, errnoError(syscall.EINVAL)
	})
}
