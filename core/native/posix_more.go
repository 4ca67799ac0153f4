package native

import (
	"encoding/binary"
	"math/big"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
)

// More of posix: device numbers, priorities, scheduling, user and group
// ids, wait3/wait4, vectored and zero-copy I/O, getrandom, memfd and
// eventfd descriptors, lockf, posix_fallocate/posix_fadvise, chroot and
// mknod.

// devArg is the dev_t converter (an unsigned 64-bit value).
func devArg(v object.Value) (uint64, error) {
	r, err := object.Index(v)
	if err != nil {
		return 0, err
	}
	if n, ok := r.AsInt(); ok {
		if n < 0 {
			return 0, object.Errorf(object.OverflowError, "can't convert negative int to unsigned")
		}
		return uint64(n), nil
	}
	b, _ := object.ToBigInt(r)
	if b.Sign() < 0 {
		return 0, object.Errorf(object.OverflowError, "can't convert negative int to unsigned")
	}
	if !b.IsUint64() {
		return 0, object.Errorf(object.OverflowError, "int too big to convert")
	}
	return b.Uint64(), nil
}

// rusageValue is resource.struct_rusage for wait3/wait4, made through
// the resource module as CPython does.
func (pm *posixModule) rusageValue(ru *unix.Rusage) (object.Value, error) {
	if _, err := importModule(pm.in, "resource"); err != nil {
		return object.Null, err
	}
	tv := func(t unix.Timeval) object.Value { return object.Float(float64(t.Sec) + float64(t.Usec)*1e-6) }
	i := object.Int
	return object.NewStructSeq(structRusageType, tv(ru.Utime), tv(ru.Stime), i(ru.Maxrss), i(ru.Ixrss), i(ru.Idrss),
		i(ru.Isrss), i(ru.Minflt), i(ru.Majflt), i(ru.Nswap), i(ru.Inblock), i(ru.Oublock), i(ru.Msgsnd),
		i(ru.Msgrcv), i(ru.Nsignals), i(ru.Nvcsw), i(ru.Nivcsw)), nil
}

