package native

import (
	"strings"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _csv: the CSV parser and writer that Lib's csv module wraps, as
// CPython 3.10's Modules/_csv.c behaves: Dialect (validated formatting
// parameters), reader (a state machine fed one character at a time),
// writer (fields joined, quoted and escaped per the dialect), the dialect
// registry and field_size_limit. The registry, the limit and csv.Error are
// per interpreter (the C module's state).

func init() { register("_csv", newCSV) }

// Quoting styles, the QUOTE_* constants.
const (
	quoteMinimal = iota
	quoteAll
	quoteNonNumeric
	quoteNone
)

// csvNotSet marks an unset quotechar or escapechar (NOT_SET in C); it
// never equals a character of a str.
const csvNotSet rune = -1

// csvEOL is fed to the reader's state machine at the end of each line.
const csvEOL rune = -2

// csvState is the module state of one interpreter: its own Error class,
// dialect registry and field limit, and its own types (as CPython 3.10's
// heap types of the module), so that Dialect("name") finds its registry.
type csvState struct {
	errT                       *object.Type
	dialectT, readerT, writerT *object.Type
	dialects                   *object.Dict
	fieldLimit                 int64
}

func (st *csvState) errf(format string, a ...any) error { return object.Errorf(st.errT, format, a...) }

// csvDialect is a _csv.Dialect.
type csvDialect struct {
	t                                *object.Type
	delimiter, quotechar, escapechar rune
	lineterminator                   string
	quoting                          int
	doublequote, skipinitialspace    bool
	strict                           bool
}

func (d *csvDialect) Type() *object.Type { return d.t }

// csvReader is a _csv.reader.
type csvReader struct {
	st      *csvState
	dialect object.Value
	d       *csvDialect
	input   object.Value
	lineNum int64
	fields  []object.Value
	field   []rune
	state   int
	numeric bool
}

func (r *csvReader) Type() *object.Type { return r.st.readerT }

// csvWriter is a _csv.writer.
type csvWriter struct {
	st      *csvState
	dialect object.Value
	d       *csvDialect
	write   object.Value
}

func (w *csvWriter) Type() *object.Type { return w.st.writerT }

var csvDialectKws = []string{"dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"}

// makeTypes makes the interpreter's Dialect, reader and writer types.
func (st *csvState) makeTypes() {
	t := object.NewBaseType("_csv.Dialect", nil)
	st.dialectT = t
	t.Doc = "CSV dialect\n\nA Dialect holds the options that reading and writing CSV follow.\n"
	t.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		return st.newDialect(cls, args, kw)
	}, nil)
	get := func(self object.Value) *csvDialect { return object.Unwrap(self).Object().(*csvDialect) }
	charOrNone := func(c rune) object.Value {
		if c == csvNotSet {
			return object.None
		}
		return object.NewStr(string(c))
	}
	t.AddGetter("delimiter", func(self object.Value) (object.Value, error) { return object.NewStr(string(get(self).delimiter)), nil })
	t.AddGetter("escapechar", func(self object.Value) (object.Value, error) { return charOrNone(get(self).escapechar), nil })
	t.AddGetter("lineterminator", func(self object.Value) (object.Value, error) { return object.NewStr(get(self).lineterminator), nil })
	t.AddGetter("quotechar", func(self object.Value) (object.Value, error) { return charOrNone(get(self).quotechar), nil })
	t.AddGetter("quoting", func(self object.Value) (object.Value, error) { return object.Int(int64(get(self).quoting)), nil })
	// The C type's members (T_BOOL, READONLY) refuse a store so.
	readonly := func(self, v object.Value) error { return object.Errorf(object.AttributeError, "readonly attribute") }
	t.AddGetSet("doublequote", func(self object.Value) (object.Value, error) { return object.Bool(get(self).doublequote), nil }, readonly)
	t.AddGetSet("skipinitialspace", func(self object.Value) (object.Value, error) { return object.Bool(get(self).skipinitialspace), nil }, readonly)
	t.AddGetSet("strict", func(self object.Value) (object.Value, error) { return object.Bool(get(self).strict), nil }, readonly)

	r := object.NewBaseType("_csv.reader", nil)
	st.readerT = r
	r.Doc = "CSV reader\n\nA reader parses CSV lines into rows.\n"
	r.AddIteratorSlots()
	r.AddGetter("dialect", func(self object.Value) (object.Value, error) {
		return object.Unwrap(self).Object().(*csvReader).dialect, nil
	})
	r.AddGetter("line_num", func(self object.Value) (object.Value, error) {
		return object.Int(object.Unwrap(self).Object().(*csvReader).lineNum), nil
	})

	w := object.NewBaseType("_csv.writer", nil)
	st.writerT = w
	w.Doc = "CSV writer\n\nA writer formats rows as CSV lines.\n"
	w.AddGetter("dialect", func(self object.Value) (object.Value, error) {
		return object.Unwrap(self).Object().(*csvWriter).dialect, nil
	})
	w.AddMethod("writerow", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("", "writerow", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		return object.Unwrap(self).Object().(*csvWriter).writerow(args[0])
	})
	w.AddMethod("writerows", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("", "writerows", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		wr := object.Unwrap(self).Object().(*csvWriter)
		it, err := object.GetIter(args[0])
		if err != nil {
			return object.Null, err
		}
		for {
			row, ok, err := object.Next(it)
			if err != nil {
				return object.Null, err
			}
			if !ok {
				return object.None, nil
			}
			if _, err := wr.writerow(row); err != nil {
				return object.Null, err
			}
		}
	})
}

