package vm

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/pyvar/pyvar/core/object"
)

// File is what open() returns: a text file (str in and out, universal
// newlines on input) or a binary file (bytes), buffered, usable as an
// iterator of lines and as a context manager. Files still open when the
// program ends are flushed, as CPython's finalizers do.
type File struct {
	f      *os.File
	name   object.Value
	mode   string
	binary bool
	r      *bufio.Reader
	w      *bufio.Writer
	closed bool
}

// TextFileType and the binary file types are the Python types of files.
var (
	TextFileType     = newType("TextIOWrapper", nil)
	BufferedReader   = newType("BufferedReader", nil)
	BufferedWriter   = newType("BufferedWriter", nil)
	unsupportedOpErr *object.Type
)

// Type returns the file's type (text or binary reader/writer).
func (f *File) Type() *object.Type {
	switch {
	case !f.binary:
		return TextFileType
	case f.w != nil && f.r == nil:
		return BufferedWriter
	}
	return BufferedReader
}

// PyRepr is repr(file) in CPython's shape.
func (f *File) PyRepr() (string, error) {
	n, err := object.Repr(f.name)
	if err != nil {
		return "", err
	}
	if f.binary {
		return fmt.Sprintf("<_io.%s name=%s>", f.Type().Name, n), nil
	}
	return fmt.Sprintf("<_io.TextIOWrapper name=%s mode='%s' encoding='UTF-8'>", n, f.mode), nil
}

// Next returns the next line (iteration over a file).
func (f *File) Next() (object.Value, bool, error) {
	line, err := f.readline(-1)
	if err != nil {
		return object.Null, false, err
	}
	if f.binary {
		if len(line.Object().(*object.Bytes).B) == 0 {
			return object.Null, false, nil
		}
	} else if line.Object().(*object.Str).S == "" {
		return object.Null, false, nil
	}
	return line, true, nil
}

// osError turns a Go file error into the OSError subclass CPython raises
// ("[Errno 2] No such file or directory: 'x'").
func osError(err error, filename object.Value) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return object.Errorf(object.OSError, "%s", err.Error())
	}
	t := object.OSError
	msg := errno.Error()
	switch errno {
	case syscall.ENOENT:
		t, msg = object.FileNotFoundError, "No such file or directory"
	case syscall.EEXIST:
		t, msg = object.FileExistsError, "File exists"
	case syscall.EACCES, syscall.EPERM:
		t, msg = object.PermissionError, "Permission denied"
		if errno == syscall.EPERM {
			msg = "Operation not permitted"
		}
	case syscall.EISDIR:
		t, msg = object.IsADirectoryError, "Is a directory"
	case syscall.ENOTDIR:
		t, msg = object.NotADirectoryError, "Not a directory"
	default:
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
	}
	args := []object.Value{object.Int(int64(errno)), object.NewStr(msg)}
	if !filename.IsNull() {
		args = append(args, filename)
	}
	return object.NewException(t, args...)
}

