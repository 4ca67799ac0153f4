package object

import "strings"

// Union is types.UnionType, what PEP 604's `X | Y` makes of types (3.10),
// so annotations like `x: int | None` evaluate and isinstance(v, int | str)
// works. Its arguments are flattened and deduplicated in first-seen order;
// None stands for NoneType.
type Union struct {
	Args   *Tuple
	params *Tuple // __parameters__, computed on first use
}

// UnionType is types.UnionType.
var UnionType = newBuiltinType("types.UnionType", ObjectType)

// Type returns UnionType.
func (u *Union) Type() *Type { return UnionType }

// unionMember reports whether v may stand on either side of `|` to make a
// union: None, a type, a parameterized generic or a union.
func unionMember(v Value) bool {
	if v.IsNone() {
		return true
	}
	switch v.o.(type) {
	case *Type, *GenericAlias, *Union:
		return true
	}
	_, ok := asGenericAlias(v)
	return ok
}

// isUnionType reports whether values of type t take part in `|` as
// unions (types, parameterized generics and unions themselves).
func isUnionType(t *Type) bool {
	return t == TypeType || t == UnionType || t.IsSubtype(GenericAliasType)
}

// makeUnion is type.__or__ and UnionType.__or__: a | b, or NotImplemented
// when either side cannot be part of a union.
func makeUnion(a, b Value) (Value, error) {
	if !unionMember(a) || !unionMember(b) {
		return NotImplemented, nil
	}
	var args []Value
	add := func(v Value) error {
		if v.IsNone() {
			v = FromObject(NoneType)
		}
		for _, w := range args {
			if w.Is(v) {
				return nil
			}
			if _, ok := asGenericAlias(v); ok {
				if eq, err := Equal(w, v); err != nil || eq {
					return err
				}
			}
		}
		args = append(args, v)
		return nil
	}
	for _, side := range []Value{a, b} {
		items := []Value{side}
		if u, ok := side.o.(*Union); ok {
			items = u.Args.Items
		}
		for _, v := range items {
			if err := add(v); err != nil {
				return Null, err
			}
		}
	}
	if len(args) == 1 {
		return args[0], nil
	}
	return FromObject(&Union{Args: NewTuple(args...)}), nil
}

func (u *Union) repr() (string, error) {
	parts := make([]string, len(u.Args.Items))
	for i, v := range u.Args.Items {
		switch t := v.o.(type) {
		case *Type:
			if t == NoneType {
				parts[i] = "None"
			} else {
				parts[i] = t.FullName()
			}
		default:
			s, err := Repr(v)
			if err != nil {
				return "", err
			}
			parts[i] = s
		}
	}
	return strings.Join(parts, " | "), nil
}

// unionCheck is isinstance/issubclass against each member, which must be
// plain types (CPython refuses parameterized generics here).
func unionCheck(u *Union, which string, check func(Value) (bool, error)) (bool, error) {
	for _, v := range u.Args.Items {
		if _, ok := asGenericAlias(v); ok {
			return false, Errorf(TypeError, "%s() argument 2 cannot contain a parameterized generic", which)
		}
	}
	for _, v := range u.Args.Items {
		if ok, err := check(v); ok || err != nil {
			return ok, err
		}
	}
	return false, nil
}

func initUnion() {
	UnionType.Qualname = "UnionType"
	UnionType.final = true
	or := func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__or__", args, kw, 1); err != nil {
			return Null, err
		}
		return makeUnion(self, args[0])
	}
	ror := func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__ror__", args, kw, 1); err != nil {
			return Null, err
		}
		return makeUnion(args[0], self)
	}
	for _, t := range []*Type{TypeType, UnionType, GenericAliasType} {
		t.addSlot("__or__", or)
		t.addSlot("__ror__", ror)
	}
	UnionType.GetAttro = func(v Value, name *Str) (Value, error) {
		switch name.S {
		case "__args__":
			return FromObject(v.o.(*Union).Args), nil
		case "__module__":
			// union_getattro answers the type's __module__ ('types'),
			// which typing's introspection expects of every alias.
			return GetAttr(FromObject(UnionType), name)
		}
		return GenericGetAttr(v, name)
	}
	UnionType.addGetter("__parameters__", func(v Value) (Value, error) {
		p, err := v.o.(*Union).parameters()
		if err != nil {
			return Null, err
		}
		return FromObject(p), nil
	})
	UnionType.addSlot("__getitem__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__getitem__", args, kw, 1); err != nil {
			return Null, err
		}
		return self.o.(*Union).getItem(self, args[0])
	})
	UnionType.addSlot("__repr__", func(self Value, args []Value, kw []string) (Value, error) {
		s, err := self.o.(*Union).repr()
		return NewStr(s), err
	})
	UnionType.addSlot("__eq__", func(self Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__eq__", args, kw, 1); err != nil {
			return Null, err
		}
		o, ok := args[0].o.(*Union)
		if !ok {
			return NotImplemented, nil
		}
		eq, err := self.o.(*Union).equal(o)
		return Bool(eq), err
	})
	UnionType.addSlot("__hash__", func(self Value, args []Value, kw []string) (Value, error) {
		h, err := self.o.(*Union).hash()
		return Int(h), err
	})
}

func (u *Union) parameters() (*Tuple, error) {
	if u.params == nil {
		p, err := makeParameters(u.Args.Items)
		if err != nil {
			return nil, err
		}
		u.params = p
	}
	return u.params, nil
}

// getItem is union_getitem: (list[T] | int)[str] substitutes the type
// variables and joins the new arguments with | again.
func (u *Union) getItem(self, item Value) (Value, error) {
	params, err := u.parameters()
	if err != nil {
		return Null, err
	}
	args, err := subsParameters(self, u.Args.Items, params, item)
	if err != nil {
		return Null, err
	}
	res := args[0]
	for _, a := range args[1:] {
		if res, err = BinaryOp(Or, res, a); err != nil {
			return Null, err
		}
	}
	return res, nil
}

// members returns the union's arguments as a frozenset: unions compare and
// hash as sets (int | str == str | int).
func (u *Union) members() (Value, error) { return NewSet(true, u.Args.Items...) }

func (u *Union) equal(o *Union) (bool, error) {
	a, err := u.members()
	if err != nil {
		return false, err
	}
	b, err := o.members()
	if err != nil {
		return false, err
	}
	return Equal(a, b)
}

func (u *Union) hash() (int64, error) {
	m, err := u.members()
	if err != nil {
		return 0, err
	}
	return Hash(m)
}
