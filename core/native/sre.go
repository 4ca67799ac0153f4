package native

import (
	"errors"
	"math"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/pyvar/pyvar/core/native/sre"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _sre: the regular expression engine that CPython's pure-Python re,
// sre_parse and sre_compile drive (Modules/_sre.c). sre_compile hands
// _sre.compile the code words of a pattern; the matching itself is
// package core/native/sre. This file is the module and the Pattern type,
// sre_match.go the Match and Scanner types.

func init() { register("_sre", newSreModule) }

const sreCopyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "

func newSreModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("_sre", "")
	setAttr(m, "MAGIC", object.Int(sre.MAGIC))
	setAttr(m, "CODESIZE", object.Int(sre.CODESIZE))
	setAttr(m, "MAXREPEAT", object.Int(sre.MAXREPEAT))
	setAttr(m, "MAXGROUPS", object.Int(sre.MAXGROUPS))
	setAttr(m, "copyright", object.NewStr(sreCopyright))
	defFunc(m, "getcodesize", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("getcodesize", args, kw); err != nil {
			return object.Null, err
		}
		return object.Int(sre.CODESIZE), nil
	})
	charFunc := func(name string, f func(uint32) object.Value) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.ExactlyOne(name, args, kw); err != nil {
				return object.Null, err
			}
			c, err := asCInt(args[0])
			if err != nil {
				return object.Null, err
			}
			return f(uint32(c)), nil
		})
	}
	charFunc("ascii_iscased", func(c uint32) object.Value { return object.Bool(sre.ASCIIIsCased(c)) })
	charFunc("unicode_iscased", func(c uint32) object.Value { return object.Bool(sre.UnicodeIsCased(c)) })
	charFunc("ascii_tolower", func(c uint32) object.Value { return object.Int(int64(int32(sre.LowerASCII(c)))) })
	charFunc("unicode_tolower", func(c uint32) object.Value { return object.Int(int64(int32(sre.LowerUnicode(c)))) })
	defFunc(m, "compile", func(args []object.Value, kw []string) (object.Value, error) {
		return sreCompile(in, args, kw)
	})
	return m, nil
}

// asCInt converts v as Argument Clinic's int converter does.
func asCInt(v object.Value) (int32, error) {
	r, err := object.Index(v)
	if err != nil {
		return 0, err
	}
	i, ok := r.AsInt()
	if !ok || i < math.MinInt32 || i > math.MaxInt32 {
		return 0, object.Errorf(object.OverflowError, "Python int too large to convert to C int")
	}
	return int32(i), nil
}

// asSsizeInt is asSsize as a Go int.
func asSsizeInt(v object.Value) (int, error) {
	n, err := asSsize(v)
	return int(n), err
}

// asSsizeClamped is PyNumber_AsSsize_t(v, NULL): an index, clamped to the
// Py_ssize_t range.
func asSsizeClamped(v object.Value) (int, error) {
	r, err := object.Index(v)
	if err != nil {
		return 0, err
	}
	if i, ok := r.AsInt(); ok {
		return int(i), nil
	}
	neg, err := object.CompareBool(r, object.Int(0), object.CmpLt)
	if err != nil {
		return 0, err
	}
	if neg {
		return math.MinInt, nil
	}
	return math.MaxInt, nil
}

// sreSubject is a string being matched (getstring in _sre.c): a str, or
// a bytes-like object, with the view the engine reads.
type sreSubject struct {
	obj     object.Value
	str     *object.Str // str subjects
	b       []byte      // bytes-like subjects, and ASCII strs
	r       []rune      // other strs
	n       int
	isBytes bool
	exact   bool // an exact str or bytes: a whole slice is the object itself
}

