package object

import (
	"bytes"
	"fmt"
	"strings"
)

// Bytes is an immutable byte string.
type Bytes struct {
	B    []byte
	hash uint64 // 0: not computed yet (as Str's; the empty bytes hashes to 0)
}

// Hash returns hash(b), computed once (CPython keeps it in ob_shash):
// a bytes key or a tuple of bytes is hashed again at each lookup.
func (b *Bytes) Hash() uint64 {
	if b.hash == 0 {
		b.hash = hashBytes(b.B)
	}
	return b.hash
}

// Type returns BytesType.
func (b *Bytes) Type() *Type { return BytesType }

// NewBytes returns a bytes Value holding b (kept).
func NewBytes(b []byte) Value { return FromObject(&Bytes{B: b}) }

// ByteArray is a mutable byte string.
type ByteArray struct {
	B       []byte
	exports int // buffers handed out and not released: no resizing meanwhile
}

// Type returns ByteArrayType.
func (b *ByteArray) Type() *Type { return ByteArrayType }

// bytesOf returns the contents of a bytes-like object: bytes, bytearray
// or any other buffer (memoryview, array.array), as the bytes methods and
// constructors accept them.
func bytesOf(v Value) ([]byte, bool) {
	switch o := v.o.(type) {
	case *Bytes:
		return o.B, true
	case *ByteArray:
		return o.B, true
	case *MemoryView, BufferExporter:
		b, err := AsBytes(v)
		return b, err == nil
	}
	return nil, false
}

// bytesOrByteArray is bytesOf for the two byte-string types only (their
// comparisons do not extend to other buffers).
func bytesOrByteArray(v Value) ([]byte, bool) {
	switch o := v.o.(type) {
	case *Bytes:
		return o.B, true
	case *ByteArray:
		return o.B, true
	}
	return nil, false
}

func bytesRepr(b []byte) string {
	quote := byte('\'')
	if bytes.IndexByte(b, '\'') >= 0 && bytes.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	var s strings.Builder
	s.WriteByte('b')
	s.WriteByte(quote)
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			s.WriteByte('\\')
			s.WriteByte(c)
		case c == '\n':
			s.WriteString(`\n`)
		case c == '\r':
			s.WriteString(`\r`)
		case c == '\t':
			s.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&s, `\x%02x`, c)
		default:
			s.WriteByte(c)
		}
	}
	s.WriteByte(quote)
	return s.String()
}

// byteSingles are the one-byte bytes objects that slices of one byte
// return (CPython keeps such singletons too): b[i:i+1] allocates nothing.
var byteSingles = func() (t [256]Bytes) {
	for i := range t {
		t[i].B = byteStrings[i : i+1 : i+1]
	}
	return
}()

// emptyBytes is the empty bytes that empty slices return.
var emptyBytes = &Bytes{B: []byte{}}

// bytesSlice is b[start:start+n*step:step] of an exact bytes: self for
// the whole of it, a shared object for zero or one byte, else a copy.
func bytesSlice(self *Bytes, start, step, n int) Value {
	b := self.B
	switch {
	case n == 0:
		return FromObject(emptyBytes)
	case n == 1:
		return FromObject(&byteSingles[b[start]])
	case n == len(b) && step == 1:
		return FromObject(self)
	case step == 1:
		return NewBytes(append([]byte(nil), b[start:start+n]...))
	}
	out := make([]byte, n)
	for i := range out {
		out[i] = b[start+i*step]
	}
	return NewBytes(out)
}

func bytesGetItem(b []byte, key Value, mutable bool) (Value, error) {
	if sl, ok := key.o.(*Slice); ok {
		start, _, step, n, err := sl.Indices(len(b))
		if err != nil {
			return Null, err
		}
		out := make([]byte, n)
		for i := range out {
			out[i] = b[start+i*step]
		}
		if mutable {
			return FromObject(&ByteArray{B: out}), nil
		}
		return NewBytes(out), nil
	}
	what := "index"
	if mutable {
		what = "bytearray"
	}
	if !IndexCheck(key) {
		if mutable {
			return Null, Errorf(TypeError, "bytearray indices must be integers or slices, not %s", TypeOf(key).Name)
		}
		return Null, Errorf(TypeError, "byte indices must be integers or slices, not %s", TypeOf(key).Name)
	}
	i, err := seqIndex(key, len(b), what)
	if err != nil {
		return Null, err
	}
	return Int(int64(b[i])), nil
}

