package sre

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os/exec"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pyvar/pyvar/core/pyref"
)

// The engine is compared with CPython 3.10 directly: CPython compiles each
// pattern with sre_compile (the code words this engine runs) and reports
// what its own _sre finds for every subject, and the test runs the same
// code words here. Nothing CPython produces is stored.

// refScript reads the cases as JSON on stdin and writes, for each, the
// code words and CPython's results.
const refScript = `
import json, re, sys, sre_compile, sre_parse
FL = {'I': re.I, 'M': re.M, 'S': re.S, 'X': re.X, 'A': re.A, 'L': re.L, 'U': re.U}
def flags_of(f):
    v = 0
    for c in f:
        if c in FL: v |= FL[c]
    return v
def res(m):
    if m is None: return None
    return [list(m.regs), m.lastindex]
out = []
for c in json.load(sys.stdin):
    isb = 'B' in c['flags']
    pat = c['pattern'].encode('latin-1') if isb else c['pattern']
    fl = flags_of(c['flags'])
    r = {}
    try:
        p = re.compile(pat, fl)
        parsed = sre_parse.parse(pat, fl)
        r['code'] = [int(x) for x in sre_compile._code(parsed, fl)]
        r['groups'] = p.groups
    except re.error as e:
        r['error'] = [e.msg, e.pos]
        out.append(r)
        continue
    subs = []
    for s in c['subjects']:
        if isb: s = s.encode('latin-1')
        n = len(s)
        one = {'match': res(p.match(s)), 'fullmatch': res(p.fullmatch(s)), 'search': res(p.search(s)),
               'iter': [res(m) for m in p.finditer(s)]}
        if n >= 2:
            one['match1'] = res(p.match(s, 1))
            one['search1'] = res(p.search(s, 1))
            one['searchEnd'] = res(p.search(s, 0, n - 1))
            one['fullmatchEnd'] = res(p.fullmatch(s, 1, n - 1))
            one['iter1'] = [res(m) for m in p.finditer(s, 1, n - 1)]
        subs.append(one)
    r['subjects'] = subs
    out.append(r)
json.dump(out, sys.stdout)
`

type refCase struct {
	Pattern  string   `json:"pattern"`
	Flags    string   `json:"flags"`
	Subjects []string `json:"subjects"`
}

type refResult struct {
	Code     []uint32                     `json:"code"`
	Groups   int                          `json:"groups"`
	Error    []any                        `json:"error"`
	Subjects []map[string]json.RawMessage `json:"subjects"`
}

// runReference runs the cases through CPython 3.10.
func runReference(t testing.TB, cases []refCase) []refResult {
	t.Helper()
	py := pyref.Require(t)
	// A bytes case's Go strings are its bytes; JSON carries them as
	// latin-1 text.
	sent := make([]refCase, len(cases))
	for i, c := range cases {
		sent[i] = c
		if strings.Contains(c.Flags, "B") {
			sent[i].Pattern = asLatin1(c.Pattern)
			sent[i].Subjects = make([]string, len(c.Subjects))
			for j, s := range c.Subjects {
				sent[i].Subjects[j] = asLatin1(s)
			}
		}
	}
	in, err := json.Marshal(sent)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "-c", refScript)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("CPython: %v\n%s", err, stderr.String())
	}
	var results []refResult
	if err := json.Unmarshal(out, &results); err != nil {
		t.Fatal(err)
	}
	if len(results) != len(cases) {
		t.Fatalf("CPython returned %d results for %d cases", len(results), len(cases))
	}
	return results
}

func asLatin1(s string) string {
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		r[i] = rune(s[i])
	}
	return string(r)
}

// subject is one test string in the engine's two representations.
type subject struct {
	b     []byte // set when every character fits (bytes, or ASCII text)
	r     []rune
	n     int
	bytes bool
}

func makeSubject(s string, isBytes bool) subject {
	if isBytes {
		return subject{b: []byte(s), n: len(s), bytes: true}
	}
	r := []rune(s)
	sub := subject{r: r, n: len(r)}
	if utf8.RuneCountInString(s) == len(s) {
		sub.b = []byte(s)
	}
	return sub
}

// result renders a match as CPython's res() does: [regs, lastindex].
func result(st *State, ok bool, groups int) any {
	if !ok {
		return nil
	}
	regs := make([][]int, groups+1)
	for i := range regs {
		a, b := st.Span(i)
		regs[i] = []int{a, b}
	}
	var last any
	if st.LastIndex >= 0 {
		last = st.LastIndex
	}
	return []any{regs, last}
}

func normalise(v any) string {
	b, _ := json.Marshal(v)
	var x any
	_ = json.Unmarshal(b, &x)
	b, _ = json.Marshal(x)
	return string(b)
}

