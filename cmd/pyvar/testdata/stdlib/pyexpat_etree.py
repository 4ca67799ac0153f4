# The pure-Python XML stack over pyvar's pyexpat: ElementTree parsing,
# iterparse, XMLPullParser fed in pieces, minidom and SAX.
import io
import xml.dom.minidom
import xml.etree.ElementTree as ET
import xml.sax

src = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE catalog [<!ENTITY co "Company &amp; Sons">]>
<catalog xmlns="urn:cat" xmlns:p="urn:price">
  <book id="b1" lang="en"><title>Go &amp; Python</title><p:price cur="EUR">12.50</p:price></book>
  <book id="b2"><title>&co;</title><!-- no price --><p:price>9</p:price></book>
</catalog>
"""
root = ET.fromstring(src)
print(root.tag, len(root))
for book in root.iter("{urn:cat}book"):
    print(book.get("id"), book.find("{urn:cat}title").text, book.find("{urn:price}price").text, sorted(book.attrib))
print(ET.tostring(root.find("{urn:cat}book"), encoding="unicode"))

for event, elem in ET.iterparse(io.BytesIO(src.encode()), events=("start", "end", "start-ns")):
    if event == "start-ns":
        print(event, elem)
    else:
        print(event, elem.tag)

pull = ET.XMLPullParser(events=("end",))
for i in range(0, len(src), 17):
    pull.feed(src[i:i + 17])
    print(i, [e.tag.split("}")[1] for _, e in pull.read_events()])
pull.close()

for bad in ["<a><b></a>", "<a>&nope;</a>", "<a/><b/>", ""]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(type(e).__name__, e.code, e.position, e)

dom = xml.dom.minidom.parseString(src)
print(dom.documentElement.tagName, [b.getAttribute("id") for b in dom.getElementsByTagName("book")])
print(dom.getElementsByTagName("title")[1].firstChild.data)
print(dom.documentElement.toxml()[:60])


class Handler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []

    def startElement(self, name, attrs):
        self.names.append((name, dict(attrs)))


h = Handler()
xml.sax.parseString(b"<r x='1'><s y='2'/><s/></r>", h)
print(h.names)
