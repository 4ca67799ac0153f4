package object

// UTF-7 (RFC 2152) as CPython encodes and decodes it: Set D, Set O and
// whitespace are written directly, everything else in base64 shift
// sequences of UTF-16 code units.

// utf7Category is CPython's utf7_category: 0 Set D, 1 Set O, 2
// whitespace, 3 special (always base64).
var utf7Category [128]uint8

func init() {
	for c := 0; c < 128; c++ {
		utf7Category[c] = 3
	}
	for _, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'(),-./:?" {
		utf7Category[c] = 0
	}
	for _, c := range "!\"#$%&*;<=>@[]^_`{|}" {
		utf7Category[c] = 1
	}
	for _, c := range "\t\n\r " {
		utf7Category[c] = 2
	}
}

const base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func isBase64(c rune) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
}

func fromBase64(c byte) uint32 {
	switch {
	case c >= 'A' && c <= 'Z':
		return uint32(c - 'A')
	case c >= 'a' && c <= 'z':
		return uint32(c-'a') + 26
	case c >= '0' && c <= '9':
		return uint32(c-'0') + 52
	case c == '+':
		return 62
	}
	return 63
}

func utf7Direct(c rune) bool { return c > 0 && c < 128 && utf7Category[c] != 3 }

// EncodeUTF7 is the utf_7 encoder (it never fails).
func EncodeUTF7(src Value, errors string) ([]byte, error) {
	rs := strRunes(Unwrap(src).o.(*Str))
	out := make([]byte, 0, len(rs))
	inShift := false
	bits := 0
	var buf uint64
	emit := func(u uint32) {
		bits += 16
		buf = buf<<16 | uint64(u)
		for bits >= 6 {
			out = append(out, base64Chars[(buf>>uint(bits-6))&0x3F])
			bits -= 6
		}
	}
	for _, r := range rs {
		if inShift {
			if utf7Direct(r) {
				if bits > 0 {
					out = append(out, base64Chars[(buf<<uint(6-bits))&0x3F])
					buf, bits = 0, 0
				}
				inShift = false
				if isBase64(r) || r == '-' {
					out = append(out, '-')
				}
				out = append(out, byte(r))
				continue
			}
		} else {
			switch {
			case r == '+':
				out = append(out, '+', '-')
				continue
			case utf7Direct(r):
				out = append(out, byte(r))
				continue
			}
			out = append(out, '+')
			inShift = true
		}
		if r >= 0x10000 {
			emit(uint32(0xD800 + (r-0x10000)>>10))
			r = 0xDC00 + (r-0x10000)&0x3FF
		}
		emit(uint32(r))
	}
	if bits > 0 {
		out = append(out, base64Chars[(buf<<uint(6-bits))&0x3F])
	}
	if inShift {
		out = append(out, '-')
	}
	return out, nil
}

// DecodeUTF7 is the utf_7 decoder (PyUnicode_DecodeUTF7Stateful).
func DecodeUTF7(data []byte, errors string, final bool) (string, int, error) {
	out := make([]byte, 0, len(data))
	var e *decodeErrors
	inShift := false
	shiftOutStart, startinpos := 0, 0
	bits := 0
	var buf uint32
	var surrogate rune
	i := 0
	for {
		for i < len(data) {
			c := data[i]
			var reason string
			if inShift {
				if isBase64(rune(c)) {
					buf = buf<<6 | fromBase64(c)
					bits += 6
					i++
					if bits >= 16 {
						u := rune(buf >> uint(bits-16))
						bits -= 16
						buf &= 1<<uint(bits) - 1
						if surrogate != 0 {
							if u >= 0xDC00 && u <= 0xDFFF {
								out = appendRune(out, 0x10000+(surrogate-0xD800)<<10+(u-0xDC00))
								surrogate = 0
								continue
							}
							out = appendRune(out, surrogate)
							surrogate = 0
						}
						if u >= 0xD800 && u <= 0xDBFF {
							surrogate = u
						} else {
							out = appendRune(out, u)
						}
					}
					continue
				}
				inShift = false
				if bits > 0 {
					if bits >= 6 {
						i++
						reason = "partial character in shift sequence"
					} else if buf != 0 {
						i++
						reason = "non-zero padding bits in shift sequence"
					}
				}
				if reason == "" {
					if surrogate != 0 && c <= 127 && c != '+' {
						out = appendRune(out, surrogate)
					}
					surrogate = 0
					if c == '-' {
						i++
					}
					continue
				}
			} else if c == '+' {
				startinpos = i
				i++
				switch {
				case i < len(data) && data[i] == '-':
					i++
					out = append(out, '+')
					continue
				case i < len(data) && !isBase64(rune(data[i])):
					i++
					reason = "ill-formed sequence"
				default:
					inShift = true
					surrogate = 0
					shiftOutStart = len(out)
					bits, buf = 0, 0
					continue
				}
			} else if c <= 127 {
				out = append(out, c)
				i++
				continue
			} else {
				startinpos = i
				i++
				reason = "unexpected special character"
			}
			if e == nil {
				e = newDecodeErrors("utf7", errors, data)
			}
			var err error
			if out, data, i, err = e.handle(out, reason, startinpos, i); err != nil {
				return "", 0, err
			}
		}
		if inShift && final {
			inShift = false
			if surrogate != 0 || bits >= 6 || (bits > 0 && buf != 0) {
				if e == nil {
					e = newDecodeErrors("utf7", errors, data)
				}
				rs, pos, nd, err := e.call("unterminated shift sequence", startinpos, len(data))
				if err != nil {
					return "", 0, err
				}
				data = nd
				for _, r := range rs {
					out = appendRune(out, r)
				}
				i = pos
				if i < len(data) {
					continue
				}
			}
		}
		break
	}
	if !final && inShift {
		return string(out[:shiftOutStart]), startinpos, nil
	}
	return string(out), i, nil
}
