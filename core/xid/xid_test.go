package xid

import (
	"os/exec"
	"path/filepath"
	"testing"
)

func TestIdentifiers(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"", false},
		{"_", true},
		{"a1", true},
		{"1a", false},
		{"Ⅻ", true},   // Nl, a letter number
		{"℘x", true},  // Other_ID_Start
		{"℮", true},   // Other_ID_Start
		{"x·", true},  // Other_ID_Continue
		{"·x", false}, // not a start
		{"ͺ", false},  // U+037A: NFKC gives a space and a mark
		{"x\u037a", false},
		{"ﬁ", true}, // NFKC "fi"
		{"a⁀b", true},
		{"a-b", false},
		{"ｘ", true}, // fullwidth
		{"\u2e2f", false},
		{"x\u200d", false},
	} {
		if got := IsIdentifier(tc.s); got != tc.want {
			t.Errorf("IsIdentifier(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestAgainstCPython asks CPython 3.10 about every code point it knows
// (Unicode 13; Go's tables are newer, so later additions are skipped).
func TestAgainstCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: asks CPython about every code point")
	}
	py, _ := filepath.Glob("/root/.pyenv/versions/3.10.*/bin/python3.10")
	if len(py) == 0 {
		if p, err := exec.LookPath("python3.10"); err == nil {
			py = []string{p}
		}
	}
	if len(py) == 0 {
		t.Skip("CPython 3.10 is not installed (pyenv or PATH): nothing to compare with")
	}
	// One byte per code point: 'n' unassigned, else '0' + start + 2*continue.
	out, err := exec.Command(py[0], "-c", `
import sys, unicodedata
b = bytearray()
for c in range(0x110000):
    ch = chr(c)
    if unicodedata.category(ch) == 'Cn' or 0xD800 <= c < 0xE000:
        b.append(ord('n'))
    else:
        b.append(48 + (ch.isidentifier() and ch != '_') + 2 * ('a' + ch).isidentifier())
sys.stdout.buffer.write(b)`).Output()
	if err != nil || len(out) != 0x110000 {
		t.Fatalf("CPython: %v (%d bytes)", err, len(out))
	}
	bad := 0
	for c, b := range out {
		if b == 'n' {
			continue
		}
		want := b - '0'
		got := byte(0)
		if IsStart(rune(c)) {
			got |= 1
		}
		if IsContinue(rune(c)) {
			got |= 2
		}
		if got != want {
			if bad++; bad <= 20 {
				t.Errorf("%U: start/continue %02b, CPython %02b", c, got, want)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d code points differ", bad)
	}
}
