package native

import (
	"math"
	"math/big"
	"strings"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _struct: packing values into bytes by format strings ("<hid", "@3sP"),
// with CPython 3.10's sizes, alignment (x86-64 Linux, little-endian) and
// error messages, which differ between the native and standard packers.

func init() { register("_struct", newStructModule) }

// structItem is one format code with its repeat count (for s and p, the
// length) at its offset in the packed bytes.
type structItem struct {
	code   byte
	count  int
	offset int
	size   int // of one item (of the whole string for s and p)
}

// structFormat is a compiled format.
type structFormat struct {
	order  byte // '@', '=', '<', '>' ('!' is '>')
	items  []structItem
	size   int
	nvals  int // values packed or unpacked
	format string
}

var nativeSizes = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
	'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
var standardSizes = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
	'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}

// compileStruct parses a format as CPython's prepare_s does.
func compileStruct(format string, errT *object.Type) (*structFormat, error) {
	sf := &structFormat{order: '@', format: format}
	s := format
	if len(s) > 0 {
		switch s[0] {
		case '@', '=', '<', '>':
			sf.order = s[0]
			s = s[1:]
		case '!':
			sf.order = '>'
			s = s[1:]
		}
	}
	sizes := standardSizes
	if sf.order == '@' {
		sizes = nativeSizes
	}
	const maxSize = math.MaxInt64
	tooLong := func() error { return object.Errorf(errT, "total struct size too long") }
	if strings.IndexByte(s, 0) >= 0 {
		return nil, object.Errorf(errT, "embedded null character")
	}
	size := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		num := 1
		if c >= '0' && c <= '9' {
			num = 0
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				d := int(s[i] - '0')
				if num > (maxSize-d)/10 {
					return nil, tooLong()
				}
				num = num*10 + d
				i++
			}
			if i == len(s) {
				return nil, object.Errorf(errT, "repeat count given without format specifier")
			}
			c = s[i]
		}
		i++
		isz, ok := sizes[c]
		if !ok {
			return nil, object.Errorf(errT, "bad char in struct format")
		}
		if sf.order == '@' && isz > 1 {
			if size%isz != 0 {
				size += isz - size%isz
			}
		}
		switch c {
		case 's', 'p':
			sf.items = append(sf.items, structItem{code: c, count: num, offset: size, size: num})
			sf.nvals++
			if size > maxSize-num {
				return nil, tooLong()
			}
			size += num
		case 'x':
			if size > maxSize-num {
				return nil, tooLong()
			}
			size += num
		default:
			if num > 0 {
				sf.items = append(sf.items, structItem{code: c, count: num, offset: size, size: isz})
				sf.nvals += num
			}
			if num > (maxSize-size)/isz {
				return nil, tooLong()
			}
			size += num * isz
		}
	}
	sf.size = size
	return sf, nil
}

// structPacker holds what packing needs from the module: its error type.
type structPacker struct{ errT *object.Type }

func (p structPacker) errf(format string, a ...any) error { return object.Errorf(p.errT, format, a...) }

// intArg is get_pylong: ints, and objects with __index__.
func (p structPacker) intArg(v object.Value) (*big.Int, error) {
	u := object.Unwrap(v)
	if b, ok := object.ToBigInt(u); ok && !u.IsFloat() {
		return b, nil
	}
	if object.TypeOf(v).LookupString("__index__").IsNull() {
		return nil, p.errf("required argument is not an integer")
	}
	iv, err := object.Index(v)
	if err != nil {
		return nil, err
	}
	b, _ := object.ToBigInt(iv)
	return b, nil
}

