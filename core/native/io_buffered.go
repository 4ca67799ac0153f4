package native

import (
	"bytes"
	"io"
	"syscall"

	"github.com/pyvar/pyvar/core/object"
)

// BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair:
// one buffer shared for reading and writing, positions kept as CPython's
// bufferedio.c keeps them (pos, raw_pos, read_end, write_pos, write_end,
// abs_pos), so that the raw calls a program can observe — their sizes and
// order, the seeks that flush — are CPython's. The raw stream is reached
// through its Python methods (readinto, write, seek, tell, ...) unless it
// is exactly a FileIO, whose Go methods are called directly.

type buffered struct {
	ioObj
	raw        object.Value
	rawFile    *fileIO // raw when it is exactly a FileIO
	ok         bool
	detached   bool
	readable   bool
	writable   bool
	finalizing bool
	fastClosed bool // the closed check can read rawFile directly
	busy       bool // a method is running (reentrancy check)

	absPos   int64 // the raw stream's position, -1 if unknown
	buf      []byte
	pos      int64 // logical position in buf
	rawPos   int64 // raw stream's position in buf
	readEnd  int64 // end of valid read data, -1 if none
	writePos int64 // start of unwritten data
	writeEnd int64 // end of unwritten data, -1 if none
	size     int64
	mask     int64
}

func (b *buffered) validRead() bool  { return b.readable && b.readEnd != -1 }
func (b *buffered) validWrite() bool { return b.writable && b.writeEnd != -1 }

func (b *buffered) readahead() int64 {
	if b.validRead() {
		return b.readEnd - b.pos
	}
	return 0
}

func (b *buffered) rawOffset() int64 {
	if (b.validRead() || b.validWrite()) && b.rawPos >= 0 {
		return b.rawPos - b.pos
	}
	return 0
}

func (b *buffered) adjustPosition(p int64) {
	b.pos = p
	if b.validRead() && b.readEnd < b.pos {
		b.readEnd = b.pos
	}
}

func (b *buffered) minusLastBlock(n int64) int64 {
	if b.mask != 0 {
		return n &^ b.mask
	}
	return b.size * (n / b.size)
}

func (b *buffered) resetRead()  { b.readEnd = -1 }
func (b *buffered) resetWrite() { b.writePos, b.writeEnd = 0, -1 }

func (st *ioState) bufOf(self object.Value) *buffered {
	b, _ := object.Unwrap(self).Object().(*buffered)
	return b
}

// checkInit is CHECK_INITIALIZED.
func (b *buffered) checkInit() error {
	if !b.ok {
		if b.detached {
			return object.Errorf(object.ValueError, "raw stream has been detached")
		}
		return object.Errorf(object.ValueError, "I/O operation on uninitialized object")
	}
	return nil
}

// isClosed is IS_CLOSED: the raw stream's closed attribute.
func (b *buffered) isClosed() (bool, error) {
	if b.buf == nil {
		return true, nil
	}
	if b.fastClosed {
		return b.rawFile.fd < 0, nil
	}
	if err := b.checkInit(); err != nil {
		return false, err
	}
	v, err := object.GetAttrString(b.raw, "closed")
	if err != nil {
		return false, err
	}
	return truth(v)
}

// checkClosed is CHECK_CLOSED: an error only when closed and nothing is
// left in the read buffer.
func (b *buffered) checkClosed(msg string) error {
	c, err := b.isClosed()
	if err != nil {
		return err
	}
	if c && b.readahead() == 0 {
		return object.Errorf(object.ValueError, "%s", msg)
	}
	return nil
}

// enter is ENTER_BUFFERED: a method of this object re-entered from
// Python code it called (a signal handler printing, for instance) fails.
func (b *buffered) enter(self object.Value) error {
	if b.busy {
		r, err := object.Repr(self)
		if err != nil {
			return err
		}
		return object.Errorf(object.RuntimeError, "reentrant call inside %s", r)
	}
	b.busy = true
	return nil
}

func (b *buffered) leave() { b.busy = false }

// rawTell is _buffered_raw_tell.
func (b *buffered) rawTell() (int64, error) {
	var n int64
	if b.rawFile != nil {
		if b.rawFile.fd < 0 {
			return -1, b.rawFile.closedErr()
		}
		r, err := b.rawFile.lseek(0, io.SeekCurrent)
		if err != nil {
			return -1, osErrorOf(err, object.Null)
		}
		n = r
	} else {
		r, err := callMethod(b.raw, "tell")
		if err != nil {
			return -1, err
		}
		if n, err = offArg(r); err != nil {
			return -1, err
		}
	}
	if n < 0 {
		return -1, object.Errorf(object.OSError, "Raw stream returned invalid position %d", n)
	}
	b.absPos = n
	return n, nil
}

