package native

import (
	"io"
	"os"
	"runtime"
	"syscall"

	"github.com/pyvar/pyvar/core/object"
	"golang.org/x/term"
)

// FileIO: raw binary I/O on a file descriptor, with CPython's modes,
// closefd and opener, and its messages. The interpreter's standard
// streams are FileIOs too; when the embedder gave Go readers and writers
// instead of files, their FileIO reads and writes those (goReader,
// goWriter) under the conventional descriptor numbers.

type fileIO struct {
	ioObj
	fd                                     int // -1 once closed
	readable, writable, appending, created bool
	closefd                                bool
	seekable                               int // -1 not yet known
	blksize                                int
	finalizing                             bool
	// regular says reads never block: no goroutine is needed to make
	// them interruptible.
	regular bool
	// goReader and goWriter stand for the descriptor when the stream is
	// the embedder's Go reader or writer.
	goReader io.Reader
	goWriter io.Writer
	// pending is a read interrupted by a signal whose system call is
	// still in flight; its data is the next read's.
	pending chan readResult
	// fdBox owns the descriptor for the collector's cleanup.
	box *fdBox
}

type readResult struct {
	data []byte
	err  error
}

// fdBox closes a descriptor the program dropped without closing.
type fdBox struct{ fd int }

func (f *fileIO) closedErr() error {
	return object.Errorf(object.ValueError, "I/O operation on closed file")
}

func (st *ioState) fileOf(self object.Value) *fileIO {
	f, _ := object.Unwrap(self).Object().(*fileIO)
	return f
}

// modeString is FileIO.mode.
func (f *fileIO) modeString() string {
	switch {
	case f.created:
		if f.readable {
			return "xb+"
		}
		return "xb"
	case f.appending:
		if f.readable {
			return "ab+"
		}
		return "ab"
	case f.readable:
		if f.writable {
			return "rb+"
		}
		return "rb"
	}
	return "wb"
}

// newFileIO makes an unopened FileIO of type t (a FileIO subclass).
func (st *ioState) newFileIO(t *object.Type) *fileIO {
	return &fileIO{ioObj: ioObj{t: nativeBase(t), st: st}, fd: -1, seekable: -1, closefd: true, blksize: defaultBufferSize}
}

