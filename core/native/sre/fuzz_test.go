package sre

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
	"unicode/utf8"
)

// The fuzz target compares the engine with Go's regexp, whose default
// (Perl) semantics are leftmost-first like SRE's. A pattern is parsed by
// regexp/syntax and translated to SRE code words the way sre_compile
// would write them (REPEAT_ONE for one-character items, REPEAT with
// MAX_UNTIL/MIN_UNTIL otherwise, BRANCH, IN sets, MARK pairs), so no
// CPython is needed. The common subset excludes case folding and
// Unicode classes; $ and \z map to the AT codes with Go's meaning.

type sreWriter struct {
	code []uint32
	ok   bool
}

func (w *sreWriter) emit(v ...uint32) { w.code = append(w.code, v...) }

// single reports whether re is one character wide (sre_compile's _simple).
func single(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune) == 1
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return true
	}
	return false
}

func (w *sreWriter) repeat(sub *syntax.Regexp, min, max int, lazy bool) {
	switch sub.Op {
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpEmptyMatch:
		// sre_parse refuses to repeat an assertion ("nothing to
		// repeat"); Go accepts $* and friends.
		w.ok = false
		return
	}
	hi := uint32(MAXREPEAT)
	if max >= 0 {
		hi = uint32(max)
	}
	if single(sub) {
		op := uint32(opRepeatOne)
		if lazy {
			op = opMinRepeatOne
		}
		w.emit(op)
		skip := len(w.code)
		w.emit(0, uint32(min), hi)
		w.write(sub)
		w.emit(opSuccess)
		w.code[skip] = uint32(len(w.code) - skip)
		return
	}
	w.emit(opRepeat)
	skip := len(w.code)
	w.emit(0, uint32(min), hi)
	w.write(sub)
	w.code[skip] = uint32(len(w.code) - skip)
	if lazy {
		w.emit(opMinUntil)
	} else {
		w.emit(opMaxUntil)
	}
}

func (w *sreWriter) write(re *syntax.Regexp) {
	if re.Flags&syntax.FoldCase != 0 {
		w.ok = false
		return
	}
	lazy := re.Flags&syntax.NonGreedy != 0
	switch re.Op {
	case syntax.OpNoMatch:
		w.emit(opFailure)
	case syntax.OpEmptyMatch:
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			w.emit(opLiteral, uint32(r))
		}
	case syntax.OpCharClass:
		w.emit(opIn)
		skip := len(w.code)
		w.emit(0)
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] == re.Rune[i+1] {
				w.emit(opLiteral, uint32(re.Rune[i]))
			} else {
				w.emit(opRange, uint32(re.Rune[i]), uint32(re.Rune[i+1]))
			}
		}
		w.emit(opFailure)
		w.code[skip] = uint32(len(w.code) - skip)
	case syntax.OpAnyCharNotNL:
		w.emit(opAny)
	case syntax.OpAnyChar:
		w.emit(opAnyAll)
	case syntax.OpBeginLine:
		w.emit(opAt, atBeginningLine)
	case syntax.OpEndLine:
		w.emit(opAt, atEndLine)
	case syntax.OpBeginText:
		w.emit(opAt, atBeginning)
	case syntax.OpEndText:
		w.emit(opAt, atEndString)
	case syntax.OpWordBoundary:
		w.emit(opAt, atBoundary)
	case syntax.OpNoWordBoundary:
		w.emit(opAt, atNonBoundary)
	case syntax.OpCapture:
		w.emit(opMark, uint32(2*(re.Cap-1)))
		w.write(re.Sub[0])
		w.emit(opMark, uint32(2*(re.Cap-1)+1))
	case syntax.OpStar:
		w.repeat(re.Sub[0], 0, -1, lazy)
	case syntax.OpPlus:
		w.repeat(re.Sub[0], 1, -1, lazy)
	case syntax.OpQuest:
		w.repeat(re.Sub[0], 0, 1, lazy)
	case syntax.OpRepeat:
		w.repeat(re.Sub[0], re.Min, re.Max, lazy)
	case syntax.OpConcat:
		for _, s := range re.Sub {
			w.write(s)
		}
	case syntax.OpAlternate:
		w.emit(opBranch)
		var tails []int
		for _, s := range re.Sub {
			skip := len(w.code)
			w.emit(0)
			w.write(s)
			w.emit(opJump)
			tails = append(tails, len(w.code))
			w.emit(0)
			w.code[skip] = uint32(len(w.code) - skip)
		}
		w.emit(opFailure)
		for _, t := range tails {
			w.code[t] = uint32(len(w.code) - t)
		}
	default:
		w.ok = false
	}
}