// rawSeek is _buffered_raw_seek.
func (b *buffered) rawSeek(target int64, whence int) (int64, error) {
	var n int64
	if b.rawFile != nil {
		if b.rawFile.fd < 0 {
			return -1, b.rawFile.closedErr()
		}
		r, err := b.rawFile.lseek(target, whence)
		if err != nil {
			return -1, osErrorOf(err, object.Null)
		}
		n = r
	} else {
		r, err := callMethod(b.raw, "seek", object.Int(target), object.Int(int64(whence)))
		if err != nil {
			return -1, err
		}
		if n, err = offArg(r); err != nil {
			return -1, err
		}
	}
	if n < 0 {
		return -1, object.Errorf(object.OSError, "Raw stream returned invalid position %d", n)
	}
	b.absPos = n
	return n, nil
}

// rawRead is _bufferedreader_raw_read: one raw.readinto into dst; -2
// means the raw stream would block.
func (b *buffered) rawRead(dst []byte) (int64, error) {
	var n int64
	if b.rawFile != nil {
		f := b.rawFile
		if f.fd < 0 {
			return -1, f.closedErr()
		}
		if !f.readable {
			return -1, b.st.unsupportedOp("File not open for reading")
		}
		data, err := f.readSome(len(dst))
		if err != nil {
			return -1, err
		}
		if data == nil {
			return -2, nil
		}
		n = int64(copy(dst, data))
	} else {
		ba := &object.ByteArray{B: make([]byte, len(dst))}
		var res object.Value
		var err error
		for {
			res, err = callMethod(b.raw, "readinto", object.FromObject(ba))
			if err != nil && trapEINTR(err) {
				continue
			}
			break
		}
		if err != nil {
			return -1, err
		}
		if res.IsNone() {
			return -2, nil
		}
		k, err := object.AsIndex(res)
		if err != nil {
			return -1, err
		}
		n = int64(k)
		if n < 0 || n > int64(len(dst)) {
			return -1, object.Errorf(object.OSError, "raw readinto() returned invalid length %d (should have been between 0 and %d)", n, len(dst))
		}
		copy(dst, ba.B[:n])
	}
	if n > 0 && b.absPos != -1 {
		b.absPos += n
	}
	return n, nil
}

// trapEINTR reports whether err is an OSError with errno EINTR (the call
// is then retried).
func trapEINTR(err error) bool {
	e, ok := err.(*object.BaseException)
	if !ok || !e.Class.IsSubtype(object.OSError) || e.Ext == nil {
		return false
	}
	n, ok := e.Ext.Errno.AsInt()
	return ok && e.Ext.Errno.IsInt() && n == int64(syscall.EINTR)
}

// fillBuffer is _bufferedreader_fill_buffer.
func (b *buffered) fillBuffer() (int64, error) {
	start := int64(0)
	if b.validRead() {
		start = b.readEnd
	}
	n, err := b.rawRead(b.buf[start:b.size])
	if err != nil || n <= 0 {
		return n, err
	}
	b.readEnd = start + n
	b.rawPos = start + n
	return n, nil
}

// rawWrite is _bufferedwriter_raw_write: -2 means it would block.
func (b *buffered) rawWrite(src []byte) (int64, error) {
	var n int64
	if b.rawFile != nil {
		f := b.rawFile
		if f.fd < 0 {
			return -1, f.closedErr()
		}
		if !f.writable {
			return -1, b.st.unsupportedOp("File not open for writing")
		}
		k, err := f.writeSome(src)
		if err == syscall.EAGAIN {
			return -2, nil
		}
		if err != nil {
			if _, ok := err.(*object.BaseException); ok {
				return -1, err
			}
			return -1, osErrorOf(err, object.Null)
		}
		n = int64(k)
	} else {
		var res object.Value
		var err error
		for {
			res, err = callMethod(b.raw, "write", object.NewBytes(append([]byte(nil), src...)))
			if err != nil && trapEINTR(err) {
				continue
			}
			break
		}
		if err != nil {
			return -1, err
		}
		if res.IsNone() {
			return -2, nil
		}
		k, err := object.AsIndex(res)
		if err != nil {
			return -1, err
		}
		n = int64(k)
	}
	if n < 0 || n > int64(len(src)) {
		return -1, object.Errorf(object.OSError, "raw write() returned invalid length %d (should have been between 0 and %d)", n, len(src))
	}
	if n > 0 && b.absPos != -1 {
		b.absPos += n
	}
	return n, nil
}

// flushUnlocked is _bufferedwriter_flush_unlocked.
func (b *buffered) flushUnlocked() error {
	if b.validWrite() && b.writePos != b.writeEnd {
		rewind := b.rawOffset() + (b.pos - b.writePos)
		if rewind != 0 {
			if _, err := b.rawSeek(-rewind, 1); err != nil {
				return err
			}
			b.rawPos -= rewind
		}
		for b.writePos < b.writeEnd {
			n, err := b.rawWrite(b.buf[b.writePos:b.writeEnd])
			if err != nil {
				return err
			}
			if n == -2 {
				return newBlockingIOError("write could not complete without blocking", 0)
			}
			b.writePos += n
			b.rawPos = b.writePos
			if err := b.st.in.CheckSignals(); err != nil {
				return err
			}
		}
	}
	b.resetWrite()
	return nil
}