// engineResults computes what refScript computes, with this engine, for
// one representation of the subject (wide: as runes).
func engineResults(t *testing.T, p *Program, sub subject, wide bool) map[string]string {
	st := &State{}
	init := func(pos, endpos int) {
		if wide {
			st.InitRunes(p, sub.r, pos, endpos)
		} else {
			st.InitBytes(p, sub.b, pos, endpos)
		}
	}
	out := map[string]string{}
	one := func(name string, pos, endpos int, f func() (bool, error)) {
		init(pos, endpos)
		ok, err := f()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = normalise(result(st, ok, p.Groups))
	}
	iter := func(name string, pos, endpos int) {
		init(pos, endpos)
		var all []any
		for {
			ok, err := st.Search()
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if !ok {
				break
			}
			all = append(all, result(st, ok, p.Groups))
			st.Advance()
		}
		if all == nil {
			all = []any{}
		}
		out[name] = normalise(all)
	}
	n := sub.n
	one("match", 0, n, func() (bool, error) { return st.Match(false) })
	one("fullmatch", 0, n, func() (bool, error) { return st.Match(true) })
	one("search", 0, n, st.Search)
	iter("iter", 0, n)
	if n >= 2 {
		one("match1", 1, n, func() (bool, error) { return st.Match(false) })
		one("search1", 1, n, st.Search)
		one("searchEnd", 0, n-1, st.Search)
		one("fullmatchEnd", 1, n-1, func() (bool, error) { return st.Match(true) })
		iter("iter1", 1, n-1)
	}
	return out
}

// compareWithReference runs cases through CPython and this engine and
// reports every difference; it returns the number of results compared.
func compareWithReference(t *testing.T, cases []refCase) int {
	results := runReference(t, cases)
	compared := 0
	for i, c := range cases {
		r := results[i]
		name := fmt.Sprintf("%q/%s", c.Pattern, c.Flags)
		if r.Error != nil {
			continue // a syntax error: sre_parse's business, not the engine's
		}
		p, err := Compile(r.Code, r.Groups)
		if err != nil {
			t.Errorf("%s: Compile(%v): %v", name, r.Code, err)
			continue
		}
		for j, s := range c.Subjects {
			sub := makeSubject(s, strings.Contains(c.Flags, "B"))
			want := map[string]string{}
			for k, v := range r.Subjects[j] {
				var x any
				_ = json.Unmarshal(v, &x)
				want[k] = normalise(x)
			}
			var reps []bool
			if sub.b != nil {
				reps = append(reps, false)
			}
			if !sub.bytes {
				reps = append(reps, true)
			}
			for _, wide := range reps {
				got := engineResults(t, p, sub, wide)
				if !reflect.DeepEqual(got, want) {
					for k := range want {
						if got[k] != want[k] {
							t.Errorf("%s on %q (wide=%v) %s:\n got %s\nwant %s\ncode %v", name, s, wide, k, got[k], want[k], r.Code)
						}
					}
				}
				compared += len(want)
			}
		}
	}
	return compared
}

func TestEngineAgainstCPython(t *testing.T) {
	n := compareWithReference(t, engineCases)
	t.Logf("%d patterns, %d results compared with CPython 3.10", len(engineCases), n)
}

// TestLimits checks that a match outgrowing the backtracking stacks ends
// with ErrMemory, and that Cancel stops a runaway match.
func TestLimits(t *testing.T) {
	// (?:ab|cd)* : REPEAT ... MAX_UNTIL, one context per iteration.
	code := []uint32{opRepeat, 19, 0, MAXREPEAT,
		opBranch, 7, opLiteral, 'a', opLiteral, 'b', opJump, 9, 7, opLiteral, 'c', opLiteral, 'd', opJump, 2, opFailure,
		opMaxUntil, opSuccess}
	p, err := Compile(code, 0)
	if err != nil {
		t.Fatal(err)
	}
	subject := strings.Repeat("ab", 5000)
	var st State
	st.InitString(p, subject, 0, len(subject))
	if ok, err := st.Match(false); !ok || err != nil || st.Ptr != len(subject) {
		t.Fatalf("within the limits: %v %v %d", ok, err, st.Ptr)
	}
	defer func(n int) { maxContexts = n }(maxContexts)
	maxContexts = 1000
	st.InitString(p, subject, 0, len(subject))
	if _, err := st.Match(false); err != ErrMemory {
		t.Fatalf("past the limit: got %v, want ErrMemory", err)
	}

	// (?:a+)+b on a's only: exponential backtracking, stopped by Cancel.
	code = []uint32{opRepeat, 10, 1, MAXREPEAT, opRepeatOne, 6, 1, MAXREPEAT, opLiteral, 'a', opSuccess, opMaxUntil,
		opLiteral, 'b', opSuccess}
	if p, err = Compile(code, 0); err != nil {
		t.Fatal(err)
	}
	stop := errors.New("interrupted")
	calls := 0
	st.Cancel = func() error {
		if calls++; calls == 100 {
			return stop
		}
		return nil
	}
	// (The b comes first: without one, search knows at once there is
	// no match.)
	subject = "b" + strings.Repeat("a", 64)
	st.InitString(p, subject, 0, len(subject))
	if _, err := st.Search(); err != stop {
		t.Fatalf("got %v, want the Cancel error", err)
	}
}
