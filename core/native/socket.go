package native

import (
	"context"
	"fmt"
	"math"
	"net"
	"strconv"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// The _socket module: socket objects over the system calls (AF_UNIX,
// AF_INET and AF_INET6 addresses), with CPython's timeout model (None:
// blocking, 0: non-blocking, > 0: waits that end in TimeoutError), every
// wait interruptible by signals; socketpair, name and address resolution
// (Go's resolver: /etc/hosts, then DNS), /etc/services and
// /etc/protocols lookups, and the address conversions. Lib's socket.py
// and asyncio's event loop are built on it.

func init() { register("_socket", newSocketModule) }

// socketModule is one interpreter's _socket.
type socketModule struct {
	in             *vm.Interp
	typ            *object.Type
	defaultTimeout time.Duration // -1: None
	gaierror       *object.Type
	herror         *object.Type
}

// socketObject is a _socket.socket.
type socketObject struct {
	fd                int
	family, typ, prot int
	timeout           time.Duration // -1: blocking, 0: non-blocking
	sm                *socketModule
}

// Type returns the module's socket type.
func (s *socketObject) Type() *object.Type { return s.sm.typ }

func (sm *socketModule) sock(self object.Value) (*socketObject, error) {
	s, ok := object.Unwrap(self).Object().(*socketObject)
	if !ok {
		return nil, object.Errorf(object.TypeError, "descriptor requires a '_socket.socket' object but received a '%s'", object.TypeOf(self).Name)
	}
	return s, nil
}

// timeoutArg is socket_parse_timeout: None, or non-negative seconds.
func timeoutArg(v object.Value) (time.Duration, error) {
	if v.IsNone() {
		return -1, nil
	}
	ns, err := pyTimeFromSeconds(v, roundAway)
	if err != nil {
		return 0, err
	}
	if ns < 0 {
		return 0, object.Errorf(object.ValueError, "Timeout value out of range")
	}
	return time.Duration(ns), nil
}

func timeoutValue(d time.Duration) object.Value {
	if d < 0 {
		return object.None
	}
	return object.Float(nanosToSeconds(int64(d)))
}

// timedOut is the TimeoutError("timed out") of socket operations.
func timedOut() error { return object.NewException(object.TimeoutError, object.NewStr("timed out")) }

// call runs a socket operation with the socket's timeout: non-blocking
// sockets try once; others wait (interruptibly) for the descriptor to be
// ready, within the timeout, and try again while the call would block.
func (s *socketObject) call(events int16, deadline time.Time, op func() error) error {
	if s.fd < 0 {
		return errnoError(syscall.EBADF)
	}
	for {
		if s.timeout != 0 {
			wait := time.Duration(-1)
			if s.timeout > 0 {
				if wait = time.Until(deadline); wait <= 0 {
					return timedOut()
				}
			}
			n, err := pollSignals(s.sm.in, []unix.PollFd{{Fd: int32(s.fd), Events: events}}, wait)
			if err != nil {
				return osErrorOf(err)
			}
			if n == 0 {
				return timedOut()
			}
		}
		err := op()
		switch {
		case err == syscall.EINTR:
			if err := s.sm.in.CheckSignals(); err != nil {
				return err
			}
			continue
		case (err == syscall.EAGAIN || err == syscall.EWOULDBLOCK) && s.timeout != 0:
			continue
		}
		if err != nil {
			return osErrorOf(err)
		}
		return nil
	}
}

func (s *socketObject) deadline() time.Time {
	if s.timeout > 0 {
		return time.Now().Add(s.timeout)
	}
	return time.Time{}
}

// setTimeout applies a timeout, putting the descriptor in non-blocking
// mode for any timeout (the waits are ours), as CPython does.
func (s *socketObject) setTimeout(d time.Duration) error {
	s.timeout = d
	if s.fd < 0 {
		return nil
	}
	if err := unix.SetNonblock(s.fd, d >= 0); err != nil {
		return osErrorOf(err)
	}
	return nil
}

// sockaddrArg is getsockaddrarg: a Python address for the socket's
// family.
func (sm *socketModule) sockaddrArg(s *socketObject, v object.Value, caller string) (unix.Sockaddr, error) {
	switch s.family {
	case unix.AF_UNIX:
		var path string
		switch p := object.Unwrap(v).Object().(type) {
		case *object.Str:
			enc, err := fsEncode(p.S)
			if err != nil {
				return nil, err
			}
			path = enc
		default:
			b, err := bufferArg(v)
			if err != nil {
				return nil, err
			}
			path = string(b)
		}
		if len(path) >= 108 {
			return nil, object.Errorf(object.OSError, "AF_UNIX path too long")
		}
		return &unix.SockaddrUnix{Name: path}, nil
	case unix.AF_INET:
		t, ok := object.Unwrap(v).Object().(*object.Tuple)
		if !ok || v.Kind() != object.KindObject {
			return nil, object.Errorf(object.TypeError, "%s(): AF_INET address must be tuple, not %s", caller, object.TypeOf(v).Name)
		}
		if len(t.Items) != 2 {
			return nil, object.Errorf(object.TypeError, "AF_INET address must be a pair (host, port)")
		}
		host, err := hostArg(t.Items[0])
		if err != nil {
			return nil, err
		}
		port, err := cIntArg(t.Items[1])
		if err != nil {
			return nil, err
		}
		if port < 0 || port > 0xffff {
			return nil, object.Errorf(object.OverflowError, "%s(): port must be 0-65535.", caller)
		}
		ip, err := sm.resolve(host, unix.AF_INET)
		if err != nil {
			return nil, err
		}
		sa := &unix.SockaddrInet4{Port: port}
		copy(sa.Addr[:], ip.To4())
		return sa, nil
	case unix.AF_INET6:
		t, ok := object.Unwrap(v).Object().(*object.Tuple)
		if !ok || v.Kind() != object.KindObject {
			return nil, object.Errorf(object.TypeError, "%s(): AF_INET6 address must be tuple, not %s", caller, object.TypeOf(v).Name)
		}
		if len(t.Items) < 2 || len(t.Items) > 4 {
			return nil, object.Errorf(object.TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
		}
		host, err := hostArg(t.Items[0])
		if err != nil {
			return nil, err
		}
		port, err := cIntArg(t.Items[1])
		if err != nil {
			return nil, err
		}
		if port < 0 || port > 0xffff {
			return nil, object.Errorf(object.OverflowError, "%s(): port must be 0-65535.", caller)
		}
		var scope int
		if len(t.Items) >= 3 {
			flow, err := cLongArg(t.Items[2])
			if err != nil {
				return nil, err
			}
			if flow < 0 || flow > 0xfffff {
				return nil, object.Errorf(object.OverflowError, "%s(): flowinfo must be 0-1048575.", caller)
			}
		}
		if len(t.Items) == 4 {
			n, err := cLongArg(t.Items[3])
			if err != nil {
				return nil, err
			}
			scope = int(n)
		}
		ip, err := sm.resolve(host, unix.AF_INET6)
		if err != nil {
			return nil, err
		}
		sa := &unix.SockaddrInet6{Port: port, ZoneId: uint32(scope)}
		copy(sa.Addr[:], ip.To16())
		return sa, nil
	}
	return nil, object.Errorf(object.OSError, "%s(): bad family", caller)
}

// hostArg reads a host name: str (IDNA, here ASCII) or bytes.
func hostArg(v object.Value) (string, error) {
	switch h := object.Unwrap(v).Object().(type) {
	case *object.Str:
		return h.S, nil
	case *object.Bytes:
		return string(h.B), nil
	case *object.ByteArray:
		return string(h.B), nil
	}
	return "", object.Errorf(object.TypeError, "str, bytes or bytearray expected, not %s", object.TypeOf(v).Name)
}

// resolve is setipaddr: "" is the wildcard, "<broadcast>" the broadcast
// address, numbers are parsed, names looked up.
func (sm *socketModule) resolve(host string, family int) (net.IP, error) {
	switch host {
	case "":
		if family == unix.AF_INET6 {
			return net.IPv6zero, nil
		}
		return net.IPv4zero, nil
	case "<broadcast>", "255.255.255.255":
		if family == unix.AF_INET {
			return net.IPv4bcast, nil
		}
	}
	if ip := parseNumericHost(host); ip != nil {
		if family == unix.AF_INET && ip.To4() == nil || family == unix.AF_INET6 && ip.To4() != nil && !isIPv6Literal(host) {
			return nil, sm.gai(-9, "Address family for hostname not supported")
		}
		return ip, nil
	}
	ips, err := lookupHost(host)
	if err != nil {
		return nil, sm.gai(-2, "Name or service not known")
	}
	for _, ip := range ips {
		if (family == unix.AF_INET) == (ip.To4() != nil) {
			return ip, nil
		}
	}
	return nil, sm.gai(-9, "Address family for hostname not supported")
}

func isIPv6Literal(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			return true
		}
	}
	return false
}

