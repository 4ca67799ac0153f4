package scopes

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

//go:embed oracle.py
var oracleScript []byte

// OracleFile is a file record of CPython's side, with the oracle fields.
type OracleFile struct {
	File       string       `json:"file"`
	Status     string       `json:"status"`
	Error      string       `json:"error"`
	Message    string       `json:"message"`
	Lineno     int          `json:"lineno"`
	Python     string       `json:"python"`
	Code       []OracleCode `json:"code"`
	Eliminated []struct {
		Qualname    string              `json:"qualname"`
		Firstlineno int                 `json:"firstlineno"`
		Expected    map[string][]string `json:"expected"`
	} `json:"eliminated"`
}

// OracleCode is a code object record of CPython's side.
type OracleCode struct {
	Qualname    string              `json:"qualname"`
	Name        string              `json:"name"`
	Firstlineno int                 `json:"firstlineno"`
	Families    map[string][]string `json:"families"`
	Index       int                 `json:"index"`
	Block       string              `json:"block"`
	Unreachable bool                `json:"unreachable"`
	Unemitted   map[string][]string `json:"unemitted"`
	Varnames    []string            `json:"varnames"`
	Cellvars    []string            `json:"cellvars"`
	Freevars    []string            `json:"freevars"`
	Names       []string            `json:"names"`
}

// oracleCacheFile names the cache of CPython's side for this exact run: the
// oracle script, the interpreter and every file's name and contents. CPython's
// answers for an unchanged tree never change, so a repeated run over the
// standard library reads them back instead of recompiling 1,700 files.
func oracleCacheFile(python string, files, names []string) (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	h := sha256.New()
	h.Write([]byte("raw-v2\x00"))
	h.Write(oracleScript)
	fmt.Fprintf(h, "\x00%s\x00", python)
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		sum := sha256.Sum256(data)
		fmt.Fprintf(h, "%s\x00%x\x00", names[i], sum)
	}
	return filepath.Join(dir, "pyvar", fmt.Sprintf("conform-%x.jsonl", h.Sum(nil)[:12])), nil
}

// RunOracleCached is RunOracle with a cache of the oracle's raw output in
// the user's cache directory; cached reports whether the records came from it.
func RunOracleCached(python string, files, names []string) (recs []OracleFile, cached bool, err error) {
	cache, cerr := oracleCacheFile(python, files, names)
	if cerr == nil {
		if data, err := os.ReadFile(cache); err == nil {
			if recs, err := decodeOracle(bytes.NewReader(data)); err == nil && len(recs) == len(files) {
				now := time.Now()
				os.Chtimes(cache, now, now) // recently used entries survive pruning
				return recs, true, nil
			}
		}
	}
	raw, err := runOracleRaw(python, files, names)
	if err != nil {
		return nil, false, err
	}
	recs, err = decodeOracle(bytes.NewReader(raw))
	if err != nil {
		return nil, false, err
	}
	if len(recs) != len(files) {
		return nil, false, fmt.Errorf("oracle returned %d records for %d files", len(recs), len(files))
	}
	if cerr == nil && os.MkdirAll(filepath.Dir(cache), 0o755) == nil {
		tmp := cache + ".tmp"
		if os.WriteFile(tmp, raw, 0o644) == nil {
			os.Rename(tmp, cache)
		}
		pruneCache(filepath.Dir(cache), 6)
	}
	return recs, false, nil
}

// pruneCache keeps the keep most recently used cache entries (a standard
// library's entry is about 50 MB).
func pruneCache(dir string, keep int) {
	entries, _ := filepath.Glob(filepath.Join(dir, "conform-*.jsonl"))
	type entry struct {
		path string
		mod  time.Time
	}
	var es []entry
	for _, p := range entries {
		if st, err := os.Stat(p); err == nil {
			es = append(es, entry{p, st.ModTime()})
		}
	}
	sort.Slice(es, func(i, j int) bool { return es[i].mod.After(es[j].mod) })
	for i := keep; i < len(es); i++ {
		os.Remove(es[i].path)
	}
}

