package pyref

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFindHonoursTheEnvironmentOverride(t *testing.T) {
	fake := filepath.Join(t.TempDir(), "python3.99")
	if err := os.WriteFile(fake, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PYVAR_PYTHON3_99", fake)
	got, err := Find("3.99")
	if err != nil || got != fake {
		t.Fatalf("Find(3.99) = %q, %v; want %q", got, err, fake)
	}
}

func TestFindReportsAMissingVersion(t *testing.T) {
	t.Setenv("PYENV_ROOT", t.TempDir())
	t.Setenv("PATH", t.TempDir())
	if p, err := Find("2.1"); err == nil {
		t.Fatalf("Find(2.1) = %q, want an error", p)
	}
}
