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

// TestHashDeepTuple: hashing a tuple nested far past the recursion limit is
// a RecursionError, not a Go stack overflow (CPython crashes on it), and
// nesting within the limit hashes as before.
func TestHashDeepTuple(t *testing.T) {
	deep := NewTuple()
	for range 200000 {
		deep = NewTuple(FromObject(deep))
	}
	if _, err := FromObject(deep).Hash(); err == nil || !ExceptionMatches(err, RecursionError) {
		t.Fatalf("hash of a tuple nested 200000 deep: %v, want RecursionError", err)
	}
	if RecursionDepth != 0 {
		t.Fatalf("RecursionDepth %d after the error, want 0", RecursionDepth)
	}
	a, b := NewTuple(), NewTuple()
	for range 500 {
		a, b = NewTuple(FromObject(a), Int(1)), NewTuple(FromObject(b), Int(1))
	}
	ha, errA := FromObject(a).Hash()
	hb, errB := FromObject(b).Hash()
	if errA != nil || errB != nil || ha != hb {
		t.Fatalf("equal tuples nested 500 deep: %x %v, %x %v", ha, errA, hb, errB)
	}
}
