package native

import (
	"github.com/pyvar/pyvar/core/object"
)

// The TextIOWrapper and IncrementalNewlineDecoder types: constructors,
// methods and attributes over the machinery of io_text.go.

// strOrNone reads an optional str-or-None argument of fname.
func strOrNone(fname, arg string, v object.Value) (string, bool, error) {
	if v.IsNull() || v.IsNone() {
		return "", false, nil
	}
	s, ok := object.Unwrap(v).Object().(*object.Str)
	if !ok {
		return "", false, object.Errorf(object.TypeError, "%s() argument '%s' must be str or None, not %s", fname, arg, object.TypeOf(v).Name)
	}
	return s.S, true, nil
}

func (st *ioState) textInit(self object.Value, a [6]object.Value) error {
	t := st.textOf(self)
	t.ok, t.detached = false, false
	enc, hasEnc, err := strOrNone("TextIOWrapper", "encoding", a[1])
	if err != nil {
		return err
	}
	if hasEnc && enc == "locale" {
		hasEnc = false
	}
	errorsV := a[2]
	errs := "strict"
	if errorsV.IsNull() || errorsV.IsNone() {
		errorsV = object.NewStr("strict")
	} else if s, ok := object.Unwrap(errorsV).Object().(*object.Str); ok {
		errs = s.S
	} else {
		return object.Errorf(object.TypeError, "TextIOWrapper() argument 'errors' must be str or None, not %s", object.TypeOf(errorsV).Name)
	}
	nl, nlNone, err := newlineArg(a[3], "TextIOWrapper")
	if err != nil {
		return err
	}
	lineBuffering, writeThrough := false, false
	if !a[4].IsNull() {
		if lineBuffering, err = truth(a[4]); err != nil {
			return err
		}
	}
	if !a[5].IsNull() {
		if writeThrough, err = truth(a[5]); err != nil {
			return err
		}
	}
	t.clearDecoded()
	t.pending = nil
	t.snapshot = false
	if !hasEnc {
		enc = localeEncoding()
	}
	t.encoding = object.NewStr(enc)
	if hasEnc {
		t.encoding = object.Unwrap(a[1])
	}
	if nativeCodec(enc) == "" {
		if _, err := lookupTextCodec(enc); err != nil {
			return err
		}
	}
	t.errors, t.errorsS = errorsV, errs
	t.chunkSize = defaultBufferSize
	t.lineBuffering, t.writeThrough = lineBuffering, writeThrough
	t.setNewline(nl, nlNone)
	t.buffer = a[0]
	t.bufferB, t.raw = nil, nil
	if b, ok := a[0].Object().(*buffered); ok {
		bt := object.TypeOf(a[0])
		if bt == st.bufreader || bt == st.bufwriter || bt == st.bufrandom {
			t.bufferB = b
			if b.rawFile != nil && object.TypeOf(b.raw) == st.fileio {
				t.raw = b.rawFile
			}
		}
	}
	if err := t.setCodecs(enc, errs); err != nil {
		return err
	}
	sk, err := callMethod(a[0], "seekable")
	if err != nil {
		return err
	}
	if t.seekable, err = truth(sk); err != nil {
		return err
	}
	t.telling = t.seekable
	r1, err := lookupAttr(a[0], "read1")
	if err != nil {
		return err
	}
	t.hasRead1 = !r1.IsNull()
	t.startOfStream = false
	if err := t.fixEncoderState(); err != nil {
		return err
	}
	t.ok = true
	if t.finalize == nil {
		t.finalize = func() {
			if t.ok && !t.detached {
				iobaseFinalize(object.FromObject(t))
			}
		}
		st.track(&t.ioObj)
	}
	return nil
}

