package object

import (
	"slices"
	"unicode/utf8"
	"unsafe"
)

// Python strs may hold lone surrogates (chr(0xd800), '\udcff'), which
// UTF-8 cannot encode. pyvar stores them as WTF-8: the 3-byte sequence a
// surrogate would have (ED A0..BF 80..BF), which Go's UTF-8 decoder
// rejects. These helpers read and write such strings one code point per
// surrogate, as CPython's str sees them.

// decodeRune decodes the code point at the start of s, surrogates
// included.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// appendRune appends r in WTF-8.
func appendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// runesToString encodes code points (surrogates included) as WTF-8.
// ASCII code points are copied as they are; the bytes become the string
// without a second copy.
func runesToString(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		if r < utf8.RuneSelf {
			b = append(b, byte(r))
			continue
		}
		b = appendRune(b, r)
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// decodeRunes splits s into code points, surrogates included.
func decodeRunes(s string) []rune {
	return appendRunes(make([]rune, 0, len(s)), s)
}

// appendRunes appends the code points of s to rs, surrogates included;
// ASCII bytes are taken as they are.
func appendRunes(rs []rune, s string) []rune {
	// s has at most len(s) code points: room for them first, then stores
	// without append's capacity test per code point.
	j := len(rs)
	rs = slices.Grow(rs, len(s))[:j+len(s)]
	for i := 0; i < len(s); j++ {
		if c := s[i]; c < utf8.RuneSelf {
			rs[j] = rune(c)
			i++
			continue
		}
		r, n := decodeRune(s[i:])
		rs[j] = r
		i += n
	}
	return rs[:j]
}

// runeCount counts code points, surrogates included: every byte that is
// not a UTF-8 continuation byte (10xxxxxx) starts one, a surrogate's
// three WTF-8 bytes included.
func runeCount(s string) int {
	i := asciiPrefix(s)
	n := i
	for ; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// hasSurrogate reports whether s holds a WTF-8 surrogate, and the code
// point index of the first one.
func hasSurrogate(s string) (int, rune, bool) {
	i := surrogateAt(s, 0)
	if i < 0 {
		return 0, 0, false
	}
	r, _ := decodeRune(s[i:])
	return runeCount(s[:i]), r, true
}

// NewStrFromRunes returns a str of the given code points, lone
// surrogates included.
func NewStrFromRunes(rs []rune) Value { return NewStr(runesToString(rs)) }

// RunesToString encodes code points, surrogates included, as a str's
// text (WTF-8).
func RunesToString(rs []rune) string { return runesToString(rs) }

// DecodeRunes splits a str's text into its code points, surrogates
// included (Go's []rune conversion would turn them into U+FFFD).
func DecodeRunes(s string) []rune { return decodeRunes(s) }

// AppendRunes appends the code points of s (surrogates included) to rs.
func AppendRunes(rs []rune, s string) []rune { return appendRunes(rs, s) }
