package object

import (
	"encoding/binary"
	"math"
)

// The buffer protocol (PEP 3118), reduced to what pyvar's objects need: an
// exporter hands out a Buffer, a view of its bytes with the struct format
// of one item, the item size, the shape and whether it may be written.
// bytes, bytearray, memoryview and array.array export buffers; everything
// that accepts "a bytes-like object" asks GetBuffer.

// Buffer is an exported view of an object's memory. The first item starts
// at Buf[Offset]; Strides say how far apart items lie (in bytes, possibly
// negative) for each dimension, so a strided view's items are not
// contiguous.
type Buffer struct {
	Obj      Value
	Buf      []byte
	Offset   int
	ReadOnly bool
	Format   string
	ItemSize int
	Shape    []int
	Strides  []int
	release  func()
}

// BufferExporter is implemented by objects defined outside this package
// that export a buffer (array.array). release, when not nil, is called
// once when the consumer is done (to lift a resize lock).
type BufferExporter interface {
	GetBuffer(writable bool) (*Buffer, error)
}

// NewBuffer describes a contiguous one-dimensional buffer.
func NewBuffer(obj Value, b []byte, readOnly bool, format string, itemSize int, release func()) *Buffer {
	n := 0
	if itemSize > 0 {
		n = len(b) / itemSize
	}
	return &Buffer{Obj: obj, Buf: b, ReadOnly: readOnly, Format: format, ItemSize: itemSize,
		Shape: []int{n}, Strides: []int{itemSize}, release: release}
}

// Release ends the consumer's use of the buffer.
func (b *Buffer) Release() {
	if b.release != nil {
		b.release()
		b.release = nil
	}
}

// Len is the number of bytes the buffer's items take.
func (b *Buffer) Len() int {
	n := b.ItemSize
	for _, s := range b.Shape {
		n *= s
	}
	return n
}

// Contiguous reports whether the items lie in C order without gaps.
func (b *Buffer) Contiguous() bool {
	st := b.ItemSize
	for _, s := range b.Shape {
		if s == 0 {
			return true
		}
	}
	for i := len(b.Shape) - 1; i >= 0; i-- {
		if b.Shape[i] > 1 && b.Strides[i] != st {
			return false
		}
		st *= b.Shape[i]
	}
	return true
}

// Bytes returns the buffer's items as bytes in C order: the buffer's own
// memory when it is contiguous, a copy otherwise.
func (b *Buffer) Bytes() []byte {
	if b.Contiguous() {
		return b.Buf[b.Offset : b.Offset+b.Len()]
	}
	out := make([]byte, 0, b.Len())
	var walk func(dim, off int)
	walk = func(dim, off int) {
		if dim == len(b.Shape) {
			out = append(out, b.Buf[off:off+b.ItemSize]...)
			return
		}
		for i := 0; i < b.Shape[dim]; i++ {
			walk(dim+1, off+i*b.Strides[dim])
		}
	}
	walk(0, b.Offset)
	return out
}

// GetBuffer asks v for a buffer, writable or not, with CPython's errors.
func GetBuffer(v Value, writable bool) (*Buffer, error) {
	u := Unwrap(v)
	switch o := u.o.(type) {
	case *Bytes:
		if writable {
			return nil, Errorf(BufferError, "Object is not writable.")
		}
		return NewBuffer(v, o.B, true, "B", 1, nil), nil
	case *ByteArray:
		o.exports++
		return NewBuffer(v, o.B, false, "B", 1, func() { o.exports-- }), nil
	case *MemoryView:
		if err := o.check(); err != nil {
			return nil, err
		}
		if writable && o.view.ReadOnly {
			return nil, Errorf(BufferError, "memoryview: underlying buffer is not writable")
		}
		b := *o.view
		b.Obj = v
		o.exports++
		b.release = func() { o.exports-- }
		return &b, nil
	case BufferExporter:
		return o.GetBuffer(writable)
	}
	return nil, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeOf(v).Name)
}

