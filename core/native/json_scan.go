package native

import (
	"math"
	"math/bits"
	"strconv"
	"strings"
	"unsafe"

	"github.com/pyvar/pyvar/core/object"
)

// jsonScanner is a _json.Scanner: the scan_once of a JSONDecoder, made
// from the decoder's options (CPython's PyScannerObject).
type jsonScanner struct {
	st                                                               *jsonState
	strict                                                           bool
	objectHook, objectPairsHook, parseFloat, parseInt, parseConstant object.Value
	// free is the state a call leaves for the next one (its memo map, its
	// stack and scratch, emptied): json.loads calls one decoder's scanner
	// again and again, and these grew afresh on each call. A call made
	// while another runs (from a hook) gets its own.
	free *jsonScanState
}

// jsonScanState is what a scan_once call fills and a later call reuses.
type jsonScanState struct {
	memo map[string]object.Value // the keys seen, so equal keys share one str
	// stack holds the items (keys and values) of the arrays and objects
	// being read, so that each container is allocated once at its size.
	stack []object.Value
	runes []rune // scratch for decoding strings with escapes
}

// getState takes the scanner's reusable state, or a new one while it is
// in use.
func (s *jsonScanner) getState() *jsonScanState {
	if st := s.free; st != nil {
		s.free = nil
		return st
	}
	return &jsonScanState{}
}

// putState empties st's stack (so it holds no value alive) and keeps st
// for the next call, memo included (CPython's scanner clears its memo
// after each call; the keys' identity across calls is all that differs).
func (s *jsonScanner) putState(st *jsonScanState) {
	// The memo is kept across calls (json.loads calls one scanner again
	// and again, mostly on documents with the same keys: a key seen before
	// is neither allocated nor hashed again), up to 1024 keys. Its strs
	// own their text (see parseObject), so no document stays alive.
	if len(st.memo) > 1024 {
		st.memo = nil
	}
	if cap(st.stack) > 4096 {
		st.stack = nil
	} else {
		clear(st.stack[:cap(st.stack)])
		st.stack = st.stack[:0]
	}
	if cap(st.runes) > 4096 {
		st.runes = nil
	}
	s.free = st
}

func (s *jsonScanner) Type() *object.Type { return s.st.scannerT }

// jsonText is the code units a scan reads: the bytes of an ASCII str or
// the code points of any other.
type jsonText interface{ byte | rune }

// jsonScan is one scan_once call over s, the text of str.
type jsonScan[T jsonText] struct {
	*jsonScanner
	str   object.Value
	src   *object.Str // str's payload
	s     []T
	ascii string // the text when T is byte, for memo lookups without a copy
	*jsonScanState
}

