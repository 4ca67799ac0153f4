package native

import (
	"fmt"
	"math"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// The select module of Linux: select(), poll objects and epoll objects,
// which selectors (and so asyncio) are built on. Every wait is poll(2)
// that a signal interrupts (pollSignals): the handler runs, and the wait
// goes on with the time left unless the handler raised (PEP 475).

func init() { register("select", newSelectModule) }

var (
	pollType  = object.NewBuiltinType("select.poll", nil)
	epollType = object.NewBaseType("select.epoll", nil)
)

// pollObject is a select.poll.
type pollObject struct {
	fds   map[int]int16 // registered descriptors and their event masks
	order []int         // registration order (poll's results follow it)
	in    *vm.Interp
	busy  bool
}

// Type returns select.poll.
func (p *pollObject) Type() *object.Type { return pollType }

// epollObject is a select.epoll.
type epollObject struct {
	fd int // -1 once closed
	in *vm.Interp
}

// Type returns select.epoll.
func (e *epollObject) Type() *object.Type { return epollType }

// selectTimeout is the timeout of select() and epoll.poll(): seconds (an
// int or float) or None for no limit.
func selectTimeout(v object.Value, msg string) (time.Duration, error) {
	if v.IsNull() || v.IsNone() {
		return -1, nil
	}
	if !object.TypeOf(v).IsSubtype(object.FloatType) && !isIndexable(v) {
		return 0, object.Errorf(object.TypeError, "%s", msg)
	}
	ns, err := pyTimeFromSeconds(v, roundAway)
	if err != nil {
		return 0, err
	}
	return time.Duration(ns), nil
}

func newSelectModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("select", "This module supports asynchronous I/O on multiple file descriptors.\n\n"+
		"*** IMPORTANT NOTICE ***\n"+
		"On Windows, only sockets are supported; on Unix, all file descriptors.")
	setAttr(m, "error", object.FromObject(object.OSError))
	for _, c := range []struct {
		name string
		v    int64
	}{{"POLLIN", unix.POLLIN}, {"POLLPRI", unix.POLLPRI}, {"POLLOUT", unix.POLLOUT}, {"POLLERR", unix.POLLERR},
		{"POLLHUP", unix.POLLHUP}, {"POLLNVAL", unix.POLLNVAL}, {"POLLRDNORM", 0x40},
		{"POLLRDBAND", 0x80}, {"POLLWRNORM", 0x100}, {"POLLWRBAND", 0x200},
		{"POLLMSG", 0x400}, {"POLLRDHUP", unix.POLLRDHUP},
		{"EPOLLIN", unix.EPOLLIN}, {"EPOLLOUT", unix.EPOLLOUT}, {"EPOLLPRI", unix.EPOLLPRI}, {"EPOLLERR", unix.EPOLLERR},
		{"EPOLLHUP", unix.EPOLLHUP}, {"EPOLLET", unix.EPOLLET}, {"EPOLLONESHOT", unix.EPOLLONESHOT},
		{"EPOLLEXCLUSIVE", unix.EPOLLEXCLUSIVE}, {"EPOLLRDHUP", unix.EPOLLRDHUP}, {"EPOLLRDNORM", unix.EPOLLRDNORM},
		{"EPOLLRDBAND", unix.EPOLLRDBAND}, {"EPOLLWRNORM", unix.EPOLLWRNORM}, {"EPOLLWRBAND", unix.EPOLLWRBAND},
		{"EPOLLMSG", unix.EPOLLMSG}, {"EPOLL_CLOEXEC", unix.EPOLL_CLOEXEC}, {"PIPE_BUF", 4096}} {
		setAttr(m, c.name, object.Int(c.v))
	}
	defFunc(m, "select", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("select", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("select", len(args), 3, 4); err != nil {
			return object.Null, err
		}
		timeout := time.Duration(-1)
		if len(args) == 4 {
			var err error
			if timeout, err = selectTimeout(args[3], "timeout must be a float or None"); err != nil {
				return object.Null, err
			}
			if timeout < 0 && !args[3].IsNone() {
				return object.Null, object.Errorf(object.ValueError, "timeout must be non-negative")
			}
		}
		return selectFDs(in, args[0], args[1], args[2], timeout)
	})
	defFunc(m, "poll", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("select.poll", args, kw); err != nil {
			return object.Null, err
		}
		return object.FromObject(&pollObject{fds: map[int]int16{}, in: in}), nil
	})
	epollType.SetNew(func(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := parseKw("epoll", args, kw, []string{"sizehint", "flags"}, 2, 0, a[:]); err != nil {
			return object.Null, err
		}
		sizehint, err := intArgOr(a[0], -1)
		if err != nil {
			return object.Null, err
		}
		flags, err := intArgOr(a[1], 0)
		if err != nil {
			return object.Null, err
		}
		if sizehint == 0 || sizehint < -1 {
			return object.Null, object.Errorf(object.ValueError, "negative sizehint")
		}
		if flags != 0 && flags != unix.EPOLL_CLOEXEC {
			return object.Null, object.Errorf(object.OSError, "invalid flags")
		}
		fd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.WrapBuiltin(t, object.FromObject(&epollObject{fd: fd, in: in})), nil
	}, nil)
	epollType.AddClassMethod("fromfd", func(cls object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("fromfd", args, kw); err != nil {
			return object.Null, err
		}
		fd, err := cIntArgClinic(args[0])
		if err != nil {
			return object.Null, err
		}
		return object.WrapBuiltin(cls.Object().(*object.Type), object.FromObject(&epollObject{fd: fd, in: in})), nil
	})
	setAttr(m, "epoll", object.FromObject(epollType))
	return m, nil
}