// translate returns SRE code for a Go pattern, or false when it is
// outside the common subset.
func translate(pattern string) (*Program, *regexp.Regexp, bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, nil, false
	}
	goRe, err := regexp.Compile(pattern)
	if err != nil {
		return nil, nil, false
	}
	w := &sreWriter{ok: true}
	w.write(re)
	w.emit(opSuccess)
	if !w.ok {
		return nil, nil, false
	}
	p, err := Compile(w.code, re.MaxCap())
	if err != nil {
		panic("translated code does not validate: " + err.Error())
	}
	return p, goRe, true
}

// nullableLoop reports whether the pattern repeats something that can
// match the empty string: Go and SRE stop such loops by different rules
// (SRE refuses an iteration that matched empty), so submatches there
// are not comparable.
func nullableLoop(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat, syntax.OpQuest:
		if re.Op != syntax.OpQuest && nullable(re.Sub[0]) {
			return true
		}
	}
	for _, s := range re.Sub {
		if nullableLoop(s) {
			return true
		}
	}
	return false
}

func nullable(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpStar, syntax.OpQuest,
		syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpRepeat:
		return re.Min == 0 || nullable(re.Sub[0])
	case syntax.OpPlus, syntax.OpCapture:
		return nullable(re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !nullable(s) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if nullable(s) {
				return true
			}
		}
	}
	return false
}

var errBudget = errors.New("step budget exceeded")

// compareWithGo reports a difference between the engine and Go's regexp
// on every match of pattern in subject, or "" when they agree (or the
// pattern is outside the subset).
func compareWithGo(pattern, subject string) string {
	p, goRe, ok := translate(pattern)
	if !ok {
		return ""
	}
	if subject == "" && strings.Contains(pattern, `\B`) {
		return "" // SRE's \B never matches in an empty string; Go's does
	}
	parsed, _ := syntax.Parse(pattern, syntax.Perl)
	groups := !nullableLoop(parsed)
	want := goRe.FindAllStringSubmatchIndex(subject, -1)
	// The engine works on code points; Go's regexp reports byte offsets
	// (an invalid byte is one U+FFFD to both).
	var runes []rune
	offset := []int{0}
	for i := 0; i < len(subject); {
		r, size := utf8.DecodeRuneInString(subject[i:])
		runes = append(runes, r)
		i += size
		offset = append(offset, i)
	}
	// A backtracking engine can take exponential time where Go's linear
	// one does not ((a|a)*b): give each subject a budget of steps.
	var st State
	calls := 0
	st.Cancel = func() error {
		if calls++; calls > 250 {
			return errBudget
		}
		return nil
	}
	st.InitRunes(p, runes, 0, len(runes))
	var got [][]int
	for {
		ok, err := st.Search()
		if err == errBudget {
			if f := os.Getenv("SRE_FUZZ_SLOW"); f != "" {
				if out, err := os.OpenFile(f, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644); err == nil {
					fmt.Fprintf(out, "%q %q\n", pattern, subject)
					out.Close()
				}
			}
			return ""
		}
		if err != nil {
			return "engine error: " + err.Error()
		}
		if !ok {
			break
		}
		m := make([]int, 0, 2*(p.Groups+1))
		for i := 0; i <= p.Groups; i++ {
			a, b := st.Span(i)
			if a >= 0 {
				a, b = offset[a], offset[b]
			}
			m = append(m, a, b)
		}
		got = append(got, m)
		st.Advance()
	}
	// Go's FindAll skips an empty match right after the previous
	// match; Python 3.7+ keeps it. Compare the first match in full and
	// the sequence of whole-match spans where both rules agree.
	if len(want) == 0 || len(got) == 0 {
		if len(want) != len(got) {
			return "match mismatch"
		}
		return ""
	}
	n := 2
	if groups {
		n = len(want[0])
	}
	for i := 0; i < n; i++ {
		if got[0][i] != want[0][i] {
			return "first match mismatch"
		}
	}
	empty := func(ms [][]int) bool {
		for _, m := range ms {
			if m[0] == m[1] {
				return true
			}
		}
		return false
	}
	if !empty(got) && !empty(want) {
		if len(got) != len(want) {
			return "number of matches"
		}
		for i := range got {
			if got[i][0] != want[i][0] || got[i][1] != want[i][1] {
				return "later match mismatch"
			}
		}
	}
	return ""
}

