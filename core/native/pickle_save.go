package native

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// The Pickler of _pickle (CPython's PicklerObject and its save_*
// functions).

type pickler struct {
	st   *pickleState
	self object.Value // the instance as Python sees it (a subclass's)

	out        []byte
	framing    bool
	frameStart int // where the current frame's header is reserved, -1: none

	proto      int
	bin        bool
	fixImports bool
	fast       int
	fastNest   int
	fastMemo   map[object.Object]bool

	memo pickleMemo

	write          object.Value // file.write; Null: dumps, or __init__ not called
	persID         object.Value
	dispatchTable  object.Value
	bufferCallback object.Value
	reducerOvr     object.Value
}

var picklerNames = []string{"file", "protocol", "fix_imports", "buffer_callback"}

func (p *pickler) Type() *object.Type { return p.st.picklerT }

// newPickler makes a pickler without file (dumps) or before __init__
// has set its file.
func (st *pickleState) newPickler(protocol, fixImports, bufferCallback object.Value) (*pickler, error) {
	p := &pickler{st: st, frameStart: -1}
	if err := p.configure(protocol, fixImports, bufferCallback); err != nil {
		return nil, err
	}
	p.self = object.FromObject(p)
	return p, nil
}

func (p *pickler) configure(protocol, fixImports, bufferCallback object.Value) error {
	proto, err := protocolArg(protocol)
	if err != nil {
		return err
	}
	fix := true
	if !fixImports.IsNull() {
		if fix, err = object.Truth(fixImports); err != nil {
			return err
		}
	}
	p.proto = proto
	p.bin = proto > 0
	p.fixImports = fix && proto < 3
	if bufferCallback.IsNone() {
		bufferCallback = object.Null
	}
	if !bufferCallback.IsNull() && proto < 5 {
		return object.Errorf(object.ValueError, "buffer_callback needs protocol >= 5")
	}
	p.bufferCallback = bufferCallback
	return nil
}

func (p *pickler) setFile(file object.Value) error {
	w, err := object.LookupAttr(file, object.Intern("write"))
	if err != nil {
		return err
	}
	if w.IsNull() {
		return object.Errorf(object.TypeError, "file must have a 'write' attribute")
	}
	p.write = w
	return nil
}

func picklerOf(v object.Value) *pickler { return object.Unwrap(v).Object().(*pickler) }

func (st *pickleState) makePicklerTypes() {
	t := object.NewBaseType("_pickle.Pickler", nil)
	st.picklerT = t
	t.Doc = "Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)\n--\n\nThis takes a binary file for writing a pickle data stream."
	t.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		p := &pickler{st: st, frameStart: -1, proto: pickleDefault, bin: true}
		v := object.WrapBuiltin(cls, object.FromObject(p))
		p.self = v
		return v, nil
	}, func(self object.Value, args []object.Value, kw []string) error {
		var a [4]object.Value
		if err := parseKw("Pickler", args, kw, picklerNames, 4, 1, a[:]); err != nil {
			return err
		}
		p := picklerOf(self)
		p.self = self
		if err := p.configure(a[1], a[2], a[3]); err != nil {
			return err
		}
		if err := p.setFile(a[0]); err != nil {
			return err
		}
		p.memo.clear()
		p.fast, p.fastNest, p.fastMemo = 0, 0, nil
		pid, err := object.LookupAttr(self, object.Intern("persistent_id"))
		if err != nil {
			return err
		}
		p.persID = pid
		dt, err := object.LookupAttr(self, object.Intern("dispatch_table"))
		if err != nil {
			return err
		}
		p.dispatchTable = dt
		return nil
	})
	t.AddMethod("dump", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := exactlyOne("Pickler", "dump", args, kw); err != nil {
			return object.Null, err
		}
		p := self.Object().(*pickler)
		if p.write.IsNull() {
			return object.Null, pickleErr(st.picklingError, "Pickler.__init__() was not called by %s.__init__()", object.TypeOf(p.self).Name)
		}
		p.out = p.out[:0]
		p.frameStart = -1
		if err := p.dump(args[0]); err != nil {
			return object.Null, err
		}
		return object.None, p.flushToFile()
	})
	t.AddMethod("clear_memo", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgsQ("Pickler", "clear_memo", args, kw); err != nil {
			return object.Null, err
		}
		self.Object().(*pickler).memo.clear()
		return object.None, nil
	})
	t.AddMethod("__sizeof__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		p := self.Object().(*pickler)
		return object.Int(int64(96 + cap(p.out) + 20*len(p.memo.keys))), nil
	})
	intMember := func(name string, get func(p *pickler) *int) {
		t.AddGetSet(name, func(self object.Value) (object.Value, error) {
			return object.Int(int64(*get(picklerOf(self)))), nil
		}, func(self, v object.Value) error {
			if v.IsNull() {
				return object.Errorf(object.TypeError, "can't delete numeric/char attribute")
			}
			n, err := object.ArgSsize(v)
			if err != nil {
				return err
			}
			*get(picklerOf(self)) = n
			return nil
		})
	}
	intMember("fast", func(p *pickler) *int { return &p.fast })
	t.AddGetSet("bin", func(self object.Value) (object.Value, error) {
		if picklerOf(self).bin {
			return object.Int(1), nil
		}
		return object.Int(0), nil
	}, func(self, v object.Value) error {
		if v.IsNull() {
			return object.Errorf(object.TypeError, "can't delete numeric/char attribute")
		}
		n, err := object.ArgSsize(v)
		if err != nil {
			return err
		}
		picklerOf(self).bin = n != 0
		return nil
	})
	t.AddGetSet("dispatch_table", func(self object.Value) (object.Value, error) {
		p := picklerOf(self)
		if p.dispatchTable.IsNull() {
			return object.Null, object.Errorf(object.AttributeError, "dispatch_table")
		}
		return p.dispatchTable, nil
	}, func(self, v object.Value) error {
		picklerOf(self).dispatchTable = v
		return nil
	})
	t.AddGetSet("persistent_id", func(self object.Value) (object.Value, error) {
		p := picklerOf(self)
		if p.persID.IsNull() {
			return object.Null, object.Errorf(object.AttributeError, "persistent_id")
		}
		return p.persID, nil
	}, func(self, v object.Value) error {
		if v.IsNull() {
			return object.Errorf(object.TypeError, "attribute deletion is not supported")
		}
		if !object.IsCallable(v) {
			return object.Errorf(object.TypeError, "persistent_id must be a callable taking one argument")
		}
		picklerOf(self).persID = v
		return nil
	})
	t.AddGetSet("memo", func(self object.Value) (object.Value, error) {
		return object.FromObject(&pMemoProxy{p: picklerOf(self)}), nil
	}, func(self, v object.Value) error {
		p := picklerOf(self)
		if v.IsNull() {
			return object.Errorf(object.TypeError, "attribute deletion is not supported")
		}
		if mp, ok := v.Object().(*pMemoProxy); ok {
			var m pickleMemo
			m.copyFrom(&mp.p.memo)
			p.memo = m
			return nil
		}
		d, ok := v.Object().(*object.Dict)
		if !ok || v.Kind() != object.KindObject {
			return object.Errorf(object.TypeError, "'memo' attribute must be a PicklerMemoProxy object or dict, not %s", object.TypeOf(v).Name)
		}
		var m pickleMemo
		for _, val := range d.All() {
			tup, ok := val.Object().(*object.Tuple)
			if !ok || len(tup.Items) != 2 {
				return object.Errorf(object.TypeError, "'memo' values must be 2-item tuples")
			}
			idx, err := object.ArgSsize(tup.Items[0])
			if err != nil {
				return err
			}
			if tup.Items[1].IsObject() {
				m.put(tup.Items[1].Object(), idx)
			}
		}
		p.memo = m
		return nil
	})

	pt := newFinalType("_pickle.PicklerMemoProxy", nil)
	st.pMemoProxyT = pt
	pt.AddMethod("clear", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		self.Object().(*pMemoProxy).p.memo.clear()
		return object.None, nil
	})
	pt.AddMethod("copy", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return self.Object().(*pMemoProxy).copyDict(), nil
	})
	pt.AddMethod("__reduce__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		d := self.Object().(*pMemoProxy).copyDict()
		return tuple(typeValue(object.DictType), tuple(d)), nil
	})
}

