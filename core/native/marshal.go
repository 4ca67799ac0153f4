package native

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/codecache"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// marshal: CPython's internal serialization format (version 4). Code
// objects are written in pyvar's own encoding (core/codecache's) under
// CPython's code type byte, as each implementation's .pyc holds its own
// code: a CPython code object does not load (ValueError). dumps never emits back-references (CPython
// emits them for objects referenced more than once, which a Go runtime
// cannot count), so its bytes can differ from CPython's for shared
// objects; loads reads everything CPython writes except code objects.

func init() { register("marshal", newMarshal) }

const marshalVersion = 4

const (
	mNull          = '0'
	mNone          = 'N'
	mFalse         = 'F'
	mTrue          = 'T'
	mStopIter      = 'S'
	mEllipsis      = '.'
	mInt           = 'i'
	mInt64         = 'I' // read only: old versions
	mFloat         = 'f'
	mBinaryFloat   = 'g'
	mComplex       = 'x'
	mBinaryComplex = 'y'
	mLong          = 'l'
	mString        = 's'
	mInterned      = 't'
	mRef           = 'r'
	mTuple         = '('
	mList          = '['
	mDict          = '{'
	mCode          = 'c'
	mUnicode       = 'u'
	mSet           = '<'
	mFrozenSet     = '>'
	mASCII         = 'a'
	mASCIIInterned = 'A'
	mSmallTuple    = ')'
	mShortASCII    = 'z'
	mShortASCIIInt = 'Z'
	flagRef        = 0x80
)

func newMarshal(in *vm.Interp) (*object.Module, error) {
	m := newModule("marshal", "This module contains functions that can read and write Python values in\na binary format. The format is specific to Python, but independent of\nmachine architecture issues.")
	setAttr(m, "version", object.Int(marshalVersion))
	defFunc(m, "dumps", func(args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("marshal", "dumps", args, kw, 1, 2); err != nil {
			return object.Null, err
		}
		var w marshalWriter
		if err := w.write(args[0], 0); err != nil {
			return object.Null, err
		}
		return object.NewBytes(w.b), nil
	})
	defFunc(m, "loads", func(args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("marshal", "loads", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		b, err := binData(args[0]) // any buffer: importlib passes a memoryview of a .pyc
		if err != nil {
			return object.Null, err
		}
		r := marshalReader{b: b}
		return r.read(0)
	})
	defFunc(m, "dump", func(args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("marshal", "dump", args, kw, 2, 3); err != nil {
			return object.Null, err
		}
		var w marshalWriter
		if err := w.write(args[0], 0); err != nil {
			return object.Null, err
		}
		write, err := object.GetAttrString(args[1], "write")
		if err != nil {
			return object.Null, err
		}
		if _, err := object.Call(write, []object.Value{object.NewBytes(w.b)}, nil); err != nil {
			return object.Null, err
		}
		return object.None, nil
	})
	defFunc(m, "load", func(args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("marshal", "load", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		// CPython reads what one value needs; reading the rest of the
		// file and seeking back gives the same position afterwards.
		read, err := object.GetAttrString(args[0], "read")
		if err != nil {
			return object.Null, err
		}
		data, err := object.Call(read, nil, nil)
		if err != nil {
			return object.Null, err
		}
		b, ok := data.Object().(*object.Bytes)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "file.read() returned not bytes but %s", object.TypeOf(data).Name)
		}
		r := marshalReader{b: b.B}
		v, err := r.read(0)
		if err != nil {
			return object.Null, err
		}
		if rest := len(r.b) - r.pos; rest > 0 {
			if seek, err := object.GetAttrString(args[0], "seek"); err == nil {
				if _, err := object.Call(seek, []object.Value{object.Int(int64(-rest)), object.Int(1)}, nil); err != nil {
					return object.Null, err
				}
			}
		}
		return v, nil
	})
	return m, nil
}

func bytesLike(v object.Value) ([]byte, error) {
	switch o := object.Unwrap(v).Object().(type) {
	case *object.Bytes:
		return o.B, nil
	case *object.ByteArray:
		return o.B, nil
	}
	return nil, object.Errorf(object.TypeError, "a bytes-like object is required, not '%s'", object.TypeOf(v).Name)
}

