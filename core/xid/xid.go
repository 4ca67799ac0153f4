// Package xid classifies runes by the Unicode identifier properties
// XID_Start and XID_Continue (UAX #31), which define Python 3's
// identifiers: the tokenizer (after NFKC normalisation) and
// str.isidentifier (without it) both ask here, so they agree.
//
// Go's unicode package has the pieces but not the derived properties, so
// they are derived as DerivedCoreProperties.txt derives them: ID_Start is
// the letters, the letter numbers and Other_ID_Start, less Pattern_Syntax
// and Pattern_White_Space; ID_Continue adds the marks, decimal digits,
// connector punctuation and Other_ID_Continue; the X forms keep only the
// characters whose NFKC form is still an identifier sequence.
package xid

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// IsStart reports whether r has XID_Start. '_' does not: Python allows it
// at the start of an identifier separately.
func IsStart(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return isIDStart(r) && nfkcStable(r, true)
}

// IsContinue reports whether r has XID_Continue ('_' and digits do).
func IsContinue(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
	}
	return isIDContinue(r) && nfkcStable(r, false)
}

// IsIdentifier reports whether s is an identifier as str.isidentifier
// sees it: XID_Start or '_' first, XID_Continue after, not normalised.
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 && !IsStart(r) && r != '_' || i > 0 && !IsContinue(r) {
			return false
		}
	}
	return true
}

func isIDStart(r rune) bool {
	return (unicode.IsLetter(r) || unicode.In(r, unicode.Nl, unicode.Other_ID_Start)) &&
		!unicode.In(r, unicode.Pattern_Syntax, unicode.Pattern_White_Space)
}

func isIDContinue(r rune) bool {
	return (isIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)) &&
		!unicode.In(r, unicode.Pattern_Syntax, unicode.Pattern_White_Space)
}

// nfkcStable reports whether r's NFKC form is still an identifier start
// (start) or continuation sequence: what the X in XID adds.
func nfkcStable(r rune, start bool) bool {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if norm.NFKC.IsNormal(buf[:n]) {
		return true
	}
	for i, c := range norm.NFKC.String(string(buf[:n])) {
		if i == 0 && start && !isIDStart(c) || !isIDContinue(c) {
			return false
		}
	}
	return true
}
