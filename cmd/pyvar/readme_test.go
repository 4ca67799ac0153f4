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
