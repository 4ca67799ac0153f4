package native

import (
	"math/big"
	"strings"

	"github.com/pyvar/pyvar/core/object"
)

// TextIOWrapper: text over a buffered binary stream, as CPython's
// textio.c does it — pending encoded writes flushed at the chunk size or
// at line ends when line buffered, decoded chunks read through read1,
// universal newlines, and tell()/seek() cookies packing the same fields
// in the same layout, so the numbers a program sees are CPython's.

type textIO struct {
	ioObj
	ok, detached   bool
	buffer         object.Value
	bufferB        *buffered // buffer when it is exactly one of the buffered types
	raw            *fileIO   // its raw FileIO, for the fast closed check
	encoding       object.Value
	errors         object.Value
	errorsS        string
	encoder        textEncoder
	decoder        textDecoder
	goEnc          *goEncoder // encoder when native
	chunkSize      int
	readUniversal  bool
	readTranslate  bool
	readnl         string // newline argument ("" when None or "")
	writeTranslate bool
	writenl        string // replacement for "\n" on write, "" for none
	lineBuffering  bool
	writeThrough   bool
	seekable       bool
	telling        bool
	hasRead1       bool
	finalizing     bool
	startOfStream  bool // encoding_start_of_stream

	decoded     []rune // decoded_chars
	decodedStr  string // the same, as a str's text
	decodedUsed int
	hasDecoded  bool

	// pending is pending_bytes: encoded text not yet handed to the
	// buffer, in one reusable slice (CPython keeps a list and joins it).
	pending []byte

	snapshot  bool
	snapFlags int64
	snapInput []byte
	b2cratio  float64
}

func (st *ioState) textOf(self object.Value) *textIO {
	t, _ := object.Unwrap(self).Object().(*textIO)
	return t
}

// checkAttached is CHECK_ATTACHED.
func (t *textIO) checkAttached() error {
	if t.detached {
		return object.Errorf(object.ValueError, "underlying buffer has been detached")
	}
	if !t.ok {
		return object.Errorf(object.ValueError, "I/O operation on uninitialized object")
	}
	return nil
}

// closedCheck is CHECK_CLOSED.
func (t *textIO) closedCheck(self object.Value) error {
	if object.TypeOf(self) == t.st.textwrapper {
		var c bool
		if t.raw != nil {
			c = t.raw.fd < 0
		} else {
			v, err := object.GetAttrString(t.buffer, "closed")
			if err != nil {
				return err
			}
			if c, err = truth(v); err != nil {
				return err
			}
		}
		if c {
			return errClosed()
		}
		return nil
	}
	return checkClosed(self)
}

func (t *textIO) setDecoded(s string) {
	t.decodedStr = s
	t.decoded = nil
	t.decodedUsed = 0
	t.hasDecoded = true
}

func (t *textIO) clearDecoded() {
	t.decoded, t.decodedStr, t.decodedUsed, t.hasDecoded = nil, "", 0, false
}

func (t *textIO) decodedRunes() []rune {
	if t.decoded == nil && t.decodedStr != "" {
		t.decoded = object.DecodeRunes(t.decodedStr)
	}
	return t.decoded
}

// getDecoded takes up to n (all when n < 0) of the decoded characters.
func (t *textIO) getDecoded(n int) string {
	if !t.hasDecoded {
		return ""
	}
	rs := t.decodedRunes()
	avail := len(rs) - t.decodedUsed
	if n < 0 || n > avail {
		n = avail
	}
	var s string
	if t.decodedUsed == 0 && n == avail {
		s = t.decodedStr
	} else {
		s = runesStr(rs[t.decodedUsed : t.decodedUsed+n])
	}
	t.decodedUsed += n
	return s
}