// selectFDs is select.select on poll(2): the objects of each list that
// are ready, in the lists' order.
func selectFDs(in *vm.Interp, rl, wl, xl object.Value, timeout time.Duration) (object.Value, error) {
	var lists [3][]object.Value
	for i, l := range []object.Value{rl, wl, xl} {
		items, err := object.ToSlice(l)
		if err != nil {
			if object.ExceptionMatches(err, object.TypeError) {
				return object.Null, object.Errorf(object.TypeError, "arguments 1-3 must be sequences")
			}
			return object.Null, err
		}
		lists[i] = items
	}
	events := [3]int16{unix.POLLIN, unix.POLLOUT, unix.POLLPRI}
	var pfds []unix.PollFd
	var where [][2]int // list, index for each pollfd entry
	for li, items := range lists {
		for ii, obj := range items {
			fd, err := fdArgOrFileno(obj)
			if err != nil {
				return object.Null, err
			}
			if fd >= 1024 {
				return object.Null, object.Errorf(object.ValueError, "filedescriptor out of range in select()")
			}
			pfds = append(pfds, unix.PollFd{Fd: int32(fd), Events: events[li]})
			where = append(where, [2]int{li, ii})
		}
	}
	if _, err := pollSignals(in, pfds, timeout); err != nil {
		return object.Null, osErrorOf(err)
	}
	var out [3][]object.Value
	for i, p := range pfds {
		if p.Revents&unix.POLLNVAL != 0 {
			return object.Null, errnoError(syscall.EBADF)
		}
		li, ii := where[i][0], where[i][1]
		ready := false
		switch li {
		case 0:
			ready = p.Revents&(unix.POLLIN|unix.POLLHUP|unix.POLLERR) != 0
		case 1:
			ready = p.Revents&(unix.POLLOUT|unix.POLLERR) != 0
		case 2:
			ready = p.Revents&unix.POLLPRI != 0
		}
		if ready {
			out[li] = append(out[li], lists[li][ii])
		}
	}
	return object.TupleValue(object.ListValue(out[0]...), object.ListValue(out[1]...), object.ListValue(out[2]...)), nil
}

// eventMask is poll's event-mask converter (an unsigned short).
func eventMask(v object.Value) (int16, error) {
	if !object.TypeOf(v).IsSubtype(object.IntType) {
		return 0, object.Errorf(object.TypeError, "an integer is required")
	}
	n, ok := object.Unwrap(v).AsInt()
	switch {
	case ok && n < 0:
		return 0, object.Errorf(object.ValueError, "value must be positive")
	case !ok || n > 0xFFFF:
		return 0, object.Errorf(object.OverflowError, "Python int too large for C unsigned short")
	}
	return int16(uint16(n)), nil
}

