package object

import (
	"strings"
	"unsafe"
)

// Scans of str text eight bytes at a time. CPython knows a str's widest
// character from its creation; pyvar finds out on first use (Str.kind), so
// the scan that answers "is it ASCII?" runs once per new str and is worth
// doing a word at a time.

const hiBits = 0x8080808080808080

// load64 reads eight bytes of s from i (i+8 <= len(s)), in machine order.
func load64(s string, i int) uint64 {
	return *(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i))
}

// asciiPrefix returns the length of the longest prefix of s that is ASCII.
func asciiPrefix(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load64(s, i)&hiBits != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return i
		}
	}
	return i
}

// isASCIIString reports whether every byte of s is below 0x80.
func isASCIIString(s string) bool { return asciiPrefix(s) == len(s) }

// surrogateAt finds the first WTF-8 surrogate (ED A0..BF 80..BF) in s at
// or after byte offset from; -1 when there is none. Only the byte ED can
// start one, so this is a byte search.
func surrogateAt(s string, from int) int {
	for from < len(s) {
		j := strings.IndexByte(s[from:], 0xED)
		if j < 0 {
			return -1
		}
		i := from + j
		if i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2] >= 0x80 && s[i+2] <= 0xBF {
			return i
		}
		from = i + 1
	}
	return -1
}
