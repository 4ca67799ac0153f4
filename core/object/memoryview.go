package object

import (
	"fmt"
	"strings"
)

// MemoryView is a memoryview: a Buffer of another object, sliced, cast
// and read or written item by item.
type MemoryView struct {
	view     *Buffer        // this view's shape, strides, offset and format
	mbuf     *managedBuffer // the exporter's buffer, shared by derived views
	released bool
	exports  int // buffers of this view handed out
	hash     int64
	hashed   bool
}

// managedBuffer is the exporter's buffer shared by a memoryview and the
// views made from it (slices, casts): released when the last one is.
type managedBuffer struct {
	buf  *Buffer
	refs int
}

// derive makes a view sharing m's exporter buffer.
func (m *MemoryView) derive(v *Buffer) Value {
	m.mbuf.refs++
	return FromObject(&MemoryView{view: v, mbuf: m.mbuf})
}

// MemoryViewType is the memoryview type.
var MemoryViewType = newBuiltinType("memoryview", ObjectType)

// Type returns MemoryViewType.
func (m *MemoryView) Type() *Type { return MemoryViewType }

// NewMemoryView returns memoryview(v).
func NewMemoryView(v Value) (Value, error) {
	if m, ok := Unwrap(v).o.(*MemoryView); ok {
		// A view of a view shares its exporter's buffer.
		if err := m.check(); err != nil {
			return Null, err
		}
		view := *m.view
		view.Shape = append([]int(nil), view.Shape...)
		view.Strides = append([]int(nil), view.Strides...)
		return m.derive(&view), nil
	}
	b, err := GetBuffer(v, false)
	if err != nil {
		if ExceptionMatches(err, TypeError) {
			return Null, Errorf(TypeError, "memoryview: a bytes-like object is required, not '%s'", TypeOf(v).Name)
		}
		return Null, err
	}
	view := *b
	view.Shape = append([]int(nil), b.Shape...)
	view.Strides = append([]int(nil), b.Strides...)
	return FromObject(&MemoryView{view: &view, mbuf: &managedBuffer{buf: b, refs: 1}}), nil
}

func (m *MemoryView) check() error {
	if m.released {
		return Errorf(ValueError, "operation forbidden on released memoryview object")
	}
	return nil
}

func mvSelf(v Value) (*MemoryView, error) {
	m := Unwrap(v).o.(*MemoryView)
	return m, m.check()
}

// release ends the view, as memoryview.release() and __exit__ do.
func (m *MemoryView) release() error {
	if m.released {
		return nil
	}
	if m.exports > 0 {
		return Errorf(BufferError, "memoryview has %d exported buffer%s", m.exports, plural(m.exports))
	}
	m.released = true
	if m.mbuf.refs--; m.mbuf.refs == 0 {
		m.mbuf.buf.Release()
	}
	return nil
}

func (m *MemoryView) itemCode() (byte, error) {
	c, size := nativeItemSize(m.view.Format)
	if size == 0 || size != m.view.ItemSize {
		return 0, Errorf(NotImplementedError, "memoryview: format %s not supported", m.view.Format)
	}
	return c, nil
}

func (m *MemoryView) item(off int) (Value, error) {
	c, err := m.itemCode()
	if err != nil {
		return Null, err
	}
	return unpackItem(c, m.view.Buf[off:off+m.view.ItemSize]), nil
}

func (m *MemoryView) ndim() int { return len(m.view.Shape) }

// index resolves one index along dimension dim to a byte offset.
func (m *MemoryView) index(key Value, dim int) (int, error) {
	i, err := AsIndex(key)
	if err != nil {
		if ExceptionMatches(err, TypeError) {
			return 0, Errorf(TypeError, "memoryview: invalid slice key")
		}
		return 0, err
	}
	n := m.view.Shape[dim]
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, Errorf(IndexError, "index out of bounds on dimension %d", dim+1)
	}
	return i * m.view.Strides[dim], nil
}