// newDialect is Dialect.__new__ (dialect_new).
func (st *csvState) newDialect(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
	npos := len(args) - len(kw)
	if npos > len(csvDialectKws) {
		return object.Null, object.Errorf(object.TypeError, "function takes at most %d arguments (%d given)", len(csvDialectKws), npos)
	}
	var v [9]object.Value
	copy(v[:], args[:npos])
	for j, k := range kw {
		i := 0
		for i < len(csvDialectKws) && csvDialectKws[i] != k {
			i++
		}
		if i == len(csvDialectKws) {
			return object.Null, object.Errorf(object.TypeError, "'%s' is an invalid keyword argument for this function", k)
		}
		if i < npos {
			return object.Null, object.Errorf(object.TypeError, "argument for function given by name ('%s') and position (%d)", k, i+1)
		}
		v[i] = args[npos+j]
	}
	dialect := v[0]
	if !dialect.IsNull() {
		if _, ok := dialect.Object().(*object.Str); ok {
			d, err := st.lookup(dialect)
			if err != nil {
				return object.Null, err
			}
			dialect = d
		}
		reuse := object.TypeOf(dialect).IsSubtype(st.dialectT)
		for _, x := range v[1:] {
			reuse = reuse && x.IsNull()
		}
		if reuse {
			return dialect, nil
		}
		for i, name := range csvDialectKws[1:] {
			if v[i+1].IsNull() {
				if a, err := object.GetAttrString(dialect, name); err == nil {
					v[i+1] = a
				}
			}
		}
	}
	d := &csvDialect{t: st.dialectT}
	var err error
	if d.delimiter, err = csvChar("delimiter", v[1], ',', false); err != nil {
		return object.Null, err
	}
	if d.doublequote, err = csvBool(v[2], true); err != nil {
		return object.Null, err
	}
	if d.escapechar, err = csvChar("escapechar", v[3], csvNotSet, true); err != nil {
		return object.Null, err
	}
	lineterm, hasLineterm := "\r\n", true
	if x := v[4]; !x.IsNull() {
		if x.IsNone() {
			hasLineterm = false
		} else if s, ok := x.Object().(*object.Str); ok {
			lineterm = s.S
		} else {
			return object.Null, object.Errorf(object.TypeError, "\"lineterminator\" must be a string")
		}
	}
	d.lineterminator = lineterm
	if d.quotechar, err = csvChar("quotechar", v[5], '"', true); err != nil {
		return object.Null, err
	}
	d.quoting = quoteMinimal
	if x := v[6]; !x.IsNull() {
		if !x.IsInt() && object.TypeOf(x) != object.IntType {
			return object.Null, object.Errorf(object.TypeError, "\"quoting\" must be an integer")
		}
		n, ok := x.AsInt()
		if !ok || n != int64(int32(n)) {
			return object.Null, object.Errorf(object.OverflowError, "Python int too large to convert to C int")
		}
		d.quoting = int(n)
	}
	if d.skipinitialspace, err = csvBool(v[7], false); err != nil {
		return object.Null, err
	}
	if d.strict, err = csvBool(v[8], false); err != nil {
		return object.Null, err
	}
	if d.quoting < quoteMinimal || d.quoting > quoteNone {
		return object.Null, object.Errorf(object.TypeError, "bad \"quoting\" value")
	}
	if v[5].IsNone() && v[6].IsNull() {
		d.quoting = quoteNone
	}
	if d.quoting != quoteNone && d.quotechar == csvNotSet {
		return object.Null, object.Errorf(object.TypeError, "quotechar must be set if quoting enabled")
	}
	if !hasLineterm {
		return object.Null, object.Errorf(object.TypeError, "lineterminator must be set")
	}
	return object.WrapBuiltin(cls, object.FromObject(d)), nil
}

