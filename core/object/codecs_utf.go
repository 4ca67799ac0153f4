package object

import (
	"unicode/utf8"
)

// The UTF codecs of CPython's Objects/unicodeobject.c: UTF-8, UTF-16 and
// UTF-32 with their exact error ranges and messages. Decoders take final
// (false: an incomplete sequence at the end is left unconsumed, for
// incremental decoders) and return the text and the bytes consumed.

// strRunes returns the code points of s, decoded once and cached.
func strRunes(s *Str) []rune {
	if s.isASCII() {
		rs := make([]rune, len(s.S))
		for i := 0; i < len(s.S); i++ {
			rs[i] = rune(s.S[i])
		}
		return rs
	}
	return s.runeSlice()
}

// EncodeUTF8 is str.encode('utf-8', errors).
func EncodeUTF8(src Value, errors string) ([]byte, error) {
	s := Unwrap(src).o.(*Str)
	if s.isASCII() || surrogateAt(s.S, 0) < 0 {
		return []byte(s.S), nil
	}
	rs := strRunes(s)
	e := newEncodeErrors("utf-8", errors, src, rs)
	out := make([]byte, 0, len(s.S))
	for i := 0; i < len(rs); {
		r := rs[i]
		if r < 0xD800 || r > 0xDFFF {
			out = utf8.AppendRune(out, r)
			i++
			continue
		}
		end := i + 1
		for end < len(rs) && rs[end] >= 0xD800 && rs[end] <= 0xDFFF {
			end++
		}
		start := i
		if e.kind == ehSurrogateEscape {
			for start < end && rs[start] >= 0xDC80 && rs[start] <= 0xDCFF {
				out = append(out, byte(rs[start]-0xDC00))
				start++
			}
			if start == end {
				i = end
				continue
			}
		}
		rep, err := e.call("surrogates not allowed", start, end)
		if err != nil {
			return nil, err
		}
		if rep.isBytes {
			out = append(out, rep.b...)
		} else {
			for _, c := range rep.rs {
				if c >= 0x80 {
					return nil, e.exception(start, end, "surrogates not allowed")
				}
				out = append(out, byte(c))
			}
		}
		i = rep.pos
	}
	return out, nil
}

func isCont(c byte) bool { return c&0xC0 == 0x80 }

// utf8Seq decodes the sequence at the start of b the way CPython's
// utf8_decode classifies it: a code point and its size, or fail 0 (valid
// but incomplete), 1 (invalid start byte) or 2..4 (invalid continuation:
// the bad sequence is fail-1 bytes long).
func utf8Seq(b []byte) (r rune, n int, fail int) {
	c := b[0]
	switch {
	case c < 0x80:
		return rune(c), 1, -1
	case c < 0xC2:
		return 0, 0, 1
	case c < 0xE0:
		if len(b) < 2 {
			return 0, 0, 0
		}
		if !isCont(b[1]) {
			return 0, 0, 2
		}
		return rune(c&0x1F)<<6 | rune(b[1]&0x3F), 2, -1
	case c < 0xF0:
		if len(b) < 3 {
			if len(b) >= 2 {
				c2 := b[1]
				if !isCont(c2) || (c2 < 0xA0 && c == 0xE0) || (c2 >= 0xA0 && c == 0xED) {
					return 0, 0, 2
				}
			}
			return 0, 0, 0
		}
		c2, c3 := b[1], b[2]
		if !isCont(c2) || (c == 0xE0 && c2 < 0xA0) || (c == 0xED && c2 >= 0xA0) {
			return 0, 0, 2
		}
		if !isCont(c3) {
			return 0, 0, 3
		}
		return rune(c&0x0F)<<12 | rune(c2&0x3F)<<6 | rune(c3&0x3F), 3, -1
	case c < 0xF5:
		if len(b) < 4 {
			if len(b) >= 2 {
				c2 := b[1]
				if !isCont(c2) || (c2 < 0x90 && c == 0xF0) || (c2 >= 0x90 && c == 0xF4) {
					return 0, 0, 2
				}
				if len(b) >= 3 && !isCont(b[2]) {
					return 0, 0, 3
				}
			}
			return 0, 0, 0
		}
		c2, c3, c4 := b[1], b[2], b[3]
		if !isCont(c2) || (c == 0xF0 && c2 < 0x90) || (c == 0xF4 && c2 >= 0x90) {
			return 0, 0, 2
		}
		if !isCont(c3) {
			return 0, 0, 3
		}
		if !isCont(c4) {
			return 0, 0, 4
		}
		return rune(c&0x07)<<18 | rune(c2&0x3F)<<12 | rune(c3&0x3F)<<6 | rune(c4&0x3F), 4, -1
	}
	return 0, 0, 1
}

