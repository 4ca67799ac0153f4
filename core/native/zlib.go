package native

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"runtime"

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

// newInflater opens a decompressor of format f over r. The zlib and gzip
// framing is read here rather than by Go's zlib and gzip readers, which
// hold the stream's last output back until they have read and checked the
// trailer; zlib hands it out as soon as it is decoded.
func newInflater(f zlibFormat, r flate.Reader, dict []byte) (io.Reader, error) {
	if f == fmtAuto {
		f = fmtZlib
		switch br := r.(type) {
		case *inflateWorker:
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
	if f == fmtRaw {
		if dict != nil {
			return flate.NewReaderDict(r, dict), nil
		}
		return flate.NewReader(r), nil
	}
	fr := &framedReader{r: r, format: f}
	var err error
	if f == fmtGzip {
		err = fr.gzipHeader()
		dict = nil
	} else {
		err = fr.zlibHeader(dict)
	}
	if err != nil {
		return nil, err
	}
	if f == fmtZlib {
		fr.sum = 1
	}
	fr.fr = flate.NewReaderDict(r, dict)
	return fr, nil
}

// framedReader is a zlib or gzip stream's deflate data with its trailer
// checked at the end.
type framedReader struct {
	r      flate.Reader
	fr     io.Reader
	format zlibFormat
	sum    uint32 // adler32 (zlib) or crc32 (gzip) of the output
	size   uint32
	eof    bool // the deflate data ended; the trailer comes next
	err    error
}

func (z *framedReader) readFull(b []byte) error {
	if _, err := io.ReadFull(z.r, b); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return err
	}
	return nil
}

func (z *framedReader) zlibHeader(dict []byte) error {
	var h [4]byte
	if err := z.readFull(h[:2]); err != nil {
		return err
	}
	if (uint16(h[0])<<8|uint16(h[1]))%31 != 0 || h[0]&0x0f != 8 || h[0]>>4 > 7 {
		return zlib.ErrHeader
	}
	if h[1]&0x20 != 0 {
		if err := z.readFull(h[:]); err != nil {
			return err
		}
		if dict == nil || binary.BigEndian.Uint32(h[:]) != adler32Update(1, dict) {
			return zlib.ErrDictionary
		}
	}
	return nil
}

func (z *framedReader) gzipHeader() error {
	var h [10]byte
	if err := z.readFull(h[:]); err != nil {
		return err
	}
	if h[0] != 0x1f || h[1] != 0x8b || h[2] != 8 {
		return gzip.ErrHeader
	}
	flg := h[3]
	if flg&4 != 0 { // FEXTRA
		if err := z.readFull(h[:2]); err != nil {
			return err
		}
		if err := z.readFull(make([]byte, binary.LittleEndian.Uint16(h[:2]))); err != nil {
			return err
		}
	}
	for _, bit := range []byte{8, 16} { // FNAME, FCOMMENT: zero-terminated
		if flg&bit == 0 {
			continue
		}
		for {
			c, err := z.r.ReadByte()
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			if err != nil {
				return err
			}
			if c == 0 {
				break
			}
		}
	}
	if flg&2 != 0 { // FHCRC
		return z.readFull(h[:2])
	}
	return nil
}

func (z *framedReader) Read(p []byte) (int, error) {
	if z.err != nil {
		return 0, z.err
	}
	n := 0
	if !z.eof {
		var err error
		n, err = z.fr.Read(p)
		if z.format == fmtGzip {
			z.sum = crc32.Update(z.sum, crc32.IEEETable, p[:n])
			z.size += uint32(n)
		} else {
			z.sum = adler32Update(z.sum, p[:n])
		}
		if err != io.EOF {
			return n, err
		}
		z.eof = true
		if n > 0 {
			return n, nil // the trailer on the next call
		}
	}
	var t [8]byte
	if z.format == fmtGzip {
		if z.err = z.readFull(t[:8]); z.err == nil &&
			(binary.LittleEndian.Uint32(t[:4]) != z.sum || binary.LittleEndian.Uint32(t[4:]) != z.size) {
			z.err = gzip.ErrChecksum
		}
	} else if z.err = z.readFull(t[:4]); z.err == nil && binary.BigEndian.Uint32(t[:4]) != z.sum {
		z.err = zlib.ErrChecksum
	}
	if z.err == nil {
		z.err = io.EOF
	}
	return n, z.err
}

// inflateWorker runs one of Go's inflaters, which pull their input from an
// io.Reader, as a coroutine of the Decompress object: the caller and the
// worker goroutine take turns, handing the turn over through two unbuffered
// channels, so exactly one side runs at a time and owns the fields below.
// The worker ends every turn with an event the caller is waiting for: some
// output, "need input" (its input ran out; on its next turn it looks again,
// so an empty feed just yields "need input" again), or the end of the stream
// or an error, after which it exits. The caller gives it a turn only while
// it is alive and then waits for exactly one event, so neither side can wait
// for a message that never comes, whatever the input and the max_length.
type inflateWorker struct {
	resume  chan struct{}
	yield   chan inflateEvent
	stopped chan struct{} // closed when the Python object is collected

	// Owned by the side that has the turn.
	buf    []byte // input fed and not yet read by the inflater
	closed bool   // no more input: io.EOF when buf runs out
	want   int    // how much output the caller wants this turn
	done   bool   // the worker has sent its last event and exited
	out    []byte // the worker's output buffer
}

type inflateKind int

const (
	evData inflateKind = iota
	evNeed
	evEnd
	evErr
)

// inflateEvent ends a worker's turn. data is only valid until the next turn.
type inflateEvent struct {
	kind inflateKind
	data []byte
	err  error
}

var errInflateStopped = errors.New("zlib: decompressor collected")

func newInflateWorker(format zlibFormat, dict []byte) *inflateWorker {
	w := &inflateWorker{resume: make(chan struct{}), yield: make(chan inflateEvent), stopped: make(chan struct{})}
	go w.loop(format, dict)
	return w
}

// loop is the worker goroutine. It must not refer to the decompressor, so
// that collecting the Python object (which closes stopped) can end it.
func (w *inflateWorker) loop(format zlibFormat, dict []byte) {
	select {
	case <-w.resume:
	case <-w.stopped:
		return
	}
	last := inflateEvent{kind: evEnd}
	defer func() {
		if p := recover(); p != nil {
			last = inflateEvent{kind: evErr, err: fmt.Errorf("%v", p)}
		}
		w.done = true
		select {
		case w.yield <- last:
		case <-w.stopped:
		}
	}()
	r, err := newInflater(format, w, dict)
	if err != nil {
		last = inflateEvent{kind: evErr, err: err}
		return
	}
	w.out = make([]byte, 32*1024)
	for {
		want := w.want
		if want <= 0 || want > len(w.out) {
			want = len(w.out)
		}
		n, err := r.Read(w.out[:want])
		if n > 0 && !w.handBack(inflateEvent{kind: evData, data: w.out[:n]}) {
			err = errInflateStopped
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			last = inflateEvent{kind: evErr, err: err}
			return
		}
	}
}

// handBack (worker side) ends the worker's turn with ev and waits for the
// next one; false if the object was collected meanwhile.
func (w *inflateWorker) handBack(ev inflateEvent) bool {
	select {
	case w.yield <- ev:
	case <-w.stopped:
		return false
	}
	select {
	case <-w.resume:
		return true
	case <-w.stopped:
		return false
	}
}

// turn (caller side) gives a live worker the turn and returns the event
// that ends it.
func (w *inflateWorker) turn() inflateEvent {
	w.resume <- struct{}{}
	return <-w.yield
}

// fill (worker side) waits until there is input or none will come.
func (w *inflateWorker) fill() error {
	for len(w.buf) == 0 {
		if w.closed {
			return io.EOF
		}
		if !w.handBack(inflateEvent{kind: evNeed}) {
			return errInflateStopped
		}
	}
	return nil
}

func (w *inflateWorker) ReadByte() (byte, error) {
	if err := w.fill(); err != nil {
		return 0, err
	}
	b := w.buf[0]
	w.buf = w.buf[1:]
	return b, nil
}

func (w *inflateWorker) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if err := w.fill(); err != nil {
		return 0, err
	}
	n := copy(p, w.buf)
	w.buf = w.buf[n:]
	return n, nil
}

