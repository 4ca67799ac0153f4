package native

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"hash/crc32"
	"io"
	"runtime"
	"sync"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// zlib on Go's compress/flate, compress/zlib and compress/gzip. The
// streams are valid zlib, gzip and raw deflate streams that CPython reads
// back, but Go's compressor chooses other matches than zlib's, so
// compressed bytes differ from CPython's; decompression gives the same
// data. Go's inflaters read from an io.Reader, so a Decompress object
// runs one on a goroutine fed chunk by chunk.

func init() { register("zlib", newZlibModule) }

const (
	zDefBufSize = 16384
	zFinish     = 4
)

// zlibFormat is how wbits selects the container.
type zlibFormat int

const (
	fmtZlib zlibFormat = iota
	fmtRaw
	fmtGzip
	fmtAuto // zlib or gzip, from the header (decompression only)
)

func wbitsFormat(wbits int, decompress bool) (zlibFormat, bool) {
	switch {
	case wbits >= 8 && wbits <= 15 && (decompress || wbits >= 9):
		return fmtZlib, true
	case wbits == 0 && decompress:
		return fmtZlib, true
	case wbits >= -15 && wbits <= -8 && (decompress || wbits <= -9):
		return fmtRaw, true
	case wbits >= 24 && wbits <= 31 && (decompress || wbits >= 25):
		return fmtGzip, true
	case wbits >= 40 && wbits <= 47 && decompress:
		return fmtAuto, true
	}
	return 0, false
}

// inflateErr maps Go's decompression errors to zlib's messages.
func inflateErr(errT *object.Type, err error, what string) error {
	msg := "invalid block type"
	code := -3
	var ce flate.CorruptInputError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		code, msg = -5, "incomplete or truncated stream"
	case errors.Is(err, zlib.ErrHeader), errors.Is(err, gzip.ErrHeader):
		msg = "incorrect header check"
	case errors.Is(err, zlib.ErrChecksum), errors.Is(err, gzip.ErrChecksum):
		msg = "incorrect data check"
	case errors.Is(err, zlib.ErrDictionary):
		return object.Errorf(errT, "Error 2 while %s", what)
	case errors.As(err, &ce):
	default:
		msg = err.Error()
	}
	return object.Errorf(errT, "Error %d while %s: %s", code, what, msg)
}

// newInflater opens a decompressor of format f over r.
func newInflater(f zlibFormat, r flate.Reader, dict []byte) (io.Reader, error) {
	if f == fmtAuto {
		f = fmtZlib
		switch br := r.(type) {
		case *chunkReader:
			if b, err := br.peek(); err == nil && b == 0x1f {
				f = fmtGzip
			}
		case *bytes.Reader:
			if b, err := br.ReadByte(); err == nil {
				br.UnreadByte()
				if b == 0x1f {
					f = fmtGzip
				}
			}
		}
	}
	switch f {
	case fmtRaw:
		if dict != nil {
			return flate.NewReaderDict(r, dict), nil
		}
		return flate.NewReader(r), nil
	case fmtGzip:
		g, err := gzip.NewReader(r)
		if err != nil {
			return nil, err
		}
		g.Multistream(false)
		return g, nil
	}
	if dict != nil {
		return zlib.NewReaderDict(r, dict)
	}
	return zlib.NewReader(r)
}

// chunkReader is the input side of a streaming inflater: it hands out the
// bytes fed so far and, when they run out, tells the feeder it needs more
// (need) and waits.
type chunkReader struct {
	mu      sync.Mutex
	cond    *sync.Cond
	buf     []byte
	closed  bool          // no more input: io.EOF when buf runs out
	fed     uint64        // how many times input was added
	need    chan uint64   // the reader ran dry, having seen this much input
	stopped chan struct{} // closed when the Python object is collected
}

func (c *chunkReader) wait() error {
	for len(c.buf) == 0 {
		if c.closed {
			return io.EOF
		}
		seen := c.fed
		c.mu.Unlock()
		select {
		case c.need <- seen:
		case <-c.stopped:
			c.mu.Lock()
			return io.EOF
		}
		c.mu.Lock()
		for len(c.buf) == 0 && !c.closed {
			c.cond.Wait()
		}
	}
	return nil
}

func (c *chunkReader) ReadByte() (byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.wait(); err != nil {
		return 0, err
	}
	b := c.buf[0]
	c.buf = c.buf[1:]
	return b, nil
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.wait(); err != nil {
		return 0, err
	}
	n := copy(p, c.buf)
	c.buf = c.buf[n:]
	return n, nil
}

