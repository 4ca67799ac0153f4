package object

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pyvar/pyvar/core/xid"
)

func strArg(fname string, v Value) (string, error) {
	if s, ok := Unwrap(v).o.(*Str); ok {
		return s.S, nil
	}
	return "", Errorf(TypeError, "%s arg must be None or str", fname)
}

// runeIndexToByte converts a code-point index of s to a byte offset.
func runeOffsets(s *Str, start, stop int) (int, int) {
	if s.isASCII() {
		return start, stop
	}
	rs := s.runeSlice()
	bs := len(runesToString(rs[:start]))
	be := bs + len(runesToString(rs[start:stop]))
	return bs, be
}

func byteToRuneIndex(s string, b int) int {
	return runeCount(s[:b])
}

// findArgs parses (sub[, start[, end]]) and returns the byte window.
func findArgs(name string, self *Str, args []Value, kw []string) (sub string, lo, hi int, ok bool, err error) {
	if err = ParseTupleOnly(name, args, kw, 1, 3); err != nil {
		return
	}
	s, isStr := Unwrap(args[0]).o.(*Str)
	if !isStr {
		err = Errorf(TypeError, "must be str, not %s", TypeOf(args[0]).Name)
		return
	}
	n := self.Len()
	start, stop, err := startStop(args[1:], n)
	if err != nil {
		return
	}
	if stop > n {
		stop = n
	}
	if start > stop {
		return s.S, 0, 0, false, nil
	}
	lo, hi = runeOffsets(self, start, stop)
	return s.S, lo, hi, true, nil
}

func stripChars(args []Value, kw []string, name string) (string, bool, error) {
	if err := PositionalOnly(name, args, kw, 0, 1); err != nil {
		return "", false, err
	}
	if len(args) == 0 || args[0].IsNone() {
		return "", false, nil
	}
	s, ok := Unwrap(args[0]).o.(*Str)
	if !ok {
		return "", false, Errorf(TypeError, "%s arg must be None or str", name)
	}
	return s.S, true, nil
}