// sreGetString returns v's view, or false when v is neither a str nor
// bytes-like.
func sreGetString(v object.Value) (sreSubject, bool) {
	s := sreSubject{obj: v}
	if o, ok := v.Object().(*object.Str); ok {
		// An exact str, the common case.
		s.str, s.exact = o, true
		if o.IsASCII() {
			s.b = unsafe.Slice(unsafe.StringData(o.S), len(o.S))
			s.n = len(o.S)
		} else {
			s.r = o.Runes()
			s.n = len(s.r)
		}
		return s, true
	}
	switch o := object.Unwrap(v).Object().(type) {
	case *object.Str:
		s.str, s.exact = o, object.TypeOf(v) == object.StrType
		if o.IsASCII() {
			s.b = unsafe.Slice(unsafe.StringData(o.S), len(o.S))
			s.n = len(o.S)
		} else {
			s.r = o.Runes()
			s.n = len(s.r)
		}
	case *object.Bytes:
		s.b, s.n, s.isBytes = o.B, len(o.B), true
		s.exact = object.TypeOf(v) == object.BytesType
	case *object.ByteArray:
		s.b, s.n, s.isBytes = o.B, len(o.B), true
	default:
		// Other bytes-like objects (memoryview, array.array): a simple,
		// contiguous buffer, as PyBUF_SIMPLE asks.
		if !object.IsBuffer(v) {
			return s, false
		}
		buf, err := object.GetBuffer(v, false)
		if err != nil {
			return s, false
		}
		defer buf.Release()
		if !buf.Contiguous() {
			return s, false
		}
		b := buf.Bytes()
		s.b, s.n, s.isBytes = b, len(b), true
	}
	return s, true
}

// export holds the subject's buffer (a bytearray, a memoryview) while
// Python code may run during the matching, as CPython's state does, so
// that the subject cannot be resized meanwhile; the returned function
// lets go of it.
func (s *sreSubject) export() func() {
	if !s.isBytes {
		return func() {}
	}
	if _, ok := object.Unwrap(s.obj).Object().(*object.Bytes); ok {
		return func() {}
	}
	buf, err := object.GetBuffer(s.obj, false)
	if err != nil {
		return func() {}
	}
	return buf.Release
}

func errExpectedString() error {
	return object.Errorf(object.TypeError, "expected string or bytes-like object")
}

// slice is getslice: the subject's characters a..b as a str or bytes.
func (s *sreSubject) slice(a, b int) object.Value {
	if s.isBytes {
		if s.exact && a == 0 && b == s.n {
			return s.obj
		}
		return object.NewBytes(append([]byte(nil), s.b[a:b]...))
	}
	if s.exact && a == 0 && b == s.n {
		return s.obj
	}
	return s.str.Substring(a, b)
}

// srePattern is a compiled regular expression (PatternObject).
type srePattern struct {
	in         *vm.Interp
	prog       *sre.Program
	pattern    object.Value // the source: str, bytes or None
	flags      int
	isbytes    int          // -1 no source, 0 str, 1 bytes
	groupindex *object.Dict // name -> group, nil when there are no names
	indexgroup *object.Tuple
	cancel     func() error
	cache      atomic.Pointer[sre.State] // a State to reuse
}

var srePatternType = object.NewBaseType("re.Pattern", nil)

func (p *srePattern) Type() *object.Type { return srePatternType }

