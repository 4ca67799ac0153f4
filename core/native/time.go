package native

import (
	"encoding/binary"
	"math"
	"os"
	"strings"
	"syscall"
	"time"
	_ "unsafe" // for go:linkname

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// The time module of CPython 3.10 on Linux: the clocks (clock_gettime),
// sleep (interruptible: a signal wakes it at once and its handler runs,
// as PEP 475 says), the conversions between timestamps and struct_time in
// UTC and in the local zone, strftime as glibc formats in the C locale,
// strptime through Lib's _strptime, and the zone variables, which tzset
// recomputes from $TZ as glibc does.

func init() { register("time", newTimeModule) }

// StructTimeType is time.struct_time.
var StructTimeType = object.NewStructSeqType("time.struct_time",
	"The time value as returned by gmtime(), localtime() and strptime(), and\n"+
		"accepted by asctime(), mktime() and strftime(): a sequence of 9 integers\n"+
		"(year, month, day, hour, minute, second, weekday, day of the year, DST\n"+
		"flag), with the zone's name and UTC offset as attributes.",
	[]object.StructSeqField{{Name: "tm_year"}, {Name: "tm_mon"}, {Name: "tm_mday"}, {Name: "tm_hour"},
		{Name: "tm_min"}, {Name: "tm_sec"}, {Name: "tm_wday"}, {Name: "tm_yday"}, {Name: "tm_isdst"},
		{Name: "tm_zone"}, {Name: "tm_gmtoff"}}, 9, true)

// timeModule is one interpreter's time module: the local zone as the
// last tzset found it.
type timeModule struct {
	in     *vm.Interp
	mod    *object.Module
	loc    *time.Location
	tzname [2]string
	// posixRule: loc comes from a POSIX TZ rule, which glibc applies from
	// 1970 on only (earlier times get the zone of 1970's first instant).
	posixRule bool
	// ctzname is C's tzname, what %Z prints for a tm without a zone: the
	// same as tzname except for a rule without an offset ("Foo"), where
	// glibc leaves the summer name empty.
	ctzname [2]string
}

func newTimeModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("time", "Time access and conversions: seconds since the Epoch (1970-01-01 UTC)\n"+
		"as floats or nanoseconds as ints, struct_time tuples in UTC or local time,\n"+
		"the system's clocks, sleep(), and strftime()/strptime() formatting.")
	tm := &timeModule{in: in, mod: m}
	tm.tzset()
	setAttr(m, "struct_time", object.FromObject(StructTimeType))
	setAttr(m, "_STRUCT_TM_ITEMS", object.Int(11))
	for _, c := range []struct {
		name string
		id   int
	}{{"CLOCK_REALTIME", unix.CLOCK_REALTIME}, {"CLOCK_MONOTONIC", unix.CLOCK_MONOTONIC},
		{"CLOCK_MONOTONIC_RAW", unix.CLOCK_MONOTONIC_RAW}, {"CLOCK_PROCESS_CPUTIME_ID", unix.CLOCK_PROCESS_CPUTIME_ID},
		{"CLOCK_THREAD_CPUTIME_ID", unix.CLOCK_THREAD_CPUTIME_ID}, {"CLOCK_BOOTTIME", unix.CLOCK_BOOTTIME},
		{"CLOCK_TAI", unix.CLOCK_TAI}} {
		setAttr(m, c.name, object.Int(int64(c.id)))
	}
	noargs := func(name string, fn func() (object.Value, error)) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoArgs("time."+name, args, kw); err != nil {
				return object.Null, err
			}
			return fn()
		})
	}
	clock := func(name string, id int, ns bool) {
		noargs(name, func() (object.Value, error) {
			t, err := clockNanos(id)
			if err != nil {
				return object.Null, err
			}
			if ns {
				return object.Int(t), nil
			}
			return object.Float(nanosToSeconds(t)), nil
		})
	}
	clock("time", unix.CLOCK_REALTIME, false)
	clock("time_ns", unix.CLOCK_REALTIME, true)
	clock("monotonic", unix.CLOCK_MONOTONIC, false)
	clock("monotonic_ns", unix.CLOCK_MONOTONIC, true)
	clock("perf_counter", unix.CLOCK_MONOTONIC, false)
	clock("perf_counter_ns", unix.CLOCK_MONOTONIC, true)
	clock("process_time", unix.CLOCK_PROCESS_CPUTIME_ID, false)
	clock("process_time_ns", unix.CLOCK_PROCESS_CPUTIME_ID, true)
	// Python code runs on one goroutine that Go may move between OS
	// threads, so a thread's CPU clock is not monotonic here: thread_time
	// counts the process's CPU time (get_clock_info says so).
	clock("thread_time", unix.CLOCK_PROCESS_CPUTIME_ID, false)
	clock("thread_time_ns", unix.CLOCK_PROCESS_CPUTIME_ID, true)

	clockID := func(name string, args []object.Value, kw []string, n int) (int, error) {
		if err := object.NoKwargs(name, kw); err != nil {
			return 0, err
		}
		if err := parseTupleCount(name, len(args), n, n); err != nil {
			return 0, err
		}
		return cIntArg(args[0])
	}
	defFunc(m, "clock_gettime", func(args []object.Value, kw []string) (object.Value, error) {
		id, err := clockID("clock_gettime", args, kw, 1)
		if err != nil {
			return object.Null, err
		}
		var ts unix.Timespec
		if err := unix.ClockGettime(int32(id), &ts); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9), nil
	})
	defFunc(m, "clock_gettime_ns", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("clock_gettime_ns", kw); err != nil {
			return object.Null, err
		}
		id, err := clockID("clock_gettime", args, nil, 1)
		if err != nil {
			return object.Null, err
		}
		t, err := clockNanos(id)
		if err != nil {
			return object.Null, err
		}
		return object.Int(t), nil
	})
	defFunc(m, "clock_getres", func(args []object.Value, kw []string) (object.Value, error) {
		id, err := clockID("clock_getres", args, kw, 1)
		if err != nil {
			return object.Null, err
		}
		var ts unix.Timespec
		if err := unix.ClockGetres(int32(id), &ts); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9), nil
	})
	settime := func(name string, ns bool) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoKwargs(name, kw); err != nil {
				return object.Null, err
			}
			id, err := clockID("clock_settime", args, nil, 2)
			if err != nil {
				return object.Null, err
			}
			var t int64
			if ns {
				r, err := object.Index(args[1])
				if err != nil {
					return object.Null, err
				}
				v, ok := r.AsInt()
				if !ok {
					return object.Null, object.Errorf(object.OverflowError, "timestamp too large to convert to C _PyTime_t")
				}
				t = v
			} else if t, err = pyTimeFromSeconds(args[1], math.Floor); err != nil {
				return object.Null, err
			}
			ts := unix.NsecToTimespec(t)
			if err := unix.ClockSettime(int32(id), &ts); err != nil {
				return object.Null, osErrorOf(err)
			}
			return object.None, nil
		})
	}
	settime("clock_settime", false)
	settime("clock_settime_ns", true)

	defFunc(m, "sleep", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("time.sleep", args, kw); err != nil {
			return object.Null, err
		}
		ns, err := pyTimeFromSeconds(args[0], roundAway)
		if err != nil {
			return object.Null, err
		}
		if ns < 0 {
			return object.Null, object.Errorf(object.ValueError, "sleep length must be non-negative")
		}
		return object.None, interruptibleSleep(in, time.Duration(ns))
	})
	defFunc(m, "gmtime", func(args []object.Value, kw []string) (object.Value, error) {
		secs, err := tm.optTimeT("gmtime", args, kw)
		if err != nil {
			return object.Null, err
		}
		t, err := tm.broken(secs, time.UTC)
		if err != nil {
			return object.Null, err
		}
		t.zone = "GMT"
		return t.value(), nil
	})
	defFunc(m, "localtime", func(args []object.Value, kw []string) (object.Value, error) {
		secs, err := tm.optTimeT("localtime", args, kw)
		if err != nil {
			return object.Null, err
		}
		t, err := tm.broken(secs, nil)
		if err != nil {
			return object.Null, err
		}
		return t.value(), nil
	})
	defFunc(m, "ctime", func(args []object.Value, kw []string) (object.Value, error) {
		secs, err := tm.optTimeT("ctime", args, kw)
		if err != nil {
			return object.Null, err
		}
		t, err := tm.broken(secs, nil)
		if err != nil {
			return object.Null, err
		}
		return object.NewStr(asctime(t)), nil
	})
	defFunc(m, "asctime", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("asctime", kw); err != nil {
			return object.Null, err
		}
		if len(args) > 1 {
			return object.Null, object.Errorf(object.TypeError, "asctime expected at most 1 argument, got %d", len(args))
		}
		t, err := tm.tmArgOrNow("asctime", args)
		if err != nil {
			return object.Null, err
		}
		return object.NewStr(asctime(t)), nil
	})
	defFunc(m, "mktime", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("time.mktime", args, kw); err != nil {
			return object.Null, err
		}
		t, err := gettmarg(args[0], "mktime")
		if err != nil {
			return object.Null, err
		}
		secs, ok := tm.mktime(t)
		if !ok {
			return object.Null, object.Errorf(object.OverflowError, "mktime argument out of range")
		}
		return object.Float(float64(secs)), nil
	})
	defFunc(m, "strftime", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("strftime", kw); err != nil {
			return object.Null, err
		}
		if err := parseTupleCount("strftime", len(args), 1, 2); err != nil {
			return object.Null, err
		}
		format, err := strArg("strftime", 1, args[0])
		if err != nil {
			return object.Null, err
		}
		t, err := tm.tmArgOrNow("strftime", args[1:])
		if err != nil {
			return object.Null, err
		}
		if t.isdst < -1 {
			t.isdst = -1
		} else if t.isdst > 1 {
			t.isdst = 1
		}
		if strings.IndexByte(format, 0) >= 0 {
			return object.Null, object.Errorf(object.ValueError, "embedded null character")
		}
		// CPython grows its buffer from 1024 bytes while it is shorter than
		// 256 times the format; a result that does not fit then is "".
		limit := 1024
		for limit < 256*len(format) {
			limit *= 2
		}
		s, _ := cStrftime(format, t, tm.ctzname, tm.mktime, limit)
		return object.NewStr(s), nil
	})
	defFunc(m, "strptime", func(args []object.Value, kw []string) (object.Value, error) {
		mod, err := importModule(in, "_strptime")
		if err != nil {
			return object.Null, err
		}
		fn, err := object.GetAttrString(mod, "_strptime_time")
		if err != nil {
			return object.Null, err
		}
		return object.Call(fn, args, kw)
	})
	noargs("tzset", func() (object.Value, error) {
		tm.tzset()
		return object.None, nil
	})
	defFunc(m, "get_clock_info", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("get_clock_info", kw); err != nil {
			return object.Null, err
		}
		if err := parseTupleCount("get_clock_info", len(args), 1, 1); err != nil {
			return object.Null, err
		}
		name, err := strArg("get_clock_info", 1, args[0])
		if err != nil {
			return object.Null, err
		}
		impl, mono, adjustable := "", true, false
		switch name {
		case "time":
			impl, mono, adjustable = "clock_gettime(CLOCK_REALTIME)", false, true
		case "monotonic", "perf_counter":
			impl = "clock_gettime(CLOCK_MONOTONIC)"
		case "process_time", "thread_time":
			impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"
		default:
			return object.Null, object.Errorf(object.ValueError, "unknown clock")
		}
		return newClockInfo(impl, mono, adjustable, 1e-09)
	})
	return m, nil
}

