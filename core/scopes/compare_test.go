package scopes

import (
	"encoding/json"
	"testing"
)

// TestCompareTolerances checks the grading rules of the comparison on
// hand-made records: what counts as a mismatch and what the format excuses.
func TestCompareTolerances(t *testing.T) {
	const cpBase = `{"file":"f.py","status":"ok","code":[
		{"qualname":"<module>","name":"<module>","firstlineno":3,"families":{"x":["NAME"]},"index":0,"block":"module","unemitted":{"y":["NAME"]}},
		{"qualname":"f","name":"f","firstlineno":5,"families":{"a":["FAST"]},"index":0,"block":"function","unemitted":{}},
		{"qualname":"<lambda>","name":"<lambda>","firstlineno":9,"families":{},"index":0,"block":"function","unemitted":{}},
		{"qualname":"dead","name":"dead","firstlineno":12,"families":{},"index":0,"block":"function","unreachable":true}
	],"eliminated":[{"qualname":"gone","name":"gone","firstlineno":20,"block":"function","expected":{"z":["GLOBAL"]}}]}`
	code := func(q string, line int, fams map[string][]string) CodeRecord {
		return CodeRecord{Qualname: q, Name: q, Firstlineno: line, Families: fams}
	}
	base := func() []CodeRecord {
		return []CodeRecord{
			code("<module>", 1, map[string][]string{"x": {"NAME"}}),
			code("f", 5, map[string][]string{"a": {"FAST"}}),
			code("<lambda>", 9, map[string][]string{}),
		}
	}
	for _, c := range []struct {
		name                         string
		edit                         func([]CodeRecord) []CodeRecord
		status                       string
		mismatches, excused, missing int
		fileMismatch                 int
	}{
		{"identical (module line not graded, unreachable code absent)", func(r []CodeRecord) []CodeRecord { return r }, "ok", 0, 0, 0, 0},
		{"family differs", func(r []CodeRecord) []CodeRecord { r[1].Families["a"] = []string{"DEREF"}; return r }, "ok", 1, 0, 0, 0},
		{"extra family", func(r []CodeRecord) []CodeRecord { r[1].Families["a"] = []string{"DEREF", "FAST"}; return r }, "ok", 1, 0, 0, 0},
		{"pyvar-only name predicted", func(r []CodeRecord) []CodeRecord { r[0].Families["y"] = []string{"NAME"}; return r }, "ok", 0, 1, 0, 0},
		{"pyvar-only name mispredicted", func(r []CodeRecord) []CodeRecord { r[0].Families["y"] = []string{"GLOBAL"}; return r }, "ok", 1, 0, 0, 0},
		{"pyvar-only name unknown", func(r []CodeRecord) []CodeRecord { r[0].Families["w"] = []string{"NAME"}; return r }, "ok", 1, 0, 0, 0},
		{"CPython-only name", func(r []CodeRecord) []CodeRecord { delete(r[1].Families, "a"); return r }, "ok", 1, 0, 0, 0},
		{"identical lambdas share a code object", func(r []CodeRecord) []CodeRecord {
			return append(r, code("<lambda>", 9, map[string][]string{}))
		}, "ok", 0, 0, 0, 0},
		{"eliminated by CPython, predicted", func(r []CodeRecord) []CodeRecord {
			return append(r, code("gone", 20, map[string][]string{"z": {"GLOBAL"}}))
		}, "ok", 0, 0, 0, 0},
		{"eliminated by CPython, mispredicted", func(r []CodeRecord) []CodeRecord {
			return append(r, code("gone", 20, map[string][]string{"z": {"FAST"}}))
		}, "ok", 0, 0, 1, 0},
		{"code object missing", func(r []CodeRecord) []CodeRecord { return r[:2] }, "ok", 0, 0, 1, 0},
		{"wrong qualname", func(r []CodeRecord) []CodeRecord { r[1].Qualname = "g"; return r }, "ok", 0, 0, 2, 0},
		{"rejected by pyvar only", func(r []CodeRecord) []CodeRecord { return nil }, "rejected", 0, 0, 0, 1},
	} {
		var cp OracleFile
		if err := json.Unmarshal([]byte(cpBase), &cp); err != nil {
			t.Fatal(err)
		}
		pv := FileRecord{File: "f.py", Status: c.status, Code: c.edit(base())}
		s := Compare([]OracleFile{cp}, []FileRecord{pv}, 10)
		if s.Mismatches != c.mismatches || s.Excused != c.excused || s.MissingCode != c.missing || s.FileMismatches != c.fileMismatch {
			t.Errorf("%s: mismatches %d excused %d missing %d file mismatches %d, want %d %d %d %d\n%v",
				c.name, s.Mismatches, s.Excused, s.MissingCode, s.FileMismatches, c.mismatches, c.excused, c.missing, c.fileMismatch, s.Diffs)
		}
		if s.OK() != (c.mismatches+c.missing+c.fileMismatch == 0) {
			t.Errorf("%s: OK() = %v", c.name, s.OK())
		}
	}
}