// sreCompile is _sre.compile(pattern, flags, code, groups, groupindex,
// indexgroup).
func sreCompile(in *vm.Interp, args []object.Value, kw []string) (object.Value, error) {
	var a [6]object.Value
	if err := object.ParseArgs("compile", args, kw, []string{"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 6, 6, a[:]); err != nil {
		return object.Null, err
	}
	flags, err := asCInt(a[1])
	if err != nil {
		return object.Null, err
	}
	mustBe := func(i int, name string, t *object.Type) (object.Value, error) {
		v := object.Unwrap(a[i])
		if !object.TypeOf(a[i]).IsSubtype(t) {
			return object.Null, object.Errorf(object.TypeError, "compile() argument '%s' must be %s, not %s", name, t.Name, object.TypeOf(a[i]).Name)
		}
		return v, nil
	}
	codev, err := mustBe(2, "code", object.ListType)
	if err != nil {
		return object.Null, err
	}
	groups64, err := asSsize(a[3])
	if err != nil {
		return object.Null, err
	}
	groups := int(groups64)
	giv, err := mustBe(4, "groupindex", object.DictType)
	if err != nil {
		return object.Null, err
	}
	igv, err := mustBe(5, "indexgroup", object.TupleType)
	if err != nil {
		return object.Null, err
	}
	items := codev.Object().(*object.List).Items
	code := make([]uint32, len(items))
	for i, o := range items {
		w, err := sreCodeWord(o)
		if err != nil {
			return object.Null, err
		}
		code[i] = w
	}
	p := &srePattern{in: in, pattern: a[0], flags: int(flags), isbytes: -1, cancel: in.CheckSignals}
	if !a[0].IsNone() {
		s, ok := sreGetString(a[0])
		if !ok {
			return object.Null, errExpectedString()
		}
		p.isbytes = 0
		if s.isBytes {
			p.isbytes = 1
		}
	}
	if gi := giv.Object().(*object.Dict); gi.Len() > 0 {
		p.groupindex = gi
		if ig := igv.Object().(*object.Tuple); len(ig.Items) > 0 {
			p.indexgroup = ig
		}
	}
	if p.prog, err = sre.Compile(code, groups); err != nil {
		if errors.Is(err, sre.ErrTooDeep) {
			return object.Null, object.Errorf(object.RecursionError, "maximum recursion depth exceeded while validating regular expression code")
		}
		return object.Null, object.Errorf(object.RuntimeError, "invalid SRE code")
	}
	return object.FromObject(p), nil
}

// sreCodeWord converts one code list item. CPython converts with
// PyLong_AsUnsignedLong and checks that the value fits a 32-bit SRE_CODE;
// a failed conversion also fails that check, so every failure is the same
// OverflowError.
func sreCodeWord(o object.Value) (uint32, error) {
	u := object.Unwrap(o)
	if i, ok := u.AsInt(); ok && i >= 0 && i <= math.MaxUint32 {
		return uint32(i), nil
	}
	return 0, object.Errorf(object.OverflowError, "regular expression code size limit exceeded")
}

// maxMarkGroups bounds the groups a match allocates marks for (CPython
// would ask the allocator and fail with MemoryError).
const maxMarkGroups = 1 << 24

// state returns a State prepared for subject s between pos and endpos,
// after checking that s suits the pattern (state_init).
func (p *srePattern) state(s *sreSubject, pos, endpos int) (*sre.State, error) {
	if s.isBytes && p.isbytes == 0 {
		return nil, object.Errorf(object.TypeError, "cannot use a string pattern on a bytes-like object")
	}
	if !s.isBytes && p.isbytes > 0 {
		return nil, object.Errorf(object.TypeError, "cannot use a bytes pattern on a string-like object")
	}
	if p.prog.Groups > maxMarkGroups {
		return nil, object.NewException(object.MemoryError)
	}
	st := p.cache.Swap(nil)
	if st == nil {
		st = &sre.State{}
	}
	st.Cancel = p.cancel
	if s.r != nil {
		st.InitRunes(p.prog, s.r, pos, endpos)
	} else {
		st.InitBytes(p.prog, s.b, pos, endpos)
	}
	return st, nil
}

// release gives a State back for the next match.
func (p *srePattern) release(st *sre.State) {
	st.InitBytes(p.prog, nil, 0, 0) // drop the subject
	p.cache.Store(st)
}

// sreRun runs one engine operation, turning its failures into CPython's
// exceptions (pattern_error); a Go panic would be a bug in the engine and
// is reported as the engine's internal error.
func sreRun(st *sre.State, search, matchAll bool) (ok bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			ok, err = false, object.Errorf(object.RuntimeError, "internal error in regular expression engine")
		}
	}()
	if search {
		ok, err = st.Search()
	} else {
		ok, err = st.Match(matchAll)
	}
	if err != nil {
		switch err {
		case sre.ErrMemory:
			err = object.NewException(object.MemoryError)
		case sre.ErrState, sre.ErrIllegal:
			err = object.Errorf(object.RuntimeError, "internal error in regular expression engine")
		}
	}
	return ok, err
}

// parseStringPosEndpos parses (string, pos=0, endpos=sys.maxsize).
var stringPosEndpos = []string{"string", "pos", "endpos"}

func parseStringPosEndpos(fname string, args []object.Value, kw []string) (sreSubject, int, int, error) {
	var a [3]object.Value
	if len(kw) == 0 && len(args) >= 1 && len(args) <= 3 {
		copy(a[:], args)
	} else if err := object.ParseArgs(fname, args, kw, stringPosEndpos, 3, 1, a[:]); err != nil {
		return sreSubject{}, 0, 0, err
	}
	pos, endpos := 0, math.MaxInt
	var err error
	if !a[1].IsNull() {
		if pos, err = asSsizeInt(a[1]); err != nil {
			return sreSubject{}, 0, 0, err
		}
	}
	if !a[2].IsNull() {
		if endpos, err = asSsizeInt(a[2]); err != nil {
			return sreSubject{}, 0, 0, err
		}
	}
	s, ok := sreGetString(a[0])
	if !ok {
		return sreSubject{}, 0, 0, errExpectedString()
	}
	return s, pos, endpos, nil
}