// clockNanos reads clock id in nanoseconds.
func clockNanos(id int) (int64, error) {
	// The two clocks Python code reads most go through Go's runtime, which
	// reads them from the vDSO as CPython's clock_gettime does; a raw
	// clock_gettime system call costs microseconds where system calls
	// trap (time.time() took 2.8 us, CPython's 50 ns).
	switch id {
	case unix.CLOCK_REALTIME:
		return time.Now().UnixNano(), nil
	case unix.CLOCK_MONOTONIC:
		return nanotime(), nil
	}
	var ts unix.Timespec
	if err := unix.ClockGettime(int32(id), &ts); err != nil {
		return 0, osErrorOf(err)
	}
	return ts.Nano(), nil
}

// nanotime is the runtime's CLOCK_MONOTONIC reading, the clock
// time.monotonic and time.perf_counter report (Go's time package only
// offers it relative to a time.Time).
//
//go:linkname nanotime runtime.nanotime
func nanotime() int64

// nanosToSeconds is _PyTime_AsSecondsDouble.
func nanosToSeconds(t int64) float64 {
	if t%1e9 == 0 {
		return float64(t / 1e9)
	}
	return float64(t) / 1e9
}

func roundAway(x float64) float64 {
	if x < 0 {
		return math.Floor(x)
	}
	return math.Ceil(x)
}