// pMemoProxy is _pickle.PicklerMemoProxy: a view of a pickler's memo.
type pMemoProxy struct{ p *pickler }

func (m *pMemoProxy) Type() *object.Type { return m.p.st.pMemoProxyT }

func (m *pMemoProxy) copyDict() object.Value {
	d := object.NewDict(m.p.memo.Len())
	m.p.memo.each(func(k object.Object, i int) {
		d.Set(object.Int(int64(object.ObjectID(k))), tuple(object.Int(int64(i)), object.FromObject(k)))
	})
	return object.FromObject(d)
}

// ---- output ----

func (p *pickler) startFrame() {
	if p.framing && p.frameStart < 0 {
		p.frameStart = len(p.out)
		p.out = append(p.out, 0, 0, 0, 0, 0, 0, 0, 0, 0)
	}
}

func (p *pickler) op(c byte) {
	p.startFrame()
	p.out = append(p.out, c)
}

func (p *pickler) op2(c, d byte) {
	p.startFrame()
	p.out = append(p.out, c, d)
}

func (p *pickler) raw(b []byte) {
	p.startFrame()
	p.out = append(p.out, b...)
}

func (p *pickler) rawStr(s string) {
	p.startFrame()
	p.out = append(p.out, s...)
}

func (p *pickler) commitFrame() {
	if !p.framing || p.frameStart < 0 {
		return
	}
	fs := p.frameStart
	n := len(p.out) - fs - pickleFrameHeader
	if n >= pickleFrameMin {
		p.out[fs] = opFRAME
		binary.LittleEndian.PutUint64(p.out[fs+1:], uint64(n))
	} else {
		copy(p.out[fs:], p.out[fs+pickleFrameHeader:])
		p.out = p.out[:len(p.out)-pickleFrameHeader]
	}
	p.frameStart = -1
}

// opcodeBoundary ends a frame that reached its target size, and sends
// the output to the file when there is one.
func (p *pickler) opcodeBoundary() error {
	if !p.framing || p.frameStart < 0 {
		return nil
	}
	if len(p.out)-p.frameStart-pickleFrameHeader < pickleFrameTarget {
		return nil
	}
	p.commitFrame()
	if !p.write.IsNull() {
		return p.flushToFile()
	}
	return nil
}

func (p *pickler) flushToFile() error {
	if p.write.IsNull() {
		return nil
	}
	b := make([]byte, len(p.out))
	copy(b, p.out)
	p.out = p.out[:0]
	_, err := object.Call(p.write, []object.Value{object.NewBytes(b)}, nil)
	return err
}

// writeBytes writes an opcode's header and its data; data of a frame's
// size or more goes outside any frame, straight to the file when there
// is one (CPython's _Pickler_write_bytes).
func (p *pickler) writeBytes(header []byte, data []byte, payload object.Value) error {
	bypass := len(data) >= pickleFrameTarget
	framing := p.framing
	if bypass {
		p.commitFrame()
		p.framing = false
	}
	p.raw(header)
	if bypass && !p.write.IsNull() {
		if err := p.flushToFile(); err != nil {
			return err
		}
		if payload.IsNull() {
			payload = object.NewBytes(append([]byte(nil), data...))
		}
		if _, err := object.Call(p.write, []object.Value{payload}, nil); err != nil {
			return err
		}
	} else {
		p.raw(data)
	}
	p.framing = framing
	return nil
}

// ---- memo ----

func (p *pickler) memoPut(v object.Value) {
	if p.fast != 0 || !v.IsObject() {
		return
	}
	idx := p.memo.Len()
	p.memo.put(v.Object(), idx)
	switch {
	case p.proto >= 4:
		p.op(opMEMOIZE)
	case p.bin && idx < 256:
		p.op2(opBINPUT, byte(idx))
	case p.bin:
		p.op(opLONG_BINPUT)
		p.out = binary.LittleEndian.AppendUint32(p.out, uint32(idx))
	default:
		p.op(opPUT)
		p.out = strconv.AppendInt(p.out, int64(idx), 10)
		p.out = append(p.out, '\n')
	}
}

func (p *pickler) memoGet(idx int) {
	switch {
	case p.bin && idx < 256:
		p.op2(opBINGET, byte(idx))
	case p.bin:
		p.op(opLONG_BINGET)
		p.out = binary.LittleEndian.AppendUint32(p.out, uint32(idx))
	default:
		p.op(opGET)
		p.out = strconv.AppendInt(p.out, int64(idx), 10)
		p.out = append(p.out, '\n')
	}
}

