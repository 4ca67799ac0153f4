package opcache

import (
	"runtime"
	"testing"
)

// TestRegistryDoesNotRetain checks that the runtime's registry lets caches
// of dead code objects go, so exec in a loop does not grow it without end.
func TestRegistryDoesNotRetain(t *testing.T) {
	rt := NewRuntime(PEP509, 0)
	units := []uint16{LoadGlobal, 1, 83}
	var keep *Cache
	for i := range 5000 {
		var slot *Cache
		Enter(rt, &slot, units)
		if i == 0 {
			keep = slot
		}
		if i%500 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	if n := len(rt.caches); n > 2000 {
		t.Fatalf("registry holds %d caches for 1 live code object", n)
	}
	var slot *Cache
	Enter(rt, &slot, units)
	if st := rt.Stats(); st.CodeObjects < 2 || st.CodeObjects > 2000 {
		t.Fatalf("stats count %d code objects", st.CodeObjects)
	}
	runtime.KeepAlive(keep)
	runtime.KeepAlive(slot)
}
