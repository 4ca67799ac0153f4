package native

import (
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// termios: the POSIX terminal interface (tcgetattr, tcsetattr, ...), as
// CPython 3.10 builds it over glibc on Linux: the attributes are a list
// [iflag, oflag, cflag, lflag, ispeed, ospeed, cc] whose cc has glibc's
// 32 entries (the kernel fills the first 19), each a one-byte bytes
// object except VMIN and VTIME, which are ints in non-canonical mode.

func init() { register("termios", newTermiosModule) }

const (
	termiosNCCS = 32 // glibc's struct termios; the kernel's has 19
	cbaudMask   = unix.CBAUD | unix.CBAUDEX
	maxBaud     = unix.B4000000
)

// termiosError raises termios.error(errno, strerror).
func termiosError(errT *object.Type, err error) error {
	en, ok := err.(syscall.Errno)
	if !ok {
		return err
	}
	return object.NewException(errT, object.Int(int64(en)), object.NewStr(strerror(int(en))))
}

func newTermiosModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("termios", "This module provides an interface to the Posix calls for tty I/O control.\n"+
		"For a complete description of these calls, see the Posix or Unix manual\n"+
		"pages. It is only available for those Unix versions that support Posix\n"+
		"termios style tty I/O control.\n\n"+
		"All functions in this module take a file descriptor fd as their first\n"+
		"argument. This can be an integer file descriptor, such as returned by\n"+
		"sys.stdin.fileno(), or a file object, such as sys.stdin itself.")
	errT := newException("termios", "error", object.Exception)
	def := func(name, doc string, nargs int, fn func(fd int, args []object.Value) (object.Value, error)) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			// METH_O for one argument, Argument Clinic's positional
			// check otherwise; keywords are refused with the module's name.
			if len(kw) > 0 {
				return object.Null, object.NoKwargs("termios."+name, kw)
			}
			if nargs == 1 && len(args) != 1 {
				return object.Null, object.Errorf(object.TypeError, "termios.%s() takes exactly one argument (%d given)", name, len(args))
			}
			if err := object.CheckPositional(name, len(args), nargs, nargs); err != nil {
				return object.Null, err
			}
			fd, err := fdArgOrFileno(args[0])
			if err != nil {
				return object.Null, err
			}
			return fn(fd, args[1:])
		})
		setFuncDoc(m, name, doc)
	}
	intArg := func(v object.Value) (int, error) { return cIntArg(v) }
	def("tcgetattr", "Get the tty attributes for file descriptor fd.\n\n"+
		"Returns a list [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]\n"+
		"where cc is a list of the tty special characters (each a string of\n"+
		"length 1, except the items with indices VMIN and VTIME, which are\n"+
		"integers when these fields are defined).  The interpretation of the\n"+
		"flags and the speeds as well as the indexing in the cc array must be\n"+
		"done using the symbolic constants defined in this module.", 1,
		func(fd int, _ []object.Value) (object.Value, error) {
			t, err := unix.IoctlGetTermios(fd, unix.TCGETS)
			if err != nil {
				return object.Null, termiosError(errT, err)
			}
			cc := make([]object.Value, termiosNCCS)
			for i := range cc {
				var c byte
				if i < len(t.Cc) {
					c = t.Cc[i]
				}
				cc[i] = object.NewBytes([]byte{c})
			}
			if t.Lflag&unix.ICANON == 0 {
				cc[unix.VMIN] = object.Int(int64(t.Cc[unix.VMIN]))
				cc[unix.VTIME] = object.Int(int64(t.Cc[unix.VTIME]))
			}
			speed := object.Int(int64(t.Cflag & cbaudMask)) // glibc's cfgetispeed and cfgetospeed
			return object.FromObject(object.NewList(object.Int(int64(t.Iflag)), object.Int(int64(t.Oflag)),
				object.Int(int64(t.Cflag)), object.Int(int64(t.Lflag)), speed, speed,
				object.FromObject(object.NewList(cc...)))), nil
		})
	def("tcsetattr", "Set the tty attributes for file descriptor fd.\n\n"+
		"The attributes to be set are taken from the attributes argument, which\n"+
		"is a list like the one returned by tcgetattr(). The when argument\n"+
		"determines when the attributes are changed: termios.TCSANOW to\n"+
		"change immediately, termios.TCSADRAIN to change after transmitting all\n"+
		"queued output, or termios.TCSAFLUSH to change after transmitting all\n"+
		"queued output and discarding all queued input.", 3,
		func(fd int, args []object.Value) (object.Value, error) {
			when, err := intArg(args[0])
			if err != nil {
				return object.Null, err
			}
			l, ok := object.Unwrap(args[1]).Object().(*object.List)
			if !ok || len(l.Items) != 7 {
				return object.Null, object.Errorf(object.TypeError, "tcsetattr, arg 3: must be 7 element list")
			}
			// The old mode first, for the fields the list does not set.
			t, err := unix.IoctlGetTermios(fd, unix.TCGETS)
			if err != nil {
				return object.Null, termiosError(errT, err)
			}
			var flags [6]int64
			for i := range flags {
				if flags[i], err = cLongArg(l.Items[i]); err != nil {
					return object.Null, err
				}
			}
			t.Iflag, t.Oflag, t.Cflag, t.Lflag = uint32(flags[0]), uint32(flags[1]), uint32(flags[2]), uint32(flags[3])
			cc, ok := object.Unwrap(l.Items[6]).Object().(*object.List)
			if !ok || len(cc.Items) != termiosNCCS {
				return object.Null, object.Errorf(object.TypeError, "tcsetattr: attributes[6] must be %d element list", termiosNCCS)
			}
			for i, v := range cc.Items {
				var c byte
				if b, ok := object.Unwrap(v).Object().(*object.Bytes); ok && len(b.B) == 1 {
					c = b.B[0]
				} else if object.TypeOf(v).IsSubtype(object.IntType) {
					n, err := cLongArg(v)
					if err != nil {
						return object.Null, err
					}
					c = byte(n)
				} else {
					return object.Null, object.Errorf(object.TypeError, "tcsetattr: elements of attributes must be characters or integers")
				}
				if i < len(t.Cc) {
					t.Cc[i] = c
				}
			}
			// glibc's cfsetispeed (0 leaves the speed alone) and cfsetospeed:
			// a speed must be one of the B constants.
			for i, s := range []uint32{uint32(flags[4]), uint32(flags[5])} {
				if s&^unix.CBAUD != 0 && (s < unix.B57600 || s > maxBaud) {
					return object.Null, termiosError(errT, syscall.EINVAL)
				}
				if i == 0 && s == 0 {
					continue
				}
				t.Cflag = t.Cflag&^cbaudMask | s
			}
			var req uint
			switch when {
			case 0: // TCSANOW
				req = unix.TCSETS
			case 1: // TCSADRAIN
				req = unix.TCSETSW
			case 2: // TCSAFLUSH
				req = unix.TCSETSF
			default:
				return object.Null, termiosError(errT, syscall.EINVAL)
			}
			if err := unix.IoctlSetTermios(fd, req, t); err != nil {
				return object.Null, termiosError(errT, err)
			}
			return object.None, nil
		})
	ioctlInt := func(name, doc string, req uint, value func(n int) int) {
		def(name, doc, 2, func(fd int, args []object.Value) (object.Value, error) {
			n, err := intArg(args[0])
			if err != nil {
				return object.Null, err
			}
			r, v := req, value(n)
			if name == "tcsendbreak" && n > 0 {
				r = unix.TCSBRKP // glibc: a duration in tenths of a second
			}
			if err := unix.IoctlSetInt(fd, r, v); err != nil {
				return object.Null, termiosError(errT, err)
			}
			return object.None, nil
		})
	}
	ioctlInt("tcsendbreak", "Send a break on file descriptor fd.\n\n"+
		"A zero duration sends a break for 0.25-0.5 seconds; a nonzero duration\n"+
		"has a system dependent meaning.", unix.TCSBRK, func(n int) int {
		if n <= 0 {
			return 0
		}
		return (n + 99) / 100
	})
	def("tcdrain", "Wait until all output written to file descriptor fd has been transmitted.", 1,
		func(fd int, _ []object.Value) (object.Value, error) {
			if err := unix.IoctlSetInt(fd, unix.TCSBRK, 1); err != nil {
				return object.Null, termiosError(errT, err)
			}
			return object.None, nil
		})
	ioctlInt("tcflush", "Discard queued data on file descriptor fd.\n\n"+
		"The queue selector specifies which queue: termios.TCIFLUSH for the input\n"+
		"queue, termios.TCOFLUSH for the output queue, or termios.TCIOFLUSH for\n"+
		"both queues.", unix.TCFLSH, func(n int) int { return n })
	ioctlInt("tcflow", "Suspend or resume input or output on file descriptor fd.\n\n"+
		"The action argument can be termios.TCOOFF to suspend output,\n"+
		"termios.TCOON to restart output, termios.TCIOFF to suspend input,\n"+
		"or termios.TCION to restart input.", unix.TCXONC, func(n int) int { return n })
	for _, c := range termiosConstants {
		setAttr(m, c.name, object.Int(c.v))
	}
	setAttr(m, "error", object.FromObject(errT))
	return m, nil
}