// flushAndRewind is buffered_flush_and_rewind_unlocked.
func (b *buffered) flushAndRewind() error {
	if err := b.flushUnlocked(); err != nil {
		return err
	}
	if b.readable {
		_, err := b.rawSeek(-b.rawOffset(), 1)
		b.resetRead()
		if err != nil {
			return err
		}
	}
	return nil
}

// readFast is _bufferedreader_read_fast: nil when the buffer cannot
// satisfy n.
func (b *buffered) readFast(n int64) []byte {
	if n <= b.readahead() {
		out := append([]byte(nil), b.buf[b.pos:b.pos+n]...)
		b.pos += n
		return out
	}
	return nil
}

// readGeneric is _bufferedreader_read_generic; ok false stands for None.
func (b *buffered) readGeneric(n int64) (out []byte, ok bool, err error) {
	current := b.readahead()
	if n <= current {
		return b.readFast(n), true, nil
	}
	out = make([]byte, n)
	remaining, written := n, int64(0)
	if current > 0 {
		copy(out, b.buf[b.pos:b.pos+current])
		remaining -= current
		written += current
		b.pos += current
	}
	if b.writable {
		if err := b.flushAndRewind(); err != nil {
			return nil, false, err
		}
	}
	b.resetRead()
	for remaining > 0 {
		r := b.minusLastBlock(remaining)
		if r == 0 {
			break
		}
		r, err = b.rawRead(out[written : written+r])
		if err != nil {
			return nil, false, err
		}
		if r == 0 || r == -2 {
			if r == 0 || written > 0 {
				return out[:written], true, nil
			}
			return nil, false, nil
		}
		remaining -= r
		written += r
	}
	b.pos, b.rawPos, b.readEnd = 0, 0, 0
	for remaining > 0 && b.readEnd < b.size {
		r, err := b.fillBuffer()
		if err != nil {
			return nil, false, err
		}
		if r == 0 || r == -2 {
			if r == 0 || written > 0 {
				return out[:written], true, nil
			}
			return nil, false, nil
		}
		k := min(remaining, r)
		copy(out[written:], b.buf[b.pos:b.pos+k])
		written += k
		b.pos += k
		remaining -= k
	}
	return out, true, nil
}

// readAll is _bufferedreader_read_all.
func (b *buffered) readAll() (object.Value, error) {
	var data []byte
	current := b.readahead()
	if current > 0 {
		data = append([]byte(nil), b.buf[b.pos:b.pos+current]...)
		b.pos += current
	}
	if b.writable {
		if err := b.flushAndRewind(); err != nil {
			return object.Null, err
		}
	}
	b.resetRead()
	if b.rawFile != nil {
		res, err := b.rawFile.readall()
		if err != nil {
			return object.Null, err
		}
		if current == 0 {
			return res, nil
		}
		if res.IsNone() {
			return object.NewBytes(data), nil
		}
		return object.NewBytes(append(data, res.Object().(*object.Bytes).B...)), nil
	}
	readall, err := lookupAttr(b.raw, "readall")
	if err != nil {
		return object.Null, err
	}
	if !readall.IsNull() {
		res, err := object.Call(readall, nil, nil)
		if err != nil {
			return object.Null, err
		}
		rb, isBytes := res.Object().(*object.Bytes)
		if !res.IsNone() && !isBytes {
			return object.Null, object.Errorf(object.TypeError, "readall() should return bytes")
		}
		if current == 0 {
			return res, nil
		}
		if !res.IsNone() {
			data = append(data, rb.B...)
		}
		return object.NewBytes(data), nil
	}
	for {
		res, err := callMethod(b.raw, "read")
		if err != nil {
			return object.Null, err
		}
		rb, isBytes := res.Object().(*object.Bytes)
		if !res.IsNone() && !isBytes {
			return object.Null, object.Errorf(object.TypeError, "read() should return bytes")
		}
		if res.IsNone() || len(rb.B) == 0 {
			if current == 0 {
				return res, nil
			}
			return object.NewBytes(data), nil
		}
		current += int64(len(rb.B))
		data = append(data, rb.B...)
		if b.absPos != -1 {
			b.absPos += int64(len(rb.B))
		}
	}
}

// peekUnlocked is _bufferedreader_peek_unlocked.
func (b *buffered) peekUnlocked() ([]byte, error) {
	if have := b.readahead(); have > 0 {
		return append([]byte(nil), b.buf[b.pos:b.pos+have]...), nil
	}
	b.resetRead()
	r, err := b.fillBuffer()
	if err != nil {
		return nil, err
	}
	if r == -2 {
		r = 0
	}
	b.pos = 0
	return append([]byte(nil), b.buf[:max(r, 0)]...), nil
}

