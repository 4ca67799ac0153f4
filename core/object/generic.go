package object

import "strings"

// GenericAlias is list[int], dict[str, int], ... (PEP 585's
// types.GenericAlias): a parameterised view of a class that behaves like
// the class for calls and attribute reads.
type GenericAlias struct {
	Origin Value
	Args   *Tuple
}

// GenericAliasType is types.GenericAlias.
var GenericAliasType = newBuiltinType("types.GenericAlias", ObjectType)

// Type returns GenericAliasType.
func (g *GenericAlias) Type() *Type { return GenericAliasType }

// Call creates an instance of the origin class.
func (g *GenericAlias) Call(args []Value, kwnames []string) (Value, error) {
	r, err := Call(g.Origin, args, kwnames)
	if err == nil && r.k == KindObject {
		// Like ga_call, record the alias where it can be stored; failures
		// (built-in instances without a __dict__) are ignored.
		if _, isInst := r.o.(*Instance); isInst {
			_ = SetAttr(r, Intern("__orig_class__"), FromObject(g))
		}
	}
	return r, err
}

// NewGenericAlias returns origin[args].
func NewGenericAlias(origin, args Value) Value {
	t, ok := args.o.(*Tuple)
	if !ok {
		t = NewTuple(args)
	}
	return FromObject(&GenericAlias{Origin: origin, Args: t})
}

// genericArgRepr is ga_repr_item: classes by qualified name, ... as
// "...", other values by repr.
func genericArgRepr(v Value) (string, error) {
	if v.o == ellipsis {
		return "...", nil
	}
	if t, ok := v.o.(*Type); ok && v.k == KindObject {
		return t.FullName(), nil
	}
	return Repr(v)
}

func genericAliasRepr(g *GenericAlias) (string, error) {
	var b strings.Builder
	o, err := genericArgRepr(g.Origin)
	if err != nil {
		return "", err
	}
	b.WriteString(o)
	b.WriteByte('[')
	if len(g.Args.Items) == 0 {
		b.WriteString("()")
	}
	for i, a := range g.Args.Items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := genericArgRepr(a)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteByte(']')
	return b.String(), nil
}

func genericAliasGetAttr(v Value, name *Str) (Value, error) {
	g := v.o.(*GenericAlias)
	switch name.S {
	case "__origin__":
		return g.Origin, nil
	case "__args__":
		return FromObject(g.Args), nil
	case "__parameters__":
		return FromObject(emptyTuple), nil
	case "__class__":
		return FromObject(GenericAliasType), nil
	case "__repr__", "__eq__", "__hash__", "__call__", "__getitem__", "__mro_entries__", "__reduce__":
		return GenericGetAttr(v, name)
	}
	return GetAttr(g.Origin, name)
}

func classGetItem(cls Value, args []Value, kw []string) (Value, error) {
	if err := ExactlyOne("__class_getitem__", args, kw); err != nil {
		return Null, err
	}
	return NewGenericAlias(cls, args[0]), nil
}

func initGenericAlias() {
	for _, t := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType, TypeType, EnumerateType,
		dictKeysType, dictValuesType, dictItemsType} {
		t.addClassMethod("__class_getitem__", classGetItem)
	}
	GenericAliasType.final = true
	GenericAliasType.GetAttro = genericAliasGetAttr
	GenericAliasType.addSlot("__repr__", func(self Value, args []Value, kw []string) (Value, error) {
		s, err := genericAliasRepr(self.o.(*GenericAlias))
		return NewStr(s), err
	})
	GenericAliasType.addSlot("__eq__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__eq__", args, kw, 1); err != nil {
			return Null, err
		}
		o, ok := args[0].o.(*GenericAlias)
		if !ok {
			return NotImplemented, nil
		}
		g := self.o.(*GenericAlias)
		eq, err := Equal(g.Origin, o.Origin)
		if err != nil || !eq {
			return Bool(eq), err
		}
		return RichCompare(FromObject(g.Args), FromObject(o.Args), CmpEq)
	})
	GenericAliasType.addSlot("__hash__", func(self Value, args []Value, kw []string) (Value, error) {
		g := self.o.(*GenericAlias)
		h1, err := Hash(g.Origin)
		if err != nil {
			return Null, err
		}
		h2, err := Hash(FromObject(g.Args))
		return Int(h1 ^ h2), err
	})
	GenericAliasType.addSlot("__mro_entries__", func(self Value, args []Value, kw []string) (Value, error) {
		return FromObject(NewTuple(self.o.(*GenericAlias).Origin)), nil
	})
}
