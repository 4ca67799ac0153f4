package native

import (
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
)

// os.scandir and os.DirEntry: directory entries with their d_type and
// inode from getdents, and cached stat results, as posixmodule.c keeps
// them.

var (
	dirEntryType        = object.NewBuiltinType("posix.DirEntry", nil)
	scandirIteratorType = object.NewBuiltinType("posix.ScandirIterator", nil)
)

// dirEntry is one os.DirEntry.
type dirEntry struct {
	name, path object.Value
	dirFD      int // the directory's descriptor for fd-based scandir, else -1
	pathName   string
	typ        uint8
	ino        uint64
	stat       object.Value // os.stat_result, following links (cached)
	lstat      object.Value // os.stat_result of the entry itself (cached)
	pm         *posixModule
}

// Type returns posix.DirEntry.
func (e *dirEntry) Type() *object.Type { return dirEntryType }

// PyRepr is "<DirEntry 'name'>".
func (e *dirEntry) PyRepr() (string, error) {
	r, err := object.Repr(e.name)
	if err != nil {
		return "", err
	}
	return "<DirEntry " + r + ">", nil
}

// fetchStat stats the entry (following links or not).
func (e *dirEntry) fetchStat(follow bool) (object.Value, error) {
	var st unix.Stat_t
	flags := 0
	if !follow {
		flags = unix.AT_SYMLINK_NOFOLLOW
	}
	var err error
	if e.dirFD >= 0 {
		err = e.pm.retry(func() error { return unix.Fstatat(e.dirFD, e.pathName, &st, flags) })
	} else {
		err = e.pm.retry(func() error { return unix.Fstatat(atFDCWD, e.pathName, &st, flags) })
	}
	if err != nil {
		return object.Null, osErrorOf(err, e.path)
	}
	return statValue(&st), nil
}

func (e *dirEntry) getLstat() (object.Value, error) {
	if e.lstat.IsNull() {
		st, err := e.fetchStat(false)
		if err != nil {
			return object.Null, err
		}
		e.lstat = st
	}
	return e.lstat, nil
}

func (e *dirEntry) getStat(follow bool) (object.Value, error) {
	if !follow {
		return e.getLstat()
	}
	if e.stat.IsNull() {
		link, err := e.isSymlink()
		if err != nil {
			return object.Null, err
		}
		if !link {
			st, err := e.getLstat()
			if err != nil {
				return object.Null, err
			}
			e.stat = st
		} else {
			st, err := e.fetchStat(true)
			if err != nil {
				return object.Null, err
			}
			e.stat = st
		}
	}
	return e.stat, nil
}

func (e *dirEntry) isSymlink() (bool, error) {
	if e.typ != unix.DT_UNKNOWN {
		return e.typ == unix.DT_LNK, nil
	}
	st, err := e.getLstat()
	if err != nil {
		return false, err
	}
	return stMode(st)&unix.S_IFMT == unix.S_IFLNK, nil
}

// testMode is DirEntry_test_mode: is_dir (dir) or is_file.
func (e *dirEntry) testMode(follow bool, dir bool) (bool, error) {
	link := false
	if follow {
		var err error
		if link, err = e.isSymlink(); err != nil {
			return false, err
		}
	}
	if e.typ == unix.DT_UNKNOWN || link {
		st, err := e.getStat(follow)
		if err != nil {
			if object.ExceptionMatches(err, object.FileNotFoundError) {
				return false, nil
			}
			return false, err
		}
		mode := stMode(st) & unix.S_IFMT
		if dir {
			return mode == unix.S_IFDIR, nil
		}
		return mode == unix.S_IFREG, nil
	}
	if dir {
		return e.typ == unix.DT_DIR, nil
	}
	return e.typ == unix.DT_REG, nil
}

func stMode(st object.Value) uint32 {
	n, _ := object.StructSeqItem(st, 0).AsInt()
	return uint32(n)
}

