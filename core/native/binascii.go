package native

import (
	"encoding/base64"
	"hash/crc32"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// binascii: the conversions between binary data and ASCII encodings that
// base64, quopri and uu use, as CPython 3.10's (the hqx functions, already
// deprecated in 3.10 and gone in 3.11, are not provided).

func init() { register("binascii", newBinasciiModule) }

// asciiData is the ascii_buffer converter of the a2b functions: a
// bytes-like object, or a str of ASCII characters only.
func asciiData(v object.Value) ([]byte, error) {
	if s, ok := object.Unwrap(v).Object().(*object.Str); ok {
		for i := 0; i < len(s.S); i++ {
			if s.S[i] >= 0x80 {
				return nil, object.Errorf(object.ValueError, "string argument should contain only ASCII characters")
			}
		}
		return []byte(s.S), nil
	}
	b, err := object.AsBytes(v)
	if err != nil && object.ExceptionMatches(err, object.TypeError) {
		return nil, object.Errorf(object.TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", object.TypeOf(v).Name)
	}
	return b, err
}

func binData(v object.Value) ([]byte, error) {
	if _, ok := object.Unwrap(v).Object().(*object.Str); ok {
		return nil, object.Errorf(object.TypeError, "a bytes-like object is required, not 'str'")
	}
	return object.AsBytes(v)
}

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var b64Decode = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for i := 0; i < 64; i++ {
		t[b64Alphabet[i]] = byte(i)
	}
	return
}()

func newBinasciiModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("binascii", "Conversion between binary data and ASCII")
	errT := newException("binascii", "Error", object.ValueError)
	incT := newException("binascii", "Incomplete", object.Exception)
	setAttr(m, "Error", object.FromObject(errT))
	setAttr(m, "Incomplete", object.FromObject(incT))
	bytesV := func(b []byte) (object.Value, error) { return object.NewBytes(b), nil }

	defFunc(m, "a2b_base64", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("a2b_base64", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		data, err := asciiData(args[0])
		if err != nil {
			return object.Null, err
		}
		out := make([]byte, 0, len(data)/4*3+3)
		quad, pads := 0, 0
		var left byte
		done := false
	loop:
		for _, c := range data {
			if c == '=' {
				if quad >= 2 {
					pads++
					if quad+pads >= 4 {
						done = true // a complete pad: no more input
						break loop
					}
				}
				continue
			}
			v := b64Decode[c]
			if v == 0xff {
				continue
			}
			pads = 0
			switch quad {
			case 0:
				quad, left = 1, v
			case 1:
				quad = 2
				out = append(out, left<<2|v>>4)
				left = v & 0x0f
			case 2:
				quad = 3
				out = append(out, left<<4|v>>2)
				left = v & 0x03
			case 3:
				quad = 0
				out = append(out, left<<6|v)
				left = 0
			}
		}
		if quad != 0 && !done {
			if quad == 1 {
				return object.Null, object.Errorf(errT, "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(out)/3*4+1)
			}
			return object.Null, object.Errorf(errT, "Incorrect padding")
		}
		return bytesV(out)
	})
	defFunc(m, "b2a_base64", func(args []object.Value, kw []string) (object.Value, error) {
		if err := clinicPositional("b2a_base64", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		var a [2]object.Value
		if err := object.ParseArgs("b2a_base64", args, kw, []string{"data", "$newline"}, 1, 1, a[:]); err != nil {
			return object.Null, err
		}
		data, err := binData(a[0])
		if err != nil {
			return object.Null, err
		}
		newline := true
		if !a[1].IsNull() {
			if newline, err = object.Truth(a[1]); err != nil {
				return object.Null, err
			}
		}
		out := []byte(base64.StdEncoding.EncodeToString(data))
		if newline {
			out = append(out, '\n')
		}
		return bytesV(out)
	})
	defFunc(m, "a2b_uu", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("a2b_uu", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		data, err := asciiData(args[0])
		if err != nil {
			return object.Null, err
		}
		// The first character is the length; an empty line reads as NUL.
		first := byte(0)
		if len(data) > 0 {
			first = data[0]
			data = data[1:]
		}
		n := int((first - ' ') & 0o77)
		out := make([]byte, 0, n)
		var left uint32
		bits := 0
		i := 0
		for ; len(out) < n; i++ {
			var c byte
			if i < len(data) {
				c = data[i]
			}
			if i >= len(data) || c == '\n' || c == '\r' {
				c = 0
			} else {
				if c < ' ' || c > ' '+64 {
					return object.Null, object.Errorf(errT, "Illegal char")
				}
				c = (c - ' ') & 0o77
			}
			left = left<<6 | uint32(c)
			bits += 6
			if bits >= 8 {
				bits -= 8
				out = append(out, byte(left>>bits))
				left &= 1<<bits - 1
			}
		}
		for ; i < len(data); i++ {
			c := data[i]
			if c != ' ' && c != ' '+64 && c != '\n' && c != '\r' {
				return object.Null, object.Errorf(errT, "Trailing garbage")
			}
		}
		return bytesV(out)
	})
	defFunc(m, "b2a_uu", func(args []object.Value, kw []string) (object.Value, error) {
		if err := clinicPositional("b2a_uu", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		var a [2]object.Value
		if err := object.ParseArgs("b2a_uu", args, kw, []string{"data", "$backtick"}, 1, 1, a[:]); err != nil {
			return object.Null, err
		}
		data, err := binData(a[0])
		if err != nil {
			return object.Null, err
		}
		backtick := false
		if !a[1].IsNull() {
			if backtick, err = object.Truth(a[1]); err != nil {
				return object.Null, err
			}
		}
		if len(data) > 45 {
			return object.Null, object.Errorf(errT, "At most 45 bytes at once")
		}
		enc := func(v byte) byte {
			if backtick && v == 0 {
				return '`'
			}
			return ' ' + v
		}
		out := []byte{enc(byte(len(data)))}
		var left uint32
		bits := 0
		for i := 0; i < len(data) || bits != 0; i++ {
			left <<= 8
			if i < len(data) {
				left |= uint32(data[i])
			}
			bits += 8
			for bits >= 6 {
				out = append(out, enc(byte(left>>(bits-6))&0x3f))
				bits -= 6
			}
		}
		return bytesV(append(out, '\n'))
	})
	hexlify := func(name string) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			var a [3]object.Value
			if err := object.ParseArgs(name, args, kw, []string{"data", "sep", "bytes_per_sep"}, 3, 1, a[:]); err != nil {
				return object.Null, err
			}
			data, err := binData(a[0])
			if err != nil {
				return object.Null, err
			}
			var rest []object.Value
			var restKw []string
			if !a[1].IsNull() {
				rest = append(rest, a[1])
				if !a[2].IsNull() {
					rest = append(rest, a[2])
				}
			} else if !a[2].IsNull() {
				rest, restKw = append(rest, a[2]), []string{"bytes_per_sep"}
			}
			sep, per, err := object.HexArgs(name, rest, restKw)
			if err != nil {
				return object.Null, err
			}
			return bytesV([]byte(object.HexString(data, sep, per)))
		})
	}
	hexlify("b2a_hex")
	hexlify("hexlify")
	unhex := func(name string) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			var a [1]object.Value
			if err := object.ParseArgs(name, args, kw, []string{"hexstr"}, 1, 1, a[:]); err != nil {
				return object.Null, err
			}
			data, err := asciiData(a[0])
			if err != nil {
				return object.Null, err
			}
			if len(data)%2 != 0 {
				return object.Null, object.Errorf(errT, "Odd-length string")
			}
			out := make([]byte, len(data)/2)
			for i := range out {
				hi, lo := hexVal(data[2*i]), hexVal(data[2*i+1])
				if hi < 0 || lo < 0 {
					return object.Null, object.Errorf(errT, "Non-hexadecimal digit found")
				}
				out[i] = byte(hi<<4 | lo)
			}
			return bytesV(out)
		})
	}
	unhex("a2b_hex")
	unhex("unhexlify")
	defFunc(m, "crc32", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("crc32", args, kw, 1, 2); err != nil {
			return object.Null, err
		}
		data, err := binData(args[0])
		if err != nil {
			return object.Null, err
		}
		var crc uint32
		if len(args) == 2 {
			if crc, err = uint32Mask(args[1]); err != nil {
				return object.Null, err
			}
		}
		return object.Int(int64(crc32.Update(crc, crc32.IEEETable, data))), nil
	})
	defFunc(m, "crc_hqx", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("crc_hqx", args, kw, 2, 2); err != nil {
			return object.Null, err
		}
		data, err := binData(args[0])
		if err != nil {
			return object.Null, err
		}
		crc, err := uint32Mask(args[1])
		if err != nil {
			return object.Null, err
		}
		c := uint16(crc)
		for _, b := range data {
			c ^= uint16(b) << 8
			for k := 0; k < 8; k++ {
				if c&0x8000 != 0 {
					c = c<<1 ^ 0x1021
				} else {
					c <<= 1
				}
			}
		}
		return object.Int(int64(c)), nil
	})
	defFunc(m, "a2b_qp", func(args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs("a2b_qp", args, kw, []string{"data", "header"}, 2, 1, a[:]); err != nil {
			return object.Null, err
		}
		data, err := asciiData(a[0])
		if err != nil {
			return object.Null, err
		}
		header := false
		if !a[1].IsNull() {
			if header, err = object.Truth(a[1]); err != nil {
				return object.Null, err
			}
		}
		return bytesV(qpDecode(data, header))
	})
	defFunc(m, "b2a_qp", func(args []object.Value, kw []string) (object.Value, error) {
		var a [4]object.Value
		if err := object.ParseArgs("b2a_qp", args, kw, []string{"data", "quotetabs", "istext", "header"}, 4, 1, a[:]); err != nil {
			return object.Null, err
		}
		data, err := binData(a[0])
		if err != nil {
			return object.Null, err
		}
		flags := [3]bool{false, true, false}
		for i := range flags {
			if !a[i+1].IsNull() {
				if flags[i], err = object.Truth(a[i+1]); err != nil {
					return object.Null, err
				}
			}
		}
		return bytesV(qpEncode(data, flags[0], flags[1], flags[2]))
	})
	return m, nil
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// uint32Mask reads an int argument keeping its low 32 bits, as the
// "unsigned int bitwise" converter does.
func uint32Mask(v object.Value) (uint32, error) {
	b, err := indexArg(v)
	if err != nil {
		return 0, err
	}
	// The low 32 bits, in two's complement for negative values.
	var w uint32
	if words := b.Bits(); len(words) > 0 {
		w = uint32(words[0])
	}
	if b.Sign() < 0 {
		w = -w
	}
	return w, nil
}

