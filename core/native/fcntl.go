package native

import (
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// The fcntl and resource modules: file-descriptor control and locks, and
// the process's resource limits and usage, as system calls on Linux.

func init() {
	register("fcntl", newFcntlModule)
	register("resource", newResourceModule)
}

func newFcntlModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("fcntl", "This module performs file control and I/O control on file\n"+
		"descriptors.  It is an interface to the fcntl() and ioctl() Unix\n"+
		"routines.  File descriptors can be obtained with the fileno() method of\n"+
		"a file or socket object.")
	for _, c := range []struct {
		name string
		v    int64
	}{{"DN_ACCESS", 1}, {"DN_ATTRIB", 32}, {"DN_CREATE", 4}, {"DN_DELETE", 8}, {"DN_MODIFY", 2},
		{"DN_MULTISHOT", 2147483648}, {"DN_RENAME", 16}, {"FASYNC", 8192}, {"FD_CLOEXEC", 1},
		{"F_ADD_SEALS", 1033}, {"F_DUPFD", 0}, {"F_DUPFD_CLOEXEC", 1030}, {"F_EXLCK", 4}, {"F_GETFD", 1},
		{"F_GETFL", 3}, {"F_GETLEASE", 1025}, {"F_GETLK", 5}, {"F_GETLK64", 5}, {"F_GETOWN", 9},
		{"F_GETPIPE_SZ", 1032}, {"F_GETSIG", 11}, {"F_GET_SEALS", 1034}, {"F_NOTIFY", 1026},
		{"F_OFD_GETLK", 36}, {"F_OFD_SETLK", 37}, {"F_OFD_SETLKW", 38}, {"F_RDLCK", 0}, {"F_SEAL_GROW", 4},
		{"F_SEAL_SEAL", 1}, {"F_SEAL_SHRINK", 2}, {"F_SEAL_WRITE", 8}, {"F_SETFD", 2}, {"F_SETFL", 4},
		{"F_SETLEASE", 1024}, {"F_SETLK", 6}, {"F_SETLK64", 6}, {"F_SETLKW", 7}, {"F_SETLKW64", 7},
		{"F_SETOWN", 8}, {"F_SETPIPE_SZ", 1031}, {"F_SETSIG", 10}, {"F_SHLCK", 8}, {"F_UNLCK", 2},
		{"F_WRLCK", 1}, {"LOCK_EX", 2}, {"LOCK_MAND", 32}, {"LOCK_NB", 4}, {"LOCK_READ", 64}, {"LOCK_RW", 192},
		{"LOCK_SH", 1}, {"LOCK_UN", 8}, {"LOCK_WRITE", 128}} {
		setAttr(m, c.name, object.Int(c.v))
	}
	// ctl is fcntl() and ioctl(): an int argument is passed as is, a
	// buffer is copied in and the call's result copied back out as bytes.
	ctl := func(name string, call func(fd, cmd int, arg uintptr) (int, error)) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoKwargs(name, kw); err != nil {
				return object.Null, err
			}
			if err := object.CheckPositional(name, len(args), 2, 4); err != nil {
				return object.Null, err
			}
			fd, err := fdArgOrFileno(args[0])
			if err != nil {
				return object.Null, err
			}
			var cmd int
			if name == "ioctl" {
				// An unsigned request code ("I": its low 32 bits, no
				// overflow check), as request numbers such as 0x80045430
				// do not fit a C int.
				var req uint32
				req, err = uint32Mask(args[1])
				cmd = int(req)
			} else {
				cmd, err = object.ArgCInt(args[1]) // Argument Clinic's int
			}
			if err != nil {
				return object.Null, err
			}
			if len(args) >= 3 && !isIndexable(args[2]) && !object.TypeOf(args[2]).IsSubtype(object.FloatType) {
				var data []byte
				if s, ok := object.Unwrap(args[2]).Object().(*object.Str); ok {
					data = []byte(s.S)
				} else if data, err = bufferArg(args[2]); err != nil {
					return object.Null, err
				}
				if len(data) > 1024 {
					return object.Null, object.Errorf(object.ValueError, "%s string arg too long", name)
				}
				buf := make([]byte, 1024)
				copy(buf, data)
				if _, err := call(fd, cmd, uintptr(unsafe.Pointer(&buf[0]))); err != nil {
					return object.Null, osErrorOf(err)
				}
				return object.NewBytes(buf[:len(data)]), nil
			}
			arg := 0
			if len(args) >= 3 {
				if arg, err = cIntArg(args[2]); err != nil {
					return object.Null, err
				}
			}
			r, err := call(fd, cmd, uintptr(arg))
			for err == syscall.EINTR {
				if err := in.CheckSignals(); err != nil {
					return object.Null, err
				}
				r, err = call(fd, cmd, uintptr(arg))
			}
			if err != nil {
				return object.Null, osErrorOf(err)
			}
			return object.Int(int64(r)), nil
		})
	}
	ctl("fcntl", func(fd, cmd int, arg uintptr) (int, error) {
		r, _, e := unix.Syscall(unix.SYS_FCNTL, uintptr(fd), uintptr(cmd), arg)
		if e != 0 {
			return 0, e
		}
		return int(r), nil
	})
	ctl("ioctl", func(fd, cmd int, arg uintptr) (int, error) {
		r, _, e := unix.Syscall(unix.SYS_IOCTL, uintptr(fd), uintptr(uint32(cmd)), arg)
		if e != 0 {
			return 0, e
		}
		return int(r), nil
	})
	defFunc(m, "flock", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("flock", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("flock", len(args), 2, 2); err != nil {
			return object.Null, err
		}
		fd, err := fdArgOrFileno(args[0])
		if err != nil {
			return object.Null, err
		}
		op, err := cIntArg(args[1])
		if err != nil {
			return object.Null, err
		}
		for {
			err = unix.Flock(fd, op)
			if err != syscall.EINTR {
				break
			}
			if err := in.CheckSignals(); err != nil {
				return object.Null, err
			}
		}
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	defFunc(m, "lockf", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("lockf", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("lockf", len(args), 2, 5); err != nil {
			return object.Null, err
		}
		fd, err := fdArgOrFileno(args[0])
		if err != nil {
			return object.Null, err
		}
		code, err := cIntArg(args[1])
		if err != nil {
			return object.Null, err
		}
		var vals [3]int64
		for i := 2; i < len(args); i++ {
			if vals[i-2], err = offArg(args[i]); err != nil {
				return object.Null, err
			}
		}
		lk := unix.Flock_t{Len: vals[0], Start: vals[1], Whence: int16(vals[2])}
		cmd := unix.F_SETLKW
		switch {
		case code == 8: // LOCK_UN
			lk.Type = unix.F_UNLCK
		case code&1 != 0: // LOCK_SH
			lk.Type = unix.F_RDLCK
		case code&2 != 0: // LOCK_EX
			lk.Type = unix.F_WRLCK
		default:
			return object.Null, object.Errorf(object.ValueError, "unrecognized lockf argument")
		}
		if code&4 != 0 { // LOCK_NB
			cmd = unix.F_SETLK
		}
		if err := unix.FcntlFlock(uintptr(fd), cmd, &lk); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	return m, nil
}

var structRusageType = object.NewStructSeqType("resource.struct_rusage",
	"struct_rusage: Result from getrusage.\n\n"+
		"This object may be accessed either as a tuple of\n"+
		"    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n"+
		"    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\n"+
		"or via the attributes ru_utime, ru_stime, ru_maxrss, and so on.",
	seqFields("ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
		"ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"), 16, true)

func newResourceModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("resource", "")
	setAttr(m, "error", object.FromObject(object.OSError))
	setAttr(m, "struct_rusage", object.FromObject(structRusageType))
	for _, c := range []struct {
		name string
		v    int64
	}{{"RLIMIT_AS", 9}, {"RLIMIT_CORE", 4}, {"RLIMIT_CPU", 0}, {"RLIMIT_DATA", 2}, {"RLIMIT_FSIZE", 1},
		{"RLIMIT_MEMLOCK", 8}, {"RLIMIT_MSGQUEUE", 12}, {"RLIMIT_NICE", 13}, {"RLIMIT_NOFILE", 7},
		{"RLIMIT_NPROC", 6}, {"RLIMIT_OFILE", 7}, {"RLIMIT_RSS", 5}, {"RLIMIT_RTPRIO", 14}, {"RLIMIT_RTTIME", 15},
		{"RLIMIT_SIGPENDING", 11}, {"RLIMIT_STACK", 3}, {"RLIM_INFINITY", -1}, {"RUSAGE_CHILDREN", -1},
		{"RUSAGE_SELF", 0}, {"RUSAGE_THREAD", 1}} {
		setAttr(m, c.name, object.Int(c.v))
	}
	limitValue := func(x uint64) object.Value {
		if x == unix.RLIM_INFINITY {
			return object.Int(-1)
		}
		return uintValue(x)
	}
	resourceArg := func(v object.Value) (int, error) {
		r, err := cIntArgClinic(v)
		if err != nil {
			return 0, err
		}
		if r < 0 || r >= 16 {
			return 0, object.Errorf(object.ValueError, "invalid resource specified")
		}
		return r, nil
	}
	limitsArg := func(v object.Value) (unix.Rlimit, error) {
		items, err := object.ToSlice(v)
		if err != nil {
			return unix.Rlimit{}, err
		}
		if len(items) != 2 {
			return unix.Rlimit{}, object.Errorf(object.ValueError, "expected a tuple of 2 integers")
		}
		var lim [2]uint64
		for i, it := range items {
			r, err := object.Index(it)
			if err != nil {
				return unix.Rlimit{}, err
			}
			n, ok := r.AsInt()
			if !ok {
				return unix.Rlimit{}, object.Errorf(object.OverflowError, "Python int too large to convert to C long")
			}
			lim[i] = uint64(n) // -1 is RLIM_INFINITY
		}
		return unix.Rlimit{Cur: lim[0], Max: lim[1]}, nil
	}
	setErr := func(err error) error {
		switch err {
		case syscall.EINVAL:
			return object.Errorf(object.ValueError, "current limit exceeds maximum limit")
		case syscall.EPERM:
			return object.Errorf(object.ValueError, "not allowed to raise maximum limit")
		}
		return osErrorOf(err)
	}
	defFunc(m, "getrlimit", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("resource.getrlimit", args, kw); err != nil {
			return object.Null, err
		}
		r, err := resourceArg(args[0])
		if err != nil {
			return object.Null, err
		}
		var lim unix.Rlimit
		if err := unix.Getrlimit(r, &lim); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.TupleValue(limitValue(lim.Cur), limitValue(lim.Max)), nil
	})
	defFunc(m, "setrlimit", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("setrlimit", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("setrlimit", len(args), 2, 2); err != nil {
			return object.Null, err
		}
		r, err := resourceArg(args[0])
		if err != nil {
			return object.Null, err
		}
		lim, err := limitsArg(args[1])
		if err != nil {
			return object.Null, err
		}
		if err := unix.Setrlimit(r, &lim); err != nil {
			return object.Null, setErr(err)
		}
		return object.None, nil
	})
	defFunc(m, "prlimit", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("prlimit", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("prlimit", len(args), 2, 3); err != nil {
			return object.Null, err
		}
		pid, err := cIntArgClinic(args[0])
		if err != nil {
			return object.Null, err
		}
		r, err := resourceArg(args[1])
		if err != nil {
			return object.Null, err
		}
		var newLim *unix.Rlimit
		if len(args) == 3 && !args[2].IsNone() {
			lim, err := limitsArg(args[2])
			if err != nil {
				return object.Null, err
			}
			newLim = &lim
		}
		var old unix.Rlimit
		if err := unix.Prlimit(pid, r, newLim, &old); err != nil {
			return object.Null, setErr(err)
		}
		return object.TupleValue(limitValue(old.Cur), limitValue(old.Max)), nil
	})
	defFunc(m, "getrusage", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("resource.getrusage", args, kw); err != nil {
			return object.Null, err
		}
		who, err := cIntArgClinic(args[0])
		if err != nil {
			return object.Null, err
		}
		var ru unix.Rusage
		if err := unix.Getrusage(who, &ru); err != nil {
			if err == syscall.EINVAL {
				return object.Null, object.Errorf(object.ValueError, "invalid who parameter")
			}
			return object.Null, osErrorOf(err)
		}
		tv := func(t unix.Timeval) object.Value { return object.Float(float64(t.Sec) + float64(t.Usec)*1e-6) }
		i := func(x int64) object.Value { return object.Int(x) }
		return object.NewStructSeq(structRusageType, tv(ru.Utime), tv(ru.Stime), i(ru.Maxrss), i(ru.Ixrss), i(ru.Idrss),
			i(ru.Isrss), i(ru.Minflt), i(ru.Majflt), i(ru.Nswap), i(ru.Inblock), i(ru.Oublock), i(ru.Msgsnd),
			i(ru.Msgrcv), i(ru.Nsignals), i(ru.Nvcsw), i(ru.Nivcsw)), nil
	})
	defFunc(m, "getpagesize", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("resource.getpagesize", args, kw); err != nil {
			return object.Null, err
		}
		return object.Int(int64(unix.Getpagesize())), nil
	})
	return m, nil
}