func (p *pickler) inMemo(v object.Value) (int, bool) {
	if !v.IsObject() {
		return 0, false
	}
	return p.memo.get(v.Object())
}

func (p *pickler) fastEnter(v object.Value) error {
	if p.fast == 0 {
		return nil
	}
	p.fastNest++
	if p.fastNest >= pickleFastNestLimit {
		if p.fastMemo == nil {
			p.fastMemo = map[object.Object]bool{}
		}
		if p.fastMemo[v.Object()] {
			p.fastNest = 0
			return object.Errorf(object.ValueError, "fast mode: can't pickle cyclic objects including object type %s at %#x", object.TypeOf(v).Name, object.ObjectID(v.Object()))
		}
		p.fastMemo[v.Object()] = true
	}
	return nil
}

func (p *pickler) fastLeave(v object.Value) {
	if p.fast == 0 {
		return
	}
	if p.fastNest >= pickleFastNestLimit && p.fastMemo != nil {
		delete(p.fastMemo, v.Object())
	}
	p.fastNest--
}

// ---- dump ----

func (p *pickler) dump(obj object.Value) error {
	ro, err := object.LookupAttr(p.self, object.Intern("reducer_override"))
	if err != nil {
		return err
	}
	p.reducerOvr = ro
	if p.proto >= 2 {
		p.op2(opPROTO, byte(p.proto))
	}
	if p.proto >= 4 {
		p.framing = true
	}
	err = p.save(obj, false)
	if err == nil {
		p.op(opSTOP)
		p.commitFrame()
	}
	p.framing = false
	p.reducerOvr = object.Null
	return err
}

func (p *pickler) save(obj object.Value, persSave bool) error {
	if err := p.opcodeBoundary(); err != nil {
		return err
	}
	if !persSave && !p.persID.IsNull() {
		done, err := p.savePers(obj)
		if done || err != nil {
			return err
		}
	}
	switch obj.Kind() {
	case object.KindNone:
		p.op(opNONE)
		return nil
	case object.KindBool:
		p.saveBool(obj.RawBool())
		return nil
	case object.KindInt:
		p.saveInt(obj.RawInt())
		return nil
	case object.KindFloat:
		p.saveFloat(obj.RawFloat())
		return nil
	}
	o := obj.Object()
	if _, isWrapped := o.(*object.Instance); !isWrapped {
		switch o := o.(type) {
		case *object.BigInt:
			return p.saveBigInt(&o.V)
		}
	}
	if i, ok := p.memo.get(o); ok {
		p.memoGet(i)
		return nil
	}
	typ := object.TypeOf(obj)
	switch typ {
	case object.BytesType:
		return p.saveBytes(obj, o.(*object.Bytes).B)
	case object.StrType:
		return p.saveStr(obj, o.(*object.Str))
	}
	if err := object.EnterRecursiveCall(" while pickling an object"); err != nil {
		return err
	}
	err := p.saveObject(obj, typ)
	object.LeaveRecursiveCall()
	return err
}

func (p *pickler) saveObject(obj object.Value, typ *object.Type) error {
	switch typ {
	case object.DictType:
		return p.saveDict(obj)
	case object.SetType:
		return p.saveSet(obj)
	case object.FrozenSetType:
		return p.saveFrozenSet(obj)
	case object.ListType:
		return p.saveList(obj)
	case object.TupleType:
		return p.saveTuple(obj)
	case object.ByteArrayType:
		return p.saveByteArray(obj)
	case pickleBufferType:
		return p.savePickleBuffer(obj)
	}
	var rv object.Value
	var err error
	if !p.reducerOvr.IsNull() {
		if rv, err = object.Call(p.reducerOvr, []object.Value{obj}, nil); err != nil {
			return err
		}
		if rv.Is(object.NotImplemented) {
			rv = object.Null
		}
	}
	if rv.IsNull() {
		if typ == object.TypeType {
			return p.saveType(obj)
		}
		if typ == vm.FunctionType {
			return p.saveGlobal(obj, object.Null)
		}
		var reduce object.Value
		if p.dispatchTable.IsNull() {
			d := p.st.dispatchTable.Object().(*object.Dict)
			r, ok, err := d.Get(typeValue(typ))
			if err != nil {
				return err
			}
			if ok {
				reduce = r
			}
		} else {
			r, err := object.GetItem(p.dispatchTable, typeValue(typ))
			if err != nil {
				if !object.ExceptionMatches(err, object.KeyError) {
					return err
				}
				object.Drop(err)
			} else {
				reduce = r
			}
		}
		switch {
		case !reduce.IsNull():
			if rv, err = object.Call(reduce, []object.Value{obj}, nil); err != nil {
				return err
			}
		case typ.IsSubtype(object.TypeType):
			return p.saveGlobal(obj, object.Null)
		default:
			rex, err := object.LookupAttr(obj, object.Intern("__reduce_ex__"))
			if err != nil {
				return err
			}
			if !rex.IsNull() {
				if rv, err = object.Call(rex, []object.Value{object.Int(int64(p.proto))}, nil); err != nil {
					return err
				}
			} else {
				r, err := object.LookupAttr(obj, object.Intern("__reduce__"))
				if err != nil {
					return err
				}
				if r.IsNull() {
					return pickleErr(p.st.picklingError, "can't pickle '%s' object: %s", typ.Name, reprOf(obj))
				}
				if rv, err = object.Call(r, nil, nil); err != nil {
					return err
				}
			}
		}
	}
	if _, ok := rv.Object().(*object.Str); ok && rv.IsObject() {
		return p.saveGlobal(obj, rv)
	}
	tup, ok := rv.Object().(*object.Tuple)
	if !ok || !rv.IsObject() {
		return pickleErr(p.st.picklingError, "__reduce__ must return a string or tuple")
	}
	return p.saveReduce(tup.Items, obj)
}

func (p *pickler) savePers(obj object.Value) (bool, error) {
	pid, err := object.Call(p.persID, []object.Value{obj}, nil)
	if err != nil {
		return false, err
	}
	if pid.IsNone() {
		return false, nil
	}
	if p.bin {
		if err := p.save(pid, true); err != nil {
			return false, err
		}
		p.op(opBINPERSID)
		return true, nil
	}
	s, err := object.StrOf(pid)
	if err != nil {
		return false, err
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false, pickleErr(p.st.picklingError, "persistent IDs in protocol 0 must be ASCII strings")
		}
	}
	p.op(opPERSID)
	p.rawStr(s)
	p.out = append(p.out, '\n')
	return true, nil
}