func init() {
	pollType.Qualname = "poll"
	pollType.New = nil
	epollType.Qualname = "epoll"
	epollType.SetFinal()
	po := func(self object.Value) *pollObject { return object.Unwrap(self).Object().(*pollObject) }
	pollType.AddMethod("register", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("register", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("register", len(args), 1, 2); err != nil {
			return object.Null, err
		}
		fd, err := fdArgOrFileno(args[0])
		if err != nil {
			return object.Null, err
		}
		mask := int16(unix.POLLIN | unix.POLLPRI | unix.POLLOUT)
		if len(args) == 2 {
			if mask, err = eventMask(args[1]); err != nil {
				return object.Null, err
			}
		}
		p := po(self)
		if _, ok := p.fds[fd]; !ok {
			p.order = append(p.order, fd)
		}
		p.fds[fd] = mask
		return object.None, nil
	})
	pollType.AddMethod("modify", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("modify", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("modify", len(args), 2, 2); err != nil {
			return object.Null, err
		}
		fd, err := fdArgOrFileno(args[0])
		if err != nil {
			return object.Null, err
		}
		mask, err := eventMask(args[1])
		if err != nil {
			return object.Null, err
		}
		p := po(self)
		if _, ok := p.fds[fd]; !ok {
			return object.Null, errnoError(syscall.ENOENT)
		}
		p.fds[fd] = mask
		return object.None, nil
	})
	pollType.AddMethod("unregister", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("unregister", args, kw); err != nil {
			return object.Null, err
		}
		fd, err := fdArgOrFileno(args[0])
		if err != nil {
			return object.Null, err
		}
		p := po(self)
		if _, ok := p.fds[fd]; !ok {
			return object.Null, object.NewException(object.KeyError, object.Int(int64(fd)))
		}
		delete(p.fds, fd)
		for i, f := range p.order {
			if f == fd {
				p.order = append(p.order[:i], p.order[i+1:]...)
				break
			}
		}
		return object.None, nil
	})
	pollType.AddMethod("poll", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("poll", kw); err != nil {
			return object.Null, err
		}
		if err := object.CheckPositional("poll", len(args), 0, 1); err != nil {
			return object.Null, err
		}
		timeout := time.Duration(-1)
		if len(args) == 1 && !args[0].IsNone() {
			v := args[0]
			if !object.TypeOf(v).IsSubtype(object.FloatType) && !isIndexable(v) {
				return object.Null, object.Errorf(object.TypeError, "timeout must be an integer or None")
			}
			ns, err := pyTimeFromMillis(v)
			if err != nil {
				return object.Null, err
			}
			if ns >= 0 {
				timeout = time.Duration(ns)
			}
		}
		p := po(self)
		if p.busy {
			return object.Null, object.Errorf(object.RuntimeError, "concurrent poll() invocation")
		}
		pfds := make([]unix.PollFd, len(p.order))
		for i, fd := range p.order {
			pfds[i] = unix.PollFd{Fd: int32(fd), Events: p.fds[fd]}
		}
		p.busy = true
		_, err := pollSignals(p.in, pfds, timeout)
		p.busy = false
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		var out []object.Value
		for _, pf := range pfds {
			if pf.Revents != 0 {
				out = append(out, object.TupleValue(object.Int(int64(pf.Fd)), object.Int(int64(uint16(pf.Revents)))))
			}
		}
		return object.ListValue(out...), nil
	})

	ep := func(self object.Value) (*epollObject, error) {
		e, ok := object.Unwrap(self).Object().(*epollObject)
		if !ok {
			return nil, object.Errorf(object.TypeError, "descriptor requires a 'select.epoll' object but received a '%s'", object.TypeOf(self).Name)
		}
		return e, nil
	}
	open := func(self object.Value) (*epollObject, error) {
		e, err := ep(self)
		if err != nil {
			return nil, err
		}
		if e.fd < 0 {
			return nil, object.Errorf(object.ValueError, "I/O operation on closed epoll object")
		}
		return e, nil
	}
	epollType.AddGetter("closed", func(self object.Value) (object.Value, error) {
		e, err := ep(self)
		if err != nil {
			return object.Null, err
		}
		return object.Bool(e.fd < 0), nil
	})
	closeFn := func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		e, err := ep(self)
		if err != nil {
			return object.Null, err
		}
		if e.fd >= 0 {
			fd := e.fd
			e.fd = -1
			if err := unix.Close(fd); err != nil {
				return object.Null, osErrorOf(err)
			}
		}
		return object.None, nil
	}
	epollType.AddMethod("close", closeFn)
	epollType.AddMethod("fileno", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		e, err := open(self)
		if err != nil {
			return object.Null, err
		}
		return object.Int(int64(e.fd)), nil
	})
	epollType.AddMethod("__enter__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if _, err := open(self); err != nil {
			return object.Null, err
		}
		return self, nil
	})
	epollType.AddMethod("__exit__", closeFn)
	ctl := func(name string, op int, withMask bool) {
		epollType.AddMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			names := []string{"fd"}
			if withMask {
				names = append(names, "eventmask")
			}
			a := make([]object.Value, len(names))
			nreq := 1
			if name == "modify" {
				nreq = 2
			}
			if err := parseKw(name, args, kw, names, len(names), nreq, a); err != nil {
				return object.Null, err
			}
			e, err := open(self)
			if err != nil {
				return object.Null, err
			}
			fd, err := fdArgOrFileno(a[0])
			if err != nil {
				return object.Null, err
			}
			mask := uint32(unix.EPOLLIN | unix.EPOLLPRI | unix.EPOLLOUT)
			if withMask && !a[1].IsNull() {
				n, err := cLongArg(a[1])
				if err != nil {
					return object.Null, err
				}
				mask = uint32(n)
			}
			ev := &unix.EpollEvent{Events: mask, Fd: int32(fd)}
			if op == unix.EPOLL_CTL_DEL {
				ev = &unix.EpollEvent{}
			}
			if err := unix.EpollCtl(e.fd, op, fd, ev); err != nil {
				return object.Null, osErrorOf(err)
			}
			return object.None, nil
		})
	}
	ctl("register", unix.EPOLL_CTL_ADD, true)
	ctl("modify", unix.EPOLL_CTL_MOD, true)
	ctl("unregister", unix.EPOLL_CTL_DEL, false)
	epollType.AddMethod("poll", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := parseKw("poll", args, kw, []string{"timeout", "maxevents"}, 2, 0, a[:]); err != nil {
			return object.Null, err
		}
		e, err := open(self)
		if err != nil {
			return object.Null, err
		}
		timeout, err := selectTimeout(a[0], "timeout must be an integer or None")
		if err != nil {
			return object.Null, err
		}
		if timeout < 0 {
			timeout = -1
		}
		maxevents, err := intArgOr(a[1], -1)
		if err != nil {
			return object.Null, err
		}
		if maxevents == -1 {
			maxevents = 1023
		} else if maxevents < 1 {
			return object.Null, object.Errorf(object.ValueError, "maxevents must be greater than 0, got %d", maxevents)
		}
		// The epoll descriptor is readable when events wait: wait on it
		// interruptibly, then collect them without blocking.
		if _, err := pollSignals(e.in, []unix.PollFd{{Fd: int32(e.fd), Events: unix.POLLIN}}, timeout); err != nil {
			return object.Null, osErrorOf(err)
		}
		evs := make([]unix.EpollEvent, maxevents)
		var n int
		for {
			n, err = unix.EpollWait(e.fd, evs, 0)
			if err != syscall.EINTR {
				break
			}
		}
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		out := make([]object.Value, n)
		for i := range out {
			out[i] = object.TupleValue(object.Int(int64(evs[i].Fd)), object.Int(int64(evs[i].Events)))
		}
		return object.ListValue(out...), nil
	})
	epollType.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.NewStr(fmt.Sprintf("<%s object at %#x>", object.TypeOf(self).Name, object.ObjectID(self.Object()))), nil
	})
}

// pyTimeFromMillis is poll()'s timeout: milliseconds (int or float,
// rounded up) to nanoseconds; negative means no limit.
func pyTimeFromMillis(v object.Value) (int64, error) {
	if object.TypeOf(v).IsSubtype(object.FloatType) {
		f, err := object.ToFloat(v)
		if err != nil {
			return 0, err
		}
		if math.IsNaN(f) {
			return 0, object.Errorf(object.ValueError, "Invalid value NaN (not a number)")
		}
		d := math.Ceil(f * 1e6)
		if !(d >= -9.223372036854775808e18 && d < 9.223372036854775808e18) {
			return 0, object.Errorf(object.OverflowError, "timestamp too large to convert to C _PyTime_t")
		}
		return int64(d), nil
	}
	r, err := object.Index(v)
	if err != nil {
		return 0, err
	}
	n, ok := r.AsInt()
	if !ok || n > math.MaxInt64/int64(1e6) || n < math.MinInt64/int64(1e6) {
		return 0, object.Errorf(object.OverflowError, "timestamp too large to convert to C _PyTime_t")
	}
	return n * 1e6, nil
}
