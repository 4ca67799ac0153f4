package object

// Object sizes as CPython 3.10 reports them on a 64-bit build: pyvar's own
// layouts differ, but programs and tests use these numbers to compare
// objects (a list grows, a str is ASCII), so __sizeof__ and
// sys.getsizeof give CPython's.

// GCHeaderSize is the PyGC_Head sys.getsizeof adds for objects CPython's
// cyclic collector tracks.
const GCHeaderSize = 16

// IsGCTracked reports whether CPython would give v's type a GC header
// (Py_TPFLAGS_HAVE_GC): containers, classes, modules, exceptions and every
// instance of a class, not ints, floats, strs or bytes.
func IsGCTracked(v Value) bool {
	t := TypeOf(v)
	if t.Heap {
		return true
	}
	switch v.Kind() {
	case KindNone, KindFloat, KindInt, KindBool:
		return false
	}
	switch o := Unwrap(v).Object().(type) {
	case *Str, *Bytes, *ByteArray, *BigInt, *Range:
		return false
	case *Instance:
		return o.Class != ObjectType
	}
	return true
}

// basicSize is object.__sizeof__: CPython's tp_basicsize plus the items
// of a variable-size object, without the GC header.
func basicSize(v Value) int64 {
	u := Unwrap(v)
	var n int64
	switch u.Kind() {
	case KindNone:
		return 16
	case KindFloat:
		return 24 + heapSlots(v, u)
	case KindInt, KindBool:
		r := u.RawInt()
		if r < 0 {
			r = -r
		}
		return intSize(uint64(r)) // int.__sizeof__ ignores a subclass's slots
	}
	switch o := u.Object().(type) {
	case *BigInt:
		return 24 + 4*int64((o.V.BitLen()+29)/30)
	case *Str:
		maxr, count := rune(0), int64(0)
		for _, r := range o.S {
			count++
			maxr = max(maxr, r)
		}
		switch {
		case maxr < 0x80:
			n = 49 + count
		case maxr < 0x100:
			n = 73 + count
		case maxr < 0x10000:
			n = 74 + 2*count
		default:
			n = 76 + 4*count
		}
	case *Bytes:
		n = 33 + int64(len(o.B))
	case *ByteArray:
		n = 56
		if len(o.B) > 0 {
			n += int64(len(o.B)) + 1
		}
	case *Tuple:
		n = 24 + 8*int64(len(o.Items))
	case *List:
		n = 40 + 8*int64(cap(o.Items))
	case *Dict:
		n = dictSize(o.Len())
	case *Set:
		n = 200
		if k := o.Len(); k >= 5 {
			size := 8
			for size*3/5 <= k {
				size *= 4
			}
			n += 16 * int64(size)
		}
	case *Type:
		n = 1056
	case *Module:
		n = 56
	case *BaseException:
		n = 64
	case *Range:
		n = 48
	case *Instance:
		n = 16
		if o.Class != ObjectType {
			n += 16 // the __dict__ and __weakref__ slots
		}
	default:
		n = 32
	}
	return n + heapSlots(v, u)
}

// heapSlots is what a class deriving from a built-in type adds to its
// basic size: the __dict__ and __weakref__ slots (u is v unwrapped).
func heapSlots(v, u Value) int64 {
	if TypeOf(v).Heap && u != v {
		return 16
	}
	return 0
}

// intSize is the size of an int of magnitude r: 30-bit digits after a
// 24-byte header (zero has no digit).
func intSize(r uint64) int64 {
	n := int64(24)
	for ; r != 0; r >>= 30 {
		n += 4
	}
	return n
}

// dictSize is a dict's size for k entries: the object, and for a
// non-empty dict its keys table (indices and entries) sized as CPython
// grows it.
func dictSize(k int) int64 {
	if k == 0 {
		return 48
	}
	size := 8
	for size*2/3 < k {
		size *= 2
	}
	width := 1
	if size > 0xff {
		width = 2
	}
	if size > 0xffff {
		width = 4
	}
	return 48 + 40 + int64(size*width) + 24*int64(size*2/3)
}