func (st *ioState) makeTextIOWrapper() {
	tt := st.newType("TextIOWrapper", st.textiobase, "Character and line based layer over a BufferedIOBase object, buffer.")
	st.textwrapper = tt
	tt.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		return object.WrapBuiltin(cls, object.FromObject(&textIO{ioObj: ioObj{t: nativeBase(cls), st: st}, chunkSize: defaultBufferSize})), nil
	}, func(self object.Value, args []object.Value, kw []string) error {
		var a [6]object.Value
		if err := object.ParseArgs("TextIOWrapper", args, kw, []string{"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 6, 1, a[:]); err != nil {
			return err
		}
		return st.textInit(self, a)
	})
	m := func(name string, min, max int, closedCheck bool, fn func(t *textIO, self object.Value, args []object.Value) (object.Value, error)) {
		tt.AddRawMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := argCheck(tt, name, args, kw, min, max); err != nil {
				return object.Null, err
			}
			t := st.textOf(self)
			if t == nil {
				return object.Null, object.Errorf(object.TypeError, "descriptor '%s' requires a '_io.TextIOWrapper' object", name)
			}
			if err := t.checkAttached(); err != nil {
				return object.Null, err
			}
			if closedCheck {
				if err := t.closedCheck(self); err != nil {
					return object.Null, err
				}
			}
			return fn(t, self, args)
		})
	}
	m("detach", 0, 0, false, func(t *textIO, self object.Value, args []object.Value) (object.Value, error) {
		if _, err := callMethod(self, "flush"); err != nil {
			return object.Null, err
		}
		buf := t.buffer
		t.buffer, t.bufferB, t.raw = object.Null, nil, nil
		t.detached = true
		return buf, nil
	})
	m("write", 1, 1, false, func(t *textIO, self object.Value, args []object.Value) (object.Value, error) {
		if _, ok := object.Unwrap(args[0]).Object().(*object.Str); !ok {
			return object.Null, object.Errorf(object.TypeError, "write() argument must be str, not %s", object.TypeOf(args[0]).Name)
		}
		n, err := t.write(self, args[0])
		if err != nil {
			return object.Null, err
		}
		return object.Int(int64(n)), nil
	})
	m("read", 0, 1, false, func(t *textIO, self object.Value, args []object.Value) (object.Value, error) {
		n, err := optSize(args, 0)
		if err != nil {
			return object.Null, err
		}
		return t.read(self, n)
	})
	m("readline", 0, 1, false, func(t *textIO, self object.Value, args []object.Value) (object.Value, error) {
		n, err := intArgStrict(args, 0, -1)
		if err != nil {
			return object.Null, err
		}
		s, err := t.readline(self, n)
		if err != nil {
			return object.Null, err
		}
		return object.NewStr(s), nil
	})
	m("flush", 0, 0, true, func(t *textIO, self object.Value, args []object.Value) (object.Value, error) {
		t.telling = t.seekable
		if err := t.writeflush(); err != nil {
			return object.Null, err
		}
		if t.bufferB != nil && t.bufferB.writable {
			return object.None, t.flushBuffer()
		}
		return callMethod(t.buffer, "flush")
	})
	m("close", 0, 0, false, func(t *textIO, self object.Value, args []object.Value) (object.Value, error) {
		v, err := object.GetAttrString(t.buffer, "closed")
		if err != nil {
			return object.Null, err
		}
		c, err := truth(v)
		if err != nil || c {
			return object.None, err
		}
		_, ferr := callMethod(self, "flush")
		_, cerr := callMethod(t.buffer, "close")
		if ferr != nil {
			return object.Null, chain(ferr, cerr)
		}
		if cerr != nil {
			return object.Null, cerr
		}
		return object.None, nil
	})
	for _, name := range []string{"fileno", "seekable", "readable", "writable", "isatty"} {
		name := name
		m(name, 0, 0, false, func(t *textIO, self object.Value, args []object.Value) (object.Value, error) {
			return callMethod(t.buffer, name)
		})
	}
	m("tell", 0, 0, false, func(t *textIO, self object.Value, args []object.Value) (object.Value, error) {
		return t.tell(self)
	})
	m("seek", 1, 2, false, func(t *textIO, self object.Value, args []object.Value) (object.Value, error) {
		whence, err := intArgStrict(args, 1, 0)
		if err != nil {
			return object.Null, err
		}
		return t.seek(self, args[0], whence)
	})
	m("truncate", 0, 1, false, func(t *textIO, self object.Value, args []object.Value) (object.Value, error) {
		if _, err := callMethod(self, "flush"); err != nil {
			return object.Null, err
		}
		pos := object.None
		if len(args) > 0 {
			pos = args[0]
		}
		return callMethod(t.buffer, "truncate", pos)
	})
	tt.AddRawMethod("reconfigure", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		var a [5]object.Value
		if err := object.ParseArgs("reconfigure", args, kw, []string{"$encoding", "$errors", "$newline", "$line_buffering", "$write_through"}, 0, 0, a[:]); err != nil {
			return object.Null, err
		}
		t := st.textOf(self)
		if err := t.checkAttached(); err != nil {
			return object.Null, err
		}
		return object.None, t.reconfigure(self, a)
	})
	tt.AddRawMethod("__next__", methNoArgs(tt, "__next__", func(self object.Value) (object.Value, error) {
		t := st.textOf(self)
		if err := t.checkAttached(); err != nil {
			return object.Null, err
		}
		t.telling = false
		var line string
		if object.TypeOf(self) == st.textwrapper {
			l, err := t.readline(self, -1)
			if err != nil {
				return object.Null, err
			}
			line = l
		} else {
			v, err := callMethod(self, "readline")
			if err != nil {
				return object.Null, err
			}
			s, ok := v.Object().(*object.Str)
			if !ok {
				return object.Null, object.Errorf(object.OSError, "readline() should have returned a str object, not '%s'", object.TypeOf(v).Name)
			}
			line = s.S
		}
		if line == "" {
			t.snapshot = false
			t.telling = t.seekable
			return object.Null, object.NewException(object.StopIteration)
		}
		return object.NewStr(line), nil
	}))
	tt.AddRawMethod("__repr__", methNoArgs(tt, "__repr__", func(self object.Value) (object.Value, error) {
		t := st.textOf(self)
		if !st.reprEnter(self) {
			return object.Null, object.Errorf(object.RuntimeError, "reentrant call inside %s.__repr__", object.TypeOf(self).Name)
		}
		defer st.reprLeave(self)
		s := "<_io.TextIOWrapper"
		name, err := lookupAttr(self, "name")
		if err != nil {
			if !object.ExceptionMatches(err, object.ValueError) {
				return object.Null, err
			}
			name = object.Null
		}
		if !name.IsNull() {
			r, err := object.Repr(name)
			if err != nil {
				return object.Null, err
			}
			s += " name=" + r
		}
		mode, err := lookupAttr(self, "mode")
		if err != nil {
			return object.Null, err
		}
		if !mode.IsNull() {
			r, err := object.Repr(mode)
			if err != nil {
				return object.Null, err
			}
			s += " mode=" + r
		}
		enc := object.None
		if t.encoding.Kind() != object.KindNull {
			enc = t.encoding
		}
		r, err := object.Repr(enc)
		if err != nil {
			return object.Null, err
		}
		return object.NewStr(s + " encoding=" + r + ">"), nil
	}))
	attached := func(name string, get func(t *textIO, self object.Value) (object.Value, error)) {
		tt.AddGetter(name, func(self object.Value) (object.Value, error) {
			t := st.textOf(self)
			if err := t.checkAttached(); err != nil {
				return object.Null, err
			}
			return get(t, self)
		})
	}
	attached("name", func(t *textIO, self object.Value) (object.Value, error) {
		return object.GetAttrString(t.buffer, "name")
	})
	attached("closed", func(t *textIO, self object.Value) (object.Value, error) {
		return object.GetAttrString(t.buffer, "closed")
	})
	attached("newlines", func(t *textIO, self object.Value) (object.Value, error) {
		if d, ok := t.decoder.(*nlDecoder); ok {
			return d.newlines(), nil
		}
		if d, ok := t.decoder.(*pyDecoder); ok {
			v, err := lookupAttr(d.obj, "newlines")
			if err != nil || v.IsNull() {
				return object.None, err
			}
			return v, nil
		}
		return object.None, nil
	})
	attached("errors", func(t *textIO, self object.Value) (object.Value, error) { return t.errors, nil })
	member := func(name string, get func(t *textIO) object.Value) {
		tt.AddGetter(name, func(self object.Value) (object.Value, error) { return get(st.textOf(self)), nil })
	}
	member("encoding", func(t *textIO) object.Value { return orNone(t.encoding) })
	member("buffer", func(t *textIO) object.Value { return orNone(t.buffer) })
	member("line_buffering", func(t *textIO) object.Value { return object.Bool(t.lineBuffering) })
	member("write_through", func(t *textIO) object.Value { return object.Bool(t.writeThrough) })
	tt.AddGetSet("_finalizing", func(self object.Value) (object.Value, error) {
		return object.Bool(st.textOf(self).finalizing), nil
	}, func(self, v object.Value) error {
		c, err := truth(v)
		st.textOf(self).finalizing = c
		return err
	})
	tt.AddGetSet("_CHUNK_SIZE", func(self object.Value) (object.Value, error) {
		t := st.textOf(self)
		if err := t.checkAttached(); err != nil {
			return object.Null, err
		}
		return object.Int(int64(t.chunkSize)), nil
	}, func(self, v object.Value) error {
		t := st.textOf(self)
		if err := t.checkAttached(); err != nil {
			return err
		}
		if v.IsNull() {
			return object.Errorf(object.AttributeError, "cannot delete attribute")
		}
		n, err := object.AsIndex(v)
		if err != nil {
			return err
		}
		if n <= 0 {
			return object.Errorf(object.ValueError, "a strictly positive integer is required")
		}
		t.chunkSize = n
		return nil
	})
	st.makeNewlineDecoder()
}

