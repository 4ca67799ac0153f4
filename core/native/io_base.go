package native

import (
	"github.com/pyvar/pyvar/core/object"
)

// The abstract bases of the I/O hierarchy: _IOBase (close, flush, the
// context manager, iteration, readline(s) and writelines in terms of the
// subclass's own methods), _RawIOBase (read in terms of readinto),
// _BufferedIOBase (readinto in terms of read) and _TextIOBase.

type ioMethod = func(self object.Value, args []object.Value, kw []string) (object.Value, error)

// iobase is the payload of _IOBase instances and of classes deriving
// from the bases: it carries only the instance dict.
type iobase struct{ ioObj }

// nativeBase is the first native type on cls's MRO: the type whose
// layout an instance of cls has.
func nativeBase(cls *object.Type) *object.Type {
	for _, t := range cls.MRO {
		if t.Native {
			return t
		}
	}
	return cls
}

// instanceDict returns the __dict__ of an _io object, whether it is the
// payload itself or an instance of a class deriving from its type.
func instanceDict(self object.Value) *object.Dict {
	switch o := self.Object().(type) {
	case *object.Instance:
		return o.InstanceDict()
	case ioPayload:
		return o.header().InstanceDict()
	}
	return nil
}

func (st *ioState) newType(name string, base *object.Type, doc string) *object.Type {
	t := object.NewBaseType("_io."+name, base)
	t.Doc = doc
	return t
}

// noArgs wraps a METH_NOARGS method of type t.
func methNoArgs(t *object.Type, name string, fn func(self object.Value) (object.Value, error)) ioMethod {
	return func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs(t.Qualname+"."+name, args, kw); err != nil {
			return object.Null, err
		}
		return fn(self)
	}
}

// argCheck checks the positional-only arguments of a method of t with
// the wording CPython uses for its calling convention: METH_NOARGS and
// METH_O name the method with its class ("TextIOWrapper.isatty() takes
// no arguments"), Argument Clinic's range checks only the method.
func argCheck(t *object.Type, name string, args []object.Value, kw []string, min, max int) error {
	if len(kw) == 0 && len(args) >= min && len(args) <= max {
		return nil // the method's name is built for the error only
	}
	switch {
	case max == 0:
		return object.NoArgs(t.Qualname+"."+name, args, kw)
	case min == 1 && max == 1:
		return object.ExactlyOne(t.Qualname+"."+name, args, kw)
	}
	return object.PositionalOnly(name, args, kw, min, max)
}

// iobaseIsClosed reads the __IOBase_closed flag _IOBase.close sets.
func iobaseIsClosed(self object.Value) (bool, error) {
	if o, ok := self.Object().(interface{ base() *ioObj }); ok && self.IsObject() {
		// An _io object of its exact type (a subclass's instance is an
		// *object.Instance): no class on its MRO can define the marker
		// (built-in namespaces are read-only), so only its own __dict__
		// can hold it. The generic lookup that misses cost ~2,000
		// instructions per StringIO.flush(), which logging's
		// StreamHandler calls after every record.
		if d := o.base().dict; d == nil || d.Len() == 0 {
			return false, nil
		}
	}
	v, err := lookupAttr(self, "__IOBase_closed")
	return !v.IsNull(), err
}

// checkClosed is iobase_check_closed: ValueError when self.closed is
// true.
func checkClosed(self object.Value) error {
	v, err := lookupAttr(self, "closed")
	if err != nil || v.IsNull() {
		return err
	}
	c, err := truth(v)
	if err != nil {
		return err
	}
	if c {
		return errClosed()
	}
	return nil
}

// checkCapability is _PyIOBase_check_readable and its kin: self.<what>()
// must return True exactly.
func (st *ioState) checkCapability(self object.Value, what string) error {
	r, err := callMethod(self, what)
	if err != nil {
		return err
	}
	if !r.Is(object.True) {
		word := map[string]string{"readable": "readable", "writable": "writable", "seekable": "seekable"}[what]
		return st.unsupportedOp("File or stream is not " + word + ".")
	}
	return nil
}

