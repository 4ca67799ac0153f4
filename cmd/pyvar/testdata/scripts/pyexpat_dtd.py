# pyexpat and the internal DTD subset: element content models, attribute
# lists (types, defaults, normalization of tokenized values), entities,
# notations, the standalone question and external subsets.
import pyexpat

doc = b"""<?xml version="1.0" encoding="iso-8859-1" standalone="no"?>
<!DOCTYPE lib SYSTEM "lib.dtd" [
<!ELEMENT lib (book+, note?)>
<!ELEMENT book (#PCDATA|em|b)*>
<!ELEMENT note EMPTY>
<!ELEMENT any ANY>
<!ELEMENT pc (#PCDATA)>
<!ELEMENT seq ((a|b), c*, (d, e)+)>
<!ATTLIST book id ID #REQUIRED kind (novel|poem) "novel" tags NMTOKENS #IMPLIED>
<!ATTLIST note fixed CDATA #FIXED "yes">
<!NOTATION gif PUBLIC "-//gif//" "gif.exe">
<!ENTITY mark "&#169; 2026">
<!ENTITY % pe "ignored">
<!ENTITY logo SYSTEM "logo.gif" NDATA gif>
<!ENTITY chapter SYSTEM "ch1.xml">
]>
<lib><book id="b1" tags="  x   y  ">\xe9 &mark;</book><note/>&chapter;&unknown;</lib>
"""

out = []
p = pyexpat.ParserCreate()
p.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS)
p.ElementDeclHandler = lambda *a: out.append(("element",) + a)
p.AttlistDeclHandler = lambda *a: out.append(("attlist",) + a)
p.NotationDeclHandler = lambda *a: out.append(("notation",) + a)
p.EntityDeclHandler = lambda *a: out.append(("entity",) + a)
p.UnparsedEntityDeclHandler = lambda *a: out.append(("unparsed",) + a)
p.NotStandaloneHandler = lambda: out.append("not standalone") or 1
p.ExternalEntityRefHandler = lambda *a: out.append(("external",) + a) or 1
p.SkippedEntityHandler = lambda *a: out.append(("skipped",) + a)
p.StartDoctypeDeclHandler = lambda *a: out.append(("doctype",) + a)
p.EndDoctypeDeclHandler = lambda: out.append("end doctype")
p.StartElementHandler = lambda n, a: out.append(("start", n, sorted(a.items())))
p.CharacterDataHandler = lambda t: out.append(("text", t))
p.Parse(doc, True)
for e in out:
    print(e)

refuse = pyexpat.ParserCreate()
refuse.NotStandaloneHandler = lambda: 0
try:
    refuse.Parse(b"<!DOCTYPE a SYSTEM 'a.dtd'><a/>", True)
except pyexpat.ExpatError as e:
    print(e.code, e)

foreign = pyexpat.ParserCreate()
foreign.UseForeignDTD()
print(foreign.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE), foreign.SetParamEntityParsing(7))
foreign.ExternalEntityRefHandler = lambda *a: print("foreign", a) or 1
foreign.Parse(b"<a/>", True)
