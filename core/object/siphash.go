package object

import (
	"crypto/rand"
	"encoding/binary"
	"math/bits"
	"os"
	"strconv"
	"unicode/utf8"
)

// CPython 3.10 hashes str and bytes with SipHash-2-4 over the object's
// internal buffer: one byte per character when every code point is below
// 256, two (little-endian) below 65536, four otherwise. pyvar uses the key
// CPython uses under PYTHONHASHSEED=0 (all zeros) unless PYTHONHASHSEED
// names another (see envHashKey), so hash() of strings and
// the iteration order of sets of strings are those of CPython run that way
// (the differential tests run it so).

// hashKey0 and hashKey1 are the SipHash key (_Py_HashSecret.siphash).
var hashKey0, hashKey1 = envHashKey()

// sipHash24 reads src in place, string or bytes alike (a str's text is not
// copied to a []byte first: that copy allocated for texts over 32 bytes).
func sipHash24[T string | []byte](k0, k1 uint64, src T) uint64 {
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
		m := uint64(src[0]) | uint64(src[1])<<8 | uint64(src[2])<<16 | uint64(src[3])<<24 |
			uint64(src[4])<<32 | uint64(src[5])<<40 | uint64(src[6])<<48 | uint64(src[7])<<56
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
func hashBytes[T string | []byte](b T) uint64 {
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
		return hashBytes(s)
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

// envHashKey is the key PYTHONHASHSEED asks for, read once as the process
// starts (strings hashed during package initialisation must agree with
// every later hash): a number in [0, 4294967295] is CPython's seed
// (Python/bootstrap_hash.c's lcg_urandom over the secret's bytes, 0 being
// the all-zero key), so hash() of str and bytes and the order of sets of
// them are CPython's under the same seed; "random" is a random key; unset
// or invalid, pyvar keeps seed 0, so that runs repeat.
func envHashKey() (k0, k1 uint64) {
	v := os.Getenv("PYTHONHASHSEED")
	var key [16]byte
	if v == "random" {
		rand.Read(key[:])
	} else if seed, err := strconv.ParseUint(v, 10, 32); err == nil && seed != 0 {
		x := uint32(seed)
		for i := range key {
			x = x*214013 + 2531011
			key[i] = byte(x >> 16)
		}
	}
	return binary.LittleEndian.Uint64(key[:8]), binary.LittleEndian.Uint64(key[8:])
}

// KeyedHash is CPython's _Py_KeyedHash: SipHash-2-4 of b under the key
// (key, 0), which _imp.source_hash puts in hash-based .pyc files.
func KeyedHash(key uint64, b []byte) uint64 { return sipHash24(key, 0, b) }
