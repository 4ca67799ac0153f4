package native

import (
	"strings"

	"github.com/pyvar/pyvar/core/object"
)

// The codecs behind TextIOWrapper and IncrementalNewlineDecoder: Go
// incremental encoders and decoders for the encodings CPython writes in
// C (their states are those of Lib/encodings' incremental codecs, so
// tell() cookies are CPython's), and adapters over the incremental codec
// objects of any other encoding found in the codec registry.

// textDecoder is an incremental decoder: bytes in, text out, with a
// (pending bytes, flags) state as codecs.IncrementalDecoder has.
type textDecoder interface {
	decode(data []byte, final bool) (string, error)
	getstate() ([]byte, int64, error)
	setstate(buf []byte, flags int64) error
	reset() error
}

// textEncoder is an incremental encoder: text in, bytes out.
type textEncoder interface {
	encode(s object.Value) ([]byte, error)
	// setstate0 is encoder.setstate(0): continue a stream (no BOM);
	// reset starts one.
	setstate0() error
	reset() error
}

// nativeCodec names the Go codec for an encoding name, or "" when the
// codec registry must provide it.
func nativeCodec(encoding string) string {
	switch object.NormalizeEncoding(encoding) {
	case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4":
		return "utf-8"
	case "latin_1", "latin1", "iso8859_1", "iso_8859_1", "l1", "8859", "cp819", "latin", "iso_ir_100", "csisolatin1", "iso_8859_1_1987":
		return "latin-1"
	case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6":
		return "ascii"
	case "utf_16", "utf16", "u16":
		return "utf-16"
	case "utf_16_le", "utf_16le", "unicodelittleunmarked":
		return "utf-16-le"
	case "utf_16_be", "utf_16be", "unicodebigunmarked":
		return "utf-16-be"
	case "utf_32", "utf32", "u32":
		return "utf-32"
	case "utf_32_le", "utf_32le":
		return "utf-32-le"
	case "utf_32_be", "utf_32be":
		return "utf-32-be"
	}
	return ""
}

// goDecoder is a native incremental decoder (BufferedIncrementalDecoder
// over a C codec, or utf_16/utf_32's BOM-sniffing one).
type goDecoder struct {
	codec   string
	errors  string
	pending []byte
	order   int // utf-16/32 with BOM: 0 not yet known, -1 little, 1 big
}

func newGoDecoder(codec, errors string) *goDecoder { return &goDecoder{codec: codec, errors: errors} }

func (d *goDecoder) decode(data []byte, final bool) (string, error) {
	if len(d.pending) > 0 {
		data = append(append([]byte(nil), d.pending...), data...)
	}
	var s string
	var n int
	var err error
	switch d.codec {
	case "utf-8":
		s, n, err = object.DecodeUTF8(data, d.errors, final)
	case "latin-1":
		s, n = object.DecodeLatin1(data), len(data)
	case "ascii":
		s, err = object.DecodeASCII(data, d.errors)
		n = len(data)
	case "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be":
		bo := -1
		if strings.HasSuffix(d.codec, "be") {
			bo = 1
		}
		if strings.HasPrefix(d.codec, "utf-16") {
			s, n, err = object.DecodeUTF16(data, d.errors, &bo, final)
		} else {
			s, n, err = object.DecodeUTF32(data, d.errors, &bo, final)
		}
	case "utf-16", "utf-32":
		bo := d.order
		wide := d.codec == "utf-32"
		if wide {
			s, n, err = object.DecodeUTF32(data, d.errors, &bo, final)
		} else {
			s, n, err = object.DecodeUTF16(data, d.errors, &bo, final)
		}
		if err == nil && d.order == 0 {
			unit := 2
			if wide {
				unit = 4
			}
			switch {
			case bo != 0:
				d.order = bo
			case n >= unit:
				name := "UTF-16"
				if wide {
					name = "UTF-32"
				}
				return "", object.Errorf(object.UnicodeError, "%s stream does not start with BOM", name)
			}
		}
	}
	if err != nil {
		return "", err
	}
	d.pending = append([]byte(nil), data[n:]...)
	return s, nil
}

func (d *goDecoder) getstate() ([]byte, int64, error) {
	buf := append([]byte{}, d.pending...)
	if d.codec == "utf-16" || d.codec == "utf-32" {
		switch d.order {
		case 0:
			return buf, 2, nil
		case 1:
			return buf, 1, nil
		}
	}
	return buf, 0, nil
}