// AsBytes returns the contents of a bytes-like object, for functions that
// read their argument at once (their own copy when it is not contiguous).
func AsBytes(v Value) ([]byte, error) {
	if b, ok := Unwrap(v).o.(*Bytes); ok {
		return b.B, nil
	}
	buf, err := GetBuffer(v, false)
	if err != nil {
		return nil, err
	}
	defer buf.Release()
	return buf.Bytes(), nil
}

// IsBuffer reports whether v exports a buffer.
func IsBuffer(v Value) bool {
	switch Unwrap(v).o.(type) {
	case *Bytes, *ByteArray, *MemoryView, BufferExporter:
		return true
	}
	return false
}

// resizeCheck is bytearray's guard while a buffer of it is exported.
func (b *ByteArray) resizeCheck() error {
	if b.exports > 0 {
		return Errorf(BufferError, "Existing exports of data: object cannot be re-sized")
	}
	return nil
}

// FloatToHalf packs f as an IEEE 754 half-precision float (the 'e'
// format), rounding half to even; ok is false when f overflows.
func FloatToHalf(f float64) (h uint16, ok bool) {
	bits := math.Float64bits(f)
	sign := uint16(bits>>48) & 0x8000
	if f != f {
		return sign | 0x7e00, true
	}
	a := math.Abs(f)
	if math.IsInf(a, 0) {
		return sign | 0x7c00, true
	}
	if a == 0 {
		return sign, true
	}
	// Scale to the half's grid: subnormals step by 2**-24, normals by
	// 2**(e-10) for e the binade's exponent.
	_, e := math.Frexp(a) // a = m * 2**e, m in [0.5, 1)
	e--                   // a in [2**e, 2**(e+1))
	if e < -14 {
		e = -14
	}
	q := a * math.Ldexp(1, 10-e) // units of the last place
	r := math.RoundToEven(q)
	m := uint32(r)
	exp := e + 15
	if m >= 2048 { // rounding carried into the next binade
		m >>= 1
		exp++
	}
	if exp >= 31 {
		return 0, false
	}
	if m < 1024 { // subnormal
		return sign | uint16(m), true
	}
	return sign | uint16(exp)<<10 | uint16(m-1024), true
}

// HalfToFloat unpacks an IEEE 754 half-precision float.
func HalfToFloat(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1f
	m := float64(h & 0x3ff)
	switch e {
	case 0:
		return sign * math.Ldexp(m, -24)
	case 31:
		if m == 0 {
			return sign * math.Inf(1)
		}
		return math.Copysign(math.NaN(), sign)
	}
	return sign * math.Ldexp(1024+m, e-25)
}

// nativeItemSize is the size of one item of a native struct format
// character ("@" prefix allowed), 0 when unknown.
func nativeItemSize(format string) (byte, int) {
	if len(format) == 2 && format[0] == '@' {
		format = format[1:]
	}
	if len(format) != 1 {
		return 0, 0
	}
	c := format[0]
	switch c {
	case 'c', 'b', 'B', '?':
		return c, 1
	case 'h', 'H':
		return c, 2
	case 'i', 'I', 'f':
		return c, 4
	case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P':
		return c, 8
	}
	return 0, 0
}