// readline is _buffered_readline.
func (b *buffered) readline(self object.Value, limit int64) ([]byte, error) {
	if err := b.checkClosed("readline of closed file"); err != nil {
		return nil, err
	}
	n := b.readahead()
	if limit >= 0 && n > limit {
		n = limit
	}
	start := b.buf[b.pos : b.pos+n]
	if i := bytes.IndexByte(start, '\n'); i >= 0 {
		out := append([]byte(nil), start[:i+1]...)
		b.pos += int64(i + 1)
		return out, nil
	}
	if n == limit {
		out := append([]byte(nil), start...)
		b.pos += n
		return out, nil
	}
	if err := b.enter(self); err != nil {
		return nil, err
	}
	defer b.leave()
	var chunks []byte
	if n > 0 {
		chunks = append(chunks, start...)
		b.pos += n
		if limit >= 0 {
			limit -= n
		}
	}
	if b.writable {
		if err := b.flushAndRewind(); err != nil {
			return nil, err
		}
	}
	for {
		b.resetRead()
		n, err := b.fillBuffer()
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			break
		}
		if limit >= 0 && n > limit {
			n = limit
		}
		seg := b.buf[:n]
		if i := bytes.IndexByte(seg, '\n'); i >= 0 {
			chunks = append(chunks, seg[:i+1]...)
			b.pos = int64(i + 1)
			return chunks, nil
		}
		chunks = append(chunks, seg...)
		if n == limit {
			b.pos = n
			break
		}
		if limit >= 0 {
			limit -= n
		}
	}
	if chunks == nil {
		chunks = []byte{}
	}
	return chunks, nil
}

// write is BufferedWriter.write.
func (b *buffered) write(self object.Value, data []byte) (int64, error) {
	if err := b.enter(self); err != nil {
		return 0, err
	}
	defer b.leave()
	if c, err := b.isClosed(); err != nil {
		return 0, err
	} else if c {
		return 0, object.Errorf(object.ValueError, "write to closed file")
	}
	dlen := int64(len(data))
	if !b.validRead() && !b.validWrite() {
		b.pos, b.rawPos = 0, 0
	}
	avail := b.size - b.pos
	if dlen <= avail {
		copy(b.buf[b.pos:], data)
		if !b.validWrite() || b.writePos > b.pos {
			b.writePos = b.pos
		}
		b.adjustPosition(b.pos + dlen)
		if b.pos > b.writeEnd {
			b.writeEnd = b.pos
		}
		return dlen, nil
	}
	if err := b.flushUnlocked(); err != nil {
		e, ok := err.(*object.BaseException)
		if !ok || !e.Class.IsSubtype(object.BlockingIOError) {
			return 0, err
		}
		if b.readable {
			b.resetRead()
		}
		copy(b.buf, b.buf[b.writePos:b.writeEnd])
		b.writeEnd -= b.writePos
		b.rawPos -= b.writePos
		b.pos -= b.writePos
		b.writePos = 0
		avail = b.size - b.writeEnd
		if dlen <= avail {
			copy(b.buf[b.writeEnd:], data)
			b.writeEnd += dlen
			b.pos += dlen
			return dlen, nil
		}
		copy(b.buf[b.writeEnd:], data[:avail])
		b.writeEnd += avail
		b.pos += avail
		return 0, newBlockingIOError("write could not complete without blocking", int(avail))
	}
	if offset := b.rawOffset(); offset != 0 {
		if _, err := b.rawSeek(-offset, 1); err != nil {
			return 0, err
		}
		b.rawPos -= offset
	}
	remaining, written := dlen, int64(0)
	for remaining > b.size {
		n, err := b.rawWrite(data[written:])
		if err != nil {
			return 0, err
		}
		if n == -2 {
			if remaining > b.size {
				copy(b.buf, data[written:written+b.size])
				b.rawPos = 0
				b.adjustPosition(b.size)
				b.writeEnd = b.size
				written += b.size
				return 0, newBlockingIOError("write could not complete without blocking", int(written))
			}
			break
		}
		written += n
		remaining -= n
		if err := b.st.in.CheckSignals(); err != nil {
			return 0, err
		}
	}
	if b.readable {
		b.resetRead()
	}
	if remaining > 0 {
		copy(b.buf, data[written:])
		written += remaining
	}
	b.writePos = 0
	b.writeEnd = remaining
	b.adjustPosition(remaining)
	b.rawPos = 0
	return written, nil
}