func decodeOracle(r io.Reader) ([]OracleFile, error) {
	var recs []OracleFile
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		var rec OracleFile
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("oracle output: %v", err)
		}
		recs = append(recs, rec)
	}
	return recs, sc.Err()
}

// RunOracle runs the embedded oracle script under python (CPython 3.10)
// over files (named names in the records) and returns its records in order.
func RunOracle(python string, files, names []string) ([]OracleFile, error) {
	raw, err := runOracleRaw(python, files, names)
	if err != nil {
		return nil, err
	}
	recs, err := decodeOracle(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	if len(recs) != len(files) {
		return nil, fmt.Errorf("oracle returned %d records for %d files", len(recs), len(files))
	}
	return recs, nil
}

// runOracleRaw returns the oracle's JSON Lines output.
func runOracleRaw(python string, files, names []string) ([]byte, error) {
	dir, err := os.MkdirTemp("", "pyvar-oracle")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	script := filepath.Join(dir, "oracle.py")
	if err := os.WriteFile(script, oracleScript, 0o644); err != nil {
		return nil, err
	}
	var in bytes.Buffer
	for i := range files {
		b, _ := json.Marshal([2]string{files[i], names[i]})
		in.Write(b)
		in.WriteByte('\n')
	}
	cmd := exec.Command(python, script)
	cmd.Stdin = &in
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("oracle: %v\n%s", err, stderr.String())
	}
	return out, nil
}

// Summary counts what a comparison graded.
type Summary struct {
	Files, OracleErrors, Rejected int
	FileMismatches                int // accepted by one side only
	CodeObjects, MissingCode      int // CPython code objects graded / absent from pyvar
	Names, Mismatches, Excused    int
	Diffs                         []string
	// PyvarRejects counts the files only pyvar rejects, by message.
	PyvarRejects map[string]int
	// CoDiffs counts graded code objects whose co_varnames, co_cellvars,
	// co_freevars or co_names differ (informational, not graded), and
	// CoDiffExamples shows the first few.
	CoDiffs        map[string]int
	CoDiffExamples []string
}

func (s *Summary) diff(limit int, format string, args ...any) {
	if len(s.Diffs) < limit {
		s.Diffs = append(s.Diffs, fmt.Sprintf(format, args...))
	}
}

// OK reports whether the comparison found no difference.
func (s *Summary) OK() bool {
	return s.FileMismatches == 0 && s.MissingCode == 0 && s.Mismatches == 0
}

type codeKey struct {
	qualname    string
	firstlineno int
	index       int
}

func sameSet(a, b []string) bool {
	return strings.Join(a, ",") == strings.Join(b, ",")
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}

// Compare grades pyvar's records against CPython's, file by file, code
// object by code object, name by name, with the tolerances of the format:
// the set of families per name is graded; a name only pyvar accesses is
// excused when CPython's symbol table predicts that family (dead code CPython
// dropped); code objects CPython eliminated or kept unreachable are excused;
// identical lambdas sharing one code object in CPython are compared with it.
func Compare(cp []OracleFile, pv []FileRecord, limit int) Summary {
	var s Summary
	for i := range cp {
		c, p := &cp[i], &pv[i]
		if c.Status == "oracle_error" {
			s.OracleErrors++
			continue
		}
		s.Files++
		if c.Status != p.Status {
			s.FileMismatches++
			if c.Status == "rejected" {
				s.diff(limit, "%s: CPython rejects it (%s: %s, line %d), pyvar accepts it", c.File, c.Error, c.Message, c.Lineno)
			} else {
				s.diff(limit, "%s: pyvar rejects it (%s: %s, line %d), CPython accepts it", c.File, p.Error, p.Message, p.Lineno)
				if s.PyvarRejects == nil {
					s.PyvarRejects = map[string]int{}
				}
				s.PyvarRejects[p.Error+": "+p.Message]++
			}
			continue
		}
		if c.Status == "rejected" {
			s.Rejected++
			continue
		}
		compareFile(&s, c, p, limit)
	}
	return s
}

