package native

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
	"unicode/utf8"

	"github.com/pyvar/pyvar/core/object"
)

// The Unpickler of _pickle (CPython's UnpicklerObject and its load_*
// functions).

type unpickler struct {
	st   *pickleState
	self object.Value

	data []byte // the input not yet read: all of it for loads, the current frame's rest for a file
	pos  int

	read, readline object.Value // the file's methods; Null: loads, or __init__ not called
	fromMemory     bool

	stack []object.Value
	marks []int
	fence int

	memo    []object.Value // Null: no entry
	memoBig map[int]object.Value
	memoLen int

	proto      int
	fixImports bool
	encoding   string
	errors     string
	buffers    object.Value // iterator; Null: none given
	persLoad   object.Value
}

func (u *unpickler) Type() *object.Type { return u.st.unpicklerT }

func unpicklerOf(v object.Value) *unpickler { return object.Unwrap(v).Object().(*unpickler) }

func (st *pickleState) newUnpickler(fname string, fixImports, encoding, errors, buffers object.Value) (*unpickler, error) {
	u := &unpickler{st: st}
	u.self = object.FromObject(u)
	if err := u.configure(fname, fixImports, encoding, errors, buffers); err != nil {
		return nil, err
	}
	u.fromMemory = true
	return u, nil
}

func (u *unpickler) configure(fname string, fixImports, encoding, errors, buffers object.Value) error {
	u.fixImports = true
	if !fixImports.IsNull() {
		f, err := object.Truth(fixImports)
		if err != nil {
			return err
		}
		u.fixImports = f
	}
	u.encoding, u.errors = "ASCII", "strict"
	for _, a := range []struct {
		v    object.Value
		dst  *string
		name string
	}{{encoding, &u.encoding, "encoding"}, {errors, &u.errors, "errors"}} {
		if a.v.IsNull() {
			continue
		}
		s, ok := a.v.Object().(*object.Str)
		if !ok || !a.v.IsObject() {
			return object.Errorf(object.TypeError, "%s() argument '%s' must be str, not %s", fname, a.name, object.TypeOf(a.v).Name)
		}
		*a.dst = s.S
	}
	u.buffers = object.Null
	if !buffers.IsNull() && !buffers.IsNone() {
		it, err := object.GetIter(buffers)
		if err != nil {
			return err
		}
		u.buffers = it
	}
	return nil
}

func (u *unpickler) setFile(file object.Value) error {
	r, err := object.LookupAttr(file, object.Intern("read"))
	if err != nil {
		return err
	}
	rl, err := object.LookupAttr(file, object.Intern("readline"))
	if err != nil {
		return err
	}
	if r.IsNull() || rl.IsNull() {
		return object.Errorf(object.TypeError, "file must have 'read' and 'readline' attributes")
	}
	u.read, u.readline = r, rl
	u.fromMemory = false
	return nil
}

var unpicklerNames = []string{"file", "fix_imports", "encoding", "errors", "buffers"}

func (st *pickleState) makeUnpicklerTypes() {
	t := object.NewBaseType("_pickle.Unpickler", nil)
	st.unpicklerT = t
	t.Doc = "Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())\n--\n\nThis takes a binary file for reading a pickle data stream."
	t.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		u := &unpickler{st: st, encoding: "ASCII", errors: "strict"}
		v := object.WrapBuiltin(cls, object.FromObject(u))
		u.self = v
		return v, nil
	}, func(self object.Value, args []object.Value, kw []string) error {
		var a [5]object.Value
		if err := parseKw("Unpickler", args, kw, unpicklerNames, 1, 1, a[:]); err != nil {
			return err
		}
		u := unpicklerOf(self)
		u.self = self
		if err := u.setFile(a[0]); err != nil {
			return err
		}
		if err := u.configure("Unpickler", a[1], a[2], a[3], a[4]); err != nil {
			return err
		}
		pl, err := object.LookupAttr(self, object.Intern("persistent_load"))
		if err != nil {
			return err
		}
		u.persLoad = pl
		u.memo, u.memoBig, u.memoLen = nil, nil, 0
		return nil
	})
	t.AddMethod("load", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgsQ("Unpickler", "load", args, kw); err != nil {
			return object.Null, err
		}
		u := self.Object().(*unpickler)
		if u.read.IsNull() && !u.fromMemory {
			return object.Null, pickleErr(st.unpicklingErr, "Unpickler.__init__() was not called by %s.__init__()", object.TypeOf(u.self).Name)
		}
		return u.load()
	})
	t.AddMethod("find_class", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("find_class", args, kw, 2, 2); err != nil {
			return object.Null, err
		}
		return self.Object().(*unpickler).findClass(args[0], args[1])
	})
	t.AddMethod("__sizeof__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		u := self.Object().(*unpickler)
		return object.Int(int64(160 + 8*cap(u.memo) + 8*cap(u.marks) + len(u.encoding) + len(u.errors) + 2)), nil
	})
	t.AddGetSet("persistent_load", func(self object.Value) (object.Value, error) {
		u := unpicklerOf(self)
		if u.persLoad.IsNull() {
			return object.Null, object.Errorf(object.AttributeError, "persistent_load")
		}
		return u.persLoad, nil
	}, func(self, v object.Value) error {
		if v.IsNull() {
			return object.Errorf(object.TypeError, "attribute deletion is not supported")
		}
		if !object.IsCallable(v) {
			return object.Errorf(object.TypeError, "persistent_load must be a callable taking one argument")
		}
		unpicklerOf(self).persLoad = v
		return nil
	})
	t.AddGetSet("memo", func(self object.Value) (object.Value, error) {
		return object.FromObject(&uMemoProxy{u: unpicklerOf(self)}), nil
	}, func(self, v object.Value) error {
		u := unpicklerOf(self)
		if v.IsNull() {
			return object.Errorf(object.TypeError, "attribute deletion is not supported")
		}
		if mp, ok := v.Object().(*uMemoProxy); ok {
			src := mp.u
			memo := append([]object.Value(nil), src.memo...)
			var big map[int]object.Value
			if src.memoBig != nil {
				big = make(map[int]object.Value, len(src.memoBig))
				for k, x := range src.memoBig {
					big[k] = x
				}
			}
			u.memo, u.memoBig, u.memoLen = memo, big, src.memoLen
			return nil
		}
		d, ok := v.Object().(*object.Dict)
		if !ok || !v.IsObject() {
			return object.Errorf(object.TypeError, "'memo' attribute must be an UnpicklerMemoProxy object or dict, not %s", object.TypeOf(v).Name)
		}
		nu := &unpickler{}
		for k, x := range d.All() {
			if !isIntType(k) {
				return object.Errorf(object.TypeError, "memo key must be integers")
			}
			idx, err := object.ArgSsize(k)
			if err != nil {
				return err
			}
			if idx < 0 {
				return object.Errorf(object.ValueError, "memo key must be positive integers.")
			}
			nu.memoPut(idx, x)
		}
		u.memo, u.memoBig, u.memoLen = nu.memo, nu.memoBig, nu.memoLen
		return nil
	})

	pt := newFinalType("_pickle.UnpicklerMemoProxy", nil)
	st.uMemoProxyT = pt
	pt.AddMethod("clear", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		u := self.Object().(*uMemoProxy).u
		u.memo, u.memoBig, u.memoLen = nil, nil, 0
		return object.None, nil
	})
	pt.AddMethod("copy", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return self.Object().(*uMemoProxy).copyDict(), nil
	})
	pt.AddMethod("__reduce__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		d := self.Object().(*uMemoProxy).copyDict()
		return tuple(typeValue(object.DictType), tuple(d)), nil
	})
}

