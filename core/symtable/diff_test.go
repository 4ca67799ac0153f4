package symtable

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/pyref"
	"github.com/pyvar/pyvar/core/syntax"
)

type dumpTable struct {
	Type     string      `json:"type"`
	Name     string      `json:"name"`
	Lineno   int         `json:"lineno"`
	Varnames []string    `json:"varnames"`
	Symbols  [][2]any    `json:"symbols"`
	Children []dumpTable `json:"children"`
}

type dumpRecord struct {
	File   string          `json:"file"`
	Status string          `json:"status"`
	AST    json.RawMessage `json:"ast"`
	Table  *dumpTable      `json:"table"`
	Error  []any           `json:"error"`
}

// TestDifferential builds the symbol tables of CPython's own ASTs for the
// corpus in testdata/corpus (and, when PYVAR_SYMTABLE_CORPUS names a
// directory such as CPython's standard library, every .py file below it) and
// compares every block, flag and scope with CPython 3.10's _symtable.
func TestDifferential(t *testing.T) {
	py, err := pyref.Find("3.10")
	if err != nil {
		t.Skipf("CPython 3.10 is not installed, differential test skipped: %v", err)
	}
	files, _ := filepath.Glob("testdata/corpus/*.py")
	if dir := os.Getenv("PYVAR_SYMTABLE_CORPUS"); dir != "" {
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") && !strings.Contains(p, "site-packages") {
				files = append(files, p)
			}
			return nil
		})
	}
	const batch = 200
	var checked, errorsSeen, mismatches, parseFailures int
	for i := 0; i < len(files); i += batch {
		j := min(i+batch, len(files))
		cmd := exec.Command(py, append([]string{"testdata/dump.py"}, files[i:j]...)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("dump.py: %v\n%s", err, stderr.String())
		}
		sc := bufio.NewScanner(bytes.NewReader(out))
		sc.Buffer(make([]byte, 1<<20), 1<<30)
		for sc.Scan() {
			var rec dumpRecord
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatal(err)
			}
			if rec.Status == "unparsed" {
				continue
			}
			mod, err := astFromJSON(rec.AST)
			if err != nil {
				t.Errorf("%s: rebuilding the AST: %v", rec.File, err)
				continue
			}
			checked++
			if rec.Status == "error" {
				errorsSeen++
			}
			top, err := Build(mod, rec.File)
			diffs := compareRecord(&rec, top, err)
			// The same through pyvar's own parser, whose positions feed the errors.
			if src, rerr := os.ReadFile(rec.File); rerr == nil {
				if pmod, perr := syntax.Parse(rec.File, src, syntax.Exec); perr != nil {
					parseFailures++
				} else {
					ptop, err := Build(pmod, rec.File)
					for _, d := range compareRecord(&rec, ptop, err) {
						diffs = append(diffs, "via syntax.Parse: "+d)
					}
				}
			}
			if len(diffs) > 0 {
				mismatches++
				if mismatches <= 30 {
					if len(diffs) > 5 {
						diffs = diffs[:5]
					}
					t.Errorf("%s:\n  %s", rec.File, strings.Join(diffs, "\n  "))
				}
			}
		}
	}
	t.Logf("%d files compared with CPython 3.10 (%d scope errors), %d mismatched; %d files pyvar's parser refused", checked, errorsSeen, mismatches, parseFailures)
}

func compareRecord(rec *dumpRecord, top *Table, err error) []string {
	var diffs []string
	switch {
	case rec.Status == "error":
		for i, v := range rec.Error {
			if v == nil {
				rec.Error[i] = 0.0 // CPython leaves the end unset: pyvar reports 0
			}
		}
		want := fmt.Sprintf("%v line %v col %v-%v:%v", rec.Error...)
		if se, ok := err.(*syntax.Error); !ok {
			diffs = append(diffs, fmt.Sprintf("want SyntaxError %s, got %v", want, err))
		} else if got := fmt.Sprintf("%v line %v col %v-%v:%v", se.Msg, se.Lineno, se.Offset, se.EndLineno, se.EndOffset); got != want {
			diffs = append(diffs, fmt.Sprintf("want SyntaxError %s, got %s", want, got))
		}
	case err != nil:
		diffs = append(diffs, fmt.Sprintf("unexpected error %v", err))
	default:
		diffs = compareTable(rec.Table, top, "top")
	}
	return diffs
}

func compareTable(want *dumpTable, got *Table, path string) []string {
	var d []string
	if want.Type != got.Kind.String() || want.Name != got.Name || want.Lineno != got.Lineno {
		d = append(d, fmt.Sprintf("%s: block %s %s@%d, got %s %s@%d", path, want.Type, want.Name, want.Lineno, got.Kind, got.Name, got.Lineno))
		return d
	}
	if strings.Join(want.Varnames, ",") != strings.Join(got.Varnames, ",") {
		d = append(d, fmt.Sprintf("%s: varnames %v, got %v", path, want.Varnames, got.Varnames))
	}
	seen := map[string]bool{}
	for _, kv := range want.Symbols {
		name := kv[0].(string)
		v := int(kv[1].(float64))
		seen[name] = true
		flags, scope := Flag(v&(1<<11-1)), Scope(v>>11&15)
		s := got.Symbols[name]
		if s == nil {
			d = append(d, fmt.Sprintf("%s: missing symbol %s (%s)", path, name, scope))
			continue
		}
		if s.Flags != flags || s.Scope != scope {
			d = append(d, fmt.Sprintf("%s: %s flags %#x %s, got %#x %s", path, name, flags, scope, s.Flags, s.Scope))
		}
	}
	var extra []string
	for name := range got.Symbols {
		if !seen[name] {
			extra = append(extra, name)
		}
	}
	sort.Strings(extra)
	if len(extra) > 0 {
		d = append(d, fmt.Sprintf("%s: extra symbols %v", path, extra))
	}
	if got.NeedsClassClosure != (got.Kind == ClassBlock && hasFree(want, "__class__")) && got.Kind == ClassBlock {
		d = append(d, fmt.Sprintf("%s: NeedsClassClosure %v", path, got.NeedsClassClosure))
	}
	if len(want.Children) != len(got.Children) {
		d = append(d, fmt.Sprintf("%s: %d children, got %d", path, len(want.Children), len(got.Children)))
		return d
	}
	for i := range want.Children {
		d = append(d, compareTable(&want.Children[i], got.Children[i], fmt.Sprintf("%s/%s@%d", path, want.Children[i].Name, want.Children[i].Lineno))...)
	}
	return d
}

// hasFree reports whether a child of a class uses name as a free variable:
// exactly when CPython gives the class its implicit __class__ cell.
func hasFree(t *dumpTable, name string) bool {
	for _, c := range t.Children {
		for _, kv := range c.Symbols {
			if kv[0] == name && Scope(int(kv[1].(float64))>>11&15) == Free {
				return true
			}
		}
	}
	return false
}
