# pyexpat fed in chunks: every construct is reported once it is whole,
# whatever the chunk boundaries, and buffer_text joins character data.
import pyexpat

doc = ("<?xml version='1.0'?>\n<!DOCTYPE r [<!ENTITY e 'ent&#33;'>]>\n"
       "<r a='1' b=\"x&amp;y\">text &e; more<![CDATA[<raw>]]>\u00e9\u20ac"
       "<!-- c --><?pi data?><s/>tail</r>\n").encode()


def events(chunk, buffer_text):
    out = []
    p = pyexpat.ParserCreate()
    p.buffer_text = buffer_text
    p.ordered_attributes = True
    p.StartElementHandler = lambda n, a: out.append(("S", n, a))
    p.EndElementHandler = lambda n: out.append(("E", n))
    p.CharacterDataHandler = lambda t: out.append(("C", t))
    p.CommentHandler = lambda t: out.append(("CM", t))
    p.ProcessingInstructionHandler = lambda t, d: out.append(("PI", t, d))
    p.StartCdataSectionHandler = lambda: out.append(("CD",))
    p.EndCdataSectionHandler = lambda: out.append(("/CD",))
    p.XmlDeclHandler = lambda *a: out.append(("XD",) + a)
    p.StartDoctypeDeclHandler = lambda *a: out.append(("DT",) + a)
    p.EntityDeclHandler = lambda *a: out.append(("ENT",) + a)
    seen = []
    for i in range(0, len(doc), chunk):
        p.Parse(doc[i:i + chunk], False)
        seen.append(len(out))
    p.Parse(b"", True)
    return out, seen


whole, _ = events(len(doc), True)
for e in whole:
    print(e)
for size in (1, 2, 3, 7, 64):
    got, seen = events(size, True)
    print(size, got == whole, seen == sorted(seen), seen[-1] >= len(whole) - 3)
unbuffered, _ = events(5, False)
print([e for e in unbuffered if e[0] == "C"])
print(pyexpat.ErrorString(3), pyexpat.ErrorString(99), pyexpat.errors.codes["mismatched tag"])
print(pyexpat.errors.XML_ERROR_UNDEFINED_ENTITY, pyexpat.model.XML_CTYPE_SEQ, pyexpat.version_info)
p = pyexpat.ParserCreate()
p.Parse(b"<a/>", True)
try:
    p.Parse(b"<b/>", True)
except pyexpat.ExpatError as e:
    print(e.code, e)
try:
    pyexpat.ParserCreate(namespace_separator="ab")
except ValueError as e:
    print(e)
