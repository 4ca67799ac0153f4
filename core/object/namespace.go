package object

import "strings"

// SimpleNamespaceType is types.SimpleNamespace (the type of
// sys.implementation): an object whose attributes are its keyword
// arguments, with a readable repr and equality by __dict__.
var SimpleNamespaceType = NewBaseType("types.SimpleNamespace", nil)

// NewSimpleNamespace returns a namespace holding the given attributes, in
// order (names[i] = values[i]).
func NewSimpleNamespace(names []string, values []Value) Value {
	inst := &Instance{Class: SimpleNamespaceType, dict: NewDict(len(names))}
	for i, n := range names {
		inst.dict.Set(FromObject(Intern(n)), values[i])
	}
	return FromObject(inst)
}

func init() {
	t := SimpleNamespaceType
	t.giveInstanceDict()
	t.Doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)"
	t.SetAttrString("__doc__", NewStr(t.Doc))
	t.SetNew(func(cls *Type, args []Value, kwnames []string) (Value, error) {
		return FromObject(&Instance{Class: cls, dict: NewDict(0)}), nil
	}, func(self Value, args []Value, kwnames []string) error {
		if len(args) > len(kwnames) {
			return Errorf(TypeError, "no positional arguments expected")
		}
		d := instanceDict(self)
		for i, k := range kwnames {
			if err := d.Set(FromObject(Intern(k)), args[len(args)-len(kwnames)+i]); err != nil {
				return err
			}
		}
		return nil
	})
	t.AddSlot("__repr__", func(self Value, args []Value, kwnames []string) (Value, error) {
		name := "namespace"
		if ty := TypeOf(self); ty != SimpleNamespaceType {
			name = ty.Name
		}
		if !reprEnter(self.o) {
			return NewStr(name + "(...)"), nil
		}
		defer reprLeave()
		var b strings.Builder
		b.WriteString(name)
		b.WriteByte('(')
		first := true
		d := instanceDict(self)
		for k, v := range d.All() {
			ks, isStr := k.o.(*Str)
			if !isStr {
				continue
			}
			r, err := Repr(v)
			if err != nil {
				return Null, err
			}
			if !first {
				b.WriteString(", ")
			}
			first = false
			b.WriteString(ks.S)
			b.WriteByte('=')
			b.WriteString(r)
		}
		b.WriteByte(')')
		return NewStr(b.String()), nil
	})
	t.AddSlot("__eq__", func(self Value, args []Value, kwnames []string) (Value, error) {
		if err := slotArgs("__eq__", args, kwnames, 1); err != nil {
			return Null, err
		}
		if !TypeOf(args[0]).IsSubtype(SimpleNamespaceType) {
			return NotImplemented, nil
		}
		return RichCompare(FromObject(instanceDict(self)), FromObject(instanceDict(args[0])), CmpEq)
	})
	t.AddSlot("__ne__", func(self Value, args []Value, kwnames []string) (Value, error) {
		if err := slotArgs("__ne__", args, kwnames, 1); err != nil {
			return Null, err
		}
		if !TypeOf(args[0]).IsSubtype(SimpleNamespaceType) {
			return NotImplemented, nil
		}
		return RichCompare(FromObject(instanceDict(self)), FromObject(instanceDict(args[0])), CmpNe)
	})
	t.SetAttrString("__hash__", None)
	t.AddSlot("__reduce__", func(self Value, args []Value, kwnames []string) (Value, error) {
		return TupleValue(FromObject(TypeOf(self)), TupleValue(), FromObject(instanceDict(self))), nil
	})
}
