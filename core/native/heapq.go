package native

import (
	"math/bits"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _heapq: CPython's Modules/_heapqmodule.c. The heap is a Python list
// sifted in place with the same comparisons, in the same order, as
// CPython's, so heaps of equal keys come out arranged identically; a
// comparison that resizes the list raises RuntimeError.

func init() { register("_heapq", newHeapq) }

const heapqAbout = `Heap queues

A heap is a list where a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k,
counting from 0; the smallest item is a[0]. heappush and heappop keep
that invariant in O(log n) time, heapify establishes it in O(n).`

func newHeapq(in *vm.Interp) (*object.Module, error) {
	m := newModule("_heapq", "Heap queue algorithm (a.k.a. priority queue).")
	setAttr(m, "__about__", object.NewStr(heapqAbout))
	defFunc(m, "heappush", func(args []object.Value, kw []string) (object.Value, error) {
		l, err := heapArgs("heappush", args, kw, 2)
		if err != nil {
			return object.Null, err
		}
		l.Append(args[1])
		return object.None, siftdown(l, 0, len(l.Items)-1, false)
	})
	pop := func(name string, max bool) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			l, err := heapArgs(name, args, kw, 1)
			if err != nil {
				return object.Null, err
			}
			return heappop(l, max)
		})
	}
	pop("heappop", false)
	pop("_heappop_max", true)
	replace := func(name string, max bool) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			l, err := heapArgs(name, args, kw, 2)
			if err != nil {
				return object.Null, err
			}
			if len(l.Items) == 0 {
				return object.Null, object.Errorf(object.IndexError, "index out of range")
			}
			r := l.Items[0]
			l.Items[0] = args[1]
			return r, siftup(l, 0, max)
		})
	}
	replace("heapreplace", false)
	replace("_heapreplace_max", true)
	defFunc(m, "heappushpop", func(args []object.Value, kw []string) (object.Value, error) {
		l, err := heapArgs("heappushpop", args, kw, 2)
		if err != nil {
			return object.Null, err
		}
		item := args[1]
		if len(l.Items) == 0 {
			return item, nil
		}
		lt, err := object.CompareBool(l.Items[0], item, object.CmpLt)
		if err != nil {
			return object.Null, err
		}
		if !lt {
			return item, nil
		}
		if len(l.Items) == 0 {
			return object.Null, object.Errorf(object.IndexError, "index out of range")
		}
		r := l.Items[0]
		l.Items[0] = item
		return r, siftup(l, 0, false)
	})
	heapify := func(name string, max bool) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			l, err := heapArgs(name, args, kw, 1)
			if err != nil {
				return object.Null, err
			}
			return object.None, heapifyList(l, max)
		})
	}
	heapify("heapify", false)
	heapify("_heapify_max", true)
	return m, nil
}

// heapArgs checks a heap function's arguments (n of them, the first a
// list) with the wording of its Argument Clinic signature.
func heapArgs(name string, args []object.Value, kw []string, n int) (*object.List, error) {
	if n == 1 {
		if err := exactlyOne("_heapq", name, args, kw); err != nil {
			return nil, err
		}
	} else if err := funcPosOnly("_heapq", name, args, kw, n, n); err != nil {
		return nil, err
	}
	l, ok := object.Unwrap(args[0]).Object().(*object.List)
	if !ok || !object.TypeOf(args[0]).IsSubtype(object.ListType) {
		what := "argument 1"
		if n == 1 {
			what = "argument"
		}
		return nil, object.Errorf(object.TypeError, "%s() %s must be list, not %s", name, what, argTypeName(args[0]))
	}
	return l, nil
}

// heapLess compares for a min-heap (a < b) or a max-heap (b < a).
func heapLess(a, b object.Value, max bool) (bool, error) {
	if max {
		a, b = b, a
	}
	if a.IsInt() && b.IsInt() {
		return a.RawInt() < b.RawInt(), nil
	}
	return object.CompareBool(a, b, object.CmpLt)
}

const errHeapResized = "list changed size during iteration"

// siftdown moves the item at pos up towards startpos while it is smaller
// than its parent.
func siftdown(l *object.List, startpos, pos int, max bool) error {
	size := len(l.Items)
	if pos >= size {
		return object.Errorf(object.IndexError, "index out of range")
	}
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		lt, err := heapLess(l.Items[pos], l.Items[parentpos], max)
		if err != nil {
			return err
		}
		if size != len(l.Items) {
			return object.Errorf(object.RuntimeError, errHeapResized)
		}
		if !lt {
			break
		}
		l.Items[parentpos], l.Items[pos] = l.Items[pos], l.Items[parentpos]
		pos = parentpos
	}
	return nil
}

// siftup moves the smaller child up until pos is a leaf, then sifts the
// item there down to its place.
func siftup(l *object.List, pos int, max bool) error {
	endpos := len(l.Items)
	startpos := pos
	if pos >= endpos {
		return object.Errorf(object.IndexError, "index out of range")
	}
	limit := endpos >> 1
	for pos < limit {
		childpos := 2*pos + 1
		if childpos+1 < endpos {
			lt, err := heapLess(l.Items[childpos], l.Items[childpos+1], max)
			if err != nil {
				return err
			}
			if !lt {
				childpos++
			}
			if endpos != len(l.Items) {
				return object.Errorf(object.RuntimeError, errHeapResized)
			}
		}
		l.Items[childpos], l.Items[pos] = l.Items[pos], l.Items[childpos]
		pos = childpos
	}
	return siftdown(l, startpos, pos, max)
}

func heappop(l *object.List, max bool) (object.Value, error) {
	n := len(l.Items)
	if n == 0 {
		return object.Null, object.Errorf(object.IndexError, "index out of range")
	}
	last := l.Items[n-1]
	l.Items[n-1] = object.Null
	l.Items = l.Items[:n-1]
	if n == 1 {
		return last, nil
	}
	r := l.Items[0]
	l.Items[0] = last
	return r, siftup(l, 0, max)
}

// heapifyList is heapify_internal: bottom-up for small lists, in
// CPython's cache-friendly order (the same comparisons, the same heap)
// past 2500 items.
func heapifyList(l *object.List, max bool) error {
	n := len(l.Items)
	if n <= 2500 {
		for i := n/2 - 1; i >= 0; i-- {
			if err := siftup(l, i, max); err != nil {
				return err
			}
		}
		return nil
	}
	m := n >> 1
	leftmost := (1 << (bits.Len(uint(m+1)) - 1)) - 1
	mhalf := m >> 1
	sift := func(i int) error {
		for j := i; ; j >>= 1 {
			if err := siftup(l, j, max); err != nil {
				return err
			}
			if j&1 == 0 {
				return nil
			}
		}
	}
	for i := leftmost - 1; i >= mhalf; i-- {
		if err := sift(i); err != nil {
			return err
		}
	}
	for i := m - 1; i >= leftmost; i-- {
		if err := sift(i); err != nil {
			return err
		}
	}
	return nil
}