// csvChar is _set_char and _set_char_or_none: a one-character str (or
// None when orNone).
func csvChar(name string, v object.Value, dflt rune, orNone bool) (rune, error) {
	if v.IsNull() {
		return dflt, nil
	}
	if orNone && v.IsNone() {
		return csvNotSet, nil
	}
	s, ok := v.Object().(*object.Str)
	if !ok {
		if orNone {
			return 0, object.Errorf(object.TypeError, "\"%s\" must be string or None, not %s", name, object.TypeOf(v).Name)
		}
		return 0, object.Errorf(object.TypeError, "\"%s\" must be string, not %s", name, object.TypeOf(v).Name)
	}
	rs := s.Runes()
	if len(rs) != 1 {
		return 0, object.Errorf(object.TypeError, "\"%s\" must be a 1-character string", name)
	}
	return rs[0], nil
}

// csvBool is _set_bool: any object's truth.
func csvBool(v object.Value, dflt bool) (bool, error) {
	if v.IsNull() {
		return dflt, nil
	}
	return object.Truth(v)
}

func (st *csvState) lookup(name object.Value) (object.Value, error) {
	d, ok, err := st.dialects.Get(name)
	if err != nil {
		return object.Null, err
	}
	if !ok {
		return object.Null, st.errf("unknown dialect")
	}
	return d, nil
}

// callDialect is _call_dialect: a Dialect made from a dialect (a name, a
// Dialect, any object with the attributes) and keyword overrides.
func (st *csvState) callDialect(dialect object.Value, args []object.Value, kw []string) (object.Value, error) {
	full := make([]object.Value, 0, 1+len(kw))
	if !dialect.IsNull() {
		full = append(full, dialect)
	}
	full = append(full, args[len(args)-len(kw):]...)
	return st.newDialect(st.dialectT, full, kw)
}

// Reader states (parse_process_char).
const (
	csvStartRecord = iota
	csvStartField
	csvEscapedChar
	csvInField
	csvInQuotedField
	csvEscapeInQuotedField
	csvQuoteInQuotedField
	csvEatCRNL
	csvAfterEscapedCRNL
)

func (r *csvReader) saveField() error {
	f := object.NewStrFromRunes(r.field)
	r.field = r.field[:0]
	if r.numeric {
		r.numeric = false
		v, err := object.Call(object.FromObject(object.FloatType), []object.Value{f}, nil)
		if err != nil {
			return err
		}
		f = v
	}
	r.fields = append(r.fields, f)
	return nil
}

func (r *csvReader) addChar(c rune) error {
	if int64(len(r.field)) >= r.st.fieldLimit {
		return r.st.errf("field larger than field limit (%d)", r.st.fieldLimit)
	}
	r.field = append(r.field, c)
	return nil
}

// endLine saves the field at a line's end and moves to the next record.
func (r *csvReader) endLine(c rune) error {
	if err := r.saveField(); err != nil {
		return err
	}
	if c == csvEOL {
		r.state = csvStartRecord
	} else {
		r.state = csvEatCRNL
	}
	return nil
}

