package object

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// CPython 3.10 hashes str and bytes with SipHash-2-4 over the object's
// internal buffer: one byte per character when every code point is below
// 256, two (little-endian) below 65536, four otherwise. pyvar uses the key
// CPython uses under PYTHONHASHSEED=0 (all zeros), so hash() of strings and
// the iteration order of sets of strings are those of CPython run that way
// (the differential tests run it so).

// hashKey0 and hashKey1 are the SipHash key (_Py_HashSecret.siphash).
var hashKey0, hashKey1 uint64

func sipHash24(k0, k1 uint64, src []byte) uint64 {
	v0 := k0 ^ 0x736f6d6570736575
	v1 := k1 ^ 0x646f72616e646f6d
	v2 := k0 ^ 0x6c7967656e657261
	v3 := k1 ^ 0x7465646279746573
	round := func() {
		v0 += v1
		v1 = bits.RotateLeft64(v1, 13)
		v1 ^= v0
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v3
		v3 = bits.RotateLeft64(v3, 16)
		v3 ^= v2
		v0 += v3
		v3 = bits.RotateLeft64(v3, 21)
		v3 ^= v0
		v2 += v1
		v1 = bits.RotateLeft64(v1, 17)
		v1 ^= v2
		v2 = bits.RotateLeft64(v2, 32)
	}
	b := uint64(len(src)) << 56
	for len(src) >= 8 {
		m := binary.LittleEndian.Uint64(src)
		v3 ^= m
		round()
		round()
		v0 ^= m
		src = src[8:]
	}
	var t uint64
	for i := len(src) - 1; i >= 0; i-- {
		t = t<<8 | uint64(src[i])
	}
	t |= b
	v3 ^= t
	round()
	round()
	v0 ^= t
	v2 ^= 0xff
	round()
	round()
	round()
	round()
	return v0 ^ v1 ^ v2 ^ v3
}

// hashBytes is _Py_HashBytes: 0 for empty input, -1 mapped to -2.
func hashBytes(b []byte) uint64 {
	if len(b) == 0 {
		return 0
	}
	h := sipHash24(hashKey0, hashKey1, b)
	if int64(h) == -1 {
		h = uint64(1<<64 - 2)
	}
	return h
}

// hashString hashes s in CPython's internal layout (see the file comment).
func hashString(s string, ascii bool) uint64 {
	if ascii || len(s) == 0 {
		return hashBytes([]byte(s))
	}
	rs := decodeRunes(s)
	maxr := rune(0)
	n := len(rs)
	for _, r := range rs {
		if r > maxr {
			maxr = r
		}
	}
	var buf []byte
	switch {
	case maxr < 0x100:
		buf = make([]byte, 0, n)
		for _, r := range rs {
			buf = append(buf, byte(r))
		}
	case maxr < 0x10000:
		buf = make([]byte, 0, 2*n)
		for _, r := range rs {
			buf = append(buf, byte(r), byte(r>>8))
		}
	default:
		buf = make([]byte, 0, 4*n)
		for _, r := range rs {
			if r == utf8.RuneError {
				r = 0xfffd
			}
			buf = append(buf, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
		}
	}
	return hashBytes(buf)
}