func (w *inflateWorker) peek() (byte, error) {
	if err := w.fill(); err != nil {
		return 0, err
	}
	return w.buf[0], nil
}

// decompressor is the payload of a zlib.Decompress object.
type decompressor struct {
	t         *object.Type
	format    zlibFormat
	wbits     int
	dict      []byte
	ended     bool // flush() saw the end of the stream: copy() refuses
	w         *inflateWorker
	pending   []byte // output produced past a max_length
	eof       bool
	failed    error
	unused    []byte
	tail      []byte
	input     []byte // every input byte the inflater read or holds, for copy()
	delivered int    // output bytes returned so far, for copy()
	skip      int    // output a replay must drop: it was returned before
}

func (d *decompressor) Type() *object.Type { return d.t }

func (d *decompressor) start() {
	d.w = newInflateWorker(d.format, d.dict)
	runtime.AddCleanup(d, func(ch chan struct{}) { close(ch) }, d.w.stopped)
}

// run feeds data and collects output until the inflater needs more input,
// the stream ends or fails, or max (> 0) bytes are out.
func (d *decompressor) run(data []byte, max int, closing bool) ([]byte, error) {
	if d.w == nil {
		d.start()
	}
	w := d.w
	out := d.pending
	d.pending = nil
	d.input = append(d.input, data...)
	w.buf = append(w.buf, data...)
	w.closed = w.closed || closing
	for !w.done && (max <= 0 || len(out) < max) {
		w.want = 0
		if max > 0 {
			w.want = max - len(out)
		}
		ev := w.turn()
		switch ev.kind {
		case evData:
			data := ev.data
			if d.skip > 0 {
				k := min(d.skip, len(data))
				d.skip -= k
				data = data[k:]
			}
			out = append(out, data...)
		case evNeed:
			return d.finish(out, max), nil
		case evEnd:
			d.eof = true
			d.unused = append(d.unused, w.buf...)
			w.buf = nil
			return d.finish(out, max), nil
		case evErr:
			d.failed = ev.err
			d.delivered += len(out)
			return out, ev.err
		}
	}
	return d.finish(out, max), nil
}

