package object

import (
	"math"
	"sync/atomic"
	"unsafe"
)

// GetItem returns v[key].
func GetItem(v, key Value) (Value, error) {
	if v.IsObject() {
		switch o := v.o.(type) {
		case *List:
			if key.IsInt() {
				i := int64(key.n)
				if i < 0 {
					i += int64(len(o.Items))
				}
				if uint64(i) >= uint64(len(o.Items)) {
					return Null, Errorf(IndexError, "list index out of range")
				}
				return o.Items[i], nil
			}
			return listGetItem(o, key)
		case *Tuple:
			if key.IsInt() {
				i := int64(key.n)
				if i < 0 {
					i += int64(len(o.Items))
				}
				if uint64(i) >= uint64(len(o.Items)) {
					return Null, Errorf(IndexError, "tuple index out of range")
				}
				return o.Items[i], nil
			}
			return tupleGetItem(o, key)
		case *Dict:
			r, ok, err := o.Get(key)
			if err != nil {
				return Null, err
			}
			if !ok {
				return Null, NewException(KeyError, key)
			}
			return r, nil
		case *Str:
			return strGetItem(o, key)
		case *Type:
			// A metaclass's __getitem__ comes first (EnumMeta: Color['RED']).
			if meta := o.Type(); meta != TypeType {
				if m := meta.Lookup(strGetitem); !m.IsNull() {
					return CallMethodValue1(m, v, key)
				}
			}
			if m := o.Lookup(Intern("__class_getitem__")); !m.IsNull() {
				bound, _, err := descrGet(m, Null, o)
				if err != nil {
					return Null, err
				}
				return Call1(bound, key)
			}
			return Null, Errorf(TypeError, "'%s' object is not subscriptable", o.Type().Name)
		}
		t := v.o.Type()
		if t.ItemGet != nil {
			if r, ok := t.ItemGet(v, key); ok {
				return r, nil
			}
		}
		if t.viaNamespace() {
			if m := t.Lookup(strGetitem); !m.IsNull() {
				return CallMethodValue1(m, v, key)
			}
		} else if r, ok, err := builtinGetItem(v, key); ok || err != nil {
			return r, err
		}
	}
	return Null, Errorf(TypeError, "'%s' object is not subscriptable", TypeOf(v).Name)
}

// SetItem does v[key] = val.
func SetItem(v, key, val Value) error {
	if v.IsObject() {
		switch o := v.o.(type) {
		case *List:
			if key.IsInt() {
				i := int64(key.n)
				if i < 0 {
					i += int64(len(o.Items))
				}
				if uint64(i) >= uint64(len(o.Items)) {
					return Errorf(IndexError, "list assignment index out of range")
				}
				o.Items[i] = val
				return nil
			}
			return listSetItem(o, key, val)
		case *Dict:
			return o.Set(key, val)
		}
		t := v.o.Type()
		if t.ItemSet != nil && t.ItemSet(v, key, val) {
			return nil
		}
		if t.viaNamespace() {
			if m := t.Lookup(strSetitem); !m.IsNull() {
				_, err := CallMethodValue2(m, v, key, val)
				return err
			}
		} else if ok, err := builtinSetItem(v, key, val); ok || err != nil {
			return err
		}
	}
	return Errorf(TypeError, "'%s' object does not support item assignment", TypeOf(v).Name)
}

// DelItem does del v[key].
func DelItem(v, key Value) error {
	if v.IsObject() {
		switch o := v.o.(type) {
		case *List:
			return listDelItem(o, key)
		case *Dict:
			ok, err := o.Delete(key)
			if err != nil {
				return err
			}
			if !ok {
				return NewException(KeyError, key)
			}
			return nil
		}
		t := v.o.Type()
		if t.viaNamespace() {
			if m := t.Lookup(strDelitem); !m.IsNull() {
				_, err := CallMethodValue1(m, v, key)
				return err
			}
		} else if ok, err := builtinSetItem(v, key, Null); ok || err != nil {
			return err
		}
	}
	return Errorf(TypeError, "'%s' object doesn't support item deletion", TypeOf(v).Name)
}

// Iterator is implemented by built-in iterators: Next returns ok=false
// when exhausted, without raising StopIteration.
type Iterator interface {
	Object
	Next() (v Value, ok bool, err error)
}