func orNone(v object.Value) object.Value {
	if v.IsNull() {
		return object.None
	}
	return v
}

// reconfigure is TextIOWrapper.reconfigure(*, encoding, errors, newline,
// line_buffering, write_through).
func (t *textIO) reconfigure(self object.Value, a [5]object.Value) error {
	encSet := !a[0].IsNull() && !a[0].IsNone()
	errSet := !a[1].IsNull() && !a[1].IsNone()
	nlSet := !a[2].IsNull()
	if t.hasDecoded {
		if encSet || errSet || nlSet {
			return t.st.unsupportedOp("It is not possible to set the encoding or newline of stream after the first read")
		}
	}
	var nl string
	var nlNone bool
	if nlSet {
		var err error
		if nl, nlNone, err = newlineArg(a[2], "reconfigure"); err != nil {
			return err
		}
	}
	enc, _, err := strOrNone("reconfigure", "encoding", a[0])
	if err != nil {
		return err
	}
	errs, _, err := strOrNone("reconfigure", "errors", a[1])
	if err != nil {
		return err
	}
	lb, wt := t.lineBuffering, t.writeThrough
	if !a[3].IsNull() && !a[3].IsNone() {
		if lb, err = truth(a[3]); err != nil {
			return err
		}
	}
	if !a[4].IsNull() && !a[4].IsNone() {
		if wt, err = truth(a[4]); err != nil {
			return err
		}
	}
	if encSet || errSet || nlSet {
		if _, err := callMethod(self, "flush"); err != nil {
			return err
		}
		t.b2cratio = 0
		if nlSet {
			t.setNewline(nl, nlNone)
		}
		encoding := t.encoding
		errorsV := t.errors
		switch {
		case !encSet:
			enc = object.Unwrap(encoding).Object().(*object.Str).S
			if errSet {
				errorsV = object.NewStr(errs)
			} else {
				errs = t.errorsS
			}
		default:
			if enc == "locale" {
				enc = localeEncoding()
			}
			encoding = object.NewStr(enc)
			if errSet {
				errorsV = object.NewStr(errs)
			} else {
				errs, errorsV = "strict", object.NewStr("strict")
			}
		}
		if err := t.setCodecs(enc, errs); err != nil {
			return err
		}
		t.encoding, t.errors, t.errorsS = encoding, errorsV, errs
		if err := t.fixEncoderState(); err != nil {
			return err
		}
	}
	t.lineBuffering, t.writeThrough = lb, wt
	return nil
}