// parseNumericHost parses an IPv4 or IPv6 literal (with an optional
// %zone, which is dropped).
func parseNumericHost(host string) net.IP {
	h := host
	for i := 0; i < len(h); i++ {
		if h[i] == '%' {
			h = h[:i]
			break
		}
	}
	return net.ParseIP(h)
}

// lookupHost resolves a name through Go's resolver (/etc/hosts, DNS),
// within a few seconds.
func lookupHost(host string) ([]net.IP, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	addrs, err := net.DefaultResolver.LookupIPAddr(ctx, host)
	if err != nil {
		return nil, err
	}
	ips := make([]net.IP, len(addrs))
	for i, a := range addrs {
		ips[i] = a.IP
	}
	return ips, nil
}

// gai returns socket.gaierror(code, message).
func (sm *socketModule) gai(code int, msg string) error {
	return object.NewException(sm.gaierror, object.Int(int64(code)), object.NewStr(msg))
}

// sockaddrValue is makesockaddr: the Python form of an address.
func sockaddrValue(sa unix.Sockaddr) object.Value {
	switch a := sa.(type) {
	case *unix.SockaddrInet4:
		return object.TupleValue(object.NewStr(net.IP(a.Addr[:]).String()), object.Int(int64(a.Port)))
	case *unix.SockaddrInet6:
		return object.TupleValue(object.NewStr(net.IP(a.Addr[:]).String()), object.Int(int64(a.Port)),
			object.Int(0), object.Int(int64(a.ZoneId)))
	case *unix.SockaddrUnix:
		// x/sys/unix writes an abstract name's leading NUL as '@', and an
		// unnamed socket as "@" alone.
		name := a.Name
		if name == "@" {
			return object.NewStr("")
		}
		if len(name) > 0 && (name[0] == '@' || name[0] == 0) {
			return object.NewBytes(append([]byte{0}, name[1:]...))
		}
		return object.NewStr(fsDecode(name))
	case nil:
		return object.None
	}
	return object.None
}

func newSocketModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("_socket", "Implementation module for socket operations.\n\nSee the socket module for documentation.")
	sm := &socketModule{in: in, defaultTimeout: -1}
	for _, c := range socketConstants {
		setAttr(m, c.name, object.Int(c.value))
	}
	setAttr(m, "AF_DECnet", object.Int(12))
	setAttr(m, "has_ipv6", object.True)
	setAttr(m, "error", object.FromObject(object.OSError))
	setAttr(m, "timeout", object.FromObject(object.TimeoutError))
	mkErr := func(name string) (*object.Type, error) {
		t, err := object.NewClass(nil, name, []*object.Type{object.OSError}, object.NewDict(1))
		if err != nil {
			return nil, err
		}
		t.Dict.SetStr("__module__", object.NewStr("socket"))
		return t, nil
	}
	var err error
	if sm.gaierror, err = mkErr("gaierror"); err != nil {
		return nil, err
	}
	if sm.herror, err = mkErr("herror"); err != nil {
		return nil, err
	}
	setAttr(m, "gaierror", object.FromObject(sm.gaierror))
	setAttr(m, "herror", object.FromObject(sm.herror))
	sm.typ = sm.newSocketType()
	setAttr(m, "socket", object.FromObject(sm.typ))
	setAttr(m, "SocketType", object.FromObject(sm.typ))
	sm.addFunctions(m)
	return m, nil
}

// newSocket wraps an open descriptor.
func (sm *socketModule) newSocket(t *object.Type, fd, family, typ, proto int) (object.Value, error) {
	s := &socketObject{fd: fd, family: family, typ: typ, prot: proto, sm: sm, timeout: -1}
	if sm.defaultTimeout >= 0 {
		if err := s.setTimeout(sm.defaultTimeout); err != nil {
			return object.Null, err
		}
	}
	return object.WrapBuiltin(t, object.FromObject(s)), nil
}