func byteValue(v Value) (byte, error) {
	i, err := AsIndex(v)
	if err != nil {
		return 0, err
	}
	if i < 0 || i > 255 {
		return 0, Errorf(ValueError, "byte must be in range(0, 256)")
	}
	return byte(i), nil
}

// bytesItem is byteValue with the wording of the bytes constructor.
func bytesItem(v Value, what string) (byte, error) {
	c, err := byteValue(v)
	if err != nil && what == "bytes" && ExceptionMatches(err, ValueError) {
		return 0, Errorf(ValueError, "bytes must be in range(0, 256)")
	}
	return c, err
}

func byteArraySetItem(o *ByteArray, key, val Value) error {
	if sl, ok := key.o.(*Slice); ok {
		start, stop, step, n, err := sl.Indices(len(o.B))
		if err != nil {
			return err
		}
		var src []byte
		if !val.IsNull() {
			if numericKind(Unwrap(val)) == numInt {
				return Errorf(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			}
			if src, err = bytesFromValue(val, "bytearray"); err != nil {
				return err
			}
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			if len(src) != stop-start {
				if err := o.resizeCheck(); err != nil {
					return err
				}
			}
			tail := append([]byte(nil), o.B[stop:]...)
			o.B = append(append(o.B[:start], src...), tail...)
			return nil
		}
		if val.IsNull() {
			if err := o.resizeCheck(); err != nil && n > 0 {
				return err
			}
			keep := o.B[:0:0]
			for i := range o.B {
				d := i - start
				if (step > 0 && d >= 0 && d%step == 0 && d/step < n) || (step < 0 && d <= 0 && (-d)%(-step) == 0 && d/step < n) {
					continue
				}
				keep = append(keep, o.B[i])
			}
			o.B = keep
			return nil
		}
		if len(src) != n {
			return Errorf(ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
		}
		for i := 0; i < n; i++ {
			o.B[start+i*step] = src[i]
		}
		return nil
	}
	if !val.IsNull() && (key.IsInt() || IndexCheck(key)) {
		// The value first: its __index__ may resize the bytearray, and
		// the bounds are checked against the size it leaves (CPython's
		// bytearray_ass_subscript does the same).
		c, err := byteValue(val)
		if err != nil {
			return err
		}
		i, err := seqIndex(key, len(o.B), "bytearray")
		if err != nil {
			return err
		}
		o.B[i] = c
		return nil
	}
	i, err := seqIndex(key, len(o.B), "bytearray")
	if err != nil {
		return err
	}
	// (Only a deletion gets here: an assignment with a key that is not an
	// index failed in seqIndex.)
	if err := o.resizeCheck(); err != nil {
		return err
	}
	o.B = append(o.B[:i], o.B[i+1:]...)
	return nil
}

func bytesContains(b []byte, item Value) (bool, error) {
	if sub, ok := bytesOf(Unwrap(item)); ok {
		return bytes.Contains(b, sub), nil
	}
	c, err := byteValue(item)
	if err != nil {
		return false, err
	}
	return bytes.IndexByte(b, c) >= 0, nil
}

// backslashEscape is the backslashreplace form of a code point.
func backslashEscape(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf("\\x%02x", r)
	case r < 0x10000:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}

func bytesFromValue(v Value, what string) ([]byte, error) {
	v = Unwrap(v)
	if b, ok := bytesOf(v); ok {
		return append([]byte(nil), b...), nil
	}
	if _, ok := v.o.(*Str); ok {
		return nil, Errorf(TypeError, "string argument without an encoding")
	}
	if IndexCheck(v) {
		n, err := AsSsize(v, OverflowError)
		if err != nil {
			if !ExceptionMatches(err, TypeError) {
				return nil, err
			}
			// An __index__ that raises TypeError: try it as an iterable.
			goto iterate
		}
		if n < 0 {
			return nil, Errorf(ValueError, "negative count")
		}
		if err := checkAlloc(int(n), 1); err != nil {
			return nil, err
		}
		return make([]byte, n), nil
	}
iterate:
	var out []byte
	err := Iterate(v, func(x Value) (bool, error) {
		c, err := bytesItem(x, what)
		if err != nil {
			if ExceptionMatches(err, TypeError) {
				return false, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeOf(x).Name)
			}
			return false, err
		}
		out = append(out, c)
		return true, nil
	})
	if err != nil && ExceptionMatches(err, TypeError) {
		if _, e2 := GetIter(v); e2 != nil {
			return nil, Errorf(TypeError, "cannot convert '%s' object to %s", TypeOf(v).Name, what)
		}
	}
	return out, err
}

func bytesNewCommon(name string, args []Value, kwnames []string) ([]byte, error) {
	var a [3]Value
	if err := ParseArgs(name, args, kwnames, []string{"source", "encoding", "errors"}, 3, 0, a[:]); err != nil {
		return nil, err
	}
	if a[0].IsNull() {
		return []byte{}, nil
	}
	if name == "bytes" && a[1].IsNull() {
		if m := TypeOf(a[0]).Lookup(Intern("__bytes__")); !m.IsNull() && a[0].IsObject() {
			r, err := CallMethodValue(m, a[0], nil, nil)
			if err != nil {
				return nil, err
			}
			rb, ok := Unwrap(r).o.(*Bytes)
			if !ok {
				return nil, Errorf(TypeError, "__bytes__ returned non-bytes (type %s)", TypeOf(r).Name)
			}
			return append([]byte(nil), rb.B...), nil
		}
	}
	if !a[1].IsNull() {
		if _, ok := Unwrap(a[0]).o.(*Str); !ok {
			return nil, Errorf(TypeError, "encoding without a string argument")
		}
		enc, errs, err := encodingArgs(name, a[1], a[2])
		if err != nil {
			return nil, err
		}
		r, err := EncodeString(Unwrap(a[0]), enc, errs)
		if err != nil {
			return nil, err
		}
		return r.o.(*Bytes).B, nil
	}
	return bytesFromValue(a[0], name)
}

func bytesPercent(b *Bytes, args Value) (Value, error) {
	return bytesPercentFormat(b.B, args, false)
}

func init() {
	BytesType.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		b, err := bytesNewCommon("bytes", args, kwnames)
		if err != nil {
			return Null, err
		}
		return wrapBuiltin(t, NewBytes(b)), nil
	}
	// bytearray.__new__ makes an empty bytearray and __init__ fills it,
	// so that bytearray.__init__(ba, ...) refills an existing one.
	ByteArrayType.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		return wrapBuiltin(t, FromObject(&ByteArray{})), nil
	}
	ByteArrayType.Init = func(self Value, args []Value, kwnames []string) error {
		ba, ok := Unwrap(self).o.(*ByteArray)
		if !ok {
			return Errorf(TypeError, "descriptor '__init__' requires a 'bytearray' object but received a '%s'", TypeOf(self).Name)
		}
		b, err := bytesNewCommon("bytearray", args, kwnames)
		if err != nil {
			return err
		}
		if len(ba.B) > 0 || len(b) > 0 {
			if err := ba.resizeCheck(); err != nil {
				return err
			}
		}
		ba.B = b
		return nil
	}
	addInitSlot(ByteArrayType)
	for _, t := range []*Type{BytesType, ByteArrayType} {
		t.addMethod("decode", func(self Value, args []Value, kw []string) (Value, error) {
			var a [2]Value
			if err := ParseArgs("decode", args, kw, []string{"encoding", "errors"}, 2, 0, a[:]); err != nil {
				return Null, err
			}
			enc, errs, err := encodingArgs("decode", a[0], a[1])
			if err != nil {
				return Null, err
			}
			b, _ := bytesOf(self)
			return DecodeString(b, self, enc, errs)
		})
		t.addMethod("hex", func(self Value, args []Value, kw []string) (Value, error) {
			sep, per, err := HexArgs("hex", args, kw)
			if err != nil {
				return Null, err
			}
			b, _ := bytesOf(self)
			return NewStr(hexString(b, sep, per)), nil
		})
		mutable := t == ByteArrayType
		// maketrans(from, to) is a static method of both types; it
		// returns the 256-byte table translate takes.
		t.SetAttrString("maketrans", FromObject(&StaticMethod{Func: NewBuiltin("maketrans", func(_ Value, args []Value, kw []string) (Value, error) {
			if err := PositionalOnly("maketrans", args, kw, 2, 2); err != nil {
				return Null, err
			}
			var parts [2][]byte
			for i, a := range args {
				b, ok := bytesOf(Unwrap(a))
				if !ok {
					return Null, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeOf(a).Name)
				}
				parts[i] = b
			}
			if len(parts[0]) != len(parts[1]) {
				return Null, Errorf(ValueError, "maketrans arguments must have same length")
			}
			table := make([]byte, 256)
			for i := range table {
				table[i] = byte(i)
			}
			for i, c := range parts[0] {
				table[c] = parts[1][i]
			}
			return NewBytes(table), nil
		})}))
		// bytes.maketrans.__qualname__ is "bytes.maketrans".
		if v, ok := t.Dict.GetStr("maketrans"); ok {
			v.o.(*StaticMethod).Func.o.(*BuiltinFunction).owner = t
		}
		t.addMethod("translate", func(self Value, args []Value, kw []string) (Value, error) {
			b, _ := bytesOf(self)
			if len(args)-len(kw) < 1 {
				return Null, Errorf(TypeError, "translate() takes at least 1 positional argument (%d given)", len(args)-len(kw))
			}
			var a [2]Value
			if err := ParseArgs("translate", args, kw, []string{"table", "delete"}, 2, 1, a[:]); err != nil {
				return Null, err
			}
			var table, del []byte
			if !a[0].IsNone() {
				var ok bool
				if table, ok = bytesOf(Unwrap(a[0])); !ok {
					return Null, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeOf(a[0]).Name)
				}
				if len(table) != 256 {
					return Null, Errorf(ValueError, "translation table must be 256 characters long")
				}
			}
			if !a[1].IsNull() {
				var ok bool
				if del, ok = bytesOf(Unwrap(a[1])); !ok {
					return Null, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeOf(a[1]).Name)
				}
			}
			var drop [256]bool
			for _, c := range del {
				drop[c] = true
			}
			out := make([]byte, 0, len(b))
			for _, c := range b {
				if drop[c] {
					continue
				}
				if table != nil {
					c = table[c]
				}
				out = append(out, c)
			}
			if mutable {
				return FromObject(&ByteArray{B: out}), nil
			}
			return NewBytes(out), nil
		})
		t.addMethod("join", func(self Value, args []Value, kw []string) (Value, error) {
			sep, _ := bytesOf(self)
			if err := ExactlyOne(t.Name+".join", args, kw); err != nil {
				return Null, err
			}
			var parts [][]byte
			i := 0
			err := Iterate(args[0], func(x Value) (bool, error) {
				p, ok := bytesOf(Unwrap(x))
				if !ok {
					return false, Errorf(TypeError, "sequence item %d: expected a bytes-like object, %s found", i, TypeOf(x).Name)
				}
				i++
				parts = append(parts, p)
				return true, nil
			})
			if err != nil {
				return Null, err
			}
			r := bytes.Join(parts, sep)
			if _, ok := self.o.(*ByteArray); ok {
				return FromObject(&ByteArray{B: r}), nil
			}
			return NewBytes(r), nil
		})
		for _, name := range []string{"upper", "lower", "strip"} {
			name := name
			t.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
				b, _ := bytesOf(self)
				var r []byte
				switch name {
				case "upper":
					r = bytes.ToUpper(b)
				case "lower":
					r = bytes.ToLower(b)
				case "strip":
					r = append([]byte(nil), bytes.TrimSpace(b)...)
				}
				if _, ok := self.o.(*ByteArray); ok {
					return FromObject(&ByteArray{B: r}), nil
				}
				return NewBytes(r), nil
			})
		}
	}
	for _, t := range []*Type{BytesType, ByteArrayType} {
		t := t
		t.addClassMethod("fromhex", func(cls Value, args []Value, kw []string) (Value, error) {
			if err := ExactlyOne("fromhex", args, kw); err != nil {
				return Null, err
			}
			s, ok := Unwrap(args[0]).o.(*Str)
			if !ok {
				return Null, Errorf(TypeError, "fromhex() argument must be str, not %s", TypeOf(args[0]).Name)
			}
			b, err := fromHex(s.S)
			if err != nil {
				return Null, err
			}
			r := NewBytes(b)
			if t == ByteArrayType {
				r = FromObject(&ByteArray{B: b})
			}
			// A subclass gets the result passed to its constructor, as
			// CPython's fromhex does.
			if c, ok := cls.o.(*Type); ok && c != t {
				return Call(cls, []Value{r}, nil)
			}
			return r, nil
		})
	}
	ByteArrayType.addMethod("append", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("bytearray.append", args, kw); err != nil {
			return Null, err
		}
		c, err := byteValue(args[0])
		if err != nil {
			return Null, err
		}
		o := self.o.(*ByteArray)
		if err := o.resizeCheck(); err != nil {
			return Null, err
		}
		o.B = append(o.B, c)
		return None, nil
	})
	ByteArrayType.addMethod("extend", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("bytearray.extend", args, kw); err != nil {
			return Null, err
		}
		b, err := bytesFromValue(args[0], "bytearray")
		if err != nil {
			return Null, err
		}
		o := self.o.(*ByteArray)
		if err := o.resizeCheck(); err != nil && len(b) > 0 {
			return Null, err
		}
		o.B = append(o.B, b...)
		return None, nil
	})
}