func patternOf(self object.Value) *srePattern { return self.Object().(*srePattern) }

// matchOp is Pattern.match, fullmatch and search.
func (p *srePattern) matchOp(fname string, search, matchAll bool, args []object.Value, kw []string) (object.Value, error) {
	s, pos, endpos, err := parseStringPosEndpos(fname, args, kw)
	if err != nil {
		return object.Null, err
	}
	st, err := p.state(&s, pos, endpos)
	if err != nil {
		return object.Null, err
	}
	defer p.release(st)
	ok, err := sreRun(st, search, matchAll)
	if err != nil || !ok {
		return object.None, err
	}
	return p.newMatch(&s, st), nil
}

// findall is Pattern.findall.
func (p *srePattern) findall(args []object.Value, kw []string) (object.Value, error) {
	s, pos, endpos, err := parseStringPosEndpos("findall", args, kw)
	if err != nil {
		return object.Null, err
	}
	st, err := p.state(&s, pos, endpos)
	if err != nil {
		return object.Null, err
	}
	defer p.release(st)
	out := takeScratch()
	groups := p.prog.Groups
	for st.Start <= st.EndPos {
		ok, err := sreRun(st, true, false)
		if err != nil {
			return object.Null, err
		}
		if !ok {
			break
		}
		switch groups {
		case 0:
			out = append(out, s.slice(st.Start, st.Ptr))
		case 1:
			g, err := groupSlice(&s, st, 1)
			if err != nil {
				return object.Null, err
			}
			out = append(out, g)
		default:
			t := make([]object.Value, groups)
			for i := range t {
				if t[i], err = groupSlice(&s, st, i+1); err != nil {
					return object.Null, err
				}
			}
			out = append(out, object.TupleValue(t...))
		}
		st.Advance()
	}
	return finishList(out), nil
}

// sreScratch holds empty slices in which findall and split gather their
// items: growing a fresh slice item by item costs more (copies of a
// large pointer array, each zeroed) than one copy into a list of the
// final size.
var sreScratch = sync.Pool{New: func() any { s := make([]object.Value, 0, 256); return &s }}

func takeScratch() []object.Value { return (*sreScratch.Get().(*[]object.Value))[:0] }

// finishList returns the gathered items as a new list and gives the
// scratch slice back.
func finishList(out []object.Value) object.Value {
	items := make([]object.Value, len(out))
	copy(items, out)
	clear(out)
	out = out[:0]
	sreScratch.Put(&out)
	return object.ListValue(items...)
}

// groupSlice is state_getslice(state, i, string, empty=1): a group of the
// last match, or an empty string when it did not take part.
func groupSlice(s *sreSubject, st *sre.State, i int) (object.Value, error) {
	a, b := st.Span(i)
	if a < 0 {
		a, b = 0, 0
	}
	return sliceOf(s, a, b)
}

// split is Pattern.split(string, maxsplit=0).
func (p *srePattern) split(args []object.Value, kw []string) (object.Value, error) {
	var a [2]object.Value
	if err := object.ParseArgs("split", args, kw, []string{"string", "maxsplit"}, 2, 1, a[:]); err != nil {
		return object.Null, err
	}
	maxsplit := 0
	if !a[1].IsNull() {
		var err error
		if maxsplit, err = asSsizeInt(a[1]); err != nil {
			return object.Null, err
		}
	}
	s, ok := sreGetString(a[0])
	if !ok {
		return object.Null, errExpectedString()
	}
	st, err := p.state(&s, 0, math.MaxInt)
	if err != nil {
		return object.Null, err
	}
	defer p.release(st)
	out := takeScratch()
	last := st.Start
	for n := 0; maxsplit == 0 || n < maxsplit; n++ {
		ok, err := sreRun(st, true, false)
		if err != nil {
			return object.Null, err
		}
		if !ok {
			break
		}
		out = append(out, s.slice(last, st.Start))
		for i := 1; i <= p.prog.Groups; i++ {
			g := object.None
			if a, b := st.Span(i); a >= 0 {
				if g, err = sliceOf(&s, a, b); err != nil {
					return object.Null, err
				}
			}
			out = append(out, g)
		}
		st.Advance()
		last = st.Start
	}
	out = append(out, s.slice(last, st.EndPos))
	return finishList(out), nil
}

