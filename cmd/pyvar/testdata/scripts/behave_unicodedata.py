import unicodedata as u
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))
for c in "aA1 ،\u0663\u00b2\u00bd\u2460\u0301\uac00€\u200f\u202e\t\n\u3000ｱ":
    print(hex(ord(c)), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.name(c, None),
          u.decimal(c, None), u.digit(c, None), u.numeric(c, None))
t("cat2", lambda: u.category("ab"))
t("name2", lambda: u.name("ab"))
t("lookup", lambda: u.lookup("LATIN SMALL LETTER A"))
t("lookup bad", lambda: u.lookup("NO SUCH"))
t("norm", lambda: u.normalize("NFD", "é"))
t("normkc", lambda: u.normalize("NFKC", "ﬁ²"))
t("norm bad", lambda: u.normalize("X", "a"))
t("isnorm", lambda: u.is_normalized("NFC", "é"))
t("dec", lambda: u.decimal("a"))
t("digit", lambda: u.digit("a"))
t("numeric", lambda: u.numeric("a"))
t("name", lambda: u.name("\u0378"))
for m in ("isalpha", "isupper", "islower", "istitle", "isidentifier", "isascii", "isdigit", "isspace"):
    t(m, lambda: getattr("a", m)(1))
