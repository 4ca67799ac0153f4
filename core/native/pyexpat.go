package native

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// pyexpat, the module CPython builds on the expat C library, here on an
// incremental XML 1.0 tokenizer of its own (expat_tokens.go). It reports
// what expat 2.5 reports to pyexpat's handlers: the same events in the same
// pieces (character data split at newlines and references unless
// buffer_text is set, markup without a handler given to the default
// handler as its source text), the same error codes, messages and
// positions for malformed documents, namespaces joined with the
// separator. It reads UTF-8, UTF-16 (by its byte order mark),
// ISO-8859-1 and US-ASCII itself, and other declared encodings through
// Python's codecs, as pyexpat's unknown-encoding handler does. Not
// done: validation against a DTD (expat does not validate either),
// attribute defaults from a DTD's ATTLIST, external entities (no
// ExternalEntityRefHandler call; ExternalEntityParserCreate raises
// NotImplementedError), and ElementDeclHandler/AttlistDeclHandler, whose
// declarations go to the default handler.

func init() { register("pyexpat", newPyexpat) }

// The handler slots, in pyexpat's order.
const (
	hStartElement = iota
	hEndElement
	hProcessingInstruction
	hCharacterData
	hUnparsedEntityDecl
	hNotationDecl
	hStartNamespaceDecl
	hEndNamespaceDecl
	hComment
	hStartCdataSection
	hEndCdataSection
	hDefault
	hDefaultExpand
	hNotStandalone
	hExternalEntityRef
	hStartDoctypeDecl
	hEndDoctypeDecl
	hEntityDecl
	hXmlDecl
	hElementDecl
	hAttlistDecl
	hSkippedEntity
	nExpatHandlers
)

var expatHandlerNames = [nExpatHandlers]string{
	"StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
	"CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
	"StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
	"StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
	"DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
	"StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler",
	"XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
}

// expatMessages are XML_ErrorString's messages, by error code.
var expatMessages = []string{
	"", "out of memory", "syntax error", "no element found", "not well-formed (invalid token)",
	"unclosed token", "partial character", "mismatched tag", "duplicate attribute",
	"junk after document element", "illegal parameter entity reference", "undefined entity",
	"recursive entity reference", "asynchronous entity", "reference to invalid character number",
	"reference to binary entity", "reference to external entity in attribute",
	"XML or text declaration not at start of entity", "unknown encoding",
	"encoding specified in XML declaration is incorrect", "unclosed CDATA section",
	"error in processing external entity reference", "document is not standalone",
	"unexpected parser state - please send a bug report", "entity declared in parameter entity",
	"requested feature requires XML_DTD support in Expat", "cannot change setting once parsing has begun",
	"unbound prefix", "must not undeclare prefix", "incomplete markup in parameter entity",
	"XML declaration not well-formed", "text declaration not well-formed",
	"illegal character(s) in public id", "parser suspended", "parser not suspended",
	"parsing aborted", "parsing finished", "cannot suspend in external parameter entity",
}

// The error codes the tokenizer raises.
const (
	xeSyntax          = 2
	xeNoElements      = 3
	xeInvalidToken    = 4
	xeUnclosedToken   = 5
	xePartialChar     = 6
	xeTagMismatch     = 7
	xeDuplicateAttr   = 8
	xeJunkAfterDoc    = 9
	xeUndefinedEntity = 11
	xeRecursiveEntity = 12
	xeBadCharRef      = 14
	xeMisplacedDecl   = 17
	xeUnknownEncoding = 18
	xeIncorrectEnc    = 19
	xeUnclosedCdata   = 20
	xeUnboundPrefix   = 27
	xeUndeclPrefix    = 28
	xeXMLDecl         = 30
	xeFinished        = 36
)

type expatModule struct {
	errType    *object.Type
	parserType *object.Type
}