func qpDecode(data []byte, header bool) []byte {
	out := make([]byte, 0, len(data))
	isHex := func(c byte) bool { return hexVal(c) >= 0 }
	for in := 0; in < len(data); {
		c := data[in]
		switch {
		case c == '=':
			in++
			if in >= len(data) {
				return out
			}
			switch d := data[in]; {
			case d == '\n' || d == '\r':
				if d != '\n' {
					for in < len(data) && data[in] != '\n' {
						in++
					}
				}
				if in < len(data) {
					in++
				}
			case d == '=':
				out = append(out, '=')
				in++
			case in+1 < len(data) && isHex(d) && isHex(data[in+1]):
				out = append(out, byte(hexVal(d)<<4|hexVal(data[in+1])))
				in += 2
			default:
				out = append(out, '=')
			}
		case header && c == '_':
			out = append(out, ' ')
			in++
		default:
			out = append(out, c)
			in++
		}
	}
	return out
}

func qpEncode(data []byte, quotetabs, istext, header bool) []byte {
	const maxLine = 76
	const digits = "0123456789ABCDEF"
	crlf := false
	for i, c := range data {
		if c == '\n' {
			crlf = i > 0 && data[i-1] == '\r'
			break
		}
	}
	var out []byte
	softBreak := func() {
		out = append(out, '=')
		if crlf {
			out = append(out, '\r')
		}
		out = append(out, '\n')
	}
	linelen := 0
	for in := 0; in < len(data); {
		c := data[in]
		last := in+1 == len(data)
		if c > 126 || c == '=' || (header && c == '_') ||
			(c == '.' && linelen == 0 && (last || data[in+1] == '\n' || data[in+1] == '\r' || data[in+1] == 0)) ||
			(!istext && (c == '\r' || c == '\n')) ||
			((c == '\t' || c == ' ') && last) ||
			(c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' '))) {
			if linelen+3 >= maxLine {
				softBreak()
				linelen = 0
			}
			out = append(out, '=', digits[c>>4], digits[c&15])
			in++
			linelen += 3
			continue
		}
		if istext && (c == '\n' || (!last && c == '\r' && data[in+1] == '\n')) {
			linelen = 0
			if n := len(out); n > 0 && (out[n-1] == ' ' || out[n-1] == '\t') {
				ch := out[n-1]
				out[n-1] = '='
				out = append(out, digits[ch>>4], digits[ch&15])
			}
			if crlf {
				out = append(out, '\r')
			}
			out = append(out, '\n')
			if c == '\r' {
				in += 2
			} else {
				in++
			}
			continue
		}
		if !last && data[in+1] != '\n' && linelen+1 >= maxLine {
			softBreak()
			linelen = 0
		}
		linelen++
		if header && c == ' ' {
			out = append(out, '_')
		} else {
			out = append(out, c)
		}
		in++
	}
	return out
}
