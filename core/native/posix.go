package native

import (
	"bytes"
	"os"
	"runtime"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// The posix module: what CPython's os.py, posixpath, shutil, tempfile,
// glob, pathlib and subprocess use of the operating system, as CPython
// 3.10 on Linux offers it (the *at system calls behind dir_fd and
// follow_symlinks, file descriptors as paths where CPython allows them).
// There is no fork: a Go process cannot fork safely, so os.fork is absent
// as on platforms without it; processes start through
// _posixsubprocess.fork_exec, system, posix_spawn-free paths.

func init() { register("posix", newPosixModule) }

const atFDCWD = unix.AT_FDCWD

// posixModule is one interpreter's posix module.
type posixModule struct {
	in  *vm.Interp
	mod *object.Module
}

// posixDef adds a function whose arguments are bound as Argument Clinic
// does (names[:npos] positional, the first nreq required).
func (pm *posixModule) def(name string, names []string, npos, nreq int, fn func(a []object.Value) (object.Value, error)) {
	defFunc(pm.mod, name, func(args []object.Value, kw []string) (object.Value, error) {
		a := make([]object.Value, len(names))
		if err := parseKw(name, args, kw, names, npos, nreq, a); err != nil {
			return object.Null, err
		}
		return fn(a)
	})
}

// defPos adds a function whose parameters are all positional-only.
func (pm *posixModule) defPos(name string, min, max int, fn func(a []object.Value) (object.Value, error)) {
	defFunc(pm.mod, name, func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("posix."+name, kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional(name, len(args), min, max); err != nil {
			return object.Null, err
		}
		return fn(args)
	})
}

// defNoArgs adds a METH_NOARGS function ("posix.getpid() takes no
// arguments (1 given)").
func (pm *posixModule) defNoArgs(name string, fn func() (object.Value, error)) {
	defFunc(pm.mod, name, func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("posix."+name, args, kw); err != nil {
			return object.Null, err
		}
		return fn()
	})
}

// boolArg is the "p" converter: absent is dflt, else the truth of v.
func boolArg(v object.Value, dflt bool) (bool, error) {
	if v.IsNull() {
		return dflt, nil
	}
	return object.Truth(v)
}

// intArgOr is an int parameter with a default.
func intArgOr(v object.Value, dflt int) (int, error) {
	if v.IsNull() {
		return dflt, nil
	}
	return cIntArgClinic(v)
}

// retry runs a system call again while it fails with EINTR, running
// pending signal handlers in between as CPython does.
func (pm *posixModule) retry(call func() error) error {
	for {
		err := call()
		if err != syscall.EINTR {
			return err
		}
		if err := pm.in.CheckSignals(); err != nil {
			return err
		}
	}
}

func newPosixModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("posix", "This module provides access to operating system functionality that is\n"+
		"standardized by the C Standard and the POSIX standard (a thinly\n"+
		"disguised Unix interface).  Refer to the library manual and\n"+
		"corresponding Unix manual entries for more information on calls.")
	pm := &posixModule{in: in, mod: m}
	setAttr(m, "error", object.FromObject(object.OSError))
	setAttr(m, "stat_result", object.FromObject(StatResultType))
	setAttr(m, "statvfs_result", object.FromObject(statvfsResultType))
	setAttr(m, "terminal_size", object.FromObject(terminalSizeType))
	setAttr(m, "times_result", object.FromObject(timesResultType))
	setAttr(m, "uname_result", object.FromObject(unameResultType))
	pm.addConstants()
	env, err := environDict()
	if err != nil {
		return nil, err
	}
	setAttr(m, "environ", env)
	var have []object.Value
	for _, h := range []string{"HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN",
		"HAVE_FCHOWNAT", "HAVE_FDOPENDIR", "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS",
		"HAVE_LINKAT", "HAVE_LCHOWN", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_OPENAT",
		"HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT"} {
		have = append(have, object.NewStr(h))
	}
	setAttr(m, "_have_functions", object.ListValue(have...))
	pm.addFileFunctions()
	pm.addScandir()
	pm.addProcessFunctions()
	pm.addMiscFunctions()
	pm.addConfFunctions()
	pm.addMoreFunctions()
	return m, nil
}

