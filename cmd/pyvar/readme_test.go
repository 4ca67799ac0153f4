package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestREADMEScopes runs the README's `pyvar scopes` example and compares
// what it prints with what the README shows.
func TestREADMEScopes(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)this `seed.py`\n\n```python\n(.*?)```.*?```\n\\$ pyvar scopes seed.py\n(.*?)```").FindSubmatch(readme)
	if m == nil {
		t.Fatal("README.md has no `pyvar scopes seed.py` example (a python block, then the command and its output)")
	}
	dir := t.TempDir()
	prog := filepath.Join(dir, "seed.py")
	if err := os.WriteFile(prog, m[1], 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := runMain([]string{"scopes", prog}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	got := strings.ReplaceAll(out.String(), prog, "seed.py")
	if got != string(m[2]) {
		t.Errorf("README.md shows\n%s\npyvar scopes prints\n%s", m[2], got)
	}
}

// TestDocsCiteOnlyTheRepository keeps every document and doc comment to
// what a checkout has: no ../shared, /tmp, /work or home directories.
func TestDocsCiteOnlyTheRepository(t *testing.T) {
	outside := regexp.MustCompile(`\.\./shared|/tmp/|/work/|/root/|/home/`)
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == "testdata" || name == ".git" || name == "profiles" {
				return filepath.SkipDir
			}
			return nil
		}
		isDoc := strings.HasSuffix(path, ".md")
		isGo := strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go")
		if !isDoc && !isGo {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(data), "\n") {
			if isGo && !strings.HasPrefix(strings.TrimSpace(line), "//") {
				continue
			}
			if outside.MatchString(line) {
				t.Errorf("%s:%d cites a path outside the repository: %s", path, i+1, strings.TrimSpace(line))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