// uMemoProxy is _pickle.UnpicklerMemoProxy.
type uMemoProxy struct{ u *unpickler }

func (m *uMemoProxy) Type() *object.Type { return m.u.st.uMemoProxyT }

func (m *uMemoProxy) copyDict() object.Value {
	d := object.NewDict(m.u.memoLen)
	for i, v := range m.u.memo {
		if !v.IsNull() {
			d.Set(object.Int(int64(i)), v)
		}
	}
	for i, v := range m.u.memoBig {
		d.Set(object.Int(int64(i)), v)
	}
	return object.FromObject(d)
}

// ---- memo ----

const unpickleMemoDense = 1 << 20

func (u *unpickler) memoPut(idx int, v object.Value) {
	if idx < unpickleMemoDense {
		if idx >= len(u.memo) {
			n := 2 * len(u.memo)
			if n <= idx {
				n = idx + 1
			}
			if n < 32 {
				n = 32
			}
			if n > unpickleMemoDense {
				n = unpickleMemoDense
			}
			m := make([]object.Value, n)
			copy(m, u.memo)
			u.memo = m
		}
		if u.memo[idx].IsNull() {
			u.memoLen++
		}
		u.memo[idx] = v
		return
	}
	if u.memoBig == nil {
		u.memoBig = map[int]object.Value{}
	}
	if _, ok := u.memoBig[idx]; !ok {
		u.memoLen++
	}
	u.memoBig[idx] = v
}

func (u *unpickler) memoGet(idx int) (object.Value, error) {
	if idx >= 0 && idx < len(u.memo) && !u.memo[idx].IsNull() {
		return u.memo[idx], nil
	}
	if v, ok := u.memoBig[idx]; ok {
		return v, nil
	}
	return object.Null, pickleErr(u.st.unpicklingErr, "Memo value not found at index %d", idx)
}

// ---- input ----

func (u *unpickler) truncated() error {
	return pickleErr(u.st.unpicklingErr, "pickle data was truncated")
}

// fileRead reads n bytes from the file (fewer at its end).
func (u *unpickler) fileRead(n int) ([]byte, error) {
	v, err := object.Call(u.read, []object.Value{object.Int(int64(n))}, nil)
	if err != nil {
		return nil, err
	}
	b, ok := object.BytesLike(v)
	if !ok {
		return nil, object.Errorf(object.ValueError, "read() returned non-bytes object (%s)", object.TypeOf(v).Name)
	}
	return b, nil
}

// need returns the next n bytes of input.
func (u *unpickler) need(n int) ([]byte, error) {
	if n < 0 {
		return nil, u.truncated()
	}
	if len(u.data)-u.pos >= n {
		s := u.data[u.pos : u.pos+n : u.pos+n]
		u.pos += n
		return s, nil
	}
	if u.fromMemory {
		return nil, u.truncated()
	}
	have := u.data[u.pos:]
	b, err := u.fileRead(n - len(have))
	if err != nil {
		return nil, err
	}
	if len(have)+len(b) < n {
		return nil, u.truncated()
	}
	u.data, u.pos = nil, 0
	if len(have) == 0 {
		return b, nil
	}
	return append(append(make([]byte, 0, n), have...), b...), nil
}

