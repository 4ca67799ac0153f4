package codecache

import (
	"encoding/binary"
	"errors"
	"math"
	"math/big"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// The encoding: a magic header, then one code object. Integers are
// varints, strings and byte strings length-prefixed, values tagged.

var magic = []byte("pyvar-code\x00")

const (
	tagNone = iota + 1
	tagFalse
	tagTrue
	tagInt
	tagBigInt
	tagFloat
	tagComplex
	tagStr
	tagInternedStr
	tagBytes
	tagTuple
	tagFrozenSet
	tagEllipsis
	tagCode
)

// errUnsupported reports a constant the encoding does not cover.
var errUnsupported = errors.New("codecache: constant of an unsupported type")

type encoder struct{ b []byte }

func (e *encoder) uint(n uint64) { e.b = binary.AppendUvarint(e.b, n) }
func (e *encoder) int(n int64)   { e.b = binary.AppendVarint(e.b, n) }
func (e *encoder) str(s string) {
	e.uint(uint64(len(s)))
	e.b = append(e.b, s...)
}
func (e *encoder) strs(ss []string) {
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

// Encode serializes co and the code objects among its constants.
func Encode(co *code.Code) ([]byte, error) {
	e := &encoder{b: append([]byte(nil), magic...)}
	if err := e.code(co); err != nil {
		return nil, err
	}
	return e.b, nil
}

func (e *encoder) code(co *code.Code) error {
	for _, n := range []int{co.Argcount, co.Posonlyargcount, co.Kwonlyargcount, co.Nlocals, co.Stacksize, co.Flags, co.Firstlineno} {
		e.int(int64(n))
	}
	e.uint(uint64(len(co.Code)))
	for _, u := range co.Code {
		e.b = binary.LittleEndian.AppendUint16(e.b, uint16(u))
	}
	e.uint(uint64(len(co.Consts)))
	for _, v := range co.Consts {
		if err := e.value(v); err != nil {
			return err
		}
	}
	e.strs(co.Names)
	e.strs(co.Varnames)
	e.strs(co.Cellvars)
	e.strs(co.Freevars)
	e.str(co.Filename)
	e.str(co.Name)
	e.str(co.Qualname)
	e.uint(uint64(len(co.Lines)))
	prev := int64(0)
	for _, l := range co.Lines {
		e.int(int64(l) - prev) // deltas: mostly 0 and small
		prev = int64(l)
	}
	if co.Linetable == nil {
		e.uint(0)
	} else {
		e.uint(uint64(len(co.Linetable)) + 1)
		e.b = append(e.b, co.Linetable...)
	}
	return nil
}

func (e *encoder) value(v object.Value) error {
	switch {
	case v.IsNone():
		e.b = append(e.b, tagNone)
		return nil
	case v.IsBool():
		if v.RawBool() {
			e.b = append(e.b, tagTrue)
		} else {
			e.b = append(e.b, tagFalse)
		}
		return nil
	case v.IsInt():
		e.b = append(e.b, tagInt)
		e.int(v.RawInt())
		return nil
	case v.IsFloat():
		e.b = append(e.b, tagFloat)
		e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(v.RawFloat()))
		return nil
	case v.Is(object.Ellipsis):
		e.b = append(e.b, tagEllipsis)
		return nil
	}
	switch o := v.Object().(type) {
	case *object.BigInt:
		e.b = append(e.b, tagBigInt)
		s := o.V.Text(62)
		e.str(s)
	case *object.Complex:
		e.b = append(e.b, tagComplex)
		e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(real(o.V)))
		e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(imag(o.V)))
	case *object.Str:
		if object.IsInterned(o) {
			e.b = append(e.b, tagInternedStr)
		} else {
			e.b = append(e.b, tagStr)
		}
		e.str(o.S)
	case *object.Bytes:
		e.b = append(e.b, tagBytes)
		e.str(string(o.B))
	case *object.Tuple:
		if object.TypeOf(v) != object.TupleType {
			return errUnsupported
		}
		e.b = append(e.b, tagTuple)
		e.uint(uint64(len(o.Items)))
		for _, x := range o.Items {
			if err := e.value(x); err != nil {
				return err
			}
		}
	case *object.Set:
		if object.TypeOf(v) != object.FrozenSetType {
			return errUnsupported
		}
		items := o.Items()
		e.b = append(e.b, tagFrozenSet)
		e.uint(uint64(len(items)))
		for _, x := range items {
			if err := e.value(x); err != nil {
				return err
			}
		}
	case *code.Code:
		e.b = append(e.b, tagCode)
		return e.code(o)
	default:
		return errUnsupported
	}
	return nil
}

type decoder struct {
	b   []byte
	all string // the whole input, once: every decoded string is a piece of it
	err error
}

var errCorrupt = errors.New("codecache: corrupt entry")

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errCorrupt
	}
}

func (d *decoder) uint() uint64 {
	n, k := binary.Uvarint(d.b)
	if k <= 0 {
		d.fail()
		d.b = nil
		return 0
	}
	d.b = d.b[k:]
	return n
}

