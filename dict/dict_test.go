package dict

import (
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
)

// tkey is the test key: identity is the pointer, equality is id, and the
// hash is id%5 so that keys collide and chains are exercised. A negative id
// is unhashable; id 99 has an __eq__ that fails.
type tkey struct{ id int }

var errUnhashable = errors.New("unhashable")
var errEq = errors.New("eq failed")

func (k *tkey) Hash() (uint64, error) {
	if k.id < 0 {
		return 0, errUnhashable
	}
	return uint64(k.id % 5), nil
}

func (k *tkey) Equal(o *tkey) (bool, error) {
	if k.id == 99 || o.id == 99 {
		return false, errEq
	}
	return k.id == o.id, nil
}

// tval is a test value: identity is the pointer, so two tvals with the same
// n are equal but not identical.
type tval struct{ n int }

type tdict = Dict[*tkey, *tval]

func k(id int) *tkey { return &tkey{id} }
func v(n int) *tval  { return &tval{n} }
func newT() *tdict   { return New[*tkey, *tval](0) }
func keysOf(d *tdict) []int {
	var ids []int
	for kk := range d.All() {
		ids = append(ids, kk.id)
	}
	return ids
}

func fill(d *tdict, ids ...int) {
	for _, id := range ids {
		if err := d.Set(k(id), v(id)); err != nil {
			panic(err)
		}
	}
}

func TestFreshVersionOnCreation(t *testing.T) {
	a, b := newT(), newT()
	if a.Version() == 0 || b.Version() == 0 || a.Version() == b.Version() {
		t.Fatalf("versions not fresh: %d %d", a.Version(), b.Version())
	}
	if b.Version() <= a.Version() {
		t.Fatalf("versions not increasing: %d then %d", a.Version(), b.Version())
	}
	c := a.Copy()
	if c.Version() == a.Version() || c.KeysVersion() == a.KeysVersion() {
		t.Fatalf("copy shares versions with its source")
	}
}