func (st *jsonState) makeScannerType() {
	t := object.NewBaseType("_json.Scanner", nil)
	st.scannerT = t
	t.Doc = "JSON scanner object"
	t.SetFinal()
	t.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		var a [1]object.Value
		if err := object.ParseArgs("make_scanner", args, kw, []string{"context"}, 1, 1, a[:]); err != nil {
			return object.Null, err
		}
		ctx := a[0]
		sc := &jsonScanner{st: st}
		v, err := object.GetAttrString(ctx, "strict")
		if err != nil {
			return object.Null, err
		}
		if sc.strict, err = object.Truth(v); err != nil {
			return object.Null, err
		}
		for _, f := range []struct {
			name string
			dst  *object.Value
		}{{"object_hook", &sc.objectHook}, {"object_pairs_hook", &sc.objectPairsHook}, {"parse_float", &sc.parseFloat},
			{"parse_int", &sc.parseInt}, {"parse_constant", &sc.parseConstant}} {
			if *f.dst, err = object.GetAttrString(ctx, f.name); err != nil {
				return object.Null, err
			}
		}
		return object.FromObject(sc), nil
	}, nil)
	get := func(self object.Value) *jsonScanner { return object.Unwrap(self).Object().(*jsonScanner) }
	t.AddGetter("strict", func(self object.Value) (object.Value, error) { return object.Bool(get(self).strict), nil })
	for _, f := range []struct {
		name string
		get  func(*jsonScanner) object.Value
	}{
		{"object_hook", func(s *jsonScanner) object.Value { return s.objectHook }},
		{"object_pairs_hook", func(s *jsonScanner) object.Value { return s.objectPairsHook }},
		{"parse_float", func(s *jsonScanner) object.Value { return s.parseFloat }},
		{"parse_int", func(s *jsonScanner) object.Value { return s.parseInt }},
		{"parse_constant", func(s *jsonScanner) object.Value { return s.parseConstant }},
	} {
		f := f
		t.AddGetter(f.name, func(self object.Value) (object.Value, error) { return f.get(get(self)), nil })
	}
	t.AddSlot("__call__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs("scan_once", args, kw, []string{"string", "idx"}, 2, 2, a[:]); err != nil {
			return object.Null, err
		}
		idx, err := object.ArgSsize(a[1])
		if err != nil {
			return object.Null, err
		}
		str, err := jsonStrArg(a[0])
		if err != nil {
			return object.Null, err
		}
		sc := get(self)
		var v object.Value
		var next int
		state := sc.getState()
		if str.IsASCII() {
			p := jsonScan[byte]{jsonScanner: sc, str: a[0], src: str, s: jsonBytes(str), ascii: str.S, jsonScanState: state}
			v, next, err = p.scanOnce(idx)
		} else {
			p := jsonScan[rune]{jsonScanner: sc, str: a[0], src: str, s: str.Runes(), jsonScanState: state}
			v, next, err = p.scanOnce(idx)
		}
		sc.putState(state)
		if err != nil {
			return object.Null, err
		}
		return tuple(v, object.Int(int64(next))), nil
	})
}

func jsonSpace[T jsonText](c T) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// stopIteration is raise_stop_iteration: scan_once's "no value at idx".
func stopIteration(idx int) error {
	return object.NewException(object.StopIteration, object.Int(int64(idx)))
}

func (p *jsonScan[T]) fail(msg string, pos int) error { return p.st.decodeError(msg, p.str, pos) }

// scanOnce reads the JSON term at idx: its value and the index after it.
func (p *jsonScan[T]) scanOnce(idx int) (object.Value, int, error) {
	s := p.s
	if idx < 0 {
		return object.Null, 0, object.Errorf(object.ValueError, "idx cannot be negative")
	}
	if idx >= len(s) {
		return object.Null, 0, stopIteration(idx)
	}
	n := len(s)
	switch s[idx] {
	case '"':
		if p.ascii != "" {
			// A string without escapes is a slice of the text.
			if j := jsonPlainEnd(p.ascii, idx+1); j >= 0 {
				return p.src.Substring(idx+1, j), j + 1, nil
			}
		}
		return scanString(s, idx+1, p.strict, p.str, p.src, p.st, &p.runes)
	case '{':
		if err := object.EnterRecursiveCall(" while decoding a JSON object from a unicode string"); err != nil {
			return object.Null, 0, err
		}
		v, next, err := p.parseObject(idx + 1)
		object.LeaveRecursiveCall()
		return v, next, err
	case '[':
		if err := object.EnterRecursiveCall(" while decoding a JSON array from a unicode string"); err != nil {
			return object.Null, 0, err
		}
		v, next, err := p.parseArray(idx + 1)
		object.LeaveRecursiveCall()
		return v, next, err
	case 'n':
		if idx+3 < n && s[idx+1] == 'u' && s[idx+2] == 'l' && s[idx+3] == 'l' {
			return object.None, idx + 4, nil
		}
	case 't':
		if idx+3 < n && s[idx+1] == 'r' && s[idx+2] == 'u' && s[idx+3] == 'e' {
			return object.True, idx + 4, nil
		}
	case 'f':
		if idx+4 < n && s[idx+1] == 'a' && s[idx+2] == 'l' && s[idx+3] == 's' && s[idx+4] == 'e' {
			return object.False, idx + 5, nil
		}
	case 'N':
		if p.hasWord(idx, "NaN") {
			return p.constant("NaN", idx)
		}
	case 'I':
		if p.hasWord(idx, "Infinity") {
			return p.constant("Infinity", idx)
		}
	case '-':
		if p.hasWord(idx, "-Infinity") {
			return p.constant("-Infinity", idx)
		}
	}
	return p.matchNumber(idx)
}