// line returns the next line, its '\n' included.
func (u *unpickler) line() ([]byte, error) {
	rest := u.data[u.pos:]
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		u.pos += i + 1
		return rest[: i+1 : i+1], nil
	}
	if u.fromMemory {
		return nil, u.truncated()
	}
	v, err := object.Call(u.readline, nil, nil)
	if err != nil {
		return nil, err
	}
	b, ok := object.BytesLike(v)
	if !ok {
		return nil, object.Errorf(object.ValueError, "readline() returned non-bytes object (%s)", object.TypeOf(v).Name)
	}
	u.data, u.pos = nil, 0
	l := append(append([]byte(nil), rest...), b...)
	if len(l) == 0 || l[len(l)-1] != '\n' {
		return nil, u.truncated()
	}
	return l, nil
}

func (u *unpickler) loadFrame() error {
	s, err := u.need(8)
	if err != nil {
		return err
	}
	n := binary.LittleEndian.Uint64(s)
	if n > math.MaxInt32*4 {
		return object.Errorf(object.OverflowError, "FRAME length exceeds system's maximum of %d bytes", int64(math.MaxInt64))
	}
	if uint64(len(u.data)-u.pos) >= n {
		return nil
	}
	if u.fromMemory {
		return u.truncated()
	}
	have := u.data[u.pos:]
	b, err := u.fileRead(int(n) - len(have))
	if err != nil {
		return err
	}
	if uint64(len(have)+len(b)) < n {
		return u.truncated()
	}
	u.data = append(append(make([]byte, 0, int(n)), have...), b...)
	u.pos = 0
	return nil
}

// ---- the stack ----

func (u *unpickler) underflow() error {
	if len(u.marks) > 0 {
		return pickleErr(u.st.unpicklingErr, "unexpected MARK found")
	}
	return pickleErr(u.st.unpicklingErr, "unpickling stack underflow")
}

func (u *unpickler) push(v object.Value) { u.stack = append(u.stack, v) }

func (u *unpickler) pop() (object.Value, error) {
	if len(u.stack) <= u.fence {
		return object.Null, u.underflow()
	}
	v := u.stack[len(u.stack)-1]
	u.stack[len(u.stack)-1] = object.Null
	u.stack = u.stack[:len(u.stack)-1]
	return v, nil
}

func (u *unpickler) top() (object.Value, error) {
	if len(u.stack) <= u.fence {
		return object.Null, u.underflow()
	}
	return u.stack[len(u.stack)-1], nil
}

// marker pops the last mark and returns the stack length it recorded.
func (u *unpickler) marker() (int, error) {
	if len(u.marks) == 0 {
		return 0, pickleErr(u.st.unpicklingErr, "could not find MARK")
	}
	m := u.marks[len(u.marks)-1]
	u.marks = u.marks[:len(u.marks)-1]
	u.fence = 0
	if len(u.marks) > 0 {
		u.fence = u.marks[len(u.marks)-1]
	}
	return m, nil
}

// popItems removes the stack from start on and returns its items (a
// fresh slice).
func (u *unpickler) popItems(start int) ([]object.Value, error) {
	if start < u.fence || start > len(u.stack) {
		return nil, u.underflow()
	}
	items := make([]object.Value, len(u.stack)-start)
	copy(items, u.stack[start:])
	u.clearFrom(start)
	return items, nil
}

func (u *unpickler) clearFrom(start int) {
	for i := start; i < len(u.stack); i++ {
		u.stack[i] = object.Null
	}
	u.stack = u.stack[:start]
}

// ---- load ----

func (u *unpickler) load() (object.Value, error) {
	u.clearFrom(0)
	u.marks = u.marks[:0]
	u.fence = 0
	u.proto = 0
	for {
		if u.pos >= len(u.data) && u.fromMemory {
			return object.Null, object.Errorf(object.EOFError, "Ran out of input")
		}
		var op byte
		if u.pos < len(u.data) {
			op = u.data[u.pos]
			u.pos++
		} else {
			b, err := u.fileRead(1)
			if err != nil {
				return object.Null, err
			}
			if len(b) == 0 {
				return object.Null, object.Errorf(object.EOFError, "Ran out of input")
			}
			op = b[0]
		}
		if op == opSTOP {
			v, err := u.pop()
			if err != nil {
				return object.Null, err
			}
			if u.fromMemory {
				u.data = nil
			}
			return v, nil
		}
		if err := u.dispatch(op); err != nil {
			return object.Null, err
		}
	}
}

