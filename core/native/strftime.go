package native

import (
	"strconv"
	"strings"
)

// ctm is C's struct tm as the time functions pass it around, except that
// year is the full year (tm_year + 1900). Months count from 0, weekdays
// from Sunday, days of the year from 0, as in C.
type ctm struct {
	year                                  int64
	mon, mday, hour, min, sec, wday, yday int
	isdst                                 int
	zone                                  string // tm_zone
	hasZone                               bool   // tm_zone is not NULL
	gmtoff                                int64
}

var (
	cWeekdays     = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	cMonths       = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	strftimeE     = "cnprstuxyzCPRTXYZ%"                // conversions that accept the E modifier
	strftimeO     = "bdeghjklmnprstuwyzBCGHIMPRSTUVWZ%" // ... and the O modifier
	strftimeConvs = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%"
)

// strftimeState is one run of cStrftime.
type strftimeState struct {
	out    []byte
	limit  int // the output may not reach this length (C's buffer size)
	over   bool
	tm     *ctm
	tzname [2]string
	mktime func(*ctm) (int64, bool)
}

// cStrftime formats tm as glibc's strftime does in the C locale (the
// locale CPython's time.strftime runs in): the GNU flags _ - 0 ^ #, field
// widths, the E and O modifiers, and unknown conversions copied as they
// are. tzname is what %Z prints for a tm without a zone; mktime gives %s.
// ok is false when the result would not fit in limit bytes (C's
// strftime returning 0).
func cStrftime(format string, tm *ctm, tzname [2]string, mktime func(*ctm) (int64, bool), limit int) (string, bool) {
	st := &strftimeState{limit: limit, tm: tm, tzname: tzname, mktime: mktime}
	st.format(format, false)
	if st.over {
		return "", false
	}
	return string(st.out), true
}

func (st *strftimeState) room(n int) bool {
	if len(st.out)+n >= st.limit {
		st.over = true
		return false
	}
	return true
}

// add writes s padded on the left to width with zeros (pad '0') or
// spaces, lower- or upper-cased as asked (glibc's add and cpy).
func (st *strftimeState) add(s string, width int, pad byte, lower, upper bool) {
	n := len(s)
	delta := width - n
	total := n
	if delta > 0 {
		total += delta
	}
	if st.over || !st.room(total) {
		return
	}
	for ; delta > 0; delta-- {
		if pad == '0' {
			st.out = append(st.out, '0')
		} else {
			st.out = append(st.out, ' ')
		}
	}
	switch {
	case lower:
		s = strings.ToLower(s)
	case upper:
		s = strings.ToUpper(s)
	}
	st.out = append(st.out, s...)
}

func (st *strftimeState) raw(b byte, n int) {
	if st.over || !st.room(n) {
		return
	}
	for ; n > 0; n-- {
		st.out = append(st.out, b)
	}
}

// number is glibc's DO_NUMBER and do_number_sign_and_padding: v in at
// least digits digits (zeros by default, spaces with '_', none with '-'),
// then padded to the remaining width.
func (st *strftimeState) number(digits int, v int64, width int, pad byte) {
	if width > digits {
		digits = width
	}
	neg := v < 0
	var s string
	if neg {
		s = strconv.FormatUint(uint64(-v), 10) // -MinInt64 wraps to its own magnitude
	} else {
		s = strconv.FormatUint(uint64(v), 10)
	}
	if neg {
		s = "-" + s
	}
	if pad != '-' {
		if padding := digits - len(s); padding > 0 {
			if pad == '_' {
				st.raw(' ', padding)
				if width > padding {
					width -= padding
				} else {
					width = 0
				}
			} else {
				if neg {
					st.raw('-', 1)
					s = s[1:]
				}
				st.raw('0', padding)
				width = 0
			}
		}
	}
	st.add(s, width, pad, false, false)
}

func isLeap(y int64) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// isoWeekDays is glibc's iso_week_days: the days since the Monday that
// starts ISO week 1 of the year (negative: the previous year's weeks).
func isoWeekDays(yday, wday int) int {
	const bigEnough = (366/7 + 2) * 7
	return yday - (yday-wday+4+bigEnough)%7 + 4 - 1
}

