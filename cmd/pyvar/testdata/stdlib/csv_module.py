# csv over the native _csv: reading, writing, dialects, quoting styles,
# errors and the field size limit, against CPython 3.10.
import csv
import io


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


rows = [["name", "note", "n"], ["a,b", 'say "hi"', 1], ["multi\nline", "", 2.5], [None, " sp", True]]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    w = csv.writer(out, quoting=quoting)
    for r in rows:
        print(w.writerow(r), end=" ")
    print(repr(out.getvalue()))
    show(lambda: list(csv.reader(io.StringIO(out.getvalue(), newline=""), quoting=quoting)))

out = io.StringIO()
w = csv.writer(out, delimiter=";", quotechar="'", escapechar="\\", doublequote=False, lineterminator="\n")
w.writerows([["x;y", "it's", "back\\slash"], [], [""]])
print(repr(out.getvalue()))
print(list(csv.reader(io.StringIO(out.getvalue()), delimiter=";", quotechar="'", escapechar="\\", doublequote=False)))

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="$")
w.writerow(["a,b", 'q"', "d$"])
print(repr(out.getvalue()))
show(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
show(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]))
show(lambda: csv.writer(io.StringIO()).writerow(5))

# The reader's states: quotes, escapes, spaces, embedded newlines, strict.
lines = ['a, "b,c" ,d\r\n', '"multi\n', 'line",x\n', '\n', 'e\\,f,"g""h"\n', '"unterminated']
r = csv.reader(lines, skipinitialspace=True, escapechar="\\")
for row in r:
    print(r.line_num, row)
show(lambda: list(csv.reader(['a,"b"c'], strict=True)))
show(lambda: list(csv.reader(['"open'], strict=True)))
show(lambda: list(csv.reader(["a\rb"])))
show(lambda: list(csv.reader(["a\0b"])))
show(lambda: list(csv.reader([b"bytes"])))
show(lambda: list(csv.reader(["1,2.5,x"], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['1,"2",3e2'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a|'b|c'|d"], delimiter="|", quotechar="'")))
print(list(csv.reader(["a,'b'"], quotechar=None)))

# Dialects: registry, classes, validation.
class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL

csv.register_dialect("pipes", Pipes)
csv.register_dialect("tabs", delimiter="\t", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
d = csv.get_dialect("tabs")
print(repr(d.delimiter), d.quotechar, d.escapechar, repr(d.lineterminator), d.quoting, d.doublequote, d.skipinitialspace, d.strict)
out = io.StringIO()
csv.writer(out, "pipes").writerow(["a|b", "c"])
csv.writer(out, "tabs").writerow(["a", 1])
print(repr(out.getvalue()))
csv.unregister_dialect("pipes")
show(lambda: csv.get_dialect("pipes"))
show(lambda: csv.unregister_dialect("pipes"))
show(lambda: csv.reader([], "nope"))
show(lambda: csv.writer(object()))
show(lambda: csv.register_dialect(3))
for kw in ({"delimiter": ""}, {"delimiter": 1}, {"quotechar": 7}, {"escapechar": "ab"}, {"quoting": 9},
           {"quoting": "1"}, {"lineterminator": 5}, {"lineterminator": None}, {"quotechar": None, "quoting": 0}, {"x": 1}):
    show(lambda: csv.reader([], **kw))
show(lambda: setattr(d, "delimiter", ","))
show(lambda: setattr(d, "strict", True))
print(csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.quoting)

# DictReader / DictWriter / Sniffer, pure Python over _csv.
data = "id,name,score\r\n1,ann,9.5\r\n2,bob,\r\n3,\"c, d\",7\r\n"
for rec in csv.DictReader(io.StringIO(data)):
    print(dict(rec))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name"], extrasaction="ignore")
dw.writeheader()
dw.writerows([{"id": 1, "name": "x", "extra": 0}, {"id": 2}])
print(repr(out.getvalue()))
sn = csv.Sniffer()
dia = sn.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(repr(dia.delimiter), sn.has_header("name;age\nann;31\nbob;42\n"))

# The field size limit.
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
show(lambda: list(csv.reader(["x" * 11])))
show(lambda: list(csv.reader(["x" * 10])))
show(lambda: csv.field_size_limit("9"))
show(lambda: csv.field_size_limit(2 ** 70))
show(lambda: csv.field_size_limit(1, 2))
print(csv.field_size_limit(131072))
print(issubclass(csv.Error, Exception), csv.Error.__module__, csv.__version__ if hasattr(csv, "__version__") else None)
