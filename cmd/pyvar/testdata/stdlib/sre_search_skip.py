# search skips the positions whose character cannot begin a match
# (the first characters of alternatives, groups, repeats, lookarounds);
# every result must be what trying each position gives. Also the BRANCH
# and REPEAT_ONE shortcuts: an alternative's leading literals, and a
# literal after group marks following a greedy single-character repeat.
import re

subjects = [
    "", "-", "a5,b7,c9,", "--a5,b7,c9,--", "-" * 30 + "Python" + "-" * 30,
    "PPPPerlPPPP", "xx Tcl yy Perl zz", "ab12 cd34 ab", "\u0100\u212aK k \u0101ab",
    "foo bar\nbaz foo\n", "aaa bbb aaa", "PythonPython", "caf\xe9 CAF\xc9 x",
]
patterns = [
    r"([0a-z][a-z0-9]*,)+", r"(?:[a-z][a-z0-9]*,)+", r"(Python|Perl|Tcl)", r"Python|Perl",
    r"(?:x|y)?z", r"(a|b)*c", r"(?=a)\w+", r"(?!a)\w+", r"(?<=b)\w", r"\bfoo\b", r"\b\w",
    r"(ab|cd)\d+", r"(?:(a)|b)+", r"(a)?(b)?c", r"(\w)\1", r"(?i)k", r"(?i)[k\u0101]",
    r"(?i)caf\xe9", r"[^a]b", r"\d{2,}", r"(?:a{2}|b)+", r"a*?b", r"(?:ab)+?", r"(?m)^foo",
    r"foo$", r"(?s).a", r".*(Python)", r".*(?:(P)y)", r"(\w+?)\1", r"\w*(\d)", r"a+(b)?(c)?",
    r"(?:(a)|(b))*(a)", r".+(?:(P)|(e))rl", r"(Perl|Python)(Perl|Python)", r"(?:Perl|P)+",
    r"((a)|b)+x", r"\s*(\w+)", r"(|a)b", r"(?:|a)+b",
]
for p in patterns:
    r = re.compile(p)
    for s in subjects:
        out = []
        for m in r.finditer(s):
            out.append((m.span(), m.groups(), m.lastindex))
        m = r.search(s, 2)
        out.append(m and (m.span(), m.groups()))
        if out != [None]:
            print(repr(p), repr(s), out)
    print(repr(p), r.sub(lambda m: "<%s>" % m.group(), subjects[4][25:40] + subjects[6]))
# bytes subjects take the byte engine
for p in [rb"(Python|Perl)", rb"([a-z][a-z0-9]*,)+", rb".*(Py)", rb"\s*\d"]:
    print(p, [m.span() for m in re.finditer(p, b"--a5,Perl 12 Py--  7")])

# Literals every match consumes are looked for first (and bound where a
# match can start when what comes before them has a bounded width).
lit_subjects = [
    "", '"\\/Qngr(12)\\/"', 'x"\\/Qngr(-3)\\/"y\\"\\/Qngr(4)\\/"', "a\\" * 5 + '"\\/Qngr(', "abcXYdef abXYd",
    "ababXY xyXYab", "\u0100XY\u0101", "aaXYbbXY", "XY", "zzXzYzXY", "caf\xe9!caf\xe9", "12-34-56",
]
lit_patterns = [
    r'(^|[^\\])\"\\\/Qngr\((-?[0-9]+)\)\\\/\"', r"\w*XY", r"(ab|c)XY", r"(?:ab){1,2}XY(d)?", r"(?<=b)XY",
    r"(?<=ab)XY", r"(\w)\1XY", r"[a-z]{2,}XY", r"\bXY", r"(?=a)aXY", r"X.Y", r"\u0100XY", r"(?i)aXY",
    r"caf\xe9!", r"\d+-\d+", r"(?:a|bb|)XY", r"(a)?XY(b)?", r"(?:(a)|(aa))XY",
]
for p in lit_patterns:
    r = re.compile(p)
    for s in lit_subjects:
        out = [(m.span(), m.groups()) for m in r.finditer(s)]
        for pos, endpos in ((1, len(s)), (0, len(s) - 1), (2, 5)):
            m = r.search(s, pos, endpos)
            out.append(m and m.span())
        if any(out):
            print(repr(p), repr(s), out)
print(re.sub(r"(\d+)px", r"<\1>", "a 12px b 3 px 4px"), re.findall(rb"=(\w+);", b"a=1; b=22;c=3"))
print(re.search(rb"\xe9t\xe9", "\xe9t\xe9".encode("latin-1")), re.search("\u20acX", "ab\u20acX"))