func (d *goDecoder) setstate(buf []byte, flags int64) error {
	d.pending = append([]byte(nil), buf...)
	if d.codec == "utf-16" || d.codec == "utf-32" {
		switch flags {
		case 0:
			d.order = -1
		case 1:
			d.order = 1
		default:
			d.order = 0
		}
	}
	return nil
}

func (d *goDecoder) reset() error {
	d.pending, d.order = nil, 0
	return nil
}

// pyDecoder is a codec's incremental decoder object.
type pyDecoder struct{ obj object.Value }

func checkDecoded(v object.Value) (string, error) {
	s, ok := object.Unwrap(v).Object().(*object.Str)
	if !ok {
		return "", object.Errorf(object.TypeError, "decoder should return a string result, not '%s'", object.TypeOf(v).Name)
	}
	return s.S, nil
}

func (d *pyDecoder) decode(data []byte, final bool) (string, error) {
	r, err := callMethod(d.obj, "decode", object.NewBytes(data), object.Bool(final))
	if err != nil {
		return "", err
	}
	return checkDecoded(r)
}

// parseDecoderState checks a getstate() result: (bytes, int).
func parseDecoderState(v object.Value) ([]byte, int64, error) {
	t, ok := v.Object().(*object.Tuple)
	if !ok {
		return nil, 0, object.Errorf(object.TypeError, "illegal decoder state")
	}
	if len(t.Items) != 2 {
		return nil, 0, object.Errorf(object.TypeError, "illegal decoder state")
	}
	b, ok := object.Unwrap(t.Items[0]).Object().(*object.Bytes)
	if !ok {
		return nil, 0, object.Errorf(object.TypeError, "illegal decoder state: the first item should be a bytes object, not '%s'", object.TypeOf(t.Items[0]).Name)
	}
	flags, err := object.AsIndex(t.Items[1])
	if err != nil {
		return nil, 0, err
	}
	return b.B, int64(flags), nil
}

func (d *pyDecoder) getstate() ([]byte, int64, error) {
	r, err := callMethod(d.obj, "getstate")
	if err != nil {
		return nil, 0, err
	}
	return parseDecoderState(r)
}

func (d *pyDecoder) setstate(buf []byte, flags int64) error {
	_, err := callMethod(d.obj, "setstate", object.TupleValue(object.NewBytes(buf), object.Int(flags)))
	return err
}

func (d *pyDecoder) reset() error {
	_, err := callMethod(d.obj, "reset")
	return err
}

// nlDecoder is IncrementalNewlineDecoder: universal newline translation
// over another decoder (nil: the input is already text).
type nlDecoder struct {
	inner     textDecoder
	translate bool
	pendingCR bool
	seennl    int // seenLF | seenCR | seenCRLF
	// obj is the Python decoder when the IncrementalNewlineDecoder was
	// made with one (pyDecoder), for getstate/setstate and reset.
}

const (
	seenLF   = 1
	seenCR   = 2
	seenCRLF = 4
)

func (d *nlDecoder) decode(data []byte, final bool) (string, error) {
	if d.inner == nil {
		return "", object.Errorf(object.TypeError, "decoder should return a string result, not 'bytes'")
	}
	out, err := d.inner.decode(data, final)
	if err != nil {
		return "", err
	}
	return d.translateText(out, final), nil
}

// decodeStr runs the newline translation over text directly.
func (d *nlDecoder) decodeStr(text string, final bool) (string, error) {
	return d.translateText(text, final), nil
}

func (d *nlDecoder) translateText(out string, final bool) string {
	if d.pendingCR && (out != "" || final) {
		out = "\r" + out
		d.pendingCR = false
	}
	// Keep a trailing \r back: the next chunk may start with \n.
	if !final && strings.HasSuffix(out, "\r") {
		out = out[:len(out)-1]
		d.pendingCR = true
	}
	if strings.IndexByte(out, '\r') < 0 {
		if d.seennl&seenLF == 0 && strings.IndexByte(out, '\n') >= 0 {
			d.seennl |= seenLF
		}
		return out
	}
	crlf := strings.Count(out, "\r\n")
	cr := strings.Count(out, "\r") - crlf
	lf := strings.Count(out, "\n") - crlf
	if lf > 0 {
		d.seennl |= seenLF
	}
	if cr > 0 {
		d.seennl |= seenCR
	}
	if crlf > 0 {
		d.seennl |= seenCRLF
	}
	if d.translate {
		if crlf > 0 {
			out = strings.ReplaceAll(out, "\r\n", "\n")
		}
		if cr > 0 {
			out = strings.ReplaceAll(out, "\r", "\n")
		}
	}
	return out
}