// writeflush is _textiowrapper_writeflush: the pending bytes go to
// buffer.write in one call.
func (t *textIO) writeflush() error {
	if len(t.pending) == 0 {
		return nil
	}
	data := t.pending
	t.pending = t.pending[:0]
	for {
		var err error
		if t.bufferB != nil {
			// BufferedWriter.write copies the bytes: the slice is reused.
			_, err = t.bufferB.writeChecked(t.buffer, data)
		} else {
			_, err = callMethod(t.buffer, "write", object.NewBytes(append([]byte(nil), data...)))
		}
		if err != nil && trapEINTR(err) {
			continue
		}
		return err
	}
}

// writeChecked is BufferedWriter.write called directly (checks included).
func (b *buffered) writeChecked(self object.Value, data []byte) (int64, error) {
	if err := b.checkInit(); err != nil {
		return 0, err
	}
	return b.write(self, data)
}

// flushBuffer calls buffer.flush().
func (t *textIO) flushBuffer() error {
	if t.bufferB != nil && t.bufferB.writable {
		b := t.bufferB
		if err := b.checkInit(); err != nil {
			return err
		}
		if err := b.checkClosed("flush of closed file"); err != nil {
			return err
		}
		if err := b.enter(t.buffer); err != nil {
			return err
		}
		defer b.leave()
		return b.flushAndRewind()
	}
	_, err := callMethod(t.buffer, "flush")
	return err
}

// WriteText writes s as TextIOWrapper.write does, for print() and the
// interpreter's own output to sys.stdout and sys.stderr: the same
// buffering and flushing, without the method call, and without
// allocating when the text goes into the pending bytes as it is.
func (t *textIO) WriteText(s string) error {
	if err := t.checkAttached(); err != nil {
		return err
	}
	if t.raw == nil || t.goEnc == nil || (t.writeTranslate && t.writenl != "") {
		_, err := t.write(object.FromObject(t), object.NewStr(s))
		return err
	}
	if t.raw.fd < 0 {
		return errClosed()
	}
	var b []byte
	switch {
	case t.goEnc.asciiCompatible() && isASCII(s) && len(s) <= t.chunkSize:
	case t.goEnc.codec == "utf-8" && !hasWTF8Surrogate(s):
	default:
		_, err := t.write(object.FromObject(t), object.NewStr(s))
		return err
	}
	t.startOfStream = false
	return t.addPending(b, s, t.lineBuffering && strings.ContainsAny(s, "\n\r"))
}

// hasWTF8Surrogate reports whether a str's text holds a lone surrogate
// (which UTF-8 cannot encode).
func hasWTF8Surrogate(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xED && s[i+1] >= 0xA0 {
			return true
		}
	}
	return false
}

// addPending queues the encoded bytes b (or the text s itself, when b is
// nil) and flushes as write() does: the pending bytes at the chunk size,
// and the buffer too when line buffering saw a line end.
func (t *textIO) addPending(b []byte, s string, needflush bool) error {
	n := len(b)
	if b == nil {
		n = len(s)
	}
	if len(t.pending) > 0 && len(t.pending)+n > t.chunkSize {
		if err := t.writeflush(); err != nil {
			return err
		}
	}
	if b == nil {
		t.pending = append(t.pending, s...)
	} else {
		t.pending = append(t.pending, b...)
	}
	if len(t.pending) >= t.chunkSize || needflush || t.writeThrough {
		if err := t.writeflush(); err != nil {
			return err
		}
	}
	if needflush {
		if err := t.flushBuffer(); err != nil {
			return err
		}
	}
	if t.hasDecoded {
		t.clearDecoded()
	}
	t.snapshot = false
	if t.decoder != nil {
		return t.decoder.reset()
	}
	return nil
}