func (p *pickler) saveBool(b bool) {
	if p.proto >= 2 {
		if b {
			p.op(opNEWTRUE)
		} else {
			p.op(opNEWFALSE)
		}
		return
	}
	if b {
		p.rawStr("I01\n")
	} else {
		p.rawStr("I00\n")
	}
}

func (p *pickler) saveInt(v int64) {
	if v >= math.MinInt32 && v <= math.MaxInt32 {
		if p.bin {
			switch {
			case v >= 0 && v <= 0xff:
				p.op2(opBININT1, byte(v))
			case v >= 0 && v <= 0xffff:
				p.op(opBININT2)
				p.out = append(p.out, byte(v), byte(v>>8))
			default:
				p.op(opBININT)
				p.out = binary.LittleEndian.AppendUint32(p.out, uint32(int32(v)))
			}
			return
		}
		p.op(opINT)
		p.out = strconv.AppendInt(p.out, v, 10)
		p.out = append(p.out, '\n')
		return
	}
	if p.proto >= 2 {
		// Minimal little-endian two's complement: 8 bytes at most.
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], uint64(v))
		n := 8
		for n > 1 {
			last, prev := b[n-1], b[n-2]
			if (last == 0 && prev&0x80 == 0) || (last == 0xff && prev&0x80 != 0) {
				n--
				continue
			}
			break
		}
		p.op2(opLONG1, byte(n))
		p.out = append(p.out, b[:n]...)
		return
	}
	p.op(opLONG)
	p.out = strconv.AppendInt(p.out, v, 10)
	p.out = append(p.out, 'L', '\n')
}

// encodeLong is pickle's encode_long: the minimal little-endian two's
// complement of x (empty for 0).
func encodeLong(x *big.Int) []byte {
	if x.Sign() == 0 {
		return nil
	}
	nbytes := x.BitLen()>>3 + 1
	b := make([]byte, nbytes)
	if x.Sign() > 0 {
		x.FillBytes(b)
	} else {
		// Two's complement: 2**(8*nbytes) + x.
		m := new(big.Int).Lsh(big.NewInt(1), uint(8*nbytes))
		m.Add(m, x)
		m.FillBytes(b)
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	if x.Sign() < 0 && nbytes > 1 && b[nbytes-1] == 0xff && b[nbytes-2]&0x80 != 0 {
		b = b[:nbytes-1]
	}
	return b
}

func (p *pickler) saveBigInt(x *big.Int) error {
	if x.IsInt64() {
		p.saveInt(x.Int64())
		return nil
	}
	if p.proto >= 2 {
		b := encodeLong(x)
		if len(b) < 256 {
			p.op2(opLONG1, byte(len(b)))
		} else {
			if len(b) > math.MaxInt32 {
				return object.Errorf(object.OverflowError, "int too large to pickle")
			}
			p.op(opLONG4)
			p.out = binary.LittleEndian.AppendUint32(p.out, uint32(len(b)))
		}
		p.raw(b)
		return nil
	}
	p.op(opLONG)
	p.out = x.Append(p.out, 10)
	p.out = append(p.out, 'L', '\n')
	return nil
}

func (p *pickler) saveFloat(f float64) {
	if p.bin {
		p.op(opBINFLOAT)
		p.out = binary.BigEndian.AppendUint64(p.out, math.Float64bits(f))
		return
	}
	p.op(opFLOAT)
	p.out = append(p.out, object.FloatRepr(f)...)
	p.out = append(p.out, '\n')
}

func (p *pickler) saveBytesData(obj object.Value, data []byte) error {
	var h [9]byte
	var hdr []byte
	n := len(data)
	switch {
	case n <= 0xff:
		h[0], h[1] = opSHORT_BINBYTES, byte(n)
		hdr = h[:2]
	case uint64(n) <= 0xffffffff:
		h[0] = opBINBYTES
		binary.LittleEndian.PutUint32(h[1:], uint32(n))
		hdr = h[:5]
	case p.proto >= 4:
		h[0] = opBINBYTES8
		binary.LittleEndian.PutUint64(h[1:], uint64(n))
		hdr = h[:9]
	default:
		return pickleErr(p.st.picklingError, "cannot serialize a bytes object larger than 4 GiB")
	}
	payload := object.Null
	if object.TypeOf(obj) == object.BytesType {
		payload = obj
	}
	if err := p.writeBytes(hdr, data, payload); err != nil {
		return err
	}
	p.memoPut(obj)
	return nil
}

func (p *pickler) saveBytes(obj object.Value, data []byte) error {
	if p.proto < 3 {
		// bytes of protocols 0-2 are rebuilt by codecs.encode from a
		// latin-1 str, or by bytes() when empty.
		var rv []object.Value
		if len(data) == 0 {
			rv = []object.Value{typeValue(object.BytesType), tuple()}
		} else {
			s := object.NewStr(object.DecodeLatin1(data))
			rv = []object.Value{p.st.codecsEncode, tuple(s, object.FromObject(object.Intern("latin1")))}
		}
		return p.saveReduce(rv, obj)
	}
	return p.saveBytesData(obj, data)
}

func (p *pickler) saveByteArrayData(obj object.Value, data []byte) error {
	var h [9]byte
	h[0] = opBYTEARRAY8
	binary.LittleEndian.PutUint64(h[1:], uint64(len(data)))
	if err := p.writeBytes(h[:], data, obj); err != nil {
		return err
	}
	p.memoPut(obj)
	return nil
}

func (p *pickler) saveByteArray(obj object.Value) error {
	data := obj.Object().(*object.ByteArray).B
	if p.proto < 5 {
		var args object.Value
		if len(data) == 0 {
			args = tuple()
		} else {
			args = tuple(object.NewBytes(append([]byte(nil), data...)))
		}
		return p.saveReduce([]object.Value{typeValue(object.ByteArrayType), args}, obj)
	}
	return p.saveByteArrayData(obj, data)
}

// rawUnicodeEscape is protocol 0's UNICODE text: raw-unicode-escape,
// with the characters that would end or corrupt the line escaped too.
func rawUnicodeEscape(s *object.Str) []byte {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s.S)+8)
	for _, c := range object.DecodeRunes(s.S) {
		switch {
		case c >= 0x10000:
			b = append(b, '\\', 'U')
			for sh := 28; sh >= 0; sh -= 4 {
				b = append(b, hex[(c>>uint(sh))&15])
			}
		case c >= 256 || c == '\\' || c == 0 || c == '\n' || c == '\r' || c == 0x1a:
			b = append(b, '\\', 'u', hex[c>>12&15], hex[c>>8&15], hex[c>>4&15], hex[c&15])
		default:
			b = append(b, byte(c))
		}
	}
	return b
}