func newPyexpat(in *vm.Interp) (*object.Module, error) {
	m := newModule("pyexpat", "Python wrapper for Expat parser.")
	em := &expatModule{}
	em.errType = newException("xml.parsers.expat", "ExpatError", object.Exception)
	setAttr(m, "ExpatError", object.FromObject(em.errType))
	setAttr(m, "error", object.FromObject(em.errType))
	em.parserType = em.makeParserType()
	setAttr(m, "XMLParserType", object.FromObject(em.parserType))
	setAttr(m, "EXPAT_VERSION", object.NewStr("expat_2.5.0"))
	setAttr(m, "version_info", object.TupleValue(object.Int(2), object.Int(5), object.Int(0)))
	setAttr(m, "native_encoding", object.NewStr("UTF-8"))
	feature := func(name string, v int64) object.Value {
		return object.TupleValue(object.NewStr(name), object.Int(v))
	}
	setAttr(m, "features", object.FromObject(object.NewList(
		feature("sizeof(XML_Char)", 1), feature("sizeof(XML_LChar)", 1), feature("XML_DTD", 0),
		feature("XML_CONTEXT_BYTES", 1024), feature("XML_NS", 0))))
	for i, n := range []string{"NEVER", "UNLESS_STANDALONE", "ALWAYS"} {
		setAttr(m, "XML_PARAM_ENTITY_PARSING_"+n, object.Int(int64(i)))
	}
	defFunc(m, "ErrorString", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("ErrorString", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		code, err := cInt(args[0])
		if err != nil {
			return object.Null, err
		}
		if code <= 0 || code >= len(expatMessages) {
			return object.None, nil
		}
		return object.NewStr(expatMessages[code]), nil
	})
	defFunc(m, "ParserCreate", func(args []object.Value, kw []string) (object.Value, error) {
		var a [3]object.Value
		if err := object.ParseArgs("ParserCreate", args, kw, []string{"encoding", "namespace_separator", "intern"}, 3, 0, a[:]); err != nil {
			return object.Null, err
		}
		p := &expatParser{mod: em, bufferSize: 8192}
		p.standalone = -1
		p.pos.line = 1
		if !a[0].IsNull() && !a[0].IsNone() {
			s, ok := a[0].Object().(*object.Str)
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "ParserCreate() argument 'encoding' must be str or None, not %s", object.TypeOf(a[0]).Name)
			}
			p.encoding = s.S
		}
		if !a[1].IsNull() && !a[1].IsNone() {
			s, ok := a[1].Object().(*object.Str)
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "ParserCreate() argument 'namespace_separator' must be str or None, not %s", object.TypeOf(a[1]).Name)
			}
			if utf8.RuneCountInString(s.S) > 1 {
				return object.Null, object.Errorf(object.ValueError, "namespace_separator must be at most one character, omitted, or None")
			}
			p.ns, p.nsSep = true, s.S
		}
		switch {
		case a[2].IsNull():
			p.intern = object.FromObject(object.NewDict(0))
		case a[2].IsNone():
			p.intern = object.None
		default:
			if _, ok := a[2].Object().(*object.Dict); !ok {
				return object.Null, object.Errorf(object.TypeError, "intern must be a dictionary")
			}
			p.intern = a[2]
		}
		for i := range p.handlers {
			p.handlers[i] = object.None
		}
		return object.FromObject(p), nil
	})
	model := newModule("pyexpat.model", "Constants used to interpret content model information.")
	for _, c := range []struct {
		name string
		v    int64
	}{{"XML_CTYPE_EMPTY", 1}, {"XML_CTYPE_ANY", 2}, {"XML_CTYPE_MIXED", 3}, {"XML_CTYPE_NAME", 4},
		{"XML_CTYPE_CHOICE", 5}, {"XML_CTYPE_SEQ", 6}, {"XML_CQUANT_NONE", 0}, {"XML_CQUANT_OPT", 1},
		{"XML_CQUANT_REP", 2}, {"XML_CQUANT_PLUS", 3}} {
		setAttr(model, c.name, object.Int(c.v))
	}
	setAttr(m, "model", object.FromObject(model))
	errs := newModule("pyexpat.errors", "Constants used to describe error conditions.")
	codes, messages := object.NewDict(len(expatMessages)), object.NewDict(len(expatMessages))
	errNames := []string{"", "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN",
		"PARTIAL_CHAR", "TAG_MISMATCH", "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT", "PARAM_ENTITY_REF",
		"UNDEFINED_ENTITY", "RECURSIVE_ENTITY_REF", "ASYNC_ENTITY", "BAD_CHAR_REF", "BINARY_ENTITY_REF",
		"ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI", "UNKNOWN_ENCODING", "INCORRECT_ENCODING",
		"UNCLOSED_CDATA_SECTION", "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE", "UNEXPECTED_STATE",
		"ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD", "CANT_CHANGE_FEATURE_ONCE_PARSING",
		"UNBOUND_PREFIX", "UNDECLARING_PREFIX", "INCOMPLETE_PE", "XML_DECL", "TEXT_DECL", "PUBLICID",
		"SUSPENDED", "NOT_SUSPENDED", "ABORTED", "FINISHED", "SUSPEND_PE"}
	for code := 1; code < len(expatMessages); code++ {
		msg := object.NewStr(expatMessages[code])
		setAttr(errs, "XML_ERROR_"+errNames[code], msg)
		codes.Set(msg, object.Int(int64(code)))
		messages.Set(object.Int(int64(code)), msg)
	}
	setAttr(errs, "codes", object.FromObject(codes))
	setAttr(errs, "messages", object.FromObject(messages))
	setAttr(m, "errors", object.FromObject(errs))
	return m, nil
}

