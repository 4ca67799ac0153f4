package crmath

import (
	"math"
	"testing"
)

// The table entries must be glibc's __sincostab: spot checks of entry 1.
func TestSinCosTable(t *testing.T) {
	want := [4]uint64{0x3F7FFFEAAAAEEEEF, 0xBC1E45E2EC67B77C, 0x3FEFFFC000155552, 0x3C8F4A01A0196DAE}
	for i, w := range want {
		if got := math.Float64bits(scTab[1][i]); got != w {
			t.Errorf("entry 1[%d] = %#x, want %#x", i, got, w)
		}
	}
}