func (p *pickler) saveStr(obj object.Value, s *object.Str) error {
	if p.bin {
		// pyvar's strs are WTF-8: the bytes of utf-8 with surrogatepass.
		data := s.S
		n := len(data)
		var h [9]byte
		var hdr []byte
		switch {
		case n <= 0xff && p.proto >= 4:
			h[0], h[1] = opSHORT_BINUNICODE, byte(n)
			hdr = h[:2]
		case uint64(n) > 0xffffffff && p.proto >= 4:
			h[0] = opBINUNICODE8
			binary.LittleEndian.PutUint64(h[1:], uint64(n))
			hdr = h[:9]
		case uint64(n) > 0xffffffff:
			return pickleErr(p.st.picklingError, "cannot serialize a string larger than 4GiB")
		default:
			h[0] = opBINUNICODE
			binary.LittleEndian.PutUint32(h[1:], uint32(n))
			hdr = h[:5]
		}
		if n >= pickleFrameTarget {
			b := []byte(data)
			if err := p.writeBytes(hdr, b, object.NewBytes(b)); err != nil {
				return err
			}
		} else {
			p.raw(hdr)
			p.out = append(p.out, data...)
		}
	} else {
		p.op(opUNICODE)
		p.out = append(p.out, rawUnicodeEscape(s)...)
		p.out = append(p.out, '\n')
	}
	p.memoPut(obj)
	return nil
}

func (p *pickler) saveTuple(obj object.Value) error {
	items := obj.Object().(*object.Tuple).Items
	n := len(items)
	if n == 0 {
		if p.proto > 0 {
			p.op(opEMPTY_TUPLE)
		} else {
			p.op2(opMARK, opTUPLE)
		}
		return nil
	}
	if n <= 3 && p.proto >= 2 {
		for _, it := range items {
			if err := p.save(it, false); err != nil {
				return err
			}
		}
		if i, ok := p.memo.get(obj.Object()); ok {
			// The tuple was memoized while saving its items (it is
			// recursive): drop them and fetch it.
			for k := 0; k < n; k++ {
				p.op(opPOP)
			}
			p.memoGet(i)
			return nil
		}
		p.op(byte(opTUPLE1 + n - 1))
		p.memoPut(obj)
		return nil
	}
	p.op(opMARK)
	for _, it := range items {
		if err := p.save(it, false); err != nil {
			return err
		}
	}
	if i, ok := p.memo.get(obj.Object()); ok {
		if p.bin {
			p.op(opPOP_MARK)
		} else {
			for k := 0; k <= n; k++ {
				p.op(opPOP)
			}
		}
		p.memoGet(i)
		return nil
	}
	p.op(opTUPLE)
	p.memoPut(obj)
	return nil
}

func (p *pickler) saveList(obj object.Value) error {
	if p.bin {
		p.op(opEMPTY_LIST)
	} else {
		p.op2(opMARK, opLIST)
	}
	p.memoPut(obj)
	l := object.Unwrap(obj).Object().(*object.List)
	if len(l.Items) == 0 {
		return nil
	}
	if err := p.fastEnter(obj); err != nil {
		return err
	}
	var err error
	if p.proto > 0 {
		err = p.batchListExact(l)
	} else {
		var it object.Value
		if it, err = object.GetIter(obj); err == nil {
			err = p.batchList(it)
		}
	}
	if err == nil {
		p.fastLeave(obj)
	}
	return err
}

func (p *pickler) batchListExact(l *object.List) error {
	if len(l.Items) == 1 {
		if err := p.save(l.Items[0], false); err != nil {
			return err
		}
		p.op(opAPPEND)
		return nil
	}
	total := 0
	for {
		p.op(opMARK)
		n := 0
		for total < len(l.Items) {
			if err := p.save(l.Items[total], false); err != nil {
				return err
			}
			total++
			n++
			if n == pickleBatchSize {
				break
			}
		}
		p.op(opAPPENDS)
		if total >= len(l.Items) {
			return nil
		}
	}
}

// batchList saves the items of an iterator with APPEND(S).
func (p *pickler) batchList(it object.Value) error {
	return p.batchIter(it, func(v object.Value) error { return p.save(v, false) }, opAPPEND, opAPPENDS)
}

// batchIter is batch_list and batch_dict: each item of it is saved by save
// and added with one (a lone item, or every item in protocol 0) or in
// MARK ... many groups of up to pickleBatchSize.
func (p *pickler) batchIter(it object.Value, save func(object.Value) error, one, many byte) error {
	if !p.bin {
		for {
			v, ok, err := iterNext(it)
			if err != nil || !ok {
				return err
			}
			if err := save(v); err != nil {
				return err
			}
			p.op(one)
		}
	}
	for {
		first, ok, err := iterNext(it)
		if err != nil || !ok {
			return err
		}
		second, ok, err := iterNext(it)
		if err != nil {
			return err
		}
		if !ok {
			if err := save(first); err != nil {
				return err
			}
			p.op(one)
			return nil
		}
		p.op(opMARK)
		if err := save(first); err != nil {
			return err
		}
		n := 1
		v := second
		for {
			if err := save(v); err != nil {
				return err
			}
			n++
			if n == pickleBatchSize {
				break
			}
			if v, ok, err = iterNext(it); err != nil {
				return err
			} else if !ok {
				break
			}
		}
		p.op(many)
		if n != pickleBatchSize {
			return nil
		}
	}
}

func (p *pickler) saveDict(obj object.Value) error {
	if p.bin {
		p.op(opEMPTY_DICT)
	} else {
		p.op2(opMARK, opDICT)
	}
	p.memoPut(obj)
	d := object.Unwrap(obj).Object().(*object.Dict)
	if d.Len() == 0 {
		return nil
	}
	if err := p.fastEnter(obj); err != nil {
		return err
	}
	var err error
	if p.proto > 0 {
		err = p.batchDictExact(d)
	} else {
		var items, it object.Value
		items, err = callMethodName(obj, "items")
		if err == nil {
			if it, err = object.GetIter(items); err == nil {
				err = p.batchDict(it)
			}
		}
	}
	if err == nil {
		p.fastLeave(obj)
	}
	return err
}