func compareFile(s *Summary, c *OracleFile, p *FileRecord, limit int) {
	cpByKey := map[codeKey]*OracleCode{}
	last := map[[2]any]*OracleCode{}
	for i := range c.Code {
		oc := &c.Code[i]
		cpByKey[codeKey{oc.Qualname, oc.Firstlineno, oc.Index}] = oc
		last[[2]any{oc.Qualname, oc.Firstlineno}] = oc
	}
	seen := map[*OracleCode]bool{}
	counts := map[[2]any]int{}
	for i := range p.Code {
		pc := &p.Code[i]
		k2 := [2]any{pc.Qualname, pc.Firstlineno}
		idx := counts[k2]
		counts[k2]++
		if i == 0 {
			// The module: its firstlineno is not graded.
			k2 = [2]any{c.Code[0].Qualname, c.Code[0].Firstlineno}
			idx = 0
		}
		oc := cpByKey[codeKey{k2[0].(string), k2[1].(int), idx}]
		if oc == nil {
			oc = last[k2] // identical lambdas on one line may share one code object
		}
		if oc == nil {
			if !excusedEliminated(c, pc) {
				s.CodeObjects++
				s.MissingCode++
				s.diff(limit, "%s: pyvar has code object %s (line %d) that CPython has not", c.File, pc.Qualname, pc.Firstlineno)
			}
			continue
		}
		if seen[oc] {
			continue
		}
		seen[oc] = true
		s.CodeObjects++
		compareCode(s, c.File, oc, pc, limit)
		compareCo(s, c.File, oc, pc)
	}
	for i := range c.Code {
		oc := &c.Code[i]
		if !seen[oc] && !oc.Unreachable {
			s.CodeObjects++
			s.MissingCode++
			s.diff(limit, "%s: CPython code object %s (line %d) missing from pyvar", c.File, oc.Qualname, oc.Firstlineno)
		}
	}
}