// environDict is posix.environ: the process environment as bytes keys
// and values, the first of duplicate names winning.
func environDict() (object.Value, error) {
	d := object.NewDict(32)
	for _, kv := range syscall.Environ() {
		i := strings.IndexByte(kv, '=')
		if i <= 0 {
			continue
		}
		k := object.NewBytes([]byte(kv[:i]))
		if _, ok, err := d.Get(k); err != nil {
			return object.Null, err
		} else if ok {
			continue
		}
		if err := d.Set(k, object.NewBytes([]byte(kv[i+1:]))); err != nil {
			return object.Null, err
		}
	}
	return object.FromObject(d), nil
}

// envArg converts a putenv/unsetenv argument (PyUnicode_FSConverter).
func envArg(v object.Value) (string, error) {
	switch s := object.Unwrap(v).Object().(type) {
	case *object.Str:
		enc, err := fsEncode(s.S)
		if err != nil {
			return "", err
		}
		if strings.IndexByte(enc, 0) >= 0 {
			return "", object.Errorf(object.ValueError, "embedded null byte")
		}
		return enc, nil
	case *object.Bytes:
		if bytes.IndexByte(s.B, 0) >= 0 {
			return "", object.Errorf(object.ValueError, "embedded null byte")
		}
		return string(s.B), nil
	}
	p, err := fspath(v)
	if err != nil {
		return "", err
	}
	return envArg(p)
}