func (p *jsonScan[T]) hasWord(idx int, w string) bool {
	if idx+len(w) > len(p.s) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if p.s[idx+i] != T(w[i]) {
			return false
		}
	}
	return true
}

// constant is _parse_constant: parse_constant called with the name.
func (p *jsonScan[T]) constant(name string, idx int) (object.Value, int, error) {
	v, err := object.Call(p.parseConstant, []object.Value{object.NewStr(name)}, nil)
	return v, idx + len(name), err
}

func (p *jsonScan[T]) skipSpace(idx int) int {
	for idx < len(p.s) && jsonSpace(p.s[idx]) {
		idx++
	}
	return idx
}

// parseObject reads the members of the object whose '{' is at idx-1.
func (p *jsonScan[T]) parseObject(idx int) (object.Value, int, error) {
	s := p.s
	base := len(p.stack)
	defer func() { p.stack = p.stack[:base] }()
	idx = p.skipSpace(idx)
	if idx >= len(s) || s[idx] != '}' {
		for {
			if idx >= len(s) || s[idx] != '"' {
				return object.Null, 0, p.fail("Expecting property name enclosed in double quotes", idx)
			}
			if p.memo == nil {
				p.memo = make(map[string]object.Value)
			}
			var key object.Value
			var next int
			hit := false
			if j := jsonPlainEnd(p.ascii, idx+1); j >= 0 {
				// A key without escapes is found in the memo without a copy;
				// a new one is a slice of the text.
				ks := p.ascii[idx+1 : j]
				if key, hit = p.memo[ks]; !hit {
					ks = strings.Clone(ks)
					key = object.NewStr(ks)
					p.memo[ks] = key
					hit = true
				}
				next = j + 1
			}
			if !hit {
				var err error
				if key, next, err = scanString(s, idx+1, p.strict, p.str, p.src, p.st, &p.runes); err != nil {
					return object.Null, 0, err
				}
				ks := key.Object().(*object.Str).S
				if k, ok := p.memo[ks]; ok {
					key = k
				} else {
					ks = strings.Clone(ks)
					key = object.NewStr(ks)
					p.memo[ks] = key
				}
			}
			idx = p.skipSpace(next)
			if idx >= len(s) || s[idx] != ':' {
				return object.Null, 0, p.fail("Expecting ':' delimiter", idx)
			}
			idx = p.skipSpace(idx + 1)
			val, next, err := p.scanOnce(idx)
			if err != nil {
				return object.Null, 0, err
			}
			p.stack = append(p.stack, key, val)
			idx = p.skipSpace(next)
			if idx < len(s) && s[idx] == '}' {
				break
			}
			if idx >= len(s) || s[idx] != ',' {
				return object.Null, 0, p.fail("Expecting ',' delimiter", idx)
			}
			idx = p.skipSpace(idx + 1)
		}
	}
	next := idx + 1
	kv := p.stack[base:]
	if !p.objectPairsHook.IsNone() {
		pairs := make([]object.Value, len(kv)/2)
		for i := range pairs {
			pairs[i] = tuple(kv[2*i], kv[2*i+1])
		}
		v, err := object.Call(p.objectPairsHook, []object.Value{object.FromObject(object.NewList(pairs...))}, nil)
		return v, next, err
	}
	d := object.NewDict(len(kv) / 2)
	for i := 0; i < len(kv); i += 2 {
		if err := d.Set(kv[i], kv[i+1]); err != nil {
			return object.Null, 0, err
		}
	}
	if !p.objectHook.IsNone() {
		v, err := object.Call(p.objectHook, []object.Value{object.FromObject(d)}, nil)
		return v, next, err
	}
	return object.FromObject(d), next, nil
}