// pyTimeFromSeconds is _PyTime_FromSecondsObject: seconds as an int or
// float to nanoseconds, with CPython's errors.
func pyTimeFromSeconds(v object.Value, round func(float64) float64) (int64, error) {
	tooLarge := func() error {
		return object.Errorf(object.OverflowError, "timestamp too large to convert to C _PyTime_t")
	}
	if object.TypeOf(v).IsSubtype(object.FloatType) {
		f, err := object.ToFloat(v)
		if err != nil {
			return 0, err
		}
		if math.IsNaN(f) {
			return 0, object.Errorf(object.ValueError, "Invalid value NaN (not a number)")
		}
		d := round(f * 1e9)
		if !(d >= -9.223372036854775808e18 && d < 9.223372036854775808e18) {
			return 0, tooLarge()
		}
		return int64(d), nil
	}
	r, err := object.Index(v)
	if err != nil {
		return 0, err
	}
	n, ok := r.AsInt()
	if !ok || n > math.MaxInt64/int64(1e9) || n < math.MinInt64/int64(1e9) {
		return 0, tooLarge()
	}
	return n * 1e9, nil
}

// timeTArg is _PyTime_ObjectToTime_t with floor rounding.
func timeTArg(v object.Value) (int64, error) {
	outOfRange := func() error {
		return object.Errorf(object.OverflowError, "timestamp out of range for platform time_t")
	}
	if object.TypeOf(v).IsSubtype(object.FloatType) {
		f, err := object.ToFloat(v)
		if err != nil {
			return 0, err
		}
		if math.IsNaN(f) {
			return 0, object.Errorf(object.ValueError, "Invalid value NaN (not a number)")
		}
		f = math.Floor(f)
		if !(f >= -9.223372036854775808e18 && f < 9.223372036854775808e18) {
			return 0, outOfRange()
		}
		return int64(f), nil
	}
	r, err := object.Index(v)
	if err != nil {
		return 0, err
	}
	n, ok := r.AsInt()
	if !ok {
		return 0, outOfRange()
	}
	return n, nil
}

