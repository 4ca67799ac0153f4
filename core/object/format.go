package object

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// formatSpec is a parsed format-spec mini-language string:
// [[fill]align][sign][#][0][width][grouping][.precision][type].
type formatSpec struct {
	fill      rune
	align     byte
	sign      byte
	alt       bool
	zero      bool
	zeroAlign bool // align is '=' because of the '0' flag, not given
	width     int
	grouping  byte
	precision int // -1 when absent
	typ       byte
}

func parseFormatSpec(spec string) (formatSpec, error) {
	f := formatSpec{fill: ' ', precision: -1}
	s := spec
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '=' || c == '^' }
	fillSpecified := false
	if r, n := utf8.DecodeRuneInString(s); n > 0 && len(s) > n && isAlign(s[n]) {
		f.fill, f.align, s = r, s[n], s[n+1:]
		fillSpecified = true
	} else if len(s) > 0 && isAlign(s[0]) {
		f.align, s = s[0], s[1:]
	}
	if len(s) > 0 && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		f.sign, s = s[0], s[1:]
	}
	if len(s) > 0 && s[0] == '#' {
		f.alt, s = true, s[1:]
	}
	// The '0' of zero padding, when no fill was given (with one, a '0'
	// begins the width): the fill is '0', and with no alignment given the
	// padding goes after the sign ('='), which formatStr undoes (a str's
	// default alignment is '<').
	if !fillSpecified && len(s) > 0 && s[0] == '0' {
		f.zero, f.fill, s = true, '0', s[1:]
		if f.align == 0 {
			f.align, f.zeroAlign = '=', true
		}
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		w, err := specInt(s[:i])
		if err != nil {
			return f, err
		}
		// A width below 1 KB always fits, unless a budget is set.
		if w >= 1024 || allocLimit != 0 {
			if err := checkAlloc(w, 1); err != nil {
				return f, err // the padding could never be allocated
			}
		}
		f.width, s = w, s[i:]
	}
	if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
		f.grouping, s = s[0], s[1:]
		if len(s) > 0 && (s[0] == ',' || s[0] == '_') && s[0] != f.grouping {
			return f, Errorf(ValueError, "Cannot specify both ',' and '_'.")
		}
	}
	if len(s) > 0 && s[0] == '.' {
		s = s[1:]
		i = 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 {
			return f, Errorf(ValueError, "Format specifier missing precision")
		}
		p, err := specInt(s[:i])
		if err != nil {
			return f, err
		}
		f.precision, s = p, s[i:]
	}
	if len(s) > 1 {
		return f, Errorf(ValueError, "Invalid format specifier")
	}
	if len(s) == 1 {
		f.typ = s[0]
	}
	if f.grouping != 0 {
		// parse_internal_render_format_spec refuses a separator the type
		// cannot take, whatever the object.
		switch f.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if f.grouping != '_' {
				return f, Errorf(ValueError, "Cannot specify '%c' with '%c'.", f.grouping, f.typ)
			}
		default:
			return f, Errorf(ValueError, "Cannot specify '%c' with '%c'.", f.grouping, f.typ)
		}
	}
	return f, nil
}

// specInt is a format spec's width or precision; one that overflows a
// Py_ssize_t is refused as CPython's get_integer refuses it.
func specInt(digits string) (int, error) {
	if len(digits) <= 18 { // cannot overflow
		n := 0
		for i := 0; i < len(digits); i++ {
			n = n*10 + int(digits[i]-'0')
		}
		return n, nil
	}
	n, err := strconv.Atoi(digits)
	if err != nil {
		return 0, Errorf(ValueError, "Too many decimal digits in format string")
	}
	return n, nil
}

// pad aligns body (sign already separated) to the spec's width.
func (f *formatSpec) pad(sign, body string, defAlign byte) string {
	if f.width == 0 {
		return sign + body
	}
	align := f.align
	if align == 0 {
		align = defAlign
	}
	n := utf8.RuneCountInString(sign) + utf8.RuneCountInString(body)
	if n >= f.width {
		return sign + body
	}
	if f.fill < utf8.RuneSelf && (align == '<' || align == '>' || align == '=') {
		// One ASCII fill character: the result in one allocation, the
		// fill written as one run.
		b := make([]byte, len(sign)+len(body)+f.width-n)
		k := 0
		if align == '=' {
			k = copy(b, sign)
		}
		if align != '<' {
			fill := b[k : k+f.width-n]
			for j := range fill {
				fill[j] = byte(f.fill)
			}
			k += len(fill)
		}
		if align != '=' {
			k += copy(b[k:], sign)
		}
		k += copy(b[k:], body)
		if align == '<' {
			fill := b[k:]
			for j := range fill {
				fill[j] = byte(f.fill)
			}
		}
		return unsafe.String(&b[0], len(b))
	}
	fill := strings.Repeat(string(f.fill), f.width-n)
	switch align {
	case '<':
		return sign + body + fill
	case '>':
		return fill + sign + body
	case '=':
		return sign + fill + body
	}
	left := (f.width - n) / 2
	return fill[:left*len(string(f.fill))] + sign + body + fill[left*len(string(f.fill)):]
}