func (d *nlDecoder) getstate() ([]byte, int64, error) {
	var buf []byte
	var flags int64
	if d.inner != nil {
		b, f, err := d.inner.getstate()
		if err != nil {
			return nil, 0, err
		}
		buf, flags = b, f
	} else {
		buf = []byte{}
	}
	flags <<= 1
	if d.pendingCR {
		flags |= 1
	}
	return buf, flags, nil
}

func (d *nlDecoder) setstate(buf []byte, flags int64) error {
	d.pendingCR = flags&1 != 0
	if d.inner != nil {
		return d.inner.setstate(buf, flags>>1)
	}
	return nil
}

func (d *nlDecoder) reset() error {
	d.seennl, d.pendingCR = 0, false
	if d.inner != nil {
		return d.inner.reset()
	}
	return nil
}

// newlines is the newlines attribute: the kinds of line ending seen.
func (d *nlDecoder) newlines() object.Value {
	s := func(x string) object.Value { return object.NewStr(x) }
	switch d.seennl {
	case seenLF:
		return s("\n")
	case seenCR:
		return s("\r")
	case seenCRLF:
		return s("\r\n")
	case seenCR | seenLF:
		return object.TupleValue(s("\r"), s("\n"))
	case seenCR | seenCRLF:
		return object.TupleValue(s("\r"), s("\r\n"))
	case seenLF | seenCRLF:
		return object.TupleValue(s("\n"), s("\r\n"))
	case seenCR | seenLF | seenCRLF:
		return object.TupleValue(s("\r"), s("\n"), s("\r\n"))
	}
	return object.None
}

// goEncoder is a native incremental encoder. For utf-16 and utf-32 the
// BOM goes out at the start of a stream only (bom).
type goEncoder struct {
	codec  string
	errors string
	bom    bool // the next write starts the stream (utf-16/utf-32)
}

func (e *goEncoder) encode(s object.Value) ([]byte, error) {
	switch e.codec {
	case "utf-8":
		return object.EncodeUTF8(s, e.errors)
	case "latin-1":
		return object.EncodeLatin1(s, e.errors)
	case "ascii":
		return object.EncodeASCII(s, e.errors)
	case "utf-16-le":
		return object.EncodeUTF16(s, e.errors, -1)
	case "utf-16-be":
		return object.EncodeUTF16(s, e.errors, 1)
	case "utf-32-le":
		return object.EncodeUTF32(s, e.errors, -1)
	case "utf-32-be":
		return object.EncodeUTF32(s, e.errors, 1)
	case "utf-16", "utf-32":
		bo := -1
		if e.bom {
			bo = 0
		}
		e.bom = false
		if e.codec == "utf-16" {
			return object.EncodeUTF16(s, e.errors, bo)
		}
		return object.EncodeUTF32(s, e.errors, bo)
	}
	return nil, object.Errorf(object.LookupError, "unknown encoding: %s", e.codec)
}

func (e *goEncoder) setstate0() error { e.bom = false; return nil }
func (e *goEncoder) reset() error     { e.bom = true; return nil }

// asciiCompatible says ASCII text encodes to itself.
func (e *goEncoder) asciiCompatible() bool {
	return e.codec == "utf-8" || e.codec == "latin-1" || e.codec == "ascii"
}

// pyEncoder is a codec's incremental encoder object.
type pyEncoder struct{ obj object.Value }

func (e *pyEncoder) encode(s object.Value) ([]byte, error) {
	r, err := callMethod(e.obj, "encode", s)
	if err != nil {
		return nil, err
	}
	b, ok := r.Object().(*object.Bytes)
	if !ok {
		return nil, object.Errorf(object.TypeError, "encoder should return a bytes object, not '%s'", object.TypeOf(r).Name)
	}
	return b.B, nil
}

func (e *pyEncoder) setstate0() error {
	_, err := callMethod(e.obj, "setstate", object.Int(0))
	return err
}

func (e *pyEncoder) reset() error {
	_, err := callMethod(e.obj, "reset")
	return err
}

// lookupTextCodec returns the registry's CodecInfo for an encoding that
// has no Go codec (checking it is a text encoding, as TextIOWrapper does).
func lookupTextCodec(encoding string) (object.Value, error) {
	return object.LookupTextEncoding(encoding, "codecs.open()")
}

// incrementalCodec calls codec_info.incrementaldecoder(errors) or
// .incrementalencoder(errors).
func incrementalCodec(info object.Value, which, errors string) (object.Value, error) {
	fn, err := object.GetAttrString(info, which)
	if err != nil {
		return object.Null, err
	}
	return object.Call(fn, []object.Value{object.NewStr(errors)}, nil)
}