// interruptibleSleep sleeps d on the monotonic clock. A signal wakes it:
// its handler runs, and an exception from it ends the sleep; otherwise
// the sleep goes on for the time left (PEP 475).
func interruptibleSleep(in *vm.Interp, d time.Duration) error {
	// A signal may have come since the eval loop last looked.
	if err := in.CheckSignals(); err != nil || d <= 0 {
		return err
	}
	deadline := time.Now().Add(d)
	timer := time.NewTimer(d)
	defer timer.Stop()
	for {
		// Other interpreters run while this one sleeps.
		fired := false
		in.BlockingCall(func() {
			select {
			case <-timer.C:
				fired = true
			case <-in.SignalWake():
			}
		})
		if fired {
			return nil
		}
		{
			if err := in.CheckSignals(); err != nil {
				return err
			}
			left := time.Until(deadline)
			if left <= 0 {
				return nil
			}
			timer.Reset(left)
		}
	}
}

// optTimeT reads the optional seconds argument of gmtime, localtime and
// ctime (None or absent: now).
func (tm *timeModule) optTimeT(name string, args []object.Value, kw []string) (int64, error) {
	if err := object.NoKwargs(name, kw); err != nil {
		return 0, err
	}
	if err := parseTupleCount(name, len(args), 0, 1); err != nil {
		return 0, err
	}
	if len(args) == 0 || args[0].IsNone() {
		return time.Now().Unix(), nil
	}
	return timeTArg(args[0])
}

// local returns secs in the local zone, and whether summer time is in
// force then.
func (tm *timeModule) local(secs int64) (time.Time, bool) {
	if tm.posixRule && secs < 0 {
		z := time.Unix(0, 0).In(tm.loc)
		name, off := z.Zone()
		return time.Unix(secs, 0).In(time.FixedZone(name, off)), z.IsDST()
	}
	t := time.Unix(secs, 0).In(tm.loc)
	return t, t.IsDST()
}