// parseArray reads the items of the array whose '[' is at idx-1.
func (p *jsonScan[T]) parseArray(idx int) (object.Value, int, error) {
	s := p.s
	base := len(p.stack)
	defer func() { p.stack = p.stack[:base] }()
	idx = p.skipSpace(idx)
	if idx >= len(s) || s[idx] != ']' {
		for {
			val, next, err := p.scanOnce(idx)
			if err != nil {
				return object.Null, 0, err
			}
			p.stack = append(p.stack, val)
			idx = p.skipSpace(next)
			if idx < len(s) && s[idx] == ']' {
				break
			}
			if idx >= len(s) || s[idx] != ',' {
				return object.Null, 0, p.fail("Expecting ',' delimiter", idx)
			}
			idx = p.skipSpace(idx + 1)
		}
	}
	var items []object.Value
	if n := len(p.stack) - base; n > 0 {
		items = make([]object.Value, n)
		copy(items, p.stack[base:])
	}
	return object.FromObject(object.NewList(items...)), idx + 1, nil
}

func jsonDigit[T jsonText](c T) bool { return c >= '0' && c <= '9' }

// matchNumber is _match_number_unicode: the number at start, made by int
// and float or by parse_int and parse_float when they are something else.
func (p *jsonScan[T]) matchNumber(start int) (object.Value, int, error) {
	s := p.s
	end := len(s) - 1
	idx := start
	if s[idx] == '-' {
		idx++
		if idx > end {
			return object.Null, 0, stopIteration(start)
		}
	}
	switch c := s[idx]; {
	case c >= '1' && c <= '9':
		idx++
		for idx <= end && jsonDigit(s[idx]) {
			idx++
		}
	case c == '0':
		idx++
	default:
		return object.Null, 0, stopIteration(start)
	}
	isFloat := false
	if idx < end && s[idx] == '.' && jsonDigit(s[idx+1]) {
		isFloat = true
		idx += 2
		for idx <= end && jsonDigit(s[idx]) {
			idx++
		}
	}
	if idx < end && (s[idx] == 'e' || s[idx] == 'E') {
		eStart := idx
		idx++
		if idx < end && (s[idx] == '-' || s[idx] == '+') {
			idx++
		}
		for idx <= end && jsonDigit(s[idx]) {
			idx++
		}
		if jsonDigit(s[idx-1]) {
			isFloat = true
		} else {
			idx = eStart
		}
	}
	var custom object.Value
	if isFloat && !p.parseFloat.Is(typeValue(object.FloatType)) {
		custom = p.parseFloat
	} else if !isFloat && !p.parseInt.Is(typeValue(object.IntType)) {
		custom = p.parseInt
	}
	if custom.IsNull() && !isFloat && idx-start <= 18 {
		// A small int, read from the text itself.
		var n int64
		for _, c := range s[start:idx] {
			if c != '-' {
				n = n*10 + int64(c-'0')
			}
		}
		if s[start] == '-' {
			n = -n
		}
		return object.Int(n), idx, nil
	}
	// The number is ASCII: its bytes are its code units (the text itself
	// when it is an ASCII str).
	var buf []byte
	if p.ascii != "" {
		buf = unsafe.Slice(unsafe.StringData(p.ascii[start:idx]), idx-start)
	} else {
		buf = make([]byte, 0, idx-start)
		for _, c := range s[start:idx] {
			buf = append(buf, byte(c))
		}
	}
	if !custom.IsNull() {
		v, err := object.Call(custom, []object.Value{object.NewStr(string(buf))}, nil)
		return v, idx, err
	}
	if isFloat {
		f, err := strconv.ParseFloat(unsafe.String(&buf[0], len(buf)), 64)
		if err != nil && !math.IsInf(f, 0) && f != 0 {
			return object.Null, 0, object.Errorf(object.ValueError, "could not convert string to float: '%s'", buf)
		}
		return object.Float(f), idx, nil
	}
	v, err := object.IntFromString(string(buf), 10)
	return v, idx, err
}