func (u *unpickler) dispatch(op byte) error {
	st := u.st
	switch op {
	case opMARK:
		u.marks = append(u.marks, len(u.stack))
		u.fence = len(u.stack)
	case opNONE:
		u.push(object.None)
	case opNEWTRUE:
		u.push(object.True)
	case opNEWFALSE:
		u.push(object.False)
	case opBININT:
		s, err := u.need(4)
		if err != nil {
			return err
		}
		u.push(object.Int(int64(int32(binary.LittleEndian.Uint32(s)))))
	case opBININT1:
		s, err := u.need(1)
		if err != nil {
			return err
		}
		u.push(object.Int(int64(s[0])))
	case opBININT2:
		s, err := u.need(2)
		if err != nil {
			return err
		}
		u.push(object.Int(int64(binary.LittleEndian.Uint16(s))))
	case opINT:
		l, err := u.line()
		if err != nil {
			return err
		}
		return u.loadIntText(l)
	case opLONG:
		l, err := u.line()
		if err != nil {
			return err
		}
		s := l
		if len(s) > 1 && s[len(s)-2] == 'L' {
			s = s[:len(s)-2]
		}
		v, err := parseIntBase(s, 10)
		if err != nil {
			return err
		}
		u.push(v)
	case opLONG1, opLONG4:
		var n int
		if op == opLONG1 {
			s, err := u.need(1)
			if err != nil {
				return err
			}
			n = int(s[0])
		} else {
			s, err := u.need(4)
			if err != nil {
				return err
			}
			n = int(int32(binary.LittleEndian.Uint32(s)))
			if n < 0 {
				return pickleErr(st.unpicklingErr, "LONG pickle has negative byte count")
			}
		}
		s, err := u.need(n)
		if err != nil {
			return err
		}
		u.push(decodeLong(s))
	case opFLOAT:
		l, err := u.line()
		if err != nil {
			return err
		}
		s := string(l[:len(l)-1])
		f, perr := strconv.ParseFloat(s, 64)
		if perr != nil {
			if ne, ok := perr.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
				return object.Errorf(object.OverflowError, "could not convert string to float: %s", reprOf(object.NewStr(s)))
			}
			for i := len(s) - 1; i > 0; i-- {
				if _, err := strconv.ParseFloat(s[:i], 64); err == nil {
					// A number followed by junk (PyOS_string_to_double
					// stopped before the line's end).
					return object.Errorf(object.ValueError, "could not convert string to float")
				}
			}
			return object.Errorf(object.ValueError, "could not convert string to float: '%s'", l)
		}
		u.push(object.Float(f))
	case opBINFLOAT:
		s, err := u.need(8)
		if err != nil {
			return err
		}
		u.push(object.Float(math.Float64frombits(binary.BigEndian.Uint64(s))))
	case opBINBYTES, opSHORT_BINBYTES, opBINBYTES8, opBYTEARRAY8:
		n, err := u.size(op)
		if err != nil {
			return err
		}
		s, err := u.need(n)
		if err != nil {
			return err
		}
		b := append([]byte(nil), s...)
		if op == opBYTEARRAY8 {
			u.push(object.FromObject(&object.ByteArray{B: b}))
		} else {
			u.push(object.NewBytes(b))
		}
	case opBINUNICODE, opSHORT_BINUNICODE, opBINUNICODE8:
		n, err := u.size(op)
		if err != nil {
			return err
		}
		s, err := u.need(n)
		if err != nil {
			return err
		}
		v, err := decodeUTF8Pass(s)
		if err != nil {
			return err
		}
		u.push(v)
	case opUNICODE:
		l, err := u.line()
		if err != nil {
			return err
		}
		str, _, err := object.DecodeRawUnicodeEscape(l[:len(l)-1], "strict", true)
		if err != nil {
			return err
		}
		u.push(object.NewStr(str))
	case opSTRING:
		l, err := u.line()
		if err != nil {
			return err
		}
		s := l[:len(l)-1]
		if len(s) < 2 || s[0] != s[len(s)-1] || (s[0] != '\'' && s[0] != '"') {
			return pickleErr(st.unpicklingErr, "the STRING opcode argument must be quoted")
		}
		b, err := object.EscapeDecode(s[1:len(s)-1], "strict")
		if err != nil {
			return err
		}
		v, err := u.decodeString(b)
		if err != nil {
			return err
		}
		u.push(v)
	case opBINSTRING, opSHORT_BINSTRING:
		width := 4
		if op == opSHORT_BINSTRING {
			width = 1
		}
		n, err := u.uintArg(width)
		if err != nil {
			return err
		}
		s, err := u.need(n)
		if err != nil {
			return err
		}
		v, err := u.decodeString(append([]byte(nil), s...))
		if err != nil {
			return err
		}
		u.push(v)
	case opNEXT_BUFFER:
		if u.buffers.IsNull() {
			return pickleErr(st.unpicklingErr, "pickle stream refers to out-of-band data but no *buffers* argument was given")
		}
		v, ok, err := iterNext(u.buffers)
		if err != nil {
			return err
		}
		if !ok {
			return pickleErr(st.unpicklingErr, "not enough out-of-band buffers")
		}
		u.push(v)
	case opREADONLY_BUFFER:
		v, err := u.top()
		if err != nil {
			return err
		}
		buf, err := object.GetBuffer(v, false)
		if err != nil {
			return err
		}
		ro := buf.ReadOnly
		buf.Release()
		if !ro {
			mv, err := object.NewMemoryView(v)
			if err != nil {
				return err
			}
			r, err := callMethodName(mv, "toreadonly")
			if err != nil {
				return err
			}
			u.stack[len(u.stack)-1] = r
		}
	case opEMPTY_TUPLE:
		u.push(tuple())
	case opTUPLE1, opTUPLE2, opTUPLE3:
		n := int(op-opTUPLE1) + 1
		items, err := u.popItems(len(u.stack) - n)
		if err != nil {
			return err
		}
		u.push(object.TupleValue(items...))
	case opTUPLE:
		m, err := u.marker()
		if err != nil {
			return err
		}
		items, err := u.popItems(m)
		if err != nil {
			return err
		}
		u.push(object.TupleValue(items...))
	case opEMPTY_LIST:
		u.push(object.ListValue())
	case opLIST:
		m, err := u.marker()
		if err != nil {
			return err
		}
		items, err := u.popItems(m)
		if err != nil {
			return err
		}
		u.push(object.ListValue(items...))
	case opEMPTY_DICT:
		u.push(object.FromObject(object.NewDict(0)))
	case opDICT:
		m, err := u.marker()
		if err != nil {
			return err
		}
		items, err := u.popItems(m)
		if err != nil {
			return err
		}
		if len(items)%2 != 0 {
			return pickleErr(st.unpicklingErr, "odd number of items for DICT")
		}
		d := object.NewDict(len(items) / 2)
		for i := 0; i < len(items); i += 2 {
			if err := d.Set(items[i], items[i+1]); err != nil {
				return err
			}
		}
		u.push(object.FromObject(d))
	case opEMPTY_SET:
		s, err := object.NewSet(false)
		if err != nil {
			return err
		}
		u.push(s)
	case opFROZENSET:
		m, err := u.marker()
		if err != nil {
			return err
		}
		items, err := u.popItems(m)
		if err != nil {
			return err
		}
		s, err := object.NewSet(true, items...)
		if err != nil {
			return err
		}
		u.push(s)
	case opAPPEND:
		return u.doAppend(len(u.stack) - 1)
	case opAPPENDS:
		m, err := u.marker()
		if err != nil {
			return err
		}
		return u.doAppend(m)
	case opSETITEM:
		return u.doSetItems(len(u.stack) - 2)
	case opSETITEMS:
		m, err := u.marker()
		if err != nil {
			return err
		}
		return u.doSetItems(m)
	case opADDITEMS:
		m, err := u.marker()
		if err != nil {
			return err
		}
		if m > len(u.stack) || m <= u.fence {
			return u.underflow()
		}
		if m == len(u.stack) {
			return nil
		}
		set := u.stack[m-1]
		items, err := u.popItems(m)
		if err != nil {
			return err
		}
		if s, ok := set.Object().(*object.Set); ok && set.IsObject() {
			for _, it := range items {
				if err := s.Add(it); err != nil {
					return err
				}
			}
			return nil
		}
		add, err := object.GetAttrString(set, "add")
		if err != nil {
			return err
		}
		for _, it := range items {
			if _, err := object.Call(add, []object.Value{it}, nil); err != nil {
				return err
			}
		}
	case opBUILD:
		return u.loadBuild()
	case opREDUCE:
		args, err := u.pop()
		if err != nil {
			return err
		}
		fn, err := u.pop()
		if err != nil {
			return err
		}
		t, ok := args.Object().(*object.Tuple)
		if !ok {
			return object.Errorf(object.TypeError, "argument list must be a tuple")
		}
		v, err := object.Call(fn, t.Items, nil)
		if err != nil {
			return err
		}
		u.push(v)
	case opNEWOBJ, opNEWOBJ_EX:
		kwargs := object.Null
		if op == opNEWOBJ_EX {
			var err error
			if kwargs, err = u.pop(); err != nil {
				return err
			}
		}
		args, err := u.pop()
		if err != nil {
			return err
		}
		cls, err := u.pop()
		if err != nil {
			return err
		}
		name := "NEWOBJ"
		if op == opNEWOBJ_EX {
			name = "NEWOBJ_EX"
		}
		ct, ok := cls.Object().(*object.Type)
		if !ok {
			return pickleErr(st.unpicklingErr, "%s class argument must be a type, not %s", name, object.TypeOf(cls).Name)
		}
		at, ok := object.Unwrap(args).Object().(*object.Tuple)
		if !ok || !args.IsObject() {
			return pickleErr(st.unpicklingErr, "%s args argument must be a tuple, not %s", name, object.TypeOf(args).Name)
		}
		var kd *object.Dict
		if !kwargs.IsNull() {
			if kd, ok = object.Unwrap(kwargs).Object().(*object.Dict); !ok || !kwargs.IsObject() {
				return pickleErr(st.unpicklingErr, "%s kwargs argument must be a dict, not %s", name, object.TypeOf(kwargs).Name)
			}
		}
		newFn, err := object.GetAttrString(cls, "__new__")
		if err != nil {
			return err
		}
		_ = ct
		callArgs := make([]object.Value, 0, 1+len(at.Items))
		callArgs = append(append(callArgs, cls), at.Items...)
		var names []string
		if kd != nil {
			for k, v := range kd.All() {
				ks, ok := k.Object().(*object.Str)
				if !ok {
					return object.Errorf(object.TypeError, "keywords must be strings")
				}
				names = append(names, ks.S)
				callArgs = append(callArgs, v)
			}
		}
		v, err := object.Call(newFn, callArgs, names)
		if err != nil {
			return err
		}
		u.push(v)
	case opOBJ:
		m, err := u.marker()
		if err != nil {
			return err
		}
		if len(u.stack)-m < 1 {
			return u.underflow()
		}
		items, err := u.popItems(m + 1)
		if err != nil {
			return err
		}
		cls := u.stack[m]
		u.clearFrom(m)
		v, err := instantiate(cls, items)
		if err != nil {
			return err
		}
		u.push(v)
	case opINST:
		ml, err := u.line()
		if err != nil {
			return err
		}
		nl, err := u.line()
		if err != nil {
			return err
		}
		mod, err := decodeUTF8Pass(ml[:len(ml)-1])
		if err != nil {
			return err
		}
		name, err := decodeUTF8Pass(nl[:len(nl)-1])
		if err != nil {
			return err
		}
		m, err := u.marker()
		if err != nil {
			return err
		}
		items, err := u.popItems(m)
		if err != nil {
			return err
		}
		cls, err := u.callFindClass(mod, name)
		if err != nil {
			return err
		}
		v, err := instantiate(cls, items)
		if err != nil {
			return err
		}
		u.push(v)
	case opGLOBAL:
		ml, err := u.line()
		if err != nil {
			return err
		}
		nl, err := u.line()
		if err != nil {
			return err
		}
		mod, err := decodeUTF8Pass(ml[:len(ml)-1])
		if err != nil {
			return err
		}
		name, err := decodeUTF8Pass(nl[:len(nl)-1])
		if err != nil {
			return err
		}
		cls, err := u.callFindClass(mod, name)
		if err != nil {
			return err
		}
		u.push(cls)
	case opSTACK_GLOBAL:
		name, err := u.pop()
		if err != nil {
			object.Drop(err)
		}
		mod, err := u.pop()
		if err != nil {
			object.Drop(err)
		}
		if name.IsNull() || mod.IsNull() || object.TypeOf(name) != object.StrType || object.TypeOf(mod) != object.StrType {
			return pickleErr(st.unpicklingErr, "STACK_GLOBAL requires str")
		}
		cls, err := u.callFindClass(mod, name)
		if err != nil {
			return err
		}
		u.push(cls)
	case opEXT1, opEXT2, opEXT4:
		n := map[byte]int{opEXT1: 1, opEXT2: 2, opEXT4: 4}[op]
		s, err := u.need(n)
		if err != nil {
			return err
		}
		var code int64
		switch n {
		case 1:
			code = int64(s[0])
		case 2:
			code = int64(binary.LittleEndian.Uint16(s))
		default:
			code = int64(int32(binary.LittleEndian.Uint32(s)))
		}
		return u.loadExtension(code)
	case opPERSID:
		l, err := u.line()
		if err != nil {
			return err
		}
		s := l[:len(l)-1]
		if !isASCII(string(s)) {
			return pickleErr(st.unpicklingErr, "persistent IDs in protocol 0 must be ASCII strings")
		}
		return u.persistent(object.NewStr(string(s)))
	case opBINPERSID:
		if u.persLoad.IsNull() {
			return u.persistent(object.Null)
		}
		pid, err := u.pop()
		if err != nil {
			return err
		}
		return u.persistent(pid)
	case opPOP:
		if len(u.stack) > u.fence {
			_, err := u.pop()
			return err
		}
		if len(u.marks) > 0 && u.marks[len(u.marks)-1] == len(u.stack) {
			_, err := u.marker()
			return err
		}
		return u.underflow()
	case opPOP_MARK:
		m, err := u.marker()
		if err != nil {
			return err
		}
		u.clearFrom(m)
	case opDUP:
		v, err := u.top()
		if err != nil {
			return err
		}
		u.push(v)
	case opGET:
		l, err := u.line()
		if err != nil {
			return err
		}
		idx, err := parseMemoIndex(l[:len(l)-1])
		if err != nil {
			return err
		}
		v, err := u.memoGet(idx)
		if err != nil {
			return err
		}
		u.push(v)
	case opBINGET, opLONG_BINGET:
		width := 4
		if op == opBINGET {
			width = 1
		}
		idx, err := u.uintArg(width)
		if err != nil {
			return err
		}
		v, err := u.memoGet(idx)
		if err != nil {
			return err
		}
		u.push(v)
	case opPUT:
		l, err := u.line()
		if err != nil {
			return err
		}
		idx, err := parseMemoIndex(l[:len(l)-1])
		if err != nil {
			return err
		}
		if idx < 0 {
			return object.Errorf(object.ValueError, "negative PUT argument")
		}
		v, err := u.top()
		if err != nil {
			return err
		}
		u.memoPut(idx, v)
	case opBINPUT, opLONG_BINPUT:
		width := 4
		if op == opBINPUT {
			width = 1
		}
		idx, err := u.uintArg(width)
		if err != nil {
			return err
		}
		v, err := u.top()
		if err != nil {
			return err
		}
		u.memoPut(idx, v)
	case opMEMOIZE:
		v, err := u.top()
		if err != nil {
			return err
		}
		u.memoPut(u.memoLen, v)
	case opPROTO:
		s, err := u.need(1)
		if err != nil {
			return err
		}
		if s[0] > pickleHighest {
			return object.Errorf(object.ValueError, "unsupported pickle protocol: %d", s[0])
		}
		u.proto = int(s[0])
	case opFRAME:
		return u.loadFrame()
	default:
		if op >= 0x20 && op <= 0x7e {
			return pickleErr(st.unpicklingErr, "invalid load key, '%c'.", op)
		}
		return pickleErr(st.unpicklingErr, "invalid load key, '\\x%02x'.", op)
	}
	return nil
}