func groupDigits(digits string, sep byte, every int) string {
	if sep == 0 || len(digits) <= every {
		return digits
	}
	var b strings.Builder
	first := len(digits) % every
	if first == 0 {
		first = every
	}
	b.WriteString(digits[:first])
	for i := first; i < len(digits); i += every {
		b.WriteByte(sep)
		b.WriteString(digits[i : i+every])
	}
	return b.String()
}

func builtinFormat(v Value, spec string) (string, error) {
	if spec == "" {
		// format(x, '') is str(x), which for a subclass may be its own
		// __str__ or __repr__.
		return StrOf(v)
	}
	u := Unwrap(v)
	switch numericKind(u) {
	case numInt:
		if u.IsBool() && spec == "" {
			return Repr(u)
		}
		return formatInt(u, spec, TypeOf(v).Name)
	case numFloat:
		return formatFloat(u.RawFloat(), spec)
	case numComplex:
		if spec == "" {
			return Repr(u)
		}
		return formatComplex(u.o.(*Complex).V, spec)
	}
	if s, ok := u.o.(*Str); ok {
		return formatStr(s.S, spec)
	}
	if spec != "" {
		return "", Errorf(TypeError, "unsupported format string passed to %s.__format__", TypeOf(v).Name)
	}
	return StrOf(v)
}

func formatStr(s, spec string) (string, error) {
	if spec == "" {
		return s, nil
	}
	f, err := parseFormatSpec(spec)
	if err != nil {
		return "", err
	}
	if f.typ == 0 && f.grouping != 0 { // the type defaults to 's'
		return "", Errorf(ValueError, "Cannot specify '%c' with 's'.", f.grouping)
	}
	if f.typ != 0 && f.typ != 's' {
		return "", Errorf(ValueError, "Unknown format code '%c' for object of type 'str'", f.typ)
	}
	if f.sign == ' ' {
		return "", Errorf(ValueError, "Space not allowed in string format specifier")
	}
	if f.sign != 0 {
		return "", Errorf(ValueError, "Sign not allowed in string format specifier")
	}
	if f.alt {
		return "", Errorf(ValueError, "Alternate form (#) not allowed in string format specifier")
	}
	if f.zeroAlign {
		f.align = 0 // a str's default alignment, '<'
	}
	if f.align == '=' {
		return "", Errorf(ValueError, "'=' alignment not allowed in string format specifier")
	}
	if f.precision >= 0 && utf8.RuneCountInString(s) > f.precision {
		s = string([]rune(s)[:f.precision])
	}
	return f.pad("", s, '<'), nil
}

func signOf(neg bool, sign byte) string {
	if neg {
		return "-"
	}
	switch sign {
	case '+':
		return "+"
	case ' ':
		return " "
	}
	return ""
}

