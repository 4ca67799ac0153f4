// Package dict is pyvar's versioned dictionary: the table behind globals,
// builtins, class namespaces, instance __dict__s and Python's dict type.
//
// Layout follows CPython's compact dict: entries live in insertion order in a
// slice, and a hash index (a github.com/dolthub/swiss map from the Python
// hash to the first entry with that hash, further entries with the same hash
// chained through entry.next) finds them. Dicts of at most eight entries
// have no index and are scanned by hash, which is faster than a probe and
// spares three allocations per small dict. Deleting leaves a tombstone in
// the slice (trailing tombstones are trimmed, as CPython's popitem does);
// the slice is compacted when tombstones outnumber live entries. Keys are
// compared by identity (==) before Key.Equal, as CPython compares pointers
// first, and a small memo per dict (last entry found per low hash bits,
// checked exactly, so never stale) lets a repeated lookup of an interned
// name skip the index: LOAD_NAME and STORE_NAME cost a hash read, one entry
// comparison and, for a store of a new value, one version increment.
//
// Versions follow PEP 509 (CPython's ma_version_tag): one process-wide 64-bit
// counter (handed out in blocks of 1024, so that the common version change
// is a plain increment, not an atomic one: see globalBlock); a dict takes a
// value never used before when created and on every real change (a new key, a value replaced by a non-identical one, a delete, a
// clear of a non-empty dict), and never on a read or a no-op (setting the
// identical value, clearing an empty dict, deleting a missing key, a
// compaction, which moves entries but not contents). Equal versions
// therefore mean "same dict, unchanged", which is what the LOAD_GLOBAL cache
// relies on. KeysVersion is the weaker guarantee CPython 3.11's
// LOAD_GLOBAL_MODULE uses (dk_version): it is drawn from the same counter and
// moves only when the set of keys or their entry indexes change (insert,
// delete, clear, compaction), so rebinding an existing key keeps cached
// entry indexes valid.
//
// The dict does not know Python's object model: keys supply their own hash
// and equality through Key, which may fail (an unhashable key, an __eq__
// that raises) or run code that mutates the dict, in which case the lookup
// restarts, as CPython's does.
package dict

import (
	"errors"
	"iter"
	"sync/atomic"

	"github.com/dolthub/swiss"
)

// Key is what the dict needs of its keys: Python's hash() and ==. Keys are
// also Go-comparable: k1 == k2 means identity (Python's `is`), which the
// dict tries before Equal, as CPython tries pointer equality first.
type Key[K any] interface {
	comparable
	Hash() (uint64, error)
	Equal(other K) (bool, error)
}

// globalBlock is PEP 509's process-wide counter (pydict_global_version),
// counted in blocks of versionBlock values: a dict reserves a block with one
// atomic add when it is created (or has used up its block) and takes its
// next versions from it with a plain increment. Every version is still
// drawn once in the whole process, which is all the caches need, but a
// STORE_NAME no longer pays an atomic read-modify-write (5 to 10 ns, more
// than the rest of the store). Block 0 is never handed out, so the zero
// Dict's version 0 is never anybody else's.
var globalBlock atomic.Uint64

const versionBlock = 1 << 10

// nextVersion returns a version this dict has not used and no other dict
// ever will: the one after its latest (version or keys version), or the
// start of a fresh block.
func (d *Dict[K, V]) nextVersion() uint64 {
	v := max(d.tags[VersionTag], d.tags[KeysVersionTag]) + 1
	if v%versionBlock == 0 || v < versionBlock {
		v = globalBlock.Add(1) * versionBlock
	}
	return v
}

// NoVersion is a version no dict ever has (the counter would need 2**64
// changes to reach it); caches use it to mark an entry never filled.
const NoVersion = ^uint64(0)

