package native

import (
	"math"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// Argument conversions of CPython's argument parsers for C integer types,
// shared by the operating-system modules (posix, time, _signal, select,
// _socket, ...), with CPython 3.10's messages.

// cLongArg is the "l" format unit: __index__, then a C long.
func cLongArg(v object.Value) (int64, error) {
	if v.IsInt() {
		return v.RawInt(), nil
	}
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

// cIntArg is the "i" format unit: __index__, then a C int.
func cIntArg(v object.Value) (int, error) {
	r, err := object.Index(v)
	if err != nil {
		return 0, err
	}
	n, ok := r.AsInt()
	if !ok || n > math.MaxInt32 {
		if big, isBig := object.ToBigInt(r); (isBig && big.Sign() < 0) || (ok && n < 0) {
			return 0, object.Errorf(object.OverflowError, "signed integer is less than minimum")
		}
		return 0, object.Errorf(object.OverflowError, "signed integer is greater than maximum")
	}
	if n < math.MinInt32 {
		return 0, object.Errorf(object.OverflowError, "signed integer is less than minimum")
	}
	return int(n), nil
}

// cIntArgClinic is Argument Clinic's int converter (_PyLong_AsInt): the
// same as "i" but with "Python int too large to convert to C int" for
// values out of range.
func cIntArgClinic(v object.Value) (int, error) {
	r, err := object.Index(v)
	if err != nil {
		return 0, err
	}
	n, ok := r.AsInt()
	if !ok || n > math.MaxInt32 || n < math.MinInt32 {
		return 0, object.Errorf(object.OverflowError, "Python int too large to convert to C int")
	}
	return int(n), nil
}

// strArg returns v's Go string when it is a str (or subclass), or a
// TypeError "<fname>() argument <n> must be str, not <type>".
func strArg(fname string, argn int, v object.Value) (string, error) {
	if s, ok := object.Unwrap(v).Object().(*object.Str); ok {
		return s.S, nil
	}
	return "", object.Errorf(object.TypeError, "%s() argument %d must be str, not %s", fname, argn, object.TypeOf(v).Name)
}

// importModule imports a module by name as PyImport_ImportModule does
// (through the interpreter's __import__).
func importModule(in *vm.Interp, name string) (object.Value, error) {
	imp, ok := in.Builtins.GetStr("__import__")
	if !ok {
		return object.Null, object.Errorf(object.ImportError, "__import__ not found")
	}
	return object.Call(imp, []object.Value{object.NewStr(name)}, nil)
}

// parseTupleCount is PyArg_ParseTuple's check of the argument count, with
// its messages ("f() takes at most 2 arguments (3 given)").
func parseTupleCount(fname string, n, min, max int) error {
	s := func(k int) string {
		if k == 1 {
			return ""
		}
		return "s"
	}
	switch {
	case min == max && n != min:
		return object.Errorf(object.TypeError, "%s() takes exactly %d argument%s (%d given)", fname, min, s(min), n)
	case n < min:
		return object.Errorf(object.TypeError, "%s() takes at least %d argument%s (%d given)", fname, min, s(min), n)
	case max >= 0 && n > max:
		return object.Errorf(object.TypeError, "%s() takes at most %d argument%s (%d given)", fname, max, s(max), n)
	}
	return nil
}

// pollSignals is poll(2) that a signal interrupts: it waits for the
// events of fds (or timeout, negative for none), and when a signal
// arrives runs its handler, returning the handler's exception or going
// on waiting, as CPython's calls do on EINTR (PEP 475). It returns the
// number of ready descriptors, 0 on timeout.
func pollSignals(in *vm.Interp, fds []unix.PollFd, timeout time.Duration) (int, error) {
	if err := in.CheckSignals(); err != nil {
		return 0, err
	}
	n, err := unix.Poll(fds, 0)
	if err == nil && (n > 0 || timeout == 0) {
		return n, nil
	}
	if err != nil && err != syscall.EINTR {
		return 0, err
	}
	efd, err := unix.Eventfd(0, unix.EFD_CLOEXEC|unix.EFD_NONBLOCK)
	if err != nil {
		return 0, err
	}
	defer unix.Close(efd)
	all := append(append(make([]unix.PollFd, 0, len(fds)+1), fds...), unix.PollFd{Fd: int32(efd), Events: unix.POLLIN})
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	for {
		ms := -1
		if timeout >= 0 {
			left := time.Until(deadline)
			if left <= 0 {
				return 0, nil
			}
			ms = int((left + time.Millisecond - 1) / time.Millisecond)
		}
		done := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case <-in.SignalWake():
				one := [8]byte{1}
				unix.Write(efd, one[:])
			case <-done:
			}
		}()
		for i := range all {
			all[i].Revents = 0
		}
		var n int
		var err error
		in.BlockingCall(func() { n, err = unix.Poll(all, ms) })
		close(done)
		wg.Wait()
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, err
		}
		if all[len(fds)].Revents != 0 {
			var drain [8]byte
			unix.Read(efd, drain[:])
			n--
		}
		if err := in.CheckSignals(); err != nil {
			return 0, err
		}
		if n > 0 {
			for i := range fds {
				fds[i].Revents = all[i].Revents
			}
			return n, nil
		}
		if timeout == 0 {
			return 0, nil
		}
	}
}

// waitFD waits, interruptibly, until fd is ready for events when it is
// a blocking descriptor that is not ready now (a non-blocking one is left
// to fail with EAGAIN, as it does in C).
func waitFD(in *vm.Interp, fd int, events int16) error {
	fds := []unix.PollFd{{Fd: int32(fd), Events: events}}
	if n, err := unix.Poll(fds, 0); err != nil || n > 0 {
		return nil // let the call itself report a bad descriptor
	}
	fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
	if err != nil || fl&unix.O_NONBLOCK != 0 {
		return nil
	}
	_, err = pollSignals(in, fds, -1)
	return err
}