// marshalMaxDepth is CPython's MAX_MARSHAL_STACK_DEPTH.
const marshalMaxDepth = 2000

type marshalWriter struct{ b []byte }

func (w *marshalWriter) u32(n uint32) { w.b = binary.LittleEndian.AppendUint32(w.b, n) }

func (w *marshalWriter) write(v object.Value, depth int) error {
	if depth > marshalMaxDepth {
		return object.Errorf(object.ValueError, "object too deeply nested to marshal")
	}
	switch {
	case v.IsNone():
		w.b = append(w.b, mNone)
		return nil
	case v.IsBool():
		if v.RawBool() {
			w.b = append(w.b, mTrue)
		} else {
			w.b = append(w.b, mFalse)
		}
		return nil
	case v.IsInt():
		n := v.RawInt()
		if n >= math.MinInt32 && n <= math.MaxInt32 {
			w.b = append(w.b, mInt)
			w.u32(uint32(int32(n)))
			return nil
		}
		w.long(big.NewInt(n))
		return nil
	case v.IsFloat():
		w.b = append(w.b, mBinaryFloat)
		w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(v.RawFloat()))
		return nil
	}
	if v.Is(object.Ellipsis) {
		w.b = append(w.b, mEllipsis)
		return nil
	}
	if v.Is(object.FromObject(object.StopIteration)) {
		w.b = append(w.b, mStopIter)
		return nil
	}
	// Subclasses of the built-in types are not marshallable, as in CPython.
	switch o := v.Object().(type) {
	case *object.BigInt:
		w.long(&o.V)
	case *object.Complex:
		w.b = append(w.b, mBinaryComplex)
		w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(real(o.V)))
		w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(imag(o.V)))
	case *object.Str:
		ascii := true
		for i := 0; i < len(o.S); i++ {
			if o.S[i] >= 0x80 {
				ascii = false
				break
			}
		}
		switch {
		case ascii && len(o.S) < 256:
			w.b = append(w.b, mShortASCII, byte(len(o.S)))
		case ascii:
			w.b = append(w.b, mASCII)
			w.u32(uint32(len(o.S)))
		default:
			// pyvar's strs are WTF-8: the bytes utf-8 with surrogatepass
			// gives, which is what CPython writes.
			w.b = append(w.b, mUnicode)
			w.u32(uint32(len(o.S)))
		}
		w.b = append(w.b, o.S...)
	case *object.Bytes:
		w.b = append(w.b, mString)
		w.u32(uint32(len(o.B)))
		w.b = append(w.b, o.B...)
	case *object.ByteArray:
		w.b = append(w.b, mString)
		w.u32(uint32(len(o.B)))
		w.b = append(w.b, o.B...)
	case *object.Tuple:
		if len(o.Items) < 256 {
			w.b = append(w.b, mSmallTuple, byte(len(o.Items)))
		} else {
			w.b = append(w.b, mTuple)
			w.u32(uint32(len(o.Items)))
		}
		return w.items(o.Items, depth)
	case *object.List:
		w.b = append(w.b, mList)
		w.u32(uint32(len(o.Items)))
		return w.items(o.Items, depth)
	case *object.Dict:
		w.b = append(w.b, mDict)
		for k, val := range o.All() {
			if err := w.write(k, depth+1); err != nil {
				return err
			}
			if err := w.write(val, depth+1); err != nil {
				return err
			}
		}
		w.b = append(w.b, mNull)
	case *object.Set:
		if object.TypeOf(v) == object.FrozenSetType {
			w.b = append(w.b, mFrozenSet)
		} else {
			w.b = append(w.b, mSet)
		}
		items := o.Items()
		w.u32(uint32(len(items)))
		return w.items(items, depth)
	case *code.Code:
		// pyvar's own encoding (the code cache's) under the code type:
		// py_compile and compileall write .pyvar-310.pyc files with it,
		// which pyvar alone reads back, as every implementation's .pyc.
		b, err := codecache.Encode(o)
		if err != nil {
			return object.Errorf(object.ValueError, "unmarshallable object")
		}
		w.b = append(w.b, mCode)
		w.u32(uint32(len(b)))
		w.b = append(w.b, b...)
	default:
		return object.Errorf(object.ValueError, "unmarshallable object")
	}
	return nil
}

