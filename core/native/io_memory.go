package native

import (
	"bytes"
	"math"
	"strings"

	"github.com/pyvar/pyvar/core/object"
)

// BytesIO and StringIO: in-memory streams. StringIO keeps code points
// (positions are character offsets, as in CPython) and applies its
// newline translation on write, as stringio.c does.

type bytesIO struct {
	ioObj
	buf    []byte
	pos    int
	closed bool
}

func (st *ioState) bytesOf(self object.Value) *bytesIO {
	b, _ := object.Unwrap(self).Object().(*bytesIO)
	return b
}

func (b *bytesIO) check() error {
	if b.closed {
		return errClosed()
	}
	return nil
}

// write writes data at the position, filling a gap after the end with
// zero bytes; a position past what can be allocated is CPython's
// OverflowError or MemoryError.
func (b *bytesIO) write(data []byte) (int, error) {
	n := len(data)
	if n == 0 {
		return 0, nil
	}
	if b.pos > math.MaxInt-n {
		return 0, object.Errorf(object.OverflowError, "new buffer size too large")
	}
	end := b.pos + n
	if end > len(b.buf) {
		if err := object.CheckAlloc(end, 1); err != nil {
			return 0, err
		}
		if b.pos > len(b.buf) {
			b.buf = append(b.buf, make([]byte, b.pos-len(b.buf))...)
		}
		if end > cap(b.buf) {
			nb := make([]byte, len(b.buf), max(end, 2*cap(b.buf)))
			copy(nb, b.buf)
			b.buf = nb
		}
		b.buf = b.buf[:end]
	}
	copy(b.buf[b.pos:], data)
	b.pos = end
	return n, nil
}

func (b *bytesIO) read(n int) []byte {
	avail := max(len(b.buf)-b.pos, 0)
	if n < 0 || n > avail {
		n = avail
	}
	if n == 0 { // the position may be past the end
		return []byte{}
	}
	out := append([]byte{}, b.buf[b.pos:b.pos+n]...)
	b.pos += n
	return out
}

func (b *bytesIO) readline(limit int) []byte {
	if b.pos >= len(b.buf) {
		return []byte{}
	}
	rest := b.buf[b.pos:]
	n := len(rest)
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		n = i + 1
	}
	if limit >= 0 && n > limit {
		n = limit
	}
	return b.read(n)
}

// lineHint reads readlines' hint: an int or None.
func lineHint(args []object.Value) (int, error) {
	if len(args) == 0 || args[0].IsNone() {
		return 0, nil
	}
	v := args[0]
	if !v.IsInt() && !v.IsBool() {
		if _, ok := v.Object().(*object.BigInt); !ok {
			return 0, object.Errorf(object.TypeError, "integer argument expected, got '%s'", object.TypeOf(v).Name)
		}
	}
	return object.AsIndex(v)
}