func splitWhitespace(s string, maxsplit int, right bool) []Value {
	var out []Value
	if !right {
		for maxsplit != 0 {
			s = strings.TrimLeftFunc(s, pyIsSpace)
			if s == "" {
				return out
			}
			i := strings.IndexFunc(s, pyIsSpace)
			if i < 0 {
				break
			}
			out = append(out, NewStr(s[:i]))
			s = s[i:]
			maxsplit--
		}
		s = strings.TrimLeftFunc(s, pyIsSpace)
		if s != "" {
			out = append(out, NewStr(s))
		}
		return out
	}
	for maxsplit != 0 {
		s = strings.TrimRightFunc(s, pyIsSpace)
		if s == "" {
			break
		}
		i := strings.LastIndexFunc(s, pyIsSpace)
		if i < 0 {
			break
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		out = append(out, NewStr(s[i+n:]))
		s = s[:i]
		maxsplit--
	}
	s = strings.TrimRightFunc(s, pyIsSpace)
	if s != "" {
		out = append(out, NewStr(s))
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

func splitMethod(name string, right bool) func(self Value, args []Value, kw []string) (Value, error) {
	return func(self Value, args []Value, kw []string) (Value, error) {
		var a [2]Value
		if err := ParseArgs(name, args, kw, []string{"sep", "maxsplit"}, 2, 0, a[:]); err != nil {
			return Null, err
		}
		s := self.o.(*Str).S
		maxsplit := -1
		if !a[1].IsNull() {
			n, err := ArgSsize(a[1])
			if err != nil {
				return Null, err
			}
			maxsplit = n
		}
		if a[0].IsNull() || a[0].IsNone() {
			return FromObject(NewList(splitWhitespace(s, maxsplit, right)...)), nil
		}
		sep, ok := Unwrap(a[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeError, "must be str or None, not %s", TypeOf(a[0]).Name)
		}
		if sep.S == "" {
			return Null, Errorf(ValueError, "empty separator")
		}
		var parts []string
		if !right {
			parts = strings.SplitN(s, sep.S, maxsplit+1)
			if maxsplit < 0 {
				parts = strings.Split(s, sep.S)
			}
		} else {
			for maxsplit != 0 {
				i := strings.LastIndex(s, sep.S)
				if i < 0 {
					break
				}
				parts = append(parts, s[i+len(sep.S):])
				s = s[:i]
				maxsplit--
			}
			parts = append(parts, s)
			for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
				parts[i], parts[j] = parts[j], parts[i]
			}
		}
		out := make([]Value, len(parts))
		for i, p := range parts {
			out[i] = NewStr(p)
		}
		return FromObject(NewList(out...)), nil
	}
}

func strPredicate(name string, f func(r rune) bool, emptyFalse bool) func(self Value, args []Value, kw []string) (Value, error) {
	fname := "str." + name
	return func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs(fname, args, kw); err != nil {
			return Null, err
		}
		s := self.o.(*Str).S
		if s == "" {
			return Bool(!emptyFalse), nil
		}
		for _, r := range s {
			if !f(r) {
				return False, nil
			}
		}
		return True, nil
	}
}

func padMethod(name string, align byte) func(self Value, args []Value, kw []string) (Value, error) {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly(name, args, kw, 1, 2); err != nil {
			return Null, err
		}
		w, err := ArgSsize(args[0])
		if err != nil {
			return Null, err
		}
		fill := ' '
		if len(args) == 2 {
			f, ok := Unwrap(args[1]).o.(*Str)
			if !ok || f.Len() != 1 {
				if !ok {
					return Null, Errorf(TypeError, "%s() argument 2 must be str, not %s", name, TypeOf(args[1]).Name)
				}
				return Null, Errorf(TypeError, "The fill character must be exactly one character long")
			}
			fill, _ = utf8.DecodeRuneInString(f.S)
		}
		s := self.o.(*Str)
		n := s.Len()
		if w <= n {
			return FromObject(s), nil
		}
		total := w - n
		left := 0
		switch align {
		case '>':
			left = total
		case '^':
			left = total/2 + (total & w & 1)
		}
		fs := string(fill)
		if err := checkAlloc(total, len(fs)); err != nil {
			return Null, err
		}
		return NewStr(strings.Repeat(fs, left) + s.S + strings.Repeat(fs, total-left)), nil
	}
}

