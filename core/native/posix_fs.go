package native

import (
	"encoding/binary"
	"math"
	"strconv"
	"sync"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
)

// The file and directory functions of the posix module.

// pathAt is a path argument with its dir_fd and follow_symlinks, checked
// together as posixmodule.c does.
type pathAt struct {
	*osPath
	dirFD  int
	follow bool
}

// flags returns AT_SYMLINK_NOFOLLOW when symbolic links are not followed.
func (p pathAt) flags() int {
	if p.follow {
		return 0
	}
	return unix.AT_SYMLINK_NOFOLLOW
}

// parsePathAt converts path, dir_fd and follow_symlinks (Null when the
// function has no such parameter); each function then makes the
// cross-checks of its own CPython counterpart.
func parsePathAt(fname string, path, dirFD, follow object.Value, allowFD bool) (pathAt, error) {
	p, err := pathArg(path, pathOpts{fname: fname, argname: "path", allowFD: allowFD})
	if err != nil {
		return pathAt{}, err
	}
	d, err := dirFDArg(dirFD)
	if err != nil {
		return pathAt{}, err
	}
	f, err := boolArg(follow, true)
	if err != nil {
		return pathAt{}, err
	}
	return pathAt{osPath: p, dirFD: d, follow: f}, nil
}

// checkDirFD is path_and_dir_fd_invalid.
func (p pathAt) checkDirFD(fname string) error {
	if p.isFD && p.dirFD != atFDCWD {
		return object.Errorf(object.ValueError, "%s: can't specify dir_fd without matching path", fname)
	}
	return nil
}

// checkBothFD is dir_fd_and_fd_invalid.
func (p pathAt) checkBothFD(fname string) error {
	if p.isFD && p.dirFD != atFDCWD {
		return object.Errorf(object.ValueError, "%s: can't specify both dir_fd and fd", fname)
	}
	return nil
}

// checkFollow is fd_and_follow_symlinks_invalid (which, as in CPython,
// lets descriptor 0 through).
func (p pathAt) checkFollow(fname string) error {
	if p.isFD && p.fd > 0 && !p.follow {
		return object.Errorf(object.ValueError, "%s: cannot use fd and follow_symlinks together", fname)
	}
	return nil
}

// pathErr is path_error: the errno's OSError with the path as filename.
func (p *osPath) err(err error) error {
	return osErrorOf(err, p.object)
}