func (st *ioState) makeBytesIO() {
	t := st.newType("BytesIO", st.bufferediobase, "Buffered I/O implementation using an in-memory bytes buffer.")
	st.bytesio = t
	t.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		return object.WrapBuiltin(cls, object.FromObject(&bytesIO{ioObj: ioObj{t: nativeBase(cls), st: st}, buf: []byte{}})), nil
	}, func(self object.Value, args []object.Value, kw []string) error {
		var a [1]object.Value
		if err := object.ParseArgs("BytesIO", args, kw, []string{"initial_bytes"}, 1, 0, a[:]); err != nil {
			return err
		}
		b := st.bytesOf(self)
		b.buf, b.pos, b.closed = []byte{}, 0, false
		if !a[0].IsNull() && !a[0].IsNone() {
			data, err := bytesArg(a[0])
			if err != nil {
				return err
			}
			if _, err := b.write(data); err != nil {
				return err
			}
			b.pos = 0
		}
		return nil
	})
	m := func(name string, min, max int, fn func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error)) {
		t.AddRawMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := argCheck(t, name, args, kw, min, max); err != nil {
				return object.Null, err
			}
			b := st.bytesOf(self)
			if b == nil {
				return object.Null, object.Errorf(object.TypeError, "descriptor '%s' requires a '_io.BytesIO' object", name)
			}
			return fn(b, self, args)
		})
	}
	checked := func(v object.Value) func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
		return func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
			if err := b.check(); err != nil {
				return object.Null, err
			}
			return v, nil
		}
	}
	m("getvalue", 0, 0, func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
		if err := b.check(); err != nil {
			return object.Null, err
		}
		return object.NewBytes(append([]byte{}, b.buf...)), nil
	})
	m("getbuffer", 0, 0, func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
		if err := b.check(); err != nil {
			return object.Null, err
		}
		return object.NewMemoryView(object.FromObject(&bytesIOExport{b: b}))
	})
	for _, name := range []string{"read", "read1"} {
		m(name, 0, 1, func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
			n, err := optSize(args, 0)
			if err != nil {
				return object.Null, err
			}
			if err := b.check(); err != nil {
				return object.Null, err
			}
			return object.NewBytes(b.read(n)), nil
		})
	}
	m("readline", 0, 1, func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
		n, err := optSize(args, 0)
		if err != nil {
			return object.Null, err
		}
		if err := b.check(); err != nil {
			return object.Null, err
		}
		return object.NewBytes(b.readline(n)), nil
	})
	m("readlines", 0, 1, func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
		hint, err := lineHint(args)
		if err != nil {
			return object.Null, err
		}
		if err := b.check(); err != nil {
			return object.Null, err
		}
		var lines []object.Value
		total := 0
		for {
			line := b.readline(-1)
			if len(line) == 0 {
				break
			}
			lines = append(lines, object.NewBytes(line))
			total += len(line)
			if hint > 0 && total >= hint {
				break
			}
		}
		return object.FromObject(object.NewList(lines...)), nil
	})
	m("readinto", 1, 1, func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
		dst, ok := object.WritableBytes(args[0])
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "readinto() argument must be read-write bytes-like object, not %s", object.TypeOf(args[0]).Name)
		}
		if err := b.check(); err != nil {
			return object.Null, err
		}
		return object.Int(int64(copy(dst, b.read(len(dst))))), nil
	})
	m("write", 1, 1, func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
		if err := b.check(); err != nil {
			return object.Null, err
		}
		data, err := bytesArg(args[0])
		if err != nil {
			return object.Null, err
		}
		n, err := b.write(data)
		if err != nil {
			return object.Null, err
		}
		return object.Int(int64(n)), nil
	})
	m("writelines", 1, 1, func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
		if err := b.check(); err != nil {
			return object.Null, err
		}
		err := object.Iterate(args[0], func(line object.Value) (bool, error) {
			data, err := bytesArg(line)
			if err != nil {
				return false, err
			}
			_, err = b.write(data)
			return err == nil, err
		})
		return object.None, err
	})
	m("seek", 1, 2, func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
		pos, err := ioIndex(args[0])
		if err != nil {
			return object.Null, err
		}
		whence, err := intArgStrict(args, 1, 0)
		if err != nil {
			return object.Null, err
		}
		if err := b.check(); err != nil {
			return object.Null, err
		}
		switch whence {
		case 0:
			if pos < 0 {
				return object.Null, object.Errorf(object.ValueError, "negative seek value %d", pos)
			}
		case 1:
			pos += b.pos
		case 2:
			pos += len(b.buf)
		default:
			return object.Null, object.Errorf(object.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		b.pos = max(pos, 0)
		return object.Int(int64(b.pos)), nil
	})
	m("tell", 0, 0, func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
		if err := b.check(); err != nil {
			return object.Null, err
		}
		return object.Int(int64(b.pos)), nil
	})
	m("truncate", 0, 1, func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
		if err := b.check(); err != nil {
			return object.Null, err
		}
		size := b.pos
		if len(args) > 0 && !args[0].IsNone() {
			n, err := ioIndex(args[0])
			if err != nil {
				return object.Null, err
			}
			size = n
		}
		if size < 0 {
			return object.Null, object.Errorf(object.ValueError, "negative size value %d", size)
		}
		if size < len(b.buf) {
			b.buf = b.buf[:size]
		}
		return object.Int(int64(size)), nil
	})
	m("readable", 0, 0, checked(object.True))
	m("writable", 0, 0, checked(object.True))
	m("seekable", 0, 0, checked(object.True))
	m("flush", 0, 0, checked(object.None))
	m("isatty", 0, 0, checked(object.False))
	m("close", 0, 0, func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
		b.closed, b.buf = true, nil
		return object.None, nil
	})
	m("__iter__", 0, 0, func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
		if err := b.check(); err != nil {
			return object.Null, err
		}
		return self, nil
	})
	m("__next__", 0, 0, func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
		if err := b.check(); err != nil {
			return object.Null, err
		}
		line := b.readline(-1)
		if len(line) == 0 {
			return object.Null, object.NewException(object.StopIteration)
		}
		return object.NewBytes(line), nil
	})
	m("__getstate__", 0, 0, func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
		if err := b.check(); err != nil {
			return object.Null, err
		}
		return object.TupleValue(object.NewBytes(append([]byte{}, b.buf...)), object.Int(int64(b.pos)), dictState(self)), nil
	})
	m("__setstate__", 1, 1, func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
		tup, ok := args[0].Object().(*object.Tuple)
		if !ok || len(tup.Items) < 3 {
			return object.Null, object.Errorf(object.TypeError, "%s.__setstate__ argument should be 3-tuple, got %s", object.TypeOf(self).Name, object.TypeOf(args[0]).Name)
		}
		if err := b.check(); err != nil {
			return object.Null, err
		}
		data, err := bytesArg(tup.Items[0])
		if err != nil {
			return object.Null, err
		}
		b.buf, b.pos = []byte{}, 0
		if _, err := b.write(data); err != nil {
			return object.Null, err
		}
		if !tup.Items[1].IsInt() {
			return object.Null, object.Errorf(object.TypeError, "second item of state must be an integer, not %s", object.TypeOf(tup.Items[1]).Name)
		}
		pos := int(tup.Items[1].RawInt())
		if pos < 0 {
			return object.Null, object.Errorf(object.ValueError, "position value cannot be negative")
		}
		b.pos = pos
		return object.None, setDictState(self, tup.Items[2])
	})
	m("__sizeof__", 0, 0, func(b *bytesIO, self object.Value, args []object.Value) (object.Value, error) {
		return object.Int(int64(120 + cap(b.buf))), nil
	})
	t.AddGetter("closed", func(self object.Value) (object.Value, error) {
		return object.Bool(st.bytesOf(self).closed), nil
	})
}