func (st *ioState) makeFileIO() {
	t := st.newType("FileIO", st.rawiobase, "Open a file.")
	st.fileio = t
	t.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		return object.WrapBuiltin(cls, object.FromObject(st.newFileIO(cls))), nil
	}, func(self object.Value, args []object.Value, kw []string) error {
		var a [4]object.Value
		if err := object.ParseArgs("FileIO", args, kw, []string{"file", "mode", "closefd", "opener"}, 4, 1, a[:]); err != nil {
			return err
		}
		return st.fileInit(self, a)
	})
	method := func(name string, fn func(f *fileIO, self object.Value, args []object.Value) (object.Value, error), min, max int) {
		t.AddRawMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := argCheck(t, name, args, kw, min, max); err != nil {
				return object.Null, err
			}
			f := st.fileOf(self)
			if f == nil {
				return object.Null, object.Errorf(object.TypeError, "descriptor '%s' requires a '_io.FileIO' object", name)
			}
			return fn(f, self, args)
		})
	}
	method("read", func(f *fileIO, self object.Value, args []object.Value) (object.Value, error) {
		if f.fd < 0 {
			return object.Null, f.closedErr()
		}
		if !f.readable {
			return object.Null, st.unsupportedOp("File not open for reading")
		}
		n, err := optSize(args, 0)
		if err != nil {
			return object.Null, err
		}
		if n < 0 {
			return f.readall()
		}
		b, err := f.readSome(n)
		if err != nil {
			return object.Null, err
		}
		if b == nil {
			return object.None, nil
		}
		return object.NewBytes(b), nil
	}, 0, 1)
	method("readall", func(f *fileIO, self object.Value, args []object.Value) (object.Value, error) {
		if f.fd < 0 {
			return object.Null, f.closedErr()
		}
		return f.readall()
	}, 0, 0)
	method("readinto", func(f *fileIO, self object.Value, args []object.Value) (object.Value, error) {
		buf, ok := object.WritableBytes(args[0])
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "readinto() argument must be read-write bytes-like object, not %s", object.TypeOf(args[0]).Name)
		}
		if f.fd < 0 {
			return object.Null, f.closedErr()
		}
		if !f.readable {
			return object.Null, st.unsupportedOp("File not open for reading")
		}
		b, err := f.readSome(len(buf))
		if err != nil {
			return object.Null, err
		}
		if b == nil {
			return object.None, nil
		}
		return object.Int(int64(copy(buf, b))), nil
	}, 1, 1)
	method("write", func(f *fileIO, self object.Value, args []object.Value) (object.Value, error) {
		b, err := bytesArg(args[0])
		if err != nil {
			return object.Null, err
		}
		if f.fd < 0 {
			return object.Null, f.closedErr()
		}
		if !f.writable {
			return object.Null, st.unsupportedOp("File not open for writing")
		}
		n, err := f.writeSome(b)
		if err != nil {
			if err == syscall.EAGAIN {
				return object.None, nil
			}
			return object.Null, osErrorOf(err, object.Null)
		}
		return object.Int(int64(n)), nil
	}, 1, 1)
	method("seek", func(f *fileIO, self object.Value, args []object.Value) (object.Value, error) {
		if f.fd < 0 {
			return object.Null, f.closedErr()
		}
		pos, err := ioIndex(args[0])
		if err != nil {
			return object.Null, err
		}
		whence, err := intArgStrict(args, 1, 0)
		if err != nil {
			return object.Null, err
		}
		r, err := f.lseek(int64(pos), whence)
		if err != nil {
			return object.Null, osErrorOf(err, object.Null)
		}
		return object.Int(r), nil
	}, 1, 2)
	method("tell", func(f *fileIO, self object.Value, args []object.Value) (object.Value, error) {
		if f.fd < 0 {
			return object.Null, f.closedErr()
		}
		r, err := f.lseek(0, io.SeekCurrent)
		if err != nil {
			return object.Null, osErrorOf(err, object.Null)
		}
		return object.Int(r), nil
	}, 0, 0)
	method("truncate", func(f *fileIO, self object.Value, args []object.Value) (object.Value, error) {
		if f.fd < 0 {
			return object.Null, f.closedErr()
		}
		if !f.writable {
			return object.Null, st.unsupportedOp("File not open for writing")
		}
		var size int64
		if len(args) == 0 || args[0].IsNone() {
			r, err := f.lseek(0, io.SeekCurrent)
			if err != nil {
				return object.Null, osErrorOf(err, object.Null)
			}
			size = r
		} else {
			n, err := ioIndex(args[0])
			if err != nil {
				return object.Null, err
			}
			size = int64(n)
		}
		if f.goWriter != nil || f.goReader != nil {
			return object.Null, osErrorOf(syscall.EINVAL, object.Null)
		}
		if err := syscall.Ftruncate(f.fd, size); err != nil {
			return object.Null, osErrorOf(err, object.Null)
		}
		return object.Int(size), nil
	}, 0, 1)
	for _, what := range []string{"readable", "writable"} {
		what := what
		method(what, func(f *fileIO, self object.Value, args []object.Value) (object.Value, error) {
			if f.fd < 0 {
				return object.Null, f.closedErr()
			}
			if what == "readable" {
				return object.Bool(f.readable), nil
			}
			return object.Bool(f.writable), nil
		}, 0, 0)
	}
	method("seekable", func(f *fileIO, self object.Value, args []object.Value) (object.Value, error) {
		if f.fd < 0 {
			return object.Null, f.closedErr()
		}
		if f.seekable < 0 {
			_, _ = f.lseek(0, io.SeekCurrent)
		}
		return object.Bool(f.seekable == 1), nil
	}, 0, 0)
	method("fileno", func(f *fileIO, self object.Value, args []object.Value) (object.Value, error) {
		if f.fd < 0 {
			return object.Null, f.closedErr()
		}
		return object.Int(int64(f.fd)), nil
	}, 0, 0)
	method("isatty", func(f *fileIO, self object.Value, args []object.Value) (object.Value, error) {
		if f.fd < 0 {
			return object.Null, f.closedErr()
		}
		return object.Bool(f.isatty()), nil
	}, 0, 0)
	method("close", func(f *fileIO, self object.Value, args []object.Value) (object.Value, error) {
		// _RawIOBase.close first (IOBase.close: flush, mark closed).
		_, err := object.CallMethodValue(st.iobase.LookupString("close"), self, nil, nil)
		if !f.closefd || f.fd < 0 {
			f.fd = -1
			return object.None, err
		}
		cerr := f.closeFD()
		if cerr != nil {
			return object.Null, chain(err, osErrorOf(cerr, object.Null))
		}
		if err != nil {
			return object.Null, err
		}
		return object.None, nil
	}, 0, 0)
	method("_dealloc_warn", func(f *fileIO, self object.Value, args []object.Value) (object.Value, error) {
		return object.None, nil // ResourceWarnings are not emitted
	}, 1, 1)
	method("__repr__", func(f *fileIO, self object.Value, args []object.Value) (object.Value, error) {
		if f.fd < 0 {
			return object.NewStr("<_io.FileIO [closed]>"), nil
		}
		cfd := "False"
		if f.closefd {
			cfd = "True"
		}
		name, err := lookupAttr(self, "name")
		if err != nil {
			return object.Null, err
		}
		if name.IsNull() {
			return object.NewStr("<_io.FileIO fd=" + itoa(int64(f.fd)) + " mode='" + f.modeString() + "' closefd=" + cfd + ">"), nil
		}
		if !st.reprEnter(self) {
			return object.Null, object.Errorf(object.RuntimeError, "reentrant call inside %s.__repr__", object.TypeOf(self).Name)
		}
		defer st.reprLeave(self)
		r, err := object.Repr(name)
		if err != nil {
			return object.Null, err
		}
		return object.NewStr("<_io.FileIO name=" + r + " mode='" + f.modeString() + "' closefd=" + cfd + ">"), nil
	}, 0, 0)
	t.AddGetter("closed", func(self object.Value) (object.Value, error) {
		return object.Bool(st.fileOf(self).fd < 0), nil
	})
	t.AddGetter("closefd", func(self object.Value) (object.Value, error) {
		return object.Bool(st.fileOf(self).closefd), nil
	})
	t.AddGetter("mode", func(self object.Value) (object.Value, error) {
		return object.NewStr(st.fileOf(self).modeString()), nil
	})
	t.AddGetter("_blksize", func(self object.Value) (object.Value, error) {
		return object.Int(int64(st.fileOf(self).blksize)), nil
	})
	t.AddGetSet("_finalizing", func(self object.Value) (object.Value, error) {
		return object.Bool(st.fileOf(self).finalizing), nil
	}, func(self, v object.Value) error {
		b, err := truth(v)
		st.fileOf(self).finalizing = b
		return err
	})
}

