package native

import (
	"strconv"
	"strings"

	"github.com/pyvar/pyvar/core/native/sre"
	"github.com/pyvar/pyvar/core/object"
)

// re.Match and _sre.SRE_Scanner (MatchObject and ScannerObject of
// _sre.c).

// sreMatch is one successful match.
type sreMatch struct {
	pattern   *srePattern
	string    object.Value // the subject, as given
	regs      []int        // start and end of each group, group 0 first; -1 if unset
	pos       int
	endpos    int
	lastindex int
	small     [8]int // regs' storage for patterns with up to three groups
}

var sreMatchType = object.NewBaseType("re.Match", nil)

func (m *sreMatch) Type() *object.Type { return sreMatchType }

func matchOf(self object.Value) *sreMatch { return self.Object().(*sreMatch) }

// newMatch is pattern_new_match for a successful match in st.
func (p *srePattern) newMatch(s *sreSubject, st *sre.State) object.Value {
	m := &sreMatch{pattern: p, string: s.obj, pos: st.Pos, endpos: st.EndPos, lastindex: st.LastIndex}
	n := 2 * (p.prog.Groups + 1)
	if n <= len(m.small) {
		m.regs = m.small[:n]
	} else {
		m.regs = make([]int, n)
	}
	for i := 0; i <= p.prog.Groups; i++ {
		m.regs[2*i], m.regs[2*i+1] = st.Span(i)
	}
	return object.FromObject(m)
}

// sliceOf is getslice on a subject read again (a bytearray may have
// changed since the match), with CPython's handling of spans past its end
// and of the reversed spans 3.10 can leave in a group.
func sliceOf(s *sreSubject, a, b int) (object.Value, error) {
	a, b = min(a, s.n), min(b, s.n)
	if b < a {
		if s.isBytes {
			return object.Null, object.Errorf(object.SystemError, "Negative size passed to PyBytes_FromStringAndSize")
		}
		return object.NewStr(""), nil
	}
	return s.slice(a, b), nil
}

// group is match_getslice_by_index: group i, or def when it is unset.
func (m *sreMatch) group(i int, def object.Value) (object.Value, error) {
	if m.regs[2*i] < 0 {
		return def, nil
	}
	s, ok := sreGetString(m.string)
	if !ok {
		return object.Null, errExpectedString()
	}
	return sliceOf(&s, m.regs[2*i], m.regs[2*i+1])
}

// index is match_getindex: a group number, or a group name.
func (m *sreMatch) index(key object.Value) (int, error) {
	i := -1
	_, isStr := key.Object().(*object.Str)
	if key.IsInt() {
		i = int(key.RawInt())
	} else if !isStr && !object.TypeOf(key).LookupString("__index__").IsNull() {
		var err error
		if i, err = asSsizeClamped(key); err != nil {
			return 0, err
		}
	} else if gi := m.pattern.groupindex; gi != nil {
		v, found, err := gi.Get(key)
		if err != nil {
			return 0, err
		}
		if found {
			if n, ok := object.Unwrap(v).AsInt(); ok && !v.IsBool() {
				i = int(n)
			}
		}
	}
	if i < 0 || i > m.pattern.prog.Groups {
		return 0, object.Errorf(object.IndexError, "no such group")
	}
	return i, nil
}

func (m *sreMatch) groupByKey(key, def object.Value) (object.Value, error) {
	i, err := m.index(key)
	if err != nil {
		return object.Null, err
	}
	return m.group(i, def)
}

func (m *sreMatch) repr() (object.Value, error) {
	g, err := m.group(0, object.None)
	if err != nil {
		return object.Null, err
	}
	r, err := truncRepr(g, 50)
	if err != nil {
		return object.Null, err
	}
	var b strings.Builder
	b.WriteString("<re.Match object; span=(")
	b.WriteString(strconv.Itoa(m.regs[0]))
	b.WriteString(", ")
	b.WriteString(strconv.Itoa(m.regs[1]))
	b.WriteString("), match=")
	b.WriteString(r)
	b.WriteString(">")
	return object.NewStr(b.String()), nil
}

