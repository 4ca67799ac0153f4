package object

import (
	"bytes"
	"unicode/utf8"
	"unsafe"
)

// Most bytes/bytearray methods are the str methods applied to the bytes
// read as Latin-1 (one code point per byte), which is exact for anything
// that only moves, compares or searches bytes. Arguments are converted the
// same way and results converted back; case changes and character classes
// are ASCII-only for bytes and are implemented separately.

func latin1(b []byte) string {
	i := 0
	if len(b) > 0 {
		i = asciiPrefix(unsafe.String(&b[0], len(b)))
	}
	if i == len(b) {
		return string(b) // ASCII: the same bytes
	}
	out := make([]byte, i, len(b)+(len(b)-i))
	copy(out, b[:i])
	for _, c := range b[i:] {
		out = utf8.AppendRune(out, rune(c))
	}
	return string(out)
}

func fromLatin1(s string) []byte {
	if isASCIIString(s) {
		return []byte(s)
	}
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out
}

func bytesArgToStr(v Value) (Value, error) {
	switch o := Unwrap(v).o.(type) {
	case *Bytes:
		return NewStr(latin1(o.B)), nil
	case *ByteArray:
		return NewStr(latin1(o.B)), nil
	case *MemoryView, BufferExporter:
		b, err := AsBytes(v)
		if err != nil {
			return Null, err
		}
		return NewStr(latin1(b)), nil
	case *Str:
		return Null, Errorf(TypeError, "a bytes-like object is required, not 'str'")
	case *Tuple:
		items := make([]Value, len(o.Items))
		for i, x := range o.Items {
			s, err := bytesArgToStr(x)
			if err != nil {
				return Null, err
			}
			items[i] = s
		}
		return FromObject(NewTuple(items...)), nil
	}
	return v, nil
}

func strResultToBytes(v Value, mutable bool) Value {
	switch o := v.o.(type) {
	case *Str:
		if mutable {
			return FromObject(&ByteArray{B: fromLatin1(o.S)})
		}
		return NewBytes(fromLatin1(o.S))
	case *List:
		for i, x := range o.Items {
			o.Items[i] = strResultToBytes(x, mutable)
		}
	case *Tuple:
		items := make([]Value, len(o.Items))
		for i, x := range o.Items {
			items[i] = strResultToBytes(x, mutable)
		}
		return FromObject(NewTuple(items...))
	}
	return v
}

func asciiUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func isASCIIAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }
func isASCIISpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }
func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isASCIILower(c byte) bool { return c >= 'a' && c <= 'z' }

// bytesCased reports whether b has a byte of case is and none of case not.
func bytesCased(b []byte, is, not func(byte) bool) bool {
	cased := false
	for _, c := range b {
		if not(c) {
			return false
		}
		cased = cased || is(c)
	}
	return cased
}

