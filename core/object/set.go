package object

import "strings"

// Set is a set or frozenset: a Dict whose keys are the members.
type Set struct {
	d      *Dict
	frozen bool
}

// Type returns SetType or FrozenSetType.
func (s *Set) Type() *Type {
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

func newSet(frozen bool) *Set { return &Set{d: NewDict(0), frozen: frozen} }

// NewSet returns a set (or frozenset) Value holding items.
func NewSet(frozen bool, items ...Value) (Value, error) {
	s := newSet(frozen)
	for _, x := range items {
		if err := s.add(x); err != nil {
			return Null, err
		}
	}
	return FromObject(s), nil
}

// Add inserts x into a set.
func (s *Set) Add(x Value) error { return s.add(x) }

func (s *Set) add(x Value) error {
	if _, ok, err := s.d.Get(x); ok || err != nil {
		return err
	}
	return s.d.Set(x, None)
}

func (s *Set) contains(x Value) (bool, error) {
	_, ok, err := s.d.Get(x)
	if err != nil && ExceptionMatches(err, TypeError) {
		if xs, isSet := Unwrap(x).o.(*Set); isSet && !xs.frozen {
			f := &Set{d: xs.d, frozen: true}
			_, ok, err = s.d.Get(FromObject(f))
		}
	}
	return ok, err
}

// Items returns the members in iteration order.
func (s *Set) Items() []Value {
	out := make([]Value, 0, s.d.Len())
	for i := 0; i < s.d.EntriesLen(); i++ {
		k, _, live := s.d.EntryAt(i)
		if live {
			out = append(out, k)
		}
	}
	return out
}

func setFrom(it Value, frozen bool) (*Set, error) {
	s := newSet(frozen)
	if o, ok := Unwrap(it).o.(*Set); ok {
		s.d = o.d.CopyDict()
		return s, nil
	}
	err := Iterate(it, func(x Value) (bool, error) { return true, s.add(x) })
	return s, err
}

func setBinary(op BinOp, a, b *Set) (Value, error) {
	r := newSet(a.frozen)
	switch op {
	case Or:
		r.d = a.d.CopyDict()
		for _, x := range b.Items() {
			if err := r.add(x); err != nil {
				return Null, err
			}
		}
	case And:
		small, big := a, b
		if b.d.Len() < a.d.Len() {
			small, big = b, a
		}
		for _, x := range small.Items() {
			ok, err := big.contains(x)
			if err != nil {
				return Null, err
			}
			if ok {
				r.add(x)
			}
		}
		if small == b {
			// keep a's iteration order semantics loosely; CPython iterates the smaller set
		}
	case Sub:
		for _, x := range a.Items() {
			ok, err := b.contains(x)
			if err != nil {
				return Null, err
			}
			if !ok {
				r.add(x)
			}
		}
	case Xor:
		for _, x := range a.Items() {
			if ok, _ := b.contains(x); !ok {
				r.add(x)
			}
		}
		for _, x := range b.Items() {
			if ok, _ := a.contains(x); !ok {
				r.add(x)
			}
		}
	default:
		return NotImplemented, nil
	}
	return FromObject(r), nil
}

func isSubset(a, b *Set) (bool, error) {
	if a.d.Len() > b.d.Len() {
		return false, nil
	}
	for _, x := range a.Items() {
		ok, err := b.contains(x)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

func setCompare(a, b *Set, op CompareOp) (Value, error) {
	var r bool
	var err error
	switch op {
	case CmpEq, CmpNe:
		r = a.d.Len() == b.d.Len()
		if r {
			r, err = isSubset(a, b)
		}
		if op == CmpNe {
			r = !r
		}
	case CmpLe:
		r, err = isSubset(a, b)
	case CmpLt:
		r, err = isSubset(a, b)
		r = r && a.d.Len() < b.d.Len()
	case CmpGe:
		r, err = isSubset(b, a)
	case CmpGt:
		r, err = isSubset(b, a)
		r = r && b.d.Len() < a.d.Len()
	}
	return Bool(r), err
}

func setRepr(s *Set) (string, error) {
	name := "set"
	if s.frozen {
		name = "frozenset"
	}
	if s.d.Len() == 0 {
		return name + "()", nil
	}
	if !reprEnter(s) {
		return name + "(...)", nil
	}
	defer reprLeave()
	r, err := seqRepr(s.Items(), "{", "}")
	if s.frozen {
		return "frozenset(" + r + ")", err
	}
	return r, err
}

// hashFrozenSet is CPython's frozenset hash (order independent).
func hashFrozenSet(s *Set) (int64, error) {
	var hash uint64
	for _, x := range s.Items() {
		h, err := x.Hash()
		if err != nil {
			return 0, err
		}
		hash ^= ((h ^ 89869747) ^ (h << 16)) * 3644798167
	}
	hash ^= (uint64(s.d.Len()) + 1) * 1927868237
	hash ^= (hash >> 11) ^ (hash >> 25)
	hash = hash*69069 + 907133923
	if int64(hash) == -1 {
		hash = 590923713
	}
	return int64(hash), nil
}

func setArgSet(v Value) (*Set, error) {
	if s, ok := Unwrap(v).o.(*Set); ok {
		return s, nil
	}
	return setFrom(v, false)
}

func init() {
	for _, t := range []*Type{SetType, FrozenSetType} {
		frozen := t == FrozenSetType
		t.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
			name := "set"
			if frozen {
				name = "frozenset"
			}
			if err := PositionalOnly(name, args, kwnames, 0, 1); err != nil {
				return Null, err
			}
			s := newSet(frozen)
			if frozen && len(args) == 1 {
				var err error
				if s, err = setFrom(args[0], true); err != nil {
					return Null, err
				}
			}
			return wrapBuiltin(t, FromObject(s)), nil
		}
		t.addMethod("copy", func(self Value, args []Value, kw []string) (Value, error) {
			s := self.o.(*Set)
			return FromObject(&Set{d: s.d.CopyDict(), frozen: s.frozen}), NoArgs("copy", args, kw)
		})
		multi := func(name string, op BinOp) {
			t.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
				if err := NoKwargs(name, kw); err != nil {
					return Null, err
				}
				r := FromObject(&Set{d: self.o.(*Set).d.CopyDict(), frozen: self.o.(*Set).frozen})
				for _, a := range args {
					o, err := setArgSet(a)
					if err != nil {
						return Null, err
					}
					if r, err = setBinary(op, r.o.(*Set), o); err != nil {
						return Null, err
					}
				}
				return r, nil
			})
		}
		multi("union", Or)
		multi("intersection", And)
		multi("difference", Sub)
		multi("symmetric_difference", Xor)
		pred := func(name string, f func(a, b *Set) (bool, error)) {
			t.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
				if err := ExactlyOne(name, args, kw); err != nil {
					return Null, err
				}
				o, err := setArgSet(args[0])
				if err != nil {
					return Null, err
				}
				r, err := f(self.o.(*Set), o)
				return Bool(r), err
			})
		}
		pred("issubset", isSubset)
		pred("issuperset", func(a, b *Set) (bool, error) { return isSubset(b, a) })
		pred("isdisjoint", func(a, b *Set) (bool, error) {
			for _, x := range a.Items() {
				if ok, err := b.contains(x); ok || err != nil {
					return false, err
				}
			}
			return true, nil
		})
	}
	SetType.Init = func(self Value, args []Value, kwnames []string) error {
		if err := PositionalOnly("set", args, kwnames, 0, 1); err != nil {
			return err
		}
		s := Unwrap(self).o.(*Set)
		s.d.Clear()
		if len(args) == 1 {
			return Iterate(args[0], func(x Value) (bool, error) { return true, s.add(x) })
		}
		return nil
	}
	SetType.addMethod("add", func(self Value, args []Value, kw []string) (Value, error) {
		if err := ExactlyOne("set.add", args, kw); err != nil {
			return Null, err
		}
		return None, self.o.(*Set).add(args[0])
	})
	for _, name := range []string{"remove", "discard"} {
		name := name
		SetType.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
			if err := ExactlyOne("set."+name, args, kw); err != nil {
				return Null, err
			}
			ok, err := self.o.(*Set).d.Delete(args[0])
			if err != nil {
				return Null, err
			}
			if !ok && name == "remove" {
				return Null, NewException(KeyError, args[0])
			}
			return None, nil
		})
	}
	SetType.addMethod("pop", func(self Value, args []Value, kw []string) (Value, error) {
		s := self.o.(*Set)
		if err := NoArgs("pop", args, kw); err != nil {
			return Null, err
		}
		for i := 0; i < s.d.EntriesLen(); i++ {
			k, _, live := s.d.EntryAt(i)
			if live {
				s.d.DeleteAt(i)
				return k, nil
			}
		}
		return Null, Errorf(KeyError, "pop from an empty set")
	})
	SetType.addMethod("clear", func(self Value, args []Value, kw []string) (Value, error) {
		self.o.(*Set).d.Clear()
		return None, NoArgs("clear", args, kw)
	})
	update := func(name string, op BinOp) {
		SetType.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
			if err := NoKwargs(name, kw); err != nil {
				return Null, err
			}
			s := self.o.(*Set)
			for _, a := range args {
				o, err := setArgSet(a)
				if err != nil {
					return Null, err
				}
				r, err := setBinary(op, s, o)
				if err != nil {
					return Null, err
				}
				s.d = r.o.(*Set).d
			}
			return None, nil
		})
	}
	update("update", Or)
	update("intersection_update", And)
	update("difference_update", Sub)
	update("symmetric_difference_update", Xor)
}

func setReprName(s string) string { return strings.TrimSpace(s) }