// TestVersionRules checks, for every operation, whether Version and
// KeysVersion move.
func TestVersionRules(t *testing.T) {
	shared := v(7)
	tests := []struct {
		name        string
		setup       func(d *tdict)
		op          func(d *tdict)
		version     bool // Version must change
		keysVersion bool // KeysVersion must change
	}{
		{"insert new key", func(d *tdict) { fill(d, 1) }, func(d *tdict) { d.Set(k(2), v(2)) }, true, true},
		{"insert colliding key", func(d *tdict) { fill(d, 1) }, func(d *tdict) { d.Set(k(6), v(6)) }, true, true},
		{"replace with non-identical value", func(d *tdict) { fill(d, 1) }, func(d *tdict) { d.Set(k(1), v(1)) }, true, false},
		{"replace with identical value", func(d *tdict) { d.Set(k(1), shared) }, func(d *tdict) { d.Set(k(1), shared) }, false, false},
		{"SetAt identical", func(d *tdict) { d.Set(k(1), shared) }, func(d *tdict) { d.SetAt(0, shared) }, false, false},
		{"SetAt non-identical", func(d *tdict) { d.Set(k(1), shared) }, func(d *tdict) { d.SetAt(0, v(7)) }, true, false},
		{"delete", func(d *tdict) { fill(d, 1, 2) }, func(d *tdict) { d.Delete(k(1)) }, true, true},
		{"delete last", func(d *tdict) { fill(d, 1, 2) }, func(d *tdict) { d.Delete(k(2)) }, true, true},
		{"failed delete", func(d *tdict) { fill(d, 1, 2) }, func(d *tdict) { d.Delete(k(3)) }, false, false},
		{"failed delete colliding", func(d *tdict) { fill(d, 1, 2) }, func(d *tdict) { d.Delete(k(6)) }, false, false},
		{"delete unhashable", func(d *tdict) { fill(d, 1) }, func(d *tdict) { d.Delete(k(-1)) }, false, false},
		{"clear non-empty", func(d *tdict) { fill(d, 1) }, func(d *tdict) { d.Clear() }, true, true},
		{"clear empty", func(d *tdict) {}, func(d *tdict) { d.Clear() }, false, false},
		{"clear emptied", func(d *tdict) { fill(d, 1); d.Delete(k(1)) }, func(d *tdict) { d.Clear() }, false, false},
		{"get present", func(d *tdict) { fill(d, 1, 6) }, func(d *tdict) { d.Get(k(6)) }, false, false},
		{"get absent", func(d *tdict) { fill(d, 1, 6) }, func(d *tdict) { d.Get(k(11)) }, false, false},
		{"lookup", func(d *tdict) { fill(d, 1) }, func(d *tdict) { d.Lookup(k(1)) }, false, false},
		{"contains", func(d *tdict) { fill(d, 1) }, func(d *tdict) { d.Contains(k(2)) }, false, false},
		{"iterate", func(d *tdict) { fill(d, 1, 2) }, func(d *tdict) { keysOf(d) }, false, false},
		{"pop present", func(d *tdict) { fill(d, 1) }, func(d *tdict) { d.Pop(k(1)) }, true, true},
		{"pop absent", func(d *tdict) { fill(d, 1) }, func(d *tdict) { d.Pop(k(2)) }, false, false},
		{"popitem", func(d *tdict) { fill(d, 1, 2) }, func(d *tdict) { d.PopItem() }, true, true},
		{"popitem empty", func(d *tdict) {}, func(d *tdict) { d.PopItem() }, false, false},
		{"setdefault present", func(d *tdict) { fill(d, 1) }, func(d *tdict) { d.SetDefault(k(1), v(9)) }, false, false},
		{"setdefault absent", func(d *tdict) { fill(d, 1) }, func(d *tdict) { d.SetDefault(k(2), v(9)) }, true, true},
		{"merge no-op", func(d *tdict) { d.Set(k(1), shared) }, func(d *tdict) {
			o := newT()
			o.Set(k(1), shared)
			d.Merge(o, true)
		}, false, false},
		{"merge rebinding", func(d *tdict) { fill(d, 1) }, func(d *tdict) {
			o := newT()
			o.Set(k(1), v(5))
			d.Merge(o, true)
		}, true, false},
		{"merge no override", func(d *tdict) { fill(d, 1) }, func(d *tdict) {
			o := newT()
			o.Set(k(1), v(5))
			d.Merge(o, false)
		}, false, false},
		{"merge new key", func(d *tdict) { fill(d, 1) }, func(d *tdict) {
			o := newT()
			o.Set(k(2), v(5))
			d.Merge(o, false)
		}, true, true},
		{"copy", func(d *tdict) { fill(d, 1, 2) }, func(d *tdict) { d.Copy() }, false, false},
		{"DeleteAt tombstone", func(d *tdict) { fill(d, 1, 2); d.Delete(k(1)) }, func(d *tdict) { d.DeleteAt(0) }, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newT()
			tc.setup(d)
			ver, kver := d.Version(), d.KeysVersion()
			tc.op(d)
			if got := d.Version() != ver; got != tc.version {
				t.Errorf("version changed = %v, want %v", got, tc.version)
			}
			if got := d.KeysVersion() != kver; got != tc.keysVersion {
				t.Errorf("keys version changed = %v, want %v", got, tc.keysVersion)
			}
			if d.Version() != ver && d.Version() < ver {
				t.Errorf("version went backwards: %d -> %d", ver, d.Version())
			}
		})
	}
}

func TestCompactionKeepsVersion(t *testing.T) {
	d := newT()
	for i := 0; i < 40; i++ {
		fill(d, i)
	}
	// Delete from the front so no trailing trim happens and tombstones pile up.
	var ver, kver uint64
	compacted := false
	for i := 0; i < 30; i++ {
		before := d.EntriesLen()
		d.Delete(k(i))
		ver, kver = d.Version(), d.KeysVersion()
		if d.EntriesLen() < before-1 {
			compacted = true
			break
		}
	}
	if !compacted {
		t.Fatal("no compaction happened")
	}
	if d.EntriesLen() != d.Len() {
		t.Fatalf("compaction left tombstones: %d entries for %d keys", d.EntriesLen(), d.Len())
	}
	// After compaction every index must still find its key.
	for i := 0; i < d.EntriesLen(); i++ {
		kk, _, live := d.EntryAt(i)
		if !live {
			t.Fatalf("entry %d dead after compaction", i)
		}
		if j, _ := d.Lookup(kk); j != i {
			t.Fatalf("Lookup(%d) = %d, want %d", kk.id, j, i)
		}
	}
	if d.Version() != ver || d.KeysVersion() != kver {
		t.Fatal("reads after compaction moved a version")
	}
}