func initBytesMethods() {
	delegated := []string{"split", "rsplit", "replace", "strip", "lstrip", "rstrip",
		"partition", "rpartition", "center", "ljust", "rjust", "zfill", "splitlines", "expandtabs",
		"removeprefix", "removesuffix"}
	for _, t := range []*Type{BytesType, ByteArrayType} {
		mutable := t == ByteArrayType
		initBytesSearch(t)
		for _, name := range delegated {
			name := name
			strMeth := StrType.LookupString(name).o.(*MethodDescr)
			t.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
				b, _ := bytesOf(self)
				if name == "partition" || name == "rpartition" {
					if err := ExactlyOne(t.Name+"."+name, args, kw); err != nil {
						return Null, err
					}
				}
				if name == "center" || name == "ljust" || name == "rjust" {
					if len(args) == 2 {
						if f, ok := bytesOf(Unwrap(args[1])); !ok || len(f) != 1 {
							return Null, Errorf(TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, TypeOf(args[1]).Name)
						}
					}
				}
				conv := make([]Value, len(args))
				for i, a := range args {
					c, err := bytesArgToStr(a)
					if err != nil {
						return Null, err
					}
					conv[i] = c
				}
				r, err := strMeth.Fn(NewStr(latin1(b)), conv, kw)
				if err != nil {
					return Null, err
				}
				return strResultToBytes(r, mutable), nil
			})
		}
		mapBytes := func(name string, f func([]byte) []byte) {
			fname := t.Name + "." + name
			t.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
				if err := NoArgs(fname, args, kw); err != nil {
					return Null, err
				}
				b, _ := bytesOf(self)
				r := f(append([]byte(nil), b...))
				if mutable {
					return FromObject(&ByteArray{B: r}), nil
				}
				return NewBytes(r), nil
			})
		}
		mapBytes("upper", func(b []byte) []byte {
			for i := range b {
				b[i] = asciiUpper(b[i])
			}
			return b
		})
		mapBytes("lower", func(b []byte) []byte {
			for i := range b {
				b[i] = asciiLower(b[i])
			}
			return b
		})
		mapBytes("swapcase", func(b []byte) []byte {
			for i, c := range b {
				if c >= 'a' && c <= 'z' {
					b[i] = c - 32
				} else if c >= 'A' && c <= 'Z' {
					b[i] = c + 32
				}
			}
			return b
		})
		mapBytes("capitalize", func(b []byte) []byte {
			for i := range b {
				if i == 0 {
					b[i] = asciiUpper(b[i])
				} else {
					b[i] = asciiLower(b[i])
				}
			}
			return b
		})
		mapBytes("title", func(b []byte) []byte {
			prev := false
			for i, c := range b {
				if isASCIIAlpha(c) {
					if prev {
						b[i] = asciiLower(c)
					} else {
						b[i] = asciiUpper(c)
					}
					prev = true
				} else {
					prev = false
				}
			}
			return b
		})
		// The predicates, as CPython's bytes_methods.c: ASCII only.
		check := func(name string, f func(b []byte) bool) {
			fname := t.Name + "." + name
			t.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
				if err := NoArgs(fname, args, kw); err != nil {
					return Null, err
				}
				b, _ := bytesOf(self)
				return Bool(f(b)), nil
			})
		}
		pred := func(name string, f func(byte) bool) {
			check(name, func(b []byte) bool {
				for _, c := range b {
					if !f(c) {
						return false
					}
				}
				return len(b) > 0
			})
		}
		pred("isdigit", isASCIIDigit)
		pred("isalpha", isASCIIAlpha)
		pred("isalnum", func(c byte) bool { return isASCIIAlpha(c) || isASCIIDigit(c) })
		pred("isspace", isASCIISpace)
		check("isascii", func(b []byte) bool {
			for _, c := range b {
				if c >= 0x80 {
					return false
				}
			}
			return true
		})
		// isupper and islower: some cased byte, none of the other case.
		check("isupper", func(b []byte) bool { return bytesCased(b, isASCIIUpper, isASCIILower) })
		check("islower", func(b []byte) bool { return bytesCased(b, isASCIILower, isASCIIUpper) })
		check("istitle", func(b []byte) bool {
			cased, prevCased := false, false
			for _, c := range b {
				switch {
				case isASCIIUpper(c):
					if prevCased {
						return false
					}
					prevCased, cased = true, true
				case isASCIILower(c):
					if !prevCased {
						return false
					}
					prevCased, cased = true, true
				default:
					prevCased = false
				}
			}
			return cased
		})
	}
	ByteArrayType.addMethod("pop", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("pop", args, kw, 0, 1); err != nil {
			return Null, err
		}
		o := self.o.(*ByteArray)
		if err := o.resizeCheck(); err != nil {
			return Null, err
		}
		if len(o.B) == 0 {
			return Null, Errorf(IndexError, "pop from empty bytearray")
		}
		i := len(o.B) - 1
		if len(args) == 1 {
			n, err := ArgSsize(args[0])
			if err != nil {
				return Null, err
			}
			if n < 0 {
				n += len(o.B)
			}
			if n < 0 || n >= len(o.B) {
				return Null, Errorf(IndexError, "pop index out of range")
			}
			i = n
		}
		c := o.B[i]
		o.B = append(o.B[:i], o.B[i+1:]...)
		return Int(int64(c)), nil
	})
	ByteArrayType.addMethod("remove", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("bytearray.remove", args, kw); err != nil {
			return Null, err
		}
		c, err := byteValue(args[0])
		if err != nil {
			return Null, err
		}
		o := self.o.(*ByteArray)
		i := bytes.IndexByte(o.B, c)
		if i < 0 {
			return Null, Errorf(ValueError, "value not found in bytearray")
		}
		if err := o.resizeCheck(); err != nil {
			return Null, err
		}
		o.B = append(o.B[:i], o.B[i+1:]...)
		return None, nil
	})
	// __alloc__ is the size of the storage, with room for a trailing NUL
	// as CPython keeps one.
	ByteArrayType.addMethod("__alloc__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("bytearray.__alloc__", args, kw); err != nil {
			return Null, err
		}
		if n := cap(self.o.(*ByteArray).B); n > 0 {
			return Int(int64(n + 1)), nil
		}
		return Int(0), nil
	})
	ByteArrayType.addMethod("clear", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("bytearray.clear", args, kw); err != nil {
			return Null, err
		}
		if err := self.o.(*ByteArray).resizeCheck(); err != nil {
			return Null, err
		}
		self.o.(*ByteArray).B = nil
		return None, nil
	})
	ByteArrayType.addMethod("copy", func(self Value, args []Value, kw []string) (Value, error) {
		return FromObject(&ByteArray{B: append([]byte(nil), self.o.(*ByteArray).B...)}), NoArgs("bytearray.copy", args, kw)
	})
	ByteArrayType.addMethod("reverse", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("bytearray.reverse", args, kw); err != nil {
			return Null, err
		}
		b := self.o.(*ByteArray).B
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		return None, nil
	})
	ByteArrayType.addMethod("insert", func(self Value, args []Value, kw []string) (Value, error) {
		if err := PositionalOnly("insert", args, kw, 2, 2); err != nil {
			return Null, err
		}
		o := self.o.(*ByteArray)
		if err := o.resizeCheck(); err != nil {
			return Null, err
		}
		i, err := ArgSsize(args[0])
		if err != nil {
			return Null, err
		}
		c, err := byteValue(args[1])
		if err != nil {
			return Null, err
		}
		n := len(o.B)
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		o.B = append(o.B[:i], append([]byte{c}, o.B[i:]...)...)
		return None, nil
	})
}

