package object

import "math"

// list.sort is CPython's timsort (Objects/listsort.txt): natural runs
// extended to a minimum length by binary insertion, merged under 3.10's
// run-stack invariants with galloping, so it makes the same comparisons in
// the same order as CPython 3.10 (a __lt__ that counts or raises sees what
// it sees there) and is stable. With a key function, the keys are sorted
// and the items move with them.

// minGallop is where merging starts galloping (MIN_GALLOP).
const minGallop = 7

type sortRun struct{ base, len int }

// timsort sorts keys (and vals beside them, when vals is not nil).
type timsort struct {
	keys, vals []Value
	tmpK, tmpV []Value
	pending    []sortRun
	minGallop  int
	polls      int
}

// lt is the sort's comparison. Every 4096 comparisons it asks the
// interpreter's Poll whether to stop (a cancellation, KeyboardInterrupt);
// its error ends the sort like a comparison's, leaving a permutation.
func (ts *timsort) lt(a, b Value) (bool, error) {
	if ts.polls++; ts.polls&4095 == 0 && poll != nil {
		if err := poll(); err != nil {
			return false, err
		}
	}
	return sortLess(a, b)
}

// sortLess is a < b for the sort. Exact ints, floats and strs
// compare inline, as CPython's pre-sort check picks unsafe_long_compare,
// unsafe_float_compare and unsafe_latin_compare for them.
func sortLess(a, b Value) (bool, error) {
	switch {
	case a.IsInt() && b.IsInt():
		return int64(a.n) < int64(b.n), nil
	case a.IsFloat() && b.IsFloat():
		return math.Float64frombits(a.n) < math.Float64frombits(b.n), nil
	}
	switch x := a.o.(type) {
	case *Str:
		if sb, ok := b.o.(*Str); ok {
			return x.S < sb.S, nil
		}
	case *Tuple:
		// Tuples compare at their first unequal items; while both are
		// ints that needs no rich comparison (CPython's
		// unsafe_tuple_compare with ints first).
		if y, ok := b.o.(*Tuple); ok {
			n := min(len(x.Items), len(y.Items))
			i := 0
			for ; i < n; i++ {
				p, q := x.Items[i], y.Items[i]
				if !p.IsInt() || !q.IsInt() {
					break
				}
				if p.n != q.n {
					return int64(p.n) < int64(q.n), nil
				}
			}
			if i == n {
				return len(x.Items) < len(y.Items), nil
			}
		}
	}
	return CompareBool(a, b, CmpLt)
}

// SortValues sorts items in place with Python's semantics: a stable sort
// by < on the items or on key(item), optionally reversed (reverse keeps
// stability, as CPython's list.sort does). On an error the items are some
// permutation of what they were, as in CPython.
func SortValues(items []Value, key Value, reverse bool) error {
	if len(items) < 2 && (key.IsNull() || key.IsNone()) {
		return nil
	}
	ts := timsort{keys: items, minGallop: minGallop}
	if !key.IsNull() && !key.IsNone() {
		keys := make([]Value, len(items))
		for i, x := range items {
			k, err := Call1(key, x)
			if err != nil {
				return err
			}
			keys[i] = k
		}
		ts.keys, ts.vals = keys, items
	}
	// reverse=True is: reverse, stable sort, reverse again, which keeps
	// equal items in their original order.
	if reverse {
		ts.reverse(0, len(items))
	}
	err := ts.sort()
	if reverse {
		ts.reverse(0, len(items))
	}
	return err
}

func (ts *timsort) reverse(lo, hi int) {
	for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
		ts.keys[i], ts.keys[j] = ts.keys[j], ts.keys[i]
	}
	if ts.vals != nil {
		for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
			ts.vals[i], ts.vals[j] = ts.vals[j], ts.vals[i]
		}
	}
}

func (ts *timsort) sort() error {
	n := len(ts.keys)
	if n < 2 {
		return nil
	}
	minrun := computeMinrun(n)
	lo := 0
	for remaining := n; remaining > 0; {
		run, descending, err := ts.countRun(lo, lo+remaining)
		if err != nil {
			return err
		}
		if descending {
			ts.reverse(lo, lo+run)
		}
		if run < minrun {
			force := min(remaining, minrun)
			if err := ts.binarySort(lo, lo+force, lo+run); err != nil {
				return err
			}
			run = force
		}
		ts.pending = append(ts.pending, sortRun{lo, run})
		if err := ts.mergeCollapse(); err != nil {
			return err
		}
		lo += run
		remaining -= run
	}
	return ts.mergeForceCollapse()
}

