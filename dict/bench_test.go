package dict

import (
	"hash/maphash"
	"strconv"
	"testing"
)

// bval mimics object.Value (dict cannot import core/object): a kind, a
// payload word and an interface holding heap objects; bstr caches its
// hash as object.Str does.
type bval struct {
	o any
	n uint64
	k uint8
}

type bstr struct {
	s      string
	hash   uint64
	hashed bool
}

var bseed = maphash.MakeSeed()

func (s *bstr) Hash() uint64 {
	if !s.hashed {
		s.hash = maphash.String(bseed, s.s)
		s.hashed = true
	}
	return s.hash
}

func bint(i int) bval     { return bval{n: uint64(i), k: 1} }
func bname(s string) bval { return bval{o: &bstr{s: s}, k: 2} }

func (v bval) Hash() (uint64, error) {
	switch v.k {
	case 1:
		return v.n, nil
	case 2:
		if s, ok := v.o.(*bstr); ok {
			return s.Hash(), nil
		}
	}
	return 0, nil
}

func (v bval) Equal(w bval) (bool, error) {
	if v.k == 2 && w.k == 2 {
		a, b := v.o.(*bstr), w.o.(*bstr)
		return a == b || a.s == b.s, nil
	}
	return v.k == w.k && v.n == w.n, nil
}

// globalsLike returns a dict shaped like a small module's globals and the
// interned names it holds.
func globalsLike(n int) (*Dict[bval, bval], []bval) {
	d := New[bval, bval](0)
	names := make([]bval, n)
	for i := range names {
		names[i] = bname("name" + strconv.Itoa(i))
		d.Set(names[i], bint(i))
	}
	return d, names
}

// BenchmarkGetInterned is LOAD_NAME/LOAD_GLOBAL's lookup: the key is the
// very str object stored in the dict.
func BenchmarkGetInterned(b *testing.B) {
	d, names := globalsLike(40)
	key := names[17]
	b.ReportAllocs()
	for b.Loop() {
		if _, ok, _ := d.Get(key); !ok {
			b.Fatal("missing")
		}
	}
}

// BenchmarkGetEqualKey looks up with an equal but not identical str.
func BenchmarkGetEqualKey(b *testing.B) {
	d, _ := globalsLike(40)
	key := bname("name17")
	b.ReportAllocs()
	for b.Loop() {
		if _, ok, _ := d.Get(key); !ok {
			b.Fatal("missing")
		}
	}
}

// BenchmarkGetMissing is the globals miss of a builtin name.
func BenchmarkGetMissing(b *testing.B) {
	d, _ := globalsLike(40)
	key := bname("len")
	b.ReportAllocs()
	for b.Loop() {
		if _, ok, _ := d.Get(key); ok {
			b.Fatal("found")
		}
	}
}

// BenchmarkSetExisting is STORE_NAME of a loop variable: rebinding an
// existing key to a new value, which draws a new version.
func BenchmarkSetExisting(b *testing.B) {
	d, names := globalsLike(40)
	key := names[3]
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		d.Set(key, bint(i))
	}
}

// BenchmarkSetIdentical rebinds a key to the value it already has.
func BenchmarkSetIdentical(b *testing.B) {
	d, names := globalsLike(40)
	key := names[3]
	val := bint(3)
	b.ReportAllocs()
	for b.Loop() {
		d.Set(key, val)
	}
}

// BenchmarkInsertDelete adds and removes one key (del of a global).
func BenchmarkInsertDelete(b *testing.B) {
	d, _ := globalsLike(40)
	key := bname("tmp")
	b.ReportAllocs()
	for b.Loop() {
		d.Set(key, bint(1))
		d.Delete(key)
	}
}

// BenchmarkNewSmall creates a dict and fills three keys (an instance
// __dict__ or a small literal).
func BenchmarkNewSmall(b *testing.B) {
	_, names := globalsLike(3)
	b.ReportAllocs()
	for b.Loop() {
		d := New[bval, bval](0)
		for i, n := range names {
			d.Set(n, bint(i))
		}
	}
}

// BenchmarkValueAt is the keys-strategy cache hit: an index read.
func BenchmarkValueAt(b *testing.B) {
	d, names := globalsLike(40)
	i, _ := d.Lookup(names[17])
	b.ReportAllocs()
	var sink bval
	for b.Loop() {
		sink = d.ValueAt(i)
	}
	_ = sink
}

// BenchmarkGoMapBaseline is a plain Go map[string] lookup, for scale.
func BenchmarkGoMapBaseline(b *testing.B) {
	m := map[string]int{}
	for i := 0; i < 40; i++ {
		m["name"+strconv.Itoa(i)] = i
	}
	key := "name17"
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := m[key]; !ok {
			b.Fatal("missing")
		}
	}
}