// GetIter returns iter(v).
func GetIter(v Value) (Value, error) {
	if v.IsObject() {
		switch o := v.o.(type) {
		case *List:
			return FromObject(&listIterator{list: o}), nil
		case *Tuple:
			return FromObject(&tupleIterator{items: o.Items}), nil
		case *Range:
			return FromObject(o.iter()), nil
		case Iterator:
			return v, nil
		}
		t := v.o.Type()
		if t.viaNamespace() {
			if m := t.Lookup(strIter); !m.IsNull() {
				if m.IsNone() {
					return Null, Errorf(TypeError, "'%s' object is not iterable", t.Name)
				}
				r, err := CallMethodValue(m, v, nil, nil)
				if err != nil {
					return Null, err
				}
				if !isIterator(r) {
					return Null, Errorf(TypeError, "iter() returned non-iterator of type '%s'", TypeOf(r).Name)
				}
				return r, nil
			}
			if m := t.Lookup(strGetitem); !m.IsNull() {
				return FromObject(&seqIterator{seq: v}), nil
			}
		} else if r, ok, err := builtinIter(v); ok || err != nil {
			return r, err
		}
	}
	return Null, Errorf(TypeError, "'%s' object is not iterable", TypeOf(v).Name)
}

func isIterator(v Value) bool {
	if _, ok := v.o.(Iterator); ok {
		return true
	}
	return v.IsObject() && !TypeOf(v).Lookup(strNext).IsNull()
}

// Next advances an iterator. ok is false when it is exhausted; a
// StopIteration raised by a Python __next__ is turned into ok=false.
func Next(it Value) (v Value, ok bool, err error) {
	if it.IsObject() {
		if i, isIt := it.o.(Iterator); isIt {
			return i.Next()
		}
		if m := it.o.Type().Lookup(strNext); !m.IsNull() {
			r, err := CallMethodValue(m, it, nil, nil)
			if err != nil {
				if ExceptionMatches(err, StopIteration) {
					Drop(err)
					return Null, false, nil
				}
				return Null, false, err
			}
			return r, true, nil
		}
	}
	return Null, false, Errorf(TypeError, "'%s' object is not an iterator", TypeOf(it).Name)
}

// Iterate calls fn for each item of iterable v, stopping early when fn
// returns false or an error.
func Iterate(v Value, fn func(item Value) (bool, error)) error {
	switch o := v.o.(type) {
	case *List:
		for i := 0; i < len(o.Items); i++ {
			if cont, err := fn(o.Items[i]); err != nil || !cont {
				return err
			}
		}
		return nil
	case *Tuple:
		for _, x := range o.Items {
			if cont, err := fn(x); err != nil || !cont {
				return err
			}
		}
		return nil
	case *Set:
		// The table walked in place, as setIterator.Next walks it, with
		// its check of the size after each item.
		used := o.used
		for i := 0; i < len(o.table); i++ {
			if e := &o.table[i]; e.state() == setActive {
				if cont, err := fn(e.key); err != nil || !cont {
					return err
				}
				if o.used != used {
					return Errorf(RuntimeError, "Set changed size during iteration")
				}
			}
		}
		return nil
	}
	it, err := GetIter(v)
	if err != nil {
		return err
	}
	if i, isIt := it.o.(Iterator); isIt && it.IsObject() {
		// A Go iterator (a generator among them): Next's check once,
		// not per item.
		for {
			x, ok, err := i.Next()
			if err != nil || !ok {
				return err
			}
			if cont, err := fn(x); err != nil || !cont {
				return err
			}
		}
	}
	for {
		x, ok, err := Next(it)
		if err != nil || !ok {
			return err
		}
		if cont, err := fn(x); err != nil || !cont {
			return err
		}
	}
}

// ToSlice returns the items of an iterable as a fresh Go slice (tuples and
// lists are copied so the caller may keep the slice). Built-in iterators and
// ranges announce their length, which is reserved first (MemoryError when it
// cannot fit, as PySequence_Tuple's preallocation); Python-level hints are
// not asked, since not every caller of ToSlice is one that CPython lets ask.
func ToSlice(v Value) ([]Value, error) {
	switch o := v.o.(type) {
	case *List:
		return append([]Value(nil), o.Items...), nil
	case *Tuple:
		return append([]Value(nil), o.Items...), nil
	case LengthHinter:
		n, err := o.LengthHint()
		if err != nil {
			return nil, err
		}
		return collect(v, n)
	case *Range:
		n, err := Len(v)
		if err != nil {
			return nil, err
		}
		return collect(v, n)
	}
	// As PySequence_List/PySequence_Tuple (list_extend): the room the
	// object's __length_hint__ asks for, unless that overflows.
	n, err := LengthHint(v, 0)
	if err != nil {
		return nil, err
	}
	return collect(v, n)
}

// collect gathers the items of v into a slice with room for n.
func collect(v Value, n int) ([]Value, error) {
	out, err := reserve(nil, n)
	if err != nil {
		return nil, err
	}
	err = Iterate(v, func(x Value) (bool, error) {
		var err error
		out, err = appendChecked(out, x)
		return err == nil, err
	})
	return out, err
}