func FuzzAgainstGoRegexp(f *testing.F) {
	for _, s := range [][2]string{
		{`a+b`, "aaab"}, {`(a|ab)(c|bcd)(d*)`, "abcd"}, {`x*`, "axxb"},
		{`(a+)(b+)?`, "aab"}, {`^(\w+)\s+(\w+)$`, "hello world"}, {`a.c|b`, "abcb\nc"},
		{`(?s)a.c`, "a\nc"}, {`(?m)^b$`, "a\nb\nc"}, {`\bfoo\b`, "a foo b"},
		{`a{2,3}?`, "aaaa"}, {`(ab){2,}`, "abababx"}, {`[^a-c]+`, "abxyzc"},
		{`(a*?)(b|c)`, "aac"}, {`(?:a|b)*?c`, "ababc"}, {`\Bb\B`, "abc"},
		{`(a)|(b)|(c)`, "cba"}, {`[a-c]{1,2}?d`, "abcd"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, pattern, subject string) {
		if len(pattern) > 64 || len(subject) > 64 || strings.ContainsAny(pattern, "{}") && strings.Count(pattern, "{") > 3 {
			return
		}
		if msg := compareWithGo(pattern, subject); msg != "" {
			t.Fatalf("%s: %q on %q", msg, pattern, subject)
		}
	})
}

// FuzzCompileAnyCode feeds Compile arbitrary code words (as _sre.compile
// may be called by hand) and runs what it accepts: the engine must never
// read outside the code nor loop without end (a step budget stops
// exponential cases).
func FuzzCompileAnyCode(f *testing.F) {
	f.Add([]byte{17, 97, 1}, uint8(0), "abc")
	f.Add([]byte{18, 0, 17, 97, 18, 1, 1}, uint8(1), "xa")
	f.Add([]byte{25, 6, 1, 255, 17, 97, 1, 17, 98, 1}, uint8(0), "aab")
	f.Add([]byte{7, 5, 17, 97, 16, 9, 7, 17, 98, 17, 99, 16, 2, 0, 1}, uint8(0), "bc")
	f.Add([]byte{24, 10, 1, 255, 25, 6, 1, 255, 17, 97, 1, 19, 17, 98, 1}, uint8(0), "aab")
	f.Add([]byte{4, 5, 0, 17, 97, 1, 17, 97, 1}, uint8(0), "a")
	f.Add([]byte{14, 5, 23, 97, 99, 0, 1}, uint8(0), "b")
	f.Fuzz(func(t *testing.T, raw []byte, groups uint8, subject string) {
		if len(raw) > 200 {
			return
		}
		// Bytes are code words; 255 stands for MAXREPEAT.
		code := make([]uint32, len(raw))
		for i, b := range raw {
			code[i] = uint32(b)
			if b == 255 {
				code[i] = MAXREPEAT
			}
		}
		p, err := Compile(code, int(groups%8))
		if err != nil {
			return
		}
		var st State
		calls := 0
		st.Cancel = func() error {
			if calls++; calls > 100 {
				return errBudget
			}
			return nil
		}
		for _, wide := range []bool{false, true} {
			for _, fn := range []func() (bool, error){func() (bool, error) { return st.Match(false) }, func() (bool, error) { return st.Match(true) }, st.Search} {
				if wide {
					st.InitRunes(p, []rune(subject), 0, len(subject))
				} else {
					st.InitString(p, subject, 0, len(subject))
				}
				ok, err := fn()
				if ok {
					for i := 0; i <= p.Groups; i++ {
						st.Span(i)
					}
				}
				_ = err
			}
		}
	})
}