// builtinOpen is open(file, mode='r', buffering=-1, encoding=None,
// errors=None, newline=None, closefd=True, opener=None).
func (in *Interp) builtinOpen(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	var a [8]object.Value
	if err := object.ParseArgs("open", args, kwnames,
		[]string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 8, 1, a[:]); err != nil {
		return object.Null, err
	}
	path, err := fsPath(a[0])
	if err != nil {
		return object.Null, err
	}
	mode := "r"
	if !a[1].IsNull() {
		ms, ok := a[1].Object().(*object.Str)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "open() argument 'mode' must be str, not %s", object.TypeOf(a[1]).Name)
		}
		mode = ms.S
	}
	var reading, writing, appending, creating, plus, binary, text bool
	for _, c := range mode {
		dup := false
		switch c {
		case 'r':
			dup, reading = reading, true
		case 'w':
			dup, writing = writing, true
		case 'a':
			dup, appending = appending, true
		case 'x':
			dup, creating = creating, true
		case '+':
			dup, plus = plus, true
		case 'b':
			dup, binary = binary, true
		case 't':
			dup, text = text, true
		default:
			return object.Null, object.Errorf(object.ValueError, "invalid mode: '%s'", mode)
		}
		if dup {
			return object.Null, object.Errorf(object.ValueError, "invalid mode: '%s'", mode)
		}
	}
	kinds := 0
	for _, b := range []bool{reading, writing, appending, creating} {
		if b {
			kinds++
		}
	}
	if binary && text {
		return object.Null, object.Errorf(object.ValueError, "can't have text and binary mode at once")
	}
	if kinds != 1 {
		return object.Null, object.Errorf(object.ValueError, "must have exactly one of create/read/write/append mode")
	}
	if binary && !a[3].IsNull() && !a[3].IsNone() {
		return object.Null, object.Errorf(object.ValueError, "binary mode doesn't take an encoding argument")
	}
	flag := 0
	switch {
	case reading:
		flag = os.O_RDONLY
		if plus {
			flag = os.O_RDWR
		}
	case writing:
		flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	case appending:
		flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case creating:
		flag = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	}
	if plus && !reading {
		flag = flag&^os.O_WRONLY | os.O_RDWR
	}
	osf, err := os.OpenFile(path, flag, 0o666)
	if err != nil {
		return object.Null, osError(err, a[0])
	}
	if st, err := osf.Stat(); err == nil && st.IsDir() {
		osf.Close()
		return object.Null, osError(syscall.EISDIR, a[0])
	}
	f := &File{f: osf, name: a[0], mode: mode, binary: binary}
	if reading || plus {
		f.r = bufio.NewReader(osf)
	}
	if !reading || plus {
		f.w = bufio.NewWriter(osf)
		in.openFiles = append(in.openFiles, f)
	}
	return object.FromObject(f), nil
}

// flushFiles flushes files the program left open (at exit).
func (in *Interp) flushFiles() {
	for _, f := range in.openFiles {
		if !f.closed && f.w != nil {
			f.w.Flush()
		}
	}
	in.openFiles = nil
}

func (f *File) check(reading bool) error {
	if f.closed {
		return object.Errorf(object.ValueError, "I/O operation on closed file.")
	}
	if reading && f.r == nil {
		return unsupported("not readable")
	}
	if !reading && f.w == nil {
		return unsupported("not writable")
	}
	return nil
}

func unsupported(msg string) error {
	if unsupportedOpErr == nil {
		ns := object.NewDict(2)
		ns.Set(object.NewStr("__module__"), object.NewStr("io"))
		t, err := object.NewClass(nil, "UnsupportedOperation", []*object.Type{object.OSError, object.ValueError}, ns)
		if err != nil {
			return object.Errorf(object.OSError, "%s", msg)
		}
		unsupportedOpErr = t
	}
	return object.NewException(unsupportedOpErr, object.NewStr(msg))
}

// text converts bytes read from a text file to str with universal
// newlines.
func textOf(b []byte) object.Value {
	s := string(b)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return object.NewStr(s)
}

func (f *File) read(n int) (object.Value, error) {
	if err := f.check(true); err != nil {
		return object.Null, err
	}
	if f.w != nil {
		f.w.Flush()
	}
	var data []byte
	var err error
	if n < 0 {
		data, err = io.ReadAll(f.r)
	} else if f.binary {
		data = make([]byte, n)
		var k int
		k, err = io.ReadFull(f.r, data)
		data = data[:k]
		if err == io.ErrUnexpectedEOF || err == io.EOF {
			err = nil
		}
	} else {
		for i := 0; i < n; i++ {
			r, size, rerr := f.r.ReadRune()
			if rerr != nil {
				break
			}
			data = utf8.AppendRune(data, r)
			_ = size
		}
	}
	if err != nil {
		return object.Null, osError(err, object.Null)
	}
	if f.binary {
		return object.FromObject(&object.Bytes{B: data}), nil
	}
	return textOf(data), nil
}

func (f *File) readline(limit int) (object.Value, error) {
	if err := f.check(true); err != nil {
		return object.Null, err
	}
	line, err := f.r.ReadBytes('\n')
	if err != nil && err != io.EOF {
		return object.Null, osError(err, object.Null)
	}
	if !f.binary && len(line) > 0 && line[len(line)-1] == '\n' && len(line) > 1 && line[len(line)-2] == '\r' {
		line = append(line[:len(line)-2], '\n')
	}
	if limit >= 0 && limit < len(line) {
		line = line[:limit]
	}
	if f.binary {
		return object.FromObject(&object.Bytes{B: line}), nil
	}
	return textOf(line), nil
}