func init() {
	t := sreMatchType
	t.Qualname = "Match"
	t.New = nil
	t.SetFinal()
	t.SetAttrString("__doc__", object.NewStr("The result of re.match() and re.search().\nMatch objects always have a boolean value of True."))
	method := func(name string, fn func(m *sreMatch, args []object.Value, kw []string) (object.Value, error)) {
		t.AddMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			return fn(matchOf(self), args, kw)
		})
	}
	method("group", func(m *sreMatch, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("group", kw); err != nil {
			return object.Null, err
		}
		switch len(args) {
		case 0:
			return m.group(0, object.None)
		case 1:
			return m.groupByKey(args[0], object.None)
		}
		out := make([]object.Value, len(args))
		for i, a := range args {
			g, err := m.groupByKey(a, object.None)
			if err != nil {
				return object.Null, err
			}
			out[i] = g
		}
		return object.TupleValue(out...), nil
	})
	method("groups", func(m *sreMatch, args []object.Value, kw []string) (object.Value, error) {
		var a [1]object.Value
		if err := object.ParseArgs("groups", args, kw, []string{"default"}, 1, 0, a[:]); err != nil {
			return object.Null, err
		}
		def := a[0]
		if def.IsNull() {
			def = object.None
		}
		out := make([]object.Value, m.pattern.prog.Groups)
		for i := range out {
			g, err := m.group(i+1, def)
			if err != nil {
				return object.Null, err
			}
			out[i] = g
		}
		return object.TupleValue(out...), nil
	})
	method("groupdict", func(m *sreMatch, args []object.Value, kw []string) (object.Value, error) {
		var a [1]object.Value
		if err := object.ParseArgs("groupdict", args, kw, []string{"default"}, 1, 0, a[:]); err != nil {
			return object.Null, err
		}
		def := a[0]
		if def.IsNull() {
			def = object.None
		}
		gi := m.pattern.groupindex
		if gi == nil {
			return object.FromObject(object.NewDict(0)), nil
		}
		d := object.NewDict(gi.Len())
		for pos := 0; ; {
			var k, v object.Value
			var ok bool
			if pos, k, v, ok = gi.Next(pos); !ok {
				break
			}
			// The group number is the entry's value (CPython looks the
			// name up again, with the same outcome).
			var g object.Value
			var err error
			if i, isInt := v.AsInt(); isInt && v.IsInt() && i >= 0 && int(i) <= m.pattern.prog.Groups {
				g, err = m.group(int(i), def)
			} else {
				g, err = m.groupByKey(k, def)
			}
			if err != nil {
				return object.Null, err
			}
			if err := d.Set(k, g); err != nil {
				return object.Null, err
			}
		}
		return object.FromObject(d), nil
	})
	bound := func(name string, f func(m *sreMatch, i int) object.Value) {
		method(name, func(m *sreMatch, args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoKwargs("Match."+name, kw); err != nil {
				return object.Null, err
			}
			if err := object.CheckPositional(name, len(args), 0, 1); err != nil {
				return object.Null, err
			}
			i := 0
			if len(args) == 1 {
				var err error
				if i, err = m.index(args[0]); err != nil {
					return object.Null, err
				}
			}
			return f(m, i), nil
		})
	}
	bound("start", func(m *sreMatch, i int) object.Value { return object.Int(int64(m.regs[2*i])) })
	bound("end", func(m *sreMatch, i int) object.Value { return object.Int(int64(m.regs[2*i+1])) })
	bound("span", func(m *sreMatch, i int) object.Value {
		return object.TupleValue(object.Int(int64(m.regs[2*i])), object.Int(int64(m.regs[2*i+1])))
	})
	method("expand", func(m *sreMatch, args []object.Value, kw []string) (object.Value, error) {
		var a [1]object.Value
		if err := object.ParseArgs("expand", args, kw, []string{"template"}, 1, 1, a[:]); err != nil {
			return object.Null, err
		}
		return m.pattern.callRe("_expand", object.FromObject(m.pattern), object.FromObject(m), a[0])
	})
	method("__copy__", func(m *sreMatch, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("Match.__copy__", args, kw); err != nil {
			return object.Null, err
		}
		return object.FromObject(m), nil
	})
	method("__deepcopy__", func(m *sreMatch, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("Match.__deepcopy__", args, kw); err != nil {
			return object.Null, err
		}
		return object.FromObject(m), nil
	})
	sreClassGetitem(t, "Match")
	t.AddSlot("__getitem__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := slotArity("__getitem__", 1, args, kw); err != nil {
			return object.Null, err
		}
		return matchOf(object.Unwrap(self)).groupByKey(args[0], object.None)
	})
	t.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return matchOf(object.Unwrap(self)).repr()
	})
	t.AddGetter("pos", func(self object.Value) (object.Value, error) { return object.Int(int64(matchOf(self).pos)), nil })
	t.AddGetter("endpos", func(self object.Value) (object.Value, error) {
		return object.Int(int64(matchOf(self).endpos)), nil
	})
	t.AddGetter("lastindex", func(self object.Value) (object.Value, error) {
		if m := matchOf(self); m.lastindex >= 0 {
			return object.Int(int64(m.lastindex)), nil
		}
		return object.None, nil
	})
	t.AddGetter("lastgroup", func(self object.Value) (object.Value, error) {
		m := matchOf(self)
		if ig := m.pattern.indexgroup; ig != nil && m.lastindex >= 0 && m.lastindex < len(ig.Items) {
			return ig.Items[m.lastindex], nil
		}
		return object.None, nil
	})
	t.AddGetter("re", func(self object.Value) (object.Value, error) { return object.FromObject(matchOf(self).pattern), nil })
	t.AddGetter("string", func(self object.Value) (object.Value, error) { return matchOf(self).string, nil })
	t.AddGetter("regs", func(self object.Value) (object.Value, error) {
		m := matchOf(self)
		out := make([]object.Value, len(m.regs)/2)
		for i := range out {
			out[i] = object.TupleValue(object.Int(int64(m.regs[2*i])), object.Int(int64(m.regs[2*i+1])))
		}
		return object.TupleValue(out...), nil
	})
}