const (
	memoSize    = 8
	noEntry     = -1
	minCapacity = 4 // entries allocated by the first insert (4 * 80 bytes)
	// smallMax is the entry count up to which a dict has no swiss index
	// and is scanned: most instance and keyword dicts are that small, and
	// comparing eight hashes is cheaper than a probe and three allocations.
	smallMax = 8
	// compactMin is the entry count below which tombstones are never
	// compacted away: small dicts are cheaper to scan than to rebuild.
	compactMin = 16
)

type entry[K any, V any] struct {
	key   K
	value V
	hash  uint64
	next  int32 // next entry with the same hash, or noEntry
	live  bool
}

// Dict is an insertion-ordered hash map with PEP 509 versions. V must be
// comparable with == meaning identity (pyvar's object.Value is). Use New:
// the zero Dict is an empty dict with version 0 (shared by all zero dicts,
// which is harmless as they are all empty) that works as any other.
type Dict[K Key[K], V comparable] struct {
	// memo remembers, per low bits of the hash, the entry index+1 of the
	// last key found or inserted there. A memo slot is only a hint: find
	// trusts it when that entry is live with the same hash and an identical
	// key, which is exact, so deletes and compactions never need to reset
	// it. It spares the swiss probe on repeated lookups of interned names
	// (LOAD_NAME, STORE_NAME, attribute dicts).
	memo  [memoSize]int32
	index *swiss.Map[uint64, int32] // nil while len(entries) <= smallMax
	// missHash, missHead and missKeys remember the chain head the last
	// failed index probe saw, and the keys version it saw it under: the
	// insert that usually follows a miss then needs no second probe. The
	// head of a hash's chain changes only with the keys version, so the
	// hint is exact while missKeys == keysVersion.
	missHash uint64
	missHead int32
	missKeys uint64
	// hashBits has bit h%64 set for the hash h of every entry appended
	// since the dict was last emptied (init): a small dict's scan (no
	// index) answers "absent" at once for a hash whose bit is clear,
	// where it compared all its entries' hashes. Deletes and compactions
	// leave bits set, which only costs a scan.
	hashBits uint64
	entries  []entry[K, V]
	used     int // live entries
	// tags holds Version (tags[0]) and KeysVersion (tags[1]) in an array
	// so that a cache can read either with one indexed load (Tag).
	tags [2]uint64
	// keysWatch, when set, is incremented whenever KeysVersion changes
	// (see WatchKeys).
	keysWatch *atomic.Uint64
}

// WatchKeys makes every later change of d's KeysVersion also increment w:
// caches that depend on many dicts' keys (a class's MRO) check one counter
// first and sum the versions only when it moved.
func (d *Dict[K, V]) WatchKeys(w *atomic.Uint64) { d.keysWatch = w }

// keysChanged tells the watcher, if any, that KeysVersion moved.
func (d *Dict[K, V]) keysChanged() {
	if d.keysWatch != nil {
		d.keysWatch.Add(1)
	}
}

// New returns an empty dict with room for about hint entries.
func New[K Key[K], V comparable](hint int) *Dict[K, V] {
	d := &Dict[K, V]{}
	d.init(hint)
	return d
}

func (d *Dict[K, V]) init(hint int) {
	d.index = nil
	d.entries = nil
	d.hashBits = 0
	if hint > smallMax {
		d.index = swiss.NewMap[uint64, int32](uint32(hint))
		d.entries = make([]entry[K, V], 0, hint)
	}
	d.used = 0
	// A new dict or a cleared one starts a fresh block: its new version
	// must differ from every version it had before, and a block start
	// guarantees it without looking.
	v := globalBlock.Add(1) * versionBlock
	d.tags[VersionTag] = v
	d.tags[KeysVersionTag] = v
	d.keysChanged()
}

// Len returns the number of keys.
func (d *Dict[K, V]) Len() int { return d.used }

// Version returns the PEP 509 version tag (ma_version_tag).
func (d *Dict[K, V]) Version() uint64 { return d.tags[VersionTag] }

// Tag returns Version for which == VersionTag and KeysVersion for which ==
// KeysVersionTag, without a branch: the LOAD_GLOBAL cache serves both of its
// strategies with one inlined check.
func (d *Dict[K, V]) Tag(which uint) uint64 { return d.tags[which&1] }