// readinto is _buffered_readinto_generic; ok false stands for None.
func (b *buffered) readinto(self object.Value, dst []byte, one bool) (int64, bool, error) {
	if err := b.checkClosed("readinto of closed file"); err != nil {
		return 0, false, err
	}
	written := int64(0)
	dlen := int64(len(dst))
	if n := b.readahead(); n > 0 {
		if n >= dlen {
			copy(dst, b.buf[b.pos:b.pos+dlen])
			b.pos += dlen
			return dlen, true, nil
		}
		copy(dst, b.buf[b.pos:b.pos+n])
		b.pos += n
		written = n
	}
	if err := b.enter(self); err != nil {
		return 0, false, err
	}
	defer b.leave()
	if b.writable {
		if err := b.flushAndRewind(); err != nil {
			return 0, false, err
		}
	}
	b.resetRead()
	b.pos = 0
	for remaining := dlen - written; remaining > 0; {
		var n int64
		var err error
		switch {
		case remaining > b.size:
			n, err = b.rawRead(dst[written:])
		case !(one && written > 0):
			n, err = b.fillBuffer()
			if err == nil && n > 0 {
				n = min(n, remaining)
				copy(dst[written:], b.buf[b.pos:b.pos+n])
				b.pos += n
				written += n
				remaining -= n
				continue
			}
		default:
			n = 0
		}
		if err != nil {
			return 0, false, err
		}
		if n == 0 || (n == -2 && written > 0) {
			break
		}
		if n < 0 {
			return 0, false, nil
		}
		written += n
		remaining -= n
		if one {
			break
		}
	}
	return written, true, nil
}

// seek is Buffered.seek.
func (b *buffered) seek(self object.Value, targetv object.Value, whence int) (object.Value, error) {
	if whence < 0 || whence > 4 {
		return object.Null, object.Errorf(object.ValueError, "whence value %d unsupported", whence)
	}
	if err := b.checkClosed("seek of closed file"); err != nil {
		return object.Null, err
	}
	if b.rawFile != nil {
		if b.rawFile.fd < 0 {
			return object.Null, b.rawFile.closedErr()
		}
		if b.rawFile.seekable < 0 {
			_, _ = b.rawFile.lseek(0, io.SeekCurrent)
		}
		if b.rawFile.seekable != 1 {
			return object.Null, b.st.unsupportedOp("File or stream is not seekable.")
		}
	} else if err := b.st.checkCapability(b.raw, "seekable"); err != nil {
		return object.Null, err
	}
	target, err := offArg(targetv)
	if err != nil {
		return object.Null, err
	}
	if (whence == 0 || whence == 1) && b.readable {
		current := b.absPos
		if current == -1 {
			if current, err = b.rawTell(); err != nil {
				return object.Null, err
			}
		}
		if avail := b.readahead(); avail > 0 {
			offset := target
			if whence == 0 {
				offset = target - (current - b.rawOffset())
			}
			if offset >= -b.pos && offset <= avail {
				b.pos += offset
				return object.Int(current - avail + offset), nil
			}
		}
	}
	if err := b.enter(self); err != nil {
		return object.Null, err
	}
	defer b.leave()
	if b.writable {
		if err := b.flushUnlocked(); err != nil {
			return object.Null, err
		}
	}
	if whence == 1 {
		target -= b.rawOffset()
	}
	n, err := b.rawSeek(target, whence)
	if err != nil {
		return object.Null, err
	}
	b.rawPos = -1
	if b.readable {
		b.resetRead()
	}
	return object.Int(n), nil
}

// close is buffered_close.
func (b *buffered) close(self object.Value) error {
	if err := b.checkInit(); err != nil {
		return err
	}
	c, err := b.isClosed()
	if err != nil || c {
		return err
	}
	_, ferr := callMethod(self, "flush")
	var cerr error
	if b.rawFile != nil && object.TypeOf(b.raw) == b.st.fileio {
		_, cerr = callMethod(b.raw, "close")
	} else {
		_, cerr = callMethod(b.raw, "close")
	}
	b.buf = nil
	b.readEnd, b.pos = 0, 0
	if ferr != nil {
		return chain(ferr, cerr)
	}
	return cerr
}

func (st *ioState) initBuffered(self object.Value, raw object.Value, size int, readable, writable bool, exact *object.Type) error {
	b := st.bufOf(self)
	b.ok, b.detached = false, false
	if readable && writable {
		if err := st.checkCapability(raw, "seekable"); err != nil {
			return err
		}
	}
	if readable {
		if err := st.checkCapability(raw, "readable"); err != nil {
			return err
		}
	}
	if writable {
		if err := st.checkCapability(raw, "writable"); err != nil {
			return err
		}
	}
	b.raw = raw
	b.rawFile = nil
	if f, ok := raw.Object().(*fileIO); ok && object.TypeOf(raw) == st.fileio {
		b.rawFile = f
	}
	b.readable, b.writable = readable, writable
	if size <= 0 {
		return object.Errorf(object.ValueError, "buffer size must be strictly positive")
	}
	if err := object.CheckAlloc(size, 1); err != nil {
		return err
	}
	b.size = int64(size)
	b.buf = make([]byte, size)
	b.mask = 0
	if size&(size-1) == 0 {
		b.mask = int64(size - 1)
	}
	b.absPos = -1
	if _, err := b.rawTell(); err != nil {
		b.absPos = -1
	}
	b.resetRead()
	b.resetWrite()
	b.pos = 0
	b.fastClosed = object.TypeOf(self) == exact && b.rawFile != nil
	b.ok = true
	if writable && b.finalize == nil {
		b.finalize = func() {
			if b.ok && b.buf != nil {
				iobaseFinalize(object.FromObject(b))
			}
		}
		st.track(&b.ioObj)
	}
	return nil
}

