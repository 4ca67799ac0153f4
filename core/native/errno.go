package native

import (
	"errors"
	"io/fs"
	"os"
	"strconv"
	"syscall"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// The errno module, and the conversion of system-call failures into the
// OSError subclasses CPython raises for them (PyErr_SetFromErrno and
// friends), shared by posix, time, select, _socket and the rest.

func init() { register("errno", newErrnoModule) }

func newErrnoModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("errno", "The errno symbols of the system (errno.ENOENT == 2 on Linux) and\nerrno.errorcode, which maps each number to its symbol's name.")
	codes := object.NewDict(len(linuxErrnos))
	for _, e := range linuxErrnos {
		setAttr(m, e.name, object.Int(int64(e.value)))
		if err := codes.Set(object.Int(int64(e.value)), object.NewStr(e.name)); err != nil {
			return nil, err
		}
	}
	setAttr(m, "errorcode", object.FromObject(codes))
	return m, nil
}

// strerror is C's strerror on Linux (glibc's texts).
func strerror(code int) string {
	if code >= 0 && code < len(strerrorText) {
		return strerrorText[code]
	}
	return "Unknown error " + strconv.Itoa(code)
}

// errnoSubclass is CPython's errnomap: the OSError subclass raised for an
// errno.
func errnoSubclass(code syscall.Errno) *object.Type {
	switch code {
	case syscall.EAGAIN, syscall.EALREADY, syscall.EINPROGRESS:
		return object.BlockingIOError
	case syscall.ECHILD:
		return object.ChildProcessError
	case syscall.EPIPE, syscall.ESHUTDOWN:
		return object.BrokenPipeError
	case syscall.ECONNABORTED:
		return object.ConnectionAbortedError
	case syscall.ECONNREFUSED:
		return object.ConnectionRefusedError
	case syscall.ECONNRESET:
		return object.ConnectionResetError
	case syscall.EEXIST:
		return object.FileExistsError
	case syscall.ENOENT:
		return object.FileNotFoundError
	case syscall.EISDIR:
		return object.IsADirectoryError
	case syscall.ENOTDIR:
		return object.NotADirectoryError
	case syscall.EINTR:
		return object.InterruptedError
	case syscall.EACCES, syscall.EPERM:
		return object.PermissionError
	case syscall.ESRCH:
		return object.ProcessLookupError
	case syscall.ETIMEDOUT:
		return object.TimeoutError
	}
	return object.OSError
}

// errnoError is PyErr_SetFromErrnoWithFilenameObjects: the OSError
// subclass for code, with strerror's text and the file names given (none,
// one, or two; a Null one is skipped).
func errnoError(code syscall.Errno, filenames ...object.Value) error {
	args := []object.Value{object.Int(int64(code)), object.NewStr(strerror(int(code)))}
	switch {
	case len(filenames) >= 2 && !filenames[1].IsNull():
		f1 := filenames[0]
		if f1.IsNull() {
			f1 = object.None
		}
		args = append(args, f1, object.None, filenames[1])
	case len(filenames) >= 1 && !filenames[0].IsNull():
		args = append(args, filenames[0])
	}
	return object.NewException(errnoSubclass(code), args...)
}

// osErrorOf turns the error of a Go system call into the Python exception
// CPython raises for it: the errno's OSError subclass for a syscall.Errno
// (bare or inside *fs.PathError, *os.LinkError, *os.SyscallError), Python
// exceptions unchanged, OSError with the message otherwise.
func osErrorOf(err error, filenames ...object.Value) error {
	if err == nil {
		return nil
	}
	var pe *object.BaseException
	if errors.As(err, &pe) {
		return pe
	}
	var code syscall.Errno
	if errors.As(err, &code) {
		return errnoError(code, filenames...)
	}
	var pathErr *fs.PathError
	var linkErr *os.LinkError
	switch {
	case errors.As(err, &pathErr):
		err = pathErr.Err
	case errors.As(err, &linkErr):
		err = linkErr.Err
	}
	return object.Errorf(object.OSError, "%s", err.Error())
}