// TestCompactionMovesKeysVersionOnly checks compaction in isolation: the
// content (and so Version) is unchanged, the indexes (KeysVersion) are not.
func TestCompactionMovesKeysVersionOnly(t *testing.T) {
	d := newT()
	fill(d, 1, 2, 3)
	ver, kver := d.Version(), d.KeysVersion()
	d.compact()
	if d.Version() != ver {
		t.Error("compaction changed Version")
	}
	if d.KeysVersion() == kver {
		t.Error("compaction kept KeysVersion")
	}
}

func TestOrder(t *testing.T) {
	tests := []struct {
		name string
		ops  func(d *tdict)
		want []int
	}{
		{"insertion order", func(d *tdict) { fill(d, 3, 1, 2) }, []int{3, 1, 2}},
		{"rebinding keeps place", func(d *tdict) { fill(d, 3, 1, 2); d.Set(k(3), v(0)) }, []int{3, 1, 2}},
		{"tombstone skipped", func(d *tdict) { fill(d, 3, 1, 2); d.Delete(k(1)) }, []int{3, 2}},
		{"reinsert goes last", func(d *tdict) { fill(d, 3, 1, 2); d.Delete(k(3)); fill(d, 3) }, []int{1, 2, 3}},
		{"colliding keys", func(d *tdict) { fill(d, 5, 10, 0, 15); d.Delete(k(10)) }, []int{5, 0, 15}},
		{"popitem is LIFO", func(d *tdict) { fill(d, 1, 2, 3); d.PopItem(); d.PopItem() }, []int{1}},
		{"clear then reuse", func(d *tdict) { fill(d, 1, 2); d.Clear(); fill(d, 4, 3) }, []int{4, 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newT()
			tc.ops(d)
			if got := keysOf(d); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("order %v, want %v", got, tc.want)
			}
			var viaNext []int
			for pos, ok := 0, true; ; {
				var kk *tkey
				pos, kk, _, ok = d.Next(pos)
				if !ok {
					break
				}
				viaNext = append(viaNext, kk.id)
			}
			if fmt.Sprint(viaNext) != fmt.Sprint(tc.want) {
				t.Errorf("Next order %v, want %v", viaNext, tc.want)
			}
			if d.Len() != len(tc.want) {
				t.Errorf("Len %d, want %d", d.Len(), len(tc.want))
			}
		})
	}
}

func TestPopItemAndPop(t *testing.T) {
	d := newT()
	fill(d, 1, 2, 3)
	for _, want := range []int{3, 2, 1} {
		kk, vv, ok := d.PopItem()
		if !ok || kk.id != want || vv.n != want {
			t.Fatalf("PopItem = %v %v %v, want %d", kk, vv, ok, want)
		}
	}
	if _, _, ok := d.PopItem(); ok {
		t.Fatal("PopItem on empty dict succeeded")
	}
	if d.EntriesLen() != 0 {
		t.Fatalf("trailing tombstones not trimmed: %d", d.EntriesLen())
	}
	fill(d, 1, 2)
	vv, found, err := d.Pop(k(1))
	if err != nil || !found || vv.n != 1 {
		t.Fatalf("Pop = %v %v %v", vv, found, err)
	}
	if _, found, _ := d.Pop(k(1)); found {
		t.Fatal("second Pop found the key")
	}
}

func TestSetDefault(t *testing.T) {
	d := newT()
	first := v(1)
	got, err := d.SetDefault(k(1), first)
	if err != nil || got != first {
		t.Fatalf("SetDefault on absent = %v %v", got, err)
	}
	got, _ = d.SetDefault(k(1), v(2))
	if got != first {
		t.Fatalf("SetDefault on present returned %v, want the stored value", got)
	}
}

func TestEqualityNotIdentity(t *testing.T) {
	d := newT()
	d.Set(k(1), v(1))
	vv, found, err := d.Get(k(1)) // a different but equal key
	if err != nil || !found || vv.n != 1 {
		t.Fatalf("Get by equal key = %v %v %v", vv, found, err)
	}
	d.Set(k(1), v(2))
	if d.Len() != 1 {
		t.Fatalf("equal key inserted twice: len %d", d.Len())
	}
}

func TestErrors(t *testing.T) {
	d := newT()
	fill(d, 4) // 99 collides with 4 (hash 4)
	ver := d.Version()
	if err := d.Set(k(-1), v(0)); !errors.Is(err, errUnhashable) {
		t.Errorf("Set unhashable: %v", err)
	}
	if _, _, err := d.Get(k(99)); !errors.Is(err, errEq) {
		t.Errorf("Get with failing __eq__: %v", err)
	}
	if err := d.Set(k(99), v(0)); !errors.Is(err, errEq) {
		t.Errorf("Set with failing __eq__: %v", err)
	}
	if _, err := d.SetDefault(k(99), v(0)); !errors.Is(err, errEq) {
		t.Errorf("SetDefault with failing __eq__: %v", err)
	}
	if d.Version() != ver || d.Len() != 1 {
		t.Error("a failed operation changed the dict")
	}
}