func (r *csvReader) process(c rune) error {
	d := r.d
	switch r.state {
	case csvStartRecord:
		if c == csvEOL {
			return nil
		}
		if c == '\n' || c == '\r' {
			r.state = csvEatCRNL
			return nil
		}
		r.state = csvStartField
		fallthrough
	case csvStartField:
		switch {
		case c == '\n' || c == '\r' || c == csvEOL:
			return r.endLine(c)
		case c == d.quotechar && d.quoting != quoteNone:
			r.state = csvInQuotedField
		case c == d.escapechar:
			r.state = csvEscapedChar
		case c == ' ' && d.skipinitialspace:
		case c == d.delimiter:
			return r.saveField()
		default:
			if d.quoting == quoteNonNumeric {
				r.numeric = true
			}
			if err := r.addChar(c); err != nil {
				return err
			}
			r.state = csvInField
		}
	case csvEscapedChar:
		if c == '\n' || c == '\r' {
			if err := r.addChar(c); err != nil {
				return err
			}
			r.state = csvAfterEscapedCRNL
			return nil
		}
		if c == csvEOL {
			c = '\n'
		}
		if err := r.addChar(c); err != nil {
			return err
		}
		r.state = csvInField
	case csvAfterEscapedCRNL, csvInField:
		if r.state == csvAfterEscapedCRNL && c == csvEOL {
			return nil
		}
		r.state = csvInField
		switch {
		case c == '\n' || c == '\r' || c == csvEOL:
			return r.endLine(c)
		case c == d.escapechar:
			r.state = csvEscapedChar
		case c == d.delimiter:
			if err := r.saveField(); err != nil {
				return err
			}
			r.state = csvStartField
		default:
			return r.addChar(c)
		}
	case csvInQuotedField:
		switch {
		case c == csvEOL:
		case c == d.escapechar:
			r.state = csvEscapeInQuotedField
		case c == d.quotechar && d.quoting != quoteNone:
			if d.doublequote {
				r.state = csvQuoteInQuotedField
			} else {
				r.state = csvInField
			}
		default:
			return r.addChar(c)
		}
	case csvEscapeInQuotedField:
		if c == csvEOL {
			c = '\n'
		}
		if err := r.addChar(c); err != nil {
			return err
		}
		r.state = csvInQuotedField
	case csvQuoteInQuotedField:
		switch {
		case d.quoting != quoteNone && c == d.quotechar:
			if err := r.addChar(c); err != nil {
				return err
			}
			r.state = csvInQuotedField
		case c == d.delimiter:
			if err := r.saveField(); err != nil {
				return err
			}
			r.state = csvStartField
		case c == '\n' || c == '\r' || c == csvEOL:
			return r.endLine(c)
		case !d.strict:
			if err := r.addChar(c); err != nil {
				return err
			}
			r.state = csvInField
		default:
			return r.st.errf("'%c' expected after '%c'", d.delimiter, d.quotechar)
		}
	case csvEatCRNL:
		switch {
		case c == '\n' || c == '\r':
		case c == csvEOL:
			r.state = csvStartRecord
		default:
			return r.st.errf("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")
		}
	}
	return nil
}

// Next is Reader_iternext: one record from as many lines as it takes.
func (r *csvReader) Next() (object.Value, bool, error) {
	r.fields = nil
	r.field = r.field[:0]
	r.state = csvStartRecord
	r.numeric = false
	for {
		line, ok, err := object.Next(r.input)
		if err != nil {
			return object.Null, false, err
		}
		if !ok {
			if len(r.field) != 0 || r.state == csvInQuotedField {
				if r.d.strict {
					return object.Null, false, r.st.errf("unexpected end of data")
				}
				if err := r.saveField(); err != nil {
					return object.Null, false, err
				}
				break
			}
			return object.Null, false, nil
		}
		s, isStr := line.Object().(*object.Str)
		if !isStr {
			return object.Null, false, r.st.errf("iterator should return strings, not %s (the file should be opened in text mode)", object.TypeOf(line).Name)
		}
		r.lineNum++
		if strings.IndexByte(s.S, 0) >= 0 {
			return object.Null, false, r.st.errf("line contains NUL")
		}
		for _, c := range s.Runes() {
			if err := r.process(c); err != nil {
				return object.Null, false, err
			}
		}
		if err := r.process(csvEOL); err != nil {
			return object.Null, false, err
		}
		if r.state == csvStartRecord {
			break
		}
	}
	fields := r.fields
	r.fields = nil
	return object.FromObject(object.NewList(fields...)), true, nil
}