func (sm *socketModule) newSocketType() *object.Type {
	t := object.NewBaseType("_socket.socket", nil)
	t.Qualname = "socket"
	doc := "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\n" +
		"socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\n" +
		"Open a socket of the given type.  The family argument specifies the\n" +
		"address family; it defaults to AF_INET.  The type argument specifies\n" +
		"whether this is a stream (SOCK_STREAM, this is the default)\n" +
		"or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,\n" +
		"specifying the default protocol.  Keyword arguments are accepted.\n" +
		"The socket is created as non-inheritable.\n\n" +
		"When a fileno is passed in, family, type and proto are auto-detected,\n" +
		"unless they are explicitly set.\n\n" +
		"A socket object represents one endpoint of a network connection."
	t.Doc = doc
	t.SetAttrString("__doc__", object.NewStr(doc))
	t.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		return object.WrapBuiltin(cls, object.FromObject(&socketObject{fd: -1, family: unix.AF_INET, typ: unix.SOCK_STREAM, sm: sm, timeout: -1})), nil
	}, func(self object.Value, args []object.Value, kw []string) error {
		s, err := sm.sock(self)
		if err != nil {
			return err
		}
		var a [4]object.Value
		if err := parseKw("socket", args, kw, []string{"family", "type", "proto", "fileno"}, 4, 0, a[:]); err != nil {
			return err
		}
		intOr := func(v object.Value) (int, error) {
			if v.IsNull() {
				return -1, nil
			}
			return cIntArgClinic(v)
		}
		family, err := intOr(a[0])
		if err != nil {
			return err
		}
		typ, err := intOr(a[1])
		if err != nil {
			return err
		}
		proto, err := intOr(a[2])
		if err != nil {
			return err
		}
		var fd int
		if !a[3].IsNull() && !a[3].IsNone() {
			if object.TypeOf(a[3]).IsSubtype(object.FloatType) {
				return object.Errorf(object.TypeError, "'float' object cannot be interpreted as an integer")
			}
			n, err := cIntArgClinic(a[3])
			if err != nil {
				return err
			}
			if n < 0 {
				return object.Errorf(object.ValueError, "negative file descriptor")
			}
			fd = n
			get := func(opt int, v *int) error {
				if *v != -1 {
					return nil
				}
				x, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, opt)
				if err != nil {
					return osErrorOf(err)
				}
				*v = x
				return nil
			}
			if err := get(unix.SO_DOMAIN, &family); err != nil {
				return err
			}
			if err := get(unix.SO_TYPE, &typ); err != nil {
				return err
			}
			if err := get(unix.SO_PROTOCOL, &proto); err != nil {
				return err
			}
		} else {
			if family == -1 {
				family = unix.AF_INET
			}
			if typ == -1 {
				typ = unix.SOCK_STREAM
			}
			if proto == -1 {
				proto = 0
			}
			fd, err = unix.Socket(family, typ|unix.SOCK_CLOEXEC, proto)
			if err != nil {
				return osErrorOf(err)
			}
		}
		if s.fd >= 0 && s.fd != fd {
			unix.Close(s.fd)
		}
		s.fd, s.family, s.typ, s.prot = fd, family, typ&^(unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC), proto
		s.timeout = -1
		if typ&unix.SOCK_NONBLOCK != 0 {
			return s.setTimeout(0)
		}
		if sm.defaultTimeout >= 0 {
			return s.setTimeout(sm.defaultTimeout)
		}
		return nil
	})
	get := func(name string, f func(s *socketObject) object.Value) {
		t.AddGetter(name, func(self object.Value) (object.Value, error) {
			s, err := sm.sock(self)
			if err != nil {
				return object.Null, err
			}
			return f(s), nil
		})
	}
	get("family", func(s *socketObject) object.Value { return object.Int(int64(s.family)) })
	get("type", func(s *socketObject) object.Value { return object.Int(int64(s.typ)) })
	get("proto", func(s *socketObject) object.Value { return object.Int(int64(s.prot)) })
	get("timeout", func(s *socketObject) object.Value { return timeoutValue(s.timeout) })
	method := func(name string, fn func(s *socketObject, args []object.Value, kw []string) (object.Value, error)) {
		t.AddMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			s, err := sm.sock(self)
			if err != nil {
				return object.Null, err
			}
			return fn(s, args, kw)
		})
	}
	noargs := func(name string, fn func(s *socketObject) (object.Value, error)) {
		method(name, func(s *socketObject, args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoArgs(name, args, kw); err != nil {
				return object.Null, err
			}
			return fn(s)
		})
	}
	onearg := func(name string, fn func(s *socketObject, v object.Value) (object.Value, error)) {
		method(name, func(s *socketObject, args []object.Value, kw []string) (object.Value, error) {
			if err := object.ExactlyOne(name, args, kw); err != nil {
				return object.Null, err
			}
			return fn(s, args[0])
		})
	}
	t.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		s, err := sm.sock(self)
		if err != nil {
			return object.Null, err
		}
		return object.NewStr(fmt.Sprintf("<socket object, fd=%d, family=%d, type=%d, proto=%d>", s.fd, s.family, s.typ, s.prot)), nil
	})
	noargs("fileno", func(s *socketObject) (object.Value, error) { return object.Int(int64(s.fd)), nil })
	noargs("close", func(s *socketObject) (object.Value, error) {
		if s.fd >= 0 {
			fd := s.fd
			s.fd = -1
			if err := unix.Close(fd); err != nil && err != syscall.ECONNRESET {
				return object.Null, osErrorOf(err)
			}
		}
		return object.None, nil
	})
	noargs("detach", func(s *socketObject) (object.Value, error) {
		fd := s.fd
		s.fd = -1
		return object.Int(int64(fd)), nil
	})
	noargs("gettimeout", func(s *socketObject) (object.Value, error) { return timeoutValue(s.timeout), nil })
	noargs("getblocking", func(s *socketObject) (object.Value, error) { return object.Bool(s.timeout != 0), nil })
	onearg("settimeout", func(s *socketObject, v object.Value) (object.Value, error) {
		d, err := timeoutArg(v)
		if err != nil {
			return object.Null, err
		}
		return object.None, s.setTimeout(d)
	})
	onearg("setblocking", func(s *socketObject, v object.Value) (object.Value, error) {
		b, err := object.Truth(v)
		if err != nil {
			return object.Null, err
		}
		if b {
			return object.None, s.setTimeout(-1)
		}
		return object.None, s.setTimeout(0)
	})
	noargs("getsockname", func(s *socketObject) (object.Value, error) {
		sa, err := unix.Getsockname(s.fd)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return sockaddrValue(sa), nil
	})
	noargs("getpeername", func(s *socketObject) (object.Value, error) {
		sa, err := unix.Getpeername(s.fd)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return sockaddrValue(sa), nil
	})
	onearg("bind", func(s *socketObject, v object.Value) (object.Value, error) {
		sa, err := sm.sockaddrArg(s, v, "bind")
		if err != nil {
			return object.Null, err
		}
		if err := unix.Bind(s.fd, sa); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	method("listen", func(s *socketObject, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("listen", kw); err != nil {
			return object.Null, err
		}
		if err := parseTupleCount("listen", len(args), 0, 1); err != nil {
			return object.Null, err
		}
		backlog := 128
		if len(args) == 1 {
			n, err := cIntArg(args[0])
			if err != nil {
				return object.Null, err
			}
			backlog = max(n, 0)
		}
		if err := unix.Listen(s.fd, backlog); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	connect := func(s *socketObject, v object.Value, caller string) (int, error) {
		sa, err := sm.sockaddrArg(s, v, caller)
		if err != nil {
			return 0, err
		}
		err = unix.Connect(s.fd, sa)
		for err == syscall.EINTR {
			if err := sm.in.CheckSignals(); err != nil {
				return 0, err
			}
			if s.timeout == 0 {
				return int(syscall.EINTR), nil
			}
			err = syscall.EINPROGRESS
		}
		if err == syscall.EINPROGRESS && s.timeout != 0 {
			var soErr int
			werr := s.call(unix.POLLOUT, s.deadline(), func() error {
				var e error
				soErr, e = unix.GetsockoptInt(s.fd, unix.SOL_SOCKET, unix.SO_ERROR)
				return e
			})
			if werr != nil {
				return 0, werr
			}
			if soErr != 0 {
				return soErr, nil
			}
			return 0, nil
		}
		if errno, ok := err.(syscall.Errno); ok {
			return int(errno), nil
		}
		if err != nil {
			return 0, osErrorOf(err)
		}
		return 0, nil
	}
	onearg("connect", func(s *socketObject, v object.Value) (object.Value, error) {
		code, err := connect(s, v, "connect")
		if err != nil {
			return object.Null, err
		}
		if code != 0 {
			return object.Null, errnoError(syscall.Errno(code))
		}
		return object.None, nil
	})
	onearg("connect_ex", func(s *socketObject, v object.Value) (object.Value, error) {
		code, err := connect(s, v, "connect_ex")
		if err != nil {
			return object.Null, err
		}
		return object.Int(int64(code)), nil
	})
	noargs("_accept", func(s *socketObject) (object.Value, error) {
		var nfd int
		var sa unix.Sockaddr
		err := s.call(unix.POLLIN, s.deadline(), func() error {
			var e error
			nfd, sa, e = unix.Accept4(s.fd, unix.SOCK_CLOEXEC)
			return e
		})
		if err != nil {
			return object.Null, err
		}
		return object.TupleValue(object.Int(int64(nfd)), sockaddrValue(sa)), nil
	})
	noargs("dup", func(s *socketObject) (object.Value, error) {
		nfd, err := unix.FcntlInt(uintptr(s.fd), unix.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return sm.newSocket(sm.typ, nfd, s.family, s.typ, s.prot)
	})
	onearg("shutdown", func(s *socketObject, v object.Value) (object.Value, error) {
		how, err := cIntArg(v)
		if err != nil {
			return object.Null, err
		}
		if err := unix.Shutdown(s.fd, how); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	sizeFlags := func(fname string, args []object.Value, kw []string, what string) (int64, int, error) {
		if err := object.NoKwargs(fname, kw); err != nil {
			return 0, 0, err
		}
		if err := parseTupleCount(fname, len(args), 1, 2); err != nil {
			return 0, 0, err
		}
		n, err := asSsize(args[0])
		if err != nil {
			return 0, 0, err
		}
		if n < 0 {
			return 0, 0, object.Errorf(object.ValueError, "negative buffersize in %s", what)
		}
		flags := 0
		if len(args) == 2 {
			if flags, err = cIntArg(args[1]); err != nil {
				return 0, 0, err
			}
		}
		return n, flags, nil
	}
	method("recv", func(s *socketObject, args []object.Value, kw []string) (object.Value, error) {
		n, flags, err := sizeFlags("recv", args, kw, "recv")
		if err != nil {
			return object.Null, err
		}
		buf := make([]byte, min(n, 1<<30))
		var got int
		err = s.call(unix.POLLIN, s.deadline(), func() error {
			var e error
			got, _, e = unix.Recvfrom(s.fd, buf, flags)
			return e
		})
		if err != nil {
			return object.Null, err
		}
		return object.NewBytes(buf[:got]), nil
	})
	method("recvfrom", func(s *socketObject, args []object.Value, kw []string) (object.Value, error) {
		n, flags, err := sizeFlags("recvfrom", args, kw, "recvfrom")
		if err != nil {
			return object.Null, err
		}
		buf := make([]byte, min(n, 1<<30))
		var got int
		var from unix.Sockaddr
		err = s.call(unix.POLLIN, s.deadline(), func() error {
			var e error
			got, from, e = unix.Recvfrom(s.fd, buf, flags)
			return e
		})
		if err != nil {
			return object.Null, err
		}
		return object.TupleValue(object.NewBytes(buf[:got]), sockaddrValue(from)), nil
	})
	intoArgs := func(fname string, args []object.Value, kw []string) (*object.ByteArray, int64, int, error) {
		var a [3]object.Value
		if err := parseKw(fname, args, kw, []string{"buffer", "nbytes", "flags"}, 3, 1, a[:]); err != nil {
			return nil, 0, 0, err
		}
		ba, ok := object.Unwrap(a[0]).Object().(*object.ByteArray)
		if !ok {
			return nil, 0, 0, object.Errorf(object.TypeError, "%s() argument 'buffer' must be read-write bytes-like object, not %s", fname, object.TypeOf(a[0]).Name)
		}
		var n int64
		if !a[1].IsNull() {
			var err error
			if n, err = asSsize(a[1]); err != nil {
				return nil, 0, 0, err
			}
		}
		if n < 0 {
			return nil, 0, 0, object.Errorf(object.ValueError, "negative buffersize in %s", fname)
		}
		if n == 0 {
			n = int64(len(ba.B))
		}
		if n > int64(len(ba.B)) {
			return nil, 0, 0, object.Errorf(object.ValueError, "buffer too small for requested bytes")
		}
		flags, err := intArgOr(a[2], 0)
		return ba, n, flags, err
	}
	method("recv_into", func(s *socketObject, args []object.Value, kw []string) (object.Value, error) {
		ba, n, flags, err := intoArgs("recv_into", args, kw)
		if err != nil {
			return object.Null, err
		}
		var got int
		err = s.call(unix.POLLIN, s.deadline(), func() error {
			var e error
			got, _, e = unix.Recvfrom(s.fd, ba.B[:n], flags)
			return e
		})
		if err != nil {
			return object.Null, err
		}
		return object.Int(int64(got)), nil
	})
	method("recvfrom_into", func(s *socketObject, args []object.Value, kw []string) (object.Value, error) {
		ba, n, flags, err := intoArgs("recvfrom_into", args, kw)
		if err != nil {
			return object.Null, err
		}
		var got int
		var from unix.Sockaddr
		err = s.call(unix.POLLIN, s.deadline(), func() error {
			var e error
			got, from, e = unix.Recvfrom(s.fd, ba.B[:n], flags)
			return e
		})
		if err != nil {
			return object.Null, err
		}
		return object.TupleValue(object.Int(int64(got)), sockaddrValue(from)), nil
	})
	dataFlags := func(fname string, args []object.Value, kw []string) ([]byte, int, error) {
		if err := object.NoKwargs(fname, kw); err != nil {
			return nil, 0, err
		}
		if err := parseTupleCount(fname, len(args), 1, 2); err != nil {
			return nil, 0, err
		}
		data, err := bufferArg(args[0])
		if err != nil {
			return nil, 0, err
		}
		flags := 0
		if len(args) == 2 {
			if flags, err = cIntArg(args[1]); err != nil {
				return nil, 0, err
			}
		}
		return data, flags, nil
	}
	send := func(s *socketObject, data []byte, flags int, deadline time.Time) (int, error) {
		var n int
		err := s.call(unix.POLLOUT, deadline, func() error {
			var e error
			n, e = unix.SendmsgN(s.fd, data, nil, nil, flags|unix.MSG_NOSIGNAL)
			return e
		})
		return n, err
	}
	method("send", func(s *socketObject, args []object.Value, kw []string) (object.Value, error) {
		data, flags, err := dataFlags("send", args, kw)
		if err != nil {
			return object.Null, err
		}
		n, err := send(s, data, flags, s.deadline())
		if err != nil {
			return object.Null, err
		}
		return object.Int(int64(n)), nil
	})
	method("sendall", func(s *socketObject, args []object.Value, kw []string) (object.Value, error) {
		data, flags, err := dataFlags("sendall", args, kw)
		if err != nil {
			return object.Null, err
		}
		deadline := s.deadline()
		for len(data) > 0 {
			n, err := send(s, data, flags, deadline)
			if err != nil {
				return object.Null, err
			}
			data = data[n:]
			if err := sm.in.CheckSignals(); err != nil {
				return object.Null, err
			}
		}
		return object.None, nil
	})
	method("sendto", func(s *socketObject, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("sendto", kw); err != nil {
			return object.Null, err
		}
		if len(args) < 2 || len(args) > 3 {
			return object.Null, object.Errorf(object.TypeError, "sendto() takes 2 or 3 arguments (%d given)", len(args))
		}
		data, err := bufferArg(args[0])
		if err != nil {
			return object.Null, err
		}
		flags, addr := 0, args[1]
		if len(args) == 3 {
			if flags, err = cIntArg(args[1]); err != nil {
				return object.Null, err
			}
			addr = args[2]
		}
		sa, err := sm.sockaddrArg(s, addr, "sendto")
		if err != nil {
			return object.Null, err
		}
		err = s.call(unix.POLLOUT, s.deadline(), func() error { return unix.Sendto(s.fd, data, flags|unix.MSG_NOSIGNAL, sa) })
		if err != nil {
			return object.Null, err
		}
		return object.Int(int64(len(data))), nil
	})
	method("getsockopt", func(s *socketObject, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("getsockopt", kw); err != nil {
			return object.Null, err
		}
		if err := parseTupleCount("getsockopt", len(args), 2, 3); err != nil {
			return object.Null, err
		}
		level, err := cIntArg(args[0])
		if err != nil {
			return object.Null, err
		}
		opt, err := cIntArg(args[1])
		if err != nil {
			return object.Null, err
		}
		if len(args) == 2 {
			v, err := unix.GetsockoptInt(s.fd, level, opt)
			if err != nil {
				return object.Null, osErrorOf(err)
			}
			return object.Int(int64(v)), nil
		}
		buflen, err := cIntArg(args[2])
		if err != nil {
			return object.Null, err
		}
		if buflen <= 0 || buflen > 1024 {
			return object.Null, object.Errorf(object.OSError, "getsockopt buflen out of range")
		}
		v, err := getsockoptBytes(s.fd, level, opt, buflen)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.NewBytes(v), nil
	})
	method("setsockopt", func(s *socketObject, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("setsockopt", kw); err != nil {
			return object.Null, err
		}
		if err := parseTupleCount("setsockopt", len(args), 3, 4); err != nil {
			return object.Null, err
		}
		level, err := cIntArg(args[0])
		if err != nil {
			return object.Null, err
		}
		opt, err := cIntArg(args[1])
		if err != nil {
			return object.Null, err
		}
		if len(args) == 4 {
			if !args[2].IsNone() {
				return object.Null, object.Errorf(object.TypeError, "setsockopt() takes 3 arguments when the value is not None")
			}
			optlen, err := cIntArg(args[3])
			if err != nil {
				return object.Null, err
			}
			if err := setsockoptRaw(s.fd, level, opt, nil, optlen); err != nil {
				return object.Null, osErrorOf(err)
			}
			return object.None, nil
		}
		if isIndexable(args[2]) {
			v, err := cIntArg(args[2])
			if err != nil {
				return object.Null, err
			}
			if err := unix.SetsockoptInt(s.fd, level, opt, v); err != nil {
				return object.Null, osErrorOf(err)
			}
			return object.None, nil
		}
		data, err := bufferArg(args[2])
		if err != nil {
			return object.Null, err
		}
		if err := setsockoptRaw(s.fd, level, opt, data, len(data)); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	return t
}

func (sm *socketModule) addFunctions(m *object.Module) {
	in := sm.in
	defFunc(m, "socketpair", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("socketpair", kw); err != nil {
			return object.Null, err
		}
		if err := parseTupleCount("socketpair", len(args), 0, 3); err != nil {
			return object.Null, err
		}
		vals := []int{unix.AF_UNIX, unix.SOCK_STREAM, 0}
		for i, a := range args {
			n, err := cIntArg(a)
			if err != nil {
				return object.Null, err
			}
			vals[i] = n
		}
		fds, err := unix.Socketpair(vals[0], vals[1]|unix.SOCK_CLOEXEC, vals[2])
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		a, err := sm.newSocket(sm.typ, fds[0], vals[0], vals[1], vals[2])
		if err != nil {
			return object.Null, err
		}
		b, err := sm.newSocket(sm.typ, fds[1], vals[0], vals[1], vals[2])
		if err != nil {
			return object.Null, err
		}
		return object.TupleValue(a, b), nil
	})
	defFunc(m, "getdefaulttimeout", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("_socket.getdefaulttimeout", args, kw); err != nil {
			return object.Null, err
		}
		return timeoutValue(sm.defaultTimeout), nil
	})
	defFunc(m, "setdefaulttimeout", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("_socket.setdefaulttimeout", args, kw); err != nil {
			return object.Null, err
		}
		d, err := timeoutArg(args[0])
		if err != nil {
			return object.Null, err
		}
		sm.defaultTimeout = d
		return object.None, nil
	})
	defFunc(m, "gethostname", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("_socket.gethostname", args, kw); err != nil {
			return object.Null, err
		}
		var u unix.Utsname
		if err := unix.Uname(&u); err != nil {
			return object.Null, osErrorOf(err)
		}
		n := 0
		for n < len(u.Nodename) && u.Nodename[n] != 0 {
			n++
		}
		return object.NewStr(fsDecode(string(u.Nodename[:n]))), nil
	})
	oneStr := func(name string, fn func(s string) (object.Value, error)) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoKwargs(name, kw); err != nil {
				return object.Null, err
			}
			if err := parseTupleCount(name, len(args), 1, 1); err != nil {
				return object.Null, err
			}
			s, err := hostArg(args[0])
			if err != nil {
				return object.Null, object.Errorf(object.TypeError, "%s() argument 1 must be str, bytes or bytearray, not %s", name, object.TypeOf(args[0]).Name)
			}
			return fn(s)
		})
	}
	oneStr("gethostbyname", func(host string) (object.Value, error) {
		ip, err := sm.resolve(host, unix.AF_INET)
		if err != nil {
			return object.Null, err
		}
		return object.NewStr(ip.String()), nil
	})
	oneStr("gethostbyname_ex", func(host string) (object.Value, error) {
		var ips []object.Value
		if ip := parseNumericHost(host); ip != nil && ip.To4() != nil {
			ips = append(ips, object.NewStr(ip.To4().String()))
		} else {
			found, err := lookupHost(host)
			if err != nil {
				return object.Null, sm.gai(-2, "Name or service not known")
			}
			for _, ip := range found {
				if ip.To4() != nil {
					ips = append(ips, object.NewStr(ip.String()))
				}
			}
		}
		return object.TupleValue(object.NewStr(host), object.ListValue(), object.ListValue(ips...)), nil
	})
	oneStr("gethostbyaddr", func(host string) (object.Value, error) {
		ip, err := sm.resolve(host, unix.AF_INET)
		if err != nil {
			if ip6, err6 := sm.resolve(host, unix.AF_INET6); err6 == nil {
				ip = ip6
			} else {
				return object.Null, err
			}
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		names, err := net.DefaultResolver.LookupAddr(ctx, ip.String())
		if err != nil || len(names) == 0 {
			return object.Null, object.NewException(sm.herror, object.Int(1), object.NewStr("Unknown host"))
		}
		trim := func(s string) string {
			if len(s) > 1 && s[len(s)-1] == '.' {
				return s[:len(s)-1]
			}
			return s
		}
		var aliases []object.Value
		for _, n := range names[1:] {
			aliases = append(aliases, object.NewStr(trim(n)))
		}
		return object.TupleValue(object.NewStr(trim(names[0])), object.ListValue(aliases...), object.ListValue(object.NewStr(ip.String()))), nil
	})
	defFunc(m, "getaddrinfo", func(args []object.Value, kw []string) (object.Value, error) {
		var a [6]object.Value
		if err := parseKw("getaddrinfo", args, kw, []string{"host", "port", "family", "type", "proto", "flags"}, 6, 2, a[:]); err != nil {
			return object.Null, err
		}
		return sm.getaddrinfo(a)
	})
	defFunc(m, "getnameinfo", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("getnameinfo", kw); err != nil {
			return object.Null, err
		}
		if err := parseTupleCount("getnameinfo", len(args), 2, 2); err != nil {
			return object.Null, err
		}
		t, ok := object.Unwrap(args[0]).Object().(*object.Tuple)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "getnameinfo() argument 1 must be a tuple")
		}
		if len(t.Items) < 2 || len(t.Items) > 4 {
			return object.Null, object.Errorf(object.TypeError, "getnameinfo(): illegal sockaddr argument")
		}
		host, err := hostArg(t.Items[0])
		if err != nil {
			return object.Null, err
		}
		port, err := cIntArg(t.Items[1])
		if err != nil {
			return object.Null, err
		}
		flags, err := cIntArg(args[1])
		if err != nil {
			return object.Null, err
		}
		ip := parseNumericHost(host)
		if ip == nil {
			return object.Null, sm.gai(-2, "Name or service not known")
		}
		hostOut := ip.String()
		if flags&niNumericHost == 0 {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			names, err := net.DefaultResolver.LookupAddr(ctx, ip.String())
			cancel()
			if err == nil && len(names) > 0 {
				hostOut = names[0]
				if len(hostOut) > 1 && hostOut[len(hostOut)-1] == '.' {
					hostOut = hostOut[:len(hostOut)-1]
				}
			} else if flags&niNameReqd != 0 {
				return object.Null, sm.gai(-2, "Name or service not known")
			}
		}
		portOut := strconv.Itoa(port)
		if flags&niNumericServ == 0 {
			proto := "tcp"
			if flags&niDgram != 0 {
				proto = "udp"
			}
			if name, ok := serviceByPort(port, proto); ok {
				portOut = name
			}
		}
		return object.TupleValue(object.NewStr(hostOut), object.NewStr(portOut)), nil
	})
	defFunc(m, "getservbyname", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("getservbyname", kw); err != nil {
			return object.Null, err
		}
		if err := parseTupleCount("getservbyname", len(args), 1, 2); err != nil {
			return object.Null, err
		}
		name, err := strArg("getservbyname", 1, args[0])
		if err != nil {
			return object.Null, err
		}
		proto := ""
		if len(args) == 2 {
			if proto, err = strArg("getservbyname", 2, args[1]); err != nil {
				return object.Null, err
			}
		}
		port, ok := serviceByName(name, proto)
		if !ok {
			return object.Null, object.Errorf(object.OSError, "service/proto not found")
		}
		return object.Int(int64(port)), nil
	})
	defFunc(m, "getservbyport", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("getservbyport", kw); err != nil {
			return object.Null, err
		}
		if err := parseTupleCount("getservbyport", len(args), 1, 2); err != nil {
			return object.Null, err
		}
		port, err := cIntArg(args[0])
		if err != nil {
			return object.Null, err
		}
		if port < 0 || port > 0xffff {
			return object.Null, object.Errorf(object.OverflowError, "getservbyport: port must be 0-65535.")
		}
		proto := ""
		if len(args) == 2 {
			if proto, err = strArg("getservbyport", 2, args[1]); err != nil {
				return object.Null, err
			}
		}
		name, ok := serviceByPort(port, proto)
		if !ok {
			return object.Null, object.Errorf(object.OSError, "port/proto not found")
		}
		return object.NewStr(name), nil
	})
	defFunc(m, "getprotobyname", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("getprotobyname", kw); err != nil {
			return object.Null, err
		}
		if err := parseTupleCount("getprotobyname", len(args), 1, 1); err != nil {
			return object.Null, err
		}
		name, err := strArg("getprotobyname", 1, args[0])
		if err != nil {
			return object.Null, err
		}
		n, ok := protocolByName(name)
		if !ok {
			return object.Null, object.Errorf(object.OSError, "protocol not found")
		}
		return object.Int(int64(n)), nil
	})
	sm.addAddressFunctions(m)
	defFunc(m, "dup", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("_socket.dup", args, kw); err != nil {
			return object.Null, err
		}
		fd, err := cIntArg(args[0])
		if err != nil {
			return object.Null, err
		}
		nfd, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Int(int64(nfd)), nil
	})
	defFunc(m, "close", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("_socket.close", args, kw); err != nil {
			return object.Null, err
		}
		fd, err := cIntArg(args[0])
		if err != nil {
			return object.Null, err
		}
		if err := unix.Close(fd); err != nil && err != syscall.ECONNRESET {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	defFunc(m, "if_nameindex", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("_socket.if_nameindex", args, kw); err != nil {
			return object.Null, err
		}
		ifs, err := net.Interfaces()
		if err != nil {
			return object.Null, object.Errorf(object.OSError, "%s", err.Error())
		}
		var out []object.Value
		for _, i := range ifs {
			out = append(out, object.TupleValue(object.Int(int64(i.Index)), object.NewStr(i.Name)))
		}
		return object.ListValue(out...), nil
	})
	defFunc(m, "if_nametoindex", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("_socket.if_nametoindex", args, kw); err != nil {
			return object.Null, err
		}
		name, err := envArg(args[0])
		if err != nil {
			return object.Null, err
		}
		i, err := net.InterfaceByName(name)
		if err != nil {
			return object.Null, object.Errorf(object.OSError, "no interface with this name")
		}
		return object.Int(int64(i.Index)), nil
	})
	defFunc(m, "if_indextoname", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("_socket.if_indextoname", args, kw); err != nil {
			return object.Null, err
		}
		idx, err := cLongArg(args[0])
		if err != nil {
			return object.Null, err
		}
		i, err := net.InterfaceByIndex(int(idx))
		if err != nil {
			return object.Null, errnoError(syscall.ENXIO)
		}
		return object.NewStr(i.Name), nil
	})
	_ = in
}