// expatParser is a pyexpat.xmlparser.
type expatParser struct {
	mod      *expatModule
	handlers [nExpatHandlers]object.Value
	ns       bool   // namespace processing (ParserCreate's namespace_separator)
	nsSep    string // its separator
	encoding string // ParserCreate's encoding ("": from the document)
	intern   object.Value

	bufferText, ordered, specified, nsPrefixes bool
	peParsing                                  int  // SetParamEntityParsing's flag
	foreignDTD                                 bool // UseForeignDTD
	bufferSize                                 int
	text                                       strings.Builder // buffered character data
	base                                       object.Value

	expatTokenizer
}

// Type returns pyexpat.xmlparser.
func (p *expatParser) Type() *object.Type { return p.mod.parserType }

func (em *expatModule) makeParserType() *object.Type {
	t := object.NewBuiltinType("pyexpat.xmlparser", nil)
	self := func(v object.Value) *expatParser { return v.Object().(*expatParser) }
	for i, name := range expatHandlerNames {
		i := i
		t.AddGetSet(name, func(v object.Value) (object.Value, error) {
			return self(v).handlers[i], nil
		}, func(v, h object.Value) error {
			p := self(v)
			if i == hCharacterData {
				if err := p.flushText(); err != nil {
					return err
				}
			}
			if h.IsNull() {
				h = object.None
			}
			p.handlers[i] = h
			return nil
		})
	}
	boolAttr := func(name string, field func(p *expatParser) *bool, onSet func(p *expatParser, on bool) error) {
		t.AddGetSet(name, func(v object.Value) (object.Value, error) {
			return object.Bool(*field(self(v))), nil
		}, func(v, x object.Value) error {
			if x.IsNull() {
				return object.Errorf(object.AttributeError, "cannot delete attribute")
			}
			on, err := object.Truth(x)
			if err != nil {
				return err
			}
			p := self(v)
			if onSet != nil {
				if err := onSet(p, on); err != nil {
					return err
				}
			}
			*field(p) = on
			return nil
		})
	}
	boolAttr("buffer_text", func(p *expatParser) *bool { return &p.bufferText }, func(p *expatParser, on bool) error {
		if !on {
			return p.flushText()
		}
		return nil
	})
	boolAttr("ordered_attributes", func(p *expatParser) *bool { return &p.ordered }, nil)
	boolAttr("specified_attributes", func(p *expatParser) *bool { return &p.specified }, nil)
	boolAttr("namespace_prefixes", func(p *expatParser) *bool { return &p.nsPrefixes }, nil)
	t.AddGetSet("buffer_size", func(v object.Value) (object.Value, error) {
		return object.Int(int64(self(v).bufferSize)), nil
	}, func(v, x object.Value) error {
		if x.IsNull() {
			return object.Errorf(object.AttributeError, "cannot delete attribute")
		}
		if !x.IsInt() && object.TypeOf(x) != object.TypeOf(object.Int(0)) {
			return object.Errorf(object.TypeError, "buffer_size must be an integer")
		}
		n, err := cInt(x)
		if err != nil {
			return err
		}
		if n <= 0 {
			return object.Errorf(object.ValueError, "buffer_size must be greater than zero")
		}
		p := self(v)
		if err := p.flushText(); err != nil {
			return err
		}
		p.bufferSize = n
		return nil
	})
	t.AddGetter("buffer_used", func(v object.Value) (object.Value, error) {
		return object.Int(int64(self(v).text.Len())), nil
	})
	t.AddGetter("intern", func(v object.Value) (object.Value, error) { return self(v).intern, nil })
	intGetter := func(name string, get func(p *expatParser) int64) {
		t.AddGetter(name, func(v object.Value) (object.Value, error) { return object.Int(get(self(v))), nil })
	}
	intGetter("ErrorCode", func(p *expatParser) int64 { return int64(p.errCode) })
	// expat's XML_GetErrorLineNumber and friends are its current-position
	// functions: in a handler they give the handler's position.
	intGetter("ErrorLineNumber", func(p *expatParser) int64 { return int64(p.cur.line) })
	intGetter("ErrorColumnNumber", func(p *expatParser) int64 { return int64(p.cur.col) })
	intGetter("ErrorByteIndex", func(p *expatParser) int64 {
		if !p.started {
			return -1
		}
		return p.cur.off
	})
	intGetter("CurrentLineNumber", func(p *expatParser) int64 { return int64(p.cur.line) })
	intGetter("CurrentColumnNumber", func(p *expatParser) int64 { return int64(p.cur.col) })
	intGetter("CurrentByteIndex", func(p *expatParser) int64 {
		if !p.started {
			return -1
		}
		return p.cur.off
	})

	t.AddMethod("Parse", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs("Parse", args, kw, []string{"", "isfinal"}, 2, 1, a[:]); err != nil {
			return object.Null, err
		}
		final := false
		if !a[1].IsNull() {
			f, err := object.Truth(a[1])
			if err != nil {
				return object.Null, err
			}
			final = f
		}
		p := self(v)
		var data []byte
		if s, ok := a[0].Object().(*object.Str); ok {
			data = []byte(s.S)
			if !p.started {
				p.forceUTF8 = true
			}
		} else if b, ok := object.BytesLike(a[0]); ok {
			data = b
		} else {
			return object.Null, object.Errorf(object.TypeError, "a bytes-like object is required, not '%s'", object.TypeOf(a[0]).Name)
		}
		if err := p.parse(data, final); err != nil {
			return object.Null, err
		}
		return object.Int(1), nil
	})
	t.AddMethod("ParseFile", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("ParseFile", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		read, err := object.GetAttr(args[0], object.Intern("read"))
		if err != nil {
			if object.ExceptionMatches(err, object.AttributeError) {
				return object.Null, object.Errorf(object.TypeError, "argument must have 'read' attribute")
			}
			return object.Null, err
		}
		p := self(v)
		for {
			chunk, err := object.Call(read, []object.Value{object.Int(2048)}, nil)
			if err != nil {
				return object.Null, err
			}
			var data []byte
			if s, ok := chunk.Object().(*object.Str); ok {
				data = []byte(s.S)
				if !p.started {
					p.forceUTF8 = true
				}
			} else if b, ok := object.BytesLike(chunk); ok {
				data = b
			} else {
				return object.Null, object.Errorf(object.TypeError, "read() did not return a bytes object (type=%s)", object.TypeOf(chunk).Name)
			}
			if err := p.parse(data, len(data) == 0); err != nil {
				return object.Null, err
			}
			if len(data) == 0 {
				return object.Int(1), nil
			}
		}
	})
	t.AddMethod("SetBase", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("SetBase", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		if _, ok := args[0].Object().(*object.Str); !ok {
			return object.Null, object.Errorf(object.TypeError, "SetBase() argument must be str, not %s", object.TypeOf(args[0]).Name)
		}
		self(v).base = args[0]
		return object.None, nil
	})
	t.AddMethod("GetBase", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("GetBase", args, kw); err != nil {
			return object.Null, err
		}
		if b := self(v).base; !b.IsNull() {
			return b, nil
		}
		return object.None, nil
	})
	t.AddMethod("GetInputContext", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("GetInputContext", args, kw); err != nil {
			return object.Null, err
		}
		p := self(v)
		if !p.inCallback {
			return object.None, nil
		}
		return object.NewBytes([]byte(p.context())), nil
	})
	t.AddMethod("SetParamEntityParsing", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("SetParamEntityParsing", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		flag, err := cInt(args[0])
		if err != nil {
			return object.Null, err
		}
		p := self(v)
		if p.started {
			return object.Int(0), nil
		}
		p.peParsing = flag
		return object.Int(1), nil
	})
	t.AddMethod("UseForeignDTD", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("UseForeignDTD", args, kw, 0, 1); err != nil {
			return object.Null, err
		}
		p := self(v)
		if p.started {
			return object.Null, p.expatError(26, p.pos)
		}
		use := true
		if len(args) == 1 {
			var err error
			if use, err = object.Truth(args[0]); err != nil {
				return object.Null, err
			}
		}
		p.foreignDTD = use
		return object.None, nil
	})
	t.AddMethod("ExternalEntityParserCreate", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.Null, object.Errorf(object.NotImplementedError, "pyvar's pyexpat does not parse external entities")
	})
	return t
}

