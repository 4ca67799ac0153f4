# pyexpat: prolog and epilog, newlines, encodings, namespaces, positions.
import pyexpat
docs = [b"  xy <a/>", b"<a/> x", b"<a/>\n&amp;", b"&amp;<a/>", b"]<a/>", b"<a/>\n<!--c-->\n<?pi x?>\n", b"<a>x\r\ny\rz</a>", b"<a x='a\tb\nc&#10;d'/>",
 b"<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>", b"\xef\xbb\xbf<a/>", b"<a>\xc3</a>", b"<a>\x01</a>", b"<a>a&#x1F600;b</a>", b"<?pi?><a/>", b"<?xml?><a/>", b"<a><?xml x?></a>",
 b"<a:b xmlns:a='u'><a:c a:x='1' y='2' xmlns='d'><e/></a:c></a:b>", "<a>\u20ac</a>".encode('utf-16'), b"<?xml version='1.0' encoding='utf-16'?><a/>", b"<a>&#65</a>", b"<a>& b</a>",
 b"<a><!DOCTYPE x></a>", b"<!DOCTYPE a><!DOCTYPE a><a/>", b"<a/><!DOCTYPE a>", b"<a>\n<b\nx='1'\n>text</b></a>"]
for d in docs:
    p = pyexpat.ParserCreate(namespace_separator="}" if b"xmlns" in d else None)
    ev = []
    p.StartElementHandler = lambda n, a: ev.append(("S", n, a, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
    p.EndElementHandler = lambda n: ev.append(("E", n, p.CurrentLineNumber, p.CurrentColumnNumber))
    p.CharacterDataHandler = lambda t: ev.append(("C", t))
    p.ProcessingInstructionHandler = lambda t, d: ev.append(("PI", t, d))
    p.CommentHandler = lambda t: ev.append(("CM", t))
    p.StartNamespaceDeclHandler = lambda pr, u: ev.append(("NS", pr, u))
    p.EndNamespaceDeclHandler = lambda pr: ev.append(("NE", pr))
    p.XmlDeclHandler = lambda v, e, s: ev.append(("XD", v, e, s))
    try:
        p.Parse(d, True)
        print(d, "OK", ev)
    except pyexpat.ExpatError as e:
        print(d, "ERR", e.code, e.lineno, e.offset, str(e), ev)