func (c *chunkReader) peek() (byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.wait(); err != nil {
		return 0, err
	}
	return c.buf[0], nil
}

// inflateEvent is what the inflater goroutine reports: output, or the end
// of the stream (err nil) or an error.
type inflateEvent struct {
	data []byte
	end  bool
	err  error
}

// decompressor is the payload of a zlib.Decompress object.
type decompressor struct {
	t        *object.Type
	format   zlibFormat
	dict     []byte
	src      *chunkReader
	events   chan inflateEvent
	started  bool
	pending  []byte // output produced past a max_length
	eof      bool
	failed   error
	unused   []byte
	tail     []byte
	consumed [][]byte // every chunk fed, for copy()
}

func (d *decompressor) Type() *object.Type { return d.t }

func (d *decompressor) start() {
	d.src = &chunkReader{need: make(chan uint64), stopped: make(chan struct{})}
	d.src.cond = sync.NewCond(&d.src.mu)
	d.events = make(chan inflateEvent)
	d.started = true
	src, events, format, dict := d.src, d.events, d.format, d.dict
	go func() {
		send := func(ev inflateEvent) bool {
			select {
			case events <- ev:
				return true
			case <-src.stopped:
				return false
			}
		}
		r, err := newInflater(format, src, dict)
		if err != nil {
			send(inflateEvent{err: err})
			return
		}
		buf := make([]byte, 32*1024)
		for {
			n, err := r.Read(buf)
			if n > 0 && !send(inflateEvent{data: append([]byte(nil), buf[:n]...)}) {
				return
			}
			if err == io.EOF {
				send(inflateEvent{end: true})
				return
			}
			if err != nil {
				send(inflateEvent{err: err})
				return
			}
		}
	}()
}

// run feeds data and collects output until the inflater needs more input,
// the stream ends, or max (> 0) bytes are out.
func (d *decompressor) run(data []byte, max int, closing bool) ([]byte, error) {
	if !d.started {
		d.start()
		stopped := d.src.stopped
		runtime.AddCleanup(d, func(ch chan struct{}) { close(ch) }, stopped)
	}
	out := d.pending
	d.pending = nil
	d.src.mu.Lock()
	d.src.buf = append(d.src.buf, data...)
	if closing {
		d.src.closed = true
	}
	d.src.fed++
	fed := d.src.fed
	d.src.cond.Broadcast()
	d.src.mu.Unlock()
	for max <= 0 || len(out) < max {
		select {
		case seen := <-d.src.need:
			// The reader ran dry; if that was before this call's data
			// arrived, it reads on, so keep collecting.
			if seen == fed {
				return d.limit(out, max), nil
			}
		case ev := <-d.events:
			switch {
			case ev.err != nil:
				d.failed = ev.err
				return out, ev.err
			case ev.end:
				d.eof = true
				d.src.mu.Lock()
				d.unused = append(d.unused, d.src.buf...)
				d.src.buf = nil
				d.src.mu.Unlock()
				return d.limit(out, max), nil
			}
			out = append(out, ev.data...)
		}
	}
	return d.limit(out, max), nil
}

func (d *decompressor) limit(out []byte, max int) []byte {
	if max > 0 && len(out) > max {
		d.pending = append(d.pending, out[max:]...)
		out = out[:max]
	}
	if max > 0 && !d.eof {
		// Input the inflater has not read yet goes back to the caller.
		d.src.mu.Lock()
		d.tail = append([]byte(nil), d.src.buf...)
		d.src.buf = nil
		d.src.mu.Unlock()
	} else {
		d.tail = nil
	}
	return out
}

// compressor is the payload of a zlib.Compress object.
type compressor struct {
	t   *object.Type
	out bytes.Buffer
	w   interface {
		io.WriteCloser
		Flush() error
	}
	finished bool
	replay   []compressOp // what was done, for copy()
	mk       func(w io.Writer) (interface {
		io.WriteCloser
		Flush() error
	}, error)
}

type compressOp struct {
	data  []byte
	flush bool
}

func (c *compressor) Type() *object.Type { return c.t }

func newZlibModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("zlib", "The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.")
	errT := newException("zlib", "error", object.Exception)
	setAttr(m, "error", object.FromObject(errT))
	for _, c := range []struct {
		name string
		v    int64
	}{{"MAX_WBITS", 15}, {"DEFLATED", 8}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", zDefBufSize},
		{"Z_NO_COMPRESSION", 0}, {"Z_BEST_SPEED", 1}, {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", -1},
		{"Z_FILTERED", 1}, {"Z_HUFFMAN_ONLY", 2}, {"Z_RLE", 3}, {"Z_FIXED", 4}, {"Z_DEFAULT_STRATEGY", 0},
		{"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1}, {"Z_SYNC_FLUSH", 2}, {"Z_FULL_FLUSH", 3}, {"Z_FINISH", 4},
		{"Z_BLOCK", 5}, {"Z_TREES", 6}} {
		setAttr(m, c.name, object.Int(c.v))
	}
	setAttr(m, "ZLIB_VERSION", object.NewStr("1.2.13"))
	setAttr(m, "ZLIB_RUNTIME_VERSION", object.NewStr("1.2.13"))
	compT := object.NewBuiltinType("zlib.Compress", nil)
	decompT := object.NewBuiltinType("zlib.Decompress", nil)

	checksum := func(name string, init uint32, update func(uint32, []byte) uint32) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.PositionalOnly(name, args, kw, 1, 2); err != nil {
				return object.Null, err
			}
			data, err := binData(args[0])
			if err != nil {
				return object.Null, err
			}
			v := init
			if len(args) == 2 {
				if v, err = uint32Mask(args[1]); err != nil {
					return object.Null, err
				}
			}
			return object.Int(int64(update(v, data))), nil
		})
	}
	checksum("crc32", 0, func(v uint32, b []byte) uint32 { return crc32.Update(v, crc32.IEEETable, b) })
	checksum("adler32", 1, adler32Update)

	intArg := func(v object.Value, def int) (int, error) {
		if v.IsNull() {
			return def, nil
		}
		return cInt(v)
	}
	// ssizeArg is the "n" converter (Py_ssize_t) for the buffer sizes and
	// max_length: sys.maxsize passes, one past it is an OverflowError.
	ssizeArg := func(v object.Value, def int) (int, error) {
		if v.IsNull() {
			return def, nil
		}
		if v.IsFloat() {
			return 0, object.Errorf(object.TypeError, "'float' object cannot be interpreted as an integer")
		}
		n, err := asSsize(v)
		return int(n), err
	}
	levelOK := func(level int) bool { return level >= -1 && level <= 9 }

	defFunc(m, "compress", func(args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs("compress", args, kw, []string{"", "level"}, 2, 1, a[:]); err != nil {
			return object.Null, err
		}
		data, err := binData(a[0])
		if err != nil {
			return object.Null, err
		}
		level, err := intArg(a[1], -1)
		if err != nil {
			return object.Null, err
		}
		if !levelOK(level) {
			return object.Null, object.Errorf(errT, "Bad compression level")
		}
		var buf bytes.Buffer
		w, _ := zlib.NewWriterLevel(&buf, level)
		w.Write(data)
		w.Close()
		return object.NewBytes(buf.Bytes()), nil
	})
	defFunc(m, "decompress", func(args []object.Value, kw []string) (object.Value, error) {
		var a [3]object.Value
		if err := object.ParseArgs("decompress", args, kw, []string{"", "wbits", "bufsize"}, 3, 1, a[:]); err != nil {
			return object.Null, err
		}
		data, err := binData(a[0])
		if err != nil {
			return object.Null, err
		}
		wbits, err := intArg(a[1], 15)
		if err != nil {
			return object.Null, err
		}
		bufsize, err := ssizeArg(a[2], zDefBufSize)
		if err != nil {
			return object.Null, err
		}
		if bufsize < 0 {
			return object.Null, object.Errorf(object.ValueError, "bufsize must be non-negative")
		}
		f, ok := wbitsFormat(wbits, true)
		if !ok {
			return object.Null, object.Errorf(errT, "Error -2 while preparing to decompress data: inconsistent stream state")
		}
		if f == fmtZlib && len(data) >= 2 && wbits >= 8 && wbits < 16 && data[0]&0x0f == 8 && int(data[0]>>4)+8 > wbits {
			return object.Null, object.Errorf(errT, "Error -3 while decompressing data: invalid window size")
		}
		r, err := newInflater(f, bytes.NewReader(data), nil)
		if err != nil {
			return object.Null, inflateErr(errT, err, "decompressing data")
		}
		out, err := io.ReadAll(r)
		if err != nil {
			return object.Null, inflateErr(errT, err, "decompressing data")
		}
		return object.NewBytes(out), nil
	})
	defFunc(m, "compressobj", func(args []object.Value, kw []string) (object.Value, error) {
		var a [6]object.Value
		if err := object.ParseArgs("compressobj", args, kw, []string{"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 6, 0, a[:]); err != nil {
			return object.Null, err
		}
		level, err := intArg(a[0], -1)
		if err != nil {
			return object.Null, err
		}
		method, err := intArg(a[1], 8)
		if err != nil {
			return object.Null, err
		}
		wbits, err := intArg(a[2], 15)
		if err != nil {
			return object.Null, err
		}
		memLevel, err := intArg(a[3], 8)
		if err != nil {
			return object.Null, err
		}
		strategy, err := intArg(a[4], 0)
		if err != nil {
			return object.Null, err
		}
		var dict []byte
		if !a[5].IsNull() {
			if dict, err = object.AsBytes(a[5]); err != nil {
				return object.Null, err
			}
			dict = append([]byte(nil), dict...)
		}
		f, ok := wbitsFormat(wbits, false)
		if wbits == 8 {
			f, ok = fmtZlib, true // zlib raises 8 to 9
		}
		if !ok || method != 8 || memLevel < 1 || memLevel > 9 || !levelOK(level) || strategy < 0 || strategy > 4 {
			return object.Null, object.Errorf(object.ValueError, "Invalid initialization option")
		}
		if strategy == 2 {
			level = flate.HuffmanOnly
		}
		c := &compressor{t: compT}
		c.mk = func(w io.Writer) (interface {
			io.WriteCloser
			Flush() error
		}, error) {
			switch f {
			case fmtRaw:
				if dict != nil {
					return flate.NewWriterDict(w, level, dict)
				}
				return flate.NewWriter(w, level)
			case fmtGzip:
				gl := level
				return gzip.NewWriterLevel(w, gl)
			}
			if dict != nil {
				return zlib.NewWriterLevelDict(w, level, dict)
			}
			return zlib.NewWriterLevel(w, level)
		}
		if c.w, err = c.mk(&c.out); err != nil {
			return object.Null, object.Errorf(object.ValueError, "Invalid initialization option")
		}
		return object.FromObject(c), nil
	})
	defFunc(m, "decompressobj", func(args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs("decompressobj", args, kw, []string{"wbits", "zdict"}, 2, 0, a[:]); err != nil {
			return object.Null, err
		}
		wbits, err := intArg(a[0], 15)
		if err != nil {
			return object.Null, err
		}
		f, ok := wbitsFormat(wbits, true)
		if !ok {
			return object.Null, object.Errorf(object.ValueError, "Invalid initialization option")
		}
		d := &decompressor{t: decompT, format: f}
		if !a[1].IsNull() {
			if !object.IsBuffer(a[1]) {
				return object.Null, object.Errorf(object.TypeError, "zdict argument must support the buffer protocol")
			}
			b, _ := object.AsBytes(a[1])
			d.dict = append([]byte(nil), b...)
		}
		return object.FromObject(d), nil
	})

	cself := func(v object.Value) *compressor { return v.Object().(*compressor) }
	compT.AddMethod("compress", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("compress", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		c := cself(v)
		data, err := binData(args[0])
		if err != nil {
			return object.Null, err
		}
		if c.finished {
			return object.Null, object.Errorf(errT, "Error -2 while compressing data: inconsistent stream state")
		}
		c.replay = append(c.replay, compressOp{data: append([]byte(nil), data...)})
		c.w.Write(data)
		out := append([]byte(nil), c.out.Bytes()...)
		c.out.Reset()
		return object.NewBytes(out), nil
	})
	compT.AddMethod("flush", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("flush", args, kw, 0, 1); err != nil {
			return object.Null, err
		}
		mode := zFinish
		if len(args) == 1 {
			var err error
			if mode, err = cInt(args[0]); err != nil {
				return object.Null, err
			}
		}
		c := cself(v)
		if mode == 0 {
			return object.NewBytes(nil), nil
		}
		if c.finished {
			return object.Null, object.Errorf(errT, "Error -2 while flushing: inconsistent stream state")
		}
		if mode == zFinish {
			c.w.Close()
			c.finished = true
		} else {
			c.w.Flush()
			c.replay = append(c.replay, compressOp{flush: true})
		}
		out := append([]byte(nil), c.out.Bytes()...)
		c.out.Reset()
		return object.NewBytes(out), nil
	})
	copyComp := func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("copy", args, kw); err != nil {
			return object.Null, err
		}
		c := cself(v)
		if c.finished {
			return object.Null, object.Errorf(object.ValueError, "Inconsistent stream state")
		}
		// Go's writers cannot be cloned: replay the same input and
		// flushes into a new one, which reaches the same state, with its
		// output so far dropped; the original's unreturned output is kept.
		n := &compressor{t: compT, mk: c.mk, replay: append([]compressOp(nil), c.replay...)}
		sw := &switchWriter{w: io.Discard}
		w, _ := c.mk(sw)
		for _, op := range c.replay {
			if op.flush {
				w.Flush()
			} else {
				w.Write(op.data)
			}
		}
		sw.w = &n.out
		n.w = w
		n.out.Write(c.out.Bytes())
		return object.FromObject(n), nil
	}
	compT.AddMethod("copy", copyComp)
	compT.AddMethod("__copy__", copyComp)
	compT.AddMethod("__deepcopy__", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		return copyComp(v, nil, nil)
	})

	dself := func(v object.Value) *decompressor { return v.Object().(*decompressor) }
	decompT.AddMethod("decompress", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs("decompress", args, kw, []string{"", "max_length"}, 2, 1, a[:]); err != nil {
			return object.Null, err
		}
		data, err := binData(a[0])
		if err != nil {
			return object.Null, err
		}
		max, err := ssizeArg(a[1], 0)
		if err != nil {
			return object.Null, err
		}
		if max < 0 {
			return object.Null, object.Errorf(object.ValueError, "max_length must be non-negative")
		}
		d := dself(v)
		if d.failed != nil {
			return object.Null, inflateErr(errT, d.failed, "decompressing data")
		}
		if d.eof {
			d.unused = append(d.unused, data...)
			return object.NewBytes(nil), nil
		}
		d.consumed = append(d.consumed, append([]byte(nil), data...))
		out, err := d.run(data, max, false)
		if err != nil {
			return object.Null, inflateErr(errT, err, "decompressing data")
		}
		return object.NewBytes(out), nil
	})
	decompT.AddMethod("flush", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("flush", args, kw, 0, 1); err != nil {
			return object.Null, err
		}
		if len(args) == 1 {
			n, err := ssizeArg(args[0], 0)
			if err != nil {
				return object.Null, err
			}
			if n <= 0 {
				return object.Null, object.Errorf(object.ValueError, "length must be greater than zero")
			}
		}
		d := dself(v)
		if d.eof || d.failed != nil || !d.started && len(d.tail) == 0 {
			out := d.pending
			d.pending = nil
			return object.NewBytes(out), nil
		}
		tail := d.tail
		d.tail = nil
		out, err := d.run(tail, 0, true)
		if errors.Is(err, io.ErrUnexpectedEOF) {
			d.failed = nil // an unfinished stream: flush returns what there is
		} else if err != nil {
			return object.Null, inflateErr(errT, err, "flushing")
		}
		return object.NewBytes(out), nil
	})
	copyDecomp := func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("copy", args, kw); err != nil {
			return object.Null, err
		}
		d := dself(v)
		n := &decompressor{t: decompT, format: d.format, dict: d.dict, eof: d.eof, failed: d.failed,
			unused: append([]byte(nil), d.unused...), tail: append([]byte(nil), d.tail...)}
		// Replay the input the original consumed; its output was returned.
		var fed []byte
		for _, c := range d.consumed {
			fed = append(fed, c...)
		}
		fed = fed[:len(fed)-len(d.tail)]
		if len(fed) > 0 && !d.eof {
			n.consumed = [][]byte{fed}
			if _, err := n.run(fed, 0, false); err != nil {
				return object.Null, inflateErr(errT, err, "decompressing data")
			}
		}
		n.pending = append([]byte(nil), d.pending...)
		n.tail = append([]byte(nil), d.tail...)
		return object.FromObject(n), nil
	}
	decompT.AddMethod("copy", copyDecomp)
	decompT.AddMethod("__copy__", copyDecomp)
	decompT.AddMethod("__deepcopy__", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		return copyDecomp(v, nil, nil)
	})
	decompT.AddGetter("unused_data", func(v object.Value) (object.Value, error) {
		return object.NewBytes(append([]byte(nil), dself(v).unused...)), nil
	})
	decompT.AddGetter("unconsumed_tail", func(v object.Value) (object.Value, error) {
		return object.NewBytes(append([]byte(nil), dself(v).tail...)), nil
	})
	decompT.AddGetter("eof", func(v object.Value) (object.Value, error) { return object.Bool(dself(v).eof), nil })
	return m, nil
}

func adler32Update(v uint32, b []byte) uint32 {
	const mod = 65521
	s1, s2 := v&0xffff, v>>16
	for len(b) > 0 {
		n := len(b)
		if n > 5552 {
			n = 5552
		}
		for _, c := range b[:n] {
			s1 += uint32(c)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		b = b[n:]
	}
	return s2<<16 | s1
}

// switchWriter lets a compressor's output go elsewhere after a replay.
type switchWriter struct{ w io.Writer }

func (s *switchWriter) Write(p []byte) (int, error) { return s.w.Write(p) }
