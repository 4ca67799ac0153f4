package sre

import (
	"encoding/json"
	"os"
	"testing"
)

// TestReduce shrinks a pattern on which the engine and CPython disagree
// (a debugging aid: SRE_REDUCE=pattern, SRE_SUBJ=subject, SRE_FLAGS).
func TestReduce(t *testing.T) {
	pat := os.Getenv("SRE_REDUCE")
	if pat == "" {
		t.Skip("set SRE_REDUCE to a pattern to shrink")
	}
	subj, flags := os.Getenv("SRE_SUBJ"), os.Getenv("SRE_FLAGS")
	differs := func(cands []string) []bool {
		cases := make([]refCase, len(cands))
		for i, c := range cands {
			cases[i] = refCase{Pattern: c, Flags: flags, Subjects: []string{subj}}
		}
		res := runReference(t, cases)
		out := make([]bool, len(cands))
		for i, r := range res {
			if r.Error != nil {
				continue
			}
			p, err := Compile(r.Code, r.Groups)
			if err != nil {
				out[i] = true
				continue
			}
			sub := makeSubject(subj, false)
			got := engineResults(t, p, sub, true)
			for k, v := range r.Subjects[0] {
				var x any
				_ = json.Unmarshal(v, &x)
				if got[k] != normalise(x) {
					out[i] = true
				}
			}
		}
		return out
	}
	for changed := true; changed; {
		changed = false
		for n := len(pat) / 2; n >= 1 && !changed; n /= 2 {
			var cands []string
			for i := 0; i+n <= len(pat); i++ {
				cands = append(cands, pat[:i]+pat[i+n:])
			}
			for i, d := range differs(cands) {
				if d {
					pat = cands[i]
					changed = true
					break
				}
			}
		}
	}
	t.Logf("reduced: %q on %q", pat, subj)
}

// TestOne prints both results for one pattern (SRE_ONE, SRE_SUBJ,
// SRE_FLAGS).
func TestOne(t *testing.T) {
	pat := os.Getenv("SRE_ONE")
	if pat == "" {
		t.Skip("set SRE_ONE to a pattern")
	}
	subj, flags := os.Getenv("SRE_SUBJ"), os.Getenv("SRE_FLAGS")
	r := runReference(t, []refCase{{Pattern: pat, Flags: flags, Subjects: []string{subj}}})[0]
	if r.Error != nil {
		t.Fatalf("error %v", r.Error)
	}
	p, err := Compile(r.Code, r.Groups)
	if err != nil {
		t.Fatal(err)
	}
	got := engineResults(t, p, makeSubject(subj, false), true)
	t.Logf("code %v", r.Code)
	for k, v := range r.Subjects[0] {
		var x any
		_ = json.Unmarshal(v, &x)
		mark := ""
		if got[k] != normalise(x) {
			mark = "  <-- DIFF"
		}
		t.Logf("%s: cpython %s engine %s%s", k, normalise(x), got[k], mark)
	}
}
