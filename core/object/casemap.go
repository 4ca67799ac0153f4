package object

import (
	"strings"
	"unicode"
)

// Go's unicode package has only the simple (one-to-one) case mappings;
// Python's str methods use the full ones from SpecialCasing.txt
// ("ß".upper() == "SS") and lowercase a final capital sigma to "ς". The
// tables below hold the unconditional special cases.

var specialUpper = map[rune]string{
	'ß': "SS", 'ŉ': "ʼN", 'ǰ': "J̌", 'ΐ': "Ϊ́", 'ΰ': "Ϋ́", 'և': "ԵՒ", 'ẖ': "H̱", 'ẗ': "T̈",
	'ẘ': "W̊", 'ẙ': "Y̊", 'ẚ': "Aʾ", 'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI", 'ﬄ': "FFL",
	'ﬅ': "ST", 'ﬆ': "ST", 'ﬓ': "ՄՆ", 'ﬔ': "ՄԵ", 'ﬕ': "ՄԻ", 'ﬖ': "ՎՆ", 'ﬗ': "ՄԽ",
}

var specialTitle = map[rune]string{
	'ß': "Ss", 'ŉ': "ʼN", 'ǰ': "J̌", 'ﬀ': "Ff", 'ﬁ': "Fi", 'ﬂ': "Fl", 'ﬃ': "Ffi", 'ﬄ': "Ffl",
	'ﬅ': "St", 'ﬆ': "St", 'և': "Եւ", 'ﬓ': "Մն", 'ﬔ': "Մե", 'ﬕ': "Մի", 'ﬖ': "Վն", 'ﬗ': "Մխ",
}

var specialFold = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'ŉ': "ʼn", 'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl",
	'ﬅ': "st", 'ﬆ': "st", 'İ': "i̇", 'ς': "σ", 'ǰ': "j\u030c",
}

// pyIsUpper and pyIsLower are Python's isupper/islower for one character:
// the Lowercase/Uppercase properties, which include Other_Lowercase
// (roman numerals, modifier letters) beyond the Ll/Lu categories.
func pyIsUpper(r rune) bool { return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r) }
func pyIsLower(r rune) bool { return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r) }

func isCased(r rune) bool { return pyIsUpper(r) || pyIsLower(r) || unicode.IsTitle(r) }

// caseIgnorable approximates Unicode's Case_Ignorable (apostrophes,
// combining marks, modifier letters) for the final-sigma rule.
func caseIgnorable(r rune) bool {
	return r == '\'' || r == '.' || r == ':' || r == '^' || r == '`' || r == 0xB7 || r == 0x2019 ||
		unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// finalSigma reports whether the capital sigma at rs[i] ends a word:
// preceded by a cased letter and not followed by one (ignoring
// case-ignorable characters), as CPython's handle_capital_sigma.
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !isCased(rs[j]) {
		return false
	}
	k := i + 1
	for k < len(rs) && caseIgnorable(rs[k]) {
		k++
	}
	return k == len(rs) || !isCased(rs[k])
}

func lowerAt(b *strings.Builder, rs []rune, i int) {
	r := rs[i]
	switch r {
	case 'Σ':
		if finalSigma(rs, i) {
			b.WriteRune('ς')
			return
		}
	case 'İ':
		b.WriteString("i̇")
		return
	}
	b.WriteRune(unicode.ToLower(r))
}

func upperRune(b *strings.Builder, r rune) {
	if s, ok := specialUpper[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToUpper(r))
}

func titleRune(b *strings.Builder, r rune) {
	if s, ok := specialTitle[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToTitle(r))
}

func strUpper(s string) string {
	if isASCIIString(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	for _, r := range decodeRunes(s) {
		upperRune(&b, r)
	}
	return b.String()
}

func strLower(s string) string {
	if isASCIIString(s) {
		return strings.ToLower(s)
	}
	rs := decodeRunes(s)
	var b strings.Builder
	for i := range rs {
		lowerAt(&b, rs, i)
	}
	return b.String()
}

func strCasefold(s string) string {
	if isASCIIString(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range decodeRunes(s) {
		if f, ok := specialFold[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func strSwapcase(s string) string {
	rs := decodeRunes(s)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case pyIsUpper(r):
			lowerAt(&b, rs, i)
		case pyIsLower(r):
			upperRune(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func strTitle(s string) string {
	rs := decodeRunes(s)
	var b strings.Builder
	prev := false
	for i, r := range rs {
		if prev {
			lowerAt(&b, rs, i)
		} else {
			titleRune(&b, r)
		}
		prev = isCased(r)
	}
	return b.String()
}

func strCapitalize(s string) string {
	rs := decodeRunes(s)
	var b strings.Builder
	for i, r := range rs {
		if i == 0 {
			titleRune(&b, r)
		} else {
			lowerAt(&b, rs, i)
		}
	}
	return b.String()
}
