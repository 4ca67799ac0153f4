package dict

import (
	"slices"
	"testing"
)

// model is the reference the fuzzer checks Dict against: a Go map plus the
// keys in insertion order.
type model struct {
	vals  map[int]*tval
	order []int
}

func (m *model) set(id int, val *tval) {
	if _, ok := m.vals[id]; !ok {
		m.order = append(m.order, id)
	}
	m.vals[id] = val
}

func (m *model) del(id int) {
	delete(m.vals, id)
	m.order = slices.DeleteFunc(m.order, func(x int) bool { return x == id })
}

// FuzzDict drives a Dict and the model with the same operations and checks
// after each one: same content and order, every real change moves Version
// to a value never seen before, reads and no-ops never move it, KeysVersion
// moves exactly when the key set changes, and while it stays put every
// entry index stays put.
func FuzzDict(f *testing.F) {
	f.Add([]byte{0, 1, 0, 2, 0, 3, 3, 1, 0, 1, 7, 0})
	f.Add([]byte{0, 5, 0, 10, 0, 15, 3, 10, 1, 10, 4, 0, 6, 0})
	f.Add([]byte{0, 1, 2, 0, 2, 0, 5, 0, 9, 1, 8, 2})
	f.Add(func() []byte {
		var b []byte
		for i := byte(0); i < 40; i++ {
			b = append(b, 0, i)
		}
		for i := byte(0); i < 35; i++ {
			b = append(b, 3, i)
		}
		return b
	}())
	f.Fuzz(func(t *testing.T, ops []byte) {
		d := New[*tkey, *tval](0)
		m := &model{vals: map[int]*tval{}}
		pool := []*tval{v(0), v(1), v(2), v(3)}
		// canon holds one pointer per id, so keys are sometimes identical
		// and sometimes only equal.
		canon := map[int]*tkey{}
		key := func(id int, fresh bool) *tkey {
			if fresh {
				return k(id)
			}
			if canon[id] == nil {
				canon[id] = k(id)
			}
			return canon[id]
		}
		// seen holds every version any dict of this run has shown: a real
		// change must give d a version outside it.
		seen := map[uint64]bool{d.Version(): true}
		for p := 0; p+1 < len(ops); p += 2 {
			op, arg := ops[p]%12, int(ops[p+1])
			id := arg % 48
			kk := key(id, arg&64 != 0)
			val := pool[(arg>>4)%4]
			if arg&128 != 0 {
				val = v(arg) // never identical to anything stored
			}
			ver, kver := d.Version(), d.KeysVersion()
			idx := indexes(d)
			before := snapshot(m)
			keysBefore := len(m.order)

			switch op {
			case 0, 1: // d[k] = v
				if err := d.Set(kk, val); err != nil {
					t.Fatal(err)
				}
				m.set(id, val)
			case 2: // d.setdefault(k, v)
				got, err := d.SetDefault(kk, val)
				if err != nil {
					t.Fatal(err)
				}
				if old, ok := m.vals[id]; ok {
					if got != old {
						t.Fatalf("setdefault returned %v, want stored %v", got, old)
					}
				} else {
					m.set(id, val)
				}
			case 3: // del d[k]
				found, err := d.Delete(kk)
				if err != nil {
					t.Fatal(err)
				}
				_, want := m.vals[id]
				if found != want {
					t.Fatalf("Delete(%d) found=%v, want %v", id, found, want)
				}
				m.del(id)
			case 4: // d.pop(k)
				got, found, err := d.Pop(kk)
				if err != nil {
					t.Fatal(err)
				}
				if want, ok := m.vals[id]; found != ok || got != want {
					t.Fatalf("Pop(%d) = %v %v, want %v %v", id, got, found, want, ok)
				}
				m.del(id)
			case 5: // d.popitem()
				gk, gv, ok := d.PopItem()
				if ok != (len(m.order) > 0) {
					t.Fatalf("PopItem ok=%v with %d keys", ok, len(m.order))
				}
				if ok {
					last := m.order[len(m.order)-1]
					if gk.id != last || gv != m.vals[last] {
						t.Fatalf("PopItem = %d, want %d", gk.id, last)
					}
					m.del(last)
				}
			case 6: // d.clear()
				d.Clear()
				m.vals = map[int]*tval{}
				m.order = nil
			case 7: // reads
				got, found, err := d.Get(kk)
				if err != nil {
					t.Fatal(err)
				}
				if want, ok := m.vals[id]; found != ok || got != want {
					t.Fatalf("Get(%d) = %v %v, want %v %v", id, got, found, want, ok)
				}
				if c, _ := d.Contains(kk); c != found {
					t.Fatal("Contains disagrees with Get")
				}
				if i, _ := d.Lookup(kk); (i >= 0) != found || (found && d.ValueAt(i) != got) {
					t.Fatal("Lookup disagrees with Get")
				}
			case 8: // d.update(other) with a few keys
				o := New[*tkey, *tval](0)
				for j := 0; j < 3; j++ {
					oid := (id + j*7) % 48
					o.Set(key(oid, false), pool[j])
				}
				override := arg&1 == 0
				seen[o.Version()], seen[o.KeysVersion()] = true, true
				if err := d.Merge(o, override); err != nil {
					t.Fatal(err)
				}
				for j := 0; j < 3; j++ {
					oid := (id + j*7) % 48
					if _, ok := m.vals[oid]; !ok || override {
						m.set(oid, pool[j])
					}
				}
			case 10: // DeleteAt an entry index (tombstones and out of range are no-ops)
				i := arg % (d.EntriesLen() + 2)
				if kk, _, live := d.EntryAt(i); live {
					m.del(kk.id)
				}
				d.DeleteAt(i)
			case 11: // SetAt a live entry index
				if i := arg % (d.EntriesLen() + 1); i < d.EntriesLen() {
					if kk, _, live := d.EntryAt(i); live {
						d.SetAt(i, val)
						m.set(kk.id, val)
					}
				}
			case 9: // c = d.copy(); the copy must equal d and be independent
				c := d.Copy()
				if seen[c.Version()] {
					t.Fatal("copy did not get a fresh version")
				}
				seen[c.Version()] = true
				check(t, c, m)
				c.Set(k(1000), v(0))
				seen[c.Version()], seen[c.KeysVersion()] = true, true
				ver, kver = d.Version(), d.KeysVersion()
			}

			check(t, d, m)
			changed := !sameSnapshot(before, snapshot(m))
			keysChanged := keysBefore != len(m.order) || !sameOrder(before, m)
			switch {
			case changed && d.Version() == ver:
				t.Fatalf("op %d changed the dict but kept version %d", op, ver)
			case changed && (seen[d.Version()] || d.Version() < ver):
				t.Fatalf("op %d: version %d not fresh", op, d.Version())
			case !changed && d.Version() != ver:
				t.Fatalf("op %d changed nothing but moved the version", op)
			}
			if keysChanged != (d.KeysVersion() != kver) {
				t.Fatalf("op %d: keys changed=%v but KeysVersion moved=%v", op, keysChanged, d.KeysVersion() != kver)
			}
			if d.KeysVersion() == kver {
				for kid, i := range idx {
					if j, _ := d.Lookup(key(kid, true)); j != i {
						t.Fatalf("KeysVersion unchanged but index of %d moved %d -> %d", kid, i, j)
					}
				}
			}
			if d.KeysVersion() != kver && seen[d.KeysVersion()] && d.KeysVersion() != d.Version() {
				t.Fatalf("op %d: keys version %d reused", op, d.KeysVersion())
			}
			seen[d.Version()], seen[d.KeysVersion()] = true, true
		}
	})
}

