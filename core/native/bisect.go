package native

import (
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _bisect: CPython's Modules/_bisectmodule.c (3.10, with key=).

func init() { register("_bisect", newBisect) }

func newBisect(in *vm.Interp) (*object.Module, error) {
	m := newModule("_bisect", "Bisection algorithms.")
	for _, name := range []string{"bisect_right", "bisect_left", "insort_right", "insort_left"} {
		name := name
		right := name == "bisect_right" || name == "insort_right"
		insort := name[0] == 'i'
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			var a [5]object.Value
			if err := parseKw(name, args, kw, []string{"a", "x", "lo", "hi", "key"}, 4, 2, a[:]); err != nil {
				return object.Null, err
			}
			lo := int64(0)
			if !a[2].IsNull() {
				var err error
				if lo, err = asSsize(a[2]); err != nil {
					return object.Null, err
				}
			}
			hi := int64(-1)
			if !a[3].IsNull() && !a[3].IsNone() {
				if !isIntType(a[3]) && object.TypeOf(a[3]).LookupString("__index__").IsNull() {
					return object.Null, object.Errorf(object.TypeError, "argument should be integer or None, not '%s'", object.TypeOf(a[3]).Name)
				}
				r, err := object.Index(a[3])
				if err != nil {
					return object.Null, err
				}
				n, ok := r.AsInt()
				if !ok {
					return object.Null, object.Errorf(object.OverflowError, "cannot fit 'int' into an index-sized integer")
				}
				hi = n
			}
			key := a[4]
			if key.IsNull() {
				key = object.None
			}
			x := a[1]
			if insort && !key.IsNone() {
				var err error
				if x, err = call1(key, x); err != nil {
					return object.Null, err
				}
			}
			idx, err := bisect(a[0], x, lo, hi, key, right)
			if err != nil || !insort {
				return object.Int(idx), err
			}
			if l, ok := a[0].Object().(*object.List); ok && a[0].Kind() == object.KindObject {
				l.Items = append(l.Items, object.Null)
				copy(l.Items[idx+1:], l.Items[idx:])
				l.Items[idx] = a[1]
				return object.None, nil
			}
			_, err = object.CallMethodByName(a[0], "insert", object.Int(idx), a[1])
			return object.None, err
		})
	}
	return m, nil
}

// bisect is internal_bisect_right/left: the insertion point of x in the
// sorted a[lo:hi] (hi -1: len(a)), comparing key(a[i]) when key is not
// None.
func bisect(a, x object.Value, lo, hi int64, key object.Value, right bool) (int64, error) {
	if lo < 0 {
		return 0, object.Errorf(object.ValueError, "lo must be non-negative")
	}
	if hi == -1 {
		n, err := object.Len(a)
		if err != nil {
			return 0, err
		}
		hi = int64(n)
	}
	l, isList := a.Object().(*object.List)
	isList = isList && a.Kind() == object.KindObject
	for lo < hi {
		mid := int64((uint64(lo) + uint64(hi)) / 2)
		var item object.Value
		if isList && mid < int64(len(l.Items)) {
			item = l.Items[mid]
		} else {
			var err error
			if item, err = seqGetItem(a, mid); err != nil {
				return 0, err
			}
		}
		if !key.IsNone() {
			var err error
			if item, err = call1(key, item); err != nil {
				return 0, err
			}
		}
		var lt bool
		var err error
		if right {
			lt, err = object.CompareBool(x, item, object.CmpLt)
		} else {
			lt, err = object.CompareBool(item, x, object.CmpLt)
		}
		if err != nil {
			return 0, err
		}
		if lt == right {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

// seqGetItem is PySequence_GetItem: a[i] for sequences only.
func seqGetItem(a object.Value, i int64) (object.Value, error) {
	t := object.TypeOf(a)
	if t.IsSubtype(object.DictType) || t.IsSubtype(object.MappingProxyType) {
		// A mapping without sequence item access.
		return object.Null, object.Errorf(object.TypeError, "%s is not a sequence", t.Name)
	}
	if !isSeqRepeat(a) && t.LookupString("__getitem__").IsNull() {
		return object.Null, object.Errorf(object.TypeError, "'%s' object does not support indexing", t.Name)
	}
	return object.GetItem(a, object.Int(i))
}