// expatError is the ExpatError of code at pos, recorded in the parser's
// Error* attributes.
func (p *expatParser) expatError(code int, pos xmlPos) error {
	p.errCode, p.errPos, p.cur = code, pos, pos
	e := object.NewException(p.mod.errType, object.NewStr(expatMessages[code]+": line "+strconv.Itoa(pos.line)+", column "+strconv.Itoa(pos.col)))
	ev := object.FromObject(e)
	for _, kv := range []struct {
		k string
		v int
	}{{"code", code}, {"offset", pos.col}, {"lineno", pos.line}} {
		if err := object.SetAttr(ev, object.Intern(kv.k), object.Int(int64(kv.v))); err != nil {
			return err
		}
	}
	return e
}

// parse feeds data to the tokenizer and runs the handlers of what it
// completes.
func (p *expatParser) parse(data []byte, final bool) error {
	if p.finished {
		return p.expatError(xeFinished, p.pos)
	}
	if p.failed != nil {
		return p.failed
	}
	p.started = true
	if err := p.feed(data); err != nil {
		p.failed = err
		return err
	}
	err := p.run(final)
	if err == nil {
		err = p.flushText()
	}
	if err != nil {
		p.failed = err
		return err
	}
	if final {
		p.finished = true
	}
	return nil
}