// Which tag Tag returns.
const (
	VersionTag     = 0
	KeysVersionTag = 1
)

// KeysVersion returns a tag that changes only when keys are added or
// removed or entry indexes move (CPython 3.11's dk_version idea). While it
// is unchanged, an index from Lookup still names the same key.
func (d *Dict[K, V]) KeysVersion() uint64 { return d.tags[KeysVersionTag] }

// find returns the entry index of k, whose hash is h, or noEntry.
// The memo check is small enough to inline into Get and Set; the index
// probe is not.
func (d *Dict[K, V]) find(k K, h uint64) (int, error) {
	if j := int(d.memo[h%memoSize]) - 1; uint(j) < uint(len(d.entries)) {
		if e := &d.entries[j]; e.live && e.hash == h && e.key == k {
			return j, nil
		}
	}
	return d.probe(k, h)
}

// probe finds k through the swiss index (or by scanning a small dict) and
// records it in the memo.
func (d *Dict[K, V]) probe(k K, h uint64) (int, error) {
	slot := &d.memo[h%memoSize]
restart:
	if d.index == nil {
		// Small, or emptied by a Clear that Equal ran.
		return d.scan(k, h)
	}
	i, ok := d.index.Get(h)
	if !ok {
		i = noEntry
	}
	head := i
	for i != noEntry {
		if e := &d.entries[i]; e.key == k {
			*slot = i + 1
			return int(i), nil
		}
		eq, restart, err := d.keyEqual(k, int(i))
		if err != nil {
			return noEntry, err
		}
		if restart {
			goto restart
		}
		if eq {
			*slot = i + 1
			return int(i), nil
		}
		i = d.entries[i].next
	}
	d.missHash, d.missHead, d.missKeys = h, head, d.tags[KeysVersionTag]
	return noEntry, nil
}

// keyEqual is the slow half of a lookup, after identity failed: Python's
// == between the key of entry i (on the left, as CPython compares
// startkey == key) and k. restart is true when == removed or replaced that
// entry (or compacted or cleared the dict), so the caller's indexes may no
// longer mean what they did and it must look again; keys added meanwhile
// do not restart the lookup (CPython restarts only when the entry or the
// table itself changed, so an __eq__ that inserts keys cannot loop it).
func (d *Dict[K, V]) keyEqual(k K, i int) (eq, restart bool, err error) {
	startkey := d.entries[i].key
	eq, err = startkey.Equal(k)
	if err != nil {
		return false, false, err
	}
	if i >= len(d.entries) || !d.entries[i].live || d.entries[i].key != startkey {
		return false, true, nil
	}
	return eq, false, nil
}

// scan is probe for a dict without index: compare the hashes of all entries.
func (d *Dict[K, V]) scan(k K, h uint64) (int, error) {
	if d.hashBits&(1<<(h%64)) == 0 {
		return noEntry, nil // no entry has this hash (d.index is nil: small)
	}
restart:
	for i := 0; i < len(d.entries); i++ {
		e := &d.entries[i]
		if !e.live || e.hash != h {
			continue
		}
		if e.key == k {
			d.memo[h%memoSize] = int32(i) + 1
			return i, nil
		}
		eq, restart, err := d.keyEqual(k, i)
		if err != nil {
			return noEntry, err
		}
		if restart {
			goto restart
		}
		if eq {
			d.memo[h%memoSize] = int32(i) + 1
			return i, nil
		}
	}
	if d.index != nil {
		// Equal grew the dict past smallMax: use the index from now on.
		return d.probe(k, h)
	}
	return noEntry, nil
}

// Lookup returns the entry index of k (stable until KeysVersion changes),
// or -1 when k is absent.
func (d *Dict[K, V]) Lookup(k K) (int, error) {
	h, err := k.Hash()
	if err != nil {
		return noEntry, err
	}
	return d.find(k, h)
}

