package native

import (
	"bytes"
	"testing"

	"github.com/pyvar/pyvar/core/object"
)

// fuzzPickleState is a _pickle state without an interpreter: empty
// copyreg tables, and find_class limited to a few harmless built-in
// types (a fuzzed stream must not call arbitrary globals).
func fuzzPickleState() *pickleState {
	st := &pickleState{}
	st.pickleError = newException("_pickle", "PickleError", object.Exception)
	st.picklingError = newException("_pickle", "PicklingError", st.pickleError)
	st.unpicklingErr = newException("_pickle", "UnpicklingError", st.pickleError)
	for _, d := range []*object.Value{&st.dispatchTable, &st.extensionRegistry, &st.invertedRegistry, &st.extensionCache,
		&st.nameMapping2to3, &st.importMapping2to3, &st.nameMapping3to2, &st.importMapping3to2} {
		*d = object.FromObject(object.NewDict(0))
	}
	st.invertedRegistry.Object().(*object.Dict).Set(object.Int(7), tuple(object.NewStr("builtins"), object.NewStr("list")))
	st.makePicklerTypes()
	st.makeUnpicklerTypes()
	safe := map[string]*object.Type{"int": object.IntType, "list": object.ListType, "dict": object.DictType,
		"set": object.SetType, "frozenset": object.FrozenSetType, "tuple": object.TupleType, "bytes": object.BytesType,
		"bytearray": object.ByteArrayType, "str": object.StrType, "complex": object.ComplexType, "object": object.ObjectType,
		"float": object.FloatType, "range": object.RangeType, "slice": object.SliceType}
	st.findHook = func(mod, name object.Value) (object.Value, error) {
		m, _ := mod.Object().(*object.Str)
		n, _ := name.Object().(*object.Str)
		if m != nil && n != nil && m.S == "builtins" {
			if t, ok := safe[n.S]; ok {
				return typeValue(t), nil
			}
		}
		return object.Null, pickleErr(st.unpicklingErr, "global not allowed")
	}
	return st
}

// fuzzFile is a file object over b, for the Unpickler's file path.
func fuzzFile(b []byte) object.Value {
	r := bytes.NewReader(b)
	m := object.NewModule("f")
	setAttr(m, "read", object.NewBuiltin("read", func(_ object.Value, args []object.Value, _ []string) (object.Value, error) {
		n, _ := args[0].AsInt()
		buf := make([]byte, min(int(n), r.Len()))
		r.Read(buf)
		return object.NewBytes(buf), nil
	}))
	setAttr(m, "readline", object.NewBuiltin("readline", func(_ object.Value, _ []object.Value, _ []string) (object.Value, error) {
		var line []byte
		for {
			c, err := r.ReadByte()
			if err != nil {
				break
			}
			line = append(line, c)
			if c == '\n' {
				break
			}
		}
		return object.NewBytes(line), nil
	}))
	return object.FromObject(m)
}

// FuzzUnpickle feeds arbitrary bytes to the Unpickler, from memory (as
// loads does) and from a file: every malformed stream must end in a
// Python exception, never a Go panic; a stream that loads from memory
// loads from the file too.
//
//	go test ./core/native -run '^$' -fuzz FuzzUnpickle -fuzztime 5m
func FuzzUnpickle(f *testing.F) {
	st := fuzzPickleState()
	l := object.NewList(object.Int(1), object.NewStr("é"), object.NewBytes([]byte("b")))
	d := object.NewDict(0)
	d.Set(object.NewStr("k"), object.FromObject(l))
	s, _ := object.NewSet(false, object.Int(3), object.Float(2.5))
	fs, _ := object.NewSet(true, object.Int(4))
	big, _ := object.Call(typeValue(object.IntType), []object.Value{object.NewStr("123456789012345678901234567890")}, nil)
	// Protocols 4 and 5 need no globals for these (sets, frozensets and
	// bytearrays have their own opcodes), which this state cannot save.
	val := object.ListValue(object.FromObject(l), object.FromObject(l), object.FromObject(d), s, fs, big,
		tuple(), tuple(object.None), tuple(object.True, object.False, object.Int(-70000)), object.NewStr("x\n\\y"))
	for proto := 4; proto <= pickleHighest; proto++ {
		if proto == 5 {
			val.Object().(*object.List).Append(object.FromObject(&object.ByteArray{B: []byte("ba")}))
		}
		p, err := st.newPickler(object.Int(int64(proto)), object.Null, object.Null)
		if err != nil {
			f.Fatal(err)
		}
		if err := p.dump(val); err != nil {
			f.Fatal(err)
		}
		f.Add(append([]byte(nil), p.out...))
	}
	for _, s := range []string{
		"(lp0\nI1\naS'ab'\np1\nag1\naF1.5\naL12L\na(dp2\nV\\u20ac\nI00\nsc__builtin__\nset\np3\n((lp4\ntRp5\na.",
		"\x80\x02cbuiltins\ncomplex\nK\x01K\x02\x86R.", "\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01\x94h\x00.",
		"\x80\x02cbuiltins\nobject\n)\x81}U\x01aK\x01sb.", "\x82\x07)R.", "\x80\x05\x96\x01\x00\x00\x00\x00\x00\x00\x00a\x98.",
		"(i__builtin__\nlist\n(cbuiltins\ndict\no.", "\x80\x04\x8c\x08builtins\x8c\x03int\x93)}\x92.",
	} {
		f.Add([]byte(s))
	}
	check := func(t *testing.T, data []byte, err error) {
		if err == nil {
			return
		}
		e, ok := err.(*object.BaseException)
		if !ok {
			t.Fatalf("%q: not a Python exception: %v", data, err)
		}
		if e.Class == object.SystemError {
			t.Fatalf("%q: SystemError: %v", data, err)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		u := &unpickler{st: st, data: data, fromMemory: true, encoding: "ASCII", errors: "strict"}
		u.self = object.FromObject(u)
		_, err1 := u.load()
		check(t, data, err1)
		u2 := &unpickler{st: st, encoding: "ASCII", errors: "strict"}
		u2.self = object.FromObject(u2)
		if err := u2.setFile(fuzzFile(data)); err != nil {
			t.Fatal(err)
		}
		_, err2 := u2.load()
		check(t, data, err2)
		if err1 == nil && err2 != nil {
			t.Fatalf("%q: loads from memory, not from a file: %v", data, err2)
		}
	})
}