// intern returns s as the parser's intern dict's copy.
func (p *expatParser) name(s string) object.Value {
	d, ok := p.intern.Object().(*object.Dict)
	if !ok {
		return object.NewStr(s)
	}
	k := object.NewStr(s)
	if v, found, _ := d.Get(k); found {
		return v
	}
	d.Set(k, k)
	return k
}

func (p *expatParser) has(h int) bool { return !p.handlers[h].IsNone() }

// call runs handler h, after the character data buffered before it (as
// each of pyexpat's handler wrappers flushes it first).
func (p *expatParser) call(h int, args ...object.Value) error {
	if err := p.flushText(); err != nil {
		return err
	}
	return p.invoke(h, args...)
}

func (p *expatParser) invoke(h int, args ...object.Value) error {
	p.inCallback = true
	_, err := object.Call(p.handlers[h], args, nil)
	p.inCallback = false
	return err
}

// The event interface the tokenizer drives (expatEvents).

func (p *expatParser) flushText() error {
	if p.text.Len() == 0 {
		return nil
	}
	s := p.text.String()
	p.text.Reset()
	if !p.has(hCharacterData) {
		return nil
	}
	return p.invoke(hCharacterData, object.NewStr(s))
}

func (p *expatParser) charData(s string, raw string) error {
	if !p.has(hCharacterData) {
		if p.defaultHandler() >= 0 {
			return p.defaultText(raw)
		}
		return nil
	}
	if p.bufferText {
		if p.text.Len()+len(s) > p.bufferSize {
			if err := p.flushText(); err != nil {
				return err
			}
		}
		if len(s) > p.bufferSize {
			return p.call(hCharacterData, object.NewStr(s))
		}
		p.text.WriteString(s)
		return nil
	}
	return p.call(hCharacterData, object.NewStr(s))
}