// itemOffset resolves an int or a tuple of ints to an item's offset.
func (m *MemoryView) itemOffset(key Value) (int, bool, error) {
	if t, ok := key.o.(*Tuple); ok {
		slices := 0
		for _, x := range t.Items {
			if _, isSlice := x.o.(*Slice); isSlice {
				slices++
			}
		}
		if slices > 0 && slices == len(t.Items) {
			return 0, false, Errorf(NotImplementedError, "multi-dimensional slicing is not implemented")
		}
		if slices > 0 {
			return 0, false, Errorf(TypeError, "memoryview: invalid slice key")
		}
		if len(t.Items) != m.ndim() {
			if len(t.Items) < m.ndim() {
				return 0, false, Errorf(NotImplementedError, "sub-views are not implemented")
			}
			return 0, false, Errorf(TypeError, "cannot index %d-dimension view with %d-element tuple", m.ndim(), len(t.Items))
		}
		off := m.view.Offset
		for d, x := range t.Items {
			o, err := m.index(x, d)
			if err != nil {
				return 0, false, err
			}
			off += o
		}
		return off, true, nil
	}
	if isIntValue(Unwrap(key)) || !TypeOf(key).Lookup(strIndex).IsNull() {
		if m.ndim() == 0 {
			return 0, false, Errorf(TypeError, "invalid indexing of 0-dim memory")
		}
		if m.ndim() > 1 {
			return 0, false, Errorf(NotImplementedError, "multi-dimensional sub-views are not implemented")
		}
		o, err := m.index(key, 0)
		return m.view.Offset + o, true, err
	}
	return 0, false, nil
}

func (m *MemoryView) getItem(key Value) (Value, error) {
	if m.ndim() == 0 {
		if key.Is(Ellipsis) {
			return FromObject(m), nil
		}
		if t, ok := key.o.(*Tuple); ok && len(t.Items) == 0 {
			return m.item(m.view.Offset)
		}
		return Null, Errorf(TypeError, "invalid indexing of 0-dim memory")
	}
	if s, ok := key.o.(*Slice); ok {
		start, _, step, n, err := s.Indices(m.view.Shape[0])
		if err != nil {
			return Null, err
		}
		v := *m.view
		v.Shape = append([]int(nil), m.view.Shape...)
		v.Strides = append([]int(nil), m.view.Strides...)
		v.Offset += start * v.Strides[0]
		v.Shape[0] = n
		v.Strides[0] *= step
		return m.derive(&v), nil
	}
	if key.Is(Ellipsis) {
		return FromObject(m), nil
	}
	off, ok, err := m.itemOffset(key)
	if err != nil {
		return Null, err
	}
	if !ok {
		return Null, Errorf(TypeError, "memoryview: invalid slice key")
	}
	return m.item(off)
}