func (pm *posixModule) addFileFunctions() {
	statFn := func(fname string, follow bool) func(a []object.Value) (object.Value, error) {
		return func(a []object.Value) (object.Value, error) {
			fl := object.Null
			if len(a) > 2 {
				fl = a[2]
			}
			p, err := parsePathAt(fname, a[0], a[1], fl, fname == "stat")
			if err != nil {
				return object.Null, err
			}
			if !follow {
				p.follow = false
			}
			if err := p.checkDirFD(fname); err != nil {
				return object.Null, err
			}
			if err := p.checkFollow(fname); err != nil {
				return object.Null, err
			}
			var st unix.Stat_t
			err = pm.retry(func() error {
				switch {
				case p.isFD && p.fd == -1:
					return syscall.EFAULT // CPython stats a NULL path for fd -1
				case p.isFD:
					return unix.Fstat(p.fd, &st)
				}
				return unix.Fstatat(p.dirFD, p.name, &st, p.flags())
			})
			if err != nil {
				return object.Null, p.err(err)
			}
			return statValue(&st), nil
		}
	}
	pm.def("stat", []string{"path", "dir_fd", "follow_symlinks"}, 1, 1, statFn("stat", true))
	pm.def("lstat", []string{"path", "dir_fd"}, 1, 1, statFn("lstat", false))
	pm.def("fstat", []string{"fd"}, 1, 1, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		var st unix.Stat_t
		if err := pm.retry(func() error { return unix.Fstat(fd, &st) }); err != nil {
			return object.Null, osErrorOf(err)
		}
		return statValue(&st), nil
	})
	pm.def("access", []string{"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, 2, func(a []object.Value) (object.Value, error) {
		p, err := parsePathAt("access", a[0], a[2], a[4], false)
		if err != nil {
			return object.Null, err
		}
		mode, err := cIntArgClinic(a[1])
		if err != nil {
			return object.Null, err
		}
		eff, err := boolArg(a[3], false)
		if err != nil {
			return object.Null, err
		}
		flags := p.flags()
		if eff {
			flags |= unix.AT_EACCESS
		}
		return object.Bool(unix.Faccessat(p.dirFD, p.name, uint32(mode), flags) == nil), nil
	})
	pm.def("chdir", []string{"path"}, 1, 1, func(a []object.Value) (object.Value, error) {
		p, err := pathArg(a[0], pathOpts{fname: "chdir", argname: "path", allowFD: true})
		if err != nil {
			return object.Null, err
		}
		if p.isFD {
			err = unix.Fchdir(p.fd)
		} else {
			err = unix.Chdir(p.name)
		}
		if err != nil {
			return object.Null, p.err(err)
		}
		return object.None, nil
	})
	pm.def("fchdir", []string{"fd"}, 1, 1, func(a []object.Value) (object.Value, error) {
		fd, err := fdArgOrFileno(a[0])
		if err != nil {
			return object.Null, err
		}
		if err := unix.Fchdir(fd); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	getcwd := func(asBytes bool) (object.Value, error) {
		dir, err := unix.Getwd()
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return pathResult(dir, asBytes), nil
	}
	pm.defNoArgs("getcwd", func() (object.Value, error) { return getcwd(false) })
	pm.defNoArgs("getcwdb", func() (object.Value, error) { return getcwd(true) })
	pm.def("chmod", []string{"path", "mode", "dir_fd", "follow_symlinks"}, 2, 2, func(a []object.Value) (object.Value, error) {
		p, err := parsePathAt("chmod", a[0], a[2], a[3], true)
		if err != nil {
			return object.Null, err
		}
		mode, err := cIntArgClinic(a[1])
		if err != nil {
			return object.Null, err
		}
		if p.isFD {
			err = unix.Fchmod(p.fd, uint32(mode))
		} else {
			err = unix.Fchmodat(p.dirFD, p.name, uint32(mode), p.flags())
			if (err == unix.EOPNOTSUPP || err == unix.ENOTSUP) && !p.follow {
				if p.dirFD != atFDCWD {
					return object.Null, object.Errorf(object.ValueError, "chmod: cannot use dir_fd and follow_symlinks together")
				}
				return object.Null, object.Errorf(object.NotImplementedError, "chmod: follow_symlinks unavailable on this platform")
			}
		}
		if err != nil {
			return object.Null, p.err(err)
		}
		return object.None, nil
	})
	pm.def("fchmod", []string{"fd", "mode"}, 2, 2, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		mode, err := cIntArgClinic(a[1])
		if err != nil {
			return object.Null, err
		}
		if err := pm.retry(func() error { return unix.Fchmod(fd, uint32(mode)) }); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	chown := func(fname string, follow bool) func(a []object.Value) (object.Value, error) {
		return func(a []object.Value) (object.Value, error) {
			fl := object.Null
			if len(a) > 4 {
				fl = a[4]
			}
			p, err := parsePathAt(fname, a[0], a[3], fl, fname == "chown")
			if err != nil {
				return object.Null, err
			}
			if !follow {
				p.follow = false
			}
			if err := p.checkBothFD(fname); err != nil {
				return object.Null, err
			}
			if err := p.checkFollow(fname); err != nil {
				return object.Null, err
			}
			uid, err := idArg(a[1], "uid")
			if err != nil {
				return object.Null, err
			}
			gid, err := idArg(a[2], "gid")
			if err != nil {
				return object.Null, err
			}
			if p.isFD {
				err = unix.Fchown(p.fd, uid, gid)
			} else {
				err = unix.Fchownat(p.dirFD, p.name, uid, gid, p.flags())
			}
			if err != nil {
				return object.Null, p.err(err)
			}
			return object.None, nil
		}
	}
	pm.def("chown", []string{"path", "uid", "gid", "dir_fd", "follow_symlinks"}, 3, 3, chown("chown", true))
	lchown := chown("lchown", false)
	pm.def("lchown", []string{"path", "uid", "gid"}, 3, 3, func(a []object.Value) (object.Value, error) {
		return lchown(append(a, object.Null))
	})
	pm.def("fchown", []string{"fd", "uid", "gid"}, 3, 3, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		uid, err := idArg(a[1], "uid")
		if err != nil {
			return object.Null, err
		}
		gid, err := idArg(a[2], "gid")
		if err != nil {
			return object.Null, err
		}
		if err := unix.Fchown(fd, uid, gid); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	pm.def("link", []string{"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, 2, 2, func(a []object.Value) (object.Value, error) {
		src, err := pathArg(a[0], pathOpts{fname: "link", argname: "src"})
		if err != nil {
			return object.Null, err
		}
		dst, err := pathArg(a[1], pathOpts{fname: "link", argname: "dst"})
		if err != nil {
			return object.Null, err
		}
		sfd, err := dirFDArg(a[2])
		if err != nil {
			return object.Null, err
		}
		dfd, err := dirFDArg(a[3])
		if err != nil {
			return object.Null, err
		}
		follow, err := boolArg(a[4], true)
		if err != nil {
			return object.Null, err
		}
		flags := 0
		if follow {
			flags = unix.AT_SYMLINK_FOLLOW
		}
		if err := unix.Linkat(sfd, src.name, dfd, dst.name, flags); err != nil {
			return object.Null, osErrorOf(err, src.object, dst.object)
		}
		return object.None, nil
	})
	pm.def("mkdir", []string{"path", "mode", "dir_fd"}, 2, 1, func(a []object.Value) (object.Value, error) {
		p, err := parsePathAt("mkdir", a[0], a[2], object.Null, false)
		if err != nil {
			return object.Null, err
		}
		mode, err := intArgOr(a[1], 0o777)
		if err != nil {
			return object.Null, err
		}
		if err := unix.Mkdirat(p.dirFD, p.name, uint32(mode)); err != nil {
			return object.Null, p.err(err)
		}
		return object.None, nil
	})
	pm.def("mkfifo", []string{"path", "mode", "dir_fd"}, 2, 1, func(a []object.Value) (object.Value, error) {
		p, err := parsePathAt("mkfifo", a[0], a[2], object.Null, false)
		if err != nil {
			return object.Null, err
		}
		mode, err := intArgOr(a[1], 0o666)
		if err != nil {
			return object.Null, err
		}
		if err := pm.retry(func() error { return unix.Mkfifoat(p.dirFD, p.name, uint32(mode)) }); err != nil {
			return object.Null, p.err(err)
		}
		return object.None, nil
	})
	pm.def("readlink", []string{"path", "dir_fd"}, 1, 1, func(a []object.Value) (object.Value, error) {
		p, err := parsePathAt("readlink", a[0], a[1], object.Null, false)
		if err != nil {
			return object.Null, err
		}
		for size := 256; ; size *= 2 {
			buf := make([]byte, size)
			n, err := unix.Readlinkat(p.dirFD, p.name, buf)
			if err != nil {
				return object.Null, p.err(err)
			}
			if n < size {
				return pathResult(string(buf[:n]), p.bytes), nil
			}
		}
	})
	unlink := func(fname string) func(a []object.Value) (object.Value, error) {
		return func(a []object.Value) (object.Value, error) {
			p, err := parsePathAt(fname, a[0], a[1], object.Null, false)
			if err != nil {
				return object.Null, err
			}
			flags := 0
			if fname == "rmdir" {
				flags = unix.AT_REMOVEDIR
			}
			if err := unix.Unlinkat(p.dirFD, p.name, flags); err != nil {
				return object.Null, p.err(err)
			}
			return object.None, nil
		}
	}
	pm.def("unlink", []string{"path", "dir_fd"}, 1, 1, unlink("unlink"))
	pm.def("remove", []string{"path", "dir_fd"}, 1, 1, unlink("remove"))
	pm.def("rmdir", []string{"path", "dir_fd"}, 1, 1, unlink("rmdir"))
	rename := func(fname string) func(a []object.Value) (object.Value, error) {
		return func(a []object.Value) (object.Value, error) {
			src, err := pathArg(a[0], pathOpts{fname: fname, argname: "src"})
			if err != nil {
				return object.Null, err
			}
			dst, err := pathArg(a[1], pathOpts{fname: fname, argname: "dst"})
			if err != nil {
				return object.Null, err
			}
			sfd, err := dirFDArg(a[2])
			if err != nil {
				return object.Null, err
			}
			dfd, err := dirFDArg(a[3])
			if err != nil {
				return object.Null, err
			}
			if err := unix.Renameat(sfd, src.name, dfd, dst.name); err != nil {
				return object.Null, osErrorOf(err, src.object, dst.object)
			}
			return object.None, nil
		}
	}
	pm.def("rename", []string{"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2, 2, rename("rename"))
	pm.def("replace", []string{"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2, 2, rename("replace"))
	pm.def("symlink", []string{"src", "dst", "target_is_directory", "dir_fd"}, 3, 2, func(a []object.Value) (object.Value, error) {
		src, err := pathArg(a[0], pathOpts{fname: "symlink", argname: "src"})
		if err != nil {
			return object.Null, err
		}
		dst, err := pathArg(a[1], pathOpts{fname: "symlink", argname: "dst"})
		if err != nil {
			return object.Null, err
		}
		if _, err := boolArg(a[2], false); err != nil {
			return object.Null, err
		}
		dfd, err := dirFDArg(a[3])
		if err != nil {
			return object.Null, err
		}
		if err := unix.Symlinkat(src.name, dfd, dst.name); err != nil {
			return object.Null, osErrorOf(err, src.object, dst.object)
		}
		return object.None, nil
	})
	pm.def("truncate", []string{"path", "length"}, 2, 2, func(a []object.Value) (object.Value, error) {
		p, err := pathArg(a[0], pathOpts{fname: "truncate", argname: "path", allowFD: true})
		if err != nil {
			return object.Null, err
		}
		n, err := offArg(a[1])
		if err != nil {
			return object.Null, err
		}
		err = pm.retry(func() error {
			if p.isFD {
				return unix.Ftruncate(p.fd, n)
			}
			return unix.Truncate(p.name, n)
		})
		if err != nil {
			return object.Null, p.err(err)
		}
		return object.None, nil
	})
	pm.defPos("ftruncate", 2, 2, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		n, err := offArg(a[1])
		if err != nil {
			return object.Null, err
		}
		if err := pm.retry(func() error { return unix.Ftruncate(fd, n) }); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	pm.def("utime", []string{"path", "times", "ns", "dir_fd", "follow_symlinks"}, 2, 1, pm.utime)
	pm.def("statvfs", []string{"path"}, 1, 1, func(a []object.Value) (object.Value, error) {
		p, err := pathArg(a[0], pathOpts{fname: "statvfs", argname: "path", allowFD: true})
		if err != nil {
			return object.Null, err
		}
		var st unix.Statfs_t
		err = pm.retry(func() error {
			if p.isFD {
				return unix.Fstatfs(p.fd, &st)
			}
			return unix.Statfs(p.name, &st)
		})
		if err != nil {
			return object.Null, p.err(err)
		}
		return statvfsValue(&st), nil
	})
	pm.defPos("fstatvfs", 1, 1, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		var st unix.Statfs_t
		if err := pm.retry(func() error { return unix.Fstatfs(fd, &st) }); err != nil {
			return object.Null, osErrorOf(err)
		}
		return statvfsValue(&st), nil
	})
	pm.def("listdir", []string{"path"}, 1, 0, func(a []object.Value) (object.Value, error) {
		pv := a[0]
		if pv.IsNull() {
			pv = object.None
		}
		p, err := pathArg(pv, pathOpts{fname: "listdir", argname: "path", nullable: true, allowFD: true})
		if err != nil {
			return object.Null, err
		}
		var fd int
		if p.isFD {
			// Read through a duplicate, from the start, as fdopendir on
			// a dup() and rewinddir do.
			fd, err = unix.Dup(p.fd)
			if err == nil {
				unix.CloseOnExec(fd)
				_, err = unix.Seek(fd, 0, 0)
			}
		} else {
			err = pm.retry(func() error {
				var e error
				fd, e = unix.Open(p.name, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
				return e
			})
		}
		if err != nil {
			if p.isFD {
				return object.Null, osErrorOf(err)
			}
			return object.Null, p.err(err)
		}
		defer unix.Close(fd)
		var names []object.Value
		err = readDir(fd, func(name string, _ uint64, _ uint8) {
			names = append(names, pathResult(name, p.bytes))
		})
		if err != nil {
			return object.Null, p.err(err)
		}
		return object.ListValue(names...), nil
	})

	// File descriptors.
	pm.def("open", []string{"path", "flags", "mode", "dir_fd"}, 3, 2, func(a []object.Value) (object.Value, error) {
		p, err := parsePathAt("open", a[0], a[3], object.Null, false)
		if err != nil {
			return object.Null, err
		}
		flags, err := cIntArgClinic(a[1])
		if err != nil {
			return object.Null, err
		}
		mode, err := intArgOr(a[2], 0o777)
		if err != nil {
			return object.Null, err
		}
		var fd int
		err = pm.retry(func() error {
			var e error
			fd, e = unix.Openat(p.dirFD, p.name, flags|unix.O_CLOEXEC, uint32(mode))
			return e
		})
		if err != nil {
			return object.Null, p.err(err)
		}
		return object.Int(int64(fd)), nil
	})
	pm.def("close", []string{"fd"}, 1, 1, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		if isRuntimeFD(fd) {
			return object.Null, osErrorOf(unix.EBADF)
		}
		if err := unix.Close(fd); err != nil && err != syscall.EINTR {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	pm.defPos("closerange", 2, 2, func(a []object.Value) (object.Value, error) {
		lo, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		hi, err := cIntArgClinic(a[1])
		if err != nil {
			return object.Null, err
		}
		if lo < 0 {
			lo = 0
		}
		for fd := lo; fd < hi && fd < 1<<20; fd++ {
			if !isRuntimeFD(fd) {
				unix.Close(fd)
			}
		}
		return object.None, nil
	})
	pm.defPos("dup", 1, 1, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		nfd, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Int(int64(nfd)), nil
	})
	pm.def("dup2", []string{"fd", "fd2", "inheritable"}, 3, 2, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		fd2, err := cIntArgClinic(a[1])
		if err != nil {
			return object.Null, err
		}
		inh, err := boolArg(a[2], true)
		if err != nil {
			return object.Null, err
		}
		if isRuntimeFD(fd2) {
			return object.Null, osErrorOf(unix.EBADF)
		}
		if fd == fd2 {
			// dup3 refuses equal descriptors; dup2 checks fd is valid.
			if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err != nil {
				return object.Null, osErrorOf(err)
			}
			return object.Int(int64(fd2)), nil
		}
		flags := 0
		if !inh {
			flags = unix.O_CLOEXEC
		}
		if err := unix.Dup3(fd, fd2, flags); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Int(int64(fd2)), nil
	})
	pm.defPos("read", 2, 2, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		n, err := asSsize(a[1])
		if err != nil {
			return object.Null, err
		}
		if n < 0 {
			return object.Null, errnoError(syscall.EINVAL)
		}
		if n > 1<<31 {
			n = 1 << 31
		}
		buf := make([]byte, n)
		k, err := pm.readFD(fd, buf)
		if err != nil {
			return object.Null, err
		}
		return object.NewBytes(buf[:k]), nil
	})
	pm.defPos("write", 2, 2, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		data, err := bufferArg(a[1])
		if err != nil {
			return object.Null, err
		}
		k, err := pm.writeFD(fd, data)
		if err != nil {
			return object.Null, err
		}
		return object.Int(int64(k)), nil
	})
	pm.defPos("pread", 3, 3, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		n, err := asSsize(a[1])
		if err != nil {
			return object.Null, err
		}
		off, err := offArg(a[2])
		if err != nil {
			return object.Null, err
		}
		if n < 0 {
			return object.Null, errnoError(syscall.EINVAL)
		}
		buf := make([]byte, min(n, 1<<31))
		var k int
		if err := pm.retry(func() error { var e error; k, e = unix.Pread(fd, buf, off); return e }); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.NewBytes(buf[:k]), nil
	})
	pm.defPos("pwrite", 3, 3, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		data, err := bufferArg(a[1])
		if err != nil {
			return object.Null, err
		}
		off, err := offArg(a[2])
		if err != nil {
			return object.Null, err
		}
		var k int
		if err := pm.retry(func() error { var e error; k, e = unix.Pwrite(fd, data, off); return e }); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Int(int64(k)), nil
	})
	pm.defPos("lseek", 3, 3, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		pos, err := offArg(a[1])
		if err != nil {
			return object.Null, err
		}
		how, err := cIntArgClinic(a[2])
		if err != nil {
			return object.Null, err
		}
		r, err := unix.Seek(fd, pos, how)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Int(r), nil
	})
	fsync := func(name string, call func(int) error) {
		pm.def(name, []string{"fd"}, 1, 1, func(a []object.Value) (object.Value, error) {
			fd, err := fdArgOrFileno(a[0])
			if err != nil {
				return object.Null, err
			}
			if err := pm.retry(func() error { return call(fd) }); err != nil {
				return object.Null, osErrorOf(err)
			}
			return object.None, nil
		})
	}
	fsync("fsync", unix.Fsync)
	fsync("fdatasync", unix.Fdatasync)
	pm.defNoArgs("sync", func() (object.Value, error) {
		unix.Sync()
		return object.None, nil
	})
	pm.defNoArgs("pipe", func() (object.Value, error) {
		var p [2]int
		if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.TupleValue(object.Int(int64(p[0])), object.Int(int64(p[1]))), nil
	})
	// openpty is glibc's openpty(3) written out: a master from /dev/ptmx,
	// unlocked, and its slave /dev/pts/N; both not inheritable, as
	// CPython's.
	pm.defNoArgs("openpty", func() (object.Value, error) {
		master, err := unix.Open("/dev/ptmx", unix.O_RDWR|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		n, err := unix.IoctlGetInt(master, unix.TIOCGPTN)
		if err == nil {
			err = unix.IoctlSetPointerInt(master, unix.TIOCSPTLCK, 0)
		}
		slave := -1
		if err == nil {
			slave, err = unix.Open("/dev/pts/"+strconv.Itoa(n), unix.O_RDWR|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
		}
		if err != nil {
			unix.Close(master)
			return object.Null, osErrorOf(err)
		}
		return object.TupleValue(object.Int(int64(master)), object.Int(int64(slave))), nil
	})
	pm.defPos("pipe2", 1, 1, func(a []object.Value) (object.Value, error) {
		flags, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		var p [2]int
		if err := unix.Pipe2(p[:], flags); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.TupleValue(object.Int(int64(p[0])), object.Int(int64(p[1]))), nil
	})
	pm.defPos("isatty", 1, 1, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		_, err = unix.IoctlGetTermios(fd, unix.TCGETS)
		return object.Bool(err == nil), nil
	})
	pm.defPos("ttyname", 1, 1, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		if _, err := unix.IoctlGetTermios(fd, unix.TCGETS); err != nil {
			return object.Null, osErrorOf(err)
		}
		name, err := readlinkString("/proc/self/fd/" + strconv.Itoa(fd))
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.NewStr(fsDecode(name)), nil
	})
	pm.def("device_encoding", []string{"fd"}, 1, 1, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		if _, err := unix.IoctlGetTermios(fd, unix.TCGETS); err != nil {
			return object.None, nil
		}
		return object.NewStr("UTF-8"), nil
	})
	pm.defPos("get_terminal_size", 0, 1, func(a []object.Value) (object.Value, error) {
		fd := 1
		if len(a) > 0 {
			var err error
			if fd, err = cIntArgClinic(a[0]); err != nil {
				return object.Null, err
			}
		}
		ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.NewStructSeq(terminalSizeType, object.Int(int64(ws.Col)), object.Int(int64(ws.Row))), nil
	})
	pm.defPos("get_blocking", 1, 1, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Bool(fl&unix.O_NONBLOCK == 0), nil
	})
	pm.defPos("set_blocking", 2, 2, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		blocking, err := object.Truth(a[1])
		if err != nil {
			return object.Null, err
		}
		if err := unix.SetNonblock(fd, !blocking); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	pm.defPos("get_inheritable", 1, 1, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Bool(fl&unix.FD_CLOEXEC == 0), nil
	})
	pm.defPos("set_inheritable", 2, 2, func(a []object.Value) (object.Value, error) {
		fd, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		inh, err := cIntArgClinic(a[1])
		if err != nil {
			return object.Null, err
		}
		fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
		if err == nil {
			if inh != 0 {
				fl &^= unix.FD_CLOEXEC
			} else {
				fl |= unix.FD_CLOEXEC
			}
			_, err = unix.FcntlInt(uintptr(fd), unix.F_SETFD, fl)
		}
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
}

// utime is os.utime(path, times=None, *, ns, dir_fd, follow_symlinks).
func (pm *posixModule) utime(a []object.Value) (object.Value, error) {
	p, err := parsePathAt("utime", a[0], a[3], a[4], true)
	if err != nil {
		return object.Null, err
	}
	if err := p.checkDirFD("utime"); err != nil {
		return object.Null, err
	}
	if err := p.checkFollow("utime"); err != nil {
		return object.Null, err
	}
	times, ns := a[1], a[2]
	if !times.IsNull() && !times.IsNone() && !ns.IsNull() {
		return object.Null, object.Errorf(object.ValueError, "utime: you may specify either 'times' or 'ns' but not both")
	}
	var ts []unix.Timespec
	switch {
	case !times.IsNull() && !times.IsNone():
		t, ok := object.Unwrap(times).Object().(*object.Tuple)
		if !ok || times.Kind() != object.KindObject || len(t.Items) != 2 {
			return object.Null, object.Errorf(object.TypeError, "utime: 'times' must be either a tuple of two ints or None")
		}
		ts = make([]unix.Timespec, 2)
		for i, v := range t.Items {
			sec, nsec, err := objectToTimespec(v)
			if err != nil {
				return object.Null, err
			}
			ts[i] = unix.Timespec{Sec: sec, Nsec: nsec}
		}
	case !ns.IsNull():
		t, ok := object.Unwrap(ns).Object().(*object.Tuple)
		if !ok || ns.Kind() != object.KindObject || len(t.Items) != 2 {
			return object.Null, object.Errorf(object.TypeError, "utime: 'ns' must be a tuple of two ints")
		}
		ts = make([]unix.Timespec, 2)
		for i, v := range t.Items {
			r, err := object.CallMethodByName(v, "__divmod__", object.Int(1e9))
			if err != nil {
				if object.ExceptionMatches(err, object.AttributeError) {
					return object.Null, object.Errorf(object.TypeError, "unsupported operand type(s) for divmod(): '%s' and 'int'", object.TypeOf(v).Name)
				}
				return object.Null, err
			}
			parts, ok := r.Object().(*object.Tuple)
			if !ok || len(parts.Items) != 2 {
				return object.Null, object.Errorf(object.TypeError, "unsupported operand type(s) for divmod(): '%s' and 'int'", object.TypeOf(v).Name)
			}
			sec, err := cLongArg(parts.Items[0])
			if err != nil {
				return object.Null, err
			}
			nsec, err := cLongArg(parts.Items[1])
			if err != nil {
				return object.Null, err
			}
			ts[i] = unix.Timespec{Sec: sec, Nsec: nsec}
		}
	}
	if p.isFD {
		if ts == nil {
			err = unix.UtimesNanoAt(p.fd, "", nil, unix.AT_EMPTY_PATH)
			if err != nil {
				err = futimens(p.fd, nil)
			}
		} else {
			err = futimens(p.fd, ts)
		}
	} else {
		err = unix.UtimesNanoAt(p.dirFD, p.name, ts, p.flags())
	}
	if err != nil {
		return object.Null, p.err(err)
	}
	return object.None, nil
}

// futimens sets the times of an open file (nil: now).
func futimens(fd int, ts []unix.Timespec) error {
	var ptr *[2]unix.Timespec
	if ts != nil {
		ptr = (*[2]unix.Timespec)(ts)
	}
	_, _, e := unix.Syscall6(unix.SYS_UTIMENSAT, uintptr(fd), 0, uintptr(unsafe.Pointer(ptr)), 0, 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

// objectToTimespec is _PyTime_ObjectToTimespec: an int or float of
// seconds (floats rounded toward minus infinity to the nanosecond).
func objectToTimespec(v object.Value) (int64, int64, error) {
	if object.TypeOf(v).IsSubtype(object.FloatType) {
		f, err := object.ToFloat(v)
		if err != nil {
			return 0, 0, err
		}
		if math.IsNaN(f) {
			return 0, 0, object.Errorf(object.ValueError, "Invalid value NaN (not a number)")
		}
		sec := math.Floor(f)
		nsec := math.Floor((f - sec) * 1e9)
		if nsec >= 1e9 {
			nsec -= 1e9
			sec++
		}
		if !(sec >= -9.223372036854775808e18 && sec < 9.223372036854775808e18) {
			return 0, 0, object.Errorf(object.OverflowError, "timestamp out of range for platform time_t")
		}
		return int64(sec), int64(nsec), nil
	}
	sec, err := timeTArg(v)
	return sec, 0, err
}

// offArg is the Py_off_t converter.
func offArg(v object.Value) (int64, error) {
	r, err := object.Index(v)
	if err != nil {
		return 0, err
	}
	n, ok := r.AsInt()
	if !ok {
		return 0, object.Errorf(object.OverflowError, "Python int too large to convert to C long")
	}
	return n, nil
}

// fdArgOrFileno is PyObject_AsFileDescriptor: an int, or an object whose
// fileno() returns one.
func fdArgOrFileno(v object.Value) (int, error) {
	if isIndexable(v) {
		n, err := cIntArg(v)
		if err != nil {
			return 0, err
		}
		if n < 0 {
			return 0, object.Errorf(object.ValueError, "file descriptor cannot be a negative integer (%d)", n)
		}
		return n, nil
	}
	m, err := object.GetAttrString(v, "fileno")
	if err != nil {
		if object.ExceptionMatches(err, object.AttributeError) {
			return 0, object.Errorf(object.TypeError, "argument must be an int, or have a fileno() method.")
		}
		return 0, err
	}
	r, err := object.Call(m, nil, nil)
	if err != nil {
		return 0, err
	}
	if !object.TypeOf(r).IsSubtype(object.IntType) {
		return 0, object.Errorf(object.TypeError, "fileno() returned a non-integer")
	}
	n, err := cIntArg(r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, object.Errorf(object.ValueError, "file descriptor cannot be a negative integer (%d)", n)
	}
	return n, nil
}

// bufferArg is the Py_buffer converter for read-only data: bytes,
// bytearray (and other bytes-like objects the runtime knows).
func bufferArg(v object.Value) ([]byte, error) {
	if b, ok := object.BytesLike(v); ok {
		return b, nil
	}
	return nil, object.Errorf(object.TypeError, "a bytes-like object is required, not '%s'", object.TypeOf(v).Name)
}

// readlinkString reads a symbolic link.
func readlinkString(path string) (string, error) {
	for size := 256; ; size *= 2 {
		buf := make([]byte, size)
		n, err := unix.Readlink(path, buf)
		if err != nil {
			return "", err
		}
		if n < size {
			return string(buf[:n]), nil
		}
	}
}

// readDir reads the entries of the directory open on fd (without . and
// ..), with their inode and d_type.
func readDir(fd int, each func(name string, ino uint64, typ uint8)) error {
	bp := direntBufs.Get().(*[]byte)
	defer direntBufs.Put(bp)
	buf := *bp
	for {
		n, err := unix.Getdents(fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		if n <= 0 {
			return nil
		}
		eachDirent(buf[:n], each)
	}
}

// direntBufs holds getdents buffers for reuse: a new 32 KB buffer for
// each listdir or scandir was 8 fresh pages (pathlib's iterdir and glob
// scan a directory each time).
var direntBufs = sync.Pool{New: func() any { b := make([]byte, 32<<10); return &b }}

// eachDirent walks the linux_dirent64 records of a getdents buffer,
// skipping . and ..
func eachDirent(buf []byte, each func(name string, ino uint64, typ uint8)) {
	for off := 0; off+19 <= len(buf); {
		ino := binary.NativeEndian.Uint64(buf[off:])
		reclen := int(binary.NativeEndian.Uint16(buf[off+16:]))
		typ := buf[off+18]
		if reclen <= 0 || off+reclen > len(buf) {
			return
		}
		name := buf[off+19 : off+reclen]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		off += reclen
		if s := string(name); s != "." && s != ".." {
			each(s, ino, typ)
		}
	}
}

// readFD is read(2) as os.read does it: interruptible while it waits,
// retried on EINTR after the signal handlers ran.
func (pm *posixModule) readFD(fd int, buf []byte) (int, error) {
	for {
		if err := waitFD(pm.in, fd, unix.POLLIN); err != nil {
			return 0, err
		}
		n, err := unix.Read(fd, buf)
		if err == syscall.EINTR {
			if err := pm.in.CheckSignals(); err != nil {
				return 0, err
			}
			continue
		}
		if err != nil {
			return 0, osErrorOf(err)
		}
		return n, nil
	}
}

// writeFD is write(2) as os.write does it.
func (pm *posixModule) writeFD(fd int, data []byte) (int, error) {
	for {
		if err := waitFD(pm.in, fd, unix.POLLOUT); err != nil {
			return 0, err
		}
		n, err := unix.Write(fd, data)
		if err == syscall.EINTR {
			if err := pm.in.CheckSignals(); err != nil {
				return 0, err
			}
			continue
		}
		if err != nil {
			return 0, osErrorOf(err)
		}
		return n, nil
	}
}