// uintArg reads an opcode's unsigned little-endian argument of width 1 or
// 4 bytes (a length, a memo index).
func (u *unpickler) uintArg(width int) (int, error) {
	s, err := u.need(width)
	if err != nil {
		return 0, err
	}
	if width == 1 {
		return int(s[0]), nil
	}
	return int(binary.LittleEndian.Uint32(s)), nil
}

func (u *unpickler) size(op byte) (int, error) {
	switch op {
	case opSHORT_BINBYTES, opSHORT_BINUNICODE:
		return u.uintArg(1)
	case opBINBYTES, opBINUNICODE:
		return u.uintArg(4)
	}
	s, err := u.need(8)
	if err != nil {
		return 0, err
	}
	n := binary.LittleEndian.Uint64(s)
	if n > math.MaxInt64 {
		what := map[byte]string{opBINBYTES8: "BINBYTES", opBINUNICODE8: "BINUNICODE", opBYTEARRAY8: "BYTEARRAY8"}[op]
		return 0, object.Errorf(object.OverflowError, "%s exceeds system's maximum size of %d bytes", what, int64(math.MaxInt64))
	}
	if n > uint64(len(u.data)-u.pos) && u.fromMemory {
		return 0, u.truncated()
	}
	return int(n), nil
}

func decodeUTF8Pass(b []byte) (object.Value, error) {
	if utf8.Valid(b) {
		return object.NewStr(string(b)), nil
	}
	s, _, err := object.DecodeUTF8(b, "surrogatepass", true)
	if err != nil {
		return object.Null, err
	}
	return object.NewStr(s), nil
}

