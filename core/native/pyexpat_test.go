package native

import (
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/object"
)

// expatRun parses doc in chunks of size chunk (the whole at once when 0)
// and returns the element events, the character data joined, and the
// error code (0: well-formed).
func expatRun(t testing.TB, doc []byte, chunk int) (elems []string, text string, code int) {
	m, err := newPyexpat(nil)
	if err != nil {
		t.Fatal(err)
	}
	create, _, _ := m.Dict.Get(object.FromObject(object.Intern("ParserCreate")))
	pv, err := object.Call(create, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := pv.Object().(*expatParser)
	var sb strings.Builder
	record := func(tag string) object.Value {
		return object.NewBuiltin(tag, func(_ object.Value, args []object.Value, _ []string) (object.Value, error) {
			s, _ := args[0].Object().(*object.Str)
			if tag == "C" {
				sb.WriteString(s.S)
			} else {
				elems = append(elems, tag+s.S)
			}
			return object.None, nil
		})
	}
	p.handlers[hStartElement] = record("S")
	p.handlers[hEndElement] = record("E")
	p.handlers[hCharacterData] = record("C")
	if chunk <= 0 {
		chunk = len(doc) + 1
	}
	for i := 0; ; i += chunk {
		end := min(i+chunk, len(doc))
		final := end == len(doc)
		if err := p.parse(doc[min(i, len(doc)):end], final); err != nil {
			if e, ok := err.(*object.BaseException); ok && e.Class == p.mod.errType {
				return elems, sb.String(), p.errCode
			}
			t.Fatalf("%q: not an ExpatError: %v", doc, err)
		}
		if final {
			return elems, sb.String(), 0
		}
	}
}

// FuzzPyexpat checks that no document makes the tokenizer fail other
// than with an ExpatError, and that a well-formed document gives the same
// elements and text whether it comes whole or a byte at a time.
func FuzzPyexpat(f *testing.F) {
	for _, s := range []string{
		"<a/>", "<a x='1' y=\"&amp;\">t&#65;<![CDATA[<c>]]><!--c--><?p d?></a>",
		"<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>", "\xef\xbb\xbf<a>\r\n</a>",
		"<!DOCTYPE a [<!ENTITY e 'x&#33;'><!ATTLIST a b NMTOKENS ' 1  2 '>]><a>&e;</a>",
		"<p:a xmlns:p='u'><p:b/></p:a>", "<a><b></a>", "<a>&e;</a>", "\xff\xfe<\x00a\x00/\x00>\x00",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		e1, t1, c1 := expatRun(t, doc, 0)
		e2, t2, c2 := expatRun(t, doc, 1)
		if c1 == 0 && c2 == 0 && (strings.Join(e1, ",") != strings.Join(e2, ",") || t1 != t2) {
			t.Fatalf("%q: whole %v %q, bytewise %v %q", doc, e1, t1, e2, t2)
		}
	})
}