func (w *marshalWriter) items(items []object.Value, depth int) error {
	for _, x := range items {
		if err := w.write(x, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// long writes an int in base 2**15 digits, as CPython's w_PyLong.
func (w *marshalWriter) long(x *big.Int) {
	w.b = append(w.b, mLong)
	mag := new(big.Int).Abs(x)
	var digits []uint16
	mask := big.NewInt(0x7fff)
	for mag.Sign() > 0 {
		digits = append(digits, uint16(new(big.Int).And(mag, mask).Uint64()))
		mag.Rsh(mag, 15)
	}
	n := int32(len(digits))
	if x.Sign() < 0 {
		n = -n
	}
	w.u32(uint32(n))
	for _, d := range digits {
		w.b = binary.LittleEndian.AppendUint16(w.b, d)
	}
}

type marshalReader struct {
	b    []byte
	pos  int
	refs []object.Value
}

func eofError() error {
	return object.Errorf(object.EOFError, "marshal data too short")
}

func badData() error {
	return object.Errorf(object.ValueError, "bad marshal data (unknown type code)")
}

func (r *marshalReader) need(n int) ([]byte, error) {
	if n < 0 || r.pos+n > len(r.b) {
		return nil, eofError()
	}
	s := r.b[r.pos : r.pos+n]
	r.pos += n
	return s, nil
}

func (r *marshalReader) u32() (uint32, error) {
	s, err := r.need(4)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(s), nil
}

func (r *marshalReader) size() (int, error) {
	n, err := r.u32()
	if err != nil {
		return 0, err
	}
	if int32(n) < 0 {
		return 0, object.Errorf(object.ValueError, "bad marshal data (size out of range)")
	}
	return int(n), nil
}

func (r *marshalReader) read(depth int) (object.Value, error) {
	if depth > marshalMaxDepth {
		return object.Null, object.Errorf(object.ValueError, "recursion limit exceeded")
	}
	tb, err := r.need(1)
	if err != nil {
		return object.Null, object.Errorf(object.EOFError, "EOF read where object expected")
	}
	code, ref := tb[0]&^flagRef, tb[0]&flagRef != 0
	refIdx := -1
	if ref {
		refIdx = len(r.refs)
		r.refs = append(r.refs, object.None) // filled once the object exists
	}
	v, err := r.readTyped(code, depth, refIdx)
	if err != nil {
		return object.Null, err
	}
	if ref {
		r.refs[refIdx] = v
	}
	return v, nil
}

func (r *marshalReader) readTyped(code byte, depth, refIdx int) (object.Value, error) {
	switch code {
	case mNone:
		return object.None, nil
	case mTrue:
		return object.True, nil
	case mFalse:
		return object.False, nil
	case mEllipsis:
		return object.Ellipsis, nil
	case mStopIter:
		return object.FromObject(object.StopIteration), nil
	case mNull:
		return object.Null, object.Errorf(object.TypeError, "NULL object in marshal data for object")
	case mInt:
		n, err := r.u32()
		return object.Int(int64(int32(n))), err
	case mInt64:
		s, err := r.need(8)
		if err != nil {
			return object.Null, err
		}
		return object.Int(int64(binary.LittleEndian.Uint64(s))), nil
	case mLong:
		n, err := r.u32()
		if err != nil {
			return object.Null, err
		}
		cnt := int32(n)
		neg := cnt < 0
		if neg {
			cnt = -cnt
		}
		if cnt < 0 || int(cnt) > (len(r.b)-r.pos)/2 {
			return object.Null, object.Errorf(object.ValueError, "bad marshal data (long size out of range)")
		}
		x := new(big.Int)
		for i := int(cnt) - 1; i >= 0; i-- {
			d := binary.LittleEndian.Uint16(r.b[r.pos+2*i:])
			if d > 0x7fff {
				return object.Null, object.Errorf(object.ValueError, "bad marshal data (digit out of range in long)")
			}
			x.Lsh(x, 15)
			x.Or(x, big.NewInt(int64(d)))
		}
		r.pos += 2 * int(cnt)
		if neg {
			x.Neg(x)
		}
		return object.NewBigInt(x), nil
	case mBinaryFloat:
		s, err := r.need(8)
		if err != nil {
			return object.Null, err
		}
		return object.Float(math.Float64frombits(binary.LittleEndian.Uint64(s))), nil
	case mBinaryComplex:
		s, err := r.need(16)
		if err != nil {
			return object.Null, err
		}
		re := math.Float64frombits(binary.LittleEndian.Uint64(s))
		im := math.Float64frombits(binary.LittleEndian.Uint64(s[8:]))
		return object.NewComplex(complex(re, im)), nil
	case mFloat, mComplex:
		return object.Null, object.Errorf(object.ValueError, "bad marshal data (text floats of marshal version 0 are not supported)")
	case mString:
		n, err := r.size()
		if err != nil {
			return object.Null, err
		}
		s, err := r.need(n)
		if err != nil {
			return object.Null, err
		}
		return object.NewBytes(append([]byte(nil), s...)), nil
	case mUnicode, mInterned, mASCII, mASCIIInterned:
		n, err := r.size()
		if err != nil {
			return object.Null, err
		}
		return r.str(n, code == mInterned || code == mASCIIInterned)
	case mShortASCII, mShortASCIIInt:
		s, err := r.need(1)
		if err != nil {
			return object.Null, err
		}
		return r.str(int(s[0]), code == mShortASCIIInt)
	case mTuple, mSmallTuple, mList, mSet, mFrozenSet:
		var n int
		if code == mSmallTuple {
			s, err := r.need(1)
			if err != nil {
				return object.Null, err
			}
			n = int(s[0])
		} else {
			var err error
			if n, err = r.size(); err != nil {
				return object.Null, err
			}
		}
		if n > len(r.b)-r.pos {
			return object.Null, eofError()
		}
		items := make([]object.Value, n)
		var list *object.List
		if code == mList {
			// A list may refer to itself: it exists before its items.
			list = object.NewList()
			if refIdx >= 0 {
				r.refs[refIdx] = object.FromObject(list)
			}
		}
		for i := range items {
			v, err := r.read(depth + 1)
			if err != nil {
				return object.Null, err
			}
			items[i] = v
		}
		switch code {
		case mList:
			list.Items = items
			return object.FromObject(list), nil
		case mSet:
			return object.NewSet(false, items...)
		case mFrozenSet:
			return object.NewSet(true, items...)
		}
		return object.TupleValue(items...), nil
	case mDict:
		d := object.NewDict(0)
		if refIdx >= 0 {
			r.refs[refIdx] = object.FromObject(d)
		}
		for {
			if r.pos < len(r.b) && r.b[r.pos] == mNull {
				r.pos++
				return object.FromObject(d), nil
			}
			k, err := r.read(depth + 1)
			if err != nil {
				return object.Null, err
			}
			v, err := r.read(depth + 1)
			if err != nil {
				return object.Null, err
			}
			if err := d.Set(k, v); err != nil {
				return object.Null, err
			}
		}
	case mRef:
		n, err := r.u32()
		if err != nil {
			return object.Null, err
		}
		if int(n) >= len(r.refs) {
			return object.Null, object.Errorf(object.ValueError, "bad marshal data (invalid reference)")
		}
		return r.refs[n], nil
	case mCode:
		n, err := r.size()
		if err != nil {
			return object.Null, err
		}
		b, err := r.need(n)
		if err != nil {
			return object.Null, err
		}
		co, err := codecache.Decode(b)
		if err != nil {
			return object.Null, object.Errorf(object.ValueError, "bad marshal data (not a code object pyvar wrote)")
		}
		return object.FromObject(co), nil
	}
	return object.Null, badData()
}

func (r *marshalReader) str(n int, intern bool) (object.Value, error) {
	s, err := r.need(n)
	if err != nil {
		return object.Null, err
	}
	if intern {
		return object.FromObject(object.Intern(string(s))), nil
	}
	return object.NewStr(string(s)), nil
}