func (st *strftimeState) format(f string, upcaseAll bool) {
	tm := st.tm
	for i := 0; i < len(f) && !st.over; i++ {
		if f[i] != '%' {
			st.raw(f[i], 1)
			continue
		}
		start := i
		var pad byte
		upper := upcaseAll
		changeCase := false
		i++
	flags:
		for ; i < len(f); i++ {
			switch f[i] {
			case '_', '-', '0':
				pad = f[i]
			case '^':
				upper = true
			case '#':
				changeCase = true
			default:
				break flags
			}
		}
		width := -1
		if i < len(f) && f[i] >= '0' && f[i] <= '9' {
			width = 0
			for ; i < len(f) && f[i] >= '0' && f[i] <= '9'; i++ {
				if width > (1<<31-1-9)/10 {
					width = 1<<31 - 1
				} else {
					width = width*10 + int(f[i]-'0')
				}
			}
		}
		var modifier byte
		if i < len(f) && (f[i] == 'E' || f[i] == 'O') {
			modifier = f[i]
			i++
		}
		var c byte
		if i < len(f) {
			c = f[i]
		} else {
			i-- // '%' (and flags) at the end: copied as they are
		}
		bad := c == 0 || !strings.ContainsRune(strftimeConvs, rune(c)) ||
			(modifier == 'E' && !strings.ContainsRune(strftimeE, rune(c))) ||
			(modifier == 'O' && !strings.ContainsRune(strftimeO, rune(c)))
		if bad {
			if changeCase && (c == 'b' || c == 'h') {
				upper = true // glibc's %b applies '#' before it refuses E
			}
			st.add(f[start:i+1], width, pad, false, upper)
			continue
		}
		lower := false
		str := func(s string) { st.add(s, width, pad, lower, upper) }
		sub := func(format string) {
			inner := &strftimeState{limit: st.limit, tm: tm, tzname: st.tzname, mktime: st.mktime}
			inner.format(format, upper)
			if inner.over {
				st.over = true
				return
			}
			st.add(string(inner.out), width, pad, false, false)
		}
		spacepad := func() {
			if pad == 0 {
				pad = '_'
			}
		}
		hour12 := tm.hour % 12
		if hour12 == 0 {
			hour12 = 12
		}
		switch c {
		case '%':
			str("%")
		case 'a', 'A':
			if changeCase {
				upper, lower = true, false
			}
			name := cWeekdays[((tm.wday%7)+7)%7]
			if c == 'a' {
				name = name[:3]
			}
			str(name)
		case 'b', 'h', 'B':
			if changeCase {
				upper, lower = true, false
			}
			name := cMonths[tm.mon]
			if c != 'B' {
				name = name[:3]
			}
			str(name)
		case 'c':
			sub("%a %b %e %H:%M:%S %Y")
		case 'C':
			c := tm.year/100 - b2i(tm.year%100 < 0)
			st.number(1, c, width, pad)
		case 'd':
			st.number(2, int64(tm.mday), width, pad)
		case 'D':
			sub("%m/%d/%y")
		case 'e':
			spacepad()
			st.number(2, int64(tm.mday), width, pad)
		case 'F':
			sub("%Y-%m-%d")
		case 'H':
			st.number(2, int64(tm.hour), width, pad)
		case 'I':
			st.number(2, int64(hour12), width, pad)
		case 'k':
			spacepad()
			st.number(2, int64(tm.hour), width, pad)
		case 'l':
			spacepad()
			st.number(2, int64(hour12), width, pad)
		case 'j':
			st.number(3, int64(tm.yday)+1, width, pad)
		case 'm':
			st.number(2, int64(tm.mon)+1, width, pad)
		case 'M':
			st.number(2, int64(tm.min), width, pad)
		case 'n':
			str("\n")
		case 't':
			str("\t")
		case 'p', 'P':
			if changeCase || c == 'P' {
				upper, lower = false, true
			}
			if tm.hour > 11 {
				str("PM")
			} else {
				str("AM")
			}
		case 'r':
			sub("%I:%M:%S %p")
		case 'R':
			sub("%H:%M")
		case 's':
			t, ok := st.mktime(tm)
			if !ok {
				t = -1
			}
			st.number(1, t, width, pad)
		case 'S':
			st.number(2, int64(tm.sec), width, pad)
		case 'T':
			sub("%H:%M:%S")
		case 'u':
			st.number(1, int64((tm.wday-1+7)%7+1), width, pad)
		case 'U':
			st.number(2, int64((tm.yday-tm.wday+7)/7), width, pad)
		case 'w':
			st.number(1, int64(tm.wday), width, pad)
		case 'W':
			st.number(2, int64((tm.yday-(tm.wday-1+7)%7+7)/7), width, pad)
		case 'V', 'g', 'G':
			year := tm.year
			days := isoWeekDays(tm.yday, tm.wday)
			if days < 0 {
				year--
				days = isoWeekDays(tm.yday+365+b2int(isLeap(year)), tm.wday)
			} else if d := isoWeekDays(tm.yday-(365+b2int(isLeap(year))), tm.wday); d >= 0 {
				year++
				days = d
			}
			switch c {
			case 'g':
				st.number(2, (year%100+100)%100, width, pad)
			case 'G':
				st.number(1, year, width, pad)
			default:
				st.number(2, int64(days/7+1), width, pad)
			}
		case 'x':
			sub("%m/%d/%y")
		case 'X':
			sub("%H:%M:%S")
		case 'y':
			st.number(2, (tm.year%100+100)%100, width, pad)
		case 'Y':
			st.number(1, tm.year, width, pad)
		case 'z':
			if tm.isdst < 0 {
				break
			}
			diff := tm.gmtoff
			if diff < 0 {
				st.add("-", width, pad, false, false)
				diff = -diff
			} else {
				st.add("+", width, pad, false, false)
			}
			diff /= 60
			st.number(4, diff/60*100+diff%60, width, pad)
		case 'Z':
			if changeCase {
				upper, lower = false, true
			}
			zone := tm.zone
			if (!tm.hasZone || zone == "") && tm.isdst >= 0 {
				zone = st.tzname[b2int(tm.isdst != 0)]
			}
			str(zone)
		}
	}
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func b2int(b bool) int {
	if b {
		return 1
	}
	return 0
}