// subx is Pattern.sub and subn (pattern_subx).
func (p *srePattern) subx(fname string, subn bool, args []object.Value, kw []string) (object.Value, error) {
	var a [3]object.Value
	if err := object.ParseArgs(fname, args, kw, []string{"repl", "string", "count"}, 3, 2, a[:]); err != nil {
		return object.Null, err
	}
	count := 0
	if !a[2].IsNull() {
		var err error
		if count, err = asSsizeInt(a[2]); err != nil {
			return object.Null, err
		}
	}
	// The replacement: a callable, a literal (no backslash), or a
	// template that re._subx turns into one of those.
	filter := a[0]
	callable := object.IsCallable(filter)
	if !callable {
		literal := false
		if t, ok := sreGetString(filter); ok {
			literal = true
			if t.r != nil {
				for _, c := range t.r {
					if c == '\\' {
						literal = false
						break
					}
				}
			} else {
				for _, c := range t.b {
					if c == '\\' {
						literal = false
						break
					}
				}
			}
		}
		if !literal {
			f, err := p.callRe("_subx", object.FromObject(p), filter)
			if err != nil {
				return object.Null, err
			}
			filter = f
			callable = object.IsCallable(filter)
		}
	}
	s, ok := sreGetString(a[1])
	if !ok {
		return object.Null, errExpectedString()
	}
	st, err := p.state(&s, 0, math.MaxInt)
	if err != nil {
		return object.Null, err
	}
	defer p.release(st)
	if callable {
		defer s.export()()
	}
	// The pieces are joined as they come (as "".join would, with its
	// errors): the subject's text between matches, then each replacement.
	out := sreJoiner{s: &s}
	i, n := 0, 0
	for count == 0 || n < count {
		ok, err := sreRun(st, true, false)
		if err != nil {
			return object.Null, err
		}
		if !ok {
			break
		}
		b, e := st.Start, st.Ptr
		if i < b {
			out.text(i, b)
		}
		item := filter
		if callable {
			m := p.newMatch(&s, st)
			if item, err = object.Call(filter, []object.Value{m}, nil); err != nil {
				return object.Null, err
			}
		}
		if !item.IsNone() {
			if err := out.value(item); err != nil {
				return object.Null, err
			}
		}
		i = e
		n++
		st.Advance()
	}
	var result object.Value
	if n == 0 {
		result = s.slice(0, st.EndPos) // the subject itself, as join returns a lone item
	} else {
		if i < st.EndPos {
			out.text(i, st.EndPos)
		}
		result = out.result()
	}
	if subn {
		return object.TupleValue(result, object.Int(int64(n))), nil
	}
	return result, nil
}

// sreJoiner builds the result of sub: the subject's own text, copied by
// position, and the replacement values, checked as str.join and
// bytes.join check their items.
type sreJoiner struct {
	s      *sreSubject
	buf    []byte
	items  int // pieces so far (join's item index)
	ri, bi int // a code point index of a non-ASCII subject and its byte offset
}

// offset returns the byte offset of code point ri of the subject; calls
// come in increasing order, so the walk over the text is linear.
func (j *sreJoiner) offset(ri int) int {
	if j.s.r == nil {
		return ri
	}
	text := j.s.str.S
	for j.ri < ri {
		c := text[j.bi]
		switch {
		case c < 0x80:
			j.bi++
		case c < 0xE0:
			j.bi += 2
		case c < 0xF0:
			j.bi += 3
		default:
			j.bi += 4
		}
		j.ri++
	}
	return j.bi
}

func (j *sreJoiner) text(a, b int) {
	if j.buf == nil {
		j.buf = make([]byte, 0, len(j.s.b)+len(j.s.r))
	}
	if j.s.r != nil {
		x := j.offset(a)
		j.buf = append(j.buf, j.s.str.S[x:j.offset(b)]...)
	} else {
		j.buf = append(j.buf, j.s.b[a:b]...)
	}
	j.items++
}

func (j *sreJoiner) value(v object.Value) error {
	t, ok := sreGetString(v)
	if j.s.isBytes {
		if !ok || !t.isBytes {
			return object.Errorf(object.TypeError, "sequence item %d: expected a bytes-like object, %s found", j.items, object.TypeOf(v).Name)
		}
		j.buf = append(j.buf, t.b...)
	} else {
		if !ok || t.isBytes {
			return object.Errorf(object.TypeError, "sequence item %d: expected str instance, %s found", j.items, object.TypeOf(v).Name)
		}
		j.buf = append(j.buf, t.str.S...)
	}
	j.items++
	return nil
}