func callMethodName(obj object.Value, name string) (object.Value, error) {
	m, err := object.GetAttrString(obj, name)
	if err != nil {
		return object.Null, err
	}
	return object.Call(m, nil, nil)
}

func (p *pickler) batchDictExact(d *object.Dict) error {
	size := d.Len()
	if size == 1 {
		for i := 0; i < d.EntriesLen(); i++ {
			k, v, live := d.EntryAt(i)
			if !live {
				continue
			}
			if err := p.save(k, false); err != nil {
				return err
			}
			if err := p.save(v, false); err != nil {
				return err
			}
			p.op(opSETITEM)
			return nil
		}
	}
	pos := 0
	for {
		p.op(opMARK)
		n := 0
		for pos < d.EntriesLen() {
			k, v, live := d.EntryAt(pos)
			pos++
			if !live {
				continue
			}
			if err := p.save(k, false); err != nil {
				return err
			}
			if err := p.save(v, false); err != nil {
				return err
			}
			n++
			if d.Len() != size {
				break
			}
			if n == pickleBatchSize {
				break
			}
		}
		p.op(opSETITEMS)
		if d.Len() != size {
			return object.Errorf(object.RuntimeError, "dictionary changed size during iteration")
		}
		if n != pickleBatchSize {
			return nil
		}
	}
}

func (p *pickler) dictItem(v object.Value) (object.Value, object.Value, error) {
	t, ok := v.Object().(*object.Tuple)
	if !ok || !v.IsObject() || len(t.Items) != 2 {
		return object.Null, object.Null, object.Errorf(object.TypeError, "dict items iterator must return 2-tuples")
	}
	return t.Items[0], t.Items[1], nil
}

// batchDict saves the (key, value) pairs of an iterator with SETITEM(S).
func (p *pickler) batchDict(it object.Value) error {
	saveKV := func(v object.Value) error {
		k, val, err := p.dictItem(v)
		if err != nil {
			return err
		}
		if err := p.save(k, false); err != nil {
			return err
		}
		return p.save(val, false)
	}
	return p.batchIter(it, saveKV, opSETITEM, opSETITEMS)
}

func (p *pickler) saveSet(obj object.Value) error {
	s := obj.Object().(*object.Set)
	if p.proto < 4 {
		items := object.ListValue(s.Items()...)
		return p.saveReduce([]object.Value{typeValue(object.SetType), tuple(items)}, obj)
	}
	p.op(opEMPTY_SET)
	p.memoPut(obj)
	size := s.Len()
	if size == 0 {
		return nil
	}
	items := s.Items()
	pos := 0
	for {
		p.op(opMARK)
		n := 0
		for pos < len(items) {
			if err := p.save(items[pos], false); err != nil {
				return err
			}
			pos++
			n++
			if n == pickleBatchSize {
				break
			}
		}
		p.op(opADDITEMS)
		if s.Len() != size {
			return object.Errorf(object.RuntimeError, "set changed size during iteration")
		}
		if n != pickleBatchSize || pos >= len(items) {
			return nil
		}
	}
}

func (p *pickler) saveFrozenSet(obj object.Value) error {
	s := obj.Object().(*object.Set)
	if p.proto < 4 {
		items := object.ListValue(s.Items()...)
		return p.saveReduce([]object.Value{typeValue(object.FrozenSetType), tuple(items)}, obj)
	}
	p.op(opMARK)
	for _, it := range s.Items() {
		if err := p.save(it, false); err != nil {
			return err
		}
	}
	if i, ok := p.memo.get(obj.Object()); ok {
		p.op(opPOP_MARK)
		p.memoGet(i)
		return nil
	}
	p.op(opFROZENSET)
	p.memoPut(obj)
	return nil
}

func (p *pickler) saveType(obj object.Value) error {
	var single object.Value
	switch obj.Object() {
	case object.NoneType:
		single = object.None
	case object.EllipsisType:
		single = object.Ellipsis
	case object.NotImplementedType:
		single = object.NotImplemented
	default:
		return p.saveGlobal(obj, object.Null)
	}
	return p.saveReduce([]object.Value{typeValue(object.TypeType), tuple(single)}, obj)
}

// getDeepAttribute follows a dotted path from obj; parent is the object
// holding the last part.
func getDeepAttribute(obj object.Value, path []string) (object.Value, object.Value, error) {
	parent := object.Null
	for _, n := range path {
		parent = obj
		v, err := object.GetAttr(obj, object.Intern(n))
		if err != nil {
			return object.Null, object.Null, err
		}
		obj = v
	}
	return obj, parent, nil
}

// dottedPath splits a qualified name; obj (Null for the pickler) names
// the owner in the error for a local object.
func (st *pickleState) dottedPath(obj object.Value, name object.Value, s string) ([]string, error) {
	parts := strings.Split(s, ".")
	for _, part := range parts {
		if part == "<locals>" {
			if obj.IsNull() {
				return nil, object.Errorf(object.AttributeError, "Can't pickle local object %s", reprOf(name))
			}
			return nil, object.Errorf(object.AttributeError, "Can't get local attribute %s on %s", reprOf(name), reprOf(obj))
		}
	}
	return parts, nil
}

// whichModule finds the module of a global: its __module__, or the
// module in sys.modules that has it under its name.
func (st *pickleState) whichModule(obj object.Value, path []string) (object.Value, error) {
	m, err := object.LookupAttr(obj, object.Intern("__module__"))
	if err != nil {
		return object.Null, err
	}
	if !m.IsNull() && !m.IsNone() {
		return m, nil
	}
	mods := st.in.Modules
	keys := mods.Keys()
	for _, k := range keys {
		ks, ok := k.Object().(*object.Str)
		if !ok || ks.S == "__main__" || ks.S == "__mp_main__" {
			continue
		}
		mod, found, err := mods.Get(k)
		if err != nil {
			return object.Null, err
		}
		if !found || mod.IsNone() {
			continue
		}
		v, _, err := getDeepAttribute(mod, path)
		if err != nil {
			object.Drop(err)
			continue
		}
		if v.Is(obj) {
			return k, nil
		}
	}
	return object.NewStr("__main__"), nil
}