func (d *decoder) int() int64 {
	if len(d.b) > 0 && d.b[0] < 0x80 {
		// One byte (line deltas, most counts): zigzag by hand.
		x := d.b[0]
		d.b = d.b[1:]
		return int64(x>>1) ^ -int64(x&1)
	}
	n, k := binary.Varint(d.b)
	if k <= 0 {
		d.fail()
		d.b = nil
		return 0
	}
	d.b = d.b[k:]
	return n
}

// count reads a length, refusing one larger than what is left (every
// element takes at least one byte), so corrupt input cannot allocate much.
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *decoder) bytes(n int) []byte {
	if n < 0 || n > len(d.b) {
		d.fail()
		d.b = nil
		return nil
	}
	s := d.b[:n]
	d.b = d.b[n:]
	return s
}

// str returns a piece of the input: no allocation, and names repeated
// across code objects cost nothing more.
func (d *decoder) str() string {
	n := d.count()
	off := len(d.all) - len(d.b)
	if d.bytes(n) == nil && n != 0 {
		return ""
	}
	return d.all[off : off+n]
}

func (d *decoder) strs() []string {
	n := d.count()
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

// Decode rebuilds a code object written by Encode.
func Decode(b []byte) (co *code.Code, err error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != string(magic) {
		return nil, errCorrupt
	}
	d := &decoder{b: b[len(magic):], all: string(b[len(magic):])}
	co = d.code(0)
	if d.err != nil {
		return nil, d.err
	}
	if len(d.b) != 0 {
		return nil, errCorrupt
	}
	return co, nil
}

// maxNesting bounds code objects within code objects.
const maxNesting = 200

func (d *decoder) code(depth int) *code.Code {
	if depth > maxNesting {
		d.fail()
		return nil
	}
	co := &code.Code{}
	for _, p := range []*int{&co.Argcount, &co.Posonlyargcount, &co.Kwonlyargcount, &co.Nlocals, &co.Stacksize, &co.Flags, &co.Firstlineno} {
		*p = int(d.int())
	}
	n := d.count()
	raw := d.bytes(2 * n)
	if d.err != nil {
		return nil
	}
	co.Code = make([]code.Unit, n)
	for i := range co.Code {
		co.Code[i] = code.Unit(binary.LittleEndian.Uint16(raw[2*i:]))
	}
	n = d.count()
	co.Consts = make([]object.Value, n)
	for i := range co.Consts {
		co.Consts[i] = d.value(depth)
	}
	co.Names = d.strs()
	co.Varnames = d.strs()
	co.Cellvars = d.strs()
	co.Freevars = d.strs()
	co.Filename = d.str()
	co.Name = d.str()
	co.Qualname = d.str()
	n = d.count()
	co.Lines = make([]int32, n)
	prev := int64(0)
	for i := range co.Lines {
		prev += d.int()
		co.Lines[i] = int32(prev)
	}
	if lt := d.uint(); lt > 0 {
		co.Linetable = append([]byte(nil), d.bytes(int(lt-1))...)
	}
	if d.err != nil {
		return nil
	}
	co.Finish()
	return co
}

func (d *decoder) value(depth int) object.Value {
	tag := d.bytes(1)
	if d.err != nil {
		return object.None
	}
	switch tag[0] {
	case tagNone:
		return object.None
	case tagFalse:
		return object.False
	case tagTrue:
		return object.True
	case tagEllipsis:
		return object.Ellipsis
	case tagInt:
		return object.Int(d.int())
	case tagBigInt:
		var x big.Int
		if _, ok := x.SetString(d.str(), 62); !ok {
			d.fail()
			return object.None
		}
		return object.NewBigInt(&x)
	case tagFloat:
		b := d.bytes(8)
		if d.err != nil {
			return object.None
		}
		return object.Float(math.Float64frombits(binary.LittleEndian.Uint64(b)))
	case tagComplex:
		b := d.bytes(16)
		if d.err != nil {
			return object.None
		}
		return object.NewComplex(complex(math.Float64frombits(binary.LittleEndian.Uint64(b)), math.Float64frombits(binary.LittleEndian.Uint64(b[8:]))))
	case tagStr:
		return object.NewStr(d.str())
	case tagInternedStr:
		return object.FromObject(object.Intern(d.str()))
	case tagBytes:
		return object.NewBytes(append([]byte(nil), d.bytes(d.count())...))
	case tagTuple, tagFrozenSet:
		n := d.count()
		items := make([]object.Value, n)
		for i := range items {
			items[i] = d.value(depth)
		}
		if tag[0] == tagTuple {
			return object.TupleValue(items...)
		}
		fs, err := object.NewSet(true, items...)
		if err != nil {
			d.fail()
			return object.None
		}
		return fs
	case tagCode:
		co := d.code(depth + 1)
		if co == nil {
			return object.None
		}
		return object.FromObject(co)
	}
	d.fail()
	return object.None
}