func (st *ioState) makeBuffered() {
	newFn := func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		b := &buffered{ioObj: ioObj{t: nativeBase(cls), st: st}, absPos: -1, readEnd: -1, writeEnd: -1}
		return object.WrapBuiltin(cls, object.FromObject(b)), nil
	}
	mk := func(name string, readable, writable bool, doc string) *object.Type {
		t := st.newType(name, st.bufferediobase, doc)
		t.SetNew(newFn, func(self object.Value, args []object.Value, kw []string) error {
			var a [2]object.Value
			if err := object.ParseArgs(name, args, kw, []string{"raw", "buffer_size"}, 2, 1, a[:]); err != nil {
				return err
			}
			size := defaultBufferSize
			if !a[1].IsNull() {
				n, err := ioIndex(a[1])
				if err != nil {
					return err
				}
				size = n
			}
			return st.initBuffered(self, a[0], size, readable, writable, t)
		})
		return t
	}
	st.bufreader = mk("BufferedReader", true, false, "Create a new buffered reader using the given readable raw IO object.")
	st.bufwriter = mk("BufferedWriter", false, true, "A buffer for a writeable sequential RawIO object.")
	st.bufrandom = mk("BufferedRandom", true, true, "A buffered interface to random access streams.")
	for _, t := range []*object.Type{st.bufreader, st.bufwriter, st.bufrandom} {
		st.defBufferedCommon(t)
		r, w := t != st.bufwriter, t != st.bufreader
		if r {
			st.defBufferedRead(t)
		}
		if w {
			st.defBufferedWrite(t)
		}
	}
	st.makeRWPair()
}

// bufMethod defines a method of a buffered type with CHECK_INITIALIZED.
func (st *ioState) bufMethod(t *object.Type, name string, min, max int, fn func(b *buffered, self object.Value, args []object.Value) (object.Value, error)) {
	t.AddRawMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := argCheck(t, name, args, kw, min, max); err != nil {
			return object.Null, err
		}
		b := st.bufOf(self)
		if b == nil {
			return object.Null, object.Errorf(object.TypeError, "descriptor '%s' requires a '%s' object", name, t.Name)
		}
		if err := b.checkInit(); err != nil {
			return object.Null, err
		}
		return fn(b, self, args)
	})
}

func (st *ioState) defBufferedCommon(t *object.Type) {
	forward := func(name string) {
		st.bufMethod(t, name, 0, 0, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
			return callMethod(b.raw, name)
		})
	}
	st.bufMethod(t, "detach", 0, 0, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
		if _, err := callMethod(self, "flush"); err != nil {
			return object.Null, err
		}
		raw := b.raw
		b.raw, b.rawFile = object.Null, nil
		b.detached, b.ok = true, false
		return raw, nil
	})
	st.bufMethod(t, "close", 0, 0, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
		if err := b.enter(self); err != nil {
			return object.Null, err
		}
		b.leave()
		return object.None, b.close(self)
	})
	forward("seekable")
	forward("fileno")
	forward("isatty")
	st.bufMethod(t, "_dealloc_warn", 1, 1, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
		return object.None, nil
	})
	st.bufMethod(t, "tell", 0, 0, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
		pos, err := b.rawTell()
		if err != nil {
			return object.Null, err
		}
		return object.Int(pos - b.rawOffset()), nil
	})
	st.bufMethod(t, "seek", 1, 2, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
		whence, err := intArgStrict(args, 1, 0)
		if err != nil {
			return object.Null, err
		}
		return b.seek(self, args[0], whence)
	})
	st.bufMethod(t, "truncate", 0, 1, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
		if err := b.checkClosed("truncate of closed file"); err != nil {
			return object.Null, err
		}
		if !b.writable {
			return object.Null, st.unsupportedOp("truncate")
		}
		if err := b.enter(self); err != nil {
			return object.Null, err
		}
		defer b.leave()
		if err := b.flushAndRewind(); err != nil {
			return object.Null, err
		}
		pos := object.None
		if len(args) > 0 {
			pos = args[0]
		}
		res, err := callMethod(b.raw, "truncate", pos)
		if err != nil {
			return object.Null, err
		}
		if _, err := b.rawTell(); err != nil {
			b.absPos = -1
		}
		return res, nil
	})
	st.bufMethod(t, "__sizeof__", 0, 0, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
		return object.Int(144 + int64(len(b.buf))), nil
	})
	t.AddRawMethod("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		tname := object.TypeOf(self).Name
		name, err := lookupAttr(self, "name")
		if err != nil {
			if !object.ExceptionMatches(err, object.ValueError) {
				return object.Null, err
			}
			name = object.Null
		}
		if name.IsNull() {
			return object.NewStr("<" + tname + ">"), nil
		}
		if !st.reprEnter(self) {
			return object.Null, object.Errorf(object.RuntimeError, "reentrant call inside %s.__repr__", tname)
		}
		defer st.reprLeave(self)
		r, err := object.Repr(name)
		if err != nil {
			return object.Null, err
		}
		return object.NewStr("<" + tname + " name=" + r + ">"), nil
	})
	t.AddGetter("raw", func(self object.Value) (object.Value, error) {
		b := st.bufOf(self)
		if b.raw.IsNull() {
			return object.None, nil
		}
		return b.raw, nil
	})
	t.AddGetSet("_finalizing", func(self object.Value) (object.Value, error) {
		return object.Bool(st.bufOf(self).finalizing), nil
	}, func(self, v object.Value) error {
		c, err := truth(v)
		st.bufOf(self).finalizing = c
		return err
	})
	for _, name := range []string{"closed", "name", "mode"} {
		name := name
		t.AddGetter(name, func(self object.Value) (object.Value, error) {
			b := st.bufOf(self)
			if err := b.checkInit(); err != nil {
				return object.Null, err
			}
			return object.GetAttrString(b.raw, name)
		})
	}
}