// write is TextIOWrapper.write.
func (t *textIO) write(self object.Value, textv object.Value) (int, error) {
	if err := t.closedCheck(self); err != nil {
		return 0, err
	}
	if t.encoder == nil {
		return 0, t.st.unsupportedOp("not writable")
	}
	str := object.Unwrap(textv).Object().(*object.Str)
	text := str.S
	textlen := str.Len()
	haslf := false
	if (t.writeTranslate && t.writenl != "") || t.lineBuffering {
		haslf = strings.IndexByte(text, '\n') >= 0
	}
	if haslf && t.writeTranslate && t.writenl != "" {
		text = strings.ReplaceAll(text, "\n", t.writenl)
		textv = object.NewStr(text)
	}
	needflush := t.lineBuffering && (haslf || strings.IndexByte(text, '\r') >= 0)
	var b []byte
	if t.goEnc != nil {
		if !(t.goEnc.asciiCompatible() && isASCII(text) && len(text) <= t.chunkSize) {
			var err error
			if b, err = t.encodeNative(textv); err != nil {
				return 0, err
			}
			if b == nil {
				b = []byte{}
			}
		}
		t.startOfStream = false
	} else {
		var err error
		if b, err = t.encoder.encode(textv); err != nil {
			return 0, err
		}
		if b == nil {
			b = []byte{}
		}
	}
	if err := t.addPending(b, text, needflush); err != nil {
		return 0, err
	}
	return textlen, nil
}

// encodeNative runs the Go encoder, with utf-16/utf-32's BOM only at the
// start of the stream (textio.c's utf16_encode).
func (t *textIO) encodeNative(s object.Value) ([]byte, error) {
	e := t.goEnc
	switch e.codec {
	case "utf-16", "utf-32":
		e.bom = t.startOfStream
	}
	return e.encode(s)
}

// readChunk is textiowrapper_read_chunk: one read1 (or read) of the
// buffer, decoded; false at EOF.
func (t *textIO) readChunk(sizeHint int) (bool, error) {
	if t.decoder == nil {
		return false, t.st.unsupportedOp("not readable")
	}
	var decBuf []byte
	var decFlags int64
	if t.telling {
		b, f, err := t.decoder.getstate()
		if err != nil {
			return false, err
		}
		decBuf, decFlags = b, f
	}
	if sizeHint > 0 {
		sizeHint = int(max(t.b2cratio, 1.0) * float64(sizeHint))
	}
	size := max(t.chunkSize, sizeHint)
	var input []byte
	if t.bufferB != nil && t.bufferB.readable && t.hasRead1 {
		b := t.bufferB
		v, err := t.read1(b, size)
		if err != nil {
			return false, err
		}
		input = v
	} else {
		meth := "read"
		if t.hasRead1 {
			meth = "read1"
		}
		v, err := callMethod(t.buffer, meth, object.Int(int64(size)))
		if err != nil {
			return false, err
		}
		b, ok := object.BytesLike(v)
		if !ok {
			return false, object.Errorf(object.TypeError, "underlying %s() should have returned a bytes-like object, not '%s'", meth, object.TypeOf(v).Name)
		}
		input = b
	}
	eof := len(input) == 0
	decoded, err := t.decoder.decode(input, eof)
	if err != nil {
		return false, err
	}
	t.setDecoded(decoded)
	nchars := len(t.decodedRunes())
	if nchars > 0 {
		t.b2cratio = float64(len(input)) / float64(nchars)
		eof = false
	} else {
		t.b2cratio = 0
	}
	if t.telling {
		t.snapshot = true
		t.snapFlags = decFlags
		t.snapInput = append(append([]byte(nil), decBuf...), input...)
	}
	return !eof, nil
}

// read1 is BufferedReader.read1 called directly.
func (t *textIO) read1(b *buffered, n int) ([]byte, error) {
	if err := b.checkInit(); err != nil {
		return nil, err
	}
	if err := b.checkClosed("read of closed file"); err != nil {
		return nil, err
	}
	if have := b.readahead(); have > 0 {
		return b.readFast(min(have, int64(n))), nil
	}
	if err := b.enter(t.buffer); err != nil {
		return nil, err
	}
	defer b.leave()
	if b.writable {
		if err := b.flushAndRewind(); err != nil {
			return nil, err
		}
	}
	b.resetRead()
	out := make([]byte, n)
	r, err := b.rawRead(out)
	if err != nil {
		return nil, err
	}
	if r == -2 {
		r = 0
	}
	return out[:r], nil
}