// scandirIterator is what os.scandir returns.
type scandirIterator struct {
	fd      int // -1 once closed
	dirFD   int // the caller's descriptor for fd-based scandir, else -1
	path    *osPath
	pending []*dirEntry
	buf     *[]byte // from direntBufs until closed
	pm      *posixModule
}

// Type returns posix.ScandirIterator.
func (it *scandirIterator) Type() *object.Type { return scandirIteratorType }

func (it *scandirIterator) close() {
	if it.fd >= 0 {
		unix.Close(it.fd)
		it.fd = -1
	}
	if it.buf != nil {
		direntBufs.Put(it.buf)
		it.buf = nil
	}
	it.pending = nil
}

// Next returns the next DirEntry; the directory is closed at the end.
func (it *scandirIterator) Next() (object.Value, bool, error) {
	for len(it.pending) == 0 {
		if it.fd < 0 {
			return object.Null, false, nil
		}
		if it.buf == nil {
			it.buf = direntBufs.Get().(*[]byte)
		}
		n, err := unix.Getdents(it.fd, *it.buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			it.close()
			return object.Null, false, it.path.err(err)
		}
		if n <= 0 {
			it.close()
			return object.Null, false, nil
		}
		it.parse((*it.buf)[:n])
	}
	e := it.pending[0]
	it.pending = it.pending[1:]
	return object.FromObject(e), true, nil
}

// parse turns a getdents buffer into entries.
func (it *scandirIterator) parse(buf []byte) {
	eachDirent(buf, func(s string, ino uint64, typ uint8) {
		e := &dirEntry{name: pathResult(s, it.path.bytes), typ: typ, ino: ino, dirFD: -1, pm: it.pm}
		if it.dirFD >= 0 {
			e.dirFD = it.dirFD
			e.path = e.name
			e.pathName = s
		} else {
			dir := it.path.name
			if it.path.none {
				dir = "."
			}
			joined := s
			if dir != "" {
				if dir[len(dir)-1] != '/' {
					joined = dir + "/" + s
				} else {
					joined = dir + s
				}
			}
			e.pathName = joined
			e.path = pathResult(joined, it.path.bytes)
		}
		it.pending = append(it.pending, e)
	})
}