// mutKey's Equal mutates the dict under lookup, as a Python __eq__ may.
type mutKey struct {
	id  int
	d   *Dict[*mutKey, int]
	hit int
}

func (m *mutKey) Hash() (uint64, error) { return 1, nil }
func (m *mutKey) Equal(o *mutKey) (bool, error) {
	if m.d != nil && m.hit == 0 {
		m.hit++
		for i := 0; i < 40; i++ {
			m.d.Set(&mutKey{id: 1000 + i}, i)
		}
		for i := 0; i < 40; i++ {
			m.d.Delete(&mutKey{id: 1000 + i})
		}
	}
	return m.id == o.id, nil
}

func TestLookupRestartsWhenEqualMutates(t *testing.T) {
	d := New[*mutKey, int](0)
	for i := 0; i < 3; i++ {
		d.Set(&mutKey{id: i}, i)
	}
	probe := &mutKey{id: 0, d: d}
	got, found, err := d.Get(probe)
	if err != nil || !found || got != 0 {
		t.Fatalf("Get = %v %v %v", got, found, err)
	}
}

func TestZeroDict(t *testing.T) {
	var d tdict
	if _, found, _ := d.Get(k(1)); found {
		t.Fatal("zero dict has a key")
	}
	fill(&d, 1)
	if d.Version() == 0 || d.Len() != 1 {
		t.Fatalf("zero dict after insert: version %d len %d", d.Version(), d.Len())
	}
	if c := (&tdict{}).Copy(); c.Len() != 0 {
		t.Fatal("copy of zero dict not empty")
	}
}

func TestCopy(t *testing.T) {
	d := newT()
	fill(d, 1, 2, 3, 6)
	d.Delete(k(2))
	c := d.Copy()
	if fmt.Sprint(keysOf(c)) != fmt.Sprint(keysOf(d)) {
		t.Fatalf("copy order %v, want %v", keysOf(c), keysOf(d))
	}
	if c.EntriesLen() != c.Len() {
		t.Fatal("copy kept tombstones")
	}
	c.Set(k(1), v(100))
	if vv, _, _ := d.Get(k(1)); vv.n != 1 {
		t.Fatal("copy shares storage with its source")
	}
	for _, id := range []int{1, 3, 6} {
		if _, found, _ := c.Get(k(id)); !found {
			t.Fatalf("copy lost key %d", id)
		}
	}
}

func TestValueAtEntryAtBounds(t *testing.T) {
	d := newT()
	fill(d, 1)
	if d.ValueAt(5) != nil || d.ValueAt(-1) != nil {
		t.Error("ValueAt out of range returned a value")
	}
	if _, _, live := d.EntryAt(3); live {
		t.Error("EntryAt out of range is live")
	}
}

// TestGrowAndShrinkAcrossSmallMax crosses the small (scanned) / indexed
// boundary both ways with colliding keys and checks every lookup.
func TestGrowAndShrinkAcrossSmallMax(t *testing.T) {
	d := newT()
	present := map[int]bool{}
	checkAll := func(step string) {
		t.Helper()
		for id := 0; id < 60; id++ {
			vv, found, err := d.Get(k(id))
			if err != nil || found != present[id] || (found && vv.n != id) {
				t.Fatalf("%s: Get(%d) = %v %v %v, want present=%v", step, id, vv, found, err, present[id])
			}
		}
	}
	for id := 0; id < 40; id++ {
		fill(d, id)
		present[id] = true
		checkAll(fmt.Sprintf("insert %d (index=%v)", id, d.index != nil))
	}
	for id := 0; id < 40; id++ {
		if id%7 != 0 {
			d.Delete(k(id))
			delete(present, id)
			checkAll(fmt.Sprintf("delete %d (index=%v)", id, d.index != nil))
		}
	}
	if d.index != nil {
		t.Fatalf("%d keys left in %d entries, still indexed", d.Len(), d.EntriesLen())
	}
	for id := 40; id < 60; id++ {
		fill(d, id)
		present[id] = true
	}
	checkAll("regrown")
}