func (st *pickleState) importModule(name object.Value) (object.Value, error) {
	imp, ok := st.in.Builtins.GetStr("__import__")
	if !ok {
		return object.Null, object.Errorf(object.ImportError, "__import__ not found")
	}
	if _, err := object.Call(imp, []object.Value{name}, nil); err != nil {
		return object.Null, err
	}
	m, found, err := st.in.Modules.Get(name)
	if err != nil {
		return object.Null, err
	}
	if !found {
		return object.Null, object.Errorf(object.KeyError, "%s", reprOf(name))
	}
	return m, nil
}

func (p *pickler) saveGlobal(obj object.Value, name object.Value) error {
	st := p.st
	globalName := name
	if globalName.IsNull() {
		var err error
		if globalName, err = object.LookupAttr(obj, object.Intern("__qualname__")); err != nil {
			return err
		}
		if globalName.IsNull() {
			if globalName, err = object.GetAttrString(obj, "__name__"); err != nil {
				return err
			}
		}
	}
	gs, ok := globalName.Object().(*object.Str)
	if !ok || !globalName.IsObject() {
		return object.Errorf(object.TypeError, "attribute name must be string, not '%s'", object.TypeOf(globalName).Name)
	}
	path, err := st.dottedPath(object.Null, globalName, gs.S)
	if err != nil {
		return err
	}
	moduleName, err := st.whichModule(obj, path)
	if err != nil {
		return err
	}
	// The identity of the module name decides whether a stream repeats
	// it or refers to it: CPython's built-in types give an interned str,
	// its built-in functions their module's one name object. pyvar's
	// __module__ may be a fresh str per lookup for both.
	if ms, ok := moduleName.Object().(*object.Str); ok && object.TypeOf(moduleName) == object.StrType {
		switch o := obj.Object().(type) {
		case *object.Type:
			if !o.Heap {
				moduleName = object.FromObject(object.InternStr(ms))
			}
		case *object.BuiltinFunction:
			if v, ok := st.funcModules[ms.S]; ok {
				moduleName = v
			} else {
				if st.funcModules == nil {
					st.funcModules = map[string]object.Value{}
				}
				st.funcModules[ms.S] = moduleName
			}
		}
	}
	module, err := st.importModule(moduleName)
	if err != nil {
		object.Drop(err)
		return pickleErr(st.picklingError, "Can't pickle %s: import of module %s failed", reprOf(obj), reprOf(moduleName))
	}
	cls, parent, err := getDeepAttribute(module, path)
	if err != nil {
		object.Drop(err)
		return pickleErr(st.picklingError, "Can't pickle %s: attribute lookup %s on %s failed", reprOf(obj), gs.S, strOf(moduleName))
	}
	if !cls.Is(obj) {
		return pickleErr(st.picklingError, "Can't pickle %s: it's not the same object as %s.%s", reprOf(obj), strOf(moduleName), gs.S)
	}
	lastName := path[len(path)-1]
	if p.proto >= 2 {
		key := tuple(moduleName, globalName)
		code, found, err := st.extensionRegistry.Object().(*object.Dict).Get(key)
		if err != nil {
			return err
		}
		if found {
			c, ok := code.AsInt()
			if !code.IsInt() || !ok {
				return object.Errorf(object.RuntimeError, "extension code %s is not an int", reprOf(code))
			}
			switch {
			case c <= 0 || c > 0x7fffffff:
				return pickleErr(st.picklingError, "Can't pickle %s: extension code %d is out of range", reprOf(obj), c)
			case c <= 0xff:
				p.op2(opEXT1, byte(c))
			case c <= 0xffff:
				p.op(opEXT2)
				p.out = append(p.out, byte(c), byte(c>>8))
			default:
				p.op(opEXT4)
				p.out = binary.LittleEndian.AppendUint32(p.out, uint32(c))
			}
			return nil
		}
	}
	if parent.Is(module) {
		globalName = object.NewStr(lastName)
		gs = globalName.Object().(*object.Str)
	}
	if p.proto >= 4 {
		if err := p.save(moduleName, false); err != nil {
			return err
		}
		if err := p.save(globalName, false); err != nil {
			return err
		}
		p.op(opSTACK_GLOBAL)
	} else if !parent.Is(module) {
		// A nested name in an older protocol: getattr(parent, name).
		return p.saveReduce([]object.Value{st.getattrFn, tuple(parent, object.NewStr(lastName))}, object.Null)
	} else {
		ms, ok := moduleName.Object().(*object.Str)
		if !ok || !moduleName.IsObject() {
			return object.Errorf(object.TypeError, "module name must be a string")
		}
		mod, gname := ms.S, gs.S
		if p.proto < 3 {
			if p.fixImports {
				if v, ok, err := st.nameMapping3to2.Object().(*object.Dict).Get(tuple(moduleName, globalName)); err != nil {
					return err
				} else if ok {
					t, isT := v.Object().(*object.Tuple)
					if !isT || len(t.Items) != 2 {
						return object.Errorf(object.RuntimeError, "_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not %s", object.TypeOf(v).Name)
					}
					a, ok1 := t.Items[0].Object().(*object.Str)
					b, ok2 := t.Items[1].Object().(*object.Str)
					if !ok1 || !ok2 {
						return object.Errorf(object.RuntimeError, "_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not (%s, %s)", object.TypeOf(t.Items[0]).Name, object.TypeOf(t.Items[1]).Name)
					}
					mod, gname = a.S, b.S
				} else if v, ok, err := st.importMapping3to2.Object().(*object.Dict).Get(moduleName); err != nil {
					return err
				} else if ok {
					a, isS := v.Object().(*object.Str)
					if !isS {
						return object.Errorf(object.RuntimeError, "_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not %s", object.TypeOf(v).Name)
					}
					mod = a.S
				}
			}
			if !isASCII(mod) {
				return pickleErr(st.picklingError, "can't pickle module identifier '%s' using pickle protocol %d", mod, p.proto)
			}
			if !isASCII(gname) {
				return pickleErr(st.picklingError, "can't pickle global identifier '%s' using pickle protocol %d", gname, p.proto)
			}
		}
		p.op(opGLOBAL)
		p.out = append(p.out, mod...)
		p.out = append(p.out, '\n')
		p.out = append(p.out, gname...)
		p.out = append(p.out, '\n')
	}
	p.memoPut(obj)
	return nil
}