// DecodeUTF8 decodes UTF-8 (CPython's PyUnicode_DecodeUTF8Stateful): the
// text (WTF-8) and the number of bytes consumed.
func DecodeUTF8(data []byte, errors string, final bool) (string, int, error) {
	if utf8.Valid(data) {
		return string(data), len(data), nil
	}
	out := make([]byte, 0, len(data)+8)
	var e *decodeErrors
	i := 0
	for i < len(data) {
		c := data[i]
		if c < 0x80 {
			out = append(out, c)
			i++
			continue
		}
		r, n, fail := utf8Seq(data[i:])
		if fail < 0 {
			out = utf8.AppendRune(out, r)
			i += n
			continue
		}
		var reason string
		var end int
		switch fail {
		case 0:
			if !final {
				return string(out), i, nil
			}
			reason, end = "unexpected end of data", len(data)
		case 1:
			reason, end = "invalid start byte", i+1
		default:
			if fail == 2 && !final && c == 0xED && len(data)-i == 2 && data[i+1] >= 0xA0 && data[i+1] <= 0xBF {
				return string(out), i, nil // a truncated surrogate (surrogatepass)
			}
			reason, end = "invalid continuation byte", i+fail-1
		}
		if e == nil {
			e = newDecodeErrors("utf-8", errors, data)
		}
		var err error
		if out, data, i, err = e.handle(out, reason, i, end); err != nil {
			return "", 0, err
		}
	}
	return string(out), len(data), nil
}

// utfUnit reads one little- or big-endian code unit of size bytes.
func utfUnit(b []byte, size int, big bool) uint32 {
	var u uint32
	for j := 0; j < size; j++ {
		if big {
			u = u<<8 | uint32(b[j])
		} else {
			u |= uint32(b[j]) << (8 * j)
		}
	}
	return u
}

func putUnit(out []byte, u uint32, size int, big bool) []byte {
	for j := 0; j < size; j++ {
		if big {
			out = append(out, byte(u>>(8*(size-1-j))))
		} else {
			out = append(out, byte(u>>(8*j)))
		}
	}
	return out
}

// EncodeUTF16 is the utf_16 encoder: byteorder 0 writes a BOM and native
// (little-endian) order, -1 little-endian, 1 big-endian.
func EncodeUTF16(src Value, errors string, byteorder int) ([]byte, error) {
	return encodeUTF1632(src, errors, byteorder, 2)
}

// EncodeUTF32 is the utf_32 encoder (byteorder as for EncodeUTF16).
func EncodeUTF32(src Value, errors string, byteorder int) ([]byte, error) {
	return encodeUTF1632(src, errors, byteorder, 4)
}

func encodeUTF1632(src Value, errors string, byteorder, size int) ([]byte, error) {
	s := Unwrap(src).o.(*Str)
	codec := "utf-16"
	if size == 4 {
		codec = "utf-32"
	}
	switch {
	case byteorder < 0:
		codec += "-le"
	case byteorder > 0:
		codec += "-be"
	}
	big := byteorder > 0
	rs := strRunes(s)
	out := make([]byte, 0, (len(rs)+1)*size)
	if byteorder == 0 {
		out = putUnit(out, 0xFEFF, size, big)
	}
	var e *encodeErrors
	for i := 0; i < len(rs); {
		r := rs[i]
		if r < 0xD800 || r > 0xDFFF {
			if size == 2 && r >= 0x10000 {
				r -= 0x10000
				out = putUnit(out, uint32(0xD800+(r>>10)), 2, big)
				out = putUnit(out, uint32(0xDC00+(r&0x3FF)), 2, big)
			} else {
				out = putUnit(out, uint32(r), size, big)
			}
			i++
			continue
		}
		if e == nil {
			e = newEncodeErrors(codec, errors, src, rs)
		}
		rep, err := e.call("surrogates not allowed", i, i+1)
		if err != nil {
			return nil, err
		}
		if rep.isBytes {
			if len(rep.b)%size != 0 {
				return nil, e.exception(i, i+1, "surrogates not allowed")
			}
			out = append(out, rep.b...)
		} else {
			for _, c := range rep.rs {
				if c >= 0x80 {
					return nil, e.exception(i, i+1, "surrogates not allowed")
				}
				out = putUnit(out, uint32(c), size, big)
			}
		}
		i = rep.pos
	}
	return out, nil
}

