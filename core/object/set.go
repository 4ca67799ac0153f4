package object

// Set is a set or frozenset, laid out like CPython's setobject: an
// open-addressing table probed linearly (up to linearProbes slots) and
// then by perturbation, with dummies for deleted keys. Iteration walks the
// table, so sets of small ints print in the order CPython prints them.
type Set struct {
	table  []setEntry
	fill   int // active + dummy entries
	used   int // active entries
	finger int // where pop() looks first
	frozen bool
	// builder is set on a setBuilder's scratch set only: its resizes
	// take the builder's tables.
	builder *setBuilder
}

// setEntry is a slot of a set's table. Its state is in its key, as in
// CPython: Null for an empty slot, setDummy's tag for a deleted one (the
// entry is 32 bytes, not 40 with a state byte).
type setEntry struct {
	key  Value
	hash int64
}

// setDummyTag is the key of a deleted entry (CPython's dummy).
type setDummyTag struct{ _ byte }

// Type is object, as CPython's dummy is (never seen by Python).
func (*setDummyTag) Type() *Type { return ObjectType }

var setDummyKey = Value{o: &setDummyTag{}}

// state is setEmpty, setActive or setDummy.
func (e *setEntry) state() uint8 {
	switch e.key.o {
	case nil:
		return setEmpty
	case setDummyKey.o:
		return setDummy
	}
	return setActive
}

const (
	setEmpty uint8 = iota
	setActive
	setDummy
)

const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
)