// bytesIOExport is the object BytesIO.getbuffer hands to memoryview
// (CPython's _io._BytesIOBuffer): a live, writable view of the buffer.
// Unlike CPython, the BytesIO is not locked against resizing while a view
// exists (pyvar cannot tell when an unreleased view is dropped); a view
// keeps the memory it was made over.
type bytesIOExport struct{ b *bytesIO }

var bytesIOBufferType = object.NewBuiltinType("_io._BytesIOBuffer", nil)

func (e *bytesIOExport) Type() *object.Type { return bytesIOBufferType }

// GetBuffer exports the BytesIO's contents.
func (e *bytesIOExport) GetBuffer(writable bool) (*object.Buffer, error) {
	return object.NewBuffer(object.FromObject(e), e.b.buf, false, "B", 1, nil), nil
}

// dictState is the third item of __getstate__: a copy of the instance
// dict, or None when it is empty.
func dictState(self object.Value) object.Value {
	d := instanceDict(self)
	if d == nil || d.Len() == 0 {
		return object.None
	}
	return object.FromObject(d.CopyDict())
}

func setDictState(self object.Value, v object.Value) error {
	if v.IsNone() {
		return nil
	}
	src, ok := v.Object().(*object.Dict)
	if !ok {
		return object.Errorf(object.TypeError, "third item of state should be a dict, got a %s", object.TypeOf(v).Name)
	}
	d := instanceDict(self)
	if d == nil {
		return nil
	}
	return d.Update(object.FromObject(src))
}

// stringIO is StringIO's payload.
type stringIO struct {
	ioObj
	buf       []rune
	pos       int
	closed    bool
	ok        bool
	decoder   *nlDecoder // universal newlines on input (newline None or '')
	readnl    string     // the newline argument ("" for None is marked by universal)
	writenl   string     // what "\n" becomes on write ("" for no change)
	universal bool       // readuniversal
	translate bool       // readtranslate
	newlineV  object.Value
}

func (st *ioState) stringOf(self object.Value) *stringIO {
	s, _ := object.Unwrap(self).Object().(*stringIO)
	return s
}

func (s *stringIO) check() error {
	if !s.ok {
		return object.Errorf(object.ValueError, "I/O operation on uninitialized object")
	}
	if s.closed {
		return object.Errorf(object.ValueError, "I/O operation on closed file")
	}
	return nil
}