// decodeLong reads a little-endian two's complement int.
func decodeLong(s []byte) object.Value {
	n := len(s)
	if n == 0 {
		return object.Int(0)
	}
	if n <= 8 {
		var v uint64
		for i := n - 1; i >= 0; i-- {
			v = v<<8 | uint64(s[i])
		}
		if s[n-1]&0x80 != 0 && n < 8 {
			v |= ^uint64(0) << (8 * uint(n))
		}
		return object.Int(int64(v))
	}
	be := make([]byte, n)
	for i := range s {
		be[n-1-i] = s[i]
	}
	x := new(big.Int).SetBytes(be)
	if s[n-1]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
	}
	if x.IsInt64() {
		return object.Int(x.Int64())
	}
	return object.NewBigInt(x)
}

// parseIntBase is int(s, base) for the text opcodes.
func parseIntBase(s []byte, base int) (object.Value, error) {
	if n, err := strconv.ParseInt(string(s), 10, 64); err == nil {
		return object.Int(n), nil
	}
	return object.Call(typeValue(object.IntType), []object.Value{object.NewStr(string(s)), object.Int(int64(base))}, nil)
}

func (u *unpickler) loadIntText(l []byte) error {
	s := l[:len(l)-1]
	if len(l) == 3 && s[0] == '0' && (s[1] == '0' || s[1] == '1') {
		u.push(object.Bool(s[1] == '1'))
		return nil
	}
	v, err := parseIntBase(s, 0)
	if err != nil {
		if object.ExceptionMatches(err, object.ValueError) {
			object.Drop(err)
			return object.Errorf(object.ValueError, "could not convert string to int")
		}
		return err
	}
	u.push(v)
	return nil
}