// computeMinrun is merge_compute_minrun: n's six top bits, plus one if
// any lower bit is set.
func computeMinrun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// countRun returns the length of the run starting at lo, and whether it
// is strictly descending.
func (ts *timsort) countRun(lo, hi int) (int, bool, error) {
	if lo+1 == hi {
		return 1, false, nil
	}
	k := ts.keys
	desc, err := ts.lt(k[lo+1], k[lo])
	if err != nil {
		return 0, false, err
	}
	n := 2
	for i := lo + 2; i < hi; i, n = i+1, n+1 {
		lt, err := ts.lt(k[i], k[i-1])
		if err != nil {
			return 0, false, err
		}
		if lt != desc {
			break
		}
	}
	return n, desc, nil
}

// binarySort extends the sorted [lo, start) to [lo, hi) by binary
// insertion.
func (ts *timsort) binarySort(lo, hi, start int) error {
	k, v := ts.keys, ts.vals
	if start == lo {
		start++
	}
	for ; start < hi; start++ {
		pivot := k[start]
		l, r := lo, start
		for l < r {
			p := l + (r-l)>>1
			lt, err := ts.lt(pivot, k[p])
			if err != nil {
				return err
			}
			if lt {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(k[l+1:start+1], k[l:start])
		k[l] = pivot
		if v != nil {
			pv := v[start]
			copy(v[l+1:start+1], v[l:start])
			v[l] = pv
		}
	}
	return nil
}

// mergeCollapse restores the run-stack invariants of CPython 3.10
// (including the fix of 2015 that checks the fourth run from the top).
func (ts *timsort) mergeCollapse() error {
	for len(ts.pending) > 1 {
		p := ts.pending
		n := len(p) - 2
		if n > 0 && p[n-1].len <= p[n].len+p[n+1].len || n > 1 && p[n-2].len <= p[n-1].len+p[n].len {
			if p[n-1].len < p[n+1].len {
				n--
			}
		} else if p[n].len > p[n+1].len {
			return nil
		}
		if err := ts.mergeAt(n); err != nil {
			return err
		}
	}
	return nil
}

func (ts *timsort) mergeForceCollapse() error {
	for len(ts.pending) > 1 {
		p := ts.pending
		n := len(p) - 2
		if n > 0 && p[n-1].len < p[n+1].len {
			n--
		}
		if err := ts.mergeAt(n); err != nil {
			return err
		}
	}
	return nil
}

// mergeAt merges runs i and i+1 of the stack.
func (ts *timsort) mergeAt(i int) error {
	p := ts.pending
	sa, na := p[i].base, p[i].len
	sb, nb := p[i+1].base, p[i+1].len
	p[i].len = na + nb
	if i == len(p)-3 {
		p[i+1] = p[i+2]
	}
	ts.pending = p[:len(p)-1]
	// Where does b's first element go in a? What precedes it is in place.
	k, err := ts.gallopRight(ts.keys[sb], ts.keys[sa:sa+na], 0)
	if err != nil {
		return err
	}
	sa += k
	na -= k
	if na == 0 {
		return nil
	}
	// Where does a's last element go in b? What follows it is in place.
	nb, err = ts.gallopLeft(ts.keys[sa+na-1], ts.keys[sb:sb+nb], nb-1)
	if err != nil || nb == 0 {
		return err
	}
	if na <= nb {
		return ts.mergeLo(sa, na, sb, nb)
	}
	return ts.mergeHi(sa, na, sb, nb)
}

// gallopLeft returns k with a[k-1] < key <= a[k], searching from hint.
func (ts *timsort) gallopLeft(key Value, a []Value, hint int) (int, error) {
	n := len(a)
	lastofs, ofs := 0, 1
	lt, err := ts.lt(a[hint], key)
	if err != nil {
		return 0, err
	}
	if lt {
		// a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
		maxofs := n - hint
		for ofs < maxofs {
			if lt, err = ts.lt(a[hint+ofs], key); err != nil {
				return 0, err
			}
			if !lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	} else {
		// key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
		maxofs := hint + 1
		for ofs < maxofs {
			if lt, err = ts.lt(a[hint-ofs], key); err != nil {
				return 0, err
			}
			if lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	}
	// a[lastofs] < key <= a[ofs]; binary search in between.
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		if lt, err = ts.lt(a[m], key); err != nil {
			return 0, err
		}
		if lt {
			lastofs = m + 1
		} else {
			ofs = m
		}
	}
	return ofs, nil
}

// gallopRight returns k with a[k-1] <= key < a[k], searching from hint.
func (ts *timsort) gallopRight(key Value, a []Value, hint int) (int, error) {
	n := len(a)
	lastofs, ofs := 0, 1
	lt, err := ts.lt(key, a[hint])
	if err != nil {
		return 0, err
	}
	if lt {
		// key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
		maxofs := hint + 1
		for ofs < maxofs {
			if lt, err = ts.lt(key, a[hint-ofs]); err != nil {
				return 0, err
			}
			if !lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	} else {
		// a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
		maxofs := n - hint
		for ofs < maxofs {
			if lt, err = ts.lt(key, a[hint+ofs]); err != nil {
				return 0, err
			}
			if lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		if lt, err = ts.lt(key, a[m]); err != nil {
			return 0, err
		}
		if lt {
			ofs = m
		} else {
			lastofs = m + 1
		}
	}
	return ofs, nil
}

// tmp returns scratch space for n keys (and values).
func (ts *timsort) tmp(n int) ([]Value, []Value) {
	if cap(ts.tmpK) < n {
		ts.tmpK = make([]Value, n)
		if ts.vals != nil {
			ts.tmpV = make([]Value, n)
		}
	}
	if ts.vals == nil {
		return ts.tmpK[:n], nil
	}
	return ts.tmpK[:n], ts.tmpV[:n]
}

// move copies n keys and values from (sk, sv)[from:] to (dk, dv)[to:].
func move(dk, dv []Value, to int, sk, sv []Value, from, n int) {
	copy(dk[to:to+n], sk[from:from+n])
	if dv != nil {
		copy(dv[to:to+n], sv[from:from+n])
	}
}

// mergeLo merges the adjacent runs a = [sa, sa+na) and b = [sb, sb+nb),
// na <= nb, copying a aside; a's first element is greater than b's first,
// and a's last greater than every element of b.
func (ts *timsort) mergeLo(sa, na, sb, nb int) (err error) {
	K, V := ts.keys, ts.vals
	ak, av := ts.tmp(na)
	move(ak, av, 0, K, V, sa, na)
	dest, a := sa, 0 // a indexes the copy; sb indexes K
	move(K, V, dest, K, V, sb, 1)
	dest++
	sb++
	nb--
	mg := ts.minGallop
	defer func() {
		if err != nil && na > 0 {
			move(K, V, dest, ak, av, a, na) // leave a permutation behind
		}
	}()
	if nb == 0 {
		goto succeed
	}
	if na == 1 {
		goto copyB
	}
	for {
		acount, bcount := 0, 0
		// One element at a time until one run wins consistently.
		for {
			lt, e := ts.lt(K[sb], ak[a])
			if e != nil {
				return e
			}
			if lt {
				move(K, V, dest, K, V, sb, 1)
				dest++
				sb++
				bcount++
				acount = 0
				nb--
				if nb == 0 {
					goto succeed
				}
				if bcount >= mg {
					break
				}
			} else {
				move(K, V, dest, ak, av, a, 1)
				dest++
				a++
				acount++
				bcount = 0
				na--
				if na == 1 {
					goto copyB
				}
				if acount >= mg {
					break
				}
			}
		}
		// Gallop until neither run wins by MIN_GALLOP.
		mg++
		for {
			if mg > 1 {
				mg--
			}
			ts.minGallop = mg
			k, e := ts.gallopRight(K[sb], ak[a:a+na], 0)
			if e != nil {
				return e
			}
			acount = k
			if k > 0 {
				move(K, V, dest, ak, av, a, k)
				dest += k
				a += k
				na -= k
				if na == 1 {
					goto copyB
				}
				// na == 0 only with an inconsistent comparison.
				if na == 0 {
					goto succeed
				}
			}
			move(K, V, dest, K, V, sb, 1)
			dest++
			sb++
			nb--
			if nb == 0 {
				goto succeed
			}
			k, e = ts.gallopLeft(ak[a], K[sb:sb+nb], 0)
			if e != nil {
				return e
			}
			bcount = k
			if k > 0 {
				move(K, V, dest, K, V, sb, k)
				dest += k
				sb += k
				nb -= k
				if nb == 0 {
					goto succeed
				}
			}
			move(K, V, dest, ak, av, a, 1)
			dest++
			a++
			na--
			if na == 1 {
				goto copyB
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		mg++
		ts.minGallop = mg
	}
succeed:
	if na > 0 {
		move(K, V, dest, ak, av, a, na)
		na = 0
	}
	return nil
copyB:
	// The last element of a belongs at the end.
	move(K, V, dest, K, V, sb, nb)
	move(K, V, dest+nb, ak, av, a, 1)
	na = 0
	return nil
}

// mergeHi is mergeLo from the right, for na >= nb, copying b aside.
func (ts *timsort) mergeHi(sa, na, sb, nb int) (err error) {
	K, V := ts.keys, ts.vals
	bk, bv := ts.tmp(nb)
	move(bk, bv, 0, K, V, sb, nb)
	dest := sb + nb - 1
	a := sa + na - 1 // indexes K
	b := nb - 1      // indexes the copy
	move(K, V, dest, K, V, a, 1)
	dest--
	a--
	na--
	mg := ts.minGallop
	defer func() {
		if err != nil && nb > 0 {
			move(K, V, dest-(nb-1), bk, bv, 0, nb)
		}
	}()
	if na == 0 {
		goto succeed
	}
	if nb == 1 {
		goto copyA
	}
	for {
		acount, bcount := 0, 0
		for {
			lt, e := ts.lt(bk[b], K[a])
			if e != nil {
				return e
			}
			if lt {
				move(K, V, dest, K, V, a, 1)
				dest--
				a--
				acount++
				bcount = 0
				na--
				if na == 0 {
					goto succeed
				}
				if acount >= mg {
					break
				}
			} else {
				move(K, V, dest, bk, bv, b, 1)
				dest--
				b--
				bcount++
				acount = 0
				nb--
				if nb == 1 {
					goto copyA
				}
				if bcount >= mg {
					break
				}
			}
		}
		mg++
		for {
			if mg > 1 {
				mg--
			}
			ts.minGallop = mg
			base := a - na + 1
			k, e := ts.gallopRight(bk[b], K[base:base+na], na-1)
			if e != nil {
				return e
			}
			k = na - k
			acount = k
			if k > 0 {
				dest -= k
				a -= k
				move(K, V, dest+1, K, V, a+1, k)
				na -= k
				if na == 0 {
					goto succeed
				}
			}
			move(K, V, dest, bk, bv, b, 1)
			dest--
			b--
			nb--
			if nb == 1 {
				goto copyA
			}
			k, e = ts.gallopLeft(K[a], bk[:nb], nb-1)
			if e != nil {
				return e
			}
			k = nb - k
			bcount = k
			if k > 0 {
				dest -= k
				b -= k
				move(K, V, dest+1, bk, bv, b+1, k)
				nb -= k
				if nb == 1 {
					goto copyA
				}
				// nb == 0 only with an inconsistent comparison.
				if nb == 0 {
					goto succeed
				}
			}
			move(K, V, dest, K, V, a, 1)
			dest--
			a--
			na--
			if na == 0 {
				goto succeed
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		mg++
		ts.minGallop = mg
	}
succeed:
	if nb > 0 {
		move(K, V, dest-(nb-1), bk, bv, 0, nb)
		nb = 0
	}
	return nil
copyA:
	// The first element of b belongs at the front.
	dest -= na
	a -= na
	move(K, V, dest+1, K, V, a+1, na)
	move(K, V, dest, bk, bv, b, 1)
	nb = 0
	return nil
}