// read is TextIOWrapper.read.
func (t *textIO) read(self object.Value, n int) (object.Value, error) {
	if err := t.closedCheck(self); err != nil {
		return object.Null, err
	}
	if t.decoder == nil {
		return object.Null, t.st.unsupportedOp("not readable")
	}
	if err := t.writeflush(); err != nil {
		return object.Null, err
	}
	if n < 0 {
		v, err := callMethod(t.buffer, "read")
		if err != nil {
			return object.Null, err
		}
		data, ok := object.BytesLike(v)
		if !ok {
			if v.IsNone() {
				data = nil
			} else {
				return object.Null, object.Errorf(object.TypeError, "a bytes-like object is required, not '%s'", object.TypeOf(v).Name)
			}
		}
		decoded, err := t.decoder.decode(data, true)
		if err != nil {
			return object.Null, err
		}
		result := t.getDecoded(-1) + decoded
		t.clearDecoded()
		t.snapshot = false
		return object.NewStr(result), nil
	}
	result := t.getDecoded(n)
	remaining := n - len(object.DecodeRunes(result))
	var chunks []string
	for remaining > 0 {
		more, err := t.readChunk(remaining)
		if err != nil {
			if trapEINTR(err) {
				continue
			}
			return object.Null, err
		}
		if !more {
			break
		}
		if result != "" {
			chunks = append(chunks, result)
		}
		result = t.getDecoded(remaining)
		remaining -= len(object.DecodeRunes(result))
	}
	if chunks != nil {
		result = strings.Join(append(chunks, result), "")
	}
	return object.NewStr(result), nil
}

// readline is _textiowrapper_readline.
func (t *textIO) readline(self object.Value, limit int) (string, error) {
	if err := t.closedCheck(self); err != nil {
		return "", err
	}
	if err := t.writeflush(); err != nil {
		return "", err
	}
	var chunks []string
	chunked := 0
	var remaining []rune
	var line []rune
	haveLine := false
	start, endpos, offset := 0, 0, 0
	for {
		more := true
		for !t.hasDecoded || len(t.decodedRunes()) == 0 {
			var err error
			more, err = t.readChunk(0)
			if err != nil {
				if trapEINTR(err) {
					continue
				}
				return "", err
			}
			if !more {
				break
			}
		}
		if !more {
			t.clearDecoded()
			t.snapshot = false
			start, endpos, offset = 0, 0, 0
			haveLine = false
			break
		}
		if remaining == nil {
			line = t.decodedRunes()
			start = t.decodedUsed
			offset = 0
		} else {
			line = append(remaining, t.decodedRunes()...)
			start = 0
			offset = len(remaining)
			remaining = nil
		}
		haveLine = true
		end, consumed := findLineEnding(line[start:], t.readTranslate, t.readUniversal, t.readnl)
		if end >= 0 {
			endpos = start + end
			if limit >= 0 && endpos-start+chunked >= limit {
				endpos = start + limit - chunked
			}
			break
		}
		endpos = start + consumed
		if limit >= 0 && endpos-start+chunked >= limit {
			endpos = start + limit - chunked
			break
		}
		if endpos > start {
			s := runesStr(line[start:endpos])
			chunks = append(chunks, s)
			chunked += endpos - start
		}
		if endpos < len(line) {
			remaining = append([]rune(nil), line[endpos:]...)
		}
		haveLine = false
		line = nil
		t.clearDecoded()
	}
	var out string
	if haveLine {
		t.decodedUsed = endpos - offset
		out = runesStr(line[start:endpos])
	}
	if remaining != nil {
		chunks = append(chunks, runesStr(remaining))
	}
	if chunks != nil {
		out = strings.Join(append(chunks, out), "")
	}
	return out, nil
}

// cookie is the position tell() returns: where to seek the buffer, the
// decoder flags there, how many bytes to feed and characters to skip.
type cookie struct {
	startPos    int64
	decFlags    int64
	bytesToFeed int64
	charsToFeed int64
	needEOF     bool
}