// packInt packs one integer with the messages of the packer CPython
// uses for this code and byte order.
func (p structPacker) packInt(order, c byte, size int, b []byte, v object.Value) error {
	x, err := p.intArg(v)
	if err != nil {
		return err
	}
	signed := c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'
	outOfRange := func() error { return p.errf("argument out of range") }
	var n uint64
	switch {
	case c == 'P':
		if x.Sign() < 0 {
			if !x.IsInt64() {
				return p.errf("int too large to convert")
			}
			n = uint64(x.Int64())
		} else {
			if !x.IsUint64() {
				return p.errf("int too large to convert")
			}
			n = x.Uint64()
		}
	case order == '>' && size == 8:
		// bp_longlong: _PyLong_AsByteArray's overflow.
		if (signed && !x.IsInt64()) || (!signed && (x.Sign() < 0 || !x.IsUint64())) {
			return p.errf("int too large to convert")
		}
		if signed {
			n = uint64(x.Int64())
		} else {
			n = x.Uint64()
		}
	case signed:
		if !x.IsInt64() {
			return outOfRange()
		}
		i := x.Int64()
		lo, hi := int64(-1)<<(8*size-1), int64(1)<<(8*size-1)-1
		if size < 8 && (i < lo || i > hi) {
			native := order == '@' || ((order == '<' || order == '=') && c != 'l')
			switch {
			case c == 'b':
				return p.errf("byte format requires -128 <= number <= 127")
			case c == 'h' && native:
				return p.errf("short format requires (-0x7fff - 1) <= number <= 0x7fff")
			}
			return p.errf("'%c' format requires %d <= number <= %d", c, lo, hi)
		}
		n = uint64(i)
	default:
		native := order == '@' || ((order == '<' || order == '=') && c != 'L')
		if c == 'B' || (c == 'H' && native) {
			// np_ubyte and np_ushort read a C long first.
			if !x.IsInt64() {
				return outOfRange()
			}
			i := x.Int64()
			if c == 'B' && (i < 0 || i > 255) {
				return p.errf("ubyte format requires 0 <= number <= 255")
			}
			if c == 'H' && (i < 0 || i > 65535) {
				return p.errf("ushort format requires 0 <= number <= (0x7fff * 2 + 1)")
			}
			n = uint64(i)
			break
		}
		if x.Sign() < 0 || !x.IsUint64() {
			return outOfRange()
		}
		n = x.Uint64()
		if size < 8 && n > uint64(1)<<(8*size)-1 {
			return p.errf("'%c' format requires 0 <= number <= %d", c, uint64(1)<<(8*size)-1)
		}
	}
	putUint(order, b[:size], n)
	return nil
}

func putUint(order byte, b []byte, n uint64) {
	big := order == '>'
	for i := range b {
		if big {
			b[len(b)-1-i] = byte(n >> (8 * i))
		} else {
			b[i] = byte(n >> (8 * i))
		}
	}
}

func getUint(order byte, b []byte) uint64 {
	var n uint64
	for i := range b {
		if order == '>' {
			n = n<<8 | uint64(b[i])
		} else {
			n |= uint64(b[i]) << (8 * i)
		}
	}
	return n
}

func (p structPacker) floatArg(v object.Value) (float64, error) {
	f, err := asDouble(v)
	if err != nil && object.ExceptionMatches(err, object.TypeError) {
		return 0, p.errf("required argument is not a float")
	}
	return f, err
}

// pack writes args by sf into b (len(b) >= sf.size).
func (p structPacker) pack(sf *structFormat, b []byte, args []object.Value) error {
	k := 0
	for _, it := range sf.items {
		switch it.code {
		case 's', 'p':
			v := args[k]
			k++
			var data []byte
			switch o := object.Unwrap(v).Object().(type) {
			case *object.Bytes:
				data = o.B
			case *object.ByteArray:
				data = o.B
			default:
				return p.errf("argument for '%c' must be a bytes object", it.code)
			}
			dst := b[it.offset : it.offset+it.count]
			if it.code == 's' {
				n := copy(dst, data)
				clear(dst[n:])
				continue
			}
			if it.count == 0 {
				continue
			}
			n := len(data)
			if n > it.count-1 {
				n = it.count - 1
			}
			copy(dst[1:], data[:n])
			clear(dst[1+n:])
			if n > 255 {
				n = 255
			}
			dst[0] = byte(n)
			continue
		}
		for j := 0; j < it.count; j++ {
			v := args[k]
			k++
			dst := b[it.offset+j*it.size : it.offset+(j+1)*it.size]
			if err := p.packOne(sf.order, it.code, dst, v); err != nil {
				return err
			}
		}
	}
	return nil
}

func (p structPacker) packOne(order, c byte, dst []byte, v object.Value) error {
	switch c {
	case 'c':
		bb, ok := object.Unwrap(v).Object().(*object.Bytes)
		if !ok || len(bb.B) != 1 {
			return p.errf("char format requires a bytes object of length 1")
		}
		dst[0] = bb.B[0]
	case '?':
		t, err := object.Truth(v)
		if err != nil {
			return err
		}
		dst[0] = 0
		if t {
			dst[0] = 1
		}
	case 'e':
		f, err := p.floatArg(v)
		if err != nil {
			return err
		}
		h, ok := object.FloatToHalf(f)
		if !ok {
			return object.Errorf(object.OverflowError, "float too large to pack with e format")
		}
		putUint(order, dst, uint64(h))
	case 'f':
		f, err := p.floatArg(v)
		if err != nil {
			return err
		}
		f32 := float32(f)
		if order != '@' && math.IsInf(float64(f32), 0) && !math.IsInf(f, 0) {
			return object.Errorf(object.OverflowError, "float too large to pack with f format")
		}
		putUint(order, dst, uint64(math.Float32bits(f32)))
	case 'd':
		f, err := p.floatArg(v)
		if err != nil {
			return err
		}
		putUint(order, dst, math.Float64bits(f))
	default:
		return p.packInt(order, c, len(dst), dst, v)
	}
	return nil
}