// clearKey's Equal clears the dict under lookup (a stored key's: the
// dict calls stored.Equal(probe), as CPython compares startkey == key).
type clearKey struct {
	id int
	d  *Dict[*clearKey, int]
}

func (c *clearKey) Hash() (uint64, error) { return 7, nil }
func (c *clearKey) Equal(o *clearKey) (bool, error) {
	if c.d != nil {
		d := c.d
		c.d = nil
		d.Clear()
	}
	return c.id == o.id, nil
}

func TestLookupSurvivesClearInEqual(t *testing.T) {
	for _, n := range []int{3, 20} { // scanned and indexed dicts
		d := New[*clearKey, int](0)
		for i := 0; i < n; i++ {
			d.Set(&clearKey{id: i}, i)
		}
		for i := 0; i < d.EntriesLen(); i++ {
			k, _, _ := d.EntryAt(i)
			k.d = d
		}
		_, found, err := d.Get(&clearKey{id: 1})
		if err != nil || found || d.Len() != 0 {
			t.Fatalf("n=%d: found=%v err=%v len=%d after a clearing __eq__", n, found, err, d.Len())
		}
	}
}

// TestVersionsUniqueAcrossDicts checks the block scheme: many dicts, each
// changed past the end of its block, never show the same version twice.
func TestVersionsUniqueAcrossDicts(t *testing.T) {
	seen := map[uint64]string{}
	note := func(v uint64, who string) {
		if prev, ok := seen[v]; ok && prev != who {
			t.Fatalf("version %d shown by %s and %s", v, prev, who)
		}
		seen[v] = who
	}
	var ds []*tdict
	for i := 0; i < 5; i++ {
		ds = append(ds, newT())
	}
	ds = append(ds, &tdict{}, &tdict{}) // zero dicts start at 0 and must leave block 0
	for round := 0; round < 3000; round++ {
		for i, d := range ds {
			who := fmt.Sprint("dict", i)
			before := d.Version()
			d.Set(k(round%7), v(round))
			if d.Version() <= before {
				t.Fatalf("%s: version went from %d to %d", who, before, d.Version())
			}
			note(d.Version(), who)
			note(d.KeysVersion(), who)
			if round%500 == 0 {
				d.Clear()
				note(d.Version(), who)
			}
		}
	}
}