// Get returns the value stored under k. It never changes the dict and
// does not allocate.
func (d *Dict[K, V]) Get(k K) (v V, found bool, err error) {
	h, err := k.Hash()
	if err != nil {
		return v, false, err
	}
	// find's memo check, written out: this is LOAD_NAME's lookup.
	if j := int(d.memo[h%memoSize]) - 1; uint(j) < uint(len(d.entries)) {
		if e := &d.entries[j]; e.live && e.hash == h && e.key == k {
			return e.value, true, nil
		}
	}
	i, err := d.probe(k, h)
	if err != nil || i == noEntry {
		return v, false, err
	}
	return d.entries[i].value, true, nil
}

// Contains reports whether k is a key (Python's `in`).
func (d *Dict[K, V]) Contains(k K) (bool, error) {
	i, err := d.Lookup(k)
	return i != noEntry, err
}

// Set binds k to v. Rebinding a key to the identical value is a no-op and
// keeps the version.
func (d *Dict[K, V]) Set(k K, v V) error {
	h, err := k.Hash()
	if err != nil {
		return err
	}
	// find's memo check, written out: this is STORE_NAME's lookup.
	if j := int(d.memo[h%memoSize]) - 1; uint(j) < uint(len(d.entries)) {
		if e := &d.entries[j]; e.live && e.hash == h && e.key == k {
			if e.value != v {
				e.value = v
				d.tags[VersionTag] = d.nextVersion()
			}
			return nil
		}
	}
	i, err := d.probe(k, h)
	if err != nil {
		return err
	}
	if i != noEntry {
		d.SetAt(i, v)
		return nil
	}
	d.insert(k, h, v)
	return nil
}

// insert appends a new key known to be absent.
func (d *Dict[K, V]) insert(k K, h uint64, v V) {
	if d.entries == nil {
		d.entries = make([]entry[K, V], 0, minCapacity)
	}
	n := int32(len(d.entries))
	d.memo[h%memoSize] = n + 1
	d.hashBits |= 1 << (h % 64)
	if d.index != nil {
		d.appendIndexed(entry[K, V]{key: k, value: v, hash: h, live: true})
	} else {
		d.entries = append(d.entries, entry[K, V]{key: k, value: v, hash: h, next: noEntry, live: true})
		if len(d.entries) > smallMax {
			d.buildIndex()
		}
	}
	d.used++
	ver := d.nextVersion()
	d.tags[VersionTag] = ver
	d.tags[KeysVersionTag] = ver
	d.keysChanged()
}

// SetDefault returns the value of k, first binding it to def when k is
// absent (Python's dict.setdefault). The version changes only on insert.
func (d *Dict[K, V]) SetDefault(k K, def V) (V, error) {
	h, err := k.Hash()
	if err != nil {
		return def, err
	}
	i, err := d.find(k, h)
	if err != nil {
		return def, err
	}
	if i != noEntry {
		return d.entries[i].value, nil
	}
	d.insert(k, h, def)
	return def, nil
}

// Delete removes k, reporting whether it was there. Deleting a missing key
// changes nothing.
func (d *Dict[K, V]) Delete(k K) (bool, error) {
	_, found, err := d.Pop(k)
	return found, err
}

// Pop removes k and returns its value (Python's dict.pop without default).
func (d *Dict[K, V]) Pop(k K) (v V, found bool, err error) {
	h, err := k.Hash()
	if err != nil {
		return v, false, err
	}
	i, err := d.find(k, h)
	if err != nil || i == noEntry {
		return v, false, err
	}
	v = d.entries[i].value
	d.deleteAt(i)
	return v, true, nil
}

// PopItem removes and returns the most recently inserted live entry, LIFO
// as CPython's dict.popitem; ok is false when the dict is empty.
func (d *Dict[K, V]) PopItem() (k K, v V, ok bool) {
	if d.used == 0 {
		return k, v, false
	}
	i := len(d.entries) - 1
	for !d.entries[i].live {
		i--
	}
	e := &d.entries[i]
	k, v = e.key, e.value
	d.deleteAt(i)
	return k, v, true
}

