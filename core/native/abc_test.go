package native

import (
	"testing"

	"github.com/pyvar/pyvar/core/object"
)

// TestWeakTypeSetPrunesAmortised: the ABC caches drop dead classes only
// when they have doubled since the last time, so filling one with many
// live classes (isinstance against Mapping for each of thousands of
// classes) costs linear time, not a scan of the set on every insertion.
func TestWeakTypeSetPrunesAmortised(t *testing.T) {
	var s weakTypeSet
	var keep []*object.Type
	prunes, last := 0, 0
	for i := range 5000 {
		typ := object.NewBaseType("C", nil)
		keep = append(keep, typ)
		s.add(object.FromObject(typ))
		if s.pruneAt != last {
			prunes, last = prunes+1, s.pruneAt
		}
		if !s.has(object.FromObject(typ)) {
			t.Fatalf("class %d not found after add", i)
		}
	}
	if len(s.order) != len(keep) || len(s.live()) != len(keep) {
		t.Fatalf("%d entries, %d live, want %d", len(s.order), len(s.live()), len(keep))
	}
	if prunes > 10 {
		t.Fatalf("%d prunes for 5000 additions, want a doubling schedule (about 7)", prunes)
	}
}