func (f *File) write(v object.Value) (object.Value, error) {
	if err := f.check(false); err != nil {
		return object.Null, err
	}
	if f.binary {
		b, ok := v.Object().(*object.Bytes)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "a bytes-like object is required, not '%s'", object.TypeOf(v).Name)
		}
		n, _ := f.w.Write(b.B)
		return object.Int(int64(n)), nil
	}
	s, ok := v.Object().(*object.Str)
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "write() argument must be str, not %s", object.TypeOf(v).Name)
	}
	f.w.WriteString(s.S)
	return object.Int(int64(utf8.RuneCountInString(s.S))), nil
}

func (f *File) close() error {
	if f.closed {
		return nil
	}
	f.closed = true
	var err error
	if f.w != nil {
		err = f.w.Flush()
	}
	if cerr := f.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return osError(err, object.Null)
	}
	return nil
}

func init() {
	for _, t := range []*object.Type{TextFileType, BufferedReader, BufferedWriter} {
		file := func(v object.Value) *File { return v.Object().(*File) }
		sizeArg := func(name string, args []object.Value) (int, error) {
			if len(args) == 0 || args[0].IsNone() {
				return -1, nil
			}
			n, ok := args[0].AsInt()
			if !ok {
				return 0, object.Errorf(object.TypeError, "argument should be integer or None, not '%s'", object.TypeOf(args[0]).Name)
			}
			return int(n), nil
		}
		addMethod(t, "read", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			n, err := sizeArg("read", args)
			if err != nil {
				return object.Null, err
			}
			return file(self).read(n)
		})
		addMethod(t, "readline", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			n, err := sizeArg("readline", args)
			if err != nil {
				return object.Null, err
			}
			return file(self).readline(n)
		})
		addMethod(t, "readlines", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			var lines []object.Value
			for {
				v, ok, err := file(self).Next()
				if err != nil {
					return object.Null, err
				}
				if !ok {
					break
				}
				lines = append(lines, v)
			}
			return object.FromObject(object.NewList(lines...)), nil
		})
		addMethod(t, "write", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := object.ExactlyOne("write", args, kw); err != nil {
				return object.Null, err
			}
			return file(self).write(args[0])
		})
		addMethod(t, "writelines", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := object.ExactlyOne("writelines", args, kw); err != nil {
				return object.Null, err
			}
			err := object.Iterate(args[0], func(x object.Value) (bool, error) {
				_, err := file(self).write(x)
				return err == nil, err
			})
			return object.None, err
		})
		addMethod(t, "flush", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			f := file(self)
			if f.closed {
				return object.Null, object.Errorf(object.ValueError, "I/O operation on closed file.")
			}
			if f.w != nil {
				f.w.Flush()
			}
			return object.None, nil
		})
		addMethod(t, "close", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			return object.None, file(self).close()
		})
		addMethod(t, "readable", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			return object.Bool(file(self).r != nil), nil
		})
		addMethod(t, "writable", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			return object.Bool(file(self).w != nil), nil
		})
		addMethod(t, "fileno", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			return object.Int(int64(file(self).f.Fd())), nil
		})
		addMethod(t, "__enter__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := file(self).check(file(self).r != nil); err != nil {
				return object.Null, err
			}
			return self, nil
		})
		addMethod(t, "__exit__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			return object.None, file(self).close()
		})
		addMethod(t, "__iter__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := file(self).check(true); err != nil {
				return object.Null, err
			}
			return self, nil
		})
		addMethod(t, "__next__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			v, ok, err := file(self).Next()
			if err == nil && !ok {
				return object.Null, object.NewException(object.StopIteration)
			}
			return v, err
		})
		addGetter(t, "closed", func(self object.Value) (object.Value, error) { return object.Bool(file(self).closed), nil })
		addGetter(t, "name", func(self object.Value) (object.Value, error) { return file(self).name, nil })
		addGetter(t, "mode", func(self object.Value) (object.Value, error) { return object.NewStr(file(self).mode), nil })
	}
}