// bytesPercentFormat is bytes % args: the str formatter over Latin-1 text,
// with %s and %b taking bytes-like arguments and %r/%a ascii().
func bytesPercentFormat(b []byte, args Value, mutable bool) (Value, error) {
	r, err := percentFormat(latin1(b), args, true)
	if err != nil {
		return Null, err
	}
	return strResultToBytes(NewStr(r), mutable), nil
}

// bytesFindArgs parses find/rfind/index/rindex/count's (sub[, start[,
// end]]) as CPython's stringlib_parse_args_finds and
// parse_args_finds_byte do: the window first, then sub as a bytes-like
// object or a byte value.
func bytesFindArgs(name string, args []Value, kw []string) (sub []byte, start, end int, err error) {
	if err = ParseTupleOnly(name, args, kw, 1, 3); err != nil {
		return
	}
	start, end = 0, 1<<62
	if len(args) > 1 && !args[1].IsNone() {
		if start, err = sliceIndex(args[1]); err != nil {
			return
		}
	}
	if len(args) > 2 && !args[2].IsNone() {
		if end, err = sliceIndex(args[2]); err != nil {
			return
		}
	}
	a := args[0]
	if b, ok := bytesOf(Unwrap(a)); ok {
		return b, start, end, nil
	}
	if !IndexCheck(a) {
		err = Errorf(TypeError, "argument should be integer or bytes-like object, not '%s'", TypeOf(a).Name)
		return
	}
	r, err := Index(a)
	if err != nil {
		return
	}
	c, ok := r.AsInt() // an int too large for the byte range is out of it too
	if !ok || c < 0 || c > 255 {
		err = Errorf(ValueError, "byte must be in range(0, 256)")
		return
	}
	return byteStrings[c : c+1], start, end, nil
}