// deleteAt unlinks live entry i from its chain and leaves a tombstone.
func (d *Dict[K, V]) deleteAt(i int) {
	e := &d.entries[i]
	if d.index != nil {
		d.unlink(i)
	}
	*e = entry[K, V]{next: noEntry}
	d.used--
	ver := d.nextVersion()
	d.tags[VersionTag] = ver
	d.tags[KeysVersionTag] = ver
	d.keysChanged()
	// Trailing tombstones are dropped (CPython's popitem lowers
	// dk_nentries the same way): no live index moves, so no version.
	n := len(d.entries)
	for n > 0 && !d.entries[n-1].live {
		n--
	}
	d.entries = d.entries[:n]
	if n > compactMin && d.used < n/2 {
		d.compact()
	}
}

// unlink removes live entry i from its hash chain in the index.
func (d *Dict[K, V]) unlink(i int) {
	e := &d.entries[i]
	head, _ := d.index.Get(e.hash)
	if int(head) == i {
		if e.next == noEntry {
			d.index.Delete(e.hash)
		} else {
			d.index.Put(e.hash, e.next)
		}
		return
	}
	for j := head; j != noEntry; j = d.entries[j].next {
		if int(d.entries[j].next) == i {
			d.entries[j].next = e.next
			return
		}
	}
}

// buildIndex makes the swiss index for the current entries.
func (d *Dict[K, V]) buildIndex() {
	// room for the entries the array holds (Reserve made it larger),
	// and at least twice those there are
	d.index = swiss.NewMap[uint64, int32](uint32(max(2*len(d.entries), cap(d.entries))))
	for i := range d.entries {
		e := &d.entries[i]
		if !e.live {
			continue
		}
		e.next = noEntry
		if head, ok := d.index.Get(e.hash); ok {
			e.next = head
		}
		d.index.Put(e.hash, int32(i))
	}
}

// compact drops tombstones and rebuilds the index. The content is
// unchanged, so Version stays; entry indexes move, so KeysVersion does not.
func (d *Dict[K, V]) compact() {
	old := d.entries
	d.entries = make([]entry[K, V], 0, d.used+d.used/2+minCapacity)
	for _, e := range old {
		if e.live {
			d.entries = append(d.entries, e)
		}
	}
	d.index = nil
	if len(d.entries) > smallMax {
		d.buildIndex()
	}
	d.tags[KeysVersionTag] = d.nextVersion()
	d.keysChanged()
}

// appendIndexed appends a live entry to an indexed dict and links it into
// the index, without touching versions or counts.
func (d *Dict[K, V]) appendIndexed(e entry[K, V]) {
	n := int32(len(d.entries))
	e.next = noEntry
	if d.missKeys == d.tags[KeysVersionTag] && d.missKeys != 0 && d.missHash == e.hash {
		e.next = d.missHead
	} else if head, ok := d.index.Get(e.hash); ok {
		e.next = head
	}
	d.entries = append(d.entries, e)
	if d.index.Capacity() == 0 && len(d.entries) < indexQuadrupleMax {
		d.growIndex(4 * len(d.entries))
	}
	d.index.Put(e.hash, n)
}

// indexQuadrupleMax is the entry count below which a full index grows to
// four times the entries (swiss doubles it): a dict built one key at a
// time (a memo) rehashes half as often on its way to a few thousand keys.
const indexQuadrupleMax = 1 << 12

// growIndex moves the index's hash-to-head pairs into a new index with
// room for n hashes, as swiss's own rehash would at the size it chooses.
func (d *Dict[K, V]) growIndex(n int) {
	index := swiss.NewMap[uint64, int32](uint32(n))
	d.index.Iter(func(h uint64, i int32) bool {
		index.Put(h, i)
		return false
	})
	d.index = index
}