// broken is gmtime_r (loc UTC) or localtime_r (loc nil): secs as a
// struct tm, or glibc's EOVERFLOW when the year does not fit a C int.
func (tm *timeModule) broken(secs int64, loc *time.Location) (*ctm, error) {
	const maxSecs = 1 << 56 // well past the years a C int holds, well within Go's range
	if secs > maxSecs || secs < -maxSecs {
		return nil, errnoError(syscall.EOVERFLOW)
	}
	var t time.Time
	var dst bool
	if loc == nil {
		t, dst = tm.local(secs)
	} else {
		t = time.Unix(secs, 0).In(loc)
	}
	year := int64(t.Year())
	if year-1900 > math.MaxInt32 || year-1900 < math.MinInt32 {
		return nil, errnoError(syscall.EOVERFLOW)
	}
	zone, off := t.Zone()
	isdst := 0
	if dst {
		isdst = 1
	}
	return &ctm{year: year, mon: int(t.Month()) - 1, mday: t.Day(), hour: t.Hour(), min: t.Minute(), sec: t.Second(),
		wday: int(t.Weekday()), yday: t.YearDay() - 1, isdst: isdst, zone: zone, hasZone: true, gmtoff: int64(off)}, nil
}

// value is tmtotuple: the struct_time of t.
func (t *ctm) value() object.Value {
	return object.NewStructSeq(StructTimeType, object.Int(t.year), object.Int(int64(t.mon)+1), object.Int(int64(t.mday)),
		object.Int(int64(t.hour)), object.Int(int64(t.min)), object.Int(int64(t.sec)), object.Int(int64((t.wday+6)%7)),
		object.Int(int64(t.yday)+1), object.Int(int64(t.isdst)), object.NewStr(t.zone), object.Int(t.gmtoff))
}

// gettmarg converts a 9-tuple or struct_time to a struct tm as CPython's
// gettmarg does (tm_zone and tm_gmtoff are read from a struct_time only).
func gettmarg(v object.Value, fname string) (*ctm, error) {
	tup, ok := object.Unwrap(v).Object().(*object.Tuple)
	if !ok || v.Kind() != object.KindObject {
		return nil, object.Errorf(object.TypeError, "Tuple or struct_time argument required")
	}
	if len(tup.Items) != 9 {
		return nil, object.Errorf(object.TypeError, "%s(): illegal time tuple argument", fname)
	}
	var f [9]int
	for i, item := range tup.Items {
		n, err := cIntArg(item)
		if err != nil {
			return nil, err
		}
		f[i] = n
	}
	if int64(f[0]) < math.MinInt32+1900 {
		return nil, object.Errorf(object.OverflowError, "year out of range")
	}
	t := &ctm{year: int64(f[0]), mon: f[1] - 1, mday: f[2], hour: f[3], min: f[4], sec: f[5],
		wday: (f[6] + 1) % 7, yday: f[7] - 1, isdst: f[8]}
	if object.TypeOf(v) == StructTimeType {
		if z := object.StructSeqItem(v, 9); !z.IsNone() {
			s, ok := object.Unwrap(z).Object().(*object.Str)
			if !ok {
				return nil, object.Errorf(object.TypeError, "bad argument type for built-in operation")
			}
			t.zone, t.hasZone = s.S, true
		}
		if off := object.StructSeqItem(v, 10); !off.IsNone() {
			n, err := cLongArg(off)
			if err != nil {
				return nil, err
			}
			t.gmtoff = n
		}
	}
	return t, nil
}

// checktm is CPython's checktm: the ranges strftime and asctime accept,
// zeros standing for the lowest valid value.
func checktm(t *ctm) error {
	switch {
	case t.mon == -1:
		t.mon = 0
	case t.mon < 0 || t.mon > 11:
		return object.Errorf(object.ValueError, "month out of range")
	}
	switch {
	case t.mday == 0:
		t.mday = 1
	case t.mday < 0 || t.mday > 31:
		return object.Errorf(object.ValueError, "day of month out of range")
	}
	if t.hour < 0 || t.hour > 23 {
		return object.Errorf(object.ValueError, "hour out of range")
	}
	if t.min < 0 || t.min > 59 {
		return object.Errorf(object.ValueError, "minute out of range")
	}
	if t.sec < 0 || t.sec > 61 {
		return object.Errorf(object.ValueError, "seconds out of range")
	}
	if t.wday < 0 {
		return object.Errorf(object.ValueError, "day of week out of range")
	}
	switch {
	case t.yday == -1:
		t.yday = 0
	case t.yday < 0 || t.yday > 365:
		return object.Errorf(object.ValueError, "day of year out of range")
	}
	return nil
}