// defaultHandler is the default handler in use: DefaultHandler wins over
// DefaultHandlerExpand as in expat, -1 when neither is set.
func (p *expatParser) defaultHandler() int {
	switch {
	case p.has(hDefault):
		return hDefault
	case p.has(hDefaultExpand):
		return hDefaultExpand
	}
	return -1
}

func (p *expatParser) expandEntities() bool { return !p.has(hDefault) }

func (p *expatParser) defaultText(raw string) error {
	h := p.defaultHandler()
	if h < 0 || raw == "" {
		return nil
	}
	return p.call(h, object.NewStr(raw))
}

func (p *expatParser) startElement(name string, attrs []string, raw string) error {
	if !p.has(hStartElement) {
		return p.defaultText(raw)
	}
	var a object.Value
	if p.ordered {
		items := make([]object.Value, len(attrs))
		for i, s := range attrs {
			if i%2 == 0 {
				items[i] = p.name(s)
			} else {
				items[i] = object.NewStr(s)
			}
		}
		a = object.FromObject(object.NewList(items...))
	} else {
		d := object.NewDict(len(attrs) / 2)
		for i := 0; i < len(attrs); i += 2 {
			d.Set(p.name(attrs[i]), object.NewStr(attrs[i+1]))
		}
		a = object.FromObject(d)
	}
	return p.call(hStartElement, p.name(name), a)
}

func (p *expatParser) endElement(name string, raw string) error {
	if !p.has(hEndElement) {
		return p.defaultText(raw)
	}
	return p.call(hEndElement, p.name(name))
}

func (p *expatParser) namespaceDecl(start bool, prefix, uri string) error {
	h := hEndNamespaceDecl
	if start {
		h = hStartNamespaceDecl
	}
	if !p.has(h) {
		return nil
	}
	pre := object.None
	if prefix != "" {
		pre = p.name(prefix)
	}
	if !start {
		return p.call(h, pre)
	}
	u := object.None
	if uri != "" {
		u = object.NewStr(uri)
	}
	return p.call(h, pre, u)
}

func (p *expatParser) simple(h int, raw string, args ...string) error {
	if !p.has(h) {
		return p.defaultText(raw)
	}
	vals := make([]object.Value, len(args))
	for i, s := range args {
		vals[i] = object.NewStr(s)
	}
	return p.call(h, vals...)
}

func (p *expatParser) xmlDecl(version, encoding string, standalone int, raw string) error {
	if !p.has(hXmlDecl) {
		return p.defaultText(raw)
	}
	opt := func(s string) object.Value {
		if s == "" {
			return object.None
		}
		return object.NewStr(s)
	}
	return p.call(hXmlDecl, opt(version), opt(encoding), object.Int(int64(standalone)))
}

func (p *expatParser) doctype(start bool, name, sysid, pubid string, internal bool) error {
	if !start {
		if p.has(hEndDoctypeDecl) {
			return p.call(hEndDoctypeDecl)
		}
		return nil
	}
	if !p.has(hStartDoctypeDecl) {
		return nil
	}
	opt := func(s string, set bool) object.Value {
		if !set {
			return object.None
		}
		return object.NewStr(s)
	}
	return p.call(hStartDoctypeDecl, p.name(name), opt(sysid, sysid != "" || pubid != ""), opt(pubid, pubid != ""), object.Int(map[bool]int64{false: 0, true: 1}[internal]))
}

func (p *expatParser) entityDecl(name string, param bool, value string, hasValue bool, sysid, pubid, notation string) error {
	if notation != "" && p.has(hUnparsedEntityDecl) {
		return p.call(hUnparsedEntityDecl, p.name(name), object.None, object.NewStr(sysid), optStr(pubid), p.name(notation))
	}
	if !p.has(hEntityDecl) {
		return nil
	}
	v := object.None
	if hasValue {
		v = object.NewStr(value)
	}
	sys := object.None
	if !hasValue {
		sys = object.NewStr(sysid)
	}
	nt := object.None
	if notation != "" {
		nt = p.name(notation)
	}
	return p.call(hEntityDecl, p.name(name), object.Int(map[bool]int64{false: 0, true: 1}[param]), v, object.None, sys, optStr(pubid), nt)
}