type snap struct {
	ids  []int
	vals []*tval
}

func snapshot(m *model) snap {
	s := snap{ids: slices.Clone(m.order)}
	for _, id := range m.order {
		s.vals = append(s.vals, m.vals[id])
	}
	return s
}

func sameSnapshot(a, b snap) bool {
	return slices.Equal(a.ids, b.ids) && slices.Equal(a.vals, b.vals)
}

func sameOrder(a snap, m *model) bool { return slices.Equal(a.ids, m.order) }

func indexes(d *Dict[*tkey, *tval]) map[int]int {
	idx := map[int]int{}
	for i := 0; i < d.EntriesLen(); i++ {
		if kk, _, live := d.EntryAt(i); live {
			idx[kk.id] = i
		}
	}
	return idx
}

// check compares d with m: length, order, values, and lookups of every key.
func check(t *testing.T, d *Dict[*tkey, *tval], m *model) {
	t.Helper()
	if d.Len() != len(m.order) {
		t.Fatalf("Len %d, model %d", d.Len(), len(m.order))
	}
	i := 0
	for kk, vv := range d.All() {
		if i >= len(m.order) || kk.id != m.order[i] || vv != m.vals[kk.id] {
			t.Fatalf("entry %d = %d:%v, model order %v", i, kk.id, vv, m.order)
		}
		i++
	}
	if i != len(m.order) {
		t.Fatalf("iterated %d keys, model has %d", i, len(m.order))
	}
	for _, id := range m.order {
		got, found, _ := d.Get(k(id))
		if !found || got != m.vals[id] {
			t.Fatalf("Get(%d) = %v %v, model %v", id, got, found, m.vals[id])
		}
	}
}