// tmArgOrNow is the optional time tuple of asctime and strftime: checked
// by gettmarg and checktm, or the local time now.
func (tm *timeModule) tmArgOrNow(fname string, args []object.Value) (*ctm, error) {
	if len(args) == 0 {
		return tm.broken(time.Now().Unix(), nil)
	}
	t, err := gettmarg(args[0], fname)
	if err != nil {
		return nil, err
	}
	if err := checktm(t); err != nil {
		return nil, err
	}
	return t, nil
}

// asctime is CPython's _asctime: "Sun Jun 20 23:21:05 1993".
func asctime(t *ctm) string {
	var b strings.Builder
	b.WriteString(cWeekdays[t.wday][:3])
	b.WriteByte(' ')
	b.WriteString(cMonths[t.mon][:3])
	st := &strftimeState{limit: 1 << 30}
	st.number(3, int64(t.mday), 3, '_')
	st.raw(' ', 1)
	st.number(2, int64(t.hour), -1, 0)
	st.raw(':', 1)
	st.number(2, int64(t.min), -1, 0)
	st.raw(':', 1)
	st.number(2, int64(t.sec), -1, 0)
	st.raw(' ', 1)
	st.number(1, t.year, -1, '-')
	b.Write(st.out)
	return b.String()
}

// mktime is glibc's mktime in the module's zone: fields out of range are
// normalised, and an explicit tm_isdst that the time does not have reads
// the time with the UTC offset of the nearest time (within about eight
// years, probing weekly) that has it, or else an hour off.
func (tm *timeModule) mktime(t *ctm) (int64, bool) {
	const maxYear = 1 << 40
	if t.year > maxYear || t.year < -maxYear {
		return 0, false
	}
	d := time.Date(int(t.year), time.Month(t.mon+1), t.mday, t.hour, t.min, t.sec, 0, tm.loc)
	secs, dst := d.Unix(), d.IsDST()
	if tm.posixRule && secs < 0 {
		z, zdst := tm.local(-1)
		secs, dst = time.Date(int(t.year), time.Month(t.mon+1), t.mday, t.hour, t.min, t.sec, 0, z.Location()).Unix(), zdst
	}
	if t.isdst < 0 || dst == (t.isdst > 0) {
		return secs, true
	}
	wall := time.Date(int(t.year), time.Month(t.mon+1), t.mday, t.hour, t.min, t.sec, 0, time.UTC).Unix()
	const stride, bound = 601200, 536454000/2 + 601200
	for delta := int64(stride); delta < bound; delta += stride {
		for _, dir := range [2]int64{-1, 1} {
			o, odst := tm.local(secs + delta*dir)
			if odst == (t.isdst > 0) {
				_, off := o.Zone()
				return wall - int64(off), true
			}
		}
	}
	if t.isdst > 0 {
		return secs - 3600, true
	}
	return secs + 3600, true
}

// tzset reloads the local zone from $TZ (or /etc/localtime when it is not
// set) and recomputes timezone, altzone, daylight and tzname the way
// CPython does on glibc: from the zone in force in January and July of
// the current year.
func (tm *timeModule) tzset() {
	var noSummerName bool
	tm.loc, tm.posixRule, noSummerName = loadTZ()
	const year = (365*24 + 6) * 3600
	t := time.Now().Unix() / year * year
	jan, _ := tm.local(t)
	jul, _ := tm.local(t + year/2)
	janName, janOff := jan.Zone()
	julName, julOff := jul.Zone()
	janzone, julyzone := -janOff, -julOff
	m := tm.mod
	if janzone < julyzone { // summer time in January: the southern hemisphere
		setAttr(m, "timezone", object.Int(int64(julyzone)))
		setAttr(m, "altzone", object.Int(int64(janzone)))
		tm.tzname = [2]string{julName, janName}
	} else {
		setAttr(m, "timezone", object.Int(int64(janzone)))
		setAttr(m, "altzone", object.Int(int64(julyzone)))
		tm.tzname = [2]string{janName, julName}
	}
	if janzone != julyzone {
		setAttr(m, "daylight", object.Int(1))
	} else {
		setAttr(m, "daylight", object.Int(0))
	}
	setAttr(m, "tzname", object.TupleValue(object.NewStr(tm.tzname[0]), object.NewStr(tm.tzname[1])))
	tm.ctzname = tm.tzname
	if noSummerName {
		tm.ctzname[1] = ""
	}
}