func (d *decompressor) finish(out []byte, max int) []byte {
	if max > 0 && len(out) > max {
		d.pending = append(d.pending, out[max:]...)
		out = out[:max]
	}
	d.tail = nil
	if max > 0 && !d.eof && len(d.w.buf) > 0 {
		// Input the inflater has not read yet goes back to the caller.
		d.tail = append([]byte(nil), d.w.buf...)
		d.input = d.input[:len(d.input)-len(d.tail)]
		d.w.buf = nil
	}
	d.delivered += len(out)
	return out
}

// replayed returns a decompressor in d's state: Go's inflaters cannot be
// cloned, so a new one reads the input d's read and the output d has
// returned is dropped.
func (d *decompressor) replayed() (*decompressor, error) {
	n := &decompressor{t: d.t, format: d.format, wbits: d.wbits, dict: d.dict, eof: d.eof, failed: d.failed,
		unused: append([]byte(nil), d.unused...)}
	if d.eof || d.failed != nil {
		n.pending = append([]byte(nil), d.pending...)
	} else if err := n.replay(d.input, d.delivered); err != nil {
		return nil, err
	}
	n.tail = append([]byte(nil), d.tail...)
	return n, nil
}

// replay starts d's inflater afresh on input, of which delivered output
// bytes were returned already; the rest is pending.
func (d *decompressor) replay(input []byte, delivered int) error {
	d.w, d.input, d.pending, d.delivered, d.skip = nil, nil, nil, 0, 0
	out, err := d.run(input, 0, false)
	if err != nil {
		return err
	}
	d.delivered = delivered
	if len(out) < delivered {
		// The inflater holds back output until it has more input (or
		// knows there is none, as the original did in a flush()).
		d.skip = delivered - len(out)
		return nil
	}
	d.pending = append([]byte(nil), out[delivered:]...)
	return nil
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
		// Go's deflater matches up to 32 KB back; for a smaller window
		// (which the reader may allocate) it looks for no matches at all.
		window := wbits
		if window < 0 {
			window = -window
		} else if window > 16 {
			window -= 16
		}
		if window < 9 {
			window = 9
		}
		if window < 15 && level != 0 {
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
			if window < 15 {
				return newZlibWriter(w, level, window, dict)
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
		d := &decompressor{t: decompT, format: f, wbits: wbits}
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
		if f, w := d.format, d.wbits; f == fmtZlib && w >= 8 && w < 16 && len(d.input) == 0 && len(data) > 0 &&
			data[0]&0x0f == 8 && int(data[0]>>4)+8 > w {
			return object.Null, object.Errorf(errT, "Error -3 while decompressing data: invalid window size")
		}
		if d.w != nil && d.w.done {
			// A flush() ended the inflater before the stream's end: go on
			// from a replay of the input so far.
			if err := d.replay(d.input, d.delivered); err != nil {
				return object.Null, inflateErr(errT, err, "decompressing data")
			}
		}
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
		defer func() { d.ended = d.ended || d.eof }()
		if d.eof || d.failed != nil || d.w == nil && len(d.tail) == 0 || d.w != nil && d.w.done {
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
		if dself(v).ended {
			return object.Null, object.Errorf(object.ValueError, "Inconsistent stream state")
		}
		n, err := dself(v).replayed()
		if err != nil {
			return object.Null, inflateErr(errT, err, "decompressing data")
		}
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

// zlibWriter writes a zlib stream whose header announces a window of
// 1<<wbits bytes (Go's zlib writer always says 32 KB); the deflate data
// under it must not reach further back (newZlibWriter's callers use no
// matches or no compression).
type zlibWriter struct {
	w       io.Writer
	fw      *flate.Writer
	header  [2]byte
	dictSum uint32
	hasDict bool
	started bool
	sum     uint32
}

func newZlibWriter(w io.Writer, level, wbits int, dict []byte) (*zlibWriter, error) {
	fw, err := flate.NewWriterDict(w, level, dict)
	if err != nil {
		return nil, err
	}
	z := &zlibWriter{w: w, fw: fw, sum: 1, hasDict: dict != nil}
	flevel := byte(2)
	switch {
	case level == flate.HuffmanOnly || level == 0 || level == 1:
		flevel = 0
	case level >= 2 && level <= 5:
		flevel = 1
	case level >= 7:
		flevel = 3
	}
	z.header[0] = byte(wbits-8)<<4 | 8
	z.header[1] = flevel << 6
	if z.hasDict {
		z.header[1] |= 1 << 5
		z.dictSum = adler32Update(1, dict)
	}
	z.header[1] += byte(31 - (uint16(z.header[0])<<8|uint16(z.header[1]))%31)
	return z, nil
}

func (z *zlibWriter) start() error {
	if z.started {
		return nil
	}
	z.started = true
	if _, err := z.w.Write(z.header[:]); err != nil {
		return err
	}
	if z.hasDict {
		var b [4]byte
		binary.BigEndian.PutUint32(b[:], z.dictSum)
		_, err := z.w.Write(b[:])
		return err
	}
	return nil
}

func (z *zlibWriter) Write(p []byte) (int, error) {
	if err := z.start(); err != nil {
		return 0, err
	}
	z.sum = adler32Update(z.sum, p)
	return z.fw.Write(p)
}

func (z *zlibWriter) Flush() error {
	if err := z.start(); err != nil {
		return err
	}
	return z.fw.Flush()
}

func (z *zlibWriter) Close() error {
	if err := z.start(); err != nil {
		return err
	}
	if err := z.fw.Close(); err != nil {
		return err
	}
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], z.sum)
	_, err := z.w.Write(b[:])
	return err
}
