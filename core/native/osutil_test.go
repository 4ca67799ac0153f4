package native

import (
	"testing"
)

// Table tests for the pure helpers of the operating-system modules.

func TestFSEncodeDecode(t *testing.T) {
	for _, c := range []struct{ bytes, str string }{
		{"plain", "plain"},
		{"\xc3\xa9", "é"},
		{"\xff", "\xed\xb3\xbf"},     // \udcff
		{"a\x80b", "a\xed\xb2\x80b"}, // \udc80
		{"\xed\xa0\x80", "\xed\xb3\xad\xed\xb2\xa0\xed\xb2\x80"}, // an encoded surrogate is three bad bytes
	} {
		if got := fsDecode(c.bytes); got != c.str {
			t.Errorf("fsDecode(%q) = %q, want %q", c.bytes, got, c.str)
		}
		if got, err := fsEncode(c.str); err != nil || got != c.bytes {
			t.Errorf("fsEncode(%q) = %q, %v, want %q", c.str, got, err, c.bytes)
		}
	}
	if _, err := fsEncode("\xed\xa0\x80"); err == nil { // \ud800 cannot be encoded
		t.Errorf("fsEncode of a lone high surrogate succeeded")
	}
}

func TestInetAton(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []byte
	}{
		{"1.2.3.4", []byte{1, 2, 3, 4}},
		{"1.2.3", []byte{1, 2, 0, 3}},
		{"1.2", []byte{1, 0, 0, 2}},
		{"16909060", []byte{1, 2, 3, 4}},
		{"0x7f.1", []byte{127, 0, 0, 1}},
		{"010.0.0.1", []byte{8, 0, 0, 1}},
		{"256.0.0.1", nil},
		{"1.2.3.4.5", nil},
		{"x", nil},
		{"", nil},
	} {
		got, ok := inetAton(c.in)
		if (c.want == nil) != !ok || string(got) != string(c.want) {
			t.Errorf("inetAton(%q) = %v %v, want %v", c.in, got, ok, c.want)
		}
	}
}

func TestParseTZStd(t *testing.T) {
	for _, c := range []struct {
		in     string
		name   string
		offset int
		ok     bool
	}{
		{"EST+05EDT,M3.2.0,M11.1.0", "EST", -5 * 3600, true},
		{"XYZ-3", "XYZ", 3 * 3600, true},
		{"<+0330>-3:30", "+0330", 3*3600 + 30*60, true},
		{"UTC0", "UTC", 0, true},
		{"Foo", "Foo", 0, false},
		{"Foo/Bar", "Foo", 0, false},
	} {
		name, off, ok := parseTZStd(c.in)
		if name != c.name || off != c.offset || ok != c.ok {
			t.Errorf("parseTZStd(%q) = %q %d %v, want %q %d %v", c.in, name, off, ok, c.name, c.offset, c.ok)
		}
	}
}

func TestFileMode(t *testing.T) {
	for _, c := range []struct {
		mode uint32
		want string
	}{
		{0o40755, "drwxr-xr-x"}, {0o100644, "-rw-r--r--"}, {0o120777, "lrwxrwxrwx"}, {0o104755, "-rwsr-xr-x"},
		{0o104644, "-rwSr--r--"}, {0o41777, "drwxrwxrwt"}, {0o41776, "drwxrwxrwT"}, {0o102755, "-rwxr-sr-x"},
		{0o20620, "crw--w----"}, {0o60660, "brw-rw----"}, {0o10600, "prw-------"}, {0o140755, "srwxr-xr-x"},
		{0o777, "?rwxrwxrwx"},
	} {
		if got := fileMode(c.mode); got != c.want {
			t.Errorf("fileMode(%o) = %s, want %s", c.mode, got, c.want)
		}
	}
}

func TestStrftimeCLocale(t *testing.T) {
	tm := &ctm{year: 2021, mon: 0, mday: 3, hour: 4, min: 5, sec: 6, wday: 0, yday: 2, isdst: 0, zone: "UTC", hasZone: true}
	mktime := func(*ctm) (int64, bool) { return 1609646706, true }
	for _, c := range []struct{ format, want string }{
		{"%Y-%m-%d %H:%M:%S", "2021-01-03 04:05:06"},
		{"%a %A %b %B %p %j", "Sun Sunday Jan January AM 003"},
		{"%c", "Sun Jan  3 04:05:06 2021"},
		{"%e|%-d|%_m|%5Y|%^a|%#b", " 3|3| 1|02021|SUN|JAN"},
		{"%G %V %g %U %W %u %w", "2020 53 20 01 00 7 0"},
		{"%Z %z %s", "UTC +0000 1609646706"},
		{"%Q %5Q %E %", "%Q   %5Q %E %"},
	} {
		if got, ok := cStrftime(c.format, tm, [2]string{"UTC", "UTC"}, mktime, 1024); !ok || got != c.want {
			t.Errorf("strftime(%q) = %q, want %q", c.format, got, c.want)
		}
	}
	if _, ok := cStrftime("%2000Y", tm, [2]string{}, mktime, 1024); ok {
		t.Errorf("a result longer than the buffer fitted")
	}
}