// build packs a cookie as textio.c does: start_pos (8 bytes), dec_flags,
// bytes_to_feed, chars_to_feed (4 each) and need_eof (1), little-endian.
func (c cookie) build() object.Value {
	if c.decFlags == 0 && c.bytesToFeed == 0 && c.charsToFeed == 0 && !c.needEOF {
		return object.Int(c.startPos)
	}
	n := new(big.Int).SetUint64(uint64(c.startPos))
	add := func(v int64, shift uint) {
		x := new(big.Int).SetUint64(uint64(uint32(v)))
		n.Or(n, x.Lsh(x, shift))
	}
	add(c.decFlags, 64)
	add(c.bytesToFeed, 96)
	add(c.charsToFeed, 128)
	if c.needEOF {
		add(1, 160)
	}
	return object.NewBigInt(n)
}

func parseCookie(v object.Value) (cookie, error) {
	iv, err := object.Call(object.FromObject(object.IntType), []object.Value{v}, nil)
	if err != nil {
		return cookie{}, err
	}
	n, ok := object.ToBigInt(iv)
	if !ok {
		return cookie{}, object.Errorf(object.TypeError, "an integer is required")
	}
	if n.Sign() < 0 || n.BitLen() > 168 {
		return cookie{}, object.Errorf(object.OverflowError, "int too big to convert")
	}
	field := func(shift, bits uint) uint64 {
		x := new(big.Int).Rsh(n, shift)
		mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
		return x.And(x, mask).Uint64()
	}
	return cookie{
		startPos:    int64(field(0, 64)),
		decFlags:    int64(int32(field(64, 32))),
		bytesToFeed: int64(int32(field(96, 32))),
		charsToFeed: int64(int32(field(128, 32))),
		needEOF:     field(160, 8) != 0,
	}, nil
}

func (t *textIO) decoderSetstate(c cookie) error {
	if c.startPos == 0 && c.decFlags == 0 {
		return t.decoder.reset()
	}
	return t.decoder.setstate(nil, c.decFlags)
}

func (t *textIO) encoderReset(startOfStream bool) error {
	t.startOfStream = startOfStream
	if startOfStream {
		return t.encoder.reset()
	}
	return t.encoder.setstate0()
}

