package object

import (
	"strings"
	"testing"
)

// The word-at-a-time scans agree with byte-at-a-time ones on every
// length and position around the 8-byte steps.
func TestASCIIScans(t *testing.T) {
	for n := 0; n < 24; n++ {
		for pos := -1; pos < n; pos++ {
			for _, ch := range []string{"\u00e9", "\u20ac", "\U0001f600", "\xed\xb2\x80", "\xed\x9f\xbf"} {
				s := strings.Repeat("a", n)
				if pos >= 0 {
					s = s[:pos] + ch + s[pos+1:]
				}
				wantPrefix := 0
				for wantPrefix < len(s) && s[wantPrefix] < 0x80 {
					wantPrefix++
				}
				if got := asciiPrefix(s); got != wantPrefix {
					t.Fatalf("asciiPrefix(%q) = %d, want %d", s, got, wantPrefix)
				}
				if got, want := runeCount(s), len(decodeRunes(s)); got != want {
					t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
				}
				wantIdx, wantOK := -1, false
				for i, r := range decodeRunes(s) {
					if r >= 0xD800 && r <= 0xDFFF {
						wantIdx, wantOK = i, true
						break
					}
				}
				idx, _, ok := hasSurrogate(s)
				if ok != wantOK || (ok && idx != wantIdx) {
					t.Fatalf("hasSurrogate(%q) = %d %v, want %d %v", s, idx, ok, wantIdx, wantOK)
				}
			}
		}
	}
}