// TestWatchKeys: the watcher moves exactly when KeysVersion does.
func TestWatchKeys(t *testing.T) {
	keys := make([]*tkey, 40)
	for i := range keys {
		keys[i] = k(i)
	}
	tests := []struct {
		name string
		op   func(d *tdict)
	}{
		{"insert", func(d *tdict) { d.Set(keys[30], v(1)) }},
		{"rebind", func(d *tdict) { d.Set(keys[1], v(7)) }},
		{"same value", func(d *tdict) { x, _, _ := d.Get(keys[1]); d.Set(keys[1], x) }},
		{"delete", func(d *tdict) { d.Delete(keys[2]) }},
		{"delete missing", func(d *tdict) { d.Delete(keys[35]) }},
		{"clear", func(d *tdict) { d.Clear() }},
		{"compaction", func(d *tdict) {
			for i := 0; i < 20; i++ {
				d.Delete(keys[i])
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newT()
			for i := 0; i < 24; i++ {
				d.Set(keys[i], v(i))
			}
			var w atomic.Uint64
			d.WatchKeys(&w)
			before := d.KeysVersion()
			tt.op(d)
			if moved := d.KeysVersion() != before; moved != (w.Load() != 0) {
				t.Errorf("KeysVersion moved %v, watcher %d", moved, w.Load())
			}
		})
	}
}

// hkey is a key with a chosen hash, equal by id, for the small dicts'
// hash bits (hashBits): hashes 0..63 each own a bit, 64 shares 0's.
type hkey struct{ h, id int }

func (k *hkey) Hash() (uint64, error)       { return uint64(k.h), nil }
func (k *hkey) Equal(o *hkey) (bool, error) { return k.id == o.id, nil }

// TestSmallDictHashBits checks that every live key of a small dict is
// found by an equal key (not identical, so the memo does not answer) and
// absent keys are not, after each way entries arrive or move: inserts,
// deletes and re-inserts, growth past smallMax and compaction back under
// it, Copy, Merge into an empty dict, Clear.
func TestSmallDictHashBits(t *testing.T) {
	type hd = Dict[*hkey, *tval]
	set := func(d *hd, ids ...int) {
		for _, id := range ids {
			if err := d.Set(&hkey{id % 70, id}, v(id)); err != nil {
				t.Fatal(err)
			}
		}
	}
	del := func(d *hd, ids ...int) {
		for _, id := range ids {
			if _, err := d.Delete(&hkey{id % 70, id}); err != nil {
				t.Fatal(err)
			}
		}
	}
	check := func(name string, d *hd, live ...int) {
		t.Helper()
		in := map[int]bool{}
		for _, id := range live {
			in[id] = true
		}
		for id := 0; id < 140; id++ {
			val, ok, err := d.Get(&hkey{id % 70, id})
			if err != nil || ok != in[id] || ok && val.n != id {
				t.Errorf("%s: Get(%d) = %v, %v, %v; want present=%v", name, id, val, ok, err, in[id])
			}
		}
		if d.Len() != len(live) {
			t.Errorf("%s: Len = %d, want %d", name, d.Len(), len(live))
		}
	}
	d := New[*hkey, *tval](0)
	set(d, 1, 2, 3)
	check("three", d, 1, 2, 3)
	del(d, 2)
	set(d, 72, 65) // 72 shares 2's hash, 65 hashes as 65 (bit 1)
	check("re-added", d, 1, 3, 72, 65)
	set(d, 10, 11, 12, 13, 14, 15, 16)
	check("indexed", d, 1, 3, 72, 65, 10, 11, 12, 13, 14, 15, 16)
	del(d, 10, 11, 12, 13, 14, 15, 16, 3)
	d.Compact()
	check("compacted", d, 1, 72, 65)
	c := d.Copy()
	check("copy", c, 1, 72, 65)
	e := New[*hkey, *tval](0)
	if err := e.Merge(c, true); err != nil {
		t.Fatal(err)
	}
	check("merged", e, 1, 72, 65)
	e.Clear()
	check("cleared", e)
	set(e, 40, 41)
	check("refilled", e, 40, 41)
	var z hd // the zero dict
	set(&z, 5)
	check("zero", &z, 5)
}

// TestReserve: Reserve keeps contents, order, chains, entry indexes and
// versions, and the keys inserted after it need no further growth.
func TestReserve(t *testing.T) {
	for _, tc := range []struct{ before, reserve, after int }{
		{0, 16, 16}, {3, 4, 1}, {4, 64, 60}, {8, 40, 30}, {9, 100, 91}, {40, 41, 1}, {40, 640, 600}, {20, 10, 5},
	} {
		d := newT()
		for i := 0; i < tc.before; i++ {
			fill(d, i)
		}
		if tc.before > 10 {
			d.Delete(k(3)) // a tombstone in the middle
		}
		ver, kv := d.Version(), d.KeysVersion()
		idx, _ := d.Lookup(k(2))
		d.Reserve(tc.reserve)
		if d.Version() != ver || d.KeysVersion() != kv {
			t.Errorf("%+v: Reserve changed versions", tc)
		}
		if j, _ := d.Lookup(k(2)); j != idx {
			t.Errorf("%+v: entry of key 2 moved %d -> %d", tc, idx, j)
		}
		capBefore := cap(d.entries)
		for i := tc.before; i < tc.before+tc.after; i++ {
			fill(d, i+i/99) // no key 99: its __eq__ fails
		}
		if tc.reserve >= d.EntriesLen() && cap(d.entries) != capBefore {
			t.Errorf("%+v: grew again after Reserve: cap %d -> %d", tc, capBefore, cap(d.entries))
		}
		want := 0
		for j := 0; j < tc.before+tc.after; j++ {
			i := j
			if j >= tc.before {
				i = j + j/99
			}
			got, ok, _ := d.Get(k(i))
			if tc.before > 10 && i == 3 {
				if ok {
					t.Errorf("%+v: deleted key 3 found", tc)
				}
				continue
			}
			want++
			if !ok || got.n != i {
				t.Errorf("%+v: key %d: %v %v", tc, i, got, ok)
			}
		}
		if d.Len() != want || len(keysOf(d)) != want {
			t.Errorf("%+v: len %d, keys %v, want %d", tc, d.Len(), keysOf(d), want)
		}
		// deletes still unlink from the chains the new index carries
		for i := 0; i < tc.before+tc.after && i < 99; i += 2 {
			d.Delete(k(i))
		}
		for i := 1; i < tc.before+tc.after && i < 99; i += 2 {
			if _, ok, _ := d.Get(k(i)); !ok && !(i == 3 && tc.before > 10) {
				t.Errorf("%+v: key %d lost after deletes", tc, i)
			}
		}
	}
}
