package sre

import "unicode"

// Character predicates and case mappings, the SRE_IS_* / sre_lower_*
// families of _sre.c. Three rule sets exist: ASCII (str patterns with
// re.ASCII and all bytes patterns), LOCALE (bytes patterns with re.LOCALE:
// the C library's ctype for the current locale, which is the C locale
// here, so ASCII rules on byte values) and Unicode (str patterns).

const (
	ctDigit = 1 << iota
	ctSpace
	ctAlnum
	ctUniDigit
	ctUniSpace
	ctUniAlnum
	ctUniLinebreak
)

// latin1 holds the predicate bits of the code points below 256, and
// lower/upper their Unicode case mappings, so the common characters never
// reach the unicode tables.
var (
	latin1      [256]uint8
	latin1Lower [256]uint32
	latin1Upper [256]uint32
)

func init() {
	for c := 0; c < 256; c++ {
		var f uint8
		if c < 128 {
			if c >= '0' && c <= '9' {
				f |= ctDigit | ctAlnum
			}
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				f |= ctAlnum
			}
			if c == ' ' || c >= '\t' && c <= '\r' {
				f |= ctSpace
			}
		}
		r := rune(c)
		if unicode.Is(unicode.Nd, r) {
			f |= ctUniDigit
		}
		if uniSpaceSlow(r) {
			f |= ctUniSpace
		}
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			f |= ctUniAlnum
		}
		if uniLinebreakSlow(r) {
			f |= ctUniLinebreak
		}
		latin1[c] = f
		latin1Lower[c] = uint32(unicode.ToLower(r))
		latin1Upper[c] = upperSlow(uint32(c))
	}
}

// uniSpaceSlow is str.isspace: the White_Space characters plus the
// information separators U+001C..U+001F.
func uniSpaceSlow(r rune) bool { return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f }