// getaddrinfo is socket.getaddrinfo, answering as glibc does for
// numeric hosts, the wildcard and loopback, and names through Go's
// resolver.
func (sm *socketModule) getaddrinfo(a [6]object.Value) (object.Value, error) {
	var host string
	hasHost := !a[0].IsNone()
	if hasHost {
		h, err := hostArg(a[0])
		if err != nil {
			return object.Null, object.Errorf(object.TypeError, "getaddrinfo() argument 1 must be string or None")
		}
		host = h
	}
	var port int
	var service string
	hasPort := true
	switch p := object.Unwrap(a[1]).Object().(type) {
	case *object.Str:
		service = p.S
	case *object.Bytes:
		service = string(p.B)
	default:
		switch {
		case a[1].IsNone():
			hasPort = false
		case isIndexable(a[1]):
			n, err := cLongArg(a[1])
			if err != nil {
				return object.Null, err
			}
			service = strconv.FormatInt(n, 10)
		default:
			return object.Null, object.Errorf(object.OSError, "Int or String expected")
		}
	}
	ints := [4]int{}
	for i := 0; i < 4; i++ {
		n, err := intArgOr(a[2+i], 0)
		if err != nil {
			return object.Null, err
		}
		ints[i] = n
	}
	family, socktype, proto, flags := ints[0], ints[1], ints[2], ints[3]
	if !hasHost && !hasPort {
		return object.Null, sm.gai(-2, "Name or service not known")
	}
	if family != 0 && family != unix.AF_INET && family != unix.AF_INET6 {
		return object.Null, sm.gai(-6, "ai_family not supported")
	}
	// The socket types to answer for, with their protocols.
	type kind struct{ typ, proto int }
	kinds := []kind{{unix.SOCK_STREAM, unix.IPPROTO_TCP}, {unix.SOCK_DGRAM, unix.IPPROTO_UDP}, {unix.SOCK_RAW, 0}}
	if socktype != 0 {
		p := proto
		switch {
		case p != 0:
		case socktype == unix.SOCK_STREAM:
			p = unix.IPPROTO_TCP
		case socktype == unix.SOCK_DGRAM:
			p = unix.IPPROTO_UDP
		}
		kinds = []kind{{socktype, p}}
	} else if proto != 0 {
		var k []kind
		for _, x := range kinds {
			if x.proto == proto || x.typ == unix.SOCK_RAW {
				k = append(k, kind{x.typ, proto})
			}
		}
		kinds = k
	}
	// The port for each kind: numbers apply to all; names are looked up
	// per protocol, and raw sockets have no services.
	ports := make([]int, len(kinds))
	if hasPort {
		if n, err := strconv.Atoi(service); err == nil {
			port = n
			for i := range ports {
				ports[i] = port
			}
		} else {
			if flags&aiNumericServ != 0 {
				return object.Null, sm.gai(-2, "Name or service not known")
			}
			var keep []kind
			var keepPorts []int
			for _, k := range kinds {
				proto := map[int]string{unix.SOCK_STREAM: "tcp", unix.SOCK_DGRAM: "udp"}[k.typ]
				if proto == "" {
					continue
				}
				if p, ok := serviceByName(service, proto); ok {
					keep = append(keep, k)
					keepPorts = append(keepPorts, p)
				}
			}
			if len(keep) == 0 {
				if socktype == 0 {
					return object.Null, sm.gai(-8, "Servname not supported for ai_socktype")
				}
				return object.Null, sm.gai(-8, "Servname not supported for ai_socktype")
			}
			kinds, ports = keep, keepPorts
		}
	}
	// The addresses.
	var ips []net.IP
	switch {
	case !hasHost:
		if flags&aiPassive != 0 {
			ips = []net.IP{net.IPv6zero, net.IPv4zero.To4()}
		} else {
			ips = []net.IP{net.IPv6loopback, net.IPv4(127, 0, 0, 1).To4()}
		}
	default:
		if ip := parseNumericHost(host); ip != nil {
			ips = []net.IP{ip}
			if ip.To4() != nil && !isIPv6Literal(host) {
				ips = []net.IP{ip.To4()}
			}
		} else if flags&aiNumericHost != 0 {
			return object.Null, sm.gai(-2, "Name or service not known")
		} else {
			found, err := lookupHost(host)
			if err != nil {
				return object.Null, sm.gai(-2, "Name or service not known")
			}
			// glibc puts IPv6 loopback first (RFC 6724), then the rest.
			var v6, v4 []net.IP
			for _, ip := range found {
				if ip.To4() != nil {
					v4 = append(v4, ip.To4())
				} else {
					v6 = append(v6, ip)
				}
			}
			ips = append(v6, v4...)
		}
	}
	var out []object.Value
	matched := false
	for _, ip := range ips {
		fam := unix.AF_INET6
		if len(ip) == net.IPv4len {
			fam = unix.AF_INET
		}
		if family != 0 && fam != family {
			continue
		}
		matched = true
		for i, k := range kinds {
			var sa object.Value
			if fam == unix.AF_INET {
				sa = object.TupleValue(object.NewStr(ip.String()), object.Int(int64(ports[i])))
			} else {
				sa = object.TupleValue(object.NewStr(ip.String()), object.Int(int64(ports[i])), object.Int(0), object.Int(0))
			}
			canon := ""
			if flags&aiCanonName != 0 && len(out) == 0 {
				canon = host
			}
			out = append(out, object.TupleValue(object.Int(int64(fam)), object.Int(int64(k.typ)), object.Int(int64(k.proto)), object.NewStr(canon), sa))
		}
	}
	if !matched {
		return object.Null, sm.gai(-9, "Address family for hostname not supported")
	}
	return object.ListValue(out...), nil
}