func formatInt(v Value, spec string, tname string) (string, error) {
	if spec == "" {
		return intDecimal(v)
	}
	f, err := parseFormatSpec(spec)
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		x, err := IntToFloat(v)
		if err != nil {
			return "", err
		}
		return formatFloat(x, spec)
	}
	var digits, prefix string
	every := 3
	if v.IsInt() && (f.typ == 0 || f.typ == 'd') && f.precision < 0 {
		// A small int in decimal: its digits without a big.Int.
		n := v.RawInt()
		var tmp [20]byte
		if n < 0 {
			digits = string(strconv.AppendUint(tmp[:0], uint64(-n), 10))
		} else {
			digits = string(strconv.AppendUint(tmp[:0], uint64(n), 10))
		}
		return f.padInt(n < 0, "", digits, every), nil
	}
	x := toBig(v)
	neg := x.Sign() < 0
	ax := new(big.Int).Abs(x)
	switch f.typ {
	case 0, 'd', 'n':
		s, err := intDecimal(normBig(ax))
		if err != nil {
			return "", err
		}
		digits = s
	case 'b':
		digits, prefix, every = ax.Text(2), "0b", 4
	case 'o':
		digits, prefix, every = ax.Text(8), "0o", 4
	case 'x':
		digits, prefix, every = ax.Text(16), "0x", 4
	case 'X':
		digits, prefix, every = strings.ToUpper(ax.Text(16)), "0X", 4
	case 'c':
		if f.sign != 0 {
			return "", Errorf(ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if f.alt {
			return "", Errorf(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if !x.IsInt64() {
			return "", Errorf(OverflowError, "Python int too large to convert to C long")
		}
		if x.Int64() < 0 || x.Int64() > 0x10ffff {
			return "", Errorf(OverflowError, "%%c arg not in range(0x110000)")
		}
		return f.pad("", string(rune(x.Int64())), '<'), nil
	default:
		return "", Errorf(ValueError, "Unknown format code '%c' for object of type '%s'", f.typ, tname)
	}
	if f.precision >= 0 {
		return "", Errorf(ValueError, "Precision not allowed in integer format specifier")
	}
	if !f.alt {
		prefix = ""
	}
	if f.grouping == ',' && f.typ != 0 && f.typ != 'd' {
		return "", Errorf(ValueError, "Cannot specify ',' with '%c'.", f.typ)
	}
	return f.padInt(neg, prefix, digits, every), nil
}

// padInt is the end of formatInt: the sign and prefix, the digits grouped
// by every, padded to the width.
func (f *formatSpec) padInt(neg bool, prefix, digits string, every int) string {
	sign := signOf(neg, f.sign)
	if prefix != "" {
		sign += prefix
	}
	if f.align == '=' && f.fill == '0' && f.grouping != 0 {
		// zero padding takes part in grouping
		w := f.width - len(sign)
		for len(groupDigits(digits, f.grouping, every)) < w {
			digits = "0" + digits
		}
	}
	return f.pad(sign, groupDigits(digits, f.grouping, every), '>')
}

// floatBody formats |x| (no sign) for presentation type typ (0 = the
// spec had none), precision prec (-1 = none) and the '#' flag, as
// PyOS_double_to_string does. repr0 leaves out the ".0" that repr-style
// output adds to integral values (complex parts).
func floatBody(ax float64, typ byte, prec int, alt, repr0 bool) string {
	if math.IsInf(ax, 0) {
		return "inf"
	}
	if math.IsNaN(ax) {
		return "nan"
	}
	addDot := func(b string) string {
		if strings.Contains(b, ".") {
			return b
		}
		if i := strings.IndexByte(b, 'e'); i >= 0 {
			return b[:i] + "." + b[i:]
		}
		return b + "."
	}
	var body string
	switch typ {
	case 'e', 'E', 'f', 'F', '%':
		if prec < 0 {
			prec = 6
		}
		switch typ {
		case '%':
			body = strconv.FormatFloat(ax*100, 'f', prec, 64)
		case 'e', 'E':
			body = strconv.FormatFloat(ax, 'e', prec, 64)
		default:
			body = strconv.FormatFloat(ax, 'f', prec, 64)
		}
		if alt && prec == 0 {
			body = addDot(body)
		}
	case 'g', 'G', 'n', 0:
		if typ == 0 && prec < 0 {
			body = FloatRepr(ax)
			if repr0 {
				body = strings.TrimSuffix(body, ".0")
			}
			if alt {
				body = addDot(body)
			}
			break
		}
		if prec < 0 {
			prec = 6
		}
		if prec == 0 {
			prec = 1
		}
		if !alt && prec > 800 {
			// A double has at most 767 significant decimal digits and
			// its exponent stays within ±324: beyond 800 the digits are
			// zeros 'g' drops, so the text is the same (and
			// format(1.5, '.2147483647') allocates nothing huge).
			prec = 800
		}
		if alt {
			// '#' keeps the trailing zeros: p significant digits.
			e := strconv.FormatFloat(ax, 'e', prec-1, 64)
			exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
			limit := prec
			if typ == 0 && !repr0 {
				limit = prec - 1 // as below
			}
			if exp >= -4 && exp < limit {
				body = strconv.FormatFloat(ax, 'f', prec-1-exp, 64)
			} else {
				body = e
			}
			body = addDot(body)
		} else if typ == 0 && !repr0 {
			// A float's '' type with a precision is 'g' that keeps a
			// digit after the point (Py_DTSF_ADD_DOT_0), so it switches
			// to an exponent one digit sooner.
			e := strconv.FormatFloat(ax, 'e', prec-1, 64)
			i := strings.IndexByte(e, 'e')
			exp, _ := strconv.Atoi(e[i+1:])
			if exp < -4 || exp >= prec-1 {
				mant := e[:i]
				if strings.Contains(mant, ".") {
					mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
				}
				body = mant + e[i:]
			} else {
				body = strconv.FormatFloat(ax, 'g', prec, 64)
				if !strings.Contains(body, ".") {
					body += ".0"
				}
			}
		} else {
			body = strconv.FormatFloat(ax, 'g', prec, 64)
		}
	}
	return body
}

// checkFloatPrecision refuses a float precision CPython's formatter
// refuses (it must fit a C int), or whose digits could not be allocated.
func checkFloatPrecision(p int) error {
	if p > math.MaxInt32 {
		return Errorf(ValueError, "precision too big")
	}
	return checkAlloc(p, 1)
}

func formatFloat(x float64, spec string) (string, error) {
	if spec == "" {
		return FloatRepr(x), nil
	}
	f, err := parseFormatSpec(spec)
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 'e', 'E', 'f', 'F', '%', 'g', 'G', 'n', 0:
	default:
		return "", Errorf(ValueError, "Unknown format code '%c' for object of type 'float'", f.typ)
	}
	if err := checkFloatPrecision(f.precision); err != nil {
		return "", err
	}
	neg := math.Signbit(x) && !math.IsNaN(x)
	body := floatBody(math.Abs(x), f.typ, f.precision, f.alt, false)
	if f.typ == '%' {
		body += "%"
	}
	if f.typ == 'E' || f.typ == 'F' || f.typ == 'G' {
		body = strings.ToUpper(body)
	}
	special := math.IsInf(x, 0) || math.IsNaN(x)
	if f.grouping != 0 && !special {
		intPart, rest := body, ""
		if i := strings.IndexAny(body, ".eE%"); i >= 0 {
			intPart, rest = body[:i], body[i:]
		}
		if f.align == '=' && f.fill == '0' {
			w := f.width - len(signOf(neg, f.sign)) - len(rest)
			for len(groupDigits(intPart, f.grouping, 3)) < w {
				intPart = "0" + intPart
			}
		}
		body = groupFloatBody(intPart+rest, f.grouping)
	}
	return f.pad(signOf(neg, f.sign), body, '>'), nil
}

// groupFloatBody puts the grouping separator into the integer part of a
// formatted float's digits.
func groupFloatBody(body string, sep byte) string {
	intPart, rest := body, ""
	if i := strings.IndexAny(body, ".eE%"); i >= 0 {
		intPart, rest = body[:i], body[i:]
	}
	return groupDigits(intPart, sep, 3) + rest
}

// formatComplex is complex.__format__ (CPython's format_complex_internal).
func formatComplex(c complex128, spec string) (string, error) {
	f, err := parseFormatSpec(spec)
	if err != nil {
		return "", err
	}
	if err := checkFloatPrecision(f.precision); err != nil {
		return "", err
	}
	if f.zero || f.fill == '0' {
		return "", Errorf(ValueError, "Zero padding is not allowed in complex format specifier")
	}
	if f.align == '=' {
		return "", Errorf(ValueError, "'=' alignment flag is not allowed in complex format specifier")
	}
	typ := f.typ
	switch typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', 'n', 0:
	default:
		return "", Errorf(ValueError, "Unknown format code '%c' for object of type 'complex'", typ)
	}
	re, im := real(c), imag(c)
	skipRe, parens := false, false
	if typ == 0 {
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
		if f.precision >= 0 {
			typ = 'g'
		}
	}
	if typ == 'n' {
		typ = 'g'
	}
	part := func(x float64) string {
		b := floatBody(math.Abs(x), typ, f.precision, f.alt, typ == 0)
		if typ == 'E' || typ == 'F' || typ == 'G' {
			b = strings.ToUpper(b)
		}
		if f.grouping != 0 && !math.IsInf(x, 0) && !math.IsNaN(x) {
			b = groupFloatBody(b, f.grouping)
		}
		return b
	}
	var b strings.Builder
	if parens {
		b.WriteByte('(')
	}
	if !skipRe {
		b.WriteString(signOf(math.Signbit(re) && !math.IsNaN(re), f.sign))
		b.WriteString(part(re))
	}
	imSign := signOf(math.Signbit(im) && !math.IsNaN(im), f.sign)
	if !skipRe && imSign != "-" {
		imSign = "+"
	}
	b.WriteString(imSign)
	b.WriteString(part(im))
	b.WriteByte('j')
	if parens {
		b.WriteByte(')')
	}
	return f.pad("", b.String(), '>'), nil
}

// strFormatMethod is str.format(*args, **kwargs).
func strFormatMethod(format string, args []Value, kwnames []string) (string, error) {
	return formatWith(format, args, kwnames, Null)
}

// formatWith is str.format, or str.format_map when mapping is not Null.
func formatWith(format string, args []Value, kwnames []string, mapping Value) (string, error) {
	var st formatState
	return st.format(format, args, kwnames, mapping, 2)
}

// formatState is what the fields of one str.format call share, the
// nested ones of a format spec ("{:{}}") included: the automatic field
// number and which numbering the fields use.
type formatState struct {
	auto             int
	manual, autoUsed bool
}

// format formats format; recursion is how many more levels of nested
// fields may follow (MarkupIterator's recursion_depth, 2 at the top).
func (st *formatState) format(format string, args []Value, kwnames []string, mapping Value, recursion int) (string, error) {
	if recursion <= 0 {
		return "", Errorf(ValueError, "Max string recursion exceeded")
	}
	npos := len(args) - len(kwnames)
	var b strings.Builder
	b.Grow(len(format) + 8*len(args))
	var lookup func(field string) (Value, error)
	lookup = func(field string) (Value, error) {
		name := field
		rest := ""
		if i := strings.IndexAny(field, ".["); i >= 0 {
			name, rest = field[:i], field[i:]
		}
		var obj Value
		if !mapping.IsNull() && (name == "" || name[0] >= '0' && name[0] <= '9') {
			return Null, Errorf(ValueError, "Format string contains positional fields")
		}
		if name == "" {
			if st.manual {
				return Null, Errorf(ValueError, "cannot switch from manual field specification to automatic field numbering")
			}
			st.autoUsed = true
			if st.auto >= npos {
				return Null, Errorf(IndexError, "Replacement index %d out of range for positional args tuple", st.auto)
			}
			obj = args[st.auto]
			st.auto++
		} else if n, err := strconv.Atoi(name); err == nil {
			if st.autoUsed {
				return Null, Errorf(ValueError, "cannot switch from automatic field numbering to manual field specification")
			}
			st.manual = true
			if n >= npos {
				return Null, Errorf(IndexError, "Replacement index %d out of range for positional args tuple", n)
			}
			obj = args[n]
		} else if !mapping.IsNull() {
			var err error
			if obj, err = GetItem(mapping, NewStr(name)); err != nil {
				return Null, err
			}
		} else {
			found := false
			for i, k := range kwnames {
				if k == name {
					obj, found = args[npos+i], true
				}
			}
			if !found {
				return Null, NewException(KeyError, NewStr(name))
			}
		}
		for rest != "" {
			if rest[0] == '.' {
				j := strings.IndexAny(rest[1:], ".[")
				attr := rest[1:]
				if j >= 0 {
					attr, rest = rest[1:j+1], rest[j+1:]
				} else {
					rest = ""
				}
				var err error
				if obj, err = GetAttr(obj, Intern(attr)); err != nil {
					return Null, err
				}
				continue
			}
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				return Null, Errorf(ValueError, "Missing ']' in format string")
			}
			key := rest[1:j]
			rest = rest[j+1:]
			var kv Value
			if n, err := strconv.Atoi(key); err == nil {
				kv = Int(int64(n))
			} else {
				kv = NewStr(key)
			}
			var err error
			if obj, err = GetItem(obj, kv); err != nil {
				return Null, err
			}
		}
		return obj, nil
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == '}' {
			if i+1 < len(format) && format[i+1] == '}' {
				b.WriteByte('}')
				i++
				continue
			}
			return "", Errorf(ValueError, "Single '}' encountered in format string")
		}
		if c != '{' {
			// The text up to the next brace, at once.
			j := strings.IndexAny(format[i:], "{}")
			if j < 0 {
				j = len(format) - i
			}
			b.WriteString(format[i : i+j])
			i += j - 1
			continue
		}
		if i+1 < len(format) && format[i+1] == '{' {
			b.WriteByte('{')
			i++
			continue
		}
		depth := 1
		j := i + 1
		for ; j < len(format) && depth > 0; j++ {
			switch format[j] {
			case '{':
				depth++
			case '}':
				depth--
			}
		}
		if depth > 0 {
			if strings.ContainsAny(format[i+1:], "}") {
				return "", Errorf(ValueError, "unexpected '{' in field name")
			}
			return "", Errorf(ValueError, "Single '{' encountered in format string")
		}
		field := format[i+1 : j-1]
		i = j - 1
		conv := byte(0)
		spec := ""
		if k := strings.IndexByte(field, ':'); k >= 0 {
			field, spec = field[:k], field[k+1:]
		}
		if k := strings.IndexByte(field, '!'); k >= 0 {
			if k+2 != len(field) {
				return "", Errorf(ValueError, "expected ':' after conversion specifier")
			}
			conv = field[k+1]
			field = field[:k]
		}
		obj, err := lookup(field)
		if err != nil {
			return "", err
		}
		if strings.ContainsRune(spec, '{') {
			if spec, err = st.format(spec, args, kwnames, mapping, recursion-1); err != nil {
				return "", err
			}
		}
		switch conv {
		case 0:
		case 'r':
			s, err := Repr(obj)
			if err != nil {
				return "", err
			}
			obj = NewStr(s)
		case 's':
			s, err := StrOf(obj)
			if err != nil {
				return "", err
			}
			obj = NewStr(s)
		case 'a':
			s, err := ASCII(obj)
			if err != nil {
				return "", err
			}
			obj = NewStr(s)
		default:
			return "", Errorf(ValueError, "Unknown conversion specifier %c", conv)
		}
		s, err := Format(obj, spec)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

// strPercent is printf-style str % args.
func strPercent(fs *Str, args Value) (Value, error) {
	r, err := percentFormat(fs.S, args, false)
	if err != nil {
		return Null, err
	}
	return NewStr(r), nil
}

// percentFormat is printf-style formatting of format with args: str's
// (PyUnicode_Format) or, when isBytes, bytes' (_PyBytes_FormatEx, where
// format and result hold one byte per character, latin-1 style). The mode
// travels as an argument: a __str__ or __bytes__ that formats in turn
// cannot change the outer call's rules.
func percentFormat(format string, args Value, isBytes bool) (string, error) {
	var items []Value
	var mapping Value
	if t, ok := Unwrap(args).o.(*Tuple); ok && args.IsObject() {
		items = t.Items // a tuple, or a tuple subclass's items
	} else {
		items = []Value{args}
		if d, ok := args.o.(*Dict); ok && d.class == nil {
			mapping = args // an exact dict: no __getitem__ to look up
		} else if args.IsObject() && !TypeOf(args).Lookup(strGetitem).IsNull() {
			switch Unwrap(args).o.(type) {
			case *Tuple, *Str:
			case *Bytes, *ByteArray:
				if !isBytes {
					mapping = args
				}
			default:
				mapping = args
			}
		}
	}
	next := 0
	getArg := func() (Value, error) {
		if next >= len(items) {
			return Null, Errorf(TypeError, "not enough arguments for format string")
		}
		next++
		return items[next-1], nil
	}
	usedMapping := false
	var b strings.Builder
	b.Grow(len(format) + 8*len(items))
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			// The text up to the next conversion, at once.
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				j = len(format) - i
			}
			b.WriteString(format[i : i+j])
			i += j - 1
			continue
		}
		i++
		if i >= len(format) {
			return "", Errorf(ValueError, "incomplete format")
		}
		if format[i] == '%' { // "%%"; after a key, flags or width '%' is a conversion CPython refuses
			b.WriteByte('%')
			continue
		}
		var arg Value
		if format[i] == '(' {
			if mapping.IsNull() {
				return "", Errorf(TypeError, "format requires a mapping")
			}
			depth := 1
			j := i + 1
			for ; j < len(format) && depth > 0; j++ {
				if format[j] == '(' {
					depth++
				} else if format[j] == ')' {
					depth--
				}
			}
			if depth > 0 {
				return "", Errorf(ValueError, "incomplete format key")
			}
			var err error
			key := NewStr(format[i+1 : j-1])
			if isBytes {
				key = NewBytes(fromLatin1(format[i+1 : j-1]))
			}
			if arg, err = GetItem(mapping, key); err != nil {
				return "", err
			}
			usedMapping = true
			i = j
		}
		f := formatSpec{fill: ' ', precision: -1, align: '>'}
	flags:
		for ; i < len(format); i++ {
			switch format[i] {
			case '-':
				f.align = '<'
			case '+':
				f.sign = '+'
			case ' ':
				if f.sign == 0 {
					f.sign = ' '
				}
			case '#':
				f.alt = true
			case '0':
				f.zero = true
			default:
				break flags
			}
		}
		if i < len(format) && format[i] == '*' {
			w, err := getArg()
			if err != nil {
				return "", err
			}
			if !TypeOf(w).IsSubtype(IntType) {
				return "", Errorf(TypeError, "* wants int")
			}
			n, ok := Unwrap(w).AsInt()
			if !ok {
				return "", Errorf(OverflowError, "Python int too large to convert to C ssize_t")
			}
			if n < 0 {
				f.align, n = '<', -n
			}
			if n < 0 { // -MinInt64
				return "", Errorf(OverflowError, "Python int too large to convert to C ssize_t")
			}
			f.width = int(n)
			i++
		} else {
			for ; i < len(format) && format[i] >= '0' && format[i] <= '9'; i++ {
				if f.width > (math.MaxInt-int(format[i]-'0'))/10 {
					return "", Errorf(ValueError, "width too big")
				}
				f.width = f.width*10 + int(format[i]-'0')
			}
		}
		if f.width > 0 {
			if err := checkAlloc(f.width, 1); err != nil {
				return "", err
			}
		}
		if i < len(format) && format[i] == '.' {
			i++
			f.precision = 0
			if i < len(format) && format[i] == '*' {
				p, err := getArg()
				if err != nil {
					return "", err
				}
				// CPython keeps the precision in a C int; a negative one
				// is 0.
				if !TypeOf(p).IsSubtype(IntType) {
					return "", Errorf(TypeError, "* wants int")
				}
				n, ok := Unwrap(p).AsInt()
				if !ok || n > math.MaxInt32 || n < math.MinInt32 {
					return "", Errorf(OverflowError, "Python int too large to convert to C int")
				}
				f.precision = max(int(n), 0)
				i++
			} else {
				for ; i < len(format) && format[i] >= '0' && format[i] <= '9'; i++ {
					if f.precision > (math.MaxInt32-int(format[i]-'0'))/10 {
						if isBytes {
							return "", Errorf(ValueError, "prec too big")
						}
						return "", Errorf(ValueError, "precision too big")
					}
					f.precision = f.precision*10 + int(format[i]-'0')
				}
			}
		}
		for i < len(format) && (format[i] == 'l' || format[i] == 'h' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return "", Errorf(ValueError, "incomplete format")
		}
		conv := format[i]
		if arg.IsNull() {
			var err error
			if arg, err = getArg(); err != nil {
				return "", err
			}
		}
		if f.width == 0 && f.precision < 0 && f.sign == 0 && !f.alt && !isBytes {
			// %s of a str, %d or %s of a small int: nothing to pad.
			if s, ok := arg.o.(*Str); ok && conv == 's' {
				b.WriteString(s.S)
				continue
			}
			if arg.IsInt() && (conv == 'd' || conv == 'i' || conv == 'u' || conv == 's') {
				var tmp [20]byte
				b.Write(strconv.AppendInt(tmp[:0], int64(arg.n), 10))
				continue
			}
		}
		s, err := percentOne(conv, arg, &f, i, isBytes)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	if next < len(items) && !usedMapping && mapping.IsNull() {
		if isBytes {
			return "", Errorf(TypeError, "not all arguments converted during bytes formatting")
		}
		return "", Errorf(TypeError, "not all arguments converted during string formatting")
	}
	return b.String(), nil
}