// Full reports whether the next new key needs a larger entry array.
func (d *Dict[K, V]) Full() bool { return len(d.entries) == cap(d.entries) }

// Reserve makes room for n entries in all (tombstones count) when the
// entry array has less: one allocation for what append would reach in
// several, and an index grown at once to hold them, so that the next
// n-EntriesLen() new keys allocate nothing (a dict comprehension whose
// final size its source predicts). Contents, entry indexes and versions
// do not change.
func (d *Dict[K, V]) Reserve(n int) {
	if n <= cap(d.entries) {
		return
	}
	grown := make([]entry[K, V], len(d.entries), n)
	copy(grown, d.entries)
	d.entries = grown
	if d.index != nil && d.index.Capacity() < n-len(d.entries) {
		// the index maps hashes to chain heads: carry them over as
		// swiss's own rehash would, but to the final size at once
		d.growIndex(n)
	}
}

// Clear removes every key. Clearing an empty dict changes nothing. (CPython
// 3.10 also skips the version bump only for a dict in its pristine empty
// state; one emptied by deletes gets a new version. The difference is not
// visible to Python code, and a spurious version change is always safe.)
func (d *Dict[K, V]) Clear() {
	if d.used == 0 {
		return
	}
	d.init(0)
}

// EntriesLen is the length of the entry slice, tombstones included: the
// bound for iterating with EntryAt.
func (d *Dict[K, V]) EntriesLen() int { return len(d.entries) }

// EntryAt returns entry i; live is false for a tombstone or an index out of
// range.
func (d *Dict[K, V]) EntryAt(i int) (k K, v V, live bool) {
	if uint(i) >= uint(len(d.entries)) {
		return k, v, false
	}
	e := &d.entries[i]
	return e.key, e.value, e.live
}

// Next returns the first live entry at index pos or after it, and the
// position to continue from (CPython's PyDict_Next); ok is false at the end.
// Iterating with Next visits keys in insertion order.
func (d *Dict[K, V]) Next(pos int) (next int, k K, v V, ok bool) {
	if pos < 0 {
		pos = 0
	}
	for ; pos < len(d.entries); pos++ {
		if e := &d.entries[pos]; e.live {
			return pos + 1, e.key, e.value, true
		}
	}
	return pos, k, v, false
}

// All iterates the live entries in insertion order. The dict must not gain
// or lose keys during the loop (Python raises "dictionary changed size
// during iteration"; callers that run Python code should use Next and check
// Len themselves).
func (d *Dict[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i := 0; i < len(d.entries); i++ {
			if e := &d.entries[i]; e.live && !yield(e.key, e.value) {
				return
			}
		}
	}
}

// Keys returns the live keys in insertion order.
func (d *Dict[K, V]) Keys() []K {
	ks := make([]K, 0, d.used)
	for i := range d.entries {
		if d.entries[i].live {
			ks = append(ks, d.entries[i].key)
		}
	}
	return ks
}

// ValueAt returns the value of live entry i (the LOAD_GLOBAL_MODULE fast
// path); the zero V when i is out of range or a tombstone.
func (d *Dict[K, V]) ValueAt(i int) V {
	if uint(i) < uint(len(d.entries)) {
		return d.entries[i].value
	}
	var zv V
	return zv
}

// ValueRef returns a pointer to the value of entry i, or nil when i is out
// of range: the keys-strategy cache hit hands it to the VM without copying.
// The pointee is read-only and valid only until the dict next changes.
func (d *Dict[K, V]) ValueRef(i int) *V {
	if uint(i) < uint(len(d.entries)) {
		return &d.entries[i].value
	}
	return nil
}

// SetAt replaces the value of live entry i, with Set's version rule: only
// a non-identical value changes the version.
func (d *Dict[K, V]) SetAt(i int, v V) {
	e := &d.entries[i]
	if e.value != v {
		e.value = v
		d.tags[VersionTag] = d.nextVersion()
	}
}