// addAddressFunctions adds the byte-order and address-text conversions.
func (sm *socketModule) addAddressFunctions(m *object.Module) {
	order16 := func(name string) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.ExactlyOne("_socket."+name, args, kw); err != nil {
				return object.Null, err
			}
			r, err := object.Index(args[0])
			if err != nil {
				return object.Null, err
			}
			n, ok := r.AsInt()
			if !ok || n > 0xffff {
				if b, _ := object.ToBigInt(r); (ok && n < 0) || (b != nil && b.Sign() < 0) {
					return object.Null, object.Errorf(object.OverflowError, "%s: can't convert negative Python int to C 16-bit unsigned integer", name)
				}
				return object.Null, object.Errorf(object.OverflowError, "%s: Python int too large to convert to C 16-bit unsigned integer", name)
			}
			if n < 0 {
				return object.Null, object.Errorf(object.OverflowError, "%s: can't convert negative Python int to C 16-bit unsigned integer", name)
			}
			return object.Int(int64(uint16(n)>>8 | uint16(n)<<8)), nil
		})
	}
	order16("htons")
	order16("ntohs")
	order32 := func(name string) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.ExactlyOne("_socket."+name, args, kw); err != nil {
				return object.Null, err
			}
			if !object.TypeOf(args[0]).IsSubtype(object.IntType) {
				return object.Null, object.Errorf(object.TypeError, "expected int, %s found", object.TypeOf(args[0]).Name)
			}
			n, ok := object.Unwrap(args[0]).AsInt()
			if !ok || n > math.MaxUint32 {
				if b, _ := object.ToBigInt(object.Unwrap(args[0])); b != nil && b.Sign() < 0 {
					return object.Null, object.Errorf(object.OverflowError, "can't convert negative value to unsigned int")
				}
				return object.Null, object.Errorf(object.OverflowError, "int larger than 32 bits")
			}
			if n < 0 {
				return object.Null, object.Errorf(object.OverflowError, "can't convert negative value to unsigned int")
			}
			x := uint32(n)
			return object.Int(int64(x>>24 | (x>>8)&0xff00 | (x<<8)&0xff0000 | x<<24)), nil
		})
	}
	order32("htonl")
	order32("ntohl")
	defFunc(m, "inet_aton", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("_socket.inet_aton", args, kw); err != nil {
			return object.Null, err
		}
		s, err := strArg("inet_aton", 1, args[0])
		if err != nil {
			return object.Null, err
		}
		b, ok := inetAton(s)
		if !ok {
			return object.Null, object.Errorf(object.OSError, "illegal IP address string passed to inet_aton")
		}
		return object.NewBytes(b), nil
	})
	defFunc(m, "inet_ntoa", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("_socket.inet_ntoa", args, kw); err != nil {
			return object.Null, err
		}
		b, err := bufferArg(args[0])
		if err != nil {
			return object.Null, err
		}
		if len(b) != 4 {
			return object.Null, object.Errorf(object.OSError, "packed IP wrong length for inet_ntoa")
		}
		return object.NewStr(net.IP(b).String()), nil
	})
	defFunc(m, "inet_pton", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("inet_pton", kw); err != nil {
			return object.Null, err
		}
		if err := parseTupleCount("inet_pton", len(args), 2, 2); err != nil {
			return object.Null, err
		}
		af, err := cIntArg(args[0])
		if err != nil {
			return object.Null, err
		}
		s, err := strArg("inet_pton", 2, args[1])
		if err != nil {
			return object.Null, err
		}
		switch af {
		case unix.AF_INET:
			ip := net.ParseIP(s)
			if ip == nil || ip.To4() == nil || isIPv6Literal(s) {
				return object.Null, object.Errorf(object.OSError, "illegal IP address string passed to inet_pton")
			}
			return object.NewBytes(ip.To4()), nil
		case unix.AF_INET6:
			ip := net.ParseIP(s)
			if ip == nil || !isIPv6Literal(s) {
				return object.Null, object.Errorf(object.OSError, "illegal IP address string passed to inet_pton")
			}
			return object.NewBytes(ip.To16()), nil
		}
		return object.Null, errnoError(syscall.EAFNOSUPPORT)
	})
	defFunc(m, "inet_ntop", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("inet_ntop", kw); err != nil {
			return object.Null, err
		}
		if err := parseTupleCount("inet_ntop", len(args), 2, 2); err != nil {
			return object.Null, err
		}
		af, err := cIntArg(args[0])
		if err != nil {
			return object.Null, err
		}
		b, err := bufferArg(args[1])
		if err != nil {
			return object.Null, err
		}
		switch af {
		case unix.AF_INET:
			if len(b) != 4 {
				return object.Null, object.Errorf(object.ValueError, "invalid length of packed IP address string")
			}
			return object.NewStr(net.IP(b).String()), nil
		case unix.AF_INET6:
			if len(b) != 16 {
				return object.Null, object.Errorf(object.ValueError, "invalid length of packed IP address string")
			}
			return object.NewStr(inet6String(b)), nil
		}
		return object.Null, object.Errorf(object.ValueError, "unknown address family %d", af)
	})
}