func excusedEliminated(c *OracleFile, pc *CodeRecord) bool {
	for _, e := range c.Eliminated {
		if e.Qualname != pc.Qualname || e.Firstlineno != pc.Firstlineno {
			continue
		}
		ok := true
		for n, f := range pc.Families {
			if !subset(f, e.Expected[n]) {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// compareCo notes differences in the informational co_* tuples.
func compareCo(s *Summary, file string, oc *OracleCode, pc *CodeRecord) {
	for _, f := range []struct {
		field  string
		cp, pv []string
	}{
		{"co_varnames", oc.Varnames, pc.Varnames},
		{"co_cellvars", oc.Cellvars, pc.Cellvars},
		{"co_freevars", oc.Freevars, pc.Freevars},
		{"co_names", oc.Names, pc.Names},
	} {
		if strings.Join(f.cp, "\x00") == strings.Join(f.pv, "\x00") {
			continue
		}
		if s.CoDiffs == nil {
			s.CoDiffs = map[string]int{}
		}
		s.CoDiffs[f.field]++
		if len(s.CoDiffExamples) < 5 {
			s.CoDiffExamples = append(s.CoDiffExamples, fmt.Sprintf("%s: %s: %s CPython %v, pyvar %v", file, oc.Qualname, f.field, f.cp, f.pv))
		}
	}
}

func compareCode(s *Summary, file string, oc *OracleCode, pc *CodeRecord, limit int) {
	names := map[string]bool{}
	for n := range oc.Families {
		names[n] = true
	}
	for n := range pc.Families {
		names[n] = true
	}
	sorted := make([]string, 0, len(names))
	for n := range names {
		sorted = append(sorted, n)
	}
	sort.Strings(sorted)
	for _, n := range sorted {
		s.Names++
		cf, cok := oc.Families[n]
		pf, pok := pc.Families[n]
		switch {
		case cok && pok:
			if !sameSet(cf, pf) {
				s.Mismatches++
				s.diff(limit, "%s: %s: %s: CPython %v, pyvar %v", file, oc.Qualname, n, cf, pf)
			}
		case pok:
			if exp, ok := oc.Unemitted[n]; ok && subset(pf, exp) {
				s.Excused++
			} else {
				s.Mismatches++
				s.diff(limit, "%s: %s: %s: pyvar %v, CPython has no access (symbol table predicts %v)", file, oc.Qualname, n, pf, oc.Unemitted[n])
			}
		default:
			s.Mismatches++
			s.diff(limit, "%s: %s: %s: CPython %v, pyvar has no access", file, oc.Qualname, n, cf)
		}
	}
}

// Conform produces both sides of the report for the .py files under paths
// (CPython's by the oracle under python, pyvar's in-process, concurrently),
// compares them and writes a summary line and the first limit differences
// to w.
func Conform(w io.Writer, python, root string, paths []string, limit int) (Summary, error) {
	return ConformOpts(w, python, root, paths, limit, true)
}

// ConformOpts is Conform with the choice of using the cache of CPython's
// side (see RunOracleCached).
func ConformOpts(w io.Writer, python, root string, paths []string, limit int, useCache bool) (Summary, error) {
	start := time.Now()
	files, names, err := PyFiles(root, paths)
	if err != nil {
		return Summary{}, err
	}
	type oracleResult struct {
		recs   []OracleFile
		cached bool
		took   time.Duration
		err    error
	}
	done := make(chan oracleResult, 1)
	go func() {
		t := time.Now()
		var r oracleResult
		if useCache {
			r.recs, r.cached, r.err = RunOracleCached(python, files, names)
		} else {
			r.recs, r.err = RunOracle(python, files, names)
		}
		r.took = time.Since(t)
		done <- r
	}()
	t := time.Now()
	pv := Reports(files, names)
	pyvarTook := time.Since(t)
	or := <-done
	if or.err != nil {
		return Summary{}, or.err
	}
	s := Compare(or.recs, pv, limit)
	for _, d := range s.Diffs {
		fmt.Fprintln(w, d)
	}
	if len(s.PyvarRejects) > 0 {
		msgs := make([]string, 0, len(s.PyvarRejects))
		for m := range s.PyvarRejects {
			msgs = append(msgs, m)
		}
		sort.Slice(msgs, func(i, j int) bool { return s.PyvarRejects[msgs[i]] > s.PyvarRejects[msgs[j]] })
		fmt.Fprintln(w, "files only pyvar rejects, by message:")
		for i, m := range msgs {
			if i == 10 {
				fmt.Fprintf(w, "  ... and %d other messages\n", len(msgs)-10)
				break
			}
			fmt.Fprintf(w, "  %5d  %s\n", s.PyvarRejects[m], m)
		}
	}
	if len(s.CoDiffs) > 0 {
		fmt.Fprintf(w, "informational (not graded): code objects whose co_* tuples differ: %v\n", s.CoDiffs)
		for _, e := range s.CoDiffExamples {
			fmt.Fprintln(w, "  "+e)
		}
	}
	verdict := "OK"
	if !s.OK() {
		verdict = "FAIL"
	}
	cpy := fmt.Sprintf("CPython %.1fs", or.took.Seconds())
	if or.cached {
		cpy = "CPython's side cached"
	}
	fmt.Fprintf(w, "%s: %d files (%d rejected by both, %d accepted by one side only, %d oracle errors), %d code objects (%d missing), %d names, %d mismatched, %d excused, %.1fs (pyvar %.1fs, %s)\n",
		verdict, s.Files, s.Rejected, s.FileMismatches, s.OracleErrors, s.CodeObjects, s.MissingCode, s.Names, s.Mismatches, s.Excused,
		time.Since(start).Seconds(), pyvarTook.Seconds(), cpy)
	return s, nil
}
