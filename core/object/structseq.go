package object

import "strings"

// Struct sequences (CPython's PyStructSequence: os.stat_result,
// time.struct_time, sys.float_info, ...) are tuples of their first
// n_sequence_fields fields whose fields are also read by name; the fields
// after those are reachable by name only (st_atime as a float, tm_zone).
// An instance is an *Instance of the struct sequence type holding the
// visible tuple as its built-in payload and every field, visible or not,
// in Slots, read through read-only member descriptors. A field with an
// empty name is an unnamed one (os.stat_result's int times): in the tuple
// but without an attribute.

// StructSeqField names one field of a struct sequence ("" for an unnamed
// field).
type StructSeqField struct {
	Name string
	Doc  string
}

// NewStructSeqType makes a struct sequence type. name is CPython's
// tp_name ("time.struct_time": the module, then the type's name); the
// first nSeq fields form the tuple. The type cannot be subclassed, as in
// CPython; when constructible is false it cannot be called either (sys.flags,
// Py_TPFLAGS_DISALLOW_INSTANTIATION). A module may wrap the type's New
// (os.stat_result fills its float times from the int ones).
func NewStructSeqType(name, doc string, fields []StructSeqField, nSeq int, constructible bool) *Type {
	t := newBuiltinType(name, TupleType)
	t.Qualname = name[strings.LastIndexByte(name, '.')+1:]
	t.Native = true
	t.final = true
	t.hasDict = false
	t.solid = t
	t.nslots = len(fields)
	t.Doc = doc
	var match []Value
	var named []string
	for i, f := range fields {
		if f.Name == "" {
			continue
		}
		named = append(named, f.Name)
		t.SetAttrString(f.Name, FromObject(&MemberDescr{Name: f.Name, Owner: t, Index: i, ReadOnly: true}))
		if i < nSeq {
			match = append(match, NewStr(f.Name))
		}
	}
	t.SetAttrString("n_sequence_fields", Int(int64(nSeq)))
	t.SetAttrString("n_fields", Int(int64(len(fields))))
	t.SetAttrString("n_unnamed_fields", Int(int64(len(fields)-len(named))))
	t.SetAttrString("__match_args__", FromObject(NewTuple(match...)))
	if doc != "" {
		t.SetAttrString("__doc__", NewStr(doc))
	}
	if constructible {
		t.SetNew(func(cls *Type, args []Value, kwnames []string) (Value, error) {
			return structSeqNew(t, fields, nSeq, args, kwnames)
		}, nil)
	} else {
		t.New = nil
	}
	t.addSlot("__repr__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__repr__", args, kw, 0); err != nil {
			return Null, err
		}
		s, err := structSeqRepr(self, named, nSeq)
		if err != nil {
			return Null, err
		}
		return NewStr(s), nil
	})
	t.addRawMethod("__reduce__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("__reduce__", args, kw); err != nil {
			return Null, err
		}
		inst, ok := self.o.(*Instance)
		if !ok || len(inst.Slots()) != len(fields) {
			return Null, Errorf(TypeError, "descriptor '__reduce__' requires a '%s' object", t.Name)
		}
		d := NewDict(len(fields) - nSeq)
		for i := nSeq; i < len(fields); i++ {
			if fields[i].Name != "" {
				d.SetStr(fields[i].Name, inst.Slots()[i])
			}
		}
		return FromObject(NewTuple(FromObject(inst.Class), FromObject(NewTuple(inst.Builtin(), FromObject(d))))), nil
	})
	return t
}

// NewStructSeq returns an instance of struct sequence type t with the
// given fields, one per field in order; missing trailing fields are None.
func NewStructSeq(t *Type, values ...Value) Value {
	slots := make([]Value, t.nslots)
	for i := range slots {
		if i < len(values) {
			slots[i] = values[i]
		} else {
			slots[i] = None
		}
	}
	nSeq := 0
	if n, ok := t.Dict.GetStr("n_sequence_fields"); ok {
		nSeq = int(n.RawInt())
	}
	return FromObject(newExtInstance(t, FromObject(NewTuple(slots[:nSeq]...)), slots))
}

// StructSeqItem returns field i of a struct sequence (None when absent).
func StructSeqItem(v Value, i int) Value {
	if inst, ok := v.o.(*Instance); ok && i < len(inst.Slots()) && !inst.Slots()[i].IsNull() {
		return inst.Slots()[i]
	}
	return None
}

// structSeqNew is structseq_new: T(sequence, dict={}).
func structSeqNew(t *Type, fields []StructSeqField, nSeq int, args []Value, kwnames []string) (Value, error) {
	var a [2]Value
	if err := ParseArgs("structseq", args, kwnames, []string{"sequence", "dict"}, 2, 1, a[:]); err != nil {
		return Null, err
	}
	items, err := ToSlice(a[0])
	if err != nil {
		if ExceptionMatches(err, TypeError) {
			return Null, Errorf(TypeError, "constructor requires a sequence")
		}
		return Null, err
	}
	var dict *Dict
	if !a[1].IsNull() {
		d, ok := a[1].o.(*Dict)
		if !ok {
			return Null, Errorf(TypeError, "%s() takes a dict as second arg, if any", t.Name)
		}
		dict = d
	}
	min, max, n := nSeq, len(fields), len(items)
	if n < min {
		if min == max {
			return Null, Errorf(TypeError, "%s() takes a %d-sequence (%d-sequence given)", t.Name, min, n)
		}
		return Null, Errorf(TypeError, "%s() takes an at least %d-sequence (%d-sequence given)", t.Name, min, n)
	}
	if n > max {
		if min == max {
			return Null, Errorf(TypeError, "%s() takes a %d-sequence (%d-sequence given)", t.Name, max, n)
		}
		return Null, Errorf(TypeError, "%s() takes an at most %d-sequence (%d-sequence given)", t.Name, max, n)
	}
	values := make([]Value, max)
	copy(values, items)
	for i := n; i < max; i++ {
		values[i] = None
		if dict != nil && fields[i].Name != "" {
			v, ok, err := dict.Get(FromObject(Intern(fields[i].Name)))
			if err != nil {
				return Null, err
			}
			if ok {
				values[i] = v
			}
		}
	}
	return NewStructSeq(t, values...), nil
}

// structSeqRepr is structseq_repr: the type's name and the visible
// fields. As in CPython 3.10, the i-th visible value is labelled with the
// i-th named field (so os.stat_result shows its int times as st_atime).
func structSeqRepr(self Value, named []string, nSeq int) (string, error) {
	inst, ok := self.o.(*Instance)
	if !ok || len(inst.Slots()) < nSeq {
		return "", Errorf(TypeError, "descriptor '__repr__' requires a struct sequence")
	}
	var b strings.Builder
	b.WriteString(inst.Class.Name)
	b.WriteByte('(')
	for i := 0; i < nSeq; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		if i < len(named) {
			b.WriteString(named[i])
		}
		b.WriteByte('=')
		r, err := Repr(inst.Slots()[i])
		if err != nil {
			return "", err
		}
		b.WriteString(r)
	}
	b.WriteByte(')')
	return b.String(), nil
}
