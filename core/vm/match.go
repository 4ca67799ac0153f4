package vm

import (
	"github.com/pyvar/pyvar/core/object"
)

// Structural pattern matching (PEP 634) support opcodes, as CPython 3.10
// implements them: MATCH_MAPPING and MATCH_SEQUENCE test the type flags,
// MATCH_KEYS looks keys up with get(), COPY_DICT_WITHOUT_KEYS builds the
// **rest dict, and MATCH_CLASS checks isinstance and collects the
// attributes named by __match_args__ and the keyword sub-patterns.

// isOrDerives reports whether v's type is one of ts or derives from one.
func isOrDerives(v object.Value, ts ...*object.Type) bool {
	t := object.TypeOf(v)
	for _, b := range ts {
		if t.IsSubtype(b) {
			return true
		}
	}
	return false
}

// collectionFlags is the type's Py_TPFLAGS_SEQUENCE/MAPPING: the first
// class on the MRO that has one decides (inherit_patma_flags). Built-in
// types have theirs in MatchFlags; a class gets one from an ABC's
// __abc_tpflags__ (collections.abc.Sequence, Mapping), which the
// pure-Python abc leaves in the ABC's namespace. Registration with
// Sequence.register() does not set it (that needs the C _abc).
func collectionFlags(t *object.Type) int {
	const both = object.MatchSequence | object.MatchMapping
	for _, c := range t.MRO {
		if c.MatchFlags != 0 {
			return int(c.MatchFlags)
		}
		if !c.Heap {
			continue
		}
		if f, ok := c.Dict.GetStr("__abc_tpflags__"); ok {
			if n, ok := f.AsInt(); ok && n&both != 0 {
				return int(n) & both
			}
		}
	}
	return 0
}

// matchMapping is MATCH_MAPPING's test of Py_TPFLAGS_MAPPING.
func matchMapping(v object.Value) bool {
	return collectionFlags(object.TypeOf(v))&object.MatchMapping != 0
}

// matchSequence is MATCH_SEQUENCE's test of Py_TPFLAGS_SEQUENCE (not set
// for str, bytes or bytearray).
func matchSequence(v object.Value) bool {
	return collectionFlags(object.TypeOf(v))&object.MatchSequence != 0
}

// matchSelf is _Py_TPFLAGS_MATCH_SELF: a single positional sub-pattern
// matches the subject itself.
func matchSelf(t *object.Type) bool {
	for _, b := range []*object.Type{object.BoolType, object.ByteArrayType, object.BytesType, object.DictType, object.FloatType,
		object.FrozenSetType, object.IntType, object.ListType, object.SetType, object.StrType, object.TupleType} {
		if t.IsSubtype(b) {
			return true
		}
	}
	return false
}

// matchKeys is MATCH_KEYS's lookup: the values for keys, or Null when one
// is missing.
func matchKeys(subject, keysv object.Value) (object.Value, error) {
	keys := keysv.Object().(*object.Tuple).Items
	if len(keys) == 0 {
		return object.FromObject(object.NewTuple()), nil
	}
	get, err := object.GetAttrString(subject, "get")
	if err != nil {
		return object.Null, err
	}
	dummy := object.FromObject(object.NewList())
	seen, _ := object.NewSet(false)
	set := seen.Object().(*object.Set)
	values := make([]object.Value, 0, len(keys))
	for _, k := range keys {
		dup, err := object.Contains(seen, k)
		if err != nil {
			return object.Null, err
		}
		if dup {
			r, _ := object.Repr(k)
			return object.Null, object.Errorf(object.ValueError, "mapping pattern checks duplicate key (%s)", r)
		}
		if err := set.Add(k); err != nil {
			return object.Null, err
		}
		v, err := object.Call(get, []object.Value{k, dummy}, nil)
		if err != nil {
			return object.Null, err
		}
		if v.Is(dummy) {
			return object.Null, nil
		}
		values = append(values, v)
	}
	return object.FromObject(object.NewTuple(values...)), nil
}

// copyDictWithoutKeys is COPY_DICT_WITHOUT_KEYS: dict(subject) minus keys.
func copyDictWithoutKeys(subject, keysv object.Value) (object.Value, error) {
	rest := object.NewDict(0)
	if err := dictUpdate(object.FromObject(rest), subject); err != nil {
		return object.Null, err
	}
	for _, k := range keysv.Object().(*object.Tuple).Items {
		if _, err := rest.Delete(k); err != nil {
			return object.Null, err
		}
	}
	return object.FromObject(rest), nil
}

// matchClass is MATCH_CLASS's test: the tuple of matched attributes, or
// Null when subject does not match.
func matchClass(subject, typev object.Value, nargs int, namesv object.Value) (object.Value, error) {
	t, ok := typev.Object().(*object.Type)
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "called match pattern must be a type")
	}
	if !object.TypeOf(subject).IsSubtype(t) {
		return object.Null, nil
	}
	seen := map[string]bool{}
	var attrs []object.Value
	attr := func(name string) (object.Value, error) {
		if seen[name] {
			return object.Null, object.Errorf(object.TypeError, "%s() got multiple sub-patterns for attribute %s", t.Name, object.StrRepr(name))
		}
		seen[name] = true
		v, err := object.GetAttrString(subject, name)
		if err != nil && object.ExceptionMatches(err, object.AttributeError) {
			return object.Null, nil
		}
		return v, err
	}
	if nargs > 0 {
		var matchArgs []object.Value
		self := false
		ma, err := object.GetAttrString(typev, "__match_args__")
		switch {
		case err == nil:
			tup, ok := ma.Object().(*object.Tuple)
			if !ok || object.TypeOf(ma) != object.TupleType {
				return object.Null, object.Errorf(object.TypeError, "%s.__match_args__ must be a tuple (got %s)", t.Name, object.TypeOf(ma).Name)
			}
			matchArgs = tup.Items
		case object.ExceptionMatches(err, object.AttributeError):
			self = matchSelf(t)
		default:
			return object.Null, err
		}
		allowed := len(matchArgs)
		if self {
			allowed = 1
		}
		if allowed < nargs {
			return object.Null, object.Errorf(object.TypeError, "%s() accepts %d positional sub-pattern%s (%d given)",
				t.Name, allowed, plur(allowed != 1), nargs)
		}
		if self {
			attrs = append(attrs, subject)
		} else {
			for _, n := range matchArgs[:nargs] {
				s, ok := n.Object().(*object.Str)
				if !ok {
					return object.Null, object.Errorf(object.TypeError, "__match_args__ elements must be strings (got %s)", object.TypeOf(n).Name)
				}
				v, err := attr(s.S)
				if err != nil || v.IsNull() {
					return object.Null, err
				}
				attrs = append(attrs, v)
			}
		}
	}
	for _, n := range namesv.Object().(*object.Tuple).Items {
		v, err := attr(n.Object().(*object.Str).S)
		if err != nil || v.IsNull() {
			return object.Null, err
		}
		attrs = append(attrs, v)
	}
	return object.FromObject(object.NewTuple(attrs...)), nil
}