// inet6String formats an IPv6 address as glibc's inet_ntop does (IPv4
// mapped and compatible forms in dotted quads).
func inet6String(b []byte) string {
	ip := net.IP(b)
	return ip.String()
}

// inetAton is inet_aton(3): a, a.b, a.b.c or a.b.c.d, each part decimal,
// octal (0...) or hex (0x...).
func inetAton(s string) ([]byte, bool) {
	var parts []uint64
	for _, p := range splitDots(s) {
		if p == "" {
			return nil, false
		}
		base := 10
		switch {
		case len(p) > 1 && (p[:2] == "0x" || p[:2] == "0X"):
			base, p = 16, p[2:]
			if p == "" {
				parts = append(parts, 0)
				continue
			}
		case len(p) > 1 && p[0] == '0':
			base, p = 8, p[1:]
		}
		n, err := strconv.ParseUint(p, base, 64)
		if err != nil || n > math.MaxUint32 {
			return nil, false
		}
		parts = append(parts, n)
	}
	var v uint64
	switch len(parts) {
	case 1:
		v = parts[0]
	case 2:
		if parts[0] > 0xff || parts[1] > 0xffffff {
			return nil, false
		}
		v = parts[0]<<24 | parts[1]
	case 3:
		if parts[0] > 0xff || parts[1] > 0xff || parts[2] > 0xffff {
			return nil, false
		}
		v = parts[0]<<24 | parts[1]<<16 | parts[2]
	case 4:
		for _, p := range parts {
			if p > 0xff {
				return nil, false
			}
		}
		v = parts[0]<<24 | parts[1]<<16 | parts[2]<<8 | parts[3]
	default:
		return nil, false
	}
	if v > math.MaxUint32 {
		return nil, false
	}
	return []byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}, true
}

func splitDots(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '.' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}