// unpack reads the values of sf from b (len(b) >= sf.size).
func unpackStruct(sf *structFormat, b []byte) object.Value {
	out := make([]object.Value, 0, sf.nvals)
	for _, it := range sf.items {
		switch it.code {
		case 's':
			out = append(out, object.NewBytes(append([]byte(nil), b[it.offset:it.offset+it.count]...)))
			continue
		case 'p':
			if it.count == 0 {
				out = append(out, object.NewBytes([]byte{}))
				continue
			}
			n := int(b[it.offset])
			if n >= it.count {
				n = it.count - 1
			}
			out = append(out, object.NewBytes(append([]byte(nil), b[it.offset+1:it.offset+1+n]...)))
			continue
		}
		for j := 0; j < it.count; j++ {
			src := b[it.offset+j*it.size : it.offset+(j+1)*it.size]
			out = append(out, unpackOne(sf.order, it.code, src))
		}
	}
	return object.FromObject(object.NewTuple(out...))
}

func unpackOne(order, c byte, src []byte) object.Value {
	switch c {
	case 'c':
		return object.NewBytes([]byte{src[0]})
	case '?':
		return object.Bool(src[0] != 0)
	case 'e':
		return object.Float(object.HalfToFloat(uint16(getUint(order, src))))
	case 'f':
		return object.Float(float64(math.Float32frombits(uint32(getUint(order, src)))))
	case 'd':
		return object.Float(math.Float64frombits(getUint(order, src)))
	case 'b', 'h', 'i', 'l', 'q', 'n':
		n := getUint(order, src)
		shift := 64 - 8*len(src)
		return object.Int(int64(n<<shift) >> shift)
	}
	n := getUint(order, src)
	if n > math.MaxInt64 {
		return object.NewBigInt(new(big.Int).SetUint64(n))
	}
	return object.Int(int64(n))
}

// structObj is the payload of a Struct instance.
type structObj struct {
	t  *object.Type
	sf *structFormat
}

func (s *structObj) Type() *object.Type { return s.t }

func newStructModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("_struct", structDoc)
	errT := newException("struct", "error", object.Exception)
	p := structPacker{errT: errT}
	setAttr(m, "error", object.FromObject(errT))
	structT := object.NewBaseType("_struct.Struct", nil)
	iterT := object.NewBuiltinType("_struct.unpack_iterator", nil)
	// CPython's unpack_iterator has a __new__ that only refuses, with
	// this (odd) message.
	iterT.SetNew(func(*object.Type, []object.Value, []string) (object.Value, error) {
		return object.Null, object.Errorf(object.TypeError, "Cannot create '%s objects", "unpack_iterator")
	}, nil)
	setAttr(m, "Struct", object.FromObject(structT))

	formatOf := func(v object.Value) (string, error) {
		switch o := object.Unwrap(v).Object().(type) {
		case *object.Str:
			return o.S, nil
		case *object.Bytes:
			return string(o.B), nil
		}
		return "", object.Errorf(object.TypeError, "Struct() argument 1 must be a str or bytes object, not %s", object.TypeOf(v).Name)
	}
	cache := map[string]*structFormat{}
	compiled := func(v object.Value) (*structFormat, error) {
		if so, ok := object.Unwrap(v).Object().(*structObj); ok {
			return so.sf, nil
		}
		f, err := formatOf(v)
		if err != nil {
			return nil, err
		}
		if sf, ok := cache[f]; ok {
			return sf, nil
		}
		sf, err := compileStruct(f, errT)
		if err != nil {
			return nil, err
		}
		if len(cache) >= 100 {
			clear(cache)
		}
		cache[f] = sf
		return sf, nil
	}
	self := func(v object.Value) *structFormat { return object.Unwrap(v).Object().(*structObj).sf }

	pack := func(name string, sf *structFormat, args []object.Value) (object.Value, error) {
		if len(args) != sf.nvals {
			return object.Null, p.errf("%s expected %d items for packing (got %d)", name, sf.nvals, len(args))
		}
		if err := object.CheckAlloc(sf.size, 1); err != nil {
			return object.Null, err
		}
		b := make([]byte, sf.size)
		if err := p.pack(sf, b, args); err != nil {
			return object.Null, err
		}
		return object.NewBytes(b), nil
	}
	packInto := func(sf *structFormat, args []object.Value) (object.Value, error) {
		if len(args) < 1 {
			return object.Null, p.errf("pack_into expected buffer argument")
		}
		if len(args) < 2 {
			return object.Null, p.errf("pack_into expected offset argument")
		}
		if len(args)-2 != sf.nvals {
			return object.Null, p.errf("pack_into expected %d items for packing (got %d)", sf.nvals, len(args)-2)
		}
		buf, err := object.GetBuffer(args[0], true)
		if err != nil {
			if object.ExceptionMatches(err, object.BufferError) || object.ExceptionMatches(err, object.TypeError) {
				return object.Null, object.Errorf(object.TypeError, "argument must be read-write bytes-like object, not %s", object.TypeOf(args[0]).Name)
			}
			return object.Null, err
		}
		defer buf.Release()
		off, err := object.AsIndex(args[1])
		if err != nil {
			return object.Null, err
		}
		data := buf.Bytes()
		n := len(data)
		if off < 0 {
			if off+n < 0 {
				return object.Null, p.errf("offset %d out of range for %d-byte buffer", off, n)
			}
			if off+sf.size > 0 {
				return object.Null, p.errf("no space to pack %d bytes at offset %d", sf.size, off)
			}
			off += n
		}
		if n-off < sf.size {
			return object.Null, p.errf("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", uint64(sf.size)+uint64(off), // size_t in CPython: never negative
				sf.size, off, n)
		}
		if err := object.CheckAlloc(sf.size, 1); err != nil {
			return object.Null, err
		}
		tmp := make([]byte, sf.size)
		if err := p.pack(sf, tmp, args[2:]); err != nil {
			return object.Null, err
		}
		copy(data[off:], tmp)
		return object.None, nil
	}
	unpack := func(sf *structFormat, bv object.Value) (object.Value, error) {
		b, err := object.AsBytes(bv)
		if err != nil {
			return object.Null, err
		}
		if len(b) != sf.size {
			return object.Null, p.errf("unpack requires a buffer of %d bytes", sf.size)
		}
		return unpackStruct(sf, b), nil
	}
	unpackFrom := func(sf *structFormat, bv, offv object.Value) (object.Value, error) {
		b, err := object.AsBytes(bv)
		if err != nil {
			return object.Null, err
		}
		off := 0
		if !offv.IsNull() {
			if off, err = object.AsIndex(offv); err != nil {
				return object.Null, err
			}
		}
		n := len(b)
		if off < 0 {
			if off+n < 0 {
				return object.Null, p.errf("offset %d out of range for %d-byte buffer", off, n)
			}
			if off+sf.size > 0 {
				return object.Null, p.errf("not enough data to unpack %d bytes at offset %d", sf.size, off)
			}
			off += n
		}
		if n-off < sf.size {
			return object.Null, p.errf("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", uint64(sf.size)+uint64(off), // size_t in CPython: never negative
				sf.size, off, n)
		}
		return unpackStruct(sf, b[off:]), nil
	}
	iterUnpack := func(sf *structFormat, bv object.Value) (object.Value, error) {
		if sf.size == 0 {
			return object.Null, p.errf("cannot iteratively unpack with a struct of length 0")
		}
		b, err := object.AsBytes(bv)
		if err != nil {
			return object.Null, err
		}
		if len(b)%sf.size != 0 {
			return object.Null, p.errf("iterative unpacking requires a buffer of a multiple of %d bytes", sf.size)
		}
		return object.FromObject(&unpackIter{t: iterT, sf: sf, data: append([]byte(nil), b...)}), nil
	}

	structT.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		return object.WrapBuiltin(cls, object.FromObject(&structObj{t: structT, sf: &structFormat{order: '@'}})), nil
	}, func(selfV object.Value, args []object.Value, kw []string) error {
		var a [1]object.Value
		if err := object.ParseArgs("Struct", args, kw, []string{"format"}, 1, 1, a[:]); err != nil {
			return err
		}
		f, err := formatOf(a[0])
		if err != nil {
			return err
		}
		sf, err := compileStruct(f, errT)
		if err != nil {
			return err
		}
		object.Unwrap(selfV).Object().(*structObj).sf = sf
		return nil
	})
	structT.AddGetter("format", func(v object.Value) (object.Value, error) { return object.NewStr(self(v).format), nil })
	structT.AddGetter("size", func(v object.Value) (object.Value, error) { return object.Int(int64(self(v).size)), nil })
	structT.AddMethod("pack", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("Struct.pack", kw); err != nil {
			return object.Null, err
		}
		return pack("pack", self(v), args)
	})
	structT.AddMethod("pack_into", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("Struct.pack_into", kw); err != nil {
			return object.Null, err
		}
		return packInto(self(v), args)
	})
	structT.AddMethod("unpack", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("unpack", args, kw); err != nil {
			return object.Null, err
		}
		return unpack(self(v), args[0])
	})
	structT.AddMethod("unpack_from", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs("unpack_from", args, kw, []string{"buffer", "offset"}, 2, 1, a[:]); err != nil {
			return object.Null, err
		}
		return unpackFrom(self(v), a[0], a[1])
	})
	structT.AddMethod("iter_unpack", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("iter_unpack", args, kw); err != nil {
			return object.Null, err
		}
		return iterUnpack(self(v), args[0])
	})
	structT.AddMethod("__sizeof__", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.Int(int64(40 + 24*len(self(v).items))), nil
	})

	iterT.AddIteratorSlots() // __iter__ and __next__, so abc.Iterator recognises it
	iterT.AddSlot("__length_hint__", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		it := v.Object().(*unpackIter)
		return object.Int(int64((len(it.data) - it.pos) / it.sf.size)), nil
	})

	fmtArg := func(name string, args []object.Value, kw []string, min int) (*structFormat, error) {
		if err := object.NoKwargs(name, kw); err != nil {
			return nil, err
		}
		if len(args) < 1 {
			return nil, object.Errorf(object.TypeError, "missing format argument")
		}
		if err := object.CheckPositional(name, len(args), min, -1); err != nil {
			return nil, err
		}
		return compiled(args[0])
	}
	defFunc(m, "pack", func(args []object.Value, kw []string) (object.Value, error) {
		sf, err := fmtArg("pack", args, kw, 1)
		if err != nil {
			return object.Null, err
		}
		return pack("pack", sf, args[1:])
	})
	defFunc(m, "pack_into", func(args []object.Value, kw []string) (object.Value, error) {
		sf, err := fmtArg("pack_into", args, kw, 1)
		if err != nil {
			return object.Null, err
		}
		return packInto(sf, args[1:])
	})
	defFunc(m, "unpack", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("unpack", args, kw, 2, 2); err != nil {
			return object.Null, err
		}
		sf, err := compiled(args[0])
		if err != nil {
			return object.Null, err
		}
		return unpack(sf, args[1])
	})
	defFunc(m, "unpack_from", func(args []object.Value, kw []string) (object.Value, error) {
		var a [3]object.Value
		if err := object.ParseArgs("unpack_from", args, kw, []string{"format", "buffer", "offset"}, 3, 2, a[:]); err != nil {
			return object.Null, err
		}
		sf, err := compiled(a[0])
		if err != nil {
			return object.Null, err
		}
		return unpackFrom(sf, a[1], a[2])
	})
	defFunc(m, "iter_unpack", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("iter_unpack", args, kw, 2, 2); err != nil {
			return object.Null, err
		}
		sf, err := compiled(args[0])
		if err != nil {
			return object.Null, err
		}
		return iterUnpack(sf, args[1])
	})
	defFunc(m, "calcsize", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("calcsize", args, kw); err != nil {
			return object.Null, err
		}
		sf, err := compiled(args[0])
		if err != nil {
			return object.Null, err
		}
		return object.Int(int64(sf.size)), nil
	})
	defFunc(m, "_clearcache", func(args []object.Value, kw []string) (object.Value, error) {
		clear(cache)
		return object.None, nil
	})
	return m, nil
}

// unpackIter is the iterator iter_unpack returns.
type unpackIter struct {
	t    *object.Type
	sf   *structFormat
	data []byte
	pos  int
}

func (u *unpackIter) Type() *object.Type { return u.t }

// Next unpacks the next record.
func (u *unpackIter) Next() (object.Value, bool, error) {
	if u.pos+u.sf.size > len(u.data) {
		return object.Null, false, nil
	}
	v := unpackStruct(u.sf, u.data[u.pos:])
	u.pos += u.sf.size
	return v, true, nil
}

const structDoc = `Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
`
