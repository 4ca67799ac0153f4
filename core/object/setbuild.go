package object

import (
	"math/bits"
	"sync/atomic"
)

// setBuilder is a reusable scratch set in which a new set's table is
// built before its final size is known: set(iterable), frozenset(iterable)
// and the results of set algebra. The tables the scratch set grows through
// stay with the builder for the next build, so a new set costs only the
// allocation of its final table (CPython's intermediate tables are freed
// and reused at once; in Go each would be fresh memory). The result is
// a copy of the scratch table, so its layout, and its iteration order,
// are those the incremental build gives, as in CPython.
type setBuilder struct {
	smallSet
	spare   [setBuilderTables][]setEntry // by log2 of the size
	touched uint32                       // bit k: spare[k] holds entries
}

// setBuilderTables bounds the tables a builder keeps: up to 2^15 entries
// (1 MB); a larger set's tables are allocated as usual.
const setBuilderTables = 16

// freeSetBuilder is the builder not in use (nil while one is): a build
// nested in another (a generator inside set(...) that builds a set) or on
// another thread makes its own.
var freeSetBuilder atomic.Pointer[setBuilder]

// newSetBuilder returns an empty builder set.
func newSetBuilder() *Set {
	b := freeSetBuilder.Swap(nil)
	if b == nil {
		b = &setBuilder{}
		b.s.table = b.small[:]
		b.s.builder = b
	}
	return &b.s
}

// table returns a zeroed table of n entries for the builder's set.
func (b *setBuilder) table(n int) []setEntry {
	k := bits.TrailingZeros(uint(n))
	if k >= setBuilderTables {
		return make([]setEntry, n)
	}
	if b.spare[k] == nil {
		b.spare[k] = make([]setEntry, n)
	}
	b.touched |= 1 << k
	return b.spare[k]
}

// finishBuild returns a set (frozen or not) with a copy of the built
// table and gives the builder back (nil when err is not nil).
func (s *Set) finishBuild(frozen bool, err error) (*Set, error) {
	var r *Set
	if err == nil {
		if len(s.table) == setMinSize {
			r = newSet(frozen)
		} else {
			r = &Set{table: make([]setEntry, len(s.table)), frozen: frozen}
		}
		copy(r.table, s.table)
		r.fill, r.used = s.fill, s.used
	}
	s.releaseBuilder()
	return r, err
}

// releaseBuilder empties the builder's set and gives the builder back.
func (s *Set) releaseBuilder() {
	b := s.builder
	clear(b.small[:])
	for t := b.touched; t != 0; t &= t - 1 {
		clear(b.spare[bits.TrailingZeros32(t)])
	}
	b.touched = 0
	s.table, s.fill, s.used, s.finger = b.small[:], 0, 0, 0
	freeSetBuilder.Store(b)
}

// buildSet is set(it) or frozenset(it) for a new set: the members of an
// iterable that is neither a set nor a dict (those are merged with one
// resize up front) gathered in a builder.
func buildSet(it Value, frozen bool) (*Set, error) {
	if _, ok := Unwrap(it).o.(*Set); ok || exactDict(it) != nil {
		return setFrom(it, frozen)
	}
	s := newSetBuilder()
	return s.finishBuild(frozen, Iterate(it, func(x Value) (bool, error) { return true, s.add(x) }))
}

// LenNewSet is len(set(it)) and len(frozenset(it)) when nothing else sees
// the new set (the VM's `len(set(...))`): the members are gathered in a
// builder exactly as set(it) gathers them (the same __hash__ and __eq__
// calls, the same errors), then counted, and no set is made. ok is false
// when it is a set or a dict, which set() copies without a builder: the
// caller then calls set as usual.
func LenNewSet(it Value) (n int, ok bool, err error) {
	if _, isSet := Unwrap(it).o.(*Set); isSet || exactDict(it) != nil {
		return 0, false, nil
	}
	s := newSetBuilder()
	err = Iterate(it, func(x Value) (bool, error) { return true, s.add(x) })
	n = s.used
	s.releaseBuilder()
	return n, true, err
}

// LenAnd is len(a & b) for an exact set or frozenset a and b when nothing
// else sees the intersection (the VM's `len(a & b)`): the members are
// gathered in a builder as `a & b` gathers them, then counted. ok is
// false for any other operands (the caller runs the operator).
func LenAnd(a, b Value) (n int, ok bool, err error) {
	s, ok1 := a.o.(*Set)
	o, ok2 := b.o.(*Set)
	if !ok1 || !ok2 {
		return 0, false, nil
	}
	if o == s {
		return s.used, true, nil
	}
	r := newSetBuilder()
	err = s.intersectInto(r, o, true, b)
	n = r.used
	r.releaseBuilder()
	return n, true, err
}