func initStrType() {
	t := StrType
	t.New = strNew
	str := func(v Value) string { return v.o.(*Str).S }
	simple := func(name string, f func(string) string) {
		fname := "str." + name
		t.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
			if err := NoArgs(fname, args, kw); err != nil {
				return Null, err
			}
			return NewStr(f(str(self))), nil
		})
	}
	simple("upper", strUpper)
	simple("lower", strLower)
	simple("casefold", strCasefold)
	simple("swapcase", strSwapcase)
	simple("title", strTitle)
	simple("capitalize", strCapitalize)
	t.addMethod("strip", func(self Value, args []Value, kw []string) (Value, error) {
		chars, ok, err := stripChars(args, kw, "strip")
		if err != nil {
			return Null, err
		}
		if !ok {
			return NewStr(strings.TrimFunc(str(self), pyIsSpace)), nil
		}
		return NewStr(strings.Trim(str(self), chars)), nil
	})
	t.addMethod("lstrip", func(self Value, args []Value, kw []string) (Value, error) {
		chars, ok, err := stripChars(args, kw, "lstrip")
		if err != nil {
			return Null, err
		}
		if !ok {
			return NewStr(strings.TrimLeftFunc(str(self), pyIsSpace)), nil
		}
		return NewStr(strings.TrimLeft(str(self), chars)), nil
	})
	t.addMethod("rstrip", func(self Value, args []Value, kw []string) (Value, error) {
		chars, ok, err := stripChars(args, kw, "rstrip")
		if err != nil {
			return Null, err
		}
		if !ok {
			return NewStr(strings.TrimRightFunc(str(self), pyIsSpace)), nil
		}
		return NewStr(strings.TrimRight(str(self), chars)), nil
	})
	t.addMethod("split", splitMethod("split", false))
	t.addMethod("rsplit", splitMethod("rsplit", true))
	t.addMethod("join", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("str.join", args, kw); err != nil {
			return Null, err
		}
		return strJoin(Unwrap(self).o.(*Str), args[0])
	})
	t.addMethod("replace", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("replace", args, kw, 2, 3); err != nil {
			return Null, err
		}
		old, ok1 := Unwrap(args[0]).o.(*Str)
		nw, ok2 := Unwrap(args[1]).o.(*Str)
		if !ok1 {
			return Null, Errorf(TypeError, "replace() argument 1 must be str, not %s", TypeOf(args[0]).Name)
		}
		if !ok2 {
			return Null, Errorf(TypeError, "replace() argument 2 must be str, not %s", TypeOf(args[1]).Name)
		}
		n := -1
		if len(args) == 3 {
			var err error
			if n, err = ArgSsize(args[2]); err != nil {
				return Null, err
			}
		}
		return NewStr(strings.Replace(str(self), old.S, nw.S, n)), nil
	})
	affix := func(name string, f func(s, p string) bool) {
		t.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
			if err := ParseTupleOnly(name, args, kw, 1, 3); err != nil {
				return Null, err
			}
			s := self.o.(*Str)
			start, stop, err := startStop(args[1:], s.Len())
			if err != nil {
				return Null, err
			}
			if stop > s.Len() {
				stop = s.Len()
			}
			if start > stop {
				return False, nil
			}
			lo, hi := runeOffsets(s, start, stop)
			sub := s.S[lo:hi]
			var cands []Value
			switch p := Unwrap(args[0]).o.(type) {
			case *Str:
				return Bool(f(sub, p.S)), nil
			case *Tuple:
				cands = p.Items
			default:
				return Null, Errorf(TypeError, "%s first arg must be str or a tuple of str, not %s", name, TypeOf(args[0]).Name)
			}
			for _, c := range cands {
				p, ok := Unwrap(c).o.(*Str)
				if !ok {
					return Null, Errorf(TypeError, "tuple for %s must only contain str, not %s", name, TypeOf(c).Name)
				}
				if f(sub, p.S) {
					return True, nil
				}
			}
			return False, nil
		})
	}
	affix("startswith", strings.HasPrefix)
	affix("endswith", strings.HasSuffix)
	finder := func(name string, right, raise bool) {
		t.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
			s := self.o.(*Str)
			sub, lo, hi, ok, err := findArgs(name, s, args, kw)
			if err != nil {
				return Null, err
			}
			i := -1
			if ok {
				if right {
					i = strings.LastIndex(s.S[lo:hi], sub)
				} else {
					i = strings.Index(s.S[lo:hi], sub)
				}
				if i >= 0 {
					i = byteToRuneIndex(s.S, lo+i)
				}
			}
			if i < 0 && raise {
				return Null, Errorf(ValueError, "substring not found")
			}
			return Int(int64(i)), nil
		})
	}
	finder("find", false, false)
	finder("rfind", true, false)
	finder("index", false, true)
	finder("rindex", true, true)
	t.addMethod("count", func(self Value, args []Value, kw []string) (Value, error) {
		s := self.o.(*Str)
		sub, lo, hi, ok, err := findArgs("count", s, args, kw)
		if err != nil || !ok {
			return Int(0), err
		}
		if sub == "" {
			return Int(int64(runeCount(s.S[lo:hi]) + 1)), nil
		}
		return Int(int64(strings.Count(s.S[lo:hi], sub))), nil
	})
	t.addMethod("isdigit", strPredicate("isdigit", pyIsDigit, true))
	t.addMethod("isdecimal", strPredicate("isdecimal", func(r rune) bool { return unicode.Is(unicode.Nd, r) }, true))
	t.addMethod("isnumeric", strPredicate("isnumeric", unicode.IsNumber, true))
	t.addMethod("isalpha", strPredicate("isalpha", unicode.IsLetter, true))
	t.addMethod("isalnum", strPredicate("isalnum", func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }, true))
	t.addMethod("isspace", strPredicate("isspace", pyIsSpace, true))
	t.addMethod("isascii", strPredicate("isascii", func(r rune) bool { return r < 128 }, false))
	t.addMethod("isprintable", strPredicate("isprintable", isPrintable, false))
	t.addMethod("isidentifier", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("str.isidentifier", args, kw); err != nil {
			return Null, err
		}
		return Bool(xid.IsIdentifier(str(self))), nil
	})
	casePred := func(name string, want func(rune) bool, other func(rune) bool) {
		fname := "str." + name
		t.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
			if err := NoArgs(fname, args, kw); err != nil {
				return Null, err
			}
			cased := false
			for _, r := range str(self) {
				if other(r) {
					return False, nil
				}
				if want(r) {
					cased = true
				}
			}
			return Bool(cased), nil
		})
	}
	casePred("isupper", pyIsUpper, func(r rune) bool { return pyIsLower(r) || unicode.IsTitle(r) })
	casePred("islower", pyIsLower, func(r rune) bool { return pyIsUpper(r) || unicode.IsTitle(r) })
	t.addMethod("istitle", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("str.istitle", args, kw); err != nil {
			return Null, err
		}
		prev, cased := false, false
		for _, r := range str(self) {
			switch {
			case pyIsUpper(r) || unicode.IsTitle(r):
				if prev {
					return False, nil
				}
				prev, cased = true, true
			case pyIsLower(r):
				if !prev {
					return False, nil
				}
				prev, cased = true, true
			default:
				prev = false
			}
		}
		return Bool(cased), nil
	})
	t.addMethod("format", func(self Value, args []Value, kw []string) (Value, error) {
		s, err := strFormatMethod(str(self), args, kw)
		return NewStr(s), err
	})
	t.addMethod("format_map", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("str.format_map", args, kw); err != nil {
			return Null, err
		}
		s, err := formatWith(str(self), nil, nil, args[0])
		return NewStr(s), err
	})
	t.addSlot("__format__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("__format__", args, kw); err != nil {
			return Null, err
		}
		spec, ok := Unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeError, "__format__() argument must be str, not %s", argTypeName(args[0]))
		}
		if spec.S == "" {
			// unicode__format__: an exact str is itself, a subclass's
			// instance its str() (which a __str__ may override).
			return StrValue(self)
		}
		r, err := formatStr(Unwrap(self).o.(*Str).S, spec.S)
		return NewStr(r), err
	})
	t.addSlot("__str__", func(self Value, args []Value, kw []string) (Value, error) {
		return NewStr(Unwrap(self).o.(*Str).S), nil
	})
	t.addMethod("zfill", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("str.zfill", args, kw); err != nil {
			return Null, err
		}
		w, err := ArgSsize(args[0])
		if err != nil {
			return Null, err
		}
		s := self.o.(*Str)
		n := s.Len()
		if w <= n {
			return FromObject(s), nil
		}
		if err := checkAlloc(w, 1); err != nil {
			return Null, err
		}
		pad := strings.Repeat("0", w-n)
		if s.S != "" && (s.S[0] == '+' || s.S[0] == '-') {
			return NewStr(s.S[:1] + pad + s.S[1:]), nil
		}
		return NewStr(pad + s.S), nil
	})
	t.addMethod("center", padMethod("center", '^'))
	t.addMethod("ljust", padMethod("ljust", '<'))
	t.addMethod("rjust", padMethod("rjust", '>'))
	t.addMethod("splitlines", func(self Value, args []Value, kw []string) (Value, error) {
		var a [1]Value
		if err := ParseArgs("splitlines", args, kw, []string{"keepends"}, 1, 0, a[:]); err != nil {
			return Null, err
		}
		keep := false
		if !a[0].IsNull() {
			keep, _ = Truth(a[0])
		}
		s := str(self)
		var out []Value
		for len(s) > 0 {
			i, n := 0, 0
			for i < len(s) {
				r, w := utf8.DecodeRuneInString(s[i:])
				if r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x1c || r == 0x1d || r == 0x1e || r == 0x85 || r == 0x2028 || r == 0x2029 {
					n = w
					if r == '\r' && i+1 < len(s) && s[i+1] == '\n' {
						n = 2
					}
					break
				}
				i += w
			}
			if keep {
				out = append(out, NewStr(s[:i+n]))
			} else {
				out = append(out, NewStr(s[:i]))
			}
			s = s[i+n:]
		}
		return FromObject(NewList(out...)), nil
	})
	part := func(name string, right bool) {
		t.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
			if err := ExactlyOne("str."+name, args, kw); err != nil {
				return Null, err
			}
			sep, ok := Unwrap(args[0]).o.(*Str)
			if !ok {
				return Null, Errorf(TypeError, "must be str, not %s", TypeOf(args[0]).Name)
			}
			if sep.S == "" {
				return Null, Errorf(ValueError, "empty separator")
			}
			s := str(self)
			var i int
			if right {
				i = strings.LastIndex(s, sep.S)
				if i < 0 {
					return FromObject(NewTuple(NewStr(""), NewStr(""), NewStr(s))), nil
				}
			} else {
				i = strings.Index(s, sep.S)
				if i < 0 {
					return FromObject(NewTuple(NewStr(s), NewStr(""), NewStr(""))), nil
				}
			}
			return FromObject(NewTuple(NewStr(s[:i]), FromObject(sep), NewStr(s[i+len(sep.S):]))), nil
		})
	}
	part("partition", false)
	part("rpartition", true)
	t.addMethod("encode", func(self Value, args []Value, kw []string) (Value, error) {
		var a [2]Value
		if err := ParseArgs("encode", args, kw, []string{"encoding", "errors"}, 2, 0, a[:]); err != nil {
			return Null, err
		}
		enc, errs, err := encodingArgs("encode", a[0], a[1])
		if err != nil {
			return Null, err
		}
		return EncodeString(Unwrap(self), enc, errs)
	})
	t.addMethod("removeprefix", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("str.removeprefix", args, kw); err != nil {
			return Null, err
		}
		p, err := strArg("removeprefix", args[0])
		return NewStr(strings.TrimPrefix(str(self), p)), err
	})
	t.addMethod("removesuffix", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("str.removesuffix", args, kw); err != nil {
			return Null, err
		}
		p, err := strArg("removesuffix", args[0])
		return NewStr(strings.TrimSuffix(str(self), p)), err
	})
	t.addMethod("expandtabs", func(self Value, args []Value, kw []string) (Value, error) {
		size := 8
		if len(args) > 0 {
			n, err := ArgCInt(args[0])
			if err != nil {
				return Null, err
			}
			size = n
		}
		var b strings.Builder
		col := 0
		for _, r := range str(self) {
			switch r {
			case '\t':
				if size > 0 {
					sp := size - col%size
					b.WriteString(strings.Repeat(" ", sp))
					col += sp
				}
			case '\n', '\r':
				b.WriteRune(r)
				col = 0
			default:
				b.WriteRune(r)
				col++
			}
		}
		return NewStr(b.String()), nil
	})
	t.addClassMethod("maketrans", func(cls Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("maketrans", args, kw, 1, 3); err != nil {
			return Null, err
		}
		d := NewDict(0)
		if len(args) == 1 {
			src, ok := args[0].o.(*Dict)
			if !ok {
				return Null, Errorf(TypeError, "if you give only one argument to maketrans it must be a dict")
			}
			for i := 0; i < src.EntriesLen(); i++ {
				k, v, live := src.EntryAt(i)
				if !live {
					continue
				}
				if s, ok := Unwrap(k).o.(*Str); ok {
					rs := s.runeSlice()
					if len(rs) != 1 {
						return Null, Errorf(ValueError, "string keys in translate table must be of length 1")
					}
					k = Int(int64(rs[0]))
				} else if numericKind(Unwrap(k)) != numInt {
					return Null, Errorf(TypeError, "keys in translate table must be strings or integers")
				}
				if err := d.Set(k, v); err != nil {
					return Null, err
				}
			}
			return FromObject(d), nil
		}
		// Argument Clinic checks y and z (str) before the body checks x.
		var strs [3]*Str
		for i := 1; i < len(args); i++ {
			s, ok := Unwrap(args[i]).o.(*Str)
			if !ok {
				return Null, Errorf(TypeError, "maketrans() argument %d must be str, not %s", i+1, TypeOf(args[i]).Name)
			}
			strs[i] = s
		}
		x, ok := Unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeError, "first maketrans argument must be a string if there is a second argument")
		}
		xr, yr := x.runeSlice(), strs[1].runeSlice()
		if len(xr) != len(yr) {
			return Null, Errorf(ValueError, "the first two maketrans arguments must have equal length")
		}
		for i := range xr {
			d.Set(Int(int64(xr[i])), Int(int64(yr[i])))
		}
		if strs[2] != nil {
			for _, r := range strs[2].runeSlice() {
				d.Set(Int(int64(r)), None)
			}
		}
		return FromObject(d), nil
	})
	t.addMethod("translate", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("str.translate", args, kw); err != nil {
			return Null, err
		}
		var b strings.Builder
		for _, r := range str(self) {
			v, err := GetItem(args[0], Int(int64(r)))
			if err != nil {
				if ExceptionMatches(err, LookupError) {
					b.WriteRune(r)
					continue
				}
				return Null, err
			}
			switch x := v.o.(type) {
			case *Str:
				b.WriteString(x.S)
			default:
				if v.IsNone() {
					continue
				}
				n, err := AsIndex(v)
				if err != nil {
					return Null, Errorf(TypeError, "character mapping must return integer, None or str")
				}
				b.WriteRune(rune(n))
			}
		}
		return NewStr(b.String()), nil
	})
	initStrFast(t)
}