// optSize reads read()'s size: an int, None (-1) or absent (-1), with
// FileIO's message for other types.
func optSize(args []object.Value, i int) (int, error) {
	if i >= len(args) || args[i].IsNone() {
		return -1, nil
	}
	v := args[i]
	if v.IsInt() || v.IsBool() {
		return int(v.RawInt()), nil
	}
	if _, ok := v.Object().(*object.BigInt); ok || object.TypeOf(v).LookupString("__index__").Kind() != object.KindNull {
		return object.AsIndex(v)
	}
	return 0, object.Errorf(object.TypeError, "argument should be integer or None, not '%s'", object.TypeOf(v).Name)
}

// fileInit is FileIO.__init__(file, mode='r', closefd=True, opener=None).
func (st *ioState) fileInit(self object.Value, a [4]object.Value) error {
	if st.in.Sandboxed() {
		// No file or file descriptor is reachable from a sandbox.
		return object.Errorf(object.PermissionError, "open: file system access is disabled in this sandbox")
	}
	f := st.fileOf(self)
	if f.fd >= 0 {
		if f.closefd {
			_ = f.closeFD()
		} else {
			f.fd = -1
		}
	}
	mode := "r"
	if !a[1].IsNull() {
		s, ok := object.Unwrap(a[1]).Object().(*object.Str)
		if !ok {
			return object.Errorf(object.TypeError, "FileIO() argument 'mode' must be str, not %s", object.TypeOf(a[1]).Name)
		}
		mode = s.S
	}
	closefd := true
	if !a[2].IsNull() {
		c, err := truth(a[2])
		if err != nil {
			return err
		}
		closefd = c
	}
	fd := -1
	nameobj := a[0]
	var path string
	if a[0].IsInt() || a[0].IsBool() {
		fd = int(a[0].RawInt())
		if fd < 0 {
			return object.Errorf(object.ValueError, "negative file descriptor")
		}
	} else {
		p, err := fsPathArg(a[0])
		if err != nil {
			return err
		}
		switch o := object.Unwrap(p).Object().(type) {
		case *object.Str:
			b, err := object.EncodeUTF8(object.FromObject(o), "surrogateescape")
			if err != nil {
				return err
			}
			path = string(b)
		case *object.Bytes:
			path = string(o.B)
		}
		for i := 0; i < len(path); i++ {
			if path[i] == 0 {
				return object.Errorf(object.ValueError, "embedded null byte")
			}
		}
	}
	f.readable, f.writable, f.appending, f.created = false, false, false, false
	flags := 0
	rwa, plus := false, false
	bad := func() error {
		return object.Errorf(object.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	for _, c := range mode {
		switch c {
		case 'x':
			if rwa {
				return bad()
			}
			rwa, f.created, f.writable = true, true, true
			flags |= syscall.O_EXCL | syscall.O_CREAT
		case 'r':
			if rwa {
				return bad()
			}
			rwa, f.readable = true, true
		case 'w':
			if rwa {
				return bad()
			}
			rwa, f.writable = true, true
			flags |= syscall.O_CREAT | syscall.O_TRUNC
		case 'a':
			if rwa {
				return bad()
			}
			rwa, f.writable, f.appending = true, true, true
			flags |= syscall.O_APPEND | syscall.O_CREAT
		case 'b':
		case '+':
			if plus {
				return bad()
			}
			f.readable, f.writable, plus = true, true, true
		default:
			return object.Errorf(object.ValueError, "invalid mode: %s", mode)
		}
	}
	if !rwa {
		return bad()
	}
	switch {
	case f.readable && f.writable:
		flags |= syscall.O_RDWR
	case f.readable:
		flags |= syscall.O_RDONLY
	default:
		flags |= syscall.O_WRONLY
	}
	flags |= syscall.O_CLOEXEC
	opened := false
	if fd >= 0 {
		f.closefd = closefd
	} else {
		f.closefd = true
		if !closefd {
			return object.Errorf(object.ValueError, "Cannot use closefd=False with file name")
		}
		if a[3].IsNull() || a[3].IsNone() {
			for {
				n, err := syscall.Open(path, flags, 0o666)
				if err == syscall.EINTR {
					if err := st.in.CheckSignals(); err != nil {
						return err
					}
					continue
				}
				if err != nil {
					return osErrorOf(err, nameobj)
				}
				fd = n
				break
			}
		} else {
			r, err := object.Call(a[3], []object.Value{nameobj, object.Int(int64(flags))}, nil)
			if err != nil {
				return err
			}
			if !r.IsInt() && !r.IsBool() {
				return object.Errorf(object.TypeError, "expected integer from opener")
			}
			fd = int(r.RawInt())
			if fd < 0 {
				return object.Errorf(object.ValueError, "opener returned %d", fd)
			}
		}
		opened = true
	}
	f.fd = fd
	var stt syscall.Stat_t
	if err := syscall.Fstat(fd, &stt); err != nil {
		if err == syscall.EBADF {
			f.fd = -1
			return osErrorOf(err, object.Null)
		}
	} else {
		if stt.Mode&syscall.S_IFMT == syscall.S_IFDIR {
			if opened {
				_ = syscall.Close(fd)
			}
			f.fd = -1
			return osErrorOf(syscall.EISDIR, nameobj)
		}
		if stt.Blksize > 1 {
			f.blksize = int(stt.Blksize)
		}
		f.regular = stt.Mode&syscall.S_IFMT == syscall.S_IFREG
	}
	if err := object.SetAttr(self, object.Intern("name"), nameobj); err != nil {
		return err
	}
	if f.appending {
		_, _ = f.lseek(0, io.SeekEnd)
	}
	if f.closefd {
		f.box = &fdBox{fd: fd}
		runtime.AddCleanup(f, func(b *fdBox) {
			if b.fd >= 0 {
				_ = syscall.Close(b.fd)
			}
		}, f.box)
	}
	return nil
}

// closeFD closes the descriptor (CPython's internal_close).
func (f *fileIO) closeFD() error {
	fd := f.fd
	f.fd = -1
	if f.box != nil {
		f.box.fd = -1
	}
	if f.goReader != nil || f.goWriter != nil || isRuntimeFD(fd) {
		return nil
	}
	if err := syscall.Close(fd); err != nil {
		return err
	}
	return nil
}

func (f *fileIO) isatty() bool {
	if f.goWriter != nil || f.goReader != nil {
		if of, ok := f.goWriter.(*os.File); ok {
			return term.IsTerminal(int(of.Fd()))
		}
		if of, ok := f.goReader.(*os.File); ok {
			return term.IsTerminal(int(of.Fd()))
		}
		return false
	}
	return term.IsTerminal(f.fd)
}

// lseek is portable_lseek: it records whether the file is seekable.
func (f *fileIO) lseek(pos int64, whence int) (int64, error) {
	if f.goReader != nil || f.goWriter != nil {
		f.seekable = 0
		return 0, syscall.ESPIPE
	}
	r, err := syscall.Seek(f.fd, pos, whence)
	if f.seekable < 0 {
		if err == nil {
			f.seekable = 1
		} else {
			f.seekable = 0
		}
	}
	return r, err
}

// maxRead bounds one read's buffer (CPython's _PY_READ_MAX).
const maxRead = 1<<31 - 1

// readSome does one read of at most n bytes: nil data (and no error)
// means the descriptor is non-blocking and had nothing (EAGAIN).
func (f *fileIO) readSome(n int) ([]byte, error) {
	if n > maxRead {
		n = maxRead
	}
	b, err := f.rawRead(n)
	if err == syscall.EAGAIN {
		return nil, nil
	}
	if err != nil {
		if _, ok := err.(*object.BaseException); ok {
			return nil, err
		}
		return nil, osErrorOf(err, object.Null)
	}
	if b == nil {
		b = []byte{}
	}
	return b, nil
}

// rawRead reads at most n bytes. A read that may block (a terminal, a
// pipe) runs on another goroutine so that a signal (Ctrl-C) can
// interrupt it at once, as EINTR interrupts CPython's read(); its data
// is then kept for the next read.
func (f *fileIO) rawRead(n int) ([]byte, error) {
	if f.goReader != nil {
		buf := make([]byte, n)
		var k int
		var err error
		// The embedder's reader may block: other interpreters run meanwhile.
		f.st.in.BlockingCall(func() { k, err = f.goReader.Read(buf) })
		if err == io.EOF {
			err = nil
		}
		return buf[:k], err
	}
	if f.pending == nil && (f.regular || n == 0) {
		buf := make([]byte, n)
		for {
			k, err := syscall.Read(f.fd, buf)
			if err == syscall.EINTR {
				if err := f.st.in.CheckSignals(); err != nil {
					return nil, err
				}
				continue
			}
			if err != nil {
				return nil, err
			}
			return buf[:k], nil
		}
	}
	if f.pending == nil {
		ch := make(chan readResult, 1)
		fd := f.fd
		go func() {
			buf := make([]byte, n)
			for {
				k, err := syscall.Read(fd, buf)
				if err == syscall.EINTR {
					continue
				}
				if err != nil {
					k = 0
				}
				ch <- readResult{buf[:k], err}
				return
			}
		}()
		f.pending = ch
	}
	for {
		// Other interpreters run while this one waits for input.
		var r readResult
		got := false
		f.st.in.BlockingCall(func() {
			select {
			case r = <-f.pending:
				got = true
			case <-f.st.in.SignalWake():
			}
		})
		if got {
			f.pending = nil
			data := r.data
			if len(data) > n {
				// A pending read of a larger size: keep the rest.
				rest := append([]byte(nil), data[n:]...)
				ch := make(chan readResult, 1)
				ch <- readResult{rest, nil}
				f.pending = ch
				data = data[:n]
			}
			return data, r.err
		}
		if err := f.st.in.CheckSignals(); err != nil {
			return nil, err
		}
	}
}

// writeSome does one write.
func (f *fileIO) writeSome(b []byte) (int, error) {
	if f.goWriter != nil {
		n, err := f.goWriter.Write(b)
		if err != nil {
			if en, ok := asErrno(err); ok {
				return n, en
			}
			return n, object.Errorf(object.OSError, "%s", err.Error())
		}
		return n, nil
	}
	for {
		n, err := syscall.Write(f.fd, b)
		if err == syscall.EINTR {
			if err := f.st.in.CheckSignals(); err != nil {
				return 0, err
			}
			continue
		}
		if n < 0 {
			n = 0
		}
		return n, err
	}
}

func asErrno(err error) (syscall.Errno, bool) {
	for err != nil {
		if en, ok := err.(syscall.Errno); ok {
			return en, true
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return 0, false
		}
		err = u.Unwrap()
	}
	return 0, false
}

// readall reads to the end of the file (FileIO.readall).
func (f *fileIO) readall() (object.Value, error) {
	if !f.readable {
		return object.Null, f.st.unsupportedOp("File not open for reading")
	}
	bufsize := defaultBufferSize
	if f.goReader == nil {
		var stt syscall.Stat_t
		if err := syscall.Fstat(f.fd, &stt); err == nil && stt.Size > 0 {
			if pos, err := syscall.Seek(f.fd, 0, io.SeekCurrent); err == nil && stt.Size >= pos {
				bufsize = int(stt.Size-pos) + 1
			}
		}
	}
	var out []byte
	for {
		want := bufsize
		if len(out) >= bufsize {
			want = max(len(out)/4, defaultBufferSize)
		}
		b, err := f.rawRead(min(want, maxRead))
		if err == syscall.EAGAIN {
			if len(out) > 0 {
				break
			}
			return object.None, nil
		}
		if err != nil {
			if _, ok := err.(*object.BaseException); ok {
				return object.Null, err
			}
			return object.Null, osErrorOf(err, object.Null)
		}
		if len(b) == 0 {
			break
		}
		out = append(out, b...)
	}
	if out == nil {
		out = []byte{}
	}
	return object.NewBytes(out), nil
}

// reprEnter and reprLeave guard reprs that can reach themselves
// (Py_ReprEnter): a name attribute that is the object itself.
func (st *ioState) reprEnter(v object.Value) bool {
	o := v.Object()
	if st.reprActive[o] {
		return false
	}
	if st.reprActive == nil {
		st.reprActive = map[object.Object]bool{}
	}
	st.reprActive[o] = true
	return true
}

func (st *ioState) reprLeave(v object.Value) { delete(st.reprActive, v.Object()) }

// blksizeOf is a file's st_blksize.
func blksizeOf(fi os.FileInfo) int {
	if s, ok := fi.Sys().(*syscall.Stat_t); ok {
		return int(s.Blksize)
	}
	return 0
}
