package scopes

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestReportFamilies checks the families read off pyvar's own code objects
// for the textbook cases, without needing CPython.
func TestReportFamilies(t *testing.T) {
	for _, c := range []struct {
		src      string
		qualname string
		want     map[string]string // name -> families joined with ","
	}{
		{"x = 1\nprint(x)\n", "<module>", map[string]string{"x": "NAME", "print": "NAME"}},
		{"def f(a):\n    b = a\n    return b, len\n", "f", map[string]string{"a": "FAST", "b": "FAST", "len": "GLOBAL"}},
		{"def f():\n    x = 1\n    def g():\n        return x\n    return g\n", "f", map[string]string{"x": "DEREF", "g": "FAST"}},
		{"def f():\n    x = 1\n    def g():\n        return x\n    return g\n", "f.<locals>.g", map[string]string{"x": "DEREF"}},
		{"def f():\n    x = 1\n    class C:\n        y = x\n    return C\n", "f.<locals>.C", map[string]string{"x": "CLASSDEREF", "y": "NAME", "__module__": "NAME", "__qualname__": "NAME", "__name__": "NAME"}},
		{"def f():\n    x = 1\n    class C:\n        x = x\n    return C\n", "f.<locals>.C", map[string]string{"x": "NAME", "__module__": "NAME", "__qualname__": "NAME", "__name__": "NAME"}},
		{"def f():\n    global g\n    g = 1\ng = 0\n", "<module>", map[string]string{"f": "NAME", "g": "GLOBAL"}},
		{"class C:\n    def m(self):\n        return super()\n", "C", map[string]string{"__class__": "DEREF", "__classcell__": "NAME", "m": "NAME", "__module__": "NAME", "__qualname__": "NAME", "__name__": "NAME"}},
		{"def f(xs):\n    return [x for x in xs]\n", "f.<locals>.<listcomp>", map[string]string{".0": "FAST", "x": "FAST"}},
		{"class C:\n    def __m(self):\n        return self.__x, __y\n", "C.__m", map[string]string{"self": "FAST", "_C__y": "GLOBAL"}},
	} {
		rec := ReportSource([]byte(c.src), "t.py", "t.py")
		if rec.Status != "ok" {
			t.Errorf("%q: %s %s", c.src, rec.Error, rec.Message)
			continue
		}
		var found *CodeRecord
		for i := range rec.Code {
			if rec.Code[i].Qualname == c.qualname {
				found = &rec.Code[i]
			}
		}
		if found == nil {
			t.Errorf("%q: no code object %s", c.src, c.qualname)
			continue
		}
		got := map[string]string{}
		for n, f := range found.Families {
			got[n] = strings.Join(f, ",")
		}
		for n, f := range c.want {
			if got[n] != f {
				t.Errorf("%q %s: %s families %q, want %q", c.src, c.qualname, n, got[n], f)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%q %s: families %v, want %v", c.src, c.qualname, got, c.want)
		}
	}
}

// TestReportRejects checks that scope errors give rejected records with CPython's message.
func TestReportRejects(t *testing.T) {
	for _, c := range []struct{ src, msg string }{
		{"def f(a):\n    global a\n", "name 'a' is parameter and global"},
		{"nonlocal x\n", "nonlocal declaration not allowed at module level"},
		{"def f():\n    from os import *\n", "import * only allowed at module level"},
	} {
		rec := ReportSource([]byte(c.src), "t.py", "t.py")
		if rec.Status != "rejected" || rec.Message != c.msg || rec.Error != "SyntaxError" {
			t.Errorf("%q: got %s %s %q, want rejected SyntaxError %q", c.src, rec.Status, rec.Error, rec.Message, c.msg)
		}
	}
}

// TestReportJSONFormat checks the JSON Lines layout: one record per file,
// names relative to the directory argument, required fields present, the
// module first and ops sorted by (family, kind, name).
func TestReportJSONFormat(t *testing.T) {
	var out strings.Builder
	if err := ReportJSON(&out, "", []string{"testdata"}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	files, _, _ := PyFiles("", []string{"testdata"})
	if len(lines) != len(files) || len(lines) == 0 {
		t.Fatalf("%d lines for %d files", len(lines), len(files))
	}
	for _, line := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		file, _ := rec["file"].(string)
		if strings.Contains(file, "testdata") || !strings.HasSuffix(file, ".py") {
			t.Errorf("file %q is not relative to the directory argument", file)
		}
		switch rec["status"] {
		case "rejected":
			if rec["error"] == nil || rec["message"] == nil || rec["code"] != nil {
				t.Errorf("%s: rejected record malformed: %s", file, line)
			}
		case "ok":
			code, _ := rec["code"].([]any)
			if len(code) == 0 || code[0].(map[string]any)["qualname"] != "<module>" {
				t.Errorf("%s: module is not the first code object", file)
			}
			for _, c := range code {
				co := c.(map[string]any)
				for _, k := range []string{"qualname", "firstlineno", "families", "name"} {
					if _, ok := co[k]; !ok {
						t.Errorf("%s: code object lacks %s", file, k)
					}
				}
				prev := ""
				for _, op := range co["ops"].([]any) {
					o := op.([]any)
					key := fmt.Sprintf("%s\x00%s\x00%s", o[0], o[1], o[2])
					if key <= prev {
						t.Errorf("%s: ops not sorted at %v", file, o)
					}
					prev = key
				}
			}
		default:
			t.Errorf("%s: status %v", file, rec["status"])
		}
	}
}