func percentOne(conv byte, arg Value, f *formatSpec, pos int, isBytes bool) (string, error) {
	if f.zero && f.align != '<' {
		f.fill, f.align = '0', '='
	}
	if isBytes {
		switch conv {
		case 's', 'b':
			s, err := bytesFormatObj(arg)
			if err != nil {
				return "", err
			}
			if f.precision >= 0 && len(s) > f.precision {
				s = s[:f.precision]
			}
			f.fill = ' '
			if f.align == '=' {
				f.align = '>'
			}
			return f.pad("", s, '>'), nil
		case 'r':
			conv = 'a'
		case 'c':
			if b, ok := bytesOrByteArray(Unwrap(arg)); ok && len(b) == 1 {
				return f.pad("", latin1(b), '>'), nil
			}
			if !IndexCheck(arg) {
				return "", Errorf(TypeError, "%%c requires an integer in range(256) or a single byte")
			}
			iv, err := Index(arg)
			if err != nil {
				return "", err
			}
			n, ok := iv.AsInt()
			if !ok || n < 0 || n > 255 {
				return "", Errorf(OverflowError, "%%c arg not in range(256)")
			}
			return f.pad("", string(rune(n)), '>'), nil
		}
	}
	switch conv {
	case 's', 'r', 'a':
		var s string
		var err error
		switch conv {
		case 's':
			s, err = StrOf(arg)
		case 'r':
			s, err = Repr(arg)
		default:
			s, err = ASCII(arg)
		}
		if err != nil {
			return "", err
		}
		if f.precision >= 0 && utf8.RuneCountInString(s) > f.precision {
			s = string([]rune(s)[:f.precision])
		}
		f.fill = ' '
		if f.align == '=' {
			f.align = '>'
		}
		return f.pad("", s, '>'), nil
	case 'd', 'i', 'u', 'x', 'X', 'o':
		if f.precision > math.MaxInt32-3 { // _PyUnicode_FormatLong's bound
			return "", Errorf(OverflowError, "precision too large")
		}
		u := Unwrap(arg)
		decimal := conv == 'd' || conv == 'i' || conv == 'u'
		wrongType := func() error {
			if decimal {
				return Errorf(TypeError, "%%%c format: a real number is required, not %s", conv, TypeOf(arg).Name)
			}
			return Errorf(TypeError, "%%%c format: an integer is required, not %s", conv, TypeOf(arg).Name)
		}
		if !isIntValue(u) {
			// mainformatlong: any number (PyNumber_Check) goes through
			// int() for %d and operator.index() for %x and %o; a
			// TypeError on the way is the format's own.
			if !numberCheck(arg) {
				return "", wrongType()
			}
			var err error
			if decimal {
				u, err = intConvert(arg, Null)
			} else {
				u, err = Index(arg)
			}
			if err != nil {
				if ExceptionMatches(err, TypeError) {
					return "", wrongType()
				}
				return "", err
			}
			u = Unwrap(u)
		}
		var digits, prefix string
		if u.IsInt() || u.IsBool() {
			// A small int: no big.Int.
			n := int64(u.n)
			au := uint64(n)
			if n < 0 {
				au = -au
			}
			switch conv {
			case 'x':
				digits, prefix = strconv.FormatUint(au, 16), "0x"
			case 'X':
				digits, prefix = strings.ToUpper(strconv.FormatUint(au, 16)), "0X"
			case 'o':
				digits, prefix = strconv.FormatUint(au, 8), "0o"
			default:
				digits = strconv.FormatUint(au, 10)
			}
			if f.precision > len(digits) {
				digits = strings.Repeat("0", f.precision-len(digits)) + digits
			}
			if !f.alt {
				prefix = ""
			}
			return f.pad(signOf(n < 0, f.sign)+prefix, digits, '>'), nil
		}
		x := toBig(u)
		neg := x.Sign() < 0
		ax := new(big.Int).Abs(x)
		switch conv {
		case 'x':
			digits, prefix = ax.Text(16), "0x"
		case 'X':
			digits, prefix = strings.ToUpper(ax.Text(16)), "0X"
		case 'o':
			digits, prefix = ax.Text(8), "0o"
		default:
			d, err := intDecimal(normBig(ax))
			if err != nil {
				return "", err
			}
			digits = d
		}
		for f.precision > len(digits) {
			digits = "0" + digits
		}
		if !f.alt {
			prefix = ""
		}
		return f.pad(signOf(neg, f.sign)+prefix, digits, '>'), nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		x, err := ToFloat(arg)
		if err != nil {
			if isBytes { // _PyBytes_FormatEx words every failure so
				return "", Errorf(TypeError, "float argument required, not %s", TypeOf(arg).Name)
			}
			return "", err
		}
		p := f.precision
		if p < 0 {
			p = 6
		}
		if err := checkFloatPrecision(p); err != nil {
			return "", err
		}
		neg := math.Signbit(x) && !math.IsNaN(x)
		ax := math.Abs(x)
		lower := conv | 0x20
		body := floatBody(ax, lower, p, f.alt, false)
		if conv == 'E' || conv == 'F' || conv == 'G' {
			body = strings.ToUpper(body)
		}
		return f.pad(signOf(neg, f.sign), body, '>'), nil
	case 'c':
		u := Unwrap(arg)
		if s, ok := u.o.(*Str); ok {
			if s.Len() != 1 {
				return "", Errorf(TypeError, "%%c requires int or char")
			}
			return f.pad("", s.S, '>'), nil
		}
		if !IndexCheck(u) {
			return "", Errorf(TypeError, "%%c requires int or char")
		}
		iv, err := Index(u)
		if err != nil {
			return "", err
		}
		n, ok := iv.AsInt()
		if !ok || n < 0 || n > 0x10ffff {
			return "", Errorf(OverflowError, "%%c arg not in range(0x110000)")
		}
		return f.pad("", string(rune(n)), '>'), nil
	}
	return "", Errorf(ValueError, "unsupported format character '%c' (0x%x) at index %d", conv, conv, pos)
}