// Type returns SetType or FrozenSetType.
func (s *Set) Type() *Type {
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// smallSet is a new set and its first table in one allocation, as
// CPython's set object embeds its smalltable: {x, y}, frozenset(t) and the
// results of set algebra on small sets cost one allocation, not two. A set
// that outgrows the table moves to one of its own (the small one stays
// allocated while the set lives, as CPython's does).
type smallSet struct {
	s     Set
	small [setMinSize]setEntry
}

func newSet(frozen bool) *Set {
	p := &smallSet{}
	p.s.table, p.s.frozen = p.small[:], frozen
	return &p.s
}

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

// Len returns the number of members.
func (s *Set) Len() int { return s.used }

// Add inserts x into a set.
func (s *Set) Add(x Value) error { return s.add(x) }

func (s *Set) add(x Value) error {
	h, err := x.Hash()
	if err != nil {
		return err
	}
	return s.addEntry(x, int64(h))
}

func (s *Set) mask() int { return len(s.table) - 1 }

// addEntry is CPython's set_add_entry.
func (s *Set) addEntry(key Value, hash int64) error {
restart:
	mask := s.mask()
	i := int(uint64(hash) & uint64(mask))
	freeslot := -1
	perturb := uint64(hash)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &s.table[j]
			switch e.state() {
			case setEmpty:
				if freeslot >= 0 {
					f := &s.table[freeslot]
					*f = setEntry{key: key, hash: hash}
					s.used++
					return nil
				}
				*e = setEntry{key: key, hash: hash}
				s.fill++
				s.used++
				if s.fill*5 < mask*3 {
					return nil
				}
				if s.used > 50000 {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return nil
			case setDummy:
				// The last dummy seen, as CPython 3.10's set_add_entry
				// (not the first: it decides where re-added keys go).
				freeslot = j
			default:
				if e.hash == hash {
					if e.key.Is(key) {
						return nil // CPython's startkey == key: no __eq__
					}
					table, startkey := s.table, e.key
					eq, err := keysEqual(startkey, key)
					if err != nil {
						return err
					}
					if !sameTable(table, s.table) || e.state() != setActive || !e.key.Is(startkey) {
						// __eq__ changed the set: start over.
						goto restart
					}
					if eq {
						return nil
					}
				}
			}
		}
		perturb >>= perturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// sameTable reports whether two table slices are the same allocation.
func sameTable(a, b []setEntry) bool { return len(a) == len(b) && &a[0] == &b[0] }

func keysEqual(a, b Value) (bool, error) {
	if a.Is(b) {
		return true, nil
	}
	if sa, ok := a.o.(*Str); ok {
		if sb, ok := b.o.(*Str); ok {
			return sa.S == sb.S, nil
		}
	}
	return CompareBool(a, b, CmpEq)
}

// lookup is CPython's set_lookkey: the index of key's active entry or -1.
func (s *Set) lookup(key Value, hash int64) (int, error) {
restart:
	mask := s.mask()
	i := int(uint64(hash) & uint64(mask))
	perturb := uint64(hash)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &s.table[j]
			switch e.state() {
			case setEmpty:
				return -1, nil
			case setActive:
				if e.hash == hash {
					if e.key.Is(key) {
						return j, nil // CPython's startkey == key: no __eq__
					}
					table, startkey := s.table, e.key
					eq, err := keysEqual(startkey, key)
					if err != nil {
						return -1, err
					}
					if !sameTable(table, s.table) || e.state() != setActive || !e.key.Is(startkey) {
						goto restart
					}
					if eq {
						return j, nil
					}
				}
			}
		}
		perturb >>= perturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// insertClean places a key known to be absent into a table without
// dummies (set_insert_clean).
func insertClean(table []setEntry, key Value, hash int64) {
	mask := len(table) - 1
	i := int(uint64(hash) & uint64(mask))
	perturb := uint64(hash)
	for {
		if table[i].state() == setEmpty {
			table[i] = setEntry{key: key, hash: hash}
			return
		}
		if i+linearProbes <= mask {
			for j := i + 1; j <= i+linearProbes; j++ {
				if table[j].state() == setEmpty {
					table[j] = setEntry{key: key, hash: hash}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// resize is set_table_resize: the smallest power of two above minused.
func (s *Set) resize(minused int) {
	n := tableSize(minused)
	old := s.table
	if s.builder != nil {
		s.table = s.builder.table(n)
	} else {
		s.table = make([]setEntry, n)
	}
	for i := range old {
		if e := &old[i]; e.state() == setActive {
			insertClean(s.table, e.key, e.hash)
		}
	}
	s.fill = s.used
}

func (s *Set) discard(key Value) (bool, error) {
	h, err := key.Hash()
	if err != nil {
		return false, err
	}
	return s.discardEntry(key, int64(h))
}

func (s *Set) discardEntry(key Value, hash int64) (bool, error) {
	i, err := s.lookup(key, hash)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{key: setDummyKey, hash: -1}
	s.used--
	return true, nil
}

// clear empties the set; pop's finger stays where it was, as in CPython.
func (s *Set) clear() {
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used = 0, 0
}

// discardKey is set.discard's lookup: a set argument that cannot be
// hashed is retried as the equal frozenset (set_discard, set_contains).
func (s *Set) discardKey(key Value) (bool, error) {
	found, err := s.discard(key)
	if err != nil {
		if tmp, ok := frozenRetry(key, err); ok {
			return s.discard(tmp)
		}
	}
	return found, err
}

// frozenRetry returns a frozenset equal to key when key is a set (or a
// set subclass) whose hashing failed with TypeError.
func frozenRetry(key Value, err error) (Value, bool) {
	xs, isSet := Unwrap(key).o.(*Set)
	if !isSet || xs.frozen || !ExceptionMatches(err, TypeError) {
		return Null, false
	}
	return FromObject(xs.copySet(true)), true
}

func (s *Set) contains(x Value) (bool, error) {
	h, err := x.Hash()
	if err != nil {
		if tmp, ok := frozenRetry(x, err); ok {
			// A set key is looked up as the equal frozenset.
			return s.contains(tmp)
		}
		return false, err
	}
	i, err := s.lookup(x, int64(h))
	return i >= 0, err
}

// Items returns the members in table order.
func (s *Set) Items() []Value {
	out := make([]Value, 0, s.used)
	for i := range s.table {
		if e := &s.table[i]; e.state() == setActive {
			out = append(out, e.key)
		}
	}
	return out
}

// copySet is set_copy: a new set of the given kind filled by merge.
func (s *Set) copySet(frozen bool) *Set {
	var r *Set
	if s.used*5 >= (setMinSize-1)*3 {
		// merge would move to a table of its own at once: no small one.
		r = &Set{table: make([]setEntry, tableSize(s.used*2)), frozen: frozen}
	} else {
		r = newSet(frozen)
	}
	_ = r.merge(s) // into an empty set: no __eq__ runs, nothing fails
	return r
}

// tableSize is the size resize(minused) chooses.
func tableSize(minused int) int {
	n := setMinSize
	for n <= minused {
		n <<= 1
	}
	return n
}

// merge is set_merge: add every member of o, with CPython's shortcuts
// for an empty target.
func (s *Set) merge(o *Set) error {
	if o == s || o.used == 0 {
		return nil
	}
	if (s.fill+o.used)*5 >= s.mask()*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && s.mask() == o.mask() && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return nil
	}
	if s.fill == 0 {
		table := o.table
		for i := range table {
			if e := &table[i]; e.state() == setActive {
				insertClean(s.table, e.key, e.hash)
			}
		}
		s.fill, s.used = o.used, o.used
		return nil
	}
	table := o.table // __eq__ may replace o's table: walk the one we had
	for i := range table {
		if e := &table[i]; e.state() == setActive {
			if err := s.addEntry(e.key, e.hash); err != nil {
				return err // an __eq__ that raised
			}
		}
	}
	return nil
}

// Update adds the members of an iterable as set.update does (CPython's
// set_update_internal: a set argument is merged table to table, which
// decides the iteration order of the result).
func (s *Set) Update(it Value) error { return s.update(it) }

// update is set_update_internal.
func (s *Set) update(it Value) error {
	if o, ok := Unwrap(it).o.(*Set); ok {
		return s.merge(o)
	}
	if d := exactDict(it); d != nil {
		// One resize up front, then the dict's stored hashes: CPython's
		// order and CPython's number of __hash__ calls (none).
		if (s.fill+d.Len())*5 >= s.mask()*3 {
			s.resize((s.used + d.Len()) * 2)
		}
		for i := 0; i < d.EntriesLen(); i++ {
			k, _, live := d.EntryAt(i)
			if live {
				if err := s.addEntry(k, int64(d.HashAt(i))); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return Iterate(it, func(x Value) (bool, error) { return true, s.add(x) })
}

// exactDict returns v's table when v is a dict, not a subclass
// (PyDict_CheckExact), else nil.
func exactDict(v Value) *Dict {
	if d, ok := v.o.(*Dict); ok && d.class == nil {
		return d
	}
	return nil
}

func setFrom(it Value, frozen bool) (*Set, error) {
	s := newSet(frozen)
	return s, s.update(it)
}

func (s *Set) intersection(other Value) (*Set, error) {
	o, isSet := Unwrap(other).o.(*Set)
	if isSet && o == s {
		return s.copySet(s.frozen), nil
	}
	r := newSetBuilder()
	r, err := r.finishBuild(s.frozen, s.intersectInto(r, o, isSet, other))
	return r, err
}

// intersectInto adds to r the members of s that are in other (o when
// other is a set).
func (s *Set) intersectInto(r, o *Set, isSet bool, other Value) error {
	if isSet {
		so := s
		if o.used > so.used {
			so, o = o, so
		}
		table := o.table
		for j := range table {
			e := &table[j]
			if e.state() != setActive {
				continue
			}
			key, hash := e.key, e.hash
			i, err := so.lookup(key, hash)
			if err != nil {
				return err
			}
			if i >= 0 {
				r.addEntry(key, hash)
			}
		}
		return nil
	}
	return Iterate(other, func(x Value) (bool, error) {
		h, err := x.Hash()
		if err != nil {
			return false, err
		}
		i, err := s.lookup(x, int64(h))
		if err == nil && i >= 0 {
			err = r.addEntry(x, int64(h))
		}
		return err == nil, err
	})
}

// differenceUpdate is set_difference_update_internal.
func (s *Set) differenceUpdate(other Value) error {
	if o, ok := Unwrap(other).o.(*Set); ok {
		if o == s {
			s.clear()
			return nil
		}
		if o.used>>3 > s.used {
			// Much larger: discard only what the two share.
			var err error
			if o, err = s.intersection(FromObject(o)); err != nil {
				return err
			}
		}
		for _, e := range o.table {
			if e.state() != setActive {
				continue
			}
			if _, err := s.discardEntry(e.key, e.hash); err != nil {
				return err
			}
		}
	} else {
		err := Iterate(other, func(x Value) (bool, error) {
			_, err := s.discard(x)
			return err == nil, err
		})
		if err != nil {
			return err
		}
	}
	// More than a quarter dummies: resize them away.
	if s.fill-s.used > s.mask()/4 {
		s.resizeGrown()
	}
	return nil
}

// resizeGrown is the resize set_add_entry does when the table fills up.
func (s *Set) resizeGrown() {
	if s.used > 50000 {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
}

// difference is set_difference: a new set of the members of s not in
// other.
func (s *Set) difference(other Value) (*Set, error) {
	var otherSize int
	o, isSet := Unwrap(other).o.(*Set)
	d := exactDict(other)
	switch {
	case isSet:
		otherSize = o.used
	case d != nil:
		otherSize = d.Len()
	default:
		otherSize = -1
	}
	if otherSize < 0 || s.used>>2 > otherSize {
		r := s.copySet(s.frozen)
		return r, r.differenceUpdate(other)
	}
	r := newSetBuilder()
	table := s.table
	for j := range table {
		e := &table[j]
		if e.state() != setActive {
			continue
		}
		key, hash := e.key, e.hash
		var i int
		var err error
		if d != nil {
			i, err = d.LookupHash(key, uint64(hash))
		} else {
			i, err = o.lookup(key, hash)
		}
		if err != nil {
			return r.finishBuild(s.frozen, err)
		}
		if i < 0 {
			r.addEntry(key, hash)
		}
	}
	return r.finishBuild(s.frozen, nil)
}

func (s *Set) symmetricDifferenceUpdate(other Value) error {
	o, ok := Unwrap(other).o.(*Set)
	if ok && o == s {
		s.clear()
		return nil
	}
	if d := exactDict(other); !ok && d != nil {
		for i := 0; i < d.EntriesLen(); i++ {
			k, _, live := d.EntryAt(i)
			if !live {
				continue
			}
			h := int64(d.HashAt(i))
			found, err := s.discardEntry(k, h)
			if err != nil {
				return err
			}
			if !found {
				if err := s.addEntry(k, h); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if !ok {
		var err error
		if o, err = setFrom(other, false); err != nil {
			return err
		}
	}
	for _, e := range o.table {
		if e.state() != setActive {
			continue
		}
		found, err := s.discardEntry(e.key, e.hash)
		if err != nil {
			return err
		}
		if !found {
			if err := s.addEntry(e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// setBinary computes a op b for two sets, as set_or/and/sub/xor do.
func setBinary(op BinOp, a, b *Set) (Value, error) {
	switch op {
	case Or:
		r := a.copySet(a.frozen)
		if err := r.merge(b); err != nil {
			return Null, err
		}
		return FromObject(r), nil
	case And:
		r, err := a.intersection(FromObject(b))
		return FromObject(r), err
	case Sub:
		r, err := a.difference(FromObject(b))
		return FromObject(r), err
	case Xor:
		r := b.copySet(a.frozen)
		return FromObject(r), r.symmetricDifferenceUpdate(FromObject(a))
	}
	return NotImplemented, nil
}

func isSubset(a, b *Set) (bool, error) {
	if a.used > b.used {
		return false, nil
	}
	table := a.table
	for j := range table {
		e := &table[j]
		if e.state() != setActive {
			continue
		}
		i, err := b.lookup(e.key, e.hash)
		if err != nil || i < 0 {
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
		r = a.used == b.used
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
		r = r && a.used < b.used
	case CmpGe:
		r, err = isSubset(b, a)
	case CmpGt:
		r, err = isSubset(b, a)
		r = r && b.used < a.used
	}
	return Bool(r), err
}

func setRepr(s *Set) (string, error) {
	name := "set"
	if s.frozen {
		name = "frozenset"
	}
	return setReprNamed(s, name, s.frozen)
}

// setReprNamed is set_repr: "{...}" for exact sets, "Name({...})" for
// frozensets and subclasses.
func setReprNamed(s *Set, name string, wrap bool) (string, error) {
	if s.used == 0 {
		return name + "()", nil
	}
	if !reprEnter(s) {
		return name + "(...)", nil
	}
	defer reprLeave()
	r, err := seqRepr(s.Items(), "{", "}")
	if wrap {
		return name + "(" + r + ")", err
	}
	return r, err
}

// hashFrozenSet is CPython's frozenset hash (order independent).
func hashFrozenSet(s *Set) (int64, error) {
	var hash uint64
	for _, e := range s.table {
		if e.state() == setActive {
			h := uint64(e.hash)
			hash ^= ((h ^ 89869747) ^ (h << 16)) * 3644798167
		}
	}
	hash ^= (uint64(s.used) + 1) * 1927868237
	hash ^= (hash >> 11) ^ (hash >> 25)
	hash = hash*69069 + 907133923
	if int64(hash) == -1 {
		hash = 590923713
	}
	return int64(hash), nil
}

// setIterator walks the table; a size change raises RuntimeError.
type setIterator struct {
	s    *Set
	i    int
	used int
}

// Type returns the Python type of setIterator.
func (it *setIterator) Type() *Type { return setIteratorType }

// Next returns the next item; ok is false once exhausted.
func (it *setIterator) Next() (Value, bool, error) {
	if it.s == nil {
		return Null, false, nil
	}
	if it.s.used != it.used {
		it.used = -1
		return Null, false, Errorf(RuntimeError, "Set changed size during iteration")
	}
	for it.i < len(it.s.table) {
		e := &it.s.table[it.i]
		it.i++
		if e.state() == setActive {
			return e.key, true, nil
		}
	}
	it.s = nil
	return Null, false, nil
}

// isDisjoint is set_isdisjoint: an exact set or frozenset is probed with
// the members of the smaller one (by stored hash); any other iterable is
// walked, each member hashed and looked up.
func (s *Set) isDisjoint(other Value) (bool, error) {
	if o, ok := other.o.(*Set); ok {
		if o == s {
			return s.used == 0, nil
		}
		a, b := s, o
		if b.used > a.used {
			a, b = b, a
		}
		for _, e := range b.table {
			if e.state() != setActive {
				continue
			}
			i, err := a.lookup(e.key, e.hash)
			if err != nil || i >= 0 {
				return false, err
			}
		}
		return true, nil
	}
	disjoint := true
	err := Iterate(other, func(x Value) (bool, error) {
		in, err := s.contains(x)
		if err != nil || in {
			disjoint = false
			return false, err
		}
		return true, nil
	})
	return disjoint, err
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
			// set_new and frozenset_new: only the exact types refuse
			// keywords (a subclass's __init__ may take them); set's
			// arguments are set_init's business.
			if t == SetType || t == FrozenSetType {
				if err := NoKwargs(name, kwnames); err != nil {
					return Null, err
				}
			}
			if frozen {
				if err := CheckPositional(t.Name, len(args)-len(kwnames), 0, 1); err != nil {
					return Null, err
				}
			}
			if frozen && len(args)-len(kwnames) == 1 {
				if o, ok := args[0].o.(*Set); ok && o.frozen && t == FrozenSetType {
					return args[0], nil
				}
				s, err := buildSet(args[0], true)
				if err != nil {
					return Null, err
				}
				return wrapBuiltin(t, FromObject(s)), nil
			}
			return wrapBuiltin(t, FromObject(newSet(frozen))), nil
		}
		t.addRawMethod("copy", func(self Value, args []Value, kw []string) (Value, error) {
			if err := NoArgs(t.Name+".copy", args, kw); err != nil {
				return Null, err
			}
			if TypeOf(self) == FrozenSetType {
				return self, nil // immutable: the copy is itself, as in CPython
			}
			s := Unwrap(self).o.(*Set)
			return FromObject(s.copySet(s.frozen)), nil
		})
		multi := func(name string, op BinOp) {
			t.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
				if err := NoKwargs(name, kw); err != nil {
					return Null, err
				}
				s := self.o.(*Set)
				if len(args) == 0 {
					return FromObject(s.copySet(s.frozen)), nil
				}
				// CPython's set_*_multi: the first operation reads s
				// itself (intersection and difference build their result
				// in their own order, not from a copy).
				var r *Set
				var err error
				switch op {
				case Or:
					r = s.copySet(s.frozen)
					err = r.update(args[0])
				case And:
					r, err = s.intersection(args[0])
				case Sub:
					r, err = s.difference(args[0])
				}
				for _, a := range args[1:] {
					if err != nil {
						break
					}
					switch op {
					case Or:
						err = r.update(a)
					case And:
						r, err = r.intersection(a)
					case Sub:
						err = r.differenceUpdate(a)
					}
				}
				if err != nil {
					return Null, err
				}
				return FromObject(r), nil
			})
		}
		multi("union", Or)
		multi("intersection", And)
		multi("difference", Sub)
		pred := func(name string, f func(a, b *Set) (bool, error)) {
			fname := t.Name + "." + name
			t.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
				if err := ExactlyOne(fname, args, kw); err != nil {
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
		t.addMethod("isdisjoint", func(self Value, args []Value, kw []string) (Value, error) {
			if err := ExactlyOne(t.Name+".isdisjoint", args, kw); err != nil {
				return Null, err
			}
			r, err := self.o.(*Set).isDisjoint(args[0])
			return Bool(r), err
		})
		t.addMethod("symmetric_difference", func(self Value, args []Value, kw []string) (Value, error) {
			if err := ExactlyOne(t.Name+".symmetric_difference", args, kw); err != nil {
				return Null, err
			}
			s := self.o.(*Set)
			r, err := setFrom(args[0], s.frozen)
			if err != nil {
				return Null, err
			}
			return FromObject(r), r.symmetricDifferenceUpdate(self)
		})
	}
	// set(iterable) of the exact type is set_vectorcall: the new set is
	// built at once, without set_init's pass over an empty set.
	SetType.call1 = func(a Value) (Value, error) {
		s, err := buildSet(a, false)
		if err != nil {
			return Null, err
		}
		return FromObject(s), nil
	}
	SetType.Init = func(self Value, args []Value, kwnames []string) error {
		if err := NoKwargs("set", kwnames); err != nil {
			return err
		}
		if err := CheckPositional(TypeOf(self).Name, len(args), 0, 1); err != nil {
			return err
		}
		s := Unwrap(self).o.(*Set)
		if s.fill > 0 {
			s.clear()
		}
		if len(args) == 1 {
			return s.update(args[0])
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
		fname := "set." + name
		SetType.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
			if err := ExactlyOne(fname, args, kw); err != nil {
				return Null, err
			}
			ok, err := self.o.(*Set).discardKey(args[0])
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
		if err := NoArgs("set.pop", args, kw); err != nil {
			return Null, err
		}
		if s.used == 0 {
			return Null, Errorf(KeyError, "pop from an empty set")
		}
		i := s.finger & s.mask()
		for s.table[i].state() != setActive {
			i++
			if i > s.mask() {
				i = 0
			}
		}
		k := s.table[i].key
		s.table[i] = setEntry{key: setDummyKey, hash: -1}
		s.used--
		s.finger = i + 1
		return k, nil
	})
	SetType.addMethod("clear", func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoArgs("set.clear", args, kw); err != nil {
			return Null, err
		}
		self.o.(*Set).clear()
		return None, nil
	})
	update := func(name string, op BinOp) {
		SetType.addMethod(name, func(self Value, args []Value, kw []string) (Value, error) {
			if err := NoKwargs(name, kw); err != nil {
				return Null, err
			}
			s := self.o.(*Set)
			for _, a := range args {
				var err error
				switch op {
				case Or:
					err = s.update(a)
				case And:
					var r *Set
					if r, err = s.intersection(a); err == nil {
						s.table, s.fill, s.used = r.table, r.fill, r.used
					}
				case Sub:
					err = s.differenceUpdate(a)
				case Xor:
					err = s.symmetricDifferenceUpdate(a)
				}
				if err != nil {
					return Null, err
				}
			}
			return None, nil
		})
	}
	update("update", Or)
	update("intersection_update", And)
	update("difference_update", Sub)
	update("symmetric_difference_update", Xor)
}