// loadTZ finds the zone glibc would use for the current $TZ: the system
// zone when TZ is unset, UTC when it is empty, a zoneinfo file (by name
// or absolute path, with an optional leading ':'), else a POSIX TZ rule
// ("EST+5EDT,M3.2.0,M11.1.0"). rule reports a POSIX rule; noSummerName a
// rule that stops after its name, which glibc reads as UTC under that
// name with an empty summer name.
func loadTZ() (loc *time.Location, rule, noSummerName bool) {
	tz, set := os.LookupEnv("TZ")
	if !set {
		if data, err := os.ReadFile("/etc/localtime"); err == nil {
			if loc, err := time.LoadLocationFromTZData("localtime", data); err == nil {
				return loc, false, false
			}
		}
		return time.UTC, false, false
	}
	if tz == "" {
		return time.UTC, false, false
	}
	name := strings.TrimPrefix(tz, ":")
	if strings.HasPrefix(name, "/") {
		if data, err := os.ReadFile(name); err == nil {
			if loc, err := time.LoadLocationFromTZData(name, data); err == nil {
				return loc, false, false
			}
		}
		return time.FixedZone("", 0), false, true
	}
	if name != "" && !strings.Contains(name, "..") && name != "Local" {
		if loc, err := time.LoadLocation(name); err == nil {
			return loc, false, false
		}
	}
	return posixTZ(tz)
}

// posixTZ makes a zone from a POSIX TZ rule. Go parses such rules in the
// footer of TZif data; a TZif body with no transitions and one zone type,
// the rule's standard time, hands the whole rule to that parser. A rule
// Go cannot read leaves the standard time alone (UTC under the rule's
// leading name when even that has no offset), as glibc does.
func posixTZ(rule string) (*time.Location, bool, bool) {
	std, off, hasOffset := parseTZStd(rule)
	if !hasOffset {
		return time.FixedZone(std, 0), false, true
	}
	abbrev := append([]byte(std), 0)
	body := func(b []byte) []byte {
		b = binary.BigEndian.AppendUint32(b, uint32(int32(off)))
		b = append(b, 0, 0) // isdst, abbreviation index
		return append(b, abbrev...)
	}
	header := func(b []byte) []byte {
		b = append(b, "TZif2"...)
		b = append(b, make([]byte, 15)...)
		for _, n := range []uint32{0, 0, 0, 0, 1, uint32(len(abbrev))} {
			b = binary.BigEndian.AppendUint32(b, n)
		}
		return b
	}
	data := body(header(nil))
	data = body(header(data))
	data = append(data, '\n')
	data = append(data, rule...)
	data = append(data, '\n')
	loc, err := time.LoadLocationFromTZData(std, data)
	if err != nil {
		return time.FixedZone(std, off), false, false
	}
	return loc, true, false
}

// parseTZStd reads the standard time's name and offset (seconds east of
// UTC) at the start of a POSIX TZ rule; ok is false when no offset
// follows the name.
func parseTZStd(s string) (name string, offset int, ok bool) {
	if strings.HasPrefix(s, "<") {
		end := strings.IndexByte(s, '>')
		if end < 0 {
			return "", 0, false
		}
		name, s = s[1:end], s[end+1:]
	} else {
		i := 0
		for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
			i++
		}
		name, s = s[:i], s[i:]
	}
	sign := -1 // POSIX offsets count west of UTC
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = 1
		}
		s = s[1:]
	}
	if s == "" || s[0] < '0' || s[0] > '9' {
		return name, 0, false
	}
	secs, mult := 0, 3600
	for part := 0; part < 3 && s != ""; part++ {
		n, i := 0, 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			n = n*10 + int(s[i]-'0')
			i++
		}
		if i == 0 {
			break
		}
		secs += n * mult
		mult /= 60
		s = s[i:]
		if s == "" || s[0] != ':' {
			break
		}
		s = s[1:]
	}
	return name, sign * secs, true
}

// newClockInfo is the namespace get_clock_info returns.
func newClockInfo(impl string, monotonic, adjustable bool, resolution float64) (object.Value, error) {
	return object.NewSimpleNamespace([]string{"implementation", "monotonic", "adjustable", "resolution"},
		[]object.Value{object.NewStr(impl), object.Bool(monotonic), object.Bool(adjustable), object.Float(resolution)}), nil
}