// unpackItem reads one item of a native format from b.
func unpackItem(c byte, b []byte) Value {
	switch c {
	case 'c':
		return NewBytes([]byte{b[0]})
	case 'b':
		return Int(int64(int8(b[0])))
	case 'B':
		return Int(int64(b[0]))
	case '?':
		return Bool(b[0] != 0)
	case 'h':
		return Int(int64(int16(binary.LittleEndian.Uint16(b))))
	case 'H':
		return Int(int64(binary.LittleEndian.Uint16(b)))
	case 'e':
		return Float(HalfToFloat(binary.LittleEndian.Uint16(b)))
	case 'i':
		return Int(int64(int32(binary.LittleEndian.Uint32(b))))
	case 'I':
		return Int(int64(binary.LittleEndian.Uint32(b)))
	case 'f':
		return Float(float64(math.Float32frombits(binary.LittleEndian.Uint32(b))))
	case 'l', 'q', 'n':
		return Int(int64(binary.LittleEndian.Uint64(b)))
	case 'L', 'Q', 'N', 'P':
		return newBigFromUint(binary.LittleEndian.Uint64(b))
	case 'd':
		return Float(math.Float64frombits(binary.LittleEndian.Uint64(b)))
	}
	return None
}

// packItem writes v as one item of a native format into b, with
// memoryview's errors.
func packItem(c byte, format string, b []byte, v Value) error {
	invalidType := func() error {
		return Errorf(TypeError, "memoryview: invalid type for format '%s'", format)
	}
	invalidValue := func() error {
		return Errorf(ValueError, "memoryview: invalid value for format '%s'", format)
	}
	switch c {
	case 'c':
		bb, ok := Unwrap(v).o.(*Bytes)
		if !ok {
			return invalidType()
		}
		if len(bb.B) != 1 {
			return invalidValue()
		}
		b[0] = bb.B[0]
		return nil
	case '?':
		t, err := Truth(v)
		if err != nil {
			return err
		}
		b[0] = 0
		if t {
			b[0] = 1
		}
		return nil
	case 'f', 'd', 'e':
		u := Unwrap(v)
		if !(u.IsFloat() || u.IsInt() || u.IsBool()) {
			if _, ok := u.o.(*BigInt); !ok {
				if TypeOf(v).Lookup(strFloat).IsNull() {
					return invalidType()
				}
			}
		}
		f, err := ToFloat(v)
		if err != nil {
			return err
		}
		switch c {
		case 'f':
			f32 := float32(f)
			if math.IsInf(float64(f32), 0) && !math.IsInf(f, 0) {
				return invalidValue()
			}
			binary.LittleEndian.PutUint32(b, math.Float32bits(f32))
		case 'd':
			binary.LittleEndian.PutUint64(b, math.Float64bits(f))
		default:
			h, ok := FloatToHalf(f)
			if !ok {
				return invalidValue()
			}
			binary.LittleEndian.PutUint16(b, h)
		}
		return nil
	}
	u := Unwrap(v)
	if !isIntValue(u) {
		if TypeOf(v).Lookup(strIndex).IsNull() {
			return invalidType()
		}
		var err error
		if u, err = Index(v); err != nil {
			return err
		}
	}
	x := toBig(u)
	var lo, hi int64
	unsigned := false
	switch c {
	case 'b':
		lo, hi = math.MinInt8, math.MaxInt8
	case 'B':
		lo, hi = 0, math.MaxUint8
	case 'h':
		lo, hi = math.MinInt16, math.MaxInt16
	case 'H':
		lo, hi = 0, math.MaxUint16
	case 'i':
		lo, hi = math.MinInt32, math.MaxInt32
	case 'I':
		lo, hi = 0, math.MaxUint32
	case 'l', 'q', 'n':
		lo, hi = math.MinInt64, math.MaxInt64
	default: // L Q N P
		unsigned = true
	}
	var n uint64
	if unsigned {
		if x.Sign() < 0 || !x.IsUint64() {
			return invalidValue()
		}
		n = x.Uint64()
	} else {
		if !x.IsInt64() || x.Int64() < lo || x.Int64() > hi {
			return invalidValue()
		}
		n = uint64(x.Int64())
	}
	switch len(b) {
	case 1:
		b[0] = byte(n)
	case 2:
		binary.LittleEndian.PutUint16(b, uint16(n))
	case 4:
		binary.LittleEndian.PutUint32(b, uint32(n))
	default:
		binary.LittleEndian.PutUint64(b, n)
	}
	return nil
}
