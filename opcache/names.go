package opcache

// Name slots serve the name operations that read or write one dict by name:
// LOAD_NAME and STORE_NAME on a dict namespace (module and class bodies),
// STORE_GLOBAL, and LOAD_CLASSDEREF's look into the class namespace. A slot
// remembers where its instruction last found its name: the entry index in
// the dict (or that the name was absent) and the dict's keys version then.
// While the dict's keys version is unchanged the answer stands: no key was
// added or removed and no entry moved, and since keys versions are drawn
// from the process-wide counter, no other dict has that version. A hit
// therefore reads or writes the entry directly, with no hash and no probe
// (the idea of CPython 3.11's LOAD_GLOBAL_MODULE, applied to the other name
// operations; CPython caches none of them). Name slots do not depend on the
// LOAD_GLOBAL strategy; the off strategy has none.

// Opcodes with a name slot (CPython 3.10's numbers).
const (
	storeName      = 90
	storeGlobal    = 97
	loadName       = 101
	loadClassDeref = 148
)

// NameSlot is the cache of one name operation.
type NameSlot struct {
	// Keys is the dict's KeysVersion when Index was found; NoVersion
	// until the first lookup.
	Keys uint64
	// Index is the name's entry index in the dict, or -1 when the dict
	// did not have it.
	Index int32
}

// Fill records what a lookup found in a dict whose keys version is now
// keys: entry index i, or i < 0 for a missing name.
func (s *NameSlot) Fill(keys uint64, i int) {
	s.Keys, s.Index = keys, int32(max(i, -1))
}

func hasNameSlot(op uint8) bool {
	switch op {
	case storeName, storeGlobal, loadName, loadClassDeref:
		return true
	}
	return false
}

// NameSlot returns the slot of the name operation at code unit pc, or nil
// when it has none (the off strategy, or beyond 65535 slots).
func (c *Cache) NameSlot(pc int) *NameSlot {
	if uint(pc) < uint(len(c.nameOf)) {
		if i := c.nameOf[pc]; i != 0 {
			return &c.names[i-1]
		}
	}
	return nil
}