// SetAtChanged replaces the value of live entry i by v, which the caller
// knows is not identical to it (SetAt without its comparison: a caller
// that knows its V compares it more cheaply than Go's == on a V holding an
// interface, a runtime call).
func (d *Dict[K, V]) SetAtChanged(i int, v V) {
	d.entries[i].value = v
	d.tags[VersionTag] = d.nextVersion()
}

// DeleteAt removes live entry i.
func (d *Dict[K, V]) DeleteAt(i int) {
	if uint(i) < uint(len(d.entries)) && d.entries[i].live {
		d.deleteAt(i)
	}
}

// Compact drops the tombstones that deletes left in the entry array, as
// the dict itself does once half of it is dead: entry indexes move, so
// KeysVersion changes. A queue popping at the front (OrderedDict's
// popitem(last=False)) calls it so that finding the first key stays cheap.
func (d *Dict[K, V]) Compact() {
	if len(d.entries) != d.used {
		d.compact()
	}
}

// Copy returns a new dict with the same live entries in the same order,
// compacted, and a fresh version (Python's dict.copy).
func (d *Dict[K, V]) Copy() *Dict[K, V] {
	c := New[K, V](0)
	if d.used == 0 {
		return c
	}
	c.entries = make([]entry[K, V], 0, max(d.used, minCapacity))
	for _, e := range d.entries {
		if e.live {
			c.entries = append(c.entries, e)
		}
	}
	c.used = d.used
	c.hashBits = d.hashBits
	if len(c.entries) > smallMax {
		c.buildIndex()
	}
	return c
}

// ErrMutated is Merge's error when the source dict changed size under it
// (an __eq__ run by a lookup in d inserted into or deleted from src).
var ErrMutated = errors.New("dict mutated during update")

// Merge copies every entry of src into d in src's order with src's stored
// hashes (dict.update, dict(d) and {**a} when src is a dict: CPython's
// dict_merge). When override is false, keys already in d keep their
// values. An empty d takes a clone of a src without tombstones, comparing
// no keys, as CPython clones a clean table. Each real change moves d's
// version as Set does.
func (d *Dict[K, V]) Merge(src *Dict[K, V], override bool) error {
	if src == d || src.used == 0 {
		return nil
	}
	if d.used == 0 && src.used == len(src.entries) {
		c := src.Copy()
		d.entries, d.index, d.used, d.hashBits = c.entries, c.index, c.used, c.hashBits
		d.memo = [memoSize]int32{}
		ver := d.nextVersion()
		d.tags[VersionTag] = ver
		d.tags[KeysVersionTag] = ver
		d.keysChanged()
		return nil
	}
	n := len(src.entries)
	for i := 0; i < len(src.entries); i++ {
		e := src.entries[i]
		if !e.live {
			continue
		}
		j, err := d.find(e.key, e.hash)
		if err != nil {
			return err
		}
		switch {
		case j == noEntry:
			d.insert(e.key, e.hash, e.value)
		case override:
			d.SetAt(j, e.value)
		}
		if len(src.entries) != n {
			return ErrMutated
		}
	}
	return nil
}

// HashAt returns the stored hash of entry i (CPython's _PyDict_Next hands
// it out so that set(d) and set operations need not hash keys again); 0
// for a tombstone or an index out of range.
func (d *Dict[K, V]) HashAt(i int) uint64 {
	if uint(i) < uint(len(d.entries)) && d.entries[i].live {
		return d.entries[i].hash
	}
	return 0
}

// LookupHash is Lookup with the hash of k already known
// (_PyDict_Contains_KnownHash).
func (d *Dict[K, V]) LookupHash(k K, h uint64) (int, error) { return d.find(k, h) }

// SetHash is Set with the hash of k already known (insertdict with the
// hash a dict or set entry stored).
func (d *Dict[K, V]) SetHash(k K, h uint64, v V) error {
	i, err := d.find(k, h)
	if err != nil {
		return err
	}
	if i != noEntry {
		d.SetAt(i, v)
		return nil
	}
	d.insert(k, h, v)
	return nil
}