// writeStr is stringio's write_str: newline translation, then the text
// at pos (padding with NULs when pos is past the end).
func (s *stringIO) writeStr(text string) error {
	if s.decoder != nil {
		out, err := s.decoder.decodeStr(text, true)
		if err != nil {
			return err
		}
		text = out
	}
	if s.writenl != "" && s.writenl != "\n" {
		text = strings.ReplaceAll(text, "\n", s.writenl)
	}
	if s.pos == len(s.buf) && len(text) <= math.MaxInt-s.pos && object.CheckAlloc(s.pos+len(text), 4) == nil {
		// Appending (buf.write(x) after writes): the code points go
		// straight onto the buffer, without a slice of their own.
		s.buf = object.AppendRunes(s.buf, text)
		s.pos = len(s.buf)
		return nil
	}
	rs := object.DecodeRunes(text)
	if len(rs) == 0 {
		return nil
	}
	if s.pos > math.MaxInt-len(rs) {
		return object.Errorf(object.OverflowError, "new position too large")
	}
	end := s.pos + len(rs)
	if end > len(s.buf) {
		if err := object.CheckAlloc(end, 4); err != nil {
			return err
		}
	}
	if s.pos > len(s.buf) {
		s.buf = append(s.buf, make([]rune, s.pos-len(s.buf))...)
	}
	if end > len(s.buf) {
		s.buf = append(s.buf, make([]rune, end-len(s.buf))...)
	}
	copy(s.buf[s.pos:], rs)
	s.pos = end
	return nil
}

func (s *stringIO) readline(limit int) string {
	if s.pos >= len(s.buf) {
		return ""
	}
	rest := s.buf[s.pos:]
	if limit >= 0 && limit < len(rest) {
		rest = rest[:limit]
	}
	end, _ := findLineEnding(rest, s.translate, s.universal, s.readnl)
	if end < 0 {
		end = len(rest)
	}
	out := runesStr(rest[:end])
	s.pos += end
	return out
}

// runesStr converts code points (surrogates included) to a str's text.
func runesStr(rs []rune) string {
	return object.RunesToString(rs)
}

// findLineEnding is _PyIO_find_line_ending over code points: the index
// just past the first line ending, or -1 (and how far it is safe to look
// again, unused here).
func findLineEnding(rs []rune, translated, universal bool, readnl string) (int, int) {
	switch {
	case translated:
		for i, r := range rs {
			if r == '\n' {
				return i + 1, 0
			}
		}
		return -1, len(rs)
	case universal:
		for i := 0; i < len(rs); i++ {
			switch rs[i] {
			case '\n':
				return i + 1, 0
			case '\r':
				if i+1 < len(rs) && rs[i+1] == '\n' {
					return i + 2, 0
				}
				if i+1 == len(rs) {
					// A trailing \r may be the start of \r\n.
					return i + 1, 0
				}
				return i + 1, 0
			}
		}
		return -1, len(rs)
	}
	nl := []rune(readnl)
	for i := 0; i+len(nl) <= len(rs); i++ {
		match := true
		for j, r := range nl {
			if rs[i+j] != r {
				match = false
				break
			}
		}
		if match {
			return i + len(nl), 0
		}
	}
	return -1, max(len(rs)-len(nl)+1, 0)
}

// newlineArg checks a newline argument: None or one of "", "\n", "\r",
// "\r\n". fname names the function for TextIOWrapper's wording ("" for
// StringIO's, which shows the bad value's repr).
func newlineArg(v object.Value, fname string) (nl string, isNone bool, err error) {
	if v.IsNull() || v.IsNone() {
		return "", true, nil
	}
	s, ok := object.Unwrap(v).Object().(*object.Str)
	if !ok {
		if fname != "" {
			return "", false, object.Errorf(object.TypeError, "%s() argument 'newline' must be str or None, not %s", fname, object.TypeOf(v).Name)
		}
		return "", false, object.Errorf(object.TypeError, "newline must be str or None, not %s", object.TypeOf(v).Name)
	}
	switch s.S {
	case "", "\n", "\r", "\r\n":
		return s.S, false, nil
	}
	if fname != "" {
		return "", false, object.Errorf(object.ValueError, "illegal newline value: %s", s.S)
	}
	r, _ := object.Repr(v)
	return "", false, object.Errorf(object.ValueError, "illegal newline value: %s", r)
}