// newlineDecoderPayload is IncrementalNewlineDecoder's payload.
type newlineDecoderPayload struct {
	ioObj
	d       *nlDecoder
	decoder object.Value // the wrapped decoder object, or None
	ok      bool
}

func (st *ioState) makeNewlineDecoder() {
	t := object.NewBaseType("_io.IncrementalNewlineDecoder", nil)
	t.Doc = "Codec used when reading a file in universal newlines mode."
	st.nldecoder = t
	of := func(self object.Value) (*newlineDecoderPayload, error) {
		p, _ := object.Unwrap(self).Object().(*newlineDecoderPayload)
		if p == nil || !p.ok {
			return nil, object.Errorf(object.ValueError, "IncrementalNewlineDecoder.__init__() not called")
		}
		return p, nil
	}
	t.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		return object.WrapBuiltin(cls, object.FromObject(&newlineDecoderPayload{ioObj: ioObj{t: nativeBase(cls), st: st}})), nil
	}, func(self object.Value, args []object.Value, kw []string) error {
		var a [3]object.Value
		if err := object.ParseArgs("IncrementalNewlineDecoder", args, kw, []string{"decoder", "translate", "errors"}, 3, 2, a[:]); err != nil {
			return err
		}
		tr, err := truth(a[1])
		if err != nil {
			return err
		}
		p := object.Unwrap(self).Object().(*newlineDecoderPayload)
		p.decoder = a[0]
		p.d = &nlDecoder{translate: tr}
		if !a[0].IsNone() {
			p.d.inner = &pyDecoder{a[0]}
		}
		p.ok = true
		return nil
	})
	t.AddRawMethod("decode", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs("decode", args, kw, []string{"input", "final"}, 2, 1, a[:]); err != nil {
			return object.Null, err
		}
		p, err := of(self)
		if err != nil {
			return object.Null, err
		}
		final := false
		if !a[1].IsNull() {
			n, err := object.AsIndex(a[1])
			if err != nil {
				return object.Null, err
			}
			final = n != 0
		}
		var out object.Value
		if p.d.inner == nil {
			out = a[0]
		} else {
			if out, err = callMethod(p.decoder, "decode", a[0], object.Bool(final)); err != nil {
				return object.Null, err
			}
		}
		s, err := checkDecoded(out)
		if err != nil {
			return object.Null, err
		}
		return object.NewStr(p.d.translateText(s, final)), nil
	})
	t.AddRawMethod("getstate", methNoArgs(t, "getstate", func(self object.Value) (object.Value, error) {
		p, err := of(self)
		if err != nil {
			return object.Null, err
		}
		buf, flags, err := p.d.getstate()
		if err != nil {
			return object.Null, err
		}
		return object.TupleValue(object.NewBytes(buf), object.Int(flags)), nil
	}))
	t.AddRawMethod("setstate", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := argCheck(t, "setstate", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		p, err := of(self)
		if err != nil {
			return object.Null, err
		}
		tup, ok := args[0].Object().(*object.Tuple)
		if !ok || len(tup.Items) != 2 {
			return object.Null, object.Errorf(object.TypeError, "state argument must be a tuple")
		}
		flags, err := object.AsIndex(tup.Items[1])
		if err != nil {
			return object.Null, err
		}
		p.d.pendingCR = flags&1 != 0
		if p.d.inner != nil {
			_, err := callMethod(p.decoder, "setstate", object.TupleValue(tup.Items[0], object.Int(int64(flags>>1))))
			return object.None, err
		}
		return object.None, nil
	})
	t.AddRawMethod("reset", methNoArgs(t, "reset", func(self object.Value) (object.Value, error) {
		p, err := of(self)
		if err != nil {
			return object.Null, err
		}
		return object.None, p.d.reset()
	}))
	t.AddGetter("newlines", func(self object.Value) (object.Value, error) {
		p, err := of(self)
		if err != nil {
			return object.Null, err
		}
		return p.d.newlines(), nil
	})
}