// uniLinebreakSlow is Py_UNICODE_ISLINEBREAK (str.splitlines' separators).
func uniLinebreakSlow(r rune) bool {
	switch r {
	case '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// fullUpperFirst maps the characters whose full uppercase mapping
// (SpecialCasing.txt) is several characters to the first of them:
// CPython's Py_UNICODE_TOUPPER returns that one (ß -> S), where the simple
// mapping would leave the character alone.
var fullUpperFirst = map[uint32]uint32{
	0xdf: 0x53, 0x149: 0x2bc, 0x1f0: 0x4a, 0x390: 0x399, 0x3b0: 0x3a5, 0x587: 0x535,
	0x1e96: 0x48, 0x1e97: 0x54, 0x1e98: 0x57, 0x1e99: 0x59, 0x1e9a: 0x41,
	0x1f50: 0x3a5, 0x1f52: 0x3a5, 0x1f54: 0x3a5, 0x1f56: 0x3a5,
	0x1f80: 0x1f08, 0x1f81: 0x1f09, 0x1f82: 0x1f0a, 0x1f83: 0x1f0b, 0x1f84: 0x1f0c, 0x1f85: 0x1f0d, 0x1f86: 0x1f0e, 0x1f87: 0x1f0f,
	0x1f88: 0x1f08, 0x1f89: 0x1f09, 0x1f8a: 0x1f0a, 0x1f8b: 0x1f0b, 0x1f8c: 0x1f0c, 0x1f8d: 0x1f0d, 0x1f8e: 0x1f0e, 0x1f8f: 0x1f0f,
	0x1f90: 0x1f28, 0x1f91: 0x1f29, 0x1f92: 0x1f2a, 0x1f93: 0x1f2b, 0x1f94: 0x1f2c, 0x1f95: 0x1f2d, 0x1f96: 0x1f2e, 0x1f97: 0x1f2f,
	0x1f98: 0x1f28, 0x1f99: 0x1f29, 0x1f9a: 0x1f2a, 0x1f9b: 0x1f2b, 0x1f9c: 0x1f2c, 0x1f9d: 0x1f2d, 0x1f9e: 0x1f2e, 0x1f9f: 0x1f2f,
	0x1fa0: 0x1f68, 0x1fa1: 0x1f69, 0x1fa2: 0x1f6a, 0x1fa3: 0x1f6b, 0x1fa4: 0x1f6c, 0x1fa5: 0x1f6d, 0x1fa6: 0x1f6e, 0x1fa7: 0x1f6f,
	0x1fa8: 0x1f68, 0x1fa9: 0x1f69, 0x1faa: 0x1f6a, 0x1fab: 0x1f6b, 0x1fac: 0x1f6c, 0x1fad: 0x1f6d, 0x1fae: 0x1f6e, 0x1faf: 0x1f6f,
	0x1fb2: 0x1fba, 0x1fb3: 0x391, 0x1fb4: 0x386, 0x1fb6: 0x391, 0x1fb7: 0x391, 0x1fbc: 0x391,
	0x1fc2: 0x1fca, 0x1fc3: 0x397, 0x1fc4: 0x389, 0x1fc6: 0x397, 0x1fc7: 0x397, 0x1fcc: 0x397,
	0x1fd2: 0x399, 0x1fd3: 0x399, 0x1fd6: 0x399, 0x1fd7: 0x399,
	0x1fe2: 0x3a5, 0x1fe3: 0x3a5, 0x1fe4: 0x3a1, 0x1fe6: 0x3a5, 0x1fe7: 0x3a5,
	0x1ff2: 0x1ffa, 0x1ff3: 0x3a9, 0x1ff4: 0x38f, 0x1ff6: 0x3a9, 0x1ff7: 0x3a9, 0x1ffc: 0x3a9,
	0xfb00: 0x46, 0xfb01: 0x46, 0xfb02: 0x46, 0xfb03: 0x46, 0xfb04: 0x46, 0xfb05: 0x53, 0xfb06: 0x53,
	0xfb13: 0x544, 0xfb14: 0x544, 0xfb15: 0x544, 0xfb16: 0x54e, 0xfb17: 0x544,
}

func upperSlow(ch uint32) uint32 {
	if u, ok := fullUpperFirst[ch]; ok {
		return u
	}
	if ch > unicode.MaxRune {
		return ch
	}
	return uint32(unicode.ToUpper(rune(ch)))
}

// LowerASCII is sre_lower_ascii (_sre.ascii_tolower).
func LowerASCII(ch uint32) uint32 {
	if ch-'A' < 26 {
		return ch + 32
	}
	return ch
}

func upperASCII(ch uint32) uint32 {
	if ch-'a' < 26 {
		return ch - 32
	}
	return ch
}

// The C locale's tolower/toupper: ASCII rules for byte values, the
// identity above.
func lowerLocale(ch uint32) uint32 { return LowerASCII(ch) }
func upperLocale(ch uint32) uint32 { return upperASCII(ch) }

// LowerUnicode is sre_lower_unicode (_sre.unicode_tolower): the simple
// lowercase mapping.
func LowerUnicode(ch uint32) uint32 {
	if ch < 256 {
		return latin1Lower[ch]
	}
	if ch > unicode.MaxRune {
		return ch
	}
	return uint32(unicode.ToLower(rune(ch)))
}

// UpperUnicode is sre_upper_unicode: the simple uppercase mapping, or the
// first character of the full one where that has several.
func UpperUnicode(ch uint32) uint32 {
	if ch < 256 {
		return latin1Upper[ch]
	}
	return upperSlow(ch)
}

// ASCIIIsCased is _sre.ascii_iscased.
func ASCIIIsCased(ch uint32) bool { return ch < 128 && (ch|0x20)-'a' < 26 }

// UnicodeIsCased is _sre.unicode_iscased.
func UnicodeIsCased(ch uint32) bool { return ch != LowerUnicode(ch) || ch != UpperUnicode(ch) }

func isDigit(ch uint32) bool { return ch < 128 && latin1[ch]&ctDigit != 0 }
func isSpace(ch uint32) bool { return ch < 128 && latin1[ch]&ctSpace != 0 }
func isWord(ch uint32) bool  { return ch < 128 && (latin1[ch]&ctAlnum != 0 || ch == '_') }

// The locale word test: isalnum(3) in the C locale, on byte values.
func isLocWord(ch uint32) bool { return isWord(ch) }

func uniIsDigit(ch uint32) bool {
	if ch < 256 {
		return latin1[ch]&ctUniDigit != 0
	}
	return ch <= unicode.MaxRune && unicode.Is(unicode.Nd, rune(ch))
}

func uniIsSpace(ch uint32) bool {
	if ch < 256 {
		return latin1[ch]&ctUniSpace != 0
	}
	return ch <= unicode.MaxRune && uniSpaceSlow(rune(ch))
}

func uniIsLinebreak(ch uint32) bool {
	if ch < 256 {
		return latin1[ch]&ctUniLinebreak != 0
	}
	return ch == 0x2028 || ch == 0x2029
}

func uniIsAlnum(ch uint32) bool {
	if ch < 256 {
		return latin1[ch]&ctUniAlnum != 0
	}
	return ch <= unicode.MaxRune && (unicode.IsLetter(rune(ch)) || unicode.IsNumber(rune(ch)))
}

func uniIsWord(ch uint32) bool { return uniIsAlnum(ch) || ch == '_' }

// category is sre_category: whether ch belongs to a CATEGORY_* class.
func category(cat uint32, ch uint32) bool {
	switch cat {
	case catDigit:
		return isDigit(ch)
	case catNotDigit:
		return !isDigit(ch)
	case catSpace:
		return isSpace(ch)
	case catNotSpace:
		return !isSpace(ch)
	case catWord:
		return isWord(ch)
	case catNotWord:
		return !isWord(ch)
	case catLinebreak:
		return ch == '\n'
	case catNotLinebreak:
		return ch != '\n'
	case catLocWord:
		return isLocWord(ch)
	case catLocNotWord:
		return !isLocWord(ch)
	case catUniDigit:
		return uniIsDigit(ch)
	case catUniNotDigit:
		return !uniIsDigit(ch)
	case catUniSpace:
		return uniIsSpace(ch)
	case catUniNotSpace:
		return !uniIsSpace(ch)
	case catUniWord:
		return uniIsWord(ch)
	case catUniNotWord:
		return !uniIsWord(ch)
	case catUniLinebreak:
		return uniIsLinebreak(ch)
	case catUniNotLinebreak:
		return !uniIsLinebreak(ch)
	}
	return false
}

// charLocIgnore is char_loc_ignore: ch equals the pattern character in
// some case under the locale's rules.
func charLocIgnore(pattern, ch uint32) bool {
	return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern
}