func (st *ioState) makeStringIO() {
	t := st.newType("StringIO", st.textiobase, "Text I/O implementation using an in-memory buffer.")
	st.stringio = t
	t.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		return object.WrapBuiltin(cls, object.FromObject(&stringIO{ioObj: ioObj{t: nativeBase(cls), st: st}})), nil
	}, func(self object.Value, args []object.Value, kw []string) error {
		var a [2]object.Value
		if err := object.ParseArgs("StringIO", args, kw, []string{"initial_value", "newline"}, 2, 0, a[:]); err != nil {
			return err
		}
		s := st.stringOf(self)
		nlv := a[1]
		if nlv.IsNull() {
			nlv = object.NewStr("\n")
		}
		nl, isNone, err := newlineArg(nlv, "")
		if err != nil {
			return err
		}
		init := ""
		if !a[0].IsNull() && !a[0].IsNone() {
			is, ok := object.Unwrap(a[0]).Object().(*object.Str)
			if !ok {
				return object.Errorf(object.TypeError, "initial_value must be str or None, not %s", object.TypeOf(a[0]).Name)
			}
			init = is.S
		}
		s.ok, s.closed = false, false
		s.buf, s.pos = nil, 0
		s.newlineV = nlv
		s.readnl = nl
		s.universal = isNone || nl == ""
		s.translate = isNone
		s.writenl = ""
		if !isNone && len(nl) > 0 && nl[0] == '\r' {
			s.writenl = nl
		}
		s.decoder = nil
		if s.universal {
			s.decoder = &nlDecoder{translate: s.translate}
		}
		s.ok = true
		if init != "" {
			if err := s.writeStr(init); err != nil {
				return err
			}
			s.pos = 0
		}
		return nil
	})
	m := func(name string, min, max int, fn func(s *stringIO, self object.Value, args []object.Value) (object.Value, error)) {
		t.AddRawMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := argCheck(t, name, args, kw, min, max); err != nil {
				return object.Null, err
			}
			s := st.stringOf(self)
			if s == nil {
				return object.Null, object.Errorf(object.TypeError, "descriptor '%s' requires a '_io.StringIO' object", name)
			}
			return fn(s, self, args)
		})
	}
	checked := func(v object.Value) func(s *stringIO, self object.Value, args []object.Value) (object.Value, error) {
		return func(s *stringIO, self object.Value, args []object.Value) (object.Value, error) {
			if err := s.check(); err != nil {
				return object.Null, err
			}
			return v, nil
		}
	}
	m("getvalue", 0, 0, func(s *stringIO, self object.Value, args []object.Value) (object.Value, error) {
		if err := s.check(); err != nil {
			return object.Null, err
		}
		return object.NewStr(runesStr(s.buf)), nil
	})
	m("read", 0, 1, func(s *stringIO, self object.Value, args []object.Value) (object.Value, error) {
		n, err := optSize(args, 0)
		if err != nil {
			return object.Null, err
		}
		if err := s.check(); err != nil {
			return object.Null, err
		}
		avail := max(len(s.buf)-s.pos, 0)
		if n < 0 || n > avail {
			n = avail
		}
		if n == 0 {
			return object.NewStr(""), nil
		}
		out := runesStr(s.buf[s.pos : s.pos+n])
		s.pos += n
		return object.NewStr(out), nil
	})
	m("readline", 0, 1, func(s *stringIO, self object.Value, args []object.Value) (object.Value, error) {
		n, err := optSize(args, 0)
		if err != nil {
			return object.Null, err
		}
		if err := s.check(); err != nil {
			return object.Null, err
		}
		return object.NewStr(s.readline(n)), nil
	})
	m("write", 1, 1, func(s *stringIO, self object.Value, args []object.Value) (object.Value, error) {
		text, ok := object.Unwrap(args[0]).Object().(*object.Str)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "string argument expected, got '%s'", object.TypeOf(args[0]).Name)
		}
		if err := s.check(); err != nil {
			return object.Null, err
		}
		n := text.Len()
		if n > 0 {
			if err := s.writeStr(text.S); err != nil {
				return object.Null, err
			}
		}
		return object.Int(int64(n)), nil
	})
	m("seek", 1, 2, func(s *stringIO, self object.Value, args []object.Value) (object.Value, error) {
		pos, err := ioIndex(args[0])
		if err != nil {
			return object.Null, err
		}
		whence, err := intArgStrict(args, 1, 0)
		if err != nil {
			return object.Null, err
		}
		if err := s.check(); err != nil {
			return object.Null, err
		}
		switch {
		case whence != 0 && whence != 1 && whence != 2:
			return object.Null, object.Errorf(object.ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence)
		case pos < 0 && whence == 0:
			return object.Null, object.Errorf(object.ValueError, "Negative seek position %d", pos)
		case whence != 0 && pos != 0:
			return object.Null, object.Errorf(object.OSError, "Can't do nonzero cur-relative seeks")
		}
		switch whence {
		case 1:
			pos = s.pos
		case 2:
			pos = len(s.buf)
		}
		s.pos = pos
		return object.Int(int64(pos)), nil
	})
	m("tell", 0, 0, func(s *stringIO, self object.Value, args []object.Value) (object.Value, error) {
		if err := s.check(); err != nil {
			return object.Null, err
		}
		return object.Int(int64(s.pos)), nil
	})
	m("truncate", 0, 1, func(s *stringIO, self object.Value, args []object.Value) (object.Value, error) {
		if err := s.check(); err != nil {
			return object.Null, err
		}
		size := s.pos
		if len(args) > 0 && !args[0].IsNone() {
			n, err := ioIndex(args[0])
			if err != nil {
				return object.Null, err
			}
			size = n
		}
		if size < 0 {
			return object.Null, object.Errorf(object.ValueError, "Negative size value %d", size)
		}
		if size < len(s.buf) {
			s.buf = s.buf[:size]
		}
		return object.Int(int64(size)), nil
	})
	m("readable", 0, 0, checked(object.True))
	m("writable", 0, 0, checked(object.True))
	m("seekable", 0, 0, checked(object.True))
	m("close", 0, 0, func(s *stringIO, self object.Value, args []object.Value) (object.Value, error) {
		s.closed, s.buf = true, nil
		return object.None, nil
	})
	m("__next__", 0, 0, func(s *stringIO, self object.Value, args []object.Value) (object.Value, error) {
		if err := s.check(); err != nil {
			return object.Null, err
		}
		var line string
		if object.TypeOf(self) == st.stringio {
			line = s.readline(-1)
		} else {
			v, err := callMethod(self, "readline")
			if err != nil {
				return object.Null, err
			}
			ls, ok := v.Object().(*object.Str)
			if !ok {
				return object.Null, object.Errorf(object.OSError, "readline() should have returned a str object, not '%s'", object.TypeOf(v).Name)
			}
			line = ls.S
		}
		if line == "" {
			return object.Null, object.NewException(object.StopIteration)
		}
		return object.NewStr(line), nil
	})
	m("__getstate__", 0, 0, func(s *stringIO, self object.Value, args []object.Value) (object.Value, error) {
		if err := s.check(); err != nil {
			return object.Null, err
		}
		return object.TupleValue(object.NewStr(runesStr(s.buf)), s.newlineV, object.Int(int64(s.pos)), dictState(self)), nil
	})
	m("__setstate__", 1, 1, func(s *stringIO, self object.Value, args []object.Value) (object.Value, error) {
		tup, ok := args[0].Object().(*object.Tuple)
		if !ok || len(tup.Items) < 4 {
			return object.Null, object.Errorf(object.TypeError, "%s.__setstate__ argument should be 4-tuple, got %s", object.TypeOf(self).Name, object.TypeOf(args[0]).Name)
		}
		if err := s.check(); err != nil {
			return object.Null, err
		}
		if _, err := object.CallMethodValue(t.LookupString("__init__"), self, []object.Value{object.None, tup.Items[1]}, nil); err != nil {
			return object.Null, err
		}
		text, ok := object.Unwrap(tup.Items[0]).Object().(*object.Str)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "initial_value must be str or None, not %s", object.TypeOf(tup.Items[0]).Name)
		}
		s.buf = object.DecodeRunes(text.S)
		if !tup.Items[2].IsInt() {
			return object.Null, object.Errorf(object.TypeError, "third item of state must be an integer, got %s", object.TypeOf(tup.Items[2]).Name)
		}
		pos := int(tup.Items[2].RawInt())
		if pos < 0 {
			return object.Null, object.Errorf(object.ValueError, "position value cannot be negative")
		}
		s.pos = pos
		return object.None, setDictState(self, tup.Items[3])
	})
	t.AddGetter("closed", func(self object.Value) (object.Value, error) {
		s := st.stringOf(self)
		if !s.ok {
			return object.Null, object.Errorf(object.ValueError, "I/O operation on uninitialized object")
		}
		return object.Bool(s.closed), nil
	})
	t.AddGetter("line_buffering", func(self object.Value) (object.Value, error) {
		s := st.stringOf(self)
		if err := s.check(); err != nil {
			return object.Null, err
		}
		return object.False, nil
	})
	t.AddGetter("newlines", func(self object.Value) (object.Value, error) {
		s := st.stringOf(self)
		if err := s.check(); err != nil {
			return object.Null, err
		}
		if s.decoder == nil {
			return object.None, nil
		}
		return s.decoder.newlines(), nil
	})
}