// numberCheck is PyNumber_Check: an int, float or complex, or an object
// whose type has __index__, __int__ or __float__.
func numberCheck(v Value) bool {
	switch numericKind(Unwrap(v)) {
	case numInt, numFloat, numComplex:
		return true
	}
	t := TypeOf(v)
	return !t.Lookup(strIndex).IsNull() || !t.Lookup(strInt).IsNull() || !t.Lookup(strFloat).IsNull()
}

// bytesFormatObj is format_obj of bytes %s and %b: the contents of bytes,
// bytearray, the result of __bytes__, or any buffer, as one character per
// byte.
func bytesFormatObj(v Value) (string, error) {
	switch o := Unwrap(v).o.(type) {
	case *Bytes:
		return latin1(o.B), nil
	case *ByteArray:
		return latin1(o.B), nil
	}
	if m := TypeOf(v).Lookup(Intern("__bytes__")); !m.IsNull() {
		r, err := CallMethodValue(m, v, nil, nil)
		if err != nil {
			return "", err
		}
		b, ok := Unwrap(r).o.(*Bytes)
		if !ok {
			return "", Errorf(TypeError, "__bytes__ returned non-bytes (type %s)", TypeOf(r).Name)
		}
		return latin1(b.B), nil
	}
	if IsBuffer(v) {
		b, err := AsBytes(v)
		if err != nil {
			return "", err
		}
		return latin1(b), nil
	}
	return "", Errorf(TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeOf(v).Name)
}