// DecodeUTF16 decodes UTF-16 (PyUnicode_DecodeUTF16Stateful). *byteorder
// is 0 (look for a BOM, then native order), -1 (little) or 1 (big); a BOM
// found at the start is consumed and recorded in *byteorder.
func DecodeUTF16(data []byte, errors string, byteorder *int, final bool) (string, int, error) {
	bo := *byteorder
	i := 0
	if bo == 0 && len(data) >= 2 {
		switch {
		case data[0] == 0xFF && data[1] == 0xFE:
			i, bo = 2, -1
		case data[0] == 0xFE && data[1] == 0xFF:
			i, bo = 2, 1
		}
		*byteorder = bo
	}
	codec := "utf-16-le"
	if bo > 0 {
		codec = "utf-16-be"
	}
	big := bo > 0
	out := make([]byte, 0, len(data))
	var e *decodeErrors
	for {
		var reason string
		var start, end int
		if i+2 > len(data) {
			if i == len(data) {
				break
			}
			if !final {
				return string(out), i, nil
			}
			reason, start, end = "truncated data", i, len(data)
		} else {
			u := rune(utfUnit(data[i:], 2, big))
			switch {
			case u < 0xD800 || u > 0xDFFF:
				out = appendRune(out, u)
				i += 2
				continue
			case u >= 0xDC00:
				reason, start, end = "illegal encoding", i, i+2
			case i+4 > len(data):
				if !final {
					return string(out), i, nil
				}
				reason, start, end = "unexpected end of data", i, len(data)
			default:
				u2 := rune(utfUnit(data[i+2:], 2, big))
				if u2 >= 0xDC00 && u2 <= 0xDFFF {
					out = utf8.AppendRune(out, 0x10000+(u-0xD800)<<10+(u2-0xDC00))
					i += 4
					continue
				}
				reason, start, end = "illegal UTF-16 surrogate", i, i+2
			}
		}
		if e == nil {
			e = newDecodeErrors(codec, errors, data)
		}
		var err error
		if out, data, i, err = e.handle(out, reason, start, end); err != nil {
			return "", 0, err
		}
	}
	return string(out), len(data), nil
}

// DecodeUTF32 decodes UTF-32 (PyUnicode_DecodeUTF32Stateful), byteorder
// as for DecodeUTF16.
func DecodeUTF32(data []byte, errors string, byteorder *int, final bool) (string, int, error) {
	bo := *byteorder
	i := 0
	if bo == 0 && len(data) >= 4 {
		switch {
		case data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0:
			i, bo = 4, -1
		case data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF:
			i, bo = 4, 1
		}
		*byteorder = bo
	}
	codec := "utf-32-le"
	if bo > 0 {
		codec = "utf-32-be"
	}
	big := bo > 0
	out := make([]byte, 0, len(data)/2)
	var e *decodeErrors
	for {
		var reason string
		var start, end int
		if i+4 > len(data) {
			if i == len(data) {
				break
			}
			if !final {
				return string(out), i, nil
			}
			reason, start, end = "truncated data", i, len(data)
		} else {
			u := utfUnit(data[i:], 4, big)
			switch {
			case u > 0x10FFFF:
				reason, start, end = "code point not in range(0x110000)", i, i+4
			case u >= 0xD800 && u <= 0xDFFF:
				reason, start, end = "code point in surrogate code point range(0xd800, 0xe000)", i, i+4
			default:
				out = utf8.AppendRune(out, rune(u))
				i += 4
				continue
			}
		}
		if e == nil {
			e = newDecodeErrors(codec, errors, data)
		}
		var err error
		if out, data, i, err = e.handle(out, reason, start, end); err != nil {
			return "", 0, err
		}
	}
	return string(out), len(data), nil
}