func (st *ioState) defBufferedRead(t *object.Type) {
	st.bufMethod(t, "readable", 0, 0, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
		return callMethod(b.raw, "readable")
	})
	if t == st.bufreader {
		st.bufMethod(t, "flush", 0, 0, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
			return callMethod(b.raw, "flush")
		})
	}
	st.bufMethod(t, "read", 0, 1, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
		n, err := sizeArg(args, 0, -1)
		if err != nil {
			return object.Null, err
		}
		if n < -1 {
			return object.Null, object.Errorf(object.ValueError, "read length must be non-negative or -1")
		}
		if err := b.checkClosed("read of closed file"); err != nil {
			return object.Null, err
		}
		if n == -1 {
			if err := b.enter(self); err != nil {
				return object.Null, err
			}
			defer b.leave()
			return b.readAll()
		}
		if out := b.readFast(int64(n)); out != nil {
			return object.NewBytes(out), nil
		}
		if err := b.enter(self); err != nil {
			return object.Null, err
		}
		defer b.leave()
		out, ok, err := b.readGeneric(int64(n))
		if err != nil {
			return object.Null, err
		}
		if !ok {
			return object.None, nil
		}
		return object.NewBytes(out), nil
	})
	st.bufMethod(t, "peek", 0, 1, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
		if _, err := intArgStrict(args, 0, 0); err != nil {
			return object.Null, err
		}
		if err := b.checkClosed("peek of closed file"); err != nil {
			return object.Null, err
		}
		if err := b.enter(self); err != nil {
			return object.Null, err
		}
		defer b.leave()
		if b.writable {
			if err := b.flushAndRewind(); err != nil {
				return object.Null, err
			}
		}
		out, err := b.peekUnlocked()
		if err != nil {
			return object.Null, err
		}
		return object.NewBytes(out), nil
	})
	st.bufMethod(t, "read1", 0, 1, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
		n, err := intArgStrict(args, 0, -1)
		if err != nil {
			return object.Null, err
		}
		if n < 0 {
			n = int(b.size)
		}
		if err := b.checkClosed("read of closed file"); err != nil {
			return object.Null, err
		}
		if n == 0 {
			return object.NewBytes([]byte{}), nil
		}
		if have := b.readahead(); have > 0 {
			return object.NewBytes(b.readFast(min(have, int64(n)))), nil
		}
		if err := b.enter(self); err != nil {
			return object.Null, err
		}
		defer b.leave()
		if b.writable {
			if err := b.flushAndRewind(); err != nil {
				return object.Null, err
			}
		}
		b.resetRead()
		out := make([]byte, n)
		r, err := b.rawRead(out)
		if err != nil {
			return object.Null, err
		}
		if r == -2 {
			r = 0
		}
		return object.NewBytes(out[:r]), nil
	})
	for _, name := range []string{"readinto", "readinto1"} {
		name := name
		st.bufMethod(t, name, 1, 1, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
			dst, ok := object.WritableBytes(args[0])
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "%s() argument must be read-write bytes-like object, not %s", name, object.TypeOf(args[0]).Name)
			}
			n, ok, err := b.readinto(self, dst, name == "readinto1")
			if err != nil {
				return object.Null, err
			}
			if !ok {
				return object.None, nil
			}
			return object.Int(n), nil
		})
	}
	st.bufMethod(t, "readline", 0, 1, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
		limit, err := sizeArg(args, 0, -1)
		if err != nil {
			return object.Null, err
		}
		out, err := b.readline(self, int64(limit))
		if err != nil {
			return object.Null, err
		}
		return object.NewBytes(out), nil
	})
	exact := t
	t.AddRawMethod("__next__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := argCheck(t, "__next__", args, kw, 0, 0); err != nil {
			return object.Null, err
		}
		b := st.bufOf(self)
		if err := b.checkInit(); err != nil {
			return object.Null, err
		}
		var line []byte
		if object.TypeOf(self) == exact {
			l, err := b.readline(self, -1)
			if err != nil {
				return object.Null, err
			}
			line = l
		} else {
			v, err := callMethod(self, "readline")
			if err != nil {
				return object.Null, err
			}
			lb, ok := v.Object().(*object.Bytes)
			if !ok {
				return object.Null, object.Errorf(object.OSError, "readline() should have returned a bytes object, not '%s'", object.TypeOf(v).Name)
			}
			line = lb.B
		}
		if len(line) == 0 {
			return object.Null, object.NewException(object.StopIteration)
		}
		return object.NewBytes(line), nil
	})
}

