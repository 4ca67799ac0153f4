package object

import "strings"

// GenericAlias is list[int], dict[str, int], ... (PEP 585's
// types.GenericAlias): a parameterised view of a class that behaves like
// the class for calls and attribute reads. As CPython's, it can be
// constructed (GenericAlias(list, int)) and subclassed
// (collections.abc's _CallableGenericAlias), collects the type variables
// of its arguments in __parameters__ and substitutes them on indexing.
type GenericAlias struct {
	Origin Value
	Args   *Tuple
	params *Tuple // __parameters__, computed on first use
}

// GenericAliasType is types.GenericAlias.
var GenericAliasType = newBuiltinType("types.GenericAlias", ObjectType)

// Type returns GenericAliasType.
func (g *GenericAlias) Type() *Type { return GenericAliasType }

// Call creates an instance of the origin class.
func (g *GenericAlias) Call(args []Value, kwnames []string) (Value, error) {
	return gaCall(FromObject(g), g, args, kwnames)
}

func gaCall(self Value, g *GenericAlias, args []Value, kwnames []string) (Value, error) {
	r, err := Call(g.Origin, args, kwnames)
	if err == nil && r.IsObject() {
		// Like ga_call, record the alias where it can be stored; failures
		// (built-in instances without a __dict__) are ignored.
		if _, isInst := r.o.(*Instance); isInst {
			if serr := SetAttr(r, Intern("__orig_class__"), self); serr != nil &&
				!ExceptionMatches(serr, AttributeError) && !ExceptionMatches(serr, TypeError) {
				return Null, serr
			}
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

// asGenericAlias returns the alias of v, a GenericAlias or an instance of
// a subclass of it.
func asGenericAlias(v Value) (*GenericAlias, bool) {
	g, ok := Unwrap(v).o.(*GenericAlias)
	return g, ok
}

// gaAttrExceptions are the names a GenericAlias answers itself; every
// other attribute is the origin's (ga_getattro's attr_exceptions).
var gaAttrExceptions = map[string]bool{"__origin__": true, "__args__": true, "__parameters__": true,
	"__mro_entries__": true, "__reduce_ex__": true, "__reduce__": true, "__copy__": true, "__deepcopy__": true}

// isTypeVar is 3.10's is_typevar: an instance of typing.TypeVar (a
// ParamSpec is not one: list[P].__parameters__ is empty).
func isTypeVar(v Value) bool {
	t := TypeOf(v)
	return t.Name == "TypeVar" && t.ModuleName() == "typing"
}

// isBareClass reports a class argument, whose __parameters__ (a generic
// class's own, such as G in tuple[G, T]) neither adds parameters nor takes
// substitutes.
func isBareClass(v Value) bool {
	_, ok := v.o.(*Type)
	return ok
}

// parameters is __parameters__, computed on first use.
func (g *GenericAlias) parameters() (*Tuple, error) {
	if g.params == nil {
		p, err := makeParameters(g.Args.Items)
		if err != nil {
			return nil, err
		}
		g.params = p
	}
	return g.params, nil
}

// makeParameters is _Py_make_parameters: the type variables among args
// and in their own __parameters__, first seen first.
func makeParameters(args []Value) (*Tuple, error) {
	var out []Value
	add := func(v Value) {
		for _, w := range out {
			if w.Is(v) {
				return
			}
		}
		out = append(out, v)
	}
	for _, a := range args {
		if isBareClass(a) {
			continue
		}
		if isTypeVar(a) {
			add(a)
			continue
		}
		sub, err := GetAttr(a, Intern("__parameters__"))
		if err != nil {
			if ExceptionMatches(err, AttributeError) {
				continue
			}
			return nil, err
		}
		if t, ok := sub.o.(*Tuple); ok {
			for _, p := range t.Items {
				add(p)
			}
		}
	}
	return NewTuple(out...), nil
}

// getItem is ga_getitem: list[T][int] substitutes the type variables.
func (g *GenericAlias) getItem(self, item Value) (Value, error) {
	params, err := g.parameters()
	if err != nil {
		return Null, err
	}
	newArgs, err := subsParameters(self, g.Args.Items, params, item)
	if err != nil {
		return Null, err
	}
	return FromObject(&GenericAlias{Origin: g.Origin, Args: NewTuple(newArgs...)}), nil
}

// subsParameters is _Py_subs_parameters: args with the type variables
// params replaced by the items of item (a tuple or a single value); self,
// the alias being indexed, is named in the errors.
func subsParameters(self Value, args []Value, params *Tuple, item Value) ([]Value, error) {
	selfRepr := func() string {
		s, err := Repr(self)
		if err != nil {
			return "?"
		}
		return s
	}
	if len(params.Items) == 0 {
		return nil, Errorf(TypeError, "There are no type variables left in %s", selfRepr())
	}
	items := []Value{item}
	if t, ok := item.o.(*Tuple); ok {
		items = t.Items
	}
	if len(items) != len(params.Items) {
		which := "few"
		if len(items) > len(params.Items) {
			which = "many"
		}
		return nil, Errorf(TypeError, "Too %s arguments for %s", which, selfRepr())
	}
	index := func(p Value) int {
		for i, q := range params.Items {
			if q.Is(p) {
				return i
			}
		}
		return -1
	}
	newArgs := make([]Value, len(args))
	for i, a := range args {
		if isTypeVar(a) {
			newArgs[i] = items[index(a)]
			continue
		}
		// subs_tvars: an argument with type variables of its own is
		// indexed with their substitutes.
		newArgs[i] = a
		if isBareClass(a) {
			continue
		}
		sub, err := GetAttr(a, Intern("__parameters__"))
		if err != nil {
			if !ExceptionMatches(err, AttributeError) {
				return nil, err
			}
			continue
		}
		st, ok := sub.o.(*Tuple)
		if !ok || len(st.Items) == 0 {
			continue
		}
		subArgs := make([]Value, len(st.Items))
		for j, p := range st.Items {
			k := index(p)
			if k < 0 {
				return nil, Errorf(TypeError, "type variable %s not found", selfRepr())
			}
			subArgs[j] = items[k]
		}
		if newArgs[i], err = GetItem(a, TupleValue(subArgs...)); err != nil {
			return nil, err
		}
	}
	return newArgs, nil
}

// genericArgRepr is ga_repr_item: "..." for Ellipsis, the repr of another
// generic alias, module.qualname of a class (qualname alone for
// builtins), the repr of anything else.
func genericArgRepr(v Value) (string, error) {
	if v.o == ellipsis {
		return "...", nil
	}
	if ok, err := hasAttrs(v, "__origin__", "__args__"); err != nil || ok {
		if err != nil {
			return "", err
		}
		return Repr(v)
	}
	q, err := GetAttr(v, Intern("__qualname__"))
	if err != nil {
		if ExceptionMatches(err, AttributeError) {
			return Repr(v)
		}
		return "", err
	}
	m, err := GetAttr(v, Intern("__module__"))
	if err != nil {
		if ExceptionMatches(err, AttributeError) {
			return Repr(v)
		}
		return "", err
	}
	qs, err := StrOf(q)
	if err != nil {
		return "", err
	}
	if ms, ok := m.o.(*Str); ok && ms.S == "builtins" {
		return qs, nil
	}
	if m.IsNone() {
		return Repr(v)
	}
	ms, err := StrOf(m)
	if err != nil {
		return "", err
	}
	return ms + "." + qs, nil
}

func hasAttrs(v Value, names ...string) (bool, error) {
	for _, n := range names {
		if _, err := GetAttr(v, Intern(n)); err != nil {
			if ExceptionMatches(err, AttributeError) {
				return false, nil
			}
			return false, err
		}
	}
	return true, nil
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

// genericAliasGetAttr is ga_getattro: its own few names, the origin's for
// the rest (so list[int].__class__ is type, as in 3.10).
func genericAliasGetAttr(v Value, name *Str) (Value, error) {
	g, _ := asGenericAlias(v)
	if !gaAttrExceptions[name.S] {
		return GetAttr(g.Origin, name)
	}
	if _, isInst := v.o.(*Instance); isInst {
		return GenericGetAttr(v, name) // a subclass's own properties first
	}
	switch name.S {
	case "__origin__":
		return g.Origin, nil
	case "__args__":
		return FromObject(g.Args), nil
	case "__parameters__":
		p, err := g.parameters()
		return FromObject(p), err
	}
	return GenericGetAttr(v, name)
}

func classGetItem(cls Value, args []Value, kw []string) (Value, error) {
	if err := ExactlyOne("__class_getitem__", args, kw); err != nil {
		return Null, err
	}
	return NewGenericAlias(cls, args[0]), nil
}

func initGenericAlias() {
	for _, t := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType, TypeType, EnumerateType,
		dictKeysType, dictValuesType, dictItemsType, MappingProxyType} {
		t.addClassMethod("__class_getitem__", classGetItem)
	}
	t := GenericAliasType
	t.Native = true
	t.Doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."
	t.SetAttrString("__doc__", NewStr(t.Doc))
	t.GetAttro = genericAliasGetAttr
	t.SetNew(func(cls *Type, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeError, "GenericAlias() takes no keyword arguments")
		}
		if len(args) != 2 {
			return Null, Errorf(TypeError, "GenericAlias expected 2 arguments, got %d", len(args))
		}
		return wrapBuiltin(cls, NewGenericAlias(args[0], args[1])), nil
	}, nil)
	self := func(v Value) *GenericAlias { g, _ := asGenericAlias(v); return g }
	// Subclasses keep the alias's attribute protocol through
	// __getattribute__ (heap types do not inherit GetAttro).
	t.addSlot("__getattribute__", func(v Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__getattribute__", args, kw, 1); err != nil {
			return Null, err
		}
		name, ok := args[0].o.(*Str)
		if !ok {
			return Null, Errorf(TypeError, "attribute name must be string, not '%s'", TypeOf(args[0]).Name)
		}
		return genericAliasGetAttr(v, name)
	})
	for _, n := range []string{"__origin__", "__args__"} {
		n := n
		t.addGetter(n, func(v Value) (Value, error) {
			if n == "__origin__" {
				return self(v).Origin, nil
			}
			return FromObject(self(v).Args), nil
		})
	}
	t.addGetter("__parameters__", func(v Value) (Value, error) {
		p, err := self(v).parameters()
		return FromObject(p), err
	})
	t.addSlot("__repr__", func(v Value, args []Value, kw []string) (Value, error) {
		s, err := genericAliasRepr(self(v))
		return NewStr(s), err
	})
	t.addSlot("__call__", func(v Value, args []Value, kw []string) (Value, error) {
		return gaCall(v, self(v), args, kw)
	})
	t.addSlot("__getitem__", func(v Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__getitem__", args, kw, 1); err != nil {
			return Null, err
		}
		return self(v).getItem(v, args[0])
	})
	t.addSlot("__eq__", func(v Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__eq__", args, kw, 1); err != nil {
			return Null, err
		}
		o, ok := asGenericAlias(args[0])
		if !ok {
			return NotImplemented, nil
		}
		g := self(v)
		eq, err := Equal(g.Origin, o.Origin)
		if err != nil || !eq {
			return Bool(eq), err
		}
		return RichCompare(FromObject(g.Args), FromObject(o.Args), CmpEq)
	})
	t.addSlot("__ne__", func(v Value, args []Value, kw []string) (Value, error) {
		if err := slotArgs("__ne__", args, kw, 1); err != nil {
			return Null, err
		}
		o, ok := asGenericAlias(args[0])
		if !ok {
			return NotImplemented, nil
		}
		g := self(v)
		eq, err := Equal(g.Origin, o.Origin)
		if err != nil || !eq {
			return Bool(!eq), err
		}
		return RichCompare(FromObject(g.Args), FromObject(o.Args), CmpNe)
	})
	t.addSlot("__hash__", func(v Value, args []Value, kw []string) (Value, error) {
		g := self(v)
		h1, err := Hash(g.Origin)
		if err != nil {
			return Null, err
		}
		h2, err := Hash(FromObject(g.Args))
		return Int(h1 ^ h2), err
	})
	t.addSlot("__mro_entries__", func(v Value, args []Value, kw []string) (Value, error) {
		return FromObject(NewTuple(self(v).Origin)), nil
	})
	t.addSlot("__instancecheck__", func(v Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeError, "isinstance() argument 2 cannot be a parameterized generic")
	})
	t.addSlot("__subclasscheck__", func(v Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeError, "issubclass() argument 2 cannot be a parameterized generic")
	})
	t.addSlot("__reduce__", func(v Value, args []Value, kw []string) (Value, error) {
		g := self(v)
		return TupleValue(FromObject(TypeOf(v)), TupleValue(g.Origin, FromObject(g.Args))), nil
	})
	t.addSlot("__dir__", func(v Value, args []Value, kw []string) (Value, error) {
		d, err := Dir(self(v).Origin)
		if err != nil {
			return Null, err
		}
		l := d.o.(*List)
		for _, n := range []string{"__origin__", "__args__", "__parameters__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__"} {
			if ok, _ := seqContains(l.Items, NewStr(n)); !ok {
				l.Items = append(l.Items, NewStr(n))
			}
		}
		return d, nil
	})
}