// byteStrings holds every byte value once, for a one-byte sub.
var byteStrings = func() []byte {
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i)
	}
	return b
}()

// adjustIndices clips a window to [0, n] as CPython's ADJUST_INDICES
// does: start is not clipped above, so start > end means an empty window.
func adjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// bytesFind is find (dir 1) and rfind (dir -1) on b[start:end].
func bytesFind(b, sub []byte, start, end, dir int) int {
	start, end = adjustIndices(start, end, len(b))
	if end-start < len(sub) {
		return -1
	}
	var i int
	if dir > 0 {
		if len(sub) == 1 {
			i = bytes.IndexByte(b[start:end], sub[0])
		} else {
			i = bytes.Index(b[start:end], sub)
		}
	} else if len(sub) == 1 {
		i = bytes.LastIndexByte(b[start:end], sub[0])
	} else {
		i = bytes.LastIndex(b[start:end], sub)
	}
	if i < 0 {
		return -1
	}
	return start + i
}

// bytesTailMatch is startswith (dir -1) and endswith (dir 1) of one
// prefix or suffix, as CPython's tailmatch.
func bytesTailMatch(b, sub []byte, start, end, dir int) bool {
	start, end = adjustIndices(start, end, len(b))
	if dir < 0 {
		if start > len(b)-len(sub) {
			return false
		}
	} else {
		if end-start < len(sub) || start > len(b) {
			return false
		}
		if end-len(sub) > start {
			start = end - len(sub)
		}
	}
	if end-start < len(sub) {
		return false
	}
	return bytes.Equal(b[start:start+len(sub)], sub)
}

func initBytesSearch(t *Type) {
	finder := func(name string, dir int, raise bool) {
		t.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
			sub, start, end, err := bytesFindArgs(name, args, kw)
			if err != nil {
				return Null, err
			}
			b, _ := bytesOf(self)
			i := bytesFind(b, sub, start, end, dir)
			if i < 0 && raise {
				return Null, Errorf(ValueError, "subsection not found")
			}
			return Int(int64(i)), nil
		})
	}
	finder("find", 1, false)
	finder("rfind", -1, false)
	finder("index", 1, true)
	finder("rindex", -1, true)
	t.addMethod("count", func(self Value, args []Value, kw []string) (Value, error) {
		sub, start, end, err := bytesFindArgs("count", args, kw)
		if err != nil {
			return Null, err
		}
		b, _ := bytesOf(self)
		start, end = adjustIndices(start, end, len(b))
		if end < start {
			return Int(0), nil
		}
		if len(sub) == 0 {
			return Int(int64(end - start + 1)), nil
		}
		return Int(int64(bytes.Count(b[start:end], sub))), nil
	})
	tail := func(name string, dir int) {
		t.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
			if err := ParseTupleOnly(name, args, kw, 1, 3); err != nil {
				return Null, err
			}
			start, end := 0, 1<<62
			var err error
			if len(args) > 1 && !args[1].IsNone() {
				if start, err = sliceIndex(args[1]); err != nil {
					return Null, err
				}
			}
			if len(args) > 2 && !args[2].IsNone() {
				if end, err = sliceIndex(args[2]); err != nil {
					return Null, err
				}
			}
			b, _ := bytesOf(self)
			if tup, ok := Unwrap(args[0]).o.(*Tuple); ok {
				for _, x := range tup.Items {
					p, ok := bytesOf(Unwrap(x))
					if !ok {
						return Null, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeOf(x).Name)
					}
					if bytesTailMatch(b, p, start, end, dir) {
						return True, nil
					}
				}
				return False, nil
			}
			p, ok := bytesOf(Unwrap(args[0]))
			if !ok {
				return Null, Errorf(TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, TypeOf(args[0]).Name)
			}
			return Bool(bytesTailMatch(b, p, start, end, dir)), nil
		})
	}
	tail("startswith", -1)
	tail("endswith", 1)
}
