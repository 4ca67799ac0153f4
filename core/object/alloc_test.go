package object

import "testing"

func TestCheckAlloc(t *testing.T) {
	mem := physicalMemory()
	tests := []struct {
		count, size int
		wantErr     bool
	}{
		{0, 32, false},
		{1000, 32, false},
		{int(mem / 64), 32, false},
		{int(mem/32) + 1, 32, true},
		{int(mem) + 1, 1, true},
		{1 << 62, 32, true},
		{-1, 32, false}, // negative counts are the caller's ValueError
	}
	for _, tt := range tests {
		err := checkAlloc(tt.count, tt.size)
		if (err != nil) != tt.wantErr {
			t.Errorf("checkAlloc(%d, %d) = %v, want error %v", tt.count, tt.size, err, tt.wantErr)
		}
		if err != nil && !ExceptionMatches(err, MemoryError) {
			t.Errorf("checkAlloc(%d, %d) = %v, want MemoryError", tt.count, tt.size, err)
		}
	}
}