func (st *ioState) makeBaseTypes() {
	b := st.newType("_IOBase", nil, "The abstract base class for all I/O classes.")
	st.iobase = b
	b.SetNew(func(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
		return object.WrapBuiltin(t, object.FromObject(&iobase{ioObj{t: nativeBase(t), st: st}})), nil
	}, nil)
	unsupported := func(name string) ioMethod {
		return func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			return object.Null, st.unsupportedOp(name)
		}
	}
	b.AddRawMethod("seek", unsupported("seek"))
	b.AddRawMethod("tell", methNoArgs(b, "tell", func(self object.Value) (object.Value, error) {
		return callMethod(self, "seek", object.Int(0), object.Int(1))
	}))
	b.AddRawMethod("truncate", unsupported("truncate"))
	b.AddRawMethod("flush", methNoArgs(b, "flush", func(self object.Value) (object.Value, error) {
		closed, err := iobaseIsClosed(self)
		if err != nil {
			return object.Null, err
		}
		if closed {
			return object.Null, errClosed()
		}
		return object.None, nil
	}))
	b.AddRawMethod("close", methNoArgs(b, "close", func(self object.Value) (object.Value, error) {
		closed, err := iobaseIsClosed(self)
		if err != nil || closed {
			return object.None, err
		}
		_, ferr := callMethod(self, "flush")
		serr := object.SetAttr(self, object.Intern("__IOBase_closed"), object.True)
		if ferr != nil {
			return object.Null, chain(ferr, serr)
		}
		if serr != nil {
			return object.Null, serr
		}
		return object.None, nil
	}))
	for _, what := range []string{"seekable", "readable", "writable"} {
		b.AddRawMethod(what, methNoArgs(b, what, func(self object.Value) (object.Value, error) { return object.False, nil }))
		name := "_check" + string(what[0]-32) + what[1:]
		what := what
		b.AddRawMethod(name, methNoArgs(b, name, func(self object.Value) (object.Value, error) {
			return object.None, st.checkCapability(self, what)
		}))
	}
	b.AddRawMethod("_checkClosed", methNoArgs(b, "_checkClosed", func(self object.Value) (object.Value, error) {
		return object.None, checkClosed(self)
	}))
	b.AddRawMethod("fileno", unsupportedNoArgs(st, b, "fileno"))
	b.AddRawMethod("isatty", methNoArgs(b, "isatty", func(self object.Value) (object.Value, error) {
		if err := checkClosed(self); err != nil {
			return object.Null, err
		}
		return object.False, nil
	}))
	b.AddRawMethod("__enter__", methNoArgs(b, "__enter__", func(self object.Value) (object.Value, error) {
		if err := checkClosed(self); err != nil {
			return object.Null, err
		}
		return self, nil
	}))
	b.AddRawMethod("__exit__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return callMethod(self, "close")
	})
	b.AddRawMethod("__iter__", methNoArgs(b, "__iter__", func(self object.Value) (object.Value, error) {
		if err := checkClosed(self); err != nil {
			return object.Null, err
		}
		return self, nil
	}))
	b.AddRawMethod("__next__", methNoArgs(b, "__next__", func(self object.Value) (object.Value, error) {
		line, err := callMethod(self, "readline")
		if err != nil {
			return object.Null, err
		}
		n, err := object.Len(line)
		if err != nil {
			return object.Null, err
		}
		if n <= 0 {
			return object.Null, object.NewException(object.StopIteration)
		}
		return line, nil
	}))
	b.AddRawMethod("readline", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := argCheck(b, "readline", args, kw, 0, 1); err != nil {
			return object.Null, err
		}
		limit, err := sizeArg(args, 0, -1)
		if err != nil {
			return object.Null, err
		}
		return iobaseReadline(self, limit)
	})
	b.AddRawMethod("readlines", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := argCheck(b, "readlines", args, kw, 0, 1); err != nil {
			return object.Null, err
		}
		hint, err := sizeArg(args, 0, -1)
		if err != nil {
			return object.Null, err
		}
		return readlines(self, hint)
	})
	b.AddRawMethod("writelines", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := argCheck(b, "writelines", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		if err := checkClosed(self); err != nil {
			return object.Null, err
		}
		err := object.Iterate(args[0], func(line object.Value) (bool, error) {
			_, err := callMethod(self, "write", line)
			return err == nil, err
		})
		return object.None, err
	})
	b.AddRawMethod("__del__", methNoArgs(b, "__del__", func(self object.Value) (object.Value, error) {
		iobaseFinalize(self)
		return object.None, nil
	}))
	b.AddGetter("closed", func(self object.Value) (object.Value, error) {
		c, err := iobaseIsClosed(self)
		return object.Bool(c), err
	})
	b.AddGetter("__dict__", func(self object.Value) (object.Value, error) {
		if d := instanceDict(self); d != nil {
			return object.FromObject(d), nil
		}
		return object.Null, object.Errorf(object.AttributeError, "This object has no __dict__")
	})

	r := st.newType("_RawIOBase", b, "Base class for raw binary I/O.")
	st.rawiobase = r
	r.AddRawMethod("read", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := argCheck(r, "read", args, kw, 0, 1); err != nil {
			return object.Null, err
		}
		n, err := intArgStrict(args, 0, -1)
		if err != nil {
			return object.Null, err
		}
		if n < 0 {
			return callMethod(self, "readall")
		}
		buf := &object.ByteArray{B: make([]byte, n)}
		res, err := callMethod(self, "readinto", object.FromObject(buf))
		if err != nil || res.IsNone() {
			return res, err
		}
		got, err := object.AsIndex(res)
		if err != nil {
			return object.Null, err
		}
		got = max(0, min(got, len(buf.B)))
		return object.NewBytes(append([]byte(nil), buf.B[:got]...)), nil
	})
	r.AddRawMethod("readall", methNoArgs(r, "readall", func(self object.Value) (object.Value, error) {
		var out []byte
		chunks := 0
		for {
			data, err := callMethod(self, "read", object.Int(defaultBufferSize))
			if err != nil {
				return object.Null, err
			}
			if data.IsNone() {
				if chunks == 0 {
					return data, nil
				}
				break
			}
			b, ok := data.Object().(*object.Bytes)
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "read() should return bytes")
			}
			if len(b.B) == 0 {
				break
			}
			out = append(out, b.B...)
			chunks++
		}
		return object.NewBytes(out), nil
	}))
	notImpl := func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.Null, object.NewException(object.NotImplementedError)
	}
	r.AddRawMethod("readinto", notImpl)
	r.AddRawMethod("write", notImpl)

	bb := st.newType("_BufferedIOBase", b, "Base class for buffered IO objects.")
	st.bufferediobase = bb
	bb.AddRawMethod("detach", unsupportedNoArgs(st, bb, "detach"))
	bb.AddRawMethod("read", unsupported("read"))
	bb.AddRawMethod("read1", unsupported("read1"))
	bb.AddRawMethod("write", unsupported("write"))
	for _, name := range []string{"readinto", "readinto1"} {
		name := name
		bb.AddRawMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := argCheck(bb, name, args, kw, 1, 1); err != nil {
				return object.Null, err
			}
			buf, err := writableArg(args[0])
			if err != nil {
				return object.Null, err
			}
			reader := "read"
			if name == "readinto1" {
				reader = "read1"
			}
			data, err := callMethod(self, reader, object.Int(int64(len(buf))))
			if err != nil {
				return object.Null, err
			}
			b, ok := data.Object().(*object.Bytes)
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "read() should return bytes")
			}
			if len(b.B) > len(buf) {
				return object.Null, object.Errorf(object.ValueError, "read() returned too much data: %d bytes requested, %d returned", len(buf), len(b.B))
			}
			copy(buf, b.B)
			return object.Int(int64(len(b.B))), nil
		})
	}

	tb := st.newType("_TextIOBase", b, "Base class for text I/O.")
	st.textiobase = tb
	tb.AddRawMethod("detach", unsupportedNoArgs(st, tb, "detach"))
	tb.AddRawMethod("read", unsupported("read"))
	tb.AddRawMethod("readline", unsupported("readline"))
	tb.AddRawMethod("write", unsupported("write"))
	for _, name := range []string{"encoding", "newlines", "errors"} {
		tb.AddGetter(name, func(self object.Value) (object.Value, error) { return object.None, nil })
	}
}