// pyIsSpace is str.isspace for one character: Unicode whitespace plus the
// information separators U+001C..U+001F, as Py_UNICODE_ISSPACE.
func pyIsSpace(r rune) bool { return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f }

// strJoin is sep.join(it).
func strJoin(sepStr *Str, it Value) (Value, error) {
	sep := sepStr.S
	// Lists and tuples of exact strs are joined without a parts slice.
	var items []Value
	switch o := it.o.(type) {
	case *List:
		items = o.Items
	case *Tuple:
		items = o.Items
	}
	if items != nil {
		n := len(sep) * (len(items) - 1)
		ok := true
		kind := uint8(1)
		if len(items) > 1 {
			kind = sepStr.kind()
		}
		for _, x := range items {
			xs, isStr := x.o.(*Str)
			if !isStr || !x.IsObject() {
				ok = false
				break
			}
			n += len(xs.S)
			kind = concatKind(kind, xs.kind())
		}
		if ok {
			if len(items) == 1 {
				return items[0], nil // an exact str joins to itself
			}
			r, b := newStrBuf(max(n, 0))
			k := 0
			for i, x := range items {
				if i > 0 {
					k += copy(b[k:], sep)
				}
				k += copy(b[k:], x.o.(*Str).S)
			}
			r.setBuf(b)
			r.x = kindExt(kind)
			return FromObject(r), nil
		}
	}
	var parts []string
	i := 0
	err := Iterate(it, func(x Value) (bool, error) {
		s, ok := Unwrap(x).o.(*Str)
		if !ok {
			return false, Errorf(TypeError, "sequence item %d: expected str instance, %s found", i, TypeOf(x).Name)
		}
		i++
		parts = append(parts, s.S)
		return true, nil
	})
	if err != nil {
		if ExceptionMatches(err, TypeError) && i == 0 {
			if _, e2 := GetIter(it); e2 != nil {
				return Null, Errorf(TypeError, "can only join an iterable")
			}
		}
		return Null, err
	}
	return NewStr(strings.Join(parts, sep)), nil
}