func (p *expatParser) notationDecl(name, sysid, pubid string) error {
	if !p.has(hNotationDecl) {
		return nil
	}
	return p.call(hNotationDecl, p.name(name), object.None, optStr(sysid), optStr(pubid))
}

func (p *expatParser) skippedEntity(name string, raw string) error {
	if p.has(hSkippedEntity) {
		return p.call(hSkippedEntity, object.NewStr(name), object.Int(0))
	}
	return p.defaultText(raw)
}

// externalSubset tells ExternalEntityRefHandler about the document's
// external DTD subset (or, with UseForeignDTD, one the document lacks)
// when parameter entities are parsed, as expat does before the end of the
// DOCTYPE or the root element.
func (p *expatParser) externalSubset(sysid, pubid string) error {
	if p.peParsing == 0 || p.peParsing == 1 && p.standalone == 1 || !p.has(hExternalEntityRef) {
		return nil
	}
	base := p.base
	if base.IsNull() {
		base = object.None
	}
	return p.call(hExternalEntityRef, object.None, base, optStr(sysid), optStr(pubid))
}

// externalRef reports a reference to an external parsed entity: to
// ExternalEntityRefHandler (whose false result is expat's error 21), else
// to the default handler.
func (p *expatParser) externalRef(name, raw string) error {
	if !p.has(hExternalEntityRef) {
		return p.defaultText(raw)
	}
	ids := p.external[name]
	base := p.base
	if base.IsNull() {
		base = object.None
	}
	return p.ask(hExternalEntityRef, 21, object.NewStr(name), base, optStr(ids[0]), optStr(ids[1]))
}

// ask runs handler h, whose false answer is expat's error code.
func (p *expatParser) ask(h, code int, args ...object.Value) error {
	if err := p.flushText(); err != nil {
		return err
	}
	p.inCallback = true
	r, err := object.Call(p.handlers[h], args, nil)
	p.inCallback = false
	if err != nil {
		return err
	}
	if ok, err := object.Truth(r); err != nil || !ok {
		if err != nil {
			return err
		}
		return p.expatError(code, p.cur)
	}
	return nil
}

// notStandalone asks NotStandaloneHandler about a document that refers to
// an external DTD or a parameter entity without standalone="yes": a
// false answer is expat's error 22.
func (p *expatParser) notStandalone() error {
	if p.standalone == 1 || p.peParsing != 0 || !p.has(hNotStandalone) {
		// With parameter entities parsed, the external subset is read
		// through ExternalEntityRefHandler instead.
		return nil
	}
	return p.ask(hNotStandalone, 22)
}

func (p *expatParser) attlistHandler(elem, name, typ, value string, hasDefault, required bool) error {
	if !p.has(hAttlistDecl) {
		return nil
	}
	def := object.None
	if hasDefault {
		def = object.NewStr(value)
	}
	req := object.Int(0)
	if required {
		req = object.Int(1)
	}
	return p.call(hAttlistDecl, p.name(elem), p.name(name), object.NewStr(typ), def, req)
}

func (p *expatParser) decodeWith(encoding string, data []byte) (string, error) {
	r, _, err := object.CallMethod(object.NewBytes(data), object.Intern("decode"), object.NewStr(encoding))
	if err != nil {
		return "", err
	}
	s, ok := r.Object().(*object.Str)
	if !ok {
		return "", object.Errorf(object.TypeError, "decoder did not return a str")
	}
	return s.S, nil
}

func optStr(s string) object.Value {
	if s == "" {
		return object.None
	}
	return object.NewStr(s)
}

// utf16ToUTF8 decodes UTF-16 code units (bigEndian or not) from b,
// returning the text and the bytes of an incomplete unit or pair left over.
func utf16ToUTF8(b []byte, bigEndian bool) (string, []byte) {
	n := len(b) / 2
	units := make([]uint16, n)
	for i := 0; i < n; i++ {
		if bigEndian {
			units[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			units[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	rest := b[2*n:]
	if n > 0 && utf16.IsSurrogate(rune(units[n-1])) && units[n-1] < 0xDC00 {
		rest = b[2*(n-1):]
		units = units[:n-1]
	}
	return string(utf16.Decode(units)), rest
}