// freeItemsBuf is collectTuple's buffer while no collection uses it (nil
// while one does: a nested or concurrent one makes its own).
var freeItemsBuf atomic.Pointer[[]Value]

// collectTuple is tuple(v) of an iterable with no length (a generator):
// its items are gathered in a reusable buffer, then copied into a tuple
// of one allocation of the final size, where a growing slice would leave
// four garbage slices behind for eight items.
func collectTuple(v Value) (*Tuple, error) {
	bp := freeItemsBuf.Swap(nil)
	if bp == nil {
		bp = new([]Value)
	}
	buf := (*bp)[:0]
	err := Iterate(v, func(x Value) (bool, error) {
		var err error
		buf, err = appendChecked(buf, x)
		return err == nil, err
	})
	var t *Tuple
	if err == nil {
		t = MakeTuple(len(buf))
		copy(t.Items, buf)
	}
	clear(buf)
	if cap(buf) <= 1<<12 {
		*bp = buf[:0]
		freeItemsBuf.Store(bp)
	}
	return t, err
}

// valueSize is the bytes a Value takes in a slice.
const valueSize = int(unsafe.Sizeof(Value{}))

// reserve returns items with room for n more, or MemoryError when they
// could not fit in the memory the process may use.
func reserve(items []Value, n int) ([]Value, error) {
	if n <= cap(items)-len(items) {
		return items, nil
	}
	if n > math.MaxInt/valueSize-len(items) {
		return items, Errorf(MemoryError, "")
	}
	if err := checkAlloc(len(items)+n, valueSize); err != nil {
		return items, err
	}
	grown := make([]Value, len(items), len(items)+n)
	copy(grown, items)
	return grown, nil
}

// appendChecked is append for slices filled from iterators of unknown
// length: before a slice of a million items or more grows (by a quarter, as
// Go grows large slices), it checks that the new backing array fits beside
// the old, so an endless iterator ends in MemoryError instead of killing the
// Go runtime.
func appendChecked(items []Value, x Value) ([]Value, error) {
	if len(items) == cap(items) && len(items) >= 1<<20 {
		if err := checkAlloc(len(items)+len(items)/2, valueSize); err != nil {
			return items, err
		}
	}
	return append(items, x), nil
}

// Contains returns `item in container`.
func Contains(container, item Value) (bool, error) {
	if container.IsObject() {
		switch o := container.o.(type) {
		case *List:
			return seqContains(o.Items, item)
		case *Tuple:
			return seqContains(o.Items, item)
		case *Dict:
			_, ok, err := o.Get(item)
			return ok, err
		case *Set:
			return o.contains(item)
		case *Str:
			s, ok := Unwrap(item).o.(*Str)
			if !ok {
				return false, Errorf(TypeError, "'in <string>' requires string as left operand, not %s", TypeOf(item).Name)
			}
			return strContains(o.S, s.S), nil
		}
		t := container.o.Type()
		if t.viaNamespace() {
			if m := t.Lookup(nameContains); !m.IsNull() {
				if m.IsNone() {
					return false, Errorf(TypeError, "'%s' object is not a container", t.Name)
				}
				r, err := CallMethodValue1(m, container, item)
				if err != nil {
					return false, err
				}
				return Truth(r)
			}
		} else if r, ok, err := builtinContains(container, item); ok || err != nil {
			return r, err
		}
	}
	found := false
	err := Iterate(container, func(x Value) (bool, error) {
		eq, err := Equal(x, item)
		if eq {
			found = true
		}
		return !eq, err
	})
	if err != nil && ExceptionMatches(err, TypeError) {
		if _, err2 := GetIter(container); err2 != nil {
			return false, Errorf(TypeError, "argument of type '%s' is not iterable", TypeOf(container).Name)
		}
	}
	return found, err
}

func seqContains(items []Value, x Value) (bool, error) {
	for i := 0; i < len(items); i++ {
		eq, err := Equal(items[i], x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// seqIterator iterates an object through __getitem__ with 0, 1, 2, ...
// until IndexError (the old sequence protocol).
type seqIterator struct {
	seq Value
	i   int64
}

// Type returns the Python type of seqIterator.
func (it *seqIterator) Type() *Type { return seqIteratorType }

// Next returns the next item; ok is false once exhausted.
func (it *seqIterator) Next() (Value, bool, error) {
	if it.seq.IsNull() {
		return Null, false, nil
	}
	r, err := GetItem(it.seq, Int(it.i))
	if err != nil {
		if ExceptionMatches(err, IndexError) || ExceptionMatches(err, StopIteration) {
			it.seq = Null
			Drop(err) // the frames of a Python __getitem__ go back to the free list
			return Null, false, nil
		}
		return Null, false, err
	}
	it.i++
	return r, true, nil
}

var seqIteratorType = newBuiltinType("iterator", ObjectType)