func (j *sreJoiner) result() object.Value {
	if j.s.isBytes {
		return object.NewBytes(j.buf)
	}
	if len(j.buf) == 0 {
		return object.NewStr("")
	}
	return object.NewStr(unsafe.String(&j.buf[0], len(j.buf)))
}

// callRe calls a helper of the pure-Python re module, as _sre.c's call()
// does (re._subx, re._expand).
func (p *srePattern) callRe(function string, args ...object.Value) (object.Value, error) {
	imp, ok := p.in.Builtins.GetStr("__import__")
	if !ok {
		return object.Null, object.Errorf(object.ImportError, "__import__ not found")
	}
	mod, err := object.Call(imp, []object.Value{object.NewStr("re")}, nil)
	if err != nil {
		return object.Null, err
	}
	f, err := object.GetAttr(mod, object.Intern(function))
	if err != nil {
		return object.Null, err
	}
	return object.Call(f, args, nil)
}

var sreFlagNames = []struct {
	name  string
	value int
}{
	{"re.TEMPLATE", 1}, {"re.IGNORECASE", 2}, {"re.LOCALE", 4}, {"re.MULTILINE", 8},
	{"re.DOTALL", 16}, {"re.UNICODE", 32}, {"re.VERBOSE", 64}, {"re.DEBUG", 128}, {"re.ASCII", 256},
}

// sreClassGetitem gives t CPython's __class_getitem__ (Pattern[str]).
func sreClassGetitem(t *object.Type, tname string) {
	t.AddClassMethod("__class_getitem__", func(cls object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne(tname+".__class_getitem__", args, kw); err != nil {
			return object.Null, err
		}
		return object.NewGenericAlias(cls, args[0]), nil
	})
}

// slotArity is a slot wrapper's check of its arguments ("expected 1
// argument, got 0").
func slotArity(name string, n int, args []object.Value, kw []string) error {
	if len(kw) > 0 {
		return object.Errorf(object.TypeError, "wrapper %s() takes no keyword arguments", name)
	}
	if len(args) != n {
		plural := "s"
		if n == 1 {
			plural = ""
		}
		return object.Errorf(object.TypeError, "expected %d argument%s, got %d", n, plural, len(args))
	}
	return nil
}

// truncRepr is %.<n>R: repr(v) cut to n code points.
func truncRepr(v object.Value, n int) (string, error) {
	r, err := object.Repr(v)
	if err != nil {
		return "", err
	}
	if len(r) > n {
		if rs := []rune(r); len(rs) > n {
			r = string(rs[:n])
		}
	}
	return r, nil
}

func (p *srePattern) repr() (object.Value, error) {
	flags := p.flags
	// re.UNICODE is implied for str patterns: omit it.
	if p.isbytes == 0 && flags&(4|32|256) == 32 {
		flags &^= 32
	}
	var names []string
	for _, f := range sreFlagNames {
		if flags&f.value != 0 {
			names = append(names, f.name)
			flags &^= f.value
		}
	}
	if flags != 0 {
		names = append(names, "0x"+formatHex(uint32(flags)))
	}
	r, err := truncRepr(p.pattern, 200)
	if err != nil {
		return object.Null, err
	}
	if len(names) == 0 {
		return object.NewStr("re.compile(" + r + ")"), nil
	}
	joined := names[0]
	for _, n := range names[1:] {
		joined += "|" + n
	}
	return object.NewStr("re.compile(" + r + ", " + joined + ")"), nil
}

func formatHex(v uint32) string {
	const digits = "0123456789abcdef"
	if v == 0 {
		return "0"
	}
	var b []byte
	for ; v > 0; v >>= 4 {
		b = append([]byte{digits[v&15]}, b...)
	}
	return string(b)
}

// equal is pattern_richcompare's test.
func (p *srePattern) equal(q *srePattern) (bool, error) {
	if p == q {
		return true, nil
	}
	if p.flags != q.flags || p.isbytes != q.isbytes || len(p.prog.Code) != len(q.prog.Code) {
		return false, nil
	}
	for i, w := range p.prog.Code {
		if q.prog.Code[i] != w {
			return false, nil
		}
	}
	return object.Equal(p.pattern, q.pattern)
}