func (pm *posixModule) addMoreFunctions() {
	pm.defPos("major", 1, 1, func(a []object.Value) (object.Value, error) {
		d, err := devArg(a[0])
		if err != nil {
			return object.Null, err
		}
		return object.Int(int64(unix.Major(d))), nil
	})
	pm.defPos("minor", 1, 1, func(a []object.Value) (object.Value, error) {
		d, err := devArg(a[0])
		if err != nil {
			return object.Null, err
		}
		return object.Int(int64(unix.Minor(d))), nil
	})
	pm.defPos("makedev", 2, 2, func(a []object.Value) (object.Value, error) {
		ma, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		mi, err := cIntArgClinic(a[1])
		if err != nil {
			return object.Null, err
		}
		d := unix.Mkdev(uint32(ma), uint32(mi))
		if ma < 0 || mi < 0 {
			// glibc's arithmetic on the negative numbers, read back signed.
			return object.Int(int64(d)), nil
		}
		return uintValue(d), nil
	})
	pm.defPos("nice", 1, 1, func(a []object.Value) (object.Value, error) {
		inc, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		cur, err := unix.Getpriority(unix.PRIO_PROCESS, 0)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		// The raw syscall answers 20 - nice.
		nv := 20 - cur + inc
		if err := unix.Setpriority(unix.PRIO_PROCESS, 0, nv); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Int(int64(nv)), nil
	})
	pm.defPos("getpriority", 2, 2, func(a []object.Value) (object.Value, error) {
		which, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		who, err := cIntArgClinic(a[1])
		if err != nil {
			return object.Null, err
		}
		p, err := unix.Getpriority(which, who)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Int(int64(20 - p)), nil
	})
	pm.defPos("setpriority", 3, 3, func(a []object.Value) (object.Value, error) {
		var v [3]int
		for i := range v {
			n, err := cIntArgClinic(a[i])
			if err != nil {
				return object.Null, err
			}
			v[i] = n
		}
		if err := unix.Setpriority(v[0], v[1], v[2]); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	pm.defNoArgs("sched_yield", func() (object.Value, error) {
		if _, _, e := unix.RawSyscall(unix.SYS_SCHED_YIELD, 0, 0, 0); e != 0 {
			return object.Null, osErrorOf(e)
		}
		return object.None, nil
	})
	pm.defPos("sched_getaffinity", 1, 1, func(a []object.Value) (object.Value, error) {
		pid, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		var set unix.CPUSet
		if err := unix.SchedGetaffinity(pid, &set); err != nil {
			return object.Null, osErrorOf(err)
		}
		var cpus []object.Value
		for i := 0; i < len(set)*64; i++ {
			if set.IsSet(i) {
				cpus = append(cpus, object.Int(int64(i)))
			}
		}
		return object.NewSet(false, cpus...)
	})
	triple := func(name string, call func() (int, int, int)) {
		pm.defNoArgs(name, func() (object.Value, error) {
			r, e, s := call()
			return object.TupleValue(object.Int(int64(r)), object.Int(int64(e)), object.Int(int64(s))), nil
		})
	}
	triple("getresuid", func() (int, int, int) { return unix.Getresuid() })
	triple("getresgid", func() (int, int, int) { return unix.Getresgid() })
	setid := func(name string, n int, call func(ids []int) error) {
		what := "uid"
		if name[len(name)-3:] == "gid" {
			what = "gid"
		}
		pm.defPos(name, n, n, func(a []object.Value) (object.Value, error) {
			ids := make([]int, n)
			for i := range ids {
				id, err := idArg(a[i], what)
				if err != nil {
					return object.Null, err
				}
				ids[i] = id
			}
			if err := call(ids); err != nil {
				return object.Null, osErrorOf(err)
			}
			return object.None, nil
		})
	}
	setid("setuid", 1, func(ids []int) error { return syscall.Setuid(ids[0]) })
	setid("setgid", 1, func(ids []int) error { return syscall.Setgid(ids[0]) })
	setid("seteuid", 1, func(ids []int) error { return syscall.Setreuid(-1, ids[0]) })
	setid("setegid", 1, func(ids []int) error { return syscall.Setregid(-1, ids[0]) })
	setid("setreuid", 2, func(ids []int) error { return syscall.Setreuid(ids[0], ids[1]) })
	setid("setregid", 2, func(ids []int) error { return syscall.Setregid(ids[0], ids[1]) })
	setid("setresuid", 3, func(ids []int) error { return syscall.Setresuid(ids[0], ids[1], ids[2]) })
	setid("setresgid", 3, func(ids []int) error { return syscall.Setresgid(ids[0], ids[1], ids[2]) })
	waitRusage := func(pid, options int) (object.Value, error) {
		var ws unix.WaitStatus
		var ru unix.Rusage
		var r int
		var err error
		for {
			r, err = unix.Wait4(pid, &ws, options, &ru)
			if err != syscall.EINTR {
				break
			}
			if err := pm.in.CheckSignals(); err != nil {
				return object.Null, err
			}
		}
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		rv, err := pm.rusageValue(&ru)
		if err != nil {
			return object.Null, err
		}
		return object.TupleValue(object.Int(int64(r)), object.Int(int64(ws)), rv), nil
	}
	pm.def("wait3", []string{"options"}, 1, 1, func(a []object.Value) (object.Value, error) {
		options, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		return waitRusage(-1, options)
	})
	pm.def("wait4", []string{"pid", "options"}, 2, 2, func(a []object.Value) (object.Value, error) {
		pid, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		options, err := cIntArgClinic(a[1])
		if err != nil {
			return object.Null, err
		}
		return waitRusage(pid, options)
	})
	pm.defPos("writev", 2, 2, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		items, err := object.ToSlice(a[1])
		if err != nil {
			return object.Null, object.Errorf(object.TypeError, "writev() arg 2 must be a sequence")
		}
		var bufs [][]byte
		for _, it := range items {
			b, err := bufferArg(it)
			if err != nil {
				return object.Null, err
			}
			bufs = append(bufs, b)
		}
		var n int
		if err := pm.retry(func() error { var e error; n, e = unix.Writev(fd, bufs); return e }); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Int(int64(n)), nil
	})
	pm.defPos("readv", 2, 2, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		items, err := object.ToSlice(a[1])
		if err != nil {
			return object.Null, object.Errorf(object.TypeError, "readv() arg 2 must be a sequence")
		}
		var bufs [][]byte
		for _, it := range items {
			ba, ok := object.Unwrap(it).Object().(*object.ByteArray)
			if !ok {
				if _, err := bufferArg(it); err == nil {
					return object.Null, object.Errorf(object.BufferError, "Object is not writable.")
				}
				return object.Null, object.Errorf(object.TypeError, "a bytes-like object is required, not '%s'", object.TypeOf(it).Name)
			}
			bufs = append(bufs, ba.B)
		}
		var n int
		if err := pm.retry(func() error { var e error; n, e = unix.Readv(fd, bufs); return e }); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Int(int64(n)), nil
	})
	pm.def("sendfile", []string{"out_fd", "in_fd", "offset", "count"}, 4, 4, func(a []object.Value) (object.Value, error) {
		out, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		in, err := cIntArgClinic(a[1])
		if err != nil {
			return object.Null, err
		}
		count, err := asSsize(a[3])
		if err != nil {
			return object.Null, err
		}
		var offp *int64
		if !a[2].IsNone() {
			off, err := offArg(a[2])
			if err != nil {
				return object.Null, err
			}
			offp = &off
		}
		var n int
		if err := pm.retry(func() error { var e error; n, e = unix.Sendfile(out, in, offp, int(count)); return e }); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Int(int64(n)), nil
	})
	pm.def("getrandom", []string{"size", "flags"}, 2, 1, func(a []object.Value) (object.Value, error) {
		size, err := asSsize(a[0])
		if err != nil {
			return object.Null, err
		}
		if size < 0 {
			return object.Null, errnoError(syscall.EINVAL)
		}
		flags, err := intArgOr(a[1], 0)
		if err != nil {
			return object.Null, err
		}
		buf := make([]byte, min(size, 1<<30))
		var n int
		if err := pm.retry(func() error { var e error; n, e = unix.Getrandom(buf, flags); return e }); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.NewBytes(buf[:n]), nil
	})
	pm.def("memfd_create", []string{"name", "flags"}, 2, 1, func(a []object.Value) (object.Value, error) {
		name, err := envArg(a[0])
		if err != nil {
			return object.Null, err
		}
		flags, err := intArgOr(a[1], unix.MFD_CLOEXEC)
		if err != nil {
			return object.Null, err
		}
		fd, err := unix.MemfdCreate(name, flags)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Int(int64(fd)), nil
	})
	pm.def("eventfd", []string{"initval", "flags"}, 2, 1, func(a []object.Value) (object.Value, error) {
		init, err := cLongArg(a[0])
		if err != nil {
			return object.Null, err
		}
		flags, err := intArgOr(a[1], unix.EFD_CLOEXEC)
		if err != nil {
			return object.Null, err
		}
		fd, err := unix.Eventfd(uint(init), flags)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Int(int64(fd)), nil
	})
	pm.def("eventfd_read", []string{"fd"}, 1, 1, func(a []object.Value) (object.Value, error) {
		fd, err := fdArgOrFileno(a[0])
		if err != nil {
			return object.Null, err
		}
		var buf [8]byte
		if _, err := pm.readFD(fd, buf[:]); err != nil {
			return object.Null, err
		}
		return uintValue(binary.NativeEndian.Uint64(buf[:])), nil
	})
	pm.def("eventfd_write", []string{"fd", "value"}, 2, 2, func(a []object.Value) (object.Value, error) {
		fd, err := fdArgOrFileno(a[0])
		if err != nil {
			return object.Null, err
		}
		r, err := object.Index(a[1])
		if err != nil {
			return object.Null, err
		}
		b, _ := object.ToBigInt(r)
		if b == nil {
			n, _ := r.AsInt()
			b = big.NewInt(n)
		}
		if b.Sign() < 0 {
			return object.Null, object.Errorf(object.ValueError, "value must be positive")
		}
		if !b.IsUint64() {
			return object.Null, object.Errorf(object.OverflowError, "Python int too large to convert to C unsigned long long")
		}
		var buf [8]byte
		binary.NativeEndian.PutUint64(buf[:], b.Uint64())
		if _, err := pm.writeFD(fd, buf[:]); err != nil {
			return object.Null, err
		}
		return object.None, nil
	})
	pm.defPos("lockf", 3, 3, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		cmd, err := cIntArgClinic(a[1])
		if err != nil {
			return object.Null, err
		}
		length, err := offArg(a[2])
		if err != nil {
			return object.Null, err
		}
		// glibc's lockf on fcntl locks from the current offset.
		lk := unix.Flock_t{Whence: 1, Len: length}
		var fcmd int
		switch cmd {
		case 0: // F_ULOCK
			lk.Type, fcmd = unix.F_UNLCK, unix.F_SETLK
		case 1: // F_LOCK
			lk.Type, fcmd = unix.F_WRLCK, unix.F_SETLKW
		case 2: // F_TLOCK
			lk.Type, fcmd = unix.F_WRLCK, unix.F_SETLK
		case 3: // F_TEST
			lk.Type = unix.F_RDLCK
			if err := unix.FcntlFlock(uintptr(fd), unix.F_GETLK, &lk); err != nil {
				return object.Null, osErrorOf(err)
			}
			if lk.Type == unix.F_UNLCK || int(lk.Pid) == unix.Getpid() {
				return object.None, nil
			}
			return object.Null, errnoError(syscall.EACCES)
		default:
			return object.Null, errnoError(syscall.EINVAL)
		}
		if err := pm.retry(func() error { return unix.FcntlFlock(uintptr(fd), fcmd, &lk) }); err != nil {
			if err2, ok := err.(*object.BaseException); ok {
				return object.Null, err2
			}
			if err == syscall.EAGAIN {
				err = syscall.EACCES
			}
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	pm.defPos("posix_fallocate", 3, 3, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		off, err := offArg(a[1])
		if err != nil {
			return object.Null, err
		}
		n, err := offArg(a[2])
		if err != nil {
			return object.Null, err
		}
		if err := pm.retry(func() error { return unix.Fallocate(fd, 0, off, n) }); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	pm.defPos("posix_fadvise", 4, 4, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		off, err := offArg(a[1])
		if err != nil {
			return object.Null, err
		}
		n, err := offArg(a[2])
		if err != nil {
			return object.Null, err
		}
		advice, err := cIntArgClinic(a[3])
		if err != nil {
			return object.Null, err
		}
		if err := unix.Fadvise(fd, off, n, advice); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	pm.def("chroot", []string{"path"}, 1, 1, func(a []object.Value) (object.Value, error) {
		p, err := pathArg(a[0], pathOpts{fname: "chroot", argname: "path"})
		if err != nil {
			return object.Null, err
		}
		if err := unix.Chroot(p.name); err != nil {
			return object.Null, p.err(err)
		}
		return object.None, nil
	})
	pm.def("mknod", []string{"path", "mode", "device", "dir_fd"}, 3, 1, func(a []object.Value) (object.Value, error) {
		p, err := parsePathAt("mknod", a[0], a[3], object.Null, false)
		if err != nil {
			return object.Null, err
		}
		mode, err := intArgOr(a[1], 0o600)
		if err != nil {
			return object.Null, err
		}
		var dev uint64
		if !a[2].IsNull() {
			if dev, err = devArg(a[2]); err != nil {
				return object.Null, err
			}
		}
		if err := unix.Mknodat(p.dirFD, p.name, uint32(mode), int(dev)); err != nil {
			return object.Null, p.err(err)
		}
		return object.None, nil
	})
}