func (m *MemoryView) setItem(key, val Value) error {
	if m.view.ReadOnly {
		return Errorf(TypeError, "cannot modify read-only memory")
	}
	if val.IsNull() {
		return Errorf(TypeError, "cannot delete memory")
	}
	if m.ndim() == 0 {
		if t, ok := key.o.(*Tuple); (ok && len(t.Items) == 0) || key.Is(Ellipsis) {
			c, err := m.itemCode()
			if err != nil {
				return err
			}
			o := m.view.Offset
			return packItem(c, m.view.Format, m.view.Buf[o:o+m.view.ItemSize], val)
		}
		return Errorf(TypeError, "invalid indexing of 0-dim memory")
	}
	if s, ok := key.o.(*Slice); ok {
		if m.ndim() != 1 {
			return Errorf(NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1")
		}
		dst, err := m.getItem(FromObject(s))
		if err != nil {
			return err
		}
		dv := dst.o.(*MemoryView)
		defer dv.release()
		src, err := GetBuffer(val, false)
		if err != nil {
			return err
		}
		defer src.Release()
		if !sameFormat(src.Format, dv.view.Format) || src.ItemSize != dv.view.ItemSize || len(src.Shape) != 1 || src.Shape[0] != dv.view.Shape[0] {
			return Errorf(ValueError, "memoryview assignment: lvalue and rvalue have different structures")
		}
		data := append([]byte(nil), src.Bytes()...) // the source may overlap
		size := dv.view.ItemSize
		for i := 0; i < dv.view.Shape[0]; i++ {
			o := dv.view.Offset + i*dv.view.Strides[0]
			copy(dv.view.Buf[o:o+size], data[i*size:(i+1)*size])
		}
		return nil
	}
	off, ok, err := m.itemOffset(key)
	if err != nil {
		return err
	}
	if !ok {
		return Errorf(TypeError, "memoryview: invalid slice key")
	}
	c, err := m.itemCode()
	if err != nil {
		return err
	}
	return packItem(c, m.view.Format, m.view.Buf[off:off+m.view.ItemSize], val)
}

func sameFormat(a, b string) bool {
	a, b = strings.TrimPrefix(a, "@"), strings.TrimPrefix(b, "@")
	return a == b
}

func (m *MemoryView) toList() (Value, error) {
	c, err := m.itemCode()
	if err != nil {
		return Null, err
	}
	var walk func(dim, off int) Value
	walk = func(dim, off int) Value {
		if dim == m.ndim() {
			return unpackItem(c, m.view.Buf[off:off+m.view.ItemSize])
		}
		items := make([]Value, m.view.Shape[dim])
		for i := range items {
			items[i] = walk(dim+1, off+i*m.view.Strides[dim])
		}
		return FromObject(NewList(items...))
	}
	return walk(0, m.view.Offset), nil
}

func (m *MemoryView) cast(format string, shape Value) (Value, error) {
	if !m.view.Contiguous() {
		return Null, Errorf(TypeError, "memoryview: casts are restricted to C-contiguous views")
	}
	c, size := nativeItemSize(format)
	if size == 0 {
		return Null, Errorf(ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	srcByte := isByteFormat(m.view.Format)
	if !srcByte && !isByteFormat(format) {
		return Null, Errorf(TypeError, "memoryview: cannot cast between two non-byte formats")
	}
	_ = c
	nbytes := m.view.Len()
	var dims []int
	if !shape.IsNull() {
		var items []Value
		switch s := shape.o.(type) {
		case *List:
			items = s.Items
		case *Tuple:
			items = s.Items
		default:
			return Null, Errorf(TypeError, "shape must be a list or a tuple")
		}
		if len(items) > 64 {
			return Null, Errorf(ValueError, "memoryview: number of dimensions must not exceed 64")
		}
		if m.ndim() != 1 && len(items) != 1 {
			return Null, Errorf(TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D")
		}
		prod := size
		for _, it := range items {
			n, ok := it.AsInt()
			if !ok || !it.IsInt() {
				return Null, Errorf(TypeError, "memoryview.cast(): elements of shape must be integers")
			}
			if n <= 0 {
				return Null, Errorf(ValueError, "memoryview.cast(): elements of shape must be integers > 0")
			}
			dims = append(dims, int(n))
			prod *= int(n)
		}
		if prod != nbytes {
			return Null, Errorf(TypeError, "memoryview: product(shape) * itemsize != buffer size")
		}
	} else {
		if m.ndim() > 1 && !isByteFormat(format) {
			// ND -> 1D with a non-byte destination is allowed by CPython
			// only through bytes; keep its rule.
		}
		if nbytes%size != 0 {
			return Null, Errorf(TypeError, "memoryview: length is not a multiple of itemsize")
		}
		dims = []int{nbytes / size}
	}
	v := *m.view
	v.Format = format
	v.ItemSize = size
	v.Shape = dims
	v.Strides = make([]int, len(dims))
	st := size
	for i := len(dims) - 1; i >= 0; i-- {
		v.Strides[i] = st
		st *= dims[i]
	}
	return m.derive(&v), nil
}

func isByteFormat(f string) bool {
	f = strings.TrimPrefix(f, "@")
	return f == "B" || f == "b" || f == "c"
}

// mvEqual compares a memoryview with another buffer item by item, as
// memory_richcompare does; ok is false when other exports no buffer.
func mvEqual(m *MemoryView, other Value) (eq, ok bool, err error) {
	if om, isMV := Unwrap(other).o.(*MemoryView); isMV && (om.released || m.released) {
		return om == m, true, nil
	}
	if m.released {
		return false, IsBuffer(other), nil
	}
	if !IsBuffer(other) {
		return false, false, nil
	}
	ob, err := GetBuffer(other, false)
	if err != nil {
		return false, false, err
	}
	defer ob.Release()
	if len(ob.Shape) != m.ndim() {
		return false, true, nil
	}
	for i, s := range ob.Shape {
		if s != m.view.Shape[i] {
			return false, true, nil
		}
	}
	if sameFormat(ob.Format, m.view.Format) && ob.ItemSize == m.view.ItemSize && isByteFormat(ob.Format) {
		return string(m.view.Bytes()) == string(ob.Bytes()), true, nil
	}
	c1, s1 := nativeItemSize(m.view.Format)
	c2, s2 := nativeItemSize(ob.Format)
	if s1 == 0 || s2 == 0 || s1 != m.view.ItemSize || s2 != ob.ItemSize {
		return false, false, nil
	}
	a, b := m.view.Bytes(), ob.Bytes()
	for i := 0; i*s1 < len(a); i++ {
		x := unpackItem(c1, a[i*s1:(i+1)*s1])
		y := unpackItem(c2, b[i*s2:(i+1)*s2])
		e, err := Equal(x, y)
		if err != nil || !e {
			return false, true, err
		}
	}
	return true, true, nil
}

func intsTuple(xs []int) Value {
	items := make([]Value, len(xs))
	for i, x := range xs {
		items[i] = Int(int64(x))
	}
	return FromObject(NewTuple(items...))
}

// hexString is bytes.hex with an optional separator every bytesPerSep
// bytes, counted from the right (or the left when negative).
func hexString(b []byte, sep string, perSep int) string {
	const digits = "0123456789abcdef"
	if sep == "" || perSep == 0 || len(b) == 0 {
		out := make([]byte, 2*len(b))
		for i, c := range b {
			out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
		}
		return string(out)
	}
	var sb strings.Builder
	n := perSep
	if n < 0 {
		n = -n
	}
	for i, c := range b {
		if i > 0 {
			var boundary bool
			if perSep > 0 {
				boundary = (len(b)-i)%n == 0
			} else {
				boundary = i%n == 0
			}
			if boundary {
				sb.WriteString(sep)
			}
		}
		sb.WriteByte(digits[c>>4])
		sb.WriteByte(digits[c&15])
	}
	return sb.String()
}

// HexArgs parses hex()'s sep and bytes_per_sep as bytes.hex does.
func HexArgs(fname string, args []Value, kwnames []string) (string, int, error) {
	var a [2]Value
	if err := ParseArgs(fname, args, kwnames, []string{"sep", "bytes_per_sep"}, 2, 0, a[:]); err != nil {
		return "", 0, err
	}
	if a[0].IsNull() {
		return "", 1, nil
	}
	n, err := Len(a[0])
	if err != nil {
		return "", 0, err
	}
	if n != 1 {
		return "", 0, Errorf(ValueError, "sep must be length 1.")
	}
	var sep string
	switch s := Unwrap(a[0]).o.(type) {
	case *Str:
		sep = s.S
		for _, r := range sep {
			if r > 127 {
				return "", 0, Errorf(ValueError, "sep must be ASCII.")
			}
		}
	case *Bytes:
		sep = string(s.B)
	case *ByteArray:
		sep = string(s.B)
	default:
		return "", 0, Errorf(TypeError, "sep must be str or bytes.")
	}
	per := 1
	if !a[1].IsNull() {
		n, err := ArgCInt(a[1])
		if err != nil {
			return "", 0, err
		}
		per = n
	}
	return sep, per, nil
}

// HexString exposes hexString for the modules that format bytes as hex.
func HexString(b []byte, sep string, perSep int) string { return hexString(b, sep, perSep) }

func init() {
	t := MemoryViewType
	t.Native = true
	t.final = true
	t.SetNew(func(_ *Type, args []Value, kwnames []string) (Value, error) {
		var a [1]Value
		if err := ParseArgs("memoryview", args, kwnames, []string{"object"}, 1, 1, a[:]); err != nil {
			return Null, err
		}
		return NewMemoryView(a[0])
	}, nil)
	t.addSlot("__repr__", func(self Value, args []Value, kw []string) (Value, error) {
		m := Unwrap(self).o.(*MemoryView)
		if m.released {
			return NewStr(fmt.Sprintf("<released memory at %#x>", ObjectID(m))), nil
		}
		return NewStr(fmt.Sprintf("<memory at %#x>", ObjectID(m))), nil
	})
	t.addSlot("__len__", func(self Value, args []Value, kw []string) (Value, error) {
		m, err := mvSelf(self)
		if err != nil {
			return Null, err
		}
		if m.ndim() == 0 {
			return Null, Errorf(TypeError, "0-dim memory has no length")
		}
		return Int(int64(m.view.Shape[0])), nil
	})
	t.addSlot("__getitem__", func(self Value, args []Value, kw []string) (Value, error) {
		m, err := mvSelf(self)
		if err != nil {
			return Null, err
		}
		return m.getItem(args[0])
	})
	t.addSlot("__setitem__", func(self Value, args []Value, kw []string) (Value, error) {
		m, err := mvSelf(self)
		if err != nil {
			return Null, err
		}
		return None, m.setItem(args[0], args[1])
	})
	t.addSlot("__delitem__", func(self Value, args []Value, kw []string) (Value, error) {
		m, err := mvSelf(self)
		if err != nil {
			return Null, err
		}
		return None, m.setItem(args[0], Null)
	})
	t.addSlot("__iter__", func(self Value, args []Value, kw []string) (Value, error) {
		m, err := mvSelf(self)
		if err != nil {
			return Null, err
		}
		if m.ndim() == 0 {
			return Null, Errorf(TypeError, "invalid indexing of 0-dim memory")
		}
		if m.ndim() > 1 {
			return Null, Errorf(NotImplementedError, "multi-dimensional sub-views are not implemented")
		}
		l, err := m.toList()
		if err != nil {
			return Null, err
		}
		return GetIter(l)
	})
	for _, op := range []CompareOp{CmpEq, CmpNe} {
		op := op
		t.addSlot(compareNames[op].S, func(self Value, args []Value, kw []string) (Value, error) {
			if err := slotArgs(compareNames[op].S, args, kw, 1); err != nil {
				return Null, err
			}
			eq, ok, err := mvEqual(Unwrap(self).o.(*MemoryView), args[0])
			if err != nil || !ok {
				return NotImplemented, err
			}
			return Bool(eq == (op == CmpEq)), nil
		})
	}
	t.addSlot("__hash__", func(self Value, args []Value, kw []string) (Value, error) {
		m, err := mvSelf(self)
		if err != nil {
			return Null, err
		}
		if !m.hashed {
			if !m.view.ReadOnly {
				return Null, Errorf(ValueError, "cannot hash writable memoryview object")
			}
			if !isByteFormat(m.view.Format) {
				return Null, Errorf(ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
			}
			if !m.view.Obj.IsNull() {
				if _, err := Hash(m.view.Obj); err != nil {
					return Null, err
				}
			}
			h, err := Hash(NewBytes(m.view.Bytes()))
			if err != nil {
				return Null, err
			}
			m.hash, m.hashed = h, true
		}
		return Int(m.hash), nil
	})
	t.addSlot("__enter__", func(self Value, args []Value, kw []string) (Value, error) {
		_, err := mvSelf(self)
		return self, err
	})
	t.addSlot("__exit__", func(self Value, args []Value, kw []string) (Value, error) {
		return None, Unwrap(self).o.(*MemoryView).release()
	})
	t.addMethod("release", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("release", args, kw); err != nil {
			return Null, err
		}
		return None, self.o.(*MemoryView).release()
	})
	t.addMethod("tobytes", func(self Value, args []Value, kw []string) (Value, error) {
		var a [1]Value
		if err := ParseArgs("tobytes", args, kw, []string{"order"}, 1, 0, a[:]); err != nil {
			return Null, err
		}
		m, err := mvSelf(self)
		if err != nil {
			return Null, err
		}
		return NewBytes(append([]byte(nil), m.view.Bytes()...)), nil
	})
	t.addMethod("tolist", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("tolist", args, kw); err != nil {
			return Null, err
		}
		m, err := mvSelf(self)
		if err != nil {
			return Null, err
		}
		return m.toList()
	})
	t.addMethod("hex", func(self Value, args []Value, kw []string) (Value, error) {
		sep, per, err := HexArgs("hex", args, kw)
		if err != nil {
			return Null, err
		}
		m, err := mvSelf(self)
		if err != nil {
			return Null, err
		}
		return NewStr(hexString(m.view.Bytes(), sep, per)), nil
	})
	t.addMethod("toreadonly", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("toreadonly", args, kw); err != nil {
			return Null, err
		}
		m, err := mvSelf(self)
		if err != nil {
			return Null, err
		}
		v := *m.view
		v.ReadOnly = true
		return m.derive(&v), nil
	})
	t.addMethod("cast", func(self Value, args []Value, kw []string) (Value, error) {
		var a [2]Value
		if err := ParseArgs("cast", args, kw, []string{"format", "shape"}, 2, 1, a[:]); err != nil {
			return Null, err
		}
		m, err := mvSelf(self)
		if err != nil {
			return Null, err
		}
		f, ok := Unwrap(a[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeError, "cast() argument 'format' must be str, not %s", TypeOf(a[0]).Name)
		}
		return m.cast(f.S, a[1])
	})
	getter := func(name string, f func(m *MemoryView) Value) {
		t.addGetter(name, func(self Value) (Value, error) {
			m, err := mvSelf(self)
			if err != nil {
				return Null, err
			}
			return f(m), nil
		})
	}
	getter("obj", func(m *MemoryView) Value { return m.view.Obj })
	getter("nbytes", func(m *MemoryView) Value { return Int(int64(m.view.Len())) })
	getter("readonly", func(m *MemoryView) Value { return Bool(m.view.ReadOnly) })
	getter("itemsize", func(m *MemoryView) Value { return Int(int64(m.view.ItemSize)) })
	getter("format", func(m *MemoryView) Value { return NewStr(m.view.Format) })
	getter("ndim", func(m *MemoryView) Value { return Int(int64(m.ndim())) })
	getter("shape", func(m *MemoryView) Value { return intsTuple(m.view.Shape) })
	getter("strides", func(m *MemoryView) Value { return intsTuple(m.view.Strides) })
	getter("suboffsets", func(m *MemoryView) Value { return FromObject(NewTuple()) })
	getter("c_contiguous", func(m *MemoryView) Value { return Bool(m.view.Contiguous()) })
	getter("contiguous", func(m *MemoryView) Value { return Bool(m.view.Contiguous()) })
	getter("f_contiguous", func(m *MemoryView) Value {
		if m.ndim() <= 1 {
			return Bool(m.view.Contiguous())
		}
		st := m.view.ItemSize
		for i, s := range m.view.Shape {
			if s > 1 && m.view.Strides[i] != st {
				return False
			}
			st *= s
		}
		return True
	})
}