func unsupportedNoArgs(st *ioState, t *object.Type, name string) ioMethod {
	return methNoArgs(t, name, func(self object.Value) (object.Value, error) {
		return object.Null, st.unsupportedOp(name)
	})
}

// chain returns err with later set as its context when both happened
// (_PyErr_ChainExceptions: the second error is raised, with the first
// as its __context__).
func chain(first, second error) error {
	if second == nil {
		return first
	}
	if first == nil {
		return second
	}
	if e2, ok := second.(*object.BaseException); ok {
		if e1, ok := first.(*object.BaseException); ok && e2.Context.IsNull() && e1 != e2 {
			e2.Context = object.FromObject(e1)
		}
	}
	return second
}

// iobaseReadline is _IOBase.readline: peek for a line end when the
// object can, otherwise read one byte at a time.
func iobaseReadline(self object.Value, limit int) (object.Value, error) {
	peek, err := lookupAttr(self, "peek")
	if err != nil {
		return object.Null, err
	}
	var buf []byte
	for limit < 0 || len(buf) < limit {
		nreadahead := 1
		if !peek.IsNull() {
			ra, err := object.Call(peek, []object.Value{object.Int(1)}, nil)
			if err != nil {
				return object.Null, err
			}
			rb, ok := ra.Object().(*object.Bytes)
			if !ok {
				return object.Null, object.Errorf(object.OSError, "peek() should have returned a bytes object, not '%s'", object.TypeOf(ra).Name)
			}
			if len(rb.B) > 0 {
				n := 0
				for n < len(rb.B) && (limit < 0 || n < limit) {
					n++
					if rb.B[n-1] == '\n' {
						break
					}
				}
				nreadahead = n
			}
		}
		b, err := callMethod(self, "read", object.Int(int64(nreadahead)))
		if err != nil {
			return object.Null, err
		}
		bb, ok := b.Object().(*object.Bytes)
		if !ok {
			return object.Null, object.Errorf(object.OSError, "read() should have returned a bytes object, not '%s'", object.TypeOf(b).Name)
		}
		if len(bb.B) == 0 {
			break
		}
		buf = append(buf, bb.B...)
		if buf[len(buf)-1] == '\n' {
			break
		}
	}
	return object.NewBytes(buf), nil
}

// readlines is _IOBase.readlines: lines until the total reaches hint.
func readlines(self object.Value, hint int) (object.Value, error) {
	var lines []object.Value
	total := 0
	it, err := object.GetIter(self)
	if err != nil {
		return object.Null, err
	}
	for {
		line, ok, err := object.Next(it)
		if err != nil {
			return object.Null, err
		}
		if !ok {
			break
		}
		lines = append(lines, line)
		if hint > 0 {
			n, err := object.Len(line)
			if err != nil {
				return object.Null, err
			}
			if n > hint-total {
				break
			}
			total += n
		}
	}
	return object.FromObject(object.NewList(lines...)), nil
}

// iobaseFinalize is iobase_finalize: close an object that is not closed
// yet, telling close() it runs as part of finalization; errors are
// silenced, as CPython silences them outside development mode.
func iobaseFinalize(self object.Value) {
	v, err := lookupAttr(self, "closed")
	if err != nil || v.IsNull() {
		return
	}
	closed, err := truth(v)
	if err != nil || closed {
		return
	}
	_ = object.SetAttr(self, object.Intern("_finalizing"), object.True)
	_, _ = callMethod(self, "close")
}
