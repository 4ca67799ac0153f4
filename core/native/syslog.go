package native

import (
	"io"
	"net"
	"os"
	"strings"
	"time"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// syslog: CPython 3.10's syslog module, with glibc's syslog(3) written
// out: messages go to /dev/log as "<PRI>Mmm dd hh:mm:ss ident[pid]: msg"
// datagrams (to stderr as well with LOG_PERROR), filtered by the
// setlogmask mask, with the facility openlog chose. The state
// (ident, options, facility, mask, connection) is the module's.

func init() { register("syslog", newSyslogModule) }

const (
	logPrimask = 0x07
	logFacmask = 0x03f8
	logUser    = 8
	logPID     = 0x01
	logCons    = 0x02
	logNdelay  = 0x08
	logPerror  = 0x20
)

type syslogState struct {
	opened   bool
	ident    string
	hasIdent bool
	option   int64
	facility int64
	mask     int64
	conn     net.Conn
	stderr   io.Writer // the interpreter's descriptor 2 (LOG_PERROR)
}

func (s *syslogState) connect() {
	if s.conn != nil {
		return
	}
	for _, kind := range []string{"unixgram", "unix"} {
		if c, err := net.Dial(kind, "/dev/log"); err == nil {
			s.conn = c
			return
		}
	}
}

func (s *syslogState) close() {
	if s.conn != nil {
		s.conn.Close()
		s.conn = nil
	}
}

// send is glibc's vsyslog for a message already formatted.
func (s *syslogState) send(pri int64, msg string) {
	if i := strings.IndexByte(msg, 0); i >= 0 {
		msg = msg[:i] // C string
	}
	pri &= logPrimask | logFacmask
	if (int64(1)<<(pri&logPrimask))&s.mask == 0 {
		return
	}
	if pri&logFacmask == 0 {
		pri |= s.facility
	}
	tag := s.ident
	if !s.hasIdent {
		tag = os.Args[0][strings.LastIndexByte(os.Args[0], '/')+1:]
	}
	body := tag
	if s.option&logPID != 0 {
		body += "[" + itoa(int64(os.Getpid())) + "]"
	}
	body += ": " + msg
	if s.option&logPerror != 0 {
		line := body
		if !strings.HasSuffix(line, "\n") {
			line += "\n"
		}
		io.WriteString(s.stderr, line)
	}
	s.connect()
	if s.conn == nil {
		return
	}
	pkt := "<" + itoa(pri) + ">" + time.Now().Format("Jan _2 15:04:05 ") + body
	if _, err := s.conn.Write([]byte(pkt)); err != nil {
		s.close() // glibc reconnects once, then drops the message
		s.connect()
		if s.conn != nil {
			s.conn.Write([]byte(pkt))
		}
	}
}

func newSyslogModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("syslog", "")
	setAttr(m, "__doc__", object.None)
	_, _, stderr := in.StdStreams()
	st := &syslogState{facility: logUser, mask: 0xff, stderr: stderr}
	// argvIdent is syslog_get_argv: the last path component of sys.argv[0].
	argvIdent := func() (string, bool) {
		argv, ok, _ := in.SysDict().Get(object.NewStr("argv"))
		if !ok {
			return "", false
		}
		l, ok := object.Unwrap(argv).Object().(*object.List)
		if !ok || len(l.Items) == 0 {
			return "", false
		}
		s, ok := object.Unwrap(l.Items[0]).Object().(*object.Str)
		if !ok {
			return "", false
		}
		return s.S[strings.LastIndexByte(s.S, '/')+1:], true
	}
	openlog := func(ident string, hasIdent bool, option, facility int64) {
		st.ident, st.hasIdent = ident, hasIdent
		st.option = option
		if facility&^logFacmask == 0 {
			st.facility = facility
		}
		if option&logNdelay != 0 {
			st.connect()
		}
		st.opened = true
	}
	defFunc(m, "openlog", func(args []object.Value, kw []string) (object.Value, error) {
		var a [3]object.Value
		if err := object.ParseArgs("openlog", args, kw, []string{"ident", "logoption", "facility"}, 3, 0, a[:]); err != nil {
			return object.Null, err
		}
		option, facility := int64(0), int64(logUser)
		var err error
		if !a[1].IsNull() {
			if option, err = cLongArg(a[1]); err != nil {
				return object.Null, err
			}
		}
		if !a[2].IsNull() {
			if facility, err = cLongArg(a[2]); err != nil {
				return object.Null, err
			}
		}
		var ident string
		hasIdent := false
		if !a[0].IsNull() {
			s, ok := object.Unwrap(a[0]).Object().(*object.Str)
			if !ok {
				tn := object.TypeOf(a[0]).Name
				if a[0].IsNone() {
					tn = "None" // getargs' wording
				}
				return object.Null, object.Errorf(object.TypeError, "openlog() argument 1 must be str, not %s", tn)
			}
			ident, hasIdent = s.S, true
		} else {
			ident, hasIdent = argvIdent()
		}
		openlog(ident, hasIdent, option, facility)
		return object.None, nil
	})
	defFunc(m, "syslog", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("syslog.syslog", kw); err != nil {
			return object.Null, err
		}
		pri, msgV := int64(6), object.Null // LOG_INFO
		switch len(args) {
		case 1:
			msgV = args[0]
		case 2:
			if !object.TypeOf(args[0]).IsSubtype(object.IntType) {
				return object.Null, object.Errorf(object.TypeError, "[priority,] message string")
			}
			p, err := cLongArg(args[0])
			if err != nil {
				return object.Null, err
			}
			pri, msgV = p, args[1]
		default:
			return object.Null, object.Errorf(object.TypeError, "[priority,] message string")
		}
		s, ok := object.Unwrap(msgV).Object().(*object.Str)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "[priority,] message string")
		}
		if !st.opened {
			ident, has := argvIdent()
			openlog(ident, has, 0, logUser)
		}
		st.send(pri, s.S)
		return object.None, nil
	})
	defFunc(m, "closelog", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("syslog.closelog", args, kw); err != nil {
			return object.Null, err
		}
		if st.opened {
			st.close()
			st.ident, st.hasIdent, st.opened = "", false, false
		}
		return object.None, nil
	})
	defFunc(m, "setlogmask", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ParseTupleOnly("setlogmask", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		mask, err := cLongArg(args[0])
		if err != nil {
			return object.Null, err
		}
		old := st.mask
		if mask != 0 {
			st.mask = mask
		}
		return object.Int(old), nil
	})
	for _, f := range []struct {
		name string
		fn   func(int64) int64
	}{{"LOG_MASK", func(p int64) int64 { return 1 << uint(p) }}, {"LOG_UPTO", func(p int64) int64 { return 1<<uint(p+1) - 1 }}} {
		f := f
		defFunc(m, f.name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.ParseTupleOnly(f.name, args, kw, 1, 1); err != nil {
				return object.Null, err
			}
			p, err := cLongArg(args[0])
			if err != nil {
				return object.Null, err
			}
			return object.Int(f.fn(p)), nil
		})
	}
	for _, c := range []struct {
		name string
		v    int64
	}{
		{"LOG_EMERG", 0}, {"LOG_ALERT", 1}, {"LOG_CRIT", 2}, {"LOG_ERR", 3}, {"LOG_WARNING", 4}, {"LOG_NOTICE", 5},
		{"LOG_INFO", 6}, {"LOG_DEBUG", 7}, {"LOG_PID", logPID}, {"LOG_CONS", logCons}, {"LOG_NDELAY", logNdelay},
		{"LOG_ODELAY", 4}, {"LOG_NOWAIT", 16}, {"LOG_PERROR", logPerror}, {"LOG_KERN", 0}, {"LOG_USER", logUser},
		{"LOG_MAIL", 16}, {"LOG_DAEMON", 24}, {"LOG_AUTH", 32}, {"LOG_LPR", 48}, {"LOG_LOCAL0", 128},
		{"LOG_LOCAL1", 136}, {"LOG_LOCAL2", 144}, {"LOG_LOCAL3", 152}, {"LOG_LOCAL4", 160}, {"LOG_LOCAL5", 168},
		{"LOG_LOCAL6", 176}, {"LOG_LOCAL7", 184}, {"LOG_SYSLOG", 40}, {"LOG_CRON", 72}, {"LOG_UUCP", 64},
		{"LOG_NEWS", 56}, {"LOG_AUTHPRIV", 80},
	} {
		setAttr(m, c.name, object.Int(c.v))
	}
	return m, nil
}
