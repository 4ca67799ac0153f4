# str.strip/lstrip/rstrip with a chars argument: short ASCII sets (the
# byte loop), non-ASCII text and sets, long sets, empty ones.
texts = ["", ".,", "Quick,", ",.quick.,", "..é..", "éà.,", ".,é", "x", "\U0001f600.,\U0001f600", ",,,,", "a.b,c"]
sets = ["", ".", ".,", ",.", "é", ".é", "abcdefgh.", "abcdefghij,.", "\U0001f600", "\U0001f600.,", "q,"]
for t in texts:
    print(repr(t), [(t.strip(c), t.lstrip(c), t.rstrip(c)) for c in sets])
s = "keep"
print(s.strip(".,") is s, s.lstrip("x") is s, s.rstrip("") is s)
try:
    s.strip(1)
except TypeError as e:
    print(e)
print("..x..".strip(None), "  x ".strip(None))