// appendField is join_append: one field added to the record rec, quoted
// and escaped as the dialect says.
func (w *csvWriter) appendField(rec []rune, nfields int, field string, quoted bool) ([]rune, error) {
	d := w.d
	if nfields > 0 {
		rec = append(rec, d.delimiter)
	}
	var body []rune
	for _, c := range object.DecodeRunes(field) {
		if c == d.delimiter || c == d.escapechar || c == d.quotechar || strings.ContainsRune(d.lineterminator, c) {
			wantEscape := false
			if d.quoting == quoteNone {
				wantEscape = true
			} else {
				if c == d.quotechar {
					if d.doublequote {
						body = append(body, d.quotechar)
					} else {
						wantEscape = true
					}
				} else if c == d.escapechar {
					wantEscape = true
				}
				if !wantEscape {
					quoted = true
				}
			}
			if wantEscape {
				if d.escapechar == csvNotSet {
					return nil, w.st.errf("need to escape, but no escapechar set")
				}
				body = append(body, d.escapechar)
			}
		}
		body = append(body, c)
	}
	if quoted {
		rec = append(rec, d.quotechar)
		rec = append(rec, body...)
		return append(rec, d.quotechar), nil
	}
	return append(rec, body...), nil
}

// writerow is csv_writerow.
func (w *csvWriter) writerow(seq object.Value) (object.Value, error) {
	d := w.d
	it, err := object.GetIter(seq)
	if err != nil {
		if object.ExceptionMatches(err, object.TypeError) {
			return object.Null, w.st.errf("iterable expected, not %s", object.TypeOf(seq).Name)
		}
		return object.Null, err
	}
	var rec []rune
	n := 0
	for {
		field, ok, err := object.Next(it)
		if err != nil {
			return object.Null, err
		}
		if !ok {
			break
		}
		quoted := false
		switch d.quoting {
		case quoteNonNumeric:
			quoted = !numberCheck(field)
		case quoteAll:
			quoted = true
		}
		s := ""
		if str, ok := field.Object().(*object.Str); ok {
			s = str.S
		} else if !field.IsNone() {
			if s, err = object.StrOf(field); err != nil {
				return object.Null, err
			}
		}
		if rec, err = w.appendField(rec, n, s, quoted); err != nil {
			return object.Null, err
		}
		n++
	}
	if n > 0 && len(rec) == 0 {
		if d.quoting == quoteNone {
			return object.Null, w.st.errf("single empty field record must be quoted")
		}
		rec, _ = w.appendField(rec, 0, "", true)
	}
	line := object.RunesToString(rec) + d.lineterminator
	return object.Call(w.write, []object.Value{object.NewStr(line)}, nil)
}

const csvDoc = "CSV reading and writing (PEP 305): the parser, the writer and the dialect\nregistry under Lib's csv module."