func isIterator(v object.Value) bool {
	return !object.TypeOf(v).LookupString("__next__").IsNull()
}

func (p *pickler) saveReduce(rv []object.Value, obj object.Value) error {
	st := p.st
	if len(rv) < 2 || len(rv) > 6 {
		return pickleErr(st.picklingError, "tuple returned by __reduce__ must contain 2 through 6 elements")
	}
	get := func(i int) object.Value {
		if i < len(rv) && !rv[i].IsNone() {
			return rv[i]
		}
		return object.Null
	}
	callable, argtupV := rv[0], rv[1]
	state, listitems, dictitems, stateSetter := get(2), get(3), get(4), get(5)
	if !object.IsCallable(callable) {
		return pickleErr(st.picklingError, "first item of the tuple returned by __reduce__ must be callable")
	}
	argtup, ok := argtupV.Object().(*object.Tuple)
	if !ok || !argtupV.IsObject() {
		return pickleErr(st.picklingError, "second item of the tuple returned by __reduce__ must be a tuple")
	}
	if !listitems.IsNull() && !isIterator(listitems) {
		return pickleErr(st.picklingError, "fourth element of the tuple returned by __reduce__ must be an iterator, not %s", object.TypeOf(listitems).Name)
	}
	if !dictitems.IsNull() && !isIterator(dictitems) {
		return pickleErr(st.picklingError, "fifth element of the tuple returned by __reduce__ must be an iterator, not %s", object.TypeOf(dictitems).Name)
	}
	if !stateSetter.IsNull() && !object.IsCallable(stateSetter) {
		return pickleErr(st.picklingError, "sixth element of the tuple returned by __reduce__ must be a function, not %s", object.TypeOf(stateSetter).Name)
	}
	useNewobj, useNewobjEx := false, false
	if p.proto >= 2 {
		name, err := object.LookupAttr(callable, object.Intern("__name__"))
		if err != nil {
			return err
		}
		if s, ok := name.Object().(*object.Str); ok && name.IsObject() {
			useNewobjEx = s.S == "__newobj_ex__"
			useNewobj = s.S == "__newobj__"
		}
	}
	switch {
	case useNewobjEx:
		if len(argtup.Items) != 3 {
			return pickleErr(st.picklingError, "length of the NEWOBJ_EX argument tuple must be exactly 3, not %d", len(argtup.Items))
		}
		cls, args, kwargs := argtup.Items[0], argtup.Items[1], argtup.Items[2]
		if _, ok := cls.Object().(*object.Type); !ok {
			return pickleErr(st.picklingError, "first item from NEWOBJ_EX argument tuple must be a class, not %s", object.TypeOf(cls).Name)
		}
		at, ok := object.Unwrap(args).Object().(*object.Tuple)
		if !ok || !args.IsObject() {
			return pickleErr(st.picklingError, "second item from NEWOBJ_EX argument tuple must be a tuple, not %s", object.TypeOf(args).Name)
		}
		kd, ok := object.Unwrap(kwargs).Object().(*object.Dict)
		if !ok || !kwargs.IsObject() {
			return pickleErr(st.picklingError, "third item from NEWOBJ_EX argument tuple must be a dict, not %s", object.TypeOf(kwargs).Name)
		}
		if p.proto >= 4 {
			if err := p.save(cls, false); err != nil {
				return err
			}
			if err := p.save(args, false); err != nil {
				return err
			}
			if err := p.save(kwargs, false); err != nil {
				return err
			}
			p.op(opNEWOBJ_EX)
		} else {
			clsNew, err := object.GetAttrString(cls, "__new__")
			if err != nil {
				return err
			}
			pargs := make([]object.Value, 0, 2+len(at.Items)+kd.Len())
			pargs = append(append(pargs, clsNew, cls), at.Items...)
			var names []string
			for k, v := range kd.All() {
				ks, ok := k.Object().(*object.Str)
				if !ok {
					return object.Errorf(object.TypeError, "keywords must be strings")
				}
				names = append(names, ks.S)
				pargs = append(pargs, v)
			}
			part, err := object.Call(st.partialFn, pargs, names)
			if err != nil {
				return err
			}
			if err := p.save(part, false); err != nil {
				return err
			}
			if err := p.save(tuple(), false); err != nil {
				return err
			}
			p.op(opREDUCE)
		}
	case useNewobj:
		if len(argtup.Items) < 1 {
			return pickleErr(st.picklingError, "__newobj__ arglist is empty")
		}
		cls := argtup.Items[0]
		if _, ok := cls.Object().(*object.Type); !ok {
			return pickleErr(st.picklingError, "args[0] from __newobj__ args is not a type")
		}
		if !obj.IsNull() {
			oc, err := object.LookupAttr(obj, object.Intern("__class__"))
			if err != nil {
				return err
			}
			if !oc.IsNull() && !oc.Is(cls) {
				return pickleErr(st.picklingError, "args[0] from __newobj__ args has the wrong class")
			}
		}
		if err := p.save(cls, false); err != nil {
			return err
		}
		if err := p.save(tuple(argtup.Items[1:]...), false); err != nil {
			return err
		}
		p.op(opNEWOBJ)
	default:
		if err := p.save(callable, false); err != nil {
			return err
		}
		if err := p.save(argtupV, false); err != nil {
			return err
		}
		p.op(opREDUCE)
	}
	if !obj.IsNull() {
		if i, ok := p.inMemo(obj); ok {
			p.op(opPOP)
			p.memoGet(i)
			return nil
		}
		p.memoPut(obj)
	}
	if !listitems.IsNull() {
		if err := p.batchList(listitems); err != nil {
			return err
		}
	}
	if !dictitems.IsNull() {
		if err := p.batchDict(dictitems); err != nil {
			return err
		}
	}
	if !state.IsNull() {
		if stateSetter.IsNull() {
			if err := p.save(state, false); err != nil {
				return err
			}
			p.op(opBUILD)
		} else {
			if err := p.save(stateSetter, false); err != nil {
				return err
			}
			if err := p.save(obj, false); err != nil {
				return err
			}
			if err := p.save(state, false); err != nil {
				return err
			}
			p.op(opTUPLE2)
			p.op(opREDUCE)
			p.op(opPOP)
		}
	}
	return nil
}