func (pm *posixModule) addMiscFunctions() {
	m := pm.mod
	pm.defPos("putenv", 2, 2, func(a []object.Value) (object.Value, error) {
		name, err := envArg(a[0])
		if err != nil {
			return object.Null, err
		}
		value, err := envArg(a[1])
		if err != nil {
			return object.Null, err
		}
		if strings.IndexByte(name, '=') >= 0 {
			return object.Null, object.Errorf(object.ValueError, "illegal environment variable name")
		}
		if name == "" {
			return object.Null, errnoError(syscall.EINVAL)
		}
		if err := os.Setenv(name, value); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	pm.defPos("unsetenv", 1, 1, func(a []object.Value) (object.Value, error) {
		name, err := envArg(a[0])
		if err != nil {
			return object.Null, err
		}
		if name == "" || strings.IndexByte(name, '=') >= 0 {
			return object.Null, errnoError(syscall.EINVAL)
		}
		if err := os.Unsetenv(name); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	defFunc(m, "fspath", func(args []object.Value, kw []string) (object.Value, error) {
		a := make([]object.Value, 1)
		if err := parseKw("fspath", args, kw, []string{"path"}, 1, 1, a); err != nil {
			return object.Null, err
		}
		return fspath(a[0])
	})
	pm.defPos("strerror", 1, 1, func(a []object.Value) (object.Value, error) {
		code, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		return object.NewStr(strerror(code)), nil
	})
	pm.defPos("urandom", 1, 1, func(a []object.Value) (object.Value, error) {
		n, err := cLongArg(a[0])
		if err != nil {
			return object.Null, err
		}
		if n < 0 {
			return object.Null, object.Errorf(object.ValueError, "negative argument not allowed")
		}
		if n > 1<<31 {
			return object.Null, object.NewException(object.MemoryError)
		}
		buf := make([]byte, n)
		for off := 0; off < len(buf); {
			k, err := unix.Getrandom(buf[off:], 0)
			if err == syscall.EINTR {
				if err := pm.in.CheckSignals(); err != nil {
					return object.Null, err
				}
				continue
			}
			if err != nil {
				return object.Null, osErrorOf(err)
			}
			off += k
		}
		return object.NewBytes(buf), nil
	})
	pm.defNoArgs("cpu_count", func() (object.Value, error) {
		return object.Int(int64(runtime.NumCPU())), nil
	})
	pm.defNoArgs("getloadavg", func() (object.Value, error) {
		data, err := os.ReadFile("/proc/loadavg")
		if err != nil {
			return object.Null, object.Errorf(object.OSError, "Load averages are unobtainable")
		}
		f := strings.Fields(string(data))
		if len(f) < 3 {
			return object.Null, object.Errorf(object.OSError, "Load averages are unobtainable")
		}
		var vals []object.Value
		for _, s := range f[:3] {
			x, err := object.ParseFloat(s)
			if err != nil {
				return object.Null, object.Errorf(object.OSError, "Load averages are unobtainable")
			}
			vals = append(vals, object.Float(x))
		}
		return object.TupleValue(vals...), nil
	})
	pm.defNoArgs("uname", func() (object.Value, error) {
		var u unix.Utsname
		if err := unix.Uname(&u); err != nil {
			return object.Null, osErrorOf(err)
		}
		field := func(b []byte) object.Value {
			if i := bytes.IndexByte(b, 0); i >= 0 {
				b = b[:i]
			}
			return object.NewStr(fsDecode(string(b)))
		}
		return object.NewStructSeq(unameResultType, field(u.Sysname[:]), field(u.Nodename[:]), field(u.Release[:]),
			field(u.Version[:]), field(u.Machine[:])), nil
	})
	pm.defNoArgs("times", func() (object.Value, error) {
		var t unix.Tms
		ticks, err := unix.Times(&t)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		const hz = 100 // sysconf(_SC_CLK_TCK) on Linux
		f := func(x int64) object.Value { return object.Float(float64(x) / hz) }
		return object.NewStructSeq(timesResultType, f(t.Utime), f(t.Stime), f(t.Cutime), f(t.Cstime), f(int64(ticks))), nil
	})
	pm.defPos("umask", 1, 1, func(a []object.Value) (object.Value, error) {
		mask, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		return object.Int(int64(unix.Umask(mask))), nil
	})
	pm.def("register_at_fork", []string{"before", "after_in_child", "after_in_parent"}, 0, 0, func(a []object.Value) (object.Value, error) {
		if a[0].IsNull() && a[1].IsNull() && a[2].IsNull() {
			return object.Null, object.Errorf(object.TypeError, "At least one argument is required.")
		}
		for i, n := range []string{"before", "after_in_child", "after_in_parent"} {
			if !a[i].IsNull() && !object.IsCallable(a[i]) {
				return object.Null, object.Errorf(object.TypeError, "'%s' must be callable, not %s", n, object.TypeOf(a[i]).Name)
			}
		}
		// There is no fork here, so the callbacks never run.
		return object.None, nil
	})
}

// intConst adds integer constants to the module.
func (pm *posixModule) intConst(kv ...any) {
	for i := 0; i+1 < len(kv); i += 2 {
		var n int64
		switch x := kv[i+1].(type) {
		case int:
			n = int64(x)
		case int64:
			n = x
		case uint32:
			n = int64(x)
		}
		setAttr(pm.mod, kv[i].(string), object.Int(n))
	}
}

func (pm *posixModule) addConstants() {
	pm.intConst(
		"F_OK", unix.F_OK, "R_OK", unix.R_OK, "W_OK", unix.W_OK, "X_OK", unix.X_OK,
		"NGROUPS_MAX", 65536, "TMP_MAX", 238328,
		"WCONTINUED", unix.WCONTINUED, "WNOHANG", unix.WNOHANG, "WUNTRACED", unix.WUNTRACED,
		"WEXITED", unix.WEXITED, "WSTOPPED", unix.WSTOPPED, "WNOWAIT", unix.WNOWAIT,
		"O_RDONLY", unix.O_RDONLY, "O_WRONLY", unix.O_WRONLY, "O_RDWR", unix.O_RDWR,
		"O_NDELAY", unix.O_NDELAY, "O_NONBLOCK", unix.O_NONBLOCK, "O_APPEND", unix.O_APPEND,
		"O_DSYNC", unix.O_DSYNC, "O_RSYNC", unix.O_RSYNC, "O_SYNC", unix.O_SYNC, "O_NOCTTY", unix.O_NOCTTY,
		"O_CREAT", unix.O_CREAT, "O_EXCL", unix.O_EXCL, "O_TRUNC", unix.O_TRUNC, "O_LARGEFILE", 0,
		"O_PATH", unix.O_PATH, "O_TMPFILE", unix.O_TMPFILE, "O_ASYNC", unix.O_ASYNC, "O_DIRECT", unix.O_DIRECT,
		"O_DIRECTORY", unix.O_DIRECTORY, "O_NOFOLLOW", unix.O_NOFOLLOW, "O_NOATIME", unix.O_NOATIME,
		"O_CLOEXEC", unix.O_CLOEXEC, "O_ACCMODE", unix.O_ACCMODE, "O_FSYNC", unix.O_FSYNC,
		"PRIO_PROCESS", unix.PRIO_PROCESS, "PRIO_PGRP", unix.PRIO_PGRP, "PRIO_USER", unix.PRIO_USER,
		"CLD_EXITED", 1, "CLD_KILLED", 2, "CLD_DUMPED", 3, "CLD_TRAPPED", 4, "CLD_STOPPED", 5, "CLD_CONTINUED", 6,
		"F_LOCK", 1, "F_TLOCK", 2, "F_ULOCK", 0, "F_TEST", 3,
		"P_PID", 1, "P_PGID", 2, "P_ALL", 0, "P_PIDFD", 3,
		"SEEK_DATA", 3, "SEEK_HOLE", 4,
		"SCHED_OTHER", 0, "SCHED_FIFO", 1, "SCHED_RR", 2, "SCHED_BATCH", 3, "SCHED_IDLE", 5,
		"SCHED_RESET_ON_FORK", 0x40000000,
		"RTLD_LAZY", 1, "RTLD_NOW", 2, "RTLD_GLOBAL", 0x100, "RTLD_LOCAL", 0, "RTLD_NODELETE", 0x1000,
		"RTLD_NOLOAD", 4, "RTLD_DEEPBIND", 8,
		"GRND_NONBLOCK", unix.GRND_NONBLOCK, "GRND_RANDOM", unix.GRND_RANDOM,
		"ST_RDONLY", unix.ST_RDONLY, "ST_NOSUID", unix.ST_NOSUID, "ST_NODEV", unix.ST_NODEV,
		"ST_NOEXEC", unix.ST_NOEXEC, "ST_SYNCHRONOUS", unix.ST_SYNCHRONOUS, "ST_MANDLOCK", unix.ST_MANDLOCK,
		"ST_WRITE", 128, "ST_APPEND", 256, "ST_NOATIME", unix.ST_NOATIME, "ST_NODIRATIME", unix.ST_NODIRATIME,
		"ST_RELATIME", unix.ST_RELATIME,
		"EX_OK", 0, "EX_USAGE", 64, "EX_DATAERR", 65, "EX_NOINPUT", 66, "EX_NOUSER", 67, "EX_NOHOST", 68,
		"EX_UNAVAILABLE", 69, "EX_SOFTWARE", 70, "EX_OSERR", 71, "EX_OSFILE", 72, "EX_CANTCREAT", 73,
		"EX_IOERR", 74, "EX_TEMPFAIL", 75, "EX_PROTOCOL", 76, "EX_NOPERM", 77, "EX_CONFIG", 78,
		"POSIX_FADV_NORMAL", 0, "POSIX_FADV_RANDOM", 1, "POSIX_FADV_SEQUENTIAL", 2, "POSIX_FADV_WILLNEED", 3,
		"POSIX_FADV_DONTNEED", 4, "POSIX_FADV_NOREUSE", 5,
		"EFD_CLOEXEC", unix.EFD_CLOEXEC, "EFD_NONBLOCK", unix.EFD_NONBLOCK, "EFD_SEMAPHORE", unix.EFD_SEMAPHORE,
		"MFD_CLOEXEC", unix.MFD_CLOEXEC, "MFD_ALLOW_SEALING", unix.MFD_ALLOW_SEALING, "MFD_HUGETLB", unix.MFD_HUGETLB,
		"MFD_HUGE_SHIFT", 26, "MFD_HUGE_MASK", 63, "MFD_HUGE_64KB", unix.MFD_HUGE_64KB,
		"MFD_HUGE_512KB", unix.MFD_HUGE_512KB, "MFD_HUGE_1MB", unix.MFD_HUGE_1MB, "MFD_HUGE_2MB", unix.MFD_HUGE_2MB,
		"MFD_HUGE_8MB", unix.MFD_HUGE_8MB, "MFD_HUGE_16MB", unix.MFD_HUGE_16MB, "MFD_HUGE_32MB", unix.MFD_HUGE_32MB,
		"MFD_HUGE_256MB", unix.MFD_HUGE_256MB, "MFD_HUGE_512MB", unix.MFD_HUGE_512MB, "MFD_HUGE_1GB", unix.MFD_HUGE_1GB,
		"MFD_HUGE_2GB", unix.MFD_HUGE_2GB, "MFD_HUGE_16GB", unix.MFD_HUGE_16GB,
	)
}
