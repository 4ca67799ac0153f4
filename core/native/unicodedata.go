package native

import (
	"math/big"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/bidi"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// unicodedata: CPython's Modules/unicodedata.c over Go's Unicode tables
// (unicode, golang.org/x/text), which are Unicode 15 where CPython 3.10's
// are Unicode 13: characters assigned since then have properties here.
// Numeric values have no table in Go: decimal and digit are exact for
// decimal digits (Nd) and for characters whose compatibility decomposition
// is one; numeric also reads decompositions such as "1⁄2"; other numeric
// characters raise NotImplementedError. decomposition() and mirrored()
// are not provided (no Go table).

func init() { register("unicodedata", newUnicodedata) }

// ucdCategories are the two-letter general categories Go has tables for.
var ucdCategories = func() []string {
	var names []string
	for name := range unicode.Categories {
		if len(name) == 2 && name != "LC" {
			names = append(names, name)
		}
	}
	return names
}()

// ucdCategory is the general category of r ("Cn" when unassigned).
func ucdCategory(r rune) string {
	for _, name := range ucdCategories {
		if unicode.Is(unicode.Categories[name], r) {
			return name
		}
	}
	return "Cn"
}

var bidiNames = map[bidi.Class]string{bidi.L: "L", bidi.R: "R", bidi.EN: "EN", bidi.ES: "ES", bidi.ET: "ET",
	bidi.AN: "AN", bidi.CS: "CS", bidi.B: "B", bidi.S: "S", bidi.WS: "WS", bidi.ON: "ON", bidi.BN: "BN",
	bidi.NSM: "NSM", bidi.AL: "AL", bidi.LRO: "LRO", bidi.RLO: "RLO", bidi.LRE: "LRE", bidi.RLE: "RLE",
	bidi.PDF: "PDF", bidi.LRI: "LRI", bidi.RLI: "RLI", bidi.FSI: "FSI", bidi.PDI: "PDI"}

// ucdChar is the one-character argument of fname.
func ucdChar(fname string, v object.Value, numbered bool) (rune, error) {
	s, ok := object.Unwrap(v).Object().(*object.Str)
	what := "argument"
	if numbered {
		what = "argument 1"
	}
	if !ok || v.Kind() != object.KindObject {
		return 0, object.Errorf(object.TypeError, "%s() %s must be a unicode character, not %s", fname, what, object.TypeOf(v).Name)
	}
	rs := []rune(s.S)
	if len(rs) != 1 {
		return 0, object.Errorf(object.TypeError, "%s() %s must be a unicode character, not str", fname, what)
	}
	return rs[0], nil
}

// ucdNumber is the numeric value of r as a fraction, if Go's tables give
// one: a decimal digit, or a character whose compatibility decomposition
// is an integer or "a⁄b". known is false for other numeric characters.
func ucdNumber(r rune) (val *big.Rat, digitOnly bool, known bool) {
	if unicode.Is(unicode.Nd, r) {
		start := r
		for start > 0 && unicode.Is(unicode.Nd, start-1) && r-start < 9 {
			start--
		}
		return big.NewRat(int64((r-start)%10), 1), true, true
	}
	if !unicode.In(r, unicode.N) {
		return nil, false, true
	}
	d := norm.NFKD.String(string(r))
	if d == string(r) {
		return nil, false, false
	}
	num, den := d, "1"
	if i := strings.IndexRune(d, '⁄'); i >= 0 {
		num, den = d[:i], d[i+len("⁄"):]
	}
	var parts [2]*big.Int
	for i, p := range []string{num, den} {
		if p == "" {
			return nil, false, false
		}
		n := new(big.Int)
		for _, c := range p {
			if !unicode.Is(unicode.Nd, c) {
				return nil, false, false
			}
			v, _, _ := ucdNumber(c)
			n.Mul(n, big.NewInt(10))
			n.Add(n, v.Num())
		}
		parts[i] = n
	}
	if parts[1].Sign() == 0 {
		return nil, false, false
	}
	single := len([]rune(d)) == 1
	return new(big.Rat).SetFrac(parts[0], parts[1]), single, true
}

func newUnicodedata(in *vm.Interp) (*object.Module, error) {
	m := newModule("unicodedata", "This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters.")
	setAttr(m, "unidata_version", object.NewStr(unicode.Version))
	one := func(name string, fn func(r rune) (object.Value, error)) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoKwargs(name, kw); err != nil {
				return object.Null, err
			}
			if len(args) != 1 {
				return object.Null, object.Errorf(object.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
			}
			r, err := ucdChar(name, args[0], false)
			if err != nil {
				return object.Null, err
			}
			return fn(r)
		})
	}
	one("category", func(r rune) (object.Value, error) { return object.NewStr(ucdCategory(r)), nil })
	one("bidirectional", func(r rune) (object.Value, error) {
		if ucdCategory(r) == "Cn" {
			return object.NewStr(""), nil
		}
		p, _ := bidi.LookupRune(r)
		return object.NewStr(bidiNames[p.Class()]), nil
	})
	one("combining", func(r rune) (object.Value, error) {
		return object.Int(int64(norm.NFD.PropertiesString(string(r)).CCC())), nil
	})
	one("east_asian_width", func(r rune) (object.Value, error) {
		k := width.LookupRune(r).Kind()
		name := map[width.Kind]string{width.EastAsianAmbiguous: "A", width.EastAsianWide: "W", width.EastAsianHalfwidth: "H",
			width.EastAsianFullwidth: "F", width.EastAsianNarrow: "Na", width.Neutral: "N"}[k]
		return object.NewStr(name), nil
	})
	// decimal, digit, numeric and name take a default.
	withDefault := func(name string, fn func(r rune) (object.Value, string, error)) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoKwargs(name, kw); err != nil {
				return object.Null, err
			}
			if len(args) < 1 || len(args) > 2 {
				return object.Null, object.Errorf(object.TypeError, "%s expected at most 2 arguments, got %d", name, len(args))
			}
			r, err := ucdChar(name, args[0], true)
			if err != nil {
				return object.Null, err
			}
			v, missing, err := fn(r)
			if err != nil || missing == "" {
				return v, err
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return object.Null, object.Errorf(object.ValueError, "%s", missing)
		})
	}
	number := func(fname string, r rune) (*big.Rat, bool, error) {
		v, digitOnly, known := ucdNumber(r)
		if !known {
			return nil, false, object.Errorf(object.NotImplementedError, "unicodedata.%s: no numeric value table for U+%04X in pyvar", fname, r)
		}
		return v, digitOnly, nil
	}
	withDefault("decimal", func(r rune) (object.Value, string, error) {
		if !unicode.Is(unicode.Nd, r) {
			return object.Null, "not a decimal", nil
		}
		v, _, _ := ucdNumber(r)
		return object.Int(v.Num().Int64()), "", nil
	})
	withDefault("digit", func(r rune) (object.Value, string, error) {
		v, digitOnly, err := number("digit", r)
		if err != nil {
			return object.Null, "", err
		}
		if v == nil || !digitOnly || !v.IsInt() || v.Num().Cmp(big.NewInt(9)) > 0 {
			return object.Null, "not a digit", nil
		}
		return object.Int(v.Num().Int64()), "", nil
	})
	withDefault("numeric", func(r rune) (object.Value, string, error) {
		v, _, err := number("numeric", r)
		if err != nil {
			return object.Null, "", err
		}
		if v == nil {
			return object.Null, "not a numeric character", nil
		}
		f, _ := v.Float64()
		return object.Float(f), "", nil
	})
	withDefault("name", func(r rune) (object.Value, string, error) {
		n, ok := unicodeName(r)
		if !ok {
			return object.Null, "no such name", nil
		}
		return object.NewStr(n), "", nil
	})
	defFunc(m, "lookup", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("lookup", kw); err != nil {
			return object.Null, err
		}
		if len(args) != 1 {
			return object.Null, object.Errorf(object.TypeError, "lookup() takes exactly one argument (%d given)", len(args))
		}
		name, err := strArg("lookup", 1, args[0])
		if err != nil {
			return object.Null, err
		}
		r, ok := unicodeLookup(name)
		if !ok {
			return object.Null, object.NewException(object.KeyError, object.NewStr("undefined character name '"+name+"'"))
		}
		return object.NewStr(string(r)), nil
	})
	forms := map[string]norm.Form{"NFC": norm.NFC, "NFD": norm.NFD, "NFKC": norm.NFKC, "NFKD": norm.NFKD}
	normArgs := func(fname string, args []object.Value, kw []string) (norm.Form, string, error) {
		if err := object.NoKwargs(fname, kw); err != nil {
			return 0, "", err
		}
		if len(args) != 2 {
			return 0, "", object.Errorf(object.TypeError, "%s expected 2 arguments, got %d", fname, len(args))
		}
		form, err := strArg(fname, 1, args[0])
		if err != nil {
			return 0, "", err
		}
		s, err := strArg(fname, 2, args[1])
		if err != nil {
			return 0, "", err
		}
		f, ok := forms[form]
		if !ok {
			return 0, "", object.Errorf(object.ValueError, "invalid normalization form")
		}
		return f, s, nil
	}
	defFunc(m, "normalize", func(args []object.Value, kw []string) (object.Value, error) {
		f, s, err := normArgs("normalize", args, kw)
		if err != nil {
			return object.Null, err
		}
		if f.IsNormalString(s) {
			if _, exact := args[1].Object().(*object.Str); exact && args[1].Kind() == object.KindObject {
				return args[1], nil
			}
		}
		return object.NewStr(f.String(s)), nil
	})
	defFunc(m, "is_normalized", func(args []object.Value, kw []string) (object.Value, error) {
		f, s, err := normArgs("is_normalized", args, kw)
		if err != nil {
			return object.Null, err
		}
		return object.Bool(f.IsNormalString(s)), nil
	})
	return m, nil
}
