package native

import (
	"os"
	"slices"
	"strings"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _locale: the C library's locale as a Go program can honestly offer it.
// pyvar does not call setlocale(3); it models the locales every Linux
// has ("C"/"POSIX" and "C.UTF-8") per interpreter, with LC_CTYPE taken
// from the environment at startup as CPython does, and the "C" locale's
// conventions (localeconv, nl_langinfo, strcoll). Other locale names
// raise locale.Error, as they do where that locale is not installed.

func init() { register("_locale", newLocale) }

// The glibc category numbers, and the categories setlocale(LC_ALL)
// reports when they differ.
const (
	lcCtype    = 0
	lcNumeric  = 1
	lcTime     = 2
	lcCollate  = 3
	lcMonetary = 4
	lcMessages = 5
	lcAll      = 6
)

var lcNames = []string{"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
	"LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"}

// envLocale is the locale the environment names for a category (LC_ALL,
// then LC_<category>, then LANG), "C" when none does.
func envLocale(category string) string {
	for _, k := range []string{"LC_ALL", category, "LANG"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return "C"
}

// knownLocale normalizes a locale name this machine model supports.
func knownLocale(name string) (string, bool) {
	switch name {
	case "C", "POSIX":
		return "C", true
	}
	if strings.HasPrefix(name, "C.") {
		switch strings.ToLower(strings.ReplaceAll(name[2:], "-", "")) {
		case "utf8":
			return name, true
		}
	}
	return "", false
}

// ctypeLocale is the LC_CTYPE locale CPython runs with: the environment's
// when it is one of ours, with the C locale coerced to C.UTF-8 (PEP 538).
func ctypeLocale() string {
	if l, ok := knownLocale(envLocale("LC_CTYPE")); ok && l != "C" {
		return l
	}
	return "C.UTF-8"
}

// localeEncoding is the encoding open() uses by default
// (locale.getpreferredencoding(False)): UTF-8, as the C.UTF-8 locale and
// CPython's UTF-8 mode for the C locale both give.
func localeEncoding() string { return "UTF-8" }

// stdioErrors is the error handler of sys.stdin and sys.stdout: CPython
// uses surrogateescape under the C/POSIX locale and its UTF-8 coercion
// targets, strict otherwise.
func stdioErrors() string {
	l := envLocale("LC_CTYPE")
	if l == "C" || l == "POSIX" || strings.HasPrefix(l, "C.") {
		return "surrogateescape"
	}
	return "strict"
}

type localeState struct {
	cats [12]string
}

func newLocale(in *vm.Interp) (*object.Module, error) {
	m := newModule("_locale", "Support for POSIX locales.")
	ls := &localeState{}
	for i := range ls.cats {
		ls.cats[i] = "C"
	}
	ls.cats[lcCtype] = ctypeLocale()
	ns := object.NewDict(2)
	ns.SetStr("__module__", object.NewStr("locale"))
	errCls, err := object.NewClass(nil, "Error", []*object.Type{object.Exception}, ns)
	if err != nil {
		return nil, err
	}
	setAttr(m, "Error", object.FromObject(errCls))
	localeErr := func(msg string) error { return object.NewException(errCls, object.NewStr(msg)) }
	defFunc(m, "setlocale", func(args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs("setlocale", args, kw, []string{"category", "locale"}, 2, 1, a[:]); err != nil {
			return object.Null, err
		}
		cat, err := object.AsIndex(a[0])
		if err != nil {
			return object.Null, err
		}
		if a[1].IsNull() || a[1].IsNone() {
			switch {
			case cat == lcAll:
				return object.NewStr(ls.all()), nil
			case cat >= 0 && cat < lcAll:
				return object.NewStr(ls.cats[cat]), nil
			}
			return object.Null, localeErr("unsupported locale setting")
		}
		s, ok := object.Unwrap(a[1]).Object().(*object.Str)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "setlocale() argument 2 must be str or None, not %s", object.TypeOf(a[1]).Name)
		}
		if cat < 0 || cat > lcAll {
			return object.Null, localeErr("unsupported locale setting")
		}
		set := func(i int) (string, bool) {
			name := s.S
			if name == "" {
				name = envLocale(lcNames[i])
			}
			return knownLocale(name)
		}
		if cat == lcAll && strings.Contains(s.S, "=") {
			// The composite name setlocale(LC_ALL) returns when the
			// categories differ, given back to restore them.
			next := ls.cats
			for _, part := range strings.Split(s.S, ";") {
				k, v, _ := strings.Cut(part, "=")
				i := slices.Index(lcNames, k)
				l, ok := knownLocale(v)
				if i < 0 || !ok {
					return object.Null, localeErr("unsupported locale setting")
				}
				next[i] = l
			}
			ls.cats = next
			return object.NewStr(ls.all()), nil
		}
		if cat == lcAll {
			var next [12]string
			for i := range next {
				l, ok := set(i)
				if !ok {
					return object.Null, localeErr("unsupported locale setting")
				}
				next[i] = l
			}
			ls.cats = next
			return object.NewStr(ls.all()), nil
		}
		l, ok := set(cat)
		if !ok {
			return object.Null, localeErr("unsupported locale setting")
		}
		ls.cats[cat] = l
		return object.NewStr(l), nil
	})
	defFunc(m, "localeconv", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("localeconv", args, kw); err != nil {
			return object.Null, err
		}
		d := object.NewDict(18)
		str := func(k, v string) { d.SetStr(k, object.NewStr(v)) }
		num := func(k string, v int64) { d.SetStr(k, object.Int(v)) }
		str("int_curr_symbol", "")
		str("currency_symbol", "")
		str("mon_decimal_point", "")
		str("mon_thousands_sep", "")
		d.SetStr("mon_grouping", object.ListValue())
		str("positive_sign", "")
		str("negative_sign", "")
		for _, k := range []string{"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"} {
			num(k, 127)
		}
		str("decimal_point", ".")
		str("thousands_sep", "")
		d.SetStr("grouping", object.ListValue())
		return object.FromObject(d), nil
	})
	langinfo := map[int64]string{
		0x2002f: "", 0x20026: "AM", 0x4000f: "-", 0x20029: "%m/%d/%y", 0x20028: "%a %b %e %H:%M:%S %Y",
		0x2002c: "", 0x2002e: "", 0x20030: "", 0x20031: "", 0x50001: "^[nN]", 0x20027: "PM", 0x10000: ".",
		0x10001: "", 0x2002a: "%H:%M:%S", 0x2002b: "%I:%M:%S %p", 0x50000: "^[yY]", 0x2006c: "%a %b %e %H:%M:%S %Z %Y",
	}
	days := []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	for i, d := range days {
		langinfo[0x20007+int64(i)] = d
		langinfo[0x20000+int64(i)] = d[:3]
	}
	for i, mo := range months {
		langinfo[0x2001a+int64(i)] = mo
		langinfo[0x2000e+int64(i)] = mo[:3]
	}
	defFunc(m, "nl_langinfo", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("nl_langinfo", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		key, err := object.AsIndex(args[0])
		if err != nil {
			return object.Null, err
		}
		if key == 14 {
			if ls.cats[lcCtype] == "C" {
				return object.NewStr("ANSI_X3.4-1968"), nil
			}
			return object.NewStr("UTF-8"), nil
		}
		if v, ok := langinfo[int64(key)]; ok {
			return object.NewStr(v), nil
		}
		return object.Null, object.Errorf(object.ValueError, "unsupported langinfo constant")
	})
	defFunc(m, "strcoll", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("strcoll", args, kw, 2, 2); err != nil {
			return object.Null, err
		}
		var s [2]string
		for i := range s {
			v, ok := object.Unwrap(args[i]).Object().(*object.Str)
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "strcoll() argument %d must be str, not %s", i+1, object.TypeOf(args[i]).Name)
			}
			s[i] = v.S
		}
		a, b := object.DecodeRunes(s[0]), object.DecodeRunes(s[1])
		for i := 0; i < len(a) && i < len(b); i++ {
			if a[i] != b[i] {
				if a[i] < b[i] {
					return object.Int(-1), nil
				}
				return object.Int(1), nil
			}
		}
		switch {
		case len(a) < len(b):
			return object.Int(-1), nil
		case len(a) > len(b):
			return object.Int(1), nil
		}
		return object.Int(0), nil
	})
	defFunc(m, "strxfrm", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("strxfrm", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		if _, ok := object.Unwrap(args[0]).Object().(*object.Str); !ok {
			return object.Null, object.Errorf(object.TypeError, "strxfrm() argument must be str, not %s", object.TypeOf(args[0]).Name)
		}
		return args[0], nil
	})
	defFunc(m, "_get_locale_encoding", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("_get_locale_encoding", args, kw); err != nil {
			return object.Null, err
		}
		return object.NewStr(localeEncoding()), nil
	})
	identity := func(name string, min, max, msgArg int) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.PositionalOnly(name, args, kw, min, max); err != nil {
				return object.Null, err
			}
			if msgArg < 0 {
				return object.None, nil
			}
			return args[msgArg], nil
		})
	}
	identity("gettext", 1, 1, 0)
	identity("dgettext", 2, 2, 1)
	identity("dcgettext", 3, 3, 1)
	defFunc(m, "textdomain", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("textdomain", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		if args[0].IsNone() {
			return object.NewStr("messages"), nil
		}
		return args[0], nil
	})
	identity("bindtextdomain", 2, 2, -1)
	identity("bind_textdomain_codeset", 2, 2, -1)
	for name, v := range map[string]int64{"LC_CTYPE": lcCtype, "LC_NUMERIC": lcNumeric, "LC_TIME": lcTime,
		"LC_COLLATE": lcCollate, "LC_MONETARY": lcMonetary, "LC_MESSAGES": lcMessages, "LC_ALL": lcAll,
		"CHAR_MAX": 127, "CODESET": 14} {
		setAttr(m, name, object.Int(v))
	}
	names := map[string]int64{"AM_STR": 0x20026, "PM_STR": 0x20027, "D_T_FMT": 0x20028, "D_FMT": 0x20029, "T_FMT": 0x2002a,
		"T_FMT_AMPM": 0x2002b, "ERA": 0x2002c, "ERA_D_FMT": 0x2002e, "ALT_DIGITS": 0x2002f, "ERA_D_T_FMT": 0x20030,
		"ERA_T_FMT": 0x20031, "RADIXCHAR": 0x10000, "THOUSEP": 0x10001, "YESEXPR": 0x50000, "NOEXPR": 0x50001,
		"CRNCYSTR": 0x4000f, "_DATE_FMT": 0x2006c}
	for i := 0; i < 7; i++ {
		names["DAY_"+itoa(int64(i+1))] = 0x20007 + int64(i)
		names["ABDAY_"+itoa(int64(i+1))] = 0x20000 + int64(i)
	}
	for i := 0; i < 12; i++ {
		names["MON_"+itoa(int64(i+1))] = 0x2001a + int64(i)
		names["ABMON_"+itoa(int64(i+1))] = 0x2000e + int64(i)
	}
	for name, v := range names {
		setAttr(m, name, object.Int(v))
	}
	return m, nil
}

// all is setlocale(LC_ALL): one name, or every category's when they
// differ.
func (ls *localeState) all() string {
	same := true
	for _, c := range ls.cats[1:] {
		if c != ls.cats[0] {
			same = false
		}
	}
	if same {
		return ls.cats[0]
	}
	parts := make([]string, len(ls.cats))
	for i, c := range ls.cats {
		parts[i] = lcNames[i] + "=" + c
	}
	return strings.Join(parts, ";")
}