// tell is TextIOWrapper.tell.
func (t *textIO) tell(self object.Value) (object.Value, error) {
	if err := t.closedCheck(self); err != nil {
		return object.Null, err
	}
	if !t.seekable {
		return object.Null, t.st.unsupportedOp("underlying stream is not seekable")
	}
	if !t.telling {
		return object.Null, object.Errorf(object.OSError, "telling position disabled by next() call")
	}
	if err := t.writeflush(); err != nil {
		return object.Null, err
	}
	if _, err := callMethod(self, "flush"); err != nil {
		return object.Null, err
	}
	posv, err := callMethod(t.buffer, "tell")
	if err != nil {
		return object.Null, err
	}
	if t.decoder == nil || !t.snapshot {
		return posv, nil
	}
	pos, err := offArg(posv)
	if err != nil {
		return object.Null, err
	}
	c := cookie{startPos: pos - int64(len(t.snapInput)), decFlags: t.snapFlags}
	if t.decodedUsed == 0 {
		return c.build(), nil
	}
	charsToSkip := int64(t.decodedUsed)
	savedBuf, savedFlags, err := t.decoder.getstate()
	if err != nil {
		return object.Null, err
	}
	restore := func() error { return t.decoder.setstate(savedBuf, savedFlags) }
	decodeLen := func(b []byte) (int64, error) {
		s, err := t.decoder.decode(b, false)
		if err != nil {
			return 0, err
		}
		return int64(len(object.DecodeRunes(s))), nil
	}
	input := t.snapInput
	skipBytes := int64(t.b2cratio * float64(charsToSkip))
	skipBack := int64(1)
	for skipBytes > 0 {
		if err := t.decoderSetstate(c); err != nil {
			return object.Null, err
		}
		n, err := decodeLen(input[:min(skipBytes, int64(len(input)))])
		if err != nil {
			return object.Null, err
		}
		if n <= charsToSkip {
			buf, flags, err := t.decoder.getstate()
			if err != nil {
				return object.Null, err
			}
			if len(buf) == 0 {
				c.decFlags = flags
				charsToSkip -= n
				break
			}
			skipBytes -= int64(len(buf))
			skipBack = 1
		} else {
			skipBytes -= skipBack
			skipBack *= 2
		}
	}
	if skipBytes <= 0 {
		skipBytes = 0
		if err := t.decoderSetstate(c); err != nil {
			return object.Null, err
		}
	}
	c.startPos += skipBytes
	c.charsToFeed = charsToSkip
	if charsToSkip != 0 {
		charsDecoded := int64(0)
		i := skipBytes
		for ; i < int64(len(input)); i++ {
			n, err := decodeLen(input[i : i+1])
			if err != nil {
				return object.Null, err
			}
			charsDecoded += n
			c.bytesToFeed++
			buf, flags, err := t.decoder.getstate()
			if err != nil {
				return object.Null, err
			}
			if len(buf) == 0 && charsDecoded <= charsToSkip {
				c.startPos += c.bytesToFeed
				charsToSkip -= charsDecoded
				c.decFlags = flags
				c.bytesToFeed = 0
				charsDecoded = 0
			}
			if charsDecoded >= charsToSkip {
				break
			}
		}
		if i == int64(len(input)) {
			s, err := t.decoder.decode(nil, true)
			if err != nil {
				return object.Null, err
			}
			charsDecoded += int64(len(object.DecodeRunes(s)))
			c.needEOF = true
			if charsDecoded < charsToSkip {
				return object.Null, object.Errorf(object.OSError, "can't reconstruct logical file position")
			}
		}
	}
	if err := restore(); err != nil {
		return object.Null, err
	}
	c.charsToFeed = charsToSkip
	return c.build(), nil
}

// seek is TextIOWrapper.seek.
func (t *textIO) seek(self object.Value, cookieV object.Value, whence int) (object.Value, error) {
	if err := t.closedCheck(self); err != nil {
		return object.Null, err
	}
	if !t.seekable {
		return object.Null, t.st.unsupportedOp("underlying stream is not seekable")
	}
	zero := object.Int(0)
	switch whence {
	case 1:
		eq, err := object.Equal(cookieV, zero)
		if err != nil {
			return object.Null, err
		}
		if !eq {
			return object.Null, t.st.unsupportedOp("can't do nonzero cur-relative seeks")
		}
		if cookieV, err = callMethod(self, "tell"); err != nil {
			return object.Null, err
		}
	case 2:
		eq, err := object.Equal(cookieV, zero)
		if err != nil {
			return object.Null, err
		}
		if !eq {
			return object.Null, t.st.unsupportedOp("can't do nonzero end-relative seeks")
		}
		if _, err := callMethod(self, "flush"); err != nil {
			return object.Null, err
		}
		t.clearDecoded()
		t.snapshot = false
		if t.decoder != nil {
			if err := t.decoder.reset(); err != nil {
				return object.Null, err
			}
		}
		res, err := callMethod(t.buffer, "seek", object.Int(0), object.Int(2))
		if err != nil {
			return object.Null, err
		}
		if t.encoder != nil {
			atStart, err := object.Equal(res, zero)
			if err != nil {
				return object.Null, err
			}
			if err := t.encoderReset(atStart); err != nil {
				return object.Null, err
			}
		}
		return res, nil
	case 0:
	default:
		return object.Null, object.Errorf(object.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	neg, err := object.CompareBool(cookieV, zero, object.CmpLt)
	if err != nil {
		return object.Null, err
	}
	if neg {
		r, _ := object.Repr(cookieV)
		return object.Null, object.Errorf(object.ValueError, "negative seek position %s", r)
	}
	if _, err := callMethod(self, "flush"); err != nil {
		return object.Null, err
	}
	c, err := parseCookie(cookieV)
	if err != nil {
		return object.Null, err
	}
	if _, err := callMethod(t.buffer, "seek", object.Int(c.startPos)); err != nil {
		return object.Null, err
	}
	t.clearDecoded()
	t.snapshot = false
	if t.decoder != nil {
		if err := t.decoderSetstate(c); err != nil {
			return object.Null, err
		}
	}
	if c.charsToFeed != 0 {
		v, err := callMethod(t.buffer, "read", object.Int(c.bytesToFeed))
		if err != nil {
			return object.Null, err
		}
		b, ok := v.Object().(*object.Bytes)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "underlying read() should have returned a bytes object, not '%s'", object.TypeOf(v).Name)
		}
		t.snapshot, t.snapFlags, t.snapInput = true, c.decFlags, b.B
		s, err := t.decoder.decode(b.B, c.needEOF)
		if err != nil {
			return object.Null, err
		}
		t.setDecoded(s)
		if int64(len(t.decodedRunes())) < c.charsToFeed {
			return object.Null, object.Errorf(object.OSError, "can't restore logical file position")
		}
		t.decodedUsed = int(c.charsToFeed)
	} else {
		t.snapshot, t.snapFlags, t.snapInput = true, c.decFlags, nil
	}
	if t.encoder != nil {
		if err := t.encoderReset(c.startPos == 0 && c.decFlags == 0); err != nil {
			return object.Null, err
		}
	}
	return cookieV, nil
}