func (st *ioState) defBufferedWrite(t *object.Type) {
	st.bufMethod(t, "writable", 0, 0, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
		return callMethod(b.raw, "writable")
	})
	st.bufMethod(t, "write", 1, 1, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
		data, err := bytesArg(args[0])
		if err != nil {
			return object.Null, err
		}
		n, err := b.write(self, data)
		if err != nil {
			return object.Null, err
		}
		return object.Int(n), nil
	})
	st.bufMethod(t, "flush", 0, 0, func(b *buffered, self object.Value, args []object.Value) (object.Value, error) {
		if err := b.checkClosed("flush of closed file"); err != nil {
			return object.Null, err
		}
		if err := b.enter(self); err != nil {
			return object.Null, err
		}
		defer b.leave()
		return object.None, b.flushAndRewind()
	})
}

// rwpair is BufferedRWPair: a BufferedReader and a BufferedWriter over
// two raw streams.
type rwpair struct {
	ioObj
	reader, writer object.Value
}

func (st *ioState) makeRWPair() {
	t := st.newType("BufferedRWPair", st.bufferediobase, "A buffered reader and writer object together.")
	st.bufrwpair = t
	pairOf := func(self object.Value) *rwpair {
		p, _ := object.Unwrap(self).Object().(*rwpair)
		return p
	}
	t.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		return object.WrapBuiltin(cls, object.FromObject(&rwpair{ioObj: ioObj{t: nativeBase(cls), st: st}})), nil
	}, func(self object.Value, args []object.Value, kw []string) error {
		if err := object.PositionalOnly("BufferedRWPair", args, kw, 2, 3); err != nil {
			return err
		}
		size := defaultBufferSize
		if len(args) > 2 {
			n, err := ioIndex(args[2])
			if err != nil {
				return err
			}
			size = n
		}
		if err := st.checkCapability(args[0], "readable"); err != nil {
			return err
		}
		if err := st.checkCapability(args[1], "writable"); err != nil {
			return err
		}
		p := pairOf(self)
		r, err := object.Call(object.FromObject(st.bufreader), []object.Value{args[0], object.Int(int64(size))}, nil)
		if err != nil {
			return err
		}
		w, err := object.Call(object.FromObject(st.bufwriter), []object.Value{args[1], object.Int(int64(size))}, nil)
		if err != nil {
			return err
		}
		p.reader, p.writer = r, w
		return nil
	})
	forward := func(name string, toWriter bool) {
		t.AddRawMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoKwargs(name, kw); err != nil {
				return object.Null, err
			}
			p := pairOf(self)
			target := p.reader
			if toWriter {
				target = p.writer
			}
			if target.IsNull() {
				return object.Null, object.Errorf(object.ValueError, "I/O operation on uninitialized object")
			}
			fn, err := object.GetAttrString(target, name)
			if err != nil {
				return object.Null, object.NewException(object.AttributeError, object.NewStr(name))
			}
			return object.Call(fn, args, nil)
		})
	}
	for _, n := range []string{"read", "peek", "read1", "readinto", "readinto1", "readable"} {
		forward(n, false)
	}
	for _, n := range []string{"write", "flush", "writable"} {
		forward(n, true)
	}
	t.AddRawMethod("close", methNoArgs(t, "close", func(self object.Value) (object.Value, error) {
		p := pairOf(self)
		if p.writer.IsNull() {
			return object.Null, object.Errorf(object.ValueError, "I/O operation on uninitialized object")
		}
		_, werr := callMethod(p.writer, "close")
		_, rerr := callMethod(p.reader, "close")
		if werr != nil {
			return object.Null, chain(werr, rerr)
		}
		if rerr != nil {
			return object.Null, rerr
		}
		return object.None, nil
	}))
	t.AddRawMethod("isatty", methNoArgs(t, "isatty", func(self object.Value) (object.Value, error) {
		p := pairOf(self)
		if p.writer.IsNull() {
			return object.Null, object.Errorf(object.ValueError, "I/O operation on uninitialized object")
		}
		r, err := callMethod(p.writer, "isatty")
		if err != nil || !r.Is(object.False) {
			return r, err
		}
		return callMethod(p.reader, "isatty")
	}))
	t.AddGetter("closed", func(self object.Value) (object.Value, error) {
		p := pairOf(self)
		if p.writer.IsNull() {
			return object.Null, object.Errorf(object.RuntimeError, "the BufferedRWPair object is being garbage-collected")
		}
		return object.GetAttrString(p.writer, "closed")
	})
}