func (pm *posixModule) addScandir() {
	pm.def("scandir", []string{"path"}, 1, 0, func(a []object.Value) (object.Value, error) {
		pv := a[0]
		if pv.IsNull() {
			pv = object.None
		}
		p, err := pathArg(pv, pathOpts{fname: "scandir", argname: "path", nullable: true, allowFD: true})
		if err != nil {
			return object.Null, err
		}
		it := &scandirIterator{path: p, dirFD: -1, pm: pm}
		if p.isFD {
			fd, err := unix.FcntlInt(uintptr(p.fd), unix.F_DUPFD_CLOEXEC, 0)
			if err == nil {
				_, err = unix.Seek(fd, 0, 0)
				if err != nil {
					unix.Close(fd)
				}
			}
			if err != nil {
				return object.Null, osErrorOf(err)
			}
			it.fd, it.dirFD = fd, p.fd
		} else {
			name := p.name
			if p.none {
				name = "."
			}
			err = pm.retry(func() error {
				var e error
				it.fd, e = unix.Open(name, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
				return e
			})
			if err != nil {
				return object.Null, p.err(err)
			}
		}
		return object.FromObject(it), nil
	})
	setAttr(pm.mod, "DirEntry", object.FromObject(dirEntryType))
}

func init() {
	dirEntryType.Qualname = "DirEntry"
	scandirIteratorType.Qualname = "ScandirIterator"
	dirEntryType.New, scandirIteratorType.New = nil, nil // not instantiable from Python
	t := dirEntryType
	entry := func(self object.Value) (*dirEntry, error) {
		e, ok := object.Unwrap(self).Object().(*dirEntry)
		if !ok {
			return nil, object.Errorf(object.TypeError, "descriptor requires a 'posix.DirEntry' object but received a '%s'", object.TypeOf(self).Name)
		}
		return e, nil
	}
	t.AddGetter("name", func(self object.Value) (object.Value, error) {
		e, err := entry(self)
		if err != nil {
			return object.Null, err
		}
		return e.name, nil
	})
	t.AddGetter("path", func(self object.Value) (object.Value, error) {
		e, err := entry(self)
		if err != nil {
			return object.Null, err
		}
		return e.path, nil
	})
	followArg := func(fname string, args []object.Value, kw []string) (bool, error) {
		a := make([]object.Value, 1)
		if err := parseKw(fname, args, kw, []string{"follow_symlinks"}, 0, 0, a); err != nil {
			return false, err
		}
		return boolArg(a[0], true)
	}
	for _, name := range []string{"is_dir", "is_file"} {
		name := name
		t.AddMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			e, err := entry(self)
			if err != nil {
				return object.Null, err
			}
			follow, err := followArg(name, args, kw)
			if err != nil {
				return object.Null, err
			}
			r, err := e.testMode(follow, name == "is_dir")
			if err != nil {
				return object.Null, err
			}
			return object.Bool(r), nil
		})
	}
	t.AddMethod("is_symlink", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		e, err := entry(self)
		if err != nil {
			return object.Null, err
		}
		if err := object.NoArgs("is_symlink", args, kw); err != nil {
			return object.Null, err
		}
		r, err := e.isSymlink()
		if err != nil {
			return object.Null, err
		}
		return object.Bool(r), nil
	})
	t.AddMethod("stat", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		e, err := entry(self)
		if err != nil {
			return object.Null, err
		}
		follow, err := followArg("stat", args, kw)
		if err != nil {
			return object.Null, err
		}
		return e.getStat(follow)
	})
	t.AddMethod("inode", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		e, err := entry(self)
		if err != nil {
			return object.Null, err
		}
		if err := object.NoArgs("inode", args, kw); err != nil {
			return object.Null, err
		}
		return uintValue(e.ino), nil
	})
	t.AddMethod("__fspath__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		e, err := entry(self)
		if err != nil {
			return object.Null, err
		}
		if err := object.NoArgs("__fspath__", args, kw); err != nil {
			return object.Null, err
		}
		return e.path, nil
	})
	t.AddClassMethod("__class_getitem__", func(cls object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("__class_getitem__", args, kw); err != nil {
			return object.Null, err
		}
		return object.NewGenericAlias(cls, args[0]), nil
	})

	it := scandirIteratorType
	iter := func(self object.Value) (*scandirIterator, error) {
		s, ok := object.Unwrap(self).Object().(*scandirIterator)
		if !ok {
			return nil, object.Errorf(object.TypeError, "descriptor requires a 'posix.ScandirIterator' object but received a '%s'", object.TypeOf(self).Name)
		}
		return s, nil
	}
	it.AddSlot("__iter__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) { return self, nil })
	it.AddSlot("__next__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		s, err := iter(self)
		if err != nil {
			return object.Null, err
		}
		v, ok, err := s.Next()
		if err != nil {
			return object.Null, err
		}
		if !ok {
			return object.Null, object.NewException(object.StopIteration)
		}
		return v, nil
	})
	closeFn := func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		s, err := iter(self)
		if err != nil {
			return object.Null, err
		}
		s.close()
		return object.None, nil
	}
	it.AddMethod("close", closeFn)
	it.AddMethod("__exit__", closeFn)
	it.AddMethod("__enter__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		s, err := iter(self)
		if err != nil {
			return object.Null, err
		}
		if s.fd < 0 && len(s.pending) == 0 && s.buf != nil {
			return object.Null, object.Errorf(object.ValueError, "I/O operation on closed scandir iterator")
		}
		return self, nil
	})
}