// hash is pattern_hash: the source's hash mixed with the code's.
func (p *srePattern) hash() (object.Value, error) {
	h, err := object.Hash(p.pattern)
	if err != nil {
		return object.Null, err
	}
	b := make([]byte, 4*len(p.prog.Code))
	for i, w := range p.prog.Code {
		b[4*i], b[4*i+1], b[4*i+2], b[4*i+3] = byte(w), byte(w>>8), byte(w>>16), byte(w>>24)
	}
	h2, err := object.Hash(object.NewBytes(b))
	if err != nil {
		return object.Null, err
	}
	h ^= h2 ^ int64(p.flags) ^ int64(p.isbytes) ^ int64(len(p.prog.Code))
	if h == -1 {
		h = -2
	}
	return object.Int(h), nil
}

func init() {
	t := srePatternType
	t.Qualname = "Pattern"
	t.New = nil
	t.SetFinal()
	t.SetAttrString("__doc__", object.NewStr("Compiled regular expression object."))
	method := func(name string, fn func(p *srePattern, args []object.Value, kw []string) (object.Value, error)) {
		t.AddMethod(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			return fn(patternOf(self), args, kw)
		})
	}
	method("match", func(p *srePattern, args []object.Value, kw []string) (object.Value, error) {
		return p.matchOp("match", false, false, args, kw)
	})
	method("fullmatch", func(p *srePattern, args []object.Value, kw []string) (object.Value, error) {
		return p.matchOp("fullmatch", false, true, args, kw)
	})
	method("search", func(p *srePattern, args []object.Value, kw []string) (object.Value, error) {
		return p.matchOp("search", true, false, args, kw)
	})
	method("findall", (*srePattern).findall)
	method("split", (*srePattern).split)
	method("sub", func(p *srePattern, args []object.Value, kw []string) (object.Value, error) {
		return p.subx("sub", false, args, kw)
	})
	method("subn", func(p *srePattern, args []object.Value, kw []string) (object.Value, error) {
		return p.subx("subn", true, args, kw)
	})
	method("scanner", func(p *srePattern, args []object.Value, kw []string) (object.Value, error) {
		return p.scanner("scanner", args, kw)
	})
	method("finditer", func(p *srePattern, args []object.Value, kw []string) (object.Value, error) {
		sc, err := p.scanner("finditer", args, kw)
		if err != nil {
			return object.Null, err
		}
		search, err := object.GetAttr(sc, object.Intern("search"))
		if err != nil {
			return object.Null, err
		}
		return object.NewCallIterator(search, object.None), nil
	})
	method("__copy__", func(p *srePattern, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("Pattern.__copy__", args, kw); err != nil {
			return object.Null, err
		}
		return object.FromObject(p), nil
	})
	method("__deepcopy__", func(p *srePattern, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("Pattern.__deepcopy__", args, kw); err != nil {
			return object.Null, err
		}
		return object.FromObject(p), nil
	})
	sreClassGetitem(t, "Pattern")
	t.AddSlot("__repr__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return patternOf(object.Unwrap(self)).repr()
	})
	cmp := func(name string, ne bool) {
		t.AddSlot(name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := slotArity(name, 1, args, kw); err != nil {
				return object.Null, err
			}
			q, ok := args[0].Object().(*srePattern)
			if !ok {
				return object.NotImplemented, nil
			}
			eq, err := patternOf(object.Unwrap(self)).equal(q)
			if err != nil {
				return object.Null, err
			}
			return object.Bool(eq != ne), nil
		})
	}
	cmp("__eq__", false)
	cmp("__ne__", true)
	t.AddSlot("__hash__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return patternOf(object.Unwrap(self)).hash()
	})
	t.AddGetter("pattern", func(self object.Value) (object.Value, error) { return patternOf(self).pattern, nil })
	t.AddGetter("flags", func(self object.Value) (object.Value, error) { return object.Int(int64(patternOf(self).flags)), nil })
	t.AddGetter("groups", func(self object.Value) (object.Value, error) {
		return object.Int(int64(patternOf(self).prog.Groups)), nil
	})
	t.AddGetter("groupindex", func(self object.Value) (object.Value, error) {
		p := patternOf(self)
		if p.groupindex == nil {
			return object.FromObject(object.NewDict(0)), nil
		}
		return object.NewMappingProxy(p.groupindex), nil
	})
}