// encodingArgs reads the encoding and errors arguments of str.encode,
// bytes.decode, str() and bytes(): str or absent (utf-8, strict).
func encodingArgs(fname string, enc, errs Value) (string, string, error) {
	e, r := "utf-8", "strict"
	if !enc.IsNull() {
		s, ok := Unwrap(enc).o.(*Str)
		if !ok {
			return "", "", Errorf(TypeError, "%s() argument 'encoding' must be str, not %s", fname, TypeOf(enc).Name)
		}
		e = s.S
	}
	if !errs.IsNull() {
		s, ok := Unwrap(errs).o.(*Str)
		if !ok {
			return "", "", Errorf(TypeError, "%s() argument 'errors' must be str, not %s", fname, TypeOf(errs).Name)
		}
		r = s.S
	}
	return e, r, nil
}

// fromHex decodes bytes.fromhex's argument: pairs of hex digits, with
// ASCII whitespace allowed before each pair. An error gives the position
// (in code points) of the first character that is not a digit where one
// is needed.
func fromHex(s string) ([]byte, error) {
	rs := []rune(s)
	out := make([]byte, 0, len(rs)/2)
	for i := 0; ; {
		for i < len(rs) && rs[i] < 0x80 && isASCIISpace(byte(rs[i])) {
			i++
		}
		if i == len(rs) {
			return out, nil
		}
		hi := hexDigit(rs[i])
		if hi < 0 {
			return nil, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		if i+1 == len(rs) || hexDigit(rs[i+1]) < 0 {
			return nil, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		out = append(out, byte(hi<<4|hexDigit(rs[i+1])))
		i += 2
	}
}

// hexDigit is hexVal for a code point.
func hexDigit(r rune) int {
	if r >= 0x80 {
		return -1
	}
	return hexVal(byte(r))
}
