package native

import "github.com/pyvar/pyvar/core/object"

// pickleMemo is the Pickler's memo: object identity to memo index, an
// open-addressing table keyed by the object's address (CPython's
// PyMemoTable). It holds the objects, so their addresses stay theirs
// for the pickler's life. A Go map of interfaces cost a third of a
// dumps() in growth alone.
type pickleMemo struct {
	keys []object.Object // nil: empty slot
	vals []int32
	n    int
	mask uint64
}

const pickleMemoMin = 32

func memoHash(o object.Object) uint64 {
	return (object.ObjectID(o) >> 3) * 0x9E3779B97F4A7C15
}

func (m *pickleMemo) Len() int { return m.n }

func (m *pickleMemo) get(o object.Object) (int, bool) {
	if m.n == 0 {
		return 0, false
	}
	i := memoHash(o) >> 32 & m.mask
	for {
		k := m.keys[i]
		if k == nil {
			return 0, false
		}
		if k == o {
			return int(m.vals[i]), true
		}
		i = (i + 1) & m.mask
	}
}

func (m *pickleMemo) put(o object.Object, v int) {
	if (m.n+1)*3 >= len(m.keys)*2 {
		m.grow()
	}
	i := memoHash(o) >> 32 & m.mask
	for {
		k := m.keys[i]
		if k == nil {
			m.keys[i], m.vals[i] = o, int32(v)
			m.n++
			return
		}
		if k == o {
			m.vals[i] = int32(v)
			return
		}
		i = (i + 1) & m.mask
	}
}

func (m *pickleMemo) grow() {
	old, oldv := m.keys, m.vals
	size := pickleMemoMin
	for size*2 <= (m.n+1)*3 {
		size *= 2
	}
	size *= 2
	m.keys, m.vals, m.mask, m.n = make([]object.Object, size), make([]int32, size), uint64(size-1), 0
	for j, k := range old {
		if k != nil {
			m.put(k, int(oldv[j]))
		}
	}
}

// clear empties the memo, keeping its table when it is small.
func (m *pickleMemo) clear() {
	if len(m.keys) > 1024 {
		*m = pickleMemo{}
		return
	}
	if m.n > 0 {
		clear(m.keys)
	}
	m.n = 0
}

// each calls fn for every entry.
func (m *pickleMemo) each(fn func(o object.Object, v int)) {
	for j, k := range m.keys {
		if k != nil {
			fn(k, int(m.vals[j]))
		}
	}
}

// copyFrom makes m a copy of src.
func (m *pickleMemo) copyFrom(src *pickleMemo) {
	*m = pickleMemo{keys: append([]object.Object(nil), src.keys...), vals: append([]int32(nil), src.vals...), n: src.n, mask: src.mask}
}