// setNewline is set_newline.
func (t *textIO) setNewline(nl string, isNone bool) {
	t.readUniversal = isNone || nl == ""
	t.readTranslate = isNone
	t.writeTranslate = isNone || nl != ""
	t.readnl = nl
	t.writenl = ""
	if !t.readUniversal && nl != "\n" {
		t.writenl = nl
	}
}

// setCodecs makes the decoder (if the buffer is readable) and the encoder
// (if it is writable) for encoding and errors.
func (t *textIO) setCodecs(encoding, errors string) error {
	native := nativeCodec(encoding)
	var info object.Value
	if native == "" {
		var err error
		if info, err = lookupTextCodec(encoding); err != nil {
			return err
		}
	}
	r, err := callMethod(t.buffer, "readable")
	if err != nil {
		return err
	}
	readable, err := truth(r)
	if err != nil {
		return err
	}
	t.decoder = nil
	if readable {
		var dec textDecoder
		if native != "" {
			dec = newGoDecoder(native, errors)
		} else {
			obj, err := incrementalCodec(info, "incrementaldecoder", errors)
			if err != nil {
				return err
			}
			dec = &pyDecoder{obj}
		}
		if t.readUniversal {
			dec = &nlDecoder{inner: dec, translate: t.readTranslate}
		}
		t.decoder = dec
	}
	w, err := callMethod(t.buffer, "writable")
	if err != nil {
		return err
	}
	writable, err := truth(w)
	if err != nil {
		return err
	}
	t.encoder, t.goEnc = nil, nil
	if writable {
		if native != "" {
			t.goEnc = &goEncoder{codec: native, errors: errors, bom: true}
			t.encoder = t.goEnc
		} else {
			obj, err := incrementalCodec(info, "incrementalencoder", errors)
			if err != nil {
				return err
			}
			t.encoder = &pyEncoder{obj}
		}
	}
	return nil
}

// fixEncoderState is _textiowrapper_fix_encoder_state: a stream opened
// past its start continues it (no BOM).
func (t *textIO) fixEncoderState() error {
	if !t.seekable || t.encoder == nil {
		return nil
	}
	t.startOfStream = true
	pos, err := callMethod(t.buffer, "tell")
	if err != nil {
		return err
	}
	atStart, err := object.Equal(pos, object.Int(0))
	if err != nil {
		return err
	}
	if !atStart {
		t.startOfStream = false
		return t.encoder.setstate0()
	}
	return nil
}