// sreScanner walks the matches of a pattern in a string (ScannerObject):
// finditer is iter(scanner.search, None).
type sreScanner struct {
	pattern *srePattern
	subj    sreSubject
	state   *sre.State
	done    bool   // state->start == NULL: no more matches
	release func() // lets go of the subject's buffer, once done
}

var sreScannerType = object.NewBaseType("_sre.SRE_Scanner", nil)

func (sc *sreScanner) Type() *object.Type { return sreScannerType }

// scanner is Pattern.scanner (and the start of finditer).
func (p *srePattern) scanner(fname string, args []object.Value, kw []string) (object.Value, error) {
	s, pos, endpos, err := parseStringPosEndpos(fname, args, kw)
	if err != nil {
		return object.Null, err
	}
	st, err := p.state(&s, pos, endpos)
	if err != nil {
		return object.Null, err
	}
	return object.FromObject(&sreScanner{pattern: p, subj: s, state: st, release: s.export()}), nil
}

func (sc *sreScanner) next(search bool) (object.Value, error) {
	if sc.done {
		return object.None, nil
	}
	st := sc.state
	ok, err := sreRun(st, search, false)
	if err != nil {
		return object.Null, err
	}
	if !ok {
		sc.done = true
		sc.release()
		return object.None, nil
	}
	m := sc.pattern.newMatch(&sc.subj, st)
	st.Advance()
	return m, nil
}

func init() {
	t := sreScannerType
	t.Qualname = "SRE_Scanner"
	t.New = nil
	t.SetFinal()
	for _, name := range []string{"match", "search"} {
		search := name == "search"
		name := name
		t.AddMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			// Argument Clinic's parser for these takes no positional
			// arguments and, in 3.10, ignores keywords.
			if len(args) > len(kw) {
				return object.Null, object.Errorf(object.TypeError, "%s() takes no arguments", name)
			}
			return self.Object().(*sreScanner).next(search)
		})
	}
	t.AddGetter("pattern", func(self object.Value) (object.Value, error) {
		return object.FromObject(self.Object().(*sreScanner).pattern), nil
	})
}