func parseMemoIndex(s []byte) (int, error) {
	v, err := object.Call(typeValue(object.IntType), []object.Value{object.NewStr(string(s))}, nil)
	if err != nil {
		return 0, err
	}
	return object.ArgSsize(v)
}

func (u *unpickler) decodeString(b []byte) (object.Value, error) {
	if u.encoding == "bytes" {
		return object.NewBytes(b), nil
	}
	return object.DecodeString(b, object.NewBytes(b), u.encoding, u.errors)
}

func (u *unpickler) persistent(pid object.Value) error {
	if u.persLoad.IsNull() {
		return pickleErr(u.st.unpicklingErr, "A load persistent id instruction was encountered,\nbut no persistent_load function was specified.")
	}
	v, err := object.Call(u.persLoad, []object.Value{pid}, nil)
	if err != nil {
		return err
	}
	u.push(v)
	return nil
}

func (u *unpickler) doAppend(x int) error {
	n := len(u.stack)
	if x > n || x <= u.fence {
		return u.underflow()
	}
	if x == n {
		return nil
	}
	lst := u.stack[x-1]
	if l, ok := lst.Object().(*object.List); ok && lst.IsObject() {
		l.Items = append(l.Items, u.stack[x:]...)
		u.clearFrom(x)
		return nil
	}
	ext, err := object.LookupAttr(lst, object.Intern("extend"))
	if err != nil {
		return err
	}
	if !ext.IsNull() {
		items, err := u.popItems(x)
		if err != nil {
			return err
		}
		_, err = object.Call(ext, []object.Value{object.ListValue(items...)}, nil)
		return err
	}
	app, err := object.GetAttrString(lst, "append")
	if err != nil {
		return err
	}
	for i := x; i < len(u.stack); i++ {
		if _, err := object.Call(app, []object.Value{u.stack[i]}, nil); err != nil {
			return err
		}
	}
	u.clearFrom(x)
	return nil
}

func (u *unpickler) doSetItems(x int) error {
	n := len(u.stack)
	if x > n || x <= u.fence {
		return u.underflow()
	}
	if x == n {
		return nil
	}
	if (n-x)%2 != 0 {
		return pickleErr(u.st.unpicklingErr, "odd number of items for SETITEMS")
	}
	target := u.stack[x-1]
	d, exact := target.Object().(*object.Dict)
	exact = exact && object.TypeOf(target) == object.DictType
	if exact {
		d.Reserve(d.Len() + (n-x)/2)
	}
	var err error
	for i := x + 1; i < n; i += 2 {
		if exact {
			err = d.Set(u.stack[i-1], u.stack[i])
		} else {
			err = object.SetItem(target, u.stack[i-1], u.stack[i])
		}
		if err != nil {
			break
		}
	}
	u.clearFrom(x)
	return err
}