func newCSV(in *vm.Interp) (*object.Module, error) {
	m := newModule("_csv", csvDoc)
	st := &csvState{errT: newException("_csv", "Error", object.Exception), dialects: object.NewDict(0), fieldLimit: 128 * 1024}
	st.makeTypes()
	setAttr(m, "__version__", object.NewStr("1.0"))
	setAttr(m, "QUOTE_MINIMAL", object.Int(quoteMinimal))
	setAttr(m, "QUOTE_ALL", object.Int(quoteAll))
	setAttr(m, "QUOTE_NONNUMERIC", object.Int(quoteNonNumeric))
	setAttr(m, "QUOTE_NONE", object.Int(quoteNone))
	setAttr(m, "Dialect", object.FromObject(st.dialectT))
	setAttr(m, "Reader", object.FromObject(st.readerT))
	setAttr(m, "Writer", object.FromObject(st.writerT))
	setAttr(m, "Error", object.FromObject(st.errT))
	setAttr(m, "_dialects", object.FromObject(st.dialects))

	unpack := func(args []object.Value, kw []string, max int) ([]object.Value, error) {
		pos := args[:len(args)-len(kw)]
		if err := object.CheckPositional("", len(pos), 1, max); err != nil {
			return nil, err
		}
		return pos, nil
	}
	defFunc(m, "reader", func(args []object.Value, kw []string) (object.Value, error) {
		pos, err := unpack(args, kw, 2)
		if err != nil {
			return object.Null, err
		}
		it, err := object.GetIter(pos[0])
		if err != nil {
			return object.Null, err
		}
		var dv object.Value
		if len(pos) > 1 {
			dv = pos[1]
		}
		dialect, err := st.callDialect(dv, args, kw)
		if err != nil {
			return object.Null, err
		}
		r := &csvReader{st: st, dialect: dialect, d: object.Unwrap(dialect).Object().(*csvDialect), input: it}
		return object.FromObject(r), nil
	})
	defFunc(m, "writer", func(args []object.Value, kw []string) (object.Value, error) {
		pos, err := unpack(args, kw, 2)
		if err != nil {
			return object.Null, err
		}
		write, err := object.GetAttrString(pos[0], "write")
		if err != nil && !object.ExceptionMatches(err, object.AttributeError) {
			return object.Null, err
		}
		if err != nil || !object.IsCallable(write) {
			return object.Null, object.Errorf(object.TypeError, "argument 1 must have a \"write\" method")
		}
		var dv object.Value
		if len(pos) > 1 {
			dv = pos[1]
		}
		dialect, err := st.callDialect(dv, args, kw)
		if err != nil {
			return object.Null, err
		}
		return object.FromObject(&csvWriter{st: st, dialect: dialect, d: object.Unwrap(dialect).Object().(*csvDialect), write: write}), nil
	})
	defFunc(m, "list_dialects", func(args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("", "list_dialects", args, kw, 0, 0); err != nil {
			return object.Null, err
		}
		var keys []object.Value
		for k := range st.dialects.All() {
			keys = append(keys, k)
		}
		return object.FromObject(object.NewList(keys...)), nil
	})
	defFunc(m, "register_dialect", func(args []object.Value, kw []string) (object.Value, error) {
		pos, err := unpack(args, kw, 2)
		if err != nil {
			return object.Null, err
		}
		if _, ok := pos[0].Object().(*object.Str); !ok {
			return object.Null, object.Errorf(object.TypeError, "dialect name must be a string")
		}
		var dv object.Value
		if len(pos) > 1 {
			dv = pos[1]
		}
		dialect, err := st.callDialect(dv, args, kw)
		if err != nil {
			return object.Null, err
		}
		if err := st.dialects.Set(pos[0], dialect); err != nil {
			return object.Null, err
		}
		return object.None, nil
	})
	defFunc(m, "unregister_dialect", func(args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("", "unregister_dialect", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		ok, err := st.dialects.Delete(args[0])
		if err != nil {
			return object.Null, err
		}
		if !ok {
			return object.Null, st.errf("unknown dialect")
		}
		return object.None, nil
	})
	defFunc(m, "get_dialect", func(args []object.Value, kw []string) (object.Value, error) {
		if err := funcPosOnly("", "get_dialect", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		return st.lookup(args[0])
	})
	defFunc(m, "field_size_limit", func(args []object.Value, kw []string) (object.Value, error) {
		if len(kw) > 0 {
			return object.Null, object.Errorf(object.TypeError, "field_size_limit() takes no keyword arguments")
		}
		if err := object.CheckPositional("field_size_limit", len(args), 0, 1); err != nil {
			return object.Null, err
		}
		old := st.fieldLimit
		if len(args) == 1 {
			v := args[0]
			if !v.IsInt() && object.TypeOf(v) != object.IntType {
				return object.Null, object.Errorf(object.TypeError, "limit must be an integer")
			}
			n, ok := v.AsInt()
			if !ok {
				return object.Null, object.Errorf(object.OverflowError, "Python int too large to convert to C long")
			}
			st.fieldLimit = n
		}
		return object.Int(old), nil
	})
	for name, doc := range map[string]string{
		"reader":             "reader(iterable, dialect='excel', **fmtparams) -> an iterator over the rows\nparsed from the lines iterable yields.",
		"writer":             "writer(fileobj, dialect='excel', **fmtparams) -> a writer whose writerow and\nwriterows write CSV lines to fileobj.write.",
		"list_dialects":      "Return the names of the registered dialects.",
		"register_dialect":   "register_dialect(name, dialect=None, **fmtparams): register a dialect under name.",
		"unregister_dialect": "unregister_dialect(name): remove a registered dialect.",
		"get_dialect":        "get_dialect(name) -> the dialect registered under name.",
		"field_size_limit":   "field_size_limit([limit]) -> the old limit on a parsed field's size;\nwith limit, set a new one.",
	} {
		setFuncDoc(m, name, doc)
	}
	return m, nil
}