// scanString is scanstring_unicode: the string whose opening quote is at
// end-1 in s (the text of str), and the index after its closing quote.
// scratch, when not nil, is a buffer to reuse for the decoded text.
func scanString[T jsonText](s []T, end int, strict bool, str object.Value, src *object.Str, st *jsonState, scratch *[]rune) (object.Value, int, error) {
	if end < 0 || end > len(s) {
		return object.Null, 0, object.Errorf(object.ValueError, "end is out of bounds")
	}
	begin := end - 1
	var out []rune
	escaped := false
	for {
		next := end
		var c T
		for ; next < len(s); next++ {
			c = s[next]
			if c == '"' || c == '\\' {
				break
			}
			if c <= 0x1f && strict {
				return object.Null, 0, st.decodeError("Invalid control character at", str, next)
			}
		}
		if next >= len(s) {
			return object.Null, 0, st.decodeError("Unterminated string starting at", str, begin)
		}
		if c == '"' && !escaped {
			// No escape: the str is a slice of the text.
			return src.Substring(end, next), next + 1, nil
		}
		if !escaped {
			escaped = true
			if scratch != nil {
				out = (*scratch)[:0]
			}
		}
		for _, r := range s[end:next] {
			out = append(out, rune(r))
		}
		next++
		if c == '"' {
			if scratch != nil {
				*scratch = out[:0]
			}
			return object.NewStrFromRunes(out), next, nil
		}
		if next == len(s) {
			return object.Null, 0, st.decodeError("Unterminated string starting at", str, begin)
		}
		c = s[next]
		if c != 'u' {
			end = next + 1
			var r rune
			switch c {
			case '"', '\\', '/':
				r = rune(c)
			case 'b':
				r = '\b'
			case 'f':
				r = '\f'
			case 'n':
				r = '\n'
			case 'r':
				r = '\r'
			case 't':
				r = '\t'
			default:
				return object.Null, 0, st.decodeError("Invalid \\escape", str, end-2)
			}
			out = append(out, r)
			continue
		}
		next++
		end = next + 4
		if end >= len(s) {
			return object.Null, 0, st.decodeError("Invalid \\uXXXX escape", str, next-1)
		}
		r, ok := jsonHex4(s[next:end])
		if !ok {
			return object.Null, 0, st.decodeError("Invalid \\uXXXX escape", str, end-5)
		}
		next = end
		if r >= 0xd800 && r <= 0xdbff && end+6 < len(s) && s[next] == '\\' && s[next+1] == 'u' {
			r2, ok := jsonHex4(s[next+2 : next+6])
			if !ok {
				return object.Null, 0, st.decodeError("Invalid \\uXXXX escape", str, end+1)
			}
			if r2 >= 0xdc00 && r2 <= 0xdfff {
				r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
				end += 6
			}
		}
		out = append(out, r)
	}
}

func jsonHex4[T jsonText](h []T) (rune, bool) {
	var r rune
	for _, d := range h {
		r <<= 4
		switch {
		case d >= '0' && d <= '9':
			r |= rune(d - '0')
		case d >= 'a' && d <= 'f':
			r |= rune(d-'a') + 10
		case d >= 'A' && d <= 'F':
			r |= rune(d-'A') + 10
		default:
			return 0, false
		}
	}
	return r, true
}

// jsonPlainEnd returns the index of the quote closing the string that
// starts at i in the ASCII text s when it has no escapes and no control
// characters, else -1. It tests eight bytes at a time: m flags the bytes
// of a word that are a quote, a backslash or below 0x20 (a flag above the
// first true one may be false, borrows move up, so the lowest is exact).
func jsonPlainEnd(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	if i < 0 {
		return -1
	}
	p := unsafe.StringData(s)
	for ; i+8 <= len(s); i += 8 {
		w := *(*uint64)(unsafe.Add(unsafe.Pointer(p), i))
		q := w ^ (ones * '"')
		b := w ^ (ones * '\\')
		if m := ((q - ones) &^ q) | ((b - ones) &^ b) | ((w - ones*0x20) &^ w); m&highs != 0 {
			j := i + bits.TrailingZeros64(m&highs)/8
			if s[j] == '"' {
				return j
			}
			return -1
		}
	}
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			return i
		case c == '\\' || c < ' ':
			return -1
		}
	}
	return -1
}