func (u *unpickler) loadBuild() error {
	if len(u.stack)-2 < u.fence {
		return u.underflow()
	}
	state, _ := u.pop()
	inst := u.stack[len(u.stack)-1]
	setstate, err := object.LookupAttr(inst, object.Intern("__setstate__"))
	if err != nil {
		return err
	}
	if !setstate.IsNull() {
		_, err := object.Call(setstate, []object.Value{state}, nil)
		return err
	}
	slotstate := object.Null
	if t, ok := state.Object().(*object.Tuple); ok && state.IsObject() && len(t.Items) == 2 {
		state, slotstate = t.Items[0], t.Items[1]
	}
	if !state.IsNone() {
		sd, ok := object.Unwrap(state).Object().(*object.Dict)
		if !ok || !state.IsObject() {
			return pickleErr(u.st.unpicklingErr, "state is not a dictionary")
		}
		dict, err := object.GetAttrString(inst, "__dict__")
		if err != nil {
			return err
		}
		dd, exact := dict.Object().(*object.Dict)
		exact = exact && object.TypeOf(dict) == object.DictType
		for k, v := range sd.All() {
			if ks, ok := k.Object().(*object.Str); ok && k.IsObject() {
				k = object.FromObject(object.InternStr(ks))
			}
			if exact {
				err = dd.Set(k, v)
			} else {
				err = object.SetItem(dict, k, v)
			}
			if err != nil {
				return err
			}
		}
	}
	if !slotstate.IsNull() {
		sd, ok := object.Unwrap(slotstate).Object().(*object.Dict)
		if !ok || !slotstate.IsObject() {
			return pickleErr(u.st.unpicklingErr, "slot state is not a dictionary")
		}
		for k, v := range sd.All() {
			ks, ok := k.Object().(*object.Str)
			if !ok {
				return object.Errorf(object.TypeError, "attribute name must be string, not '%s'", object.TypeOf(k).Name)
			}
			if err := object.SetAttr(inst, ks, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// instantiate is the class call of INST and OBJ: cls.__new__(cls) for a
// class without __getinitargs__ and no arguments, else cls(*args).
func instantiate(cls object.Value, args []object.Value) (object.Value, error) {
	if _, ok := cls.Object().(*object.Type); ok && len(args) == 0 {
		gia, err := object.LookupAttr(cls, object.Intern("__getinitargs__"))
		if err != nil {
			return object.Null, err
		}
		if gia.IsNull() {
			nf, err := object.GetAttrString(cls, "__new__")
			if err != nil {
				return object.Null, err
			}
			return object.Call(nf, []object.Value{cls}, nil)
		}
	}
	return object.Call(cls, args, nil)
}

func (u *unpickler) loadExtension(code int64) error {
	st := u.st
	if code <= 0 {
		return pickleErr(st.unpicklingErr, "EXT specifies code <= 0")
	}
	key := object.Int(code)
	cache := st.extensionCache.Object().(*object.Dict)
	if v, ok, err := cache.Get(key); err != nil {
		return err
	} else if ok {
		u.push(v)
		return nil
	}
	pair, ok, err := st.invertedRegistry.Object().(*object.Dict).Get(key)
	if err != nil {
		return err
	}
	if !ok {
		return object.Errorf(object.ValueError, "unregistered extension code %d", code)
	}
	t, ok := pair.Object().(*object.Tuple)
	if !ok || len(t.Items) != 2 || object.TypeOf(t.Items[0]) != object.StrType || object.TypeOf(t.Items[1]) != object.StrType {
		return object.Errorf(object.ValueError, "_inverted_registry[%d] isn't a 2-tuple of strings", code)
	}
	v, err := u.callFindClass(t.Items[0], t.Items[1])
	if err != nil {
		return err
	}
	if err := cache.Set(key, v); err != nil {
		return err
	}
	u.push(v)
	return nil
}

// callFindClass calls self.find_class, which a subclass may override.
func (u *unpickler) callFindClass(mod, name object.Value) (object.Value, error) {
	if u.st.findHook != nil {
		return u.st.findHook(mod, name)
	}
	if object.TypeOf(u.self) == u.st.unpicklerT {
		return u.findClass(mod, name)
	}
	fc, err := object.GetAttrString(u.self, "find_class")
	if err != nil {
		return object.Null, err
	}
	return object.Call(fc, []object.Value{mod, name}, nil)
}

func (u *unpickler) findClass(mod, name object.Value) (object.Value, error) {
	st := u.st
	if u.proto < 3 && u.fixImports {
		key := tuple(mod, name)
		if v, ok, err := st.nameMapping2to3.Object().(*object.Dict).Get(key); err != nil {
			return object.Null, err
		} else if ok {
			t, isT := v.Object().(*object.Tuple)
			if !isT || len(t.Items) != 2 {
				return object.Null, object.Errorf(object.RuntimeError, "_compat_pickle.NAME_MAPPING values should be 2-tuples, not %s", object.TypeOf(v).Name)
			}
			if object.TypeOf(t.Items[0]) != object.StrType || object.TypeOf(t.Items[1]) != object.StrType {
				return object.Null, object.Errorf(object.RuntimeError, "_compat_pickle.NAME_MAPPING values should be pairs of str, not (%s, %s)", object.TypeOf(t.Items[0]).Name, object.TypeOf(t.Items[1]).Name)
			}
			mod, name = t.Items[0], t.Items[1]
		} else if v, ok, err := st.importMapping2to3.Object().(*object.Dict).Get(mod); err != nil {
			return object.Null, err
		} else if ok {
			if object.TypeOf(v) != object.StrType {
				return object.Null, object.Errorf(object.RuntimeError, "_compat_pickle.IMPORT_MAPPING values should be strings, not %s", object.TypeOf(v).Name)
			}
			mod = v
		}
	}
	module, err := st.importModule(mod)
	if err != nil {
		return object.Null, err
	}
	ns, ok := name.Object().(*object.Str)
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "attribute name must be string, not '%s'", object.TypeOf(name).Name)
	}
	path := []string{ns.S}
	if u.proto >= 4 {
		if path, err = st.dottedPath(module, name, ns.S); err != nil {
			return object.Null, err
		}
	}
	{
		v, _, err := getDeepAttribute(module, path)
		if err != nil {
			if object.ExceptionMatches(err, object.AttributeError) {
				object.Drop(err)
				return object.Null, object.Errorf(object.AttributeError, "Can't get attribute %s on %s", reprOf(name), reprOf(module))
			}
			return object.Null, err
		}
		return v, nil
	}
}
