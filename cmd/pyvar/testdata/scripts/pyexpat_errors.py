# pyexpat: the events, their pieces and positions, and the error code,
# message and position of malformed documents, as expat 2.5 reports them.
import pyexpat
docs = [b"", b"<a>", b"<a></b>", b"<a/><b/>", b"x<a/>", b"<a>&foo;</a>", b"<a x='1' x='2'/>", b"<a><b></a>",
        b"<a>\n  <b>\n</c></a>", b"<a", b"<a x=1/>", b"<a/>junk", b"<?xml version='1.0'?><a/>", b" <?xml version='1.0'?><a/>",
        b"<a><![CDATA[x</a>", b"<a>&#0;</a>", b"<a>&#xD800;</a>", b"<a>\xff</a>", "<a>\u00e9t\u00e9</b>".encode(), b"<p:a/>",
        b"<a><!-- x -- y --></a>", b"<a>&amp;&lt;&#65;&#x42;</a>", b"<!DOCTYPE a [<!ENTITY e 'hi'>]><a>&e;</a>", b"<!DOCTYPE a SYSTEM 'x.dtd'><a>&e;</a>",
        b"<a b='<'/>", b"<a>]]></a>", b"<a x='1'y='2'/>", b"<1a/>", b"<a></a >", b"<a></ a>"]
for d in docs:
    p = pyexpat.ParserCreate(namespace_separator="}" if b"p:" in d else None)
    ev = []
    p.StartElementHandler = lambda n, a: ev.append(("S", n, a))
    p.EndElementHandler = lambda n: ev.append(("E", n))
    p.CharacterDataHandler = lambda t: ev.append(("C", t))
    p.DefaultHandler = lambda t: ev.append(("D", t))
    try:
        p.Parse(d, True)
        print(d, "OK", ev)
    except pyexpat.ExpatError as e:
        print(d, "ERR", e.code, e.lineno, e.offset, str(e), ev)
